import Foundation
import XCTest

@testable import SceneRadar

/// The messages of schema decoding that a curator meets when a value has the wrong shape (in a
/// note or in radar.yml), each with its place, and the wiki links that lint leaves alone because
/// they are code, not links.
final class DecodingDiagnosticsTests: XCTestCase {
    private func lint(_ files: [String: String]) throws -> String {
        let vault = try TemporaryVault(["radar.yml": "title: t\n"].merging(files) { $1 })
        return vault.lintOutput()
    }

    private func assertReports(
        _ out: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line
    ) {
        XCTAssertTrue(out.contains(expected), "expected:\n\(expected)\nin:\n\(out)", file: file, line: line)
    }

    func testPersonNote_valuesOfTheWrongShape() throws {
        let out = try lint([
            "people/a.md": """
            ---
            name: [A, B]
            kind: persn
            aliases: {a: 1}
            favourite-colour: blue
            ---

            """
        ])
        assertReports(out, "people/a.md:2:7: error[type]: 'name' must be a string, not a list\n")
        assertReports(
            out,
            "people/a.md:3:7: error[enum]: 'persn' is not a valid 'kind'; did you mean 'person'?\n"
                + " 3 | kind: persn\n   |       ^~~~~\n   = note: 'kind' is one of: person, group\n")
        assertReports(
            out,
            "people/a.md:4:10: error[type]: 'aliases' must be a list, not a mapping\n"
                + " 4 | aliases: {a: 1}\n   |          ^\n"
                + "   = note: write each entry on its own line starting with '- '\n")
        assertReports(
            out,
            "people/a.md:5:1: error[unknown-key]: unknown key 'favourite-colour' in a person\n"
                + " 5 | favourite-colour: blue\n   | ^~~~~~~~~~~~~~~~\n"
                + "   = note: known keys: name, aliases, kind, links, support, pronouns, private, lint-ignore; "
                + "prefix your own keys with 'x-'\n")
    }

    /// A whole number with more digits than radar reads is said to be too long, not to be no
    /// whole number; the largest one it reads is read.
    func testWholeNumberOverTheLimit_saysHowManyDigitsRadarReads() throws {
        let out = try lint([
            "radar.yml": "title: t\nwindow: 9223372036854775807\n",
            "people/a.md": "---\nname: A\n---\n",
        ])
        assertReports(
            out,
            "radar.yml:2:9: error[limit]: 'window' has 19 digits; radar reads whole numbers of at most 18 digits\n"
        )
        XCTAssertFalse(out.contains("must be a whole number"), out)
        XCTAssertEqual(Digits.value("999999999999999999".utf8), 999_999_999_999_999_999)
        XCTAssertNil(Digits.value("1000000000000000000".utf8))
    }

    func testWeeks_wellWrittenButNone_sayHowManyWeeksTheYearHas() throws {
        let out = try lint([
            "scenes/x/scene.md": """
            ---
            name: X
            spotted: 2026-01-01
            formation:
              containers:
                - {kind: discord, name: X Discord, since: 2025-W53}
                - {kind: forum, name: X Forum, since: 2025-53}
            ---

            """
        ])
        assertReports(
            out,
            "scenes/x/scene.md:6:47: error[date]: 'since' must be an ISO week, and '2025-W53' is not one: 2025 has 52 ISO weeks (W01 to W52)\n"
        )
        assertReports(
            out,
            "scenes/x/scene.md:7:43: error[date]: 'since' must be an ISO week written YYYY-Www (e.g. 2026-W47), not '2025-53'\n"
        )
    }

    func testDates_wellWrittenButNone_sayWhy() throws {
        let out = try lint([
            "scenes/x/scene.md": "---\nname: X\nspotted: 2026-11-31\n---\n",
            "scenes/y/scene.md": "---\nname: Y\nspotted: 2026-02-29\n---\n",
            "scenes/z/scene.md": "---\nname: Z\nspotted: 2026-13-01\n---\n",
        ])
        assertReports(
            out,
            "scenes/x/scene.md:3:10: error[date]: 'spotted' must be a date, and '2026-11-31' is not one: November 2026 has 30 days\n"
        )
        assertReports(
            out,
            "scenes/y/scene.md:3:10: error[date]: 'spotted' must be a date, and '2026-02-29' is not one: February 2026 has 28 days\n"
        )
        assertReports(
            out,
            "scenes/z/scene.md:3:10: error[date]: 'spotted' must be a date, and '2026-13-01' is not one: months run from 01 to 12\n"
        )
    }

    func testPersonNote_withABlankName_isAnError() throws {
        let out = try lint(["people/x.md": "---\nname: '  '\n---\n"])
        assertReports(out, "people/x.md:2:7: error[required]: 'name' is required and must not be empty\n")
    }

    /// The language becomes every page's lang attribute: a value that is not a language tag
    /// would make every page invalid HTML.
    func testLanguage_thatIsNotALanguageTag_isAConfigError() throws {
        assertReports(
            try lint(["radar.yml": "language: english!\n"]),
            "radar.yml:1:11: error[config]: 'language' must be a language tag such as en, nl or pt-BR (the page's lang attribute), not 'english!'\n"
        )
        // The JSON Schema editors check radar.yml with has a pattern for the same shape.
        let pattern = try NSRegularExpression(pattern: JSONSchemaExport.languageTagPattern)
        func matches(_ text: String) -> Bool {
            pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        }
        for good in ["en", "pt-BR", "zh-Hant-TW", "sr-Latn", "x-scene", "de-CH-1996", "yue", "i-klingon"] {
            XCTAssertTrue(DecodeContext.isLanguageTag(good), good)
            XCTAssertTrue(matches(good), good)
        }
        for bad in [
            "", "e", "english language", "en_GB", "en-", "-en", "en--GB", "x", "en-abcdefghi", "fr1", "ü",
            "abcdefghi",
        ] {
            XCTAssertFalse(DecodeContext.isLanguageTag(bad), bad)
            XCTAssertFalse(matches(bad), bad)
        }
        let site = try TemporaryVault(["radar.yml": "language: \"en\\\"><script>\"\n"]).lintOutput()
        assertReports(site, "error[config]: 'language' must be a language tag")
    }

