import XCTest

@testable import SceneRadar

final class UsageErrorTests: XCTestCase {
    private func rendered(_ line: String...) -> String? {
        guard case .failure(let error) = ArgumentParser.parse(line, root: RadarCommandLine.root) else {
            return nil
        }
        XCTAssertEqual(error.exitCode, 2)
        return error.rendered
    }

    func testRender_unknownOption_withSuggestion() {
        XCTAssertEqual(
            rendered("lint", "--strct"),
            """
            Error: Unknown option '--strct'. Did you mean '--strict'?
            Usage: radar lint [<vault>] [--format <format>] [--strict] [--quiet]
            See 'radar lint --help' for more information.
            """)
    }

    func testRender_unknownOption_withoutSuggestion() {
        XCTAssertEqual(
            rendered("schema", "--everything"),
            """
            Error: Unknown option '--everything'
            Usage: radar schema
            See 'radar schema --help' for more information.
            """)
    }

    func testRender_unknownOptionOrValue() {
        XCTAssertEqual(
            rendered("new", "person", "- dash"),
            """
            Error: Unknown option '- dash'. If it is the <name>, put '--' before it: radar new person -- '- dash'
            Usage: radar new person <name> [--vault <dir>]
            See 'radar new person --help' for more information.
            """)
    }

    func testRender_unknownCommand() {
        XCTAssertEqual(
            rendered("bild"),
            """
            Error: Unknown command 'bild'. Did you mean 'build'?
            Usage: radar <subcommand>
            See 'radar --help' for more information.
            """)
    }

    func testRender_unknownNestedCommand() {
        XCTAssertEqual(
            rendered("new", "peson", "Kofi"),
            """
            Error: Unknown command 'peson'. Did you mean 'person'?
            Usage: radar new <subcommand>
            See 'radar new --help' for more information.
            """)
    }

    func testRender_helpOfUnknownCommand() {
        XCTAssertEqual(
            rendered("help", "scroe"),
            """
            Error: Unknown command 'scroe'. Did you mean 'score'?
            Usage: radar help [<subcommand> ...]
            See 'radar help --help' for more information.
            """)
    }

    func testRender_missingArgument() {
        XCTAssertEqual(
            rendered("new", "log"),
            """
            Error: Missing expected argument '<scene>'
            Usage: radar new log <scene> [--week <week>] [--vault <dir>]
            See 'radar new log --help' for more information.
            """)
    }

    func testRender_unexpectedArgument() {
        XCTAssertEqual(
            rendered("init", "a", "b"),
            """
            Error: Unexpected argument 'b'
            Usage: radar init [<dir>]
            See 'radar init --help' for more information.
            """)
    }

    func testRender_unexpectedArguments() {
        XCTAssertEqual(
            rendered("schema", "a", "b"),
            """
            Error: 2 unexpected arguments: 'a', 'b'
            Usage: radar schema
            See 'radar schema --help' for more information.
            """)
    }

    func testRender_missingValue() {
        XCTAssertEqual(
            rendered("score", "--explain"),
            """
            Error: Missing value for '--explain <scene>'
            Usage: radar score [<vault>] [--format <format>] [--explain <scene>]
            See 'radar score --help' for more information.
            """)
    }

    func testRender_invalidEnumeratedValue() {
        XCTAssertEqual(
            rendered("lint", "--format", "xml"),
            """
            Error: Invalid value 'xml' for '--format'; expected one of text, json, sarif, github
            Usage: radar lint [<vault>] [--format <format>] [--strict] [--quiet]
            See 'radar lint --help' for more information.
            """)
    }

    func testRender_invalidEnumeratedValue_withSuggestion() {
        XCTAssertEqual(
            rendered("score", "--format", "cvs"),
            """
            Error: Invalid value 'cvs' for '--format'; expected one of table, json, csv. Did you mean 'csv'?
            Usage: radar score [<vault>] [--format <format>] [--explain <scene>]
            See 'radar score --help' for more information.
            """)
    }

    func testRender_invalidInteger() {
        XCTAssertEqual(
            rendered("serve", "--port", "eighty"),
            """
            Error: Invalid value 'eighty' for '--port'; expected an integer from 0 to 65535
            Usage: radar serve [<vault>] [--port <port>] [--output <dir>] [--quiet]
            See 'radar serve --help' for more information.
            """)
    }

    func testRender_valueForFlag() {
        XCTAssertEqual(
            rendered("dump", "--yaml=true", "f"),
            """
            Error: The flag '--yaml' does not take a value, but 'true' was given
            Usage: radar dump <file> [--yaml]
            See 'radar dump --help' for more information.
            """)
    }

    func testExitCode_isTwo() {
        let error = UsageError(.unknownCommand("x"), commandName: "radar", usage: "radar <subcommand>")
        XCTAssertEqual(error.exitCode, 2)
    }
}
