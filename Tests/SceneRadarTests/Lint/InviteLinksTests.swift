import XCTest

@testable import SceneRadar

final class InviteLinksTests: XCTestCase {
    func testFind_reportsLineColumnAndTheWholeLink() {
        let text =
            "Hello\nJoin at https://discord.gg/AbC12, or t.me/+xyz.\nNot mydiscord.gg/x nor discord.gg/ alone"
        let found = InviteLinks.find(in: text)
        XCTAssertEqual(found.map(\.line), [2, 2])
        XCTAssertEqual(found.map(\.column), [9, 38])
        XCTAssertEqual(found.map(\.text), ["https://discord.gg/AbC12", "t.me/+xyz"])
    }

    func testFind_isCaseInsensitiveAndCountsColumnsInScalars() {
        let found = InviteLinks.find(in: "é ✓ WWW.Discord.GG/Room")
        XCTAssertEqual(found.first?.column, 5)
        XCTAssertEqual(found.first?.text, "WWW.Discord.GG/Room")
    }

    func testFind_afterPunctuationAndLettersOfOtherScripts_endsBeforeClosingMarks() {
        let text = """
            加入：https://discord.gg/zh
            The server is “https://discord.gg/smart” now.
            Lien «https://discord.gg/fr» ici — https://t.me/+dash
            —https://chat.whatsapp.com/emdash
            加入discord.gg/bare and `discord.gg/incode` and **t.me/+bold**
            xhttps://discord.gg/scheme
            """
        XCTAssertEqual(
            InviteLinks.find(in: text).map(\.text),
            [
                "https://discord.gg/zh", "https://discord.gg/smart", "https://discord.gg/fr",
                "https://t.me/+dash",
                "https://chat.whatsapp.com/emdash", "discord.gg/bare", "discord.gg/incode", "t.me/+bold",
                "https://discord.gg/scheme",
            ])
        XCTAssertEqual(InviteLinks.find(in: "“https://discord.gg/smart”").first?.column, 2)
        // A longer host name is another host.
        XCTAssertEqual(
            InviteLinks.find(in: "notdiscord.gg/x my-discord.gg/y a.discord.gg/z 2t.me/+w").count, 0)
    }

    func testFind_discordsTestBuilds() {
        XCTAssertEqual(
            InviteLinks.find(in: "ptb.discord.com/invite/a https://canary.discord.com/invite/b").map(\.text),
            ["ptb.discord.com/invite/a", "https://canary.discord.com/invite/b"])
    }

    func testFind_countsLinesEndedByCRLFAndByALoneCR() {
        let found = InviteLinks.find(in: "a\r\nb discord.gg/x\rc\r\rt.me/+y")
        XCTAssertEqual(found.map { "\($0.line):\($0.column)" }, ["2:3", "5:1"])
    }

    /// Forty thousand invites on one line: each at its column, found in one pass over the text.
    func testFind_manyInvitesOnOneLine_eachAtItsColumn() {
        let count = 40_000
        let found = InviteLinks.find(in: String(repeating: "https://discord.gg/abc ", count: count))
        XCTAssertEqual(found.count, count)
        XCTAssertEqual(found.last?.line, 1)
        XCTAssertEqual(found.last?.column, (count - 1) * 23 + 1)
    }

    func testIsInvite_matchesHostsAndPaths() {
        let location = SourceLocation(file: "f")
        func invite(_ text: String) -> Bool {
            WebURL.parse(text, at: location).map(InviteLinks.isInvite) ?? false
        }
        XCTAssertTrue(invite("https://discord.gg/abc"))
        XCTAssertTrue(invite("https://www.discord.com/invite/abc"))
        XCTAssertTrue(invite("HTTPS://CHAT.WHATSAPP.COM/xyz"))
        XCTAssertTrue(invite("https://ptb.discord.com/invite/abc"))
        XCTAssertTrue(invite("https://canary.discord.com/invite/abc"))
        XCTAssertTrue(invite("https://t.me/joinchat/abc"))
        XCTAssertFalse(invite("https://t.me/channelname"))
        XCTAssertFalse(invite("https://discord.com/channels/1/2"))
        XCTAssertFalse(invite("https://youtube.com/@drill"))
    }

