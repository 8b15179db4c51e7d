/// `radar schema`: a JSON Schema (draft 2020-12) of scene, log and person front matter and of
/// radar.yml, generated from `SchemaCatalog`, with descriptions for editors.
///
/// Values are typed as an editor's YAML 1.2 core schema reads them (so `attendance: 180` is an
/// integer and `spotted: 2026-08-14` a string); radar itself reads every scalar as text and then
/// checks it, so the schema also gives the patterns for dates, weeks and URLs.
public enum JSONSchemaExport {
    /// The schema document.
    public static func document(version: String) -> JSONValue {
        let records: [(String, RecordSchema)] = [
            ("scene", SchemaCatalog.scene), ("log", SchemaCatalog.log), ("person", SchemaCatalog.person),
            ("config", SchemaCatalog.config),
        ]
        var defs: [(String, JSONValue)] = records.map { name, record in
            (name, object(record, topLevel: name != "config"))
        }
        defs.append(("url", url))
        defs.append(("person-ref", person))
        return .members([
            ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
            // A name, not an address: the schema is published by `radar schema`, not at a URL.
            ("$id", .string("urn:scene-radar:schema:scene-log:v1")),
            ("title", .string("Scene Radar front matter (scene-log schema v1)")),
            (
                "description",
                .string(
                    "Front matter of a Scene Radar vault (radar \(version)): use #/$defs/scene for scenes/<slug>/scene.md, #/$defs/log for scenes/<slug>/log/YYYY-Www.md, #/$defs/person for people/<slug>.md and #/$defs/config for radar.yml."
                )
            ),
            (
                "anyOf",
                .array(["scene", "log", "person"].map { .members([("$ref", .string("#/$defs/\($0)"))]) })
            ),
            ("$defs", .members(defs)),
        ])
    }

    /// One character that shows: not white space, a control character or one Unicode draws as
    /// nothing (zero-width, bidi controls, variation selectors, Hangul fillers), which
    /// `DecodeContext.showsNothing` counts as blank. Nor a spacing accent whose compatibility
    /// form is a space and a combining mark (`´` `¨` `¯` `¸` `˘`, Greek and Arabic spacing
    /// marks, overlines): a name's match key drops both, so radar counts it as nothing too.
    /// Only the Basic Multilingual Plane's: an ECMA-262 pattern without the `u` flag sees the
    /// others (tags, musical format characters) as pairs of surrogates, which no class can
    /// exclude.
    static let visiblePattern =
        #"[^\s\x00-\x1F\x7F-\x9F\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF0-\uFFF8"#
        + #"\u00A8\u00AF\u00B4\u00B8\u02D8-\u02DD\u037A\u0384\u0385\u1FBD\u1FBF-\u1FC1\u1FCD-\u1FCF\u1FDD-\u1FDF"#
        + #"\u1FED\u1FEE\u1FFD\u1FFE\u2017\u203E\u309B\u309C\uFC5E-\uFC63\uFE49-\uFE4C\uFE70\uFE72\uFE74\uFE76"#
        + #"\uFE78\uFE7A\uFE7C\uFE7E\uFFE3]"#

    /// Bytes no URL holds (what `WebURL.parse` refuses): control characters, space, '"', '<',
    /// '>', '\\', '`' and DEL.
    private static let urlExcluded = #"\x00-\x20"<>\\`\x7F"#

    // Patterns end with `(?![\s\S])`, not `$`: Python's `re` (which jsonschema uses) lets `$`
    // match before a final line break, and radar refuses one.

    private static let url = JSONValue.members([
        ("type", .string("string")),
        ("format", .string("uri")),
        // As `WebURL.parse` reads it: none of the excluded bytes anywhere; the authority runs to
        // the first '/', '?' or '#', a user name ends at its last '@', and the host is an IPv6
        // literal (to its ']', anything after it) or runs to a ':' (a port); a host neither starts
        // nor ends with '.' nor holds "..".
        (
            "pattern",
            .string(
                "^[Hh][Tt][Tt][Pp][Ss]?://([^\(urlExcluded)/?#]*@)?"
                    + "(\\[[^\(urlExcluded)/?#@\\].]*(\\.[^\(urlExcluded)/?#@\\].]+)*(\\.?\\][^\(urlExcluded)/?#@]*)?"
                    + "|[^\(urlExcluded)/?#@:.\\[][^\(urlExcluded)/?#@:.]*(\\.[^\(urlExcluded)/?#@:.]+)*(:[^\(urlExcluded)/?#@]*)?)"
                    + "([/?#][^\(urlExcluded)]*)?(?![\\s\\S])")
        ),
        ("description", .string("An absolute http or https address.")),
    ])

    private static let person = JSONValue.members([
        // radar reads any scalar as a name: `true` is the name "true".
        ("type", .array(["string", "number", "boolean"].map(JSONValue.string))),
        ("minLength", .int(1)),
        ("description", .string("A person: their name as written, or people/<slug> to point at one note.")),
    ])

    private static func object(_ record: RecordSchema, topLevel: Bool) -> JSONValue {
        var properties: [(String, JSONValue)] = record.fields.map { field in
            (
                field.name,
                describe(field.required ? requiredSchema(field.type) : absentOr(schema(field.type)), field)
            )
        }
        if topLevel {
            properties.append(
                (
                    "cssclasses",
                    .members([("description", .string("Obsidian's CSS classes; ignored by radar."))])
                ))
        }
        var members: [(String, JSONValue)] = [
            ("type", .string("object")),
            ("description", .string(record.description)),
            ("properties", .members(properties)),
            (
                "patternProperties",
                .members([("^x-", .members([("description", .string("Your own keys; ignored."))]))])
            ),
            ("additionalProperties", .bool(false)),
        ]
        let required = record.fields.filter(\.required).map { JSONValue.string($0.name) }
        if !required.isEmpty { members.insert(("required", .array(required)), at: 2) }
        return .members(members)
    }

