/// Parses the words that follow a command without subcommands: its options, flags and arguments.
struct CommandArgumentsParser {
    /// The commands from the root to the one being parsed.
    let chain: CommandChain
    private var values: [String: [String]] = [:]
    private var flags: Set<String> = []
    private var positionals: [String] = []

    /// Creates a parser for the command at the end of `chain`.
    init(chain: CommandChain) {
        self.chain = chain
    }

    /// Parses `words`, the command line after the command's name.
    mutating func parse(_ words: [String]) throws(UsageError) -> ParsedInvocation {
        let beforeDoubleDash = words.prefix { $0 != "--" }
        if beforeDoubleDash.contains("-h") || beforeDoubleDash.contains("--help") {
            return ParsedInvocation(action: .help, chain: chain)
        }
        var index = 0
        var optionsEnded = false
        while index < words.count {
            let word = words[index]
            index += 1
            if optionsEnded || word == "-" || !word.hasPrefix("-") || isNegativeNumber(word) {
                positionals.append(word)
            } else if word == "--" {
                optionsEnded = true
            } else if let early = try parseOption(word, words: words, index: &index) {
                return ParsedInvocation(action: early, chain: chain)
            }
        }
        try assignPositionals()
        return ParsedInvocation(action: .run, chain: chain, values: values, flags: flags)
    }
}

// MARK: - Options

extension CommandArgumentsParser {
    /// Parses one `--name[=value]` or `-abc` word; returns an action when it asks for help or version.
    private mutating func parseOption(_ word: String, words: [String], index: inout Int) throws(UsageError)
        -> ParsedInvocation.Action?
    {
        if word.hasPrefix("--") {
            let body = word.dropFirst(2)
            let name = String(body.prefix { $0 != "=" })
            let inline = body.firstIndex(of: "=").map { String(body[body.index(after: $0)...]) }
            guard let option = chain.allOptions.first(where: { $0.long == name }) else {
                throw ArgumentParser.unknownOption(word, in: chain)
            }
            return try apply(option, inline: inline, words: words, index: &index)
        }
        let letters = Array(word.dropFirst())
        for (offset, letter) in letters.enumerated() {
            guard let option = chain.allOptions.first(where: { $0.short == letter }) else {
                throw ArgumentParser.unknownOption(offset == 0 ? word : "-\(letter)", in: chain)
            }
            if option.isFlag {
                if let action = try apply(option, inline: nil, words: words, index: &index) { return action }
                continue
            }
            var rest = String(letters[(offset + 1)...])
            if rest.hasPrefix("=") { rest.removeFirst() }
            return try apply(option, inline: rest.isEmpty ? nil : rest, words: words, index: &index)
        }
        return nil
    }

    /// Records an option or flag, taking its value from `inline` or the next word.
    private mutating func apply(_ option: OptionSpec, inline: String?, words: [String], index: inout Int)
        throws(UsageError) -> ParsedInvocation.Action?
    {
        guard let valueSpec = option.value else {
            if let inline {
                throw UsageError(.valueForFlag(flag: option.longFlag, value: inline), chain: chain)
            }
            if option == CommandSpec.helpOption { return .help }
            if option == CommandSpec.versionOption && chain.isRoot { return .version }
            flags.insert(option.long)
            return nil
        }
        var value = inline
        if value == nil, index < words.count, canBeValue(words[index]) {
            value = words[index]
            index += 1
        }
        guard let value else { throw UsageError(.missingValue(option.helpLabel), chain: chain) }
        try validate(value, kind: valueSpec.kind, target: option.longFlag)
        if option.isRepeatable {
            values[option.long, default: []].append(value)
        } else {
            values[option.long] = [value]
        }
        return nil
    }

    /// Whether the next word can be an option's value: not something that looks like an option.
    private func canBeValue(_ word: String) -> Bool {
        !word.hasPrefix("-") || word == "-" || isNegativeNumber(word)
    }

    private func isNegativeNumber(_ word: String) -> Bool {
        word.count > 1 && word.hasPrefix("-") && Int(word.dropFirst()) != nil
            && !chain.allOptions.contains { $0.short?.isNumber == true }
    }

    private func validate(_ value: String, kind: ValueKind, target: String) throws(UsageError) {
        guard let problem = kind.problem(with: value) else { return }
        throw UsageError(
            .invalidValue(value: value, target: target, expected: problem.expected),
            suggestion: problem.suggestion, chain: chain)
    }
}

// MARK: - Arguments

extension CommandArgumentsParser {
    /// Hands the positional words to the declared arguments in order.
    private mutating func assignPositionals() throws(UsageError) {
        var remaining = positionals[...]
        for argument in chain.command.arguments {
            let taken: [String]
            switch argument.arity {
            case .required:
                guard let word = remaining.popFirst() else {
                    throw UsageError(.missingArgument(argument.name), chain: chain)
                }
                taken = [word]
            case .optional:
                taken = remaining.popFirst().map { [$0] } ?? []
            case .repeating:
                taken = Array(remaining)
                remaining = []
            }
            for word in taken { try validate(word, kind: argument.kind, target: "<\(argument.name)>") }
            if !taken.isEmpty { values[argument.name] = taken }
        }
        if !remaining.isEmpty { throw UsageError(.unexpectedArguments(Array(remaining)), chain: chain) }
    }
}
