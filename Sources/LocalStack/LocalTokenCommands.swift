import Foundation

/// `lambda-local token --sub S --group G [--group G2] --clinic C [--email E] [--expires-in S] [--token-use id|access]`
/// prints a token minted with the local key. Exit 0, or 2 on bad usage, 1 on failure.
public func runTokenCommand(arguments: [String]) -> Int32 {
    let usage = "usage: lambda-local token --sub S --group doctors|admins --clinic C [--email E] [--expires-in SECONDS] [--token-use id|access]\n"
    guard let options = CommandOptions(arguments, repeatable: ["--group"],
                                       known: ["--sub", "--group", "--clinic", "--email", "--expires-in", "--token-use"]) else {
        FileHandle.standardError.write(Data(usage.utf8))
        return 2
    }
    guard let sub = options.single["--sub"], !options.groups.isEmpty, let clinic = options.single["--clinic"] else {
        FileHandle.standardError.write(Data(("--sub, --group and --clinic are required\n" + usage).utf8))
        return 2
    }
    let expiresIn = options.single["--expires-in"].map { Int($0) } ?? 3600
    guard let expiresIn, (1...86_400).contains(expiresIn) else {
        FileHandle.standardError.write(Data(("--expires-in must be 1...86400 seconds\n" + usage).utf8))
        return 2
    }
    guard let tokenUse = LocalTokenIssuer.TokenUse(rawValue: options.single["--token-use"] ?? "id") else {
        FileHandle.standardError.write(Data(("--token-use must be id or access\n" + usage).utf8))
        return 2
    }
    do {
        let issuer = try LocalTokenIssuer()
        let token = try issuer.mint(.init(sub: sub, groups: options.groups, clinicId: clinic, email: options.single["--email"],
                                          expiresIn: expiresIn, tokenUse: tokenUse))
        FileHandle.standardOutput.write(Data((token + "\n").utf8))
        return 0
    } catch {
        FileHandle.standardError.write(Data("lambda-local token: \(error)\n".utf8))
        return 1
    }
}

/// `lambda-local jwks [--port P]` serves the local JWKS until killed and prints
/// the authorizer environment that trusts it.
public func runJWKSCommand(arguments: [String]) -> Int32 {
    let usage = "usage: lambda-local jwks [--port PORT]\n"
    guard let options = CommandOptions(arguments, repeatable: [], known: ["--port"]) else {
        FileHandle.standardError.write(Data(usage.utf8))
        return 2
    }
    guard let port = UInt16(options.single["--port"] ?? "0") else {
        FileHandle.standardError.write(Data(("--port must be 0...65535\n" + usage).utf8))
        return 2
    }
    let service: LocalJWKSService
    do { service = try LocalJWKSService(port: port) } catch {
        FileHandle.standardError.write(Data("lambda-local jwks: \(error)\n".utf8))
        return 1
    }
    var lines = "serving the local JWKS at \(service.jwksURL); configure the authorizer with:\n"
    for (name, value) in service.authorizerEnvironment.sorted(by: { $0.key < $1.key }) { lines += "\(name)=\(value)\n" }
    FileHandle.standardOutput.write(Data(lines.utf8))
    while true { sleep(3600) }
}

/// `--name value` pairs; nil on an unknown flag, a missing value or a repeated single flag.
struct CommandOptions {
    var single: [String: String] = [:]
    var groups: [String] = []

    init?(_ arguments: [String], repeatable: Set<String>, known: Set<String>) {
        var index = 0
        while index < arguments.count {
            let name = arguments[index]
            guard known.contains(name), index + 1 < arguments.count else { return nil }
            let value = arguments[index + 1]
            if repeatable.contains(name) {
                groups.append(value)
            } else {
                guard single.updateValue(value, forKey: name) == nil else { return nil }
            }
            index += 2
        }
    }
}
