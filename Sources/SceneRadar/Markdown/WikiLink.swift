/// An Obsidian-style wiki link in a note body: `[[Scene Name]]`, `[[people/Name]]` or
/// `[[Name|label]]` (SPEC §3, Bodies).
public struct WikiLink: Sendable, Hashable {
    /// What the link points at, as written (`Scene Name`, `people/Name`).
    public var target: String
    /// The text shown: the part after `|`, else the target without a `people/` or `scenes/`
    /// prefix and without a heading.
    public var label: String
    /// Whether the text shown was written after `|`.
    public var hasExplicitLabel: Bool
    /// The link exactly as written, brackets included.
    public var raw: String

    /// Parses the inside of `[[…]]`; `nil` when it is empty.
    public init?(inner: Substring) {
        // The first `|` by bytes: splitting by Characters walked grapheme clusters, a cost paid
        // for every link of every page.
        let bar = inner.utf8.firstIndex(of: UInt8(ascii: "|"))
        let target = inner[..<(bar ?? inner.endIndex)].trimmingSpaces()
        guard !target.isEmpty else { return nil }
        self.target = target
        let explicit = bar.map { inner[inner.utf8.index(after: $0)...].trimmingSpaces() } ?? ""
        hasExplicitLabel = !explicit.isEmpty
        if hasExplicitLabel {
            label = explicit
        } else {
            let page = String(Self.page(of: target))
            label =
                (Self.dropPrefix("people/", of: page) ?? Self.dropPrefix("scenes/", of: page)).map(
                    String.init) ?? page
        }
        raw = "[[" + inner + "]]"
    }

    /// Where a resolved link leads and the text it shows.
    public struct Anchor: Sendable, Hashable {
        /// The link's address.
        public var href: String
        /// The link's text.
        public var text: String

        /// Creates an anchor.
        public init(href: String, text: String) {
            self.href = href
            self.text = text
        }
    }

    /// The text a link to a page named `name` with slug `slug` shows: its label, or the name
    /// when the label is exactly the slug (`[[people/femke-carrier]]` shows "Femke Carrier"). A
    /// name or an alias is shown as written, even one that differs from the slug only in case
    /// (`[[Kofi]]`, an alias of DJ Kofi, whose slug is `kofi`).
    public func text(name: String, slug: String) -> String {
        hasExplicitLabel || label != slug ? label : name
    }

    /// The page the link points at: the target without a heading (`Name#Sound` is `Name`).
    public var page: String { String(Self.page(of: target)) }

    private static func page(of target: String) -> Substring {
        guard let hash = target.firstIndex(of: "#"), hash != target.startIndex else { return target[...] }
        return target[..<hash].trimmingSpaces()[...]
    }

    /// `text` after `prefix` (ASCII, lower case) written in any case, or `nil` without it.
    static func dropPrefix(_ prefix: String, of text: String) -> Substring? {
        let utf8 = text.utf8
        guard utf8.count > prefix.utf8.count,
            zip(utf8, prefix.utf8).allSatisfy({ ((0x41...0x5A).contains($0) ? $0 | 0x20 : $0) == $1 })
        else { return nil }
        return text[text.utf8.index(text.startIndex, offsetBy: prefix.utf8.count)...]
    }

    /// A piece of text split at its wiki links.
    public enum Segment: Sendable, Hashable {
        case text(Substring)
        case link(WikiLink)
    }

    /// Splits `text` into plain runs and wiki links.
    ///
    /// A link is `[[`, then text with no `[` and no line break, then `]]`; an opening that does
    /// not lead to one is text. One pass over the bytes, so a run of many links or brackets
    /// costs its length.
    public static func segments(of text: Substring) -> [Segment] {
        let bytes = Array(text.utf8)
        let open = UInt8(ascii: "[")
        let close = UInt8(ascii: "]")
        let newline = UInt8(ascii: "\n")
        func index(_ offset: Int) -> Substring.Index { text.utf8.index(text.startIndex, offsetBy: offset) }
        var segments: [Segment] = []
        var textStart = 0
        var position = 0
        while position + 1 < bytes.count {
            guard bytes[position] == open, bytes[position + 1] == open else {
                position += 1
                continue
            }
            let inner = position + 2
            var end = inner
            while end < bytes.count, bytes[end] != open, bytes[end] != newline,
                !(bytes[end] == close && end + 1 < bytes.count && bytes[end + 1] == close)
            {
                end += 1
            }
            guard end + 1 < bytes.count, bytes[end] == close else {
                // Not a wiki link: keep "[[" as text and look further on.
                position = inner
                continue
            }
            if let link = WikiLink(inner: text[index(inner)..<index(end)]) {
                if position > textStart { segments.append(.text(text[index(textStart)..<index(position)])) }
                segments.append(.link(link))
                textStart = end + 2
            }
            position = end + 2
        }
        if textStart < bytes.count { segments.append(.text(text[index(textStart)...])) }
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
