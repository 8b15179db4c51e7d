/// Choices that change how templates render.
public struct MustacheRenderOptions: Sendable, Hashable {
    /// When true, a partial or parent that the library does not hold is an error
    /// (``MustacheError/Kind/missingPartial(_:)``) instead of rendering as nothing, as the
    /// spec prescribes.
    public var strictPartials: Bool
    /// How deep sections, partials, parents and blocks may nest while rendering; deeper is an
    /// error (``MustacheError/Kind/depthLimit(limit:)``), so a partial that includes
    /// itself without end fails cleanly instead of overflowing the stack.
    public var maxDepth: Int
    /// How many bytes one render may write; more is an error
    /// (``MustacheError/Kind/outputTooLarge(limit:)``), so partials that include each other
    /// many times over fail cleanly instead of filling the memory.
    public var maxOutputBytes: Int
    /// How many times one render may enter a section, partial, parent or block; more is an error
    /// (``MustacheError/Kind/tooMuchWork(limit:)``), so partials that include each other many
    /// times over and write nothing fail cleanly instead of running for days.
    public var maxSteps: Int

    /// The default depth limit: far more than a real theme nests (a layout, a page, a few
    /// lists and partials come to about 15), and shallow enough for a 512 KiB thread stack:
    /// a level takes about 1.3 KiB of stack in a release build and 5.5 KiB in a debug build.
    public static let defaultMaxDepth = 64

    /// The default output limit, 256 MiB: a hundred times the largest page of a vault of
    /// 50,000 notes (its index).
    public static let defaultMaxOutputBytes = 256 << 20

    /// The default limit on entries, 2²⁵ (about 33 million): no page of the bench vault (13,000
    /// notes) enters 2¹⁶, and pages grow with the vault about linearly, so a vault of 50,000 notes
    /// stays under 2¹⁸; a runaway render stops within seconds.
    public static let defaultMaxSteps = 1 << 25

    /// Creates options; the defaults follow the spec.
    public init(
        strictPartials: Bool = false, maxDepth: Int = MustacheRenderOptions.defaultMaxDepth,
        maxOutputBytes: Int = MustacheRenderOptions.defaultMaxOutputBytes,
        maxSteps: Int = MustacheRenderOptions.defaultMaxSteps
    ) {
        self.strictPartials = strictPartials
        self.maxDepth = maxDepth
        self.maxOutputBytes = maxOutputBytes
        self.maxSteps = maxSteps
    }
}
