/// Momentum and core, read from a tallied window.
extension WindowTally {
    /// The momentum over the weeks from the first log inside the window to `end`, the window's
    /// last week.
    func momentum(endingAt end: ISOWeek) -> Momentum {
        guard let first = firstOrdinal else { return .none }
        let endOrdinal = end.ordinal
        let count = endOrdinal - first + 1
        var releases = [Int](repeating: 0, count: count)
        var rooms = [Int](repeating: 0, count: count)
        var pairs = [Set<UInt64>](repeating: [], count: count)
        for track in tracks {
            let offset = ordinal(track.ref) - first
            let facts = facts(track)
            if facts.kind.isRelease { releases[offset] += 1 }
            PersonPairs.forEach(in: facts.credited) { pairs[offset].insert($0) }
        }
        for event in events {
            let offset = ordinal(event.ref) - first
            rooms[offset] = max(rooms[offset], event.attendance ?? 0)
            PersonPairs.forEach(in: lineup(event)) { pairs[offset].insert($0) }
        }
        let series = [
            MomentumSeries(kind: .releases, values: releases),
            MomentumSeries(kind: .roomSize, values: rooms),
            MomentumSeries(kind: .crossCollabs, values: pairs.map(\.count)),
        ]
        let slopes = series.compactMap(\.normalizedSlope)
        return Momentum(
            value: slopes.isEmpty ? 0 : slopes.reduce(0, +) / Double(slopes.count),
            isTooEarly: logs.count < Momentum.minimumLogs,
            weeks: (0..<count).map { end.adding(weeks: first + $0 - endOrdinal) }, series: series)
    }

    /// People seen in at least two distinct lists: a release's credits, an event lineup, a
    /// weekly artist list, a track's played-by list. Each list is already distinct, so a name
    /// written twice in one list counts once.
    func core(people: PeopleIndex) -> [CoreMember] {
        var appearances: [Int: Int] = [:]
        func count(_ list: [Int]) {
            for person in list { appearances[person, default: 0] += 1 }
        }
        for track in tracks {
            let facts = facts(track)
            if facts.kind.isRelease { count(facts.credited) }
            count(playedBy(track))
        }
        for event in events { count(lineup(event)) }
        for log in logs { count(log.artists) }
        return
            appearances
            .filter { $0.value >= 2 }
            .map { person, count in
                let identity = people.identities[person]
                return CoreMember(
                    slug: identity.slug, name: identity.name, isPrivate: identity.isPrivate,
                    appearances: count)
            }
            // By the name the site shows: a private person's real name must not decide where
            // their "uncredited (private)" stands among the others.
            .sorted { a, b in
                if a.appearances != b.appearances { return a.appearances > b.appearances }
                // Names only where one differs from the other as shown (no string is made).
                switch (a.isPrivate, b.isPrivate) {
                case (false, false) where a.name != b.name: return a.name < b.name
                case (false, true) where a.name != PeopleIndex.privateLabel:
                    return a.name < PeopleIndex.privateLabel
                case (true, false) where b.name != PeopleIndex.privateLabel:
                    return PeopleIndex.privateLabel < b.name
                default: return a.slug < b.slug
                }
            }
    }
}

/// Unordered pairs of identity indices, packed into one integer, from at most the first
/// `CollaborationGraph.listCap` people of a list: a list of n people has n(n−1)/2 pairs, and one
/// enormous lineup must not blow up the work.
enum PersonPairs {
    /// Calls `body` with every pair of the first `listCap` entries of `list` (which is distinct).
    static func forEach(in list: [Int], _ body: (UInt64) -> Void) {
        let capped = list.prefix(CollaborationGraph.listCap)
        for (offset, a) in capped.enumerated() {
            for b in capped.dropFirst(offset + 1) { body(key(a, b)) }
        }
    }

    /// The packed pair, smaller index first.
    static func key(_ a: Int, _ b: Int) -> UInt64 {
        let (low, high) = a < b ? (a, b) : (b, a)
        return UInt64(truncatingIfNeeded: low) << 32 | UInt64(truncatingIfNeeded: high)
    }

    /// The two indices of a packed pair.
    static func split(_ key: UInt64) -> (Int, Int) {
        (Int(truncatingIfNeeded: key >> 32), Int(truncatingIfNeeded: key & 0xFFFF_FFFF))
    }
}
