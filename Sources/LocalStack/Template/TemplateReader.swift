import Foundation
import LambdaRuntime

/// Turns a parsed SAM template into a `CloudTemplate`: resolves what the local
/// cloud runs, and names every resource type, property, event source and
/// intrinsic it does not emulate.
final class TemplateReader {
    private let root: TemplateValue
    private let resolver: TemplateResolver
    private let resources: [String: TemplateValue]
    private let globals: TemplateValue?
    private var issues: [String] = []
    /// A local API definition that cannot be read: serving no routes from it would answer 403 to everything
    /// (what a template copied without its document did), so `read()` refuses the template instead.
    private var unreadableDefinition: TemplateIssue?
    private var skipped: Set<String> = []
    private var unemulatedProperties: [String: [String]] = [:]
    private var unresolvedEnvironment: [CloudTemplate.UnresolvedVariable] = []
    /// Where a relative `AWS::Include` Location is read from (the template's directory).
    private let directory: String

    /// Properties of a function the local cloud acts on; the others are reported once each.
    private static let emulatedFunctionProperties: Set<String> = [
        "CodeUri", "Handler", "Runtime", "Description", "Timeout", "MemorySize", "ReservedConcurrentExecutions",
        "Environment", "Events", "FunctionName", "EventInvokeConfig", "LoggingConfig", "Architectures",
    ]

    init(root: TemplateValue, overrides: [String: String], directory: String = FileManager.default.currentDirectoryPath) throws {
        self.root = root
        self.directory = directory
        resources = root["Resources"]?.map ?? [:]
        globals = root["Globals"]
        var parameters: [String: TemplateValue] = [:]
        for (name, definition) in root["Parameters"]?.map ?? [:] {
            let type = definition["Type"]?.scalarText ?? "String"
            guard let text = overrides[name] ?? definition["Default"]?.scalarText else { continue }
            if type == "CommaDelimitedList" || type.hasPrefix("List<") {
                parameters[name] = .list(text.isEmpty ? [] : text.split(separator: ",", omittingEmptySubsequences: false).map { .string(String($0)) })
            } else {
                parameters[name] = type == "Number" ? .number(text) : .string(text)
            }
        }
        resolver = TemplateResolver(parameters: parameters, conditions: root["Conditions"]?.map ?? [:],
                                    mappings: root["Mappings"]?.map ?? [:], region: CloudTemplate.region,
                                    accountId: CloudTemplate.accountId, stackName: CloudTemplate.stackName)
        let resources = self.resources
        resolver.resourceRef = { [unowned self] logicalId in
            guard let resource = resources[logicalId] else { return nil }
            switch resource["Type"]?.scalarText {
            case "AWS::Serverless::Function", "AWS::Lambda::Function": return .string(self.functionName(logicalId))
            case "AWS::S3::Bucket": return .string(self.bucketName(logicalId))
            case "AWS::Serverless::Api": return .string(LocalAPIGateway.apiId)
            default: return .string(logicalId) // what CloudFormation returns is unknowable locally; the id stands in
            }
        }
        resolver.resourceAttribute = { [unowned self] logicalId, attribute in
            guard let resource = resources[logicalId], let type = resource["Type"]?.scalarText else { return nil }
            switch (type, attribute) {
            case ("AWS::Serverless::Function", "Arn"), ("AWS::Lambda::Function", "Arn"):
                return .string("arn:aws:lambda:\(CloudTemplate.region):\(CloudTemplate.accountId):function:\(self.functionName(logicalId))")
            case ("AWS::S3::Bucket", "Arn"): return .string("arn:aws:s3:::\(self.bucketName(logicalId))")
            case ("AWS::Bedrock::DataAutomationProject", "ProjectArn"):
                return .string("arn:aws:bedrock:\(CloudTemplate.region):\(CloudTemplate.accountId):data-automation-project/\(logicalId)")
            case (_, let name) where name.hasSuffix("Arn") && type.hasPrefix("AWS::"):
                // Any other resource's ARN: a well-formed local one (what it names is not emulated; the id stands in).
                let service = type.split(separator: "::").dropFirst().first.map { $0.lowercased() } ?? "local"
                return .string("arn:aws:\(service):\(CloudTemplate.region):\(CloudTemplate.accountId):\(logicalId)")
            default: return nil
            }
        }
    }

