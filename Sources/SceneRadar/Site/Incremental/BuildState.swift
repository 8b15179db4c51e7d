/// What one build reads and decides: which notes changed (by file metadata, then content),
/// which scenes must be read and rendered, which person pages change, and the new cache.
struct BuildState {
    let builder: SiteBuilder
    let listing: VaultListing
    let previous: BuildCache?
    let writer: OutputWriter
    let theme: Theme
    /// The vault's `static/` files.
    let staticFiles: [FolderWalk.File]
    let baseURL: String?
    /// Whether radar.yml's `base-url` is left out (the preview's links stay on its server).
    let ignoresConfiguredBaseURL: Bool
    /// Phase times, with `RADAR_TRACE=1`.
    var trace = BuildTrace()

    /// Every scene folder's record, up to date once `prepare` returns (outputs after rendering).
    var records: [String: SceneRecord] = [:]
    /// Scenes read in this build (broken notes left out), by slug.
    private var loaded: [String: Vault.SceneNotes] = [:]
    /// The same scenes as their pages show them (`PrivateNames`), made once for the record and
    /// the pages alike.
    private var shown: [String: Vault.SceneNotes] = [:]
    /// Stamps of every note read or known.
    private var stamps: [String: BuildCache.FileStamp] = [:]
    /// Bytes of notes read while checking for changes, by relative path.
    private var pending: [String: [UInt8]] = [:]
    private(set) var globalDigest: UInt64 = 0
    /// What the index, the credits directory and radar.json are made from: the last build's
    /// until the scenes are rendered (`SiteBuilder` sets this build's then).
    var siteDigest: UInt64
    /// What the scene digests say about people, once worked out.
    private(set) var digestPeople: BuildDigest.People?
    private var personDigests: [String: UInt64] = [:]
    /// Public scenes to render, and people whose pages to render.
    private(set) var renderedScenes: [Vault.SceneNotes] = []
    private(set) var renderedPeople: [String] = []
    /// The public scenes that name a person whose page is rendered.
    private var creditingScenes: Set<String> = []
    /// The kept scenes' radar.json parts, being read.
    private var keptJSON: Background<[BlobRef: ArraySlice<UInt8>]>?
    /// No note changed and nothing global did (the digests need not be computed again).
    private var quiet = false
    /// Whether pages have a base URL (the command line's or radar.yml's), once read.
    private(set) var hasBaseURL = false
    /// The rules radar.yml silences for the whole vault, once read.
    private(set) var lintIgnore: Set<DiagnosticCode> = []
    /// The addresses written in person notes with errors, withheld as a private person's.
    private var withheldAddresses: [String] = []
    /// Private people's names, withheld from short texts (`PrivateNames`), once the people
    /// notes are read.
    private var privatePeople: [PrivateNames.Entry] = []

    init(
        builder: SiteBuilder, listing: VaultListing, cache: BuildCache?, writer: OutputWriter, theme: Theme,
        staticFiles: [FolderWalk.File], baseURL: String?, ignoresConfiguredBaseURL: Bool = false
    ) {
        self.builder = builder
        self.listing = listing
        previous = cache
        siteDigest = cache?.siteDigest ?? 0
        self.writer = writer
        self.theme = theme
        self.staticFiles = staticFiles
        self.baseURL = baseURL
        self.ignoresConfiguredBaseURL = ignoresConfiguredBaseURL
    }

    // MARK: - Deciding

    /// What `prepare` decided.
    enum Decision {
        /// Render what changed, from this data.
        case render(SiteData)
        /// Nothing any page is made from changed since the last build (a no-op rebuild): every
        /// page is kept, by this plan, and no data is made.
        case keepEverything(SitePlan)
    }

