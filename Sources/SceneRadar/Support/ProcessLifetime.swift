import CMalloc
import Synchronization

/// What concerns the process as a whole: how its allocator grows (set once, at start-up), and
/// values kept until it exits. A command about to end hands over what it built (a whole
/// vault's decoded notes: millions of small objects), so its exit is not delayed by freeing
/// them one by one: the system takes the memory back at once. Only for commands that end the
/// process (`lint`, `score`), never for a long-running one (`serve`).
public enum ProcessLifetime {
    private static let kept = Mutex<[any Sendable]>([])

    /// Keeps `value` alive until the process exits.
    public static func keep(_ value: any Sendable) {
        kept.withLock { $0.append(value) }
    }

    /// Asks glibc's allocator to grow its heaps 64 MB at a time; returns whether it agreed.
    ///
    /// By default a heap grows by a few pages per request that does not fit, each step a system
    /// call (`brk` on the main thread, `mprotect` on a worker's heap): a lint of 13,000 notes
    /// made about 14,000 of them. Only address space is reserved; pages become memory when they
    /// are first written, as before, so resident and peak memory do not change. Called once,
    /// first thing, by the executable: worker threads' heaps are set up when they first allocate.
    @discardableResult
    public static func prepareAllocator() -> Bool {
        mallopt(M_TOP_PAD, 64 << 20) == 1
    }
}
