import Glibc

/// radar's version, printed by `--version` and written into generated files' metadata.
public enum RadarVersion {
    /// The version.
    public static let current = "0.1.0"

    /// Which build of radar is running: its executable's size and modification time. The build
    /// cache records it, so a cache written by another build of the same version (radar rebuilt
    /// from newer sources, whose pages may differ) is discarded rather than trusted. Empty where
    /// the executable cannot be looked at.
    public static let executable: String = {
        var status = stat()
        guard stat("/proc/self/exe", &status) == 0 else { return "" }
        return "\(status.st_size) \(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
    }()
}
