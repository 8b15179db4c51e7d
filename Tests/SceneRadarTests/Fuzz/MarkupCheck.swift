// Shared by the libFuzzer pipeline target (fuzz/NotePipelineFuzz.swift) and the tests.

/// A small scanner over the markup a build writes (HTML pages, SVG charts, the Atom feed and the
/// sitemap) that finds what a note must never turn into: an element or attribute the theme, the
/// charts and cmark's safe mode never write (`<script>`, `<iframe>`, `onerror=`, a note's own
/// `<b>`), a `javascript:` (or `vbscript:`, `file:`, non-image `data:`) URL, an unquoted or
/// unterminated attribute, and, in XML, characters XML 1.0 forbids.
///
/// It reads tags the way a browser's tokenizer does (a `<` followed by a letter opens one), so
/// any note text that escaped unescaped shows up as a tag it does not know.
enum MarkupCheck {
    /// Which allowlists apply.
    enum Dialect {
        /// A page: HTML with inline SVG charts.
        case html
        /// A standalone chart.
        case svg
        /// The Atom feed or the sitemap.
        case xml
    }

    /// Every problem in `text`, as messages naming what was found.
    static func problems(in text: String, dialect: Dialect) -> [String] {
        var scanner = Scanner(bytes: Array(text.utf8), dialect: dialect)
        scanner.scan()
        // Wherever it hides (a comment, an attribute value), the site never writes one.
        if containsScriptTag(scanner.bytes) { scanner.problems.append("'<script' in the text") }
        if dialect != .html { scanner.checkXMLCharacters(text) }
        return scanner.problems
    }

    /// The text of an HTML fragment that XML escaping wrote into an element (the feed's
    /// `<content type="html">`), unescaped.
    static func unescapeXML(_ text: Substring) -> String {
        decodeEntities(String(text))
    }

    // MARK: - Allowlists

    static let htmlElements: Set<String> = [
        "html", "head", "meta", "title", "link", "body", "a", "span", "header", "div", "nav", "main",
        "footer", "p", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "aside", "ul", "ol", "li",
        "dl", "dt", "dd", "table", "caption", "thead", "tbody", "tr", "th", "td", "figure", "figcaption",
        "details", "summary", "meter", "strong", "em", "code", "pre", "blockquote", "hr", "br", "img",
        "time",
    ]

    static let svgElements: Set<String> = [
        "svg", "g", "path", "line", "text", "title", "desc", "rect", "circle", "polyline", "polygon", "a",
        "tspan", "style",
    ]

    static let xmlElements: Set<String> = [
        "feed", "title", "subtitle", "id", "link", "updated", "published", "author", "name", "uri", "email",
        "generator", "entry", "summary", "content", "category", "rights", "urlset", "url", "loc", "lastmod",
    ]

    static let attributes: Set<String> = [
        // The theme and the charts.
        "aria-current", "aria-hidden", "aria-label", "aria-labelledby", "charset", "class", "content", "cx",
        "cy", "d", "datetime",
        "fill",
        "fill-opacity", "font-family", "font-size", "font-weight", "height", "href", "http-equiv", "id",
        "lang",
        "letter-spacing", "max", "min", "name", "opacity", "points", "r", "rel", "role", "rx", "scope",
        "stroke",
        "stroke-dasharray", "stroke-linecap", "stroke-linejoin", "stroke-opacity", "stroke-width", "tabindex",
        "text-anchor", "title", "type", "value", "viewBox", "width", "x", "x1", "x2", "y", "y1", "y2",
        "xmlns",
        // cmark's HTML.
        "src", "alt", "start",
        // The feed.
        "version", "xml:base", "xml:lang", "encoding",
    ]

    static let urlAttributes: Set<String> = ["href", "src", "xlink:href", "action", "formaction", "poster"]

