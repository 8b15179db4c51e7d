import Foundation

/// Runs work with a time budget, so a test fails instead of hanging when the code under test
/// hangs (the stuck thread is left behind; the test process ends with the run).
enum Deadline {
    private final class Box<T>: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: T?
        var value: T? {
            get { lock.withLock { stored } }
            set { lock.withLock { stored = newValue } }
        }
    }

    /// `body()`'s value, or `nil` when it did not return within `seconds`; `elapsed` is set
    /// either way.
    static func run<T>(
        _ seconds: Double, elapsed: inout Double, _ body: @escaping @Sendable () -> T
    ) -> T? {
        let box = Box<T>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.value = body()
            done.signal()
        }
        thread.stackSize = 16 << 20
        let start = DispatchTime.now().uptimeNanoseconds
        thread.start()
        let finished = done.wait(timeout: .now() + seconds) == .success
        elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return finished ? box.value : nil
    }
}
