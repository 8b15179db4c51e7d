import Dispatch
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs a handler when the process receives SIGINT or SIGTERM (Ctrl-C, `kill`), through Dispatch
/// signal sources rather than a C signal handler, so the handler may do anything (e.g. stop the
/// server and wait for its threads).
///
/// While installed, the signals' default action (terminating the process) is replaced; `cancel()`
/// restores it.
public final class ShutdownSignals: Sendable {
    private let signals: [Int32]
    private let sources: Mutex<[any DispatchSourceSignal]>

    /// Installs `handler` for `signals`; it runs on a global queue with the signal number.
    public init(signals: [Int32] = [SIGINT, SIGTERM], handler: @escaping @Sendable (Int32) -> Void) {
        self.signals = signals
        var created: [any DispatchSourceSignal] = []
        let registered = DispatchGroup()
        for number in signals {
            // The default action must be ignored, or the process would end before Dispatch sees it.
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { handler(number) }
            registered.enter()
            source.setRegistrationHandler { registered.leave() }
            source.resume()
            created.append(source)
        }
        // Sources are armed asynchronously, and a signal arriving before that would be ignored;
        // waiting makes "installed" mean "armed" once `init` returns.
        _ = registered.wait(timeout: .now() + .seconds(5))
        sources = Mutex(created)
    }

    /// Removes the handler and restores the signals' default action.
    public func cancel() {
        let removed = sources.withLock { sources -> [any DispatchSourceSignal] in
            defer { sources = [] }
            return sources
        }
        guard !removed.isEmpty else { return }
        for source in removed { source.cancel() }
        for number in signals { signal(number, SIG_DFL) }
    }

    deinit { cancel() }
}

extension PreviewServer {
    /// Stops the server on SIGINT or SIGTERM. Keep the returned value alive for as long as the
    /// signals should stop the server; `cancel()` it (or let it go) to restore the default action.
    public func stopOnSignals(_ signals: [Int32] = [SIGINT, SIGTERM]) -> ShutdownSignals {
        ShutdownSignals(signals: signals) { [weak self] _ in self?.stop() }
    }
}
