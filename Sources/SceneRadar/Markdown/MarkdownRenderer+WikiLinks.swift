/// The wiki links a body renders, found the way ``MarkdownRenderer/render(_:resolve:)`` finds
/// them, with where each is written.
///
/// The links are looked for in the text cmark reads, so lint and the incremental build see
/// exactly the links a page shows: none in code spans, code blocks or raw HTML, whatever the
/// code's form (spans over several lines, backslash-escaped backticks, fences inside lists).
extension MarkdownRenderer {
    /// Every wiki link `render(_:resolve:)` meets in `markdown`, in order: what a page links to,
    /// for the build's digests, which need no positions.
    public static func wikiLinks(in markdown: String) -> [WikiLink] {
        guard ByteSearch.contains(markdown, "[[") else { return [] }
        return textRuns(in: markdown, containing: "[[").flatMap { links(in: $0.text) }
    }

    /// ``wikiLinks(in:)`` with each link's 1-based line and 1-based column in Unicode scalars,
    /// for lint. A link written with escapes or character references inside it (`[[a\_b]]`) is
    /// placed where cmark puts the start of its run of text.
    public static func placedWikiLinks(in markdown: String) -> [(link: WikiLink, line: Int, column: Int)] {
        guard ByteSearch.contains(markdown, "[[") else { return [] }
        var placer = LinkPlacer(markdown)
        var found: [(link: WikiLink, line: Int, column: Int)] = []
        for run in textRuns(in: markdown, containing: "[[") {
            for link in links(in: run.text) {
                let (line, column) = placer.place(link.raw, line: run.line, near: run.column)
                found.append((link, line, column))
            }
        }
        return found
    }

    /// The wiki links of one run of text.
    private static func links(in text: String) -> [WikiLink] {
        WikiLink.segments(of: text[...]).compactMap {
            if case .link(let link) = $0 { return link } else { return nil }
        }
    }
}

/// Places the links of a body on their text. cmark gives each run of text a line and a byte
/// column, which can drift: the line stays behind after a backslash line break, and the column
/// runs ahead on a lazy continuation line of a list item or quote (by the container's marker).
/// So a link is looked for in the body's bytes from a little before the run's place, and after
/// the link placed before it (links come in order); failing that, from that link on.
private struct LinkPlacer {
    private let bytes: [UInt8]
    private let positions: TextPositions
    /// Where the last link placed ends.
    private var cursor = 0

    /// How far before cmark's column a link may start (a list item's or quote's marker).
    private static let drift = 4
    /// How far past where it starts looking a link may be (lines cmark did not count).
    private static let reach = 4096

    init(_ text: String) {
        bytes = Array(text.utf8)
        positions = TextPositions(bytes)
    }

    /// The 1-based line and scalar column where `raw` is written, for a link cmark placed in a
    /// run of text at `line` and byte column `near`; cmark's place when `raw` is not written as
    /// found (escapes, character references).
    mutating func place(_ raw: String, line: Int, near: Int) -> (line: Int, column: Int) {
        let range = positions.range(ofLine: line)
        let reported = min(range.lowerBound + max(near - 1, 0), range.upperBound)
        let needle = Array(raw.utf8)
        guard
            let found = search(needle, from: max(cursor, max(range.lowerBound, reported - Self.drift)))
                ?? search(needle, from: cursor)
        else {
            return positions.position(of: reported)
        }
        cursor = found + needle.count
        return positions.position(of: found)
    }

    /// Where `needle` first starts at or after `from`, within `reach`.
    private func search(_ needle: [UInt8], from: Int) -> Int? {
        let end = min(bytes.count, from + Self.reach + needle.count)
        guard from < end else { return nil }
        return bytes.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                ByteSearch.firstOffset(of: pin, in: UnsafeBufferPointer(rebasing: hay[..<end]), from: from)
            }
        }
    }
}
