import XCTest

@testable import SceneRadar

final class OutputManifestTests: XCTestCase {
    private func parse(_ text: String) -> OutputManifest? {
        OutputManifest(bytes: Array(text.utf8))
    }

    func testBytes_roundTrip_sortedByPath() {
        let manifest = OutputManifest(
            entries: [
                "z.html": .init(size: 12, hash: 0xABC), "a/b.svg": .init(size: 0, hash: 0),
                "é/x.html": .init(size: -1, hash: UInt64.max),
            ],
            isComplete: false)
        let text = String(decoding: manifest.bytes, as: UTF8.self)
        XCTAssertEqual(
            text,
            "radar-manifest 1 in-progress\na/b.svg\t0\t0\nz.html\t12\tabc\né/x.html\t-1\tffffffffffffffff\n")
        XCTAssertEqual(OutputManifest(bytes: manifest.bytes), manifest)
        var complete = manifest
        complete.isComplete = true
        XCTAssertEqual(OutputManifest(bytes: complete.bytes), complete)
    }

    func testParse_skipsEmptyLines() {
        XCTAssertEqual(
            parse("\nradar-manifest 1\n\na\t1\t2\n\n"),
            OutputManifest(entries: ["a": .init(size: 1, hash: 2)]))
        XCTAssertEqual(parse("radar-manifest 1"), OutputManifest())
    }

    func testParse_rejectsWhatIsNotAManifest() {
        for text in [
            "", "\n\n", "radar-manifest 2\na\t1\t2\n", "radar-manifest 1\na\t1\n",
            "radar-manifest 1\na\t1\t2\t3\n",
            "radar-manifest 1\n\t1\t2\n", "radar-manifest 1\na\tx\t2\n", "radar-manifest 1\na\t1\tXYZ\n",
            "radar-manifest 1\na\t\t2\n", "radar-manifest 1\na\t1\t\n",
            "radar-manifest 1\na\t1\t12345678901234567\n",
            "radar-manifest 1\na\t1234567890123456789\t2\n",
        ] {
            XCTAssertNil(parse(text), text)
        }
        XCTAssertNil(
            OutputManifest(bytes: Array("radar-manifest 1\n".utf8) + [0xFF, 0x09, 0x31, 0x09, 0x32]))
    }
}
