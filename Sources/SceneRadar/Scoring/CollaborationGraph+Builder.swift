extension CollaborationGraph {
    /// Collects edges scene by scene. A track (by URL) or an event (by name and date) logged in
    /// several public scenes is counted once, for the first scene by slug.
    struct Builder {
        private var seenTracks = Set<String>()
        private var seenEvents = Set<EventKey>()
        private var counts: [UInt64: (coCredits: Int, lineups: Int, artistLists: Int)] = [:]

        /// Adds one public scene's window.
        mutating func add(_ tally: WindowTally) {
            for track in tally.tracks {
                let facts = tally.facts(track)
                guard facts.credited.count > 1, seenTracks.insert(facts.url).inserted else { continue }
                PersonPairs.forEach(in: facts.credited) { counts[$0, default: (0, 0, 0)].coCredits += 1 }
            }
            for event in tally.events {
                let lineup = tally.lineup(event)
                guard lineup.count > 1, seenEvents.insert(tally.facts(event).key).inserted else { continue }
                PersonPairs.forEach(in: lineup) { counts[$0, default: (0, 0, 0)].lineups += 1 }
            }
            for log in tally.logs {
                PersonPairs.forEach(in: log.artists) { counts[$0, default: (0, 0, 0)].artistLists += 1 }
            }
        }

        /// The graph, people and edges sorted by slug. The people index keeps its identities
        /// sorted by slug, so sorting by identity index sorts by slug.
        func finish(people index: PeopleIndex) -> CollaborationGraph {
            var involved = Set<Int>()
            var edges: [Edge] = []
            edges.reserveCapacity(counts.count)
            for key in counts.keys.sorted() {
                guard let count = counts[key] else { continue }
                let (a, b) = PersonPairs.split(key)
                involved.insert(a)
                involved.insert(b)
                edges.append(
                    Edge(
                        from: index.identities[a].slug, to: index.identities[b].slug,
                        coCredits: count.coCredits,
                        lineups: count.lineups, artistLists: count.artistLists))
            }
            let people = involved.sorted().map { person in
                let identity = index.identities[person]
                return Person(slug: identity.slug, name: identity.name, isPrivate: identity.isPrivate)
            }
            return CollaborationGraph(people: people, edges: edges)
        }
    }
}
