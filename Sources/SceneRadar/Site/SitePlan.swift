/// Every file a build writes, decided before anything is rendered: the paths (recorded in the
/// output manifest first, so an interrupted build leaves nothing radar does not own) and the
/// jobs that render them, one per scene, person or site-wide page, run in parallel.
struct SitePlan: Sendable {
    /// One unit of rendering work.
    enum Job: Sendable {
        case scene(String)
        case person(String)
        case index
        case credits
        case notFound
        case feed
        case radarJSON
        case sitemap
        case assets
        case staticFiles
    }

    let jobs: [Job]
    let allPaths: [String]
    let pageCount: Int
    let chartCount: Int
    let staticFiles: [FolderWalk.File]

    init(data: SiteData, theme: Theme, staticFiles: [FolderWalk.File]) {
        // The site-wide jobs are the longest: first, so no core waits on one at the end.
        var jobs: [Job] = [.radarJSON, .index, .credits, .feed, .sitemap, .notFound, .assets, .staticFiles]
        var pages = [SitePaths.index, SitePaths.credits, SitePaths.notFound]
        var other = [SitePaths.feed, SitePaths.sitemap, SitePaths.radarJSON, SitePlan.quadrantFile]
        var charts = 1
        for notes in data.scenes {
            jobs.append(.scene(notes.slug))
            pages += SitePlan.scenePages(notes)
            other += SitePlan.sceneCharts(notes.slug)
            charts += 4
        }
        let people = data.pagedPeople.sorted()
        for slug in people {
            jobs.append(.person(slug))
            pages.append(SitePaths.person(slug))
        }
        other += theme.assets.keys
        let generated = Set(pages + other)
        let copied = staticFiles.filter { !generated.contains($0.relative) }
        other += copied.map(\.relative)
        self.jobs = jobs
        self.staticFiles = copied
        allPaths = (pages + other).sorted()
        pageCount = pages.count
        chartCount = charts
    }

    static let quadrantFile = "quadrant.svg"

    static func scenePages(_ notes: Vault.SceneNotes) -> [String] {
        [SitePaths.scene(notes.slug), SitePaths.sceneCredits(notes.slug)]
            + notes.logs.map { SitePaths.log(notes.slug, $0.week) }
    }

    static func sceneCharts(_ slug: String) -> [String] {
        ["signals", "history", "momentum"].map { "scenes/\(slug)/\($0).svg" }
    }
}
