/// The text of a new person note, `people/<slug>.md`: every key of the schema present, each
/// with a one-line comment. A note is optional (everyone credited gets a page); it exists to
/// list aliases, links and support links, or to keep someone off the site.
public enum PersonTemplate {
    /// The note of a person or group called `name`.
    public static func render(name: String) -> String {
        var out = FrontMatterBuilder()
        out.comment("The canonical spelling: credits spelled differently get a credit.name-variant warning.")
        out.string("name", name)
        out.comment("Other spellings that are this person too, e.g. [Kofi, DJ K].")
        out.list("aliases", [])
        out.comment("A person or a group: \(SceneTemplate.words(PersonKind.words)).")
        out.string("kind", nil)
        out.comment("Profiles: Bandcamp, SoundCloud, Instagram… (the platform is read from each address).")
        out.list("links", [])
        out.comment("Where to pay them: buy, tip, pay-what-you-want.")
        out.list("support", [])
        out.comment("Pronouns, e.g. she/her.")
        out.string("pronouns", nil)
        out.comment("true keeps them off the site: shown as \"uncredited (private)\" where credited.")
        out.raw("private", "false")
        out.comment("Lint rule codes silenced for this note.")
        out.list("lint-ignore", [])
        return out.note()
    }
}
