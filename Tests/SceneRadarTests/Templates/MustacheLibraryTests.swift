import Dispatch
import Foundation
import XCTest

@testable import SceneRadar

final class MustacheLibraryTests: XCTestCase {
    // MARK: - Contents

    func testAdd_sameNameReplaces_likeAThemeOverride() throws {
        var library = try MustacheLibrary(sources: ["page": "{{>footer}}", "footer": "default footer"])
        try library.add("vault footer", named: "footer", file: "vault/theme/footer.mustache")
        XCTAssertEqual(try library.render("page", [:]), "vault footer")
        XCTAssertEqual(library["footer"]?.file, "vault/theme/footer.mustache")
        XCTAssertEqual(library.names, ["footer", "page"])
    }

    func testInitSources_reportsFirstBrokenTemplateInNameOrder() {
        XCTAssertThrowsError(try MustacheLibrary(sources: ["b": "{{#x}}", "a": "ok\n{{/y}}"])) { error in
            guard let error = error as? MustacheError else { return XCTFail("\(error)") }
            XCTAssertEqual(error.template, "a")
            XCTAssertEqual(error.kind, .unexpectedClose("y"))
            XCTAssertEqual(error.line, 2)
        }
    }

    func testRender_unknownTemplate_isMissingTemplate() {
        XCTAssertThrowsError(try MustacheLibrary().render("nope", [:])) { error in
            XCTAssertEqual((error as? MustacheError)?.kind, .missingTemplate("nope"))
        }
    }

    // MARK: - Missing partials

    func testMissingPartial_rendersEmptyByDefault() throws {
        let library = try MustacheLibrary(sources: ["page": "[{{>nope}}{{<gone}}{{/gone}}]"])
        XCTAssertEqual(try library.render("page", [:]), "[]")
    }

    func testMissingPartial_strict_isErrorAtTheTag() throws {
        var library = MustacheLibrary()
        try library.add("<main>\n  {{> sidebar}}\n</main>", named: "page", file: "theme/page.mustache")
        XCTAssertThrowsError(
            try library.render("page", [:], options: MustacheRenderOptions(strictPartials: true))
        ) {
            error in
            guard let error = error as? MustacheError else { return XCTFail("\(error)") }
            XCTAssertEqual(error.kind, .missingPartial("sidebar"))
            XCTAssertEqual(error.location, SourceLocation(file: "theme/page.mustache", line: 2, column: 3))
            XCTAssertEqual(error.length, 13)
        }
    }

    /// What a lambda returns is a template of its own: an error in it points at the tag that
    /// called the lambda (its own positions are not positions in the file).
    func testMissingPartial_inALambdasResult_isErrorAtTheLambdasTag() throws {
        var library = MustacheLibrary()
        try library.add(
            "<main>\n  {{#wrap}}\n\n\n      text {{>sidebar}}{{/wrap}}\n</main>", named: "page",
            file: "theme/page.mustache")
        let context: MustacheValue = ["wrap": .lambda(MustacheLambda { "line\nline\nline\nline\n" + $0 })]
        XCTAssertThrowsError(
            try library.render("page", context, options: MustacheRenderOptions(strictPartials: true))
        ) {
            error in
            guard let error = error as? MustacheError else { return XCTFail("\(error)") }
            XCTAssertEqual(error.kind, .missingPartial("sidebar"))
            XCTAssertEqual(error.location, SourceLocation(file: "theme/page.mustache", line: 2, column: 3))
            XCTAssertEqual(error.length, 9)
        }
    }

    func testMissingPartial_strictDynamicName_reportsResolvedName() throws {
        let library = try MustacheLibrary(sources: ["page": "{{>*kind}}"])
        let options = MustacheRenderOptions(strictPartials: true)
        XCTAssertThrowsError(try library.render("page", ["kind": "video"], options: options)) { error in
            XCTAssertEqual((error as? MustacheError)?.kind, .missingPartial("video"))
        }
        // A name the context does not hold renders nothing, as the spec says, even when strict.
        XCTAssertEqual(try library.render("page", [:], options: options), "")
    }

