/// A scene's profile: `scenes/<slug>/scene.md`.
public struct Scene: Sendable, Hashable {
    /// The note's file, location and `lint-ignore`.
    public var header: NoteHeader
    /// The folder name.
    public var slug: String
    /// The scene's name.
    public var name: Located<String>
    /// Other names it goes by.
    public var aliases: [Located<String>]
    /// When it was first spotted.
    public var spotted: CalendarDate
    /// City or region, or `online`.
    public var place: String?
    /// Watching by default.
    public var status: SceneStatus
    /// Public by default; private scenes are linted but never published.
    public var visibility: Visibility
    /// Free tags.
    public var tags: [String]
    /// The 4-part formation model.
    public var formation: Formation
    /// The sound markers.
    public var sound: Sound
    /// Shared shorthand, in-jokes, names for a drum pattern or dance.
    public var vocabulary: [Located<String>]
    /// What sustains the scene.
    public var infrastructure: [Infrastructure]
    /// The profile's Markdown body.
    public var body: NoteBody

    /// Whether the scene is published.
    public var isPublic: Bool { visibility == .public }
}

/// The 4-part model of how a scene forms: tool, containers, visuals, bridges.
public struct Formation: Sendable, Hashable {
    /// The tool or constraint that created the sound.
    public var tool: Located<String>?
    /// Social containers.
    public var containers: [Container]
    /// The visual language.
    public var visuals: [Located<String>]
    /// How the scene connects outward.
    public var bridges: [FormationBridge]

    /// An empty formation.
    public static let empty = Formation(tool: nil, containers: [], visuals: [], bridges: [])
}

/// A social container: where the community lives.
public struct Container: Sendable, Hashable {
    /// What kind of container.
    public var kind: ContainerKind
    /// Its name (never published when private).
    public var name: String?
    /// Its address (never published when private).
    public var url: WebURL?
    /// Whether the community keeps it to itself.
    public var isPrivate: Bool
    /// The week it was first seen.
    public var since: ISOWeek?
    /// Where it was written.
    public var location: SourceLocation
}

/// A bridge typed in `formation.bridges`.
public struct FormationBridge: Sendable, Hashable {
    /// What kind of bridge.
    public var kind: BridgeKind
    /// Who makes it.
    public var who: PersonRef?
    /// A note about it.
    public var note: String?
    /// The week it was first seen.
    public var since: ISOWeek?
    /// Where it was written.
    public var location: SourceLocation
}

/// The scene's three sound markers.
public struct Sound: Sendable, Hashable {
    /// The tempo as written, e.g. `140-150`.
    public var tempo: Located<String>?
    /// The tempo parsed to a BPM range, when it reads as one.
    public var bpm: ClosedRange<Int>?
    /// The drum feel.
    public var drums: String?
    /// The signature synths or vocals.
    public var signature: String?

    /// No markers.
    public static let empty = Sound(tempo: nil, bpm: nil, drums: nil, signature: nil)
}

/// Infrastructure that sustains a scene.
public struct Infrastructure: Sendable, Hashable {
    /// What kind.
    public var kind: InfrastructureKind
    /// Its name.
    public var name: String
    /// Its address.
    public var url: WebURL?
    /// Where it was written.
    public var location: SourceLocation
}
