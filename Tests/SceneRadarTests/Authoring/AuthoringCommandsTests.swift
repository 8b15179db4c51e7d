import XCTest

@testable import SceneRadar

/// `radar init` and `radar new` through the command line (Commands/InitCommand.swift,
/// Commands/NewCommand.swift): the flow of the issue's "done when", exit statuses, output.
final class AuthoringCommandsTests: XCTestCase {
    func testInitNewSceneNewLog_lintsCleanAndBuilds() throws {
        let base = try TemporaryVault()
        let vault = base.path("radar")
        let initRun = Fixtures.run(["init", vault])
        XCTAssertEqual(initRun.status, 0, initRun.err)
        XCTAssertTrue(initRun.out.hasPrefix(vault + "/.gitignore\n"), initRun.out)

        var lint = Fixtures.run(["lint", vault])
        XCTAssertEqual(lint.status, 0)
        XCTAssertEqual(lint.out, "radar: no problems found\n")

        let scene = Fixtures.run(["new", "scene", "Night Bus Gqom", "--vault", vault])
        XCTAssertEqual(scene.status, 0, scene.err)
        XCTAssertEqual(scene.out, vault + "/scenes/night-bus-gqom/scene.md\n")

        let log = Fixtures.run(["new", "log", "night-bus-gqom", "--week", "2026-W48", "--vault", vault])
        XCTAssertEqual(log.status, 0, log.err)
        XCTAssertEqual(log.out, vault + "/scenes/night-bus-gqom/log/2026-W48.md\n")
        XCTAssertEqual(
            log.err,
            "radar: nothing to carry forward: no earlier log of the scene, and no sound in its profile; fill in the markers\n"
        )

        lint = Fixtures.run(["lint", vault])
        XCTAssertEqual(lint.status, 0)
        XCTAssertEqual(lint.out, "radar: no problems found\n")

        let build = Fixtures.run(["build", vault, "-o", base.path("site")])
        XCTAssertEqual(build.status, 0, build.err)
        XCTAssertTrue(
            FileManager.default.fileExists(atPath: base.path("site/scenes/night-bus-gqom/index.html")))
        XCTAssertTrue(
            FileManager.default.fileExists(
                atPath: base.path("site/scenes/night-bus-gqom/2026-W48/index.html")))
    }

    func testNewLog_afterInit_carriesForwardTheExampleLog() throws {
        let base = try TemporaryVault()
        let today = CalendarDate(year: 2026, month: 11, day: 25)!
        let context = CommandContext(console: CapturingConsole(), environment: [:])
        XCTAssertEqual(InitCommand(context: context, today: today).run(directory: base.root), 0)
        let console = CapturingConsole()
        let status = try run(
            ["new", "log", "Low Tide Jersey", "--vault", base.root], console: console, today: today)
        XCTAssertEqual(status, 0, console.stderr)
        XCTAssertEqual(
            console.stderr,
            "radar: carried forward 4 artists, 3 sound markers, 2 community entries from 2026-W47\n")
        let lint = Fixtures.run(["lint", base.root])
        XCTAssertEqual(lint.out, "radar: no problems found\n")
    }

    func testNewLog_withoutWeek_logsTheISOWeekOfToday() throws {
        let vault = try TemporaryVault(["scenes/x/scene.md": "---\nname: X\nspotted: 2026-01-01\n---\n"])
        // 2027-01-01 is a Friday in ISO week 2026-W53.
        let console = CapturingConsole()
        let today = CalendarDate(year: 2027, month: 1, day: 1)!
        XCTAssertEqual(
            try run(["new", "log", "x", "--vault", vault.root], console: console, today: today), 0)
        XCTAssertEqual(console.stdout, vault.root + "/scenes/x/log/2026-W53.md\n")
        XCTAssertTrue(try vault.read("scenes/x/log/2026-W53.md").contains("\nweek: 2026-W53\n"))
    }

