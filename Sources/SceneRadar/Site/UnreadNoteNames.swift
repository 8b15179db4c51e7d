/// The names a person note radar could not read (a YAML error, or a file where the vault layout
/// reads none) seems to give, read line by line: its top-level `name:` and `aliases:` values.
/// Such a note may say `private: true`, so a build withholds these names as well as the one its
/// file name spells (privacy fails closed): `people/gg.md` holding `name: Ggxo Privvy` and an
/// unclosed bracket withholds "Ggxo Privvy" too.
enum UnreadNoteNames {
    /// The names in `bytes`: `name: X`, `aliases: [A, "B"]`, `aliases: A, B` and `aliases:`
    /// followed by `- A` items, each without its quotes. Nothing here has to be valid YAML.
    static func names(in bytes: [UInt8]) -> [String] {
        var names: [String] = []
        var inAliases = false
        for raw in String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline) {
            let line = Substring(raw)
            if inAliases, let first = line.first, first == " " || first == "\t" {
                let item = line.trimmingSpaces()
                if item.hasPrefix("- ") { names.append(unquoted(item.dropFirst(2))) }
                continue
            }
            inAliases = false
            if let value = value(of: "name", in: line) {
                names.append(unquoted(value))
            } else if let value = value(of: "aliases", in: line) {
                if value.isEmpty {
                    inAliases = true
                } else {
                    let list = value.hasPrefix("[") ? value.dropFirst().prefix { $0 != "]" } : value
                    names += list.split(separator: ",").map(unquoted)
                }
            }
        }
        return names.filter { !$0.isEmpty }
    }

    /// The text after `key:` on a line that starts with it, trimmed, without a `#` comment.
    private static func value(of key: String, in line: Substring) -> Substring? {
        guard line.hasPrefix(key + ":") else { return nil }
        var value = line.dropFirst(key.count + 1)
        if let comment = value.range(of: " #") { value = value[..<comment.lowerBound] }
        return Substring(value.trimmingSpaces())
    }

    /// `text` trimmed, without the quotes around it.
    private static func unquoted(_ text: Substring) -> String {
        var value = text.trimmingSpaces()
        if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
            value = String(value.dropFirst().dropLast())
        } else if let first = value.first, first == "\"" || first == "'" {
            value = String(value.dropFirst())
        }
        return value
    }
}
