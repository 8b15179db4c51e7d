/// A response the preview server is about to send.
///
/// Every response carries `Content-Length`, and `Cache-Control: no-store` so a preview never shows
/// a stale page; the server adds `Connection` and `Date` when it writes the head.
struct HTTPResponse: Sendable {
    /// What follows the head.
    enum Body: Sendable {
        /// Bytes in memory.
        case bytes([UInt8])
        /// A byte range of an open file, streamed in chunks.
        case file(OpenFile, Range<Int>)

        /// The number of bytes the body holds.
        var count: Int {
            switch self {
            case .bytes(let bytes): return bytes.count
            case .file(_, let range): return range.count
            }
        }
    }

    /// The status line's code and reason.
    var status: HTTPStatus
    /// Header lines other than `Content-Length`, `Connection` and `Date`, in order.
    var headers: [(name: String, value: String)]
    /// The body (sent for GET, omitted for HEAD, counted in `Content-Length` either way).
    var body: Body

    /// Creates a response with the preview headers.
    init(status: HTTPStatus, contentType: String, body: Body, headers: [(name: String, value: String)] = []) {
        self.status = status
        self.headers = [("Content-Type", contentType), ("Cache-Control", "no-store")] + headers
        self.body = body
    }

    /// A short plain-text response, for errors.
    static func text(_ status: HTTPStatus, _ message: String, headers: [(name: String, value: String)] = [])
        -> HTTPResponse
    {
        HTTPResponse(
            status: status, contentType: "text/plain; charset=utf-8",
            body: .bytes(Array("\(status.code) \(status.reason): \(message)\n".utf8)), headers: headers)
    }

    /// The first value of header `name` (case-insensitive).
    func header(_ name: String) -> String? {
        let wanted = name.lowercased()
        return headers.first { $0.name.lowercased() == wanted }?.value
    }

    /// The serialised status line and headers, ending with the blank line.
    func head(keepAlive: Bool, date: String) -> [UInt8] {
        var text = "HTTP/1.1 \(status.code) \(status.reason)\r\n"
        for header in headers { text += "\(header.name): \(header.value)\r\n" }
        text += "Content-Length: \(body.count)\r\n"
        text += "Connection: \(keepAlive ? "keep-alive" : "close")\r\n"
        text += "Date: \(date)\r\n\r\n"
        return Array(text.utf8)
    }
}
