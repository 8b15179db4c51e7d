/// The parts every chart shares: the `<svg>` root with its accessible name, and the empty state.
struct ChartFrame {
    /// The id prefix, made a valid XML name; the chart's ids are `<prefix>-title` and so on.
    let prefix: String

    /// Creates a frame; `id` is cleaned into a valid, page-unique-if-given-unique XML id prefix.
    init(id: String) {
        prefix = Self.xmlName(id)
    }

    /// Writes the `<svg>` start tag, `<title>`, `<desc>` and (for files) the `<style>`.
    ///
    /// - Parameters:
    ///   - kind: The chart's class suffix, e.g. `line` → `class="chart chart-line"`.
    ///   - size: Optional size attributes (only the sparkline sets em-based ones; others scale to
    ///     their container through `viewBox`).
    ///   - isImage: `role="img"`, one image to assistive technology. A chart whose marks are
    ///     links, which an image may not hold, is left an SVG document (the `<svg>` element's own
    ///     role, and the only other one the Nu checker allows it beside `application`); it hides
    ///     its drawing from assistive technology instead.
    func open(
        _ svg: inout SVGBuilder, kind: String, width: Double, height: Double, title: String,
        description: String, standalone: Bool, size: String = "", isImage: Bool = true
    ) {
        svg.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        svg.number(width)
        svg.raw(" ")
        svg.number(height)
        svg.raw("\"")
        svg.raw(size)
        svg.raw(" class=\"chart chart-")
        svg.raw(kind)
        svg.raw(isImage ? "\" role=\"img\"" : "\"")
        svg.attribute("aria-labelledby", prefix + "-title " + prefix + "-desc")
        svg.raw(" font-family=\"system-ui, sans-serif\" font-size=\"12\" fill=\"currentColor\">\n")
        svg.raw("<title")
        svg.attribute("id", prefix + "-title")
        svg.raw(">")
        svg.text(ChartText.clean(title))
        svg.raw("</title>\n<desc")
        svg.attribute("id", prefix + "-desc")
        svg.raw(">")
        svg.text(description)
        svg.raw("</desc>\n")
        if standalone {
            svg.raw("<style>")
            svg.raw(ChartStyle.standaloneCSS)
            svg.raw("</style>\n")
        }
    }

    /// Writes the end tag.
    func close(_ svg: inout SVGBuilder) {
        svg.raw("</svg>\n")
    }

    /// The height of a chart without data: just a line of text, not a big empty box.
    static let emptyHeight = 64.0

    /// Writes the centred "no data yet" message used by every chart without data.
    func noData(_ svg: inout SVGBuilder, width: Double, height: Double, fontSize: Double = 16) {
        svg.raw("<text")
        svg.attribute("x", width / 2)
        svg.attribute("y", height / 2 + fontSize * 0.35)
        svg.raw(" class=\"chart-empty\" text-anchor=\"middle\"")
        svg.attribute("font-size", fontSize)
        svg.raw(ChartStyle.muted)
        svg.raw(">no data yet</text>\n")
    }
}

extension ChartFrame {
    /// Keeps ASCII letters, digits, `-`, `_` and `.`; anything else becomes `-`; a name that does
    /// not start with a letter or `_` gets a `c-` prefix (XML ids cannot start with a digit).
    fileprivate static func xmlName(_ raw: String) -> String {
        var name: [UInt8] = []
        name.reserveCapacity(raw.utf8.count + 2)
        for byte in raw.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"),
                UInt8(ascii: "."):
                name.append(byte)
            default:
                // One `-` per scalar, not per UTF-8 byte, so ids stay short and stable.
                if byte < 0x80 || byte >= 0xC0 {
                    name.append(UInt8(ascii: "-"))
                }
            }
        }
        guard let first = name.first else { return "chart" }
        let startsWell =
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first)
            || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(first) || first == UInt8(ascii: "_")
        if !startsWell { name.insert(contentsOf: "c-".utf8, at: 0) }
        return String(decoding: name, as: UTF8.self)
    }
}
