import XCTest

@testable import SceneRadar

final class ArgumentParserTests: XCTestCase {
    private let root = RadarCommandLine.root

    private func parse(_ line: String...) throws -> ParsedInvocation {
        try ArgumentParser.parseOrThrow(line, root: root)
    }

    private func error(_ line: String...) -> UsageError? {
        guard case .failure(let error) = ArgumentParser.parse(line, root: root) else { return nil }
        return error
    }

    // MARK: - Subcommands

    func testParse_subcommand_selectsPathAndRun() throws {
        let invocation = try parse("lint")
        XCTAssertEqual(invocation.path, ["lint"])
        XCTAssertEqual(invocation.action, .run)
        XCTAssertEqual(invocation.command.name, "lint")
    }

    func testParse_nestedSubcommand_selectsFullPath() throws {
        let invocation = try parse("new", "scene", "Hexagon Bass")
        XCTAssertEqual(invocation.path, ["new", "scene"])
        XCTAssertEqual(invocation.string("name"), "Hexagon Bass")
        XCTAssertEqual(invocation.string("vault"), ".")
    }

    func testParse_nothing_asksForRootHelp() throws {
        let invocation = try parse()
        XCTAssertEqual(invocation.action, .help)
        XCTAssertEqual(invocation.path, [])
    }

    func testParse_commandWithSubcommandsGivenNone_asksForItsHelp() throws {
        let invocation = try parse("new")
        XCTAssertEqual(invocation.action, .help)
        XCTAssertEqual(invocation.path, ["new"])
    }

    // MARK: - Options

    func testParse_optionWithSeparateValue() throws {
        XCTAssertEqual(try parse("lint", "--format", "json").string("format"), "json")
    }

    func testParse_optionWithEqualsValue() throws {
        XCTAssertEqual(try parse("lint", "--format=sarif").string("format"), "sarif")
    }

    func testParse_optionWithEqualsEmptyValue_keepsEmptyText() throws {
        XCTAssertEqual(try parse("build", "--base-url=").string("base-url"), "")
    }

    func testParse_shortOptionWithSeparateValue() throws {
        XCTAssertEqual(try parse("build", "-o", "public").string("output"), "public")
    }

    func testParse_shortOptionWithAttachedValue() throws {
        XCTAssertEqual(try parse("build", "-opublic").string("output"), "public")
        XCTAssertEqual(try parse("build", "-o=public").string("output"), "public")
    }

    func testParse_optionDefault_whenNotGiven() throws {
        let invocation = try parse("lint")
        XCTAssertEqual(invocation.string("format"), "text")
        XCTAssertFalse(invocation.isGiven("format"))
        XCTAssertNil(invocation.string("nonexistent"))
    }

    func testParse_optionGivenTwice_lastWins() throws {
        let invocation = try parse("lint", "--format", "json", "--format", "text")
        XCTAssertEqual(invocation.string("format"), "text")
        XCTAssertEqual(invocation.strings("format"), ["text"])
    }

    func testParse_flag() throws {
        let invocation = try parse("lint", "--strict")
        XCTAssertTrue(invocation.flag("strict"))
        XCTAssertFalse(invocation.flag("quiet"))
        XCTAssertTrue(invocation.isGiven("strict"))
    }

    func testParse_optionsBeforeAndAfterPositional() throws {
        let invocation = try parse("lint", "--strict", "notes", "--format", "github", "--quiet")
        XCTAssertEqual(invocation.string("vault"), "notes")
        XCTAssertEqual(invocation.string("format"), "github")
        XCTAssertTrue(invocation.flag("strict"))
        XCTAssertTrue(invocation.flag("quiet"))
    }

    func testParse_flagBeforeRequiredArgument() throws {
        let invocation = try parse("dump", "--yaml", "radar.yml")
        XCTAssertTrue(invocation.flag("yaml"))
        XCTAssertEqual(invocation.string("file"), "radar.yml")
    }

