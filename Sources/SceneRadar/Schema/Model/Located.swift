/// A value decoded from a note, with where it was written, so that lint rules and evidence
/// can point back at the exact line and column.
public struct Located<Value: Sendable>: Sendable {
    /// The value.
    public var value: Value
    /// Where it was written.
    public var location: SourceLocation

    /// Creates a located value.
    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}

/// A reference to a person: a name as written, or `people/<slug>` to point at one note.
public struct PersonRef: Sendable, Hashable {
    /// The text as written in the note.
    public var text: String
    /// Where it was written.
    public var location: SourceLocation
    /// How it was written when its text is exactly what the note holds there (see
    /// `YAMLNode.isVerbatim`), so that a fix can replace it; `nil` when not known.
    public var writtenStyle: YAMLNode.ScalarStyle? = .plain

    /// Creates a reference.
    public init(_ text: String, at location: SourceLocation) {
        self.text = text
        self.location = location
    }

    /// How many Unicode scalars the reference takes as written (quotes included), or 1 when
    /// that is not known.
    public var writtenLength: Int {
        writtenStyle?.writtenLength(of: text) ?? 1
    }

    /// The slug when the reference is written `people/<slug>`.
    public var explicitSlug: String? {
        isNoteReference ? String(text.dropFirst("people/".count)) : nil
    }

    /// Whether the reference is written `people/<slug>`.
    public var isNoteReference: Bool { Self.isNoteReference(text) }

    /// Whether `text` starts with `people/`, as `hasPrefix` says. A name settles it at its
    /// first byte: only `p` starts a text whose first character is `p` (every reference of a
    /// vault is asked, most of them names).
    @inline(__always)
    public static func isNoteReference(_ text: String) -> Bool {
        text.utf8.first == UInt8(ascii: "p") && text.hasPrefix("people/")
    }
}

/// An absolute http or https URL from a note.
public struct WebURL: Sendable, Hashable {
    /// The URL as written.
    public var text: String
    /// The host, lowercased, without a `www.` prefix or port.
    public var host: String
    /// Where it was written.
    public var location: SourceLocation

    /// Creates a URL value; use `WebURL.parse` to validate text.
    public init(text: String, host: String, location: SourceLocation) {
        self.text = text
        self.host = host
        self.location = location
    }

    /// Parses `text` as an absolute http(s) URL with a host, or returns `nil`.
    public static func parse(_ text: String, at location: SourceLocation) -> WebURL? {
        var text = text
        let host: String? = text.withUTF8 { bytes in Self.host(in: bytes) }
        return host.map { WebURL(text: text, host: $0, location: location) }
    }

    /// Why `parse` refuses `text` when it starts like an address (`http://` or `https://`): the
    /// first character no address holds as written, or a host that is missing or malformed.
    /// `nil` for text that does not start like one (the message says what an address is).
    static func refusal(_ text: String) -> String? {
        let lowered = text.prefix(8).lowercased()
        guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://") else { return nil }
        if let byte = text.utf8.first(where: isExcluded) {
            if byte < 0x20 || byte == 0x7F {
                return
                    "it holds a control character (a line break or a tab, say), which no address holds; remove it"
            }
            let character = String(Character(Unicode.Scalar(byte)))
            let escape = PercentEncoding.encode(character) { _ in false }
            let shown = byte == 0x20 ? "a space" : "'\(character)'"
            return "it holds \(shown), which no address holds as written; write it as \(escape)"
        }
        return "its host is missing, or starts or ends with '.', or holds '..'"
    }

