import Foundation
import XCTest

@testable import SceneRadar

final class MustacheTemplateRenderTests: XCTestCase {
    private func render(
        _ source: String, _ context: MustacheValue = [:], partials: [String: String] = [:]
    ) throws -> String {
        try MustacheTemplate(source).render(context, partials: MustacheLibrary(sources: partials))
    }

    // MARK: - Interpolation

    func testRender_escapesHTMLIncludingApostrophe() throws {
        let context: MustacheValue = ["name": "Tom & \"Jerry\" <'DJ'>"]
        XCTAssertEqual(try render("{{name}}", context), "Tom &amp; &quot;Jerry&quot; &lt;&#39;DJ&#39;&gt;")
        XCTAssertEqual(
            try render("{{{name}}}|{{&name}}", context), "Tom & \"Jerry\" <'DJ'>|Tom & \"Jerry\" <'DJ'>")
    }

    func testRender_numbers_useFixedLocaleFreeForm() throws {
        let context: MustacheValue = [
            "half": 1.5, "whole": 85.0, "int": 85, "negative": -0.0, "big": 1e20, "max": .int(Int.max),
        ]
        XCTAssertEqual(
            try render("{{half}} {{whole}} {{int}} {{negative}} {{big}} {{max}}", context),
            "1.5 85 85 0 1e+20 9223372036854775807")
    }

    func testRender_integers_writeEveryDigitAndSign() throws {
        let context: MustacheValue = [
            "zero": 0, "seven": 7, "ten": 10, "negative": -42, "min": .int(Int.min), "max": .int(Int.max),
        ]
        XCTAssertEqual(
            try render("{{zero}} {{seven}} {{ten}} {{negative}} {{min}} {{max}}", context),
            "0 7 10 -42 -9223372036854775808 9223372036854775807")
    }

    func testRender_booleansNullListsAndObjects() throws {
        let context: MustacheValue = [
            "yes": true, "no": false, "none": nil, "list": [1, 2], "object": ["a": 1],
        ]
        XCTAssertEqual(
            try render("[{{yes}}|{{no}}|{{none}}|{{list}}|{{object}}]", context), "[true|false|||]")
    }

    /// Inside a list section `last` is true on the final item, for strings too; an item's own
    /// `last` wins; a nested list answers for its own items; a name the item lacks is still
    /// found further out; and outside a list nothing answers.
    func testRender_listItems_answerLast() throws {
        func render(_ template: String, _ context: MustacheValue) throws -> String {
            try MustacheTemplate(template).render(context)
        }
        XCTAssertEqual(
            try render("{{#tags}}{{.}}{{^last}}, {{/last}}{{/tags}}.", ["tags": ["a", "b", "c"]]), "a, b, c.")
        XCTAssertEqual(
            try render("{{#xs}}{{last}}{{/xs}}", ["xs": [["last": "own"], ["n": 1]]]), "owntrue")
        XCTAssertEqual(
            try render(
                "{{#rows}}[{{#cells}}{{.}}{{^last}} {{/last}}{{/cells}}]{{^last}},{{/last}}{{/rows}}",
                ["rows": [["cells": ["a", "b"]], ["cells": ["c"]]]]),
            "[a b],[c]")
        XCTAssertEqual(try render("{{#xs}}{{title}}{{/xs}}", ["title": "T", "xs": [["n": 1]]]), "T")
        XCTAssertEqual(try render("{{#one}}[{{last}}]{{/one}}", ["one": ["n": 1]]), "[]")
    }

    func testRender_keepsNonASCIIText() throws {
        XCTAssertEqual(try render("🎧 {{name}} — ñ", ["name": "Mnike é\u{301}"]), "🎧 Mnike é\u{301} — ñ")
    }

    // MARK: - Context lookup

