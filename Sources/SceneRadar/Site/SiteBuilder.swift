import CMalloc
import Glibc

/// `radar build`: compiles a vault into a static site (SPEC §6) as a list of stages — read,
/// theme, index people, analyse, plan, render, write — each taking values and returning values.
///
/// Builds are incremental: a cache in `<vault>/.radar-cache/` records each scene's sources and
/// what its pages were made from, so a rebuild reads only changed notes and renders only pages
/// whose inputs changed (the scene's pages, the people it credits, the site-wide pages); the
/// output is byte-identical to a full build. Every valid note is compiled even when others have
/// errors: a broken note is left out with its diagnostics, and the build reports failure so a
/// publishing pipeline stops (SPEC §7).
public struct SiteBuilder: Sendable {
    /// What to build.
    public struct Options: Sendable {
        /// The vault folder as the user gave it.
        public var vault: String
        /// The output folder; `<vault>/_site` when `nil`.
        public var output: String?
        /// Overrides radar.yml's `base-url`.
        public var baseURL: String?
        /// Builds as if radar.yml set no `base-url` (unless `baseURL` is given): links start with
        /// `/`, so a preview's pages, its 404 page included, link to the preview's own server.
        public var ignoresConfiguredBaseURL = false
        /// Whether to use and update the incremental cache.
        public var incremental: Bool
        /// The process ends after the build: what it read and made is kept until then (see
        /// `ProcessLifetime`) rather than freed object by object.
        public var endsProcess: Bool
        /// Called, with what is held ("this vault's build cache", "the output folder"), when
        /// another radar build holds it, before this build waits for that one to finish.
        public var waiting: @Sendable (String) -> Void = { _ in }
        /// The permissions of the output folder when the build makes it: a preview's temporary
        /// folder is readable by its user only.
        public var outputMode: mode_t = 0o755

        /// Creates options.
        public init(
            vault: String, output: String? = nil, baseURL: String? = nil, incremental: Bool = true,
            endsProcess: Bool = false
        ) {
            self.vault = vault
            self.output = output
            self.baseURL = baseURL
            self.incremental = incremental
            self.endsProcess = endsProcess
        }
    }

    /// What a build did.
    public struct Report: Sendable {
        /// Reading, parsing, decoding and theme problems (lint rules are `radar lint`'s).
        public var diagnostics: [Diagnostic]
        /// HTML pages in the site.
        public var pages: Int
        /// SVG charts in the site.
        public var charts: Int
        /// Files in the site.
        public var files: Int
        /// Files actually written (the rest were unchanged).
        public var written: Int
        /// Pages rendered (the rest were kept from the last build).
        public var rendered: Int
        /// Pages a template error stopped: not rendered, the last build's version (if any) kept.
        public var stopped: Int = 0
        /// The output folder.
        public var output: String
        /// Remarks for the user (e.g. a discarded cache).
        public var notes: [String]
    }

