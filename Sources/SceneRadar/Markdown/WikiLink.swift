/// An Obsidian-style wiki link in a note body: `[[Scene Name]]`, `[[people/Name]]` or
/// `[[Name|label]]` (SPEC §3, Bodies).
public struct WikiLink: Sendable, Hashable {
    /// What the link points at, as written (`Scene Name`, `people/Name`).
    public var target: String
    /// The text shown: the part after `|`, else the target without a `people/` prefix.
    public var label: String
    /// The link exactly as written, brackets included.
    public var raw: String

    /// Parses the inside of `[[…]]`; `nil` when it is empty.
    public init?(inner: Substring) {
        let parts = inner.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
        let target = parts[0].trimmingSpaces()
        guard !target.isEmpty else { return nil }
        self.target = target
        let explicit = parts.count > 1 ? parts[1].trimmingSpaces() : ""
        if !explicit.isEmpty {
            label = explicit
        } else if target.hasPrefix("people/") {
            label = String(target.dropFirst("people/".count))
        } else {
            label = target
        }
        raw = "[[" + inner + "]]"
    }

    /// A piece of text split at its wiki links.
    public enum Segment: Sendable, Hashable {
        case text(Substring)
        case link(WikiLink)
    }

    /// Splits `text` into plain runs and wiki links.
    public static func segments(of text: Substring) -> [Segment] {
        var segments: [Segment] = []
        var rest = text
        while let open = rest.range(of: "[[") {
            guard let close = rest[open.upperBound...].range(of: "]]") else { break }
            let inner = rest[open.upperBound..<close.lowerBound]
            if inner.contains("\n") || inner.contains("[") {
                // Not a wiki link: keep "[[" as text and look further on.
                segments.append(.text(rest[..<open.upperBound]))
                rest = rest[open.upperBound...]
                continue
            }
            if open.lowerBound > rest.startIndex { segments.append(.text(rest[..<open.lowerBound])) }
            if let link = WikiLink(inner: inner) {
                segments.append(.link(link))
            } else {
                segments.append(.text(rest[open.lowerBound..<close.upperBound]))
            }
            rest = rest[close.upperBound...]
        }
        if !rest.isEmpty { segments.append(.text(rest)) }
        return segments
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        let utf8 = Substring(self).utf8
        if let first = utf8.first, let last = utf8.last, first != 0x20, first != 0x09, last != 0x20,
            last != 0x09
        {
            return String(self)
        }
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, first == " " || first == "\t" { scalars = scalars.dropFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
