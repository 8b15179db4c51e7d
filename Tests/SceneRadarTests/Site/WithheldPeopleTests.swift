import Foundation
import XCTest

@testable import SceneRadar

/// A person who may be private is withheld, never published: a person note with errors (it
/// may have meant `private: true`), one that cannot be read at all or sits where radar does not
/// read it, and other spellings of a private person's name (punctuation, a slug, characters
/// drawn as nothing).
final class WithheldPeopleTests: XCTestCase {
    private func log(_ artists: [String]) -> String {
        """
        ---
        week: 2026-W02
        artists: [\(artists.map { "\"\($0)\"" }.joined(separator: ", "))]
        tracks:
          - title: Song
            url: https://x.example/song
            credits: {producer: [\(artists.map { "\"\($0)\"" }.joined(separator: ", "))], self-released: true}
            support: [https://x.example/buy]
        ---
        """
    }

    /// Builds `files` and returns every output file's text joined, and the exit diagnostics.
    private func build(_ files: [String: String]) throws -> (site: String, errors: Bool) {
        let vault = try TemporaryVault(
            ["radar.yml": "title: T\n", "scenes/s/scene.md": "---\nname: S\nspotted: 2026-01-05\n---\n"]
                .merging(files) { $1 })
        let report = try SiteBuilder().build(.init(vault: vault.root, output: vault.path("out")))
        var text = ""
        let root = vault.path("out")
        for case let path as String in FileManager.default.enumerator(atPath: root) ?? .init() {
            text += path + "\n"
            if let data = FileManager.default.contents(atPath: root + "/" + path) {
                text += String(decoding: data, as: UTF8.self)
            }
        }
        return (text, report.diagnostics.containsError)
    }

    /// Builds `vault` into `out/` again (a rebuild after the test's edits) and from scratch into
    /// `clean/`, checks that both hold the same files with the same bytes, and returns every
    /// file's path and text joined, as `build` does.
    private func rebuildEqualsCleanBuild(_ vault: TemporaryVault, line: UInt = #line) throws -> String {
        _ = try SiteBuilder().build(.init(vault: vault.root, output: vault.path("out")))
        _ = try SiteBuilder().build(.init(vault: vault.root, output: vault.path("clean"), incremental: false))
        let files = try FileManager.default.subpathsOfDirectory(atPath: vault.path("out")).sorted()
        XCTAssertEqual(
            files, try FileManager.default.subpathsOfDirectory(atPath: vault.path("clean")).sorted(),
            line: line)
        var site = ""
        for path in files {
            let text = (try? vault.read("out/" + path)) ?? ""
            XCTAssertEqual(text, (try? vault.read("clean/" + path)) ?? "", path, line: line)
            site += path + "\n" + text
        }
        return site
    }

    /// Checks that none of `withheld` is anywhere in `site` (every output file's path and text)
    /// and that each of `kept` is.
    private func assertSite(
        _ site: String, withholds withheld: [String], keeps kept: [String], line: UInt = #line
    ) {
        for name in withheld {
            XCTAssertFalse(site.contains(name), "\(name) was published", line: line)
        }
        for name in kept {
            XCTAssertTrue(site.contains(name), "\(name) was not published", line: line)
        }
    }

    /// A private person's own address (a link or support link of their note) written on a
    /// public track or as an event's footage would say who they are: it is left out, however
    /// its scheme, `www.`, case or trailing slash differ. Other addresses stay.
    func testPrivatePersonsOwnAddresses_areLeftOutOfPublicTracksAndEvents() throws {
        let built = try build([
            "people/nneka.md": """
            ---
            name: Nneka Hollow
            private: true
            links: [https://www.youtube.com/@NnekaHollow]
            support: [https://ko-fi.com/nnekahollow]
            ---

            """,
            "scenes/s/log/2026-W02.md": """
            ---
            week: 2026-W02
            tracks:
              - title: Song
                url: https://x.example/song
                credits: {dj: [Nneka Hollow], self-released: true}
                support: [http://Ko-fi.com/nnekahollow/, https://x.example/buy]
            events:
              - {name: Night, date: 2026-01-06, footage: [https://youtube.com/@nnekahollow, https://v.example/night]}
            ---

            """,
        ])
        XCTAssertFalse(built.site.lowercased().contains("nnekahollow"), built.site)
        XCTAssertTrue(built.site.contains("https://x.example/buy"))
        XCTAssertTrue(built.site.contains("https://v.example/night"))
        XCTAssertTrue(built.site.contains("uncredited (private)"))
    }

