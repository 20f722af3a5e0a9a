import Foundation
import LambdaRuntime
import Store

/// `lambda-local migrate [--database-url URL]`: applies the schema migrations
/// as the owner role. The URL defaults to `DATABASE_MIGRATION_URL`, then
/// `DATABASE_URL`. Prints one line saying what was applied; logs go to stderr.
/// Exit 0 on success, 1 when the database refused or failed, 2 for bad usage.
public func runMigrateCommand(arguments: [String]) -> Int32 {
    var url: String?
    var index = 0
    while index < arguments.count {
        switch arguments[index] {
        case "--database-url":
            guard index + 1 < arguments.count else { return migrateUsage("--database-url needs a value") }
            url = arguments[index + 1]
            index += 2
        case "-h", "--help":
            _ = migrateUsage(nil)
            return 0
        default:
            return migrateUsage("unknown argument \(arguments[index])")
        }
    }
    let environment = Environment.current
    guard let databaseURL = url ?? environment["DATABASE_MIGRATION_URL"] ?? environment["DATABASE_URL"] else {
        return migrateUsage("no database: pass --database-url or set DATABASE_MIGRATION_URL (see .ci/localdb.sh url)")
    }
    let logger = Logger(level: environment["AWS_LAMBDA_LOG_LEVEL"].flatMap(Logger.Level.init(name:)) ?? .info,
                        sink: { line in FileHandle.standardError.write(Data(line.utf8)) })
    do {
        let settings = try DatabaseSettings.fromURL(databaseURL)
        let database = Database(settings: settings, logger: logger)
        defer { database.close() }
        let outcome = try Migrator(database: database, logger: logger).migrate()
        let applied = outcome.applied.map(String.init).joined(separator: ",")
        print("migrations applied=[\(applied)] already=\(outcome.alreadyApplied.count) database=\(settings)")
        return 0
    } catch let error as StoreError {
        FileHandle.standardError.write(Data("lambda-local migrate: \(error.errorMessage)\n".utf8))
        return 1
    } catch {
        FileHandle.standardError.write(Data("lambda-local migrate: failed (\(type(of: error)))\n".utf8))
        return 1
    }
}

private func migrateUsage(_ problem: String?) -> Int32 {
    if let problem { FileHandle.standardError.write(Data("lambda-local migrate: \(problem)\n".utf8)) }
    FileHandle.standardError.write(Data("usage: lambda-local migrate [--database-url postgresql://owner:password@host:port/db]\n".utf8))
    return problem == nil ? 0 : 2
}
