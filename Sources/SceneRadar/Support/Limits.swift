/// The documented resource limits (docs/limits.md). Passing one is a `limit` diagnostic,
/// never a crash, a hang or a silently truncated note.
public struct Limits: Sendable, Hashable {
    /// The largest note or `radar.yml`, in bytes.
    public var maxNoteBytes: Int64
    /// The deepest nesting of front-matter collections.
    public var maxNestingDepth: Int
    /// The most items in one front-matter list, or entries in one mapping.
    public var maxListLength: Int

    /// Creates limits.
    public init(maxNoteBytes: Int64, maxNestingDepth: Int, maxListLength: Int) {
        self.maxNoteBytes = maxNoteBytes
        self.maxNestingDepth = maxNestingDepth
        self.maxListLength = maxListLength
    }

    /// The limits radar runs with.
    public static let standard = Limits(maxNoteBytes: 16 << 20, maxNestingDepth: 100, maxListLength: 10_000)
}