    func testByteSearch_findsOffsets() {
        XCTAssertEqual(ByteSearch.firstOffset(of: "[[", in: "ab[[c[[", from: 0), 2)
        XCTAssertEqual(ByteSearch.firstOffset(of: "[[", in: "ab[[c[[", from: 3), 5)
        XCTAssertNil(ByteSearch.firstOffset(of: "xyz", in: "xy"))
    }

    func testLint_bodyInvitesThePageWouldShow_notThoseInRawHTML() throws {
        let vault = try TemporaryVault([
            "people/ada.md": """
            ---
            name: Ada
            ---
            <!-- private note: the server invite is https://discord.gg/comment, never publish -->

            <div>https://discord.gg/block</div>

            In code: `discord.gg/code`, as a [link](https://discord.gg/dest) and <https://t.me/+auto>.
            """
        ])
        let out = vault.lintOutput()
        let invites = out.split(separator: "\n").filter { $0.contains("[privacy.invite-link]") }.map {
            String($0.prefix { $0 != ":" }) + " " + ($0.split(separator: "'").dropFirst().first ?? "")
        }
        XCTAssertEqual(
            invites,
            [
                "people/ada.md discord.gg/code", "people/ada.md https://discord.gg/dest",
                "people/ada.md https://t.me/+auto",
            ],
            out)
    }

    func testLint_findsInvitesInEveryAddressOfALog() throws {
        let vault = try TemporaryVault([
            "scenes/s/scene.md": "---\nname: S\nspotted: 2026-01-05\n---\n",
            "scenes/s/log/2026-W02.md": """
            ---
            week: 2026-W02
            markers: {tempo: 140, drums: x, signature: y}
            tracks:
              - title: T
                url: https://discord.gg/track
                credits: {producer: [Ada], label: L}
                support: [https://ada.bandcamp.com/, https://discord.gg/support]
            events:
              - name: Night
                date: 2026-01-06
                tickets: https://chat.whatsapp.com/tickets
                footage: [https://t.me/joinchat/footage]
            press:
              - outlet: Blog
                tier: small
                url: https://t.me/+press
              - outlet: Paper
                tier: small
                url: https://paper.example/story
            how-its-made:
              - by: Ada
                url: https://www.discord.com/invite/made
            ---

            """,
        ])
        let out = vault.lintOutput()
        let invites = Self.invites(in: out)
        XCTAssertEqual(
            invites,
            [
                "scenes/s/log/2026-W02.md:6:10: error[privacy.invite-link] https://discord.gg/track",
                "scenes/s/log/2026-W02.md:8:42: error[privacy.invite-link] https://discord.gg/support",
                "scenes/s/log/2026-W02.md:12:14: error[privacy.invite-link] https://chat.whatsapp.com/tickets",
                "scenes/s/log/2026-W02.md:13:15: error[privacy.invite-link] https://t.me/joinchat/footage",
                "scenes/s/log/2026-W02.md:17:10: error[privacy.invite-link] https://t.me/+press",
                "scenes/s/log/2026-W02.md:23:10: error[privacy.invite-link] https://www.discord.com/invite/made",
            ], out)
    }

    /// SPEC §5: an invite anywhere but in a private container. Text values are published as
    /// written (the community, where a log started, the scene's place, names), so an invite
    /// there is one too; a private container's name is not published.
    func testLint_findsInvitesInTextValues_notInAPrivateContainer() throws {
        let vault = try TemporaryVault([
            "scenes/s/scene.md": """
            ---
            name: S
            spotted: 2026-01-05
            where: "join discord.gg/place"
            formation:
              containers:
                - {kind: group-chat, name: "our room: discord.gg/kept", private: true}
                - {kind: group-chat, name: open room discord.gg/open}
            ---

            """,
            "scenes/s/log/2026-W02.md": """
            ---
            week: 2026-W02
            community: [the forum, https://discord.gg/community]
            surface: 'it''s on chat.whatsapp.com/surface'
            events: [{name: "Night \\ discord.gg/night", date: 2026-01-06}]
            ---

            """,
            "people/ada.md": "---\nname: Ada\npronouns: t.me/+pronouns\n---\n",
        ])
        let out = vault.lintOutput()
        let invites = Self.invites(in: out)
        XCTAssertEqual(
            invites,
            [
                "people/ada.md:3:11: error[privacy.invite-link] t.me/+pronouns",
                "scenes/s/log/2026-W02.md:3:24: error[privacy.invite-link] https://discord.gg/community",
                // In a value with an escape (a doubled quote, a backslash), where the value starts.
                "scenes/s/log/2026-W02.md:4:10: error[privacy.invite-link] chat.whatsapp.com/surface",
                "scenes/s/log/2026-W02.md:5:17: error[privacy.invite-link] discord.gg/night",
                "scenes/s/scene.md:4:14: error[privacy.invite-link] discord.gg/place",
                "scenes/s/scene.md:8:42: error[privacy.invite-link] discord.gg/open",
            ], out)
    }

