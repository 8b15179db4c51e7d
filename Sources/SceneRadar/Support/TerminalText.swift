/// Text for a terminal: control characters a note may hold (written as YAML escapes, `"\e[31m"`)
/// would recolour or rewrite the screen, so each but a line break and a tab becomes U+FFFD, one
/// scalar for one (columns stay where they were).
enum TerminalText {
    /// `text` with its control characters but `\n` and `\t` replaced by U+FFFD.
    static func printable<S: StringProtocol>(_ text: S) -> String {
        guard text.unicodeScalars.contains(where: isReplaced) else { return String(text) }
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            out.unicodeScalars.append(isReplaced(scalar) ? "\u{FFFD}" : scalar)
        }
        return out
    }

    /// C0 and C1 controls and DEL, but a line break or a tab.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    private static func isReplaced(_ scalar: Unicode.Scalar) -> Bool {
        isControl(scalar) && scalar != "\n" && scalar != "\t"
    }
}