    /// An optional key's schema: its value, or `null`, as `key:` with nothing after it counts as
    /// absent (the notes `radar new` and `radar init` write leave keys to fill in so).
    private static func absentOr(_ value: JSONValue) -> JSONValue {
        .members([("anyOf", .array([value, .members([("type", .string("null"))])]))])
    }

    private static func describe(_ value: JSONValue, _ field: FieldSchema) -> JSONValue {
        guard case .object(var members) = value else { return value }
        members.insert(.init("description", .string(field.description)), at: 0)
        members.append(.init("examples", .array([example(field)])))
        return .object(members)
    }

    /// The field's example as an editor reads it (YAML 1.2 core schema): `window: 6` is the
    /// integer 6, a block example a mapping or list.
    static func example(_ field: FieldSchema) -> JSONValue {
        let text = "\(field.name):" + (field.example.hasPrefix("\n") ? "" : " ") + field.example + "\n"
        let root = YAMLParser().parse(text, file: "example").root
        return CoreSchema.typedValue(of: root?.pairs?.first?.value)
    }

    /// A language of 2–8 letters, or `x` or `i` and at least one subtag; subtags of 1–8 letters
    /// and digits.
    static let languageTagPattern =
        "^([A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*|[xXiI](-[A-Za-z0-9]{1,8})+)(?![\\s\\S])"

    /// A required key's schema: a required string must hold more than white space, as radar
    /// reads a blank one as missing.
    private static func requiredSchema(_ type: FieldType) -> JSONValue {
        guard case .string = type else { return schema(type) }
        return schema(.visibleString)
    }

    private static func schema(_ type: FieldType) -> JSONValue {
        switch type {
        case .string:
            // radar reads any scalar as text: `tempo: 124` is the string "124" to radar, an
            // integer to an editor.
            return .members([("type", .array(["string", "number", "boolean"].map(JSONValue.string)))])
        case .visibleString:
            return .members([
                ("type", .array(["string", "number", "boolean"].map(JSONValue.string))),
                ("pattern", .string(Self.visiblePattern)),
            ])
        case .date:
            return .members([
                ("type", .string("string")), ("format", .string("date")),
                ("pattern", .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}(?![\\s\\S])")),
            ])
        case .week:
            return .members([
                ("type", .string("string")), ("pattern", .string("^[0-9]{4}-W[0-9]{2}(?![\\s\\S])")),
            ])
        case .integer: return .members([("type", .string("integer")), ("minimum", .int(0))])
        case .integerIn(let range):
            return .members([
                ("type", .string("integer")), ("minimum", .int(range.lowerBound)),
                ("maximum", .int(range.upperBound)),
            ])
        case .number: return .members([("type", .string("number")), ("minimum", .int(0))])
        case .boolean: return .members([("type", .string("boolean"))])
        case .url: return .members([("$ref", .string("#/$defs/url"))])
        case .siteURL:
            // `WebURL.siteAddressProblem`: an ASCII host or IPv6 literal, a port of 1–65535, a
            // path, and no '?', '#' or '@' before it.
            let port =
                "0*(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3})"
            let host = #"(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._~%-]+)"#
            return .members([
                (
                    "allOf",
                    .array([
                        .members([("$ref", .string("#/$defs/url"))]),
                        .members([
                            (
                                "pattern",
                                .string(
                                    "^[Hh][Tt][Tt][Pp][Ss]?://" + host + "(:(" + port
                                        + ")?)?(/[^?#]*)?(?![\\s\\S])")
                            )
                        ]),
                    ])
                )
            ])
        case .languageTag:
            // The shape `DecodeContext.isLanguageTag` accepts.
            return .members([("type", .string("string")), ("pattern", .string(Self.languageTagPattern))])
        case .person: return .members([("$ref", .string("#/$defs/person-ref"))])
        case .enumeration(let words): return .members([("enum", .array(words.map(JSONValue.string)))])
        case .ruleCode:
            let codes = DiagnosticCode.suppressible.map(\.rawValue)
            return .members([("enum", .array(codes.map(JSONValue.string)))])
        case .list(let element):
            // radar also reads a single value as a one-item list.
            let item = schema(element)
            return .members([
                ("anyOf", .array([.members([("type", .string("array")), ("items", item)]), item]))
            ])
        case .record(let record): return object(record, topLevel: false)
        case .weights:
            // Signals, and the curator's own `x-` keys (ignored); a signal with nothing after it
            // keeps weight 1.
            return .members([
                ("type", .string("object")),
                (
                    "propertyNames",
                    .members([
                        (
                            "anyOf",
                            .array([
                                .members([("enum", .array(Signal.words.map(JSONValue.string)))]),
                                .members([("pattern", .string("^x-"))]),
                            ])
                        )
                    ])
                ),
                ("patternProperties", .members([("^x-", .members([]))])),
                (
                    "additionalProperties",
                    absentOr(
                        .members([
                            ("type", .string("number")),
                            (
                                "anyOf",
                                .array([
                                    .members([("const", .int(0))]),
                                    .members([
                                        ("minimum", .float(SiteConfig.weightRange.lowerBound)),
                                        ("maximum", .int(Int(SiteConfig.weightRange.upperBound))),
                                    ]),
                                ])
                            ),
                        ]))
                ),
            ])
        }
    }
}