    /// Every address the site publishes follows the rule, and an address under a private
    /// person's own (a track page under her Bandcamp, a `?ref=` copy of her shop) is hers too:
    /// a track's own link, tickets, press, a how-it's-made link, a scene's containers and
    /// infrastructure, on every page and in the feed. The track and the rest stay, unlinked.
    func testAddressesUnderAPrivatePersonsOwn_areLeftOutOfEveryPublishedField() throws {
        let built = try build([
            "radar.yml": "title: T\nbase-url: https://radar.example/\n",
            "people/nneka.md": """
            ---
            name: Nneka Hollow
            private: true
            links: [https://nnekahollow.bandcamp.com/, https://soundcloud.com/nnekahollow]
            support: [https://ko-fi.com/nnekahollow]
            ---

            """,
            "people/ade.md": "---\nname: Ade Public\n---\n",
            "scenes/s/scene.md": """
            ---
            name: S
            spotted: 2026-01-05
            formation:
              containers:
                - {kind: group-chat, name: Late list, url: "https://soundcloud.com/NnekaHollow/sets/list"}
            infrastructure:
              - {kind: label, name: Hollow Tapes, url: "https://nnekahollow.bandcamp.com/music?from=radar"}
            ---

            """,
            "scenes/s/log/2026-W02.md": """
            ---
            week: 2026-W02
            tracks:
              - title: Song
                url: https://nnekahollow.bandcamp.com/track/song?ref=radar#play
                credits: {producer: [Ade Public], self-released: true}
                support: [https://ko-fi.com/nnekahollow?ref=song, https://x.example/buy]
            events:
              - {name: Night, date: 2026-01-06, tickets: "https://ko-fi.com/NnekaHollow/shop/night"}
            press:
              - {outlet: Zine, tier: small, url: "https://soundcloud.com/nnekahollow/interview"}
            how-its-made:
              - {by: Ade Public, kind: breakdown, url: "https://soundcloud.com/nnekahollow/breakdown"}
            ---

            """,
        ])
        XCTAssertFalse(built.errors)
        assertSite(built.site.lowercased(), withholds: ["nnekahollow"], keeps: [])
        assertSite(
            built.site, withholds: [],
            keeps: ["Song", "https://x.example/buy", "Night", "Zine", "Late list", "Hollow Tapes"])
    }

    /// A private person's note with errors (a name that names nobody, a link written as a
    /// mapping) still withholds every address written in it; so does a public person's own note
    /// that gives one of her addresses as theirs.
    func testAddressesOfABrokenPrivateNote_andInAPublicPersonsNote_areWithheld() throws {
        let built = try build([
            "people/nneka.md": """
            ---
            name: "\\u200b"
            private: true
            links:
              - url: https://nnekahollow.bandcamp.com/
            support: [https://ko-fi.com/nnekahollow]
            ---

            """,
            "people/ade.md": """
            ---
            name: Ade Public
            links: [https://nnekahollow.bandcamp.com/album/a, https://ade.example/]
            support: [https://ko-fi.com/nnekahollow/shop, https://ade.example/tip]
            ---

            """,
            "scenes/s/log/2026-W02.md": """
            ---
            week: 2026-W02
            tracks:
              - title: Song
                url: https://x.example/song
                credits: {producer: [Ade Public], self-released: true}
                support: [https://nnekahollow.bandcamp.com/track/song, https://ko-fi.com/nnekahollow, https://x.example/buy]
            ---

            """,
        ])
        XCTAssertTrue(built.errors)
        assertSite(
            built.site.lowercased(), withholds: ["nnekahollow"],
            keeps: ["https://x.example/buy", "https://ade.example/tip", "https://ade.example/"])
    }

    func testBrokenPrivatePersonNote_isWithheld() throws {
        let built = try build([
            "people/tess-ondine.md": "---\nname: Tess Ondine\nprivate: yes\n---\n",
            "scenes/s/log/2026-W02.md": log(["Tess Ondine", "Ada Public"]),
        ])
        XCTAssertTrue(built.errors)
        XCTAssertFalse(built.site.contains("Tess"), "a person whose note has errors was published")
        XCTAssertFalse(built.site.lowercased().contains("ondine"))
        XCTAssertTrue(built.site.contains("Ada Public"))
        XCTAssertTrue(built.site.contains("uncredited (private)"))
    }

    func testPersonNotesThatCannotBeRead_withholdTheNamesTheyAreFiledUnder() throws {
        let built = try build([
            "people/yewande-harrow.md": "---\nname: [Yewande Harrow\n---\n",
            "people/private/kai-lune.md": "---\nname: Kai Lune\nprivate: true\n---\n",
            "people/Rin_Sato.md": "---\nname: Rin Sato\nprivate: true\n---\n",
            "people/tove-marsh.markdown": "---\nname: Tove Marsh\nprivate: true\n---\n",
            "People/uma-vell.md": "---\nname: Uma Vell\nprivate: true\n---\n",
            "scenes/s/log/2026-W02.md": log([
                "Yewande Harrow", "Kai Lune", "Rin Sato", "Tove Marsh", "Uma Vell", "Ada Public",
            ]),
        ])
        assertSite(
            built.site,
            withholds: [
                "Yewande", "Kai Lune", "kai-lune", "Rin Sato", "rin-sato", "Tove", "tove-marsh", "Uma",
                "uma-vell",
            ],
            keeps: ["Ada Public"])
    }

