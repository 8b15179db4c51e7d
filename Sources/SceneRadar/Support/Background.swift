import Dispatch
import Synchronization

/// Work started now on another thread and waited for later: a read that does not depend on
/// what the current thread does next overlaps with it instead of following it.
final class Background<T: Sendable>: Sendable {
    private let work: @Sendable () -> T
    private let result = Mutex<T?>(nil)
    private let done = DispatchSemaphore(value: 0)

    /// Starts `work`.
    init(_ work: @escaping @Sendable () -> T) {
        self.work = work
        DispatchQueue.global().async { [self] in
            let value = work()
            result.withLock { $0 = value }
            done.signal()
        }
    }

    /// The work's result, once it has finished.
    func wait() -> T {
        done.wait()
        done.signal()
        return result.withLock { $0 } ?? work()
    }
}