    /// Each missing name once, at the first tag that names it (a theme author sees where).
    func testUnresolvedReferences_listsEachMissingName_atItsFirstTag() throws {
        let library = try MustacheLibrary(sources: [
            "page": "{{<base}}{{/base}}{{>nav}}", "base": "<p>\n  {{>footer}}{{>nav}}{{> footer }}",
            "nav": "",
        ])
        XCTAssertEqual(
            library.unresolvedReferences(),
            [
                MustacheError(
                    .missingPartial("footer"), template: "base",
                    at: SourceLocation(file: "base", line: 2, column: 3),
                    length: 11)
            ])
        XCTAssertEqual(library.unresolvedReferences().first?.diagnostic.code, .template)
    }

    // MARK: - Depth limit

    func testDepthLimit_selfIncludingPartial_isErrorAtTheTag() throws {
        let library = try MustacheLibrary(sources: ["loop": "x\n {{>loop}}"])
        XCTAssertThrowsError(try library.render("loop", [:])) { error in
            guard let error = error as? MustacheError else { return XCTFail("\(error)") }
            XCTAssertEqual(error.kind, .depthLimit(limit: MustacheRenderOptions.defaultMaxDepth))
            XCTAssertEqual(error.template, "loop")
            XCTAssertEqual(error.line, 2)
            XCTAssertEqual(error.column, 2)
        }
    }

    /// An error in one template reached through another's partial names that partial tag,
    /// each tag once, innermost first: the loop through two templates names both (the tag
    /// the error is at is not repeated).
    func testRenderError_throughPartials_namesEachPartialTagOnce() throws {
        let library = try MustacheLibrary(
            sources: ["page": "<{{>a}}>", "a": "A{{>b}}", "b": "B\n{{>a}}"])
        XCTAssertThrowsError(try library.render("page", [:])) { error in
            guard let error = error as? MustacheError else { return XCTFail("\(error)") }
            XCTAssertEqual("\(error.location.file):\(error.line):\(error.column)", "b:2:1")
            XCTAssertEqual(
                error.notes.map(\.message), Array(repeating: "reached through this partial tag", count: 2))
            XCTAssertEqual(
                error.notes.compactMap(\.location).map { "\($0.file):\($0.line):\($0.column)" },
                ["a:1:2", "page:1:2"])
        }
    }

    func testDepthLimit_dataDrivenRecursion_stopsAtTheLimit() throws {
        // `child` is found further down the context stack forever: legal data, endless recursion.
        let library = try MustacheLibrary(sources: ["node": "{{#child}}{{>node}}{{/child}}"])
        let context: MustacheValue = ["child": ["leaf": true]]
        XCTAssertThrowsError(
            try library.render("node", context, options: MustacheRenderOptions(maxDepth: 10))
        ) {
            error in
            XCTAssertEqual((error as? MustacheError)?.kind, .depthLimit(limit: 10))
        }
    }

    /// Partials that include each other ten times over, nine deep, would write 10 GB: the
    /// render stops at the output limit instead, at the tag that would go on.
    func testOutputLimit_partialsIncludedManyTimesOver_stopAtTheLimit() throws {
        var sources = ["p0": "0123456789"]
        for level in 1...9 { sources["p\(level)"] = String(repeating: "{{>p\(level - 1)}}", count: 10) }
        let library = try MustacheLibrary(sources: sources)
        XCTAssertThrowsError(
            try library.render("p9", [:], options: MustacheRenderOptions(maxOutputBytes: 1 << 20))
        ) { error in
            XCTAssertEqual((error as? MustacheError)?.kind, .outputTooLarge(limit: 1 << 20))
            XCTAssertEqual(
                (error as? MustacheError)?.message,
                "the page grows past 1 MiB while rendering; do partials include each other many times over?")
        }
        XCTAssertEqual(try library.render("p4", [:]).utf8.count, 100_000)
    }

