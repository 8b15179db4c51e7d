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

    /// Creates a reference.
    public init(_ text: String, at location: SourceLocation) {
        self.text = text
        self.location = location
    }

    /// The slug when the reference is written `people/<slug>`.
    public var explicitSlug: String? {
        text.hasPrefix("people/") ? String(text.dropFirst("people/".count)) : nil
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
        let utf8 = text.utf8
        let schemeLength: Int
        if hasPrefixIgnoringCase(utf8, "https://") {
            schemeLength = 8
        } else if hasPrefixIgnoringCase(utf8, "http://") {
            schemeLength = 7
        } else {
            return nil
        }
        for byte in utf8
        where byte <= 0x20 || byte == 0x22 || byte == 0x3C || byte == 0x3E || byte == 0x5C || byte == 0x60
            || byte == 0x7F
        {
            return nil
        }
        let rest = utf8.dropFirst(schemeLength)
        var authority = rest.prefix { $0 != 0x2F && $0 != 0x3F && $0 != 0x23 }
        if let at = authority.lastIndex(of: 0x40) { authority = authority[authority.index(after: at)...] }
        var hostBytes: [UInt8]
        if authority.first == 0x5B {
            hostBytes = Array(authority.prefix { $0 != 0x5D }) + [0x5D]
        } else {
            hostBytes = Array(authority.prefix { $0 != 0x3A })
        }
        for index in hostBytes.indices where hostBytes[index] >= 0x41 && hostBytes[index] <= 0x5A {
            hostBytes[index] += 0x20
        }
        guard !hostBytes.isEmpty, hostBytes.first != 0x2E, hostBytes.last != 0x2E,
            !zip(hostBytes, hostBytes.dropFirst()).contains(where: { $0 == 0x2E && $1 == 0x2E })
        else { return nil }
        if hostBytes.starts(with: [0x77, 0x77, 0x77, 0x2E]) { hostBytes.removeFirst(4) }
        return WebURL(text: text, host: String(decoding: hostBytes, as: UTF8.self), location: location)
    }

    private static func hasPrefixIgnoringCase(_ utf8: String.UTF8View, _ prefix: StaticString) -> Bool {
        var index = utf8.startIndex
        for offset in 0..<prefix.utf8CodeUnitCount {
            guard index != utf8.endIndex else { return false }
            var byte = utf8[index]
            if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
            guard byte == prefix.utf8Start[offset] else { return false }
            index = utf8.index(after: index)
        }
        return true
    }

    /// Whether the host is `domain` or a subdomain of it.
    public func isHost(_ domain: String) -> Bool {
        host == domain || host.hasSuffix("." + domain)
    }
}
