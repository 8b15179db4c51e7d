import XCTest

@testable import SceneRadar

final class ParsedInvocationTests: XCTestCase {
    private let tool = CommandSpec(
        "tool", abstract: "A tool.",
        arguments: [ArgumentSpec("count", help: "How many.", arity: .optional, defaultValue: "3")],
        options: [
            .option("name", value: .init(name: "name"), help: "A name."),
            .option("level", value: .init(name: "n", kind: .integer(0...9)), help: "A level."),
        ])

    private func parse(_ words: String...) throws -> ParsedInvocation {
        try ArgumentParser.parseOrThrow(words, root: tool)
    }

    func testInt_ofTextArgument_parsesOrDefaults() throws {
        XCTAssertEqual(try parse("12").int("count"), 12)
        XCTAssertEqual(try parse().int("count"), 3)
        XCTAssertEqual(try parse("-5").int("count"), -5)
    }

    func testInt_ofTextArgument_notANumber_isUsageError() throws {
        let invocation = try parse("many")
        XCTAssertThrowsError(try invocation.int("count")) { error in
            let usage = error as? UsageError
            XCTAssertEqual(
                usage?.kind, .invalidValue(value: "many", target: "<count>", expected: "an integer"))
            XCTAssertEqual(usage?.exitCode, 2)
            XCTAssertEqual(
                usage?.rendered,
                """
                Error: Invalid value 'many' for '<count>'; expected an integer
                Usage: tool [<count>] [--name <name>] [--level <n>]
                See 'tool --help' for more information.
                """)
        }
    }

    func testInt_ofTextOption_notANumber_isUsageError() throws {
        let invocation = try parse("--name", "x")
        XCTAssertThrowsError(try invocation.int("name")) { error in
            XCTAssertEqual(
                (error as? UsageError)?.kind,
                .invalidValue(value: "x", target: "--name", expected: "an integer"))
        }
    }

    func testInt_ofMissingOption_isNil() throws {
        XCTAssertNil(try parse().int("name"))
        XCTAssertNil(try parse().int("level"))
    }

    func testInt_ofRangedOption_validatedAtParse() throws {
        XCTAssertEqual(try parse("--level", "9").int("level"), 9)
        XCTAssertThrowsError(try parse("--level", "10")) { error in
            XCTAssertEqual(
                (error as? UsageError)?.kind,
                .invalidValue(value: "10", target: "--level", expected: "an integer from 0 to 9"))
        }
    }

    func testStrings_ofOptionalArgument_fallsBackToDefault() throws {
        XCTAssertEqual(try parse().strings("count"), ["3"])
        XCTAssertEqual(try parse().strings("name"), [])
    }

    func testRootWithoutSubcommands_acceptsVersionAndHelp() throws {
        XCTAssertEqual(try parse("--version").action, .version)
        XCTAssertEqual(try parse("-h").action, .help)
        XCTAssertEqual(try parse("1").action, .run)
    }
}
