/// One scene's logs inside one window, with repeated items merged: a track counts once (by its
/// URL's exact text) and an event once (by folded name and date), in the week they first appear.
///
/// What a repeat adds over time is merged into the first occurrence: DJs seen playing a track
/// (played-by), and an event's lineup, footage, series and attendance (the largest given). A
/// track's title, kind, platform and credits are the first occurrence's.
struct WindowTally {
    /// A track counted once.
    struct MergedTrack {
        var facts: LogFacts.TrackFacts
        var week: ISOWeek
        var ordinal: Int
        var playedBy: [Int]
        var playedBySet: Set<Int>
    }

    /// An event counted once.
    struct MergedEvent {
        var facts: LogFacts.EventFacts
        var week: ISOWeek
        var ordinal: Int
        var lineup: [Int]
        var lineupSet: Set<Int>
        var footage: [String]
        var footageSet: Set<String>
        var series: String?
        var attendance: Int?
    }

    /// A term with the weeks it was seen in.
    struct TermTally {
        var first: LogFacts.Term
        var week: ISOWeek
        var weeks: Int
        var lastOrdinal: Int
    }

    /// The logs inside the window, oldest first.
    private(set) var logs: ArraySlice<LogFacts>
    private(set) var tracks: [MergedTrack] = []
    private(set) var events: [MergedEvent] = []
    /// Each platform with where it was first seen.
    private(set) var platforms: [(platform: Platform, evidence: Evidence)] = []
    private(set) var terms: [TermTally] = []
    private(set) var soundalikes: [(term: LogFacts.Term, week: ISOWeek)] = []
    private(set) var howItsMade: [(made: LogFacts.Made, week: ISOWeek)] = []
    private(set) var smallPress: [(press: Press, week: ISOWeek)] = []
    private(set) var majorPress: [(press: Press, week: ISOWeek)] = []

    /// Tallies `logs`, which must be sorted by week and lie inside one window.
    init(_ logs: ArraySlice<LogFacts>) {
        self.logs = logs
        var trackIndex: [String: Int] = [:]
        var eventIndex: [EventKey: Int] = [:]
        var seenPlatforms = Set<Platform>()
        var termIndex: [String: Int] = [:]
        var seen = Set<String>()
        for log in logs {
            for track in log.tracks { add(track, log, &trackIndex) }
            for event in log.events { add(event, log, &eventIndex) }
            addPlatforms(log, &seenPlatforms)
            for term in log.vocabulary {
                if let index = termIndex[term.key] {
                    if terms[index].lastOrdinal != log.ordinal {
                        terms[index].weeks += 1
                        terms[index].lastOrdinal = log.ordinal
                    }
                } else {
                    termIndex[term.key] = terms.count
                    terms.append(TermTally(first: term, week: log.week, weeks: 1, lastOrdinal: log.ordinal))
                }
            }
            for term in log.soundalikes where seen.insert("s " + term.key).inserted {
                soundalikes.append((term, log.week))
            }
            for made in log.howItsMade where seen.insert("h " + made.key).inserted {
                howItsMade.append((made, log.week))
            }
            for press in log.press where seen.insert(Self.key(of: press, in: log.week)).inserted {
                if press.tier == .small {
                    smallPress.append((press, log.week))
                } else {
                    majorPress.append((press, log.week))
                }
            }
        }
    }

    /// The ordinal of the first log inside the window.
    var firstOrdinal: Int? { logs.first?.ordinal }

    /// Press is the same piece when its URL is; without a URL, when outlet and date are.
    private static func key(of press: Press, in week: ISOWeek) -> String {
        if let url = press.url { return "p url " + url.text }
        let date = press.date?.description ?? "week " + week.description
        return "p \(press.tier.rawValue) \(NameKey.fold(press.outlet)) \(date)"
    }
}

// MARK: - Merging

extension WindowTally {
    private mutating func add(_ track: LogFacts.TrackFacts, _ log: LogFacts, _ index: inout [String: Int]) {
        if let found = index[track.url] {
            for person in track.playedBy where tracks[found].playedBySet.insert(person).inserted {
                tracks[found].playedBy.append(person)
            }
        } else {
            index[track.url] = tracks.count
            tracks.append(
                MergedTrack(
                    facts: track, week: log.week, ordinal: log.ordinal, playedBy: track.playedBy,
                    playedBySet: Set(track.playedBy)))
        }
    }

    private mutating func add(_ event: LogFacts.EventFacts, _ log: LogFacts, _ index: inout [EventKey: Int]) {
        guard let found = index[event.key] else {
            index[event.key] = events.count
            events.append(
                MergedEvent(
                    facts: event, week: log.week, ordinal: log.ordinal, lineup: event.lineup,
                    lineupSet: Set(event.lineup), footage: event.footage, footageSet: Set(event.footage),
                    series: event.series,
                    attendance: event.attendance))
            return
        }
        for person in event.lineup where events[found].lineupSet.insert(person).inserted {
            events[found].lineup.append(person)
        }
        for clip in event.footage where events[found].footageSet.insert(clip).inserted {
            events[found].footage.append(clip)
        }
        if events[found].series == nil { events[found].series = event.series }
        if let attendance = event.attendance {
            events[found].attendance = max(events[found].attendance ?? attendance, attendance)
        }
    }

    /// Tracks first (a title and a URL explain a platform better), then the log's own list.
    private mutating func addPlatforms(_ log: LogFacts, _ seen: inout Set<Platform>) {
        for track in log.tracks {
            guard let platform = track.platform, seen.insert(platform).inserted else { continue }
            platforms.append(
                (
                    platform,
                    Evidence(
                        kind: .platform, label: platform.rawValue,
                        detail: "track \u{201C}\(track.title)\u{201D}",
                        url: track.url, week: log.week, location: track.location)
                ))
        }
        for platform in log.platforms where seen.insert(platform.value).inserted {
            platforms.append(
                (
                    platform.value,
                    Evidence(
                        kind: .platform, label: platform.value.rawValue, detail: "listed in platforms",
                        week: log.week, location: platform.location)
                ))
        }
    }
}
