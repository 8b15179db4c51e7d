/// Text for a terminal: control characters a note may hold (written as YAML escapes, `"\e[31m"`)
/// would recolour or rewrite the screen, so each but a line break (`\n`, or `\r\n` as CSV ends
/// its lines) and a tab becomes U+FFFD, one scalar for one (columns stay where they were).
enum TerminalText {
    /// `text` with its control characters but line breaks and tabs replaced by U+FFFD.
    static func printable<S: StringProtocol>(_ text: S) -> String {
        let scalars = Array(text.unicodeScalars)
        func isReplaced(_ index: Int) -> Bool {
            let scalar = scalars[index]
            guard isControl(scalar), scalar != "\n", scalar != "\t" else { return false }
            return scalar != "\r" || index + 1 == scalars.count || scalars[index + 1] != "\n"
        }
        guard scalars.indices.contains(where: isReplaced) else { return String(text) }
        var out = ""
        out.unicodeScalars.reserveCapacity(scalars.count)
        for index in scalars.indices {
            out.unicodeScalars.append(isReplaced(index) ? "\u{FFFD}" : scalars[index])
        }
        return out
    }

    /// `text` as one line of a table: every control character, line breaks and tabs too,
    /// replaced by U+FFFD, which takes one column as it does.
    static func oneLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            out.unicodeScalars.append(isControl(scalar) ? "\u{FFFD}" : scalar)
        }
        return out
    }

    /// C0 and C1 controls and DEL.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
