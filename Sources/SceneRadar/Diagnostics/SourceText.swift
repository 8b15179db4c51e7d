/// A text split into lines once, so diagnostics can quote the line they point at.
///
/// Lines are split on LF; a CR before the LF is dropped, so CRLF notes quote cleanly.
public struct SourceText: Sendable {
    /// The lines, without their terminators.
    public let lines: [Substring]

    /// Splits `text` into lines.
    public init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? line.dropLast() : line
        }
    }

    /// The 1-based line `number`, or `nil` when out of range.
    public func line(_ number: Int) -> Substring? {
        number >= 1 && number <= lines.count ? lines[number - 1] : nil
    }
}
