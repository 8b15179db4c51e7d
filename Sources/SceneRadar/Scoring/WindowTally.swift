/// One scene's logs inside one window, with repeated items merged: a track counts once (by its
/// URL's exact text) and an event once (by folded name and date), in the week they first appear.
///
/// What a repeat adds over time is merged into the first occurrence: DJs seen playing a track
/// (played-by), and an event's lineup, footage, series and attendance (the largest given). A
/// track's title, kind, platform and credits are the first occurrence's.
///
/// Entries point into `logs` (`log` is an index of the slice) rather than copying them.
struct WindowTally {
    /// Where an item sits: `logs[log].<list>[item]`.
    struct Ref {
        var log: Int
        var item: Int
    }

    /// A track counted once.
    struct MergedTrack {
        var ref: Ref
        /// The played-by list, when a repeat added people to the first occurrence's.
        var mergedPlayedBy: [Int]?
    }

    /// An event counted once.
    struct MergedEvent {
        var ref: Ref
        /// The lineup, when a repeat added people to the first occurrence's.
        var mergedLineup: [Int]?
        /// The footage, when a repeat added clips to the first occurrence's.
        var mergedFootage: [String]?
        var series: String?
        var attendance: Int?
    }

    /// A vocabulary term: where it was first seen, and in how many weeks.
    struct TermTally {
        var ref: Ref
        var weeks: Int
        var lastOrdinal: Int
    }

    /// Where a platform was first seen: a track's (`fromTrack`) or the log's own list.
    struct PlatformSighting {
        var platform: Platform
        var ref: Ref
        var fromTrack: Bool
    }

    /// The logs inside the window, oldest first.
    let logs: ArraySlice<LogFacts>
    private(set) var tracks: [MergedTrack] = []
    private(set) var events: [MergedEvent] = []
    private(set) var platforms: [PlatformSighting] = []
    private(set) var terms: [TermTally] = []
    private(set) var soundalikes: [Ref] = []
    private(set) var howItsMade: [Ref] = []
    private(set) var smallPress: [Ref] = []
    private(set) var majorPress: [Ref] = []

    /// Tallies `logs`, which are sorted by week and lie inside one window. `slots` are the
    /// scene's scratch slots: left as found.
    init(_ logs: ArraySlice<LogFacts>, slots: inout Slots) {
        self.logs = logs
        var platformMask: UInt32 = 0
        for index in logs.indices {
            let log = logs[index]
            for item in log.tracks.indices {
                let ref = Ref(log: index, item: item)
                // A track counts once, as first logged: a repeat's platform (a re-upload
                // elsewhere under the same URL key) is not a new platform.
                let isNew = mergeTrack(log.tracks[item].id, log.tracks[item].playedBy, ref, &slots)
                let bit = log.tracks[item].platformBit
                if isNew, bit != 0 && platformMask & bit == 0, let platform = log.tracks[item].platform {
                    platformMask |= bit
                    platforms.append(PlatformSighting(platform: platform, ref: ref, fromTrack: true))
                }
            }
            for (item, platform) in log.platforms.enumerated() {
                let bit = LogFacts.bit(platform.value)
                guard platformMask & bit == 0 else { continue }
                platformMask |= bit
                platforms.append(
                    PlatformSighting(
                        platform: platform.value, ref: Ref(log: index, item: item), fromTrack: false))
            }
            for (item, event) in log.events.enumerated() {
                mergeEvent(event, Ref(log: index, item: item), &slots)
            }
            for (item, term) in log.vocabulary.enumerated() {
                let found = slots.terms[term.id]
                if found < 0 {
                    slots.terms[term.id] = terms.count
                    terms.append(
                        TermTally(ref: Ref(log: index, item: item), weeks: 1, lastOrdinal: log.ordinal))
                } else if terms[found].lastOrdinal != log.ordinal {
                    terms[found].weeks += 1
                    terms[found].lastOrdinal = log.ordinal
                }
            }
            for (item, term) in log.soundalikes.enumerated() where !slots.soundalikes[term.id] {
                slots.soundalikes[term.id] = true
                soundalikes.append(Ref(log: index, item: item))
            }
            for (item, made) in log.howItsMade.enumerated() where !slots.made[made.id] {
                slots.made[made.id] = true
                howItsMade.append(Ref(log: index, item: item))
            }
            for (item, press) in log.press.enumerated() where !slots.press[press.id] {
                slots.press[press.id] = true
                if press.press.tier == .small {
                    smallPress.append(Ref(log: index, item: item))
                } else {
                    majorPress.append(Ref(log: index, item: item))
                }
            }
        }
        reset(&slots)
    }

