/// Reads one HTTP/1.x request head from the front of a byte buffer (RFC 9112 §2–§5), strictly:
/// anything ambiguous (folded headers, spaces before a colon, control characters, conflicting
/// lengths) is refused rather than guessed at, since a lenient parser is how request smuggling starts.
struct HTTPRequestParser: Sendable {
    /// What the front of the buffer holds.
    enum Outcome: Sendable, Equatable {
        /// The head is not complete yet; read more.
        case incomplete
        /// A complete head; `consumed` bytes (head and blank line) belong to it.
        case request(HTTPRequest, consumed: Int)
        /// A malformed or oversized head: answer with `status` and close the connection.
        case failure(HTTPStatus, String)
    }

    /// The largest head accepted, request line and blank line included.
    var maximumHeadBytes = 16 * 1024
    /// The most header lines accepted.
    var maximumHeaderCount = 100

    /// Parses the request head at the front of `buffer`.
    func parse(_ buffer: [UInt8]) -> Outcome {
        var start = 0
        // RFC 9112 §2.2: ignore empty lines before the request line (left over by some clients).
        while start < buffer.count, buffer[start] == .cr || buffer[start] == .lf { start += 1 }
        guard let (lines, end) = headLines(buffer, from: start) else {
            if buffer.count > maximumHeadBytes {
                return .failure(.headerFieldsTooLarge, "request header is larger than 16 KB")
            }
            return .incomplete
        }
        if end > maximumHeadBytes {
            return .failure(.headerFieldsTooLarge, "request header is larger than 16 KB")
        }
        if lines.count - 1 > maximumHeaderCount {
            return .failure(.headerFieldsTooLarge, "too many header lines")
        }
        switch parseRequestLine(lines[0]) {
        case .failure(let status, let message):
            return .failure(status, message)
        case .success(var request):
            for line in lines.dropFirst() {
                guard let header = parseHeader(line) else {
                    return .failure(.badRequest, "malformed header line")
                }
                request.headers.append(header)
            }
            if let problem = framingProblem(request) { return .failure(.badRequest, problem) }
            return .request(request, consumed: end)
        }
    }
}

// MARK: - Lines

extension HTTPRequestParser {
    /// The head's lines (without their CRLF or bare LF) and the offset just past the blank line.
    fileprivate func headLines(_ buffer: [UInt8], from start: Int) -> ([ArraySlice<UInt8>], Int)? {
        var lines: [ArraySlice<UInt8>] = []
        var lineStart = start
        var index = start
        while index < buffer.count {
            if buffer[index] == .lf {
                var lineEnd = index
                if lineEnd > lineStart, buffer[lineEnd - 1] == .cr { lineEnd -= 1 }
                if lineEnd == lineStart { return (lines, index + 1) }
                lines.append(buffer[lineStart..<lineEnd])
                lineStart = index + 1
            }
            index += 1
        }
        return nil
    }

    fileprivate enum RequestLine {
        case success(HTTPRequest)
        case failure(HTTPStatus, String)
    }

    fileprivate func parseRequestLine(_ line: ArraySlice<UInt8>) -> RequestLine {
        let parts = line.split(separator: .space, omittingEmptySubsequences: false)
        guard parts.count == 3 else { return .failure(.badRequest, "malformed request line") }
        let (method, target, version) = (parts[0], parts[1], parts[2])
        guard !method.isEmpty, method.allSatisfy(\.isTokenCharacter) else {
            return .failure(.badRequest, "malformed method")
        }
        guard !target.isEmpty, target.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else {
            return .failure(.badRequest, "malformed request target")
        }
        let versionText = String(decoding: version, as: UTF8.self)
        let minor: Int
        switch versionText {
        case "HTTP/1.1": minor = 1
        case "HTTP/1.0": minor = 0
        default:
            let bytes = Array(version)
            let looksLikeHTTP =
                bytes.count == 8 && versionText.hasPrefix("HTTP/") && bytes[5].isDigit
                && bytes[6] == UInt8(ascii: ".") && bytes[7].isDigit
            return looksLikeHTTP
                ? .failure(.versionNotSupported, "only HTTP/1.0 and HTTP/1.1 are supported")
                : .failure(.badRequest, "malformed HTTP version")
        }
        return .success(
            HTTPRequest(
                method: String(decoding: method, as: UTF8.self),
                target: String(decoding: target, as: UTF8.self),
                minorVersion: minor, headers: []))
    }

    fileprivate func parseHeader(_ line: ArraySlice<UInt8>) -> HTTPRequest.Header? {
        // A line starting with whitespace is an obsolete folded continuation: refused (RFC 9112 §5.2).
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let name = line[line.startIndex..<colon]
        guard !name.isEmpty, name.allSatisfy(\.isTokenCharacter) else { return nil }
        let value = line[(colon + 1)...]
        guard value.allSatisfy({ $0 == .tab || ($0 >= 0x20 && $0 != 0x7F) }) else { return nil }
        return HTTPRequest.Header(
            name: String(decoding: name, as: UTF8.self),
            value: String(decoding: value, as: UTF8.self)[...].trimmingSpaces)
    }

    /// Rules that keep two parties from reading the same bytes as different requests.
    fileprivate func framingProblem(_ request: HTTPRequest) -> String? {
        if request.minorVersion == 1 && request.headerCount("host") != 1 {
            return "an HTTP/1.1 request needs exactly one Host header"
        }
        if request.headerCount("host") > 1 { return "more than one Host header" }
        let lengths = request.headerCount("content-length")
        if lengths > 1 { return "more than one Content-Length header" }
        if let length = request.header("content-length"),
            length.isEmpty || !length.utf8.allSatisfy(\.isDigit)
        {
            return "malformed Content-Length"
        }
        if lengths == 1 && request.header("transfer-encoding") != nil {
            return "both Content-Length and Transfer-Encoding"
        }
        return nil
    }
}

// MARK: - Bytes

extension UInt8 {
    fileprivate static let cr = UInt8(ascii: "\r")
    fileprivate static let lf = UInt8(ascii: "\n")
    fileprivate static let space = UInt8(ascii: " ")
    fileprivate static let tab = UInt8(ascii: "\t")

    fileprivate var isDigit: Bool { self >= 0x30 && self <= 0x39 }

    /// `tchar` of RFC 9110 §5.6.2.
    fileprivate var isTokenCharacter: Bool {
        switch self {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        default: return Array("!#$%&'*+-.^_`|~".utf8).contains(self)
        }
    }
}
