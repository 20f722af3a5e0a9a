import Foundation

/// Every knob of `make load`, from the environment (so `make load LOAD_STEADY_SECONDS=10` is a short run).
struct Options {
    var steadyRate = 500.0
    var steadySeconds = 60.0
    var stepRates: [Double] = [100, 200, 300, 400, 500, 750, 1000, 1250, 1500, 2000]
    var stepSeconds = 30.0
    var burst = 200
    var baselineRate = 100.0
    var baselineSeconds = 10.0
    var connections = 512
    var reports = 100_000
    var chunks = 50_000
    var doctors = 200
    var clinics = 10
    var phases: Set<String> = ["baseline", "steady", "step", "burst"]
    var p99LimitMs = 500.0
    var errorRateLimit = 0.001
    var maxRequestsPerPhase = 2_000_000
    var timeoutSeconds = 30.0
    var serveArguments: [String] = []
    var template = "template.yaml"
    /// Local pools capped at this many processes per function (the template's ReservedConcurrentExecutions are
    /// AWS's figures; hundreds of processes on a 2-core machine measure only thrashing). 0 = the template's values.
    var maxProcesses = 16
    var outputDirectory = ".local/load"

    static let help = """
    lambda-load: open-loop load against lambda-local serve (make load). Environment:
      (lambda-load retrieval-cost [--pairs 200] [--seed 1]: each statement's database time and CPU on the seeded
       database, and the clinic-wide vector search's recall@20, instead — make load-db-cost)
      LOAD_STEADY_RATE (500) LOAD_STEADY_SECONDS (60)   the steady phase
      LOAD_STEP_RATES (100,200,300,400,500,750,1000,1250,1500,2000) LOAD_STEP_SECONDS (30)
      LOAD_P99_MS (500) LOAD_MAX_ERROR_RATE (0.001)      the step phase stops past either
      LOAD_BURST (200)                                   the cold burst: requests at once on a fresh stack
      LOAD_BASELINE_RATE (100) LOAD_BASELINE_SECONDS (10) GET /health alone, the same run's baseline
      LOAD_PHASES (baseline,steady,step,burst) LOAD_CONNECTIONS (512) LOAD_TIMEOUT_SECONDS (30)
      LOAD_REPORTS (100000) LOAD_CHUNKS (50000) LOAD_DOCTORS (200) LOAD_CLINICS (10)
      LOAD_MAX_PROCESSES (16 per function locally; 0 = the template's ReservedConcurrentExecutions)
      LOAD_MAX_REQUESTS (2000000 per phase) LOAD_SERVE_ARGS (extra serve flags) LOAD_TEMPLATE LOAD_OUTPUT_DIR
    Needs DATABASE_URL (and DATABASE_MIGRATION_URL to seed as the owner).

    """

    static func fromEnvironment(_ env: [String: String]) throws -> Options {
        var o = Options()
        func double(_ key: String, _ value: inout Double) throws {
            guard let text = env[key], !text.isEmpty else { return }
            guard let v = Double(text), v >= 0 else { throw ToolError("\(key) must be a number ≥ 0, not \(text)") }
            value = v
        }
        func int(_ key: String, _ value: inout Int) throws {
            guard let text = env[key], !text.isEmpty else { return }
            guard let v = Int(text), v >= 0 else { throw ToolError("\(key) must be an integer ≥ 0, not \(text)") }
            value = v
        }
        try double("LOAD_STEADY_RATE", &o.steadyRate); try double("LOAD_STEADY_SECONDS", &o.steadySeconds)
        try double("LOAD_STEP_SECONDS", &o.stepSeconds); try double("LOAD_BASELINE_RATE", &o.baselineRate)
        try double("LOAD_BASELINE_SECONDS", &o.baselineSeconds); try double("LOAD_P99_MS", &o.p99LimitMs)
        try double("LOAD_MAX_ERROR_RATE", &o.errorRateLimit); try double("LOAD_TIMEOUT_SECONDS", &o.timeoutSeconds)
        try int("LOAD_BURST", &o.burst); try int("LOAD_CONNECTIONS", &o.connections); try int("LOAD_REPORTS", &o.reports)
        try int("LOAD_CHUNKS", &o.chunks); try int("LOAD_DOCTORS", &o.doctors); try int("LOAD_CLINICS", &o.clinics)
        try int("LOAD_MAX_REQUESTS", &o.maxRequestsPerPhase); try int("LOAD_MAX_PROCESSES", &o.maxProcesses)
        if let text = env["LOAD_STEP_RATES"], !text.isEmpty {
            let rates = text.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
            guard !rates.isEmpty, rates.allSatisfy({ $0 > 0 }) else { throw ToolError("LOAD_STEP_RATES must be positive numbers, comma separated") }
            o.stepRates = rates
        }
        if let text = env["LOAD_PHASES"], !text.isEmpty {
            o.phases = Set(text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
            let unknown = o.phases.subtracting(["baseline", "steady", "step", "burst"])
            guard unknown.isEmpty else { throw ToolError("LOAD_PHASES: unknown \(unknown.sorted())") }
        }
        if let text = env["LOAD_SERVE_ARGS"], !text.isEmpty { o.serveArguments = text.split(separator: " ").map(String.init) }
        if let text = env["LOAD_TEMPLATE"], !text.isEmpty { o.template = text }
        if let text = env["LOAD_OUTPUT_DIR"], !text.isEmpty { o.outputDirectory = text }
        guard o.doctors > 0, o.clinics > 0, o.connections > 0 else { throw ToolError("LOAD_DOCTORS, LOAD_CLINICS and LOAD_CONNECTIONS must be > 0") }
        return o
    }
}