    func testWeights_thatAreNotAMappingOfSignals_sayWhatIsWrong() throws {
        assertReports(
            try lint(["radar.yml": "weights: 3\n"]),
            "radar.yml:1:10: error[type]: 'weights' must be a mapping of signal to weight, not '3'\n")
        assertReports(
            try lint(["radar.yml": "weights: [1, 2]\n"]),
            "radar.yml:1:10: error[type]: 'weights' must be a mapping of signal to weight, not a list\n")
        let out = try lint(["radar.yml": "weights:\n  evnts: 1\n  press: 2\n  events: 3\n"])
        let signals =
            "   = note: signals: platforms, vocabulary, events, how-its-made, remixes, small-press, soundalikes\n"
        assertReports(
            out,
            "radar.yml:2:3: error[config]: 'evnts' is not a signal; did you mean 'events'?\n 2 |   evnts: 1\n"
                + "   |   ^~~~~\n" + signals)
        assertReports(
            out,
            "radar.yml:3:3: error[config]: 'press' is not a signal\n 3 |   press: 2\n   |   ^~~~~\n" + signals
        )
        XCTAssertEqual(out.components(separatedBy: "error[").count - 1, 2, out)
    }

    /// As everywhere in radar.yml, a weight with nothing after it is not given (that signal
    /// keeps weight 1), and `x-` keys are the curator's, never read.
    func testWeights_blankOrXKeys_areNotGivenAndNotErrors() throws {
        let text = "weights:\n  remixes:\n  events: ~\n  x-note: keep press low\n  platforms: 3\n"
        XCTAssertFalse(try lint(["radar.yml": text]).contains("radar.yml"))
        var decoder = DecodeContext(file: "radar.yml")
        let config = decoder.config(try XCTUnwrap(YAMLParser().parse(text, file: "radar.yml").root))
        XCTAssertTrue(decoder.diagnostics.isEmpty, "\(decoder.diagnostics)")
        var expected = SiteConfig().weights
        expected[.platforms] = 3
        XCTAssertEqual(config.weights, expected)
    }

    /// A title or author that would show as nothing is an error, and the default stands.
    func testTitleOrAuthor_blank_isAnErrorAndTheDefaultStands() throws {
        let text = "title: '  '\nauthor: \"\\u200B\"\n"
        let out = try lint(["radar.yml": text])
        assertReports(
            out,
            "radar.yml:1:8: error[config]: 'title' is only white space or characters drawn as nothing, and it would be every page's title: give it, or leave the key out\n"
        )
        assertReports(
            out, "radar.yml:2:9: error[config]: 'author' is only white space or characters drawn as nothing")
        assertReports(
            try lint(["radar.yml": "title: ''\n"]),
            "radar.yml:1:8: error[config]: 'title' is empty, and it would be every page's title")
        var decoder = DecodeContext(file: "radar.yml")
        let config = decoder.config(try XCTUnwrap(YAMLParser().parse(text, file: "radar.yml").root))
        XCTAssertEqual(config.title, SiteConfig().title)
        XCTAssertNil(config.author)
    }

    func testWeights_allZero_fallBackToTheDefaultsWithAnError() throws {
        let zeros = Signal.allCases.map { "  \($0.rawValue): 0\n" }.joined()
        assertReports(
            try lint(["radar.yml": "weights:\n" + zeros]),
            "radar.yml:2:3: error[config]: every signal weight is 0, so no score can be computed; "
                + "give at least one a weight > 0\n")
        var decoder = DecodeContext(file: "radar.yml")
        let config = decoder.config(
            try XCTUnwrap(YAMLParser().parse("weights:\n" + zeros, file: "radar.yml").root))
        XCTAssertEqual(config.weights, SiteConfig().weights)
    }

    func testLintIgnore_unknownCodes_suggestTheNearestRule() throws {
        let out = try lint([
            "people/a.md": "---\nname: A\nlint-ignore: [suport.missing, zzzz-qqqq]\n---\n"
        ])
        assertReports(
            out,
            "people/a.md:3:15: error[enum]: 'suport.missing' is not a lint rule code; did you mean 'support.missing'?\n"
        )
        assertReports(out, "people/a.md:3:31: error[enum]: 'zzzz-qqqq' is not a lint rule code\n")
    }

    func testListItems_ofTheWrongShape_areNamedAsItems() throws {
        let out = try lint([
            "scenes/s/scene.md": "---\nname: S\nspotted: 2026-01-05\n---\n",
            "scenes/s/log/2026-W02.md": """
            ---
            week: 2026-W02
            artists:
              - Ada
              - name: Bo
            platforms: [bandcamp, [x]]
            tracks:
              - just a title
              - title: T
                url: https://a.example/t
                credits:
                  producer: [Ada]
                  mastering: [Ada]
            ---

            """,
        ])
        assertReports(
            out, "log/2026-W02.md:5:5: error[type]: each item of 'artists' must be a string, not a mapping\n")
        assertReports(
            out, "log/2026-W02.md:6:23: error[type]: each item of 'platforms' must be a string, not a list\n")
        assertReports(
            out,
            "log/2026-W02.md:8:5: error[type]: a track must be a mapping of keys to values, not a string\n")
        assertReports(out, "log/2026-W02.md:13:7: error[unknown-key]: unknown key 'mastering' in 'credits'\n")
    }

