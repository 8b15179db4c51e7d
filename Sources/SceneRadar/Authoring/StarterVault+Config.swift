// radar.yml and .gitignore of a new vault.

extension StarterVault {
    /// `radar.yml`: every setting of SPEC §3 with its default value and a comment.
    static var config: String {
        let defaults = SiteConfig()
        var text = """
            # radar.yml: this radar's site settings. The same dialect as the notes' front matter
            # (a strict YAML subset), without the --- fences. Every setting is here with its default.

            # The site's title: page titles and the feed's title.
            title: \(YAMLScalarEmitter.scalar(defaults.title))

            # Where the site will be published, for absolute links in feed.xml and sitemap.xml,
            # e.g. https://radar.example.org/. Empty: links stay relative.
            # `radar build --base-url URL` overrides it (a preview deploy).
            base-url:

            # The language the notes are written in (the pages' lang attribute).
            language: \(defaults.language)

            # Who keeps this radar: the feed's author.
            author:

            # How many ISO weeks of logs count for scores and momentum, ending at the newest log
            # week in the vault (never the wall clock, so builds stay reproducible).
            window: \(defaults.window)

            # How much each of the seven early signals weighs in the 0-100 score: a number >= 0
            # each, at least one above 0. A missing signal weighs 1.
            weights:

            """
        let width = Signal.allCases.map(\.rawValue.count).max() ?? 0
        for signal in Signal.allCases {
            let weight = NumberFormat.fixed(defaults.weights[signal] ?? 1, maxDecimals: 2)
            let entry = "  \(signal.rawValue): \(weight)"
            let padding = String(repeating: " ", count: width - signal.rawValue.count + 2)
            text += entry + padding + "# " + signal.title + "\n"
        }
        text += """

            # Who gets a person page: all (everyone credited, noted or not) or noted (only people
            # with a note in people/; the rest appear as plain names). Private people never do.
            people-pages: \(defaults.peoplePages.rawValue)

            lint:
              # Rule codes silenced for the whole vault, e.g. [support.no-tickets]; a note silences
              # its own with lint-ignore. Errors about unreadable notes cannot be silenced.
              ignore: []
              # true makes warnings fail `radar lint` too (for CI); warnings never fail `radar build`.
              strict: \(defaults.lintStrict)

            """
        return text
    }

    /// `.gitignore`: the output and the cache never go into git.
    static let gitignore = """
        # radar's output and its build cache (the cache holds private notes: never commit or publish it)
        _site/
        .radar-cache/

        """
}
