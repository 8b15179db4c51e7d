extension CollaborationGraph {
    /// Collects edges scene by scene. A track (by URL) or an event (by name and date) logged in
    /// several public scenes is counted once, for the first scene by slug.
    struct Builder {
        private var seenTracks = Set<String>()
        private var seenEvents = Set<EventKey>()
        private var counts: [UInt64: (coCredits: Int, lineups: Int, artistLists: Int)] = [:]

        /// Adds one public scene's window.
        mutating func add(_ tally: WindowTally) {
            for track in tally.tracks where seenTracks.insert(track.facts.url).inserted {
                PersonPairs.forEach(in: track.facts.credited) {
                    counts[$0, default: (0, 0, 0)].coCredits += 1
                }
            }
            for event in tally.events where seenEvents.insert(event.facts.key).inserted {
                PersonPairs.forEach(in: event.lineup) { counts[$0, default: (0, 0, 0)].lineups += 1 }
            }
            for log in tally.logs {
                PersonPairs.forEach(in: log.artists) { counts[$0, default: (0, 0, 0)].artistLists += 1 }
            }
        }

        /// The graph, people and edges sorted by slug.
        func finish(people index: PeopleIndex) -> CollaborationGraph {
            var involved = Set<Int>()
            var edges: [Edge] = []
            edges.reserveCapacity(counts.count)
            for (key, count) in counts {
                let (a, b) = PersonPairs.split(key)
                involved.insert(a)
                involved.insert(b)
                let (slugA, slugB) = (index.identities[a].slug, index.identities[b].slug)
                edges.append(
                    Edge(
                        from: min(slugA, slugB), to: max(slugA, slugB), coCredits: count.coCredits,
                        lineups: count.lineups, artistLists: count.artistLists))
            }
            let people = involved.map { person in
                let identity = index.identities[person]
                return Person(slug: identity.slug, name: identity.name, isPrivate: identity.isPrivate)
            }
            return CollaborationGraph(
                people: people.sorted { $0.slug < $1.slug },
                edges: edges.sorted { ($0.from, $0.to) < ($1.from, $1.to) })
        }
    }
}
