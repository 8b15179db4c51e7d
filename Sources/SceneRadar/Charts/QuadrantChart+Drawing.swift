import Foundation  // sqrt (libm)

// MARK: - Layout

extension QuadrantChart {
    static let width = 640.0
    static let height = 460.0
    static let left = 48.0
    static let right = 624.0
    static let top = 28.0
    static let bottom = 400.0
    static let labelFont = 12.0
    static let labelMaxWidth = 150.0
    static let pointRadius = 5.0
}

// MARK: - Drawing

extension QuadrantChart {
    func draw(_ ordered: [Scene], into svg: inout SVGBuilder) {
        let x = ChartScale(domainStart: -limit, domainEnd: limit, rangeStart: Self.left, rangeEnd: Self.right)
        let y = ChartScale(domainStart: 0, domainEnd: 100, rangeStart: Self.bottom, rangeEnd: Self.top)
        // The drawing around the points says nothing the title and description do not.
        svg.raw("<g aria-hidden=\"true\">\n")
        drawGrid(x: x, y: y, into: &svg)
        let captions = drawCaptions(x: x, into: &svg)
        let plotted = ordered.filter(\.isPlotted)
        // A clamped scene's triangle sits just inside the edge; its centre is what labels avoid.
        let centres = plotted.map { scene in
            (x(scene.momentum) - Self.clampDirection(scene.momentum, limit: limit) * 5, y(scene.score))
        }
        let reach = Self.pointRadius + 1
        var placer = LabelPlacer(
            bounds: .init(minX: Self.left, minY: Self.top, maxX: Self.right, maxY: Self.bottom),
            obstacles: captions,
            points: centres.map {
                .init(minX: $0.0 - reach, minY: $0.1 - reach, maxX: $0.0 + reach, maxY: $0.1 + reach)
            },
            fontSize: Self.labelFont)
        // Scenes drawn at one spot (new scenes with no logs yet all sit at score 0, momentum 0)
        // share one label, the first's name and how many more: one label each could only pile up.
        let sharing = Self.sharedSpots(centres)
        let labels = plotted.indices.map { index -> String in
            let others = sharing[index]
            guard others > 0 else {
                return ChartText.fitted(
                    plotted[index].name, maxWidth: Self.labelMaxWidth, fontSize: Self.labelFont)
            }
            let more = " +" + String(others) + " more"
            let room = Self.labelMaxWidth - ChartText.estimatedWidth(more, fontSize: Self.labelFont)
            return ChartText.fitted(plotted[index].name, maxWidth: room, fontSize: Self.labelFont) + more
        }
        // Only the highest-scoring scenes are labelled: beyond a few dozen, labels can only
        // overlap (and placing them is quadratic). The rest keep their tooltip and table row.
        let placements = labels.enumerated().map { index, label -> LabelPlacer.Placement? in
            guard index < maxLabels, sharing[index] >= 0 else { return nil }
            return placer.place(
                width: ChartText.estimatedWidth(label, fontSize: Self.labelFont), index: index,
                x: centres[index].0,
                y: centres[index].1, radius: Self.pointRadius)
        }
        // Leaders go under every point, so a leader crossing a neighbour does not hide it.
        for (index, placement) in placements.enumerated() {
            if let placement, placement.needsLeader {
                drawLeader(from: centres[index], to: placement.box, into: &svg)
            }
        }
        svg.raw("</g>\n")
        for (index, scene) in plotted.enumerated() {
            drawScene(
                scene, label: labels[index], x: centres[index].0, y: centres[index].1,
                placement: placements[index],
                into: &svg)
        }
    }

