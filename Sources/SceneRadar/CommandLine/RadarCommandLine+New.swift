extension RadarCommandLine {
    /// `radar new scene|log|person …`.
    static let new = CommandSpec(
        "new",
        abstract: "Create a note from a template.",
        discussion: """
            Writes a new note with every key of its front matter present, each with a one-line \
            comment, and prints its path. An existing note is never overwritten: radar refuses, \
            writes nothing and exits with status 2.
            """,
        subcommands: [newScene, newLog, newPerson])

    /// `radar new scene NAME [--vault DIR]`.
    static let newScene = CommandSpec(
        "scene",
        abstract: "Start a scene profile: scenes/<slug>/scene.md.",
        discussion: """
            The slug, which names the scene's folder and its pages, is made from the name: lower \
            case letters, digits and hyphens. A name with no Latin letters or digits gets the \
            first 8 hex digits of the FNV-1a hash of its match key, as person pages do; rename the \
            folder to choose another. A profile that exists, or another scene with this name or \
            alias, is refused. Its spotted date is today. The note silences the reminders \
            about a missing container and infrastructure until you fill them in (a commented \
            lint-ignore line to delete then).
            """,
        examples: [
            .init("Start a profile for a scene spotted this week.", "radar new scene \"Hexagon Bass\"")
        ],
        arguments: [ArgumentSpec("name", help: "The scene's name, as its people say it.")],
        options: [vaultOption])

    /// `radar new log SCENE [--week W] [--vault DIR]`.
    static let newLog = CommandSpec(
        "log",
        abstract: "Start a week's log of a scene: scenes/<slug>/log/<week>.md.",
        discussion: """
            Carries forward the artists, sound markers and community of the scene's newest \
            earlier log, so a week's notes start from what was true last week; tracks, events \
            and the rest start empty. With no earlier log, the markers come from the profile's \
            sound. While fewer than three markers are filled in, the log silences the \
            markers-missing reminder (a commented lint-ignore line to delete then). A week that \
            is already logged is refused.
            """,
        examples: [
            .init("Log this week of a scene.", "radar new log low-tide-jersey"),
            .init("Log a given week.", "radar new log low-tide-jersey --week 2026-W48"),
        ],
        arguments: [ArgumentSpec("scene", help: "The scene to log, by slug, name or alias.", kind: .scene)],
        options: [
            .option(
                "week", value: .init(name: "week"),
                help: "The ISO week to log, e.g. 2026-W48. (default: this ISO week, in the local time zone)"),
            vaultOption,
        ])

    /// `radar new person NAME [--vault DIR]`.
    static let newPerson = CommandSpec(
        "person",
        abstract: "Start a note on a person or group: people/<slug>.md.",
        discussion: """
            A note is optional: everyone credited gets a page anyway. Write one to list aliases \
            (other spellings of the same name), links, support links and pronouns, or to keep a \
            person off the site with private: true. The file is named like the person's page: \
            the name folded to lower case letters, digits and hyphens, or the FNV-1a hash of its \
            match key for a name with no Latin letters or digits; where another person's note \
            has that name already (A.B and A B, two names, both make a-b), a hyphen and the hash are added. A \
            note that exists, or another note with this name or alias, is refused.
            """,
        examples: [.init("Start a note on a producer.", "radar new person \"DJ Kofi\"")],
        arguments: [ArgumentSpec("name", help: "The name as the person or group writes it.")],
        options: [vaultOption])

    /// `radar init [DIR]`.
    static let initCommand = CommandSpec(
        "init",
        abstract: "Create a new vault: radar.yml, the scenes/ and people/ folders and a .gitignore.",
        discussion: """
            The folder is created if it does not exist. A folder that already holds files is \
            refused, so nothing is ever overwritten; dotfiles and dot-folders such as .git or \
            .obsidian are fine, and so is a .gitignore (a fresh clone's), which is kept: radar adds \
            the lines for _site/ and .radar-cache/ to it if it lacks them. A folder inside the \
            scenes/, people/, static/ or theme/ folder of another vault is refused too: that vault \
            would read it as its own. \
            The vault comes with a README on the weekly workflow and an \
            example scene, with last week's log and a person note, to read and then delete.
            """,
        examples: [
            .init("Make the current folder a vault.", "radar init"),
            .init("Create a vault in a new folder.", "radar init ~/radar"),
        ],
        arguments: [
            ArgumentSpec(
                "dir", help: "The folder to create the vault in.", kind: .directory, arity: .optional,
                defaultValue: ".")
        ])
}