    /// A person note radar cannot read still withholds the names it seems to give, not only the
    /// one its file name spells: its `name` and `aliases`, read line by line.
    func testNamesWrittenInPersonNotesThatCannotBeRead_areWithheld() throws {
        let built = try build([
            "people/qzorbex-vantrell.md":
                "---\nname: Qzorbex Vantrell\naliases: [QZV Sound, \"Q. Vantrell]\nprivate: true\n---\n",
            "people/gg.md": "---\nname: Ggxo Privvy\naliases:\n  - Gg Pv\nfoo: [\n---\n",
            "people/sub/ccxo-privvy.md": "---\nname: Ddxo Privvy\nprivate: true\n---\n",
            "scenes/s/log/2026-W02.md": log([
                "QZV Sound", "Q. Vantrell", "Ggxo Privvy", "Gg Pv", "Ddxo Privvy", "Ada Public",
            ]),
        ])
        XCTAssertTrue(built.errors)
        assertSite(
            built.site.lowercased(), withholds: ["qzv", "vantrell", "ggxo", "gg pv", "gg-pv", "ddxo"],
            keeps: ["ada public"])
    }

    /// A person note hidden as a dotfile, or in a dot-folder, is not read and nothing is said of
    /// it (an editor's lock or backup file is one), but the person it is named for is withheld,
    /// with the addresses written in it.
    func testHiddenPersonNotes_withholdTheirPeopleAndAddresses() throws {
        let built = try build([
            "people/.secret-sam.md":
                "---\nname: Secret Sam\nprivate: true\nlinks: [https://sam.example/]\n---\n",
            "people/.private/kai-lune.md": "---\nname: Kai Lune\nprivate: true\n---\n",
            "people/.Tove Marsh.markdown": "---\nname: Tove Marsh\nprivate: true\n---\n",
            "people/ada-public.md": "---\nname: Ada Public\n---\n",
            "people/.ada-public.md.swp": "Other Name",
            "scenes/s/log/2026-W02.md": """
            ---
            week: 2026-W02
            artists: [Secret Sam, Kai Lune, Tove Marsh, Ada Public]
            tracks:
              - title: Song
                url: https://x.example/song
                credits: {producer: [Secret Sam, Kai Lune, Tove Marsh, Ada Public], self-released: true}
                support: [https://sam.example/tip, https://x.example/buy]
            ---

            """,
        ])
        XCTAssertFalse(built.errors)
        assertSite(
            built.site,
            withholds: ["Secret Sam", "secret-sam", "Kai Lune", "kai-lune", "Tove", "sam.example"],
            keeps: ["Ada Public", "people/ada-public/index.html", "https://x.example/buy"])
    }

    func testHiddenPersonNotes_areNotReported() throws {
        let vault = try TemporaryVault([
            "radar.yml": "title: T\n",
            "people/.secret-sam.md": "---\nname: Secret Sam\n---\n",
            "people/.private/kai-lune.md": "x",
        ])
        let listing = try VaultScanner(fileSystem: LocalFileSystem()).scan(root: vault.root)
        XCTAssertEqual(listing.diagnostics, [])
        XCTAssertEqual(listing.people, [])
        XCTAssertEqual(listing.unreadPeople.sorted(), [".secret-sam", "kai-lune"])
        XCTAssertEqual(
            listing.unreadPeopleFiles.sorted(), ["people/.private/kai-lune.md", "people/.secret-sam.md"])
    }

    func testOtherSpellingsOfAPrivateName_areWithheld() throws {
        let built = try build([
            "people/vexmora-daltri.md": "---\nname: Vexmora Daltri\nprivate: true\n---\n",
            "people/hidden-person.md": "---\nname: Hidden Person\nprivate: true\n---\n",
            "people/secret-sam.md": "---\nname: Secret Sam\nprivate: true\naliases: [Hold Pete]\n---\n",
            "scenes/s/log/2026-W02.md": log([
                "Vexmora-Daltri", "vexmora_daltri", "vexmora-daltri", "Hidden Per\u{3164}son",
                "Hidden\u{180E} Person",
                // Cyrillic look-alikes: Ѕ, е, о; and Greek Ρ, ο.
                "Hidden P\u{0435}rs\u{043E}n", "\u{0405}ecret Sam", "Η\u{03BF}ld \u{03A1}ete",
                "Ada Public",
            ]),
        ])
        XCTAssertFalse(built.errors)
        assertSite(
            built.site,
            withholds: ["exmora", "Hidden P", "Hidden\u{180E}", "hidden-p", "ecret", "ld \u{03A1}"],
            keeps: ["Ada Public"])
    }

