/// One week's observations of one scene: `scenes/<slug>/log/YYYY-Www.md`.
public struct WeeklyLog: Sendable, Hashable {
    /// The note's file, location and `lint-ignore`.
    public var header: NoteHeader
    /// The scene's slug (from the folder).
    public var scene: String
    /// The week (from the file name, which `week:` must equal).
    public var week: ISOWeek
    /// Core artists seen this week.
    public var artists: [PersonRef]
    /// Where the scene showed up this week.
    public var platforms: [Located<Platform>]
    /// Key tracks and mixes.
    public var tracks: [Track]
    /// Events.
    public var events: [Event]
    /// Press coverage.
    public var press: [Press]
    /// Producers sharing process.
    public var howItsMade: [HowItsMade]
    /// Second- and third-tier acts adopting the sound.
    public var soundalikes: [Located<String>]
    /// Phrases seen in comments this week.
    public var vocabulary: [Located<String>]
    /// This week's three sound markers.
    public var markers: Markers
    /// Where the community lives.
    public var community: [Located<String>]
    /// The discovery surface this week started from.
    public var surface: String?
    /// The log's Markdown body.
    public var body: NoteBody
}

/// The three sound markers of a week: tempo range, drum feel, signature synths or vocals.
public struct Markers: Sendable, Hashable {
    /// Tempo range.
    public var tempo: String?
    /// Drum feel.
    public var drums: String?
    /// Signature synths or vocals.
    public var signature: String?
    /// Where `markers` was written, if it was.
    public var location: SourceLocation?
    /// The markers written but not readable (a list where a text goes, or `markers` itself not
    /// a mapping): a type error says so, and they are not also reported missing.
    public var unreadable: Set<String> = []

    /// The three by name, each `nil` when it is not given or blank.
    public var named: [(name: String, value: String?)] {
        [("tempo", tempo), ("drums", drums), ("signature", signature)].map { name, value in
            (name, value.flatMap { $0.isBlank ? nil : $0 })
        }
    }

    /// How many of the three are given (a blank one is not).
    public var count: Int { named.count { $0.value != nil } }

    /// The names of the markers neither given nor written unreadably.
    public var missing: [String] {
        named.filter { $0.value == nil && !unreadable.contains($0.name) }.map(\.name)
    }

    /// No markers.
    public static let empty = Markers(tempo: nil, drums: nil, signature: nil, location: nil)
}

/// A key track or mix.
public struct Track: Sendable, Hashable {
    /// The title.
    public var title: String
    /// Where to hear it (http/https only).
    public var url: WebURL
    /// The platform: as given, else derived from the URL's host.
    public var platform: Platform?
    /// Original by default.
    public var kind: TrackKind
    /// Whether it has vocals.
    public var vocals: Bool
    /// Who made it.
    public var credits: Credits
    /// Buy, tip, pay-what-you-want links.
    public var support: [WebURL]
    /// DJs seen playing it.
    public var playedBy: [PersonRef]
    /// Where the track's entry starts.
    public var location: SourceLocation
}

/// Who made a track: the curator's first ethical duty is to say so precisely.
public struct Credits: Sendable, Hashable {
    public var producer: [PersonRef] = []
    public var vocalist: [PersonRef] = []
    public var remixer: [PersonRef] = []
    public var dj: [PersonRef] = []
    public var featuring: [PersonRef] = []
    public var engineer: [PersonRef] = []
    public var artwork: [PersonRef] = []
    /// The label.
    public var label: String?
    /// The collective.
    public var collective: String?
    /// Released by the artists themselves.
    public var selfReleased = false
    /// An unidentified track: shown as "producer unknown — help identify", exempt from credit rules.
    public var unknown = false
    /// Where `credits` was written, if it was.
    public var location: SourceLocation?

    /// Creates credits.
    public init() {}

    /// The people credited in `role`. Inlined, so reading one role of credits that are read
    /// where they are copies that list alone.
    @inline(__always)
    public subscript(role: CreditRole) -> [PersonRef] {
        switch role {
        case .producer: return producer
        case .vocalist: return vocalist
        case .remixer: return remixer
        case .dj: return dj
        case .featuring: return featuring
        case .engineer: return engineer
        case .artwork: return artwork
        }
    }
}

/// A credit role on a track.
public enum CreditRole: String, SchemaEnum {
    case producer, vocalist, remixer, dj, featuring, engineer, artwork
}

/// An event: a party, a club night, a livestream…
public struct Event: Sendable, Hashable {
    public var name: String
    public var date: CalendarDate
    /// City (venue names only: a street address is never a field).
    public var city: String?
    public var online: Bool
    public var kind: EventKind?
    /// The recurring series it belongs to.
    public var series: String?
    public var attendance: Int?
    public var lineup: [PersonRef]
    /// Clips uploaded by attendees: documentation.
    public var footage: [WebURL]
    public var tickets: WebURL?
    /// Never published.
    public var isPrivate: Bool
    /// Where the event's entry starts.
    public var location: SourceLocation
}

/// Press coverage.
public struct Press: Sendable, Hashable {
    public var outlet: String
    public var tier: PressTier
    public var url: WebURL?
    public var date: CalendarDate?
    /// Where the entry starts.
    public var location: SourceLocation
}

/// A producer sharing process.
public struct HowItsMade: Sendable, Hashable {
    public var by: PersonRef
    public var kind: HowItsMadeKind?
    public var url: WebURL?
    /// Where the entry starts.
    public var location: SourceLocation
}
