#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Thin wrappers over the POSIX socket calls the preview server needs, so the server code reads as
/// HTTP rather than as `errno` handling. Every function retries on `EINTR`.
enum Socket {
    /// Why a socket operation failed: the call's name and `errno`.
    struct Failure: Error, Equatable {
        /// The system call, e.g. "bind".
        var operation: String
        /// The `errno` it set.
        var code: Int32
    }

    /// Opens a TCP listener on 127.0.0.1:`port` (0 = an ephemeral port) and returns it with the
    /// port actually bound.
    static func makeListener(port: UInt16, backlog: Int32 = 128) throws(Failure) -> (fd: Int32, port: UInt16)
    {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(operation: "socket", code: errno) }
        setCloseOnExec(fd)
        // SO_REUSEADDR lets a restarted server bind while old connections sit in TIME_WAIT; on Linux
        // it does not let two live listeners share a port, so "port in use" is still detected.
        var one: Int32 = 1
        _ = setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian  // 127.0.0.1, never 0.0.0.0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        if bound != 0 {
            let code = errno
            close(fd)
            throw Failure(operation: "bind", code: code)
        }
        if listen(fd, backlog) != 0 {
            let code = errno
            close(fd)
            throw Failure(operation: "listen", code: code)
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        if named != 0 {
            let code = errno
            close(fd)
            throw Failure(operation: "getsockname", code: code)
        }
        return (fd, UInt16(bigEndian: actual.sin_port))
    }

    /// Accepts one connection; nil when none is pending or the call failed transiently.
    static func acceptConnection(_ listener: Int32) -> Int32? {
        while true {
            let fd = accept(listener, nil, nil)
            if fd >= 0 {
                setCloseOnExec(fd)
                return fd
            }
            if errno != EINTR { return nil }
        }
    }

    /// Waits until `fd` is readable (or hung up) for at most `milliseconds` (-1 = forever).
    /// Returns false on timeout.
    static func waitReadable(_ fd: Int32, milliseconds: Int32) -> Bool {
        var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        while true {
            let ready = poll(&entry, 1, milliseconds)
            if ready > 0 { return true }
            if ready == 0 { return false }
            if errno != EINTR { return true }  // let the following read report the error
        }
    }

    /// Reads what is available into `buffer`; returns the byte count, 0 at end of stream, or -1.
    static func receive(_ fd: Int32, into buffer: inout [UInt8], maximum: Int = 8192) -> Int {
        var chunk = [UInt8](repeating: 0, count: maximum)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, maximum, 0) }
            if count > 0 { buffer.append(contentsOf: chunk[0..<count]) }
            if count >= 0 { return count }
            if errno != EINTR { return -1 }
        }
    }

    /// Sends every byte, blocking as needed (bounded by the socket's send timeout).
    /// `MSG_NOSIGNAL` keeps a vanished client from raising SIGPIPE.
    static func sendAll(_ fd: Int32, _ bytes: [UInt8], flags: Int32 = 0) -> Bool {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let sent = send(
                    fd, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL) | flags)
                if sent > 0 {
                    offset += sent
                } else if sent < 0 && errno == EINTR {
                    continue
                } else {
                    return false
                }
            }
            return true
        }
    }

    /// Bounds how long one `send` may block on a client that stops reading.
    static func setSendTimeout(_ fd: Int32, seconds: Double) {
        var value = timeval(tv_sec: Int(seconds), tv_usec: Int((seconds - Double(Int(seconds))) * 1_000_000))
        _ = setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &value, socklen_t(MemoryLayout<timeval>.size))
    }

    /// Disables Nagle's algorithm: responses are written whole, so waiting only adds latency.
    static func setNoDelay(_ fd: Int32) {
        var one: Int32 = 1
        _ = setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
    }

    /// Half-closes and drains briefly (without closing), so that a client still sending, e.g. an
    /// oversized header, reads our response instead of a connection reset.
    static func halfCloseAndDrain(_ fd: Int32, milliseconds: Int32 = 500) {
        _ = shutdown(fd, Int32(SHUT_WR))
        var discard: [UInt8] = []
        var drained = 0
        while drained < 1 << 20, waitReadable(fd, milliseconds: milliseconds) {
            discard.removeAll(keepingCapacity: true)
            let count = receive(fd, into: &discard)
            if count <= 0 { break }
            drained += count
        }
    }

    /// Reads and drops whatever has already arrived, without waiting.
    static func discardPending(_ fd: Int32) {
        var chunk = [UInt8](repeating: 0, count: 4096)
        var total = 0
        while total < 1 << 16 {
            let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, 4096, Int32(MSG_DONTWAIT)) }
            if count <= 0 { return }
            total += count
        }
    }

    /// Creates a pipe whose read end wakes a `poll`; both ends close on exec.
    static func makeWakePipe() throws(Failure) -> (read: Int32, write: Int32) {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { throw Failure(operation: "pipe", code: errno) }
        for fd in fds {
            setCloseOnExec(fd)
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        }
        return (fds[0], fds[1])
    }

    private static func setCloseOnExec(_ fd: Int32) {
        _ = fcntl(fd, F_SETFD, fcntl(fd, F_GETFD) | FD_CLOEXEC)
    }
}
