/// Text for a terminal: control characters a note may hold (written as YAML escapes, `"\e[31m"`)
/// would recolour or rewrite the screen, so each but a line break (`\n`, or `\r\n` as CSV ends
/// its lines) and a tab becomes U+FFFD, one scalar for one (columns stay where they were).
enum TerminalText {
    /// `text` with its control characters but line breaks and tabs replaced by U+FFFD.
    static func printable<S: StringProtocol>(_ text: S) -> String {
        replacingControls(in: text) { scalars, index in
            let scalar = scalars[index]
            guard scalar != "\n", scalar != "\t" else { return false }
            return scalar != "\r" || index + 1 == scalars.count || scalars[index + 1] != "\n"
        }
    }

    /// `text` as one line of a table: every control character, line breaks and tabs too,
    /// replaced by U+FFFD, which takes one column as it does.
    static func oneLine(_ text: String) -> String {
        replacingControls(in: text) { _, _ in true }
    }

    /// C0 and C1 controls and DEL.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// `text` with each control character `replaced` picks (given the scalars and its index)
    /// replaced by U+FFFD; `text` itself when there is none.
    private static func replacingControls<S: StringProtocol>(
        in text: S, _ replaced: ([Unicode.Scalar], Int) -> Bool
    ) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return String(text) }
        let scalars = Array(text.unicodeScalars)
        var out = ""
        out.unicodeScalars.reserveCapacity(scalars.count)
        for (index, scalar) in scalars.enumerated() {
            out.unicodeScalars.append(isControl(scalar) && replaced(scalars, index) ? "\u{FFFD}" : scalar)
        }
        return out
    }
}
