/// One detected piece of PHI: its kind and scalar range in the original text.
struct PHISpan {
    let kind: PHIKind
    let range: Range<Int>
    /// Higher wins when two candidates overlap (a validated identifier beats a phone-shaped number).
    let priority: Int
}
