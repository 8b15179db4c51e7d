// README.md of a new vault: the layout and the weekly workflow, in the field guide's terms.

extension StarterVault {
    /// `README.md`. radar never reads it (only the paths of the layout are read).
    static let readme = """
        # My Scene Radar

        A vault of notes on music micro-scenes, compiled by `radar` into a scored, credited
        static site. Every note is plain Markdown with front matter: write in any
        editor, keep the folder in git.

        ## Layout

        ```
        radar.yml                         site settings, every one commented
        scenes/<scene>/scene.md           a scene's profile: name, where, the 4-part model, sound
        scenes/<scene>/log/2026-W48.md    one week's observations of that scene (ISO week = file name)
        people/<person>.md                optional: aliases, links and support links of a person or group
        theme/                            optional: your overrides of the default theme, file by file
        static/                           optional: copied as is into the site (favicon, CNAME)
        ```

        `_site/` (the built site) and `.radar-cache/` (the build cache, which holds private notes)
        are git-ignored. Anything else here (this README, an `.obsidian/` folder) is left alone.

        The example scene `scenes/low-tide-jersey/`, its log and `people/mara-quay.md` are made up:
        read them to see a filled-in note, then delete them.

        ## Spotting a scene

        A micro-scene forms in four steps: a **tool** or constraint creates a sound, a **social
        container** forms (a Discord, a party, a YouTube channel), a **visual language** appears,
        and **bridges** connect it outward (DJs, curators, collabs, press). When you spot one:

        ```sh
        radar new scene "Night Bus Gqom"     # writes scenes/night-bus-gqom/scene.md
        ```

        Fill in what you know of the four steps under `formation`, its sound and the
        infrastructure that sustains it. If there is no social container, it may be a trend
        rather than a scene: radar flags it.

        ## The weekly workflow (about 60 minutes)

        Consistency beats depth: do this once a week, per scene you follow.

        1. **Start with one discovery surface** (10 min): a Bandcamp tag, a mix channel, a TikTok
           search term. Note it as `surface`.
        2. **Follow the collaborators** (15 min): featured artists, producers, labels, "played by"
           mentions, flyers. The same 8-20 names across releases and lineups are the core.
        3. **Confirm the social container** (15 min): Discord links in bios, livestream
           schedules, comment sections with inside jokes (`vocabulary`).
        4. **Check for IRL gravity** (10 min): nights, parties, radio, mix series (`events`).
        5. **Log signals like a curator** (10 min):

           ```sh
           radar new log night-bus-gqom      # this ISO week's log; --week 2026-W48 for another
           ```

           It carries forward last week's `artists`, `markers` and `community`; edit them, then
           add about 5 key `tracks` (with full credits and a support link), `events`, `press`,
           `how-its-made`, `soundalikes` and `vocabulary`.

        After 4-6 weeks, `radar score` shows which scenes are growing (more releases, bigger
        rooms, more cross-collabs) and which are fading.

        ```sh
        radar lint      # check every note: credits, support links, invite links, markers
        radar score     # the seven early signals, stage, phase and momentum of every scene
        radar build     # the site, into _site/
        radar serve     # a local preview that rebuilds as you edit
        ```

        ## Engage ethically

        - **Credit precisely**: name the producer, vocalist, and the collective or label
          (`credits`). radar will not let a track go uncredited.
        - **Support directly**: give every track a `support` link and every event its `tickets`.
        - **Don't rip aesthetics**: write down context, not just the look.
        - **Amplify the infrastructure**: the party series, the radio show, the community playlist
          (`infrastructure`). Never publish a community's invite link: mark a private container
          `private: true`, and a scene that asked not to be written about `visibility: private`.

        """
}