    /// A credit that holds a private person's distinctive name or alias as whole words — a
    /// lineup's "b2b", "DJ …", "(live)" — is withheld, as is each alias of an `aliases` written
    /// without brackets; a short single name ("Kai") is withheld only as itself, so "Kai
    /// Mensah" stays public.
    func testCreditsHoldingAPrivateName_andCommaAliases_areWithheld() throws {
        let built = try build([
            "people/qzorbex-vantrell.md":
                "---\nname: Qzorbex Vantrell\naliases: QZV Sound, Q Vantrell\nprivate: true\n---\n",
            "people/kai.md": "---\nname: Kai\nprivate: true\n---\n",
            "scenes/s/log/2026-W02.md": log([
                "Qzorbex Vantrell b2b Mira Solte", "DJ Qzorbex Vantrell", "Qzorbex Vantrell (live)",
                "QZV Sound",
                "Q Vantrell", "Kai", "Kai Mensah", "Mira Solte",
            ]),
        ])
        assertSite(
            built.site.lowercased(), withholds: ["qzorbex", "vantrell", "qzv"],
            keeps: ["kai mensah", "mira solte", "uncredited (private)"])
        XCTAssertFalse(built.site.contains("people/kai/"))
    }

    /// A private person's name written as the curator's own short text — an event's name or
    /// series, a label, a community entry, the surface, a press outlet, a term — is withheld,
    /// within the text when the name is distinctive, as the whole text when it is a short single
    /// name ("Kai", but not "Kai's crew").
    func testPrivatePersonsName_inShortTexts_isWithheld() throws {
        let built = try build([
            "people/qzorbex-vantrell.md": "---\nname: Qzorbex Vantrell\nprivate: true\n---\n",
            "people/kai.md": "---\nname: Kai\nprivate: true\n---\n",
            "scenes/s/log/2026-W02.md": """
            ---
            week: 2026-W02
            artists: [Mira Solte]
            community: [Qzorbex Vantrell's Discord, Kai, Kai's crew]
            surface: the Qzorbex Vantrell fan chat
            tracks:
              - title: Song
                url: https://x.example/s
                credits: {producer: [Mira Solte], label: Qzorbex Vantrell Records}
                support: [https://x.example/buy]
            events:
              - {name: Qzorbex Vantrell Presents, date: 2026-01-08, series: Qzorbex Vantrell, lineup: [Mira Solte]}
            press:
              - {outlet: Kai, tier: small}
            vocabulary: [qzorbex vantrell wave, drift]
            ---

            """,
        ])
        XCTAssertFalse(built.errors)
        assertSite(built.site.lowercased(), withholds: ["qzorbex", "vantrell", ">kai<"], keeps: [])
        assertSite(
            built.site, withholds: [],
            keeps: ["Kai&#39;s crew", "Mira Solte", "drift", "uncredited (private)"])
    }

    /// Made private after a build, a person's name leaves the short texts of scenes that did not
    /// change: the rebuild equals a clean build.
    func testRebuild_afterAPersonIsMadePrivate_withholdsTheirNameFromShortTexts() throws {
        let vault = try TemporaryVault([
            "radar.yml": "title: T\n", "scenes/s/scene.md": "---\nname: S\nspotted: 2026-01-05\n---\n",
            "scenes/s/log/2026-W02.md":
                "---\nweek: 2026-W02\nartists: [Mira]\nevents:\n  - {name: Qzorbex Vantrell Presents, date: 2026-01-08}\n---\n",
            "people/qzorbex-vantrell.md": "---\nname: Qzorbex Vantrell\n---\n",
        ])
        let options = SiteBuilder.Options(vault: vault.root, output: vault.path("out"))
        _ = try SiteBuilder().build(options)
        XCTAssertTrue(
            try vault.read("out/scenes/s/2026-W02/index.html").contains("Qzorbex Vantrell Presents"))
        try vault.write("people/qzorbex-vantrell.md", "---\nname: Qzorbex Vantrell\nprivate: true\n---\n")
        assertSite(try rebuildEqualsCleanBuild(vault), withholds: ["Qzorbex"], keeps: ["Mira"])
    }

    /// A person note radar does not read (a file name that is not a slug, a subfolder) may be a
    /// private person's: the addresses written in it are withheld, and an edit to it reaches a
    /// rebuild, which equals a clean build.
    func testAddressesInUnreadPersonNotes_areWithheld_andRebuildsFollowThem() throws {
        let log = """
            ---
            week: 2026-W02
            tracks:
              - title: Song
                url: https://x.example/song
                credits: {producer: [Ada Public], self-released: true}
                support: [https://soundcloud.com/nneka, https://bandcamp.com/nneka-two, https://tip.example/new, https://x.example/buy]
            ---

            """
        let vault = try TemporaryVault([
            "radar.yml": "title: T\n", "scenes/s/scene.md": "---\nname: S\nspotted: 2026-01-05\n---\n",
            "scenes/s/log/2026-W02.md": log,
            "people/Nneka Obi.md":
                "---\nname: Nneka Obi\nprivate: true\nlinks: [https://soundcloud.com/nneka]\n---\n",
            "people/old/nneka-two.md":
                "---\nname: N Two\nprivate: true\nlinks: [https://bandcamp.com/nneka-two]\n---\n",
        ])
        let options = SiteBuilder.Options(vault: vault.root, output: vault.path("out"))
        _ = try SiteBuilder().build(options)
        var page = try vault.read("out/scenes/s/2026-W02/index.html")
        XCTAssertFalse(page.contains("nneka"), page)
        XCTAssertTrue(page.contains("https://tip.example/new"), page)
        XCTAssertTrue(page.contains("https://x.example/buy"), page)
        try vault.write(
            "people/old/nneka-two.md",
            "---\nname: N Two\nprivate: true\nlinks: [https://tip.example/new]\n---\n")
        _ = try SiteBuilder().build(options)
        page = try vault.read("out/scenes/s/2026-W02/index.html")
        XCTAssertFalse(page.contains("https://tip.example/new"), page)
        XCTAssertTrue(page.contains("https://bandcamp.com/nneka-two"), page)
        _ = try SiteBuilder().build(.init(vault: vault.root, output: vault.path("clean"), incremental: false))
        XCTAssertEqual(page, try vault.read("clean/scenes/s/2026-W02/index.html"))
    }

