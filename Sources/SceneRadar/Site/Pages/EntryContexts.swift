/// Tracks and events as the `track` and `event` partials show them: full credits, support links,
/// tickets. Private events are never passed here.
enum EntryContexts {
    /// The contexts of one log's tracks and public events, built once for both the log's page
    /// and the scene's credits page: the two pages are at the same depth, so the links inside
    /// are the same.
    struct LogEntries {
        var tracks: [MustacheValue]
        var events: [MustacheValue]

        init(_ log: WeeklyLog, page: PageContext) {
            tracks = log.tracks.map { EntryContexts.track($0, page: page) }
            events = log.events.filter { !$0.isPrivate }.map { EntryContexts.event($0, page: page) }
        }
    }

    /// Each log's entries, for pages at the depth of a scene's log and credits pages.
    static func logEntries(_ notes: Vault.SceneNotes, data: SiteData) -> [LogEntries] {
        let page = PageContext(data: data, path: SitePaths.sceneCredits(notes.slug))
        return notes.logs.map { LogEntries($0, page: page) }
    }

    static func track(_ track: Track, page: PageContext) -> MustacheValue {
        let credits = track.credits
        var roles: [MustacheValue] = []
        for role in CreditRole.allCases where !credits[role].isEmpty {
            roles.append(
                .object([
                    "role": .string(role.rawValue),
                    "people": page.people(credits[role]),
                ]))
        }
        let hasCredits =
            !roles.isEmpty || credits.label != nil || credits.collective != nil || credits.selfReleased
        return .object([
            "title": .string(track.title),
            "url": .string(track.url.text),
            "kind": .string(track.kind == .liveSet ? "live set" : track.kind.rawValue),
            "platform": .string(track.platform?.rawValue ?? ""),
            "unknown": .bool(credits.unknown),
            "credits": .list(roles),
            "label": .string(credits.label ?? ""),
            "collective": .string(credits.collective ?? ""),
            "selfReleased": .bool(credits.selfReleased),
            "support": PageContext.list(track.support.map(PageContext.external)),
            "hasSupport": .bool(!track.support.isEmpty),
            "playedBy": page.people(track.playedBy),
            "hasPlayedBy": .bool(!track.playedBy.isEmpty),
            "hasCredits": .bool(hasCredits),
        ])
    }

    static func event(_ event: Event, page: PageContext) -> MustacheValue {
        var object = MustacheObject(
            capacity: 12,
            [
                "name": .string(event.name),
                "date": .string(event.date.description),
                "city": .string(event.city ?? ""),
                "online": .bool(event.online),
                "kind": .string(event.kind?.rawValue ?? ""),
                "series": .string(event.series ?? ""),
                "lineup": page.people(event.lineup),
                "hasLineup": .bool(!event.lineup.isEmpty),
                "footage": PageContext.list(event.footage.map(PageContext.external)),
                "hasFootage": .bool(!event.footage.isEmpty),
                "tickets": .string(event.tickets?.text ?? ""),
            ])
        if let attendance = event.attendance { object["attendance"] = .int(attendance) }
        return .object(object)
    }
}
