// People and radar.yml (SPEC §3).

extension SchemaCatalog {
    /// `people/<slug>.md`.
    public static let person = RecordSchema(
        name: "person", description: "A person or group: people/<slug>.md.",
        fields: [
            FieldSchema("name", .string, required: true, "The canonical spelling.", example: "DJ Kofi"),
            FieldSchema(
                "aliases", .list(.string), "Other spellings that mean this person.", example: "[Kofi, DJ K]"),
            FieldSchema("kind", .enumeration(PersonKind.words), "A person or a group.", example: "person"),
            FieldSchema(
                "links", .list(.url), "Profiles; the platform is derived from each host.",
                example: "[https://soundcloud.com/djkofi]"),
            FieldSchema(
                "support", .list(.url), "Where to pay them.", example: "[https://djkofi.bandcamp.com/]"),
            FieldSchema("pronouns", .string, "Pronouns.", example: "she/her"),
            FieldSchema(
                "private", .boolean, "Never published: shown as \"uncredited (private)\".", example: "true"),
            lintIgnore,
        ])

    /// `radar.yml`.
    public static let config = RecordSchema(
        name: "radar.yml", description: "Site settings.",
        fields: [
            FieldSchema("title", .visibleString, "The site's title.", example: "Lagos Night Radar"),
            FieldSchema(
                "base-url", .siteURL, "The published address, for absolute links in the feed and sitemap.",
                example: "https://radar.example.org/"),
            FieldSchema(
                "language", .languageTag,
                "The site's language, a BCP 47 tag such as `en` or `pt-BR` (default `en`).", example: "en"),
            FieldSchema("author", .visibleString, "Who keeps the radar.", example: "Ada"),
            FieldSchema(
                "window", .integerIn(SiteConfig.windowRange), "Weeks of logs that count (default 6).",
                example: "6"),
            FieldSchema(
                "weights", .weights,
                "Signal → weight: 0 (left out), or 0.001 to 1000000 (default all 1; all zero is an error).",
                example: "\n  remixes: 2\n  small-press: 0.5"),
            FieldSchema(
                "people-pages", .enumeration(PeoplePages.words),
                "`all` (default) or `noted`: only people with a note get a page.", example: "all"),
            FieldSchema(
                "lint", .record(lintSettings), "Lint settings for the whole vault.",
                example: "\n  ignore: [support.no-tickets]"),
        ])

    static let lintSettings = RecordSchema(
        name: "lint", description: "Lint settings.",
        fields: [
            FieldSchema(
                "ignore", .list(.ruleCode), "Rule codes silenced everywhere.", example: "[support.no-tickets]"
            ),
            FieldSchema("strict", .boolean, "Warnings fail `radar lint` (never a build).", example: "true"),
        ])
}
