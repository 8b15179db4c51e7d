import Foundation
import XCTest

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A test client over raw POSIX sockets, for exact control of the bytes sent (URLSession would
/// normalise `..` and re-encode paths before they reach the server).
final class RawHTTPClient {
    /// A parsed response.
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: [UInt8]
        var text: String { String(decoding: body, as: UTF8.self) }
        func header(_ name: String) -> String? { headers[name.lowercased()] }
    }

    let fd: Int32
    private var buffer: [UInt8] = []

    /// Connects to 127.0.0.1:`port`; reads time out after `timeout` seconds so a test never hangs.
    init(port: UInt16, timeout: Int = 10) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EMFILE) }
        var value = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &value, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &value, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            let code = errno
            close(fd)
            throw POSIXError(POSIXErrorCode(rawValue: code) ?? .ECONNREFUSED)
        }
    }

    deinit { close(fd) }

    /// Sends bytes exactly as given.
    func send(_ text: String) { send(Array(text.utf8)) }

    /// Sends bytes exactly as given.
    func send(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes {
                Glibc.send(fd, $0.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL))
            }
            if sent <= 0 { return }
            offset += sent
        }
    }

    /// Reads one response; `bodyless` for HEAD. Nil if the connection closed or timed out first.
    func readResponse(bodyless: Bool = false) -> Response? {
        guard let headEnd = readUntil(Array("\r\n\r\n".utf8)) else { return nil }
        let head = String(decoding: buffer[0..<headEnd], as: UTF8.self)
        buffer.removeFirst(headEnd + 4)
        var lines = head.components(separatedBy: "\r\n")
        let statusParts = lines.removeFirst().split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { return nil }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        var body: [UInt8] = []
        if !bodyless {
            if let length = headers["content-length"].flatMap(Int.init) {
                while buffer.count < length, fill() {}
                body = Array(buffer.prefix(length))
                buffer.removeFirst(body.count)
            } else {
                while fill() {}
                body = buffer
                buffer = []
            }
        }
        return Response(status: status, headers: headers, body: body)
    }

    /// Reads until `marker` appears in the stream (keeping what follows); returns whether it did.
    func waitFor(_ marker: String) -> Bool {
        guard let end = readUntil(Array(marker.utf8)) else { return false }
        buffer.removeFirst(end + marker.utf8.count)
        return true
    }

    /// Whether the server closed the connection (reads end of stream within the timeout).
    func isClosedByServer() -> Bool {
        while true {
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, 4096, 0) }
            if count == 0 { return true }
            if count < 0 { return errno == ECONNRESET }
        }
    }

    private func readUntil(_ marker: [UInt8]) -> Int? {
        while true {
            if let index = find(marker) { return index }
            guard fill() else { return nil }
        }
    }

    private func find(_ marker: [UInt8]) -> Int? {
        guard buffer.count >= marker.count else { return nil }
        for start in 0...(buffer.count - marker.count)
        where buffer[start..<(start + marker.count)].elementsEqual(marker) {
            return start
        }
        return nil
    }

    private func fill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 16_384)
        let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, 16_384, 0) }
        guard count > 0 else { return false }
        buffer.append(contentsOf: chunk[0..<count])
        return true
    }
}

extension RawHTTPClient {
    /// Sends one raw request on a fresh connection and reads the response.
    static func exchange(port: UInt16, _ raw: String, bodyless: Bool = false) -> Response? {
        guard let client = try? RawHTTPClient(port: port) else { return nil }
        client.send(raw)
        return client.readResponse(bodyless: bodyless)
    }

    /// A GET of `target` with the usual headers, on a fresh connection.
    static func get(port: UInt16, _ target: String, headers: String = "") -> Response? {
        exchange(
            port: port,
            "GET \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\(headers)Connection: close\r\n\r\n")
    }
}

/// Polls `condition` every 10 ms until it holds or `timeout` seconds pass; generous timeouts keep
/// tests stable on a loaded machine without slowing them when it is not.
func waitUntil(timeout: Double = 10, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        if condition() { return true }
        usleep(10_000)
    }
    return condition()
}
