/// A small HTML tokenizer, following the HTML tokenizer's rules closely enough to audit radar's
/// own output as a browser would read it: every tag with its attributes (values decoded), and
/// every run of text (decoded). If a payload had become markup, it shows up here as a tag or an
/// attribute; if it stayed text, it shows up as text.
struct MarkupScanner {
    struct Tag {
        var name: String
        var attributes: [(name: String, value: String)]
        var isEnd: Bool

        func attribute(_ name: String) -> String? {
            attributes.first { $0.name == name }?.value
        }
    }

    private(set) var tags: [Tag] = []
    private(set) var texts: [String] = []
    private(set) var comments: [String] = []

    private let scalars: [Unicode.Scalar]
    private var index = 0
    /// Inside inline `<svg>`, `<title>` is an ordinary element, not raw text.
    private var svgDepth = 0

    init(_ html: String) {
        scalars = Array(html.unicodeScalars)
        var text = ""
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "<", let next = peek(1) {
                if next == "!" {
                    flush(&text)
                    skipMarkupDeclaration()
                    continue
                }
                if next == "/", let letter = peek(2), Self.isLetter(letter) {
                    flush(&text)
                    index += 2
                    let name = readName()
                    skip(past: ">")
                    tags.append(Tag(name: name, attributes: [], isEnd: true))
                    if name == "svg" { svgDepth = max(svgDepth - 1, 0) }
                    continue
                }
                if Self.isLetter(next) {
                    flush(&text)
                    index += 1
                    readStartTag()
                    continue
                }
            }
            text.unicodeScalars.append(scalar)
            index += 1
        }
        flush(&text)
    }

    // MARK: - Tokens

    private mutating func readStartTag() {
        let name = readName()
        var attributes: [(name: String, value: String)] = []
        var selfClosing = false
        while index < scalars.count {
            skipWhitespace()
            guard index < scalars.count else { break }
            if scalars[index] == ">" {
                index += 1
                break
            }
            if scalars[index] == "/" {
                selfClosing = true
                index += 1
                continue
            }
            var attributeName = ""
            while index < scalars.count, !Self.isSpace(scalars[index]),
                !"=>/".unicodeScalars.contains(scalars[index])
            {
                attributeName.unicodeScalars.append(Self.lowercased(scalars[index]))
                index += 1
            }
            if attributeName.isEmpty {
                index += 1
                continue
            }
            skipWhitespace()
            var value = ""
            if index < scalars.count, scalars[index] == "=" {
                index += 1
                skipWhitespace()
                value = Self.decode(readAttributeValue())
            }
            attributes.append((attributeName, value))
        }
        tags.append(Tag(name: name, attributes: attributes, isEnd: false))
        if name == "svg" && !selfClosing { svgDepth += 1 }
        if svgDepth == 0 && ["script", "style", "title", "textarea"].contains(name) {
            readRawText(until: name, decoding: name == "title" || name == "textarea")
        }
    }

    private mutating func readAttributeValue() -> String {
        var value = ""
        guard index < scalars.count else { return value }
        let quote = scalars[index]
        if quote == "\"" || quote == "'" {
            index += 1
            while index < scalars.count, scalars[index] != quote {
                value.unicodeScalars.append(scalars[index])
                index += 1
            }
            index += 1
        } else {
            while index < scalars.count, !Self.isSpace(scalars[index]), scalars[index] != ">" {
                value.unicodeScalars.append(scalars[index])
                index += 1
            }
        }
        return value
    }

    /// The text of `<script>`, `<style>`, `<title>`, `<textarea>`: everything up to the first
    /// `</name`, whatever it looks like — as a browser reads it.
    private mutating func readRawText(until name: String, decoding: Bool) {
        let end = Array(("</" + name).unicodeScalars)
        var text = ""
        while index < scalars.count {
            if index + end.count <= scalars.count,
                zip(scalars[index..<index + end.count], end).allSatisfy({ Self.lowercased($0) == $1 })
            {
                break
            }
            text.unicodeScalars.append(scalars[index])
            index += 1
        }
        texts.append(decoding ? Self.decode(text) : text)
    }

    private mutating func skipMarkupDeclaration() {
        if peek(2) == "-" && peek(3) == "-" {
            index += 4
            var comment = ""
            while index < scalars.count {
                if scalars[index] == "-" && peek(1) == "-" && peek(2) == ">" {
                    index += 3
                    break
                }
                comment.unicodeScalars.append(scalars[index])
                index += 1
            }
            comments.append(comment)
        } else {
            skip(past: ">")
        }
    }

    private mutating func flush(_ text: inout String) {
        if !text.isEmpty { texts.append(Self.decode(text)) }
        text = ""
    }

    // MARK: - Characters

    private func peek(_ offset: Int) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    private mutating func readName() -> String {
        var name = ""
        while index < scalars.count, !Self.isSpace(scalars[index]), scalars[index] != ">",
            scalars[index] != "/"
        {
            name.unicodeScalars.append(Self.lowercased(scalars[index]))
            index += 1
        }
        return name
    }

    private mutating func skip(past terminator: Unicode.Scalar) {
        while index < scalars.count, scalars[index] != terminator { index += 1 }
        index += 1
    }

    private mutating func skipWhitespace() {
        while index < scalars.count, Self.isSpace(scalars[index]) { index += 1 }
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar == "\u{0C}"
    }

    private static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar
    }

    /// Character references decoded: the named ones radar and cmark write, and numeric ones.
    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}"]
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semicolon = after.prefix(12).firstIndex(of: ";") {
                let body = after[..<semicolon]
                var decoded: String?
                if body.hasPrefix("#x") || body.hasPrefix("#X") {
                    decoded = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map {
                        String($0)
                    }
                } else if body.hasPrefix("#") {
                    decoded = UInt32(body.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
                } else {
                    decoded = named[String(body)]
                }
                if let decoded {
                    out += decoded
                    rest = after[after.index(after: semicolon)...]
                    continue
                }
            }
            out += "&"
            rest = after
        }
        return out + rest
    }
}
