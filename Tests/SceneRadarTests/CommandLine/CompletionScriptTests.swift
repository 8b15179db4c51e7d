import Foundation
import XCTest

@testable import SceneRadar

final class CompletionScriptTests: XCTestCase {
    private let root = RadarCommandLine.root
    private var directory: URL!

    override func setUpWithError() throws {
        directory = try ExternalTool.temporaryDirectory()
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("vault"), withIntermediateDirectories: true)
        try Data().write(to: directory.appendingPathComponent("note.md"))
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(at: directory)
    }

    private func scriptFile(_ shell: Shell) throws -> String {
        let url = directory.appendingPathComponent("radar.\(shell.rawValue)")
        try CompletionScript.render(shell: shell, root: root).write(
            to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    private func tool(_ name: String) throws -> ExternalTool {
        guard let tool = ExternalTool(name) else { throw XCTSkip("\(name) is not installed") }
        return tool
    }

    // MARK: - Syntax

    func testBash_passesSyntaxCheck() throws {
        let output = try tool("bash").run(["-n", try scriptFile(.bash)])
        XCTAssertEqual(output.status, 0, output.stderr)
        XCTAssertEqual(output.stderr, "")
    }

    func testZsh_passesSyntaxCheck() throws {
        let output = try tool("zsh").run(["-n", try scriptFile(.zsh)])
        XCTAssertEqual(output.status, 0, output.stderr)
        XCTAssertEqual(output.stderr, "")
    }

    func testFish_passesSyntaxCheck() throws {
        let output = try tool("fish").run(["-n", try scriptFile(.fish)])
        XCTAssertEqual(output.status, 0, output.stderr)
        XCTAssertEqual(output.stderr, "")
    }

    // MARK: - Behaviour

    /// Completes `words` (the last one being completed) in bash and returns the sorted candidates.
    private func bashComplete(_ words: [String]) throws -> [String] {
        let quoted = words.map { "'\($0)'" }.joined(separator: " ")
        let program = """
            source '\(try scriptFile(.bash))'
            COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1); COMPREPLY=()
            _radar
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let output = try tool("bash").run(["-c", program], in: directory)
        XCTAssertEqual(output.stderr, "")
        return output.stdout.split(separator: "\n").map(String.init).sorted()
    }

    func testBash_completesCommandsOptionsAndValues() throws {
        XCTAssertEqual(try bashComplete(["radar", "s"]), ["schema", "score", "serve"])
        XCTAssertEqual(try bashComplete(["radar", "new", ""]), ["log", "person", "scene"])
        XCTAssertEqual(try bashComplete(["radar", "lint", "--s"]), ["--strict"])
        XCTAssertEqual(
            try bashComplete(["radar", "lint", "--format", ""]), ["github", "json", "sarif", "text"])
        XCTAssertEqual(try bashComplete(["radar", "lint", "--format", "=", "s"]), ["sarif"])
        XCTAssertEqual(try bashComplete(["radar", "score", "--format", "c"]), ["csv"])
        XCTAssertEqual(try bashComplete(["radar", "completion", "z"]), ["zsh"])
        XCTAssertEqual(try bashComplete(["radar", "help", "sc"]), ["schema", "score"])
        XCTAssertEqual(try bashComplete(["radar", "serve", "--port", ""]), [])
    }

    func testBash_completesDirectoriesAndFiles() throws {
        XCTAssertEqual(try bashComplete(["radar", "lint", "v"]), ["vault"])
        XCTAssertEqual(try bashComplete(["radar", "build", "-o", "v"]), ["vault"])
        XCTAssertEqual(try bashComplete(["radar", "new", "scene", "X", "--vault", "v"]), ["vault"])
        XCTAssertEqual(try bashComplete(["radar", "dump", "--yaml", "n"]), ["note.md"])
        XCTAssertEqual(try bashComplete(["radar", "lint", "n"]), [])
    }

    /// A scene is completed from the folders under scenes/ of the working folder.
    func testBashAndFish_completeScenesFromTheWorkingVault() throws {
        for slug in ["low-tide", "modem-house"] {
            try FileManager.default.createDirectory(
                at: directory.appendingPathComponent("scenes/" + slug), withIntermediateDirectories: true)
        }
        XCTAssertEqual(try bashComplete(["radar", "new", "log", ""]), ["low-tide", "modem-house"])
        XCTAssertEqual(try bashComplete(["radar", "score", "--explain", "m"]), ["modem-house"])
        XCTAssertEqual(try fishComplete("radar new log "), ["low-tide", "modem-house"])
        XCTAssertEqual(try fishComplete("radar score --explain l"), ["low-tide"])
    }

    private func fishComplete(_ line: String) throws -> [String] {
        let program = "source '\(try scriptFile(.fish))'; complete -C '\(line)'"
        let output = try tool("fish").run(["--no-config", "-c", program], in: directory)
        XCTAssertEqual(output.stderr, "")
        return output.stdout.split(separator: "\n").map { String($0.prefix { $0 != "\t" }) }.sorted()
    }

    func testFish_completesCommandsOptionsAndValues() throws {
        XCTAssertEqual(try fishComplete("radar s"), ["schema", "score", "serve"])
        XCTAssertEqual(try fishComplete("radar new "), ["log", "person", "scene"])
        XCTAssertEqual(try fishComplete("radar lint --s"), ["--strict"])
        XCTAssertEqual(try fishComplete("radar lint --format "), ["github", "json", "sarif", "text"])
        XCTAssertEqual(try fishComplete("radar completion "), ["bash", "fish", "zsh"])
        XCTAssertEqual(try fishComplete("radar lint v"), ["vault/"])
        XCTAssertEqual(try fishComplete("radar dump n"), ["note.md"])
    }

    // MARK: - Content

    func testScripts_nameEveryCommandAndOption() {
        for shell in Shell.allCases {
            let script = CompletionScript.render(shell: shell, root: root)
            for chain in CommandChain.all(from: root) {
                XCTAssertTrue(script.contains(chain.command.name), "\(shell): \(chain.fullName)")
                for option in chain.allOptions {
                    XCTAssertTrue(
                        script.contains(option.long), "\(shell): \(chain.fullName) --\(option.long)")
                }
            }
            XCTAssertTrue(script.hasSuffix("\n"))
        }
    }

    func testZsh_startsWithCompdefAndQuotesApostrophes() {
        let script = CompletionScript.render(shell: .zsh, root: root)
        XCTAssertTrue(script.hasPrefix("#compdef radar\n"))
        XCTAssertTrue(script.contains("'score:Print every scene'\\''s score, stage, phase and momentum.'"))
        XCTAssertTrue(
            script.contains(
                "'(--format)--format=[How to print the scores: an aligned table, JSON or CSV. With --explain, table or json.]:format:(table json csv)'"
            ))
        XCTAssertTrue(
            script.contains(
                "'(-o --output)-o+[Where to write the site. (default: <vault>/_site)]:dir:_files -/'"))
    }

    func testRender_isDeterministic() {
        for shell in Shell.allCases {
            XCTAssertEqual(
                CompletionScript.render(shell: shell, root: root),
                CompletionScript.render(shell: shell, root: root))
        }
    }
}
