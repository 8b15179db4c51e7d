/// docs/schema.md, generated from `SchemaCatalog` so the reference never drifts from what radar
/// reads (a test compares the file with this output; `make docs` rewrites it).
public enum SchemaDocs {
    /// The whole document.
    public static func markdown() -> String {
        var out = """
            # The scene-log schema (v1)

            Every note is Markdown with front matter between two `---` lines, in radar YAML (a strict \
            subset of YAML 1.2, see [front-matter.md](front-matter.md)). This page lists every key radar \
            reads, with its type and an example. It is generated from the schema radar itself uses \
            (`Sources/SceneRadar/Schema/SchemaCatalog*.swift`); `radar schema` prints the same schema \
            as JSON Schema for editors.

            Rules that hold everywhere:

            - An unknown key is an error with a "did you mean" suggestion, except keys starting \
            with `x-` (yours, ignored) and Obsidian's `cssclasses` at the top of a note.
            - `key:` with nothing after it counts as absent; a required string (a name, a title, \
            an outlet) must hold more than white space.
            - A list may be written as a flow list `[a, b]`, as a block list (`- a` lines), or, \
            for one item, as a single value.
            - Types: *string* (any scalar); *date* `YYYY-MM-DD`; *ISO week* `YYYY-Www`; *integer* \
            (a whole number ≥ 0: digits, or another form YAML reads as one, such as `+6`, `0x10` or `1e3`); *number* (≥ 0, e.g. `0.5`); *boolean* `true` or `false`, unquoted; *URL* \
            an absolute `http://` or `https://` address; *language tag* a BCP 47 tag such as `en` \
            or `pt-BR`; *person* a name as written, or \
            `people/<slug>` to point at one note (also written as an editor's link to it, \
            `[[people/<slug>]]` or `[[Name]]`, and with the folder cased otherwise, `People/<slug>`); \
            *enum* one of the listed words.
            - Every note may carry `lint-ignore: [code, …]` to silence lint rules for that note \
            (see [lint-rules.md](lint-rules.md)); syntax and schema errors cannot be silenced.

            """
        let sections: [(String, RecordSchema, [RecordSchema])] = [
            (
                "scenes/&lt;slug&gt;/scene.md", SchemaCatalog.scene,
                [
                    SchemaCatalog.formation, SchemaCatalog.container, SchemaCatalog.formationBridge,
                    SchemaCatalog.sound,
                    SchemaCatalog.infrastructure,
                ]
            ),
            (
                "scenes/&lt;slug&gt;/log/YYYY-Www.md", SchemaCatalog.log,
                [
                    SchemaCatalog.track, SchemaCatalog.credits, SchemaCatalog.event, SchemaCatalog.press,
                    SchemaCatalog.howItsMade, SchemaCatalog.markers,
                ]
            ),
            ("people/&lt;slug&gt;.md", SchemaCatalog.person, []),
            ("radar.yml", SchemaCatalog.config, [SchemaCatalog.lintSettings]),
        ]
        for (title, record, parts) in sections {
            out += "\n## \(title)\n\n\(record.description)\n\n"
            out += table(record)
            for part in parts {
                out += "\n### `\(part.name)`\n\n\(part.description)\n\n"
                out += table(part)
            }
        }
        out += """

            ## Platforms derived from hosts

            A track's `platform` (and a person's links) are derived from the URL's host when not \
            given; a host matches itself and its subdomains. Hosts not listed give no platform.

            | host | platform |
            |---|---|

            """
        for (domain, platform) in PlatformHosts.table { out += "| `\(domain)` | `\(platform.rawValue)` |\n" }
        return out
    }

    private static func table(_ record: RecordSchema) -> String {
        var out = "| key | type | required | description | example |\n|---|---|---|---|---|\n"
        for field in record.fields {
            let example =
                field.example.contains("\n")
                ? "see below" : "`\(field.name): \(field.example)`"
            out +=
                "| `\(field.name)` | \(typeName(field.type)) | \(field.required ? "yes" : "") | "
                + "\(escape(field.description)) | \(escape(example)) |\n"
        }
        let blocks = record.fields.filter { $0.example.contains("\n") }
        if !blocks.isEmpty {
            out += "\nExamples:\n\n```yaml\n"
            for field in blocks { out += "\(field.name):\(field.example)\n" }
            out += "```\n"
        }
        return out
    }

    private static func typeName(_ type: FieldType) -> String {
        switch type {
        case .string: return "string"
        case .visibleString: return "string, not blank"
        case .date: return "date"
        case .week: return "ISO week"
        case .integer: return "integer"
        case .integerIn(let range): return "integer, \(range.lowerBound)–\(range.upperBound)"
        case .number: return "number"
        case .boolean: return "boolean"
        case .url: return "URL"
        case .siteURL: return "URL (no query, fragment or user name)"
        case .languageTag: return "language tag"
        case .person: return "person"
        case .enumeration(let words): return words.map { "`\($0)`" }.joined(separator: " ")
        case .ruleCode: return "lint rule codes ([lint-rules.md](lint-rules.md))"
        case .list(let element): return "list of " + typeName(element)
        case .record(let record): return "mapping (`\(record.name)`)"
        case .weights: return "mapping signal → number"
        }
    }

    private static func escape(_ text: String) -> String {
        text.replacingAll("|", "\\|")
    }
}