    /// Why this URL cannot be the address a site is published at, which pages join their
    /// paths to (`base-url`): a query or fragment would end up inside every address, and a
    /// user name or password would be published. `nil` when it can be.
    public var siteAddressProblem: String? {
        if text.contains("?") {
            return "it has a query ('?'), which would end up inside every page's address"
        }
        if text.contains("#") {
            return "it has a fragment ('#'), which would end up inside every page's address"
        }
        let authority = parts.authority
        if authority.contains("@") {
            return "it has a user name or password ('@'), which would be published with every address"
        }
        if !authority.unicodeScalars.allSatisfy(\.isASCII) {
            return
                "its host has letters outside ASCII: give the host in its xn-- form, as the domain's registrar shows it"
        }
        // The host is an IPv6 literal in brackets, else runs to the first ':'; a port follows.
        let port: Substring
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else {
                return "its host '\(authority)' opens a '[' it does not close"
            }
            let rest = authority[authority.index(after: close)...]
            guard rest.isEmpty || rest.hasPrefix(":") else {
                return "its host '\(authority[...close])' is followed by '\(rest)', not a port"
            }
            port = rest.dropFirst()
        } else {
            let host = authority.prefix { $0 != ":" }
            if let bad = host.unicodeScalars.first(where: { !Self.isHostScalar($0) }) {
                return "its host '\(host)' holds '\(bad)', which no host name holds"
            }
            port = authority.dropFirst(host.count + 1)
        }
        let isNumber = port.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        guard port.isEmpty || (isNumber && (1...65535).contains(Int(port) ?? 0)) else {
            return "its port '\(port)' is not a number from 1 to 65535"
        }
        return nil
    }

    /// The address after its scheme, split where its authority (host, port, user name) ends: at
    /// the first '/', '?' or '#'; the rest is the path, query and fragment. By UTF-8, so
    /// labelling every outside link of a build stays cheap.
    var parts: (authority: Substring, rest: Substring) {
        var text = text
        let (start, end) = text.withUTF8 { bytes in
            // `parse` took only addresses that start "http://" or "https://": the authority
            // starts after the first ':' and its "//".
            var start = 0
            while start < bytes.count, bytes[start] != 0x3A { start += 1 }
            start = min(start + 3, bytes.count)
            var end = start
            while end < bytes.count, bytes[end] != 0x2F, bytes[end] != 0x3F, bytes[end] != 0x23 { end += 1 }
            return (start, end)
        }
        let utf8 = text.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: start)
        let to = utf8.index(utf8.startIndex, offsetBy: end)
        return (text[from..<to], text[to...])
    }

    /// Whether `scalar` may be part of a host name (RFC 3986's reg-name): ASCII letters and
    /// digits, `-`, `.`, `_`, `~` and percent-escapes.
    private static func isHostScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (PercentEncoding.isUnreserved(UInt8(scalar.value)) || scalar == "%")
    }

    /// The URL as a site address is published in the feed, the sitemap and canonical links:
    /// what an address may not hold as it is (letters outside ASCII, spaces, `{`, `|`…) is
    /// percent-escaped, byte by byte of its UTF-8. Escapes already written stay as they are; a `%`
    /// that starts none is escaped itself (`%25`).
    public var publishedAddress: String {
        // The scheme and host stay as written (`siteAddressProblem` checked them); the path keeps
        // RFC 3986's unreserved and reserved characters but brackets (a host's only), and the
        // escapes written.
        let rest = parts.rest
        return String(text[..<rest.startIndex])
            + PercentEncoding.encode(rest, keepingEscapes: true) {
                PercentEncoding.isUnreserved($0) || ":/?#@!$&'()*+,;=".utf8.contains($0)
            }
    }

    /// The lowercased host (without `www.`) of an absolute http(s) URL, or `nil`.
    private static func host(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }
        func hasScheme(_ scheme: StaticString) -> Bool {
            guard bytes.count >= scheme.utf8CodeUnitCount else { return false }
            for offset in 0..<scheme.utf8CodeUnitCount where lower(bytes[offset]) != scheme.utf8Start[offset]
            {
                return false
            }
            return true
        }
        let start: Int
        if hasScheme("https://") {
            start = 8
        } else if hasScheme("http://") {
            start = 7
        } else {
            return nil
        }
        // No control character, space, '"', '<', '>', '\\', '`' or DEL anywhere: one bit test
        // per byte (a vault holds hundreds of thousands of URLs).
        for byte in bytes where Self.isExcluded(byte) { return nil }
        // The authority runs to the first '/', '?' or '#'; userinfo ends at its last '@'.
        var authorityEnd = bytes.count
        var at: Int?
        for index in start..<bytes.count {
            let byte = bytes[index]
            if byte == 0x2F || byte == 0x3F || byte == 0x23 {
                authorityEnd = index
                break
            }
            if byte == 0x40 { at = index }
        }
        var hostStart = (at ?? (start - 1)) + 1
        var hostEnd = authorityEnd
        if hostStart < hostEnd, bytes[hostStart] == 0x5B {
            // An IPv6 literal keeps its brackets.
            var index = hostStart
            while index < authorityEnd, bytes[index] != 0x5D { index += 1 }
            hostEnd = min(index + 1, authorityEnd)
        } else {
            var index = hostStart
            while index < authorityEnd, bytes[index] != 0x3A { index += 1 }
            hostEnd = index
        }
        guard hostStart < hostEnd, bytes[hostStart] != 0x2E, bytes[hostEnd - 1] != 0x2E else { return nil }
        for index in hostStart..<(hostEnd - 1) where bytes[index] == 0x2E && bytes[index + 1] == 0x2E {
            return nil
        }
        if hostEnd - hostStart > 4, lower(bytes[hostStart]) == 0x77, lower(bytes[hostStart + 1]) == 0x77,
            lower(bytes[hostStart + 2]) == 0x77, bytes[hostStart + 3] == 0x2E,
            (hostStart + 4..<hostEnd).contains(where: { bytes[$0] == 0x2E })
        {
            hostStart += 4
        }
        return String(unsafeUninitializedCapacity: hostEnd - hostStart) { buffer in
            for index in hostStart..<hostEnd { buffer[index - hostStart] = lower(bytes[index]) }
            return hostEnd - hostStart
        }
    }

    /// Whether `byte` may not appear in a URL: C0 controls and space (0x00–0x20), '"' (0x22),
    /// '<' (0x3C), '>' (0x3E), '\\' (0x5C), '`' (0x60) and DEL (0x7F), as bits of two masks.
    @inline(__always)
    private static func isExcluded(_ byte: UInt8) -> Bool {
        let low: UInt64 = 0x1_FFFF_FFFF | 1 << 0x22 | 1 << 0x3C | 1 << 0x3E
        let high: UInt64 = 1 << (0x5C - 0x40) | 1 << (0x60 - 0x40) | 1 << (0x7F - 0x40)
        if byte < 0x40 { return low >> UInt64(byte) & 1 == 1 }
        if byte < 0x80 { return high >> UInt64(byte - 0x40) & 1 == 1 }
        return false
    }

    /// Whether the host is `domain` or a subdomain of it.
    ///
    /// Compared by bytes (a host is lowercased, a domain is written in lowercase): telling a
    /// track's platform tries every known domain, and making `"." + domain` for each was 2 % of
    /// a lint.
    public func isHost(_ domain: String) -> Bool {
        var host = host
        var domain = domain
        return host.withUTF8 { host in
            domain.withUTF8 { domain in
                let start = host.count - domain.count
                guard start >= 0, start == 0 || host[start - 1] == UInt8(ascii: ".") else { return false }
                for index in domain.indices where host[start + index] != domain[index] { return false }
                return true
            }
        }
    }
}
