/// Widens a served page's Content-Security-Policy just enough for the live-reload script.
///
/// Built pages allow no scripts at all (`default-src 'none'`, see `PageContext`), which would block
/// both the script tag and its `EventSource`. The preview server rewrites the policy in its
/// responses only, never in the files: `script-src` and `connect-src` gain `'self'` (the script is
/// served from `/__radar/reload.js` and listens to `/__radar/events`, both same-origin), so inline
/// script in a note stays blocked in the preview just as on the published site.
enum LiveReloadPolicy {
    /// `policy` with `'self'` allowed for scripts and connections.
    ///
    /// A `script-src`, `script-src-elem` or `connect-src` directive that exists gains `'self'`
    /// (dropping `'none'`, which cannot be combined with a source). One that is missing while
    /// `default-src` restricts it is added as a copy of `default-src` plus `'self'`; with neither,
    /// nothing restricts it and nothing is added.
    static func widen(_ policy: String) -> String {
        var directives = policy.split(separator: ";").map {
            $0.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{C}" })
                .map(String.init)
        }.filter { !$0.isEmpty }
        // Only the first of duplicate directives counts (CSP 3, §2.2.1), so look at that one.
        func index(_ name: String) -> Int? { directives.firstIndex { $0[0].lowercased() == name } }
        let fallback = index("default-src").map { Array(directives[$0].dropFirst()) }
        for name in ["script-src", "script-src-elem", "connect-src"] {
            if let found = index(name) {
                directives[found] =
                    [directives[found][0]] + allowingSelf(Array(directives[found].dropFirst()))
            } else if name != "script-src-elem", let fallback {
                directives.append([name] + allowingSelf(fallback))
            }
        }
        return directives.map { $0.joined(separator: " ") }.joined(separator: "; ")
    }

    /// `html` with the `content` of every `<meta http-equiv="Content-Security-Policy">` widened.
    /// Returns the bytes unchanged when there is no such tag.
    static func rewriteMetaPolicies(in html: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        var copied = 0
        var searchFrom = 0
        while let start = find(Array("<meta".utf8), in: html, from: searchFrom) {
            guard let tag = MetaTag(html, at: start) else {
                searchFrom = start + 5
                continue
            }
            searchFrom = tag.end
            guard let equiv = tag.attributes["http-equiv"],
                decodeEntities(equiv.value).trimmed.lowercased() == "content-security-policy",
                let content = tag.attributes["content"]
            else { continue }
            let widened = widen(decodeEntities(content.value))
            output += html[copied..<content.range.lowerBound]
            output += Array("\"\(HTMLEscaping.escape(widened))\"".utf8)
            copied = content.range.upperBound
        }
        if copied == 0 { return html }
        output += html[copied...]
        return output
    }

    private static func allowingSelf(_ sources: [String]) -> [String] {
        var kept = sources.filter { $0.lowercased() != "'none'" }
        if !kept.contains(where: { $0.lowercased() == "'self'" }) { kept.append("'self'") }
        return kept
    }
}

// MARK: - Reading a tag

extension LiveReloadPolicy {
    /// The attributes of one `<meta …>` tag, as the HTML tokenizer reads them.
    fileprivate struct MetaTag {
        struct Attribute {
            /// The value with its quotes removed, entities not yet decoded.
            var value: String
            /// The bytes of the value in the document, quotes included.
            var range: Range<Int>
        }

        /// Lowercased names; the first of duplicate attributes wins, as in a browser.
        var attributes: [String: Attribute] = [:]
        /// The index just past the closing `>`.
        var end = 0

        /// Reads the tag starting at `start` (the `<`); nil when it is not a complete `<meta>` tag.
        init?(_ html: [UInt8], at start: Int) {
            var at = start + 5
            guard at < html.count, isSpace(html[at]) || html[at] == slash || html[at] == greater else {
                return nil
            }
            while true {
                while at < html.count && (isSpace(html[at]) || html[at] == slash) { at += 1 }
                guard at < html.count else { return nil }
                if html[at] == greater {
                    end = at + 1
                    return
                }
                let nameStart = at
                at += 1
                while at < html.count && !isSpace(html[at]) && ![slash, greater, equals].contains(html[at]) {
                    at += 1
                }
                let name = String(decoding: html[nameStart..<at], as: UTF8.self).lowercased()
                while at < html.count && isSpace(html[at]) { at += 1 }
                var attribute = Attribute(value: "", range: at..<at)
                if at < html.count && html[at] == equals {
                    at += 1
                    while at < html.count && isSpace(html[at]) { at += 1 }
                    guard at < html.count else { return nil }
                    let valueStart = at
                    if html[at] == doubleQuote || html[at] == singleQuote {
                        let quote = html[at]
                        guard let close = html[(at + 1)...].firstIndex(of: quote) else { return nil }
                        attribute.value = String(decoding: html[(at + 1)..<close], as: UTF8.self)
                        at = close + 1
                    } else {
                        while at < html.count && !isSpace(html[at]) && html[at] != greater { at += 1 }
                        attribute.value = String(decoding: html[valueStart..<at], as: UTF8.self)
                    }
                    attribute.range = valueStart..<at
                }
                if attributes[name] == nil { attributes[name] = attribute }
            }
        }
    }

    fileprivate static func find(_ needle: [UInt8], in html: [UInt8], from start: Int) -> Int? {
        guard html.count >= needle.count, start <= html.count - needle.count else { return nil }
        for index in start...(html.count - needle.count) {
            var matches = true
            for offset in 0..<needle.count where lowercase(html[index + offset]) != needle[offset] {
                matches = false
                break
            }
            if matches { return index }
        }
        return nil
    }
}

// MARK: - Entities

extension LiveReloadPolicy {
    /// Decodes the character references a policy may hold: numeric ones and the five XML names
    /// (radar's own templates write `'` as `&#39;`). Anything else is kept as written.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            rest = rest[amp...]
            guard let semicolon = rest.prefix(12).firstIndex(of: ";"),
                let decoded = entity(String(rest[rest.index(after: rest.startIndex)..<semicolon]))
            else {
                result += "&"
                rest = rest.dropFirst()
                continue
            }
            result.unicodeScalars.append(decoded)
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }

    private static func entity(_ name: String) -> Unicode.Scalar? {
        switch name.lowercased() {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value =
                digits.first == "x" || digits.first == "X"
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            return value.flatMap(Unicode.Scalar.init)
        }
    }
}

// MARK: - Bytes

private let slash = UInt8(ascii: "/")
private let greater = UInt8(ascii: ">")
private let equals = UInt8(ascii: "=")
private let doubleQuote = UInt8(ascii: "\"")
private let singleQuote = UInt8(ascii: "'")

private func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
}

private func lowercase(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
}

extension String {
    fileprivate var trimmed: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
