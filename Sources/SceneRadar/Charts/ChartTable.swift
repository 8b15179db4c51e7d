/// The data behind a chart as a table, so the page can render an accessible `<table>` beside the
/// SVG (and readers without images, or with a screen reader, get every number).
///
/// Cells are plain, unescaped text (cleaned of control characters, bidi controls balanced): the
/// page's template escapes them. The first column names the row and is meant for `<th scope="row">`.
public struct ChartTable: Sendable, Hashable {
    /// A caption for `<caption>`, e.g. "Score history of Amapiano Leeds".
    public var caption: String
    /// The column headers, for `<th scope="col">`.
    public var columns: [String]
    /// The rows; each has exactly `columns.count` cells.
    public var rows: [[String]]
    /// For each row, a safe link target for its first cell (relative or http(s)), or nil.
    /// Empty when the chart has no links.
    public var rowLinks: [String?]

    /// Creates a table.
    public init(caption: String, columns: [String], rows: [[String]], rowLinks: [String?] = []) {
        self.caption = caption
        self.columns = columns
        self.rows = rows
        self.rowLinks = rowLinks
    }
}

/// What every chart returns: the SVG markup and the same data as a table.
public struct RenderedChart: Sendable, Hashable {
    /// A complete `<svg>` element, well-formed XML, ready to embed inline in HTML or to write as a
    /// `.svg` file (render with `standalone: true` for files, so they carry their own colours).
    public var svg: String
    /// The chart's data as a table model.
    public var table: ChartTable

    /// Creates a rendered chart.
    public init(svg: String, table: ChartTable) {
        self.svg = svg
        self.table = table
    }

    /// The chart as a `.svg` file: the inline chart with the `<style>` a file carries after its
    /// `<desc>` — what `render(standalone: true)` draws, without drawing the chart again. (The
    /// first `</desc>` is the frame's: titles and descriptions are escaped text.)
    public func standalone() -> RenderedChart {
        let marker = "</desc>\n"
        guard let offset = ByteSearch.firstOffset(of: marker, in: svg), !ByteSearch.contains(svg, "<style>")
        else {
            return self
        }
        let end = svg.utf8.index(svg.utf8.startIndex, offsetBy: offset + marker.utf8.count)
        var text = String(svg[..<end])
        text.reserveCapacity(svg.utf8.count + ChartStyle.standaloneCSS.utf8.count + 16)
        text += "<style>" + ChartStyle.standaloneCSS + "</style>\n"
        text += svg[end...]
        return RenderedChart(svg: text, table: table)
    }
}
