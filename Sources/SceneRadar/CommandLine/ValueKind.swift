/// What a value of an option or argument may be: drives validation, help text and shell completion.
public enum ValueKind: Sendable, Hashable {
    /// Any text (a URL, a scene name, an ISO week); shells complete nothing.
    case text
    /// A whole number inside a range, e.g. a port; anything else is a usage error.
    case integer(ClosedRange<Int>)
    /// One of a fixed list of words, e.g. `text|json|sarif|github`; shells complete the words.
    case choice([String])
    /// A path to a folder; shells complete directories.
    case directory
    /// A path to a file; shells complete file names.
    case file
    /// A scene, by slug, name or alias; shells complete the folder names under `scenes/` of the
    /// working folder (the vault radar is usually run in).
    case scene

    /// The words a `.choice` allows, in order; empty for every other kind.
    public var allowedValues: [String] {
        if case .choice(let values) = self { return values }
        return []
    }
}

extension ValueKind {
    /// Why `value` is not acceptable, or `nil` when it is.
    ///
    /// - Returns: what was expected (e.g. "one of text, json") and a close allowed word, if any.
    func problem(with value: String) -> (expected: String, suggestion: String?)? {
        switch self {
        case .text, .scene:
            return nil
        case .integer(let range):
            if let number = Int(value), range.contains(number) { return nil }
            if range.lowerBound == Int.min && range.upperBound == Int.max {
                return ("an integer", nil)
            }
            return ("an integer from \(range.lowerBound) to \(range.upperBound)", nil)
        case .choice(let values):
            if values.contains(value) { return nil }
            return (
                "one of " + values.joined(separator: ", "),
                Suggestion.closest(to: value, among: values)
            )
        case .directory, .file:
            return value.isEmpty ? ("a path", nil) : nil
        }
    }
}
