extension RadarCommandLine {
    /// `radar lint [VAULT] [--format text|json|sarif|github] [--strict] [--quiet]`.
    static let lint = CommandSpec(
        "lint",
        abstract: "Check every note and report errors and warnings, without building the site.",
        discussion: lintDiscussion,
        examples: [
            .init("Check the vault in the current folder.", "radar lint"),
            .init(
                "Fail a CI job on warnings too, with annotations on the pull request.",
                "radar lint --strict --format github"),
            .init(
                "Write a SARIF report for a code-scanning tool.", "radar lint --format sarif > radar.sarif"),
        ],
        arguments: [vaultArgument],
        options: lintOptions)

    /// `radar check [VAULT]`: the same as `radar lint`.
    static let check = CommandSpec(
        "check",
        abstract: "Same as lint.",
        discussion: """
            Another name for 'radar lint', for hands used to 'zola check': the same arguments, \
            options, output and exit status.
            """,
        arguments: [vaultArgument],
        options: lintOptions)

    /// `radar score [VAULT] [--format table|json|csv] [--explain SCENE]`.
    static let score = CommandSpec(
        "score",
        abstract: "Print every scene's score, stage, phase and momentum.",
        discussion: """
            Scores count the logs of the window: the last weeks (6 unless radar.yml sets window) \
            ending at the newest log week in the vault, never at today's date, so the same notes \
            always give the same scores. A scene with no log inside the window scores 0 and is \
            flagged stale.

            --explain shows what is behind one scene's number: each signal's strength and the \
            tracks, events and press that count for it. With --format json the explanation is a \
            JSON object: the scene as --format json lists it, each signal also with its \
            contribution to the score. An explanation has no CSV form: --format csv with \
            --explain is a usage error.
            """,
        examples: [
            .init("Rank the scenes of the vault in the current folder.", "radar score"),
            .init("See why a scene scores what it does.", "radar score --explain low-tide-jersey"),
            .init("The same, for a script.", "radar score --explain low-tide-jersey --format json"),
            .init("Export the scores for a spreadsheet.", "radar score --format csv > scores.csv"),
        ],
        arguments: [vaultArgument],
        options: [
            .option(
                "format",
                value: .init(name: "format", kind: .choice(["table", "json", "csv"]), defaultValue: "table"),
                help: "How to print the scores: an aligned table, JSON or CSV. With --explain, table or json."
            ),
            .option(
                "explain", value: .init(name: "scene", kind: .scene),
                help:
                    "Show the signals and evidence behind one scene's score; give its slug, name or an alias."
            ),
        ])

    private static let lintOptions: [OptionSpec] = [
        diagnosticsFormatOption,
        strictFlag,
        .flag("quiet", short: "q", help: "Print only the diagnostics, without the summary line."),
    ]

    private static let lintDiscussion = """
        Each problem is reported as path:line:col: severity[code]: message, then the line with a \
        caret under the problem, as compilers do. Codes are stable (credit.producer-missing, \
        privacy.invite-link, ...). To silence a code, list it under lint-ignore in a note's front \
        matter, or for the whole vault under ignore in the lint section of radar.yml.

        Exit status: 0 when the vault is clean or has only warnings, 1 when a note has an error (or \
        a warning, with --strict), 2 on a usage error or when the vault cannot be read (or the \
        folder is not a vault: it has no radar.yml, scenes/ or people/).
        """
}
