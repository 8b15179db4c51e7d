import Synchronization

/// Runs one job of the plan: builds each page's context, renders it with the theme and hands the
/// bytes to the writer at once, so no more than a job's pages are ever held in memory.
struct PageRenderer: Sendable {
    /// What one job produced.
    struct JobResult: Sendable {
        var diagnostics: [Diagnostic] = []
        var written = 0
        /// An output error that must stop the build (exit status 2).
        var failure: String?
        /// A rendered scene's record, with what its render produced for the site-wide pages.
        var record: SceneRecord?
        /// Pages rendered.
        var pages = 0
        /// Pages a template error stopped, with the error and whether the last build's version
        /// stays (there is none on a first build).
        var stopped: [StoppedPage] = []
    }

    var data: SiteData
    /// The notes of the scenes to render, each taken by its job.
    var scenes = PendingScenes([])
    let theme: Theme
    let writer: OutputWriter
    let plan: SitePlan
    /// The credits of the people whose pages are rendered.
    var credits = PeopleCredits()
    /// The global digest of this build (a rendered scene's record keeps it in its own digest).
    var global: UInt64 = 0
    /// What the scene digests say about people (`BuildDigest.People` of `data`).
    var digestPeople = BuildDigest.People()

    func run(_ job: SitePlan.Job) -> JobResult {
        var result = JobResult()
        // The memory every page of the job is rendered into, one after another.
        let output = MustacheOutput()
        switch job {
        case .scene(let slug): renderScene(slug, output: output, into: &result)
        case .person(let slug):
            guard let identity = data.people.identity(slug: slug) else { break }
            page(
                "person", SitePaths.person(slug),
                PersonPage.context(identity, credits: credits, data: data), output, &result)
        case .index:
            let quadrant = IndexPage.quadrant(data, from: SitePaths.index).render()
            page("index", SitePaths.index, IndexPage.context(data, quadrant: quadrant), output, &result)
            write(SitePlan.quadrantFile, quadrant.standalone().svg, &result)
        case .credits:
            page("credits", SitePaths.credits, CreditsPage.context(data), output, &result)
        case .notFound: page("404", SitePaths.notFound, NotFoundPage.context(data), output, &result)
        case .feed: write(SitePaths.feed, AtomFeed.render(data), &result)
        case .radarJSON:
            let pieces = RadarJSON.render(data)
            Self.count(
                { () throws(OutputWriter.Refusal) in try writer.write(SitePaths.radarJSON, pieces: pieces) },
                &result)
        case .sitemap: write(SitePaths.sitemap, Sitemap.render(plan.allPaths, data: data), &result)
        case .assets, .staticFiles: result = Self.copyFiles(job, plan: plan, theme: theme, writer: writer)
        }
        return result
    }

    /// Runs the `.assets` or `.staticFiles` job of `plan`: files written as they are, needing
    /// no site data (a build in which nothing changed runs only these).
    static func copyFiles(_ job: SitePlan.Job, plan: SitePlan, theme: Theme, writer: OutputWriter)
        -> JobResult
    {
        var result = JobResult()
        let files: [(path: String, bytes: [UInt8])]
        switch job {
        case .assets: files = plan.themeFiles.map { ($0, theme.assets[$0] ?? []) }
        case .staticFiles: files = plan.staticFiles.map { ($0.relative, $0.bytes) }
        default: files = []
        }
        for file in files {
            count(
                { () throws(OutputWriter.Refusal) in try writer.write(file.path, file.bytes) }, &result)
        }
        return result
    }

    private func renderScene(_ slug: String, output: MustacheOutput, into result: inout JobResult) {
        guard let (written, notes) = scenes.take(slug), let profile = written.scene, profile.isPublic,
            var record = data.records[slug],
            let scored = Scorer().analyze(
                written, setting: data.setting, people: data.people, presence: data.presence)
        else {
            return
        }
        // The pages show the notes with the names of private containers and people withheld
        // (as the scene's record has them); the scores come from the notes as written.
        let kept = PrivateNames(profile, people: data.privatePeople)
        let analysis = kept.analysis(scored)
        let scene = notes.scene ?? profile
        record.savedMetadata = nil
        record.contextDigest = BuildDigest.scene(record, global: global, data: data, people: digestPeople)
        record.outputPaths = SitePlan.scenePages(notes) + SitePlan.sceneCharts(slug)
        record.index = IndexEntry(analysis, place: scene.place ?? "")
        record.radarJSON = RadarJSON.fragment(analysis, data: data)[...]
        record.feed = AtomFeed.entries(scene: scene, logs: notes.logs, data: data)
        result.record = record
        let charts = SceneCharts(scene: scene, analysis: analysis)
        page(
            "scene", SitePaths.scene(slug),
            ScenePage.context(notes, scene: scene, analysis: analysis, charts: charts, data: data), output,
            &result)
        let entries = EntryContexts.logEntries(notes, data: data)
        page(
            "scene-credits", SitePaths.sceneCredits(slug),
            SceneCreditsPage.context(notes, entries: entries, scene: scene, data: data), output, &result)
        for (index, log) in notes.logs.enumerated() {
            let previous = index > 0 ? notes.logs[index - 1].week : nil
            let next = index + 1 < notes.logs.count ? notes.logs[index + 1].week : nil
            page(
                "log", SitePaths.log(slug, log.week),
                LogPage.context(
                    log, entries: entries[index], scene: scene, kept: kept, previous: previous, next: next,
                    data: data),
                output, &result)
        }
        for (path, chart) in zip(SitePlan.sceneCharts(slug), charts.standalone) {
            write(path, chart.svg, &result)
        }
    }

