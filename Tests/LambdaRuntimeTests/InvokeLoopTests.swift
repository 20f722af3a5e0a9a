import Foundation
import LambdaRuntime
import LocalStack
import Testing

@Suite("Runtime API loop against the emulator", .serialized)
struct InvokeLoopTests {
    @Test func successfulInvocationPostsTheResponse() throws {
        try withProbe { emulator, _ in
            #expect(text(emulator.invoke("{\"hello\":\"mundo\"}")) == "{\"hello\":\"mundo\"}")
        }
    }

    @Test func handlerErrorPostsErrorDocumentAndHeader() throws {
        try withProbe { emulator, function in
            guard case .error(let body, let header)? = emulator.invoke("\"fail\"") else {
                Issue.record("expected an error outcome"); return
            }
            #expect(header == "ProbeFailure")
            let document = try JSONSerialization.jsonObject(with: Data(body)) as? [String: Any]
            #expect(document?["errorType"] as? String == "ProbeFailure")
            #expect(document?["errorMessage"] as? String == "the probe was asked to fail")
            #expect((document?["stackTrace"] as? [Any])?.isEmpty == true)
            // The loop goes on.
            #expect(text(emulator.invoke("\"after\"")) == "\"after\"")
            #expect(function.isRunning)
        }
    }

    @Test func initErrorIsReportedAndProcessExitsNonZero() throws {
        try withProbe(environment: ["PROBE_FAIL_INIT": "1"]) { emulator, function in
            let deadline = Date().addingTimeInterval(10)
            while emulator.initError == nil && Date() < deadline { usleep(5_000) }
            let body = try #require(emulator.initError)
            let document = try JSONSerialization.jsonObject(with: Data(body)) as? [String: Any]
            #expect(document?["errorType"] as? String == "Runtime.ConfigurationError")
            function.process.waitUntilExit()
            #expect(function.process.terminationStatus != 0)
        }
    }

    @Test func traceIdIsSetForTheInvocationAndClearedWhenAbsent() throws {
        try withProbe { emulator, _ in
            let trace = "Root=1-673f7a33-0123456789abcdef01234567;Parent=53995c3f42cd8ad8;Sampled=1"
            #expect(text(emulator.invoke("\"trace\"", traceId: trace)) == "\"\(trace)\"")
            #expect(text(emulator.invoke("\"trace\"", traceId: nil)) == "null")
        }
    }

    @Test func deadlineArnAndContextHeadersArePassedThrough() throws {
        try withProbe { emulator, _ in
            let before = WallClock.nowMs()
            let reply = try #require(text(emulator.invoke("\"context\"", timeoutMs: 7_000,
                clientContext: "{\"client\":{\"app_title\":\"Consultorio\"},\"custom\":{},\"env\":{}}",
                cognitoIdentity: "{\"cognito_identity_id\":\"us-east-1:abc\",\"cognito_identity_pool_id\":\"us-east-1:pool\"}")))
            let document = try #require(try JSONSerialization.jsonObject(with: Data(reply.utf8)) as? [String: Any])
            let deadline = try #require(document["deadlineMs"] as? Int64 ?? (document["deadlineMs"] as? NSNumber)?.int64Value)
            #expect(deadline >= before + 7_000 && deadline <= WallClock.nowMs() + 7_000)
            let remaining = try #require((document["remainingMs"] as? NSNumber)?.int64Value)
            #expect(remaining > 0 && remaining <= 7_000)
            #expect((document["arn"] as? String)?.hasPrefix("arn:aws:lambda:") == true)
            #expect(document["cognitoIdentityId"] as? String == "us-east-1:abc")
            #expect(document["appTitle"] as? String == "Consultorio")
        }
    }

    @Test func undecodableEventGetsItsOwnErrorType() throws {
        // The health function expects API Gateway events; plain text is not one.
        let emulator = try RuntimeEmulator()
        let function = try FunctionProcess(executable: builtProduct("health"), runtimeAPI: emulator.address, functionName: "health", environment: [:])
        defer { function.stop(); emulator.stop() }
        guard case .error(let body, let header)? = emulator.invoke("this is not json") else {
            Issue.record("expected an error"); return
        }
        #expect(header == "Runtime.InvalidEvent")
        #expect(String(decoding: body, as: UTF8.self).contains("Runtime.InvalidEvent"))
        #expect(function.isRunning)
    }

    @Test func oversizeResponseIsReportedAndTheLoopGoesOn() throws {
        try withProbe { emulator, function in
            guard case .error(let body, let header)? = emulator.invoke("\"oversize\"") else {
                Issue.record("expected an error for a 7 MB response"); return
            }
            #expect(header == "Function.ResponseSizeTooLarge")
            #expect(String(decoding: body, as: UTF8.self).contains("exceeds"))
            #expect(text(emulator.invoke("\"small\"")) == "\"small\"")
            #expect(function.isRunning)
        }
    }

    @Test func runtimeAPIServerErrorEndsTheProcessPromptly() throws {
        let emulator = try RuntimeEmulator()
        emulator.failNextWithServerError = true
        let function = try FunctionProcess(executable: builtProduct("runtime-probe"), runtimeAPI: emulator.address, functionName: "probe", environment: [:])
        defer { function.stop(); emulator.stop() }
        let deadline = Date().addingTimeInterval(10)
        while function.isRunning && Date() < deadline { usleep(5_000) }
        #expect(!function.isRunning)
        #expect(function.process.terminationStatus != 0)
    }

    @Test func thousandInvocationsInOneWarmProcessLeakNoDescriptors() throws {
        try withProbe { emulator, _ in
            let first = try #require(text(emulator.invoke("\"fds\"")))
            for i in 0..<1_000 {
                let payload = i % 10 == 0 ? "\"fail\"" : "{\"n\":\(i)}"
                _ = try #require(emulator.invoke(payload))
            }
            let last = try #require(text(emulator.invoke("\"fds\"")))
            #expect(first == last)
        }
    }

    @Test func binaryWithoutRuntimeAPISaysSoAndExits2() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: builtProduct("health"))
        var environment = ProcessInfo.processInfo.environment
        environment["AWS_LAMBDA_RUNTIME_API"] = nil
        process.environment = environment
        let stderr = Pipe()
        process.standardError = stderr
        process.standardOutput = Pipe()
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        let message = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(message.contains("AWS_LAMBDA_RUNTIME_API"))
    }
}