    /// A person named by white space other than spaces (a no-break or ideographic space, a line
    /// break) or by characters drawn as nothing names nobody: an error, and the credit is missing.
    func testPersonNamedByBlankOrInvisibleText_isAnError_andNoCredit() throws {
        let out = try lint([
            "scenes/s/scene.md": "---\nname: S\nspotted: 2026-01-05\n---\n",
            "scenes/s/log/2026-W02.md": """
            ---
            week: 2026-W02
            artists: ["\\u3000", "\\n", Ada]
            tracks:
              - {title: T, url: https://x.org/a, credits: {producer: ["\\u00a0"], self-released: true}, support: [https://x.org/]}
              - {title: U, url: https://x.org/b, credits: {producer: ["\\u200b\\u200d"], self-released: true}, support: [https://x.org/]}
            ---

            """,
        ])
        let blank = "must name a person, and this name holds only white space or characters drawn as nothing"
        assertReports(out, "log/2026-W02.md:3:11: error[type]: 'artists' \(blank)")
        assertReports(out, "log/2026-W02.md:3:21: error[type]: 'artists' \(blank)")
        assertReports(out, "log/2026-W02.md:5:59: error[type]: 'producer' \(blank)")
        assertReports(out, "log/2026-W02.md:6:59: error[type]: 'producer' \(blank)")
        XCTAssertEqual(out.components(separatedBy: "error[credit.producer-missing]").count, 3, out)
    }

    /// A person note whose name or an alias names nobody (characters drawn as nothing, other
    /// white space, an empty alias) is an error: the note would make a nameless page, and an
    /// empty alias would match every credit that names nobody.
    func testPersonNoteNamedByInvisibleText_isAnError() throws {
        let out = try lint([
            "people/a.md": "---\nname: \"\\u200B\"\n---\n",
            "people/b.md": "---\nname: Bee\naliases: [\"\", \"\\u3000\", ok]\n---\n",
        ])
        let blank = "must name a person, and this name holds only white space or characters drawn as nothing"
        assertReports(out, "people/a.md:2:7: error[type]: 'name' \(blank)")
        assertReports(out, "people/b.md:3:11: error[type]: 'aliases' must name a person, not an empty string")
        assertReports(out, "people/b.md:3:15: error[type]: 'aliases' \(blank)")
        XCTAssertEqual(out.components(separatedBy: "error[").count, 4, out)
    }

    /// A required text drawn as nothing (a zero-width space, a variation selector) is missing,
    /// as the exported schema says.
    func testRequiredTextDrawnAsNothing_isMissing() throws {
        let out = try lint([
            "scenes/s/scene.md": "---\nname: \"\\u2060\"\nspotted: 2026-01-05\n---\n",
            "scenes/t/scene.md": "---\nname: T\nspotted: 2026-01-05\n---\n",
            "scenes/t/log/2026-W02.md":
                "---\nevents: [{name: \"\\uFE0F\", date: 2026-01-06, city: X}]\n---\n",
        ])
        assertReports(
            out,
            "scenes/s/scene.md:2:7: error[required]: 'name' is required, and this one holds only characters drawn as nothing (zero-width, invisible)"
        )
        assertReports(
            out, "error[required]: 'name' is required, and this one holds only characters drawn as nothing")
        XCTAssertEqual(out.components(separatedBy: "drawn as nothing").count, 3, out)
    }

    /// An empty item of a list (a `-` with nothing after it) is an error: most often an entry
    /// left unwritten, and the schema has no empty items.
    func testEmptyListItem_isAnError() throws {
        let out = try lint([
            "scenes/s/scene.md": "---\nname: S\nspotted: 2026-01-05\n---\n",
            "scenes/s/log/2026-W02.md": "---\nweek: 2026-W02\nartists:\n  - A\n  -\ntracks:\n  - ~\n---\n",
        ])
        assertReports(out, "log/2026-W02.md:5:4: error[type]: an item of 'artists' is empty\n")
        assertReports(out, "log/2026-W02.md:7:5: error[type]: an item of 'tracks' is empty\n")
        XCTAssertTrue(out.contains("fill it in, or remove it from the list"), out)
    }

    /// A base URL is where the site is published, joined to every page's path: a query, a
    /// fragment or a user name in it is an error.
    func testBaseURLWithQueryFragmentOrUserInfo_isAnError() throws {
        for (url, what) in [
            ("https://x.org/p?q=1", "a query ('?')"), ("https://x.org/p#f", "a fragment ('#')"),
            ("https://u:p@x.org/", "a user name or password ('@')"),
        ] {
            let out = try lint(["radar.yml": "title: t\nbase-url: \(url)\n"])
            assertReports(
                out,
                "radar.yml:2:11: error[url]: 'base-url' must be the address the site is published at, and it has \(what)"
            )
        }
        XCTAssertFalse(try lint(["radar.yml": "title: t\nbase-url: https://x.org/a@b/\n"]).contains("error"))
    }

