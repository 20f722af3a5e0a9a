import Foundation

/// Runs the `openssl` command line (certificates and keys made for a test); throws when it fails.
public func openssl(_ arguments: [String]) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["openssl"] + arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw OpenSSLCommandFailed(subcommand: arguments.first ?? "") }
}

public struct OpenSSLCommandFailed: Error, CustomStringConvertible {
    public let subcommand: String
    public var description: String { "openssl \(subcommand) failed" }
}
