/// Matches a command line against a ``CommandSpec`` tree.
///
/// Handles nested subcommands (`radar new scene NAME`), `--opt value`, `--opt=value`, `-o value`,
/// `-ovalue`, clustered short flags (`-qh`), `--` to end options, `-` as a positional, and answers
/// `-h`/`--help` (anywhere before `--`), `radar help COMMAND…` and the root's `--version`. A command
/// with subcommands given none asks for its help, as swift-argument-parser does. Every mismatch is a
/// ``UsageError`` naming the command it was meant for, with a "did you mean" where one is close.
public enum ArgumentParser {
    /// Parses `arguments` (without the program name) against `root`.
    public static func parse(_ arguments: [String], root: CommandSpec) -> Result<ParsedInvocation, UsageError>
    {
        do {
            return .success(try parseOrThrow(arguments, root: root))
        } catch {
            return .failure(error)
        }
    }

    /// Parses `arguments` (without the program name) against `root`, throwing on a usage error.
    public static func parseOrThrow(_ arguments: [String], root: CommandSpec) throws(UsageError)
        -> ParsedInvocation
    {
        var chain = CommandChain(root: root)
        var index = 0
        // After `--` no word is an option: `radar -- --version` names a command, and the
        // command's own words are all values.
        var optionsEnded = false
        while !chain.command.subcommands.isEmpty {
            guard index < arguments.count else { return ParsedInvocation(action: .help, chain: chain) }
            let word = arguments[index]
            index += 1
            if word == "--" && !optionsEnded {
                optionsEnded = true
                continue
            }
            // After `--` only a command's name can follow.
            if !optionsEnded {
                if word == "-h" || word == "--help" {
                    // `radar --help build` shows build's help, as `radar help build` does.
                    for name in arguments[index...] {
                        guard let next = chain.command.subcommand(named: name) else { break }
                        chain.append(next)
                    }
                    return ParsedInvocation(action: .help, chain: chain)
                }
                if word == "--version" && chain.isRoot {
                    // Words after it would be ignored without a word: `radar --version build`.
                    let rest = arguments[index...].filter { $0 != "--" }
                    guard rest.isEmpty else {
                        throw UsageError(.unexpectedArguments(Array(rest)), chain: chain)
                    }
                    return ParsedInvocation(action: .version, chain: chain)
                }
                if word.hasPrefix("-") && word != "-" { throw unknownOption(word, in: chain) }
            }
            guard let next = chain.command.subcommand(named: word) else {
                let names = chain.command.subcommands.map(\.name)
                // `radar version` is the `--version` option.
                let suggestion =
                    chain.isRoot && word == "version"
                    ? "--version" : Suggestion.closest(to: word, among: names)
                throw UsageError(.unknownCommand(word), suggestion: suggestion, chain: chain)
            }
            chain.append(next)
        }
        let rest = Array(arguments[index...])
        if chain.command.isHelpCommand { return try helpTarget(of: rest, helpChain: chain, root: root) }
        var parser = CommandArgumentsParser(chain: chain)
        return try parser.parse((optionsEnded ? ["--"] : []) + rest)
    }

    /// The error for an option the command does not have, suggesting the closest long name.
    ///
    /// `-strict` and `--Strict` both suggest `--strict`; a single unknown letter suggests nothing.
    /// When no option is close and the word may be a value meant for the command's argument (the
    /// argument is required, or the word could not be an option's name: `"- dash"`), the error
    /// says how to pass it.
    static func unknownOption(_ word: String, in chain: CommandChain) -> UsageError {
        let name = word.drop { $0 == "-" }.prefix { $0 != "=" }
        let typed = word.hasPrefix("--") ? "--" + name : word
        let suggestion =
            name.count > 1
            ? Suggestion.closest(to: String(name), among: chain.allOptions.map(\.long)).map { "--" + $0 }
            : nil
        if suggestion == nil, !chain.command.isHelpCommand, let argument = chain.command.arguments.first,
            argument.arity == .required
                || !name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
        {
            return UsageError(.unknownOptionOrValue(word, argument: argument.name), chain: chain)
        }
        return UsageError(.unknownOption(typed), suggestion: suggestion, chain: chain)
    }
}

// MARK: - radar help COMMAND…

extension ArgumentParser {
    /// Resolves the words after `help` to the command whose help to show.
    private static func helpTarget(of words: [String], helpChain: CommandChain, root: CommandSpec)
        throws(UsageError) -> ParsedInvocation
    {
        if words.contains("-h") || words.contains("--help") {
            return ParsedInvocation(action: .help, chain: helpChain)
        }
        var target = CommandChain(root: root)
        for (offset, word) in words.enumerated() {
            if word.hasPrefix("-") && word != "-" { throw unknownOption(word, in: helpChain) }
            if let next = target.command.subcommand(named: word) {
                target.append(next)
                continue
            }
            if target.command.subcommands.isEmpty {
                throw UsageError(.unexpectedArguments(Array(words[offset...])), chain: helpChain)
            }
            let names = target.command.subcommands.map(\.name)
            throw UsageError(
                .unknownCommand(word), suggestion: Suggestion.closest(to: word, among: names),
                chain: helpChain)
        }
        return ParsedInvocation(action: .help, chain: target)
    }
}
