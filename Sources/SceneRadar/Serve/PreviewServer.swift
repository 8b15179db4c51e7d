import Dispatch
import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The HTTP/1.1 server behind `radar serve`: serves a built site from 127.0.0.1 with live reload.
///
/// One thread accepts connections and each connection gets its own thread, so a slow or idle client
/// never delays another; every wait on a client is bounded by a timeout. HTML responses get the
/// live-reload script injected (the files on disk never contain it), `broadcastReload()` tells every
/// open page to reload, and `showErrorPage(html:)` replaces every HTML page with diagnostics while a
/// build is broken.
///
/// ```swift
/// let server = try PreviewServer(configuration: .init(root: "_site", port: 8000))
/// let port = try server.start()
/// let signals = server.stopOnSignals()
/// server.waitUntilStopped()
/// ```
public final class PreviewServer: Sendable {
    /// Tunables; the defaults suit a browser on the same machine.
    public struct Configuration: Sendable {
        /// The folder to serve.
        public var root: String
        /// The port on 127.0.0.1; 0 picks a free one (read it back from `start()` or `port`).
        public var port: UInt16
        /// How long a client may take to send a complete request head.
        public var headerTimeout: Duration = .seconds(10)
        /// How long a kept-alive connection may sit idle between requests.
        public var idleTimeout: Duration = .seconds(5)
        /// How long one write to a client that stopped reading may block.
        public var sendTimeout: Duration = .seconds(30)
        /// How often an idle live-reload stream gets a keep-alive comment.
        public var eventPingInterval: Duration = .seconds(15)
        /// Connections served at once; more are answered 503 and closed.
        public var maximumConnections = 256
        /// Host names a request may address (DNS-rebinding guard); nil accepts any.
        public var allowedHosts: Set<String>? = PreviewResponder.loopbackHosts

        /// Creates a configuration serving `root` on `port`.
        public init(root: String, port: UInt16 = 8000) {
            self.root = root
            self.port = port
        }
    }

    /// The configuration the server was created with.
    public let configuration: Configuration

    let responder: PreviewResponder
    let hub = ReloadHub()
    let parser = HTTPRequestParser()
    let state = Mutex(State())
    /// Entered by the accept thread and by every connection thread; `stop()` waits for it.
    let threads = DispatchGroup()
    /// Entered from `start()` until `stop()` finishes; `waitUntilStopped()` waits for it.
    private let lifetime = DispatchGroup()

    struct State {
        var phase = Phase.idle
        var port: UInt16 = 0
        var listener: Int32 = -1
        var wake: (read: Int32, write: Int32) = (-1, -1)
        var connections: Set<Int32> = []
        var errorPage: String?
    }

    enum Phase {
        case idle
        case running
        case stopping
        case stopped
    }

    /// Prepares a server for `configuration.root`; nothing is bound until `start()`.
    public init(configuration: Configuration) throws(PreviewServerError) {
        guard let resolver = SitePathResolver(root: configuration.root) else {
            throw .rootNotFound(configuration.root)
        }
        self.configuration = configuration
        self.responder = PreviewResponder(resolver: resolver, allowedHosts: configuration.allowedHosts)
    }

    /// Binds 127.0.0.1 and starts serving; returns the bound port (useful with port 0).
    @discardableResult
    public func start() throws(PreviewServerError) -> UInt16 {
        // A client that disconnects mid-write must not kill the process; sends also pass
        // MSG_NOSIGNAL, this covers any other write path.
        signal(SIGPIPE, SIG_IGN)
        let bound: (fd: Int32, port: UInt16)
        let wake: (read: Int32, write: Int32)
        do {
            bound = try Socket.makeListener(port: configuration.port)
        } catch {
            switch error.code {
            case EADDRINUSE: throw .portInUse(configuration.port)
            case EACCES: throw .permissionDenied(configuration.port)
            default: throw .system(operation: error.operation, code: error.code)
            }
        }
        do {
            wake = try Socket.makeWakePipe()
        } catch {
            close(bound.fd)
            throw .system(operation: error.operation, code: error.code)
        }
        let started = state.withLock { state -> Bool in
            guard state.phase == .idle else { return false }
            state.phase = .running
            state.port = bound.port
            state.listener = bound.fd
            state.wake = wake
            return true
        }
        guard started else {
            for fd in [bound.fd, wake.read, wake.write] { close(fd) }
            throw .alreadyStarted
        }
        lifetime.enter()
        spawn { self.acceptLoop(listener: bound.fd, wake: wake.read) }
        return bound.port
    }