    /// The ordinal of the first log inside the window.
    var firstOrdinal: Int? { logs.first?.ordinal }
}

// MARK: - Reading entries

extension WindowTally {
    func facts(_ track: MergedTrack) -> LogFacts.TrackFacts { logs[track.ref.log].tracks[track.ref.item] }
    func facts(_ event: MergedEvent) -> LogFacts.EventFacts { logs[event.ref.log].events[event.ref.item] }
    func playedBy(_ track: MergedTrack) -> [Int] { track.mergedPlayedBy ?? facts(track).playedBy }
    func lineup(_ event: MergedEvent) -> [Int] { event.mergedLineup ?? facts(event).lineup }
    func footage(_ event: MergedEvent) -> [String] { event.mergedFootage ?? facts(event).footage }
    func week(_ ref: Ref) -> ISOWeek { logs[ref.log].week }
    func ordinal(_ ref: Ref) -> Int { logs[ref.log].ordinal }
}

// MARK: - Merging

extension WindowTally {
    /// Counts the track `id` first seen at `ref`, or merges a repeat's `played-by` into it;
    /// `true` when it is new.
    private mutating func mergeTrack(_ id: Int, _ playedBy: [Int], _ ref: Ref, _ slots: inout Slots) -> Bool {
        let found = slots.tracks[id]
        guard found >= 0 else {
            slots.tracks[id] = tracks.count
            tracks.append(MergedTrack(ref: ref))
            return true
        }
        if let merged = Self.union(self.playedBy(tracks[found]), playedBy) {
            tracks[found].mergedPlayedBy = merged
        }
        return false
    }

    private mutating func mergeEvent(_ event: LogFacts.EventFacts, _ ref: Ref, _ slots: inout Slots) {
        let found = slots.events[event.id]
        guard found >= 0 else {
            slots.events[event.id] = events.count
            events.append(MergedEvent(ref: ref, series: event.series, attendance: event.attendance))
            return
        }
        if let merged = Self.union(lineup(events[found]), event.lineup) {
            events[found].mergedLineup = merged
        }
        if let merged = Self.union(footage(events[found]), event.footage) {
            events[found].mergedFootage = merged
        }
        if events[found].series == nil { events[found].series = event.series }
        if let attendance = event.attendance {
            events[found].attendance = max(events[found].attendance ?? attendance, attendance)
        }
    }

    /// `list` followed by what `more` adds, or `nil` when it adds nothing. Only repeats get here;
    /// lists are short, so a set is built only for long ones.
    private static func union<T: Hashable>(_ list: [T], _ more: [T]) -> [T]? {
        if list.count * more.count <= 256 {
            var result = list
            for item in more where !result.contains(item) { result.append(item) }
            return result.count == list.count ? nil : result
        }
        var seen = Set(list)
        let added = more.filter { seen.insert($0).inserted }
        return added.isEmpty ? nil : list + added
    }

    /// Puts the slots this window used back to empty.
    private func reset(_ slots: inout Slots) {
        for track in tracks { slots.tracks[logs[track.ref.log].tracks[track.ref.item].id] = -1 }
        for event in events { slots.events[logs[event.ref.log].events[event.ref.item].id] = -1 }
        for term in terms { slots.terms[logs[term.ref.log].vocabulary[term.ref.item].id] = -1 }
        for ref in soundalikes { slots.soundalikes[logs[ref.log].soundalikes[ref.item].id] = false }
        for ref in howItsMade { slots.made[logs[ref.log].howItsMade[ref.item].id] = false }
        for ref in smallPress + majorPress { slots.press[logs[ref.log].press[ref.item].id] = false }
    }
}