    func drawGrid(x: ChartScale, y: ChartScale, into svg: inout SVGBuilder) {
        let band = min(max(steadyBand.isFinite ? steadyBand : 0, 0), limit)
        if band > 0 {
            svg.raw("<rect class=\"chart-band\"")
            svg.attribute("x", x(-band))
            svg.attribute("y", Self.top)
            svg.attribute("width", x(band) - x(-band))
            svg.attribute("height", Self.bottom - Self.top)
            svg.raw(" fill=\"currentColor\" fill-opacity=\"0.05\"/>\n")
        }
        let tick = " font-size=\"11\"" + ChartStyle.muted
        for quarter in 0...4 {
            let score = Double(quarter) * 25
            let isDivider = quarter == 2
            svg.line(
                x1: Self.left, y1: y(score), x2: Self.right, y2: y(score),
                className: isDivider ? "chart-axis" : "chart-grid",
                presentation: isDivider ? ChartStyle.axis : ChartStyle.grid)
            svg.textElement(
                ChartNumber.format(score), x: Self.left - 6, y: y(score) + 4, className: "chart-tick",
                anchor: "end", extra: tick)
            let momentum = -limit + Double(quarter) * limit / 2
            svg.line(
                x1: x(momentum), y1: Self.top, x2: x(momentum), y2: Self.bottom,
                className: isDivider ? "chart-axis" : "chart-grid",
                presentation: isDivider ? ChartStyle.axis : ChartStyle.grid)
            svg.textElement(
                ChartNumber.formatSigned(momentum), x: x(momentum), y: Self.bottom + 16,
                className: "chart-tick", anchor: "middle", extra: tick)
        }
        svg.textElement("Score", x: 6, y: 16, className: "chart-axis-title")
        let titleY = Self.height - 16
        svg.textElement("← fading", x: Self.left, y: titleY, className: "chart-axis-title", extra: tick)
        svg.textElement(
            "Momentum (relative trend per week)", x: (Self.left + Self.right) / 2, y: titleY,
            className: "chart-axis-title", anchor: "middle")
        svg.textElement(
            "growing →", x: Self.right, y: titleY, className: "chart-axis-title", anchor: "end", extra: tick)
    }

    /// Draws the quadrant captions and the band's caption; returns their boxes for label placement.
    func drawCaptions(x: ChartScale, into svg: inout SVGBuilder) -> [LabelPlacer.Box] {
        let inset = 8.0
        let captions: [(String, Double, Double, String)] = [
            ("Established", Self.left + inset, Self.top + 16, "start"),
            ("Breaking out", Self.right - inset, Self.top + 16, "end"),
            ("Cooling", Self.left + inset, Self.bottom - inset, "start"),
            ("Emerging", Self.right - inset, Self.bottom - inset, "end"),
        ]
        var boxes: [LabelPlacer.Box] = []
        for (text, cx, cy, anchor) in captions {
            svg.textElement(
                text, x: cx, y: cy, className: "chart-caption", anchor: anchor,
                extra: " font-size=\"11\" font-weight=\"600\"" + ChartStyle.muted
                    + " letter-spacing=\"0.04em\"")
            let width = ChartText.estimatedWidth(text, fontSize: 11) * 1.12
            let minX = anchor == "start" ? cx : cx - width
            boxes.append(.init(minX: minX - 2, minY: cy - 11, maxX: minX + width + 2, maxY: cy + 3))
        }
        if steadyBand > 0 && steadyBand.isFinite {
            let cy = Self.bottom - inset
            svg.textElement(
                "steady", x: x(0), y: cy, className: "chart-caption", anchor: "middle",
                extra: " font-size=\"11\"" + ChartStyle.muted)
            let width = ChartText.estimatedWidth("steady", fontSize: 11)
            boxes.append(
                .init(minX: x(0) - width / 2 - 2, minY: cy - 11, maxX: x(0) + width / 2 + 2, maxY: cy + 3))
        }
        return boxes
    }

