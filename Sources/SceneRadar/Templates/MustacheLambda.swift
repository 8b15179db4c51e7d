/// A Swift function a template calls, the equivalent of the spec's optional `~lambdas`.
///
/// Used as a variable (`{{name}}`), the function receives the empty string; the text it
/// returns is parsed as a template with the default delimiters, rendered against the current
/// context, then escaped (or not, for `{{{name}}}`). Used as a section
/// (`{{#name}}raw text{{/name}}`), it receives the section's unrendered text; what it returns
/// is parsed with the delimiters in effect at the section and rendered in its place. A lambda
/// is always truthy, so an inverted section over one never renders.
///
/// Each call runs the function again (results are not cached). Two lambdas are equal only
/// when they are the same instance.
public struct MustacheLambda: Sendable, Equatable {
    private final class Box: Sendable {
        let body: @Sendable (String) -> String
        init(_ body: @escaping @Sendable (String) -> String) { self.body = body }
    }

    private let box: Box

    /// Wraps `body`, which receives a section's raw text (or `""` as a variable).
    public init(_ body: @escaping @Sendable (_ sectionText: String) -> String) {
        box = Box(body)
    }

    /// Calls the function.
    public func callAsFunction(_ sectionText: String) -> String {
        box.body(sectionText)
    }

    /// Whether both wrap the same function instance.
    public static func == (lhs: MustacheLambda, rhs: MustacheLambda) -> Bool {
        lhs.box === rhs.box
    }
}