    func testParse_integerOption() throws {
        let invocation = try parse("serve", "--port", "8080")
        XCTAssertEqual(try invocation.int("port"), 8080)
        XCTAssertEqual(try parse("serve").int("port"), 8000)
    }

    func testParse_clusteredShortFlags_withHelp() throws {
        XCTAssertEqual(try parse("build", "-ho", "x").action, .help)
    }

    func testParse_repeatableOption_keepsEveryValue() throws {
        let tool = CommandSpec(
            "tool", abstract: "A tool.",
            options: [.option("tag", short: "t", value: .init(name: "tag"), repeatable: true, help: "A tag.")]
        )
        let invocation = try ArgumentParser.parseOrThrow(["--tag", "a", "-tb", "--tag=c"], root: tool)
        XCTAssertEqual(invocation.strings("tag"), ["a", "b", "c"])
        XCTAssertEqual(invocation.path, [])
    }

    func testParse_clusteredShortFlags_setEach() throws {
        let tool = CommandSpec(
            "tool", abstract: "A tool.",
            options: [
                .flag("all", short: "a", help: "All."), .flag("verbose", short: "v", help: "Loud."),
                .option("out", short: "o", value: .init(name: "dir"), help: "Out."),
            ])
        let invocation = try ArgumentParser.parseOrThrow(["-avo", "x"], root: tool)
        XCTAssertTrue(invocation.flag("all"))
        XCTAssertTrue(invocation.flag("verbose"))
        XCTAssertEqual(invocation.string("out"), "x")
    }

    // MARK: - Positionals, -- and -

    func testParse_dash_isAPositional() throws {
        XCTAssertEqual(try parse("dump", "-").string("file"), "-")
    }

    func testParse_doubleDash_endsOptions() throws {
        XCTAssertEqual(try parse("dump", "--", "--yaml").string("file"), "--yaml")
        XCTAssertFalse(try parse("dump", "--", "--yaml").flag("yaml"))
    }

    func testParse_helpAfterDoubleDash_isAPositional() throws {
        let invocation = try parse("dump", "--", "--help")
        XCTAssertEqual(invocation.action, .run)
        XCTAssertEqual(invocation.string("file"), "--help")
    }

    /// `--` before the command ends options there too: what follows names a command, and the
    /// command's words are all values.
    func testParse_doubleDashBeforeTheCommand_endsOptions() throws {
        XCTAssertEqual(error("--", "--version")?.kind, .unknownCommand("--version"))
        XCTAssertEqual(error("--", "--help")?.kind, .unknownCommand("--help"))
        let invocation = try parse("--", "dump", "--help")
        XCTAssertEqual(invocation.action, .run)
        XCTAssertEqual(invocation.string("file"), "--help")
        XCTAssertEqual(try parse("--", "dump", "x").string("file"), "x")
    }

    func testParse_optionalArgument_defaultsToCurrentDirectory() throws {
        XCTAssertEqual(try parse("build").string("vault"), ".")
        XCTAssertEqual(try parse("init").string("dir"), ".")
        XCTAssertEqual(try parse("init", "~/radar").string("dir"), "~/radar")
    }

    func testParse_optionValueMayBeDash() throws {
        XCTAssertEqual(try parse("build", "-o", "-").string("output"), "-")
    }

    func testParse_negativeNumberIsAValue() throws {
        XCTAssertThrowsError(try parse("serve", "--port", "-1")) { error in
            XCTAssertEqual(
                (error as? UsageError)?.kind,
                .invalidValue(value: "-1", target: "--port", expected: "an integer from 0 to 65535"))
        }
    }

    // MARK: - Help and version

    func testParse_helpFlag_onEveryCommand() throws {
        for chain in CommandChain.all(from: root) {
            for flag in ["--help", "-h"] {
                let invocation = try ArgumentParser.parseOrThrow(chain.path + [flag], root: root)
                XCTAssertEqual(invocation.action, .help, "\(chain.fullName) \(flag)")
                XCTAssertEqual(invocation.path, chain.path)
            }
        }
    }

