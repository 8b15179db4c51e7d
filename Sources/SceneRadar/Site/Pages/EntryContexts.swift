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
            var object = MustacheObject(capacity: 2)
            object.append(new: Key.role, .string(role.rawValue))
            object.append(new: Key.people, page.people(track.pointee.credits[role]))
            roles.append(.object(object))
        }
        let hasCredits =
            !roles.isEmpty || track.pointee.credits.label != nil || track.pointee.credits.collective != nil
            || track.pointee.credits.selfReleased
        // Keys made once, members appended in order: a page shows hundreds of tracks.
        var object = MustacheObject(capacity: 14)
        object.append(new: Key.title, .string(track.pointee.title))
        object.append(new: Key.url, .string(track.pointee.url.text))
        object.append(
            new: Key.kind, .string(track.pointee.kind == .liveSet ? "live set" : track.pointee.kind.rawValue))
        object.append(new: Key.platform, .string(track.pointee.platform?.rawValue ?? ""))
        object.append(new: Key.unknown, .bool(track.pointee.credits.unknown))
        object.append(new: Key.credits, .list(roles))
        object.append(new: Key.label, .string(track.pointee.credits.label ?? ""))
        object.append(new: Key.collective, .string(track.pointee.credits.collective ?? ""))
        object.append(new: Key.selfReleased, .bool(track.pointee.credits.selfReleased))
        object.append(new: Key.support, PageContext.list(track.pointee.support.map(PageContext.external)))
        object.append(new: Key.hasSupport, .bool(!track.pointee.support.isEmpty))
        object.append(new: Key.playedBy, page.people(track.pointee.playedBy))
        object.append(new: Key.hasPlayedBy, .bool(!track.pointee.playedBy.isEmpty))
        object.append(new: Key.hasCredits, .bool(hasCredits))
        return .object(object)
    }

    /// The keys of track and event contexts, made once: a scene's credits page and log pages
    /// show thousands of tracks.
    private enum Key {
        static let name = MustacheKey("name")
        static let date = MustacheKey("date")
        static let city = MustacheKey("city")
        static let online = MustacheKey("online")
        static let series = MustacheKey("series")
        static let lineup = MustacheKey("lineup")
        static let hasLineup = MustacheKey("hasLineup")
        static let footage = MustacheKey("footage")
        static let hasFootage = MustacheKey("hasFootage")
        static let tickets = MustacheKey("tickets")
        static let attendance = MustacheKey("attendance")
        static let role = MustacheKey("role")
        static let people = MustacheKey("people")
        static let title = MustacheKey("title")
        static let url = MustacheKey("url")
        static let kind = MustacheKey("kind")
        static let platform = MustacheKey("platform")
        static let unknown = MustacheKey("unknown")
        static let credits = MustacheKey("credits")
        static let label = MustacheKey("label")
        static let collective = MustacheKey("collective")
        static let selfReleased = MustacheKey("selfReleased")
        static let support = MustacheKey("support")
        static let hasSupport = MustacheKey("hasSupport")
        static let playedBy = MustacheKey("playedBy")
        static let hasPlayedBy = MustacheKey("hasPlayedBy")
        static let hasCredits = MustacheKey("hasCredits")
    }

    static func event(_ event: UnsafePointer<Event>, page: PageContext) -> MustacheValue {
        var object = MustacheObject(capacity: 12)
        object.append(new: Key.name, .string(event.pointee.name))
        object.append(new: Key.date, .string(event.pointee.date.description))
        object.append(new: Key.city, .string(event.pointee.city ?? ""))
        object.append(new: Key.online, .bool(event.pointee.online))
        object.append(new: Key.kind, .string(event.pointee.kind?.rawValue ?? ""))
        object.append(new: Key.series, .string(event.pointee.series ?? ""))
        object.append(new: Key.lineup, page.people(event.pointee.lineup))
        object.append(new: Key.hasLineup, .bool(!event.pointee.lineup.isEmpty))
        object.append(new: Key.footage, PageContext.list(event.pointee.footage.map(PageContext.external)))
        object.append(new: Key.hasFootage, .bool(!event.pointee.footage.isEmpty))
        object.append(new: Key.tickets, .string(event.pointee.tickets?.text ?? ""))
        if let attendance = event.pointee.attendance { object.append(new: Key.attendance, .int(attendance)) }
        return .object(object)
    }
}