    /// Reads what changed and decides what to render.
    mutating func prepare() -> (decision: Decision, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        stamps.reserveCapacity(1 + listing.people.count + listing.scenes.reduce(0) { $0 + 1 + $1.logs.count })
        // radar.yml and the people notes are always read: everything depends on them.
        let builder = self.builder
        let previous = self.previous
        let fixed = ([listing.config].compactMap { $0 } + listing.people).parallelMap { file in
            (file, builder.read(file), file.info)
        }
        var config = SiteConfig()
        var people: [Person] = []
        var unreadPeople = listing.unreadPeople
        /// Withholds what a person note that may be a private person's gives, as far as its
        /// bytes can be read without decoding it: the names of its `name:` and `aliases:` lines
        /// and every address written in it.
        func withholdWritten(in bytes: [UInt8]?) {
            guard let bytes else { return }
            unreadPeople += UnreadNoteNames.names(in: bytes)
            withheldAddresses += PrivateAddresses.addresses(in: bytes)
        }
        var peopleHashes: [(String, UInt64)] = []
        var configHash: UInt64 = 0
        let loader = VaultLoader(fileSystem: builder.fileSystem)
        let decoded = fixed.parallelMap { file, bytes, _ in
            bytes.map { loader.decode(file, bytes: $0) } ?? loader.decode(file)
        }
        for ((file, bytes, info), note) in zip(fixed, decoded) {
            let hash = bytes.map(ContentHash.hash) ?? 0
            remember(file, info: info, hash: hash)
            diagnostics += note.diagnostics
            switch note.content {
            case .config(let value):
                // First in `fixed`: the people notes below are checked with its lint settings.
                config = value
                if ignoresConfiguredBaseURL { config.baseURL = nil }
                configHash = hash
                lintIgnore = value.lintIgnore
            case .person(var person):
                person.header.isBroken = note.diagnostics.containsError
                diagnostics += Linter.errors(in: person, ignoring: lintIgnore)
                // A note with errors may have meant to keep its person private (`private: yes`):
                // until it is fixed, the person is withheld, never published.
                if person.header.isBroken {
                    person.isPrivate = true
                    // An address or alias its errors dropped (a link item written as a mapping)
                    // is hers too.
                    withholdWritten(in: bytes)
                }
                people.append(person)
                peopleHashes.append((file.relativePath, hash))
            default:
                // A person note too broken to decode: its name is withheld (see above).
                if case .person(let slug) = file.role {
                    unreadPeople.append(slug)
                    withholdWritten(in: bytes)
                }
                peopleHashes.append((file.relativePath, hash))
            }
        }
        // Every page that names a person depends on which names are withheld: the notes not
        // read count among the people notes for the digests. A change to these reads every
        // scene again (the global digest), whose records hold its texts as pages show them.
        for name in listing.unreadPeople.sorted() { peopleHashes.append(("unread " + name, 0)) }
        // Such a note may be a private person's: the addresses written in it are withheld, and
        // what it holds counts for the digests as a read note's does.
        let root = listing.root.hasSuffix("/") ? listing.root : listing.root + "/"
        for path in listing.unreadPeopleFiles.sorted() {
            let bytes = try? builder.fileSystem.read(root + path, limit: Limits.standard.maxNoteBytes)
            peopleHashes.append(("unread file " + path, bytes.map(ContentHash.hash) ?? 0))
            withholdWritten(in: bytes)
        }
        privatePeople = PrivateNames.people(
            people.filter(\.isPrivate).flatMap(\.withheldSpellings) + unreadPeople)
        trace.mark("  settings and people notes read")
        // Scenes: unchanged sources keep their record; the others are read now.
        let checked = listing.scenes.parallelMap { folder in builder.check(folder, previous: previous) }
        var changed: [VaultListing.SceneFolder] = []
        for check in checked {
            for (path, stamp) in check.stamps { stamps[path] = stamp }
            for (path, bytes) in check.bytes { pending[path] = bytes }
            if let record = previous?.scenes[check.folder.slug], record.sources == check.sources,
                !check.unreadable
            {
                records[check.folder.slug] = record
            } else {
                changed.append(check.folder)
            }
        }
        trace.mark("  scenes checked against the cache")
        hasBaseURL = effective(config) != nil
        if changed.isEmpty,
            let plan = nothingChanged(config: config, configHash: configHash, peopleHashes: peopleHashes)
        {
            for record in records.values { diagnostics += record.diagnostics }
            return (.keepEverything(plan), diagnostics)
        }
        load(changed)
        trace.mark("  changed scenes read")
        // A scene changed, so the site-wide pages will be rebuilt from every kept scene's
        // radar.json part: they are read now, while the people are indexed.
        if !changed.isEmpty, previous != nil {
            let refs = records.values.compactMap { loaded[$0.slug] == nil ? $0.jsonBlob : nil }
            let path = BuildCache.blobPath(canonicalRoot: listing.canonicalRoot)
            keptJSON = Background { BlobFile.Reader(path: path)?.read(refs) ?? [:] }
        }
        var setting = ScoringSetting(config: config, now: records.values.compactMap(\.newestWeek).max())
        globalDigest = BuildDigest.global(
            config: configHash, theme: theme.fingerprint, people: peopleHashes, baseURL: effective(config),
            now: setting.now, favicon: favicon, privateContainers: privateContainers)
        if previous?.globalDigest != globalDigest {
            load(listing.scenes.filter { loaded[$0.slug] == nil })
            setting = ScoringSetting(config: config, now: records.values.compactMap(\.newestWeek).max())
        }
        // Indexed once every scene that will be read is: the people index is made on one core.
        let index = PeopleIndex(
            people: people, counts: counts(), explicit: explicit(),
            withheld: unreadPeople + records.values.flatMap(\.privateNames))
        setWindows(Array(loaded.values), setting: setting)
        var data = makeData(config: config, setting: setting, people: index, personNotes: people)
        trace.mark("  people indexed, site data made")
        // No note changed and nothing global did: every digest is the last build's.
        quiet =
            loaded.isEmpty && previous?.globalDigest == globalDigest
            && Set(previous?.scenes.keys ?? [:].keys) == Set(records.keys)
        // From here on only scenes whose notes did not change are read (their records are made
        // again from the same notes), so the site data only ever needs their new records.
        // Scenes whose sources did not change but whose pages show something that did.
        var stale: [VaultListing.SceneFolder] = []
        let paged = listing.scenes.compactMap { folder -> (VaultListing.SceneFolder, SceneRecord)? in
            guard let record = records[folder.slug], record.hasProfile, record.isPublic else { return nil }
            return (folder, record)
        }
        let global = globalDigest
        digestPeople = quiet ? nil : BuildDigest.People(data: data)
        let computed =
            digestPeople.map { known in
                paged.parallelMap { [data] _, record in
                    BuildDigest.scene(record, global: global, data: data, people: known)
                }
            } ?? paged.map(\.1.contextDigest)
        for ((folder, record), digest) in zip(paged, computed) {
            if loaded[folder.slug] == nil
                && (digest != record.contextDigest || !record.outputPaths.allSatisfy(writer.canKeep))
            {
                stale.append(folder)
            }
        }
        trace.mark("  scene digests")
        if !stale.isEmpty {
            load(stale, setting: setting)
            data = data.withRecords(records)
        }
        decidePeople(data: data)
        trace.mark("  person pages decided")
        // Something may be rebuilt (a build in which nothing changed stopped above), so the
        // site-wide pages may be too: they need every scene's large outputs, kept in the cache's
        // second file.
        let more = staleForSiteWidePages(feedKeys: data.feedKeys)
        trace.mark("  kept scenes' outputs loaded")
        load(more, setting: setting)
        // The records now carry the large outputs the site-wide pages and person pages need.
        data = data.withRecords(records)
        renderedScenes = loaded.values.filter { $0.scene?.isPublic == true }.sorted { $0.slug < $1.slug }
        for record in records.values { diagnostics += record.diagnostics }
        return (.render(data), diagnostics)
    }

