/// Choices that change how templates render.
public struct MustacheRenderOptions: Sendable, Hashable {
    /// When true, a partial or parent that the library does not hold is an error
    /// (``MustacheError/Kind/missingPartial(_:)``) instead of rendering as nothing, as the
    /// spec prescribes.
    public var strictPartials: Bool
    /// How deep sections, partials, parents and blocks may nest while rendering; deeper is an
    /// error (``MustacheError/Kind/depthLimit(limit:partial:)``), so a partial that includes
    /// itself without end fails cleanly instead of overflowing the stack.
    public var maxDepth: Int

    /// The default depth limit: far more than any real theme nests, and shallow enough to
    /// stay well inside a 512 KiB thread stack.
    public static let defaultMaxDepth = 100

    /// Creates options; the defaults follow the spec.
    public init(strictPartials: Bool = false, maxDepth: Int = MustacheRenderOptions.defaultMaxDepth) {
        self.strictPartials = strictPartials
        self.maxDepth = maxDepth
    }
}