    /// The bound port (0 before `start()`).
    public var port: UInt16 { state.withLock { $0.port } }

    /// Stops accepting, closes the listener and every open connection (live-reload streams
    /// included), and returns once every server thread has finished. Safe to call more than once.
    public func stop() {
        let wakeWrite = state.withLock { state -> Int32? in
            guard state.phase == .running else { return nil }
            state.phase = .stopping
            // Shutting a socket down wakes the thread blocked on it; that thread closes it.
            for fd in state.connections { _ = shutdown(fd, Int32(SHUT_RDWR)) }
            return state.wake.write
        }
        guard let wakeWrite else { return }
        var byte: UInt8 = 1
        _ = write(wakeWrite, &byte, 1)
        // Every thread's waits are bounded, so this returns promptly; the timeout only guards
        // against a bug turning Ctrl-C into a hang.
        _ = threads.wait(timeout: .now() + .seconds(10))
        state.withLock { state in
            close(state.wake.read)
            close(state.wake.write)
            state.wake = (-1, -1)
            state.phase = .stopped
        }
        lifetime.leave()
    }

    /// Blocks the calling thread until `stop()` has finished (returns at once if never started).
    public func waitUntilStopped() {
        lifetime.wait()
    }

    /// Tells every open page to reload; returns how many live-reload streams received the event.
    @discardableResult
    public func broadcastReload() -> Int {
        hub.reload()
    }

    /// Sets or clears the error state. While `html` is set, every request for an HTML document (a
    /// page, a directory index or a missing path) is answered with that page, status 500, with the
    /// live-reload script injected, so the browser shows the build's diagnostics and reloads once
    /// it is fixed. Non-HTML assets are still served. Pass nil to serve the site again. Returns
    /// whether the error state changed.
    @discardableResult
    public func showErrorPage(html: String?) -> Bool {
        state.withLock { state in
            defer { state.errorPage = html }
            return state.errorPage != html
        }
    }

    /// Connections currently open (live-reload streams included).
    var openConnectionCount: Int { state.withLock { $0.connections.count } }

    /// Live-reload streams currently open.
    var eventStreamCount: Int { hub.clientCount }

    /// Runs `body` on a new thread counted in `threads`.
    func spawn(_ body: @escaping @Sendable () -> Void) {
        threads.enter()
        let thread = Thread {
            body()
            self.threads.leave()
        }
        thread.name = "radar-serve"
        thread.start()
    }
}

// MARK: - Accepting

extension PreviewServer {
    fileprivate func acceptLoop(listener: Int32, wake: Int32) {
        var entries = [
            pollfd(fd: listener, events: Int16(POLLIN), revents: 0),
            pollfd(fd: wake, events: Int16(POLLIN), revents: 0),
        ]
        while true {
            entries[0].revents = 0
            entries[1].revents = 0
            let ready = poll(&entries, 2, -1)
            if ready < 0 && errno == EINTR { continue }
            if ready < 0 || entries[1].revents != 0 { break }
            guard let fd = Socket.acceptConnection(listener) else {
                // Out of descriptors (EMFILE) leaves the listener readable; pause instead of spinning.
                usleep(10_000)
                continue
            }
            admit(fd)
        }
        state.withLock { state in
            close(state.listener)
            state.listener = -1
        }
    }

    fileprivate func admit(_ fd: Int32) {
        let admitted = state.withLock { state -> Bool? in
            guard state.phase == .running else { return nil }
            guard state.connections.count < configuration.maximumConnections else { return false }
            state.connections.insert(fd)
            return true
        }
        switch admitted {
        case true?:
            spawn { self.serveConnection(fd) }
        case false?:
            let busy = HTTPResponse.text(.serviceUnavailable, "too many connections")
            var bytes = busy.head(keepAlive: false, date: HTTPDate.string())
            if case .bytes(let body) = busy.body { bytes += body }
            // Refused on the accept thread, so nothing here may block: read what the client already
            // sent (closing with unread data would reset the connection and lose the 503), answer
            // without waiting, and close.
            Socket.discardPending(fd)
            _ = Socket.sendAll(fd, bytes, flags: Int32(MSG_DONTWAIT))
            _ = shutdown(fd, Int32(SHUT_WR))
            close(fd)
        case nil:
            close(fd)
        }
    }
}