    /// Whether no note changed (by stamp: every note's size, time and inode are the last
    /// build's), no scene folder came or went, nothing global did (settings, theme, people notes,
    /// base URL, the newest week), and the output folder is as the last build left it. Then
    /// every page would be made from what the last build made it from: the people index, the
    /// site data, the digests and the plan of pages are not made at all, and the last build's
    /// person pages are this build's.
    /// Returns the plan that keeps every page then.
    /// Every scene's private containers' addresses and names, sorted: withheld from every page
    /// (a name as a person's), so a change to them is a change to every page (the global
    /// digest).
    private var privateContainers: [String] {
        (records.values.flatMap(\.privateAddresses)
            + records.values.flatMap { $0.privateNames.map { "name " + $0 } })
            .sorted()
    }

    private mutating func nothingChanged(
        config: SiteConfig, configHash: UInt64, peopleHashes: [(String, UInt64)]
    ) -> SitePlan? {
        guard let previous, writer.isTrusted, previous.files == stamps,
            previous.scenes.count == records.count
        else { return nil }
        let setting = ScoringSetting(config: config, now: records.values.compactMap(\.newestWeek).max())
        let global = BuildDigest.global(
            config: configHash, theme: theme.fingerprint, people: peopleHashes, baseURL: effective(config),
            now: setting.now, favicon: favicon, privateContainers: privateContainers)
        guard global == previous.globalDigest else { return nil }
        personDigests = previous.people
        guard let plan = planKeepingEveryPage() else {
            personDigests = [:]
            return nil
        }
        globalDigest = global
        quiet = true
        return plan
    }