    /// A private container's address, and every address under it, is never published from
    /// another field of any scene: a track's support, an event's tickets, another scene's
    /// container, a community entry. Making a container private reaches a rebuild, which equals
    /// a clean build.
    func testPrivateContainersAddress_isWithheldEverywhere_andRebuildsFollowIt() throws {
        let profile = { (isPrivate: Bool) in
            """
            ---
            name: S
            spotted: 2026-01-05
            formation:
              containers:
                - {kind: discord, name: Qden, url: https://qden.example/room, private: \(isPrivate)}
            ---
            """
        }
        let vault = try TemporaryVault([
            "radar.yml": "title: T\n", "scenes/s/scene.md": profile(false),
            "scenes/s/log/2026-W02.md": """
            ---
            week: 2026-W02
            community: [https://qden.example/room, Open Forum]
            tracks:
              - {title: Song, url: https://x.example/song, credits: {producer: [Ada Public], self-released: true}, support: [https://QDEN.example/room/, https://x.example/buy]}
            events:
              - {name: Night, date: 2026-01-09, tickets: https://qden.example/room/tickets}
            ---

            """,
            "scenes/t/scene.md": """
            ---
            name: T
            spotted: 2026-01-05
            formation:
              containers:
                - {kind: party, name: Nights, url: https://qden.example/room/nights}
            ---
            """,
            "scenes/t/log/2026-W02.md": "---\nweek: 2026-W02\nartists: [Ada Public]\n---\n",
        ])
        let options = SiteBuilder.Options(vault: vault.root, output: vault.path("out"))
        _ = try SiteBuilder().build(options)
        XCTAssertTrue(try vault.read("out/scenes/s/2026-W02/index.html").contains("qden.example"))
        try vault.write("scenes/s/scene.md", profile(true))
        _ = try SiteBuilder().build(options)
        _ = try SiteBuilder().build(.init(vault: vault.root, output: vault.path("clean"), incremental: false))
        for page in [
            "scenes/s/2026-W02/index.html", "scenes/s/index.html", "scenes/t/index.html", "radar.json",
        ] {
            let built = try vault.read("out/" + page)
            XCTAssertFalse(built.lowercased().contains("qden"), "\(page): \(built)")
            XCTAssertEqual(built, try vault.read("clean/" + page), page)
        }
        XCTAssertTrue(try vault.read("out/scenes/s/2026-W02/index.html").contains("https://x.example/buy"))
        XCTAssertTrue(try vault.read("out/scenes/s/2026-W02/index.html").contains("Open Forum"))
    }

    /// A note added where radar does not read it withholds its person on a rebuild too: the
    /// pages kept from the last build are made again.
    func testRebuild_afterAnUnreadNoteIsAdded_withholdsThePerson() throws {
        for note in ["people/private/kai-lune.md", "people/.kai-lune.md"] {
            let vault = try TemporaryVault([
                "radar.yml": "title: T\n", "scenes/s/scene.md": "---\nname: S\nspotted: 2026-01-05\n---\n",
                "scenes/s/log/2026-W02.md": log(["Kai Lune", "Ada Public"]),
            ])
            let options = SiteBuilder.Options(vault: vault.root, output: vault.path("out"))
            _ = try SiteBuilder().build(options)
            XCTAssertTrue(
                FileManager.default.fileExists(atPath: vault.path("out/people/kai-lune/index.html")))
            try vault.write(note, "---\nname: Kai Lune\nprivate: true\n---\n")
            _ = try SiteBuilder().build(options)
            XCTAssertFalse(
                FileManager.default.fileExists(atPath: vault.path("out/people/kai-lune/index.html")), note)
            let page = try vault.read("out/scenes/s/2026-W02/index.html")
            XCTAssertFalse(page.contains("Kai Lune"), note)
        }
    }

    /// A private container named with a dash is withheld however a log writes the dash: as a
    /// dash, a space or nothing.
    func testPrivateContainerWithADash_isWithheldWrittenAnyWay() throws {
        try assertContainerWithheld(
            "Qdrill-Qlab",
            log: "surface: the QdrillQlab server\ncommunity: [qdrill qlab, Qdrill_Qlab crew, Open Forum]")
    }

