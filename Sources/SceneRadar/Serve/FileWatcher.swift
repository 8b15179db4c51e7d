import Dispatch
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Watches folders by polling `stat` and reports settled changes.
///
/// Dispatch has no file-system sources on Linux and inotify needs a watch per folder; stamping every
/// file of a vault every few hundred milliseconds costs a few milliseconds and works everywhere.
/// A change is reported once the tree has stopped changing for `debounce` (an editor's save, or a
/// `git checkout` of many files, arrives as one change set), and it is the net change since the
/// last report: a file created and deleted in between is not mentioned.
///
/// The callback runs on the watcher's own serial queue, one call at a time; scanning pauses while it
/// runs, and changes made meanwhile are reported afterwards.
public final class FileWatcher: Sendable {
    /// What to watch and how often.
    public struct Configuration: Sendable {
        /// Folders (or single files) to watch; reported paths start with these, made absolute.
        public var roots: [String]
        /// Folders to skip, such as the build output. Hidden folders (`.radar-cache`, `.git`,
        /// `.obsidian`) are always skipped.
        public var excluded: [String]
        /// Time between scans.
        public var interval: Duration
        /// How long the tree must stay unchanged before a change is reported.
        public var debounce: Duration
        /// Files outside the scan (in an excluded folder, say) whose disappearance is a change:
        /// one that was there and is gone is reported as removed, at once. Their own changes
        /// are not reported.
        public var kept: [String]

        /// Creates a configuration.
        public init(
            roots: [String], excluded: [String] = [], interval: Duration = .milliseconds(300),
            debounce: Duration = .milliseconds(100), kept: [String] = []
        ) {
            self.roots = roots
            self.excluded = excluded
            self.interval = interval
            self.debounce = debounce
            self.kept = kept
        }
    }

    /// The configuration the watcher was created with.
    public let configuration: Configuration

    private struct State {
        var timer: DispatchSourceTimer?
        var running = false
        /// The snapshot last reported (or the baseline).
        var reported: [String: FileStamp] = [:]
        /// The latest snapshot, and when it last differed from the one before.
        var latest: [String: FileStamp] = [:]
        var lastChange = ContinuousClock.now
        /// The kept files found at the last scan, and when they were last taken as they are
        /// (see `rebaseKeptFiles`).
        var keptPresent: Set<String> = []
        var keptRebased = ContinuousClock.now
        /// The thread running the callback, so `stop()` from inside it does not wait for itself.
        var callbackThread: pthread_t?
    }

    private let scanner: FileTreeScanner
    private let onChange: @Sendable (FileChangeSet) -> Void
    private let queue = DispatchQueue(label: "radar.file-watcher")
    private let state = Mutex(State())

    /// Creates a watcher; nothing happens until `start()`.
    public init(configuration: Configuration, onChange: @escaping @Sendable (FileChangeSet) -> Void) {
        self.configuration = configuration
        self.scanner = FileTreeScanner(roots: configuration.roots, excluded: configuration.excluded)
        self.onChange = onChange
    }

    /// Takes the baseline snapshot (before returning, so any later change is seen) and starts
    /// polling. Does nothing if already running.
    public func start() {
        let baseline = scanner.scan()
        let kept = presentKeptFiles()
        let firstTick = Self.dispatchInterval(configuration.interval)
        state.withLock { state in
            guard !state.running else { return }
            state.running = true
            state.reported = baseline
            state.latest = baseline
            state.keptPresent = kept
            // Created under the lock so the timer never escapes it; its handler only queues work.
            let timer = DispatchSource.makeTimerSource(queue: queue)
            timer.setEventHandler { [weak self] in self?.tick() }
            timer.schedule(deadline: .now() + firstTick)
            timer.resume()
            state.timer = timer
        }
    }

    /// Stops polling and waits for a scan or callback in progress to finish (unless called from the
    /// callback itself). No callback starts after this returns.
    public func stop() {
        let insideCallback = state.withLock { state -> Bool in
            state.running = false
            state.timer?.cancel()
            state.timer = nil
            return state.callbackThread.map { pthread_equal($0, pthread_self()) != 0 } ?? false
        }
        if !insideCallback { queue.sync {} }
    }

    deinit {
        state.withLock { $0.timer?.cancel() }
    }
}

// MARK: - Polling

extension FileWatcher {
    fileprivate func tick() {
        let current = scanner.scan()
        let looked = ContinuousClock.now
        let kept = presentKeptFiles()
        let now = ContinuousClock.now
        let step = state.withLock { state -> (FileChangeSet?, Duration)? in
            guard state.running else { return nil }
            // A look older than the last rebase knows less than it: left out.
            let isCurrent = looked > state.keptRebased
            let vanished = isCurrent ? state.keptPresent.subtracting(kept) : []
            if isCurrent { state.keptPresent = kept }
            if current != state.latest {
                state.latest = current
                state.lastChange = now
            }
            var changes = FileChangeSet(removed: Array(vanished))
            var next = configuration.interval
            if current != state.reported {
                if now - state.lastChange >= configuration.debounce {
                    changes = FileChangeSet(from: state.reported, to: current)
                    changes.removed = (changes.removed + vanished).sorted()
                    state.reported = current
                } else {
                    // Look again as soon as the debounce could have passed.
                    next = min(configuration.debounce, configuration.interval)
                }
            }
            guard !changes.isEmpty else { return (nil, next) }
            state.callbackThread = pthread_self()
            return (changes, next)
        }
        guard let (changes, next) = step else { return }
        if let changes {
            onChange(changes)
            state.withLock { $0.callbackThread = nil }
        }
        state.withLock { state in
            guard state.running else { return }
            state.timer?.schedule(deadline: .now() + Self.dispatchInterval(next))
        }
    }

    /// Takes the kept files as they are now as the ones there: called by whoever has just made
    /// them (the session, after a build), so that one removed before the next scan is still
    /// reported.
    public func rebaseKeptFiles() {
        let rebased = ContinuousClock.now
        let kept = presentKeptFiles()
        state.withLock { state in
            state.keptPresent = kept
            state.keptRebased = rebased
        }
    }

    /// The kept files that exist now.
    fileprivate func presentKeptFiles() -> Set<String> {
        var status = stat()
        return Set(configuration.kept.filter { lstat($0, &status) == 0 })
    }

    fileprivate static func dispatchInterval(_ duration: Duration) -> DispatchTimeInterval {
        .milliseconds(max(1, Int(duration / .milliseconds(1))))
    }
}
