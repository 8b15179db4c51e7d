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
        /// The series it recurs in, trimmed of spaces; `nil` when none is given (blank is none).
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
        // Tracks and events are read where they are (see `Array.forEachAddress`): one copied
        // would retain every string and list in it.
        var tracks: [TrackFacts] = []
        tracks.reserveCapacity(log.tracks.count)
        log.tracks.forEachAddress { track in
            var credited: [Int] = []
            for role in CreditRole.allCases {
                index.appendIndices(of: track.pointee.credits[role], to: &credited)
            }
            var playedBy: [Int] = []
            index.appendIndices(of: track.pointee.playedBy, to: &playedBy)
            let url = track.pointee.url.text
            tracks.append(
                TrackFacts(
                    id: ids.tracks.id(url), url: url, title: track.pointee.title, kind: track.pointee.kind,
                    platformBit: track.pointee.platform.map(Self.bit) ?? 0, platform: track.pointee.platform,
                    credited: Self.distinct(credited), playedBy: Self.distinct(playedBy),
                    location: track.pointee.location))
        }
        self.tracks = tracks
        var events: [EventFacts] = []
        log.events.forEachAddress { event in
            guard !event.pointee.isPrivate else { return }
            let key = EventKey(name: NameKey.fold(event.pointee.name), day: event.pointee.date.dayNumber)
            var lineup: [Int] = []
            index.appendIndices(of: event.pointee.lineup, to: &lineup)
            events.append(
                EventFacts(
                    id: ids.events.id(key), key: key, name: event.pointee.name, date: event.pointee.date,
                    series: Self.given(event.pointee.series), attendance: event.pointee.attendance,
                    lineup: Self.distinct(lineup), footage: event.pointee.footage.map(\.text),
                    location: event.pointee.location))
        }
        self.events = events
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
        var named: [Int] = []
        index.appendIndices(of: log.artists, to: &named)
        artists = Self.distinct(named)
        var everyone = Set(artists)
        for track in tracks {
            everyone.formUnion(track.credited)
            everyone.formUnion(track.playedBy)
        }
        for event in events { everyone.formUnion(event.lineup) }
        everyone.formUnion(log.howItsMade.compactMap { index.index(of: $0.by.text) })
        people = everyone.sorted()
    }

    /// `text` without surrounding spaces and tabs, or `nil` when it is blank.
    private static func given(_ text: String?) -> String? {
        guard let text, !text.isBlank else { return nil }
        return text.trimmingSpaces()
    }

    /// `people` without repeats, in order of first appearance.
    private static func distinct(_ people: [Int]) -> [Int] {
        // Lists are short (the workflow says about 10 names); a set only pays for long ones.
        if people.count > 32 {
            var seen = Set<Int>()
            return people.filter { seen.insert($0).inserted }
        }
        var found: [Int] = []
        found.reserveCapacity(people.count)
        for person in people where !found.contains(person) { found.append(person) }
        return found
    }

    /// The platform's bit in a mask over `Platform.allCases`.
    static func bit(_ platform: Platform) -> UInt32 {
        1 << UInt32(Platform.allCases.firstIndex(of: platform) ?? 0)
    }
}
