/// What one weekly log says, in the form the scorer needs: people resolved to identity indices,
/// repeated things given per-scene ids, private events dropped. Built once per log and reused
/// for the window and for every point of the score history, so scoring stays linear in the size
/// of the vault.
struct LogFacts: Sendable {
    /// A track, its credits and played-by lists resolved.
    struct TrackFacts: Sendable {
        /// The id of its URL's exact text.
        var id: Int
        var url: String
        var title: String
        var kind: TrackKind
        /// The platform's bit in a `Platform.allCases` mask, 0 when unknown.
        var platformBit: UInt32
        var platform: Platform?
        /// Everyone credited in any role, distinct, in role then list order.
        var credited: [Int]
        var playedBy: [Int]
        var location: SourceLocation
    }

    /// A non-private event.
    struct EventFacts: Sendable {
        /// The id of its folded name and date.
        var id: Int
        var key: EventKey
        var name: String
        var date: CalendarDate
        var series: String?
        var attendance: Int?
        var lineup: [Int]
        var footage: [String]
        var location: SourceLocation
    }

    /// A vocabulary phrase or a sound-alike's name.
    struct Term: Sendable {
        /// The id of its match key.
        var id: Int
        var text: String
        /// Whether the scene profile's `vocabulary` holds it.
        var inProfile: Bool
        var location: SourceLocation
    }

    /// A how-it's-made entry.
    struct Made: Sendable {
        /// The id of its URL, else of its person, kind and week.
        var id: Int
        var by: String
        var kind: HowItsMadeKind?
        var url: String?
        var location: SourceLocation
    }

    /// A press piece.
    struct PressFacts: Sendable {
        /// The id of its URL, else of its tier, outlet and date.
        var id: Int
        var press: Press
    }

    var week: ISOWeek
    var ordinal: Int
    var tracks: [TrackFacts]
    var events: [EventFacts]
    var platforms: [Located<Platform>]
    var vocabulary: [Term]
    var soundalikes: [Term]
    var howItsMade: [Made]
    var press: [PressFacts]
    /// The weekly artist list, distinct.
    var artists: [Int]
    /// Everyone the log names outside private events, distinct, sorted.
    var people: [Int]
}

/// An event's identity across logs: its folded name and its date.
struct EventKey: Sendable, Hashable {
    var name: String
    var day: Int
}

extension LogFacts {
    /// Resolves `log` once; `sceneTerms` are the folded terms of the profile's `vocabulary`.
    init(_ log: WeeklyLog, people index: PeopleIndex, sceneTerms: Set<String>, ids: inout Interner) {
        week = log.week
        ordinal = log.week.ordinal
        tracks = log.tracks.map { track in
            var credited: [PersonRef] = []
            for role in CreditRole.allCases { credited += track.credits[role] }
            return TrackFacts(
                id: ids.tracks.id(track.url.text), url: track.url.text, title: track.title, kind: track.kind,
                platformBit: track.platform.map(Self.bit) ?? 0, platform: track.platform,
                credited: Self.resolve(credited, index), playedBy: Self.resolve(track.playedBy, index),
                location: track.location)
        }
        events = log.events.filter { !$0.isPrivate }.map { event in
            let key = EventKey(name: NameKey.fold(event.name), day: event.date.dayNumber)
            return EventFacts(
                id: ids.events.id(key), key: key, name: event.name, date: event.date, series: event.series,
                attendance: event.attendance, lineup: Self.resolve(event.lineup, index),
                footage: event.footage.map(\.text), location: event.location)
        }
        platforms = log.platforms
        vocabulary = log.vocabulary.map { term in
            let key = NameKey.fold(term.value)
            return Term(
                id: ids.terms.id(key), text: term.value, inProfile: sceneTerms.contains(key),
                location: term.location)
        }
        soundalikes = log.soundalikes.map {
            Term(
                id: ids.soundalikes.id(NameKey.fold($0.value)), text: $0.value, inProfile: false,
                location: $0.location)
        }
        let weekText = log.week.description
        howItsMade = log.howItsMade.map { entry in
            let person = index.index(of: entry.by.text)
            let who = person.map { "#" + String($0) } ?? NameKey.fold(entry.by.text)
            let key =
                entry.url.map { "url " + $0.text } ?? "by \(who) \(entry.kind?.rawValue ?? "-") \(weekText)"
            return Made(
                id: ids.made.id(key), by: person.map { index.identities[$0].name } ?? entry.by.text,
                kind: entry.kind, url: entry.url?.text, location: entry.location)
        }
        press = log.press.map { press in
            let date = press.date?.description ?? "week " + weekText
            let key =
                press.url.map { "url " + $0.text } ?? press.tier.rawValue + " " + NameKey.fold(press.outlet)
                + " " + date
            return PressFacts(id: ids.press.id(key), press: press)
        }
        artists = Self.resolve(log.artists, index)
        var everyone = Set(artists)
        for track in tracks {
            everyone.formUnion(track.credited)
            everyone.formUnion(track.playedBy)
        }
        for event in events { everyone.formUnion(event.lineup) }
        everyone.formUnion(log.howItsMade.compactMap { index.index(of: $0.by.text) })
        people = everyone.sorted()
    }

    /// The identities `references` resolve to, distinct, in order.
    private static func resolve(_ references: [PersonRef], _ index: PeopleIndex) -> [Int] {
        var found: [Int] = []
        found.reserveCapacity(references.count)
        // Lists are short (the workflow says about 10 names); a set only pays for long ones.
        var seen = references.count > 32 ? Set<Int>() : nil
        for reference in references {
            guard let person = index.index(of: reference.text) else { continue }
            if seen != nil {
                if seen?.insert(person).inserted == true { found.append(person) }
            } else if !found.contains(person) {
                found.append(person)
            }
        }
        return found
    }

    /// The platform's bit in a mask over `Platform.allCases`.
    static func bit(_ platform: Platform) -> UInt32 {
        1 << UInt32(Platform.allCases.firstIndex(of: platform) ?? 0)
    }
}
