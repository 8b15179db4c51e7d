import Glibc

/// With `RADAR_TRACE=1` in the environment, `radar build` and `radar lint` print each phase's
/// wall time, the process's CPU time so far and its memory (resident now and at its peak) to
/// standard error: how the numbers in docs/performance.md are broken down. Silent otherwise.
struct BuildTrace: Sendable {
    private let enabled: Bool
    private let start: Double

    init() {
        enabled = getenv("RADAR_TRACE").map { String(cString: $0) } == "1"
        start = Self.now()
        if enabled { Self.reportTunables }
    }

    /// The allocator's settings (see `ProcessLifetime.restartWithAllocatorCache`), reported
    /// once per process (a build makes more than one trace).
    private static let reportTunables: Void = {
        var line =
            "radar trace: GLIBC_TUNABLES="
            + (getenv("GLIBC_TUNABLES").map { String(cString: $0) } ?? "(unset)")
            + "\n"
        line.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
    }()

    /// Reports that `phase` has ended.
    func mark(_ phase: String) {
        guard enabled else { return }
        let elapsed = (Self.now() - start) * 1000
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let cpu = Self.milliseconds(usage.ru_utime) + Self.milliseconds(usage.ru_stime)
        let line =
            "radar trace: \(phase): \(Int(elapsed.rounded())) ms, cpu \(cpu) ms, resident \(Self.kilobytes("VmRSS") / 1024) MB,"
            + " peak \(Self.kilobytes("VmHWM") / 1024) MB\n"
        var text = line
        text.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
    }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    private static func milliseconds(_ time: timeval) -> Int {
        Int(time.tv_sec) * 1000 + Int(time.tv_usec) / 1000
    }

    /// A `kB` field of /proc/self/status (0 when unavailable).
    private static func kilobytes(_ field: String) -> Int {
        guard let bytes = try? LocalFileSystem().read("/proc/self/status", limit: 1 << 16) else { return 0 }
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n")
        where line.hasPrefix(field + ":") {
            return Int(line.dropFirst(field.count + 1).filter(\.isNumber)) ?? 0
        }
        return 0
    }
}
