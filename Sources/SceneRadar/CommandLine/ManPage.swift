/// Renders a command table as a man(7) page in section 1: NAME, SYNOPSIS, DESCRIPTION, COMMANDS (each
/// with its arguments and options), OPTIONS, the caller's sections (EXIT STATUS, ENVIRONMENT, FILES…),
/// and EXAMPLES gathered from every command.
public enum ManPage {
    /// The page's roff source, ending with a newline.
    ///
    /// - Parameters:
    ///   - root: the command table.
    ///   - version: the tool's version, shown in the page footer (`radar 1.2.0`).
    ///   - date: the page's date, e.g. the release date `2026-11-25`; a parameter so that output is
    ///     deterministic.
    ///   - sections: further sections, placed between OPTIONS and EXAMPLES in the order given.
    public static func render(root: CommandSpec, version: String, date: String, sections: [ManSection] = [])
        -> String
    {
        let chains = CommandChain.all(from: root)
        var lines = [
            ".\\\" Generated from \(root.name)'s command table; edit the table, not this file.",
            ".TH \(root.name.uppercased()) 1 \"\(date)\" \"\(root.name) \(Roff.argument(Roff.code(version)))\" \"User Commands\"",
            ".SH NAME",
        ]
        lines += Roff.paragraph(
            sentenceFragment(root.abstract), escapedPrefix: Roff.code(root.name) + " \\-")
        lines += [
            ".SH SYNOPSIS"
        ]
        let leaves = chains.filter { $0.command.subcommands.isEmpty }
        for (offset, chain) in leaves.enumerated() {
            if offset > 0 { lines.append(".br") }
            lines += synopsis(of: chain)
        }
        lines += [".br", ".B \(Roff.code(root.name)) \\-\\-version", ".SH DESCRIPTION"]
        lines += paragraphs(root.discussion.isEmpty ? root.abstract : root.discussion, first: true)
        lines.append(".SH COMMANDS")
        for chain in chains where !chain.isRoot {
            lines += command(chain)
        }
        lines += [".SH OPTIONS", "These options are understood by every command:"]
        lines += item(CommandSpec.helpOption)
        lines += [".PP", "This one by \(Roff.code(root.name)) alone:"]
        lines += item(CommandSpec.versionOption)
        for section in sections {
            lines += [".SH " + Roff.argument(Roff.text(section.title.uppercased()))]
            for (offset, paragraph) in section.paragraphs.enumerated() {
                if offset > 0 { lines.append(".PP") }
                lines += Roff.paragraph(paragraph)
            }
            for entry in section.items {
                lines += [".TP", ".B " + Roff.argument(Roff.code(entry.term))] + Roff.paragraph(entry.text)
            }
        }
        lines += examples(chains)
        return lines.joined(separator: "\n") + "\n"
    }
}

// MARK: - Pieces

extension ManPage {
    /// The abstract as a NAME line wants it: lower-case start, no final period.
    private static func sentenceFragment(_ abstract: String) -> String {
        var text = abstract.hasSuffix(".") ? String(abstract.dropLast()) : abstract
        if let first = text.first { text = first.lowercased() + text.dropFirst() }
        return text
    }

    /// One synopsis line: bold words and options, italic values, roman brackets.
    private static func synopsis(of chain: CommandChain) -> [String] {
        var lines = [".B " + Roff.code(chain.fullName)]
        for argument in chain.command.arguments {
            let name = Roff.code(argument.name)
            switch argument.arity {
            case .required: lines.append(".I " + name)
            case .optional: lines.append(".RI [ " + name + " ]")
            case .repeating: lines.append(".RI [ " + name + " \" ...]\"")
            }
        }
        for option in chain.command.options {
            if let value = option.value {
                lines += [".RB [ " + Roff.code(option.longFlag), ".IR " + Roff.code(value.name) + " ]"]
            } else {
                lines.append(".RB [ " + Roff.code(option.longFlag) + " ]")
            }
        }
        return lines
    }

    /// A command's subsection: abstract, discussion, then its arguments and options.
    private static func command(_ chain: CommandChain) -> [String] {
        let command = chain.command
        var lines = [".SS " + Roff.argument(Roff.code(chain.fullName))]
        lines += paragraphs(command.abstract, first: true)
        if !command.discussion.isEmpty { lines += paragraphs(command.discussion, first: false) }
        if command.subcommands.isEmpty {
            for argument in command.arguments {
                let text =
                    argument.help
                    + HelpFormatter.details(
                        values: argument.kind.allowedValues, defaultValue: argument.defaultValue)
                lines += [".TP", ".I " + Roff.argument(Roff.code(argument.name))] + Roff.paragraph(text)
            }
        }
        for option in command.options {
            lines += item(option)
        }
        return lines
    }

    /// An option as a tagged paragraph: `-o, --output dir` then its help.
    private static func item(_ option: OptionSpec) -> [String] {
        var label = (option.short.map { "\\-\($0), " } ?? "") + Roff.code(option.longFlag)
        if let value = option.value { label += " \\fI" + Roff.code(value.name) + "\\fP" }
        var text =
            option.help
            + HelpFormatter.details(values: option.allowedValues, defaultValue: option.value?.defaultValue)
        if option.isRepeatable { text += " May be given more than once." }
        return [".TP", ".B " + Roff.argument(label)] + Roff.paragraph(text)
    }

    /// Help text as roff paragraphs; indented lines are kept as written.
    private static func paragraphs(_ text: String, first: Bool) -> [String] {
        var lines: [String] = []
        for (offset, paragraph) in text.split(separator: "\n\n").enumerated() {
            if offset > 0 || !first { lines.append(".PP") }
            let sourceLines = paragraph.split(separator: "\n").map(String.init)
            if sourceLines.contains(where: { $0.hasPrefix(" ") }) {
                lines += [".nf"] + sourceLines.map { Roff.text($0) } + [".fi"]
            } else {
                lines += Roff.paragraph(sourceLines.joined(separator: " "))
            }
        }
        return lines
    }

    private static func examples(_ chains: [CommandChain]) -> [String] {
        let examples = chains.flatMap(\.command.examples)
        guard !examples.isEmpty else { return [] }
        var lines = [".SH EXAMPLES"]
        for (offset, example) in examples.enumerated() {
            if offset > 0 { lines.append(".PP") }
            lines += Roff.paragraph(example.description)
            lines += [".PP", ".RS 4", ".EX", Roff.code("$ " + example.command), ".EE", ".RE"]
        }
        return lines
    }
}