    private func note(_ text: String) { if !issues.contains(text) { issues.append(text) } }

    /// `FunctionName`, else the executable's name (what `lambda-local invoke` calls it, and what the
    /// usage ledger records), not CloudFormation's generated `<stack>-<LogicalId>-<suffix>`.
    private func functionName(_ logicalId: String) -> String {
        let fallback = CloudTemplate.executableName(forLogicalId: logicalId)
        guard let value = resources[logicalId]?["Properties"]?["FunctionName"] else { return fallback }
        return (try? resolver.text(value, at: "Resources.\(logicalId).Properties.FunctionName")) ?? fallback
    }

    private func bucketName(_ logicalId: String) -> String {
        guard let value = resources[logicalId]?["Properties"]?["BucketName"] else { return logicalId.lowercased() }
        return (try? resolver.text(value, at: "Resources.\(logicalId).Properties.BucketName")) ?? logicalId.lowercased()
    }

    /// A resolved property, with a failure recorded as an issue (the property is then treated as absent).
    private func resolved(_ value: TemplateValue?, at path: String) -> TemplateValue? {
        guard let value else { return nil }
        do { return try resolver.resolve(value, at: path) } catch { note("\(error)"); return nil }
    }

    private func int(_ value: TemplateValue?, at path: String) -> Int? {
        resolved(value, at: path)?.scalarText.flatMap { Int($0) ?? Double($0).map { Int($0) } }
    }

    func read() throws -> CloudTemplate {
        var template = CloudTemplate()
        // Conditions first: a resource whose condition is false does not exist.
        var live: [(String, TemplateValue)] = []
        for (logicalId, resource) in resources.sorted(by: { $0.key < $1.key }) {
            if let condition = resource["Condition"]?.scalarText {
                do {
                    guard try resolver.condition(condition, at: "Resources.\(logicalId).Condition") else {
                        skipped.insert(logicalId)
                        note("skipped \(logicalId): condition \(condition) is false locally")
                        continue
                    }
                } catch { note("\(error)"); skipped.insert(logicalId); continue }
            }
            live.append((logicalId, resource))
        }
        var notEmulated: [String: [String]] = [:]
        for (logicalId, resource) in live {
            let type = resource["Type"]?.scalarText ?? "?"
            switch type {
            case "AWS::Serverless::Function", "AWS::Lambda::Function":
                template.functions[logicalId] = readFunction(logicalId, resource, type: type)
            case "AWS::Serverless::Api":
                template.apis.append(readAPI(logicalId, resource["Properties"] ?? .map([:])))
            case "AWS::S3::Bucket":
                template.buckets[logicalId] = CloudTemplate.Bucket(logicalId: logicalId, name: bucketName(logicalId),
                                                                   corsRules: readBucketCORS(logicalId, resource["Properties"]))
                template.notifications += readBucketNotifications(logicalId, resource["Properties"])
            case "AWS::Events::Rule":
                template.rules += readRule(logicalId, resource["Properties"])
            default:
                notEmulated[type, default: []].append(logicalId)
            }
        }
        for (type, ids) in notEmulated.sorted(by: { $0.key < $1.key }) {
            note("not emulated: \(type) (\(ids.joined(separator: ", ")))")
        }
        // Events: routes, bucket notifications and rules that point at functions.
        var implicitAPI: CloudTemplate.API?
        for (logicalId, resource) in live where resource["Type"]?.scalarText == "AWS::Serverless::Function" {
            for (eventName, event) in (resource["Properties"]?["Events"]?.map ?? [:]).sorted(by: { $0.key < $1.key }) {
                let path = "Resources.\(logicalId).Properties.Events.\(eventName)"
                let properties = event["Properties"] ?? .map([:])
                switch event["Type"]?.scalarText ?? "" {
                case "Api":
                    let apiId: String
                    if case .intrinsic("Ref", let target)? = properties["RestApiId"], let name = target.scalarText { apiId = name }
                    else { apiId = "ServerlessRestApi" }
                    if let index = template.apis.firstIndex(where: { $0.logicalId == apiId }) {
                        template.apis[index].routes.append(route(properties, function: logicalId, api: template.apis[index], at: path))
                    } else if apiId == "ServerlessRestApi" {
                        if implicitAPI == nil { implicitAPI = readAPI(apiId, globals?["Api"] ?? .map([:])) }
                        implicitAPI!.routes.append(route(properties, function: logicalId, api: implicitAPI!, at: path))
                    } else {
                        note("\(path): RestApiId \(apiId) is not an AWS::Serverless::Api of this template (route not served)")
                    }
                case "S3":
                    guard case .intrinsic("Ref", let target)? = properties["Bucket"], let bucket = target.scalarText,
                          template.buckets[bucket] != nil else {
                        note("\(path): S3 event whose Bucket is not a bucket of this template (not delivered)"); continue
                    }
                    let events = resolved(properties["Events"], at: path + ".Events")
                    let (prefix, suffix) = keyFilter(resolved(properties["Filter"], at: path + ".Filter"))
                    template.notifications.append(.init(bucketLogicalId: bucket, events: events?.list?.compactMap(\.scalarText) ?? events?.scalarText.map { [$0] } ?? [],
                                                        prefix: prefix, suffix: suffix, functionLogicalId: logicalId))
                case "EventBridgeRule", "CloudWatchEvent":
                    if let pattern = resolved(properties["Pattern"], at: path + ".Pattern") {
                        template.rules.append(.init(name: "\(logicalId).\(eventName)", pattern: Self.json(pattern), functionLogicalId: logicalId))
                    }
                case let other:
                    note("not emulated: \(other.isEmpty ? "?" : other) event \(logicalId).\(eventName) (never triggered locally)")
                }
            }
        }
        if let implicitAPI { template.apis.append(implicitAPI) }
        for name in (globals?["Function"]?.map ?? [:]).keys.sorted() where !Self.emulatedFunctionProperties.contains(name) {
            note("not emulated: Globals.Function.\(name)")
        }
        for (name, ids) in unemulatedProperties.sorted(by: { $0.key < $1.key }) {
            note("not emulated: function property \(name) (\(ids.sorted().joined(separator: ", ")))\(name == "Policies" ? ": IAM is not enforced locally" : "")")
        }
        if let unreadableDefinition { throw unreadableDefinition }
        template.unresolvedEnvironment = unresolvedEnvironment
        template.issues = issues
        return template
    }

