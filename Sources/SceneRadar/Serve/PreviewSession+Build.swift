import Dispatch

#if canImport(Glibc)
    import Glibc
#endif

// MARK: - Building

extension PreviewSession {
    /// The watcher's callback: rebuild, show the result, and tell open pages to reload when
    /// what they show changed (a change to a file the site is not made from, a README or a
    /// lint setting, say, changes nothing served).
    func rebuild(after changes: FileChangeSet) {
        buildQueue.sync {
            let (output, server, previous) = state.withLock {
                state -> (String?, PreviewServer?, BuildResult?) in
                switch state.phase {
                case .starting, .running: return (state.output, state.server, state.latest)
                case .idle, .stopRequested, .stopping, .stopped: return (nil, nil, nil)
                }
            }
            guard let output else { return }
            let result = rebuildNow(changes: changes, output: output)
            if let server {
                let errorPageChanged = present(result, on: server)
                if errorPageChanged || Self.changesTheSite(result, after: previous) {
                    server.broadcastReload()
                }
            }
        }
    }

    /// Whether a build wrote or removed files of the site, judged by what it reports: files
    /// written, or another number of files than the build before.
    static func changesTheSite(_ result: BuildResult, after previous: BuildResult?) -> Bool {
        guard case .success(let report) = result.outcome else { return false }
        guard case .success(let before)? = previous?.outcome else { return true }
        return report.written > 0 || report.files != before.files
    }

    /// Runs one build into `output` and reports it; call on the build queue only.
    func rebuildNow(changes: FileChangeSet?, output: String) -> BuildResult {
        dispatchPrecondition(condition: .onQueue(buildQueue))
        onEvent(.building(changes: changes))
        let clock = ContinuousClock()
        let start = clock.now
        let outcome: Result<SiteBuilder.Report, SiteBuilder.Failure>
        var options = SiteBuilder.Options(
            vault: configuration.vault, output: output, baseURL: configuration.baseURL)
        // Links start with `/` rather than radar.yml's base URL, so they stay on this server.
        options.ignoresConfiguredBaseURL = true
        options.waiting = { [onEvent] held in onEvent(.waiting(held: held)) }
        if state.withLock({ $0.temporaryOutput }) == output {
            // The temporary folder removed while serving is made again as mkdtemp made it,
            // readable by this user only: by the build, which makes it when it finds it gone
            // (it may still be going when this build starts).
            options.outputMode = 0o700
        }
        do {
            outcome = .success(try SiteBuilder(fileSystem: fileSystem).build(options))
        } catch {
            outcome = .failure(error)
        }
        state.withLock { $0.watcher }?.rebaseKeptFiles()
        let prefix = watchedRoot == "/" ? "/" : watchedRoot + "/"
        let manifest = output + "/" + OutputManifest.fileName
        let changed = (changes?.allPaths ?? []).filter { $0 != manifest }.map {
            $0.hasPrefix(prefix) ? String($0.dropFirst(prefix.count)) : $0
        }
        var result = BuildResult(
            outcome: outcome, changes: changes, duration: clock.now - start, changedFiles: changed)
        result.remadeRemovedSite = changes?.removed.contains(manifest) ?? false
        state.withLock { $0.latest = result }
        onEvent(.built(result))
        return result
    }

    /// Shows the site, or the error page when the build failed or has errors; returns whether
    /// what the server shows for a page changed (the error page appeared, went or is another).
    @discardableResult
    func present(_ result: BuildResult, on server: PreviewServer) -> Bool {
        switch result.outcome {
        case .failure(let failure):
            return server.showErrorPage(html: ErrorPage.render(failure: failure.message))
        case .success(let report) where report.diagnostics.containsError:
            return server.showErrorPage(
                html: ErrorPage.render(diagnostics: report.diagnostics, sourceLine: sourceLines()))
        case .success:
            return server.showErrorPage(html: nil)
        }
    }

    /// Reads source lines for the error page, each file once; a file that cannot be read any more
    /// just shows no line.
    private func sourceLines() -> (String, Int) -> Substring? {
        var sources: [String: SourceText] = [:]
        let fileSystem = self.fileSystem
        return { file, line in
            if sources[file] == nil {
                let bytes = (try? fileSystem.read(file, limit: Limits.standard.maxNoteBytes)) ?? []
                // Lossy on purpose: a note with an encoding error still shows its line.
                sources[file] = SourceText(String(decoding: bytes, as: UTF8.self))
            }
            return sources[file]?.line(line)
        }
    }
}
