/// The wiki links a body renders, found the way ``MarkdownRenderer/render(_:resolve:)`` finds
/// them, with where each is written.
///
/// The links are looked for in the text cmark reads, so lint and the incremental build see
/// exactly the links a page shows: none in code spans, code blocks or raw HTML, whatever the
/// code's form (spans over several lines, backslash-escaped backticks, fences inside lists).
extension MarkdownRenderer {
    /// Every wiki link `render(_:resolve:)` meets in `markdown`, in order, with its 1-based line
    /// and its 1-based column in Unicode scalars. A link written with escapes or character
    /// references inside it (`[[a\_b]]`) is placed where cmark puts the start of its run of text.
    public static func wikiLinks(in markdown: String) -> [(link: WikiLink, line: Int, column: Int)] {
        guard ByteSearch.contains(markdown, "[[") else { return [] }
        var placer = LinkPlacer(markdown)
        var found: [(link: WikiLink, line: Int, column: Int)] = []
        for run in textRuns(in: markdown, containing: "[[") {
            for case .link(let link) in WikiLink.segments(of: run.text[...]) {
                let (line, column) = placer.place(link.raw, line: run.line, near: run.column)
                found.append((link, line, column))
            }
        }
        return found
    }
}

/// Places the links of a body on their text. cmark gives each run of text a line and a byte
/// column, which can drift: the line stays behind after a backslash line break, and the column
/// runs ahead on a lazy continuation line of a list item or quote (by the container's marker).
/// So a link is looked for in the body's bytes from a little before the run's place, and after
/// the link placed before it (links come in order); failing that, from that link on.
private struct LinkPlacer {
    private let bytes: [UInt8]
    /// Where each line starts, in `bytes`; LF, CR and CR LF end a line, as for cmark.
    private var lineStarts: [Int] = [0]
    /// Where the last link placed ends.
    private var cursor = 0

    /// How far before cmark's column a link may start (a list item's or quote's marker).
    private static let drift = 4
    /// How far past where it starts looking a link may be (lines cmark did not count).
    private static let reach = 4096

    init(_ text: String) {
        bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\r"), index + 1 < bytes.count,
                bytes[index + 1] == UInt8(ascii: "\n")
            {
                index += 1
            }
            if bytes[index] == UInt8(ascii: "\n") || bytes[index] == UInt8(ascii: "\r") {
                lineStarts.append(index + 1)
            }
            index += 1
        }
    }

    /// The 1-based line and scalar column where `raw` is written, for a link cmark placed in a
    /// run of text at `line` and byte column `near`; cmark's place when `raw` is not written as
    /// found (escapes, character references).
    mutating func place(_ raw: String, line: Int, near: Int) -> (line: Int, column: Int) {
        let lineIndex = min(max(line - 1, 0), lineStarts.count - 1)
        let lineStart = lineStarts[lineIndex]
        let lineEnd = lineIndex + 1 < lineStarts.count ? lineStarts[lineIndex + 1] : bytes.count
        let reported = min(lineStart + max(near - 1, 0), lineEnd)
        let needle = Array(raw.utf8)
        guard
            let found = search(needle, from: max(cursor, max(lineStart, reported - Self.drift)))
                ?? search(needle, from: cursor)
        else {
            return position(of: reported)
        }
        cursor = found + needle.count
        return position(of: found)
    }

    /// Where `needle` first starts at or after `from`, within `reach`.
    private func search(_ needle: [UInt8], from: Int) -> Int? {
        guard let first = needle.first else { return nil }
        let last = min(bytes.count, from + Self.reach + needle.count) - needle.count
        var start = from
        while start <= last {
            if bytes[start] == first, bytes[start..<start + needle.count].elementsEqual(needle) {
                return start
            }
            start += 1
        }
        return nil
    }

    /// The 1-based line and scalar column of the byte at `offset`: its line's number, and one
    /// more than the scalars that start on the line before it (bytes that are not UTF-8
    /// continuation bytes).
    private func position(of offset: Int) -> (line: Int, column: Int) {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        var column = 1
        for byte in bytes[lineStarts[low]..<offset] where byte & 0xC0 != 0x80 { column += 1 }
        return (low + 1, column)
    }
}