    /// The plan of a build that keeps every page, when its files are exactly those the last
    /// build left (`records` and `personDigests` being this build's): static files can come and
    /// go while nothing pages are made from changes, and the sitemap lists them, so it must be
    /// made again then.
    private func planKeepingEveryPage() -> SitePlan? {
        let plan = SitePlan(
            unchangedRecords: records, pagedPeople: personDigests.keys, theme: theme, staticFiles: staticFiles
        )
        return writer.recordedExactly(plan.allPaths) ? plan : nil
    }

    /// The large outputs of kept scenes come from the cache's second file: every radar.json
    /// part, the feed entries of scenes with a log in the feed, and the credit items of scenes
    /// that name a person whose page is rendered. Scenes whose pieces are missing or damaged
    /// there (or lack a feed entry now among the newest) are read and rendered again.
    ///
    /// - Parameter feed: the logs in the feed (`SiteData.feedKeys`).
    private mutating func staleForSiteWidePages(feedKeys feed: Set<String>) -> [VaultListing.SceneFolder] {
        let rendering = Set(loaded.keys)
        let creditingScenes = self.creditingScenes
        let kept = listing.scenes.compactMap { folder -> (VaultListing.SceneFolder, SceneRecord)? in
            guard !rendering.contains(folder.slug), let record = records[folder.slug], record.hasProfile,
                record.isPublic
            else { return nil }
            return (folder, record)
        }
        let reader = BlobFile.Reader(path: BuildCache.blobPath(canonicalRoot: listing.canonicalRoot))
        let jsonPieces = keptJSON?.wait() ?? reader?.read(kept.compactMap(\.1.jsonBlob)) ?? [:]
        let pieces = kept.parallelMap {
            [jsonPieces] folder, record -> (
                json: ArraySlice<UInt8>?, extras: SceneExtras?, complete: Bool
            ) in
            let json = record.jsonBlob.flatMap { jsonPieces[$0] }
            let wanted = record.logWeeks.filter { feed.contains(FeedSelection.key(folder.slug, $0)) }
            guard !wanted.isEmpty || creditingScenes.contains(folder.slug) else {
                return (json, nil, json != nil)
            }
            let extras = record.extrasBlob.flatMap { reader?.read($0) }.flatMap(BuildCache.decodeExtras)
            let written = Set(extras?.feed.map(\.week) ?? [])
            return (json, extras, json != nil && extras != nil && wanted.allSatisfy(written.contains))
        }
        var more: [VaultListing.SceneFolder] = []
        for ((folder, _), piece) in zip(kept, pieces) {
            guard piece.complete else {
                more.append(folder)
                continue
            }
            records[folder.slug]?.radarJSON = piece.json
            if let extras = piece.extras {
                records[folder.slug]?.feed = extras.feed
                records[folder.slug]?.creditItems = extras.creditItems
            }
        }
        return more
    }

    /// Person pages whose digest changed (or whose file is gone) are rendered.
    private mutating func decidePeople(data: SiteData) {
        let paged = data.pagedPeople.sorted().compactMap { slug in
            data.people.index(slug: slug).map { (slug, $0) }
        }
        let (quiet, previous, global) = (self.quiet, self.previous, globalDigest)
        // A quiet build takes every digest it knows from the last build.
        let known = quiet && paged.allSatisfy { previous?.people[$0.0] != nil }
        var scenesOf = known ? [:] : Self.scenesOfPeople(data)
        let digests = paged.parallelMap { [scenesOf] slug, index -> UInt64 in
            if quiet, let known = previous?.people[slug] { return known }
            let scenes = (scenesOf[index] ?? []).map { ($0, data.records[$0]?.creditsDigest ?? 0) }
            return BuildDigest.person(
                data.people.identities[index], scenes: scenes, global: global, data: data)
        }
        var rendered: [(slug: String, index: Int)] = []
        for ((slug, index), digest) in zip(paged, digests) {
            personDigests[slug] = digest
            if previous?.people[slug] != digest || !writer.canKeep(SitePaths.person(slug)) {
                rendered.append((slug, index))
            }
        }
        renderedPeople = rendered.map(\.slug)
        if known && !rendered.isEmpty { scenesOf = Self.scenesOfPeople(data) }
        creditingScenes = Set(rendered.flatMap { scenesOf[$0.index] ?? [] })
    }