    /// `radar --help build` is `radar help build`; words that name no command leave the help
    /// where it was.
    func testParse_helpFlagBeforeCommands_showsTheirHelp() throws {
        XCTAssertEqual(try parse("--help", "build").path, ["build"])
        XCTAssertEqual(try parse("--help", "new", "log").path, ["new", "log"])
        XCTAssertEqual(try parse("new", "-h", "person").path, ["new", "person"])
        XCTAssertEqual(try parse("--help", "zzz").path, [])
        XCTAssertEqual(try parse("--help", "build").action, .help)
    }

    func testParse_versionAsACommand_suggestsTheOption() {
        XCTAssertEqual(error("version")?.suggestion, "--version")
        XCTAssertEqual(error("biuld")?.suggestion, "build")
    }

    func testParse_helpFlag_winsOverOtherMistakes() throws {
        let invocation = try parse("lint", "--frmat", "xml", "--help")
        XCTAssertEqual(invocation.action, .help)
        XCTAssertEqual(invocation.path, ["lint"])
    }

    func testParse_helpCommand_targetsNamedCommand() throws {
        XCTAssertEqual(try parse("help").path, [])
        XCTAssertEqual(try parse("help").action, .help)
        XCTAssertEqual(try parse("help", "lint").path, ["lint"])
        XCTAssertEqual(try parse("help", "new", "scene").path, ["new", "scene"])
        XCTAssertEqual(try parse("help", "new", "scene").action, .help)
        XCTAssertEqual(try parse("help", "help").path, ["help"])
        XCTAssertEqual(try parse("help", "--help").path, ["help"])
    }

    func testParse_version_onRoot() throws {
        XCTAssertEqual(try parse("--version").action, .version)
    }

    /// Words after `--version` are not ignored without a word.
    func testParse_version_withMoreWords_isAnError() {
        XCTAssertEqual(error("--version", "extra")?.kind, .unexpectedArguments(["extra"]))
        XCTAssertEqual(error("--version", "build", "--", "x")?.kind, .unexpectedArguments(["build", "x"]))
        XCTAssertEqual(try parse("--version", "--").action, .version)
    }

    func testParse_version_onSubcommand_isUnknown() {
        XCTAssertEqual(error("lint", "--version")?.kind, .unknownOption("--version"))
    }

    // MARK: - Errors

    func testParse_unknownOption_suggestsClosest() {
        let error = error("lint", "--strct")
        XCTAssertEqual(error?.kind, .unknownOption("--strct"))
        XCTAssertEqual(error?.suggestion, "--strict")
        XCTAssertEqual(error?.commandName, "radar lint")
    }

    func testParse_unknownOptionWithValue_namesOnlyTheOption() {
        let error = error("lint", "--formt=json")
        XCTAssertEqual(error?.kind, .unknownOption("--formt"))
        XCTAssertEqual(error?.suggestion, "--format")
    }

    func testParse_longNameWithOneDash_suggestsTwoDashes() {
        let error = error("lint", "-strict")
        XCTAssertEqual(error?.kind, .unknownOption("-strict"))
        XCTAssertEqual(error?.suggestion, "--strict")
    }

    func testParse_unknownShortOption_hasNoSuggestion() {
        let error = error("lint", "-x")
        XCTAssertEqual(error?.kind, .unknownOption("-x"))
        XCTAssertNil(error?.suggestion)
    }

    func testParse_wordThatMayBeAValue_saysHowToPassIt() {
        // A required argument: "-Kofi" is more likely a name than an option.
        XCTAssertEqual(
            error("new", "person", "-Kofi")?.kind, .unknownOptionOrValue("-Kofi", argument: "name"))
        XCTAssertEqual(try parse("new", "person", "--", "-Kofi").string("name"), "-Kofi")
        // An optional argument: only a word that could not be an option's name.
        XCTAssertEqual(
            error("lint", "- my vault")?.kind, .unknownOptionOrValue("- my vault", argument: "vault"))
        XCTAssertEqual(error("lint", "-x")?.kind, .unknownOption("-x"))
        // A close option still wins, and help's own words are never values.
        XCTAssertEqual(error("new", "person", "--vaul")?.suggestion, "--vault")
        XCTAssertEqual(error("help", "- x")?.kind, .unknownOption("- x"))
    }

