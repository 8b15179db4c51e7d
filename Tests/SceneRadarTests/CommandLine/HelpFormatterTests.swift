import XCTest

@testable import SceneRadar

final class HelpFormatterTests: XCTestCase {
    private let root = RadarCommandLine.root

    func testRender_root_matchesGolden() {
        XCTAssertEqual(
            HelpFormatter().render(path: [], root: root),
            """
            OVERVIEW: Compile a curator's notes on music micro-scenes into a scored,
            credited static site.

            A vault is a folder of Markdown notes with front matter: a profile per scene
            (scenes/<scene>/scene.md), one log per scene per week
            (scenes/<scene>/log/2026-W47.md) and optional notes on people
            (people/<person>.md), with site settings in radar.yml. radar checks the notes,
            scores every scene on the early signals that a micro-scene is about to break,
            and writes a static site that says who to credit and how to support them.

            Run a command inside the vault, or give it the vault's folder.

            USAGE: radar <subcommand>

            OPTIONS:
              --version               Show the version.
              -h, --help              Show help information.

            SUBCOMMANDS:
              build                   Compile the vault into a static site.
              lint                    Check every note and report errors and warnings,
                                      without building the site.
              check                   Same as lint.
              score                   Print every scene's score, stage, phase and momentum.
              new                     Create a note from a template.
              init                    Create a new vault: radar.yml, the scenes/ and people/
                                      folders and a .gitignore.
              serve                   Build the site, serve it on 127.0.0.1 and rebuild it
                                      when a note changes.
              schema                  Print the JSON Schema of the notes' front matter, for
                                      editors.
              dump                    Print a note's front matter, or a YAML file, as JSON.
              completion              Print a shell completion script.
              help                    Show subcommand help information.

              See 'radar help <subcommand>' for detailed help.
            """)
    }

    func testRender_lint_matchesGolden() {
        XCTAssertEqual(
            HelpFormatter().render(path: ["lint"], root: root),
            """
            OVERVIEW: Check every note and report errors and warnings, without building the
            site.

            Each problem is reported as path:line:col: severity[code]: message, then the
            line with a caret under the problem, as compilers do. Codes are stable
            (credit.producer-missing, privacy.invite-link, ...). To silence a code, list it
            under lint-ignore in a note's front matter, or for the whole vault under ignore
            in the lint section of radar.yml.

            Exit status: 0 when the vault is clean or has only warnings, 1 when a note has
            an error (or a warning, with --strict), 2 on a usage error or when the vault
            cannot be read (or the folder is not a vault: it has no radar.yml, scenes/ or
            people/).

            USAGE: radar lint [<vault>] [--format <format>] [--strict] [--quiet]

            ARGUMENTS:
              <vault>                 The vault: the folder holding radar.yml, scenes/ and
                                      people/. (default: .)

            OPTIONS:
              --format <format>       How to print diagnostics: text for people, json for
                                      scripts, sarif for code-scanning tools, github for
                                      annotations in a GitHub Actions log. (values: text,
                                      json, sarif, github; default: text)
              --strict                Fail on warnings too, not only on errors.
              -q, --quiet             Print only the diagnostics, without the summary line.
              -h, --help              Show help information.

            EXAMPLES:
              Check the vault in the current folder.
                $ radar lint

              Fail a CI job on warnings too, with annotations on the pull request.
                $ radar lint --strict --format github

              Write a SARIF report for a code-scanning tool.
                $ radar lint --format sarif > radar.sarif
            """)
    }

    func testRender_nestedCommandWithSubcommands_pointsAtNestedHelp() {
        let text = HelpFormatter().render(path: ["new"], root: root)
        XCTAssertTrue(text.contains("USAGE: radar new <subcommand>\n"))
        XCTAssertTrue(text.hasSuffix("\n\n  See 'radar help new <subcommand>' for detailed help."))
    }

    func testRender_unknownPath_showsDeepestKnownCommand() {
        XCTAssertEqual(
            HelpFormatter().render(path: ["new", "nope"], root: root),
            HelpFormatter().render(path: ["new"], root: root))
    }

    func testRender_everyCommand_fitsIn80Columns() {
        for chain in CommandChain.all(from: root) {
            let text = HelpFormatter().render(path: chain.path, root: root)
            for line in text.split(separator: "\n") {
                XCTAssertLessThanOrEqual(line.count, 80, "\(chain.fullName): \(line)")
            }
        }
    }

    func testRender_labelWiderThanColumn_goesOnItsOwnLine() {
        let tool = CommandSpec(
            "tool", abstract: "A tool.",
            options: [
                .option(
                    "a-really-long-option", value: .init(name: "value", defaultValue: "x"),
                    help: "Help that starts on the next line.")
            ])
        XCTAssertEqual(
            HelpFormatter().render(path: [], root: tool),
            """
            OVERVIEW: A tool.

            USAGE: tool [--a-really-long-option <value>]

            OPTIONS:
              --a-really-long-option <value>
                                      Help that starts on the next line. (default: x)
              --version               Show the version.
              -h, --help              Show help information.
            """)
    }

    func testRender_usageWrapsUnderItself() {
        let tool = CommandSpec(
            "tool", abstract: "A tool.",
            options: (1...6).map { .option("option-\($0)", value: .init(name: "value"), help: "An option.") })
        let usage = HelpFormatter().render(path: [], root: tool).split(separator: "\n")[1...2]
        XCTAssertEqual(
            Array(usage),
            [
                "USAGE: tool [--option-1 <value>] [--option-2 <value>] [--option-3 <value>]",
                "       [--option-4 <value>] [--option-5 <value>] [--option-6 <value>]",
            ])
    }
}