    func drawScene(
        _ scene: Scene, label: String, x: Double, y: Double, placement: LabelPlacer.Placement?,
        into svg: inout SVGBuilder
    ) {
        let href = ChartLink.safe(scene.href)
        let tip = tooltip(scene)
        if let href {
            svg.raw("<a")
            svg.attribute("href", href)
            svg.attribute("aria-label", tip)
            svg.raw(" tabindex=\"-1\">")
        }
        svg.raw("<g class=\"chart-scene\"><title>")
        svg.text(tip)
        svg.raw("</title>\n")
        let color = ChartStyle.seriesColor(0)
        let direction = Self.clampDirection(scene.momentum, limit: limit)
        if direction != 0 {
            // A triangle at the edge, pointing the way the real value lies.
            let tipX = x + direction * 6
            svg.raw("<path class=\"chart-point-clamped\" d=\"M")
            svg.number(tipX)
            svg.raw(",")
            svg.number(y)
            svg.raw(" L")
            svg.number(tipX - direction * 11)
            svg.raw(",")
            svg.number(y - 6)
            svg.raw(" L")
            svg.number(tipX - direction * 11)
            svg.raw(",")
            svg.number(y + 6)
            svg.raw(" Z\" fill=\"")
            svg.raw(color)
            svg.raw("\"/>\n")
        } else {
            svg.raw("<circle class=\"chart-point\"")
            svg.attribute("cx", x)
            svg.attribute("cy", y)
            svg.attribute("r", Self.pointRadius)
            svg.raw(" fill=\"")
            svg.raw(color)
            svg.raw("\" fill-opacity=\"0.85\"/>\n")
        }
        if let placement {
            svg.textElement(
                label, x: placement.x, y: placement.y, className: "chart-label",
                anchor: placement.anchor == "start" ? nil : placement.anchor)
        }
        svg.raw(href == nil ? "</g>\n" : "</g></a>\n")
    }

    func drawLeader(from point: (Double, Double), to box: LabelPlacer.Box, into svg: inout SVGBuilder) {
        let targetX = min(max(point.0, box.minX), box.maxX)
        let targetY = min(max(point.1, box.minY), box.maxY)
        let dx = targetX - point.0
        let dy = targetY - point.1
        let length = (dx * dx + dy * dy).squareRoot()
        guard length > Self.pointRadius + 2 else { return }
        let startX = point.0 + dx / length * (Self.pointRadius + 1)
        let startY = point.1 + dy / length * (Self.pointRadius + 1)
        svg.line(
            x1: startX, y1: startY, x2: targetX, y2: targetY, className: "chart-leader",
            presentation: " stroke=\"currentColor\" stroke-opacity=\"0.45\"")
    }

    /// For each point, by index: how many later points are drawn at its spot (within half a
    /// unit) when it is the first there, and −1 when an earlier point is (its label is that one's).
    static func sharedSpots(_ centres: [(Double, Double)]) -> [Int] {
        var first: [SIMD2<Int64>: Int] = [:]
        var shared = [Int](repeating: 0, count: centres.count)
        for (index, centre) in centres.enumerated() {
            let spot = SIMD2(Int64((centre.0 * 2).rounded()), Int64((centre.1 * 2).rounded()))
            if let earlier = first[spot] {
                shared[earlier] += 1
                shared[index] = -1
            } else {
                first[spot] = index
            }
        }
        return shared
    }

    /// +1 or −1 when `momentum` lies beyond the right or left edge, else 0.
    static func clampDirection(_ momentum: Double, limit: Double) -> Double {
        momentum > limit ? 1 : (momentum < -limit ? -1 : 0)
    }

    func tooltip(_ scene: Scene) -> String {
        var text = ChartText.isolated(ChartText.clean(scene.name))
        text += ": score " + ChartNumber.format(scene.score, decimals: 1)
        text += ", momentum " + ChartNumber.formatSigned(scene.momentum) + " per week"
        if Self.clampDirection(scene.momentum, limit: limit) != 0 {
            text += " (beyond the chart's edge)"
        }
        return text
    }
}