    // MARK: functions

    private func readFunction(_ logicalId: String, _ resource: TemplateValue, type: String) -> CloudTemplate.Function {
        let base = "Resources.\(logicalId).Properties"
        let properties = resource["Properties"] ?? .map([:])
        let global = type == "AWS::Serverless::Function" ? (globals?["Function"] ?? .map([:])) : .map([:])
        func property(_ name: String) -> TemplateValue? { properties[name] ?? global[name] }
        for name in (properties.map ?? [:]).keys.sorted() where !Self.emulatedFunctionProperties.contains(name) {
            unemulatedProperties[name, default: []].append(logicalId)
        }
        var environment: [String: String] = [:]
        for (scope, variables) in [("Globals.Function", global["Environment"]?["Variables"]), (base, properties["Environment"]?["Variables"])] {
            for (key, value) in variables?.map ?? [:] {
                do { environment[key] = try resolver.text(value, at: "\(scope).Environment.Variables.\(key)") ?? "" }
                catch { unresolvedEnvironment.append(.init(function: logicalId, variable: key, reason: "\(error)")); environment[key] = nil }
            }
        }
        // Globals maps merge into the function's (SAM): its LoggingConfig.LogGroup keeps the global ApplicationLogLevel.
        if let level = resolved(properties["LoggingConfig"]?["ApplicationLogLevel"] ?? global["LoggingConfig"]?["ApplicationLogLevel"],
                                at: base + ".LoggingConfig")?.scalarText {
            environment["AWS_LAMBDA_LOG_LEVEL"] = level
        }
        let invokeConfig = property("EventInvokeConfig")
        let destination = resolved(invokeConfig?["DestinationConfig"]?["OnFailure"], at: base + ".EventInvokeConfig")
        return CloudTemplate.Function(
            logicalId: logicalId, name: functionName(logicalId), executable: CloudTemplate.executableName(forLogicalId: logicalId),
            timeoutSeconds: Double(resolved(property("Timeout"), at: base + ".Timeout")?.scalarText ?? "") ?? 3,
            memoryMB: int(property("MemorySize"), at: base + ".MemorySize") ?? 128,
            reservedConcurrency: int(properties["ReservedConcurrentExecutions"], at: base + ".ReservedConcurrentExecutions"),
            environment: environment,
            maximumRetryAttempts: min(2, max(0, int(invokeConfig?["MaximumRetryAttempts"], at: base + ".EventInvokeConfig") ?? 2)),
            maximumEventAgeSeconds: int(invokeConfig?["MaximumEventAgeInSeconds"], at: base + ".EventInvokeConfig") ?? 21600,
            onFailureDestination: destination.map { ($0["Type"]?.scalarText ?? "") + " " + ($0["Destination"]?.scalarText ?? "") })
    }

