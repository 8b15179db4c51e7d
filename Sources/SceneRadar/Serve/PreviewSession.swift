import Dispatch
import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What `radar serve` runs: builds the vault, serves the site with ``PreviewServer``, watches the
/// vault with ``FileWatcher`` and rebuilds on every change, then tells open pages to reload.
///
/// The site is built into a fresh temporary folder outside the vault (removed by `stop()`), so a
/// preview never touches the vault's `_site/`; with an explicit output folder it builds there, as
/// `radar build -o` would, and leaves it. A broken note never stops the session: while the vault
/// has errors, every page shows them (``ErrorPage``), and the site comes back once it builds
/// cleanly. A build that cannot run at all (the vault folder was removed) is shown the same way.
/// Builds never overlap: they run one at a time on the session's own queue.
///
/// ```swift
/// let session = PreviewSession(configuration: .init(vault: "notes", port: 8000)) { event in … }
/// let port = try session.start()
/// session.waitUntilStopped()   // another thread (Ctrl-C) calls session.stop()
/// ```
public final class PreviewSession: Sendable {
    /// What to serve and how.
    public struct Configuration: Sendable {
        /// The vault folder as the user gave it.
        public var vault: String
        /// Where to build; nil builds into a temporary folder that `stop()` removes.
        public var output: String?
        /// The port on 127.0.0.1; 0 picks a free one.
        public var port: UInt16
        /// The base URL pages are built with; by default none, radar.yml's `base-url` left out,
        /// so that every link, the 404 page's included, stays on the preview server.
        public var baseURL: String?
        /// How often the vault is scanned for changes.
        public var watchInterval: Duration = .milliseconds(300)
        /// How long the vault must stay unchanged before a rebuild starts.
        public var debounce: Duration = .milliseconds(100)
        /// Where the temporary output folder is created.
        public var temporaryParent: String = FileManager.default.temporaryDirectory.path

        /// Creates a configuration.
        public init(vault: String, output: String? = nil, port: UInt16 = 8000, baseURL: String? = nil) {
            self.vault = vault
            self.output = output
            self.port = port
            self.baseURL = baseURL
        }
    }

    /// What the session reports while it runs, for the terminal.
    public enum Event: Sendable {
        /// A build starts; `changes` is nil for the first build.
        case building(changes: FileChangeSet?)
        /// A build ended; the server already shows its result.
        case built(BuildResult)
        /// The build waits for another radar build (a `radar build` of the same vault, say),
        /// which holds `held` (see `SiteBuilder.Options.waiting`).
        case waiting(held: String)
    }

    /// How one build went.
    public struct BuildResult: Sendable {
        /// The builder's report, or why it could not build at all.
        public var outcome: Result<SiteBuilder.Report, SiteBuilder.Failure>
        /// The changes that caused it; nil for the first build.
        public var changes: FileChangeSet?
        /// How long it took.
        public var duration: Duration
        /// The changed files relative to the vault, sorted; empty for the first build.
        public var changedFiles: [String]
        /// Whether the build made the site again because its folder (or its manifest) was
        /// removed while serving.
        public var remadeRemovedSite = false

        /// Whether the server shows the error page after this build.
        public var isBroken: Bool {
            switch outcome {
            case .success(let report): return report.diagnostics.containsError
            case .failure: return true
            }
        }
    }

    /// Why the session did not start.
    public enum StartError: Error, Sendable, CustomStringConvertible {
        /// The first build could not run (the vault is unreadable, the output folder refused).
        case build(SiteBuilder.Failure)
        /// The server could not listen (the port is taken).
        case server(PreviewServerError)
        /// The temporary output folder could not be created.
        case output(String)
        /// `stop()` was called while the session was starting; everything is cleaned up.
        case stopped
        /// `start()` was called twice.
        case alreadyStarted

        /// A message for the terminal.
        public var description: String {
            switch self {
            case .build(let failure): return failure.message
            case .server(let error): return error.description
            case .output(let message): return message
            case .stopped: return "stopped before the server started"
            case .alreadyStarted: return "the preview session was already started"
            }
        }
    }

    /// The configuration the session was created with.
    public let configuration: Configuration
    /// The vault's absolute path, the prefix of every path in a ``FileChangeSet``.
    public let watchedRoot: String

    let onEvent: @Sendable (Event) -> Void
    let fileSystem: any FileSystem
    let state = Mutex(State())
    /// Runs every build, one at a time.
    let buildQueue = DispatchQueue(label: "radar.preview-session.build")
    /// Entered by `start()`, left once everything is torn down; `waitUntilStopped()` waits on it.
    let lifetime = DispatchGroup()

    struct State {
        var phase = Phase.idle
        var output: String?
        var temporaryOutput: String?
        var server: PreviewServer?
        var watcher: FileWatcher?
        /// The newest build's result, shown by the server.
        var latest: BuildResult?
    }

    enum Phase {
        case idle
        case starting
        /// `stop()` arrived while starting: `start()` tears down and throws `.stopped`.
        case stopRequested
        case running
        case stopping
        case stopped
    }

    /// Prepares a session; nothing is built or bound until `start()`. `onEvent` is called on the
    /// build queue, one event at a time; it must not call `stop()`.
    public init(
        configuration: Configuration, fileSystem: any FileSystem = LocalFileSystem(),
        onEvent: @escaping @Sendable (Event) -> Void = { _ in }
    ) {
        self.configuration = configuration
        self.fileSystem = fileSystem
        self.onEvent = onEvent
        self.watchedRoot = URL(fileURLWithPath: configuration.vault).standardizedFileURL.path
    }

    /// Builds the site, starts the server and the watcher, and returns the bound port. On any
    /// failure everything started so far is stopped and the temporary folder removed.
    @discardableResult
    public func start() throws(StartError) -> UInt16 {
        let isFirstStart = state.withLock { state -> Bool in
            guard state.phase == .idle else { return false }
            state.phase = .starting
            lifetime.enter()
            return true
        }
        guard isFirstStart else { throw .alreadyStarted }
        do {
            return try startServing()
        } catch {
            teardown()
            throw error
        }
    }

    /// Stops the watcher (waiting for a build in progress) and the server, and removes the
    /// temporary output folder. Safe to call more than once and from any thread but the build
    /// queue; called while `start()` runs, it makes `start()` stop and throw `.stopped`.
    public func stop() {
        let shouldTearDown = state.withLock { state -> Bool in
            switch state.phase {
            case .idle:
                state.phase = .stopped
                return false
            case .starting:
                state.phase = .stopRequested
                return false
            case .running:
                state.phase = .stopping
                return true
            case .stopRequested, .stopping, .stopped:
                return false
            }
        }
        if shouldTearDown { teardown() }
    }

    /// Blocks until the session has stopped and cleaned up (returns at once if never started).
    public func waitUntilStopped() {
        lifetime.wait()
    }

    /// The folder the site is built into (nil before `start()`).
    public var output: String? { state.withLock { $0.output } }

    /// The bound port (0 unless running).
    public var port: UInt16 { state.withLock { $0.server?.port ?? 0 } }
}
