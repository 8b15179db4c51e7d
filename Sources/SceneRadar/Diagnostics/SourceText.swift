/// A text split into lines once, so diagnostics can quote the line they point at.
///
/// Lines end where positions say they do (SPEC §2, as `TextDecoding` reads a note): at LF, at
/// CRLF and at a lone CR; a leading BOM is skipped. So the raw bytes of a CRLF or CR note quote
/// the same lines the parser counted.
public struct SourceText: Sendable {
    /// The lines, without their terminators.
    public let lines: [Substring]

    /// Splits `text` into lines.
    public init(_ text: String) {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start =
            text.unicodeScalars.first == "\u{FEFF}"
            ? text.unicodeScalars.index(after: utf8.startIndex) : utf8.startIndex
        var index = start
        // Splitting on bytes, not Characters: "\r\n" is one Character, never equal to "\n".
        while index < utf8.endIndex {
            let byte = utf8[index]
            guard byte == 0x0A || byte == 0x0D else {
                index = utf8.index(after: index)
                continue
            }
            lines.append(text[start..<index])
            index = utf8.index(after: index)
            if byte == 0x0D, index < utf8.endIndex, utf8[index] == 0x0A { index = utf8.index(after: index) }
            start = index
        }
        lines.append(text[start...])
        self.lines = lines
    }

    /// The 1-based line `number`, or `nil` when out of range.
    public func line(_ number: Int) -> Substring? {
        number >= 1 && number <= lines.count ? lines[number - 1] : nil
    }
}
