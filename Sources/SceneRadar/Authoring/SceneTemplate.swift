/// The text of a new scene profile, `scenes/<slug>/scene.md`: every key of the schema present,
/// each with a one-line comment, ready to fill in.
public enum SceneTemplate {
    /// The lint rules a fresh profile would trip before the curator has filled it in (it has
    /// no container and no infrastructure yet), silenced in the note with a comment that says
    /// when to delete the line, so that `radar lint` stays quiet about a note just created.
    public static let silencedRules: [DiagnosticCode] = [.sceneNoContainer, .sceneNoInfrastructure]

    /// The profile of a scene called `name`, first spotted on `spotted`.
    public static func render(name: String, spotted: CalendarDate) -> String {
        var out = FrontMatterBuilder()
        out.comment("The scene's name, as its people say it.")
        out.string("name", name)
        out.comment("Other names it goes by, e.g. [night-bus, NBG].")
        out.list("aliases", [])
        out.comment("When you first spotted it (YYYY-MM-DD).")
        out.raw("spotted", spotted.description)
        out.comment("City or region, or online.")
        out.string("where", nil)
        out.comment("How closely you follow it: \(words(SceneStatus.words)).")
        out.raw("status", SceneStatus.watching.rawValue)
        out.comment("public, or private: linted and scored but never published.")
        out.raw("visibility", Visibility.public.rawValue)
        out.comment("Free tags, e.g. [club, online].")
        out.list("tags", [])
        formation(&out)
        out.comment("The sound markers: what makes the scene's tracks recognisable.")
        out.mapping("sound")
        out.comment("Tempo range in BPM, e.g. 140-150.", indent: 1)
        out.string("tempo", nil, indent: 1)
        out.comment("The drum feel, e.g. half-time with skipping hats.", indent: 1)
        out.string("drums", nil, indent: 1)
        out.comment("Signature synths or vocals.", indent: 1)
        out.string("signature", nil, indent: 1)
        out.comment("Shared shorthand: in-jokes, names for a drum pattern or a dance.")
        out.list("vocabulary", [])
        out.comment(
            "What sustains the scene, to amplify; each: kind (\(words(InfrastructureKind.words))), name, url."
        )
        out.list("infrastructure", [])
        out.comment("Silenced until you add a container and infrastructure above: then delete this line.")
        out.raw("lint-ignore", YAMLScalarEmitter.flowSequence(silencedRules.map(\.rawValue)))
        return out.note()
    }

    private static func formation(_ out: inout FrontMatterBuilder) {
        out.comment("The 4-part model of how a scene forms: the steps present give its stage (0-4).")
        out.mapping("formation")
        out.comment(
            "1. The tool or constraint that created the sound (a preset, a kit, phone-mic vocals).", indent: 1
        )
        out.string("tool", nil, indent: 1)
        out.comment(
            "2. Social containers; each: kind (\(words(ContainerKind.words))), name, url, private, since.",
            indent: 1)
        out.list("containers", [], indent: 1)
        out.comment("3. The visual language: cover art cues, fashion, typography, meme formats.", indent: 1)
        out.list("visuals", [], indent: 1)
        out.comment(
            "4. Bridges outward; each: kind (\(words(BridgeKind.words))), who, note, since.", indent: 1)
        out.list("bridges", [], indent: 1)
    }

    /// `a, b or c`: the words a key accepts, for a comment.
    static func words(_ words: [String]) -> String {
        guard let last = words.last, words.count > 1 else { return words.first ?? "" }
        return words.dropLast().joined(separator: ", ") + " or " + last
    }
}
