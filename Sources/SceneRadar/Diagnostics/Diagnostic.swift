/// A problem found in the vault: data, not text, so every output format renders the same facts.
public struct Diagnostic: Sendable, Hashable {
    /// A secondary message, optionally pointing somewhere else (e.g. the first occurrence of a key).
    public struct Note: Sendable, Hashable {
        /// The note's text.
        public var message: String
        /// Where it points, if anywhere.
        public var location: SourceLocation?

        /// Creates a note.
        public init(_ message: String, at location: SourceLocation? = nil) {
            self.message = message
            self.location = location
        }
    }

    /// A suggested edit: replace the highlighted text with `replacement`.
    public struct FixIt: Sendable, Hashable {
        /// What the edit does, e.g. "replace with 'attendance'".
        public var message: String
        /// The text that replaces the highlighted range.
        public var replacement: String

        /// Creates a fix-it.
        public init(_ message: String, replacement: String) {
            self.message = message
            self.replacement = replacement
        }
    }

    /// How serious the problem is.
    public var severity: Severity
    /// The stable code of the rule that found it.
    public var code: DiagnosticCode
    /// A message that makes sense on its own.
    public var message: String
    /// Where it is.
    public var location: SourceLocation
    /// How many Unicode scalars from the location the caret line underlines (at least 1).
    public var length: Int
    /// Further notes.
    public var notes: [Note]
    /// An optional suggested edit of the highlighted text.
    public var fixIt: FixIt?

    /// Creates a diagnostic; the severity defaults to the code's.
    public init(
        _ code: DiagnosticCode,
        _ message: String,
        at location: SourceLocation,
        length: Int = 1,
        severity: Severity? = nil,
        notes: [Note] = [],
        fixIt: FixIt? = nil
    ) {
        self.code = code
        self.message = message
        self.location = location
        self.length = max(length, 1)
        self.severity = severity ?? code.defaultSeverity
        self.notes = notes
        self.fixIt = fixIt
    }
}

extension Diagnostic: Comparable {
    /// Diagnostics sort by file, line, column, then code, so every output is stable.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.code != rhs.code { return lhs.code < rhs.code }
        return lhs.message < rhs.message
    }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error.
    public var containsError: Bool { contains { $0.severity == .error } }
}

/// A diagnostic can be thrown or carried in a `Result` where one problem ends a step.
extension Diagnostic: Error {}
