import LambdaRuntime

/// How long reports are kept: `REPORT_RETENTION_DAYS` (1–3650, default 90),
/// read once at start-up by the functions that store reports. The column's own
/// default (`now() + 90 days`) covers rows written without it.
public enum ReportRetention {
    public static let defaultDays = 90
    public static let allowedDays = 1...3650

    /// The configured retention; a value outside `allowedDays` is a configuration (init) error.
    public static func days(_ environment: Environment) throws -> Int {
        try environment.int("REPORT_RETENTION_DAYS", default: defaultDays, range: allowedDays)
    }
}
