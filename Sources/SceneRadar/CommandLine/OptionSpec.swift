/// A named option (`--format json`) or flag (`--strict`) of a command.
public struct OptionSpec: Sendable, Hashable {
    /// The value an option takes; flags have none.
    public struct Value: Sendable, Hashable {
        /// The `<name>` shown in usage and help, e.g. `dir` in `--output <dir>`.
        public var name: String
        /// What the value may be.
        public var kind: ValueKind
        /// The value used when the option is not given, shown in help as `(default: …)`.
        public var defaultValue: String?

        /// Creates a value description.
        public init(name: String, kind: ValueKind = .text, defaultValue: String? = nil) {
            self.name = name
            self.kind = kind
            self.defaultValue = defaultValue
        }
    }

    /// The long name without dashes (`format` for `--format`); also the key for typed access.
    public var long: String
    /// The optional one-letter name (`o` for `-o`).
    public var short: Character?
    /// One line of help.
    public var help: String
    /// The value the option takes, or `nil` for a flag.
    public var value: Value?
    /// Whether the option may be given several times, each value kept in order; otherwise the last
    /// one wins, so a later `--format text` overrides an alias's `--format json`.
    public var isRepeatable: Bool

    /// Creates an option or flag; prefer ``flag(_:short:help:)`` and ``option(_:short:value:help:)``.
    public init(
        long: String, short: Character? = nil, help: String, value: Value? = nil, isRepeatable: Bool = false
    ) {
        self.long = long
        self.short = short
        self.help = help
        self.value = value
        self.isRepeatable = isRepeatable
    }

    /// A flag: present or absent, never given a value.
    public static func flag(_ long: String, short: Character? = nil, help: String) -> OptionSpec {
        OptionSpec(long: long, short: short, help: help)
    }

    /// An option that takes a value.
    ///
    /// - Parameters:
    ///   - long: the long name without dashes.
    ///   - short: an optional one-letter name.
    ///   - value: the value's name, kind and default.
    ///   - repeatable: whether every occurrence is kept (see ``isRepeatable``).
    ///   - help: one line of help.
    public static func option(
        _ long: String, short: Character? = nil, value: Value, repeatable: Bool = false, help: String
    ) -> OptionSpec {
        OptionSpec(long: long, short: short, help: help, value: value, isRepeatable: repeatable)
    }

    /// Whether this is a flag (takes no value).
    public var isFlag: Bool { value == nil }

    /// The words the value may be, e.g. `["text", "json", "sarif", "github"]`; empty if unrestricted.
    public var allowedValues: [String] { value?.kind.allowedValues ?? [] }

    /// The name as written with dashes: `--format`.
    public var longFlag: String { "--" + long }

    /// How the option reads in a usage line: `[--format <format>]`, `[--strict]`.
    public var synopsis: String {
        var text = longFlag
        if let value { text += " <\(value.name)>" }
        if isRepeatable { text += " ..." }
        return "[\(text)]"
    }

    /// How the option reads in the left column of help: `-o, --output <dir>`.
    public var helpLabel: String {
        var text = short.map { "-\($0), " } ?? ""
        text += longFlag
        if let value { text += " <\(value.name)>" }
        if isRepeatable { text += " ..." }
        return text
    }
}