    /// A port out of range, or a host outside ASCII, cannot be published as a site address;
    /// letters outside ASCII and other characters an address may not hold in its path are
    /// percent-escaped where the address is published.
    func testBaseURL_portAndHost_areCheckedAndThePathEscaped() throws {
        for (url, what) in [
            ("https://x.org:99999/", "its port '99999' is not a number from 1 to 65535"),
            ("https://x.org:0/", "its port '0' is not a number from 1 to 65535"),
            ("https://x.org:8o/", "its port '8o' is not a number from 1 to 65535"),
            ("https://bücher.de/", "its host has letters outside ASCII"),
            ("https://x.org:80:90/", "its port '80:90' is not a number from 1 to 65535"),
            ("https://[::1]junk/", "its host '[::1]' is followed by 'junk', not a port"),
            ("https://[::1/", "its host '[::1' opens a '[' it does not close"),
            ("https://a{b}.org/", "its host 'a{b}.org' holds '{', which no host name holds"),
        ] {
            assertReports(
                try lint(["radar.yml": "title: t\nbase-url: \(url)\n"]),
                "radar.yml:2:11: error[url]: 'base-url' must be the address the site is published at, and \(what)"
            )
        }
        for url in [
            "https://x.org:8080/", "https://[::1]:443/r/", "https://xn--bcher-kva.de/", "https://x.org:0080/",
        ] {
            XCTAssertFalse(try lint(["radar.yml": "title: t\nbase-url: '\(url)'\n"]).contains("error"), url)
        }
        var decoder = DecodeContext(file: "radar.yml")
        let text = "base-url: https://x.org/radär/a|b{c}/%C3%A4\n"
        let config = decoder.config(try XCTUnwrap(YAMLParser().parse(text, file: "radar.yml").root))
        XCTAssertEqual(config.baseURL, "https://x.org/rad%C3%A4r/a%7Cb%7Bc%7D/%C3%A4")
        // A '%' that starts no escape is escaped itself.
        let url = try XCTUnwrap(WebURL.parse("https://x.org/a%2/%zz/%41%", at: SourceLocation(file: "x")))
        XCTAssertEqual(url.publishedAddress, "https://x.org/a%252/%25zz/%41%25")
        // Brackets belong to an IPv6 host only: in the path they are escaped.
        let bracketed = try XCTUnwrap(WebURL.parse("https://[::1]:8080/a[1]/", at: SourceLocation(file: "x")))
        XCTAssertEqual(bracketed.publishedAddress, "https://[::1]:8080/a%5B1%5D/")
    }

    /// A weight is 0 or from 0.001 to 1000000: 1e-7 would be shown as 0 while it made the whole
    /// score, and 1e307 or 5e-324 would leave 100 × Σ wᵢsᵢ / Σ wᵢ no number. A refused weight
    /// leaves its signal at 1, the bounds themselves are weights.
    func testWeightsOutsideTheirRange_areAnError() throws {
        let vault = try TemporaryVault([
            "radar.yml":
                "title: t\nweights: {platforms: 1e308, vocabulary: 1e-7, events: 5e-324, remixes: 0.001, small-press: 1000000}\n",
            "scenes/s/scene.md": "---\nname: S\nspotted: 2026-01-05\n---\n",
            "scenes/s/log/2026-W02.md": "---\nartists: [A]\n---\n",
        ])
        let out = vault.lintOutput()
        for (column, key, written) in [
            (22, "platforms", "1e308"), (41, "vocabulary", "1e-7"), (55, "events", "5e-324"),
        ] {
            assertReports(
                out,
                "radar.yml:2:\(column): error[config]: '\(key)' must weigh 0 (left out of the score) or from 0.001 to 1000000, not \(written)\n"
            )
        }
        XCTAssertFalse(out.contains("'remixes'") || out.contains("'small-press'"), out)
        let explained = Fixtures.run(["score", vault.root, "--explain", "s"]).out
        XCTAssertTrue(explained.contains("platforms: 0 = min(0/3, 1), weight 1 ("), explained)
        XCTAssertTrue(explained.contains("weight 0.001 ("), explained)
        XCTAssertTrue(explained.contains("weight 1000000 ("), explained)
    }

    /// A day 00 is out of range as days are, not as a month's length.
    func testDateOnDayZero_saysDaysStartAtOne() throws {
        let out = try lint(["scenes/s/scene.md": "---\nname: S\nspotted: 2026-04-00\n---\n"])
        assertReports(
            out, "'spotted' must be a date, and '2026-04-00' is not one: days run from 01 to 30 in April 2026"
        )
    }

    /// Front matter that is only `~` is null, not a string.
    func testNullFrontMatter_isCalledNull() throws {
        let out = try lint(["scenes/s/scene.md": "---\n~\n---\n"])
        assertReports(out, "front matter must be a mapping of keys to values, not nothing (null)")
    }

    /// A weight written as a number too small for a Double is not read as 0 without a word;
    /// 0 written any way (`0.0e5`, `000`) is a weight.
    func testWeights_tooSmallToTellFromZeroIsAnError() throws {
        let out = try lint([
            "radar.yml": "title: t\nweights: {remixes: 1e-400, events: 0.0e5, vocabulary: 000}\n"
        ])
        XCTAssertTrue(
            out.contains(
                "radar.yml:2:20: error[type]: 'remixes' is too small a number to tell from 0: 1e-400\n"),
            out)
        XCTAssertTrue(out.contains("write 0 for no weight, or a larger number"), out)
        XCTAssertFalse(out.contains("'events'"), out)
        XCTAssertFalse(out.contains("'vocabulary'"), out)
    }

    /// Whole numbers and weights in the other forms of YAML's core schema (`+6`, `0x10`,
    /// `0o17`, `-0`) are the numbers an editor reads them as; a negative one is still refused.
    func testNumbers_inEveryFormOfYAMLsCoreSchema_readAsAnEditorReadsThem() throws {
        let configText =
            "title: t\nwindow: +6\nweights: {remixes: 0x2, small-press: -0, events: 0o3, platforms: -0.0}\n"
        let vault = try TemporaryVault([
            "radar.yml": configText,
            "scenes/s/scene.md": "---\nname: S\nspotted: 2026-01-05\n---\n",
            "scenes/s/log/2026-W02.md":
                "---\nevents: [{name: E, date: 2026-01-09, city: Lagos, attendance: 0x10}, {name: F, date: 2026-01-10, city: Lagos, attendance: -3}, {name: G, date: 2026-01-10, city: Lagos, attendance: '+5'}]\n---\n",
        ])
        let out = vault.lintOutput()
        XCTAssertFalse(out.contains("'window'"), out)
        XCTAssertFalse(out.contains("'remixes'"), out)
        XCTAssertFalse(out.contains("'small-press'"), out)
        XCTAssertFalse(out.contains("'events' must"), out)
        XCTAssertFalse(out.contains("'platforms'"), out)
        XCTAssertFalse(out.contains("'0x10'"), out)
        XCTAssertTrue(out.contains("error[type]: 'attendance' must be a whole number, not '-3'"), out)
        XCTAssertTrue(
            out.contains(
                "error[type]: 'attendance' must be a whole number, not the quoted text '+5'; write +5 without quotes"
            ), out)
        var decoder = DecodeContext(file: "radar.yml")
        let config = decoder.config(try XCTUnwrap(YAMLParser().parse(configText, file: "radar.yml").root))
        XCTAssertTrue(decoder.diagnostics.isEmpty, "\(decoder.diagnostics)")
        XCTAssertEqual(config.window, 6)
        XCTAssertEqual(config.weights[.remixes], 2)
        XCTAssertEqual(config.weights[.events], 3)
        XCTAssertEqual(config.weights[.smallPress], 0)
        XCTAssertEqual(config.weights[.platforms], 0)
    }

