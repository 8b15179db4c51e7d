import XCTest

@testable import SceneRadar

final class WikiLinkTests: XCTestCase {
    /// The segments as `text` / `[link target|label]`.
    private func split(_ text: String) -> [String] {
        WikiLink.segments(of: text[...]).map {
            switch $0 {
            case .text(let run): return String(run)
            case .link(let link): return "<\(link.target)|\(link.label)>"
            }
        }
    }

    func testSegments_linksAndTheTextAround() {
        XCTAssertEqual(
            split("See [[A]] and [[people/B Bee]]."), ["See ", "<A|A>", " and ", "<people/B Bee|B Bee>", "."])
        XCTAssertEqual(split("[[ x | shown ]]"), ["<x|shown>"])
        XCTAssertEqual(split("[[a]]]"), ["<a|a>", "]"])
        XCTAssertEqual(split("[[a]b]]"), ["<a]b|a]b>"])
    }

    func testLabel_dropsThePeoplePrefixInAnyCaseAndTheHeading() {
        XCTAssertEqual(
            split("[[People/Mara Quay]] [[Low Tide#Sound]] [[people/x#y|shown]] [[#top]]"),
            [
                "<People/Mara Quay|Mara Quay>", " ", "<Low Tide#Sound|Low Tide>", " ", "<people/x#y|shown>",
                " ", "<#top|#top>",
            ])
        XCTAssertEqual(WikiLink(inner: "Low Tide # Sound")?.page, "Low Tide")
        XCTAssertNil(WikiLink.dropPrefix("people/", of: "people/"))
        XCTAssertNil(WikiLink.dropPrefix("people/", of: "peoplex/a"))
    }

    func testSegments_whatIsNotALink_staysText() {
        XCTAssertEqual(split("[[ ]] [[a\nb]] [[a [[b]] [[open"), ["[[ ]] [[a\nb]] [[a ", "<b|b>", " [[open"])
        XCTAssertEqual(split("[[[a]]"), ["[[[a]]"])
        XCTAssertEqual(split("no links"), ["no links"])
        XCTAssertEqual(split(""), [])
    }

    /// Over generated texts of brackets, breaks and letters: the segments put back together give
    /// the text, and the links are the ones a plain reading of the rule finds.
    func testSegments_overGeneratedTexts_matchTheRule() {
        let pieces = ["[", "[[", "]", "]]", "a", "é", " ", "|", "\n", "people/"]
        var generator = SplitMix64(state: 11)
        for _ in 0..<5000 {
            let text = (0..<Int.random(in: 0...24, using: &generator)).map { _ in
                pieces.randomElement(using: &generator)!
            }.joined()
            let segments = WikiLink.segments(of: text[...])
            let rebuilt = segments.map {
                switch $0 {
                case .text(let run): return String(run)
                case .link(let link): return link.raw
                }
            }.joined()
            XCTAssertEqual(rebuilt, text)
            let links = segments.compactMap {
                if case .link(let link) = $0 { return link.raw } else { return nil }
            }
            XCTAssertEqual(links, Self.linksByTheRule(in: text), text.debugDescription)
        }
    }

    /// The rule read plainly: from each `[[` (after the last link), the first `]]`; a link when
    /// what lies between has no `[`, no line break and a target.
    private static func linksByTheRule(in text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var links: [String] = []
        var index = 0
        while index + 1 < scalars.count {
            guard scalars[index] == "[", scalars[index + 1] == "[" else {
                index += 1
                continue
            }
            var close = index + 2
            while close + 1 < scalars.count, !(scalars[close] == "]" && scalars[close + 1] == "]") {
                close += 1
            }
            guard close + 1 < scalars.count else { break }
            let inner = String(String.UnicodeScalarView(scalars[(index + 2)..<close]))
            if inner.unicodeScalars.contains("[") || inner.unicodeScalars.contains("\n") {
                index += 2
                continue
            }
            if WikiLink(inner: inner[...]) != nil { links.append("[[" + inner + "]]") }
            index = close + 2
        }
        return links
    }
}