    /// Whether `bytes` hold `<script` in any case (byte by byte: this runs over every page).
    static func containsScriptTag(_ bytes: [UInt8]) -> Bool {
        let word = Array("script".utf8)
        var index = 0
        while index + word.count < bytes.count {
            if bytes[index] == UInt8(ascii: "<"),
                word.indices.allSatisfy({ bytes[index + 1 + $0] | 0x20 == word[$0] })
            {
                return true
            }
            index += 1
        }
        return false
    }

    /// Whether a browser would run or open something local from `value` (an attribute's raw text).
    static func isUnsafeURL(_ value: String) -> Bool {
        // Site links are relative paths or http(s): nothing to decode, nothing to look at.
        if !value.utf8.contains(UInt8(ascii: ":")) && !value.utf8.contains(UInt8(ascii: "&")) { return false }
        let decoded = decodeEntities(value)
        // Browsers drop ASCII tabs and line ends anywhere in a URL and controls and spaces around it;
        // a scheme is ASCII, so the first 20 kept scalars, lowercased, are enough to look at.
        let kept = decoded.unicodeScalars.lazy.filter { $0.value > 0x20 && $0.value != 0x7F }.prefix(20)
        let compact = String(String.UnicodeScalarView(kept)).lowercased()
        for scheme in ["javascript:", "vbscript:", "file:"] where compact.hasPrefix(scheme) { return true }
        if compact.hasPrefix("data:") {
            let images = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
            return !images.contains { compact.hasPrefix($0) }
        }
        return false
    }

