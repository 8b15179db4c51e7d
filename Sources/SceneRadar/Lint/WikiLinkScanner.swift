/// Finds wiki links in a Markdown body with their positions, skipping fenced and indented code
/// blocks and inline code spans (where cmark leaves `[[…]]` as code), by CommonMark's rules for
/// them: a fence closes only with a run of its own character at least as long as the one that
/// opened it and nothing after, and a code span runs from a run of backticks to the next run of
/// the same length. Code spans are looked for within a line (CommonMark lets one continue onto
/// the next line of its paragraph; a wiki link split by such a span is rare enough to ignore).
enum WikiLinkScanner {
    /// Every wiki link with its 1-based line (relative to the body) and column.
    static func links(in markdown: String) -> [(link: WikiLink, line: Int, column: Int)] {
        guard ByteSearch.contains(markdown, "[[") else { return [] }
        var found: [(WikiLink, Int, Int)] = []
        var fence: Fence?
        var previousBlank = true
        for (index, line) in markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " }
            let indent = line.count - trimmed.count
            if let open = fence {
                if indent < 4, open.isClosed(by: trimmed) { fence = nil }
                continue
            }
            if indent < 4, let open = Fence(opening: trimmed) {
                fence = open
                continue
            }
            let isIndentedCode = previousBlank && (indent >= 4 || line.hasPrefix("\t"))
            previousBlank = trimmed.isEmpty
            if isIndentedCode || !ByteSearch.containsDoubleBracket(line.utf8) { continue }
            found += linksOutsideCodeSpans(in: line).map { ($0.0, index + 1, $0.1) }
        }
        return found
    }

    /// An open code fence: its character and how many of them opened it.
    private struct Fence {
        let character: Character
        let length: Int

        /// The fence a line (its indentation removed) opens: three or more backticks or tildes;
        /// backticks with a backtick after them are inline code instead.
        init?(opening line: Substring) {
            guard let first = line.first, first == "`" || first == "~" else { return nil }
            let run = line.prefix { $0 == first }
            guard run.count >= 3, first == "~" || !line.dropFirst(run.count).contains("`") else { return nil }
            character = first
            length = run.count
        }

        /// Whether a line (its indentation removed) closes the fence.
        func isClosed(by line: Substring) -> Bool {
            let run = line.prefix { $0 == character }
            return run.count >= length && line.dropFirst(run.count).allSatisfy { $0 == " " || $0 == "\t" }
        }
    }

    /// The wiki links of one line outside its code spans, with their 1-based columns.
    private static func linksOutsideCodeSpans(in line: Substring) -> [(WikiLink, Int)] {
        let scalars = Array(line.unicodeScalars)
        var found: [(WikiLink, Int)] = []
        var outside = ""
        var outsideStart = 0
        func flush() {
            var offset = 0
            for segment in WikiLink.segments(of: outside[...]) {
                switch segment {
                case .text(let run): offset += run.unicodeScalars.count
                case .link(let link):
                    found.append((link, outsideStart + 1 + offset))
                    offset += link.raw.unicodeScalars.count
                }
            }
            outside = ""
        }
        var position = 0
        while position < scalars.count {
            guard scalars[position] == "`" else {
                outside.unicodeScalars.append(scalars[position])
                position += 1
                continue
            }
            let length = runLength(of: scalars, at: position)
            if let close = closingRun(of: length, in: scalars, after: position + length) {
                flush()
                position = close + length
                outsideStart = position
            } else {
                // No run of the same length closes it: the backticks are text.
                outside.unicodeScalars.append(contentsOf: scalars[position..<position + length])
                position += length
            }
        }
        flush()
        return found
    }

    /// How many backticks are in the run starting at `start`.
    private static func runLength(of scalars: [Unicode.Scalar], at start: Int) -> Int {
        var end = start
        while end < scalars.count && scalars[end] == "`" { end += 1 }
        return end - start
    }

    /// Where the next run of exactly `length` backticks from `start` begins.
    private static func closingRun(of length: Int, in scalars: [Unicode.Scalar], after start: Int) -> Int? {
        var position = start
        while position < scalars.count {
            guard scalars[position] == "`" else {
                position += 1
                continue
            }
            let run = runLength(of: scalars, at: position)
            if run == length { return position }
            position += run
        }
        return nil
    }
}
