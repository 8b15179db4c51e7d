// Shared by the libFuzzer target (fuzz/MustacheFuzz.swift) and the regression tests.
@testable import SceneRadar

/// One fuzz input through the Mustache engine: parse, render, and the properties that must hold.
///
/// The input is split at NUL bytes. The first chunk is the template under test, named `fuzz`;
/// each later chunk (at most four) is a partial whose first line is its name (`p` when the chunk
/// has no line end) and whose other lines are its text. The partials and `fuzz` join a fixed
/// library: `item`, a data-terminated self-including `tree`, an endless self-including `loop`, and
/// a parent/blocks pair `base` / `page`. The context holds strings with markup, nested lists and
/// objects, numbers, booleans, lambdas, names of templates for dynamic partials, and the second
/// chunk's text as `chunk`.
///
/// Properties (each failure is a message; none means the input passed):
/// 1. every parse or render error has a line and a column of at least 1 that lie inside the text
///    of the template it names;
/// 2. rendering is deterministic: twice through the library, once through the template, once
///    appended to a buffer, all the same;
/// 3. strict partials only add failures: when a strict render succeeds it equals the lenient one;
/// 4. escaped variables never write a raw `<` of a context string: context strings mark their
///    markup with `<zq`, so unless a template has an unescaped variable, or the input itself
///    spells `zq`, the output never contains `<zq`.
enum MustacheFuzzHarness {
    /// Deep enough for the fixed templates (a page in a parent, the tree three levels down),
    /// shallow enough that lists of two cannot nest into an exponential render.
    static let maxDepth = 10

    /// The properties `bytes` breaks; empty when it passes.
    static func check(_ bytes: [UInt8]) -> [String] {
        var failures: [String] = []
        let chunks = bytes.split(separator: 0, maxSplits: 4, omittingEmptySubsequences: false)
        let main = String(decoding: chunks.first ?? [], as: UTF8.self)
        var sources: [String: String] = fixedTemplates
        var library = MustacheLibrary()
        for (name, text) in fixedTemplates.sorted(by: { $0.key < $1.key }) {
            do {
                try library.add(text, named: name)
            } catch {
                failures.append("fixed template '\(name)' does not parse: \(error)")
            }
        }
        for chunk in chunks.dropFirst() {
            let (name, text) = partial(from: String(decoding: chunk, as: UTF8.self))
            do {
                try library.add(text, named: name)
                sources[name] = text
            } catch {
                checkLocation(error, in: text, &failures)
            }
        }
        let template: MustacheTemplate
        do {
            template = try MustacheTemplate(main, name: "fuzz")
        } catch {
            checkLocation(error, in: main, &failures)
            var again = library
            do {
                try again.add(main, named: "fuzz")
                failures.append("the library parsed what MustacheTemplate rejected")
            } catch let second {
                if second != error { failures.append("two parses, two errors: \(error) / \(second)") }
            }
            return failures
        }
        library.insert(template)
        sources["fuzz"] = main
        checkReferences(library, &failures)

        let text = chunks.count > 1 ? String(decoding: chunks[1], as: UTF8.self) : ""
        let context = Self.context(chunk: text)
        let options = MustacheRenderOptions(maxDepth: maxDepth)
        let first = render { () throws(MustacheError) in try library.render("fuzz", context, options: options)
        }
        let second = render { () throws(MustacheError) in
            try library.render("fuzz", context, options: options)
        }
        let direct = render { () throws(MustacheError) in
            try template.render(context, partials: library, options: options)
        }
        if first != second { failures.append("two renders differ") }
        if first != direct { failures.append("library and template renders differ") }
        switch first {
        case .failure(let error):
            checkLocation(error, sources: sources, &failures)
        case .success(let output):
            var buffer = "prefix"
            do {
                try template.render(context, into: &buffer, partials: library, options: options)
                if buffer != "prefix" + output { failures.append("render(into:) differs from render") }
            } catch {
                failures.append("render(into:) failed where render succeeded: \(error)")
            }
            let escapedOnly = !library.templates.values.contains { hasUnescapedVariable($0.nodes) }
            if escapedOnly, !bytes.containsMarker, output.utf8.containsMarkerTag {
                failures.append("an escaped variable wrote raw markup: \(output.prefix(2000))")
            }
        }
        var strictOptions = options
        strictOptions.strictPartials = true
        let strict = render { () throws(MustacheError) in
            try library.render("fuzz", context, options: strictOptions)
        }
        switch (strict, first) {
        case (.success(let strictOutput), .success(let output)):
            if strictOutput != output { failures.append("strict and lenient renders differ") }
        case (.success, .failure):
            failures.append("a strict render succeeded where the lenient one failed")
        case (.failure(let error), _):
            checkLocation(error, sources: sources, &failures)
        }
        return failures
    }

    // MARK: - Input

    /// A partial chunk's name (its first line) and text (the rest).
    static func partial(from chunk: String) -> (name: String, text: String) {
        guard let newline = chunk.firstIndex(of: "\n") else { return ("p", chunk) }
        let name = String(chunk[..<newline])
        return (name.isEmpty ? "p" : name, String(chunk[chunk.index(after: newline)...]))
    }

    private static func render(_ body: () throws(MustacheError) -> String) -> Result<String, MustacheError> {
        do {
            return .success(try body())
        } catch {
            return .failure(error)
        }
    }