    /// The public scenes that name each person, by index in the people index, in slug order.
    private static func scenesOfPeople(_ data: SiteData) -> [Int: [String]] {
        // Records come by slug, so each person's scenes are gathered in order, each once.
        var scenesOf: [Int: [String]] = [:]
        for record in data.publicRecords {
            for spelling in record.publicSpellings {
                if let person = data.people.index(of: spelling), scenesOf[person]?.last != record.slug {
                    scenesOf[person, default: []].append(record.slug)
                }
            }
        }
        return scenesOf
    }

    /// Hands over the notes of the scenes to render (each scene's job lets go of its own once
    /// rendered); nothing here keeps any.
    mutating func takeRenderedScenes() -> PendingScenes {
        let pending = PendingScenes(
            renderedScenes.map {
                ($0, shown[$0.slug] ?? PrivateNames($0.scene, people: privatePeople).notes($0))
            })
        loaded = [:]
        shown = [:]
        renderedScenes = []
        return pending
    }

    /// The credits of the people whose pages are rendered, from the scenes' records.
    func credits(for data: SiteData) -> PeopleCredits {
        let wanted = Set(renderedPeople)
        guard !wanted.isEmpty else { return PeopleCredits() }
        return PeopleCredits(records: data.publicRecords, people: data.people, wanted: wanted)
    }

    /// The cache describing this build's output (feed entries kept only for the feed).
    func cache() -> BuildCache {
        var cache = BuildCache()
        cache.globalDigest = globalDigest
        cache.output = writer.root
        cache.files = stamps
        let feed = Set(FeedSelection.newest(records.values).map { FeedSelection.key($0.slug, $0.week) })
        cache.scenes = records.mapValues { record in
            var record = record
            record.feed = record.feed.filter { feed.contains(FeedSelection.key(record.slug, $0.week)) }
            return record
        }
        cache.people = personDigests
        cache.siteDigest = siteDigest
        cache.blobLength = previous?.blobLength ?? 0
        return cache
    }

    // MARK: - Reading

    /// Reads, parses and decodes scene folders (on every core) and records them.
    private mutating func load(_ folders: [VaultListing.SceneFolder]) {
        guard !folders.isEmpty else { return }
        let pending = self.pending
        let builder = self.builder
        let lintIgnore = self.lintIgnore
        let privatePeople = self.privatePeople
        let loader = VaultLoader(fileSystem: builder.fileSystem)
        let results = folders.parallelMap { folder -> (Vault.SceneNotes, Vault.SceneNotes, SceneRecord) in
            var sources: [String: UInt64] = [:]
            let files = [folder.profile].compactMap { $0 } + folder.logs
            let decoded = files.map { file -> DecodedNote in
                if let bytes = pending[file.relativePath] {
                    sources[file.relativePath] = ContentHash.hash(bytes)
                    return loader.decode(file, bytes: bytes)
                }
                let bytes = builder.read(file)
                sources[file.relativePath] = bytes.map(ContentHash.hash) ?? 0
                return bytes.map { loader.decode(file, bytes: $0) } ?? loader.decode(file)
            }
            let (read, diagnostics) = VaultLoader.sceneNotes(slug: folder.slug, results: decoded)
            // The rules read every note that decoded, as radar lint does, broken ones included:
            // all of a note's errors are reported at once.
            let found = diagnostics + Linter.errors(in: read, ignoring: lintIgnore)
            let notes = read.withoutBrokenNotes()
            // People's pages list the scene's tracks and events as its own pages show them.
            let shown = PrivateNames(notes.scene, people: privatePeople).notes(notes)
            return (notes, shown, SceneRecord(notes: shown, sources: sources, diagnostics: found))
        }
        for ((notes, shown, record), folder) in zip(results, folders) {
            loaded[folder.slug] = notes
            self.shown[folder.slug] = shown
            records[folder.slug] = record
            for file in [folder.profile].compactMap({ $0 }) + folder.logs {
                self.pending[file.relativePath] = nil
            }
        }
    }

