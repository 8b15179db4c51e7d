/// A problem in a template, found while parsing it or while rendering it: data with a
/// location, convertible to a ``Diagnostic`` with code `.template`.
public struct MustacheError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Sendable, Hashable {
        /// A tag opens but its closing delimiter never comes; the payload is the delimiter
        /// that was expected (`}}`, or `}}}` for a triple mustache).
        case unclosedTag(expected: String)
        /// A tag with nothing in it, such as `{{}}` or `{{# }}`.
        case emptyTag
        /// A tag whose name is not a name: it holds whitespace (`{{#if x}}` is Handlebars, not
        /// Mustache) or an empty dotted part (`{{a..b}}`).
        case invalidName(String)
        /// A set-delimiter tag that is not `{{=open close=}}` with two delimiters without
        /// whitespace.
        case invalidDelimiters(String)
        /// A section, inverted section, parent or block that is never closed; `kind` says which.
        case unclosedSection(String, kind: String = "section")
        /// A closing tag with no open section.
        case unexpectedClose(String)
        /// A closing tag that does not close the innermost open section.
        case mismatchedClose(expected: String, found: String)
        /// A parent passes the same block twice.
        case duplicateBlock(String)
        /// Sections nest deeper than the parser allows.
        case nestingTooDeep(limit: Int)
        /// A partial or parent that the library does not hold (reported only in strict mode).
        case missingPartial(String)
        /// The template asked for by name is not in the library.
        case missingTemplate(String)
        /// Rendering nested deeper than the limit, usually a partial that includes itself
        /// without end.
        case depthLimit(limit: Int)
        /// Rendering wrote more than the limit, in bytes: partials that include each other
        /// many times over.
        case outputTooLarge(limit: Int)
        /// Rendering entered sections, partials and blocks more than the limit's number of
        /// times: partials that include each other many times over, writing little or nothing.
        case tooMuchWork(limit: Int)
        /// A lambda returned text that does not parse; the payload is that parse error's message.
        case lambdaResult(String)
    }

    /// The note naming a partial tag a render error was reached through (see the renderer).
    public static let throughPartialNote = "reached through this partial tag"

    /// What went wrong.
    public var kind: Kind
    /// The name of the template the error is in, as the library knows it.
    public var template: String
    /// Where: the template's file (as shown to the user) and the 1-based line and column of
    /// the offending tag's opening delimiter; line and column are 0 when the error concerns
    /// the whole template.
    public var location: SourceLocation
    /// How many Unicode scalars the offending tag spans (for the caret line).
    public var length: Int
    /// Further notes, such as where the unmatched section was opened.
    public var notes: [Diagnostic.Note]

    /// Creates an error.
    public init(
        _ kind: Kind, template: String, at location: SourceLocation, length: Int = 1,
        notes: [Diagnostic.Note] = []
    ) {
        self.kind = kind
        self.template = template
        self.location = location
        self.length = max(length, 1)
        self.notes = notes
    }

    /// The 1-based line of the offending tag (0 for the whole template).
    public var line: Int { location.line }
    /// The 1-based column, in Unicode scalars, of the offending tag (0 for the whole template).
    public var column: Int { location.column }

    /// A message that makes sense on its own.
    public var message: String {
        switch kind {
        case .unclosedTag(let expected):
            return "tag is never closed: expected '\(expected)'"
        case .emptyTag:
            return "empty tag: a tag needs a name"
        case .invalidName(let name):
            if name.contains(where: \.isWhitespace) {
                return "invalid tag name '\(name)': names cannot contain spaces "
                    + "(Mustache has no helpers or arguments)"
            }
            return "invalid tag name '\(name)': a dotted name needs a name between every two dots"
        case .invalidDelimiters(let content):
            return "invalid set-delimiter tag '\(content)': write it as {{=<open> <close>=}}, "
                + "two delimiters without whitespace"
        case .unclosedSection(let name, let kind):
            return "\(kind) '\(name)' is never closed"
        case .unexpectedClose(let name):
            return "closing tag '\(name)' has no open section"
        case .mismatchedClose(let expected, let found):
            return "closing tag '\(found)' does not match the open section '\(expected)'"
        case .duplicateBlock(let name):
            return "block '\(name)' is passed twice to the same parent"
        case .nestingTooDeep(let limit):
            return "sections nest deeper than \(limit) levels"
        case .missingPartial(let name):
            return "partial '\(name)' does not exist"
        case .missingTemplate(let name):
            return "template '\(name)' does not exist"
        case .depthLimit(let limit):
            return "sections, partials and blocks nest deeper than \(limit) levels while rendering; "
                + "does a partial include itself without end?"
        case .outputTooLarge(let limit):
            return "the page grows past \(limit >> 20) MiB while rendering; "
                + "do partials include each other many times over?"
        case .tooMuchWork(let limit):
            return "rendering enters sections, partials and blocks more than \(limit) times; "
                + "do partials include each other many times over?"
        case .lambdaResult(let message):
            return "a lambda returned a template that does not parse: \(message)"
        }
    }

    /// The error as a diagnostic with code `.template`.
    public var diagnostic: Diagnostic {
        Diagnostic(.template, message, at: location, length: length, notes: notes)
    }

    /// `file:line:column: message`, for logs and test failures.
    public var description: String {
        var place = location.file
        if location.line > 0 { place += ":\(location.line):\(location.column)" }
        return "\(place): \(message)"
    }
}
