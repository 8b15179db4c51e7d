import Foundation
import XCTest

@testable import SceneRadar

final class JSONSchemaExportTests: XCTestCase {
    func testSchema_isJSONWithEveryRecord() throws {
        let text = Fixtures.run(["schema"]).out
        let schema = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        XCTAssertEqual(schema["$schema"] as? String, "https://json-schema.org/draft/2020-12/schema")
        let defs = try XCTUnwrap(schema["$defs"] as? [String: Any])
        XCTAssertEqual(Set(defs.keys), ["scene", "log", "person", "config", "url", "person-ref"])
    }

    /// Every note of the example vault, typed as an editor reads YAML (core schema), validates
    /// against the exported schema (Python's jsonschema, draft 2020-12).
    func testSchema_validatesTheExampleVault() throws {
        try assertValidates(Fixtures.packageRoot + "/example-vault", atLeast: 40)
    }

    /// The notes `radar init` and `radar new` write, with their keys left empty to fill in
    /// (`key:` counts as absent), validate too: an editor must not flag a fresh note.
    func testSchema_validatesTheNotesRadarWrites() throws {
        let work = try TemporaryVault()
        let vault = work.path("v")
        XCTAssertEqual(Fixtures.run(["init", vault]).status, 0)
        for arguments in [
            ["new", "scene", "Hexagon Bass"], ["new", "log", "hexagon-bass"], ["new", "person", "DJ Kofi"],
            ["new", "log", "hexagon-bass", "--week", "2026-W40"],
        ] {
            XCTAssertEqual(Fixtures.run(arguments + ["--vault", vault]).status, 0, "\(arguments)")
        }
        try assertValidates(vault, atLeast: 6)
    }

    private func assertValidates(
        _ vault: String, atLeast count: Int, file: StaticString = #filePath, line: UInt = #line
    ) throws {
        var documents: [(String, JSONValue)] = []
        let listing = try VaultScanner(fileSystem: LocalFileSystem()).scan(root: vault)
        for note in listing.allFiles {
            let source = try NoteReader(fileSystem: LocalFileSystem()).read(note).get()
            let parsed = NoteParser().parse(source)
            XCTAssertEqual(parsed.diagnostics, [], note.relativePath, file: file, line: line)
            let kind: String
            switch note.role {
            case .config: kind = "config"
            case .scene: kind = "scene"
            case .log: kind = "log"
            case .person: kind = "person"
            }
            documents.append((kind, CoreSchema.typedValue(of: parsed.root)))
        }
        XCTAssertGreaterThanOrEqual(documents.count, count, file: file, line: line)
        try assertValidates(documents, file: file, line: line)
    }

    /// Every field's example, typed as an editor reads it, is a valid value of that field: a
    /// record of every example validates against the record's schema.
    func testSchema_examplesAreValidValues() throws {
        let records: [(String, RecordSchema)] = [
            ("scene", SchemaCatalog.scene), ("log", SchemaCatalog.log), ("person", SchemaCatalog.person),
            ("config", SchemaCatalog.config),
        ]
        let documents = records.map { kind, record in
            (kind, JSONValue.object(record.fields.map { .init($0.name, JSONSchemaExport.example($0)) }))
        }
        let window = try XCTUnwrap(SchemaCatalog.config.field("window"))
        XCTAssertEqual(JSONSchemaExport.example(window), .int(6))
        try assertValidates(documents)
    }

