/// A single growing buffer that SVG is written into, with escaping and number formatting built in.
///
/// Chart code writes trusted markup with ``raw(_:)`` (string literals only) and every value that
/// came from a user through ``text(_:)`` or ``attribute(_:_:)``, which escape `& < > " '` and write
/// invisible format characters (bidi controls, zero-width characters) as numeric references so the
/// SVG source shows them.
///
/// Noncopyable: it owns the memory its bytes are in and frees it when it goes away.
struct SVGBuilder: ~Copyable {
    /// The markup written so far, as UTF-8. A chart is thousands of small pieces: each is a
    /// comparison and a short copy here (see `RenderBuffer`), where `Array.append(contentsOf:)`
    /// went through generic code that cost several times the copy.
    private var bytes: RenderBuffer

    /// The markup written so far.
    var output: String { String(decoding: bytes.bytes, as: UTF8.self) }

    /// Creates an empty buffer sized for a typical chart.
    init(capacity: Int = 4096) {
        bytes = RenderBuffer(capacity: capacity)
    }

    deinit {
        bytes.free()
    }

    /// Appends trusted markup verbatim. Never pass user input here.
    mutating func raw(_ markup: String) {
        bytes.append(markup)
    }

    /// Appends a number formatted by ``ChartNumber`` (at most two decimals).
    mutating func number(_ value: Double) {
        ChartNumber.withBytes(value, decimals: 2, trimZeros: true) { bytes.append($0) }
    }

    /// Appends the value of a `points` attribute: each point as `x,y`, separated by spaces.
    mutating func points(_ points: some Sequence<(x: Double, y: Double)>) {
        var first = true
        for point in points {
            if !first { raw(" ") }
            first = false
            number(point.x)
            raw(",")
            number(point.y)
        }
    }

    /// Appends text content, escaped.
    mutating func text(_ value: String) {
        XMLEscaping.append(value, to: &bytes)
    }

    /// Appends ` name="value"` with the value escaped.
    mutating func attribute(_ name: String, _ value: String) {
        raw(" ")
        raw(name)
        raw("=\"")
        XMLEscaping.append(value, to: &bytes)
        raw("\"")
    }

    /// Appends ` name="number"`.
    mutating func attribute(_ name: String, _ value: Double) {
        raw(" ")
        raw(name)
        raw("=\"")
        number(value)
        raw("\"")
    }

    /// Appends `<text x=… y=… [class=…] [text-anchor=…]>escaped</text>` and a newline.
    mutating func textElement(
        _ content: String, x: Double, y: Double, className: String? = nil, anchor: String? = nil,
        extra: String = ""
    ) {
        raw("<text")
        attribute("x", x)
        attribute("y", y)
        if let className {
            attribute("class", className)
        }
        if let anchor {
            attribute("text-anchor", anchor)
        }
        raw(extra)
        raw(">")
        text(content)
        raw("</text>\n")
    }

    /// Appends `<line x1 y1 x2 y2 class>` with the given presentation markup and a newline.
    mutating func line(
        x1: Double, y1: Double, x2: Double, y2: Double, className: String, presentation: String
    ) {
        raw("<line")
        attribute("x1", x1)
        attribute("y1", y1)
        attribute("x2", x2)
        attribute("y2", y2)
        attribute("class", className)
        raw(presentation)
        raw("/>\n")
    }

    /// Escapes `value` for XML text and attributes; see the type's documentation.
    static func escaped(_ value: String) -> String {
        XMLEscaping.escape(value)
    }
}
