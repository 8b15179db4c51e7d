import Foundation

@testable import SceneRadar

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Audits a built site the way a browser or feed reader would read it, and lists what is wrong:
/// executable markup (script-like elements, event-handler or style attributes, script or data
/// URLs), a page without radar's Content-Security-Policy, a `<title>` that ends early, bidi
/// controls left open in a text run or attribute, XML that is not well-formed, JSON that does
/// not parse. An empty list means the site is safe to publish.
enum SiteAudit {
    /// Elements that can run code, load code or documents, or submit data.
    static let forbiddenElements: Set<String> = [
        "script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "form", "input",
        "button", "textarea", "select", "style", "math", "foreignobject", "animate", "set", "handler",
        "listener", "use", "portal", "template", "noscript",
    ]
    /// Attributes whose value is a URL.
    static let urlAttributes: Set<String> = [
        "href", "src", "xlink:href", "action", "formaction", "data", "poster", "background", "cite", "srcset",
        "ping",
    ]

    static func problems(inSite root: String) -> [String] {
        var problems: [String] = []
        for file in files(in: root) {
            let path = root + "/" + file
            guard let data = FileManager.default.contents(atPath: path) else {
                problems.append("\(file): cannot read it")
                continue
            }
            let text = String(decoding: data, as: UTF8.self)
            if file != "radar.json" && text.range(of: "<script", options: .caseInsensitive) != nil {
                problems.append("\(file): contains '<script'")
            }
            switch (file as NSString).pathExtension {
            case "html": problems += html(text, file: file, isPage: true)
            case "svg": problems += xml(data, file: file).problems
            case "xml":
                let parsed = xml(data, file: file)
                problems += parsed.problems
                for (index, content) in parsed.htmlContents.enumerated() {
                    problems += html(content, file: "\(file) entry \(index + 1) content", isPage: false)
                }
            case "json":
                if (try? JSONSerialization.jsonObject(with: data)) == nil {
                    problems.append("\(file): not JSON")
                }
            default:
                break
            }
        }
        return problems
    }

    /// Every file under `root` except radar's own dotfiles, relative and sorted.
    static func files(in root: String) -> [String] {
        Fixtures.files(in: root).filter { !($0 as NSString).lastPathComponent.hasPrefix(".") }
    }

    // MARK: - HTML

    static func html(_ text: String, file: String, isPage: Bool) -> [String] {
        let scanner = MarkupScanner(text)
        var problems: [String] = []
        var titleStarts = 0
        var titleEnds = 0
        var policies: [String] = []
        for tag in scanner.tags {
            if tag.name == "title" {
                if tag.isEnd { titleEnds += 1 } else { titleStarts += 1 }
            }
            guard !tag.isEnd else { continue }
            if forbiddenElements.contains(tag.name) { problems.append("\(file): <\(tag.name)> element") }
            if tag.name == "meta", let equiv = tag.attribute("http-equiv") {
                if equiv.lowercased() == "content-security-policy" {
                    policies.append(tag.attribute("content") ?? "")
                } else {
                    problems.append("\(file): <meta http-equiv=\"\(equiv)\">")
                }
            }
            for (name, value) in tag.attributes {
                if name.hasPrefix("on") { problems.append("\(file): <\(tag.name) \(name)=…> event handler") }
                if name == "style" { problems.append("\(file): <\(tag.name) style=…> inline style") }
                if urlAttributes.contains(name), let problem = urlProblem(value) {
                    problems.append("\(file): <\(tag.name) \(name)=\"\(value)\">: \(problem)")
                }
                if !isBidiBalanced(value) {
                    problems.append("\(file): <\(tag.name) \(name)> leaves bidi controls open")
                }
            }
        }
        for run in scanner.texts where !isBidiBalanced(run) {
            problems.append("\(file): text leaves bidi controls open: \(run.debugDescription.prefix(80))")
        }
        if titleStarts != titleEnds {
            problems.append("\(file): \(titleStarts) <title> but \(titleEnds) </title>: a title ended early")
        }
        if isPage && policies != [PageContext.contentSecurityPolicy] {
            problems.append("\(file): Content-Security-Policy meta is \(policies), not radar's")
        }
        // The only comment radar writes is cmark's stand-in for raw HTML it dropped.
        for comment in scanner.comments where comment != " raw HTML omitted " {
            problems.append("\(file): HTML comment \(comment.debugDescription.prefix(80))")
        }
        return problems
    }

