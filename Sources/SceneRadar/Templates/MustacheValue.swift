/// A value a Mustache template renders: the context the site builds for a page.
///
/// Values are plain data (plus the rare ``MustacheLambda``), so a context built once can be
/// rendered on several threads at the same time.
///
/// ```swift
/// let page: MustacheValue = [
///     "title": "Amapiano in Lagos",
///     "score": 72.5,
///     "tracks": [["name": "Mnike"], ["name": "Tshwala Bam"]],
/// ]
/// ```
public enum MustacheValue: Sendable, Equatable {
    /// No value; renders as the empty string and is falsey.
    case null
    /// A boolean; `false` is falsey.
    case bool(Bool)
    /// An integer; renders in decimal digits. Always truthy, `0` included: a score of zero
    /// is still a score.
    case int(Int)
    /// A floating-point number; renders in the shortest form that reads back exactly, and
    /// without `.0` when it is a whole number (`1.5`, `85`). Always truthy.
    case double(Double)
    /// A string; the empty string is falsey, so `{{#subtitle}}…{{/subtitle}}` skips an
    /// optional text that was left empty.
    case string(String)
    /// A list; a section renders once per element, an empty list is falsey.
    case list([MustacheValue])
    /// An object (a hash); names in tags are looked up in its keys. Always truthy.
    case object(MustacheObject)
    /// A function called by the template (the spec's optional `~lambdas` module).
    case lambda(MustacheLambda)

    /// Whether a section `{{#name}}` renders (and an inverted section `{{^name}}` does not).
    ///
    /// Falsey are `null`, `false`, the empty string and the empty list; everything else,
    /// every number and every object included, is truthy.
    public var isTruthy: Bool {
        switch self {
        case .null: return false
        case .bool(let value): return value
        case .string(let value): return !value.isEmpty
        case .list(let values): return !values.isEmpty
        case .int, .double, .object, .lambda: return true
        }
    }

    /// The value for `key` when this is an object, otherwise `nil`.
    public subscript(key: String) -> MustacheValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }
}

// MARK: - Conversions

extension MustacheValue {
    /// Wraps any value that knows its Mustache form.
    public init(_ value: some MustacheRepresentable) {
        self = value.mustacheValue
    }

    /// A list made by converting each element of `sequence`.
    public init<S: Sequence>(_ sequence: S, _ transform: (S.Element) throws -> MustacheValue) rethrows {
        self = .list(try sequence.map(transform))
    }
}

/// A type that converts itself to a ``MustacheValue``, so site code can write
/// `MustacheValue(scene.tags)` instead of mapping by hand.
public protocol MustacheRepresentable {
    /// The value a template sees.
    var mustacheValue: MustacheValue { get }
}

extension MustacheValue: MustacheRepresentable {
    /// The value itself.
    public var mustacheValue: MustacheValue { self }
}

extension String: MustacheRepresentable {
    /// `.string(self)`.
    public var mustacheValue: MustacheValue { .string(self) }
}

extension Substring: MustacheRepresentable {
    /// `.string(String(self))`.
    public var mustacheValue: MustacheValue { .string(String(self)) }
}

extension Int: MustacheRepresentable {
    /// `.int(self)`.
    public var mustacheValue: MustacheValue { .int(self) }
}

extension Double: MustacheRepresentable {
    /// `.double(self)`.
    public var mustacheValue: MustacheValue { .double(self) }
}

extension Bool: MustacheRepresentable {
    /// `.bool(self)`.
    public var mustacheValue: MustacheValue { .bool(self) }
}

extension Optional: MustacheRepresentable where Wrapped: MustacheRepresentable {
    /// The wrapped value's form, or `.null`.
    public var mustacheValue: MustacheValue { self?.mustacheValue ?? .null }
}

extension Array: MustacheRepresentable where Element: MustacheRepresentable {
    /// `.list` of the elements' forms.
    public var mustacheValue: MustacheValue { .list(map(\.mustacheValue)) }
}

extension Dictionary: MustacheRepresentable where Key == String, Value: MustacheRepresentable {
    /// `.object` of the values' forms.
    public var mustacheValue: MustacheValue { .object(MustacheObject(mapValues(\.mustacheValue))) }
}
