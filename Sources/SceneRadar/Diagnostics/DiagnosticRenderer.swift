/// Renders diagnostics as compilers do: `path:line:col: severity[code]: message`, then the
/// source line with a caret under the column, then notes and the fix-it.
///
/// Paths, messages and source lines carry text from notes, so control characters in them are
/// made visible: an ESC from a pasted string must not recolour, retitle or clear the terminal,
/// and a line break in a file name must not start a forged `path:line:col` line.
public struct DiagnosticRenderer: Sendable {
    /// Whether to use ANSI colours (only on a terminal, never with `NO_COLOR`).
    public var useColor: Bool

    /// Creates a renderer.
    public init(useColor: Bool = false) {
        self.useColor = useColor
    }

    /// Renders one diagnostic; `sourceLine` is the text of the line it points at, when known.
    public func render(_ diagnostic: Diagnostic, sourceLine: Substring?) -> String {
        var excerpts = SourceExcerpts()
        return render(diagnostic, excerpt: excerpts.excerpt(for: diagnostic) { _, _ in sourceLine })
    }

    /// Renders every diagnostic, looking up source lines with `lineProvider(file, line)`;
    /// each diagnostic ends with a newline. A line is split into scalars once for all the
    /// diagnostics in a row that point into it.
    public func render(
        _ diagnostics: [Diagnostic],
        lineProvider: (String, Int) -> Substring?
    ) -> String {
        var out = ""
        var excerpts = SourceExcerpts()
        for diagnostic in diagnostics {
            out += render(diagnostic, excerpt: excerpts.excerpt(for: diagnostic, lines: lineProvider)) + "\n"
        }
        return out
    }

    private func render(_ diagnostic: Diagnostic, excerpt: SourceExcerpt?) -> String {
        var out = header(diagnostic)
        let location = diagnostic.location
        if location.line > 0, let excerpt {
            let number = String(location.line)
            let gutter = String(repeating: " ", count: number.count + 2)
            out += "\n \(paint(number, .blue)) | \(Self.visible(excerpt.text[...]))"
            out += "\n\(gutter)\(paint("|", .blue)) \(excerpt.pad)\(paint(excerpt.marker, .green))"
            for note in diagnostic.notes { out += "\n\(gutter)= " + render(note) }
            if let fixIt = diagnostic.fixIt {
                out += "\n\(gutter)= \(paint("fix", .bold)): \(Self.escaped(fixIt.message))"
            }
        } else {
            for note in diagnostic.notes { out += "\n  = " + render(note) }
            if let fixIt = diagnostic.fixIt {
                out += "\n  = \(paint("fix", .bold)): \(Self.escaped(fixIt.message))"
            }
        }
        return out
    }

    // MARK: - Pieces

    private func header(_ diagnostic: Diagnostic) -> String {
        let place = Self.escaped(diagnostic.location.place)
        let label = "\(diagnostic.severity.rawValue)[\(diagnostic.code.rawValue)]"
        return "\(paint(place + ":", .bold)) \(paint(label, color(for: diagnostic.severity))): "
            + paint(Self.escaped(diagnostic.message), .bold)
    }

    private func render(_ note: Diagnostic.Note) -> String {
        var text = "\(paint("note", .bold)): \(Self.escaped(note.message))"
        if let at = note.location { text += " (\(Self.escaped(at.place)))" }
        return text
    }

    // MARK: - Control characters

    /// Whether `scalar` is invisible or turns the text around it: zero-width characters, bidi
    /// marks, embeddings, overrides and isolates, and the byte-order mark. In a message they
    /// would make two spellings look alike, or reverse the rest of the line.
    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }

    /// `text` with every control and invisible character written as an escape (`\n`, `\t`,
    /// `\u{1B}`, `\u{200B}`).
    static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { TerminalText.isControl($0) || isInvisible($0) }) else {
            return text
        }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case _ where TerminalText.isControl(scalar) || isInvisible(scalar):
                out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A source line with each control character but tab replaced by U+FFFD: one scalar for
    /// one, so the caret below stays under its column.
    static func visible(_ line: Substring) -> Substring {
        guard line.unicodeScalars.contains(where: { TerminalText.isControl($0) && $0 != "\t" }) else {
            return line
        }
        // A line holds no line break: what `printable` keeps is a tab.
        return Substring(TerminalText.printable(line))
    }

    // MARK: - Colour

    private enum Style: String {
        case bold = "1"
        case red = "1;31"
        case yellow = "1;33"
        case cyan = "1;36"
        case green = "1;32"
        case blue = "1;34"
    }

    private func color(for severity: Severity) -> Style {
        switch severity {
        case .error: return .red
        case .warning: return .yellow
        case .info: return .cyan
        }
    }

    private func paint(_ text: String, _ style: Style) -> String {
        useColor ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}