    func testLookup_walksTheStackForTheFirstPartOnly() throws {
        let context: MustacheValue = [
            "city": "Lagos", "scene": ["name": "Alté", "people": [["name": "Kofi"]]],
            "label": ["name": "wrong"],
        ]
        XCTAssertEqual(
            try render(
                "{{#scene}}{{#people}}{{name}} in {{city}}, {{scene.name}}{{/people}}{{/scene}}", context),
            "Kofi in Lagos, Alté")
        // `label.name` resolves `label` in the root, then `name` only inside it.
        XCTAssertEqual(try render("{{#scene}}{{label.name}}{{/scene}}", context), "wrong")
        // Once `scene` is found, a missing `scene.city` does not fall back to the root's `city`.
        XCTAssertEqual(try render("[{{scene.city}}]", context), "[]")
    }

    func testLookup_longKeysWithTheSameStartAndLength_stayDistinct() throws {
        // Keys past 15 bytes share a fingerprint when their first 15 bytes and length match.
        let context: MustacheValue = [
            "track_credit_role_1": "one", "track_credit_role_2": "two",
            "credits": ["track_credit_role_2": "inner"],
        ]
        XCTAssertEqual(
            try render(
                "{{track_credit_role_1}} {{track_credit_role_2}} {{credits.track_credit_role_2}}", context),
            "one two inner")
        XCTAssertEqual(try render("[{{track_credit_role_3}}]", context), "[]")
        XCTAssertEqual(try render("{{#credits}}{{track_credit_role_1}}{{/credits}}", context), "one")
    }

    func testLookup_keysDifferingOnlyInLengthOrPastByte15() throws {
        let context: MustacheValue = [
            "a": 1, "a\u{0}": 2, "abcdefghijklmno": 3, "abcdefghijklmnop": 4, "é": 5, "e\u{301}": 6,
        ]
        XCTAssertEqual(
            try render("{{a}} {{abcdefghijklmno}} {{abcdefghijklmnop}} {{é}} {{e\u{301}}}", context),
            "1 3 4 5 6")
    }

    func testLookup_implicitIteratorAndScalarLists() throws {
        XCTAssertEqual(
            try render("{{#tags}}<{{.}}>{{/tags}}", ["tags": ["gqom", "amapiano"]]), "<gqom><amapiano>")
        XCTAssertEqual(try render("{{.}}", "top"), "top")
    }

    func testLookup_missingNamesRenderNothing() throws {
        XCTAssertEqual(try render("[{{a}}{{a.b}}{{#a}}x{{/a}}]", [:]), "[]")
    }

    // MARK: - Sections

    func testSection_truthiness() throws {
        let context: MustacheValue = [
            "empty": "", "text": "x", "zero": 0, "zeroDouble": 0.0, "none": nil, "no": false,
            "emptyList": [], "emptyObject": [:],
        ]
        let template = """
            {{#empty}}E{{/empty}}{{#text}}T{{/text}}{{#zero}}Z{{/zero}}{{#zeroDouble}}D{{/zeroDouble}}\
            {{#none}}N{{/none}}{{#no}}F{{/no}}{{#emptyList}}L{{/emptyList}}{{#emptyObject}}O{{/emptyObject}}
            """
        XCTAssertEqual(try render(template, context), "TZDO")
        XCTAssertEqual(try render("{{^empty}}no subtitle{{/empty}}", context), "no subtitle")
    }

    func testSection_overListRendersOncePerItemWithItemOnTop() throws {
        let context: MustacheValue = ["tracks": [["title": "A"], ["title": "B"]], "title": "scene"]
        XCTAssertEqual(try render("{{#tracks}}{{title}},{{/tracks}}{{title}}", context), "A,B,scene")
    }

    func testSection_nestedDeeperThanTheInitialStack_seesEveryLevel() throws {
        // 40 nested lists: the context stack grows past its first allocation.
        var context: MustacheValue = ["leaf": "x"]
        for level in (0..<40).reversed() { context = ["l\(level)": [context], "n\(level)": .int(level)] }
        let open = (0..<40).map { "{{#l\($0)}}" }.joined()
        let close = (0..<40).reversed().map { "{{/l\($0)}}" }.joined()
        XCTAssertEqual(try render(open + "{{leaf}}{{n0}}{{n39}}" + close, context), "x039")
    }

