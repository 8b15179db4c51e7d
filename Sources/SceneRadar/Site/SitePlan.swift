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
    /// Files of the vault's `static/` at the path of a file radar generates, or of a theme
    /// file, or where a file or folder of the site is (not copied).
    let shadowedStaticFiles: [String]
    /// The theme's files copied into the site, by path.
    let themeFiles: [String]
    /// Files of the vault's `theme/` (not the default theme's) at the path of a file or folder
    /// radar generates (not copied).
    let shadowedThemeFiles: [String]

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
        // A copied file may not take a generated file's path, nor sit where the site has a
        // folder or a file has to be one: asked only when there are such files (the default
        // theme's own fit the site).
        let ownThemeFiles = theme.assets.keys.filter { DefaultTheme.assets[$0] == nil }
        var shadowedTheme: Set<String> = []
        var shadowedStatic: Set<String> = []
        if !staticFiles.isEmpty || !ownThemeFiles.isEmpty {
            // The default theme's own files are the site's too (`assets/radar.css` makes
            // `assets` a folder).
            var site = SiteShape(pages + other + kept + DefaultTheme.assets.keys)
            shadowedTheme = Set(ownThemeFiles.filter(site.conflicts))
            for path in theme.assets.keys where !shadowedTheme.contains(path) { site.add(path) }
            shadowedStatic = Set(staticFiles.map(\.relative).filter(site.conflicts))
        }
        themeFiles = theme.assets.keys.filter { !shadowedTheme.contains($0) }.sorted()
        shadowedThemeFiles = shadowedTheme.sorted()
        other += themeFiles
        let copied = staticFiles.filter { !shadowedStatic.contains($0.relative) }
        shadowedStaticFiles = staticFiles.map(\.relative).filter(shadowedStatic.contains)
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

/// The files of a site and the folders they are in, to tell whether another file fits: not at
/// a file's path, not at a folder's, and not below a file.
struct SiteShape {
    private var files: Set<String> = []
    private var folders: Set<String> = []

    init(_ paths: [String]) {
        files.reserveCapacity(paths.count)
        for path in paths { add(path) }
    }

    mutating func add(_ path: String) {
        files.insert(path)
        var folder = OutputWriter.parent(of: path)
        while !folder.isEmpty, folders.insert(folder).inserted { folder = OutputWriter.parent(of: folder) }
    }

    /// Whether `path` cannot be added: a file or folder of the site is there, or a file of the
    /// site is where one of its folders would be.
    func conflicts(_ path: String) -> Bool {
        if files.contains(path) || folders.contains(path) { return true }
        var folder = OutputWriter.parent(of: path)
        while !folder.isEmpty {
            if files.contains(folder) { return true }
            folder = OutputWriter.parent(of: folder)
        }
        return false
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
