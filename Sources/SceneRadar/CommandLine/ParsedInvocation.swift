/// A command line matched against the command table: which command, what to do, and the values given.
///
/// Values are looked up by name: an option's long name (`format`) or an argument's name (`vault`).
/// Each accessor falls back to the declared default, so `string("vault")` is `"."` when
/// `radar lint` is run without a vault.
public struct ParsedInvocation: Sendable, Hashable {
    /// What the user asked for.
    public enum Action: Sendable, Hashable {
        /// Run the command at ``ParsedInvocation/path``.
        case run
        /// Print the help of the command at ``ParsedInvocation/path`` (`--help`, `-h`, `radar help …`,
        /// or a command with subcommands given none); exit 0.
        case help
        /// Print the version (`radar --version`); exit 0.
        case version
    }

    /// What to do.
    public var action: Action
    /// The commands from the root to the selected one.
    let chain: CommandChain
    /// Values given on the command line, by name, in order.
    let values: [String: [String]]
    /// Flags given on the command line.
    let flags: Set<String>

    /// Creates an invocation (the parser's job).
    init(action: Action, chain: CommandChain, values: [String: [String]] = [:], flags: Set<String> = []) {
        self.action = action
        self.chain = chain
        self.values = values
        self.flags = flags
    }

    /// The command path below the root, e.g. `["new", "scene"]`; empty for the root itself.
    public var path: [String] { chain.path }

    /// The selected command's declaration.
    public var command: CommandSpec { chain.command }

    /// The value of an option or argument: the last one given, else its default, else `nil`.
    public func string(_ name: String) -> String? {
        values[name]?.last ?? defaultValue(of: name)
    }

    /// Every value given for a repeatable option or repeating argument, in order; the default (if
    /// any) when none was given.
    public func strings(_ name: String) -> [String] {
        if let given = values[name], !given.isEmpty { return given }
        return defaultValue(of: name).map { [$0] } ?? []
    }

    /// Whether a flag was given.
    public func flag(_ name: String) -> Bool {
        flags.contains(name)
    }

    /// Whether the user gave a value (rather than relying on the default).
    public func isGiven(_ name: String) -> Bool {
        flags.contains(name) || !(values[name] ?? []).isEmpty
    }

    /// The value as an integer, or `nil` when there is none.
    ///
    /// - Throws: a ``UsageError`` (exit 2) when the value is not an integer, or is outside the
    ///   range an `.integer` option declares.
    public func int(_ name: String) throws(UsageError) -> Int? {
        guard let text = string(name) else { return nil }
        var kind = ValueKind.integer(Int.min...Int.max)
        if case .integer(let range) = valueKind(of: name) { kind = .integer(range) }
        if let problem = kind.problem(with: text) {
            throw UsageError(
                .invalidValue(value: text, target: label(of: name), expected: problem.expected), chain: chain)
        }
        return Int(text)
    }
}

// MARK: - Declarations

extension ParsedInvocation {
    private func option(named name: String) -> OptionSpec? {
        command.options.first { $0.long == name }
    }

    private func argument(named name: String) -> ArgumentSpec? {
        command.arguments.first { $0.name == name }
    }

    private func defaultValue(of name: String) -> String? {
        option(named: name)?.value?.defaultValue ?? argument(named: name)?.defaultValue
    }

    private func valueKind(of name: String) -> ValueKind? {
        option(named: name)?.value?.kind ?? argument(named: name)?.kind
    }

    private func label(of name: String) -> String {
        if let option = option(named: name) { return option.longFlag }
        return "<\(name)>"
    }
}
