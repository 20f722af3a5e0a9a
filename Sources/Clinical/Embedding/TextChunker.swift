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

/// A run of source text with its position: a page (0-based) of a PDF, a time offset of a recording, or neither.
public struct TextSection: Sendable, Equatable {
    public var text: String
    public var page: Int?
    public var timeOffsetMs: Int64?

    public init(text: String, page: Int? = nil, timeOffsetMs: Int64? = nil) {
        self.text = text
        self.page = page
        self.timeOffsetMs = timeOffsetMs
    }
}

/// A knowledge-base passage: its text, its redacted form (what may leave for an embedding model), where it
/// starts in the source, its estimated tokens.
public struct TextPassage: Sendable, Equatable {
    public var text: String
    /// `text` with the document redaction's placeholders (equal to `text` without a redaction).
    public var redactedText: String
    public var page: Int?
    public var timeOffsetMs: Int64?
    public var tokens: Int
}

extension TextChunker {
    /// Passages of about `targetTokens`…`maxTokens` tokens (TokenEstimator) cut at sentence boundaries;
    /// each after the first starts with up to `overlapTokens` of the previous passage's last whole sentences,
    /// except where a heading starts it: a heading (a short line ending in ':', in capitals, or a Markdown
    /// `#` title) never ends a passage, it moves to the next one with the text it introduces. A passage's
    /// position is that of its first new sentence.
    ///
    /// `redaction` is the redaction of the whole document as `sections` joined by a blank line (`"\n\n"`): each
    /// sentence's redacted form is cut from it by offset, so the passages carry the document's placeholders
    /// without detecting PHI again (a sentence too long for one passage is redacted on its own, with the
    /// document's findings replaced too).
    public static func passages(_ sections: [TextSection], redaction: PHIRedaction? = nil, targetTokens: Int = 400,
                                maxTokens: Int = 500, overlapTokens: Int = 60) -> [TextPassage] {
        precondition(maxTokens > 0 && targetTokens > 0 && targetTokens <= maxTokens, "token bounds must be positive and ordered")
        struct Piece { let text: String; let redacted: String; let tokens: Int; let page: Int?; let offset: Int64?; let heading: Bool }
        var pieces: [Piece] = []
        var base = 0
        var cutter = redaction.map { RedactionCutter($0) }
        for section in sections {
            let scalars = ScalarText(section.text)
            for span in SentenceSegmenter.spans(scalars) {
                let sentence = scalars.string(span)
                let tokens = TokenEstimator.estimate(sentence)
                let redacted = cutter?.cut(scalars, span, base: base) ?? sentence
                guard tokens > maxTokens else {
                    pieces.append(Piece(text: sentence, redacted: redacted, tokens: tokens, page: section.page,
                                        offset: section.timeOffsetMs, heading: isHeading(sentence)))
                    continue
                }
                for part in splitByTokens(sentence, maxTokens: maxTokens) {
                    pieces.append(Piece(text: part, redacted: redaction == nil ? part : PassageRedaction.redact(part, document: redaction),
                                        tokens: TokenEstimator.estimate(part), page: section.page, offset: section.timeOffsetMs,
                                        heading: false))
                }
            }
            base += scalars.count + 2
        }
        var passages: [TextPassage] = []
        var current: [Piece] = []
        var overlapCount = 0
        func tokens(_ list: [Piece]) -> Int { list.reduce(0) { $0 + $1.tokens } }
        func emit(_ list: [Piece], firstNew: Int) {
            guard !list.isEmpty else { return }
            let anchor = list[min(firstNew, list.count - 1)]
            var text = ""
            var redacted = ""
            for (i, piece) in list.enumerated() {
                if i > 0 {
                    let separator = list[i - 1].heading ? "\n" : " "
                    text += separator
                    redacted += separator
                }
                text += piece.text
                redacted += piece.redacted
            }
            passages.append(TextPassage(text: text, redactedText: redacted, page: anchor.page, timeOffsetMs: anchor.offset,
                                        tokens: tokens(list)))
        }
        for piece in pieces {
            let size = tokens(current)
            if !current.isEmpty, size + piece.tokens > maxTokens || (size >= targetTokens && !current.last!.heading) {
                // Trailing headings go with what follows them.
                var moved: [Piece] = []
                while let last = current.last, last.heading, current.count > overlapCount + 1 { moved.insert(current.removeLast(), at: 0) }
                emit(current, firstNew: overlapCount)
                var tail: [Piece] = []
                if moved.isEmpty && !piece.heading {
                    for previous in current[overlapCount...].reversed() {
                        if tokens(tail) + previous.tokens > overlapTokens || tokens(tail) + previous.tokens + piece.tokens > maxTokens { break }
                        tail.insert(previous, at: 0)
                    }
                }
                overlapCount = tail.count
                current = tail + moved
            }
            current.append(piece)
        }
        // A heading alone at the very end still says something; keep it.
        emit(current, firstNew: overlapCount)
        return passages
    }