    func testSection_standaloneLinesDisappear() throws {
        let template = """
            <ul>
              {{#tracks}}
              <li>{{.}}</li>
              {{/tracks}}
            </ul>

            """
        XCTAssertEqual(
            try render(template, ["tracks": ["a", "b"]]), "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n")
    }

    // MARK: - Partials

    func testPartial_standaloneIndentationAppliesToEveryLineAndNests() throws {
        let partials = ["item": "<li>\n  {{>name}}\n</li>\n", "name": "<b>{{.}}</b>\n<i>{{.}}</i>\n"]
        let template = "<ul>\n  {{#list}}\n  {{>item}}\n  {{/list}}\n</ul>\n"
        XCTAssertEqual(
            try render(template, ["list": ["x"]], partials: partials),
            "<ul>\n  <li>\n    <b>x</b>\n    <i>x</i>\n  </li>\n</ul>\n")
    }

    func testPartial_inlineIsNotIndented() throws {
        XCTAssertEqual(try render("  a {{>p}}\n", partials: ["p": "1\n2"]), "  a 1\n2\n")
    }

    func testPartial_indentationDoesNotTouchInterpolatedNewlines() throws {
        XCTAssertEqual(
            try render("  {{>p}}\n", ["text": "a\nb"], partials: ["p": "[{{text}}]\n"]), "  [a\nb]\n")
    }

    func testPartial_dynamicNamePicksTemplateFromData() throws {
        let partials = ["text": "T:{{content}}", "image": "I:{{url}}"]
        let context: MustacheValue = [
            "items": [["kind": "text", "content": "hi"], ["kind": "image", "url": "u"], ["kind": "none"]]
        ]
        XCTAssertEqual(
            try render("{{#items}}{{>*kind}};{{/items}}", context, partials: partials), "T:hi;I:u;;")
    }

    // MARK: - Inheritance

    func testInheritance_baseLayoutWithBlocks() throws {
        let base = """
            <!doctype html>
            <html>
              <head>
                <title>{{$title}}Scene Radar{{/title}}</title>
                {{$head}}{{/head}}
              </head>
              <body>
                {{$content}}
                <p>nothing here</p>
                {{/content}}
              </body>
            </html>

            """
        let page = """
            {{<base}}
            {{$title}}{{name}} · Scene Radar{{/title}}
            {{$content}}
            <h1>{{name}}</h1>
            <ul>
              {{#tracks}}
              <li>{{.}}</li>
              {{/tracks}}
            </ul>
            {{/content}}
            {{/base}}

            """
        let library = try MustacheLibrary(sources: ["base": base, "page": page])
        let html = try library.render("page", ["name": "Gqom", "tracks": ["Wololo", "Ice Drop"]])
        XCTAssertEqual(
            html,
            """
            <!doctype html>
            <html>
              <head>
                <title>Gqom · Scene Radar</title>
                
              </head>
              <body>
                <h1>Gqom</h1>
                <ul>
                  <li>Wololo</li>
                  <li>Ice Drop</li>
                </ul>
              </body>
            </html>

            """)
    }

    func testInheritance_defaultContentRendersWithoutOverride() throws {
        let library = try MustacheLibrary(sources: [
            "base": "<main>\n  {{$content}}\n  <p>empty</p>\n  {{/content}}\n</main>\n",
            "page": "{{<base}}{{/base}}",
        ])
        XCTAssertEqual(try library.render("page", [:]), "<main>\n  <p>empty</p>\n</main>\n")
    }

    func testInheritance_blockArgumentSeesContextAtTheBlock() throws {
        let library = try MustacheLibrary(sources: [
            "list": "{{#items}}[{{$item}}{{.}}{{/item}}]{{/items}}",
            "page": "{{<list}}{{$item}}<{{.}}>{{/item}}{{/list}}",
        ])
        XCTAssertEqual(try library.render("page", ["items": ["a", "b"]]), "[<a>][<b>]")
    }

