import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The open live-reload streams, and the one place that writes to them.
///
/// Writes happen under the lock with `MSG_DONTWAIT`: an SSE message is a few bytes, so a client whose
/// socket buffer is full has stopped reading; it is shut down rather than allowed to stall the others.
/// A stream's connection thread unregisters it before closing the descriptor, so the hub never
/// writes to a descriptor number that has been reused.
final class ReloadHub: Sendable {
    private struct State {
        var clients: [Int: Int32] = [:]
        var nextID = 0
        var builds = 0
    }

    private let state = Mutex(State())

    /// This server's builds are named `<process id>-<count>`: a page that reconnects to a
    /// restarted server sees another name, as it does after a rebuild.
    private let session = String(getpid())

    /// How many streams are open.
    var clientCount: Int { state.withLock { $0.clients.count } }

    /// Adds a stream whose response head has been sent and greets it with `: connected`, so a
    /// client knows every later broadcast will reach it, and the name of the current build
    /// (`LiveReload.buildEvent`). Returns its id, or nil if it is gone.
    func register(_ fd: Int32) -> Int? {
        state.withLock { state in
            let greeting = ": connected\n\n" + LiveReload.buildEvent(session + "-" + String(state.builds))
            guard Self.send(greeting, to: fd) else { return nil }
            let id = state.nextID
            state.nextID += 1
            state.clients[id] = fd
            return id
        }
    }

    /// Removes a stream; after this returns the hub no longer touches its descriptor.
    func unregister(_ id: Int) {
        _ = state.withLock { $0.clients.removeValue(forKey: id) }
    }

    /// Counts a new build and tells every stream to reload; returns how many received it.
    @discardableResult
    func reload() -> Int {
        state.withLock { $0.builds += 1 }
        return broadcast(LiveReload.reloadEvent)
    }

    /// Sends `message` (a complete SSE message) to every stream; returns how many received it.
    @discardableResult
    func broadcast(_ message: String) -> Int {
        state.withLock { state in
            var delivered = 0
            for (id, fd) in state.clients.sorted(by: { $0.key < $1.key }) {
                if Self.send(message, to: fd) {
                    delivered += 1
                } else {
                    Self.drop(fd)
                    state.clients.removeValue(forKey: id)
                }
            }
            return delivered
        }
    }

    /// Sends a comment to one stream to keep proxies and the browser from timing it out.
    func ping(_ id: Int) {
        state.withLock { state in
            if let fd = state.clients[id], !Self.send(": ping\n\n", to: fd) {
                Self.drop(fd)
                state.clients.removeValue(forKey: id)
            }
        }
    }

    private static func send(_ message: String, to fd: Int32) -> Bool {
        Socket.sendAll(fd, Array(message.utf8), flags: Int32(MSG_DONTWAIT))
    }

    /// Wakes the stream's connection thread, which then unregisters and closes it.
    private static func drop(_ fd: Int32) {
        _ = shutdown(fd, Int32(SHUT_RDWR))
    }
}
