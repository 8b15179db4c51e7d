// The weekly log's records (SPEC §3).

extension SchemaCatalog {
    /// `scenes/<slug>/log/YYYY-Www.md`.
    public static let log = RecordSchema(
        name: "log", description: "One week's observations of one scene: scenes/<slug>/log/YYYY-Www.md.",
        fields: [
            FieldSchema(
                "week", .week, "The ISO week; must equal the file name when given.", example: "2026-W47"),
            FieldSchema(
                "artists", .list(.person), "Core artists seen this week (about 10).",
                example: "[DJ Kofi, Amaka]"),
            FieldSchema(
                "platforms", .list(.enumeration(Platform.words)), "Where the scene showed up this week.",
                example: "[tiktok, bandcamp]"),
            FieldSchema(
                "tracks", .list(.record(track)), "Key tracks and mixes (about 5).",
                example:
                    "\n  - title: Skip Theory\n    url: https://amaka.bandcamp.com/track/skip-theory\n    credits:\n      producer: [Amaka]\n      self-released: true"
            ),
            FieldSchema(
                "events", .list(.record(event)), "Events this week.",
                example: "\n  - name: Night Shift 12\n    date: 2026-11-21\n    city: Lagos"),
            FieldSchema(
                "press", .list(.record(press)), "Press coverage.",
                example: "\n  - outlet: Campus Wave\n    tier: small"),
            FieldSchema(
                "how-its-made", .list(.record(howItsMade)), "Producers sharing process.",
                example: "\n  - by: Amaka\n    kind: breakdown\n    url: https://youtube.com/watch?v=abc"),
            FieldSchema(
                "soundalikes", .list(.string), "Second- and third-tier acts adopting the sound.",
                example: "[Drillionaire]"),
            FieldSchema(
                "vocabulary", .list(.string), "Phrases seen in comments this week.", example: "[the skip]"),
            FieldSchema(
                "markers", .record(markers), "This week's three sound markers.",
                example: "\n  tempo: 140-150\n  drums: half-time\n  signature: detuned saws"),
            FieldSchema(
                "community", .list(.string), "Where the community lives (Discord, YouTube series, party).",
                example: "[Drill Lab Discord]"),
            FieldSchema(
                "surface", .string, "The discovery surface the week started from.",
                example: "bandcamp tag: drill"),
            lintIgnore,
        ])

    static let markers = RecordSchema(
        name: "markers", description: "The three sound markers.",
        fields: [
            FieldSchema("tempo", .string, "Tempo range.", example: "140-150"),
            FieldSchema("drums", .string, "Drum feel.", example: "half-time"),
            FieldSchema("signature", .string, "Signature synths or vocals.", example: "detuned saws"),
        ])

    static let track = RecordSchema(
        name: "track", description: "A key track or mix.",
        fields: [
            FieldSchema("title", .string, required: true, "The title.", example: "Skip Theory"),
            FieldSchema(
                "url", .url, required: true, "Where to hear it (http/https).",
                example: "https://amaka.bandcamp.com/track/skip-theory"),
            FieldSchema(
                "platform", .enumeration(Platform.words),
                "The platform; derived from the URL's host when omitted.",
                example: "bandcamp"),
            FieldSchema(
                "kind", .enumeration(TrackKind.words), "What it is (default `original`).", example: "edit"),
            FieldSchema("vocals", .boolean, "Whether it has vocals.", example: "true"),
            FieldSchema(
                "credits", .record(credits), "Who made it: credit precisely.",
                example: "\n  producer: [Amaka]\n  label: Night Shift Records"),
            FieldSchema(
                "support", .list(.url), "Buy, tip or pay-what-you-want links.",
                example: "[https://amaka.bandcamp.com/track/skip-theory]"),
            FieldSchema(
                "played-by", .list(.person), "DJs seen playing it in sets, tracklists or live clips.",
                example: "[DJ Kofi]"),
        ])

    static let credits = RecordSchema(
        name: "credits", description: "Who made a track.",
        fields: [
            FieldSchema("producer", .list(.person), "Producers.", example: "[Amaka]"),
            FieldSchema("vocalist", .list(.person), "Vocalists.", example: "[Tolu]"),
            FieldSchema("remixer", .list(.person), "Who made the remix or edit.", example: "[DJ Kofi]"),
            FieldSchema("dj", .list(.person), "The DJ of a mix or live set.", example: "[DJ Kofi]"),
            FieldSchema("featuring", .list(.person), "Featured artists.", example: "[Tolu]"),
            FieldSchema("engineer", .list(.person), "Mix or mastering engineers.", example: "[Sade]"),
            FieldSchema("artwork", .list(.person), "Cover artists.", example: "[Ify]"),
            FieldSchema("label", .string, "The label.", example: "Night Shift Records"),
            FieldSchema("collective", .string, "The collective.", example: "Drill Lab"),
            FieldSchema("self-released", .boolean, "Released by the artists themselves.", example: "true"),
            FieldSchema(
                "unknown", .boolean, "An unidentified track: shown as \"producer unknown — help identify\".",
                example: "true"),
        ])

    static let event = RecordSchema(
        name: "event", description: "An event. A street address is never a field: venue names only.",
        fields: [
            FieldSchema("name", .string, required: true, "The event's name.", example: "Night Shift 12"),
            FieldSchema("date", .date, required: true, "The date.", example: "2026-11-21"),
            FieldSchema("city", .string, "The city.", example: "Lagos"),
            FieldSchema("online", .boolean, "An online event.", example: "true"),
            FieldSchema("kind", .enumeration(EventKind.words), "What kind.", example: "club-night"),
            FieldSchema("series", .string, "The recurring series it belongs to.", example: "Night Shift"),
            FieldSchema("attendance", .integer, "How many people came.", example: "180"),
            FieldSchema("lineup", .list(.person), "Who played.", example: "[DJ Kofi, Amaka]"),
            FieldSchema(
                "footage", .list(.url), "Clips uploaded by attendees: documentation.",
                example: "[https://tiktok.com/@x/video/1]"),
            FieldSchema("tickets", .url, "Where to pay for entry.", example: "https://ra.co/events/1"),
            FieldSchema("private", .boolean, "Never published.", example: "true"),
        ])

    static let press = RecordSchema(
        name: "press", description: "Press coverage.",
        fields: [
            FieldSchema("outlet", .string, required: true, "The outlet.", example: "Campus Wave"),
            FieldSchema(
                "tier", .enumeration(PressTier.words), required: true,
                "`small` (local blog, campus station, niche newsletter) or `major`.", example: "small"),
            FieldSchema("url", .url, "The article.", example: "https://campuswave.example/drill"),
            FieldSchema("date", .date, "The date.", example: "2026-11-20"),
        ])

    static let howItsMade = RecordSchema(
        name: "how-its-made", description: "A producer sharing process.",
        fields: [
            FieldSchema("by", .person, required: true, "Who shared it.", example: "Amaka"),
            FieldSchema("kind", .enumeration(HowItsMadeKind.words), "What was shared.", example: "breakdown"),
            FieldSchema("url", .url, "Where.", example: "https://youtube.com/watch?v=abc"),
        ])
}