    func testInheritance_dynamicParentNameComesFromData() throws {
        let partials = [
            "wide": "<main class=wide>{{$body}}{{/body}}</main>", "narrow": "<main>{{$body}}{{/body}}</main>",
        ]
        let template = "{{< * layout }}{{$body}}{{title}}{{/body}}{{/ * layout }}"
        XCTAssertEqual(
            try render(template, ["layout": "wide", "title": "T"], partials: partials),
            "<main class=wide>T</main>")
        XCTAssertEqual(
            try render(template, ["layout": "narrow", "title": "T"], partials: partials), "<main>T</main>")
    }

    func testInheritance_blockAloneOnItsLinesLeavesNoBlankLine() throws {
        let library = try MustacheLibrary(sources: [
            "base": "<head>\n  {{$head}}\n  {{/head}}\n</head>\n",
            "plain": "{{<base}}{{/base}}",
            "styled": "{{<base}}\n{{$head}}\n<link a>\n<link b>\n{{/head}}\n{{/base}}\n",
        ])
        XCTAssertEqual(try library.render("plain", [:]), "<head>\n</head>\n")
        XCTAssertEqual(try library.render("styled", [:]), "<head>\n  <link a>\n  <link b>\n</head>\n")
    }

    func testInheritance_textAndOtherTagsInsideParentAreIgnored() throws {
        let template =
            "{{<base}} ignored {{#x}}{{$b}}not an argument{{/b}}{{/x}}{{! c }}{{$b}}B{{/b}}{{/base}}"
        XCTAssertEqual(try render(template, ["x": true], partials: ["base": "[{{$b}}{{/b}}]"]), "[B]")
    }

    // MARK: - Lambdas

    func testLambda_variableResultIsRenderedThenEscaped() throws {
        let context: MustacheValue = [
            "name": "A&B", "bold": .lambda(MustacheLambda { _ in "<b>{{name}}</b>" }),
        ]
        XCTAssertEqual(
            try render("{{bold}}|{{{bold}}}", context), "&lt;b&gt;A&amp;amp;B&lt;/b&gt;|<b>A&amp;B</b>")
    }

    func testLambda_sectionReceivesRawText() throws {
        let upper = MustacheLambda { text in text.uppercased() }
        XCTAssertEqual(try render("{{#up}}hi {{name}}{{/up}}", ["up": .lambda(upper), "name": "x"]), "HI ")
    }

    func testLambda_resultsNamingDifferentPartials_eachRenderTheirOwn() throws {
        // Each call returns a new template, compiled and freed on the spot; the renderer must
        // not mistake one for another that reuses its memory.
        let names = NameCycle(["a", "b", "c"])
        let pick = MustacheLambda { _ in "{{>" + names.next() + "}}" }
        let partials = ["a": "A", "b": "B", "c": "C"]
        XCTAssertEqual(
            try render(
                "{{#items}}{{#pick}}x{{/pick}}{{/items}}",
                ["items": [1, 2, 3, 4, 5, 6], "pick": .lambda(pick)], partials: partials),
            "ABCABC")
    }

    private final class NameCycle: @unchecked Sendable {
        private let lock = NSLock()
        private let names: [String]
        private var index = 0

        init(_ names: [String]) { self.names = names }

        func next() -> String {
            lock.lock()
            defer { lock.unlock() }
            index += 1
            return names[(index - 1) % names.count]
        }
    }

    func testLambda_resultThatDoesNotParse_isErrorAtTheTag() throws {
        let broken = MustacheLambda { _ in "{{#open}}" }
        let template = try MustacheTemplate("line\n  {{broken}}", name: "page")
        XCTAssertThrowsError(try template.render(["broken": .lambda(broken)])) { error in
            guard let error = error as? MustacheError else { return XCTFail("\(error)") }
            XCTAssertEqual(error.kind, .lambdaResult("section 'open' is never closed"))
            XCTAssertEqual(error.line, 2)
            XCTAssertEqual(error.column, 3)
        }
    }

    // MARK: - Output buffer

    func testRender_intoAppendsToExistingBuffer() throws {
        var output = "<!-- -->"
        try MustacheTemplate("{{a}}").render(["a": "1"], into: &output)
        try MustacheTemplate("{{a}}").render(["a": "2"], into: &output)
        XCTAssertEqual(output, "<!-- -->12")
    }

