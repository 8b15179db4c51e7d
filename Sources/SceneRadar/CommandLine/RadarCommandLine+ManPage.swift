extension RadarCommandLine {
    /// radar's man page, `radar.1`.
    ///
    /// - Parameters:
    ///   - version: radar's version, for the footer.
    ///   - date: the page's date (e.g. the release date), so the output is deterministic.
    public static func manPage(version: String, date: String) -> String {
        ManPage.render(root: root, version: version, date: date, sections: manSections)
    }

    /// EXIT STATUS (SPEC §5), ENVIRONMENT and FILES.
    static let manSections: [ManSection] = [
        ManSection(
            "Exit status",
            items: [
                .init(
                    "0",
                    """
                    Success. For lint, check and build: no note has an error; warnings and notes do \
                    not change the status.
                    """),
                .init(
                    "1",
                    """
                    Errors found: a note has an error diagnostic, or cannot be read; with --strict, \
                    a warning too. radar build still writes every valid note, so the site is \
                    complete except for the broken notes.
                    """),
                .init(
                    "2",
                    """
                    Usage error (an unknown command or option, a missing or invalid value), or the \
                    vault itself cannot be read (its folder, or its scenes/ or people/ folder, cannot \
                    be listed; or the folder is not a vault: it has no radar.yml, scenes/ or people/), \
                    or the output cannot be written.
                    """),
            ]),
        ManSection(
            "Environment",
            items: [
                .init("NO_COLOR", "When set and not empty, radar prints no colour (ANSI escape codes)."),
                .init(
                    "GLIBC_TUNABLES",
                    """
                    When unset, radar build, lint, check, score and serve start themselves again, once, \
                    with glibc.malloc.tcache_count=4096: a larger cache of freed memory, which makes a \
                    large build about a tenth faster. When set, even empty, radar runs with it as it is.
                    """),
                .init(
                    "RADAR_TRACE",
                    """
                    When 1, radar build and radar lint print each phase's time, CPU time and memory \
                    to standard error.
                    """),
            ]),
        ManSection(
            "Files",
            paragraphs: [
                "Paths are relative to the vault. Only the paths below are read; dotfiles are ignored."
            ],
            items: [
                .init(
                    "radar.yml",
                    """
                    Site settings: title, base-url, language, author, window, weights, people-pages \
                    and lint (ignore, strict).
                    """),
                .init("scenes/<scene>/scene.md", "A scene's profile; the folder name is the scene's slug."),
                .init(
                    "scenes/<scene>/log/YYYY-Www.md",
                    "One week's log of a scene, named after its ISO week, e.g. 2026-W47.md."),
                .init("people/<person>.md", "An optional note on a person or group."),
                .init("theme/", "Optional overrides of the default theme's files."),
                .init(
                    "static/", "Optional files copied into the site as they are (cover art, favicon, CNAME)."),
                .init("_site/", "The default output folder of build (serve builds into a temporary folder)."),
                .init(".radar-cache/", "The build cache; it holds private notes and never goes in the site."),
            ]),
    ]
}
