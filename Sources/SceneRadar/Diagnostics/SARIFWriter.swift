/// SARIF 2.1.0 output for code-scanning tools (`radar lint --format sarif`): one run, the full
/// rule catalogue as the driver's rules, one result per diagnostic, columns in Unicode code
/// points as radar counts them.
public enum SARIFWriter {
    /// The SARIF log.
    public static func render(_ diagnostics: [Diagnostic], toolVersion: String) -> String {
        let rules = DiagnosticCode.allCases
        let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1, $0) })
        let driver = JSONValue.members([
            ("name", .string("radar")),
            ("fullName", .string("Scene Radar")),
            ("version", .string(toolVersion)),
            ("semanticVersion", .string(toolVersion)),
            // No informationUri: the rules' help is in each rule (SARIF makes the link optional,
            // and a made-up address would lead readers nowhere).
            ("rules", .array(rules.map(rule))),
        ])
        let run = JSONValue.members([
            ("tool", .members([("driver", driver)])),
            ("columnKind", .string("unicodeCodePoints")),
            ("results", .array(diagnostics.map { result($0, index: ruleIndex[$0.code] ?? 0) })),
        ])
        return JSONValue.members([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            ("runs", .array([run])),
        ]).serialized()
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    private static func rule(_ code: DiagnosticCode) -> JSONValue {
        .members([
            ("id", .string(code.rawValue)),
            ("name", .string(ruleName(code))),
            ("shortDescription", .members([("text", .string(code.shortDescription))])),
            ("fullDescription", .members([("text", .string(code.shortDescription + " " + code.help))])),
            ("help", .members([("text", .string(code.help))])),
            ("defaultConfiguration", .members([("level", .string(level(code.defaultSeverity)))])),
            (
                "properties",
                .members([
                    (
                        "tags",
                        .array([.string(code.rawValue.split(separator: ".").first.map(String.init) ?? "")])
                    )
                ])
            ),
        ])
    }

    /// `credit.producer-missing` → `CreditProducerMissing` (SARIF's rule name is an identifier).
    static func ruleName(_ code: DiagnosticCode) -> String {
        code.rawValue.split(whereSeparator: { $0 == "." || $0 == "-" })
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    private static func result(_ diagnostic: Diagnostic, index: Int) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("ruleId", .string(diagnostic.code.rawValue)),
            ("ruleIndex", .int(index)),
            ("level", .string(level(diagnostic.severity))),
            ("message", .members([("text", .string(messageText(diagnostic)))])),
            ("locations", .array([location(diagnostic.location, length: diagnostic.length)])),
        ]
        let related = diagnostic.notes.compactMap(\.location)
        if !related.isEmpty {
            members.append(
                (
                    "relatedLocations",
                    .array(
                        diagnostic.notes.enumerated().compactMap { index, note in
                            guard let at = note.location else { return nil }
                            guard case .object(var fields) = location(at, length: 1) else { return nil }
                            fields.insert(.init("id", .int(index)), at: 0)
                            fields.append(.init("message", .members([("text", .string(note.message))])))
                            return .object(fields)
                        })
                ))
        }
        if let fix = diagnostic.fixIt, diagnostic.location.line > 0 {
            let change = JSONValue.members([
                ("artifactLocation", .members([("uri", .string(uri(diagnostic.location.file)))])),
                (
                    "replacements",
                    .array([
                        .members([
                            ("deletedRegion", region(diagnostic.location, length: diagnostic.length)),
                            ("insertedContent", .members([("text", .string(fix.replacement))])),
                        ])
                    ])
                ),
            ])
            members.append(
                (
                    "fixes",
                    .array([
                        .members([
                            ("description", .members([("text", .string(fix.message))])),
                            ("artifactChanges", .array([change])),
                        ])
                    ])
                ))
        }
        return .members(members)
    }

    private static func messageText(_ diagnostic: Diagnostic) -> String {
        ([diagnostic.message] + diagnostic.notes.map { "note: " + $0.message }).joined(separator: "\n")
    }

    private static func location(_ location: SourceLocation, length: Int) -> JSONValue {
        var physical: [(String, JSONValue)] = [
            ("artifactLocation", .members([("uri", .string(uri(location.file)))]))
        ]
        if location.line > 0 { physical.append(("region", region(location, length: length))) }
        return .members([("physicalLocation", .members(physical))])
    }

    private static func region(_ location: SourceLocation, length: Int) -> JSONValue {
        let column = max(location.column, 1)
        return .members([
            ("startLine", .int(location.line)),
            ("startColumn", .int(column)),
            ("endColumn", .int(column + max(length, 1))),
        ])
    }

    /// A URI for a path: a relative reference for a relative path, a `file://` URI for an
    /// absolute one (`radar lint /srv/vault`), as SARIF asks; every byte outside the unreserved
    /// set and `/` is percent-encoded.
    static func uri(_ path: String) -> String {
        (path.hasPrefix("/") ? "file://" : "")
            + PercentEncoding.encode(path) { PercentEncoding.isUnreserved($0) || $0 == UInt8(ascii: "/") }
    }
}
