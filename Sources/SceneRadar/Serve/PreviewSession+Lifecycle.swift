import Dispatch
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// MARK: - Starting and stopping (the steps behind `start()` and `stop()`)

extension PreviewSession {
    func startServing() throws(StartError) -> UInt16 {
        try checkPort()
        let output = try prepareOutput()
        // Watching starts before the first build, so an edit made while it runs is not missed.
        // The site itself is not watched, but a site removed (its manifest gone: a cleaner of
        // temporary folders, a `rm -rf`) is built again.
        let watcher = FileWatcher(
            configuration: .init(
                roots: [configuration.vault], excluded: [output, watchedRoot + "/_site"],
                interval: configuration.watchInterval, debounce: configuration.debounce,
                kept: [output + "/" + OutputManifest.fileName])
        ) { [weak self] changes in
            self?.rebuild(after: changes)
        }
        state.withLock { $0.watcher = watcher }
        watcher.start()
        let first = buildQueue.sync { rebuildNow(changes: nil, output: output) }
        if case .failure(let failure) = first.outcome { throw .build(failure) }
        let server: PreviewServer
        let port: UInt16
        do {
            server = try PreviewServer(configuration: .init(root: output, port: configuration.port))
            port = try server.start()
        } catch {
            throw .server(error)
        }
        // From here on every build updates the server. Show the newest result now (a rebuild may
        // have run since the first build), on the build queue so that none runs meanwhile.
        buildQueue.sync {
            let latest = state.withLock { state in
                state.server = server
                return state.latest
            }
            if let latest { present(latest, on: server) }
        }
        let running = state.withLock { state -> Bool in
            guard state.phase == .starting else { return false }
            state.phase = .running
            return true
        }
        guard running else { throw .stopped }
        return port
    }

    /// Fails early, before a build the user would wait for, when the port is taken. The server
    /// binds again after the build; a port taken in between is still reported then.
    func checkPort() throws(StartError) {
        guard configuration.port != 0 else { return }
        do {
            let probe = try Socket.makeListener(port: configuration.port, backlog: 1)
            close(probe.fd)
        } catch {
            switch error.code {
            case EADDRINUSE: throw .server(.portInUse(configuration.port))
            case EACCES: throw .server(.permissionDenied(configuration.port))
            default: throw .server(.system(operation: error.operation, code: error.code))
            }
        }
    }

    /// The output folder: the configured one, or a fresh temporary folder named after the process.
    func prepareOutput() throws(StartError) -> String {
        if let output = configuration.output {
            state.withLock { $0.output = output }
            return output
        }
        Self.removeLeftovers(in: configuration.temporaryParent)
        var template = Array("\(configuration.temporaryParent)/radar-serve-\(getpid())-XXXXXX".utf8CString)
        // mkdtemp replaces the X's in place and creates the folder with mode 0700.
        let made = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { mkdtemp($0) != nil } ?? false
        }
        guard made else {
            let reason = String(cString: strerror(errno))
            throw .output("cannot create a temporary folder in '\(configuration.temporaryParent)': \(reason)")
        }
        let path = template.withUnsafeBufferPointer {
            String(decoding: $0.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        state.withLock { state in
            state.output = path
            state.temporaryOutput = path
        }
        return path
    }

    /// Removes the temporary folders of sessions whose process is gone (killed, or the machine
    /// lost power): `radar-serve-<pid>-XXXXXX` folders of this user whose process no longer
    /// exists. A folder whose process id is in use again is left alone.
    static func removeLeftovers(in parent: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return }
        for name in names where name.hasPrefix("radar-serve-") {
            let parts = name.dropFirst("radar-serve-".count).split(separator: "-")
            guard parts.count == 2, parts[1].count == 6, let pid = pid_t(parts[0]), pid > 0, pid != getpid()
            else { continue }
            let path = parent + "/" + name
            var status = stat()
            guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR, status.st_uid == getuid()
            else { continue }
            guard kill(pid, 0) == -1, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    /// Stops what was started and removes the temporary folder, then ends the session.
    func teardown() {
        let (watcher, server, temporary) = state.withLock { state in
            state.phase = .stopping
            return (state.watcher, state.server, state.temporaryOutput)
        }
        watcher?.stop()
        server?.stop()
        // The watcher waited for its callback; a build started by `start()` has returned too.
        buildQueue.sync {}
        if let temporary { try? FileManager.default.removeItem(atPath: temporary) }
        state.withLock { state in
            state.phase = .stopped
            state.watcher = nil
            state.server = nil
        }
        lifetime.leave()
    }
}
