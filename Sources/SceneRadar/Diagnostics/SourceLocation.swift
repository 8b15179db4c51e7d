/// A 1-based line and column inside one text, columns counted in Unicode scalars.
public struct SourcePosition: Sendable, Hashable, Comparable {
    /// 1-based line number.
    public var line: Int
    /// 1-based column, counted in Unicode scalars.
    public var column: Int

    /// Creates a position; both numbers are 1-based.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// Where a diagnostic points: a file and, when known, a position in it.
///
/// A `line` of 0 means the whole file (for example an unreadable note).
public struct SourceLocation: Sendable, Hashable, Comparable {
    /// The path as shown to the user (the vault path joined with the note's relative path).
    public var file: String
    /// 1-based line, or 0 when the diagnostic concerns the whole file.
    public var line: Int
    /// 1-based column in Unicode scalars, or 0 when the diagnostic concerns the whole file.
    public var column: Int

    /// Creates a location inside `file`.
    public init(file: String, line: Int = 0, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// Creates a location from a file and a position inside it.
    public init(file: String, position: SourcePosition) {
        self.init(file: file, line: position.line, column: position.column)
    }

    /// The position, or `nil` when the location is a whole file.
    public var position: SourcePosition? {
        line > 0 ? SourcePosition(line: line, column: max(column, 1)) : nil
    }

    /// The place as compilers print it: `file:line:column`, or `file` for a whole file.
    public var place: String {
        line > 0 ? "\(file):\(line):\(max(column, 1))" : file
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
