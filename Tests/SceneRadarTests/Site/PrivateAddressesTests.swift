import XCTest

@testable import SceneRadar

final class PrivateAddressesTests: XCTestCase {
    private func addresses(_ texts: String...) -> PrivateAddresses {
        var addresses = PrivateAddresses()
        for text in texts { addresses.insert(text) }
        return addresses
    }

    /// The same address however it is written: scheme, user name, port, case, `www.`, `m.`,
    /// `mobile.`, percent-escapes, dot segments, doubled and trailing slashes, a query or fragment.
    func testVariantsOfAnAddress_matchIt() {
        let hers = addresses("https://soundcloud.com/nnekahollow")
        for variant in [
            "http://SoundCloud.com/nnekahollow/", "https://www.soundcloud.com/nnekahollow//sets/a?x=1",
            "https://soundcloud.com/nnekahollow#top", "https://soundcloud.com:443/nnekahollow/sets",
            "https://user@soundcloud.com/nnekahollow", "https://user:pw@soundcloud.com:8080/nnekahollow",
            "https://m.soundcloud.com/nnekahollow/likes", "https://mobile.soundcloud.com/NnekaHollow",
            "https://soundcloud.com/%6Enekahollow/x", "https://soundcloud.com/./nnekahollow/x",
            "https://soundcloud.com/x/../nnekahollow/y", "https://soundcloud.com/nnekahollow%2Finterview",
            "https://soundcloud.com./nnekahollow", "HTTPS://SOUNDCLOUD.COM/NNEKAHOLLOW?ref=linktree",
            "https://www.m.soundcloud.com/nnekahollow", "https://m.www.soundcloud.com/nnekahollow/x",
            "https://soundcloud.com/nnekahollow;jsessionid=A1B2/sets",
            "https://soundcloud.com/nnekahollow;jsessionid=A1B2",
        ] {
            XCTAssertTrue(hers.contains(variant), variant)
        }
    }

    /// Another name of a site, and another way of linking a video or a page, is the same
    /// address: `x.com` is `twitter.com`, `youtu.be/ID` and `/shorts/ID` are the video, a Spotify
    /// page shared from a country is the page.
    func testAnotherNameOfTheSite_isTheSameAddress() {
        let hers = addresses(
            "https://twitter.com/qzorbexv", "https://open.spotify.com/artist/QZV123",
            "https://www.youtube.com/watch?v=AbC123", "https://instagram.com/qzv", "https://youtube.com/@qzv")
        for variant in [
            "https://x.com/qzorbexv/status/1", "https://mobile.x.com/qzorbexv",
            "https://open.spotify.com/intl-de/artist/QZV123", "https://spotify.com/artist/QZV123",
            "https://play.spotify.com/artist/QZV123/", "https://youtu.be/AbC123",
            "https://youtu.be/AbC123?t=42",
            "https://www.youtube.com/shorts/AbC123", "https://youtube.com/embed/AbC123",
            "https://www.youtube-nocookie.com/embed/AbC123", "https://music.youtube.com/watch?v=AbC123",
            "https://instagr.am/qzv/", "https://music.youtube.com/@qzv",
        ] {
            XCTAssertTrue(hers.contains(variant), variant)
        }
        for other in [
            "https://x.com/someoneelse", "https://youtu.be/Other1",
            "https://open.spotify.com/intl-de/artist/OTHER",
            "https://youtube.com/watch?v=Other1", "https://xx.com/qzorbexv",
        ] {
            XCTAssertFalse(hers.contains(other), other)
        }
    }

    /// The quick look at a host reads it as the full read does, or leaves it to that read.
    func testHostHash_agreesWithTheFullRead() throws {
        for text in [
            "https://user:pw@M.SoundCloud.com.:8080/x", "http://www.x.example", "https://www.com/",
            "https://mobile.bandcamp.com/a", "https://m.x/", "https://a@b@c.example?x#y",
            "https://www.m.x.example/", "https://m.www.x/", "https://www.www.m/",
            "HTTP://X.EXAMPLE#a",
        ] {
            let address = try XCTUnwrap(Address(text), text)
            XCTAssertEqual(PrivateAddresses.hostHash(text), FNV1a.hash64(address.host), text)
        }
        for text in [
            "https://%6Dx.example/", "https://[::1]:80/", "https://bücher.example/", "ftp://x.example/",
            "https://x.com/a", "https://www.youtu.be/a", "https://M.Music.YouTube.com/watch?v=a",
        ] {
            XCTAssertNil(PrivateAddresses.hostHash(text), text)
        }
    }

