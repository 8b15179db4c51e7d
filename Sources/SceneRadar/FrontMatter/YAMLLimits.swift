/// Resource limits the YAML parser enforces, so a hostile or broken note cannot exhaust the stack.
///
/// Passing a limit is a `.limit` diagnostic, never a crash.
public struct YAMLLimits: Sendable, Hashable {
    /// The deepest nesting of lists and mappings (block or flow) the parser accepts.
    public var maxDepth: Int

    /// Creates limits.
    ///
    /// - Parameter maxDepth: the deepest nesting accepted; at least 1.
    public init(maxDepth: Int = 100) {
        self.maxDepth = max(maxDepth, 1)
    }

    /// The documented defaults (docs/limits.md): 100 levels of nesting.
    public static let `default` = YAMLLimits()
}
