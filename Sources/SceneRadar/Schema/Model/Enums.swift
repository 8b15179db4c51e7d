/// The words a schema enum accepts, in the order docs list them.
public protocol SchemaEnum: RawRepresentable, CaseIterable, Sendable, Hashable where RawValue == String {}

extension SchemaEnum {
    /// Every accepted word.
    public static var words: [String] { allCases.map(\.rawValue) }
}

/// A scene's status (`watching` by default).
public enum SceneStatus: String, SchemaEnum {
    case watching, active, dormant, archived
}

/// Whether a scene is published.
public enum Visibility: String, SchemaEnum {
    case `public`, `private`
}

/// What sustains a scene: the infrastructure to amplify.
public enum InfrastructureKind: String, SchemaEnum {
    case partySeries = "party-series"
    case radioShow = "radio-show"
    case playlist
    case mixSeries = "mix-series"
    case label, collective, venue, newsletter
}

/// A social container where the scene's community lives.
public enum ContainerKind: String, SchemaEnum {
    case discord, telegram
    case groupChat = "group-chat"
    case tiktok, youtube, twitch, party, label, radio, forum, other
}

/// How a scene connects outward.
public enum BridgeKind: String, SchemaEnum {
    case dj, curator, collab, press, playlist, other
}

/// Where a scene showed up.
public enum Platform: String, SchemaEnum {
    case bandcamp, soundcloud, youtube, tiktok, instagram, spotify
    case appleMusic = "apple-music"
    case mixcloud, twitch, nts, discord, radio, club, other
}

/// What a track is (`original` by default). Mixes and live sets are not releases.
public enum TrackKind: String, SchemaEnum {
    case original, remix, edit, mix
    case liveSet = "live-set"

    /// Whether a track of this kind counts as a release (SPEC §4).
    public var isRelease: Bool { self != .mix && self != .liveSet }
    /// Whether it is a DJ's mix or live set.
    public var isMix: Bool { !isRelease }
}

/// What kind of event.
public enum EventKind: String, SchemaEnum {
    case party
    case clubNight = "club-night"
    case livestream, radio, takeover, showcase, other
}

/// Press reach: small press spots scenes first; major press means the wave is underway.
public enum PressTier: String, SchemaEnum {
    case small, major
}

/// How a producer shared their process.
public enum HowItsMadeKind: String, SchemaEnum {
    case breakdown, tutorial
    case samplePack = "sample-pack"
    case patchNotes = "patch-notes"
    case projectFile = "project-file"
}

/// Whether a people note is a person or a group.
public enum PersonKind: String, SchemaEnum {
    case person, group
}

/// Which people get a page: all, or only those with a note.
public enum PeoplePages: String, SchemaEnum {
    case all, noted
}

/// The seven early signals that a micro-scene is about to break (SPEC §4), in the guide's order.
public enum Signal: String, SchemaEnum, Comparable {
    case platforms, vocabulary, events
    case howItsMade = "how-its-made"
    case remixes
    case smallPress = "small-press"
    case soundalikes

    /// The signal's name as pages show it.
    public var title: String {
        switch self {
        case .platforms: return "Three-platform pattern"
        case .vocabulary: return "Shared vocabulary"
        case .events: return "DIY events with documentation"
        case .howItsMade: return "Producers sharing how it's made"
        case .remixes: return "Remixes and edits outnumber originals"
        case .smallPress: return "Small press first"
        case .soundalikes: return "A sound-alike layer"
        }
    }

    /// A short label for chart axes.
    public var shortTitle: String {
        switch self {
        case .platforms: return "Platforms"
        case .vocabulary: return "Vocabulary"
        case .events: return "Events"
        case .howItsMade: return "How it's made"
        case .remixes: return "Remixes"
        case .smallPress: return "Small press"
        case .soundalikes: return "Sound-alikes"
        }
    }

    private var order: Int { Signal.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: Signal, rhs: Signal) -> Bool { lhs.order < rhs.order }
}
