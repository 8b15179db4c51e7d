// Shared by the libFuzzer pipeline target (fuzz/NotePipelineFuzz.swift) and the tests.

/// The tiny vault every pipeline input joins: a valid public scene with one weekly log, a
/// person note and settings, each of which the note under test can stand beside or replace.
extension NotePipelineFuzzHarness {
    /// What the note under test is, from the input's first byte (modulo 4).
    enum Role: Int, CaseIterable {
        /// `scenes/fuzz/scene.md`, a second scene beside the fixed one.
        case scene
        /// `scenes/fixed/log/2026-W11.md`, the fixed scene's second week.
        case log
        /// `people/fuzz.md`.
        case person
        /// `radar.yml`, replacing the fixed settings.
        case config

        /// The note's path inside the vault.
        var relativePath: String {
            switch self {
            case .scene: return "scenes/fuzz/scene.md"
            case .log: return "scenes/fixed/log/2026-W11.md"
            case .person: return "people/fuzz.md"
            case .config: return "radar.yml"
            }
        }
    }

    /// The fixed notes by path inside the vault.
    static let fixedNotes: [String: String] = [
        "radar.yml": """
        title: Fuzz Radar
        base-url: https://radar.example.org/
        author: Fuzz Curator

        """,
        "scenes/fixed/scene.md": """
        ---
        name: Fixed Steppers
        spotted: 2026-01-05
        where: Lagos
        status: active
        tags: [steppers, halftime]
        formation:
          tool: a phone and a cheap synth
          containers:
            - kind: discord
              name: the steppers server
              private: true
              since: 2026-W09
            - kind: party
              name: Step Sundays
          visuals: [xerox flyers]
          bridges:
            - kind: dj
              who: Ada Fixed
        sound:
          tempo: 140-150
          drums: halftime
          signature: detuned pads
        vocabulary: [step, glide]
        infrastructure:
          - kind: party-series
            name: Step Sundays
            url: https://example.org/step
        ---
        The [[Fixed Steppers]] scene, with [[people/ada-fixed]] and [[Nobody Here]].

        """,
        "scenes/fixed/log/2026-W10.md": """
        ---
        week: 2026-W10
        artists: [Ada Fixed, Bo Fixed]
        platforms: [bandcamp, club]
        tracks:
          - title: Fixed One
            url: https://adafixed.bandcamp.com/track/one
            kind: remix
            vocals: true
            credits:
              producer: [Ada Fixed]
              remixer: [Bo Fixed]
              vocalist: [Cy Fixed]
              self-released: true
            support: [https://adafixed.bandcamp.com/track/one]
            played-by: [Bo Fixed]
        events:
          - name: Step Sunday 1
            date: 2026-03-08
            city: Lagos
            kind: party
            series: Step Sundays
            attendance: 80
            lineup: [Ada Fixed, Bo Fixed]
            footage: [https://www.youtube.com/watch?v=abc]
            tickets: https://example.org/tickets
        press:
          - outlet: Small Blog
            tier: small
            url: https://smallblog.example.org/steppers
        vocabulary: [step]
        markers:
          tempo: 145
          drums: halftime
          signature: pads
        community: [the steppers server]
        surface: a Bandcamp tag
        ---
        Week one: **bold** and a [link](https://example.org/).

        """,
        "people/ada-fixed.md": """
        ---
        name: Ada Fixed
        aliases: [Ada F]
        kind: person
        links: [https://adafixed.bandcamp.com]
        support: [https://adafixed.bandcamp.com]
        ---
        Producer of *Fixed One*.

        """,
    ]

    /// Where the vault lives in the in-memory file system.
    static let vaultRoot = "/vault"

    /// The vault's files with the note under test in place, by absolute path.
    static func vaultFiles(role: Role, note: [UInt8], root: String = vaultRoot) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for (path, text) in fixedNotes { files[root + "/" + path] = Array(text.utf8) }
        files[root + "/" + role.relativePath] = note
        return files
    }
}
