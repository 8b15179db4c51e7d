import Foundation  // cos, sin

/// The 7-axis signal chart of a scene page: one spoke per signal (clockwise from the top, in the
/// order given), heptagon rings at strengths 0.25, 0.5, 0.75 and 1, and the polygon of the
/// strengths; each spoke is labelled with the signal's name and its value, so the chart reads
/// without hovering. Works for any number of signals (the spec has seven).
public struct SignalRadarChart: Sendable, Hashable {
    /// One signal and its strength.
    public struct Signal: Sendable, Hashable {
        /// The signal's name, e.g. "platforms" or "how-its-made".
        public var name: String
        /// Its strength in 0...1 (clamped when drawn; NaN is drawn at 0 and shown as "n/a").
        public var strength: Double

        /// Creates a signal.
        public init(name: String, strength: Double) {
            self.name = name
            self.strength = strength
        }
    }

    /// The id prefix for this chart's ids; unique on the page.
    public var id: String
    /// The accessible title, e.g. "Signals of Amapiano Leeds".
    public var title: String
    /// The signals, in spoke order.
    public var signals: [Signal]

    /// Creates a signal chart.
    public init(id: String, title: String, signals: [Signal]) {
        self.id = id
        self.title = title
        self.signals = signals
    }

    /// Renders the chart and its table (columns Signal, Strength).
    ///
    /// - Parameter standalone: true for a `.svg` file, which then carries its own `<style>`.
    public func render(standalone: Bool = false) -> RenderedChart {
        let frame = ChartFrame(id: id)
        var svg = SVGBuilder(capacity: 4096)
        let height = signals.isEmpty ? ChartFrame.emptyHeight : Self.height
        frame.open(
            &svg, kind: "radar", width: Self.width, height: height, title: title,
            description: description, standalone: standalone)
        if signals.isEmpty {
            frame.noData(&svg, width: Self.width, height: height)
        } else {
            draw(into: &svg)
        }
        frame.close(&svg)
        let table = ChartTable(
            caption: ChartText.clean(title), columns: ["Signal", "Strength"],
            rows: signals.map { [ChartText.clean($0.name), Self.valueText($0.strength)] })
        return RenderedChart(svg: svg.output, table: table)
    }
}

// MARK: - Drawing

extension SignalRadarChart {
    fileprivate static let width = 420.0
    fileprivate static let height = 292.0
    fileprivate static let centerX = 210.0
    fileprivate static let centerY = 148.0
    fileprivate static let radius = 100.0

    fileprivate var description: String {
        guard !signals.isEmpty else { return "Signal strengths: no data yet." }
        let parts = signals.map {
            ChartText.isolated(ChartText.clean($0.name)) + " " + Self.valueText($0.strength)
        }
        return "Strength of each of " + String(signals.count) + " signals, from 0 to 1: "
            + parts.joined(separator: ", ") + "."
    }

    fileprivate func vertex(_ index: Int, level: Double) -> (Double, Double) {
        let angle = -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(signals.count)
        return (
            Self.centerX + Self.radius * level * cos(angle), Self.centerY + Self.radius * level * sin(angle)
        )
    }

    fileprivate func draw(into svg: inout SVGBuilder) {
        for level in [0.25, 0.5, 0.75, 1] {
            svg.raw("<polygon class=\"chart-grid\" fill=\"none\"")
            svg.raw(ChartStyle.grid)
            svg.raw(" points=\"")
            writePoints(level: { _ in level }, into: &svg)
            svg.raw("\"/>\n")
        }
        for index in signals.indices {
            let (x, y) = vertex(index, level: 1)
            svg.line(
                x1: Self.centerX, y1: Self.centerY, x2: x, y2: y, className: "chart-axis",
                presentation: " stroke=\"currentColor\" stroke-opacity=\"0.3\"")
        }
        let color = ChartStyle.seriesColor(0)
        svg.raw("<polygon class=\"chart-area\" fill=\"" + color + "\" fill-opacity=\"0.25\" stroke=\"")
        svg.raw(color + "\" stroke-width=\"2\" stroke-linejoin=\"round\" points=\"")
        writePoints(level: { Self.level(signals[$0].strength) }, into: &svg)
        svg.raw("\"/>\n")
        for (index, signal) in signals.enumerated() {
            let (x, y) = vertex(index, level: Self.level(signal.strength))
            svg.raw("<circle class=\"chart-marker chart-series-1\"")
            svg.attribute("cx", x)
            svg.attribute("cy", y)
            svg.raw(" r=\"3.5\" fill=\"" + color + "\"><title>")
            svg.text(
                ChartText.isolated(ChartText.clean(signal.name)) + ": " + Self.valueText(signal.strength))
            svg.raw("</title></circle>\n")
        }
        drawRingLabels(into: &svg)
        for index in signals.indices {
            drawLabel(index, into: &svg)
        }
    }

    /// Each ring's strength, where the ring crosses the bisector of the last spoke and the first:
    /// away from every spoke's point and label, drawn over the polygon with a halo.
    fileprivate func drawRingLabels(into svg: inout SVGBuilder) {
        let half = Double.pi / Double(max(signals.count, 3))
        let angle = -Double.pi / 2 - half
        for level in [0.25, 0.5, 0.75, 1] {
            // The ring's edge is `cos(half)` of the radius from the centre at its midpoint; the
            // label sits just inside it, off the line a full-strength polygon draws there.
            let distance = Self.radius * level * cos(half) - 9 * level
            svg.textElement(
                ChartNumber.format(level), x: Self.centerX + distance * cos(angle),
                y: Self.centerY + distance * sin(angle) + 4, className: "chart-tick chart-label",
                anchor: "middle",
                extra: ChartStyle.muted + " font-size=\"11\"")
        }
    }

    fileprivate func writePoints(level: (Int) -> Double, into svg: inout SVGBuilder) {
        svg.points(signals.indices.map { vertex($0, level: level($0)) })
    }

    /// The spoke's name and value, outside the ring, anchored away from the centre.
    fileprivate func drawLabel(_ index: Int, into svg: inout SVGBuilder) {
        let angle = -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(signals.count)
        let (dx, dy) = (cos(angle), sin(angle))
        let x = Self.centerX + (Self.radius + 12) * dx
        let y = Self.centerY + (Self.radius + 12) * dy
        let anchor = dx > 0.3 ? "start" : (dx < -0.3 ? "end" : "middle")
        let nameY = dy < -0.5 ? y - 14 : (dy > 0.5 ? y + 10 : y - 2)
        let name = ChartText.fitted(signals[index].name, maxWidth: 92, fontSize: 12)
        svg.textElement(
            name, x: x, y: nameY, className: "chart-label", anchor: anchor == "start" ? nil : anchor)
        svg.textElement(
            Self.valueText(signals[index].strength), x: x, y: nameY + 13, className: "chart-value",
            anchor: anchor == "start" ? nil : anchor, extra: " font-size=\"11\" font-weight=\"600\"")
    }

    fileprivate static func level(_ strength: Double) -> Double {
        strength.isNaN ? 0 : min(max(strength, 0), 1)
    }

    fileprivate static func valueText(_ strength: Double) -> String {
        strength.isNaN ? "n/a" : ChartNumber.format(strength)
    }
}
