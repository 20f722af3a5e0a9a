import Foundation
import LambdaRuntime
#if canImport(Glibc)
import Glibc
#endif

/// A TCP forwarder on 127.0.0.1 in front of a loopback service (PostgreSQL, S3), that a test can make
/// misbehave: `refuse()` closes the listening socket and cuts every forwarded connection (a client then gets
/// ECONNREFUSED, as from a database that is down), `resume()` listens again on the same port; `delay`
/// holds a client's bytes that start with a given prefix (e.g. `GET `) before passing them on.
final class LoopbackForwarder: @unchecked Sendable {
    let port: UInt16
    private let upstreamPort: UInt16
    private let lock = NSLock()
    private var listenFD: Int32 = -1
    private var open: Set<Int32> = []
    private var delayRule: (prefix: [UInt8], ms: Int)?
    private var delayedCount = 0
    /// Signalled by the accept thread of the current listening socket when it returns.
    private var acceptorExited: DispatchSemaphore?

    init(upstreamPort: UInt16) throws {
        self.upstreamPort = upstreamPort
        let (fd, port) = try Self.listen(port: 0)
        self.port = port
        listenFD = fd
        startAccepting(fd)
    }

    deinit { stop() }

    /// `host:port` of the forwarder.
    var address: String { "127.0.0.1:\(port)" }

    /// Client chunks starting with `prefix` wait `ms` before being forwarded (nil: none).
    func delay(_ prefix: String?, ms: Int = 0) {
        lock.lock(); defer { lock.unlock() }
        delayRule = prefix.map { (Array($0.utf8), ms) }
    }

    /// How many chunks were held by the delay rule.
    var delayed: Int { lock.lock(); defer { lock.unlock() }; return delayedCount }

    /// Stops listening and resets every forwarded connection.
    ///
    /// Why the care with descriptors: tests run in parallel in one process, so a number closed here and reused by
    /// another test's socket must never be shut down or accepted on again. Forwarded sockets are shut down under
    /// the lock (a pair leaves `open` under it before it is closed); the listening socket is shut down, and closed
    /// only once its accept thread has returned.
    func refuse() {
        lock.lock()
        let fd = listenFD
        let acceptorDone = acceptorExited
        listenFD = -1
        if fd >= 0 { shutdown(fd, Int32(SHUT_RDWR)) }
        for connection in open { shutdown(connection, Int32(SHUT_RDWR)) }
        lock.unlock()
        if fd >= 0 {
            _ = acceptorDone?.wait(timeout: .now() + 5)
            close(fd)
        }
    }

    /// Listens again on the same port.
    func resume() throws {
        let (fd, _) = try Self.listen(port: port)
        lock.lock(); listenFD = fd; lock.unlock()
        startAccepting(fd)
    }

    func stop() { refuse() }

    private static func listen(port: UInt16) throws -> (Int32, UInt16) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw TCPConnection.Failure.io("socket", errno) }
        var one: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, Glibc.listen(fd, 64) == 0 else {
            let err = errno
            close(fd)
            throw TCPConnection.Failure.io("bind 127.0.0.1:\(port)", err)
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        return (fd, UInt16(bigEndian: actual.sin_port))
    }

    private func startAccepting(_ fd: Int32) {
        let exited = DispatchSemaphore(value: 0)
        lock.lock(); acceptorExited = exited; lock.unlock()
        Thread { [weak self] in
            defer { exited.signal() }
            while true {
                let client = accept(fd, nil, nil)
                if client < 0 { if errno == EINTR { continue }; return }
                _ = fcntl(client, F_SETFD, FD_CLOEXEC)
                guard let self else { close(client); return }
                self.forward(client)
            }
        }.start()
    }

    private func forward(_ client: Int32) {
        let upstream = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = upstreamPort.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(upstream, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard upstream >= 0, connected == 0 else { close(client); if upstream >= 0 { close(upstream) }; return }
        lock.lock(); open.insert(client); open.insert(upstream); lock.unlock()
        let finished = Shared(0)
        let end: @Sendable () -> Void = { [weak self] in
            // Each pump shuts both sockets down (the other pump's recv returns) before it counts itself: neither is
            // closed until both have counted. The second to stop closes them, after they have left `open`.
            shutdown(client, Int32(SHUT_RDWR)); shutdown(upstream, Int32(SHUT_RDWR))
            guard finished.update({ $0 += 1; return $0 }) == 2 else { return }
            self?.forget(client, upstream)
            close(client); close(upstream)
        }
        Thread { [weak self] in self?.pump(from: client, to: upstream, applyingDelay: true); end() }.start()
        Thread { [weak self] in self?.pump(from: upstream, to: client, applyingDelay: false); end() }.start()
    }

    private func forget(_ a: Int32, _ b: Int32) {
        lock.lock(); open.remove(a); open.remove(b); lock.unlock()
    }

    private func pump(from source: Int32, to destination: Int32, applyingDelay: Bool) {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(source, $0.baseAddress, $0.count, 0) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return }
            if applyingDelay {
                lock.lock()
                let rule = delayRule
                let matches = rule.map { n >= $0.prefix.count && Array(buffer[0..<$0.prefix.count]) == $0.prefix } ?? false
                if matches { delayedCount += 1 }
                lock.unlock()
                if matches, let rule { usleep(useconds_t(rule.ms) * 1000) }
            }
            var sent = 0
            while sent < n {
                let w = buffer.withUnsafeBytes { send(destination, $0.baseAddress! + sent, n - sent, Int32(MSG_NOSIGNAL)) }
                if w < 0 && errno == EINTR { continue }
                if w <= 0 { return }
                sent += w
            }
        }
    }
}

extension URLComponents {
    /// The same URL with its port replaced (for a forwarder in front of a service).
    static func replacingPort(of url: String, with port: UInt16) -> String {
        guard var components = URLComponents(string: url) else { return url }
        components.port = Int(port)
        return components.string ?? url
    }

    static func port(of url: String) -> UInt16? { URLComponents(string: url)?.port.map { UInt16($0) } }
}
