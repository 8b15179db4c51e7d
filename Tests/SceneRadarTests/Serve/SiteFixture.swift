import Foundation
import XCTest

/// A temporary folder holding a small built site (`site/`) and, beside it, a secret file that no
/// request may ever reveal.
final class SiteFixture {
    let base: URL
    let root: URL
    let secretContent = "TOP-SECRET-\(UUID().uuidString)"

    init() throws {
        base = FileManager.default.temporaryDirectory.appendingPathComponent(
            "radar-serve-\(UUID().uuidString)")
        root = base.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try write("../secret.txt", secretContent)
        try write("index.html", "<!doctype html><html><body><h1>Radar</h1></body></html>\n")
        try write("scenes/x/index.html", "<html><BODY><p>Scene X</p></BODY></html>")
        try write("assets/site.css", "body { color: black }\n")
        try write("assets/app.js", "console.log(1)\n")
        try write("assets/chart.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>")
        try write("assets/logo.png", "\u{89}PNG")
        try write("assets/font.woff2", "wOF2")
        try write("assets/blob.bin", "bytes")
        try write("feed.xml", "<feed/>")
        try write("sitemap.xml", "<urlset/>")
        try write("radar.json", "{}")
        try write("media/clip.mp4", String(repeating: "0123456789", count: 10))
    }

    deinit { try? FileManager.default.removeItem(at: base) }

    /// Writes `text` at `path` relative to the site root (creating folders).
    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Creates a symlink at `path` (relative to the root) pointing at `target` as given.
    func symlink(_ path: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(
            atPath: root.appendingPathComponent(path).path, withDestinationPath: target)
    }

    /// The file's bytes on disk.
    func contents(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }
}