    /// One name holding commas where a list of people goes is most likely several names written
    /// without brackets: a warning, and a list of one is the way to say it is one name.
    func testPeople_oneNameHoldingCommas_isWarnedAbout() throws {
        let out = try lint([
            "scenes/s/scene.md": "---\nname: S\nspotted: 2026-01-05\n---\n",
            "scenes/s/log/2026-W02.md":
                "---\nartists: Amaka, DJ Kofi, Tolu\ntracks:\n  - {title: X, credits: {producer: \"Ada, Bo\", remixer: [\"Earth, Wind & Fire\"], self-released: true}}\n---\n",
        ])
        assertReports(
            out,
            "scenes/s/log/2026-W02.md:2:10: warning[type]: 'artists' is one name holding commas, 'Amaka, DJ Kofi, Tolu', not a list of 3 people\n"
        )
        assertReports(
            out,
            "note: to list them write [Amaka, DJ Kofi, Tolu]; if it is one name, write it as a list of one: [\"Amaka, DJ Kofi, Tolu\"]"
        )
        assertReports(
            out, "warning[type]: 'producer' is one name holding commas, 'Ada, Bo', not a list of 2 people")
        XCTAssertFalse(out.contains("'remixer'"), out)
    }

    /// So do the aliases of a person or a scene: `aliases: QZV Sound, Q Vantrell` is one alias.
    func testAliases_oneNameHoldingCommas_isWarnedAbout() throws {
        let out = try lint([
            "scenes/s/scene.md": "---\nname: S\nspotted: 2026-01-05\naliases: Sea Drift, SD\n---\n",
            "people/q.md": "---\nname: Q\naliases: QZV Sound, Q Vantrell\n---\n",
            "people/r.md": "---\nname: R\naliases: [\"Rae, the DJ\"]\n---\n",
        ])
        assertReports(
            out,
            "people/q.md:3:10: warning[type]: 'aliases' is one name holding commas, 'QZV Sound, Q Vantrell', not a list of 2 names"
        )
        assertReports(
            out,
            "scenes/s/scene.md:4:10: warning[type]: 'aliases' is one name holding commas, 'Sea Drift, SD', not a list of 2 names"
        )
        XCTAssertFalse(out.contains("people/r.md"), out)
    }

