/// One node of a parsed radar-YAML document: a scalar, a sequence or a mapping, with the
/// 1-based line and column where it starts.
///
/// There is no implicit typing: every scalar is a string (the "Norway problem": `NO` stays
/// `"NO"`); the schema decides what a value means, and `radar dump --yaml` applies YAML 1.2
/// core-schema typing only for display.
public struct YAMLNode: Sendable, Hashable {
    /// How a scalar was written; quoted and block scalars are never typed.
    public enum ScalarStyle: Sendable, Hashable {
        case plain
        case singleQuoted
        case doubleQuoted
        case literal
        case folded
    }

    /// One `key: value` entry of a mapping, in document order.
    public struct Pair: Sendable, Hashable {
        /// The key, always a scalar (complex keys are rejected by the parser).
        public var key: YAMLNode
        /// The value; an empty plain scalar when nothing follows the colon.
        public var value: YAMLNode

        /// Creates a pair.
        public init(key: YAMLNode, value: YAMLNode) {
            self.key = key
            self.value = value
        }
    }

    /// What the node holds.
    public enum Kind: Sendable, Hashable {
        case scalar(String, ScalarStyle)
        case sequence([YAMLNode])
        case mapping([Pair])
    }

    /// The node's content.
    public var kind: Kind
    /// Where the node starts (for a scalar, its first character; for a quoted one, the quote).
    public var position: SourcePosition
    /// Whether a scalar's text is written as it reads, on one line: plain, or between quotes
    /// with nothing escaped. Only then is its written extent known from its text, so that a
    /// diagnostic can underline it and a fix can replace it (see `writtenLength`).
    public var isVerbatim: Bool

    /// Creates a node.
    public init(_ kind: Kind, at position: SourcePosition, verbatim: Bool = true) {
        self.kind = kind
        self.position = position
        self.isVerbatim = verbatim
    }

    /// Creates a scalar node.
    public static func scalar(
        _ text: String, style: ScalarStyle = .plain, at position: SourcePosition, verbatim: Bool = true
    ) -> YAMLNode {
        YAMLNode(.scalar(text, style), at: position, verbatim: verbatim)
    }

    /// How many Unicode scalars a verbatim scalar takes as written, its quotes included; `nil`
    /// for a collection or a scalar that is not verbatim (its extent is then not known).
    public var writtenLength: Int? {
        guard isVerbatim, case .scalar(let text, let style) = kind else { return nil }
        return style.writtenLength(of: text)
    }
}

// MARK: - Accessors

extension YAMLNode {
    /// The scalar's text, or `nil` for a collection.
    public var scalar: String? {
        if case .scalar(let text, _) = kind { return text }
        return nil
    }

    /// The scalar's style, or `nil` for a collection.
    public var scalarStyle: ScalarStyle? {
        if case .scalar(_, let style) = kind { return style }
        return nil
    }

    /// The items of a sequence, or `nil` for anything else.
    public var items: [YAMLNode]? {
        if case .sequence(let items) = kind { return items }
        return nil
    }

    /// The entries of a mapping, or `nil` for anything else.
    public var pairs: [Pair]? {
        if case .mapping(let pairs) = kind { return pairs }
        return nil
    }

    /// Whether this is a null in the YAML sense: an empty plain scalar, `~` or `null`.
    ///
    /// The schema treats `key:` with nothing after it as an absent value.
    public var isNull: Bool {
        if case .scalar(let text, .plain) = kind {
            // By length first: a null is 0, 1 or 4 bytes (and no other spelling is equal to
            // these ASCII words), so most values are settled without comparing strings.
            switch text.utf8.count {
            case 0: return true
            case 1: return text == "~"
            case 4: return text == "null" || text == "Null" || text == "NULL"
            default: return false
            }
        }
        return false
    }

    /// The value of `key` in a mapping, or `nil`.
    public subscript(key: String) -> YAMLNode? {
        pairs?.first { $0.key.scalar == key }?.value
    }

    /// A short name of the node's kind for messages ("a string", "a list", "a mapping").
    public var kindDescription: String {
        switch kind {
        case .scalar: return isNull ? "nothing (null)" : "a string"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }
}

extension YAMLNode.ScalarStyle {
    /// How many Unicode scalars `text` takes written verbatim in this style: its own, and the
    /// two quotes of a quoted style.
    public func writtenLength(of text: String) -> Int {
        text.unicodeScalars.count + (self == .singleQuoted || self == .doubleQuoted ? 2 : 0)
    }

    /// `text` written in this style, to replace a value written so (a fix-it keeps the quotes the
    /// curator chose): doubled `'` in single quotes, escaped in double quotes, and a plain value
    /// double-quoted when it would not read back as itself unquoted (see `YAMLScalarEmitter`; as
    /// in a flow list, which it may be in). `nil` for a block scalar.
    public func written(_ text: String) -> String? {
        switch self {
        case .singleQuoted: "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
        case .doubleQuoted: YAMLScalarEmitter.doubleQuoted(text)
        case .plain: YAMLScalarEmitter.scalar(text, in: .flow)
        case .literal, .folded: nil
        }
    }
}