    func testRender_intoBytes_appendsTheSameTextAsTheStringForm() throws {
        let template = try MustacheTemplate("<p>{{a}} {{{b}}} {{n}}</p>\n")
        let context: MustacheValue = ["a": "R&B — ñ", "b": "<i>x</i>", "n": -3]
        var bytes = Array("<!-- -->".utf8)
        try template.render(context, into: &bytes)
        XCTAssertEqual(bytes, Array(("<!-- -->" + (try template.render(context))).utf8))
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self), "<!-- --><p>R&amp;B — ñ <i>x</i> -3</p>\n")
    }

    func testRender_intoBytes_pageLargerThanTheFirstBuffer() throws {
        // Far past the 16 KiB the renderer starts with: the buffer grows and keeps every byte.
        let items: [MustacheValue] = (0..<5_000).map { .string("item \($0) & more") }
        let expected = (0..<5_000).map { "<li>item \($0) &amp; more</li>" }.joined()
        var bytes: [UInt8] = []
        try MustacheTemplate("{{#items}}<li>{{.}}</li>{{/items}}").render(
            ["items": .list(items)], into: &bytes)
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self), expected)
    }

    func testRender_into_failureKeepsWhatWasRenderedBefore() throws {
        let library = try MustacheLibrary(sources: ["page": "before {{>missing}} after"])
        var bytes: [UInt8] = []
        XCTAssertThrowsError(
            try library.render(
                "page", [:], into: &bytes, options: MustacheRenderOptions(strictPartials: true)))
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self), "before ")
        var text = "<!-- -->"
        XCTAssertThrowsError(
            try library.render("page", [:], into: &text, options: MustacheRenderOptions(strictPartials: true))
        )
        XCTAssertEqual(text, "<!-- -->before ")
    }

    // MARK: - Reused output

    private func text(of output: MustacheOutput) -> String {
        output.withBytes { String(decoding: $0, as: UTF8.self) }
    }

    func testRender_intoOutput_replacesTheLastRender() throws {
        let template = try MustacheTemplate("<p>{{a}} {{{b}}}</p>")
        let output = MustacheOutput(capacity: 8)
        try template.render(["a": "R&B — ñ", "b": "<i>x</i>"], into: output)
        XCTAssertEqual(text(of: output), "<p>R&amp;B — ñ <i>x</i></p>")
        try template.render(["a": "1"], into: output)
        XCTAssertEqual(text(of: output), "<p>1 </p>")
    }

    func testRender_intoOutput_growsPastItsCapacityAndKeepsTheRoom() throws {
        let items: [MustacheValue] = (0..<5_000).map { .string("item \($0) & more") }
        let expected = (0..<5_000).map { "<li>item \($0) &amp; more</li>" }.joined()
        let template = try MustacheTemplate("{{#items}}<li>{{.}}</li>{{/items}}")
        let output = MustacheOutput(capacity: 16)
        try template.render(["items": .list(items)], into: output)
        XCTAssertEqual(text(of: output), expected)
        // The same output, the same page again, then a short one: each render starts afresh.
        try template.render(["items": .list(items)], into: output)
        XCTAssertEqual(text(of: output), expected)
        try template.render(["items": ["x"]], into: output)
        XCTAssertEqual(text(of: output), "<li>x</li>")
    }

    func testRender_intoOutput_failureKeepsWhatWasRenderedBefore() throws {
        let library = try MustacheLibrary(sources: ["page": "before {{>missing}} after", "ok": "fine"])
        let output = MustacheOutput()
        try library.render("ok", [:], into: output)
        XCTAssertThrowsError(
            try library.render(
                "page", [:], into: output, options: MustacheRenderOptions(strictPartials: true)))
        XCTAssertEqual(text(of: output), "before ")
        XCTAssertThrowsError(try library.render("absent", [:], into: output)) { error in
            XCTAssertEqual((error as? MustacheError)?.kind, .missingTemplate("absent"))
        }
    }
}
