/// Collects the diagnostics of decoding one file, so that every problem is reported at once
/// instead of stopping at the first.
struct DecodeContext {
    /// The file's path as diagnostics show it.
    let file: String
    /// The limits to enforce.
    let limits: Limits
    /// Everything found so far.
    var diagnostics: [Diagnostic] = []
    /// Chat invite links in the text values read so far (see `NoteHeader.textInvites`).
    var textInvites: [PlacedText] = []

    init(file: String, limits: Limits = .standard) {
        self.file = file
        self.limits = limits
    }

    /// Where `node` is.
    func location(_ node: YAMLNode) -> SourceLocation {
        SourceLocation(file: file, position: node.position)
    }

    /// Reports a problem at `node`, underlining the scalar when its written extent is known
    /// (`YAMLNode.isVerbatim`); otherwise a caret marks where it starts.
    mutating func report(
        _ code: DiagnosticCode, _ message: String, at node: YAMLNode, notes: [Diagnostic.Note] = [],
        fixIt: Diagnostic.FixIt? = nil
    ) {
        let length = node.writtenLength.map { max($0, 1) } ?? 1
        diagnostics.append(
            Diagnostic(code, message, at: location(node), length: length, notes: notes, fixIt: fixIt))
    }

    /// A fix that replaces the scalar `node` with `replacement`, written in the node's style; `nil`
    /// when the node's written extent is not known (an escape, a block scalar, several lines), so
    /// that no fix ever replaces the wrong text.
    static func replacing(_ node: YAMLNode, with replacement: String) -> Diagnostic.FixIt? {
        guard node.isVerbatim, let written = node.scalarStyle?.written(replacement) else { return nil }
        return .init("replace with '\(replacement)'", replacement: written)
    }

    /// Whether any error was reported.
    var hasErrors: Bool { diagnostics.containsError }
}

/// The present (non-null) values of a mapping, by key, after checking the keys against a record.
///
/// A record has a dozen keys at most, so a scan of the pairs beats hashing every key into a
/// dictionary (decoding is most of a lint's time).
struct Fields {
    /// The mapping node.
    let node: YAMLNode
    private let pairs: [YAMLNode.Pair]

    init(node: YAMLNode, pairs: [YAMLNode.Pair]) {
        self.node = node
        self.pairs = pairs
    }

    /// The value of `key`; `key:` with nothing after it counts as absent.
    ///
    /// Keys are written in the decoders, so they come as static strings: their bytes are at
    /// hand without making a `String`. A plain key (lowercase ASCII letters, digits and dashes,
    /// as every schema key is; see `String.isPlainKey`) equals exactly the names with the same
    /// bytes, so names are compared by length first and then byte by byte. That the decoders'
    /// keys are plain is checked in debug builds (the tests), not on every lookup.
    subscript(key: StaticString) -> YAMLNode? {
        guard key.hasPointerRepresentation else { return value(forKey: key.description) }
        let bytes = UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount)
        assert(bytes.allSatisfy(String.isPlainKeyByte), "a schema key is not plain: \(key)")
        // In place: a pair (two nodes) is not copied for each key compared.
        return pairs.withUnsafeBufferPointer { pairs -> YAMLNode? in
            for index in pairs.indices {
                // `let` and the UTF-8 view: no copy of the name is made to read its bytes.
                guard case .scalar(let name, _) = pairs[index].key.kind, name.utf8.count == bytes.count,
                    name.utf8.withContiguousStorageIfAvailable({ Self.sameBytes($0, bytes) }) ?? false
                else { continue }
                return pairs[index].value.isNull ? nil : pairs[index].value
            }
            return nil
        }
    }

    /// The key node of `key`, where a diagnostic about the entry as a whole points.
    func keyNode(_ key: String) -> YAMLNode? {
        pairs.first { $0.key.scalar == key }?.key
    }

    /// Whether `a` and `b` (of the same length) hold the same bytes.
    @inline(__always)
    private static func sameBytes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < a.count {
            if a[index] != b[index] { return false }
            index += 1
        }
        return true
    }

    /// The value of `key` for a key known only at run time; `key:` with nothing after it counts
    /// as absent.
    func value(forKey key: String) -> YAMLNode? {
        // A plain key equals only names of its own UTF-8 length: comparing lengths first skips
        // most string comparisons.
        let length = key.isPlainKey ? key.utf8.count : nil
        return pairs.withUnsafeBufferPointer { pairs -> YAMLNode? in
            for index in pairs.indices {
                guard case .scalar(let name, _) = pairs[index].key.kind else { continue }
                if let length, name.utf8.count != length { continue }
                guard name == key else { continue }
                return pairs[index].value.isNull ? nil : pairs[index].value
            }
            return nil
        }
    }
}

extension DecodeContext {
    /// Checks `node` against `schema`: it must be a mapping; unknown keys get a "did you mean"
    /// (keys starting with `x-`, and `cssclasses` at the top of a note, are the user's own);
    /// missing required keys are reported at the mapping. Returns `nil` when not a mapping.
    mutating func fields(_ node: YAMLNode, _ schema: RecordSchema, topLevel: Bool = false) -> Fields? {
        guard let pairs = node.pairs else {
            // radar.yml is YAML through and through; a note's YAML is its front matter.
            let what =
                topLevel
                ? (schema.name == "radar.yml" ? "radar.yml" : "front matter") : Self.named(schema.name)
            var notes: [Diagnostic.Note] = []
            if topLevel, let text = node.scalar, let (key, value) = YAMLSyntaxError.keyWithoutSpace(text) {
                notes.append(.init("a key needs a space after its colon: write '\(key): \(value)'"))
            }
            report(
                .type, "\(what) must be a mapping of keys to values, not \(node.kindDescription)", at: node,
                notes: notes)
            return nil
        }
        let fields = Fields(node: node, pairs: pairs)
        for index in pairs.indices {
            guard case .scalar(let key, _) = pairs[index].key.kind, !schema.hasKey(key) else { continue }
            if key.hasPrefix("x-") || (topLevel && key == "cssclasses") { continue }
            reportUnknownKey(key, at: pairs[index].key, in: schema)
        }
        for name in schema.requiredKeys where fields.value(forKey: name) == nil {
            guard let field = schema.field(name) else { continue }
            let present = pairs.first { $0.key.scalar == field.name }
            report(
                .required,
                present == nil
                    ? "missing required key '\(field.name)' in \(Self.named(schema.name))"
                    : "'\(field.name)' is required and must not be empty",
                at: present?.key ?? node,
                notes: [
                    .init("for example: \(field.name): \(field.example.split(separator: "\n").first ?? "")")
                ])
        }
        return fields
    }

    private mutating func reportUnknownKey(_ key: String, at node: YAMLNode, in schema: RecordSchema) {
        if let suggestion = EditDistance.suggestion(for: key, among: schema.keys) {
            report(
                .unknownKey, "unknown key '\(key)'; did you mean '\(suggestion)'?", at: node,
                fixIt: Self.replacing(node, with: suggestion))
        } else {
            report(
                .unknownKey, "unknown key '\(key)' in \(Self.named(schema.name))", at: node,
                notes: [
                    .init(
                        "known keys: \(schema.keys.joined(separator: ", ")); prefix your own keys with 'x-'")
                ])
        }
    }

    /// How a message names a record: "a track", "an event" for the records that are things,
    /// the quoted key ("'credits'", "'markers'", "'radar.yml'") for the others.
    static func named(_ name: String) -> String {
        switch name {
        case "event": "an event"
        case "track", "person", "scene", "container", "bridge", "log": "a " + name
        default: "'\(name)'"
        }
    }
}
