import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `radar serve`: builds the vault (into a temporary folder, or `-o DIR`), serves it on
/// 127.0.0.1, rebuilds and reloads the browser on every change, until Ctrl-C. The work is done by
/// ``PreviewSession``; this prints what happens.
struct ServeCommand: Sendable {
    let context: CommandContext
    /// The signals that stop the server (Ctrl-C, `kill`, the terminal closed).
    var stopSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    /// Called once the server is listening; tests use it to reach the session.
    var onServing: (@Sendable (PreviewSession) -> Void)?
    /// How often the vault is scanned, and how long it must be still before a rebuild.
    var watchInterval: Duration = .milliseconds(300)
    var debounce: Duration = .milliseconds(100)

    func run(vault: String, port: UInt16, output: String?, quiet: Bool) -> Int32 {
        let progress = ProgressLine(context: context, quiet: quiet)
        var configuration = PreviewSession.Configuration(vault: vault, output: output, port: port)
        configuration.watchInterval = watchInterval
        configuration.debounce = debounce
        let session = PreviewSession(configuration: configuration, fileSystem: context.fileSystem) { event in
            report(event, progress: progress, quiet: quiet, keepsOutput: output != nil)
        }
        // Installed before starting, so Ctrl-C during the first build still cleans up. Stopping
        // waits for a build under way to end; a second Ctrl-C does not wait (the next `radar
        // serve` removes the temporary folder left behind).
        let received = Mutex(0)
        let signals = ShutdownSignals(signals: stopSignals) { number in
            let count = received.withLock { count -> Int in
                count += 1
                return count
            }
            if count > 1 { _exit(128 + number) }
            session.stop()
        }
        defer { signals.cancel() }
        let bound: UInt16
        do {
            bound = try session.start()
        } catch {
            switch error {
            case .stopped:
                return ExitStatus.success
            case .build:
                return ExitStatus.usage  // already printed with the build's outcome
            case .server, .output, .alreadyStarted:
                context.console.err("radar: \(error)\n")
                return ExitStatus.usage
            }
        }
        context.console.out("Serving \(vault) at http://127.0.0.1:\(bound)/ — Ctrl-C to stop\n")
        onServing?(session)
        session.waitUntilStopped()
        if !quiet { context.console.err("radar: stopped\n") }
        return ExitStatus.success
    }
}

// MARK: - Reporting

extension ServeCommand {
    fileprivate func report(
        _ event: PreviewSession.Event, progress: ProgressLine, quiet: Bool, keepsOutput: Bool
    ) {
        switch event {
        case .building(let changes):
            progress.begin(changes == nil ? "building" : "rebuilding")
        case .waiting(let held):
            BuildCommand.reportWaiting(for: held, progress: progress, context: context, quiet: quiet)
        case .built(let result):
            progress.end()
            switch result.outcome {
            case .failure(let failure):
                let shown = result.changes == nil ? "" : "; the browser shows this until it is fixed"
                context.console.err("radar: \(failure.message)\(shown)\n")
            case .success(let built):
                let shown = built.diagnostics.filter { $0.severity >= .warning }
                if !shown.isEmpty {
                    var printer = DiagnosticPrinter(context: context)
                    printer.toStandardError = true
                    printer.print(shown, format: "text")
                }
                if !quiet {
                    context.console.err(summary(built, of: result, keepsOutput: keepsOutput) + "\n")
                }
            }
        }
    }

    /// `radar: rebuilt 67 pages in 0.12 s (scenes/x/scene.md changed)`.
    fileprivate func summary(
        _ built: SiteBuilder.Report, of result: PreviewSession.BuildResult, keepsOutput: Bool
    )
        -> String
    {
        var line = "radar: \(result.changes == nil ? "built" : "rebuilt") \(built.pages) pages"
        if keepsOutput { line += " into \(built.output.asFolder)" }
        line += " in \(NumberFormat.exact(result.duration / .seconds(1), decimals: 2)) s"
        if result.remadeRemovedSite {
            line += " (the built site was removed)"
        } else if let described = describe(result.changedFiles) {
            line += " (\(described))"
        }
        if built.diagnostics.containsError {
            line += ", with errors: the browser shows them until they are fixed"
        }
        return line
    }

    fileprivate func describe(_ files: [String]) -> String? {
        guard let first = files.first else { return nil }
        return files.count == 1 ? "\(first) changed" : "\(files.count) files changed"
    }
}
