/// A request target reduced to the path segments the server may look up.
///
/// The path is percent-decoded exactly once (an encoded `/` is refused): `%252e` becomes the literal text `%2e`, which then
/// names a file called `%2e` (and is simply not found), never `.`. After decoding, any `.` or `..`
/// segment, backslash, NUL or other control character is refused, so no segment can climb out of
/// the site root however it was spelled.
struct RequestPath: Sendable, Equatable {
    /// Why a target was refused (each is answered with 400 Bad Request).
    enum Problem: Error, Sendable, Equatable {
        /// Not origin-form (`/path`) nor absolute-form (`http://host/path`).
        case unsupportedForm
        /// A `%` not followed by two hex digits.
        case invalidPercentEncoding
        /// The decoded path is not UTF-8.
        case invalidUTF8
        /// NUL or another control character.
        case controlCharacter
        /// A `.` or `..` segment.
        case dotSegment
        /// A backslash, which some systems treat as a separator.
        case backslash
        /// A slash written `%2F`: static hosts either refuse it or read it as a separator, so
        /// the preview refuses it rather than serve a link that works only here.
        case encodedSlash
    }

    /// The decoded, non-empty segments: `/scenes/x/` → `["scenes", "x"]`.
    var segments: [String]
    /// Whether the path ended with `/` (a directory URL).
    var hasTrailingSlash: Bool
    /// The query string without `?`, kept only to carry it through a redirect.
    var query: String?
    /// The authority of an absolute-form target (`http://localhost:8000/x` → `localhost:8000`).
    var authority: String?

    /// The path as the server prints it in a `Location` header: segments percent-encoded again,
    /// empty segments dropped, so `//evil.example/` can never become a protocol-relative redirect.
    var encodedPath: String {
        "/" + segments.map(Self.encode).joined(separator: "/")
            + (hasTrailingSlash && !segments.isEmpty ? "/" : "")
    }

    /// Parses a request target as it appears on the request line.
    init(target: String) throws(Problem) {
        var rest = Substring(target)
        let lowered = target.lowercased()
        if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") {
            // Absolute form (RFC 9112 §3.2.2): the server must accept it; keep the authority for the
            // Host check and serve the path as usual.
            rest = rest.dropFirst(lowered.hasPrefix("https://") ? 8 : 7)
            let slash = rest.firstIndex(of: "/") ?? rest.endIndex
            authority = String(rest[..<slash])
            rest = slash == rest.endIndex ? "/" : rest[slash...]
        } else {
            authority = nil
        }
        guard rest.first == "/" else { throw .unsupportedForm }
        if let mark = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) {
            query = rest[mark] == "?" ? String(rest[rest.index(after: mark)...]) : nil
            rest = rest[..<mark]
        } else {
            query = nil
        }
        let decoded = try Self.percentDecode(rest.utf8)
        guard let text = String(validating: decoded, as: UTF8.self) else { throw .invalidUTF8 }
        if text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            throw .controlCharacter
        }
        if text.contains("\\") { throw .backslash }
        let parts = text.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        if parts.contains(where: { $0 == "." || $0 == ".." }) { throw .dotSegment }
        segments = parts
        hasTrailingSlash = text.hasSuffix("/")
    }

    /// The decoded path joined with `/`, e.g. `/__radar/events`.
    var decodedPath: String { "/" + segments.joined(separator: "/") }
}

extension RequestPath {
    fileprivate static func percentDecode(_ bytes: Substring.UTF8View) throws(Problem) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var iterator = bytes.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                result.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(HexDigit.value),
                let low = iterator.next().flatMap(HexDigit.value)
            else { throw .invalidPercentEncoding }
            let decoded = high << 4 | low
            if decoded == 0 { throw .controlCharacter }
            if decoded == UInt8(ascii: "/") { throw .encodedSlash }
            result.append(decoded)
        }
        return result
    }

    /// Percent-encodes everything except RFC 3986 unreserved characters and sub-delimiters that are
    /// safe in a path.
    fileprivate static func encode(_ segment: String) -> String {
        PercentEncoding.encode(segment) {
            PercentEncoding.isUnreserved($0) || "!$&'()*+,;=:@".utf8.contains($0)
        }
    }
}
