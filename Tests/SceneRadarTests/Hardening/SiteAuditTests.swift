import Foundation
import XCTest

@testable import SceneRadar

/// The audit must catch what it looks for, or a clean report means nothing; and the example
/// vault's site must pass it too.
final class SiteAuditTests: XCTestCase {
    private func problems(_ body: String) -> [String] {
        let page = """
            <!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" \
            content="\(HTMLEscaping.escape(PageContext.contentSecurityPolicy))"><title>t</title></head>\
            <body>\(body)</body></html>
            """
        return SiteAudit.html(page, file: "page.html", isPage: true)
    }

    func testAudit_cleanPage_hasNoProblems() {
        XCTAssertEqual(problems("<p class=\"x\">&lt;script&gt; a &amp; b <a href=\"../x/\">x</a></p>"), [])
        XCTAssertEqual(
            problems("<a href=\"https://e.example/?a=1&amp;b='2'\">e</a><a href=\"\">dropped</a>"), [])
        XCTAssertEqual(problems("<a href=\"jav%09ascript:alert(1)\">relative</a>"), [])
    }

    func testAudit_findsInjectedMarkup() {
        XCTAssertEqual(problems("<script>alert(1)</script>").count, 1)
        XCTAssertEqual(problems("<img src=x onerror=alert(1)>"), ["page.html: <img onerror=…> event handler"])
        XCTAssertEqual(
            problems("<p title=\"\" onmouseover=\"x\">"), ["page.html: <p onmouseover=…> event handler"])
        XCTAssertEqual(problems("<svg><g onload='x'/></svg>"), ["page.html: <g onload=…> event handler"])
        XCTAssertEqual(problems("<b style=\"display:none\">x</b>"), ["page.html: <b style=…> inline style"])
        XCTAssertEqual(
            problems("<iframe src=\"https://e.example/\"></iframe>"), ["page.html: <iframe> element"])
    }

    func testAudit_findsScriptAndDataURLs() {
        for url in [
            "javascript:alert(1)", " JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "java&#x09;script:x",
            "data:text/html,x", "vbscript:x", "//evil.example/", "&#106;avascript:x",
        ] {
            XCTAssertEqual(problems("<a href=\"\(url)\">x</a>").count, 1, url)
        }
    }

    func testAudit_findsATitleEndedEarly_openBidi_andForeignComments() {
        let early = SiteAudit.html(
            "<html><head><title></title><script>x</script> t</title></head></html>", file: "p", isPage: false)
        XCTAssertTrue(early.contains("p: 1 <title> but 2 </title>: a title ended early"), "\(early)")
        XCTAssertEqual(problems("<a>Mirror\u{202E} Name</a>, <a>Plain</a>").count, 1)
        XCTAssertEqual(problems("<p>x<!-- note --></p>"), ["page.html: HTML comment \" note \""])
        XCTAssertEqual(problems("<p>x<!-- raw HTML omitted --></p>"), [])
    }

    func testAudit_requiresRadarsContentSecurityPolicy() {
        let bare = SiteAudit.html("<html><head><title>t</title></head></html>", file: "p", isPage: true)
        XCTAssertEqual(bare, ["p: Content-Security-Policy meta is [], not radar's"])
    }

    func testAudit_xml_findsScriptsHandlersAndMalformedText() {
        let svg = Data(
            #"<svg xmlns="http://www.w3.org/2000/svg"><script>x</script><g onclick="x"/></svg>"#.utf8)
        XCTAssertEqual(SiteAudit.xml(svg, file: "c.svg").problems.count, 2)
        XCTAssertEqual(SiteAudit.xml(Data("<a>]]><b></a>".utf8), file: "f.xml").problems.count, 1)
    }

    func testExampleSite_passesTheAudit() throws {
        let output = try TemporaryVault()
        let result = Fixtures.run([
            "build", Fixtures.packageRoot + "/example-vault", "-o", output.path("site"), "--quiet",
        ])
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertEqual(SiteAudit.problems(inSite: output.path("site")), [])
        XCTAssertGreaterThan(SiteAudit.files(in: output.path("site")).count, 80)
    }
}
