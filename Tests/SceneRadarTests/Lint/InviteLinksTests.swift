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

    func testIsInvite_matchesHostsAndPaths() {
        let location = SourceLocation(file: "f")
        func invite(_ text: String) -> Bool {
            WebURL.parse(text, at: location).map(InviteLinks.isInvite) ?? false
        }
        XCTAssertTrue(invite("https://discord.gg/abc"))
        XCTAssertTrue(invite("https://www.discord.com/invite/abc"))
        XCTAssertTrue(invite("HTTPS://CHAT.WHATSAPP.COM/xyz"))
        XCTAssertTrue(invite("https://t.me/joinchat/abc"))
        XCTAssertFalse(invite("https://t.me/channelname"))
        XCTAssertFalse(invite("https://discord.com/channels/1/2"))
        XCTAssertFalse(invite("https://youtube.com/@drill"))
    }

    func testByteSearch_findsOffsets() {
        XCTAssertEqual(ByteSearch.firstOffset(of: "[[", in: "ab[[c[[", from: 0), 2)
        XCTAssertEqual(ByteSearch.firstOffset(of: "[[", in: "ab[[c[[", from: 3), 5)
        XCTAssertNil(ByteSearch.firstOffset(of: "xyz", in: "xy"))
        XCTAssertTrue(ByteSearch.containsDoubleBracket("a [[b".utf8))
        XCTAssertFalse(ByteSearch.containsDoubleBracket("a [ [b".utf8))
    }
}
