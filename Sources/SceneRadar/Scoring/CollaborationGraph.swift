/// Who works with whom: people (resolved identities) joined by the lists they share in the
/// window logs of public scenes — co-credits on a track, a shared event lineup, a shared weekly
/// artist list — with a count per kind.
///
/// A list of n people has n(n−1)/2 pairs, so one huge lineup could make the graph explode:
/// pairs are taken from at most the first `listCap` distinct people of any one list.
public struct CollaborationGraph: Sendable, Hashable {
    /// One person in the graph.
    public struct Person: Sendable, Hashable {
        /// The person's page slug.
        public var slug: String
        /// The canonical spelling.
        public var name: String
        /// The person asked not to be published.
        public var isPrivate: Bool

        /// Creates a graph person.
        public init(slug: String, name: String, isPrivate: Bool) {
            self.slug = slug
            self.name = name
            self.isPrivate = isPrivate
        }
    }

    /// Two people and how often they shared a list, by kind.
    public struct Edge: Sendable, Hashable {
        /// The slug that sorts first.
        public var from: String
        /// The slug that sorts second.
        public var to: String
        /// Tracks crediting both (any roles).
        public var coCredits: Int
        /// Event lineups billing both.
        public var lineups: Int
        /// Weekly artist lists naming both.
        public var artistLists: Int

        /// Creates an edge.
        public init(from: String, to: String, coCredits: Int, lineups: Int, artistLists: Int) {
            self.from = from
            self.to = to
            self.coCredits = coCredits
            self.lineups = lineups
            self.artistLists = artistLists
        }

        /// Every shared list.
        public var total: Int { coCredits + lineups + artistLists }
    }

    /// Pairs are taken from at most this many distinct people of any one list.
    public static let listCap = 50

    /// Everyone with at least one edge, by slug.
    public var people: [Person]
    /// Every edge, by `from` then `to`.
    public var edges: [Edge]

    /// Creates a graph.
    public init(people: [Person], edges: [Edge]) {
        self.people = people
        self.edges = edges
    }

    /// No people, no edges.
    public static let empty = CollaborationGraph(people: [], edges: [])
}
