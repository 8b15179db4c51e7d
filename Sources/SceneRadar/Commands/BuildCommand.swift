import Foundation

/// `radar build`: compiles the site; prints problems on standard error and a one-line summary.
struct BuildCommand {
    let context: CommandContext

    func run(vault: String, output: String?, baseURL given: String?, quiet: Bool) -> Int32 {
        var baseURL: String?
        if let given {
            let parsed = WebURL.parse(given, at: SourceLocation(file: "--base-url"))
            if let problem = parsed.map({ $0.siteAddressProblem })
                ?? "expected an absolute http or https address"
            {
                context.console.err(
                    "Error: Invalid value '\(given)' for '--base-url'; \(problem)\n"
                        + "Usage: radar build [<vault>] [--output <dir>] [--base-url <url>] [--quiet]\n")
                return ExitStatus.usage
            }
            baseURL = parsed?.publishedAddress
        }
        let start = DispatchTime.now().uptimeNanoseconds
        let report: SiteBuilder.Report
        let progress = ProgressLine(context: context, quiet: quiet)
        var options = SiteBuilder.Options(vault: vault, output: output, baseURL: baseURL, endsProcess: true)
        options.waiting = { [context] held in
            Self.reportWaiting(for: held, progress: progress, context: context, quiet: quiet)
        }
        do {
            report = try progress.measure("building") {
                () throws(SiteBuilder.Failure) -> SiteBuilder.Report in
                try SiteBuilder(fileSystem: context.fileSystem).build(options)
            }
        } catch {
            context.console.err("radar: \(error.message)\n")
            return ExitStatus.usage
        }
        let shown = report.diagnostics.filter { $0.severity >= .warning }
        if !shown.isEmpty {
            var printer = DiagnosticPrinter(context: context)
            printer.toStandardError = true
            printer.showsSummary = !quiet
            printer.print(shown, format: "text")
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        // --quiet prints the errors and warnings only: no notes, no summary.
        if !quiet {
            for note in report.notes { context.console.err("radar: note: \(note)\n") }
            let failed = report.diagnostics.containsError
            let reused = report.pages - report.rendered - report.stopped
            let files = NumberFormat.counted(report.written, "file")
            // Pages a template error stopped were not built, whether or not an older one stays.
            let pages = NumberFormat.counted(report.pages - report.stopped, "page")
            let charts = NumberFormat.counted(report.charts, "chart")
            context.console.err(
                "radar: built \(pages), \(charts) "
                    + "into \(report.output.asFolder) in \(NumberFormat.exact(seconds, decimals: 2)) s"
                    + (reused > 0 ? " (\(reused) pages unchanged, \(files) written)" : "")
                    + (report.stopped > 0
                        ? "; \(NumberFormat.counted(report.stopped, "page")) not rendered for the errors above"
                        : "")
                    + (failed ? ", with errors to fix before publishing\n" : "\n"))
        }
        return report.diagnostics.containsError ? ExitStatus.failure : ExitStatus.success
    }

    /// Says, between two spells of the progress line, that a build (or the preview's) waits for
    /// another radar build, which holds `held`.
    static func reportWaiting(for held: String, progress: ProgressLine, context: CommandContext, quiet: Bool)
    {
        // `--quiet` waits silently.
        guard !quiet else { return }
        progress.end()
        context.console.err("radar: waiting for another radar build, which holds \(held)\n")
        progress.begin("building")
    }
}
