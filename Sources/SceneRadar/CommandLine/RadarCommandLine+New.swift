extension RadarCommandLine {
    /// `radar new scene|log|person …`.
    static let new = CommandSpec(
        "new",
        abstract: "Create a note from a template.",
        discussion: """
            Writes a new note with its front matter filled in as far as radar can, ready to edit. \
            An existing note is never overwritten.
            """,
        subcommands: [newScene, newLog, newPerson])

    /// `radar new scene NAME [--vault DIR]`.
    static let newScene = CommandSpec(
        "scene",
        abstract: "Start a scene profile: scenes/<slug>/scene.md.",
        discussion: """
            The slug, which names the scene's folder and its pages, is made from the name: lower \
            case letters, digits and hyphens.
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
            Carries forward the previous log's artists, sound markers and community, so a week's \
            notes start from what was true last week.
            """,
        examples: [
            .init("Log this week of a scene.", "radar new log hexagon-bass"),
            .init("Log a given week.", "radar new log hexagon-bass --week 2026-W48"),
        ],
        arguments: [ArgumentSpec("scene", help: "The scene to log, by slug or name.")],
        options: [
            .option(
                "week", value: .init(name: "week"),
                help: "The ISO week to log, e.g. 2026-W48. (default: this week)"),
            vaultOption,
        ])

    /// `radar new person NAME [--vault DIR]`.
    static let newPerson = CommandSpec(
        "person",
        abstract: "Start a note on a person or group: people/<slug>.md.",
        discussion: """
            A note is optional: everyone credited gets a page anyway. Write one to list aliases \
            (other spellings of the same name), links, support links and pronouns, or to keep a \
            person off the site with private: true.
            """,
        examples: [.init("Start a note on a producer.", "radar new person \"DJ Kofi\"")],
        arguments: [ArgumentSpec("name", help: "The name as the person or group writes it.")],
        options: [vaultOption])

    /// `radar init [DIR]`.
    static let initCommand = CommandSpec(
        "init",
        abstract: "Create a new vault: radar.yml, the scenes/ and people/ folders and a .gitignore.",
        discussion: """
            The folder is created if it does not exist. Files that are already there are left alone.
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
