import Foundation
import Yams

/// A value of a CloudFormation/SAM template as written: scalars, lists, maps,
/// and intrinsic functions (`!Ref X`, `{"Fn::Sub": ...}`) not yet resolved.
indirect enum TemplateValue: Equatable, Sendable {
    case string(String)
    /// Numbers keep their text: `Timeout: 29` and `"29"` mean the same to CloudFormation.
    case number(String)
    case bool(Bool)
    case null
    case list([TemplateValue])
    case map([String: TemplateValue])
    /// `Ref`, `Condition` or `Fn::<Name>`, with its argument.
    case intrinsic(String, TemplateValue)

    subscript(key: String) -> TemplateValue? {
        if case .map(let members) = self { return members[key] }
        return nil
    }

    var map: [String: TemplateValue]? { if case .map(let members) = self { return members }; return nil }
    var list: [TemplateValue]? { if case .list(let items) = self { return items }; return nil }

    /// The text of a scalar (numbers and booleans as CloudFormation turns them into strings).
    var scalarText: String? {
        switch self {
        case .string(let text), .number(let text): return text
        case .bool(let flag): return flag ? "true" : "false"
        default: return nil
        }
    }

    struct SyntaxError: Error, CustomStringConvertible { let description: String }

    /// Reads YAML (JSON is YAML too), turning short tags (`!Ref`, `!Sub`, `!GetAtt A.B`, …)
    /// and long forms (`Fn::Sub`) into `.intrinsic`.
    static func parse(yaml text: String) throws -> TemplateValue {
        let node: Node?
        do { node = try Yams.compose(yaml: text) } catch { throw SyntaxError(description: "template is not valid YAML: \(error)") }
        guard let node else { throw SyntaxError(description: "template is empty") }
        return try value(of: node)
    }

    private static func value(of node: Node) throws -> TemplateValue {
        let tagName = node.tag.description // the resolved tag's name
        let intrinsicName: String? = tagName.hasPrefix("!") && tagName != "!" ? longName(ofShortTag: String(tagName.dropFirst())) : nil
        let plain: TemplateValue
        switch node {
        case .scalar(let scalar):
            if let intrinsicName {
                // `!GetAtt Resource.Attribute` is the one short form whose scalar is split.
                if intrinsicName == "Fn::GetAtt", let dot = scalar.string.firstIndex(of: ".") {
                    return .intrinsic(intrinsicName, .list([.string(String(scalar.string[..<dot])),
                                                            .string(String(scalar.string[scalar.string.index(after: dot)...]))]))
                }
                return .intrinsic(intrinsicName, .string(scalar.string))
            }
            switch Tag.Name(rawValue: tagName) {
            case Tag.Name.int, Tag.Name.float: plain = .number(scalar.string)
            case Tag.Name.bool: plain = .bool(node.bool ?? false)
            case Tag.Name.null: plain = .null
            default: plain = .string(scalar.string)
            }
        case .sequence(let sequence):
            plain = .list(try sequence.map(value(of:)))
        case .mapping(let mapping):
            var members: [String: TemplateValue] = [:]
            for (key, member) in mapping {
                guard let name = key.string else { throw SyntaxError(description: "a mapping key is not a string") }
                members[name] = try value(of: member)
            }
            if members.count == 1, let (name, argument) = members.first, name == "Ref" || name.hasPrefix("Fn::") {
                plain = .intrinsic(name, argument)
            } else {
                plain = .map(members)
            }
        case .alias:
            throw SyntaxError(description: "YAML aliases are not supported in templates")
        }
        if let intrinsicName { return .intrinsic(intrinsicName, plain) }
        return plain
    }

    private static func longName(ofShortTag tag: String) -> String {
        tag == "Ref" || tag == "Condition" ? tag : "Fn::" + tag
    }
}
