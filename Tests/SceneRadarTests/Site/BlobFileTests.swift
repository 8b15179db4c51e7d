import Foundation
import XCTest

@testable import SceneRadar

final class BlobFileTests: XCTestCase {
    private var work: TemporaryVault!
    private var path: String { work.path("blobs.bin") }

    override func setUpWithError() throws {
        work = try TemporaryVault()
    }

    override func tearDown() {
        work = nil
    }

    private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    private func read(_ ref: BlobRef?) -> String? {
        guard let ref, let bytes = BlobFile.Reader(path: path)?.read(ref) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    func testStore_newFile_piecesReadBack() {
        let stored = BlobFile.store(
            [.new(bytes("alpha")), .new(bytes("")), .new(bytes("gamma"))], at: path, length: 0)
        XCTAssertEqual(stored.refs.map(read), ["alpha", "", "gamma"])
        XCTAssertEqual(stored.length, BlobFile.header.count + 10)
    }

    func testStore_appendsAfterTheVouchedLength_cuttingOffAKilledBuildsBytes() throws {
        let first = BlobFile.store([.new(bytes("one")), .new(bytes("two"))], at: path, length: 0)
        // A build killed after appending leaves bytes the metadata never named.
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data("garbage".utf8))
        handle.closeFile()
        let second = BlobFile.store(
            [.kept(try XCTUnwrap(first.refs[0])), .new(bytes("three"))], at: path, length: first.length)
        XCTAssertEqual(second.refs.map(read), ["one", "three"])
        XCTAssertEqual(second.refs[0], first.refs[0])
        XCTAssertEqual(second.refs[1]?.offset, first.length)
        XCTAssertEqual(second.length, first.length + 5)
        let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int
        XCTAssertEqual(size, second.length)
    }

    func testStore_mostlyDeadFile_isWrittenAgainWithLivePiecesOnly() throws {
        let big = [UInt8](repeating: 0x41, count: 3 << 20)
        var stored = BlobFile.store([.new(big), .new(bytes("small"))], at: path, length: 0)
        let whole = BlobFile.header.count + big.count + 5
        // Each round replaces the big piece: appended while the file stays within twice its live
        // pieces (3 MB) and 4 MB, written anew once it would not.
        var lengths: [Int] = []
        for round in 0..<4 {
            let small = try XCTUnwrap(stored.refs[1])
            stored = BlobFile.store([.new(big), .kept(small)], at: path, length: stored.length)
            XCTAssertEqual(read(stored.refs[1]), "small", "round \(round)")
            lengths.append(stored.length)
        }
        XCTAssertEqual(lengths, [whole + big.count, whole + 2 * big.count, whole, whole + big.count])
        XCTAssertEqual(stored.refs[0]?.count, big.count)
        XCTAssertEqual(BlobFile.Reader(path: path)?.read(try XCTUnwrap(stored.refs[0])), big)
    }

    func testRead_damagedOrForeignBytes_areRejected() throws {
        let stored = BlobFile.store([.new(bytes("payload"))], at: path, length: 0)
        let ref = try XCTUnwrap(stored.refs[0])
        var data = try Data(contentsOf: URL(fileURLWithPath: path))
        data[ref.offset] ^= 0x20
        try data.write(to: URL(fileURLWithPath: path))
        XCTAssertNil(read(ref))
        XCTAssertNil(read(BlobRef(offset: ref.offset, count: ref.count + 100, hash: ref.hash)))
        XCTAssertNil(read(BlobRef(offset: 0, count: 4, hash: ref.hash)))
        try Data("not radar's".utf8).write(to: URL(fileURLWithPath: path))
        XCTAssertNil(BlobFile.Reader(path: path))
        // A file that is not radar's is replaced, never appended to.
        let again = BlobFile.store([.kept(ref), .new(bytes("new"))], at: path, length: stored.length)
        XCTAssertNil(again.refs[0])
        XCTAssertEqual(read(again.refs[1]), "new")
    }
}
