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
            object.append(new: PageKey.role, .string(role.rawValue))
            object.append(new: PageKey.people, page.people(track.pointee.credits[role]))
            roles.append(.object(object))
        }
        let hasCredits =
            !roles.isEmpty || track.pointee.credits.label != nil || track.pointee.credits.collective != nil
            || track.pointee.credits.selfReleased
        // Keys made once, members appended in order: a page shows hundreds of tracks.
        var object = MustacheObject(capacity: 14)
        object.append(new: PageKey.title, .string(track.pointee.title))
        object.append(new: PageKey.url, .string(page.data.publicAddress(track.pointee.url) ?? ""))
        object.append(
            new: PageKey.kind,
            .string(track.pointee.kind == .liveSet ? "live set" : track.pointee.kind.rawValue))
        object.append(new: PageKey.platform, .string(track.pointee.platform?.rawValue ?? ""))
        object.append(new: PageKey.unknown, .bool(track.pointee.credits.unknown))
        object.append(new: PageKey.credits, .list(roles))
        // A label or collective may be a private group's name.
        let people = page.data.people
        object.append(new: PageKey.label, .string(track.pointee.credits.label.map(people.publicText) ?? ""))
        object.append(
            new: PageKey.collective, .string(track.pointee.credits.collective.map(people.publicText) ?? ""))
        object.append(new: PageKey.selfReleased, .bool(track.pointee.credits.selfReleased))
        let support = page.data.publicAddresses(track.pointee.support)
        object.append(new: PageKey.support, .list(support.map(PageContext.external)))
        object.append(new: PageKey.hasSupport, .bool(!support.isEmpty))
        object.append(new: PageKey.playedBy, page.people(track.pointee.playedBy))
        object.append(new: PageKey.hasPlayedBy, .bool(!track.pointee.playedBy.isEmpty))
        object.append(new: PageKey.hasCredits, .bool(hasCredits))
        return .object(object)
    }

    static func event(_ event: UnsafePointer<Event>, page: PageContext) -> MustacheValue {
        var object = MustacheObject(capacity: 12)
        object.append(new: PageKey.name, .string(event.pointee.name))
        object.append(new: PageKey.date, .string(event.pointee.date.description))
        object.append(new: PageKey.city, .string(event.pointee.city ?? ""))
        object.append(new: PageKey.online, .bool(event.pointee.online))
        object.append(new: PageKey.kind, .string(event.pointee.kind?.rawValue ?? ""))
        object.append(new: PageKey.series, .string(event.pointee.series ?? ""))
        object.append(new: PageKey.lineup, page.people(event.pointee.lineup))
        object.append(new: PageKey.hasLineup, .bool(!event.pointee.lineup.isEmpty))
        let footage = page.data.publicAddresses(event.pointee.footage)
        object.append(new: PageKey.footage, .list(footage.map(PageContext.external)))
        object.append(new: PageKey.hasFootage, .bool(!footage.isEmpty))
        object.append(new: PageKey.tickets, .string(page.data.publicAddress(event.pointee.tickets) ?? ""))
        if let attendance = event.pointee.attendance {
            object.append(new: PageKey.attendance, .int(attendance))
        }
        return .object(object)
    }
}
