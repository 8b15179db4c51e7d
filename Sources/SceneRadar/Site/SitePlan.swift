/// Every file a build writes, decided before anything is rendered: the paths (recorded in the
/// output manifest first, so an interrupted build leaves nothing radar does not own), the
/// files kept from the last build (scenes and people whose pages did not change), and the jobs
/// that render the rest, in three phases: scenes first (they update the scenes' records), then
/// people and the site-wide pages, made from the records alone.
struct SitePlan: Sendable {
    /// One unit of rendering work.
    enum Job: Sendable, Equatable {
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

    /// Scenes to render.
    let sceneJobs: [Job]
    /// People to render, after the scenes (their credits come from the scenes' records).
    let personJobs: [Job]
    /// Site-wide pages, rendered after the scenes' records are up to date.
    let siteJobs: [Job]
    /// Every file of the site, in no particular order.
    let allPaths: [String]
    /// Files kept from the last build as they are.
    let keptPaths: [String]
    let pageCount: Int
    let chartCount: Int
    let staticFiles: [FolderWalk.File]
    /// Files of the vault's `static/` at the path of a file radar generates (not copied).
    let shadowedStaticFiles: [String]

    static let quadrantFile = "quadrant.svg"
    private static let htmlSuffix = Array(".html".utf8)

    /// The jobs that make the site-wide pages, the longest first (so no core waits on one at the
    /// end): rendered unless nothing changed since the last build.
    private static let siteFileJobs: [Job] = [.radarJSON, .index, .credits, .feed, .sitemap, .notFound]

    /// The files of the site-wide pages (`siteFileJobs`).
    static let siteFiles = siteFileJobs.flatMap(\.siteFiles)

    init(
        data: SiteData, rendered scenes: [Vault.SceneNotes], people: [String], theme: Theme,
        staticFiles: [FolderWalk.File]
    ) {
        self.init(
            publicRecords: data.publicRecords, pagedPeople: data.pagedPeople, rendered: scenes,
            people: people,
            theme: theme, staticFiles: staticFiles, unchanged: false)
    }

    /// The plan of a build in which nothing any page is made from changed: every page is kept
    /// (the public scenes' and the people's, as the last build recorded them), and only the
    /// theme's assets and the vault's static files are written, where they changed.
    init(
        unchangedRecords records: [String: SceneRecord], pagedPeople: some Sequence<String>, theme: Theme,
        staticFiles: [FolderWalk.File]
    ) {
        self.init(
            publicRecords: records.values.filter { $0.hasProfile && $0.isPublic },
            pagedPeople: pagedPeople, rendered: [], people: [], theme: theme, staticFiles: staticFiles,
            unchanged: true)
    }

    /// - Parameters:
    ///   - publicRecords: the public scenes with a profile.
    ///   - pagedPeople: the slugs of the people who get a page.
    private init(
        publicRecords: [SceneRecord], pagedPeople: some Sequence<String>, rendered scenes: [Vault.SceneNotes],
        people: [String], theme: Theme, staticFiles: [FolderWalk.File], unchanged: Bool
    ) {
        let renderedSlugs = Set(scenes.map(\.slug))
        var pages = unchanged ? [] : Self.siteFiles.filter { ByteSearch.hasSuffix($0, Self.htmlSuffix) }
        var other = unchanged ? [] : Self.siteFiles.filter { !ByteSearch.hasSuffix($0, Self.htmlSuffix) }
        var kept: [String] = unchanged ? Self.siteFiles : []
        var charts = 1
        for record in publicRecords {
            charts += 4
            if renderedSlugs.contains(record.slug) { continue }
            kept += record.outputPaths
        }
        for notes in scenes where notes.scene?.isPublic == true {
            pages += Self.scenePages(notes)
            other += Self.sceneCharts(notes.slug)
        }
        let renderedPeople = Set(people)
        for slug in pagedPeople.sorted() {
            if renderedPeople.contains(slug) {
                pages.append(SitePaths.person(slug))
            } else {
                kept.append(SitePaths.person(slug))
            }
        }
        other += theme.assets.keys
        let generated = staticFiles.isEmpty ? [] : Set(pages + other + kept)
        let copied = staticFiles.filter { !generated.contains($0.relative) }
        shadowedStaticFiles = staticFiles.map(\.relative).filter(generated.contains)
        other += copied.map(\.relative)
        sceneJobs = scenes.filter { $0.scene?.isPublic == true }.map { Job.scene($0.slug) }
        personJobs = people.map { Job.person($0) }
        siteJobs = (unchanged ? [] : Self.siteFileJobs) + [.assets, .staticFiles]
        self.staticFiles = copied
        allPaths = pages + other + kept
        keptPaths = kept
        pageCount = pages.count + kept.count { ByteSearch.hasSuffix($0, Self.htmlSuffix) }
        chartCount = charts
    }

    static func scenePages(_ notes: Vault.SceneNotes) -> [String] {
        [SitePaths.scene(notes.slug), SitePaths.sceneCredits(notes.slug)]
            + notes.logs.map { SitePaths.log(notes.slug, $0.week) }
    }

    static func sceneCharts(_ slug: String) -> [String] {
        ["signals", "history", "momentum"].map { "scenes/\(slug)/\($0).svg" }
    }
}

extension SitePlan.Job {
    /// The files a site-wide job writes, always the same ones; none for a scene or a person
    /// (their files are planned from the vault) or for copying the theme's assets and the
    /// static files.
    var siteFiles: [String] {
        switch self {
        case .index: [SitePaths.index, SitePlan.quadrantFile]
        case .credits: [SitePaths.credits]
        case .notFound: [SitePaths.notFound]
        case .feed: [SitePaths.feed]
        case .radarJSON: [SitePaths.radarJSON]
        case .sitemap: [SitePaths.sitemap]
        case .scene, .person, .assets, .staticFiles: []
        }
    }
}
