import Foundation
import LocalStack
import Testing
import TestSupport

/// Every refusal of POST /summarize has its status, its code, the one error shape, and reaches no model.
@Suite struct ValidationTests {
    struct Case: CustomStringConvertible, Sendable {
        let name: String
        let body: String?
        var headers: [String: String] = ["Content-Type": "application/json"]
        let status: Int
        let code: String
        var description: String { name }
    }

    static let text = "Paciente con cefalea tensional. Plan: paracetamol 500 mg VO cada 8 horas."

    static func json(_ object: [String: Any]) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    static let cases: [Case] = [
        Case(name: "no body", body: nil, status: 400, code: "VALIDATION_FAILED"),
        Case(name: "not JSON", body: "patientId=1", status: 400, code: "VALIDATION_FAILED"),
        Case(name: "a JSON array", body: "[1,2]", status: 400, code: "VALIDATION_FAILED"),
        Case(name: "text/plain", body: json(["patientId": "P1", "text": text]), headers: ["Content-Type": "text/plain"],
             status: 415, code: "UNSUPPORTED_MEDIA_TYPE"),
        Case(name: "missing patientId", body: json(["text": text]), status: 400, code: "VALIDATION_FAILED"),
        Case(name: "patientId with a space", body: json(["patientId": "PAC 1", "text": text]), status: 400, code: "VALIDATION_FAILED"),
        Case(name: "patientId of 65 characters", body: json(["patientId": String(repeating: "a", count: 65), "text": text]),
             status: 400, code: "VALIDATION_FAILED"),
        Case(name: "patientId not a string", body: json(["patientId": 12, "text": text]), status: 400, code: "VALIDATION_FAILED"),
        Case(name: "missing text", body: json(["patientId": "P1"]), status: 400, code: "VALIDATION_FAILED"),
        Case(name: "blank text", body: json(["patientId": "P1", "text": " \n\t "]), status: 400, code: "VALIDATION_FAILED"),
        Case(name: "text over 50 KB", body: json(["patientId": "P1", "text": String(repeating: "á", count: 25_601)]),
             status: 413, code: "PAYLOAD_TOO_LARGE"),
        Case(name: "body far over the limit", body: json(["patientId": "P1", "text": String(repeating: "x", count: 400_000)]),
             status: 413, code: "PAYLOAD_TOO_LARGE"),
        Case(name: "language fr", body: json(["patientId": "P1", "text": text, "language": "fr"]), status: 400, code: "VALIDATION_FAILED"),
        Case(name: "nested metadata", body: json(["patientId": "P1", "text": text, "metadata": ["a": ["b": 1]]]),
             status: 400, code: "VALIDATION_FAILED"),
        Case(name: "metadata array", body: json(["patientId": "P1", "text": text, "metadata": [1, 2]]), status: 400, code: "VALIDATION_FAILED"),
        Case(name: "metadata with 21 keys",
             body: json(["patientId": "P1", "text": text, "metadata": Dictionary(uniqueKeysWithValues: (0..<21).map { ("k\($0)", $0) })]),
             status: 400, code: "VALIDATION_FAILED"),
        Case(name: "metadata string over 256", body: json(["patientId": "P1", "text": text, "metadata": ["note": String(repeating: "x", count: 257)]]),
             status: 400, code: "VALIDATION_FAILED"),
        Case(name: "sourceSystem over 64", body: json(["patientId": "P1", "text": text, "sourceSystem": String(repeating: "s", count: 65)]),
             status: 400, code: "VALIDATION_FAILED"),
        Case(name: "unknown field", body: json(["patientId": "P1", "text": text, "patient": "x"]), status: 400, code: "VALIDATION_FAILED"),
    ]

    @Test func everyRefusalHasItsStatusAndShapeAndReachesNoModel() throws {
        let harness = try SummarizerHarness()
        defer { harness.stop() }
        for testCase in Self.cases {
            let response = try harness.request("POST", resource: "/summarize", path: "/summarize", body: testCase.body,
                                               headers: testCase.headers)
            #expect(response.status == testCase.status, "\(testCase)")
            #expect(response.errorCode == testCase.code, "\(testCase)")
            let error = response.body["error"] as? [String: Any]
            #expect(error?["requestId"] as? String == response.requestId, "\(testCase)")
            #expect((error?["message"] as? String)?.isEmpty == false, "\(testCase)")
            #expect(response.headers["Content-Type"] == "application/json; charset=utf-8", "\(testCase)")
        }
        #expect(harness.bedrock.converseRequestCount == 0)
        // Messages name fields and limits, never the values sent.
        #expect(!harness.logs.contains("cefalea"))
    }

    @Test func boundariesThatAreAccepted() throws {
        let harness = try SummarizerHarness()
        defer { harness.stop() }
        // Exactly 50 KB of UTF-8 (two bytes per "á"), a 64-character id, a bounded flat metadata, base64 body.
        let exact = try harness.summarize(["patientId": String(repeating: "Z", count: 64),
                                           "text": "Paciente con cefalea. " + String(repeating: "á", count: (51_200 - 22) / 2),
                                           "metadata": ["a": "x", "b": 1.5, "c": true, "d": NSNull()], "language": "ES"])
        #expect(exact.status == 201, "\(exact.body)")
        let base64 = Data(Self.json(["patientId": "P-1", "text": Self.text]).utf8).base64EncodedString()
        let event: [String: Any] = ["resource": "/summarize", "path": "/summarize", "httpMethod": "POST", "isBase64Encoded": true,
                                    "body": base64, "headers": ["content-type": "application/json; charset=UTF-8"],
                                    "requestContext": ["requestId": "b64-1", "authorizer": Caller.doctor().context]]
        let payload = try harness.invoke(Array(JSONSerialization.data(withJSONObject: event)))
        let response = try #require(try JSONSerialization.jsonObject(with: Data(payload)) as? [String: Any])
        #expect(response["statusCode"] as? Int == 201)
    }

    @Test func withoutTheAuthorizerContextEveryRouteIs401() throws {
        let harness = try SummarizerHarness()
        defer { harness.stop() }
        let post = try harness.request("POST", resource: "/summarize", path: "/summarize",
                                       body: Self.json(["patientId": "P1", "text": Self.text]), caller: nil)
        #expect(post.status == 401 && post.errorCode == "UNAUTHORIZED")
        let list = try harness.request("GET", resource: "/patients/{patientId}/reports", path: "/patients/P1/reports",
                                       pathParameters: ["patientId": "P1"], caller: nil)
        #expect(list.status == 401)
        let read = try harness.request("GET", resource: "/reports/{reportId}", path: "/reports/x", pathParameters: ["reportId": "x"], caller: nil)
        #expect(read.status == 401)
        #expect(harness.bedrock.converseRequestCount == 0)
    }

    @Test func historyParametersAreChecked() throws {
        let harness = try SummarizerHarness()
        defer { harness.stop() }
        for limit in ["0", "51", "ten", "-1"] {
            let response = try harness.history(patientId: "P1", query: ["limit": limit])
            #expect(response.status == 400 && response.errorCode == "VALIDATION_FAILED", "limit \(limit)")
        }
        #expect(try harness.history(patientId: "P1", query: ["cursor": "not-a-cursor"]).status == 400)
        #expect(try harness.history(patientId: "P%201").status == 400)
        let wrongMethod = try harness.request("DELETE", resource: "/reports/{reportId}", path: "/reports/x", pathParameters: ["reportId": "x"])
        #expect(wrongMethod.status == 405 && wrongMethod.headers["Allow"] == "GET")
    }
}
