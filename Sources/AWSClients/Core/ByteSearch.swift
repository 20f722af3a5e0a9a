extension StringProtocol {
    /// The first occurrence of `needle`, compared byte for byte (UTF-8). What `firstRange(of:)` does for the ASCII
    /// markers we look for, without linking _StringProcessing (and its 0.4 MB) into every function.
    func firstByteRange(of needle: String) -> Range<String.Index>? {
        let target = Array(needle.utf8)
        guard let first = target.first else { return nil }
        var start = utf8.startIndex
        while let candidate = utf8[start...].firstIndex(of: first) {
            if let end = utf8.index(candidate, offsetBy: target.count, limitedBy: utf8.endIndex),
               utf8[candidate..<end].elementsEqual(target) {
                return candidate..<end
            }
            start = utf8.index(after: candidate)
        }
        return nil
    }
}