    /// Partials that include each other twice over, forty deep, and write nothing would render
    /// 2⁴⁰ times: the render stops at the step limit instead.
    func testStepLimit_partialsIncludedManyTimesOverWritingNothing_stopAtTheLimit() throws {
        var sources = ["p40": ""]
        for level in 0..<40 { sources["p\(level)"] = "{{>p\(level + 1)}}{{>p\(level + 1)}}" }
        let library = try MustacheLibrary(sources: sources)
        XCTAssertThrowsError(try library.render("p0", [:], options: MustacheRenderOptions(maxSteps: 1 << 16)))
        {
            error in
            XCTAssertEqual((error as? MustacheError)?.kind, .tooMuchWork(limit: 1 << 16))
            XCTAssertEqual(
                (error as? MustacheError)?.message,
                "rendering enters sections, partials and blocks more than 65536 times; do partials include each other many times over?"
            )
            // At the tag whose entry was one too many: the walk is depth first, so that is deep
            // down, at the second `{{>p40}}` of p39.
            XCTAssertEqual((error as? MustacheError)?.template, "p39")
            XCTAssertEqual((error as? MustacheError)?.line, 1)
            XCTAssertEqual((error as? MustacheError)?.column, 9)
            XCTAssertEqual((error as? MustacheError)?.length, 8)
        }
        XCTAssertEqual(try library.render("p30", [:], options: MustacheRenderOptions(maxSteps: 1 << 11)), "")
    }

    func testDepthLimit_deepButFiniteRecursion_renders() throws {
        let library = try MustacheLibrary(sources: ["node": "({{#child}}{{>node}}{{/child}})"])
        var context: MustacheValue = ["child": false]
        for _ in 0..<20 { context = ["child": context] }
        XCTAssertEqual(
            try library.render("node", context),
            String(repeating: "(", count: 21) + String(repeating: ")", count: 21))
    }

    func testDepthLimit_onA512KiBThread_failsCleanlyInsteadOfOverflowing() throws {
        let library = try MustacheLibrary(sources: ["loop": "{{#a}}{{#a}}{{>loop}}{{/a}}{{/a}}"])
        let outcome = ThreadOutcome()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            do {
                _ = try library.render("loop", ["a": true])
            } catch let error as MustacheError {
                outcome.set(error.kind)
            } catch {
                XCTFail("\(error)")
            }
            done.signal()
        }
        thread.stackSize = 512 * 1024
        thread.start()
        done.wait()
        XCTAssertEqual(outcome.kind, .depthLimit(limit: MustacheRenderOptions.defaultMaxDepth))
    }

    private final class ThreadOutcome: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: MustacheError.Kind?

        var kind: MustacheError.Kind? {
            lock.lock()
            defer { lock.unlock() }
            return stored
        }

        func set(_ kind: MustacheError.Kind) {
            lock.lock()
            stored = kind
            lock.unlock()
        }
    }

    // MARK: - Concurrency

    func testRender_fromManyThreadsAtOnce_givesEachPageItsOwnOutput() throws {
        let library = try MustacheLibrary(sources: [
            "page": "{{<base}}{{$body}}{{#items}}{{>item}}{{/items}}{{/body}}{{/base}}",
            "base": "<{{title}}>{{$body}}{{/body}}</{{title}}>", "item": "[{{.}}]",
        ])
        let results = PageResults(count: 200)
        DispatchQueue.concurrentPerform(iterations: 200) { index in
            let context: MustacheValue = [
                "title": "p\(index)", "items": .list((0..<3).map { .int(index + $0) }),
            ]
            results.store(
                index, Result { () throws(MustacheError) -> String in try library.render("page", context) })
        }
        for index in 0..<200 {
            XCTAssertEqual(
                try results.value(index).get(),
                "<p\(index)>[\(index)][\(index + 1)][\(index + 2)]</p\(index)>")
        }
    }

    private final class PageResults: @unchecked Sendable {
        private let lock = NSLock()
        private var results: [Result<String, MustacheError>]

        init(count: Int) {
            results = Array(repeating: .success(""), count: count)
        }

        func store(_ index: Int, _ result: Result<String, MustacheError>) {
            lock.lock()
            results[index] = result
            lock.unlock()
        }

        func value(_ index: Int) -> Result<String, MustacheError> {
            lock.lock()
            defer { lock.unlock() }
            return results[index]
        }
    }

    func testTypes_areSendable() {
        func requireSendable<T: Sendable>(_: T.Type) {}
        requireSendable(MustacheLibrary.self)
        requireSendable(MustacheTemplate.self)
        requireSendable(MustacheValue.self)
        requireSendable(MustacheError.self)
        requireSendable(MustacheRenderOptions.self)
    }
}
