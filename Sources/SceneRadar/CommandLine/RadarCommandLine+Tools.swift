extension RadarCommandLine {
    /// `radar schema`.
    static let schema = CommandSpec(
        "schema",
        abstract: "Print the JSON Schema of the notes' front matter, for editors.",
        discussion: """
            Point an editor's YAML or front-matter extension at it to get completion and checks \
            while writing notes.
            """,
        examples: [.init("Save the schema for an editor.", "radar schema > radar.schema.json")])

    /// `radar dump [--yaml] FILE`.
    static let dump = CommandSpec(
        "dump",
        abstract: "Print a note's front matter, or a YAML file, as JSON.",
        discussion: """
            Shows what radar reads. Without --yaml, FILE is a note and its front matter comes out \
            as strings, sequences and mappings: types are the schema's business, so country: NO \
            stays "NO". With --yaml, FILE is a plain YAML file and plain scalars are typed as YAML \
            1.2's core schema says: 3 is an integer, 3.0 a float, true a boolean.
            """,
        examples: [
            .init(
                "See how radar reads a note's front matter.", "radar dump scenes/low-tide-jersey/scene.md"),
            .init("Read radar.yml as YAML.", "radar dump --yaml radar.yml"),
        ],
        arguments: [ArgumentSpec("file", help: "The note or YAML file to read.", kind: .file)],
        options: [
            .flag("yaml", help: "Read the whole file as YAML, without --- fences, with core-schema types.")
        ])

    /// `radar completion bash|zsh|fish`.
    static let completion = CommandSpec(
        "completion",
        abstract: "Print a shell completion script.",
        discussion: """
            The script completes commands, options, option values and paths, and the scenes of \
            radar new log and score --explain from the scenes/ folder of the vault you are in. To \
            install it:

              bash: add this line to ~/.bashrc
                source <(radar completion bash)
              zsh: save it as _radar in a folder listed in $fpath, before compinit runs
                radar completion zsh > ~/.zfunc/_radar
              fish:
                radar completion fish > ~/.config/fish/completions/radar.fish
            """,
        arguments: [
            ArgumentSpec(
                "shell", help: "The shell to print the script for.",
                kind: .choice(Shell.allCases.map(\.rawValue)))
        ])
}
