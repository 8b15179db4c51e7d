/// Writes strings as YAML scalars that every YAML tool reads back as the same string.
///
/// A value is written plain when that is unambiguous, and double-quoted otherwise: when a plain
/// scalar would be misread (`key: value`, ` # comment`, a leading indicator, leading or trailing
/// spaces), cut short inside a flow list (`,` `[` `]` `{` `}`), or typed as something other than a
/// string by a YAML 1.2 or 1.1 tool (`null`, `~`, `true`, `yes`, `NO`, `3`, `0x1F`, `.inf`,
/// `2026-11-23`). radar itself keeps every scalar a string, but the notes are also read by
/// Obsidian, Hugo and editors, so the emitter quotes for them too.
public enum YAMLScalarEmitter {
    /// Where a scalar is written.
    public enum Context: Sendable, Hashable {
        /// A block value: `key: value` or `- value`.
        case block
        /// An item of a flow sequence: `[a, b]`.
        case flow
    }

    /// `text` as a scalar: plain when unambiguous in `context`, else double-quoted.
    public static func scalar(_ text: String, in context: Context = .block) -> String {
        needsQuotes(text, in: context) ? doubleQuoted(text) : text
    }

    /// A flow sequence of strings, `[a, "b: c"]`; `[]` when empty.
    public static func flowSequence(_ items: [String]) -> String {
        "[" + items.map { scalar($0, in: .flow) }.joined(separator: ", ") + "]"
    }

    /// Whether `text` must be quoted to be read back as exactly this string.
    public static func needsQuotes(_ text: String, in context: Context) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return true }
        if first == " " || last == " " || leadingIndicators.contains(first) { return true }
        if text.hasPrefix("...") || text.hasSuffix(":") { return true }
        if text.contains(": ") || text.contains(" #") { return true }
        if context == .flow && text.unicodeScalars.contains(where: flowIndicators.contains) { return true }
        if text.unicodeScalars.contains(where: needsEscape) { return true }
        return isTypedByYAML(text)
    }

    /// `text` in double quotes, with `\` and `"` escaped and every character that is not
    /// printable YAML (or that a reader could take for a line break) written as an escape.
    public static func doubleQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if needsEscape(scalar) {
                    out += hexEscape(scalar)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    // MARK: - Rules

    /// Characters that give a plain scalar another meaning when they start it (YAML 1.2 §5.3),
    /// `-`, `?` and `:` included even where YAML would allow them, for simpler readers.
    private static let leadingIndicators: Set<Unicode.Scalar> = [
        "-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`",
    ]

    /// Characters that end a plain scalar inside a flow collection; `:` is added for readers
    /// that take `a:b` in a flow list for a mapping.
    private static let flowIndicators: Set<Unicode.Scalar> = [",", "[", "]", "{", "}", ":"]

    /// Control characters, line breaks of any kind (NEL, LS, PS), the byte-order mark and
    /// non-characters: never written raw.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }

    private static func hexEscape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let (prefix, width) = scalar.value <= 0xFF ? ("\\x", 2) : ("\\u", 4)
        return prefix + String(repeating: "0", count: max(0, width - hex.count)) + hex
    }

    /// Whether a YAML 1.2 core-schema reader, or a YAML 1.1 one (PyYAML, many editors), would
    /// type the plain scalar as something other than a string.
    static func isTypedByYAML(_ text: String) -> Bool {
        if case .string = CoreSchema.resolve(plain: text) {} else { return true }
        if yaml11Words.contains(text.lowercased()) { return true }
        var body = Substring(text)
        if body.first == "+" || body.first == "-" { body = body.dropFirst() }
        // YAML 1.1 integers and floats: 1_000, 0777, 1:30 (base 60), 1.2.3, 0b101, 0x1F.
        if body.contains(where: \.isASCIIDigit),
            body.allSatisfy({ $0.isASCIIDigit || $0 == "_" || $0 == "." || $0 == ":" })
        {
            return true
        }
        if body.hasPrefix("0b") || body.hasPrefix("0x") { return body.count > 2 }
        // YAML 1.1 timestamps start with a date: 2026-11-23, 2026-1-2.
        let parts = text.split(separator: "-", maxSplits: 2, omittingEmptySubsequences: false)
        return parts.count == 3 && parts[0].count == 4 && parts[0].allSatisfy(\.isASCIIDigit)
            && (1...2).contains(parts[1].count) && parts[1].allSatisfy(\.isASCIIDigit)
            && parts[2].first?.isASCIIDigit == true
    }

    /// YAML 1.1 booleans and nulls that 1.2 reads as strings.
    private static let yaml11Words: Set<String> = ["yes", "no", "y", "n", "on", "off"]
}

extension Character {
    /// `0`–`9` only (not other scripts' digits, which YAML does not read as numbers).
    fileprivate var isASCIIDigit: Bool { isASCII && isWholeNumber }
}
