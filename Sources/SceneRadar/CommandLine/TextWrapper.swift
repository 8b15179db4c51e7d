/// Word-wraps help text to a fixed width.
enum TextWrapper {
    /// Wraps `text` so that no line passes `width` columns when every line starts at column `indent`.
    ///
    /// Each line of `text` is wrapped on its own; its leading spaces are kept and repeated on its
    /// continuation lines, so indented examples stay indented. Continuation lines are prefixed with
    /// `indent` spaces; the first line is not (the caller puts a label or title before it). A word
    /// longer than the room left gets a line of its own rather than being cut.
    static func wrap(_ text: String, width: Int, indent: Int = 0) -> [String] {
        let room = max(width - indent, 1)
        var lines: [String] = []
        for sourceLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let leading = String(sourceLine.prefix { $0 == " " })
            let words = sourceLine.split(separator: " ").map(String.init)
            guard !words.isEmpty else {
                lines.append("")
                continue
            }
            var line = leading
            for word in words {
                if line.count > leading.count && line.count + 1 + word.count > room {
                    lines.append(line)
                    line = leading
                }
                line += (line.count > leading.count ? " " : "") + word
            }
            lines.append(line)
        }
        let padding = String(repeating: " ", count: indent)
        return lines.enumerated().map { offset, line in
            offset == 0 || line.isEmpty ? line : padding + line
        }
    }
}
