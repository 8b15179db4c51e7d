/// One parsed HTTP/1.x request head. The server only serves GET and HEAD, so a request body is never
/// read: a request that announces one is answered and its connection closed.
struct HTTPRequest: Sendable, Equatable {
    /// One header line; names compare case-insensitively through `HTTPRequest.header(_:)`.
    struct Header: Sendable, Equatable {
        /// The name as sent.
        var name: String
        /// The value with surrounding spaces and tabs removed.
        var value: String
    }

    /// The method, case-sensitive as HTTP requires ("get" is not GET).
    var method: String
    /// The request target exactly as sent, e.g. `/scenes/x/?a=1`.
    var target: String
    /// The minor version: 0 for HTTP/1.0, 1 for HTTP/1.1.
    var minorVersion: Int
    /// The header lines in order.
    var headers: [Header]

    /// The first value of the header `name` (case-insensitive), if present.
    func header(_ name: String) -> String? {
        let wanted = name.lowercased()
        return headers.first { $0.name.lowercased() == wanted }?.value
    }

    /// How many times the header `name` occurs.
    func headerCount(_ name: String) -> Int {
        let wanted = name.lowercased()
        return headers.count { $0.name.lowercased() == wanted }
    }

    /// Whether the client announced a body (which this server never reads).
    var hasBody: Bool {
        if header("transfer-encoding") != nil { return true }
        if let length = header("content-length") { return length != "0" }
        return false
    }

    /// Whether the client asked to keep the connection open: HTTP/1.1 unless `Connection: close`,
    /// HTTP/1.0 only with `Connection: keep-alive`.
    var wantsKeepAlive: Bool {
        let tokens = connectionTokens
        if tokens.contains("close") { return false }
        return minorVersion >= 1 || tokens.contains("keep-alive")
    }

    private var connectionTokens: Set<String> {
        var tokens = Set<String>()
        for header in headers where header.name.lowercased() == "connection" {
            for token in header.value.split(separator: ",") {
                tokens.insert(token.trimmingSpaces.lowercased())
            }
        }
        return tokens
    }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        var slice = self[...]
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
        return String(slice)
    }
}
