import Foundation

/// A REST API's OpenAPI definition (`DefinitionBody`, inline or through `AWS::Include`), read as API
/// Gateway imports it: every path × method with an `x-amazon-apigateway-integration` (`aws_proxy` → the
/// function its URI names; `mock` on OPTIONS → the CORS preflight), the authorizer of the operation's
/// security requirement (`x-amazon-apigateway-authorizer` in `securitySchemes`), and the static headers
/// of `x-amazon-apigateway-gateway-responses`. Intrinsics are already resolved (Fn::Sub of ARNs and
/// parameters), as AWS::Include evaluates them. What it does not emulate is named through `note`.
struct OpenAPIDefinition {
    var routes: [CloudTemplate.Route] = []
    var authorizers: [String: CloudTemplate.Authorizer] = [:]
    var gatewayResponseHeaders: [String: [CloudTemplate.Header]] = [:]

    static let methods: [String: String] = ["get": "GET", "put": "PUT", "post": "POST", "delete": "DELETE", "options": "OPTIONS",
                                             "head": "HEAD", "patch": "PATCH", "x-amazon-apigateway-any-method": "ANY"]

    /// `functionForArn`: the logical id of the template's function with that ARN.
    init(_ document: TemplateValue, functionForArn: (String) -> String?, note: (String) -> Void) {
        for (name, scheme) in document["components"]?["securitySchemes"]?.map ?? document["securityDefinitions"]?.map ?? [:] {
            guard let definition = scheme["x-amazon-apigateway-authorizer"] else { continue }
            guard let arn = Self.functionArn(inIntegrationURI: definition["authorizerUri"]?.scalarText),
                  let function = functionForArn(arn) else {
                note("not emulated: authorizer \(name) of the definition (its authorizerUri names no function of this template); its routes answer 500")
                continue
            }
            let kind: CloudTemplate.Authorizer.Kind = definition["type"]?.scalarText?.lowercased() == "request" ? .request : .token
            let sources = (definition["identitySource"]?.scalarText ?? "method.request.header.Authorization")
                .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            func names(_ prefix: String) -> [String] { sources.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) } }
            authorizers[name] = CloudTemplate.Authorizer(
                name: name, functionLogicalId: function, kind: kind,
                header: names("method.request.header.").first ?? "Authorization",
                requestHeaders: kind == .request ? names("method.request.header.") : [],
                requestQueryStrings: kind == .request ? names("method.request.querystring.") : [],
                validationExpression: definition["identityValidationExpression"]?.scalarText,
                ttlSeconds: min(3600, max(0, definition["authorizerResultTtlInSeconds"]?.scalarText.flatMap { Int($0) } ?? 300)))
        }
        let documentSecurity = document["security"]
        for (path, item) in (document["paths"]?.map ?? [:]).sorted(by: { $0.key < $1.key }) {
            for (key, operation) in (item.map ?? [:]).sorted(by: { $0.key < $1.key }) {
                guard let method = Self.methods[key] else { continue }
                guard let integration = operation["x-amazon-apigateway-integration"] else {
                    note("not emulated: \(method) \(path) of the definition has no x-amazon-apigateway-integration (not served)")
                    continue
                }
                let authorizer = Self.authorizer(of: operation["security"] ?? documentSecurity, known: authorizers, at: "\(method) \(path)", note: note)
                switch integration["type"]?.scalarText?.lowercased() {
                case "aws_proxy"?:
                    guard let arn = Self.functionArn(inIntegrationURI: integration["uri"]?.scalarText), let function = functionForArn(arn) else {
                        note("\(method) \(path): its integration URI names no function of this template (not served)")
                        continue
                    }
                    routes.append(.init(method: method, resource: path, functionLogicalId: function, authorizer: authorizer))
                case "mock"? where method == "OPTIONS":
                    var route = CloudTemplate.Route(method: method, resource: path, functionLogicalId: "", authorizer: authorizer)
                    route.preflight = Self.preflight(integration)
                    routes.append(route)
                case let other:
                    note("not emulated: \(other ?? "?") integration of \(method) \(path) (not served)")
                }
            }
        }
        for (type, response) in document["x-amazon-apigateway-gateway-responses"]?.map ?? [:] {
            var headers: [CloudTemplate.Header] = []
            for (parameter, value) in (response["responseParameters"]?.map ?? [:]).sorted(by: { $0.key < $1.key }) {
                guard parameter.hasPrefix("gatewayresponse.header."), let text = value.scalarText else { continue }
                guard let literal = Self.literal(text) else {
                    note("not emulated: gateway response \(type) header \(parameter) from \(text) (only static values)")
                    continue
                }
                headers.append(.init(name: String(parameter.dropFirst("gatewayresponse.header.".count)), value: literal))
            }
            gatewayResponseHeaders[type] = headers
            if response["responseTemplates"] != nil || response["statusCode"] != nil {
                note("not emulated: gateway response \(type)'s template and status (its headers are)")
            }
        }
    }

    /// `'value'` → value; anything else is a mapping from the request (nil).
    static func literal(_ text: String) -> String? {
        text.count >= 2 && text.hasPrefix("'") && text.hasSuffix("'") ? String(text.dropFirst().dropLast()) : nil
    }

    /// `arn:aws:apigateway:<region>:lambda:path/2015-03-31/functions/<function ARN>/invocations` → the function ARN.
    static func functionArn(inIntegrationURI uri: String?) -> String? {
        guard let uri, let start = uri.range(of: "/functions/"), let end = uri.range(of: "/invocations", options: .backwards),
              start.upperBound <= end.lowerBound else { return nil }
        return String(uri[start.upperBound..<end.lowerBound])
    }

    /// The first security requirement naming a known authorizer; `[]` (or none) is open.
    private static func authorizer(of security: TemplateValue?, known: [String: CloudTemplate.Authorizer], at place: String,
                                   note: (String) -> Void) -> String? {
        guard let requirements = security?.list, !requirements.isEmpty else { return nil }
        for requirement in requirements {
            for name in (requirement.map ?? [:]).keys.sorted() {
                if known[name] != nil { return name }
            }
        }
        // A requirement without a Lambda authorizer (e.g. a plain bearer scheme) is left to the function, as
        // API Gateway leaves it; the name keeps the route closed (500) when a scheme of that name is missing.
        let names = requirements.flatMap { ($0.map ?? [:]).keys.sorted() }
        if let name = names.first {
            note("not emulated: \(place) requires \(name), which is no Lambda authorizer of the definition (answers 500)")
            return name
        }
        return nil
    }

    /// The subset of VTL the document's mock preflight uses: the origin list it compares against
    /// (`",<origins>,".contains(",$origin,")`) and the `#set($context.responseOverride.header.X = 'v')` lines
    /// inside it; `method.response.header.X: 'v'` parameters are sent on every answer.
    static func preflight(_ integration: TemplateValue) -> CloudTemplate.Preflight {
        let response = integration["responses"]?["default"] ?? integration["responses"]?.map?.values.first
        let template = response?["responseTemplates"]?.map?.values.first?.scalarText ?? ""
        var origins: [String] = []
        if let range = template.range(of: #"",([^"]*),"\.contains\("#, options: .regularExpression) {
            let list = template[range].dropFirst(2).dropLast(#",".contains("#.count)
            origins = list.split(separator: ",").map(String.init).filter { !$0.isEmpty }
        }
        var cors: [CloudTemplate.Header] = []
        let pattern = try! NSRegularExpression(pattern: #"#set\(\$context\.responseOverride\.header\.([A-Za-z0-9-]+) = '([^']*)'\)"#)
        for match in pattern.matches(in: template, range: NSRange(template.startIndex..., in: template)) {
            guard let name = Range(match.range(at: 1), in: template), let value = Range(match.range(at: 2), in: template) else { continue }
            cors.append(.init(name: String(template[name]), value: String(template[value])))
        }
        var fixed: [CloudTemplate.Header] = []
        for (parameter, value) in (response?["responseParameters"]?.map ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard parameter.hasPrefix("method.response.header."), let text = value.scalarText, let literal = literal(text) else { continue }
            fixed.append(.init(name: String(parameter.dropFirst("method.response.header.".count)), value: literal))
        }
        return CloudTemplate.Preflight(allowedOrigins: origins, corsHeaders: cors, staticHeaders: fixed)
    }
}