    // MARK: the API

    private func readAPI(_ logicalId: String, _ properties: TemplateValue) -> CloudTemplate.API {
        let path = "Resources.\(logicalId).Properties"
        let merged = mergedAPIProperties(properties)
        for name in (merged.map ?? [:]).keys.sorted() where !["StageName", "Auth", "Cors", "BinaryMediaTypes", "TracingEnabled", "Name", "Description", "DefinitionBody", "OpenApiVersion"].contains(name) {
            note("not emulated: API property \(name) (\(logicalId))")
        }
        let auth = merged["Auth"]
        var authorizers: [String: CloudTemplate.Authorizer] = [:]
        for (name, definition) in auth?["Authorizers"]?.map ?? [:] {
            let at = "\(path).Auth.Authorizers.\(name)"
            guard let function = functionLogicalId(definition["FunctionArn"], at: at) else {
                note("not emulated: authorizer \(name) (\(definition["UserPoolArn"] != nil ? "Cognito user pool authorizer" : "FunctionArn is not a function of this template")); its routes answer 500")
                continue
            }
            let identity = resolved(definition["Identity"], at: at + ".Identity")
            let kind = CloudTemplate.Authorizer.Kind(rawValue: resolved(definition["FunctionPayloadType"], at: at)?.scalarText ?? "TOKEN") ?? .token
            authorizers[name] = CloudTemplate.Authorizer(
                name: name, functionLogicalId: function, kind: kind,
                header: identity?["Header"]?.scalarText ?? "Authorization",
                requestHeaders: identity?["Headers"]?.list?.compactMap(\.scalarText) ?? [],
                requestQueryStrings: identity?["QueryStrings"]?.list?.compactMap(\.scalarText) ?? [],
                validationExpression: identity?["ValidationExpression"]?.scalarText,
                ttlSeconds: min(3600, max(0, identity?["ReauthorizeEvery"]?.scalarText.flatMap { Int($0) } ?? 300)))
        }
        // The OpenAPI definition (issue 14): its routes, authorizers and gateway responses, as API Gateway imports it.
        var routes: [CloudTemplate.Route] = []
        var gatewayResponseHeaders: [String: [CloudTemplate.Header]] = [:]
        let (definition, definitionPath) = readDefinitionBody(merged["DefinitionBody"], at: path + ".DefinitionBody")
        if let definition {
            let document = OpenAPIDefinition(definition, functionForArn: { [resources] arn in
                resources.keys.sorted().first { arn.hasSuffix(":function:" + self.functionName($0)) }
            }, note: { self.note($0) })
            routes = document.routes
            authorizers.merge(document.authorizers) { template, _ in template }
            gatewayResponseHeaders = document.gatewayResponseHeaders
        }
        var api = CloudTemplate.API(
            logicalId: logicalId, stage: resolved(merged["StageName"], at: path + ".StageName")?.scalarText ?? "Prod",
            routes: routes, authorizers: authorizers, cors: readCors(resolved(merged["Cors"], at: path + ".Cors")),
            authorizePreflight: resolved(auth?["AddDefaultAuthorizerToCorsPreflight"], at: path)?.scalarText != "false",
            defaultAuthorizer: resolved(auth?["DefaultAuthorizer"], at: path)?.scalarText,
            binaryMediaTypes: resolved(merged["BinaryMediaTypes"], at: path)?.list?.compactMap(\.scalarText)
                .map { $0.replacingOccurrences(of: "~1", with: "/") } ?? [])
        api.gatewayResponseHeaders = gatewayResponseHeaders
        api.definitionPath = definitionPath
        return api
    }

