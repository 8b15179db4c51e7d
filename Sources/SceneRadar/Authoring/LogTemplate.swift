/// The text of a new weekly log, `scenes/<slug>/log/<week>.md`: every key of the schema
/// present, each with a one-line comment; artists, markers and community carried forward,
/// everything else empty to fill in.
public enum LogTemplate {
    /// The rules a new log would trip as written, silenced in the note with a comment that
    /// says when to delete the line: `log.markers-missing` when fewer than three sound markers
    /// were carried forward (no earlier log, and a profile without `sound`).
    public static func silencedRules(for carried: CarryForward) -> [DiagnosticCode] {
        carried.markerCount < 3 ? [.logMarkersMissing] : []
    }

    /// The log of `week` for the scene called `sceneName`, starting from `carried`.
    public static func render(sceneName: String, week: ISOWeek, carried: CarryForward) -> String {
        var out = FrontMatterBuilder()
        let sunday = CalendarDate(dayNumber: week.monday.dayNumber + 6)
        out.comment("\(sceneName), week \(week) (Monday \(week.monday) to Sunday \(sunday)).")
        switch carried.source {
        case .log(let previous):
            out.comment(
                "Artists, markers and community are carried forward from \(previous): edit them to this week's."
            )
        case .profile:
            out.comment("The markers come from the scene profile's sound: edit them to this week's.")
        case .nothing, .unreadable:
            break
        }
        out.comment("The ISO week; must equal the file name.")
        out.raw("week", week.description)
        out.comment("Core artists seen this week (the workflow logs about 10): a name, or people/<slug>.")
        out.list("artists", carried.artists)
        out.comment("Where the scene showed up this week: \(SceneTemplate.words(Platform.words)).")
        out.list("platforms", [])
        out.comment(
            "Key tracks and mixes (about 5); each: title, url, kind, vocals, credits, support, played-by.")
        out.list("tracks", [])
        out.comment(
            "Events; each: name, date, city or online: true, kind, series, attendance, lineup, footage, tickets."
        )
        out.list("events", [])
        out.comment("Press coverage; each: outlet, tier (small or major), url, date.")
        out.list("press", [])
        out.comment(
            "Producers sharing process; each: by, kind (\(SceneTemplate.words(HowItsMadeKind.words))), url.")
        out.list("how-its-made", [])
        out.comment("Second- and third-tier acts adopting the sound.")
        out.list("soundalikes", [])
        out.comment("Phrases seen in comments this week.")
        out.list("vocabulary", [])
        out.comment("This week's three sound markers.")
        out.mapping("markers")
        out.comment("Tempo range in BPM, e.g. 140-150.", indent: 1)
        out.string("tempo", carried.tempo, indent: 1)
        out.comment("The drum feel.", indent: 1)
        out.string("drums", carried.drums, indent: 1)
        out.comment("Signature synths or vocals.", indent: 1)
        out.string("signature", carried.signature, indent: 1)
        out.comment("Where the community lives (a Discord, a YouTube series, a party).")
        out.list("community", carried.community)
        out.comment(
            "The discovery surface this week started from (a Bandcamp tag, a mix channel, a search term).")
        out.string("surface", nil)
        let silenced = silencedRules(for: carried)
        if silenced.isEmpty {
            out.comment("Lint rule codes silenced for this note.")
        } else {
            out.comment("Silenced until the three markers above are filled in: then delete this line.")
        }
        out.raw("lint-ignore", YAMLScalarEmitter.flowSequence(silenced.map(\.rawValue)))
        return out.note()
    }
}
