/// Escaping text for roff man pages.
enum Roff {
    /// Escapes running text: backslashes, and the hyphens of words that start with one (options such
    /// as `--strict`) so they print as ASCII hyphen-minus and can be copied; hyphens inside words
    /// (micro-scenes) stay hyphens. A line that would start with `.` or `'` is protected with `\&`.
    static func text(_ text: String) -> String {
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map(escapeWord)
        return protectLineStart(words.joined(separator: " "))
    }

    /// Escapes a paragraph as filled text: one sentence per line, lines wrapped before 80 columns,
    /// as man page style asks (roff refills them anyway).
    ///
    /// - Parameter escapedPrefix: roff source put before the first word, already escaped.
    static func paragraph(_ text: String, escapedPrefix: String = "") -> [String] {
        var lines: [String] = []
        var line = escapedPrefix
        let words = text.split(separator: " ").map(escapeWord)
        for (offset, word) in words.enumerated() {
            if !line.isEmpty && line.count + 1 + word.count > 79 {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
            let next = offset + 1 < words.count ? words[offset + 1] : ""
            if endsSentence(word) && next.first?.isUppercase == true {
                lines.append(line)
                line = ""
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.map(protectLineStart)
    }

    private static func escapeWord(_ word: Substring) -> String {
        let escaped = String(word).replacing("\\", with: "\\e")
        return word.hasPrefix("-") ? escaped.replacing("-", with: "\\-") : escaped
    }

    private static func endsSentence(_ word: String) -> Bool {
        word.hasSuffix(".") || word.hasSuffix("?") || word.hasSuffix("!") || word.hasSuffix(".)")
    }

    /// Escapes code (command lines, options, paths): every hyphen becomes `\-`.
    static func code(_ text: String) -> String {
        protectLineStart(text.replacing("\\", with: "\\e").replacing("-", with: "\\-"))
    }

    /// Escapes text that goes into a macro's arguments: also turns double quotes into `\(dq`.
    static func argument(_ escaped: String) -> String {
        escaped.replacing("\"", with: "\\(dq")
    }

    private static func protectLineStart(_ line: String) -> String {
        line.hasPrefix(".") || line.hasPrefix("'") ? "\\&" + line : line
    }
}
