/// `radar.yml`: site settings.
public struct SiteConfig: Sendable, Hashable {
    public var title: String = "Scene Radar"
    /// Absolute base URL for feeds and the sitemap.
    public var baseURL: String?
    public var language: String = "en"
    public var author: String?
    /// Weeks of logs that count.
    public var window: Int = 6

    /// The windows radar.yml may set, in weeks: one week to ten years.
    public static let windowRange = 1...520
    /// The weights radar.yml may give a signal besides 0: weights count only relative to each
    /// other, and within this range every one is shown as it is (`radar score --explain`, the
    /// scene page, radar.json) and no sum over them underflows or overflows.
    public static let weightRange = 0.001...1_000_000.0
    /// Signal weights (default all 1).
    public var weights: [Signal: Double] = Dictionary(uniqueKeysWithValues: Signal.allCases.map { ($0, 1) })
    public var peoplePages: PeoplePages = .all
    /// Codes silenced for the whole vault.
    public var lintIgnore: Set<DiagnosticCode> = []
    /// Warnings fail `radar lint`.
    public var lintStrict = false

    /// The defaults.
    public init() {}
}
