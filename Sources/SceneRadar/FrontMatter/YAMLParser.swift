/// Reads radar YAML (SPEC §2): the strict subset of YAML 1.2 that front matter and `radar.yml`
/// are written in.
///
/// The parser yields strings, lists and mappings with their 1-based positions and applies no
/// typing (`NO` stays the string "NO"); `CoreSchema` types a tree for display. Anchors,
/// aliases, tags, directives, complex keys, several documents, duplicate keys and tabs in
/// indentation are rejected with a message that says what to write instead.
///
/// ```swift
/// let result = YAMLParser().parse(frontMatter.yaml, file: "scenes/a/scene.md",
///                                 firstLine: frontMatter.yamlFirstLine)
/// ```
public struct YAMLParser: Sendable {
    /// The limits enforced while parsing.
    public var limits: YAMLLimits

    /// Creates a parser.
    ///
    /// - Parameter limits: the resource limits; `.default` allows 100 levels of nesting.
    public init(limits: YAMLLimits = .default) {
        self.limits = limits
    }

    /// Parses one YAML document.
    ///
    /// Parsing stops at the first syntax error, which is the only diagnostic returned with it
    /// (besides duplicate keys found before it); every duplicate key of a valid document is
    /// reported. CRLF line endings read exactly like LF.
    ///
    /// - Parameters:
    ///   - text: the YAML text (for a note, the front matter without its `---` fences).
    ///   - file: the path diagnostics name.
    ///   - firstLine: the line number of the text's first line in the file (2 for front matter).
    /// - Returns: the top-level node (`nil` when the document is empty or unreadable) and the
    ///   diagnostics.
    public func parse<Text: StringProtocol>(
        _ text: Text, file: String, firstLine: Int = 1
    ) -> YAMLParseResult {
        let input = YAMLInput(text)
        var reader = YAMLReader(input: input, file: file, firstLine: firstLine, limits: limits)
        if let rejection = input.rejection {
            let failure = reader.failure(rejection.error, at: rejection.offset)
            return YAMLParseResult(root: nil, diagnostics: [reader.diagnostic(for: failure)])
        }
        do {
            let root = try reader.parseDocument()
            return YAMLParseResult(root: root, diagnostics: reader.diagnostics)
        } catch {
            return YAMLParseResult(
                root: nil, diagnostics: reader.diagnostics + [reader.diagnostic(for: error)])
        }
    }
}
