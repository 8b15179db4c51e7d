/// The names that are never published (SPEC §3) — a scene's private containers' and every
/// private person's — and the scene's notes and analysis as its pages show them: every short text
/// of the curator's that names one of them — a track's label or collective, an event's name or
/// series, a press outlet, a sound-alike, a vocabulary term, a tag, the tool, the visual
/// language, an infrastructure entry, a bridge's note, the sound markers, the scene's place and
/// an event's city, and the evidence built from them — reads "a private party (name withheld)"
/// or "uncredited (private)" instead.
///
/// Not withheld: a note's prose, a track's title (the artist's own published work) and the
/// scene's other containers, which are public. People's credits have their own privacy
/// (`PeopleIndex`). A log's `community` and `surface` are withheld on its page (`LogPage`),
/// where a private address among them is left out first.
struct PrivateNames {
    /// One name to withhold, and what a text that names it reads instead.
    struct Entry: Sendable {
        /// The name as words within a text (see `wordForms`).
        let words: [String]
        /// For a short single name, withheld only as the whole text: its letters and digits.
        let letters: String?
        let replacement: String
    }

    let entries: [Entry]

    /// The private containers of `scene`'s profile (none without one), and the private people
    /// (`people(_:)`).
    init(_ scene: Scene?, people: [Entry] = []) {
        let containers = (scene?.formation.containers ?? []).compactMap { container -> Entry? in
            guard container.isPrivate, let name = container.name else { return nil }
            var words = Self.wordForms(name)
            guard let spaced = words.first else { return nil }
            // Each private container's name as words, read both ways a dash or an underscore
            // can be read (" drill lab " and " drilllab " for "Drill-Lab"), and with its words
            // run together (" hiddenden " for "Hidden Den", written "HiddenDen" or with a
            // zero-width space between the words).
            let together = " " + spaced.filter { $0 != " " } + " "
            if !words.contains(together) { words.append(together) }
            return Entry(
                words: words, letters: nil, replacement: FormationChecklist.keptPrivate(container.kind))
        }
        entries = containers + people
    }

    /// The entries of private people's `spellings` (names, aliases, slugs, and names of notes
    /// radar could not read): a distinctive name (`WithheldNames`) is withheld within a text
    /// ("Qzorbex Vantrell Presents"), a short single one ("Kai") only as the whole text.
    static func people(_ spellings: [String]) -> [Entry] {
        var seen: Set<String> = []
        var entries: [Entry] = []
        for spelling in spellings {
            let key = NameKey.fold(spelling)
            let letters = NameKey.compact(key)
            guard !letters.isEmpty, seen.insert(letters).inserted else { continue }
            let words = wordForms(spelling)
            let distinctive =
                words.first.map { $0.dropFirst().dropLast().contains(" ") } == true
                || letters.count >= WithheldNames.distinctiveLetters
            entries.append(
                Entry(
                    words: distinctive ? words : [], letters: letters, replacement: PeopleIndex.privateLabel))
        }
        return entries
    }

    /// `text`, or what it reads instead when it names one of the entries: by its whole name, or
    /// its name as words within it ("the Hideout chat"), whether a dash between two of its
    /// words is written as a dash, a space or nothing ("Drill-Lab", "drill lab", "DrillLab").
    func text(_ text: String) -> String {
        guard !entries.isEmpty else { return text }
        let forms = Self.wordForms(text)
        var letters: String?
        for entry in entries {
            if entry.words.contains(where: { name in forms.contains { ByteSearch.contains($0, name) } }) {
                return entry.replacement
            }
            if let name = entry.letters {
                if letters == nil { letters = NameKey.compact(NameKey.fold(text)) }
                if letters == name { return entry.replacement }
            }
        }
        return text
    }

