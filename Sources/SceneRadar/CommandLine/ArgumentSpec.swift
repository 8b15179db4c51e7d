/// A positional argument of a command, such as the `VAULT` of `radar lint [VAULT]`.
///
/// Arguments are filled in declaration order, so optional and repeating arguments must come after
/// the required ones (radar's commands all do).
public struct ArgumentSpec: Sendable, Hashable {
    /// How many values an argument takes.
    public enum Arity: Sendable, Hashable {
        /// Exactly one value; a missing one is a usage error.
        case required
        /// Zero or one value; the default applies when it is missing.
        case optional
        /// Zero or more values; only the last argument may repeat.
        case repeating
    }

    /// The name: the key for ``ParsedInvocation/string(_:)`` and the `<name>` shown in usage.
    public var name: String
    /// One line of help.
    public var help: String
    /// What the value may be.
    public var kind: ValueKind
    /// How many values it takes.
    public var arity: Arity
    /// The value used when an optional argument is missing, shown in help as `(default: …)`.
    public var defaultValue: String?

    /// Creates an argument.
    ///
    /// - Parameters:
    ///   - name: the key and the `<name>` of usage lines.
    ///   - help: one line of help.
    ///   - kind: what the value may be; `.text` by default.
    ///   - arity: required, optional or repeating; required by default.
    ///   - defaultValue: the value of a missing optional argument.
    public init(
        _ name: String, help: String, kind: ValueKind = .text, arity: Arity = .required,
        defaultValue: String? = nil
    ) {
        self.name = name
        self.help = help
        self.kind = kind
        self.arity = arity
        self.defaultValue = defaultValue
    }

    /// How the argument reads in a usage line: `<file>`, `[<vault>]` or `[<command> ...]`.
    public var synopsis: String {
        switch arity {
        case .required: return "<\(name)>"
        case .optional: return "[<\(name)>]"
        case .repeating: return "[<\(name)> ...]"
        }
    }
}
