import Foundation
import XCTest

@testable import SceneRadar

final class ManPageTests: XCTestCase {
    private let page = RadarCommandLine.manPage(version: "1.0.0", date: "2026-11-25")

    private func withPageFile(_ body: (String) throws -> Void) throws {
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("radar.1")
        try page.write(to: url, atomically: true, encoding: .utf8)
        try body(url.path)
    }

    func testRender_hasTheStandardSectionsInOrder() {
        let titles = page.split(separator: "\n").filter { $0.hasPrefix(".SH ") }
        XCTAssertEqual(
            titles,
            [
                ".SH NAME", ".SH SYNOPSIS", ".SH DESCRIPTION", ".SH COMMANDS", ".SH OPTIONS",
                ".SH EXIT STATUS",
                ".SH ENVIRONMENT", ".SH FILES", ".SH EXAMPLES",
            ])
        XCTAssertTrue(page.hasPrefix(".\\\" Generated from radar's command table"))
        XCTAssertTrue(page.contains("\n.TH RADAR 1 \"2026-11-25\" \"radar 1.0.0\" \"User Commands\"\n"))
        XCTAssertTrue(
            page.contains(
                "\n.SH NAME\nradar \\- compile a curator's notes on music micro-scenes into a scored,\ncredited static site\n"
            ))
    }

    func testRender_namesEveryCommandAndOption() {
        for chain in CommandChain.all(from: RadarCommandLine.root) where !chain.isRoot {
            XCTAssertTrue(page.contains("\n.SS \(Roff.code(chain.fullName))\n"), chain.fullName)
            for option in chain.command.options {
                XCTAssertTrue(
                    page.contains(Roff.code(option.longFlag)), "\(chain.fullName) \(option.longFlag)")
            }
            for argument in chain.command.arguments {
                XCTAssertTrue(
                    page.contains("\n.I \(argument.name)\n"), "\(chain.fullName) <\(argument.name)>")
            }
        }
        XCTAssertTrue(page.contains("\n.B \\-o, \\-\\-output \\fIdir\\fP\n"))
        XCTAssertTrue(page.contains("\n.B \\-h, \\-\\-help\n"))
        XCTAssertTrue(page.contains("\n.B \\-\\-version\n"))
    }

    func testRender_exitStatusEnvironmentAndFiles() {
        XCTAssertTrue(page.contains("\n.SH EXIT STATUS\n.TP\n.B 0\n"))
        XCTAssertTrue(page.contains("\n.TP\n.B 1\nErrors found"))
        XCTAssertTrue(page.contains("\n.TP\n.B 2\nUsage error"))
        XCTAssertTrue(page.contains("\n.SH ENVIRONMENT\n.TP\n.B NO_COLOR\n"))
        XCTAssertTrue(page.contains("\n.B radar.yml\n"))
        XCTAssertTrue(page.contains("\n.B scenes/<scene>/log/YYYY\\-Www.md\n"))
    }

    func testRender_synopsisListsEveryLeafCommand() {
        XCTAssertTrue(
            page.contains(
                "\n.B radar lint\n.RI [ vault ]\n.RB [ \\-\\-format\n.IR format ]\n.RB [ \\-\\-strict ]\n.RB [ \\-\\-quiet ]\n.br\n"
            ))
        XCTAssertTrue(page.contains("\n.B radar help\n.RI [ subcommand \" ...]\"\n"))
    }

    func testRender_examplesAreCodeWithEscapedHyphens() {
        XCTAssertTrue(page.contains("\n.EX\n$ radar lint \\-\\-strict \\-\\-format github\n.EE\n"))
    }

    func testRender_textLinesFitIn80ColumnsAndNeverStartWithAControlCharacter() {
        for line in page.split(separator: "\n") where !line.hasPrefix(".") {
            XCTAssertLessThanOrEqual(line.utf8.count, 80, String(line))
            XCTAssertFalse(line.hasPrefix("'"), String(line))
        }
    }

    func testRender_isDeterministic() {
        XCTAssertEqual(page, RadarCommandLine.manPage(version: "1.0.0", date: "2026-11-25"))
    }

    func testMandocLint_reportsNothing() throws {
        guard let mandoc = ExternalTool("mandoc") else { throw XCTSkip("mandoc is not installed") }
        try withPageFile { path in
            let output = try mandoc.run(["-T", "lint", "-W", "all", path])
            XCTAssertEqual(output.stdout + output.stderr, "")
            XCTAssertEqual(output.status, 0)
        }
    }

    func testGroff_rendersWithoutWarnings() throws {
        guard let groff = ExternalTool("groff") else { throw XCTSkip("groff is not installed") }
        try withPageFile { path in
            let output = try groff.run(["-man", "-Tutf8", "-ww", "-P", "-cbou", path])
            XCTAssertEqual(output.stderr, "")
            XCTAssertEqual(output.status, 0)
            XCTAssertTrue(output.stdout.contains("EXIT STATUS"))
        }
    }
}