    /// `notes` as the site shows them (see the type); the notes themselves when no name is
    /// private.
    func notes(_ notes: Vault.SceneNotes) -> Vault.SceneNotes {
        guard !entries.isEmpty else { return notes }
        var shown = notes
        if var scene = shown.scene {
            scene.place = scene.place.map(text)
            scene.tags = scene.tags.map(text)
            scene.sound.tempo = scene.sound.tempo.map(located)
            scene.sound.drums = scene.sound.drums.map(text)
            scene.sound.signature = scene.sound.signature.map(text)
            scene.vocabulary = scene.vocabulary.map(located)
            scene.formation.tool = scene.formation.tool.map(located)
            scene.formation.visuals = scene.formation.visuals.map(located)
            for index in scene.formation.bridges.indices {
                scene.formation.bridges[index].note = scene.formation.bridges[index].note.map(text)
            }
            for index in scene.infrastructure.indices {
                scene.infrastructure[index].name = text(scene.infrastructure[index].name)
            }
            shown.scene = scene
        }
        for index in shown.logs.indices {
            log(&shown.logs[index])
        }
        return shown
    }

    /// `analysis` with the labels and details of its evidence as the site shows them.
    func analysis(_ analysis: SceneAnalysis) -> SceneAnalysis {
        guard !entries.isEmpty else { return analysis }
        var shown = analysis
        for index in shown.signals.indices {
            shown.signals[index].evidence = shown.signals[index].evidence.map(evidence)
        }
        shown.majorPress = shown.majorPress.map(evidence)
        return shown
    }

    private func log(_ log: inout WeeklyLog) {
        for index in log.tracks.indices {
            log.tracks[index].credits.label = log.tracks[index].credits.label.map(text)
            log.tracks[index].credits.collective = log.tracks[index].credits.collective.map(text)
        }
        for index in log.events.indices {
            log.events[index].name = text(log.events[index].name)
            log.events[index].series = log.events[index].series.map(text)
            log.events[index].city = log.events[index].city.map(text)
        }
        log.markers.tempo = log.markers.tempo.map(text)
        log.markers.drums = log.markers.drums.map(text)
        log.markers.signature = log.markers.signature.map(text)
        for index in log.press.indices {
            log.press[index].outlet = text(log.press[index].outlet)
        }
        log.soundalikes = log.soundalikes.map(located)
        log.vocabulary = log.vocabulary.map(located)
    }

    private func located(_ value: Located<String>) -> Located<String> {
        var shown = value
        shown.value = text(value.value)
        return shown
    }

    private func evidence(_ item: Evidence) -> Evidence {
        var shown = item
        shown.label = text(item.label)
        shown.detail = item.detail.map(text)
        return shown
    }

    /// `text` as words between spaces, punctuation dropped, with dashes and underscores read as
    /// spaces and, apart, as nothing, and look-alike letters read as Latin ones
    /// (`NameKey.latinLookAlikes`); none when it has no letter or digit.
    private static func wordForms(_ text: String) -> [String] {
        let folded = NameKey.latinLookAlikes(NameKey.fold(text))
        let spaced = NameKey.withoutPunctuation(folded)
        guard !spaced.isEmpty else { return [] }
        var forms = [" " + spaced + " "]
        let joined = NameKey.withoutPunctuation(folded, joiningDashes: true)
        if joined != spaced { forms.append(" " + joined + " ") }
        // "the Den's chat" names "Den": read also without the possessive.
        let plain = withoutPossessives(folded)
        if plain != folded {
            for form in wordForms(plain) where !forms.contains(form) { forms.append(form) }
        }
        return forms
    }

    /// `text` without the `'s` or `’s` that ends a word.
    private static func withoutPossessives(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var kept = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "'" || scalars[index] == "\u{2019}", index + 1 < scalars.count,
                scalars[index + 1] == "s",
                index + 2 == scalars.count || !scalars[index + 2].properties.isAlphabetic
            {
                index += 2
                continue
            }
            kept.append(scalars[index])
            index += 1
        }
        return String(kept)
    }
}
