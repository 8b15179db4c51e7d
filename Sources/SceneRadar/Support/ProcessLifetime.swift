import CMalloc
import Glibc
import Synchronization

/// What concerns the process as a whole: how its allocator grows and caches freed blocks (set
/// once, at start-up), and values kept until it exits. A command about to end hands over what
/// it built (a whole vault's decoded notes: millions of small objects), so its exit is not
/// delayed by freeing them one by one: the system takes the memory back at once. Only for
/// commands that end the process (`lint`, `score`), never for a long-running one (`serve`).
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

    /// The glibc settings `restartWithAllocatorCache` starts the executable with.
    static let allocatorTunables = "glibc.malloc.tcache_count=4096"

    /// The commands that read a whole vault, for which the restart pays.
    static let restartingCommands: Set<String> = ["build", "lint", "check", "score", "serve"]

    /// Starts the executable again, once, with a larger per-thread cache of freed blocks in
    /// glibc's allocator (`allocatorTunables`): 4,096 blocks of each size instead of 7.
    ///
    /// A build makes and frees the values of a page by the thousand, page after page; with 7
    /// cached per size, most frees and allocations take the allocator's slower, locked path.
    /// With the larger cache a full build of the bench vault ran 11 % faster in wall time (14 of
    /// 15 alternating runs) for 5 MB more peak memory. glibc reads the setting only when a
    /// process starts (`GLIBC_TUNABLES`), hence the restart: the same process (same id, same
    /// arguments, open files kept), its program loaded again, a few milliseconds.
    ///
    /// Only the commands that read a whole vault restart (`arguments` are the command line's,
    /// after the executable's name): `radar --version` or `radar new` would only pay the
    /// restart. Returns, changing nothing, for the others, when `GLIBC_TUNABLES` is already set
    /// (by the caller, who then decides, or by the first start) or when the executable cannot be
    /// started again. Called first thing by the executable, before any thread starts.
    public static func restartWithAllocatorCache(arguments: [String]) {
        guard let command = arguments.first, restartingCommands.contains(command),
            getenv("GLIBC_TUNABLES") == nil, setenv("GLIBC_TUNABLES", allocatorTunables, 1) == 0
        else { return }
        // Started by its own path, so the process keeps its name (`radar`, for `pgrep` and `top`:
        // started as /proc/self/exe it would be `exe`); by /proc/self/exe when that path is gone
        // (the executable replaced since it started).
        var path = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &path, path.count - 1)
        if length > 0 {
            path[length] = 0
            execv(path, CommandLine.unsafeArgv)
        }
        execv("/proc/self/exe", CommandLine.unsafeArgv)
        // Not started again: carry on in this process, with the environment as it was.
        unsetenv("GLIBC_TUNABLES")
    }
}