    /// The window and the weights radar.yml may set are the ones radar takes, and a blank
    /// weight or an `x-` key under `weights` is valid, as radar reads them; a window of 0, or a
    /// weight below 0.001 but 0 or above 1000000, is not.
    func testSchema_configBoundsAreRadars() throws {
        let valid: [JSONValue] = [
            .members([
                ("window", .int(520)), ("weights", .members([("remixes", .null), ("x-why", .string("a"))])),
            ]),
            .members([("window", .int(1))]),
            .members([
                (
                    "weights",
                    .members([
                        ("remixes", .int(0)), ("events", .float(0.001)), ("platforms", .int(1_000_000)),
                    ])
                )
            ]),
            .members([("base-url", .string("https://x.org:8080/radar/"))]),
            .members([("base-url", .string("http://[::1]:65535"))]),
            .members([("base-url", .string("https://x.org:0080/"))]),
            .members([("lint", .members([("ignore", .array([.string("support.missing")]))]))]),
        ]
        try assertValidates(valid.map { ("config", $0) })
        // Each invalid document fails where it is wrong, by the check that makes it wrong, and
        // nowhere else: not an unrelated keyword that happens to refuse it too.
        let url = ["base-url: pattern"]
        // A list that may be written as one value fails as either, and a key's name fails both
        // ways a weight's key may be written (one of the signals, or `x-`), at the mapping.
        let ignore = ["lint/ignore/0: enum", "lint/ignore: enum"]
        // A weight is 0, or from 0.001 to 1000000.
        let weight = ["weights/remixes: const", "weights/remixes: minimum"]
        let invalid: [(document: JSONValue, failures: [String])] = [
            (.members([("window", .int(0))]), ["window: minimum"]),
            (.members([("window", .int(521))]), ["window: maximum"]),
            (.members([("weights", .members([("remixes", .int(-1))]))]), weight),
            (.members([("weights", .members([("remixes", .float(1e-7))]))]), weight),
            (
                .members([("weights", .members([("remixes", .float(1e307))]))]),
                ["weights/remixes: const", "weights/remixes: maximum"]
            ),
            (.members([("weights", .members([("remix", .int(1))]))]), ["weights: enum", "weights: pattern"]),
            (.members([("title", .string(""))]), ["title: pattern"]),
            (.members([("author", .string(" \t"))]), ["author: pattern"]),
            (.members([("base-url", .string("https://x.org:0/"))]), url),
            (.members([("base-url", .string("https://x.org:65536/"))]), url),
            (.members([("base-url", .string("https://bücher.de/"))]), url),
            (.members([("base-url", .string("https://x.org/?"))]), url),
            (.members([("base-url", .string("https://u@x.org/"))]), url),
            (.members([("base-url", .string("https://x.org/a b/"))]), url),
            (.members([("base-url", .string("https://x.org:80:90/"))]), url),
            (.members([("base-url", .string("https://a{b}.org/"))]), url),
            (.members([("lint", .members([("ignore", .array([.string("syntax")]))]))]), ignore),
            (.members([("lint", .members([("ignore", .array([.string("nope")]))]))]), ignore),
        ]
        let found = try failures(invalid.map { ("config", $0.document) })
        for (index, (document, failures)) in invalid.enumerated() {
            XCTAssertEqual(found[index], failures, "\(document)")
        }
    }

