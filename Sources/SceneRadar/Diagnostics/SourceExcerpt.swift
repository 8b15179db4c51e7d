/// The part of a source line shown under a diagnostic, and the caret line below it.
///
/// A line of ordinary length is shown whole. A long one (a body written as one paragraph on a
/// single line, minified data) is cut to a window around the diagnostic's column, with `…` where
/// it was cut, so a report stays readable and its size does not grow with the line: a note with
/// a hundred thousand problems on one line of a megabyte would otherwise print that line a
/// hundred thousand times.
struct SourceExcerpt: Equatable {
    /// The text shown: the line, or the window of it, with `…` at each end cut.
    let text: String
    /// Spaces up to the column (as many as each character's terminal columns), with tabs where
    /// the shown text has tabs, so the marker lines up.
    let pad: String
    /// `^` and a `~` for each further column of the span, within what is shown.
    let marker: String

    /// The widest line shown whole, in Unicode scalars.
    static let widestWholeLine = 160
    /// How many scalars before the column a cut line keeps.
    static let contextBefore = 60

    /// A line ready for excerpts: its scalars, split once however many diagnostics point into it.
    struct Line {
        let scalars: [Unicode.Scalar]

        init(_ line: Substring) {
            scalars = Array(line.unicodeScalars)
        }

        /// The excerpt for a span at 1-based `column`, `length` scalars long.
        func excerpt(column: Int, length: Int) -> SourceExcerpt {
            let index = min(max(column, 1) - 1, scalars.count)
            var start = 0
            var end = scalars.count
            if scalars.count > SourceExcerpt.widestWholeLine {
                start = max(
                    0, min(index - SourceExcerpt.contextBefore, scalars.count - SourceExcerpt.widestWholeLine)
                )
                end = min(scalars.count, start + SourceExcerpt.widestWholeLine)
            }
            let before = start > 0 ? "…" : ""
            var text = before
            text.unicodeScalars.append(contentsOf: scalars[start..<end])
            if end < scalars.count { text += "…" }
            // The pad and the marker take the columns the text does in a terminal: two for a
            // wide (CJK) character or an emoji, none for a combining mark.
            var pad = before.isEmpty ? "" : " "
            for position in start..<max(start, max(column, 1) - 1) {
                guard position < scalars.count else {
                    pad += " "
                    continue
                }
                let scalar = scalars[position]
                pad += scalar == "\t" ? "\t" : String(repeating: " ", count: DisplayWidth.of(scalar))
            }
            let shown = min(max(length, 1), max(end - index, 1))
            let width = scalars[min(index, end)..<min(index + shown, end)].reduce(0) {
                $0 + DisplayWidth.of($1)
            }
            return SourceExcerpt(
                text: text, pad: pad, marker: "^" + String(repeating: "~", count: max(width, 1) - 1))
        }
    }
}

/// The excerpts of diagnostics in a row: a line is split into scalars once for all the
/// diagnostics in a row that point into it.
struct SourceExcerpts {
    private var last: (file: String, line: Int, text: SourceExcerpt.Line?)?

    /// The excerpt under `diagnostic`, its line read through `lines(file, line)`; `nil` when it
    /// has no line or the line cannot be read.
    mutating func excerpt(
        for diagnostic: Diagnostic, lines: (String, Int) -> Substring?
    ) -> SourceExcerpt? {
        let location = diagnostic.location
        guard location.line > 0 else { return nil }
        if last?.file != location.file || last?.line != location.line {
            last = (
                location.file, location.line, lines(location.file, location.line).map(SourceExcerpt.Line.init)
            )
        }
        return last?.text?.excerpt(column: location.column, length: diagnostic.length)
    }
}
