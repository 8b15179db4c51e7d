/// Finds wiki links in a Markdown body with their positions, skipping fenced and indented code
/// blocks and inline code spans (where cmark leaves `[[…]]` as code).
enum WikiLinkScanner {
    /// Every wiki link with its 1-based line (relative to the body) and column.
    static func links(in markdown: String) -> [(link: WikiLink, line: Int, column: Int)] {
        guard ByteSearch.contains(markdown, "[[") else { return [] }
        var found: [(WikiLink, Int, Int)] = []
        var fence: Substring?
        var previousBlank = true
        for (index, line) in markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " }
            let indent = line.count - trimmed.count
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                continue
            }
            if indent < 4, trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = trimmed.prefix(3)
                continue
            }
            let isIndentedCode = previousBlank && (indent >= 4 || line.hasPrefix("\t"))
            previousBlank = trimmed.isEmpty
            if isIndentedCode || !ByteSearch.containsDoubleBracket(line.utf8) { continue }
            found += linksOutsideCodeSpans(in: line).map { ($0.0, index + 1, $0.1) }
        }
        return found
    }

    private static func linksOutsideCodeSpans(in line: Substring) -> [(WikiLink, Int)] {
        var found: [(WikiLink, Int)] = []
        var column = 1
        var inCode = false
        var outside = ""
        var outsideStart = 1
        func flush() {
            var offset = 0
            for segment in WikiLink.segments(of: outside[...]) {
                switch segment {
                case .text(let run): offset += run.unicodeScalars.count
                case .link(let link):
                    found.append((link, outsideStart + offset))
                    offset += link.raw.unicodeScalars.count
                }
            }
            outside = ""
        }
        for scalar in line.unicodeScalars {
            if scalar == "`" {
                if !inCode { flush() }
                inCode.toggle()
                column += 1
                outsideStart = column
                continue
            }
            if !inCode { outside.unicodeScalars.append(scalar) }
            column += 1
        }
        if !inCode { flush() }
        return found
    }
}
