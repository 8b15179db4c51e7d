import Foundation
import XCTest

@testable import SceneRadar

final class FileTreeScannerTests: XCTestCase {
    private var base: URL!

    override func setUpWithError() throws {
        base = FileManager.default.temporaryDirectory.appendingPathComponent(
            "radar-scan-\(UUID().uuidString)")
        for path in [
            "vault/radar.yml", "vault/scenes/a/scene.md", "vault/_site/index.html", "vault/.git/HEAD",
            "vault/.git/README.md", "vault/people/.secret.md", "vault/people/.secret.md.swp",
            "vault/people/.private/kai.md", "vault/.obsidian/app.json",
        ] {
            let url = base.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: url)
        }
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: base)
    }

    func testScan_listsFilesUnderRootsExceptExcludedAndHidden() {
        let vault = base.appendingPathComponent("vault").path
        let scanner = FileTreeScanner(roots: [vault + "/"], excluded: [vault + "/scenes/../_site"])
        XCTAssertEqual(
            Set(scanner.scan().keys),
            [
                vault + "/radar.yml", vault + "/scenes/a/scene.md", vault + "/people/.secret.md",
                vault + "/people/.private/kai.md",
            ])
    }

    func testScan_singleFileRootAndMissingRoot() {
        let file = base.appendingPathComponent("vault/radar.yml").path
        let scanner = FileTreeScanner(roots: [file, base.appendingPathComponent("none").path], excluded: [])
        XCTAssertEqual(Array(scanner.scan().keys), [file])
    }
}
