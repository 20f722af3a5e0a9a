import Foundation

/// `lambda-local serve [--port P] [--template template.yaml] [--env K=V]... [--log-file F] ...`
/// The local cloud of template.yaml on 127.0.0.1 until SIGINT/SIGTERM, which
/// stop every function process before exiting.
public enum ServeCommand {
    public static let usage = """
    usage: lambda-local serve [--port P] [--template template.yaml] [--env K=V]... [--log-file F]
                              [--parameter Name=Value]... [--function NAME=PATH]... [--state-dir .local]
                              [--integration-timeout 29] [--idle-timeout 600] [--concurrency 10]
                              [--async-retry-delays 1,2] [--throttle-wait 0] [--quiet]

    """

    static func parse(_ arguments: [String]) -> LocalCloud.Options? {
        var options = LocalCloud.Options()
        var index = 0
        func value() -> String? {
            index += 1
            return index < arguments.count ? arguments[index] : nil
        }
        func pair(_ text: String?) -> (String, String)? {
            guard let text, let eq = text.firstIndex(of: "="), eq != text.startIndex else { return nil }
            return (String(text[..<eq]), String(text[text.index(after: eq)...]))
        }
        while index < arguments.count {
            switch arguments[index] {
            case "--port": guard let port = value().flatMap({ UInt16($0) }) else { return nil }; options.port = port
            case "--template": guard let path = value() else { return nil }; options.templatePath = path
            case "--env": guard let (key, text) = pair(value()) else { return nil }; options.environment[key] = text
            case "--parameter": guard let (key, text) = pair(value()) else { return nil }; options.parameterOverrides[key] = text
            case "--function": guard let (key, text) = pair(value()) else { return nil }; options.executables[key] = text
            case "--log-file": guard let path = value() else { return nil }; options.logFile = path
            case "--state-dir": guard let path = value() else { return nil }; options.stateDirectory = path
            case "--integration-timeout":
                guard let seconds = value().flatMap(Double.init), seconds > 0, seconds <= 300 else { return nil }
                options.integrationTimeoutSeconds = seconds
            case "--idle-timeout":
                guard let seconds = value().flatMap(Double.init), seconds > 0 else { return nil }
                options.idleSeconds = seconds
            case "--concurrency":
                guard let count = value().flatMap({ Int($0) }), count >= 1, count <= 1000 else { return nil }
                options.defaultConcurrency = count
            case "--async-retry-delays":
                guard let list = value()?.split(separator: ",").map({ Double($0) }), !list.isEmpty, list.allSatisfy({ ($0 ?? -1) >= 0 }) else { return nil }
                options.asyncRetryDelays = list.map { $0! }
            case "--throttle-wait":
                guard let seconds = value().flatMap(Double.init), seconds >= 0, seconds <= 29 else { return nil }
                options.throttleWaitSeconds = seconds
            case "--quiet": options.quiet = true
            default: return nil
            }
            index += 1
        }
        return options
    }

    public static func run(arguments: [String]) -> Int32 {
        guard let options = parse(arguments) else {
            FileHandle.standardError.write(Data(usage.utf8))
            return 2
        }
        // Signals are taken by sigwait below, not by whichever thread they land on.
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        pthread_sigmask(SIG_BLOCK, &signals, nil)
        let cloud: LocalCloud
        do {
            cloud = try LocalCloud(options: options)
        } catch {
            FileHandle.standardError.write(Data("lambda-local serve: \(error)\n".utf8))
            return 1
        }
        let banner = """
        lambda-local serve: listening on \(cloud.baseURL)
        \(cloud.summary.joined(separator: "\n"))
        Ctrl-C stops it (and every function process).

        """
        FileHandle.standardOutput.write(Data(banner.utf8))
        var received: Int32 = 0
        sigwait(&signals, &received)
        FileHandle.standardError.write(Data("lambda-local serve: stopping (signal \(received))\n".utf8))
        cloud.stop()
        return 0
    }
}