    /// Numeric character references and the named ones a URL scheme could hide behind.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let named: [String: String] = [
            "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "colon": ":", "tab": "\t",
            "newline": "\n", "sol": "/", "lpar": "(", "rpar": ")",
        ]
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let after = rest[rest.index(after: ampersand)...]
            let end = after.firstIndex(of: ";")
            let name = end.map { after[..<$0] } ?? ""
            if let end, !name.isEmpty, name.count < 12, let value = entityValue(name, named: named) {
                result += value
                rest = after[after.index(after: end)...]
            } else {
                result += "&"
                rest = after
            }
        }
        return result + rest
    }

    private static func entityValue(_ name: Substring, named: [String: String]) -> String? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
        }
        if name.hasPrefix("#") {
            return UInt32(name.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init).map { String($0) }
        }
        return named[name.lowercased()]
    }

    // MARK: - Scanner

    private struct Scanner {
        let bytes: [UInt8]
        let dialect: Dialect
        var index = 0
        var problems: [String] = []

        init(bytes: [UInt8], dialect: Dialect) {
            self.bytes = bytes
            self.dialect = dialect
        }

        mutating func scan() {
            while index < bytes.count {
                guard bytes[index] == UInt8(ascii: "<") else {
                    index += 1
                    continue
                }
                let next = index + 1 < bytes.count ? bytes[index + 1] : 0
                if starts(with: "<!--") {
                    skip(past: "-->", what: "comment")
                } else if next == UInt8(ascii: "!") {
                    skip(past: ">", what: "declaration")
                } else if next == UInt8(ascii: "?") {
                    skip(past: "?>", what: "processing instruction")
                } else if next == UInt8(ascii: "/") {
                    index += 2
                    let name = readName()
                    if name.isEmpty {
                        problem("'</' without a name")
                    } else {
                        checkElement(name)
                    }
                    skip(past: ">", what: "closing tag </\(name)")
                } else if isLetter(next) {
                    index += 1
                    readStartTag()
                } else {
                    index += 1
                }
            }
        }

        private mutating func readStartTag() {
            let name = readName()
            checkElement(name)
            while true {
                skipWhitespace()
                guard index < bytes.count else {
                    problem("tag <\(name)> is never closed")
                    return
                }
                if bytes[index] == UInt8(ascii: ">") {
                    index += 1
                    break
                }
                if starts(with: "/>") {
                    index += 2
                    return
                }
                let attribute = readAttributeName()
                guard !attribute.isEmpty else {
                    problem("stray '\(Character(Unicode.Scalar(bytes[index])))' in <\(name)>")
                    index += 1
                    continue
                }
                checkAttribute(attribute, in: name)
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { continue }
                index += 1
                skipWhitespace()
                guard index < bytes.count else { continue }
                let quote = bytes[index]
                guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
                    problem("unquoted value of \(attribute) in <\(name)>")
                    while index < bytes.count, !isWhitespace(bytes[index]), bytes[index] != UInt8(ascii: ">")
                    {
                        index += 1
                    }
                    continue
                }
                let start = index + 1
                guard let end = bytes[start...].firstIndex(of: quote) else {
                    problem("unterminated value of \(attribute) in <\(name)>")
                    index = bytes.count
                    return
                }
                let value = String(decoding: bytes[start..<end], as: UTF8.self)
                index = end + 1
                if value.utf8.contains(UInt8(ascii: "<")) {
                    problem("raw '<' in the value of \(attribute) in <\(name)>")
                }
                if MarkupCheck.urlAttributes.contains(attribute), MarkupCheck.isUnsafeURL(value) {
                    problem("unsafe URL in <\(name) \(attribute)=\"\(value)\">")
                }
            }
            // Raw-text elements: their content is not markup.
            if name == "style" || name.lowercased() == "script" {
                skip(past: "</" + name, what: "<\(name)> element")
            }
        }

        private mutating func checkElement(_ name: String) {
            // Exact case: the site writes every element in lower case (SVG's camel case aside).
            let allowed: Bool
            switch dialect {
            case .html:
                allowed = MarkupCheck.htmlElements.contains(name) || MarkupCheck.svgElements.contains(name)
            case .svg: allowed = MarkupCheck.svgElements.contains(name)
            case .xml: allowed = MarkupCheck.xmlElements.contains(name)
            }
            if !allowed { problem("element <\(name)> is not one the site writes") }
        }

        private mutating func checkAttribute(_ name: String, in element: String) {
            if !MarkupCheck.attributes.contains(name) {
                problem("attribute \(name) in <\(element)> is not one the site writes")
            }
        }

        // MARK: Bytes

        private mutating func readName() -> String {
            let start = index
            while index < bytes.count, isNameByte(bytes[index]) { index += 1 }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }

        /// An attribute name as a browser reads it: up to whitespace, `/`, `>` or `=`.
        private mutating func readAttributeName() -> String {
            let start = index
            while index < bytes.count {
                let byte = bytes[index]
                if isWhitespace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">")
                    || byte == UInt8(ascii: "=")
                {
                    break
                }
                index += 1
            }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }

        private mutating func skipWhitespace() {
            while index < bytes.count, isWhitespace(bytes[index]) { index += 1 }
        }

        private mutating func skip(past terminator: String, what: String) {
            let needle = Array(terminator.utf8)
            var scan = index
            while scan + needle.count <= bytes.count {
                if bytes[scan..<scan + needle.count].elementsEqual(needle) {
                    index = scan + needle.count
                    return
                }
                scan += 1
            }
            problem("\(what) is never closed")
            index = bytes.count
        }

        private func starts(with prefix: String) -> Bool {
            let needle = Array(prefix.utf8)
            return index + needle.count <= bytes.count
                && bytes[index..<index + needle.count].elementsEqual(needle)
        }

        private func isLetter(_ byte: UInt8) -> Bool {
            (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
        }

        private func isNameByte(_ byte: UInt8) -> Bool {
            isLetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: ":")
        }

        private func isWhitespace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
        }

        private mutating func problem(_ message: String) {
            if problems.count < 20 { problems.append(message) }
        }

        /// XML 1.0 allows tab, line feed and carriage return below U+0020, and no U+FFFE or U+FFFF.
        mutating func checkXMLCharacters(_ text: String) {
            for scalar in text.unicodeScalars {
                let value = scalar.value
                if (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D) || value == 0xFFFE
                    || value == 0xFFFF
                {
                    problem("character U+\(String(value, radix: 16, uppercase: true)) is not allowed in XML")
                    return
                }
            }
        }
    }
}
