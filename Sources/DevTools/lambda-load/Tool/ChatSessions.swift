import LambdaRuntime
import LoadGenerator

/// One chat session per doctor, opened through the API before the phases (a real `POST /chat`, one after
/// the other, not recorded), so the mix's continued turns send a `sessionId` the stack itself returned.
enum ChatSessions {
    static func open(port: UInt16, tokens: [String], timeoutSeconds: Double) -> [String?] {
        let runner = OpenLoopRunner(port: port)
        let body = Array(#"{"message":"¿Qué controles de laboratorio conviene pedir en diabetes tipo 2?","language":"es"}"#.utf8)
        return tokens.map { token in
            let request = LoadRequest(route: "POST /chat", method: "POST", target: "/chat",
                                      headers: [("Authorization", "Bearer \(token)"), ("Content-Type", "application/json; charset=utf-8")], body: body)
            guard let answer = try? runner.send(request, timeoutSeconds: timeoutSeconds), answer.status == 200 else { return nil }
            return (try? JSONValue.parse(answer.body))?["sessionId"]?.string
        }
    }
}
