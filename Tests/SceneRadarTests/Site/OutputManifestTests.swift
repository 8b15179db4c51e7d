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

    /// The entries in the file's line order are there while the entries are as read, and only
    /// when each path has one line.
    func testEntriesAsRead_followTheLinesUntilAnEntryChanges() throws {
        var manifest = try XCTUnwrap(parse("radar-manifest 1\nz\t3\t3\na\t1\t1\nb/c\t2\t2\n"))
        XCTAssertEqual(manifest.entriesAsRead?.map(\.key), ["z", "a", "b/c"])
        XCTAssertEqual(
            manifest.entriesAsRead?.map(\.value),
            [.init(size: 3, hash: 3), .init(size: 1, hash: 1), .init(size: 2, hash: 2)])
        manifest.entries["a"] = .init(size: 5, hash: 5)
        XCTAssertNil(manifest.entriesAsRead)
        let repeated = try XCTUnwrap(parse("radar-manifest 1\na\t1\t1\na\t2\t2\n"))
        XCTAssertEqual(repeated.entries, ["a": .init(size: 2, hash: 2)])
        XCTAssertNil(repeated.entriesAsRead)
    }

    /// A manifest written again in the order of the file it was read from says exactly what a
    /// freshly sorted one says, whatever became of its paths (and whatever order that file had).
    func testBytes_inReadOrder_sameAsSorted() throws {
        let sortedFile = "radar-manifest 1\na\t1\t1\nb/c\t2\t2\nz\t3\t3\né\t4\t4\n"
        let unsortedFile = "radar-manifest 1\nz\t3\t3\na\t1\t1\nb/c\t2\t2\né\t4\t4\n"
        let cases: [[String: OutputManifest.Entry]] = [
            [
                "a": .init(size: 9, hash: 9), "b/c": .init(size: 2, hash: 2), "z": .init(size: 3, hash: 3),
                "é": .init(size: 4, hash: 4),
            ],
            [
                "a": .init(size: 1, hash: 1), "b/d": .init(size: 2, hash: 2), "z": .init(size: 3, hash: 3),
                "é": .init(size: 4, hash: 4),
            ],
            ["a": .init(size: 1, hash: 1), "z": .init(size: 3, hash: 3), "é": .init(size: 4, hash: 4)],
            [
                "0": .init(size: 0, hash: 0), "a": .init(size: 1, hash: 1), "b/c": .init(size: 2, hash: 2),
                "z": .init(size: 3, hash: 3), "é": .init(size: 4, hash: 4),
            ],
            [:],
        ]
        for file in [sortedFile, unsortedFile] {
            let read = try XCTUnwrap(parse(file))
            for entries in cases {
                for isComplete in [true, false] {
                    let fresh = OutputManifest(entries: entries, isComplete: isComplete)
                    let ordered = fresh.inReadOrder(of: read)
                    XCTAssertEqual(ordered, fresh)
                    XCTAssertEqual(
                        String(decoding: ordered.bytes, as: UTF8.self),
                        String(decoding: fresh.bytes, as: UTF8.self),
                        "\(entries.keys.sorted()) after \(file)")
                }
            }
        }
        var union = try XCTUnwrap(parse(unsortedFile))
        union.isComplete = false
        XCTAssertEqual(
            String(decoding: union.bytes, as: UTF8.self),
            "radar-manifest 1 in-progress\na\t1\t1\nb/c\t2\t2\nz\t3\t3\né\t4\t4\n")
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