    /// Why a URL attribute's value could run or smuggle something, or `nil`: only http(s) and
    /// relative URLs pass. The scheme is found as the URL standard finds it: tabs and line breaks
    /// removed anywhere, C0 controls and spaces trimmed, then `letter (letter|digit|+|-|.)* ':'`
    /// (so `jav%09ascript:x` is a relative path, while `java<TAB>script:x` is a script URL).
    static func urlProblem(_ value: String) -> String? {
        let cleaned = value.unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
        let trimmed = String(String.UnicodeScalarView(cleaned)).trimmingCharacters(
            in: CharacterSet(charactersIn: "\u{0}"..."\u{20}"))
        if trimmed.hasPrefix("//") || trimmed.hasPrefix("\\") { return "protocol-relative URL" }
        var scheme = ""
        for scalar in trimmed.unicodeScalars {
            if scalar == ":" {
                guard let first = scheme.unicodeScalars.first,
                    ("a"..."z").contains(first) || ("A"..."Z").contains(first)
                else { return nil }
                let lowered = scheme.lowercased()
                return lowered == "http" || lowered == "https" ? nil : "'\(lowered):' URL"
            }
            guard scalar.isASCII,
                scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                    || "+-.".unicodeScalars.contains(scalar)
            else { return nil }
            scheme.unicodeScalars.append(scalar)
        }
        return nil
    }

    /// Whether every bidi embedding, override and isolate that `text` opens is closed in it.
    static func isBidiBalanced(_ text: String) -> Bool {
        HTMLEscaping.bidiClosers(for: text).isEmpty
    }

    // MARK: - XML

    static func xml(_ data: Data, file: String) -> (problems: [String], htmlContents: [String]) {
        let auditor = XMLAuditor(file: file)
        let parser = XMLParser(data: data)
        parser.delegate = auditor
        // On Linux, parse() can return true after an error; parserError tells.
        if !parser.parse() || parser.parserError != nil {
            auditor.problems.append(
                "\(file): not well-formed XML (line \(parser.lineNumber)): \(parser.parserError.map { "\($0)" } ?? "?")"
            )
        }
        return (auditor.problems, auditor.htmlContents)
    }

    private final class XMLAuditor: NSObject, XMLParserDelegate {
        let file: String
        var problems: [String] = []
        var htmlContents: [String] = []
        private var text = ""
        private var collectingHTML = false

        init(file: String) { self.file = file }

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            flushText()
            // A standalone SVG may style itself (no page CSP applies to it); nothing else is allowed.
            if forbiddenElements.contains(name.lowercased()) && name != "style" {
                problems.append("\(file): <\(name)> element")
            }
            for (attribute, value) in attributes {
                if attribute.lowercased().hasPrefix("on") {
                    problems.append("\(file): \(attribute) on <\(name)>")
                }
                if urlAttributes.contains(attribute.lowercased()), let problem = urlProblem(value) {
                    problems.append("\(file): <\(name) \(attribute)=\"\(value)\">: \(problem)")
                }
                if !isBidiBalanced(value) {
                    problems.append("\(file): <\(name) \(attribute)> leaves bidi controls open")
                }
            }
            collectingHTML = name == "content" && attributes["type"] == "html"
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(
            _ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?
        ) {
            if collectingHTML && name == "content" {
                htmlContents.append(text)
                text = ""
                collectingHTML = false
            }
            flushText()
        }

        private func flushText() {
            if !collectingHTML {
                if !isBidiBalanced(text) {
                    problems.append(
                        "\(file): text leaves bidi controls open: \(text.debugDescription.prefix(80))")
                }
                text = ""
            }
        }
    }
}
