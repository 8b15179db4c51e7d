/// Tracks and events as the `track` and `event` partials show them: full credits, support links,
/// tickets. Private events are never passed here.
enum EntryContexts {
    /// The contexts of one log's tracks and public events, built once for both the log's page
    /// and the scene's credits page: the two pages are at the same depth, so the links inside
    /// are the same.
    struct LogEntries {
        var tracks: [MustacheValue]
        var events: [MustacheValue]

        /// The entries of the log at `log`, read where they are (see `Array.forEachAddress`).
        init(_ log: UnsafePointer<WeeklyLog>, page: PageContext) {
            var tracks: [MustacheValue] = []
            tracks.reserveCapacity(log.pointee.tracks.count)
            log.pointee.tracks.forEachAddress { tracks.append(EntryContexts.track($0, page: page)) }
            var events: [MustacheValue] = []
            log.pointee.events.forEachAddress { event in
                if !event.pointee.isPrivate { events.append(EntryContexts.event(event, page: page)) }
            }
            self.tracks = tracks
            self.events = events
        }
    }

    /// Each log's entries, for pages at the depth of a scene's log and credits pages.
    static func logEntries(_ notes: Vault.SceneNotes, data: SiteData) -> [LogEntries] {
        let page = PageContext(data: data, path: SitePaths.sceneCredits(notes.slug))
        var entries: [LogEntries] = []
        entries.reserveCapacity(notes.logs.count)
        notes.logs.forEachAddress { entries.append(LogEntries($0, page: page)) }
        return entries
    }

    static func track(_ track: UnsafePointer<Track>, page: PageContext) -> MustacheValue {
        var roles: [MustacheValue] = []
        for role in CreditRole.allCases where !track.pointee.credits[role].isEmpty {
            roles.append(
                .object([
                    "role": .string(role.rawValue),
                    "people": page.people(track.pointee.credits[role]),
                ]))
        }
        let hasCredits =
            !roles.isEmpty || track.pointee.credits.label != nil || track.pointee.credits.collective != nil
            || track.pointee.credits.selfReleased
        return .object([
            "title": .string(track.pointee.title),
            "url": .string(track.pointee.url.text),
            "kind": .string(track.pointee.kind == .liveSet ? "live set" : track.pointee.kind.rawValue),
            "platform": .string(track.pointee.platform?.rawValue ?? ""),
            "unknown": .bool(track.pointee.credits.unknown),
            "credits": .list(roles),
            "label": .string(track.pointee.credits.label ?? ""),
            "collective": .string(track.pointee.credits.collective ?? ""),
            "selfReleased": .bool(track.pointee.credits.selfReleased),
            "support": PageContext.list(track.pointee.support.map(PageContext.external)),
            "hasSupport": .bool(!track.pointee.support.isEmpty),
            "playedBy": page.people(track.pointee.playedBy),
            "hasPlayedBy": .bool(!track.pointee.playedBy.isEmpty),
            "hasCredits": .bool(hasCredits),
        ])
    }

    static func event(_ event: UnsafePointer<Event>, page: PageContext) -> MustacheValue {
        var object = MustacheObject(
            capacity: 12,
            [
                "name": .string(event.pointee.name),
                "date": .string(event.pointee.date.description),
                "city": .string(event.pointee.city ?? ""),
                "online": .bool(event.pointee.online),
                "kind": .string(event.pointee.kind?.rawValue ?? ""),
                "series": .string(event.pointee.series ?? ""),
                "lineup": page.people(event.pointee.lineup),
                "hasLineup": .bool(!event.pointee.lineup.isEmpty),
                "footage": PageContext.list(event.pointee.footage.map(PageContext.external)),
                "hasFootage": .bool(!event.pointee.footage.isEmpty),
                "tickets": .string(event.pointee.tickets?.text ?? ""),
            ])
        if let attendance = event.pointee.attendance { object["attendance"] = .int(attendance) }
        return .object(object)
    }
}
