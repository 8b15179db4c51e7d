/// The styling contract between the charts and the site's theme.
///
/// Charts draw with presentation attributes that work on their own in light and dark pages: text
/// and lines use `currentColor` (the page's text colour, with opacity for grids and muted text),
/// and data uses mid-tone colours that keep ≥ 3:1 contrast on white and on near-black. Every
/// element also carries a class, so a theme restyles charts with CSS rules (CSS beats presentation
/// attributes). ``css`` is a ready default that maps the classes onto custom properties:
///
/// | Class | Element | Styled by ``css`` with |
/// |---|---|---|
/// | `chart` + `chart-sparkline` / `-line` / `-quadrant` / `-radar` / `-momentum` | the `<svg>` | size only |
/// | `chart-grid` | gridlines, radar rings | — (currentColor, 15 % opacity) |
/// | `chart-axis` | axes, the quadrant's dividers, radar spokes | — (currentColor, 30–55 %) |
/// | `chart-band` | the quadrant's "steady" band (±0.10 per week) | `--chart-band` |
/// | `chart-tick` | tick labels | — (currentColor, 75 %) |
/// | `chart-axis-title` | axis titles | — |
/// | `chart-caption` | quadrant captions, panel trend notes | — |
/// | `chart-label` | scene, signal and panel names | `--chart-halo` (outline in the page background) |
/// | `chart-value` | printed values (latest score, signal strengths) | — |
/// | `chart-series` + `chart-series-1` / `-2` / `-3` | a series' line | `--chart-series-1` / `-2` / `-3` |
/// | `chart-marker` + `chart-series-N` | a series' point markers | `--chart-series-N` |
/// | `chart-trend` + `chart-series-N` | a least-squares trend line (dashed) | `--chart-series-N` |
/// | `chart-last` | the latest point of a line or sparkline | `--chart-series-1` |
/// | `chart-area` | the radar's strength polygon | `--chart-series-1` |
/// | `chart-scene` | one scene's group in the quadrant (inside its `<a>`) | — |
/// | `chart-point`, `chart-point-clamped` | a quadrant point; a triangle at the edge when clamped | `--chart-point` |
/// | `chart-leader` | a line from a nudged label to its point | — |
/// | `chart-legend`, `chart-legend-line` | the legend group and its sample lines | — |
/// | `chart-empty` | the "no data yet" message | — |
/// | `chart-frame` | a `<div>` the page may wrap a chart in (scrolls a wide quadrant on phones) | — |
///
/// Custom properties and ``css``'s defaults (light / dark), the default theme's palette:
/// `--chart-series-1` #c2410c / #fb923c, `--chart-series-2` #1d4ed8 / #93b4ff, `--chart-series-3`
/// #15803d / #4ade80, `--chart-point` #c2410c / #fb923c, `--chart-band` orange at 8 % / 12 %,
/// `--chart-halo` #ffffff / #1d1b17 (set it to the chart's background). Without any theme CSS
/// the fallbacks are #3182ce, #dd6b20 and #38a169, readable on light and dark pages alike.
///
/// Charts scale with their container through `viewBox` (no pixel size). The quadrant holds many
/// labels, so on a phone ``css`` keeps it at least 36rem wide inside a horizontally scrolling
/// `<div class="chart-frame">` rather than shrinking its text below legibility; the other charts
/// are drawn 420–480 units wide so their 11–12 unit text stays near 9–10 px on a 360 px screen.
///
/// Series stay distinguishable without colour: each has its own marker shape (circle, square,
/// diamond) and trend lines are dashed.
public enum ChartStyle {
    /// Default CSS for a theme: sizes, and light/dark colours through the custom properties above.
    /// Put it in the theme's stylesheet (it styles inline SVG; it must not go inside the `<svg>`).
    public static let css = """
        :root {
          --chart-series-1: #c2410c; --chart-series-2: #1d4ed8; --chart-series-3: #15803d;
          --chart-point: #c2410c; --chart-band: rgba(194, 65, 12, 0.08); --chart-halo: #ffffff;
        }
        @media (prefers-color-scheme: dark) {
          :root {
            --chart-series-1: #fb923c; --chart-series-2: #93b4ff; --chart-series-3: #4ade80;
            --chart-point: #fb923c; --chart-band: rgba(251, 146, 60, 0.12); --chart-halo: #1d1b17;
          }
        }
        svg.chart { width: 100%; height: auto; max-width: 42rem; display: block; }
        .chart-frame { overflow-x: auto; }
        .chart-frame > svg.chart-quadrant { min-width: 36rem; }
        svg.chart-sparkline { width: 7.5em; height: 1.75em; display: inline-block; vertical-align: middle; }
        .chart-series-1 { stroke: var(--chart-series-1); }
        .chart-series-2 { stroke: var(--chart-series-2); }
        .chart-series-3 { stroke: var(--chart-series-3); }
        .chart-marker.chart-series-1, .chart-last { fill: var(--chart-series-1); }
        .chart-marker.chart-series-2 { fill: var(--chart-series-2); }
        .chart-marker.chart-series-3 { fill: var(--chart-series-3); }
        .chart-area { fill: var(--chart-series-1); stroke: var(--chart-series-1); }
        .chart-point, .chart-point-clamped { fill: var(--chart-point); }
        .chart-band { fill: var(--chart-band); }
        .chart-label { paint-order: stroke; stroke: var(--chart-halo); stroke-width: 3px; stroke-linejoin: round; }
        a:hover .chart-label, a:focus .chart-label { text-decoration: underline; }
        """

    /// The `<style>` content of a standalone `.svg` file: text and background colours for light
    /// and dark viewers (an `<img>` does not inherit the page's colour, and a browser shows an SVG
    /// file on white: light text needs its own dark background) plus ``css``'s class rules.
    static let standaloneCSS =
        "svg{color:#1d1b18;background:#ffffff}"
        + "@media (prefers-color-scheme:dark){svg{color:#eeeae2;background:#1d1b17}}\n" + css

    // MARK: - Presentation attributes (the fallbacks when no theme CSS is loaded)

    static let grid = " stroke=\"currentColor\" stroke-opacity=\"0.15\""
    static let axis = " stroke=\"currentColor\" stroke-opacity=\"0.55\""
    static let muted = " fill-opacity=\"0.75\""

    /// The fallback colours of series 1...3 (cycled for more series).
    static let seriesColors = ["#3182ce", "#dd6b20", "#38a169"]

    /// The colour of series `index` (0-based).
    static func seriesColor(_ index: Int) -> String {
        seriesColors[index % seriesColors.count]
    }

    /// The class of series `index` (0-based), e.g. `chart-series-1`.
    static func seriesClass(_ index: Int) -> String {
        "chart-series-" + String(index % seriesColors.count + 1)
    }
}
