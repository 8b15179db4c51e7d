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
        var broken = Set(loaded.diagnostics.filter { $0.severity == .error }.map(\.location.file))
        // radar.yml holds the settings, not a note: it is never left out.
        let settings = broken.filter { $0 == "radar.yml" || $0.hasSuffix("/radar.yml") }
        broken.subtract(settings)
        if !settings.isEmpty {
            context.console.err(
                "radar: radar.yml has errors, and the settings with errors fall back to their defaults; run 'radar lint' to see them\n"
            )
        }
        if !broken.isEmpty {
            context.console.err(
                "radar: \(broken.count) note\(broken.count == 1 ? " has" : "s have") errors and \(broken.count == 1 ? "was" : "were") left out; run 'radar lint' to see them\n"
            )
        }
        if let explain {
            guard let scene = find(explain, in: loaded, analysis: analysis) else { return ExitStatus.usage }
            // JSON escapes control characters itself; text would pass them to the terminal.
            context.console.out(
                format == "json"
                    ? ScoreReport.explainJSON(scene, analysis: analysis)
                    : TerminalText.printable(ScoreReport.explain(scene, analysis: analysis)))
        } else {
            switch format {
            case "json": context.console.out(ScoreReport.json(analysis))
            case "csv": context.console.out(TerminalText.printable(ScoreReport.csv(analysis)))
            // The table's cells are made printable as they are aligned (`ScoreReport.align`).
            default: context.console.out(ScoreReport.table(analysis))
            }
        }
        return broken.isEmpty && settings.isEmpty ? ExitStatus.success : ExitStatus.failure
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

    /// The scene `given` names, as `radar new log` finds it (`SceneLookup`: slug, then name or
    /// alias by match key); `nil`, after saying why on standard error, when none or several do,
    /// or when the scene is left out because its profile has errors. The message and hints are
    /// `radar new log`'s for the same name.
    ///
    /// The lookup runs over every scene folder `loaded` read, broken profiles included (by the
    /// names they could be read with), so a scene left out is named as such, not as unknown.
    private func find(_ given: String, in loaded: Vault, analysis: RadarAnalysis) -> SceneAnalysis? {
        let candidates = loaded.scenes.map { folder in
            if let scene = folder.scene { return SceneLookup.Candidate(slug: folder.slug, profile: scene) }
            let names = folder.unreadProfile?.spellings.dropFirst() ?? []
            return SceneLookup.Candidate(
                slug: folder.slug, name: names.first, aliases: Array(names.dropFirst()))
        }
        let known = loaded.scenes.map(\.slug).filter { analysis.scene(slug: $0) != nil }
        let error: AuthoringError
        switch SceneLookup(candidates).resolve(given) {
        case .found(let slug):
            if let scene = analysis.scene(slug: slug) { return scene }
            let folder = loaded.scenes.first { $0.slug == slug }
            if let profile = folder?.scene?.header.file ?? folder?.unreadProfile?.file {
                error = AuthoringError(.brokenProfile(slug: slug, path: profile))
            } else {
                let path = VaultScanner.display(
                    "scenes/\(slug)/scene.md", displayRoot: VaultScanner.displayRoot(loaded.root))
                error = AuthoringError(.missingProfile(slug: slug, path: path))
            }
        case .ambiguous(let slugs):
            error = AuthoringError(.ambiguousScene(given: given, slugs: slugs))
        case .unknown(let suggestion):
            error = AuthoringError(.unknownScene(given: given, suggestion: suggestion, known: known))
        }
        context.console.err(error.rendered + "\n")
        return nil
    }
}
