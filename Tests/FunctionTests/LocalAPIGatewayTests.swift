import AWSClients
import Foundation
import LocalStack
import Testing

/// `lambda-local serve`: the local REST API through the real authorizer and functions.
@Suite(.serialized) struct LocalAPIGatewayTests {
    func call(_ gateway: LocalAPIGateway, _ method: String, _ path: String, token: String? = nil, body: String = "") throws -> HTTPResponse {
        var headers: [(String, String)] = [("Content-Type", "application/json")]
        if let token { headers.append(("Authorization", "Bearer \(token)")) }
        return try HTTPClient.shared.send(HTTPRequest(method: method, url: gateway.baseURL + path, headers: headers, body: Array(body.utf8)), timeoutMs: 20_000)
    }

    @Test func routesThroughTheAuthorizer() throws {
        let gateway = try LocalAPIGateway(port: 0, environment: [:])
        defer { gateway.stop() }
        let issuer = try LocalTokenIssuer(directory: LocalCognito.stateDirectory)
        let doctor = try issuer.mint(.init(sub: "dr-1", groups: ["doctors"], clinicId: "clinic-1"))
        let noGroup = try issuer.mint(.init(sub: "x-1", groups: ["nurses"], clinicId: "clinic-1"))

        #expect(try call(gateway, "GET", "/health").status == 200)
        #expect(try call(gateway, "GET", "/usage").status == 401)                       // no token
        #expect(try call(gateway, "GET", "/usage", token: doctor + "x").status == 401)  // forged
        #expect([401, 403].contains(try call(gateway, "GET", "/usage", token: noGroup).status))
        let allowed = try call(gateway, "POST", "/chat", token: doctor, body: "{}")
        #expect(allowed.status == 400) // reached the chat function, which names the missing field
        #expect(String(decoding: allowed.body, as: UTF8.self).contains("VALIDATION_FAILED"))
        #expect(try call(gateway, "GET", "/nowhere").status == 404)
        #expect(try call(gateway, "DELETE", "/health").status == 405)
    }
}
