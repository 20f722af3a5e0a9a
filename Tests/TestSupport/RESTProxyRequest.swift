import Foundation

/// Who calls a function under test: what the authorizer puts in `requestContext.authorizer`.
public struct Caller: Sendable {
    public var sub: String
    public var clinicId: String
    public var role: String

    public init(sub: String, clinicId: String, role: String = "doctor") {
        self.sub = sub
        self.clinicId = clinicId
        self.role = role
    }

    /// A doctor of a clinic no other test uses.
    public static func doctor(clinic: String = TestDatabase.uniqueClinic()) -> Caller {
        Caller(sub: "doctor-\(UUID().uuidString.prefix(8).lowercased())", clinicId: clinic)
    }

    public static func admin(clinic: String) -> Caller {
        Caller(sub: "admin-\(UUID().uuidString.prefix(8).lowercased())", clinicId: clinic, role: "admin")
    }

    public var context: [String: Any] {
        ["principalId": sub, "sub": sub, "email": "\(sub)@clinica.example", "role": role, "clinicId": clinicId, "integrationLatency": 3]
    }
}

/// The API Gateway REST (v1) proxy event of a request as the authorizer passes it on, and the function's
/// proxy answer read back: the one builder the function test harnesses share.
public enum RESTProxyRequest {
    public static func event(_ method: String, resource: String, path: String, pathParameters: [String: String]? = nil,
                             query: [String: String]? = nil, body: String? = nil, headers: [String: String],
                             caller: Caller?, requestId: String) -> [String: Any] {
        var context: [String: Any] = ["requestId": requestId, "stage": "prod", "resourcePath": resource, "httpMethod": method,
                                      "accountId": "123456789012", "apiId": "local"]
        if let caller { context["authorizer"] = caller.context }
        var event: [String: Any] = ["resource": resource, "path": path, "httpMethod": method, "headers": headers,
                                    "requestContext": context, "isBase64Encoded": false]
        if let pathParameters { event["pathParameters"] = pathParameters }
        if let query { event["queryStringParameters"] = query }
        if let body { event["body"] = body }
        return event
    }

    /// Status, headers and the JSON body (empty when the body is not a JSON object) of a proxy answer.
    public static func answer(_ response: [String: Any]) -> (status: Int, headers: [String: String], body: [String: Any]) {
        let text = response["body"] as? String ?? ""
        let body = (try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]) ?? [:]
        return (response["statusCode"] as? Int ?? 0, response["headers"] as? [String: String] ?? [:], body)
    }
}
