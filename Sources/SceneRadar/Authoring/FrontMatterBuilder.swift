/// Builds the text of a note's front matter line by line: every key with a comment on the
/// line above it, values quoted by `YAMLScalarEmitter`, lists as blocks (one item a line keeps
/// weekly diffs small) or `[]` when empty.
struct FrontMatterBuilder {
    private(set) var lines: [String] = []

    /// `# text`, indented by `indent` levels of two spaces. Line breaks and other control
    /// characters (a scene name may hold them) become spaces, so the comment stays one line.
    mutating func comment(_ text: String, indent: Int = 0) {
        var line = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            line.append(YAMLScalarEmitter.needsEscape(scalar) ? " " : scalar)
        }
        lines.append(Self.pad(indent) + "# " + String(line))
    }

    /// `key: value`, the value written as a string scalar; `key:` (absent) when `nil`.
    mutating func string(_ key: String, _ value: String?, indent: Int = 0) {
        raw(key, value.map { YAMLScalarEmitter.scalar($0) }, indent: indent)
    }

    /// `key: value` with `value` written as given (a date, a week, a boolean, `[]`).
    mutating func raw(_ key: String, _ value: String?, indent: Int = 0) {
        lines.append(Self.pad(indent) + key + ":" + (value.map { " " + $0 } ?? ""))
    }

    /// `key: []`, or `key:` followed by one `- item` a line.
    mutating func list(_ key: String, _ items: [String], indent: Int = 0) {
        guard !items.isEmpty else {
            raw(key, "[]", indent: indent)
            return
        }
        raw(key, nil, indent: indent)
        for item in items {
            lines.append(Self.pad(indent + 1) + "- " + YAMLScalarEmitter.scalar(item))
        }
    }

    /// `key:` opening a nested mapping.
    mutating func mapping(_ key: String, indent: Int = 0) {
        raw(key, nil, indent: indent)
    }

    /// The note: the lines between `---` fences, then `body`.
    func note(body: String = "") -> String {
        "---\n" + lines.joined(separator: "\n") + "\n---\n" + body
    }

    /// The lines alone, for `radar.yml` (no fences).
    var text: String { lines.joined(separator: "\n") + "\n" }

    private static func pad(_ indent: Int) -> String {
        String(repeating: "  ", count: indent)
    }
}
