/// Machine-readable renderings of diagnostics: `--format json`, `sarif` and `github`.
public enum DiagnosticFormats {
    /// The counts by severity.
    public static func summary(_ diagnostics: [Diagnostic]) -> (errors: Int, warnings: Int, infos: Int) {
        var counts = (errors: 0, warnings: 0, infos: 0)
        for diagnostic in diagnostics {
            switch diagnostic.severity {
            case .error: counts.errors += 1
            case .warning: counts.warnings += 1
            case .info: counts.infos += 1
            }
        }
        return counts
    }

    // MARK: - JSON

    /// `{"version": 1, "diagnostics": […], "summary": {…}}`.
    public static func json(_ diagnostics: [Diagnostic]) -> String {
        let counts = summary(diagnostics)
        let document = JSONValue.members([
            ("version", .int(1)),
            ("diagnostics", .array(diagnostics.map(json))),
            (
                "summary",
                .members([
                    ("errors", .int(counts.errors)), ("warnings", .int(counts.warnings)),
                    ("info", .int(counts.infos)),
                ])
            ),
        ])
        return document.serialized()
    }

    private static func json(_ diagnostic: Diagnostic) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("file", .string(diagnostic.location.file)),
            ("line", diagnostic.location.line > 0 ? .int(diagnostic.location.line) : .null),
            ("column", diagnostic.location.line > 0 ? .int(max(diagnostic.location.column, 1)) : .null),
            ("length", .int(diagnostic.length)),
            ("severity", .string(diagnostic.severity.rawValue)),
            ("code", .string(diagnostic.code.rawValue)),
            ("message", .string(diagnostic.message)),
        ]
        members.append(
            (
                "notes",
                .array(
                    diagnostic.notes.map { note in
                        var fields: [(String, JSONValue)] = [("message", .string(note.message))]
                        if let at = note.location {
                            fields += [
                                ("file", .string(at.file)), ("line", .int(at.line)),
                                ("column", .int(at.column)),
                            ]
                        }
                        return .members(fields)
                    })
            ))
        if let fix = diagnostic.fixIt {
            members.append(
                (
                    "fix",
                    .members([("message", .string(fix.message)), ("replacement", .string(fix.replacement))])
                ))
        }
        return .members(members)
    }

    // MARK: - GitHub workflow commands

    /// One `::error file=…,line=…,col=…,title=…::message` line per diagnostic.
    public static func github(_ diagnostics: [Diagnostic]) -> String {
        var out = ""
        for diagnostic in diagnostics {
            let command: String
            switch diagnostic.severity {
            case .error: command = "error"
            case .warning: command = "warning"
            case .info: command = "notice"
            }
            var properties = ["file=" + escapeProperty(diagnostic.location.file)]
            if diagnostic.location.line > 0 {
                properties.append("line=\(diagnostic.location.line)")
                properties.append("col=\(max(diagnostic.location.column, 1))")
                properties.append("endColumn=\(max(diagnostic.location.column, 1) + diagnostic.length)")
            }
            properties.append("title=" + escapeProperty("radar " + diagnostic.code.rawValue))
            var message = diagnostic.message
            for note in diagnostic.notes {
                message += "\nnote: " + note.message + (note.location.map { " (\($0.place))" } ?? "")
            }
            if let fix = diagnostic.fixIt { message += "\nfix: " + fix.message }
            out += "::\(command) \(properties.joined(separator: ","))::\(escapeData(message))\n"
        }
        return out
    }

    /// Escaping of a workflow command's message, as the Actions toolkit does.
    static func escapeData(_ text: String) -> String {
        text.replacingAll("%", "%25").replacingAll("\r", "%0D").replacingAll("\n", "%0A")
    }

    /// Escaping of a workflow command's property value.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingAll(":", "%3A").replacingAll(",", "%2C")
    }
}

extension String {
    /// Every occurrence of `target` replaced (without Foundation), matched by bytes: a `"` or `:`
    /// followed by a combining mark, or the `\r` of `\r\n`, is found too, where comparing
    /// Characters (grapheme clusters) would pass it through unchanged.
    func replacingAll(_ target: String, _ replacement: String) -> String {
        let needle = Array(target.utf8)
        guard let first = needle.first, utf8.contains(first) else { return self }
        let bytes = Array(utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == first, bytes.count - index >= needle.count,
                bytes[index..<(index + needle.count)].elementsEqual(needle)
            {
                out.append(contentsOf: replacement.utf8)
                index += needle.count
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
