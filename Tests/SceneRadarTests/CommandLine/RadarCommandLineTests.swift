import XCTest

@testable import SceneRadar

final class RadarCommandLineTests: XCTestCase {
    private let chains = CommandChain.all(from: RadarCommandLine.root)

    func testTable_hasEveryCommandOfTheSpec() {
        XCTAssertEqual(
            chains.map(\.fullName),
            [
                "radar", "radar build", "radar lint", "radar check", "radar score", "radar new",
                "radar new scene",
                "radar new log", "radar new person", "radar init", "radar serve", "radar schema",
                "radar dump",
                "radar completion", "radar help",
            ])
    }

    func testTable_usageLines() {
        let usages = Dictionary(uniqueKeysWithValues: chains.map { ($0.fullName, $0.usage) })
        XCTAssertEqual(
            usages["radar build"], "radar build [<vault>] [--output <dir>] [--base-url <url>] [--quiet]")
        XCTAssertEqual(
            usages["radar check"], "radar check [<vault>] [--format <format>] [--strict] [--quiet]")
        XCTAssertEqual(usages["radar score"], "radar score [<vault>] [--format <format>] [--explain <scene>]")
        XCTAssertEqual(usages["radar new scene"], "radar new scene <name> [--vault <dir>]")
        XCTAssertEqual(usages["radar new person"], "radar new person <name> [--vault <dir>]")
        XCTAssertEqual(usages["radar init"], "radar init [<dir>]")
        XCTAssertEqual(
            usages["radar serve"], "radar serve [<vault>] [--port <port>] [--output <dir>] [--quiet]")
        XCTAssertEqual(usages["radar dump"], "radar dump <file> [--yaml]")
        XCTAssertEqual(usages["radar completion"], "radar completion <shell>")
    }

    func testCheck_takesTheSameArgumentsAndOptionsAsLint() {
        let lint = RadarCommandLine.root.subcommand(named: "lint")
        let check = RadarCommandLine.root.subcommand(named: "check")
        XCTAssertEqual(check?.arguments, lint?.arguments)
        XCTAssertEqual(check?.options, lint?.options)
        XCTAssertEqual(check?.abstract, "Same as lint.")
    }

    func testTable_namesAreUniqueAndDoNotShadowBuiltIns() {
        for chain in chains {
            let longs = chain.allOptions.map(\.long)
            XCTAssertEqual(Set(longs).count, longs.count, chain.fullName)
            let shorts = chain.allOptions.compactMap(\.short)
            XCTAssertEqual(Set(shorts).count, shorts.count, chain.fullName)
            let names = chain.command.subcommands.map(\.name)
            XCTAssertEqual(Set(names).count, names.count, chain.fullName)
            let keys = longs + chain.command.arguments.map(\.name)
            XCTAssertEqual(Set(keys).count, keys.count, "values of \(chain.fullName) share a key")
        }
    }

    func testTable_textsAreSentencesAndWordsAreShellSafe() {
        let safe = Set("abcdefghijklmnopqrstuvwxyz0123456789-")
        for chain in chains {
            XCTAssertTrue(chain.command.abstract.hasSuffix("."), chain.fullName)
            XCTAssertTrue(chain.command.name.allSatisfy { safe.contains($0) }, chain.fullName)
            for option in chain.allOptions {
                XCTAssertFalse(option.help.isEmpty, option.long)
                XCTAssertTrue(option.long.allSatisfy { safe.contains($0) }, option.long)
                for value in option.allowedValues {
                    XCTAssertTrue(value.allSatisfy { safe.contains($0) }, value)
                }
            }
            for argument in chain.command.arguments {
                XCTAssertTrue(argument.help.hasSuffix("."), argument.name)
            }
        }
    }

    func testTable_argumentsAreOrderedRequiredThenOptional() {
        for chain in chains {
            let arities = chain.command.arguments.map(\.arity)
            let firstNonRequired = arities.firstIndex { $0 != .required } ?? arities.count
            XCTAssertFalse(arities[firstNonRequired...].contains(.required), chain.fullName)
            XCTAssertFalse(arities.dropLast().contains(.repeating), chain.fullName)
        }
    }

    func testExamples_parse() throws {
        for chain in chains {
            for example in chain.command.examples {
                let words = shellWords(example.command)
                XCTAssertEqual(words.first, "radar")
                let invocation = try ArgumentParser.parseOrThrow(
                    Array(words.dropFirst()), root: RadarCommandLine.root)
                XCTAssertEqual(invocation.path, chain.path, example.command)
                XCTAssertEqual(invocation.action, .run, example.command)
            }
        }
    }

    /// Splits an example into words: double quotes group, `>` ends the command.
    private func shellWords(_ line: String) -> [String] {
        var words: [String] = []
        var word = ""
        var quoted = false
        for character in line.prefix(while: { $0 != ">" }) {
            if character == "\"" {
                quoted.toggle()
            } else if character == " " && !quoted {
                if !word.isEmpty { words.append(word) }
                word = ""
            } else {
                word.append(character)
            }
        }
        if !word.isEmpty { words.append(word) }
        return words
    }
}