    func testNewLog_badWeek_isAUsageError() throws {
        let vault = try TemporaryVault(["scenes/x/scene.md": "---\nname: X\nspotted: 2026-01-01\n---\n"])
        let result = Fixtures.run(["new", "log", "x", "--week", "2026-W54", "--vault", vault.root])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(
            result.err,
            """
            Error: Invalid value '2026-W54' for '--week <week>'; expected a week that exists: 2026 has 53 ISO weeks (W01 to W53)
            Usage: radar new log <scene> [--week <week>] [--vault <dir>]
            See 'radar new log --help' for more information.

            """)
        let misspelt = Fixtures.run(["new", "log", "x", "--week", "26-W4", "--vault", vault.root])
        XCTAssertEqual(misspelt.status, 2)
        XCTAssertTrue(
            misspelt.err.hasPrefix(
                "Error: Invalid value '26-W4' for '--week <week>'; expected an ISO week written YYYY-Www, such as 2026-W48\n"
            ), misspelt.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: vault.path("scenes/x/log")))
    }

    func testNew_neverOverwrites_refusesWithStatus2AndLeavesTheNoteUnchanged() throws {
        let mine = "---\nname: Night Bus Gqom\nspotted: 2026-01-01\n---\nMy notes.\n"
        let log = "---\nweek: 2026-W48\n---\nMy week.\n"
        let vault = try TemporaryVault([
            "scenes/night-bus-gqom/scene.md": mine, "scenes/night-bus-gqom/log/2026-W48.md": log,
        ])
        let scene = Fixtures.run(["new", "scene", "Night Bus Gqom", "--vault", vault.root])
        XCTAssertEqual(scene.status, 2)
        XCTAssertEqual(scene.out, "")
        XCTAssertEqual(
            scene.err,
            """
            radar: '\(vault.root)/scenes/night-bus-gqom/scene.md' already exists; radar never overwrites a note
              hint: edit it, or give a different name

            """)
        let week = Fixtures.run(["new", "log", "night-bus-gqom", "--week", "2026-W48", "--vault", vault.root])
        XCTAssertEqual(week.status, 2)
        XCTAssertEqual(
            week.err,
            """
            radar: '\(vault.root)/scenes/night-bus-gqom/log/2026-W48.md' already exists; radar never overwrites a note
              hint: edit it, or give another week with --week

            """)
        XCTAssertEqual(try vault.read("scenes/night-bus-gqom/scene.md"), mine)
        XCTAssertEqual(try vault.read("scenes/night-bus-gqom/log/2026-W48.md"), log)
    }

    func testInit_nonEmptyFolder_isRefusedWithStatus2() throws {
        let vault = try TemporaryVault(["notes.md": "mine\n"])
        let result = Fixtures.run(["init", vault.root])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(
            result.err,
            """
            radar: refusing to create a vault in '\(vault.root)': it already holds 'notes.md'
              hint: give an empty or new folder: radar init my-radar (a folder holding only dotfiles such as .git or a .gitignore is fine)

            """)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: vault.root), ["notes.md"])
    }

    func testInit_insideAnotherVaultsScenes_isRefusedWithStatus2() throws {
        let vault = try TemporaryVault(["radar.yml": "title: x\n"])
        let root = try XCTUnwrap(LocalFileSystem().canonicalPath(vault.root))
        let result = Fixtures.run(["init", vault.path("scenes/inner")])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(
            result.err,
            """
            radar: refusing to create a vault in '\(vault.path("scenes/inner"))': it is inside the scenes/ folder of the vault '\(root)', which would read it as its own
              hint: give a folder outside that vault, or beside its scenes/ and people/

            """)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: vault.root), ["radar.yml"])
    }

    func testInit_shellQuoting_ofTheNextStepHint() {
        XCTAssertEqual(InitCommand.shellQuoted("my-radar/v2"), "my-radar/v2")
        XCTAssertEqual(InitCommand.shellQuoted("my radar"), "'my radar'")
        XCTAssertEqual(InitCommand.shellQuoted("it's"), #"'it'\''s'"#)
    }

    private func run(_ arguments: [String], console: CapturingConsole, today: CalendarDate) throws -> Int32 {
        let invocation = try ArgumentParser.parseOrThrow(arguments, root: RadarCommandLine.root)
        return try NewCommand(context: CommandContext(console: console, environment: [:]), today: today).run(
            invocation)
    }
}
