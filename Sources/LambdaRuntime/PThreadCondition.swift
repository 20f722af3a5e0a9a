#if canImport(Glibc)
import Glibc
#endif

/// A condition variable bound to one `PThreadMutex`, so one lock can guard
/// several conditions and a signal wakes only the threads waiting for it.
/// Timed waits use the monotonic clock (wall-clock jumps do not stretch them).
public final class PThreadCondition: @unchecked Sendable {
    private let condition: UnsafeMutablePointer<pthread_cond_t> = .allocate(capacity: 1)
    private let mutex: PThreadMutex

    public init(mutex: PThreadMutex) {
        self.mutex = mutex
        var attributes = pthread_condattr_t()
        pthread_condattr_init(&attributes)
        pthread_condattr_setclock(&attributes, CLOCK_MONOTONIC)
        pthread_cond_init(condition, &attributes)
        pthread_condattr_destroy(&attributes)
    }

    deinit {
        pthread_cond_destroy(condition)
        condition.deallocate()
    }

    /// Waits with the mutex held (released while waiting).
    public func wait() { pthread_cond_wait(condition, mutex.mutex) }

    /// Waits at most until `deadlineNs` on `WallClock.monotonicNs()`; false on timeout.
    @discardableResult
    public func wait(untilMonotonicNs deadlineNs: UInt64) -> Bool {
        var deadline = timespec(tv_sec: Int(deadlineNs / 1_000_000_000), tv_nsec: Int(deadlineNs % 1_000_000_000))
        return pthread_cond_timedwait(condition, mutex.mutex, &deadline) == 0
    }

    public func signal() { pthread_cond_signal(condition) }
    public func broadcast() { pthread_cond_broadcast(condition) }
}
