/// Deterministic offline embeddings: accent-folded words and character trigrams hashed (FNV-1a, 64-bit)
/// into a fixed number of signed buckets, then L2-normalized. Texts sharing words and word pieces get a
/// high cosine similarity; the same text always gets the same vector on every platform.
public enum HashedEmbedding {
    public static func embed(_ text: String, dimensions: Int = 1024) -> [Float] {
        precondition(dimensions > 0, "dimensions must be positive")
        var vector = [Float](repeating: 0, count: dimensions)
        for token in ScalarText(text).tokens() {
            let word = token.folded
            add("w:" + word, weight: 1.0, to: &vector)
            // Character trigrams of the padded word carry morphology ("diabetes"/"diabético").
            let scalars = Array(("<" + word + ">").unicodeScalars)
            if scalars.count > 3 {
                for i in 0...(scalars.count - 3) {
                    var gram = String.UnicodeScalarView()
                    gram.append(contentsOf: scalars[i..<(i + 3)])
                    add("g:" + String(gram), weight: 0.5, to: &vector)
                }
            }
        }
        let norm = vector.reduce(Float(0)) { $0 + $1 * $1 }.squareRoot()
        // An empty text has no direction: the zero vector (cosine 0 with everything).
        guard norm > 0 else { return vector }
        return vector.map { $0 / norm }
    }

    /// Cosine similarity of two vectors of equal length (dot product when both are normalized).
    public static func cosine(_ a: [Float], _ b: [Float]) -> Float {
        precondition(a.count == b.count, "vectors must have the same dimensions")
        var dot: Float = 0
        var na: Float = 0
        var nb: Float = 0
        for i in a.indices {
            dot += a[i] * b[i]
            na += a[i] * a[i]
            nb += b[i] * b[i]
        }
        guard na > 0, nb > 0 else { return 0 }
        return dot / (na.squareRoot() * nb.squareRoot())
    }

    private static func add(_ feature: String, weight: Float, to vector: inout [Float]) {
        let hash = fnv1a(feature)
        let index = Int(hash % UInt64(vector.count))
        // The top bit picks the sign so that collisions cancel out on average instead of piling up.
        vector[index] += (hash >> 63) == 0 ? weight : -weight
    }

    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
