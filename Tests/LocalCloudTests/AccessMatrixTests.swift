import AWSClients
import Foundation
import LocalStack
import Testing
import TestSupport

/// The access-control matrix of the README ("Access-control matrix"), read from the README itself and checked
/// cell by cell through the real binaries: the local gateway, the `authorizer` binary with tokens from the local
/// issuer, and the function binaries on the local database and the local S3. Rows marked `now` are checked: every
/// route of the API (reports, documents and their upload URLs, chat sessions, usage).
@Suite(.serialized) struct AccessMatrixTests {
    static let columns = ["no context", "doctor A", "doctor B", "admin A", "admin B"]

    struct Row {
        let method: String
        let resource: String   // the API Gateway resource, `/reports/{reportId}`
        let target: String     // the matrix's resource column
        let cells: [String: String]
    }

    /// The rows of the README table that are checked now.
    static func checkedRows() throws -> [Row] {
        let readme = try String(contentsOfFile: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md").path, encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "### Access-control matrix").dropFirst().first)
        var rows: [Row] = []
        var header: [String] = []
        for line in section.split(separator: "\n") where line.hasPrefix("|") {
            let fields = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                .map { $0.trimmingCharacters(in: .whitespaces) }
            if header.isEmpty { header = fields; continue }
            guard fields.count == header.count, fields.first?.hasPrefix("`") == true, fields.last?.hasPrefix("now") == true else { continue }
            let route = fields[0].trimmingCharacters(in: CharacterSet(charactersIn: "`")).split(separator: " ", maxSplits: 1).map(String.init)
            var cells: [String: String] = [:]
            for column in columns { cells[column] = fields[try #require(header.firstIndex(of: column))] }
            rows.append(Row(method: route[0], resource: route[1], target: fields[1], cells: cells))
        }
        return rows
    }

    final class World {
        struct Caller { let name: String; let sub: String; let clinic: String; let token: String? }
        /// A report, a document (with its upload answer) or a chat session, and who made it.
        struct Report { let id: String; let patientId: String; let owner: String; let clinic: String; var upload: [String: Any] = [:] }

        let harness: CloudHarness
        let callers: [String: Caller]
        var reports: [String: Report] = [:]   // by owner column
        var documents: [String: Report] = [:] // by owner column
        var sessions: [String: Report] = [:]  // by owner column

        init() throws {
            // The local cloud from the repository's template (the database URLs come from `make test`'s environment).
            harness = try CloudHarness()
            let issuer = try LocalTokenIssuer(directory: LocalCognito.stateDirectory)
            let clinicA = TestDatabase.uniqueClinic("matrix-a"), clinicB = TestDatabase.uniqueClinic("matrix-b")
            var callers: [String: Caller] = ["no context": Caller(name: "no context", sub: "", clinic: "", token: nil)]
            for (name, group, clinic) in [("doctor A", "doctors", clinicA), ("doctor B", "doctors", clinicB),
                                          ("admin A", "admins", clinicA), ("admin B", "admins", clinicB)] {
                let sub = name.replacingOccurrences(of: " ", with: "-") + "-" + UUID().uuidString.prefix(8).lowercased()
                callers[name] = Caller(name: name, sub: sub, clinic: clinic, token: try issuer.mint(.init(sub: sub, groups: [group], clinicId: clinic)))
            }
            self.callers = callers
        }

        func call(_ method: String, _ path: String, as caller: Caller, body: [String: Any]? = nil) throws -> (status: Int, json: [String: Any]) {
            var headers: [(String, String)] = [("Content-Type", "application/json")]
            if let token = caller.token { headers.append(("Authorization", "Bearer \(token)")) }
            let bytes = try body.map { Array(try JSONSerialization.data(withJSONObject: $0)) } ?? []
            let response = try HTTPClient.shared.send(HTTPRequest(method: method, url: harness.cloud.baseURL + path, headers: headers, body: bytes), timeoutMs: 30_000)
            return (response.status, (try? JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any]) ?? [:])
        }

        /// The caller's report, the one another user of the same clinic made, and one of the other clinic.
        func resource(_ target: String, for caller: Caller) -> Report? { pick(target, in: reports, for: caller) }

        /// The caller's, another user of the same clinic's, or the other clinic's entry of `all` (by owner column).
        func pick(_ target: String, in all: [String: Report], for caller: Caller) -> Report? {
            switch target {
            case "own", "own patient", "own upload": return all[caller.name]
            case "same clinic": return all.values.sorted { $0.owner < $1.owner }.first { $0.clinic == caller.clinic && $0.owner != caller.name }
            case "other clinic", "other clinic's patient id", "another document's key":
                return all.values.sorted { $0.owner < $1.owner }.first { $0.clinic != caller.clinic }
            default: return nil
            }
        }

        /// Who made what a target names for `caller`: the caller, another user of its clinic, or one of the other clinic.
        func owner(_ target: String, for caller: Caller) -> Caller? {
            let sorted = callers.values.filter { $0.token != nil }.sorted { $0.name < $1.name }
            switch target {
            case "own": return caller
            case "same clinic": return sorted.first { $0.clinic == caller.clinic && $0.name != caller.name }
            case "other clinic": return sorted.first { $0.clinic != caller.clinic }
            default: return nil
            }
        }

        static let text = Array("Control de diabetes tipo 2: metformina 850 mg cada 12 horas; control en tres meses.".utf8)

        /// POST /uploads of a small text note for a fresh patient, as `caller`.
        func upload(as caller: Caller) throws -> (status: Int, document: Report?) {
            let patientId = "pat-" + UUID().uuidString.prefix(12).lowercased()
            let answer = try call("POST", "/uploads", as: caller, body: ["patientId": patientId, "fileName": "nota.txt",
                                                                          "contentType": "text/plain", "sizeBytes": Self.text.count])
            guard answer.status == 201, let id = answer.json["documentId"] as? String else { return (answer.status, nil) }
            return (answer.status, Report(id: id, patientId: patientId, owner: caller.name, clinic: caller.clinic, upload: answer.json))
        }

        /// PUTs the note to an upload answer's URL with its headers, optionally with the path of another object.
        func put(_ upload: [String: Any], path replacement: String? = nil) throws -> Int {
            guard let url = upload["uploadUrl"] as? String, var components = URLComponents(string: url),
                  let headers = upload["headers"] as? [String: String] else { return 0 }
            if let replacement { components.percentEncodedPath = replacement }
            let request = HTTPRequest(method: "PUT", url: components.string ?? url,
                                      headers: headers.filter { $0.key != "Content-Length" }.map { ($0.key, $0.value) }, body: Self.text)
            return try HTTPClient.shared.send(request, timeoutMs: 30_000).status
        }

        static func path(of upload: [String: Any]) -> String? {
            (upload["uploadUrl"] as? String).flatMap { URLComponents(string: $0)?.percentEncodedPath }
        }
    }

    static let note = "Paciente con cefalea tensional de 3 días. Ibuprofeno 400 mg cada 8 horas por 3 días. Control en 1 semana."

    @Test func everyCheckedCellOfTheReadmeMatrixHoldsThroughTheRealBinaries() throws {
        let rows = try Self.checkedRows()
        try #require(rows.count >= 33, "the README matrix lost rows (found \(rows.count))")
        let world = try World()
        defer { world.harness.cloud.stop() }
        var checked = 0

        func expect(_ row: Row, _ column: String, _ actual: String, _ detail: String = "") {
            #expect(actual == row.cells[column], "\(row.method) \(row.resource) [\(row.target)] as \(column): \(actual), README says \(row.cells[column] ?? "?") \(detail)")
            checked += 1
        }

        // Creation first: every caller's own report, document and chat session are the creation rows' cells.
        func isCreation(_ row: Row) -> Bool {
            row.method == "POST" && (row.target == "own patient" || row.target == "new session")
        }
        for row in rows where row.method == "POST" && row.resource == "/uploads" && row.target == "own patient" {
            for column in Self.columns {
                let caller = world.callers[column]!
                let (status, document) = try world.upload(as: caller)
                expect(row, column, String(status))
                if let document {
                    world.documents[column] = document
                    // The key is built from the caller's clinic and a new document id, never from the request.
                    #expect(World.path(of: document.upload)?.contains("/clinics/\(caller.clinic)/") == true, "the key is under the caller's clinic")
                }
            }
        }
        for row in rows where row.method == "POST" && row.resource == "/chat" && row.target == "new session" {
            for column in Self.columns {
                let caller = world.callers[column]!
                let answer = try world.call("POST", "/chat", as: caller, body: ["message": "¿Qué dosis de metformina tiene indicada?"])
                expect(row, column, String(answer.status))
                if answer.status == 200, let id = answer.json["sessionId"] as? String {
                    world.sessions[column] = World.Report(id: id, patientId: "", owner: column, clinic: caller.clinic)
                }
            }
        }
        try #require(world.documents.count == 4 && world.sessions.count == 4, "every authenticated caller must have a document and a session")
        for row in rows where row.method == "POST" && row.resource == "/summarize" && row.target == "own patient" {
            for column in Self.columns {
                let caller = world.callers[column]!
                let patientId = "pat-" + UUID().uuidString.prefix(12).lowercased()
                let answer = try world.call("POST", "/summarize", as: caller, body: ["patientId": patientId, "text": Self.note])
                expect(row, column, String(answer.status))
                if answer.status == 201, let id = answer.json["reportId"] as? String {
                    world.reports[column] = World.Report(id: id, patientId: patientId, owner: column, clinic: caller.clinic)
                }
            }
        }
        try #require(world.reports.count == 4, "every authenticated caller must have created a report")

        var skipped = 0
        for row in rows where !isCreation(row) {
            for column in Self.columns {
                let caller = world.callers[column]!
                // No upload URL without a caller: the cell is `—`, not a request.
                if row.cells[column] == "—" { skipped += 1; continue }
                let viewer = caller.token == nil ? world.callers["doctor A"]! : caller
                // The no-context caller has no resources of its own: use doctor A's view of the world.
                let resource = world.resource(row.target, for: caller.token == nil ? world.callers["doctor A"]! : caller)
                switch (row.method, row.resource) {
                case ("GET", "/health"):
                    expect(row, column, String(try world.call("GET", "/health", as: caller).status))
                case ("POST", "/summarize"):
                    let target = try #require(resource)
                    let answer = try world.call("POST", "/summarize", as: caller, body: ["patientId": target.patientId, "text": Self.note])
                    expect(row, column, String(answer.status))
                    // Stored in the caller's clinic: the other clinic's owner never sees it.
                    if answer.status == 201, let created = answer.json["reportId"] as? String, let owner = world.callers[target.owner] {
                        #expect(try world.call("GET", "/reports/\(created)", as: owner).status == 404)
                        let list = try world.call("GET", "/patients/\(target.patientId)/reports", as: owner)
                        #expect(!((list.json["reports"] as? [[String: Any]]) ?? []).contains { $0["reportId"] as? String == created })
                    }
                case ("GET", "/reports/{reportId}"):
                    let target = try #require(resource)
                    let answer = try world.call("GET", "/reports/\(target.id)", as: caller)
                    expect(row, column, String(answer.status))
                    if answer.status == 200 { #expect(answer.json["createdBy"] as? String == world.callers[target.owner]?.sub) }
                case ("GET", "/patients/{patientId}/reports"):
                    let target = try #require(resource)
                    let answer = try world.call("GET", "/patients/\(target.patientId)/reports", as: caller)
                    let ids = ((answer.json["reports"] as? [[String: Any]]) ?? []).compactMap { $0["reportId"] as? String }
                    expect(row, column, answer.status == 200 ? (ids.contains(target.id) ? "200 listed" : "200 not listed") : String(answer.status))
                case ("PUT", "{uploadUrl}"):
                    let own = try #require(world.documents[caller.name])
                    if row.target == "own upload" {
                        expect(row, column, String(try world.put(own.upload)))
                    } else {
                        // The caller's own signed URL with another clinic's document key as its path.
                        let other = try #require(world.pick(row.target, in: world.documents, for: caller))
                        let status = try world.put(own.upload, path: try #require(World.path(of: other.upload)))
                        expect(row, column, String(status))
                    }
                case ("GET", "/documents/{documentId}"):
                    let target = try #require(world.pick(row.target, in: world.documents, for: viewer))
                    expect(row, column, String(try world.call("GET", "/documents/\(target.id)", as: caller).status))
                case ("GET", "/patients/{patientId}/documents"):
                    let target = try #require(world.pick(row.target, in: world.documents, for: viewer))
                    let answer = try world.call("GET", "/patients/\(target.patientId)/documents", as: caller)
                    let ids = ((answer.json["documents"] as? [[String: Any]]) ?? []).compactMap { $0["documentId"] as? String }
                    expect(row, column, answer.status == 200 ? (ids.contains(target.id) ? "200 listed" : "200 not listed") : String(answer.status))
                case ("DELETE", "/documents/{documentId}"):
                    // A fresh document per cell, made by the owner the target names.
                    let owner = try #require(world.owner(row.target, for: viewer))
                    let target = try #require(try world.upload(as: owner).document)
                    let status = try world.call("DELETE", "/documents/\(target.id)", as: caller).status
                    expect(row, column, String(status))
                    let after = try world.call("GET", "/documents/\(target.id)", as: owner).status
                    #expect(after == (status == 204 ? 404 : 200), "after \(status) the document's own clinic reads \(after)")
                case ("POST", "/chat"):
                    let target = try #require(world.pick(row.target, in: world.sessions, for: viewer))
                    let answer = try world.call("POST", "/chat", as: caller, body: ["message": "¿Y la dosis?", "sessionId": target.id])
                    expect(row, column, String(answer.status))
                case ("GET", "/chat/sessions/{sessionId}"):
                    let target = try #require(world.pick(row.target, in: world.sessions, for: viewer))
                    expect(row, column, String(try world.call("GET", "/chat/sessions/\(target.id)", as: caller).status))
                case ("GET", "/chat/sessions"):
                    let target = try #require(world.pick(row.target, in: world.sessions, for: viewer))
                    let answer = try world.call("GET", "/chat/sessions", as: caller)
                    let ids = ((answer.json["sessions"] as? [[String: Any]]) ?? []).compactMap { $0["sessionId"] as? String }
                    expect(row, column, answer.status == 200 ? (ids.contains(target.id) ? "200 listed" : "200 not listed") : String(answer.status))
                case ("GET", "/usage"), ("GET", "/usage?scope=clinic"):
                    expect(row, column, String(try world.call("GET", row.resource, as: caller).status))
                default:
                    Issue.record("the matrix row \(row.method) \(row.resource) is marked `now` but this test does not know how to check it")
                }
            }
        }
        #expect(checked + skipped == rows.count * Self.columns.count)
        #expect(checked >= 155, "every cell of the README matrix was requested (\(checked))")
    }
}
