import Glibc

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
    ///
    /// Works on the note's UTF-8 bytes with `memchr` (every note of a vault passes here).
    public static func split(_ note: String) -> Split {
        var copy = note
        let offsets = copy.withUTF8 { bytes -> (yamlStart: Int, fence: Int, body: Int, line: Int)?? in
            guard let firstEnd = fenceEnd(in: bytes, from: 0) else { return .some(nil) }
            guard firstEnd < bytes.count else { return nil }
            var lineStart = firstEnd + 1
            var line = 2
            while lineStart < bytes.count {
                if let end = fenceEnd(in: bytes, from: lineStart) {
                    return (firstEnd + 1, lineStart, min(end + 1, bytes.count), line + 1)
                }
                guard let base = bytes.baseAddress,
                    let hit = memchr(base + lineStart, 0x0A, bytes.count - lineStart)
                else { break }
                lineStart = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
                line += 1
            }
            return nil
        }
        switch offsets {
        case .some(.none): return .missing
        case .none: return .unclosed
        case .some(.some(let found)):
            let utf8 = note.utf8
            let yamlStart = utf8.index(utf8.startIndex, offsetBy: found.yamlStart)
            let fence = utf8.index(utf8.startIndex, offsetBy: found.fence)
            let body = utf8.index(utf8.startIndex, offsetBy: found.body)
            return .found(
                FrontMatter(
                    yaml: note[yamlStart..<fence], yamlFirstLine: 2, body: note[body...],
                    bodyFirstLine: found.line))
        }
    }

    /// If the line starting at `start` is a fence (`---`, then spaces, tabs or a CR), the offset
    /// of its line feed (or the end of the text).
    private static func fenceEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        for _ in 0..<3 {
            guard index < bytes.count, bytes[index] == 0x2D else { return nil }
            index += 1
        }
        while index < bytes.count {
            switch bytes[index] {
            case 0x0A: return index
            case 0x20, 0x09, 0x0D: index += 1
            default: return nil
            }
        }
        return index
    }
}
