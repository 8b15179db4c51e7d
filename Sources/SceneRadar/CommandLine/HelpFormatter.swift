/// Renders a command's help like swift-argument-parser: OVERVIEW, the discussion, USAGE, ARGUMENTS,
/// OPTIONS, EXAMPLES and SUBCOMMANDS, labels in a 26-column left column, wrapped to `width` columns.
public struct HelpFormatter: Sendable {
    /// The column where help text starts, after a label.
    static let labelColumnWidth = 26
    /// The indentation of labels and rows.
    static let indent = "  "

    /// The width to wrap to; 80 by default, whatever the terminal is, so output is stable.
    public var width: Int

    /// Creates a formatter.
    public init(width: Int = 80) {
        self.width = width
    }

    /// The help of the command at `path` below `root` (`[]` for the root, `["new", "scene"]`), without
    /// a trailing newline. Names that do not match stop the walk: the deepest command found is shown.
    public func render(path: [String], root: CommandSpec) -> String {
        let chain = CommandChain(root: root, path: path)
        let command = chain.command
        var blocks: [[String]] = []
        blocks.append(TextWrapper.wrap("OVERVIEW: " + command.abstract, width: width))
        if !command.discussion.isEmpty {
            blocks.append(TextWrapper.wrap(command.discussion, width: width))
        }
        var usage = TextWrapper.wrap(chain.usage, width: width, indent: 7)
        usage[0] = "USAGE: " + usage[0]
        blocks.append(usage)
        if command.subcommands.isEmpty && !command.arguments.isEmpty {
            blocks.append(
                ["ARGUMENTS:"] + command.arguments.flatMap { row("<\($0.name)>", helpText(for: $0)) })
        }
        blocks.append(["OPTIONS:"] + chain.allOptions.flatMap { row($0.helpLabel, helpText(for: $0)) })
        if !command.examples.isEmpty {
            blocks.append(["EXAMPLES:"] + examples(command.examples))
        }
        if !command.subcommands.isEmpty {
            let rows = command.subcommands.flatMap { row($0.name, $0.abstract) }
            let helpPath = (["\(chain.commands[0].name) help"] + chain.path + ["<subcommand>"])
                .joined(separator: " ")
            blocks.append(
                ["SUBCOMMANDS:"] + rows + ["", Self.indent + "See '\(helpPath)' for detailed help."])
        }
        return blocks.map { $0.joined(separator: "\n") }.joined(separator: "\n\n")
    }
}

// MARK: - Rows

extension HelpFormatter {
    /// A label in the left column and wrapped text in the right one; a label too wide for the column
    /// gets a line of its own.
    private func row(_ label: String, _ text: String) -> [String] {
        let column = Self.labelColumnWidth
        let padded = Self.indent + label
        let lines = TextWrapper.wrap(text, width: width, indent: column)
        if padded.count < column {
            let first = padded + String(repeating: " ", count: column - padded.count) + lines[0]
            return [first] + lines.dropFirst()
        }
        return [padded, String(repeating: " ", count: column) + lines[0]] + lines.dropFirst()
    }

    private func helpText(for option: OptionSpec) -> String {
        option.help
            + HelpFormatter.details(values: option.allowedValues, defaultValue: option.value?.defaultValue)
    }

    private func helpText(for argument: ArgumentSpec) -> String {
        argument.help
            + HelpFormatter.details(values: argument.kind.allowedValues, defaultValue: argument.defaultValue)
    }

    /// ` (values: text, json; default: text)`, or less, or nothing: the suffix of a help line.
    static func details(values: [String], defaultValue: String?) -> String {
        var parts: [String] = []
        if !values.isEmpty { parts.append("values: " + values.joined(separator: ", ")) }
        if let defaultValue { parts.append("default: " + defaultValue) }
        return parts.isEmpty ? "" : " (" + parts.joined(separator: "; ") + ")"
    }

    private func examples(_ examples: [CommandSpec.Example]) -> [String] {
        var lines: [String] = []
        for (offset, example) in examples.enumerated() {
            if offset > 0 { lines.append("") }
            lines += TextWrapper.wrap(Self.indent + example.description, width: width)
            lines.append(Self.indent + "  $ " + example.command)
        }
        return lines
    }
}
