#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// MARK: - One connection

extension PreviewServer {
    /// Serves requests on `fd` until the client closes, a timeout passes, a response must close the
    /// connection, or the server stops. Runs on the connection's own thread.
    func serveConnection(_ fd: Int32) {
        Socket.setNoDelay(fd)
        Socket.setSendTimeout(fd, seconds: Self.seconds(configuration.sendTimeout))
        var buffer: [UInt8] = []
        var isFirstRequest = true
        while true {
            let request: HTTPRequest
            switch readRequest(fd, buffer: &buffer, idle: !isFirstRequest) {
            case .request(let parsed):
                request = parsed
            case .reject(let response):
                let sent = write(response, to: fd, omitBody: false, keepAlive: false)
                finish(fd, drain: sent)
                return
            case .closed:
                finish(fd, drain: false)
                return
            }
            isFirstRequest = false
            let (stopping, errorPage) = state.withLock { ($0.phase != .running, $0.errorPage) }
            switch responder.respond(to: request, errorPage: errorPage) {
            case .eventStream:
                streamEvents(fd)
                finish(fd, drain: false)
                return
            case .response(let response):
                // A body the client sent is never read, so the connection cannot be reused after it.
                let keepAlive = request.wantsKeepAlive && !request.hasBody && !stopping
                let sent = write(response, to: fd, omitBody: request.method == "HEAD", keepAlive: keepAlive)
                if !sent || !keepAlive {
                    finish(fd, drain: sent)
                    return
                }
            }
        }
    }
}

// MARK: - Reading

extension PreviewServer {
    fileprivate enum ReadResult {
        case request(HTTPRequest)
        case reject(HTTPResponse)
        case closed
    }

    /// Reads until a complete request head is buffered. A kept-alive connection may idle for
    /// `idleTimeout`; once a request's first byte arrives, its head must be complete within
    /// `headerTimeout`, so a client trickling bytes cannot hold a thread forever.
    fileprivate func readRequest(_ fd: Int32, buffer: inout [UInt8], idle: Bool) -> ReadResult {
        let clock = ContinuousClock()
        var started = !buffer.isEmpty || !idle
        var deadline = clock.now + (started ? configuration.headerTimeout : configuration.idleTimeout)
        while true {
            switch parser.parse(buffer) {
            case .request(let request, let consumed):
                buffer.removeFirst(consumed)
                return .request(request)
            case .failure(let status, let message):
                return .reject(.text(status, message))
            case .incomplete:
                break
            }
            let remaining = Self.milliseconds(deadline - clock.now)
            guard remaining > 0, Socket.waitReadable(fd, milliseconds: remaining) else {
                let hasPartialRequest = buffer.contains {
                    $0 != UInt8(ascii: "\r") && $0 != UInt8(ascii: "\n")
                }
                return hasPartialRequest ? .reject(.text(.requestTimeout, "request took too long")) : .closed
            }
            if Socket.receive(fd, into: &buffer) <= 0 { return .closed }
            if !started {
                started = true
                deadline = clock.now + configuration.headerTimeout
            }
        }
    }
}

// MARK: - Writing

extension PreviewServer {
    /// Sends `response`; false when the client went away or the file shrank under us (after which
    /// the connection must close, since `Content-Length` can no longer be honoured).
    fileprivate func write(_ response: HTTPResponse, to fd: Int32, omitBody: Bool, keepAlive: Bool) -> Bool {
        let head = response.head(keepAlive: keepAlive, date: HTTPDate.string())
        switch response.body {
        case .bytes(let bytes):
            return Socket.sendAll(fd, omitBody ? head : head + bytes)
        case .file(let file, let range):
            guard Socket.sendAll(fd, head) else { return false }
            if omitBody { return true }
            var offset = range.lowerBound
            while offset < range.upperBound {
                let chunk = file.read(at: offset, count: min(64 * 1024, range.upperBound - offset))
                guard !chunk.isEmpty, Socket.sendAll(fd, chunk) else { return false }
                offset += chunk.count
            }
            return true
        }
    }

    /// Holds a live-reload stream open until the client leaves or the server stops.
    fileprivate func streamEvents(_ fd: Int32) {
        let head =
            "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\n"
            + "Cache-Control: no-store\r\nConnection: close\r\nDate: \(HTTPDate.string())\r\n\r\n"
            + "retry: 1000\n\n"
        guard Socket.sendAll(fd, Array(head.utf8)), let id = hub.register(fd) else { return }
        let ping = Self.milliseconds(configuration.eventPingInterval)
        var discard: [UInt8] = []
        while true {
            if Socket.waitReadable(fd, milliseconds: ping) {
                // A stream client has nothing to say; readable means it closed, or the server or the
                // hub shut the socket down.
                discard.removeAll(keepingCapacity: true)
                if Socket.receive(fd, into: &discard) <= 0 { break }
            } else {
                hub.ping(id)
            }
        }
        hub.unregister(id)
    }

    /// Ends a connection. The descriptor is closed under the state lock, so `stop()` can never
    /// shut down a descriptor number that was closed and reused.
    fileprivate func finish(_ fd: Int32, drain: Bool) {
        if drain { Socket.halfCloseAndDrain(fd) }
        state.withLock { state in
            state.connections.remove(fd)
            close(fd)
        }
    }
}

// MARK: - Durations

extension PreviewServer {
    static func milliseconds(_ duration: Duration) -> Int32 {
        let value = duration / .milliseconds(1)
        return Int32(clamping: Int(max(0, min(value.rounded(.up), Double(Int32.max)))))
    }

    static func seconds(_ duration: Duration) -> Double {
        duration / .seconds(1)
    }
}
