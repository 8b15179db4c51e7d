/// The commands from the root to one command, e.g. `radar` → `new` → `scene`: what the parser, help
/// and error messages need to name a command in full and to know which built-in options it has.
struct CommandChain: Sendable, Hashable {
    /// The root first, the selected command last; never empty.
    private(set) var commands: [CommandSpec]

    /// A chain holding only the root.
    init(root: CommandSpec) {
        commands = [root]
    }

    /// The chain that follows `path` from `root` as far as the names match.
    init(root: CommandSpec, path: [String]) {
        self.init(root: root)
        for name in path {
            guard let next = command.subcommand(named: name) else { break }
            append(next)
        }
    }

    /// The selected command.
    var command: CommandSpec { commands[commands.count - 1] }

    /// Whether the selected command is the root.
    var isRoot: Bool { commands.count == 1 }

    /// The names below the root, e.g. `["new", "scene"]`.
    var path: [String] { commands.dropFirst().map(\.name) }

    /// The full name, e.g. `radar new scene`.
    var fullName: String { commands.map(\.name).joined(separator: " ") }

    /// Selects a subcommand of the selected command.
    mutating func append(_ subcommand: CommandSpec) {
        commands.append(subcommand)
    }

    /// The declared options plus the built-in ones: `--version` on the root, `-h, --help` everywhere.
    var allOptions: [OptionSpec] {
        var options = command.options
        if isRoot { options.append(CommandSpec.versionOption) }
        options.append(CommandSpec.helpOption)
        return options
    }

    /// The one-line usage: `radar lint [<vault>] [--format <format>] [--strict]`, or
    /// `radar new <subcommand>` for a command with subcommands.
    var usage: String {
        if !command.subcommands.isEmpty { return fullName + " <subcommand>" }
        let parts = command.arguments.map(\.synopsis) + command.options.map(\.synopsis)
        return ([fullName] + parts).joined(separator: " ")
    }
}

// MARK: - Walking the tree

extension CommandChain {
    /// Every command of the tree, the root first, depth first in declaration order.
    static func all(from root: CommandSpec) -> [CommandChain] {
        var chains: [CommandChain] = []
        func visit(_ chain: CommandChain) {
            chains.append(chain)
            for subcommand in chain.command.subcommands {
                var next = chain
                next.append(subcommand)
                visit(next)
            }
        }
        visit(CommandChain(root: root))
        return chains
    }

    /// The option spellings a shell offers: `--format`, then `-o` and `--output`, … `-h`, `--help`.
    var optionWords: [String] {
        allOptions.flatMap { option in (option.short.map { ["-\($0)"] } ?? []) + [option.longFlag] }
    }
}