    /// A private container named in words ("Qhidden Qden") is withheld written with its words
    /// run together or parted by a character drawn as nothing.
    func testPrivateContainerInWords_isWithheldWithItsWordsRunTogether() throws {
        try assertContainerWithheld(
            "Qhidden Qden",
            log:
                #"community: ["Qhidden\u200BQden", QhiddenQden, the QHIDDENQDEN chat, "Qhidd\u0435n Qd\u0435n", Open Forum]"#
        )
    }

    /// A private container named in one word ("QgloomQhaven") is withheld written as two.
    func testPrivateContainerInOneWord_isWithheldWrittenAsTwo() throws {
        try assertContainerWithheld(
            "QgloomQhaven",
            log:
                #"community: [Qgloom Qhaven server, qgloom-qhaven, "Qgloom\u00A0Qhaven", "\u201CQgloomQhaven\u201D", Open Forum]"#
        )
        // A text holding only part of the name, or its words apart, is kept.
        let built = try build([
            "scenes/s/scene.md":
                "---\nname: S\nspotted: 2026-01-05\nformation:\n  containers:\n    - {kind: discord, name: QgloomQhaven, private: true}\n---\n",
            "scenes/s/log/2026-W02.md":
                "---\nweek: 2026-W02\ncommunity: [Qgloom server, Qhaven Qgloom]\n---\n",
        ])
        assertSite(built.site, withholds: [], keeps: ["Qgloom server", "Qhaven Qgloom"])
    }