    /// Where and by which keyword each document fails (`path: keyword`, the path's parts joined
    /// by '/'), by one run of the validator; empty for a valid document. A field that may be
    /// absent is "null, or …": its failure is the one under "…", not the `anyOf` around both.
    private func failures(_ documents: [(String, JSONValue)]) throws -> [[String]] {
        let script = """
            import json, sys
            from jsonschema import Draft202012Validator
            schema = json.load(open(sys.argv[1]))
            Draft202012Validator.check_schema(schema)
            schema.pop("anyOf")
            def leaves(error):
                if not error.context:
                    return [error]
                branches = [e for e in error.context if not (e.validator == "type" and e.validator_value == "null")]
                return [leaf for e in branches for leaf in leaves(e)]
            found = []
            for item in json.load(sys.stdin):
                sub = dict(schema)
                sub["$ref"] = "#/$defs/" + item["kind"]
                errors = [leaf for e in Draft202012Validator(sub).iter_errors(item["value"]) for leaf in leaves(e)]
                found.append(sorted("/".join(map(str, e.absolute_path)) + ": " + e.validator for e in errors))
            print(json.dumps(found))
            """
        let result = try validate(documents, script: script)
        XCTAssertEqual(result.status, 0, result.output)
        let decoded = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String]]
        let found = try XCTUnwrap(decoded, result.output)
        XCTAssertEqual(found.count, documents.count)
        guard found.count == documents.count else { throw Invalid() }
        return found
    }

    /// The schema takes an address exactly when radar does (`WebURL.parse`), and a title
    /// exactly when radar does not find it blank (`DecodeContext.showsNothing`).
    func testSchema_agreesWithRadarOnAddressesAndBlankText() throws {
        let addresses = [
            "https://x.org/", "HTTP://X.org", "https://x.org:8080/a?b#c", "https://u:p@x.org/",
            "https://@x.org", "https://a@b@x.org/", "https://[::1]:80/", "https://[::1]junk/",
            "https://[a.]/", "https://[.a]/", "https://x.org:80:90/", "https://bücher.de/",
            "https://x.org/ü", "https://x_y.org/", "https://./", "https://.x.org/", "https://x.org./",
            "https://x..org/", "https://www./", "https://u@./", "https://[::1./", "https://[a..b]/",
            "https://[..]/", "https://:80/", "https://x.org@/", "https://", "https:///x", "ftp://x.org/",
            "https://x.org/a b", "https://x.org/<", "https://x\\y.org/", "https://x.org/\u{7F}",
            "https://x.org\n",
        ]
        let radar = addresses.map {
            WebURL.parse($0, at: SourceLocation(file: "", line: 1, column: 1)) != nil
        }
        XCTAssertEqual(radar.filter { $0 }.count, 14, "\(zip(addresses, radar).filter(\.1).map(\.0))")
        let addressVerdicts = try verdicts(
            addresses.map { ("person", .members([("name", .string("a")), ("links", .string($0))])) })
        for (index, address) in addresses.enumerated() {
            XCTAssertEqual(addressVerdicts[index], radar[index], address)
        }
        let titles = [
            "a", " a ", "·", "x\u{200B}", "\u{FE0F}a", "", " ", "\t\n", "\u{A0}", "\u{3000}", "\u{200B}",
            "\u{200B}\u{200D}", "\u{FEFF}", "\u{2060}", "\u{3164}", "\u{FFA0}", "\u{AD}", "\u{180E}",
            "\u{202E}", "\u{FE0F}", "\u{1}", "\u{85}", "\u{B4}", "\u{B4}a", "\u{FE70}", "\u{301}",
        ]
        let shown = titles.map { !DecodeContext.showsNothing($0) }
        XCTAssertEqual(shown.filter { $0 }.count, 7)
        let titleVerdicts = try verdicts(titles.map { ("config", .members([("title", .string($0))])) })
        for (index, title) in titles.enumerated() {
            XCTAssertEqual(
                titleVerdicts[index], shown[index],
                title.unicodeScalars.map { "U+\(String($0.value, radix: 16))" }.joined(separator: " "))
        }
    }

    /// Every character of the Basic Multilingual Plane, alone, is visible text to the schema's
    /// pattern exactly when radar does not count it as nothing; the check above runs a sample of
    /// them through Python's `jsonschema`, this one all of them through a regular expression.
    func testSchema_visiblePatternAgreesWithRadarOnEveryCharacter() throws {
        let pattern = try NSRegularExpression(pattern: "^" + JSONSchemaExport.visiblePattern + "$")
        var disagreements: [String] = []
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(Character(scalar))
            let whole = NSRange(location: 0, length: text.utf16.count)
            let schema = pattern.firstMatch(in: text, range: whole) != nil
            if schema == DecodeContext.showsNothing(text) {
                disagreements.append("U+\(String(value, radix: 16, uppercase: true))")
            }
        }
        XCTAssertEqual(disagreements, [])
    }

    /// The schema takes a whole number (an event's attendance) exactly when radar does, in every
    /// form YAML's core schema gives it to an editor: JSON Schema's `integer` is any number
    /// without a fraction, so `1e3` and `180.0` are whole numbers to both.
    func testSchema_agreesWithRadarOnWholeNumbers() throws {
        let written = [
            "180", "0", "+6", "0x10", "0o17", "-0", "180.0", "1e3", "12.5e1", "-0.0", "5.", "0.0e5", "1.5",
            "-1", "-1.0", ".5", "1e-3", "12.55e1", "0x", "1_000", "nine",
        ]
        let radar = written.map { text -> Bool in
            var context = DecodeContext(file: "t.yml")
            let node = YAMLParser().parse("k: \(text)\n", file: "t.yml").root?["k"]
            return context.integer(node, "attendance") != nil
        }
        XCTAssertEqual(radar.filter { $0 }.count, 12, "\(zip(written, radar).filter(\.1).map(\.0))")
        let event = { (value: JSONValue) -> JSONValue in
            .members([
                ("name", .string("E")), ("date", .string("2026-01-09")), ("attendance", value),
            ])
        }
        let verdicts = try verdicts(
            written.map { ("log", .members([("events", .array([event(CoreSchema.resolve(plain: $0))]))])) })
        for (index, text) in written.enumerated() {
            XCTAssertEqual(verdicts[index], radar[index], text)
        }
    }

    /// Whether each document is valid, by one run of the validator.
    private func verdicts(_ documents: [(String, JSONValue)]) throws -> [Bool] {
        try failures(documents).map(\.isEmpty)
    }

    private struct Invalid: Error {}

    /// Runs `script` (Python, with jsonschema) on the exported schema, its path the first
    /// argument, with `documents` as `[{kind, value}]` on its input; skips when Python or
    /// jsonschema is absent.
    private func validate(_ documents: [(String, JSONValue)], script: String) throws -> (
        status: Int32, output: String
    ) {
        let batch = JSONValue.array(documents.map { .members([("kind", .string($0.0)), ("value", $0.1)]) })
        let schema = FileManager.default.temporaryDirectory.appendingPathComponent(
            "radar-schema-\(UUID().uuidString).json")
        try JSONSchemaExport.document(version: RadarVersion.current).serialized().write(
            to: schema, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: schema) }
        guard let result = Fixtures.tool("python3", ["-c", script, schema.path], input: batch.serialized())
        else {
            throw XCTSkip("python3 absent: schema validation skipped")
        }
        if result.output.contains("No module named 'jsonschema'") {
            throw XCTSkip("jsonschema absent (make test installs it)")
        }
        return result
    }

    private func assertValidates(
        _ documents: [(String, JSONValue)], file: StaticString = #filePath, line: UInt = #line
    ) throws {
        for (index, found) in try failures(documents).enumerated() {
            XCTAssertEqual(found, [], "\(documents[index].0): \(documents[index].1)", file: file, line: line)
        }
    }

    func testSchema_rejectsATypo() throws {
        let event = JSONValue.members([
            ("name", .string("x")), ("date", .string("2026-01-01")), ("atendance", .int(3)),
        ])
        // As a list, its one event has a key the schema does not know; as one event written
        // without a list, a list is not an event.
        XCTAssertEqual(
            try failures([("log", .members([("events", .array([event]))]))]),
            [["events/0: additionalProperties", "events: type"]])
    }
}