    /// On any text the quick look at a host and the full read agree, and neither traps: strings
    /// drawn (with a fixed seed) from the characters addresses are made of.
    func testHostHash_agreesWithTheFullRead_onGeneratedText() {
        let pieces = [
            "http://", "https://", "HTTPS://", "www.", "m.", "mobile.", "x", "Y", ".", "/", "//", "?", "#",
            "&", ";",
            "=", "@", ":", "80", "%", "%2F", "%6d", "%G", "[", "]", "..", "ü", "utm_a=1", "ref=2", "!", " ",
            "x.com", "youtu.be", "youtube.com", "shorts", "intl-de", "open.spotify.com",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var hers = PrivateAddresses()
        for _ in 0..<20_000 {
            var text = next(4) == 0 ? "" : ["http://", "https://"][next(2)]
            for _ in 0..<next(12) { text += pieces[next(pieces.count)] }
            let address = Address(text)
            if let hash = PrivateAddresses.hostHash(text), let address {
                XCTAssertEqual(hash, FNV1a.hash64(address.host), text)
            }
            if next(8) == 0 { hers.insert(text) }
            _ = hers.contains(text)
            if address != nil {
                // An address is always found among addresses that hold it.
                var only = PrivateAddresses()
                only.insert(text)
                XCTAssertTrue(only.contains(text), text)
            }
        }
    }

    /// Only whole path segments count, and nothing above the address: its platform stays.
    func testAddressesBesideOrAbove_stay() {
        let hers = addresses("https://soundcloud.com/nnekahollow")
        for other in [
            "https://soundcloud.com/nnekahollow2", "https://soundcloud.com/other/nnekahollow",
            "https://soundcloud.com/", "https://soundcloud.com.nnekahollow.example/",
            "https://nnekahollow.soundcloud.com/", "https://soundcloud.com/other?u=nnekahollow",
            "https://soundcloud.com/x/../other", "not an address", "https://soundcloud.com/nnekahollow%3Bx",
            "https://soundcloud.com/;jsessionid=nnekahollow",
        ] {
            XCTAssertFalse(hers.contains(other), other)
        }
        XCTAssertFalse(PrivateAddresses().contains("https://soundcloud.com/nnekahollow"))
    }

    /// A host alone covers everything on it: `x.bandcamp.com` is hers, `bandcamp.com` is not.
    func testAHost_coversEveryPathOnIt() {
        let hers = addresses("https://nnekahollow.bandcamp.com/")
        XCTAssertTrue(hers.contains("https://nnekahollow.bandcamp.com/track/song?from=radar#play"))
        XCTAssertFalse(hers.contains("https://bandcamp.com/nnekahollow"))
        XCTAssertFalse(hers.contains("https://other.bandcamp.com/"))
    }

    /// A query does not narrow a private address (a profile shared as `?s=21` is the
    /// profile), except where the query names the page: a known query-named path or a script's
    /// page covers only its parameters, whatever else the query has.
    func testAQuery_narrowsAnAddressOnlyWhereItNamesThePage() {
        let hers = addresses(
            "https://www.youtube.com/watch?v=NNEKA123", "https://x.com/nneka?s=21&t=AbCdEf",
            "https://www.instagram.com/nneka.obi/?hl=en", "https://nneka-obi.com/?lang=en",
            "https://forum.example/profile.php?id=7&utm_source=x")
        XCTAssertTrue(hers.contains("https://m.youtube.com/watch?t=30&v=nneka123&si=abc"))
        XCTAssertFalse(hers.contains("https://www.youtube.com/watch?v=UNRELATED999"))
        XCTAssertFalse(hers.contains("https://www.youtube.com/watch"))
        for covered in [
            "https://x.com/nneka", "https://x.com/nneka/status/123", "https://instagram.com/nneka.obi",
            "https://nneka-obi.com/shop", "https://forum.example/profile.php?tab=2&id=7",
        ] {
            XCTAssertTrue(hers.contains(covered), covered)
        }
        for other in [
            "https://x.com/other", "https://forum.example/profile.php?id=8", "https://forum.example/",
        ] {
            XCTAssertFalse(hers.contains(other), other)
        }
    }

    /// A fragment is a place on a page (the page is hers), except a route (`#/`, `#!`), which
    /// covers that route and those under it only.
    func testAFragment_narrowsAnAddressOnlyWhenItIsARoute() {
        let hers = addresses("https://nneka.carrd.co/#music", "https://app.example/#!/artist/nneka")
        XCTAssertTrue(hers.contains("https://nneka.carrd.co/"))
        XCTAssertTrue(hers.contains("https://app.example/#/artist/nneka/tracks"))
        XCTAssertFalse(hers.contains("https://app.example/#/artist/other"))
        XCTAssertFalse(hers.contains("https://app.example/"))
        let onAPage = addresses("https://soundcloud.com/nneka#top")
        XCTAssertTrue(onAPage.contains("https://soundcloud.com/nneka/sets"))
    }

    /// An international host is one name however written: Unicode or `xn--` labels, full-width
    /// letters and dots.
    func testAnInternationalHost_matchesItsOtherForms() {
        let hers = addresses("https://münchen-beats.de/nneka", "https://soundcloud.com/nneka")
        for variant in [
            "https://xn--mnchen-beats-dlb.de/nneka", "https://XN--MNCHEN-BEATS-DLB.de/nneka/x",
            "https://MÜNCHEN-beats.de/nneka", "https://ｓｏｕｎｄｃｌｏｕｄ.com/nneka", "https://soundcloud。com/nneka",
        ] {
            XCTAssertTrue(hers.contains(variant), variant)
        }
        XCTAssertFalse(hers.contains("https://xn--mnchen-beats-dlb.de/other"))
        XCTAssertEqual(Punycode.decode("mnchen-beats-dlb"), "münchen-beats")
        XCTAssertEqual(Punycode.decode("-> $1.00 <--"), "-> $1.00 <-")
        XCTAssertNil(Punycode.decode("ü-abc"))
        XCTAssertNil(Punycode.decode("99999999999999"))
        XCTAssertEqual(Punycode.decodingHost("xn--bcher-kva.example.xn--zz"), "bücher.example.xn--zz")
    }

    /// The addresses in a note's text, wherever they are written (a mapping where a list of
    /// links was meant, a comment): to a space, quote or bracket, and also to a comma or
    /// parenthesis; not-addresses skipped, each address once.
    func testAddressesInText_areFoundWhereverWritten() {
        let text = """
            ---
            name: "\\u200b"
            links:
              - url: https://nnekahollow.bandcamp.com/
            support: [HTTPS://ko-fi.com/nneka, "http://x.example/a b"]
            # see http:// and https://tip.example/n)
            ---
            """
        XCTAssertEqual(
            PrivateAddresses.addresses(in: Array(text.utf8)),
            [
                "https://nnekahollow.bandcamp.com/", "HTTPS://ko-fi.com/nneka", "HTTPS://ko-fi.com/nneka,",
                "http://x.example/a", "https://tip.example/n", "https://tip.example/n)",
            ])
        // As written and with double-quoted YAML's escapes undone: `\/`, `\x2F`, `\u006B`, and a
        // line continued by `\`.
        let escaped =
            #"links: ["https:\/\/soundcloud.com\/nneka", "https:\x2F\x2Fb.example/nne\u006Ba", "https://m.example/\"#
            + "\n    nneka\"]"
        XCTAssertEqual(
            PrivateAddresses.addresses(in: Array(escaped.utf8)),
            [
                "https://m.example/", "https://soundcloud.com/nneka", "https://b.example/nneka",
                "https://m.example/nneka",
            ])
    }
}
