/// A command line that does not fit the command table: what is wrong, a "did you mean" suggestion,
/// and the usage of the command it was meant for. Exit status 2.
///
/// Renders like swift-argument-parser:
///
///     Error: Unknown option '--strct'. Did you mean '--strict'?
///     Usage: radar lint [<vault>] [--format <format>] [--strict] [--quiet]
///     See 'radar lint --help' for more information.
public struct UsageError: Error, Sendable, Hashable {
    /// What is wrong.
    public enum Kind: Sendable, Hashable {
        /// An option the command does not have, as typed (`--strct`, `-x`).
        case unknownOption(String)
        /// A word that starts with `-` where the command takes an argument (`radar new person
        /// "-Kofi"`): an unknown option, or a value meant for the argument, whose name it gives.
        case unknownOptionOrValue(String, argument: String)
        /// A word where a subcommand was expected (`radar bild`).
        case unknownCommand(String)
        /// Positional arguments beyond those the command takes.
        case unexpectedArguments([String])
        /// A required argument is missing; its name (`name` for `<name>`).
        case missingArgument(String)
        /// An option given without its value; the option's help label (`--format <format>`).
        case missingValue(String)
        /// A flag given a value (`--strict=yes`).
        case valueForFlag(flag: String, value: String)
        /// A value that its option or argument does not accept, with what was expected.
        case invalidValue(value: String, target: String, expected: String)
        /// Two options that do not go together, as typed (`--format csv`, `--explain`), and why.
        case incompatibleOptions(String, String, reason: String)
    }

    /// What is wrong.
    public var kind: Kind
    /// The word the user probably meant, if one is close.
    public var suggestion: String?
    /// The full name of the command the line was meant for, e.g. `radar lint`.
    public var commandName: String
    /// That command's one-line usage.
    public var usage: String

    /// Creates a usage error.
    public init(_ kind: Kind, suggestion: String? = nil, commandName: String, usage: String) {
        self.kind = kind
        self.suggestion = suggestion
        self.commandName = commandName
        self.usage = usage
    }

    /// Creates a usage error for the command at the end of `chain`.
    init(_ kind: Kind, suggestion: String? = nil, chain: CommandChain) {
        self.init(kind, suggestion: suggestion, commandName: chain.fullName, usage: chain.usage)
    }

    /// The exit status for usage errors (SPEC §5).
    public var exitCode: Int32 { 2 }

    /// The message without the "Error: " prefix, with the suggestion if any.
    public var message: String {
        let text: String
        switch kind {
        case .unknownOption(let option):
            text = "Unknown option '\(option)'"
        case .unknownOptionOrValue(let word, let argument):
            text =
                "Unknown option '\(word)'. If it is the <\(argument)>, put '--' before it: "
                + "\(commandName) -- '\(word)'"
        case .unknownCommand(let word):
            text = "Unknown command '\(word)'"
        case .unexpectedArguments(let words):
            text =
                words.count == 1
                ? "Unexpected argument '\(words[0])'"
                : "\(words.count) unexpected arguments: " + words.map { "'\($0)'" }.joined(separator: ", ")
        case .missingArgument(let name):
            text = "Missing expected argument '<\(name)>'"
        case .missingValue(let label):
            text = "Missing value for '\(label)'"
        case .valueForFlag(let flag, let value):
            text = "The flag '\(flag)' does not take a value, but '\(value)' was given"
        case .invalidValue(let value, let target, let expected):
            text = "Invalid value '\(value)' for '\(target)'; expected \(expected)"
        case .incompatibleOptions(let first, let second, let reason):
            text = "'\(first)' cannot be used with '\(second)': \(reason)"
        }
        guard let suggestion else { return text }
        return text + ". Did you mean '\(suggestion)'?"
    }

    /// The three lines to print on standard error (no trailing newline).
    public var rendered: String {
        """
        Error: \(message)
        Usage: \(usage)
        See '\(commandName) --help' for more information.
        """
    }
}