    /// The lists the warning suggests are YAML that reads back as the names: a name holding a
    /// quote or a colon is quoted and escaped, not pasted between quotes.
    func testPeople_oneNameHoldingCommas_suggestsListsThatReadBack() throws {
        let out = try lint([
            "scenes/s/scene.md": "---\nname: S\nspotted: 2026-01-05\n---\n",
            "scenes/s/log/2026-W02.md": "---\nartists: 'DJ \"Ko\" Fi, Ada: B'\n---\n",
        ])
        assertReports(out, #"note: to list them write [DJ "Ko" Fi, "Ada: B"]; if it is one name, "#)
        assertReports(out, #"write it as a list of one: ["DJ \"Ko\" Fi, Ada: B"]"#)
        let readBack: [(list: String, names: [String])] = [
            (#"[DJ "Ko" Fi, "Ada: B"]"#, [#"DJ "Ko" Fi"#, "Ada: B"]),
            (#"["DJ \"Ko\" Fi, Ada: B"]"#, [#"DJ "Ko" Fi, Ada: B"#]),
        ]
        for (list, names) in readBack {
            let parsed = YAMLParser().parse("k: \(list)\n", file: "t.yml")
            XCTAssertEqual(try XCTUnwrap(parsed.root?["k"]?.items).compactMap(\.scalar), names, list)
        }
    }

    /// An address radar refuses though it starts like one says why: the character no address
    /// holds as written, with its escape, or the host.
    func testURL_refusedThoughItStartsLikeOne_saysWhy() throws {
        let out = try lint([
            "people/a.md":
                "---\nname: A\nlinks: ['https://x.org/a b', 'https://x.org/<b>', 'https://./', 'ftp://x.org/']\n---\n"
        ])
        assertReports(
            out,
            "error[url]: 'links' must be an http or https address, not 'https://x.org/a b': it holds a space, which no address holds as written; write it as %20"
        )
        assertReports(
            out, "not 'https://x.org/<b>': it holds '<', which no address holds as written; write it as %3C")
        assertReports(out, "not 'https://./': its host is missing, or starts or ends with '.', or holds '..'")
        assertReports(out, "error[url]: 'links' must be an http or https address, not 'ftp://x.org/'\n")
    }

    /// A weight is any float YAML's core schema writes, in its range: `.5`, `1.`, an exponent, a
    /// `+`, and as many digits as the curator likes; not a negative or an infinite one.
    func testWeights_acceptEveryDecimalYAMLWrites() throws {
        let out = try lint([
            "radar.yml":
                "title: t\nweights: {remixes: .5, small-press: 1., events: 0.33333333333333333333, platforms: 2.5.1, "
                + "vocabulary: 2e0, how-its-made: 1.0e-02, soundalikes: 1e400}\n"
        ])
        XCTAssertFalse(out.contains("'remixes'"), out)
        XCTAssertFalse(out.contains("'vocabulary'"), out)
        XCTAssertFalse(out.contains("'how-its-made'"), out)
        XCTAssertTrue(out.contains("error[type]: 'soundalikes' is too large a number: 1e400"), out)
        XCTAssertFalse(out.contains("'small-press'"), out)
        XCTAssertFalse(out.contains("'events'"), out)
        XCTAssertTrue(out.contains("'2.5.1'"), out)
        XCTAssertEqual(DecodeContext.decimalValue(".5"), 0.5)
        XCTAssertEqual(DecodeContext.decimalValue("1."), 1)
        XCTAssertNil(DecodeContext.decimalValue("."))
        XCTAssertNil(DecodeContext.decimalValue("-1"))
        XCTAssertEqual(DecodeContext.decimalValue("1e3"), 1000)
        XCTAssertEqual(DecodeContext.decimalValue("2.5E+1"), 25)
        XCTAssertEqual(DecodeContext.decimalValue("+.5"), 0.5)
        XCTAssertNil(DecodeContext.decimalValue("-1e3"))
        XCTAssertNil(DecodeContext.decimalValue(""))
        XCTAssertNil(DecodeContext.decimalValue("1e"))
        XCTAssertNil(DecodeContext.decimalValue(".inf"))
        XCTAssertNil(DecodeContext.decimalValue("0x10"))
    }

    /// `radar.yml` is named as such, and a key with no space after its colon is pointed out.
    func testWholeFileThatIsNotAMapping_isNamed_andAMissingSpaceIsPointedOut() throws {
        let out = try lint(["radar.yml": "[a]\n", "people/k.md": "---\nname:DJ Kofi\n---\n"])
        assertReports(
            out, "radar.yml:1:1: error[type]: radar.yml must be a mapping of keys to values, not a list\n")
        assertReports(out, "= note: a key needs a space after its colon: write 'name: DJ Kofi'\n")
    }

    func testFrontMatter_thatIsAList_isATypeError() throws {
        let out = try lint(["people/b.md": "---\n- a\n- b\n---\n"])
        assertReports(
            out,
            "people/b.md:2:1: error[type]: front matter must be a mapping of keys to values, not a list\n")
    }

    func testPersonList_withABlankName_isATypeError() throws {
        let out = try lint([
            "scenes/s/scene.md": "---\nname: S\nspotted: 2026-01-05\n---\n",
            "scenes/s/log/2026-W02.md": "---\nweek: 2026-W02\nartists: ['  ', Ada]\n---\n",
        ])
        assertReports(
            out,
            "scenes/s/log/2026-W02.md:3:11: error[type]: 'artists' must name a person, not an empty string\n")
    }

    /// A quoted value is underlined with its quotes, as it is written. A value whose written
    /// extent its text does not give (an escape, a doubled quote, several lines, a block
    /// scalar) gets a caret where it starts.
    func testUnderline_coversAQuotedValueAsWritten() throws {
        func length(_ yaml: String) -> Int? {
            YAMLParser().parse(yaml, file: "n.md").root?["v"]?.writtenLength
        }
        XCTAssertEqual(length("v: \"https://exa mple.org\"\n"), 22)
        XCTAssertEqual(length("v: 'it is'\n"), 7)
        XCTAssertEqual(length("v: [plain]\n"), nil)
        XCTAssertEqual(
            YAMLParser().parse("v: [plain]\n", file: "n.md").root?["v"]?.items?.first?.writtenLength, 5)
        XCTAssertNil(length("v: 'it''s'\n"))
        XCTAssertNil(length("v: \"a\\\"b\"\n"))
        XCTAssertNil(length("v: \"\\x41\"\n"))
        XCTAssertNil(length("v: \"\\_\"\n"))
        XCTAssertNil(length("v: two\n  lines\n"))
        XCTAssertNil(length("v: |\n  block\n"))
        let out = try lint([
            "scenes/s/scene.md":
                "---\nname: S\nspotted: 2026-01-05\nformation: {tool: x}\nsound: {tempo: 1}\n"
                + "infrastructure: [{kind: venue, name: V, url: \"https://exa mple.org\"}]\n---\n"
        ])
        assertReports(
            out, "   | " + String(repeating: " ", count: 45) + "^" + String(repeating: "~", count: 21) + "\n")
    }

    /// A fix replaces the value as written, in the quotes the curator chose; a value whose
    /// written extent is not known (an escape) gets no fix, never one that would replace the
    /// wrong text.
    func testFixIts_replaceTheValueAsWritten_orAreLeftOut() throws {
        let vault = try TemporaryVault([
            "radar.yml": "title: T\n",
            "scenes/s/scene.md": "---\nname: S\nspotted: 2026-01-05\n---\n",
            "people/dj-kofi.md": "---\nname: DJ Kofi\n---\n",
            "scenes/s/log/2026-W02.md": """
            ---
            week: 2026-W02
            artists: ["Dj Kofi", Dj Kofi, 'Dj Kofi', "Dj \\x4Bofi"]
            platforms: [bandcmp, "bandcmp", "band\\x63mp"]
            ---

            """,
        ])
        let loaded = try VaultLoader().load(root: vault.root)
        let fixes = LintCommand.diagnostics(of: loaded)
            .filter { $0.code == .creditNameVariant || $0.code == .enumValue }
            .map { "\($0.location.line):\($0.location.column)+\($0.length) \($0.fixIt?.replacement ?? "-")" }
        XCTAssertEqual(
            fixes,
            [
                "3:11+9 \"DJ Kofi\"", "3:22+7 DJ Kofi", "3:31+9 'DJ Kofi'", "3:42+1 -",
                "4:13+7 bandcamp", "4:22+9 \"bandcamp\"", "4:33+1 -",
            ])
    }

    /// A required string that is blank is missing, in a record of a list as at the top.
    func testBlankRequiredStrings_areRequiredErrors() throws {
        let out = try lint([
            "scenes/s/scene.md":
                "---\nname: S\nspotted: 2026-01-05\ninfrastructure: [{kind: venue, name: ' '}]\n---\n",
            "scenes/t/scene.md": "---\nname: ''\nspotted: 2026-01-05\n---\n",
            "scenes/s/log/2026-W02.md": """
            ---
            week: 2026-W02
            tracks: [{title: "", url: "https://x.example/a", credits: {producer: [Ada], self-released: true}}]
            events: [{name: "  ", date: 2026-01-06}]
            press: [{outlet: "", tier: small}]
            ---
            """,
        ])
        let required = out.split(separator: "\n").filter { $0.contains("error[required]") }
        XCTAssertEqual(
            required,
            [
                "scenes/s/log/2026-W02.md:3:18: error[required]: 'title' is required and must not be empty",
                "scenes/s/log/2026-W02.md:4:17: error[required]: 'name' is required and must not be empty",
                "scenes/s/log/2026-W02.md:5:18: error[required]: 'outlet' is required and must not be empty",
                "scenes/s/scene.md:4:38: error[required]: 'name' is required and must not be empty",
                "scenes/t/scene.md:2:7: error[required]: 'name' is required and must not be empty",
            ], out)
    }

    /// The unresolved-link warnings of a log with `body`, and the whole lint output.
    private func unresolvedLinks(inLogBody body: String) throws -> ([Substring], String) {
        let out = try lint([
            "scenes/s/scene.md": "---\nname: S\nspotted: 2026-01-05\n---\n",
            "scenes/s/log/2026-W02.md": "---\nweek: 2026-W02\n---\n" + body,
        ])
        return (out.split(separator: "\n").filter { $0.contains("[link.unresolved]") }, out)
    }

    /// `people/` and `scenes/` in any case, followed by a name, an alias or a slug in any case;
    /// a heading after `#` is ignored.
    func testWikiLinks_prefixesAndSlugsInAnyCase_namesAfterPeople_headings() throws {
        let out = try lint([
            "scenes/s/scene.md": "---\nname: Low Tide\nspotted: 2026-01-05\n---\n",
            "people/mara-quay.md": "---\nname: Mara Quay\naliases: [MQ]\n---\n",
            "scenes/s/log/2026-W02.md": """
            ---
            week: 2026-W02
            ---
            [[people/Mara-Quay]] [[People/mara-quay]] [[people/Mara Quay]] [[PEOPLE/mq]]
            [[Scenes/S]] [[scenes/Low Tide]] [[Low Tide#Sound]] [[people/mara-quay#links|her]]
            [[people/nobody]] [[Nowhere#Low Tide]]
            """,
        ])
        let unresolved = out.split(separator: "\n").filter { $0.contains("[link.unresolved]") }
        XCTAssertEqual(
            unresolved.map { $0.split(separator: "'")[1] }, ["[[people/nobody]]", "[[Nowhere#Low Tide]]"], out
        )
    }

    /// A link to a scene whose profile has errors is not reported as well: the profile's errors
    /// are. A profile whose names cannot be read at all is named in the notes of the links left.
    func testWikiLinks_toASceneWhoseProfileHasErrors_areNotReportedAgain() throws {
        let out = try lint([
            "scenes/low-tide/scene.md": "---\nname: Low Tide\naliases: [LT]\nspoted: 2026-01-05\n---\n",
            "scenes/s/scene.md": "---\nname: [S\n---\n",
            "people/a.md": "---\nname: A\n---\n[[Low Tide]] [[lt]] [[scenes/low-tide#x]] [[Nowhere]]\n",
        ])
        XCTAssertTrue(out.contains("scenes/low-tide/scene.md:4:1: error[unknown-key]"), out)
        let unresolved = out.split(separator: "\n").filter { $0.contains("[link.unresolved]") }
        XCTAssertEqual(unresolved.map { $0.split(separator: "'")[1] }, ["[[Nowhere]]"], out)
        XCTAssertTrue(
            out.contains(
                "= note: scenes/s/scene.md could not be read: if the link names that scene, fix the profile"),
            out)
    }

    /// A published note's link to a private person or scene prints its text: a warning. Not in
    /// notes that are never published, and not for a link with a label (an empty label prints the
    /// name, so it is warned about).
    func testWikiLinks_toPrivateTargets_inPublishedNotes_areWarnedAbout() throws {
        let out = try lint([
            "scenes/s/scene.md": "---\nname: Open\nspotted: 2026-01-05\n---\nSee [[Closed Room]].\n",
            "scenes/c/scene.md": "---\nname: Closed Room\nspotted: 2026-01-05\nvisibility: private\n---\n",
            "scenes/c/log/2026-W02.md": "---\nweek: 2026-W02\n---\nWith [[Quiet One]] and [[Open]].\n",
            "people/quiet-one.md": "---\nname: Quiet One\nprivate: true\n---\nSee [[Closed Room]].\n",
            "people/ada.md":
                "---\nname: Ada\n---\n[[people/quiet-one]], [[Quiet One|a friend]], [[Open]], [[Quiet One|]].\n",
        ])
        let warned = out.split(separator: "\n").filter { $0.contains("[privacy.private-link]") }
        XCTAssertEqual(
            warned.map { $0.prefix { $0 != " " } },
            ["people/ada.md:4:1:", "people/ada.md:4:57:", "scenes/s/scene.md:5:5:"], out)
        XCTAssertTrue(warned[0].contains("names a private person: the page shows 'quiet-one' as plain text"))
        XCTAssertTrue(warned[1].contains("names a private person: the page shows 'Quiet One' as plain text"))
        XCTAssertTrue(warned[2].contains("names a private scene"))
    }

    func testWikiLinks_inCode_areNotLinks() throws {
        let body = """
            See `[[in-inline-code]]` and ``[[in-double-backticks]]``.

            ```
            [[in-a-backtick-fence]]
            ```

            ~~~ text
            [[in-a-tilde-fence]]
            ``` not the end of this fence
            [[still-fenced]]
            ~~~

            ````
            [[in-a-long-fence]]
            ```
            [[still-in-the-long-fence]]
            ````

            ```
            [[in-a-fence]]
            ``` a closing fence has no text after it
            [[still-in-that-fence]]
            ```

            A [[ bracket left open, then [[really-nowhere]], and ``one `[[code]]` span``.

            """
        let (unresolved, out) = try unresolvedLinks(inLogBody: body)
        XCTAssertEqual(
            unresolved,
            [
                "scenes/s/log/2026-W02.md:28:30: warning[link.unresolved]: wiki link '[[really-nowhere]]' "
                    + "points at no scene or person"
            ], out)
    }

    /// Lint reads code as cmark does: a span may close on a later line of its paragraph, an
    /// escaped backtick opens none, and raw HTML shows no links.
    func testWikiLinks_areTheOnesThePageRenders() throws {
        let body = """
            A span `opens [[in-span]]
            and closes` here: [[rendered-after-span]] `x`.

            \\`[[rendered-after-escape]]` and `code`.

            <div>
            [[in-raw-html]]
            </div>

            """
        let (unresolved, out) = try unresolvedLinks(inLogBody: body)
        XCTAssertEqual(
            unresolved,
            [
                "scenes/s/log/2026-W02.md:5:19: warning[link.unresolved]: wiki link '[[rendered-after-span]]' "
                    + "points at no scene or person",
                "scenes/s/log/2026-W02.md:7:3: warning[link.unresolved]: wiki link '[[rendered-after-escape]]' "
                    + "points at no scene or person",
            ], out)
    }
}

/// Rules read as a curator counts: blank names, people rather than entries, ties, codes
/// written without their family, and invisible characters shown.
final class CuratorCountingTests: XCTestCase {
    private func lint(_ files: [String: String]) throws -> String {
        try TemporaryVault(
            ["radar.yml": "title: t\n", "scenes/s/scene.md": "---\nname: S\nspotted: 2026-01-05\n---\n"]
                .merging(files) { $1 }
        ).lintOutput()
    }

    private func track(_ credits: String) -> String {
        "---\ntracks:\n  - title: T\n    url: https://a.bandcamp.com/t\n    kind: original\n"
            + "    support: [https://a.bandcamp.com/t]\n    credits: {producer: [Ada], \(credits)}\n---\n"
    }

    /// A blank label or collective names nobody: the track is reported as naming none.
    func testBlankLabelOrCollective_isMissing() throws {
        for credits in ["label: \"\"", "collective: \" \""] {
            let out = try lint(["scenes/s/log/2026-W02.md": track(credits)])
            XCTAssertTrue(out.contains("[credit.label-missing]"), "\(credits): \(out)")
        }
        XCTAssertFalse(
            try lint(["scenes/s/log/2026-W02.md": track("label: Hyperdub")]).contains("label-missing"))
    }

    /// Eleven entries naming ten people are ten artists; eleven people are reported at the
    /// eleventh.
    func testArtistsOver_countsPeople_notEntries() throws {
        let ten = (1...10).map { "A\($0)" }
        let repeated = try lint([
            "scenes/s/log/2026-W02.md": "---\nartists: [\((ten + ["a1"]).joined(separator: ", "))]\n---\n"
        ])
        XCTAssertFalse(repeated.contains("log.artists-over"), repeated)
        let eleven = try lint([
            "scenes/s/log/2026-W02.md":
                "---\nartists: [\((ten + ["A1", "B"]).joined(separator: ", "))]\n---\n"
        ])
        XCTAssertTrue(
            eleven.contains(
                "2026-W02.md:2:56: warning[log.artists-over]: this log lists 11 core artists; the weekly workflow logs about 10"
            ),
            eleven)
    }

    /// Two spellings written as often: the note says it was a tie and how to settle it.
    func testNameVariant_tie_isCalledATie() throws {
        let out = try lint(["scenes/s/log/2026-W02.md": "---\nartists: [DJ Kofi, Dj Kofi]\n---\n"])
        XCTAssertTrue(
            out.contains(
                "note: 'DJ Kofi' and 'Dj Kofi' are written as often (1 time each); 'DJ Kofi' comes first in sort order; "
                    + "a note in people/ with the name you want settles it"),
            out)
    }

    /// A code written without its family is suggested with it.
    func testLintIgnore_codeWithoutItsFamily_isSuggested() throws {
        let out = try lint(["scenes/s/log/2026-W02.md": "---\nlint-ignore: [producer-missing]\n---\n"])
        XCTAssertTrue(
            out.contains(
                "'producer-missing' is not a lint rule code; did you mean 'credit.producer-missing'?"), out)
    }

    /// A zero-width space or a bidi override in a message is shown as an escape.
    func testMessages_showInvisibleCharactersEscaped() {
        XCTAssertEqual(DiagnosticRenderer.escaped("DJ Ko\u{200B}fi"), "DJ Ko\\u{200B}fi")
        XCTAssertEqual(DiagnosticRenderer.escaped("a\u{202E}b\u{2066}c"), "a\\u{202E}b\\u{2066}c")
        XCTAssertEqual(DiagnosticRenderer.escaped("Émile 東京"), "Émile 東京")
    }
}
