/// `radar new log`: find the scene, pick what to carry forward, write the week's log.
extension NoteAuthor {
    /// A scene that `radar new log` was pointed at.
    struct SceneMatch {
        var folder: VaultListing.SceneFolder
        /// The decoded profile, `nil` when it is broken.
        var scene: Scene?
    }

    /// Writes `scenes/<slug>/log/<week>.md` for the scene named by `scene` (its slug, name or
    /// an alias), carrying forward the newest earlier log's artists, markers and community
    /// (when it has none before that week: the markers of its profile's `sound`).
    ///
    /// A week before the scene was spotted, or more than a few weeks after `today`, is written
    /// with a note: the newest logged week is radar's "now" for every scene, so a mistyped year
    /// would make every other scene stale.
    ///
    /// - Throws: `.unknownScene` (with the closest slug), `.ambiguousScene`,
    ///   `.missingProfile`, `.exists` when that week is already logged.
    public func newLog(scene given: String, week: ISOWeek, today: ISOWeek? = nil) throws(AuthoringError)
        -> Created
    {
        let listing = try scan()
        let match = try findScene(given, in: listing)
        let relative = "scenes/\(match.folder.slug)/log/\(week).md"
        if let existing = match.folder.logs.first(where: { $0.relativePath == relative }) {
            throw AuthoringError(.exists(path: existing.displayPath))
        }
        var notes: [String] = []
        if let spotted = match.scene?.spotted, week < spotted.isoWeek {
            notes.append("\(week) is before the scene was spotted (\(spotted)): check the year")
        }
        if let today, today.weeks(to: week) > Self.weeksAheadNoted {
            notes.append(
                "\(week) is \(today.weeks(to: week)) weeks after this week (\(today)); the newest logged week is "
                    + "radar's \"now\" for every scene: check the year")
        }
        let carried = carryForward(match, before: week, notes: &notes)
        let text = LogTemplate.render(
            sceneName: match.scene?.name.value ?? match.folder.slug, week: week, carried: carried)
        try writer.create(relative, text: text)
        return Created(path: writer.display(relative), carried: carried, notes: notes)
    }

    /// The scene whose slug is `given`, else whose name or an alias has the same match key (as
    /// `SceneLookup` resolves it); a folder without a profile is found by its slug only, to say so.
    func findScene(_ given: String, in listing: VaultListing) throws(AuthoringError) -> SceneMatch {
        if let folder = listing.scenes.first(where: { $0.slug == given }), folder.profile == nil {
            throw AuthoringError(
                .missingProfile(slug: folder.slug, path: writer.display("scenes/\(folder.slug)/scene.md")))
        }
        let matches = listing.scenes.compactMap { folder in
            folder.profile.map { SceneMatch(folder: folder, scene: scene($0)) }
        }
        let lookup = SceneLookup(
            matches.map { SceneLookup.Candidate(slug: $0.folder.slug, profile: $0.scene) })
        let suggestion: String?
        switch lookup.resolve(given) {
        case .found(let slug):
            if let match = matches.first(where: { $0.folder.slug == slug }) { return match }
            suggestion = nil  // not reached: the lookup's candidates are these matches
        case .ambiguous(let slugs):
            throw AuthoringError(.ambiguousScene(given: given, slugs: slugs))
        case .unknown(let closest):
            suggestion = closest
        }
        throw AuthoringError(
            .unknownScene(given: given, suggestion: suggestion, known: matches.map(\.folder.slug)))
    }

    /// What the new log starts from, with a note when the previous log could not be read.
    private func carryForward(_ match: SceneMatch, before week: ISOWeek, notes: inout [String])
        -> CarryForward
    {
        guard let previous = match.folder.logs.last(where: { Self.week(of: $0).map { $0 < week } ?? false })
        else {
            // A profile radar cannot read is not one without sound markers.
            if match.scene == nil, let profile = match.folder.profile {
                return CarryForward(source: .unreadable(path: profile.displayPath))
            }
            return match.scene.map(CarryForward.init(profile:)) ?? .nothing
        }
        let decoded = decode(previous)
        guard case .log(let log) = decoded.content else {
            return CarryForward(source: .unreadable(path: previous.displayPath))
        }
        if decoded.diagnostics.containsError {
            notes.append(
                "'\(previous.displayPath)' has errors: carried forward what could be read (run 'radar lint')")
        }
        return CarryForward(log: log)
    }

    /// How many weeks after this week a new log may be before `newLog` notes it.
    static let weeksAheadNoted = 4

    private func scene(_ file: NoteFile) -> Scene? {
        if case .scene(let scene) = decode(file).content { return scene }
        return nil
    }

    static func week(of file: NoteFile) -> ISOWeek? {
        if case .log(_, let week) = file.role { return week }
        return nil
    }
}
