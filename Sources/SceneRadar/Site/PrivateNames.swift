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
        /// Its words, when they are ASCII: an ASCII text that names it holds each of them, its
        /// letters in a row, once all but letters and digits are dropped (`mayName`). Nil when
        /// no ASCII text can name it by its words.
        let anchors: [[UInt8]]?
        /// For a name of one word, one that a text may write as two or more ("Gloom Haven" for
        /// "GloomHaven"): that word.
        let oneWord: String?

        init(words: [String], letters: String?, replacement: String, splits: Bool = false) {
            self.words = words
            self.letters = letters
            self.replacement = replacement
            let first = words.first?.dropFirst().dropLast() ?? ""
            oneWord = splits && !first.isEmpty && !first.contains(" ") ? String(first) : nil
            let spaced = words.first?.split(separator: " ").map(String.init) ?? []
            anchors =
                !spaced.isEmpty && spaced.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }
                ? spaced.map { Array($0.utf8) } : nil
        }
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
                words: words, letters: nil, replacement: FormationChecklist.keptPrivate(container.kind),
                splits: true)
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
                words.first.map { WithheldNames.isDistinctive(words: $0, letters: letters) } == true
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
        if !mayName(text) { return text }
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
            if let name = entry.oneWord, let spaced = forms.first, Self.joins(spaced, into: name) {
                return entry.replacement
            }
        }
        return text
    }

    /// Whether some run of two or more words of `spaced` (" gloom haven server ") written
    /// together is `word` ("gloomhaven").
    private static func joins(_ spaced: String, into word: String) -> Bool {
        let words = spaced.split(separator: " ")
        for start in words.indices {
            var joined = String(words[start])
            for next in words[(start + 1)...] {
                guard joined.utf8.count < word.utf8.count else { break }
                joined += next
                if joined == word { return true }
            }
        }
        return false
    }

    /// Whether an entry may name `text` (nearly every text names none), told without folding
    /// it: its lower-case ASCII letters and digits, all else dropped, hold each of an entry's
    /// anchors, or are a short name's letters. A text that names an entry in any way `text`
    /// finds passes: folding such a text only drops and lowers characters, and the words of a
    /// name are letters in a row. A text with other letters, or marks, is always read in full;
    /// so is one with punctuation other than the quotes, dashes and spaces evidence and titles
    /// hold (“ ” ‘ ’ – — … and the no-break space).
    private func mayName(_ text: String) -> Bool {
        var letters: [UInt8] = []
        letters.reserveCapacity(text.utf8.count)
        var bytes = text.utf8.makeIterator()
        while let byte = bytes.next() {
            switch byte {
            case 0x30...0x39, 0x61...0x7A: letters.append(byte)
            case 0x41...0x5A: letters.append(byte + 0x20)
            case 0..<0x80: continue
            case 0xC2:
                // U+00A0, the no-break space.
                guard bytes.next() == 0xA0 else { return true }
            case 0xE2:
                // U+2013 and U+2014, U+2018 and U+2019, U+201C and U+201D, U+2026.
                guard bytes.next() == 0x80, let last = bytes.next(),
                    [0x93, 0x94, 0x98, 0x99, 0x9C, 0x9D, 0xA6].contains(last)
                else { return true }
            default: return true
            }
        }
        return letters.withUnsafeBufferPointer { found in
            entries.contains { entry in
                if let anchors = entry.anchors,
                    anchors.allSatisfy({ anchor in
                        anchor.withUnsafeBufferPointer { ByteSearch.firstOffset(of: $0, in: found) != nil }
                    })
                {
                    return true
                }
                return entry.letters.map { $0.utf8.elementsEqual(found) } == true
            }
        }
    }

    /// `notes` as the site shows them (see the type); the notes themselves when no name is
    /// private. Only a value that changes is written: a write would copy the arrays around it.
    func notes(_ notes: Vault.SceneNotes) -> Vault.SceneNotes {
        guard !entries.isEmpty else { return notes }
        var shown = notes
        if let profile = notes.scene, let scene = self.scene(profile) { shown.scene = scene }
        for index in notes.logs.indices {
            if let log = self.log(notes.logs[index]) { shown.logs[index] = log }
        }
        return shown
    }

    /// `analysis` with the labels and details of its evidence as the site shows them.
    func analysis(_ analysis: SceneAnalysis) -> SceneAnalysis {
        guard !entries.isEmpty else { return analysis }
        var shown = analysis
        for (index, signal) in analysis.signals.enumerated() {
            var evidence = signal.evidence
            if update(&evidence, self.evidence) { shown.signals[index].evidence = evidence }
        }
        _ = update(&shown.majorPress, evidence)
        return shown
    }

    /// The text as shown, or nil when it is shown as written.
    private func changed(_ value: String) -> String? {
        let shown = text(value)
        return shown == value ? nil : shown
    }

    /// Sets `value` to its text as shown; says whether that is another.
    private func update(_ value: inout String) -> Bool {
        guard let text = changed(value) else { return false }
        value = text
        return true
    }

    /// `update` for a text that may be missing.
    private func update(_ value: inout String?) -> Bool {
        guard let written = value, let text = changed(written) else { return false }
        value = text
        return true
    }

    /// `update` for a located text that may be missing.
    private func update(_ value: inout Located<String>?) -> Bool {
        guard let written = value, let text = changed(written.value) else { return false }
        value?.value = text
        return true
    }

    /// Sets each of `values` that `shown` gives another for (nil when it is shown as written);
    /// says whether any. Only a changed element is written: until then the array keeps the
    /// storage it shares with the notes as written.
    private func update<Element>(_ values: inout [Element], _ shown: (Element) -> Element?) -> Bool {
        var changed: [Element]?
        for (index, element) in values.enumerated() {
            if let element = shown(element) {
                if changed == nil { changed = values }
                changed?[index] = element
            }
        }
        guard let changed else { return false }
        values = changed
        return true
    }

    /// The profile as shown, or nil when nothing in it changes.
    private func scene(_ profile: Scene) -> Scene? {
        var scene = profile
        let changes = [
            update(&scene.place), update(&scene.sound.drums), update(&scene.sound.signature),
            update(&scene.sound.tempo), update(&scene.formation.tool), update(&scene.tags, { changed($0) }),
            update(&scene.vocabulary, located), update(&scene.formation.visuals, located),
            update(&scene.formation.bridges, bridge), update(&scene.infrastructure, infrastructure),
        ]
        return changes.contains(true) ? scene : nil
    }

    /// The log as shown, or nil when nothing in it changes.
    private func log(_ written: WeeklyLog) -> WeeklyLog? {
        var log = written
        let changes = [
            update(&log.tracks, track), update(&log.events, event), update(&log.markers.tempo),
            update(&log.markers.drums), update(&log.markers.signature), update(&log.press, press),
            update(&log.soundalikes, located), update(&log.vocabulary, located),
        ]
        return changes.contains(true) ? log : nil
    }

    // Each element as shown, or nil when it is shown as written.

    private func located(_ value: Located<String>) -> Located<String>? {
        var shown = value
        return update(&shown.value) ? shown : nil
    }

    private func track(_ track: Track) -> Track? {
        var shown = track
        return [update(&shown.credits.label), update(&shown.credits.collective)].contains(true) ? shown : nil
    }

    private func event(_ event: Event) -> Event? {
        var shown = event
        return [update(&shown.name), update(&shown.series), update(&shown.city)].contains(true) ? shown : nil
    }

    private func press(_ press: Press) -> Press? {
        var shown = press
        return update(&shown.outlet) ? shown : nil
    }

    private func bridge(_ bridge: FormationBridge) -> FormationBridge? {
        var shown = bridge
        return update(&shown.note) ? shown : nil
    }

    private func infrastructure(_ entry: Infrastructure) -> Infrastructure? {
        var shown = entry
        return update(&shown.name) ? shown : nil
    }

    private func evidence(_ item: Evidence) -> Evidence? {
        var shown = item
        return [update(&shown.label), update(&shown.detail)].contains(true) ? shown : nil
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
        guard folded.utf8.contains(0x27) || folded.unicodeScalars.contains("\u{2019}") else { return forms }
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
