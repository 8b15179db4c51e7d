/// What `YAMLParser.parse` returns: the tree, when it could be read, and every problem found.
public struct YAMLParseResult: Sendable, Hashable {
    /// The document's top-level node; `nil` for an empty document or after a syntax error.
    ///
    /// Duplicate keys do not remove the tree: the first occurrence of each key is kept.
    public var root: YAMLNode?
    /// The problems found, in document order; empty when the document is valid.
    public var diagnostics: [Diagnostic]

    /// Creates a result.
    public init(root: YAMLNode?, diagnostics: [Diagnostic]) {
        self.root = root
        self.diagnostics = diagnostics
    }
}