    /// The build could not run at all: exit status 2.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// What went wrong.
        public var message: String
        public var description: String { message }
    }

    let fileSystem: any FileSystem

    /// Creates a builder.
    public init(fileSystem: any FileSystem = LocalFileSystem()) {
        self.fileSystem = fileSystem
    }

    /// Builds the site.
    public func build(_ options: Options) throws(Failure) -> Report {
        let trace = BuildTrace()
        let fileSystem = self.fileSystem
        // The vault's listing and its build cache are read at the same time: the cache in the
        // background, the listing here, where its scene folders are walked on every core (a
        // parallel step nested in another one runs on a single core).
        let canonical = options.incremental ? fileSystem.canonicalPath(options.vault) : nil
        // Two builds of one vault (into two output folders, or `radar serve` and `radar build`)
        // take turns with its cache: the second reads what the first stored.
        let vaultLock = canonical.flatMap {
            FolderLock(path: $0) { options.waiting("this vault's build cache") }
        }
        defer { vaultLock?.release() }
        let preloading = canonical.map { root in
            Background { BuildCache.load(canonicalRoot: root, fileSystem: fileSystem) }
        }
        let listing: VaultListing
        do {
            listing = try VaultScanner(fileSystem: fileSystem).scan(root: options.vault)
        } catch {
            throw Failure(message: error.message)
        }
        let preloaded = preloading?.wait()
        trace.mark("  listing and cache read")
        let displayRoot = VaultScanner.displayRoot(options.vault)
        let output = options.output ?? (displayRoot.isEmpty ? "_site" : displayRoot + "/_site")
        let loadedTheme = ThemeLoader.load(
            canonicalRoot: listing.canonicalRoot, displayRoot: displayRoot, fileSystem: fileSystem)
        var diagnostics = listing.diagnostics + loadedTheme.diagnostics
        guard let theme = loadedTheme.theme else {
            return Report(
                diagnostics: diagnostics.sorted(), pages: 0, charts: 0, files: 0, written: 0, rendered: 0,
                output: output, notes: [])
        }
        let staticFiles = FolderWalk.files(
            in: listing.canonicalRoot + "/static", fileSystem: fileSystem, diagnostics: &diagnostics,
            display: displayRoot.isEmpty ? "static" : displayRoot + "/static")
        trace.mark("  theme and static files")
        let writer: OutputWriter
        var waited = false
        do {
            writer = try OutputWriter(output: output, vaultRoot: options.vault, mode: options.outputMode) {
                waited = true
                options.waiting("the output folder")
            }
        } catch {
            throw Failure(message: error.message)
        }
        // Held until the cache is saved too, so a build that waited starts from both.
        defer { writer.releaseLock() }
        trace.mark("  output manifest read")
        var notes: [String] = []
        var cache: BuildCache?
        if options.incremental {
            // A build that waited for another one reads the cache that build left.
            let loaded =
                canonical == listing.canonicalRoot && !waited
                ? preloaded ?? (nil, nil)
                : BuildCache.load(canonicalRoot: listing.canonicalRoot, fileSystem: fileSystem)
            cache = loaded.cache?.output == writer.root ? loaded.cache : nil
            if let note = loaded.note { notes.append(note) }
        }
        do {
            // The cache says which pages are up to date in the output folder as its build left
            // it; a folder left otherwise (an interrupted build, a build of another vault or
            // revision into it) is rebuilt from scratch. Files of that build changed or removed
            // by hand since are made again, one by one.
            if try !writer.verify(trustedManifest: cache?.manifestHash) { cache = nil }
        } catch {
            throw Failure(message: error.message)
        }
        var state = BuildState(
            builder: self, listing: listing, cache: cache, writer: writer, theme: theme,
            staticFiles: staticFiles,
            baseURL: options.baseURL, ignoresConfiguredBaseURL: options.ignoresConfiguredBaseURL)
        state.trace = trace
        trace.mark("scan and cache")
        let (decision, prepareDiagnostics) = state.prepare()
        let unchanged = if case .keepEverything = decision { true } else { false }
        if !state.hasBaseURL {
            notes.append(
                "no base-url is set, so feed.xml and sitemap.xml hold relative addresses that feed readers and "
                    + "search engines cannot follow; set base-url in radar.yml or pass --base-url")
        }
        // Parsing leaves freed memory scattered over every thread's heap: hand it back.
        malloc_trim(0)
        trace.mark("read, parse, decode, index")
        diagnostics += prepareDiagnostics
        // The cache of a build that renders is stored while its last pages are (see `render`).
        var storing: Background<(BuildCache, [UInt8])>?
        // A build that fails still lets the cache's pieces be written whole.
        defer { _ = storing?.wait() }
        let rendered =
            switch decision {
            case .render(let data):
                try render(
                    state: &state, data: data, theme: theme, writer: writer, staticFiles: staticFiles,
                    trace: trace, storeCache: options.incremental, storing: &storing, into: &diagnostics)
            case .keepEverything(let plan):
                try keepEverything(plan: plan, theme: theme, writer: writer, trace: trace, into: &diagnostics)
            }
        for (folder, paths) in [
            ("theme", rendered.plan.shadowedThemeFiles), ("static", rendered.plan.shadowedStaticFiles),
        ] {
            for path in paths {
                diagnostics.append(
                    Diagnostic(
                        .misplacedFile,
                        "'\(folder)/\(path)' is where the site has a file or folder of its own"
                            + (folder == "static" ? " (generated, or the theme's)" : "")
                            + "; the site's is published and this one is not copied",
                        at: SourceLocation(
                            file: (displayRoot.isEmpty ? "" : displayRoot + "/") + folder + "/" + path),
                        notes: [.init("move it to another path under \(folder)/")]))
            }
        }
        trace.mark("  results gathered")
        // The output is finished (stale files removed, manifest written) while the cache's
        // pieces are still being stored; the manifest's hash ends the cache's metadata.
        let finished = Result { () throws(OutputWriter.Refusal) in try writer.finish() }
        var stored = storing?.wait()
        let root = listing.canonicalRoot
        if case .failure(let error) = finished { throw Failure(message: error.message) }
        trace.mark("  output finished")
        if stored == nil, options.incremental, unchanged, writer.manifestHash != cache?.manifestHash {
            // No page changed but static files did, and the manifest with them: the cache must
            // name the new manifest, or the next build would not trust the output folder.
            stored = Self.store(state.cache(), canonicalRoot: root)
        }
        if rendered.failedPages > 0 {
            // Pages a template error stopped are the last build's: no cache may say they are
            // this build's, or the next build would keep them and not report the error again.
            BuildCache.remove(canonicalRoot: root)
        } else if let (_, body) = stored {
            BuildCache.writeMetadata(
                BuildCache.complete(body, manifestHash: writer.manifestHash), canonicalRoot: root)
        }
        trace.mark("manifest and cache saved")
        if options.endsProcess {
            ProcessLifetime.keep(Leftovers(values: [state, listing, writer, stored as Any]))
        }
        // Files that do not fit the layout are found before radar.yml is read: its lint.ignore
        // applies to them here.
        let vaultWide = state.lintIgnore
        diagnostics.removeAll { Linter.isSilenced($0.code, vaultWide: vaultWide, note: []) }
        return Report(
            diagnostics: diagnostics.sorted(), pages: rendered.plan.pageCount,
            charts: rendered.plan.chartCount,
            files: rendered.plan.allPaths.count, written: rendered.written, rendered: rendered.pages,
            stopped: rendered.failedPages, output: output,
            notes: notes)
    }

    /// Stores the cache's pieces (radar.json parts, feed entries, credit items) in its blob file,
    /// and encodes its metadata but for the output manifest's hash.
    @Sendable private static func store(_ cache: BuildCache, canonicalRoot: String) -> (BuildCache, [UInt8]) {
        var cache = cache
        cache.storeBlobs(canonicalRoot: canonicalRoot)
        return (cache, cache.encodeBody())
    }

    /// What a build held, kept until the process ends; never read again.
    private struct Leftovers: @unchecked Sendable {
        let values: [Any]
    }

    /// Nothing changed since the last build: every page is kept as it is, and only the theme's
    /// assets and the static files are written where they differ from the output's.
    private func keepEverything(
        plan: SitePlan, theme: Theme, writer: OutputWriter, trace: BuildTrace,
        into diagnostics: inout [Diagnostic]
    ) throws(Failure) -> Rendered {
        try begin(plan, writer: writer, trace: trace)
        let results = plan.siteJobs.map {
            PageRenderer.copyFiles($0, plan: plan, theme: theme, writer: writer)
        }
        return try Self.gather(results, plan: plan, into: &diagnostics)
    }

    /// The site-wide jobs to run once the scenes are rendered: the index, the credits directory
    /// and radar.json are kept when what they are made from is the last build's (they list every
    /// scene and person: the largest files of the site, and most edits change none of them).
    private func keepSiteWideFiles(
        _ plan: SitePlan, _ state: inout BuildState, _ data: SiteData, _ writer: OutputWriter
    ) -> [SitePlan.Job] {
        let digest = BuildDigest.siteWide(data, global: state.globalDigest)
        defer { state.siteDigest = digest }
        guard digest == state.siteDigest, BuildDigest.siteWideFiles.allSatisfy(writer.canKeep) else {
            return plan.siteJobs
        }
        writer.keep(all: BuildDigest.siteWideFiles)
        return plan.siteJobs.filter { !BuildDigest.siteWideJobs.contains($0) }
    }

    /// Records the plan's paths in the output manifest and keeps the files it keeps.
    private func begin(_ plan: SitePlan, writer: OutputWriter, trace: BuildTrace) throws(Failure) {
        do {
            try writer.begin(planned: plan.allPaths)
        } catch {
            throw Failure(message: error.message)
        }
        writer.keep(all: plan.keptPaths)
        trace.mark("  output begun")
    }

    /// Adds up what the jobs did; the first output error stops the build.
    private static func gather(
        _ results: [PageRenderer.JobResult], plan: SitePlan, into diagnostics: inout [Diagnostic]
    ) throws(Failure) -> Rendered {
        var written = 0
        var pages = 0
        var stopped: [StoppedPage] = []
        for result in results {
            diagnostics += result.diagnostics
            stopped += result.stopped
            written += result.written
            pages += result.pages
            if let failure = result.failure { throw Failure(message: failure) }
        }
        diagnostics += Self.mergingPages(stopped)
        return (plan, written, pages, stopped.count)
    }

    /// What the render phase did: the plan, files written, pages rendered, and pages a
    /// template error stopped (the last build's stay).
    typealias Rendered = (plan: SitePlan, written: Int, pages: Int, failedPages: Int)

    /// One template error met on many pages is reported once, naming the pages it stopped and
    /// every partial tag it was reached through on any of them.
    static func mergingPages(_ stopped: [StoppedPage]) -> [Diagnostic] {
        var merged: [Diagnostic] = []
        var pages: [[String]] = []
        var kept: [Int] = []
        var through: [[Diagnostic.Note]] = []
        var index: [Diagnostic: Int] = [:]
        for stop in stopped {
            let error = stop.error
            // The partial tags differ from page to page (each page template includes the
            // partial from its own place): the error is the same without them.
            var key = error
            key.notes.removeAll { $0.message == MustacheError.throughPartialNote }
            let at = index[key] ?? merged.count
            if at == merged.count {
                index[key] = at
                merged.append(key)
                pages.append([])
                kept.append(0)
                through.append([])
            }
            pages[at].append(stop.page)
            if stop.kept { kept[at] += 1 }
            for tag in error.notes
            where tag.message == MustacheError.throughPartialNote && !through[at].contains(tag) {
                through[at].append(tag)
            }
        }
        for at in merged.indices {
            let sorted = pages[at].sorted { ByteSearch.precedes($0, $1) }
            let shown = sorted.prefix(3).joined(separator: ", ")
            let more = sorted.count > 3 ? " and \(sorted.count - 3) more" : ""
            let outcome =
                switch kept[at] {
                case sorted.count: "; the last build's \(sorted.count == 1 ? "page stays" : "pages stay")"
                case 0: "; not written (no earlier build of \(sorted.count == 1 ? "it" : "them") to keep)"
                default:
                    "; the last build's \(kept[at]) \(kept[at] == 1 ? "stays" : "stay"), "
                        + "the other \(sorted.count - kept[at]) not written"
                }
            merged[at].notes += through[at]
            merged[at].notes.append(
                .init(
                    "while rendering \(shown)\(more) (\(sorted.count) page\(sorted.count == 1 ? "" : "s"))\(outcome)"
                ))
        }
        return merged
    }

    /// Plans, renders scenes, then people and the site-wide pages from the updated records
    /// (the notes are let go of first: memory holds one phase's data at a time).
    private func render(
        state: inout BuildState, data: consuming SiteData, theme: Theme, writer: OutputWriter,
        staticFiles: [FolderWalk.File], trace: BuildTrace,
        storeCache: Bool, storing: inout Background<(BuildCache, [UInt8])>?,
        into diagnostics: inout [Diagnostic]
    ) throws(Failure) -> Rendered {
        let plan = SitePlan(
            data: copy data, rendered: state.renderedScenes, people: state.renderedPeople, theme: theme,
            staticFiles: staticFiles)
        trace.mark("  planned")
        try begin(plan, writer: writer, trace: trace)
        var data = data
        data.makeLinks()
        var renderer = PageRenderer(data: consume data, theme: theme, writer: writer, plan: plan)
        renderer.scenes = state.takeRenderedScenes()
        renderer.global = state.globalDigest
        if !plan.sceneJobs.isEmpty {
            renderer.digestPeople = state.digestPeople ?? BuildDigest.People(data: renderer.data)
        }
        let sceneResults = plan.sceneJobs.parallelMap { [renderer] in renderer.run($0) }
        for result in sceneResults {
            if let record = result.record { state.records[record.slug] = record }
        }
        trace.mark("  scene jobs")
        malloc_trim(0)
        trace.mark("scenes analysed and rendered")
        renderer.data = renderer.data.withRecords(state.records)
        let siteJobs = keepSiteWideFiles(plan, &state, renderer.data, writer)
        // Everything the cache records is known now: it is stored while the person and
        // site-wide pages render, instead of after them on one core.
        if storeCache {
            let (cache, root) = (state.cache(), state.listing.canonicalRoot)
            storing = Background { Self.store(cache, canonicalRoot: root) }
        }
        renderer.credits = state.credits(for: renderer.data)
        trace.mark("  credits gathered")
        let personResults = plan.personJobs.parallelMap { [renderer] in renderer.run($0) }
        trace.mark("person pages rendered")
        renderer.credits = PeopleCredits()
        let siteResults = siteJobs.parallelMap { [renderer] in renderer.run($0) }
        trace.mark("site-wide pages rendered")
        return try Self.gather(sceneResults + personResults + siteResults, plan: plan, into: &diagnostics)
    }
}

/// A page a template error stopped: its path, the error, and whether the last build's version
/// of it stays.
struct StoppedPage {
    var page: String
    var error: Diagnostic
    var kept: Bool
}
