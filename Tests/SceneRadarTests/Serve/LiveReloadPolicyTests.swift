import XCTest

@testable import SceneRadar

final class LiveReloadPolicyTests: XCTestCase {
    private func rewrite(_ html: String) -> String {
        String(decoding: LiveReloadPolicy.rewriteMetaPolicies(in: Array(html.utf8)), as: UTF8.self)
    }

    // MARK: - The policy

    func testWiden_sitePolicy_addsScriptAndConnectSelf() {
        XCTAssertEqual(
            LiveReloadPolicy.widen(PageContext.contentSecurityPolicy),
            PageContext.contentSecurityPolicy + "; script-src 'self'; connect-src 'self'")
    }

    func testWiden_existingDirectives_gainSelfAndLoseNone() {
        XCTAssertEqual(
            LiveReloadPolicy.widen("default-src 'none'; script-src 'none'; connect-src https://api.example"),
            "default-src 'none'; script-src 'self'; connect-src https://api.example 'self'")
        XCTAssertEqual(
            LiveReloadPolicy.widen("Script-Src 'SELF' https:; CONNECT-SRC 'self'"),
            "Script-Src 'SELF' https:; CONNECT-SRC 'self'")
    }

    func testWiden_missingDirective_copiesDefaultSrc() {
        XCTAssertEqual(
            LiveReloadPolicy.widen("default-src https://cdn.example"),
            "default-src https://cdn.example; script-src https://cdn.example 'self'; "
                + "connect-src https://cdn.example 'self'")
    }

    func testWiden_nothingRestrictsScripts_addsNothing() {
        XCTAssertEqual(LiveReloadPolicy.widen("img-src 'self'"), "img-src 'self'")
    }

    func testWiden_scriptSrcElem_isWidenedOnlyWhenPresent() {
        XCTAssertEqual(
            LiveReloadPolicy.widen("script-src-elem 'none'; script-src 'self'; connect-src 'self'"),
            "script-src-elem 'self'; script-src 'self'; connect-src 'self'")
    }

    // MARK: - The meta tag

    func testRewrite_radarsEscapedMeta_isWidenedAndReescaped() {
        let meta = """
            <meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;self&#39;">
            """
        XCTAssertEqual(
            rewrite("<head>\(meta)</head>"),
            "<head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; "
                + "style-src &#39;self&#39;; script-src &#39;self&#39;; connect-src &#39;self&#39;\"></head>")
    }

    func testRewrite_otherSpellings_singleQuotesUnquotedAndCase() {
        XCTAssertEqual(
            rewrite("<META CONTENT='default-src \"none\"' HTTP-EQUIV='content-security-policy' />"),
            "<META CONTENT=\"default-src &quot;none&quot;; script-src &quot;none&quot; &#39;self&#39;; "
                + "connect-src &quot;none&quot; &#39;self&#39;\" HTTP-EQUIV='content-security-policy' />")
        XCTAssertEqual(
            rewrite("<meta http-equiv=Content-Security-Policy content=img-src>"),
            "<meta http-equiv=Content-Security-Policy content=\"img-src\">")
    }

    func testRewrite_otherTags_areUntouched() {
        let html =
            "<meta charset=\"utf-8\"><metadata http-equiv=\"content-security-policy\" content=\"x\">"
            + "<meta name=\"description\" content=\"default-src 'none'\"><p>content-security-policy</p>"
        XCTAssertEqual(rewrite(html), html)
        XCTAssertEqual(
            rewrite("<meta http-equiv=\"content-security-policy\" content=\"x"),
            "<meta http-equiv=\"content-security-policy\" content=\"x")
    }

    func testRewrite_everyPolicyMeta_isWidened() {
        let html = """
            <meta http-equiv="content-security-policy" content="default-src 'none'">\
            <meta http-equiv="content-security-policy" content="script-src 'none'">
            """
        XCTAssertEqual(
            rewrite(html),
            "<meta http-equiv=\"content-security-policy\" content=\"default-src &#39;none&#39;; "
                + "script-src &#39;self&#39;; connect-src &#39;self&#39;\">"
                + "<meta http-equiv=\"content-security-policy\" content=\"script-src &#39;self&#39;\">")
    }

    func testDecodeEntities_numericAndNamed_unknownKept() {
        XCTAssertEqual(
            LiveReloadPolicy.decodeEntities("&#39;a&#x27;&apos;&quot;&amp;&lt;&gt;&nbsp;&#xZZ;&"),
            "'a''\"&<>&nbsp;&#xZZ;&")
    }
}
