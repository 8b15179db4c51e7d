// The records of SPEC §3. Descriptions are written for curators: they appear in editors
// (through `radar schema`) and in docs/schema.md.

extension SchemaCatalog {
    static let lintIgnore = FieldSchema(
        "lint-ignore", .list(.ruleCode),
        "Lint rule codes silenced for this note (syntax and schema errors cannot be silenced).",
        example: "[support.missing]")

    // MARK: - Scene profile

    /// `scenes/<slug>/scene.md`.
    public static let scene = RecordSchema(
        name: "scene", description: "A scene's profile: scenes/<slug>/scene.md.",
        fields: [
            FieldSchema("name", .string, required: true, "The scene's name.", example: "Hyperdub Drill"),
            FieldSchema("aliases", .list(.string), "Other names it goes by.", example: "[hyper-drill, HDD]"),
            FieldSchema(
                "spotted", .date, required: true, "When you first spotted it.", example: "2026-08-14"),
            FieldSchema("where", .string, "City or region, or `online`.", example: "Lagos"),
            FieldSchema(
                "status", .enumeration(SceneStatus.words), "How closely you follow it (default `watching`).",
                example: "active"),
            FieldSchema(
                "visibility", .enumeration(Visibility.words),
                "`private` scenes are linted and scored but never published (default `public`).",
                example: "public"),
            FieldSchema("tags", .list(.string), "Free tags.", example: "[drill, club]"),
            FieldSchema(
                "formation", .record(formation), "The 4-part model: which steps are present gives the stage.",
                example:
                    "\n  tool: a cracked drum-machine preset\n  containers:\n    - kind: discord\n      name: Drill Lab"
            ),
            FieldSchema(
                "sound", .record(sound), "The sound markers.",
                example: "\n  tempo: 140-150\n  drums: half-time"),
            FieldSchema(
                "vocabulary", .list(.string),
                "Shared shorthand, in-jokes, names for a drum pattern or dance.",
                example: "[the skip, wobble-step]"),
            FieldSchema(
                "infrastructure", .list(.record(infrastructure)),
                "What sustains the scene: the party series, radio show, playlist to amplify.",
                example:
                    "\n  - kind: party-series\n    name: Night Shift\n    url: https://nightshift.example/"),
            lintIgnore,
        ])

    static let formation = RecordSchema(
        name: "formation", description: "The 4-part model of how a scene forms.",
        fields: [
            FieldSchema(
                "tool", .string, "The tool or constraint that created the sound (preset, kit, cheap synth…).",
                example: "phone-mic vocals over a stock trap kit"),
            FieldSchema(
                "containers", .list(.record(container)), "Social containers: where discussion happens.",
                example: "\n  - kind: discord\n    name: Drill Lab\n    private: true"),
            FieldSchema(
                "visuals", .list(.string), "The visual language: cover art cues, fashion, typography, memes.",
                example: "[grainy CCTV stills, lime-green type]"),
            FieldSchema(
                "bridges", .list(.record(formationBridge)), "How the scene connects outward.",
                example: "\n  - kind: dj\n    who: DJ Kofi\n    since: 2026-W40"),
        ])

    static let container = RecordSchema(
        name: "container", description: "A social container.",
        fields: [
            FieldSchema(
                "kind", .enumeration(ContainerKind.words), required: true, "What kind.", example: "discord"),
            FieldSchema("name", .string, "Its name (never published when private).", example: "Drill Lab"),
            FieldSchema(
                "url", .url, "Its public address (never published when private).",
                example: "https://youtube.com/@drilllab"),
            FieldSchema(
                "private", .boolean,
                "The community keeps it to itself: counted for the stage, never published.",
                example: "true"),
            FieldSchema("since", .week, "The ISO week you first saw it.", example: "2026-W36"),
        ])

    static let formationBridge = RecordSchema(
        name: "bridge", description: "A bridge outward.",
        fields: [
            FieldSchema("kind", .enumeration(BridgeKind.words), required: true, "What kind.", example: "dj"),
            FieldSchema("who", .person, "Who makes it.", example: "DJ Kofi"),
            FieldSchema("note", .string, "A note.", example: "plays the edits on her NTS show"),
            FieldSchema("since", .week, "The ISO week you first saw it.", example: "2026-W40"),
        ])

    static let sound = RecordSchema(
        name: "sound", description: "The scene's sound markers.",
        fields: [
            FieldSchema("tempo", .string, "Tempo range in BPM, e.g. `140-150` or `160`.", example: "140-150"),
            FieldSchema("drums", .string, "The drum feel.", example: "half-time with skipping hats"),
            FieldSchema("signature", .string, "Signature synths or vocals.", example: "detuned saw stabs"),
        ])

    static let infrastructure = RecordSchema(
        name: "infrastructure", description: "Something that sustains the scene.",
        fields: [
            FieldSchema(
                "kind", .enumeration(InfrastructureKind.words), required: true, "What kind.",
                example: "radio-show"),
            FieldSchema("name", .string, required: true, "Its name.", example: "Night Shift"),
            FieldSchema("url", .url, "Its address.", example: "https://nts.live/shows/night-shift"),
        ])
}
