import LambdaRuntime

/// EventBridge event-pattern matching, the part rules of this project use:
/// a field matches a list of literal values (any of them), `{"prefix": ...}`,
/// `{"anything-but": ...}` or `{"exists": bool}`; an object matches nested
/// fields. A pattern field absent from the event does not match.
enum EventPattern {
    static func matches(_ pattern: JSONValue, _ event: JSONValue?) -> Bool {
        switch pattern {
        case .object(let fields):
            for (name, expected) in fields {
                let actual = event?[name]
                if case .array(let alternatives) = expected {
                    guard alternatives.contains(where: { matchesValue($0, actual) }) else { return false }
                } else if case .object = expected {
                    guard matches(expected, actual) else { return false }
                } else {
                    guard matchesValue(expected, actual) else { return false }
                }
            }
            return true
        default:
            return matchesValue(pattern, event)
        }
    }

    /// One alternative of a pattern list against an event value (a list in the event matches if any item does).
    private static func matchesValue(_ alternative: JSONValue, _ actual: JSONValue?) -> Bool {
        if case .array(let items)? = actual { return items.contains { matchesValue(alternative, $0) } }
        if case .object(let rule) = alternative {
            if let prefix = rule["prefix"]?.string { return actual?.string?.hasPrefix(prefix) ?? false }
            if let exists = rule["exists"], case .bool(let flag) = exists { return (actual != nil) == flag }
            if let excluded = rule["anything-but"] {
                guard let actual else { return false }
                if case .array(let list) = excluded { return !list.contains(actual) }
                return excluded != actual
            }
            return false
        }
        guard let actual else { return false }
        return alternative == actual
    }
}
