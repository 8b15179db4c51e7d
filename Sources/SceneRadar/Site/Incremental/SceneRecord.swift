/// What a build keeps about one scene folder, so the next build can reuse the scene without
/// reading its notes: what other scenes' pages and the site-wide pages need from it (names,
/// spellings of people, its window's people, wiki-link targets), and what its last render
/// produced for the site-wide pages (index row, radar.json part, feed entries, credit tallies).
@dynamicMemberLookup
struct SceneRecord: Sendable {
    /// What the record holds.
    struct Fields: Sendable {
        /// The folder name.
        var slug: String
        /// Content hash of each of its notes (profile and logs), by path relative to the vault.
        var sources: [String: UInt64]
        /// The profile decoded without errors: the scene is analysed and (if public) published.
        var hasProfile: Bool
        /// Published.
        var isPublic: Bool
        /// The scene's name and aliases (for wiki links and other scenes' pages).
        var name: String
        var aliases: [String]
        /// The newest week among its valid logs (the vault's "now" is the newest of all).
        var newestWeek: ISOWeek?
        /// Every person reference's spelling with how often it is written (for the people index).
        var spellings: [String: Int]
        /// `people/<slug>` references, with where they are (a missing note is reported).
        var explicitReferences: [PersonRef]
        /// Spellings in what may be published (paged people, person pages), distinct and sorted.
        var publicSpellings: [String]
        /// Spellings of the people of its window for the setting it was built with (bridges).
        var windowSpellings: [String]
        /// Wiki-link targets in its notes' bodies, distinct and sorted.
        var wikiTargets: [String]
        /// Problems found reading, parsing and decoding its notes.
        var diagnostics: [Diagnostic]

        // MARK: Outputs of its last render

        /// The digest of everything its pages were made from.
        var contextDigest: UInt64
        /// The files its pages and charts were written to.
        var outputPaths: [String]
        /// Its row on the radar index (public scenes with a profile).
        var index: IndexEntry?
        /// The weeks of its valid logs (each is a feed entry when among the newest of the vault).
        var logWeeks: [ISOWeek]

        // MARK: Large outputs, kept in the cache's second file (`blobs.bin`) and read from it only
        // when needed (radar.json when a site-wide page is rebuilt; feed entries for the feed;
        // credit items for person pages)

        /// Its part of radar.json, compact JSON (UTF-8).
        var radarJSON: ArraySlice<UInt8>?
        /// Feed entries (Atom XML) of its logs that are in the feed, by week.
        var feed: [FeedEntry]
        /// What the credits directory needs of each spelling's public credits (their rows on a
        /// person page, their tracks' support links), encoded (`PeopleCredits.Tallies`).
        var creditTallies: ArraySlice<UInt8>
        /// The hash of `creditItems`: what the scene shows on the pages of the people it credits.
        var creditsDigest: UInt64
        /// The public credit items themselves by spelling, encoded (`PeopleCredits`): person pages
        /// are rebuilt from them without reading the scene's notes; decoded only when needed.
        var creditItems: ArraySlice<UInt8>
        /// Its infrastructure, for the credits directory.
        var infrastructure: [InfrastructureEntry]
        /// The addresses of its profile's private containers: never published from any field of
        /// any scene (`SiteData.isPrivateAddress`).
        var privateAddresses: [String]
        /// The names of its profile's private containers: a credit so named is withheld as a
        /// private person's would be (`PeopleIndex`).
        var privateNames: [String]
        /// Where `radarJSON`, and `feed` with `creditItems`, are in `blobs.bin` (`nil` until stored:
        /// a rendered scene's outputs are in memory and stored when the build ends).
        var jsonBlob: BlobRef?
        var extrasBlob: BlobRef?
        /// Its metadata as the cache file held it, when read from the cache and not changed since:
        /// saved again as is. Anything that changes a field above (outputs aside) sets it to `nil`.
        var savedMetadata: ArraySlice<UInt8>?
    }

    /// The fields, in a box shared by copies until one of them changes a field: records are
    /// copied into dictionaries and the site data several times a build, and copying a box
    /// is one retain where copying the fields was one per field.
    private var box: Box

    init(_ fields: Fields) {
        box = Box(fields)
    }

    /// All the fields at once.
    var fields: Fields { box.fields }

    subscript<T>(dynamicMember field: KeyPath<Fields, T>) -> T {
        box.fields[keyPath: field]
    }

    subscript<T>(dynamicMember field: WritableKeyPath<Fields, T>) -> T {
        get { box.fields[keyPath: field] }
        set {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
            box.fields[keyPath: field] = newValue
        }
    }

    /// Changed only while a single record holds it (copy on write).
    private final class Box: @unchecked Sendable {
        var fields: Fields

        init(_ fields: Fields) {
            self.fields = fields
        }
    }
}

/// A scene's row on the radar index and its point on the quadrant.
struct IndexEntry: Sendable, Hashable {
    var slug: String
    var name: String
    var place: String
    var score: Double
    var phase: Phase
    var momentum: Double
    var trend: Momentum.Trend
    var tooEarly: Bool
    var logsInWindow: Int
    var stage: Int
    var isTrend: Bool
    var isStale: Bool
    var history: [ScorePoint]

    init(_ analysis: SceneAnalysis, place: String) {
        slug = analysis.slug
        name = analysis.name
        self.place = place
        score = analysis.score
        phase = analysis.phase
        momentum = analysis.momentum.value
        trend = analysis.momentum.trend
        tooEarly = analysis.momentum.isTooEarly
        logsInWindow = analysis.logsInWindow
        stage = analysis.stage.points
        isTrend = analysis.stage.isTrend
        isStale = analysis.isStale
        history = analysis.history
    }

    init(
        slug: String, name: String, place: String, score: Double, phase: Phase, momentum: Double,
        trend: Momentum.Trend, tooEarly: Bool, logsInWindow: Int, stage: Int, isTrend: Bool, isStale: Bool,
        history: [ScorePoint]
    ) {
        self.slug = slug
        self.name = name
        self.place = place
        self.score = score
        self.phase = phase
        self.momentum = momentum
        self.trend = trend
        self.tooEarly = tooEarly
        self.logsInWindow = logsInWindow
        self.stage = stage
        self.isTrend = isTrend
        self.isStale = isStale
        self.history = history
    }
}

/// One weekly log's Atom entry.
struct FeedEntry: Sendable, Hashable {
    var week: ISOWeek
    var xml: String
}

/// An infrastructure entry as the credits directory lists it.
struct InfrastructureEntry: Sendable, Hashable {
    var kind: String
    var name: String
    var url: String?
}
