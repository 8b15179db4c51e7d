import Foundation
import Synchronization
import XCTest

@testable import SceneRadar

/// A small vault for `radar serve` tests, plus a folder beside it that holds the session's
/// temporary output and a secret file no request may ever reveal.
final class ServeVault {
    /// The notes: one scene with one log.
    static let files = [
        "radar.yml": "title: Tiny Radar\n",
        "scenes/tiny-scene/scene.md": scene,
        "scenes/tiny-scene/log/2026-W02.md": log,
    ]

    static let scene = """
        ---
        name: Tiny Scene
        spotted: 2026-01-05
        where: Lagos
        ---
        # Tiny

        A small scene.

        """

    static let log = """
        ---
        week: 2026-W02
        artists: [Ada Lovelace]
        platforms: [bandcamp]
        ---
        First week.

        """

    /// The scene note with a YAML error at 2:7 on a line holding markup.
    static let brokenScene = """
        ---
        name: <b>Tiny</b>: oops
        spotted: 2026-01-05
        where: Lagos
        ---
        # Tiny

        """

    let vault: TemporaryVault
    /// The parent of the session's temporary output folder; holds `secret.txt`.
    let base: String
    let secretContent = "TOP-SECRET-\(UUID().uuidString)"

    init() throws {
        vault = try TemporaryVault(Self.files)
        base =
            FileManager.default.temporaryDirectory.appendingPathComponent(
                "radar-serve-test-\(UUID().uuidString)"
            )
            .path
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        try Data(secretContent.utf8).write(to: URL(fileURLWithPath: base + "/secret.txt"))
    }

    deinit {
        try? FileManager.default.removeItem(atPath: base)
    }

    /// A configuration serving the vault on a free port, watching it every 50 ms.
    func configuration(output: String? = nil) -> PreviewSession.Configuration {
        var configuration = PreviewSession.Configuration(vault: vault.root, output: output, port: 0)
        configuration.watchInterval = .milliseconds(50)
        configuration.debounce = .milliseconds(30)
        configuration.temporaryParent = base
        return configuration
    }

    /// What is left in `base` besides the secret (a session's output folder while it runs).
    func leftovers() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: base)) ?? []).filter { $0 != "secret.txt" }
            .sorted()
    }
}

/// Records a session's events and checks that builds never overlap.
final class EventLog: Sendable {
    private let entries = Mutex<[String]>([])

    func record(_ event: PreviewSession.Event) {
        entries.withLock { entries in
            switch event {
            case .building: entries.append("building")
            case .built(let result): entries.append(result.isBroken ? "built-broken" : "built")
            case .waiting: entries.append("waiting")
            }
        }
    }

    var all: [String] { entries.withLock { $0 } }

    /// Whether every build ended before the next began.
    var buildsAlternate: Bool {
        let list = all
        return list.enumerated().allSatisfy { index, entry in
            index % 2 == 0 ? entry == "building" : entry.hasPrefix("built")
        }
    }
}

extension RawHTTPClient {
    /// Opens a live-reload stream and waits until the server has registered it.
    static func openEventStream(port: UInt16) throws -> RawHTTPClient {
        let client = try RawHTTPClient(port: port)
        client.send("GET /__radar/events HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n")
        XCTAssertTrue(client.waitFor("text/event-stream"))
        XCTAssertTrue(client.waitFor(": connected\n\n"))
        return client
    }
}
