import Foundation
import LambdaRuntime

/// Something in the template the local cloud cannot decide or does not
/// emulate, named so that start-up can report it.
struct TemplateIssue: Error, CustomStringConvertible, Equatable, Sendable {
    /// The construct: an intrinsic (`Fn::ImportValue`), a resource type, a property.
    let construct: String
    /// Where: `Resources.ChatFunction.Properties.Environment.Variables.X`.
    let path: String
    let detail: String
    var description: String { "\(construct) at \(path): \(detail)" }
}

/// Resolves intrinsic functions the way CloudFormation would for this local
/// stack: parameters (defaults, then overrides), pseudo parameters, conditions
/// it can decide, `Ref`/`Fn::GetAtt` of the resources it emulates. `Fn::If`
/// evaluates only the branch taken, so an undecidable value in the other
/// branch (e.g. a custom resource's attribute) does no harm.
final class TemplateResolver {
    typealias ResourceLookup = (_ logicalId: String) -> TemplateValue?
    typealias AttributeLookup = (_ logicalId: String, _ attribute: String) -> TemplateValue?

    private let parameters: [String: TemplateValue]
    private let conditionDefinitions: [String: TemplateValue]
    private let mappings: [String: TemplateValue]
    private let pseudo: [String: TemplateValue]
    var resourceRef: ResourceLookup = { _ in nil }
    var resourceAttribute: AttributeLookup = { _, _ in nil }
    private var decided: [String: Bool] = [:]
    private var deciding: Set<String> = []

    /// `parameters` holds each parameter's value (its default or override); a
    /// parameter without either is absent and its `Ref` is an issue.
    init(parameters: [String: TemplateValue], conditions: [String: TemplateValue], mappings: [String: TemplateValue],
         region: String, accountId: String, stackName: String) {
        self.parameters = parameters
        self.conditionDefinitions = conditions
        self.mappings = mappings
        pseudo = [
            "AWS::Region": .string(region), "AWS::AccountId": .string(accountId), "AWS::StackName": .string(stackName),
            "AWS::StackId": .string("arn:aws:cloudformation:\(region):\(accountId):stack/\(stackName)/00000000-0000-4000-8000-000000000000"),
            "AWS::Partition": .string("aws"), "AWS::URLSuffix": .string("amazonaws.com"), "AWS::NotificationARNs": .list([]),
        ]
    }

    /// The value with every intrinsic resolved; nil for `AWS::NoValue` (the key or item is dropped).
    func resolve(_ value: TemplateValue, at path: String) throws -> TemplateValue? {
        switch value {
        case .string, .number, .bool, .null:
            return value
        case .list(let items):
            var out: [TemplateValue] = []
            for (index, item) in items.enumerated() {
                if let resolved = try resolve(item, at: "\(path)[\(index)]") { out.append(resolved) }
            }
            return .list(out)
        case .map(let members):
            var out: [String: TemplateValue] = [:]
            for (key, member) in members {
                if let resolved = try resolve(member, at: "\(path).\(key)") { out[key] = resolved }
            }
            return .map(out)
        case .intrinsic(let name, let argument):
            return try intrinsic(name, argument, at: path)
        }
    }

    /// A resolved scalar as text (environment variables, names).
    func text(_ value: TemplateValue, at path: String) throws -> String? {
        guard let resolved = try resolve(value, at: path) else { return nil }
        if let text = resolved.scalarText { return text }
        if case .null = resolved { return nil }
        throw TemplateIssue(construct: "value", path: path, detail: "expected a string, found a list or map")
    }

    /// Decides a named condition (each one once; cycles are an issue).
    func condition(_ name: String, at path: String) throws -> Bool {
        if let known = decided[name] { return known }
        guard let definition = conditionDefinitions[name] else {
            throw TemplateIssue(construct: "Condition", path: path, detail: "no condition named \(name)")
        }
        guard deciding.insert(name).inserted else {
            throw TemplateIssue(construct: "Condition", path: path, detail: "condition \(name) refers to itself")
        }
        defer { deciding.remove(name) }
        let outcome = try truth(definition, at: "Conditions.\(name)")
        decided[name] = outcome
        return outcome
    }

