/// `radar lint` / `radar check`: load, parse, decode and lint every note; print diagnostics;
/// exit 0 (clean or only warnings), 1 (errors, or warnings with `--strict`), 2 (vault unreadable).
struct LintCommand {
    let context: CommandContext

    func run(vault root: String, format: String, strict: Bool, quiet: Bool = false) -> Int32 {
        let trace = BuildTrace()
        let progress = ProgressLine(context: context, quiet: quiet)
        progress.begin("linting")
        let vault: Vault
        do {
            vault = try VaultLoader(fileSystem: context.fileSystem).load(root: root)
        } catch {
            progress.end()
            context.console.err("radar: \(error.message)\n")
            return ExitStatus.usage
        }
        defer { ProcessLifetime.keep(vault) }
        trace.mark("notes read, parsed, decoded")
        var diagnostics = Self.diagnostics(of: vault, trace: trace)
        if let canonical = context.fileSystem.canonicalPath(root) {
            // A theme error would stop the build, so lint reports it too.
            diagnostics +=
                ThemeLoader.load(
                    canonicalRoot: canonical, displayRoot: VaultScanner.displayRoot(root),
                    fileSystem: context.fileSystem
                ).diagnostics
            diagnostics.sort()
        }
        progress.end()
        trace.mark("theme checked")
        var printer = DiagnosticPrinter(context: context)
        printer.showsSummary = !quiet
        printer.print(diagnostics, format: format)
        let strictMode = strict || vault.config.lintStrict
        if diagnostics.containsError { return ExitStatus.failure }
        if strictMode && diagnostics.contains(where: { $0.severity == .warning }) {
            return ExitStatus.failure
        }
        return ExitStatus.success
    }

    /// Reading/decoding diagnostics plus lint, sorted.
    static func diagnostics(of vault: Vault, trace: BuildTrace = BuildTrace()) -> [Diagnostic] {
        let people = PeopleIndex(vault: vault)
        trace.mark("people indexed")
        let links = LinkTargets(folders: vault.scenes, people: people)
        trace.mark("link targets")
        let lint = Linter().lint(vault, people: people, links: links)
        trace.mark("linted")
        // The reading's diagnostics hold one that can be silenced: misplaced-file.
        return (Linter.suppress(vault.diagnostics, in: vault) + lint).sorted()
    }
}

/// Prints diagnostics in the chosen format. `radar lint` prints them on standard output (they
/// are its result); `radar build` on standard error (its result is the site).
struct DiagnosticPrinter {
    let context: CommandContext
    var toStandardError = false
    /// Whether text output ends with the `radar: 1 error, …` line (`--quiet` drops it).
    var showsSummary = true

    func print(_ diagnostics: [Diagnostic], format: String) {
        switch format {
        case "json": context.console.out(DiagnosticFormats.json(diagnostics))
        case "sarif": context.console.out(SARIFWriter.render(diagnostics, toolVersion: RadarCLI.version))
        case "github": context.console.out(DiagnosticFormats.github(diagnostics))
        default: printText(diagnostics)
        }
    }

    private func printText(_ diagnostics: [Diagnostic]) {
        var sources: [String: SourceText] = [:]
        let fileSystem = context.fileSystem
        let renderer = DiagnosticRenderer(
            useColor: toStandardError ? context.colorErrors : context.colorOutput)
        let text = renderer.render(diagnostics) { file, line in
            if sources[file] == nil {
                let bytes = (try? fileSystem.read(file, limit: Limits.standard.maxNoteBytes)) ?? []
                // Lossy on purpose: an encoding error still shows its line.
                sources[file] = SourceText(String(decoding: bytes, as: UTF8.self))
            }
            return sources[file]?.line(line)
        }
        let counts = DiagnosticFormats.summary(diagnostics)
        var summary = diagnostics.isEmpty ? "no problems found" : ""
        if !diagnostics.isEmpty {
            summary = [
                NumberFormat.counted(counts.errors, "error"),
                NumberFormat.counted(counts.warnings, "warning"),
                "\(counts.infos) info",
            ].joined(separator: ", ")
        }
        guard showsSummary else {
            if toStandardError { context.console.err(text) } else { context.console.out(text) }
            return
        }
        let output = text + (diagnostics.isEmpty ? "" : "\n") + "radar: \(summary)\n"
        if toStandardError { context.console.err(output) } else { context.console.out(output) }
    }
}
