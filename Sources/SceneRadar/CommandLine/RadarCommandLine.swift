/// radar's command table as data: every command, argument and option with its help, from which the
/// parser, `--help`, `radar help`, the shell completions and the man page are derived.
///
/// No behaviour lives here: the executable parses with ``ArgumentParser`` against ``root`` and maps
/// ``ParsedInvocation/path`` to the library, along these lines:
///
///     switch ArgumentParser.parse(Array(CommandLine.arguments.dropFirst()), root: RadarCommandLine.root) {
///     case .failure(let error):
///         // error.rendered to standard error, then exit(error.exitCode), which is 2
///     case .success(let invocation):
///         switch invocation.action {
///         case .help: print(HelpFormatter().render(path: invocation.path, root: RadarCommandLine.root))
///         case .version: print(version)
///         case .run:
///             switch invocation.path {
///             case ["lint"], ["check"]: lint(vault: invocation.string("vault"), ...)
///             case ["completion"]: print(CompletionScript.render(shell: ..., root: RadarCommandLine.root), terminator: "")
///             ...
///             }
///         }
///     }
public enum RadarCommandLine {
    /// The `radar` command and all its subcommands.
    public static let root = CommandSpec(
        "radar",
        abstract: "Compile a curator's notes on music micro-scenes into a scored, credited static site.",
        discussion: """
            A vault is a folder of Markdown notes with front matter: a profile per scene \
            (scenes/<scene>/scene.md), one log per scene per week (scenes/<scene>/log/2026-W47.md) \
            and optional notes on people (people/<person>.md), with site settings in radar.yml. \
            radar checks the notes, scores every scene on the early signals that a micro-scene is \
            about to break, and writes a static site that says who to credit and how to support them.

            Run a command inside the vault, or give it the vault's folder.
            """,
        subcommands: [
            build, lint, check, score, new, initCommand, serve, schema, dump, completion,
            CommandSpec.helpCommand(),
        ])

    // MARK: - Shared pieces

    /// `[<vault>]`: the vault folder, the current directory by default.
    static let vaultArgument = ArgumentSpec(
        "vault", help: "The vault: the folder holding radar.yml, scenes/ and people/.", kind: .directory,
        arity: .optional, defaultValue: ".")

    /// `--vault <dir>` for commands whose argument is something else (`radar new scene NAME`).
    static let vaultOption = OptionSpec.option(
        "vault", value: .init(name: "dir", kind: .directory, defaultValue: "."),
        help: "The vault to add the note to.")

    /// `-o, --output <dir>`.
    static let outputOption = OptionSpec.option(
        "output", short: "o", value: .init(name: "dir", kind: .directory),
        help: "Where to write the site. (default: <vault>/_site)")

    /// `--format <format>` for diagnostics.
    static let diagnosticsFormatOption = OptionSpec.option(
        "format",
        value: .init(
            name: "format", kind: .choice(["text", "json", "sarif", "github"]), defaultValue: "text"),
        help: """
            How to print diagnostics: text for people, json for scripts, sarif for code-scanning \
            tools, github for annotations in a GitHub Actions log.
            """)

    /// `--strict`.
    static let strictFlag = OptionSpec.flag("strict", help: "Fail on warnings too, not only on errors.")
}