    /// An invite in a private scene, person or event is flagged too (SPEC §5: anywhere but a
    /// private container), but it is not published: the message says what keeps it off the site.
    func testLint_inviteInAPrivateNote_isFlagged_andNotCalledPublished() throws {
        let vault = try TemporaryVault([
            "scenes/s/scene.md":
                "---\nname: S\nspotted: 2026-01-05\nvisibility: private\nwhere: discord.gg/place\n---\n",
            "scenes/s/log/2026-W02.md": "---\nweek: 2026-W02\n---\nJoin t.me/+body\n",
            "scenes/p/scene.md": "---\nname: P\nspotted: 2026-01-05\n---\n",
            "scenes/p/log/2026-W02.md": """
            ---
            week: 2026-W02
            events:
              - {name: Closed, date: 2026-01-06, private: true, tickets: https://discord.gg/closed}
              - {name: Open, date: 2026-01-07, tickets: https://discord.gg/open}
            ---

            """,
            "people/ada.md": "---\nname: Ada\nprivate: true\nlinks: [https://t.me/+ada]\n---\n",
        ])
        let lines = vault.lintOutput().split(separator: "\n").filter { $0.contains("[privacy.invite-link]") }
        XCTAssertEqual(
            lines.map { $0.split(separator: "'").last.map(String.init) ?? "" },
            [
                " is a chat invite link: it is left off the site only while this person stays private",
                " is a chat invite link: it is left off the site only while this event stays private",
                " is a chat invite link and would be published",
                " is a chat invite link: it is left off the site only while this scene stays private",
                " is a chat invite link: it is left off the site only while this scene stays private",
            ], lines.joined(separator: "\n"))
    }

    /// Each invite-link error of lint output as `FILE:LINE:COL: error[privacy.invite-link] LINK`.
    private static func invites(in out: String) -> [String] {
        out.split(separator: "\n").filter { $0.contains("[privacy.invite-link]") }.map {
            String($0.prefix { $0 != "]" }) + "] " + ($0.split(separator: "'").dropFirst().first ?? "")
        }
    }

    /// radar.yml's title is on every page and its author in the feed: an invite there is an
    /// error of lint and build alike, and lint.ignore silences it for both.
    func testInviteInRadarYML_isAnError_silencedByLintIgnore() throws {
        let vault = try TemporaryVault([
            "radar.yml": "title: Radar — join discord.gg/radarfam\nauthor: t.me/+author\n",
            "scenes/s/scene.md": "---\nname: S\nspotted: 2026-01-05\n---\n",
        ])
        XCTAssertEqual(
            Self.invites(in: vault.lintOutput()),
            [
                "radar.yml:1:21: error[privacy.invite-link] discord.gg/radarfam",
                "radar.yml:2:9: error[privacy.invite-link] t.me/+author",
            ])
        XCTAssertEqual(Fixtures.run(["build", vault.root, "-o", vault.path("out")]).status, 1)
        try vault.write(
            "radar.yml", "title: Radar — join discord.gg/radarfam\nlint:\n  ignore: [privacy.invite-link]\n")
        XCTAssertEqual(Self.invites(in: vault.lintOutput()), [])
        XCTAssertEqual(Fixtures.run(["build", vault.root, "-o", vault.path("out")]).status, 0)
    }
}
