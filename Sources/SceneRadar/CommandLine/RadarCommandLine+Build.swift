extension RadarCommandLine {
    /// `radar build [VAULT] [-o DIR] [--base-url URL] [--quiet]`.
    static let build = CommandSpec(
        "build",
        abstract: "Compile the vault into a static site.",
        discussion: """
            Checks every note, scores every scene and writes the site: the radar, a page per scene, \
            weekly log and person, credits pages, an Atom feed, a sitemap and radar.json. The same \
            notes always give the same files, byte for byte.

            A broken note is skipped with its diagnostics and the rest of the site is still written; \
            the exit status is then 1, so a publishing pipeline stops. A note that breaks a lint rule \
            whose problems are errors (a track without its producer, remixer or DJ, a chat invite \
            link) makes the exit status 1 too, though it is still rendered: fix it, or silence the \
            rule, before publishing. Warnings never fail a build: `radar lint` reports the notes', \
            and a build reports those only it can find (a file in static/ or theme/ where the site \
            has one of its own, which is not copied).

            radar writes only inside the output folder, and refuses a folder that is the vault itself, \
            lies inside the vault's scenes/, people/, static/, theme/ or .radar-cache/, is your home \
            folder or inside a .git folder, or holds files it did not write.
            """,
        examples: [
            .init("Build the vault in the current folder into _site/.", "radar build"),
            .init(
                "Build another vault into public/, for publishing at its real address.",
                "radar build ~/radar -o public --base-url https://radar.example.org/"),
        ],
        arguments: [vaultArgument],
        options: [
            outputOption,
            .option(
                "base-url", value: .init(name: "url"),
                help: """
                    The address the site is published at, for absolute links in the feed and sitemap; \
                    overrides base-url in radar.yml.
                    """),
            .flag("quiet", short: "q", help: "Print only errors and warnings: no notes, no summary."),
        ])

    /// `radar serve [VAULT] [--port N] [-o DIR] [--quiet]`.
    static let serve = CommandSpec(
        "serve",
        abstract: "Build the site, serve it on 127.0.0.1 and rebuild it when a note changes.",
        discussion: """
            Open the address it prints in a browser: the page reloads by itself after a rebuild \
            that changes the site (a change to a file the site is not made from, such as a README, \
            rebuilds but reloads nothing). A note with an error shows an error page instead of \
            stopping the server; fix the note and the page comes back. The server listens on \
            127.0.0.1 only, so nothing is shared with the network, and answers only requests \
            addressed to 127.0.0.1 or localhost, so a web page elsewhere cannot read it through a \
            name of its own. Stop it with Ctrl-C.

            The preview is built into a temporary folder outside the vault and removed when the \
            server stops, so the vault's _site/ is never touched; with -o it is built into that \
            folder and kept, as radar build -o does. It is built without radar.yml's base-url, so \
            its links, the 404 page's included, stay on the preview.
            """,
        examples: [
            .init("Preview the vault in the current folder at http://127.0.0.1:8000/.", "radar serve"),
            .init("Preview another vault on another port.", "radar serve ~/radar --port 8080"),
        ],
        arguments: [vaultArgument],
        options: [
            .option(
                "port", value: .init(name: "port", kind: .integer(0...65_535), defaultValue: "8000"),
                help: "The port to listen on; 0 picks a free one."),
            .option(
                "output", short: "o", value: .init(name: "dir", kind: .directory),
                help: """
                    Build into this folder and keep it. (default: a temporary folder, removed when \
                    the server stops)
                    """),
            .flag("quiet", short: "q", help: "Print only errors and warnings, not each rebuild."),
        ])
}
