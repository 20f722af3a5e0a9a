import AWSClients
import Foundation
import LocalStack
import Testing
import TestSupport

/// The access-control matrix of the README ("Access-control matrix"), read from the README itself and checked
/// cell by cell through the real binaries: the local gateway, the `authorizer` binary with tokens from the local
/// issuer, and the function binaries on the local database. Rows marked `now` are checked; the others wait for
/// their functions (file-processor, chat).
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
        struct Report { let id: String; let patientId: String; let owner: String; let clinic: String }

        let harness: CloudHarness
        let callers: [String: Caller]
        var reports: [String: Report] = [:]   // by owner column

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
        func resource(_ target: String, for caller: Caller) -> Report? {
            let own = reports[caller.name]
            let sameClinic = reports.values.first { $0.clinic == caller.clinic && $0.owner != caller.name }
            let otherClinic = reports.values.first { $0.clinic != caller.clinic }
            switch target {
            case "own", "own patient": return own
            case "same clinic": return sameClinic
            case "other clinic", "other clinic's patient id": return otherClinic
            default: return nil
            }
        }
    }

    static let note = "Paciente con cefalea tensional de 3 días. Ibuprofeno 400 mg cada 8 horas por 3 días. Control en 1 semana."

    @Test func everyCheckedCellOfTheReadmeMatrixHoldsThroughTheRealBinaries() throws {
        let rows = try Self.checkedRows()
        try #require(rows.count >= 9, "the README matrix lost rows (found \(rows.count))")
        let world = try World()
        defer { world.harness.cloud.stop() }
        var checked = 0

        func expect(_ row: Row, _ column: String, _ actual: String, _ detail: String = "") {
            #expect(actual == row.cells[column], "\(row.method) \(row.resource) [\(row.target)] as \(column): \(actual), README says \(row.cells[column] ?? "?") \(detail)")
            checked += 1
        }

        // Creation first: every caller's own report is the "own patient" cell of POST /summarize.
        for row in rows where row.method == "POST" && row.target == "own patient" {
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

        for row in rows where !(row.method == "POST" && row.target == "own patient") {
            for column in Self.columns {
                let caller = world.callers[column]!
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
                default:
                    Issue.record("the matrix row \(row.method) \(row.resource) is marked `now` but this test does not know how to check it")
                }
            }
        }
        #expect(checked == rows.count * Self.columns.count)
    }
}
