import Foundation
import XCTest

@testable import SceneRadar

/// Writes an HTML page with sample charts for a visual check in a browser, when
/// `RADAR_CHART_PREVIEW` names a folder; skipped otherwise.
final class ChartPreviewTests: XCTestCase {
    func testPreview_writesSamplePages() throws {
        guard let folder = ProcessInfo.processInfo.environment["RADAR_CHART_PREVIEW"] else {
            throw XCTSkip("set RADAR_CHART_PREVIEW to a folder to write chart previews")
        }
        let charts = ChartSamples.all.map(\.svg)
        let light = ChartStyle.css.replacingOccurrences(
            of: "@media (prefers-color-scheme: dark)", with: "@media print")
        let dark = ChartStyle.css.replacingOccurrences(
            of: "@media (prefers-color-scheme: dark)", with: "@media all")
        let pages = [
            ("light", light, "background:#fff;color:#1a202c"),
            ("dark", dark, "background:#1a202c;color:#e2e8f0"),
            // No theme CSS at all: the presentation-attribute fallbacks on a dark page.
            ("dark-unstyled", "svg.chart{width:100%;height:auto}", "background:#111;color:#eee"),
        ]
        for (name, css, body) in pages {
            try page(charts, css: css, body: body).write(
                toFile: folder + "/charts-" + name + ".html", atomically: true, encoding: .utf8)
        }
        let crowded = QuadrantChart(id: "crowded", title: "Crowded", scenes: ChartSamples.crowdedScenes)
            .render()
        try page([charts[0], charts[1], crowded.svg], css: light, body: "max-width:360px").write(
            toFile: folder + "/charts-crowded.html", atomically: true, encoding: .utf8)
        for (index, render) in ChartSamples.renderers.enumerated() {
            try render(true).svg.write(
                toFile: folder + "/chart-" + String(index) + ".svg", atomically: true, encoding: .utf8)
        }
    }

    private func page(_ charts: [String], css: String, body: String) -> String {
        var html = "<!doctype html><html><head><meta charset=\"utf-8\"><style>" + css
        html += "body{font-family:system-ui,sans-serif;margin:16px;" + body + "}section{margin-bottom:24px}"
        html += "</style></head><body><p>Sparkline: " + charts[0] + " and " + charts[1] + " end.</p>"
        for chart in charts.dropFirst(2) {
            html += "<section>" + chart + "</section>"
        }
        return html + "</body></html>"
    }
}

/// Realistic sample inputs shared by the preview and the performance test.
enum ChartSamples {
    static func weeks(_ count: Int, from start: ChartWeek = ChartWeek(year: 2025, week: 40)) -> [ChartWeek] {
        (0..<count).map { ChartWeek(ordinal: start.ordinal + $0) }
    }

    static let history: [WeeklyValue] = zip(
        weeks(16), [22, 25.5, 31, 30, 38.5, 44, 41, 52.5, 57, 55, 61, 66.5, 64, 70, 72.5, 71.2]
    ).map { WeeklyValue(week: $0.0, value: $0.1) }

    static let scenes: [QuadrantChart.Scene] = [
        .init(name: "Amapiano Leeds", score: 72.5, momentum: 0.18, href: "scenes/amapiano-leeds/"),
        .init(name: "Baile funk Lisboa", score: 64, momentum: 0.22, href: "scenes/baile-lisboa/"),
        .init(name: "Gqom Durban diaspora", score: 58.3, momentum: -0.04, href: "scenes/gqom/"),
        .init(name: "Jersey club Bristol", score: 41, momentum: 0.31, href: "scenes/jersey-bristol/"),
        .init(name: "Sgubu Manchester", score: 38.7, momentum: 0.29, href: "scenes/sgubu/"),
        .init(name: "Dembow Madrid", score: 33, momentum: -0.21, href: "scenes/dembow-madrid/"),
        .init(name: "Footwork Glasgow", score: 81, momentum: -0.12, href: "scenes/footwork-glasgow/"),
        .init(
            name: "Hyperpop bedroom producers of the Thames Valley", score: 47, momentum: 0.02,
            href: "scenes/hyperpop/"),
        .init(name: "Kuduro Rotterdam", score: 12, momentum: 0.9, href: "scenes/kuduro/"),
        .init(name: "Singeli Berlin", score: 25, momentum: -0.75, href: "scenes/singeli/"),
        .init(name: "Rasteirinha", score: 71, momentum: 0.17, href: "scenes/rasteirinha/"),
        .init(name: "Bouyon Paris", score: 70, momentum: 0.19, href: "scenes/bouyon/"),
        .init(name: "Cumbia rebajada CDMX", score: 69, momentum: 0.16, href: "scenes/cumbia/"),
        .init(name: "موسيقى المهرجانات", score: 55, momentum: 0.08, href: "scenes/mahraganat/"),
        .init(name: "新宿 Future Funk", score: 8, momentum: 0, href: "scenes/future-funk/"),
    ]

    /// Forty scenes in a deterministic spread, many close together.
    static let crowdedScenes: [QuadrantChart.Scene] = (0..<40).map { index in
        let score = Double((index * 37) % 100)
        let momentum = Double((index * 53) % 81 - 40) / 100
        return .init(
            name: "Scene number \(index)", score: score, momentum: momentum, href: "scenes/\(index)/")
    }

    static let signals: [SignalRadarChart.Signal] = [
        .init(name: "platforms", strength: 1), .init(name: "vocabulary", strength: 0.67),
        .init(name: "events", strength: 0.5), .init(name: "how-its-made", strength: 0.25),
        .init(name: "remixes", strength: 0.8), .init(name: "small-press", strength: 1),
        .init(name: "soundalikes", strength: 0),
    ]

    static let momentumWeeks = weeks(10, from: ChartWeek(year: 2025, week: 47))

    static let momentumSeries: [MomentumChart.Series] = [
        .init(name: "Releases", values: [1, 0, 2, 1, 3, 2, 4, 3, 5, 4]),
        .init(name: "Room size", values: [40, 0, 60, 80, 0, 120, 90, 150, 0, 180]),
        .init(name: "Cross-collabs", values: [0, 1, 0, 0, 2, 1, 1, 0, 0, 1]),
    ]

    static let renderers: [@Sendable (Bool) -> RenderedChart] = [
        {
            Sparkline(id: "spark-a", title: "Score history of Amapiano Leeds", points: history).render(
                standalone: $0)
        },
        { Sparkline(id: "spark-b", title: "Score history of nothing", points: []).render(standalone: $0) },
        {
            QuadrantChart(id: "quadrant", title: "All scenes by score and momentum", scenes: scenes).render(
                standalone: $0)
        },
        {
            SignalRadarChart(id: "signals", title: "Signals of Amapiano Leeds", signals: signals).render(
                standalone: $0)
        },
        {
            LineChart(id: "history", title: "Score history of Amapiano Leeds", points: history).render(
                standalone: $0)
        },
        {
            MomentumChart(
                id: "momentum", title: "Momentum of Amapiano Leeds", weeks: momentumWeeks,
                series: momentumSeries
            ).render(standalone: $0)
        },
        { LineChart(id: "one", title: "One point", points: [history[0]]).render(standalone: $0) },
        { QuadrantChart(id: "q-empty", title: "No scenes", scenes: []).render(standalone: $0) },
    ]

    static var all: [RenderedChart] {
        renderers.map { $0(false) }
    }
}
