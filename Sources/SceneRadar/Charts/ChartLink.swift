/// Decides whether a link target given to a chart may be written into an `href`.
///
/// Only relative references (`../scenes/x/`, `x.html#top`, `/scenes/x/`) and absolute `http:` /
/// `https:` URLs pass; anything with another scheme (`javascript:`, `data:`, `vbscript:`, …) is
/// dropped, and so is anything holding white space or control characters, because browsers strip
/// those before reading the scheme (`java\tscript:` runs as `javascript:`).
enum ChartLink {
    /// `href` when it is safe to link to, else nil; an empty string is nil as well.
    static func safe(_ href: String?) -> String? {
        guard let href, !href.isEmpty else { return nil }
        for scalar in href.unicodeScalars {
            let value = scalar.value
            if value <= 0x20 || (0x7F...0xA0).contains(value) || value == 0xFFFE || value == 0xFFFF
                || (0x2000...0x200F).contains(value) || (0x2028...0x202F).contains(value)
                || (0x2060...0x2069).contains(value) || value == 0xFEFF || value == 0x3000
            {
                return nil
            }
        }
        guard let scheme = scheme(of: href) else { return href }
        let lowered = scheme.lowercased()
        return lowered == "http" || lowered == "https" ? href : nil
    }
}

extension ChartLink {
    /// The text before the first `:` when that colon comes before any `/`, `?` or `#` — which is
    /// how a URL parser decides that a reference has a scheme. A leading `\` counts as `/`.
    fileprivate static func scheme(of href: String) -> Substring? {
        for (offset, character) in zip(href.indices, href) {
            switch character {
            case ":": return href[href.startIndex..<offset]
            case "/", "?", "#", "\\": return nil
            default: continue
            }
        }
        return nil
    }
}
