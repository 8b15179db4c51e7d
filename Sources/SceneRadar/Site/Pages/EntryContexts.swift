/// Tracks and events as the `track` and `event` partials show them: full credits, support links,
/// tickets. Private events are never passed here.
enum EntryContexts {
    static func track(_ track: Track, page: PageContext) -> MustacheValue {
        let credits = track.credits
        var roles: [MustacheValue] = []
        for role in CreditRole.allCases where !credits[role].isEmpty {
            roles.append(
                .object([
                    "role": .string(role.rawValue),
                    "people": PageContext.list(credits[role].map(page.person)),
                ]))
        }
        var object: MustacheObject = [
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
            "playedBy": PageContext.list(track.playedBy.map(page.person)),
            "hasPlayedBy": .bool(!track.playedBy.isEmpty),
        ]
        object["hasCredits"] = .bool(
            !roles.isEmpty || credits.label != nil || credits.collective != nil || credits.selfReleased)
        return .object(object)
    }

    static func event(_ event: Event, page: PageContext) -> MustacheValue {
        var object: MustacheObject = [
            "name": .string(event.name),
            "date": .string(event.date.description),
            "city": .string(event.city ?? ""),
            "online": .bool(event.online),
            "kind": .string(event.kind?.rawValue ?? ""),
            "series": .string(event.series ?? ""),
            "lineup": PageContext.list(event.lineup.map(page.person)),
            "hasLineup": .bool(!event.lineup.isEmpty),
            "footage": PageContext.list(event.footage.map(PageContext.external)),
            "hasFootage": .bool(!event.footage.isEmpty),
            "tickets": .string(event.tickets?.text ?? ""),
        ]
        if let attendance = event.attendance { object["attendance"] = .int(attendance) }
        return .object(object)
    }
}
