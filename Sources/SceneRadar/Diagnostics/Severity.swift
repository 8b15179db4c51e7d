/// How serious a diagnostic is.
///
/// Ordered so that `.error > .warning > .info`; an `error` makes `radar lint` and
/// `radar build` exit with status 1 (SPEC §5).
public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable {
    case info
    case warning
    case error

    private var rank: Int {
        switch self {
        case .info: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs.rank < rhs.rank
    }
}
