import APIHandlingCore
import AWSClientsCore
import LambdaRuntime
import StoreCore

/// The `migrate` function (deploy-time, not behind the API): applies the schema
/// migrations as the database owner. Its database secret is the owner role's,
/// which no API function ever sees. Two events:
///
/// - a CloudFormation custom resource request (`Custom::SchemaMigration` in
///   template.yaml): Create and Update migrate, Delete does nothing (a stack
///   deletion never drops patient data); the outcome is PUT to the request's
///   pre-signed `ResponseURL`, whatever happened, so a stack never hangs;
/// - `{"action":"migrate"}` from a one-off `aws lambda invoke`: answers
///   `{"applied":[...],"alreadyApplied":[...]}` or fails the invocation.
///
/// Database: `DB_SECRET_ARN` (the owner's secret, in AWS), or locally
/// `DATABASE_MIGRATION_URL`, then `DATABASE_URL`.
public struct MigrateHandler: LambdaHandler {
    /// Kept back from the deadline so the CloudFormation response still gets out.
    static let responseReserveMs: Int64 = 3_000
    /// Constant: an Update must not look like a replacement (CloudFormation would then send a Delete).
    static let physicalResourceId = "clinical-assistant-schema-migrations"

    private let provider: DatabaseProvider
    private let http: HTTPClient

    public init(environment: Environment, http: HTTPClient = .shared) throws {
        // Locally (make invoke) DATABASE_URL is the application role's; the owner's is DATABASE_MIGRATION_URL, as for lambda-local migrate.
        var values = environment.values
        if let ownerURL = environment["DATABASE_MIGRATION_URL"], !ownerURL.isEmpty { values["DATABASE_URL"] = ownerURL }
        let ownerEnvironment = Environment(values)
        guard let provider = try DatabaseProvider.fromEnvironment(ownerEnvironment, logger: Logger(environment: environment)) else {
            throw ConfigurationError("migrate needs the owner role's database: DB_SECRET_ARN (or DATABASE_URL)")
        }
        self.provider = provider
        self.http = http
    }

