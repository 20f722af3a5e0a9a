/// Splits documents into chunks for the knowledge base, at sentence boundaries, with a trailing overlap of
/// whole sentences so that a fact cut at a boundary is still found whole in one chunk.
public enum TextChunker {
    /// Chunks of at most `maxCharacters` characters (a single longer sentence is split at spaces);
    /// each chunk after the first starts with up to `overlap` characters of the previous chunk's last sentences.
    public static func chunk(_ text: String, maxCharacters: Int, overlap: Int) -> [String] {
        precondition(maxCharacters > 0, "maxCharacters must be positive")
        let limit = maxCharacters
        let carry = max(0, min(overlap, maxCharacters / 2))
        var pieces: [String] = []
        for sentence in SentenceSegmenter.split(text) {
            pieces += sentence.count <= limit ? [sentence] : splitLong(sentence, limit: limit)
        }
        var chunks: [String] = []
        var current: [String] = []
        var length = 0
        func joinedLength(_ parts: [String]) -> Int { parts.reduce(0) { $0 + $1.count } + max(0, parts.count - 1) }
        for piece in pieces {
            if !current.isEmpty, length + 1 + piece.count > limit {
                chunks.append(current.joined(separator: " "))
                // Carry the last sentences (whole) that fit in the overlap and still leave room for `piece`.
                var tail: [String] = []
                for sentence in current.reversed() {
                    let candidate = [sentence] + tail
                    if joinedLength(candidate) > carry || joinedLength(candidate) + 1 + piece.count > limit { break }
                    tail = candidate
                }
                current = tail
                length = joinedLength(tail)
            }
            current.append(piece)
            length = joinedLength(current)
        }
        if !current.isEmpty { chunks.append(current.joined(separator: " ")) }
        return chunks
    }

    private static func splitLong(_ sentence: String, limit: Int) -> [String] {
        var parts: [String] = []
        var current = ""
        for word in sentence.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= limit {
                current += " " + word
            } else {
                parts.append(current)
                current = String(word)
            }
            while current.count > limit {
                parts.append(String(current.prefix(limit)))
                current = String(current.dropFirst(limit))
            }
        }
        if !current.isEmpty { parts.append(current) }
        return parts
    }
}