    /// A line that introduces text rather than saying something: `# Plan`, `DIAGNÓSTICO`, `Medicación:`.
    public static func isHeading(_ sentence: String) -> Bool {
        let words = sentence.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard !words.isEmpty, words.count <= 10, sentence.count <= 80 else { return false }
        if sentence.hasPrefix("#") { return true }
        if sentence.hasSuffix(":") { return true }
        if sentence.hasPrefix("**") && sentence.hasSuffix("**") { return true }
        let letters = sentence.unicodeScalars.filter { $0.properties.isAlphabetic }
        guard letters.count >= 3, !sentence.hasSuffix("."), !sentence.hasSuffix("?"), !sentence.hasSuffix("!") else { return false }
        return letters.allSatisfy { $0.properties.isUppercase }
    }

    /// A sentence longer than `maxTokens` cut at spaces (a word longer than that is cut where it must be).
    private static func splitByTokens(_ sentence: String, maxTokens: Int) -> [String] {
        var parts: [String] = []
        var current = ""
        var currentTokens = 0
        for word in sentence.split(separator: " ") {
            var piece = String(word)
            var cost = TokenEstimator.estimate(piece)
            while cost > maxTokens {
                // Four characters per token is the estimator's own ratio for letters.
                let head = String(piece.prefix(maxTokens * 3))
                if !current.isEmpty { parts.append(current); current = ""; currentTokens = 0 }
                parts.append(head)
                piece = String(piece.dropFirst(head.count))
                cost = TokenEstimator.estimate(piece)
            }
            if piece.isEmpty { continue }
            if !current.isEmpty, currentTokens + cost > maxTokens {
                parts.append(current)
                current = ""
                currentTokens = 0
            }
            current = current.isEmpty ? piece : current + " " + piece
            currentTokens += cost
        }
        if !current.isEmpty { parts.append(current) }
        return parts
    }
}

/// Cuts the redacted form of consecutive sentences out of a document's redaction by scalar offset: text outside
/// the replaced spans is copied, each span that overlaps the sentence becomes its placeholder (a span that runs
/// past the sentence's end still hides the part inside it).
struct RedactionCutter {
    let replacements: [PHIReplacement]
    var next = 0

    init(_ redaction: PHIRedaction) { replacements = redaction.replacements.sorted { $0.start < $1.start } }

    /// `span` of `text`, whose first scalar is at `base` in the whole document. Sentences come in order.
    mutating func cut(_ text: ScalarText, _ span: Range<Int>, base: Int) -> String {
        let start = base + span.lowerBound, end = base + span.upperBound
        while next < replacements.count, replacements[next].end <= start { next += 1 }
        var out = String.UnicodeScalarView()
        var cursor = start
        var index = next
        while index < replacements.count, replacements[index].start < end {
            let replacement = replacements[index]
            if replacement.start > cursor { out.append(contentsOf: text.scalars[(cursor - base)..<(replacement.start - base)]) }
            if replacement.end > cursor { out.append(contentsOf: replacement.placeholder.unicodeScalars) }
            cursor = max(cursor, min(replacement.end, end))
            index += 1
        }
        if cursor < end { out.append(contentsOf: text.scalars[(cursor - base)..<(end - base)]) }
        return String(out)
    }
}
