/// A command of a command-line tool, declared as data: its name, help texts, arguments, options and
/// subcommands. The parser, help, shell completions and man page are all derived from it.
///
/// A command either has subcommands (`radar new`) or arguments (`radar new scene NAME`), not both:
/// when it has subcommands its arguments are ignored. Every command accepts `-h`/`--help`; the root
/// accepts `--version`. Neither needs declaring.
public struct CommandSpec: Sendable, Hashable {
    /// A sample invocation shown in help and the man page.
    public struct Example: Sendable, Hashable {
        /// What the example does, e.g. "Check the vault in the current folder".
        public var description: String
        /// The command line, e.g. `radar lint --strict`.
        public var command: String

        /// Creates an example.
        public init(_ description: String, _ command: String) {
            self.description = description
            self.command = command
        }
    }

    /// The word that selects the command (`lint`), or the tool's name for the root (`radar`).
    public var name: String
    /// One sentence: what the command does.
    public var abstract: String
    /// Longer help: paragraphs separated by blank lines; lines indented by spaces are kept as written.
    public var discussion: String
    /// Sample invocations.
    public var examples: [Example]
    /// Positional arguments, in order.
    public var arguments: [ArgumentSpec]
    /// Options and flags, in the order help lists them.
    public var options: [OptionSpec]
    /// Subcommands, in the order help lists them.
    public var subcommands: [CommandSpec]
    /// Whether this is the `help [COMMAND…]` command, which the parser answers with help for COMMAND.
    public var isHelpCommand: Bool

    /// Creates a command.
    public init(
        _ name: String, abstract: String, discussion: String = "", examples: [Example] = [],
        arguments: [ArgumentSpec] = [], options: [OptionSpec] = [], subcommands: [CommandSpec] = []
    ) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.examples = examples
        self.arguments = arguments
        self.options = options
        self.subcommands = subcommands
        self.isHelpCommand = false
    }

    /// The `help [<subcommand> ...]` command: `radar help lint` shows the help of `radar lint`.
    public static func helpCommand() -> CommandSpec {
        var command = CommandSpec(
            "help", abstract: "Show subcommand help information.",
            arguments: [ArgumentSpec("subcommand", help: "The command to show help for.", arity: .repeating)])
        command.isHelpCommand = true
        return command
    }

    /// The direct subcommand called `name`, if any.
    public func subcommand(named name: String) -> CommandSpec? {
        subcommands.first { $0.name == name }
    }

    /// The `-h, --help` flag every command accepts.
    public static let helpOption = OptionSpec.flag("help", short: "h", help: "Show help information.")
    /// The `--version` flag the root command accepts.
    public static let versionOption = OptionSpec.flag("version", help: "Show the version.")
}