    /// `DefinitionBody` inline, or `Fn::Transform: {Name: AWS::Include, Parameters: {Location: file}}` read from
    /// the template's directory (an `s3://` Location is what `sam package` leaves: not readable locally).
    private func readDefinitionBody(_ value: TemplateValue?, at path: String) -> (TemplateValue?, String?) {
        guard let value else { return (nil, nil) }
        guard case .intrinsic("Fn::Transform", let transform) = value else { return (resolved(value, at: path), nil) }
        guard transform["Name"]?.scalarText == "AWS::Include",
              let location = resolved(transform["Parameters"]?["Location"], at: path + ".Location")?.scalarText else {
            note("not emulated: \(path): a Fn::Transform other than AWS::Include (no routes from it)")
            return (nil, nil)
        }
        guard !location.hasPrefix("s3://") && !location.hasPrefix("https://") else {
            note("not emulated: \(path): AWS::Include of \(location) (only a local file; no routes from it)")
            return (nil, nil)
        }
        let file = location.hasPrefix("/") ? location : directory + "/" + location
        guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
            unreadableDefinition = TemplateIssue(construct: "AWS::Include", path: path, detail: "cannot read \(file)")
            return (nil, nil)
        }
        do {
            return (resolved(try TemplateValue.parse(yaml: text), at: location), file)
        } catch {
            unreadableDefinition = TemplateIssue(construct: "AWS::Include", path: path, detail: "\(location): \(error)")
            return (nil, nil)
        }
    }

    /// `CorsConfiguration.CorsRules` of a bucket (what the local S3 answers preflights with).
    private func readBucketCORS(_ logicalId: String, _ properties: TemplateValue?) -> [CloudTemplate.BucketCORSRule] {
        guard let configuration = resolved(properties?["CorsConfiguration"], at: "Resources.\(logicalId).Properties.CorsConfiguration") else { return [] }
        func texts(_ value: TemplateValue?) -> [String] { value?.list?.compactMap(\.scalarText) ?? [] }
        return (configuration["CorsRules"]?.list ?? []).map { rule in
            CloudTemplate.BucketCORSRule(allowedOrigins: texts(rule["AllowedOrigins"]), allowedMethods: texts(rule["AllowedMethods"]).map { $0.uppercased() },
                                         allowedHeaders: texts(rule["AllowedHeaders"]), exposedHeaders: texts(rule["ExposedHeaders"]),
                                         maxAgeSeconds: rule["MaxAge"]?.scalarText.flatMap { Int($0) })
        }
    }

    /// Globals.Api under the API's own properties.
    private func mergedAPIProperties(_ properties: TemplateValue) -> TemplateValue {
        var members = globals?["Api"]?.map ?? [:]
        for (key, value) in properties.map ?? [:] { members[key] = value }
        return .map(members)
    }

    private func functionLogicalId(_ value: TemplateValue?, at path: String) -> String? {
        if case .intrinsic("Fn::GetAtt", let argument)? = value {
            let target = argument.list?.first?.scalarText ?? argument.scalarText?.split(separator: ".").first.map(String.init)
            if let target, resources[target] != nil { return target }
        }
        guard let arn = resolved(value, at: path)?.scalarText else { return nil }
        return resources.keys.first { arn.hasSuffix(":function:" + functionName($0)) }
    }

    /// SAM quotes CORS values as API Gateway header mappings: `"'*'"`.
    private func readCors(_ value: TemplateValue?) -> CloudTemplate.Cors? {
        guard let value else { return nil }
        func unquote(_ text: String?) -> String? {
            guard let text else { return nil }
            return text.count >= 2 && text.hasPrefix("'") && text.hasSuffix("'") ? String(text.dropFirst().dropLast()) : text
        }
        if let origin = value.scalarText { return .init(allowOrigin: unquote(origin) ?? "*", allowMethods: nil, allowHeaders: nil, maxAge: nil, allowCredentials: false) }
        return .init(allowOrigin: unquote(value["AllowOrigin"]?.scalarText) ?? "*", allowMethods: unquote(value["AllowMethods"]?.scalarText),
                     allowHeaders: unquote(value["AllowHeaders"]?.scalarText), maxAge: unquote(value["MaxAge"]?.scalarText),
                     allowCredentials: value["AllowCredentials"]?.scalarText == "true")
    }

    private func route(_ properties: TemplateValue, function: String, api: CloudTemplate.API, at path: String) -> CloudTemplate.Route {
        let method = (resolved(properties["Method"], at: path)?.scalarText ?? "ANY").uppercased()
        let resource = resolved(properties["Path"], at: path)?.scalarText ?? "/"
        let authorizer: String?
        switch resolved(properties["Auth"]?["Authorizer"], at: path + ".Auth")?.scalarText {
        case "NONE"?, "AWS_IAM"?: authorizer = nil
        case let name?: authorizer = name
        case nil: authorizer = api.defaultAuthorizer
        }
        if properties["Auth"]?["Authorizer"]?.scalarText == "AWS_IAM" { note("not emulated: AWS_IAM auth on \(method) \(resource) (served open)") }
        if properties["Auth"]?["ApiKeyRequired"] != nil { note("not emulated: ApiKeyRequired on \(method) \(resource)") }
        return CloudTemplate.Route(method: method == "ANY" ? "ANY" : method, resource: resource, functionLogicalId: function, authorizer: authorizer)
    }

    // MARK: buckets and rules

    private func keyFilter(_ filter: TemplateValue?) -> (prefix: String?, suffix: String?) {
        var prefix: String?, suffix: String?
        for rule in filter?["S3Key"]?["Rules"]?.list ?? [] {
            switch rule["Name"]?.scalarText?.lowercased() {
            case "prefix": prefix = rule["Value"]?.scalarText
            case "suffix": suffix = rule["Value"]?.scalarText
            default: break
            }
        }
        return (prefix, suffix)
    }

    /// Plain CloudFormation: `NotificationConfiguration.LambdaConfigurations` on the bucket.
    private func readBucketNotifications(_ logicalId: String, _ properties: TemplateValue?) -> [CloudTemplate.BucketNotification] {
        let path = "Resources.\(logicalId).Properties.NotificationConfiguration"
        var out: [CloudTemplate.BucketNotification] = []
        for configuration in properties?["NotificationConfiguration"]?["LambdaConfigurations"]?.list ?? [] {
            guard let function = functionLogicalId(configuration["Function"], at: path) else {
                note("\(path): a LambdaConfiguration whose Function is not in this template (not delivered)"); continue
            }
            let (prefix, suffix) = keyFilter(resolved(configuration["Filter"], at: path))
            out.append(.init(bucketLogicalId: logicalId, events: [resolved(configuration["Event"], at: path)?.scalarText ?? ""],
                             prefix: prefix, suffix: suffix, functionLogicalId: function))
        }
        for kind in ["QueueConfigurations", "TopicConfigurations", "EventBridgeConfiguration"] where properties?["NotificationConfiguration"]?[kind] != nil {
            note("not emulated: \(kind) of \(logicalId)")
        }
        return out
    }

    private func readRule(_ logicalId: String, _ properties: TemplateValue?) -> [CloudTemplate.EventRule] {
        let path = "Resources.\(logicalId).Properties"
        guard let pattern = resolved(properties?["EventPattern"], at: path + ".EventPattern") else {
            note("not emulated: AWS::Events::Rule \(logicalId) without an EventPattern (schedules are not triggered locally)")
            return []
        }
        return (properties?["Targets"]?.list ?? []).compactMap { target in
            guard let function = functionLogicalId(target["Arn"], at: path + ".Targets") else {
                note("\(logicalId): a target that is not a function of this template (not delivered)"); return nil
            }
            return CloudTemplate.EventRule(name: logicalId, pattern: Self.json(pattern), functionLogicalId: function)
        }
    }

    static func json(_ value: TemplateValue) -> JSONValue {
        switch value {
        case .string(let text): return .string(text)
        case .number(let text): return .number(Double(text) ?? 0)
        case .bool(let flag): return .bool(flag)
        case .null: return .null
        case .list(let items): return .array(items.map(json))
        case .map(let members): return .object(members.mapValues(json))
        case .intrinsic(let name, _): return .string(name)
        }
    }
}
