/// The routes of the template, matched as API Gateway REST does: literal
/// segments before `{parameter}` before `{greedy+}`, `ANY` after an exact
/// method. Segments are split once at start-up, not per request.
struct RouteTable: Sendable {
    enum Segment: Sendable, Equatable {
        case literal(String)
        case parameter(String)
        case greedy(String)
    }

    struct Entry: Sendable {
        let route: CloudTemplate.Route
        let api: Int
        let segments: [Segment]
    }

    struct Match {
        let entry: Entry
        /// Percent-decoded, in the order of the resource.
        let parameters: [(name: String, value: String)]
    }

    let entries: [Entry]

    init(apis: [CloudTemplate.API]) {
        var entries: [Entry] = []
        for (index, api) in apis.enumerated() {
            for route in api.routes {
                entries.append(Entry(route: route, api: index, segments: Self.segments(of: route.resource)))
            }
        }
        self.entries = entries
    }

    static func segments(of resource: String) -> [Segment] {
        resource.split(separator: "/").map { part in
            guard part.hasPrefix("{"), part.hasSuffix("}") else { return .literal(String(part)) }
            let name = part.dropFirst().dropLast()
            return name.hasSuffix("+") ? .greedy(String(name.dropLast())) : .parameter(String(name))
        }
    }

    /// The best route for `method` on the raw (still percent-encoded) `path`.
    func match(method: String, rawPath: String) -> Match? {
        let parts = rawPath.split(separator: "/", omittingEmptySubsequences: true)
        var best: (match: Match, score: [Int])?
        for entry in entries where entry.route.method == method || entry.route.method == "ANY" {
            guard let (parameters, score) = bind(entry.segments, parts) else { continue }
            let ranked = score + [entry.route.method == "ANY" ? 0 : 1]
            if best == nil || best!.score.lexicographicallyPrecedes(ranked) {
                best = (Match(entry: entry, parameters: parameters), ranked)
            }
        }
        return best?.match
    }

    /// The methods declared on the resource `rawPath` falls on (CORS preflight's Allow-Methods).
    func methods(onRawPath rawPath: String) -> [String] {
        let parts = rawPath.split(separator: "/", omittingEmptySubsequences: true)
        var methods: [String] = []
        for entry in entries where bind(entry.segments, parts) != nil && !methods.contains(entry.route.method) {
            methods.append(entry.route.method)
        }
        return methods
    }

    /// Parameters and a score (per segment: literal 2, parameter 1, greedy 0) when `parts` fits.
    private func bind(_ segments: [Segment], _ parts: [Substring]) -> ([(name: String, value: String)], [Int])? {
        var parameters: [(name: String, value: String)] = []
        var score: [Int] = []
        var index = 0
        for segment in segments {
            switch segment {
            case .literal(let text):
                guard index < parts.count, parts[index] == text else { return nil }
                score.append(2)
                index += 1
            case .parameter(let name):
                guard index < parts.count else { return nil }
                parameters.append((name, PercentDecoding.decode(parts[index])))
                score.append(1)
                index += 1
            case .greedy(let name):
                guard index < parts.count else { return nil }
                parameters.append((name, PercentDecoding.decode(parts[index...].joined(separator: "/"))))
                score.append(0)
                index = parts.count
            }
        }
        return index == parts.count ? (parameters, score) : nil
    }
}

/// Percent-decoding of path segments and query strings (`+` is a space in a query).
enum PercentDecoding {
    static func decode<S: StringProtocol>(_ text: S, plusIsSpace: Bool = false) -> String {
        let utf8 = text.utf8
        guard utf8.contains(UInt8(ascii: "%")) || (plusIsSpace && utf8.contains(UInt8(ascii: "+"))) else { return String(text) }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var iterator = Array(utf8)[...]
        while let byte = iterator.popFirst() {
            if byte == UInt8(ascii: "%"), iterator.count >= 2, let high = hex(iterator[iterator.startIndex]), let low = hex(iterator[iterator.startIndex + 1]) {
                out.append(high << 4 | low)
                iterator = iterator.dropFirst(2)
            } else if plusIsSpace && byte == UInt8(ascii: "+") {
                out.append(0x20)
            } else {
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
