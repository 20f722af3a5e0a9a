#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An error-checking pthread mutex: re-entering the database from inside its
/// own transaction (same thread) is reported as misuse instead of deadlocking.
final class OwnedLock: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>

    init() {
        mutex = .allocate(capacity: 1)
        var attributes = pthread_mutexattr_t()
        pthread_mutexattr_init(&attributes)
        pthread_mutexattr_settype(&attributes, Int32(PTHREAD_MUTEX_ERRORCHECK))
        pthread_mutex_init(mutex, &attributes)
        pthread_mutexattr_destroy(&attributes)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    func withLock<T>(_ body: () throws -> T) throws -> T {
        if pthread_mutex_lock(mutex) == EDEADLK {
            throw StoreError.misuse("the database was used again inside its own transaction; use the transaction")
        }
        defer { pthread_mutex_unlock(mutex) }
        return try body()
    }
}