    private func truth(_ value: TemplateValue, at path: String) throws -> Bool {
        if case .intrinsic("Condition", let argument) = value, let name = argument.scalarText { return try condition(name, at: path) }
        guard let resolved = try resolve(value, at: path) else { return false }
        if case .bool(let flag) = resolved { return flag }
        if let text = resolved.scalarText, text == "true" || text == "false" { return text == "true" }
        throw TemplateIssue(construct: "Condition", path: path, detail: "not a boolean")
    }

    private func arguments(_ argument: TemplateValue, _ name: String, count: ClosedRange<Int>, at path: String) throws -> [TemplateValue] {
        guard let items = argument.list, count.contains(items.count) else {
            throw TemplateIssue(construct: name, path: path, detail: "expects a list of \(count.lowerBound == count.upperBound ? "\(count.lowerBound)" : "\(count)") items")
        }
        return items
    }

    private func intrinsic(_ name: String, _ argument: TemplateValue, at path: String) throws -> TemplateValue? {
        switch name {
        case "Ref":
            guard let target = argument.scalarText else { throw TemplateIssue(construct: "Ref", path: path, detail: "expects a name") }
            return try reference(target, at: path)
        case "Condition":
            guard let target = argument.scalarText else { throw TemplateIssue(construct: "Condition", path: path, detail: "expects a name") }
            return .bool(try condition(target, at: path))
        case "Fn::If":
            let items = try arguments(argument, name, count: 3...3, at: path)
            guard let conditionName = items[0].scalarText else { throw TemplateIssue(construct: name, path: path, detail: "first item must name a condition") }
            return try resolve(try condition(conditionName, at: path) ? items[1] : items[2], at: path)
        case "Fn::Not":
            let items = try arguments(argument, name, count: 1...1, at: path)
            return .bool(!(try truth(items[0], at: path)))
        case "Fn::And", "Fn::Or":
            let items = try arguments(argument, name, count: 2...10, at: path)
            let values = try items.map { try truth($0, at: path) }
            return .bool(name == "Fn::And" ? values.allSatisfy { $0 } : values.contains(true))
        case "Fn::Equals":
            let items = try arguments(argument, name, count: 2...2, at: path)
            let left = try resolve(items[0], at: path), right = try resolve(items[1], at: path)
            return .bool((left?.scalarText ?? "") == (right?.scalarText ?? "") && (left?.scalarText != nil) == (right?.scalarText != nil))
        case "Fn::Sub":
            return .string(try substitute(argument, at: path))
        case "Fn::Join":
            let items = try arguments(argument, name, count: 2...2, at: path)
            guard let delimiter = items[0].scalarText, case .list(let parts)? = try resolve(items[1], at: path) else {
                throw TemplateIssue(construct: name, path: path, detail: "expects [delimiter, list]")
            }
            return .string(try parts.map { part in
                guard let text = part.scalarText else { throw TemplateIssue(construct: name, path: path, detail: "list items must be strings") }
                return text
            }.joined(separator: delimiter))
        case "Fn::Split":
            let items = try arguments(argument, name, count: 2...2, at: path)
            guard let delimiter = items[0].scalarText, let text = try resolve(items[1], at: path)?.scalarText else {
                throw TemplateIssue(construct: name, path: path, detail: "expects [delimiter, string]")
            }
            return .list(text.components(separatedBy: delimiter).map { .string($0) })
        case "Fn::Select":
            let items = try arguments(argument, name, count: 2...2, at: path)
            guard let index = try resolve(items[0], at: path)?.scalarText.flatMap({ Int($0) }),
                  case .list(let list)? = try resolve(items[1], at: path), list.indices.contains(index) else {
                throw TemplateIssue(construct: name, path: path, detail: "index out of range")
            }
            return list[index]
        case "Fn::FindInMap":
            let items = try arguments(argument, name, count: 3...4, at: path)
            let keys = try items.prefix(3).map { try resolve($0, at: path)?.scalarText ?? "" }
            guard let found = mappings[keys[0]]?[keys[1]]?[keys[2]] else {
                if items.count == 4, let fallback = items[3]["DefaultValue"] { return try resolve(fallback, at: path) }
                throw TemplateIssue(construct: name, path: path, detail: "no entry \(keys.joined(separator: "."))")
            }
            return found
        case "Fn::GetAtt":
            let items: [TemplateValue]
            if let text = argument.scalarText, let dot = text.firstIndex(of: ".") {
                items = [.string(String(text[..<dot])), .string(String(text[text.index(after: dot)...]))]
            } else {
                items = try arguments(argument, name, count: 2...2, at: path)
            }
            guard let resource = items[0].scalarText, let attribute = try resolve(items[1], at: path)?.scalarText else {
                throw TemplateIssue(construct: name, path: path, detail: "expects [resource, attribute]")
            }
            guard let value = resourceAttribute(resource, attribute) else {
                throw TemplateIssue(construct: name, path: path, detail: "\(resource).\(attribute) has no local value")
            }
            return value
        case "Fn::Base64":
            guard let text = try resolve(argument, at: path)?.scalarText else { throw TemplateIssue(construct: name, path: path, detail: "expects a string") }
            return .string(Base64.encode(Array(text.utf8)))
        default:
            // Fn::ImportValue, Fn::GetAZs, Fn::Cidr, Fn::Transform, Fn::ToJsonString, Fn::Length, ...
            throw TemplateIssue(construct: name, path: path, detail: "not supported by the local cloud")
        }
    }