    /// Renders `template` into `output` and writes the page from there.
    private func page(
        _ template: String, _ path: String, _ context: MustacheValue, _ output: MustacheOutput,
        _ result: inout JobResult
    ) {
        do {
            try theme.library.render(template, context, into: output)
            result.pages += 1
            output.withBytes { write(path, $0, &result) }
        } catch {
            // The page the last build wrote stays, as a theme that fails to load leaves the
            // whole folder: a published site never loses a page to a theme error.
            let kept = writer.keepAsItIs(path)
            result.stopped.append(StoppedPage(page: path, error: error.diagnostic, kept: kept))
        }
    }

    private func write(_ path: String, _ text: String, _ result: inout JobResult) {
        Self.count({ () throws(OutputWriter.Refusal) in try writer.write(path, text) }, &result)
    }

    private func write(_ path: String, _ bytes: [UInt8], _ result: inout JobResult) {
        Self.count({ () throws(OutputWriter.Refusal) in try writer.write(path, bytes) }, &result)
    }

    private func write(_ path: String, _ bytes: UnsafeBufferPointer<UInt8>, _ result: inout JobResult) {
        Self.count({ () throws(OutputWriter.Refusal) in try writer.write(path, buffer: bytes) }, &result)
    }

    /// Runs one write, counting a written file and keeping the first refusal.
    private static func count(
        _ write: () throws(OutputWriter.Refusal) -> OutputWriter.Outcome, _ result: inout JobResult
    ) {
        do {
            if try write() == .written { result.written += 1 }
        } catch {
            result.failure = result.failure ?? error.message
        }
    }
}

/// A scene's three charts, drawn once: inline for the page, and as `.svg` files.
struct SceneCharts {
    let signals: RenderedChart
    let history: RenderedChart
    let momentum: RenderedChart

    init(scene: Scene, analysis: SceneAnalysis) {
        let name = scene.name.value
        signals = SignalRadarChart(
            id: "signals", title: "Signal strengths of \(name)",
            signals: analysis.signals.map { .init(name: $0.signal.shortTitle, strength: $0.strength) }
        ).render()
        history = LineChart(
            id: "history", title: "Score history of \(name)",
            points: analysis.history.map { WeeklyValue(week: ChartWeek($0.week), value: $0.score) }
        ).render()
        let momentum = analysis.momentum
        self.momentum = MomentumChart(
            id: "momentum", title: "Momentum of \(name)", weeks: momentum.weeks.map(ChartWeek.init),
            series: momentum.series.map { .init(name: $0.kind.title, values: $0.values.map(Double.init)) }
        ).render()
    }

    /// The standalone files, in the order of `SitePlan.sceneCharts`.
    var standalone: [RenderedChart] {
        [signals.standalone(), history.standalone(), momentum.standalone()]
    }
}

/// The notes of the scenes a build renders, each taken (and so let go of) by the job that
/// renders it: memory holds the notes of the scenes not rendered yet, not of all of them.
final class PendingScenes: Sendable {
    /// A scene's notes as written, which it is scored from, and as its pages show them
    /// (`PrivateNames`).
    typealias Notes = (written: Vault.SceneNotes, shown: Vault.SceneNotes)

    private let notes: Mutex<[String: Notes]>

    init(_ scenes: [Notes]) {
        notes = Mutex(
            Dictionary(scenes.map { ($0.written.slug, $0) }, uniquingKeysWith: { first, _ in first }))
    }

    /// The notes of `slug`, which are no longer kept here.
    func take(_ slug: String) -> Notes? {
        notes.withLock { $0.removeValue(forKey: slug) }
    }
}
