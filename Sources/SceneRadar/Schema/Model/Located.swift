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
        let lowered = text.lowercased()
        let rest: Substring
        if lowered.hasPrefix("https://") {
            rest = text.dropFirst(8)
        } else if lowered.hasPrefix("http://") {
            rest = text.dropFirst(7)
        } else {
            return nil
        }
        guard
            !text.unicodeScalars.contains(where: {
                $0.value <= 0x20 || $0 == "\"" || $0 == "<" || $0 == ">" || $0 == "\\" || $0 == "`"
            })
        else { return nil }
        var authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        var host = authority.prefix { $0 != ":" }.lowercased()
        if host.hasPrefix("[") { host = String(authority.prefix { $0 != "]" }) + "]" }
        guard !host.isEmpty, !host.hasPrefix("."), !host.hasSuffix("."), !host.contains("..") else {
            return nil
        }
        if host.hasPrefix("www.") { host.removeFirst(4) }
        return WebURL(text: text, host: host, location: location)
    }

    /// Whether the host is `domain` or a subdomain of it.
    public func isHost(_ domain: String) -> Bool {
        host == domain || host.hasSuffix("." + domain)
    }
}