    private func reference(_ target: String, at path: String) throws -> TemplateValue? {
        if target == "AWS::NoValue" { return nil }
        if let value = pseudo[target] { return value }
        if let value = parameters[target] { return value }
        if let value = resourceRef(target) { return value }
        throw TemplateIssue(construct: "Ref", path: path, detail: "\(target) is a parameter without a default (pass --parameter \(target)=...) or an unknown name")
    }

    /// `Fn::Sub`: `${Name}` (parameter, pseudo parameter, resource), `${Res.Attr}`, `${!Literal}`.
    private func substitute(_ argument: TemplateValue, at path: String) throws -> String {
        var template: String
        var variables: [String: TemplateValue] = [:]
        if let text = argument.scalarText {
            template = text
        } else if let items = argument.list, items.count == 2, let text = items[0].scalarText, let map = items[1].map {
            template = text
            variables = map
        } else {
            throw TemplateIssue(construct: "Fn::Sub", path: path, detail: "expects a string or [string, variables]")
        }
        var out = ""
        while let open = template.range(of: "${") {
            out += template[..<open.lowerBound]
            guard let close = template[open.upperBound...].firstIndex(of: "}") else {
                throw TemplateIssue(construct: "Fn::Sub", path: path, detail: "unclosed ${")
            }
            let name = String(template[open.upperBound..<close])
            if name.hasPrefix("!") {
                out += "${" + name.dropFirst() + "}"
            } else if let variable = variables[name] {
                guard let text = try resolve(variable, at: path)?.scalarText else { throw TemplateIssue(construct: "Fn::Sub", path: path, detail: "variable \(name) is not a string") }
                out += text
            } else if name.contains("."), !name.hasPrefix("AWS::") {
                let parts = name.split(separator: ".", maxSplits: 1)
                guard let text = try intrinsic("Fn::GetAtt", .list([.string(String(parts[0])), .string(String(parts[1]))]), at: path)?.scalarText else {
                    throw TemplateIssue(construct: "Fn::Sub", path: path, detail: "${\(name)} is not a string")
                }
                out += text
            } else {
                guard let text = try reference(name, at: path)?.scalarText else {
                    throw TemplateIssue(construct: "Fn::Sub", path: path, detail: "${\(name)} is not a string")
                }
                out += text
            }
            template = String(template[template.index(after: close)...])
        }
        return out + template
    }
}