    /// A private container's name written as the curator's own text in another field — a
    /// track's label or collective, an event's name or series, a press outlet, a sound-alike, a
    /// term, a tag, the tool, the visual language, infrastructure, a bridge's note — is withheld
    /// from every page, the feed and radar.json, evidence included; the scores are those of the
    /// notes as written (the same as with the container public).
    func testPrivateContainersName_inOtherFields_isWithheld_andScoresAreUnchanged() throws {
        func files(private isPrivate: Bool) -> [String: String] {
            [
                "scenes/s/scene.md": """
                ---
                name: Sea Drift
                spotted: 2026-01-05
                tags: [qnight-qshift regulars, coastal]
                formation:
                  tool: the Qnight Qshift PA
                  containers:
                    - {kind: party, name: Qnight Qshift, private: \(isPrivate)}
                  visuals: [QnightQshift flyers, salt-stained zines]
                  bridges:
                    - {kind: dj, who: Ada Public, note: resident at Qnight Qshift}
                vocabulary: [qnight-qshift, drift]
                sound: {tempo: Qnight Qshift pace}
                infrastructure:
                  - {kind: venue, name: Qnight Qshift loft}
                ---

                """,
                "scenes/s/log/2026-W02.md": """
                ---
                week: 2026-W02
                artists: [Ada Public]
                tracks:
                  - title: Song
                    url: https://x.example/song
                    credits: {producer: [Ada Public], label: Qnight Qshift Records, collective: QNIGHT QSHIFT crew}
                  - title: Song (edit)
                    kind: edit
                    url: https://x.example/edit
                    credits: {producer: [Ada Public], remixer: [Ada Public], self-released: true}
                events:
                  - {name: Qnight Qshift 4, date: 2026-01-09, city: Lisbon, series: Qnight Qshift, lineup: [Ada Public]}
                  - {name: Harbour Night, date: 2026-01-10, city: Lisbon, series: Harbour, lineup: [Ada Public]}
                press:
                  - {outlet: Qnight Qshift zine, tier: small}
                  - {outlet: Qnight Qshift Times, tier: major}
                soundalikes: [Qnight Qshift, Other Act]
                vocabulary: [qnight qshift, drift]
                ---

                """,
            ]
        }
        let built = try build(files(private: true))
        XCTAssertFalse(built.errors)
        assertSite(built.site.lowercased(), withholds: ["qshift"], keeps: [])
        assertSite(
            built.site, withholds: [],
            keeps: [
                "Sea Drift", "Song (edit)", "coastal", "salt-stained zines", "Harbour Night", "Other Act",
                "drift",
                "a private party (name withheld)",
            ])
        let shown = try build(files(private: false))
        XCTAssertTrue(shown.site.contains("Qnight Qshift Records"))
        let score = { (site: String) in site.firstRange(of: #/"score":[0-9.]+/#).map { String(site[$0]) } }
        XCTAssertNotNil(score(built.site))
        XCTAssertEqual(score(built.site), score(shown.site))
    }

    /// A private container's name is withheld with a possessive (`'s`, `’s`), in the sound
    /// markers, the scene's place and sound, an event's city, and as a person's credit, which
    /// gets no page; an incremental build after the container is made private equals a clean one.
    func testPrivateContainersName_possessiveMarkersPlacesAndCredits_areWithheld() throws {
        let scene = { (isPrivate: Bool) in
            """
            ---
            name: Alpha
            spotted: 2026-01-05
            where: Vexmoor Lounge district
            formation:
              containers:
                - {kind: discord, name: Vexmoor Lounge, private: \(isPrivate)}
            sound:
              drums: Vexmoor Lounge kit
            ---

            """
        }
        let vault = try TemporaryVault([
            "radar.yml": "title: T\n", "scenes/alpha/scene.md": scene(false),
            "scenes/alpha/log/2026-W02.md": """
            ---
            week: 2026-W02
            community: ["Vexmoor Lounge's voice chat", Open Forum]
            soundalikes: ["Vexmoor Lounge\u{2019}s house band"]
            artists: [Vexmoor Lounge, DJ Vexmoor Lounge, Mira]
            markers: {signature: vocals from the Vexmoor Lounge voice chat}
            events:
              - {name: Night, date: 2026-01-08, city: Vexmoor Lounge}
            ---

            """,
        ])
        let options = SiteBuilder.Options(vault: vault.root, output: vault.path("out"))
        _ = try SiteBuilder().build(options)
        XCTAssertTrue(
            FileManager.default.fileExists(atPath: vault.path("out/people/vexmoor-lounge/index.html")))
        try vault.write("scenes/alpha/scene.md", scene(true))
        let site = try rebuildEqualsCleanBuild(vault)
        assertSite(site.lowercased(), withholds: ["vexmoor"], keeps: [])
        assertSite(site, withholds: [], keeps: ["Mira", "Open Forum"])
    }

    /// Builds a scene whose profile keeps the discord `name` private, with a log of the `log`
    /// lines, and checks that no part of the name is published and "Open Forum" is.
    private func assertContainerWithheld(_ name: String, log: String, line: UInt = #line) throws {
        let built = try build([
            "scenes/s/scene.md": """
            ---
            name: S
            spotted: 2026-01-05
            formation:
              containers:
                - {kind: discord, name: \(name), private: true}
            ---
            """,
            "scenes/s/log/2026-W02.md": "---\nweek: 2026-W02\n\(log)\n---\n",
        ])
        let word = String(name.lowercased().prefix(4))
        XCTAssertFalse(built.site.lowercased().contains(word), built.site, line: line)
        XCTAssertTrue(built.site.contains("Open Forum"), line: line)
    }

    /// Every way an editor or a curator points at a private person's note is that person:
    /// an editor's link to the note (`[[people/slug]]`, `[[Name|label]]`), the folder cased or
    /// begun otherwise (`People/`, `./people/`), and apostrophes written as the letters that
    /// look like one (`Oʼneill`, U+02BC). None publishes the person, their slug or the curator's
    /// note on them as a bridge.
    func testEveryWayOfPointingAtAPrivatePersonsNote_isWithheld() throws {
        let built = try build([
            "people/qsecret-qsam.md": "---\nname: Qsecret Qsam\nprivate: true\n---\n",
            "people/qdara-oneill.md": "---\nname: Qdara O'Qneill\nprivate: true\n---\n",
            "scenes/s/scene.md": """
            ---
            name: S
            spotted: 2026-01-05
            formation:
              bridges:
                - {kind: dj, who: People/qsecret-qsam, note: QBRIDGENOTE}
            ---
            """,
            "scenes/s/log/2026-W02.md": log([
                "[[people/qsecret-qsam]]", "[[Qsecret Qsam|QS]]", "PEOPLE/qsecret-qsam",
                "./people/qsecret-qsam",
                "Qdara O\u{02BC}Qneill", "Qdara O\u{02BB}qneill", "Qdara O\u{A78C}Qneill", "Ada Public",
            ]),
        ])
        XCTAssertFalse(built.errors)
        for hidden in ["qsecret", "qsam", "QS<", "QBRIDGENOTE", "qdara", "qneill"] {
            XCTAssertFalse(built.site.lowercased().contains(hidden.lowercased()), "\(hidden) was published")
        }
        XCTAssertTrue(built.site.contains("Ada Public"))
    }

    /// A public person's alias that is a private person's name, alias or slug is left off the
    /// public person's page: it would say who the private person is.
    func testPublicPersonsAliasThatIsAPrivateName_isLeftOffTheirPage() throws {
        let built = try build([
            "people/qsecret-qsam.md": "---\nname: Qsecret Qsam\nprivate: true\naliases: [Qsammy]\n---\n",
            "people/pub-pat.md": "---\nname: Pub Pat\naliases: [Qsecret-Qsam, QSAMMY, Patty P]\n---\n",
            "scenes/s/log/2026-W02.md": log(["Pub Pat"]),
        ])
        XCTAssertFalse(built.site.lowercased().contains("qs"), built.site)
        XCTAssertTrue(built.site.contains("also Patty P"), built.site)
    }

    /// A private person named with punctuation alone withholds every such name: no key tells
    /// them apart.
    func testPrivatePersonNamedWithPunctuationAlone_withholdsEverySuchName() throws {
        let built = try build([
            "scenes/s/scene.md": "---\nname: S\nspotted: 2026-01-05\n---\n",
            "people/bang.md": "---\nname: \"!!!\"\nprivate: true\n---\n",
            "scenes/s/log/2026-W02.md": """
            ---
            week: 2026-W02
            tracks:
              - {title: Song, url: https://x.example/song, credits: {producer: ["!!", "!! !", Ada Public], self-released: true}}
            ---
            """,
        ])
        XCTAssertFalse(built.site.contains("!!"), built.site)
        XCTAssertTrue(built.site.contains("Ada Public"))
    }

    /// Details that would name what is private: a private container named in a log's surface,
    /// a private person's how-it's-made link and a note on their bridge, a private person named
    /// as a collective or a sound-alike.
    func testDetailsThatNameAPrivateThing_areLeftOut() throws {
        let built = try build([
            "scenes/s/scene.md": """
            ---
            name: S
            spotted: 2026-01-05
            formation:
              containers:
                - {kind: discord, name: Qcontainer Hideout, private: true}
              bridges:
                - {kind: curator, who: Priv Person, note: about her show on Qradio}
            ---
            """,
            "people/priv-person.md": "---\nname: Priv Person\nprivate: true\n---\n",
            "scenes/s/log/2026-W02.md": """
            ---
            week: 2026-W02
            surface: the Qcontainer Hideout chat
            community: [Qcontainer Hideout, Open Forum]
            soundalikes: [Priv Person, Open Act]
            tracks:
              - title: Song
                url: https://x.example/song
                credits: {producer: [Ada Public], collective: Priv Person, label: Open Label}
                support: [https://x.example/buy]
            how-its-made:
              - {by: Priv Person, kind: breakdown, url: "https://qprivate.example/made"}
              - {by: Ada Public, kind: breakdown, url: "https://public.example/made"}
            ---
            """,
        ])
        assertSite(
            built.site, withholds: ["Qcontainer", "qprivate", "Qradio", "Priv Person"],
            keeps: [
                "a private discord (name withheld)", "Open Forum", "https://public.example/made", "Open Act",
                "Open Label",
            ])
    }

    /// Private people in a scene's core all read "uncredited (private)": two or more of them are
    /// one row, last, saying how many; one keeps its place and count.
    func testPrivatePeopleInTheCore_areOneRow() throws {
        let vault = try TemporaryVault([
            "radar.yml": "title: T\n",
            "scenes/s/scene.md": "---\nname: S\nspotted: 2026-01-05\n---\n",
            "people/p1.md": "---\nname: Pia Hidden\nprivate: true\n---\n",
            "people/p2.md": "---\nname: Quin Hidden\nprivate: true\n---\n",
            "scenes/s/log/2026-W02.md": "---\nweek: 2026-W02\nartists: [Ada, Pia Hidden, Quin Hidden]\n---\n",
            "scenes/s/log/2026-W03.md": "---\nweek: 2026-W03\nartists: [Ada, Pia Hidden, Quin Hidden]\n---\n",
        ])
        _ = try SiteBuilder().build(.init(vault: vault.root, output: vault.path("out")))
        let page = try vault.read("out/scenes/s/index.html")
        let core = try XCTUnwrap(page.range(of: "<ol class=\"core\">")).upperBound
        let list = page[core..<(try XCTUnwrap(page[core...].range(of: "</ol>")).lowerBound)]
        XCTAssertEqual(list.components(separatedBy: "<li>").count - 1, 2, String(list))
        XCTAssertTrue(
            list.hasSuffix("uncredited (private)</span> <span class=\"muted\">2 people</span></li>"),
            String(list))
        XCTAssertFalse(page.contains("Hidden"), page)
        // radar.json's core lists the public people and counts the private ones.
        func radarCore(_ json: String) throws -> (names: [String], privateCore: Int?) {
            let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            let scene = try XCTUnwrap((object["scenes"] as? [[String: Any]])?.first)
            let names = try XCTUnwrap(scene["core"] as? [[String: Any]]).compactMap {
                $0["person"] as? String
            }
            return (names, scene["privateCore"] as? Int)
        }
        let both = try radarCore(vault.read("out/radar.json"))
        XCTAssertEqual(both.names, ["Ada"])
        XCTAssertEqual(both.privateCore, 2)

        try vault.write("people/p2.md", "---\nname: Quin Hidden\n---\n")
        _ = try SiteBuilder().build(.init(vault: vault.root, output: vault.path("out")))
        let one = try vault.read("out/scenes/s/index.html")
        XCTAssertTrue(
            one.contains(
                "uncredited (private)</span> <span class=\"muted\">×2<span class=\"visually-hidden\"> appearances</span></span>"
            ), one)
        let oneCore = try radarCore(vault.read("out/radar.json"))
        XCTAssertEqual(oneCore.names.sorted(), ["Ada", "Quin Hidden"])
        XCTAssertEqual(oneCore.privateCore, 1)

        try vault.write("people/p1.md", "---\nname: Pia Hidden\n---\n")
        _ = try SiteBuilder().build(.init(vault: vault.root, output: vault.path("out")))
        XCTAssertNil(try radarCore(vault.read("out/radar.json")).privateCore)
    }
}
