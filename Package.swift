// swift-tools-version:6.0
// ClinicalAssistant: five Lambda functions (custom runtime, our own Runtime API
// loop) over one layered core, plus the `lambda-local` development tool.
// The deployed executables depend on no Swift package at all: only the
// standard library, FoundationEssentials and the system C libraries below.
import PackageDescription

// The files that use Foundation (Codable through JSONEncoder/JSONDecoder, Decimal) live in a `WithFoundation/` folder
// of their module's sources, kept out of the Foundation-free cores that `health` and `authorizer` link (README
// "Start-up and the API path"; `make check-foundation` holds it): AWSClientsCore is Sources/AWSClients without it,
// AWSClients is that folder alone (the same for Store and APIHandling).
let withFoundation = "WithFoundation"

let package = Package(
    name: "ClinicalAssistant",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "authorizer", targets: ["authorizer"]),
        .executable(name: "summarizer", targets: ["summarizer"]),
        .executable(name: "file-processor", targets: ["file-processor"]),
        .executable(name: "chat", targets: ["chat"]),
        .executable(name: "health", targets: ["health"]),
        .executable(name: "lambda-local", targets: ["lambda-local"]),
        .executable(name: "bench-echo", targets: ["bench-echo"]),
        .executable(name: "bench-aws", targets: ["bench-aws"]),
        .executable(name: "bench-auth", targets: ["bench-auth"]),
        .executable(name: "clinical-eval", targets: ["clinical-eval"]),
        .executable(name: "bench-summarizer", targets: ["bench-summarizer"]),
        .executable(name: "bench-chat", targets: ["bench-chat"]),
        .executable(name: "retrieval-eval", targets: ["retrieval-eval"]),
        .executable(name: "bench-file-processor", targets: ["bench-file-processor"]),
        .executable(name: "bench-gateway", targets: ["bench-gateway"]),
        .executable(name: "lambda-load", targets: ["lambda-load"]),
    ],
    // Yams: the template reader of `lambda-local serve` (LocalStack only, never deployed code).
    dependencies: [.package(url: "https://github.com/jpsim/Yams", from: "6.2.2")],
    targets: [
        // C libraries. libcurl, libpq and OpenSSL's libcrypto are loaded on first use (dlopen), so a cold
        // start does not pay for their ~30 shared libraries (README: start-up).
        .target(name: "CCurl", linkerSettings: [.linkedLibrary("dl"), .linkedLibrary("pthread")]),
        .target(name: "COpenSSL", linkerSettings: [.linkedLibrary("dl"), .linkedLibrary("pthread")]),
        .target(name: "CLibPQ", linkerSettings: [.linkedLibrary("dl"), .linkedLibrary("pthread")]),

        // The Runtime API loop, logging and metrics. No AWS service, no medicine, no C library.
        .target(name: "LambdaRuntime"),
        // API Gateway, authorizer and S3 events (read with LambdaRuntime's strict JSON reader on the hot path).
        .target(name: "AWSEvents", dependencies: ["LambdaRuntime"]),
        // SHA-256, HMAC and RSA through OpenSSL's libcrypto.
        .target(name: "OpenSSLCrypto", dependencies: ["COpenSSL"]),
        // HTTPS over libcurl, SigV4, credentials, endpoints, retries; S3, Secrets Manager: no Foundation (README:
        // start-up). AWSClients adds the Codable Bedrock and Data Automation clients and re-exports the core.
        .target(name: "AWSClientsCore", dependencies: ["CCurl", "OpenSSLCrypto", "LambdaRuntime"], path: "Sources/AWSClients",
                exclude: [withFoundation]),
        .target(name: "AWSClients", dependencies: ["AWSClientsCore", "LambdaRuntime"], path: "Sources/AWSClients/" + withFoundation),
        // JWT, JWKS cache, Cognito rules, policies.
        .target(name: "Auth", dependencies: ["OpenSSLCrypto", "AWSEvents", "LambdaRuntime"]),
        // PostgreSQL through libpq: migrations, repositories. StoreCore has no Foundation; Store adds the
        // repositories of money (`Decimal`: the usage ledger, chat turns' cost) and re-exports the core.
        .target(name: "StoreCore", dependencies: ["CLibPQ", "LambdaRuntime"], path: "Sources/Store", exclude: [withFoundation]),
        .target(name: "Store", dependencies: ["StoreCore", "LambdaRuntime"], path: "Sources/Store/" + withFoundation),
        // The clinical domain: pure Swift, talks to models and storage through protocols.
        .target(name: "Clinical"),

        // Shared request plumbing for the API functions: router, identity, errors.
        // APIHandlingCore has no Foundation; APIHandling adds the Codable response bodies (JSONBody) and re-exports it.
        .target(name: "APIHandlingCore", dependencies: ["LambdaRuntime", "AWSEvents", "AWSClientsCore", "StoreCore"],
                path: "Sources/APIHandling", exclude: [withFoundation]),
        .target(name: "APIHandling", dependencies: ["APIHandlingCore", "AWSClients", "Store"], path: "Sources/APIHandling/" + withFoundation),
        // One handler module per function, so each binary links only what it uses
        // (health loads libcurl only because DatabaseProvider can fetch DB_SECRET_ARN).
        .target(name: "HealthHandler", dependencies: ["APIHandlingCore", "AWSClientsCore", "StoreCore", "MigrateHandler"]),
        .target(name: "AuthorizerHandler", dependencies: ["Auth", "AWSClientsCore", "AWSEvents", "LambdaRuntime"]),
        // Shared by the functions that call models: database access in API terms, Bedrock chat and
        // embedding adapters, metering (ledger + EMF) and the monthly budget gate.
        .target(name: "ModelHandling", dependencies: ["APIHandling", "Clinical", "Store", "AWSClients"]),
        .target(name: "SummarizerHandler", dependencies: ["ModelHandling", "APIHandling", "Clinical", "Store", "AWSClients"]),
        .target(name: "FileProcessorHandler", dependencies: ["ModelHandling", "APIHandling", "Clinical", "Store", "AWSClients", "AWSEvents", "OpenSSLCrypto"]),
        .target(name: "ChatHandler", dependencies: ["ModelHandling", "APIHandling", "Clinical", "Store", "AWSClients"]),
        // Deploy-time schema migrations as the owner role (CloudFormation custom resource or a one-off invoke).
        .target(name: "MigrateHandler", dependencies: ["APIHandlingCore", "AWSClientsCore", "StoreCore"]),

        // The deployed executables: wiring only.
        .executableTarget(name: "health", dependencies: ["HealthHandler", "AWSClientsCore", "LambdaRuntime"], path: "Sources/Functions/health"),
        .executableTarget(name: "authorizer", dependencies: ["AuthorizerHandler", "AWSClientsCore", "LambdaRuntime"], path: "Sources/Functions/authorizer"),
        .executableTarget(name: "summarizer", dependencies: ["SummarizerHandler", "AWSClients", "LambdaRuntime"], path: "Sources/Functions/summarizer"),
        .executableTarget(name: "file-processor", dependencies: ["FileProcessorHandler", "AWSClients", "LambdaRuntime"], path: "Sources/Functions/file-processor"),
        .executableTarget(name: "chat", dependencies: ["ChatHandler", "AWSClients", "LambdaRuntime"], path: "Sources/Functions/chat"),

        // Development only, never deployed: the Runtime API emulator and local services.
        .target(name: "LocalStack", dependencies: ["LambdaRuntime", "AWSEvents", "AWSClients", "Auth", "OpenSSLCrypto", "Clinical", "Store",
                                                  .product(name: "Yams", package: "Yams")]),
        .executableTarget(name: "lambda-local", dependencies: ["LocalStack"], path: "Sources/DevTools/lambda-local"),
        // Quality evaluation of the clinical domain on the labelled corpus (`make eval`); never deployed.
        .target(name: "ClinicalEvaluation", dependencies: ["Clinical"]),
        .executableTarget(name: "clinical-eval", dependencies: ["ClinicalEvaluation"], path: "Sources/DevTools/clinical-eval"),
        // Benchmark-only function: echoes its event through the real loop.
        .executableTarget(name: "bench-echo", dependencies: ["LambdaRuntime"], path: "Sources/Benchmarks/bench-echo"),
        // Test-only function that exercises the loop's contract from a real process.
        .executableTarget(name: "runtime-probe", dependencies: ["LambdaRuntime"], path: "Sources/DevTools/runtime-probe"),
        // Benchmark: SigV4 signing and a warm Converse round trip on loopback.
        .executableTarget(name: "bench-aws", dependencies: ["AWSClients", "LocalStack", "LambdaRuntime"], path: "Sources/Benchmarks/bench-aws"),
        // Benchmark: the authorizer's warm verification per valid token.
        .executableTarget(name: "bench-auth", dependencies: ["AuthorizerHandler", "Auth", "AWSEvents", "LocalStack", "LambdaRuntime"], path: "Sources/Benchmarks/bench-auth"),
        // Benchmark: warm POST /summarize through the loop, LocalBedrock and the local database, per phase.
        .executableTarget(name: "bench-summarizer", dependencies: ["LocalStack", "Store", "LambdaRuntime"], path: "Sources/Benchmarks/bench-summarizer"),
        // Benchmark: warm POST /chat through the loop over 10,000 chunks, LocalBedrock and the local database, per phase.
        .executableTarget(name: "bench-chat", dependencies: ["LocalStack", "Store", "Clinical", "LambdaRuntime"], path: "Sources/Benchmarks/bench-chat"),
        // Retrieval quality (`make eval`): recall@6 and MRR of vector, full-text and fused retrieval on a labelled corpus.
        .executableTarget(name: "retrieval-eval", dependencies: ["Clinical", "Store", "LambdaRuntime", "LocalStack"], path: "Sources/DevTools/retrieval-eval"),
        // Benchmark: a 20 KB text document from its S3 event to PROCESSED through the loop, per phase.
        .executableTarget(name: "bench-file-processor", dependencies: ["LocalStack", "Store", "Clinical", "AWSClients", "LambdaRuntime"], path: "Sources/Benchmarks/bench-file-processor"),
        // Benchmark: the Store's warm indexed read next to raw libpq in C, and the vector query with and without HNSW.
        .executableTarget(name: "bench-store", dependencies: ["Store", "LambdaRuntime", "LoadGenerator"], path: "Sources/Benchmarks/bench-store"),
        // Test helper: `lambda-local migrate` as a separate process, for the migration race test.
        .executableTarget(name: "store-migrate", dependencies: ["LocalStack"], path: "Tests/StoreMigrateProcess"),

        .testTarget(name: "LambdaRuntimeTests", dependencies: ["LambdaRuntime", "LocalStack", "runtime-probe", "lambda-local", "TestSupport"]),
        .testTarget(name: "AWSEventsTests", dependencies: ["AWSEvents", "APIHandling", "LambdaRuntime", "StoreCore"]),
        .testTarget(name: "AWSClientsTests", dependencies: ["AWSClients", "OpenSSLCrypto", "LocalStack", "LambdaRuntime", "TestSupport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "AuthTests", dependencies: ["Auth", "AuthorizerHandler", "AWSEvents", "AWSClients", "OpenSSLCrypto", "LocalStack", "LambdaRuntime"]),
        .testTarget(name: "FunctionTests", dependencies: ["LocalStack", "Clinical", "HealthHandler", "APIHandling", "LambdaRuntime", "AWSEvents", "health", "summarizer", "file-processor", "chat", "authorizer", "AWSClients", "Store", "TestSupport"]),
        .testTarget(name: "ClinicalTests", dependencies: ["Clinical", "ClinicalEvaluation"], exclude: ["Corpus"]),
        // Test-only: the local database and loopback helpers shared by the test targets.
        .target(name: "TestSupport", dependencies: ["Store", "LambdaRuntime"], path: "Tests/TestSupport"),
        .testTarget(name: "StoreTests", dependencies: ["Store", "LambdaRuntime", "store-migrate", "TestSupport"]),
        .testTarget(name: "FileProcessorTests", dependencies: ["FileProcessorHandler", "LocalStack", "Store", "Clinical", "AWSClients",
                                                               "AWSEvents", "APIHandling", "LambdaRuntime", "file-processor", "TestSupport",
                                                               "ClinicalEvaluation"]),
        .testTarget(name: "SummarizerTests", dependencies: ["SummarizerHandler", "LocalStack", "Store", "Clinical", "AWSClients",
                                                            "APIHandling", "LambdaRuntime", "summarizer", "TestSupport"]),
        // The local cloud's AWS-compatible services (S3, Data Automation) through the real AWS clients, on loopback.
        .testTarget(name: "LocalCloudServicesTests", dependencies: ["LocalStack", "AWSClients", "AWSEvents", "OpenSSLCrypto", "Clinical", "LambdaRuntime",
                                                                    "Store", "TestSupport", "summarizer"]),
        .testTarget(name: "ChatTests", dependencies: ["ChatHandler", "LocalStack", "Store", "Clinical", "AWSClients",
                                                      "APIHandling", "LambdaRuntime", "chat", "TestSupport"]),
        // Test-only function of the local cloud (sleeps, fails, crashes, allocates on request); never deployed.
        .executableTarget(name: "cloud-probe", dependencies: ["LambdaRuntime"], path: "Sources/DevTools/cloud-probe"),
        // Benchmark: GET /health and an authorized history read through `lambda-local serve`, next to the emulator.
        .executableTarget(name: "bench-gateway", dependencies: ["LocalStack", "LambdaRuntime"], path: "Sources/Benchmarks/bench-gateway"),
        // Load, scale and cost (issue 15), never deployed: the open-loop generator (a library, so tests drive it
        // against a loopback server with known delays) and `lambda-load`, which seeds the database, starts
        // `lambda-local serve` and runs the steady, step and cold-burst phases (`make load`).
        .target(name: "LoadGenerator", dependencies: ["LambdaRuntime"], path: "Sources/DevTools/lambda-load/LoadGenerator"),
        .executableTarget(name: "lambda-load", dependencies: ["LoadGenerator", "LocalStack", "Store", "Clinical", "LambdaRuntime"],
                          path: "Sources/DevTools/lambda-load/Tool"),
        .testTarget(name: "LoadTests", dependencies: ["LoadGenerator", "LocalStack", "Clinical", "LambdaRuntime", "Store", "TestSupport", "retrieval-eval"]),
        .testTarget(name: "LocalCloudTests", dependencies: ["LocalStack", "AWSClients", "LambdaRuntime", "TestSupport", "lambda-local",
                                                           "cloud-probe", "health", "authorizer", "summarizer", "file-processor", "chat"]),
        // Fault injection (issue 16) through the real function binaries: the database killed or refusing, Bedrock and S3 misbehaving.
        .testTarget(name: "FaultTests", dependencies: ["LocalStack", "AWSClients", "LambdaRuntime", "Store", "Clinical", "TestSupport",
                                                       "OpenSSLCrypto", "summarizer", "file-processor", "chat", "authorizer"]),
    ]
)

// Fuzzing (issue 16), never deployed: the targets' invariants live in FuzzTargets; each fuzz-<name>
// executable under Sources/Fuzz/ is, in a normal build, a replayer of corpus files and, under `make fuzz`
// (-DFUZZING --sanitize=fuzzer), a libFuzzer binary. Adding a target: its file, one name here.
let fuzzTargetNames = ["json", "apigateway", "authorizer", "jwt", "jwt-claims", "s3key", "s3event",
                       "sigv4", "sigv4-presigned", "phi", "http1", "bda-event", "bda-result", "extraction"]
package.targets += [
    .target(name: "FuzzTargets", dependencies: ["LambdaRuntime", "AWSEvents", "APIHandling", "Auth", "AuthorizerHandler",
                                                "AWSClients", "OpenSSLCrypto", "Clinical", "FileProcessorHandler"], path: "Sources/Fuzz/FuzzTargets"),
    // Every committed corpus (Tests/Fuzz/Corpus/<name>/) replayed through its target in `swift test`.
    .testTarget(name: "FuzzTests", dependencies: ["FuzzTargets"]),
] + fuzzTargetNames.map { .executableTarget(name: "fuzz-\($0)", dependencies: ["FuzzTargets"], path: "Sources/Fuzz/fuzz-\($0)") }

// Start-up (issue 18, README "Start-up and the API path"): the five deployed executables' release links
// (1) take libstdc++ (the Swift runtime's C++ library) from `make release`'s .build/static-libstdcxx/, a
//     folder holding only a link to the toolchain's libstdc++.a, so -lstdc++ resolves to the archive:
//     no libstdc++.so.6 to load and relocate (~4,300 symbol relocations) at every cold start; without
//     the folder (a plain `swift build`, or no libstdc++.a on the machine) -L finds nothing, libstdc++
//     stays shared;
// (2) do not export every symbol of the executable (-export-dynamic of the static stdlib's link args):
//     nothing dlopen'ed looks symbols up in the executable, and .dynsym shrinks by ~3,300 symbols.
let deployedExecutables: Set<String> = ["authorizer", "summarizer", "file-processor", "chat", "health"]
let staticLibstdcxx = Context.packageDirectory + "/.build/static-libstdcxx"
for target in package.targets where deployedExecutables.contains(target.name) {
    target.linkerSettings = (target.linkerSettings ?? []) + [
        .unsafeFlags(["-L", staticLibstdcxx, "-Xlinker", "--no-export-dynamic"], .when(platforms: [.linux], configuration: .release)),
    ]
}

// (3) Metadata of concrete generic types through direct accessors, not by mangled name: a mangled name is
//     demangled at run time and its generic requirements (`String: Hashable` for `[String: String]`) are
//     looked up by scanning every protocol-conformance record of the binary, ~220 k instructions of a
//     model function's start-up for the first one alone (callgrind). Release builds of every Swift target.
for target in package.targets where target.type != .system && target.type != .binary && !["CCurl", "COpenSSL", "CLibPQ"].contains(target.name) {
    target.swiftSettings = (target.swiftSettings ?? []) + [
        .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"], .when(configuration: .release)),
    ]
}
