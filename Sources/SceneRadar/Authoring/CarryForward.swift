/// What a new weekly log starts from: last week's core artists, sound markers and community,
/// because a scene's core and sound change slowly and the curator edits rather than retypes.
/// Tracks, events and the rest are new each week and always start empty.
public struct CarryForward: Sendable, Hashable {
    /// Where the values came from.
    public enum Source: Sendable, Hashable {
        /// Nothing to carry: the scene has no earlier log and its profile gives no sound.
        case nothing
        /// The newest earlier log of the scene.
        case log(ISOWeek)
        /// The scene profile's `sound` (the scene has no earlier log): markers only.
        case profile
        /// Nothing carried: the newest earlier log, at `path` (as shown), cannot be read.
        case unreadable(path: String)
    }

    /// Where the values came from.
    public var source: Source
    /// Core artists, as written (a name or `people/<slug>`).
    public var artists: [String]
    /// Tempo range.
    public var tempo: String?
    /// Drum feel.
    public var drums: String?
    /// Signature synths or vocals.
    public var signature: String?
    /// Where the community lives.
    public var community: [String]

    /// Creates carried values.
    public init(
        source: Source, artists: [String] = [], tempo: String? = nil, drums: String? = nil,
        signature: String? = nil, community: [String] = []
    ) {
        self.source = source
        self.artists = artists
        self.tempo = tempo
        self.drums = drums
        self.signature = signature
        self.community = community
    }

    /// Nothing carried.
    public static let nothing = CarryForward(source: .nothing)

    /// The values of `log`.
    public init(log: WeeklyLog) {
        self.init(
            source: .log(log.week), artists: log.artists.map(\.text), tempo: log.markers.tempo,
            drums: log.markers.drums, signature: log.markers.signature, community: log.community.map(\.value))
    }

    /// The sound markers of a scene's profile, for a log with no earlier one; `.nothing` when it
    /// gives none.
    public init(profile scene: Scene) {
        let sound = scene.sound
        guard sound.tempo != nil || sound.drums != nil || sound.signature != nil else {
            self = .nothing
            return
        }
        self.init(
            source: .profile, tempo: sound.tempo?.value, drums: sound.drums, signature: sound.signature)
    }

    /// How many of the three sound markers are given.
    public var markerCount: Int { [tempo, drums, signature].compactMap { $0 }.count }
}