    /// Reads `folders` (see `load(_:)`) and sets their records' window for `setting`.
    private mutating func load(_ folders: [VaultListing.SceneFolder], setting: ScoringSetting) {
        load(folders)
        setWindows(folders.compactMap { folder in loaded[folder.slug] }, setting: setting)
    }

    /// Sets the window of the records of `scenes` for `setting`, on every core.
    private mutating func setWindows(_ scenes: [Vault.SceneNotes], setting: ScoringSetting) {
        let records = self.records
        let updated = scenes.parallelMap { notes -> SceneRecord? in
            guard var record = records[notes.slug] else { return nil }
            record.setWindow(notes, setting: setting)
            return record
        }
        for record in updated.compactMap({ $0 }) { self.records[record.slug] = record }
    }

    private mutating func remember(_ file: NoteFile, info: FileInfo?, hash: UInt64) {
        guard let info else { return }
        stamps[file.relativePath] = BuildCache.FileStamp(info, hash: hash)
    }

    private func counts() -> [String: Int] {
        var counts: [String: Int] = [:]
        for record in records.values { counts.merge(record.spellings, uniquingKeysWith: +) }
        return counts
    }

    private func explicit() -> [PersonRef] {
        records.values.sorted { $0.slug < $1.slug }.flatMap(\.explicitReferences)
    }

    /// The site's icon among the files copied into it (see `SiteData.favicon(among:)`).
    private var favicon: String? {
        SiteData.favicon(among: staticFiles.map(\.relative) + theme.assets.keys)
    }

    private func effective(_ config: SiteConfig) -> String? {
        baseURL ?? config.baseURL
    }

    private func makeData(
        config: SiteConfig, setting: ScoringSetting, people: PeopleIndex, personNotes: [Person]
    ) -> SiteData {
        let presence = PresenceMap(
            scenes: records.values.filter(\.hasProfile).map { record in
                PresenceMap.Scene(
                    slug: record.slug, isPublic: record.isPublic,
                    members: record.windowSpellings.compactMap { people.index(of: $0) })
            })
        return SiteData(
            config: config, baseURL: baseURL, setting: setting, people: people, presence: presence,
            records: records,
            personNotes: personNotes, favicon: favicon, withheldAddresses: withheldAddresses,
            privatePeople: privatePeople)
    }
}

/// One scene folder's notes checked against the cache.
struct SceneCheck: Sendable {
    var folder: VaultListing.SceneFolder
    /// Content hash of each note, by relative path.
    var sources: [String: UInt64] = [:]
    /// New stamps.
    var stamps: [String: BuildCache.FileStamp] = [:]
    /// Notes read because their stamp changed (reused when the scene is loaded).
    var bytes: [String: [UInt8]] = [:]
    /// A note could not be read: the scene is read again (and the problem reported).
    var unreadable = false
}

extension SiteBuilder {
    /// The bytes of a note, or `nil` when it cannot be read (decoding it reports why).
    func read(_ file: NoteFile) -> [UInt8]? {
        try? fileSystem.read(file.absolutePath, limit: Limits.standard.maxNoteBytes)
    }

    /// Compares a scene folder's notes with the cache by stamp, hashing the ones that changed.
    func check(_ folder: VaultListing.SceneFolder, previous: BuildCache?) -> SceneCheck {
        var check = SceneCheck(folder: folder)
        for file in [folder.profile].compactMap({ $0 }) + folder.logs {
            guard let info = file.info ?? fileSystem.info(file.absolutePath) else {
                check.unreadable = true
                continue
            }
            if let previous, let known = previous.files[file.relativePath], previous.vouches(known, for: info)
            {
                check.sources[file.relativePath] = known.hash
                check.stamps[file.relativePath] = known
                continue
            }
            guard let bytes = read(file) else {
                check.unreadable = true
                continue
            }
            let hash = ContentHash.hash(bytes)
            check.sources[file.relativePath] = hash
            check.stamps[file.relativePath] = BuildCache.FileStamp(info, hash: hash)
            check.bytes[file.relativePath] = bytes
        }
        return check
    }
}
