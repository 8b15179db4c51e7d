/// What one weekly log says, in the form the scorer needs: people resolved to identity indices,
/// terms folded, private events dropped. Built once per log and reused for the window and for
/// every point of the score history, so scoring stays linear in the size of the vault.
struct LogFacts: Sendable {
    /// A track, its credits and played-by lists resolved.
    struct TrackFacts: Sendable {
        var url: String
        var title: String
        var kind: TrackKind
        var platform: Platform?
        /// Everyone credited in any role, distinct, in role then list order.
        var credited: [Int]
        var playedBy: [Int]
        var location: SourceLocation
    }

    /// A non-private event.
    struct EventFacts: Sendable {
        var key: EventKey
        var name: String
        var date: CalendarDate
        var series: String?
        var attendance: Int?
        var lineup: [Int]
        var footage: [String]
        var location: SourceLocation
    }

    /// A term (a vocabulary phrase or a sound-alike's name) and its match key.
    struct Term: Sendable {
        var key: String
        var text: String
        var location: SourceLocation
    }

    /// A how-it's-made entry with the key it is deduplicated by.
    struct Made: Sendable {
        var key: String
        var by: String
        var kind: HowItsMadeKind?
        var url: String?
        var location: SourceLocation
    }

    var week: ISOWeek
    var ordinal: Int
    var tracks: [TrackFacts]
    var events: [EventFacts]
    var platforms: [Located<Platform>]
    var vocabulary: [Term]
    var soundalikes: [Term]
    var howItsMade: [Made]
    var press: [Press]
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
    /// Resolves `log` once.
    init(_ log: WeeklyLog, people index: PeopleIndex) {
        func resolve(_ references: [PersonRef]) -> [Int] {
            var seen = Set<Int>()
            return references.compactMap { index.index(of: $0.text) }.filter { seen.insert($0).inserted }
        }
        week = log.week
        ordinal = log.week.ordinal
        tracks = log.tracks.map { track in
            TrackFacts(
                url: track.url.text, title: track.title, kind: track.kind, platform: track.platform,
                credited: resolve(track.credits.everyone.map(\.person)), playedBy: resolve(track.playedBy),
                location: track.location)
        }
        events = log.events.filter { !$0.isPrivate }.map { event in
            EventFacts(
                key: EventKey(name: NameKey.fold(event.name), day: event.date.dayNumber), name: event.name,
                date: event.date, series: event.series, attendance: event.attendance,
                lineup: resolve(event.lineup), footage: event.footage.map(\.text), location: event.location)
        }
        platforms = log.platforms
        vocabulary = log.vocabulary.map {
            Term(key: NameKey.fold($0.value), text: $0.value, location: $0.location)
        }
        soundalikes = log.soundalikes.map {
            Term(key: NameKey.fold($0.value), text: $0.value, location: $0.location)
        }
        let week = log.week
        howItsMade = log.howItsMade.map { entry in
            let person = index.index(of: entry.by.text)
            let name = person.map { index.identities[$0].name } ?? entry.by.text
            let who = person.map { "#\($0)" } ?? NameKey.fold(entry.by.text)
            let key = entry.url.map { "url " + $0.text } ?? "by \(who) \(entry.kind?.rawValue ?? "-") \(week)"
            return Made(key: key, by: name, kind: entry.kind, url: entry.url?.text, location: entry.location)
        }
        press = log.press
        artists = resolve(log.artists)
        var everyone = Set(artists)
        for track in tracks {
            everyone.formUnion(track.credited)
            everyone.formUnion(track.playedBy)
        }
        for event in events { everyone.formUnion(event.lineup) }
        everyone.formUnion(log.howItsMade.compactMap { index.index(of: $0.by.text) })
        people = everyone.sorted()
    }
}
