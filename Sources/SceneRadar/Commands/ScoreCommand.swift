/// `radar score`: the ranking as an aligned table, JSON or CSV, or one scene explained signal by
/// signal with the evidence behind it (file:line), as text or JSON.
struct ScoreCommand {
    let context: CommandContext

    func run(vault root: String, format: String, explain: String?) -> Int32 {
        let loaded: Vault
        do {
            loaded = try VaultLoader(fileSystem: context.fileSystem).load(root: root)
        } catch {
            context.console.err("radar: \(error.message)\n")
            return ExitStatus.usage
        }
        let vault = loaded.withoutBrokenNotes()
        let people = PeopleIndex(vault: vault)
        let analysis = Scorer().analyze(vault, people: people)
        defer { ProcessLifetime.keep([loaded, vault, people, analysis] as [any Sendable]) }
        let broken = Set(loaded.diagnostics.filter { $0.severity == .error }.map(\.location.file))
        if !broken.isEmpty {
            context.console.err(
                "radar: \(broken.count) note\(broken.count == 1 ? " has" : "s have") errors and \(broken.count == 1 ? "was" : "were") left out; run 'radar lint' to see them\n"
            )
        }
        if let explain {
            guard let scene = Self.find(explain, in: analysis) else {
                // Slugs first, then names: a word that begins a scene's slug begins its name too.
                let suggestion =
                    EditDistance.suggestion(for: explain, among: analysis.scenes.map(\.slug))
                    ?? EditDistance.suggestion(for: explain, among: analysis.scenes.map(\.name))
                let hint = suggestion.map { " Did you mean '\($0)'?" } ?? ""
                context.console.err(
                    "Error: No scene '\(explain)' in the vault.\(hint)\nUsage: radar score [<vault>] [--format <format>] [--explain <scene>]\n"
                )
                return ExitStatus.usage
            }
            context.console.out(
                format == "json"
                    ? ScoreReport.explainJSON(scene, analysis: analysis)
                    : ScoreReport.explain(scene, analysis: analysis))
        } else {
            switch format {
            case "json": context.console.out(ScoreReport.json(analysis))
            case "csv": context.console.out(ScoreReport.csv(analysis))
            default: context.console.out(ScoreReport.table(analysis))
            }
        }
        return broken.isEmpty ? ExitStatus.success : ExitStatus.failure
    }

    /// `--format`, checked against `--explain`: an explanation is text (`table`) or JSON, and
    /// has no CSV form (its signals, evidence and momentum series are not one table).
    ///
    /// - Throws: a ``UsageError`` (exit 2) for `--format csv` with `--explain`.
    static func format(_ invocation: ParsedInvocation) throws(UsageError) -> String {
        let format = invocation.string("format") ?? "table"
        if format == "csv", invocation.isGiven("explain") {
            throw UsageError(
                .incompatibleOptions(
                    "--format csv", "--explain", reason: "an explanation prints as table (text) or json"),
                chain: invocation.chain)
        }
        return format
    }

    /// A scene by slug, or by name or alias folded.
    static func find(_ text: String, in analysis: RadarAnalysis) -> SceneAnalysis? {
        let key = NameKey.fold(text)
        return analysis.scenes.first { $0.slug == text }
            ?? analysis.scenes.first { NameKey.fold($0.name) == key }
    }
}
