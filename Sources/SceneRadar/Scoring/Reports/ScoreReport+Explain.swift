/// `radar score --explain`: one scene, signal by signal, with the evidence behind each, as text
/// or as JSON.
extension ScoreReport {
    // MARK: - Text

    /// Every signal's strength, how it was reached and its evidence with file:line.
    public static func explain(_ scene: SceneAnalysis, analysis: RadarAnalysis) -> String {
        var out = "\(scene.name) (\(scene.slug))\(scene.isPublic ? "" : " — private")\n"
        out +=
            "score \(NumberFormat.exact(scene.score, decimals: 1)) · \(scene.phase.title) · stage \(scene.stage.points)/4"
        out += scene.stage.isTrend ? " (trend, not a scene)" : ""
        let momentum = scene.momentum
        out +=
            " · momentum \(signed(momentum.value))/week \(momentum.isTooEarly ? "too early" : momentum.trend.rawValue)\n"
        if let now = analysis.now, let first = analysis.firstWeek {
            out +=
                "window \(first) – \(now); \(scene.logsInWindow) log\(scene.logsInWindow == 1 ? "" : "s") inside it\(scene.isStale ? " (stale: scores 0)" : "")\n"
        }
        let (weighted, total) = weightedSums(scene)
        let quotient = total > 0 ? 100 * weighted / total : 0
        out +=
            "score = 100 × \(NumberFormat.fixed(weighted, maxDecimals: 6)) / \(NumberFormat.fixed(total, maxDecimals: 6))"
            + " = \(NumberFormat.fixed(quotient, maxDecimals: 4)) → \(NumberFormat.exact(scene.score, decimals: 1))\n"
        for result in scene.signals {
            out += "\n\(result.signal.rawValue): \(NumberFormat.fixed(result.strength, maxDecimals: 4))"
            out +=
                " = min(\(result.count)/\(result.divisor), 1), weight \(NumberFormat.fixed(result.weight, maxDecimals: 6))"
            let parts = result.parts.map { "\($0.name) \($0.value)" }.joined(separator: ", ")
            out += parts.isEmpty ? "\n" : " (\(parts))\n"
            for item in result.evidence {
                let place = "\(item.location.file):\(item.location.line):\(item.location.column)"
                out += "  - \(item.week) \(item.kind.rawValue): \(item.label)"
                if let detail = item.detail { out += " (\(detail))" }
                out += "  \(place)\n"
            }
        }
        if let first = momentum.weeks.first, let last = momentum.weeks.last {
            out += "\nmomentum over \(first) – \(last):\n"
        } else {
            out += "\nmomentum: no weeks to measure (no log in the window)\n"
        }
        for series in momentum.series {
            let values = series.values.map(String.init).joined(separator: " ")
            let slope = series.normalizedSlope.map { "slope/mean \(signed($0))" } ?? "mean 0: left out"
            out += "  \(series.kind.title): \(values)  (\(slope))\n"
        }
        if !scene.core.isEmpty {
            out +=
                "\ncore (\(scene.core.count)): "
                + scene.core.map { "\($0.name) ×\($0.appearances)" }.joined(separator: ", ") + "\n"
        }
        if !scene.bridges.isEmpty {
            out +=
                "bridges: "
                + scene.bridges.map { "\($0.name) → \($0.scenes.joined(separator: ", "))" }.joined(
                    separator: "; ") + "\n"
        }
        return out
    }

    // MARK: - JSON

    /// The explanation as JSON: the window, the score's formula (100 × weightedSum /
    /// totalWeight) and the scene as `radar score --format json` lists it, each signal also with
    /// its contribution w·s and the points it adds to the score. Evidence carries file:line:col.
    public static func explainJSON(_ scene: SceneAnalysis, analysis: RadarAnalysis) -> String {
        let (weighted, total) = weightedSums(scene)
        // Written in place, one level deep (under "scene").
        var json = JSONStream(compact: false, indentLevel: 1)
        RadarJSON.scene(scene, data: nil, totalWeight: total, into: &json)
        return JSONValue.members([
            ("now", .optional(analysis.now?.description)),
            ("firstWeek", .optional(analysis.firstWeek?.description)),
            ("window", .int(analysis.window)),
            ("weightedSum", .decimal(weighted, places: 6)),
            ("totalWeight", .decimal(total, places: 6)),
            ("scene", .raw(json.bytes[...])),
        ]).serialized()
    }

    // MARK: - Pieces

    /// Σ w·s and Σ w over the scene's signals: the score is 100 × the first / the second.
    private static func weightedSums(_ scene: SceneAnalysis) -> (weighted: Double, total: Double) {
        scene.signals.reduce((0, 0)) { sums, result in
            (sums.weighted + result.contribution, sums.total + result.weight)
        }
    }
}
