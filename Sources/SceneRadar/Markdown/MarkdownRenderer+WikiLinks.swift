/// The wiki links a body renders, found the way ``MarkdownRenderer/render(_:resolve:)`` finds
/// them, with where each is written.
///
/// The links are looked for in the text cmark reads, so lint and the incremental build see
/// exactly the links a page shows: none in code spans, code blocks or raw HTML, whatever the
/// code's form (spans over several lines, backslash-escaped backticks, fences inside lists).
extension MarkdownRenderer {
    /// Every wiki link `render(_:resolve:)` meets in `markdown`, in order, with its 1-based line
    /// and its 1-based column in Unicode scalars. A link written with escapes or character
    /// references inside it (`[[a\_b]]`) is placed at the start of its run of text.
    public static func wikiLinks(in markdown: String) -> [(link: WikiLink, line: Int, column: Int)] {
        guard ByteSearch.contains(markdown, "[[") else { return [] }
        var source = SourceLines(markdown)
        var found: [(link: WikiLink, line: Int, column: Int)] = []
        for run in textRuns(in: markdown, containing: "[[") {
            for case .link(let link) in WikiLink.segments(of: run.text[...]) {
                found.append((link, run.line, source.column(of: link.raw, line: run.line, near: run.column)))
            }
        }
        return found
    }
}

/// A body's lines as cmark counts them (ended by LF, CR or CR LF), for placing a link found in
/// a text node: cmark gives the node's line and a byte column that can be off inside lists and
/// block quotes, whose markers and indentation are not part of the paragraph's text.
private struct SourceLines {
    private let bytes: [UInt8]
    /// Where each line starts and ends (before its line ending), in `bytes`.
    private var lines: [Range<Int>] = []
    /// Per line, the byte offset after the last link placed on it: links of one line are
    /// placed in order, each after the one before.
    private var placed: [Int: Int] = [:]

    init(_ text: String) {
        bytes = Array(text.utf8)
        var start = 0
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\n"):
                lines.append(start..<index)
                start = index + 1
            case UInt8(ascii: "\r"):
                lines.append(start..<index)
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
                start = index + 1
            default:
                break
            }
            index += 1
        }
        lines.append(start..<bytes.count)
    }

    /// The 1-based column, in Unicode scalars, where `raw` is written on `line`: the first
    /// occurrence at or after cmark's byte column `near`, else the first after the line's last
    /// placed link, else `near` itself when the text is not written as found (escapes).
    mutating func column(of raw: String, line: Int, near: Int) -> Int {
        guard lines.indices.contains(line - 1) else { return max(near, 1) }
        let range = lines[line - 1]
        let after = placed[line] ?? 0
        let needle = Array(raw.utf8)
        guard
            let offset = firstOffset(of: needle, in: range, from: max(after, near - 1))
                ?? firstOffset(of: needle, in: range, from: after)
        else {
            return scalarColumn(in: range, byteOffset: min(max(near - 1, 0), range.count))
        }
        placed[line] = offset + needle.count
        return scalarColumn(in: range, byteOffset: offset)
    }

    /// The offset within the line of the first occurrence of `needle` at or after `from`.
    private func firstOffset(of needle: [UInt8], in range: Range<Int>, from: Int) -> Int? {
        guard let first = needle.first, from >= 0, range.count - from >= needle.count else { return nil }
        var start = range.lowerBound + from
        while start + needle.count <= range.upperBound {
            if bytes[start] == first, bytes[start..<start + needle.count].elementsEqual(needle) {
                return start - range.lowerBound
            }
            start += 1
        }
        return nil
    }

    /// The 1-based scalar column of the byte at `byteOffset` in the line: one more than the
    /// scalars that start before it (bytes that are not UTF-8 continuation bytes).
    private func scalarColumn(in range: Range<Int>, byteOffset: Int) -> Int {
        var scalars = 0
        for byte in bytes[range.lowerBound..<range.lowerBound + byteOffset] where byte & 0xC0 != 0x80 {
            scalars += 1
        }
        return scalars + 1
    }
}
