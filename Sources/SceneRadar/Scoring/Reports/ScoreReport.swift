/// What `radar score` prints: an aligned table, CSV, JSON, or one scene explained.
public enum ScoreReport {
    // MARK: - Table

    /// The ranking, aligned, by score (ties by slug).
    public static func table(_ analysis: RadarAnalysis) -> String {
        var rows: [[String]] = [["#", "scene", "score", "phase", "momentum", "stage", "logs", "notes"]]
        for (index, scene) in analysis.scenes.enumerated() {
            var notes: [String] = []
            if !scene.isPublic { notes.append("private") }
            if scene.stage.isTrend { notes.append("trend, not a scene") }
            if scene.isStale { notes.append("stale") }
            let momentum = scene.momentum
            let trend = momentum.isTooEarly ? "too early" : momentum.trend.rawValue
            rows.append([
                String(index + 1), DisplayWidth.truncated(TerminalText.oneLine(scene.name), to: maxNameWidth),
                NumberFormat.exact(scene.score, decimals: 1),
                scene.phase.title,
                "\(signed(momentum.value)) \(trend)", "\(scene.stage.points)/4", String(scene.logsInWindow),
                notes.joined(separator: ", "),
            ])
        }
        var header = "radar"
        if let now = analysis.now, let first = analysis.firstWeek {
            header +=
                " as of \(now): window \(first) – \(now) (\(analysis.window) week\(analysis.window == 1 ? "" : "s"))"
        } else {
            header += ": no weekly logs yet"
        }
        return header + "\n\n" + align(rows, numeric: [0, 2, 5, 6])
    }

    /// The widest a scene's name is shown in the table: a longer one is cut with "…", so one
    /// long name does not push every column off the screen (`--explain` and the other formats
    /// show it whole).
    static let maxNameWidth = 40

    /// Columns padded to their widest cell, numeric columns right-aligned. Widths are terminal
    /// columns (`DisplayWidth`), not characters: a CJK character or an emoji takes two, a
    /// combining accent none, so names in any script line up. A control character in a cell
    /// (a name written with YAML escapes) is shown as U+FFFD, measured as it is shown.
    static func align(_ rows: [[String]], numeric: Set<Int>) -> String {
        let rows = rows.map { $0.map(TerminalText.oneLine) }
        let columns = rows.map(\.count).max() ?? 0
        let cellWidths = rows.map { $0.map(DisplayWidth.of) }
        var widths = [Int](repeating: 0, count: columns)
        for row in cellWidths {
            for (index, width) in row.enumerated() { widths[index] = max(widths[index], width) }
        }
        var out = ""
        for (row, rowWidths) in zip(rows, cellWidths) {
            var line = ""
            for (index, cell) in row.enumerated() {
                let pad = String(repeating: " ", count: widths[index] - rowWidths[index])
                let text = numeric.contains(index) ? pad + cell : cell + pad
                line += (index == 0 ? "" : "  ") + text
            }
            while line.hasSuffix(" ") { line.removeLast() }
            out += line + "\n"
        }
        return out
    }

    // MARK: - CSV

    /// One row per scene (RFC 4180 quoting), every signal's strength as a column.
    public static func csv(_ analysis: RadarAnalysis) -> String {
        var header = [
            "rank", "slug", "name", "public", "score", "phase", "momentum", "trend", "too_early", "stage",
            "trend_not_scene", "stale", "logs_in_window",
        ]
        header += Signal.allCases.map { $0.rawValue }
        var out = header.joined(separator: ",") + "\r\n"
        for (index, scene) in analysis.scenes.enumerated() {
            var fields = [
                String(index + 1), scene.slug, scene.name, String(scene.isPublic),
                NumberFormat.exact(scene.score, decimals: 1), scene.phase.rawValue,
                NumberFormat.fixed(scene.momentum.value, maxDecimals: 4), scene.momentum.trend.rawValue,
                String(scene.momentum.isTooEarly), String(scene.stage.points), String(scene.stage.isTrend),
                String(scene.isStale), String(scene.logsInWindow),
            ]
            fields += Signal.allCases.map { signal in
                NumberFormat.fixed(scene.signal(signal)?.strength ?? 0, maxDecimals: 4)
            }
            out += fields.map(quote).joined(separator: ",") + "\r\n"
        }
        return out
    }

    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
            return field
        }
        return "\"" + field.replacingAll("\"", "\"\"") + "\""
    }

    // MARK: - JSON

    /// Everything the scorer computed, private scenes included (this is the curator's own view).
    public static func json(_ analysis: RadarAnalysis) -> String {
        JSONValue.members([
            ("now", .optional(analysis.now?.description)),
            ("window", .int(analysis.window)),
            (
                "weights",
                .members(Signal.allCases.map { ($0.rawValue, JSONValue.decimal(analysis.weight($0))) })
            ),
            (
                "scenes",
                .array(
                    analysis.scenes.map { scene in
                        // Written in place, two levels deep (the document, then its scene list).
                        var json = JSONStream(compact: false, indentLevel: 2)
                        RadarJSON.scene(scene, data: nil, into: &json)
                        return .raw(json.bytes[...])
                    })
            ),
            (
                "bridges",
                .array(
                    analysis.bridges.map {
                        .members([
                            ("person", .string($0.name)), ("slug", .string($0.slug)),
                            ("scenes", .array($0.scenes.map(JSONValue.string))),
                        ])
                    })
            ),
            (
                "graph",
                .members([
                    ("people", .int(analysis.graph.people.count)),
                    (
                        "edges",
                        .array(
                            analysis.graph.edges.map {
                                .members([
                                    ("from", .string($0.from)), ("to", .string($0.to)),
                                    ("coCredits", .int($0.coCredits)),
                                    ("lineups", .int($0.lineups)), ("artistLists", .int($0.artistLists)),
                                ])
                            })
                    ),
                ])
            ),
        ]).serialized()
    }

    /// A momentum or trend: two decimals, always, signed (`+0.30`, `-0.05`, `0.00`), as the
    /// site prints it.
    static func signed(_ value: Double) -> String { DecimalText.signed(value, places: 2) }
}