    // MARK: - Fixed library and context

    /// Templates with escaped variables only, so property 4 holds whichever the input includes.
    static let fixedTemplates: [String: String] = [
        "item": "<li>{{name}}: {{note}}</li>\n",
        "tree": "<li>{{name}}\n{{#children}}\n  {{>tree}}\n{{/children}}\n</li>\n",
        "loop": "{{#self}}[{{name}}]{{>loop}}{{/self}}",
        "base": """
        <main>
          {{$title}}<h1>{{title}}</h1>{{/title}}
          {{$content}}
          <p>{{markup}}</p>
          {{/content}}
        </main>

        """,
        "page": """
        {{<base}}
        {{$title}}<h2>{{name}}</h2>{{/title}}
        {{$content}}
        {{#items}}
        {{>item}}
        {{/items}}
        {{/content}}
        {{/base}}

        """,
    ]

    static func context(chunk: String) -> MustacheValue {
        let leaf: MustacheValue = ["name": "leaf <zq-leaf>", "children": []]
        return [
            "name": "Kofi <zq-b>&amp; \"friends\" 'n'",
            "markup": "<zq-script>alert(1)</zq-script>",
            "title": "A < B & C > D",
            "note": "<zq-i>note</zq-i>",
            "empty": "",
            "zero": 0,
            "num": 1.5,
            "big": 1e20,
            "flag": true,
            "off": false,
            "none": nil,
            "list": ["a <zq-a>", "b"],
            "items": [["name": "<zq-one>", "note": "first"], ["name": "two", "note": "<zq-two>"]],
            "object": ["name": "inner <zq-inner>", "deep": ["er": ["est": "<zq-deep>"]]],
            "tree": ["name": "root <zq-root>", "children": [leaf, ["name": "mid", "children": [leaf]]]],
            "self": true,
            "partialName": "item",
            "parentName": "base",
            "loopName": "loop",
            "markupName": "<zq-name>",
            "chunk": .string(chunk),
            "lambda": .lambda(MustacheLambda { $0 }),
            "wrap": .lambda(MustacheLambda { "<b>" + $0 + "</b>{{name}}" }),
            "broken": .lambda(MustacheLambda { _ in "{{#open}}" }),
        ]
    }

    // MARK: - Properties

    /// Whether any variable in `nodes` (sections, arguments and blocks included) is unescaped.
    static func hasUnescapedVariable(_ nodes: [MustacheTemplate.Node]) -> Bool {
        nodes.contains { node in
            switch node {
            case .text, .partial: return false
            case .variable(let variable): return !variable.escaped
            case .section(let section): return hasUnescapedVariable(section.nodes)
            case .block(let block): return hasUnescapedVariable(block.nodes)
            case .parent(let parent):
                return parent.arguments.values.contains { hasUnescapedVariable($0.nodes) }
            }
        }
    }

    private static func checkLocation(
        _ error: MustacheError, sources: [String: String], _ failures: inout [String]
    ) {
        guard let source = sources[error.template] else {
            failures.append("error names an unknown template: \(error)")
            return
        }
        checkLocation(error, in: source, &failures)
    }

    /// Line and column at least 1, and inside `source` (columns count Unicode scalars; the tag
    /// starts at the column, so the line has at least that many scalars).
    static func checkLocation(_ error: MustacheError, in source: String, _ failures: inout [String]) {
        guard error.line >= 1, error.column >= 1 else {
            failures.append("error without a position: \(error)")
            return
        }
        // Mustache counts LF only as a line end (a CR is one more column), so split bytes, not
        // Characters: "\r\n" is one Character.
        let lines = source.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
        guard error.line <= lines.count else {
            failures.append("error line past the end (\(lines.count) lines): \(error)")
            return
        }
        let width = lines[error.line - 1].count { $0 & 0xC0 != 0x80 }
        if error.column > width { failures.append("error column past the line (\(width) scalars): \(error)") }
        for note in error.notes where note.location.map({ $0.line < 1 || $0.column < 1 }) ?? false {
            failures.append("note without a position: \(error)")
        }
    }

    private static func checkReferences(_ library: MustacheLibrary, _ failures: inout [String]) {
        for template in library.templates.values {
            let names = template.referencedTemplateNames
            if names != Array(Set(names)).sorted() { failures.append("references not sorted and unique") }
        }
        for error in library.unresolvedReferences() where error.line < 1 || error.column < 1 {
            failures.append("an unresolved reference has no place in its template: \(error)")
        }
    }
}

extension Collection<UInt8> {
    /// Whether the bytes spell `zq`, the marker of context markup.
    fileprivate var containsMarker: Bool {
        var previous: UInt8 = 0
        for byte in self {
            if previous == UInt8(ascii: "z"), byte == UInt8(ascii: "q") { return true }
            previous = byte
        }
        return false
    }

    /// Whether the bytes hold `<zq`, a context string's markup written raw.
    fileprivate var containsMarkerTag: Bool {
        var window: (UInt8, UInt8) = (0, 0)
        for byte in self {
            if window == (UInt8(ascii: "<"), UInt8(ascii: "z")), byte == UInt8(ascii: "q") { return true }
            window = (window.1, byte)
        }
        return false
    }
}
