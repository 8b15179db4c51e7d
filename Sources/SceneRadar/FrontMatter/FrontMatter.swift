/// A note split into its front matter and its body.
///
/// The front matter is the text between a first line that is exactly `---` and the next line
/// that is exactly `---` (trailing spaces and tabs allowed, and a CR before the line feed).
/// Both parts are slices of the note, so splitting copies nothing.
public struct FrontMatter: Sendable, Hashable {
    /// The YAML between the fences, without them (empty when the fences are adjacent).
    public var yaml: Substring
    /// The line number of the YAML's first line in the note (always 2).
    public var yamlFirstLine: Int
    /// The Markdown after the closing fence.
    public var body: Substring
    /// The line number of the body's first line in the note.
    public var bodyFirstLine: Int

    /// Creates a split note.
    public init(yaml: Substring, yamlFirstLine: Int, body: Substring, bodyFirstLine: Int) {
        self.yaml = yaml
        self.yamlFirstLine = yamlFirstLine
        self.body = body
        self.bodyFirstLine = bodyFirstLine
    }

    /// What splitting a note found.
    public enum Split: Sendable, Hashable {
        /// The note has front matter.
        case found(FrontMatter)
        /// The first line is not `---`.
        case missing
        /// The first line is `---` but no later line is.
        case unclosed

        /// The front matter, when found.
        public var frontMatter: FrontMatter? {
            if case .found(let frontMatter) = self { return frontMatter }
            return nil
        }

        /// The `.frontMatterMissing` diagnostic for a note without (closed) front matter.
        public func diagnostic(file: String) -> Diagnostic? {
            switch self {
            case .found:
                return nil
            case .missing:
                return Diagnostic(
                    .frontMatterMissing,
                    "note has no front matter: start it with a line '---', then the front matter, then another line '---'",
                    at: SourceLocation(file: file, line: 1, column: 1))
            case .unclosed:
                return Diagnostic(
                    .frontMatterMissing,
                    "the front matter opened here is never closed; end it with a line '---' before the note's text",
                    at: SourceLocation(file: file, line: 1, column: 1), length: 3)
            }
        }
    }

    /// Splits `note` into front matter and body.
    public static func split(_ note: String) -> Split {
        let utf8 = note.utf8
        guard let firstEnd = fenceEnd(in: utf8, from: utf8.startIndex) else { return .missing }
        guard firstEnd < utf8.endIndex else { return .unclosed }
        let yamlStart = utf8.index(after: firstEnd)
        var lineStart = yamlStart
        var line = 2
        while lineStart < utf8.endIndex {
            if let end = fenceEnd(in: utf8, from: lineStart) {
                let bodyStart = end < utf8.endIndex ? utf8.index(after: end) : end
                return .found(
                    FrontMatter(
                        yaml: note[yamlStart..<lineStart], yamlFirstLine: 2,
                        body: note[bodyStart...], bodyFirstLine: line + 1))
            }
            guard let lineFeed = utf8[lineStart...].firstIndex(of: 0x0A) else { break }
            lineStart = utf8.index(after: lineFeed)
            line += 1
        }
        return .unclosed
    }

    /// If the line starting at `start` is a fence (`---`, then spaces, tabs or a CR), the index
    /// of its line feed (or the end of the text).
    private static func fenceEnd(in utf8: String.UTF8View, from start: String.Index) -> String.Index? {
        var index = start
        for _ in 0..<3 {
            guard index < utf8.endIndex, utf8[index] == 0x2D else { return nil }
            index = utf8.index(after: index)
        }
        while index < utf8.endIndex {
            switch utf8[index] {
            case 0x0A: return index
            case 0x20, 0x09, 0x0D: index = utf8.index(after: index)
            default: return nil
            }
        }
        return index
    }
}
