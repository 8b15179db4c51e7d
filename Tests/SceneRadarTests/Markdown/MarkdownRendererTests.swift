import XCTest

@testable import SceneRadar

final class MarkdownRendererTests: XCTestCase {
    func testRender_paragraphAndEmphasis() {
        let output = MarkdownRenderer().render("Hello *world*")
        XCTAssertEqual(output.html, "<p>Hello <em>world</em></p>\n")
    }

    func testRender_omitsRawHTML() {
        let output = MarkdownRenderer().render("<script>alert(1)</script>\n\nok <b onclick=x>b</b>")
        XCTAssertFalse(output.html.contains("<script"))
        XCTAssertFalse(output.html.contains("onclick"))
        XCTAssertTrue(output.html.contains("<!-- raw HTML omitted -->"))
    }

    func testRender_dropsUnsafeLinkSchemes() {
        let output = MarkdownRenderer().render(
            "[a](javascript:alert(1)) [b](vbscript:x) [c](data:text/html,<script>) [d](https://ok.example/)")
        XCTAssertFalse(output.html.contains("javascript:"))
        XCTAssertFalse(output.html.contains("vbscript:"))
        XCTAssertFalse(output.html.contains("data:text/html"))
        XCTAssertTrue(output.html.contains("href=\"https://ok.example/\""))
        // What safe mode would leave as a link to the page itself, or a broken image, is text.
        XCTAssertFalse(output.html.contains("href=\"\""), output.html)
        XCTAssertEqual(
            MarkdownRenderer().render(
                "[*a*](JavaScript:x) ![g](javascript:x) ![p](data:image/png;base64,AA) [f](FILE:///etc) [ok](data:image/webp;x)"
            ).html,
            "<p><em>a</em> g <img src=\"data:image/png;base64,AA\" alt=\"p\" /> f <a href=\"data:image/webp;x\">ok</a></p>\n"
        )
    }

    func testRender_pushesHeadingsDown() {
        XCTAssertEqual(MarkdownRenderer().render("# Title").html, "<h2>Title</h2>\n")
        XCTAssertEqual(MarkdownRenderer(headingOffset: 0).render("# Title").html, "<h1>Title</h1>\n")
        XCTAssertEqual(MarkdownRenderer(headingOffset: 3).render("#### Deep").html, "<h6>Deep</h6>\n")
    }

    func testRender_resolvesWikiLinks() {
        let output = MarkdownRenderer().render("See [[Hyperdub Drill]] and [[people/DJ Kofi|Kofi]].") {
            link in
            link.target == "Hyperdub Drill" ? .init(href: "../scenes/hyperdub-drill/", text: link.label) : nil
        }
        XCTAssertEqual(
            output.html, "<p>See <a href=\"../scenes/hyperdub-drill/\">Hyperdub Drill</a> and Kofi.</p>\n")
        XCTAssertEqual(output.links.map(\.link.target), ["Hyperdub Drill", "people/DJ Kofi"])
        XCTAssertEqual(output.links.map(\.resolved), [true, false])
    }

    func testWikiLink_writtenAsASlug_showsTheName() {
        let bySlug = WikiLink(inner: "people/femke-carrier")
        XCTAssertEqual(bySlug?.label, "femke-carrier")
        XCTAssertEqual(bySlug?.text(name: "Femke Carrier", slug: "femke-carrier"), "Femke Carrier")
        // Written otherwise than the slug (an alias that differs from it only in case), as written.
        XCTAssertEqual(WikiLink(inner: "Kofi")?.text(name: "DJ Kofi", slug: "kofi"), "Kofi")
        XCTAssertEqual(
            WikiLink(inner: "people/Femke-Carrier")?.text(name: "Femke Carrier", slug: "femke-carrier"),
            "Femke-Carrier")
        XCTAssertEqual(WikiLink(inner: "scenes/modem-house#Sound")?.label, "modem-house")
        XCTAssertEqual(
            WikiLink(inner: "scenes/modem-house")?.text(name: "Modem House", slug: "modem-house"),
            "Modem House")
        // A name, an alias or a label is shown as written.
        XCTAssertEqual(WikiLink(inner: "Femke")?.text(name: "Femke Carrier", slug: "femke-carrier"), "Femke")
        XCTAssertEqual(
            WikiLink(inner: "people/femke-carrier|femke-carrier")?.text(
                name: "Femke Carrier", slug: "femke-carrier"),
            "femke-carrier")
    }

    func testRender_wikiLinkInCode_isLeftAlone() {
        let output = MarkdownRenderer().render("`[[Not A Link]]`\n\n    [[Nor this]]\n")
        XCTAssertTrue(output.links.isEmpty)
        XCTAssertTrue(output.html.contains("<code>[[Not A Link]]</code>"))
    }

    func testRender_wikiLinkLabelIsEscaped() {
        let output = MarkdownRenderer().render("[[Tom & \"Jerry\" <3]]") { .init(href: "x/", text: $0.label) }
        XCTAssertEqual(output.html, "<p><a href=\"x/\">Tom &amp; &quot;Jerry&quot; &lt;3</a></p>\n")
        // Raw HTML inside brackets never becomes markup: cmark omits it before links are seen.
        XCTAssertFalse(
            MarkdownRenderer().render("[[<b>x</b>]]") { .init(href: "x/", text: $0.label) }.html.contains(
                "<b>"))
    }

    func testSegments_unclosedAndEmptyStayText() {
        XCTAssertEqual(WikiLink.segments(of: "a [[b"), [.text("a [[b")])
        XCTAssertEqual(WikiLink.segments(of: "[[ ]]"), [.text("[[ ]]")])
        XCTAssertEqual(WikiLink.segments(of: "[[a|]]").count, 1)
    }
}