    public func handle(_ event: [UInt8], context: LambdaContext) throws -> [UInt8] {
        guard let json = try? JSONValue.parse(event), json.object != nil else { throw InvalidEventError("event is not a JSON object") }
        if let requestType = json["RequestType"], requestType != .null { return try customResource(json, context: context) }
        guard json["action"]?.string == "migrate" else {
            throw InvalidEventError("expected a CloudFormation custom resource request or {\"action\":\"migrate\"}")
        }
        let outcome = try migrate(context: context)
        return Array(#"{"applied":[\#(outcome.applied.map(String.init).joined(separator: ","))],"alreadyApplied":[\#(outcome.alreadyApplied.map(String.init).joined(separator: ","))]}"#.utf8)
    }

    private func migrate(context: LambdaContext) throws -> Migrator.Outcome {
        let budget = context.remainingMs - MigrateHandler.responseReserveMs
        guard budget > 1_000 else { throw StoreError.timedOut }
        let database = try provider.database(context: AWSCallContext(deadlineMs: WallClock.nowMs() + budget, traceId: context.traceId,
                                                                      logger: context.logger))
        let outcome = try Migrator(database: database, logger: context.logger).migrate(timeoutMs: Int(budget))
        // The owner's connection is not kept: this function runs once per deploy.
        database.close()
        context.logger.info("migrations", ["applied": .int(Int64(outcome.applied.count)), "alreadyApplied": .int(Int64(outcome.alreadyApplied.count))])
        return outcome
    }

    private func customResource(_ event: JSONValue, context: LambdaContext) throws -> [UInt8] {
        let request: CustomResourceRequest
        do { request = try CustomResourceRequest(event) } catch {
            throw InvalidEventError("not a CloudFormation custom resource request: \(error.problem)")
        }
        var response = CustomResourceResponse(Status: "SUCCESS", Reason: nil, PhysicalResourceId: MigrateHandler.physicalResourceId,
                                              StackId: request.StackId, RequestId: request.RequestId,
                                              LogicalResourceId: request.LogicalResourceId, Data: [:])
        switch request.RequestType {
        case "Create", "Update":
            do {
                let outcome = try migrate(context: context)
                response.Data = ["Applied": outcome.applied.map(String.init).joined(separator: ","),
                                 "SchemaVersion": String(Migrations.all.last?.version ?? 0)]
            } catch {
                response.Status = "FAILED"
                let why = (error as? LambdaError)?.errorMessage ?? String(describing: type(of: error))
                response.Reason = "schema migration failed: \(why) (log stream \(environmentLogStream()))"
                context.logger.error("migration failed", ["error": .string(why)])
            }
        case "Delete":
            context.logger.info("custom resource Delete: nothing to do, the schema and its data stay")
        default:
            response.Status = "FAILED"
            response.Reason = "unknown RequestType"
        }
        let body = response.json
        try send(body, to: request.ResponseURL, context: context)
        return body
    }

    /// PUT to the pre-signed S3 URL, with no Content-Type (it is part of what was signed, as empty); up to 3 tries.
    private func send(_ body: [UInt8], to url: String, context: LambdaContext) throws {
        var lastProblem = "no attempt"
        for attempt in 1...3 {
            let remaining = context.remainingMs - 200
            guard remaining > 0 else { break }
            do {
                let answer = try http.send(HTTPRequest(method: "PUT", url: url, body: body), timeoutMs: min(remaining, 10_000))
                if (200..<300).contains(answer.status) { return }
                lastProblem = "HTTP \(answer.status)"
            } catch {
                lastProblem = String(describing: error)
            }
            context.logger.warn("CloudFormation response not accepted", ["attempt": .int(Int64(attempt)), "problem": .string(lastProblem)])
        }
        throw CloudFormationResponseError(errorMessage: "the CloudFormation response could not be delivered: \(lastProblem)")
    }

    private func environmentLogStream() -> String { Environment.current["AWS_LAMBDA_LOG_STREAM_NAME"] ?? "unknown" }
}

struct CloudFormationResponseError: LambdaError {
    let errorMessage: String
    var errorType: String { "Migrate.ResponseNotDelivered" }
}

/// The fields of a CloudFormation custom resource request that we use, read with the one strict JSON reader.
struct CustomResourceRequest {
    let RequestType: String
    let ResponseURL: String
    let StackId: String
    let RequestId: String
    let LogicalResourceId: String

    /// Names the missing or mistyped member, never a value.
    struct Malformed: Error { let problem: String }

    init(_ event: JSONValue) throws(Malformed) {
        func member(_ name: String) throws(Malformed) -> String {
            guard let value = event[name], value != .null else { throw Malformed(problem: "missing \(name)") }
            guard let text = value.string else { throw Malformed(problem: "wrong type at \(name)") }
            return text
        }
        RequestType = try member("RequestType")
        ResponseURL = try member("ResponseURL")
        StackId = try member("StackId")
        RequestId = try member("RequestId")
        LogicalResourceId = try member("LogicalResourceId")
    }
}

/// What CloudFormation reads from the PUT to `ResponseURL` (written by hand: no Codable in this binary).
struct CustomResourceResponse {
    var Status: String
    var Reason: String?
    var PhysicalResourceId: String
    var StackId: String
    var RequestId: String
    var LogicalResourceId: String
    var Data: [String: String]

    var json: [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "{")]
        func member(_ name: String, _ value: String) {
            if out.count > 1 { out.append(UInt8(ascii: ",")) }
            JSONText.appendQuoted(name, to: &out)
            out.append(UInt8(ascii: ":"))
            JSONText.appendQuoted(value, to: &out)
        }
        member("Status", Status)
        if let Reason { member("Reason", Reason) }
        member("PhysicalResourceId", PhysicalResourceId)
        member("StackId", StackId)
        member("RequestId", RequestId)
        member("LogicalResourceId", LogicalResourceId)
        out.append(contentsOf: #","Data":{"#.utf8)
        for (index, (key, value)) in Data.sorted(by: { $0.key < $1.key }).enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            JSONText.appendQuoted(key, to: &out)
            out.append(UInt8(ascii: ":"))
            JSONText.appendQuoted(value, to: &out)
        }
        out.append(contentsOf: "}}".utf8)
        return out
    }
}