    func testParse_unknownCommand_suggestsClosest() {
        XCTAssertEqual(error("bild")?.kind, .unknownCommand("bild"))
        XCTAssertEqual(error("bild")?.suggestion, "build")
        XCTAssertEqual(error("sevre")?.suggestion, "serve")
        XCTAssertEqual(error("new", "sene")?.suggestion, "scene")
        XCTAssertEqual(error("new", "sene")?.commandName, "radar new")
        XCTAssertNil(error("xyzzy")?.suggestion)
    }

    func testParse_unknownOptionAtCommandWithSubcommands() {
        XCTAssertEqual(error("--verison")?.kind, .unknownOption("--verison"))
        XCTAssertEqual(error("--verison")?.suggestion, "--version")
        XCTAssertEqual(error("new", "--vault", "x")?.commandName, "radar new")
    }

    func testParse_helpForUnknownCommand_suggests() {
        let error = error("help", "lnit")
        XCTAssertEqual(error?.kind, .unknownCommand("lnit"))
        XCTAssertEqual(error?.suggestion, "lint")
        XCTAssertEqual(error?.commandName, "radar help")
        XCTAssertEqual(self.error("help", "lint", "extra")?.kind, .unexpectedArguments(["extra"]))
        XCTAssertEqual(self.error("help", "--all")?.kind, .unknownOption("--all"))
    }

    func testParse_missingRequiredArgument() {
        XCTAssertEqual(error("new", "scene")?.kind, .missingArgument("name"))
        XCTAssertEqual(error("dump", "--yaml")?.kind, .missingArgument("file"))
        XCTAssertEqual(error("completion")?.kind, .missingArgument("shell"))
    }

    func testParse_extraArguments() {
        XCTAssertEqual(error("lint", "a", "b")?.kind, .unexpectedArguments(["b"]))
        XCTAssertEqual(error("schema", "a", "b")?.kind, .unexpectedArguments(["a", "b"]))
    }

    func testParse_missingOptionValue() {
        XCTAssertEqual(error("lint", "--format")?.kind, .missingValue("--format <format>"))
        XCTAssertEqual(error("build", "-o")?.kind, .missingValue("-o, --output <dir>"))
        XCTAssertEqual(error("build", "-o", "--quiet")?.kind, .missingValue("-o, --output <dir>"))
    }

    func testParse_invalidEnumeratedValue() {
        let error = error("lint", "--format", "xml")
        XCTAssertEqual(
            error?.kind,
            .invalidValue(value: "xml", target: "--format", expected: "one of text, json, sarif, github"))
        XCTAssertNil(error?.suggestion)
        XCTAssertEqual(self.error("lint", "--format=jsno")?.suggestion, "json")
        XCTAssertEqual(
            self.error("completion", "tcsh")?.kind,
            .invalidValue(value: "tcsh", target: "<shell>", expected: "one of bash, zsh, fish"))
    }

    func testParse_invalidInteger() {
        XCTAssertEqual(
            error("serve", "--port", "http")?.kind,
            .invalidValue(value: "http", target: "--port", expected: "an integer from 0 to 65535"))
        XCTAssertEqual(
            error("serve", "--port=70000")?.kind,
            .invalidValue(value: "70000", target: "--port", expected: "an integer from 0 to 65535"))
    }

    func testParse_emptyPath_isInvalid() {
        XCTAssertEqual(
            error("build", "--output=")?.kind,
            .invalidValue(value: "", target: "--output", expected: "a path"))
    }

    func testParse_flagGivenAValue() {
        XCTAssertEqual(error("lint", "--strict=yes")?.kind, .valueForFlag(flag: "--strict", value: "yes"))
    }
}
