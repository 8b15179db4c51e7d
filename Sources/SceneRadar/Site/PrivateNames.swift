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
        /// `letters` as bytes.
        let lettersBytes: [UInt8]?
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
            lettersBytes = letters.map { Array($0.utf8) }
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
                return entry.lettersBytes.map { $0.elementsEqual(found) } == true
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
        for index in analysis.signals.indices {
            for (item, evidence) in analysis.signals[index].evidence.enumerated() {
                if let changed = self.evidence(evidence) { shown.signals[index].evidence[item] = changed }
            }
        }
        for (item, evidence) in analysis.majorPress.enumerated() {
            if let changed = self.evidence(evidence) { shown.majorPress[item] = changed }
        }
        return shown
    }

    /// The text as shown, or nil when it is shown as written.
    private func changed(_ value: String) -> String? {
        let shown = text(value)
        return shown == value ? nil : shown
    }

    /// Sets `value` to what `changed` gives, when it gives something; says whether it did.
    private func update(_ value: inout String?, _ changed: String?) -> Bool {
        guard let changed else { return false }
        value = changed
        return true
    }

    /// The located texts as shown, or nil when all are shown as written.
    private func changed(_ values: [Located<String>]) -> [Located<String>]? {
        var shown = values
        var any = false
        for (index, value) in values.enumerated() {
            if let text = changed(value.value) {
                shown[index].value = text
                any = true
            }
        }
        return any ? shown : nil
    }

    /// The profile as shown, or nil when nothing in it changes.
    private func scene(_ profile: Scene) -> Scene? {
        var scene = profile
        var any = false
        func set(_ value: inout String?, _ written: String?) {
            if update(&value, written.flatMap(changed)) { any = true }
        }
        set(&scene.place, profile.place)
        set(&scene.sound.drums, profile.sound.drums)
        set(&scene.sound.signature, profile.sound.signature)
        if let tempo = profile.sound.tempo, let text = changed(tempo.value) {
            scene.sound.tempo?.value = text
            any = true
        }
        if let tool = profile.formation.tool, let text = changed(tool.value) {
            scene.formation.tool?.value = text
            any = true
        }
        for (index, tag) in profile.tags.enumerated() {
            if let text = changed(tag) {
                scene.tags[index] = text
                any = true
            }
        }
        if let values = changed(profile.vocabulary) {
            scene.vocabulary = values
            any = true
        }
        if let values = changed(profile.formation.visuals) {
            scene.formation.visuals = values
            any = true
        }
        for (index, bridge) in profile.formation.bridges.enumerated() {
            if let text = bridge.note.flatMap(changed) {
                scene.formation.bridges[index].note = text
                any = true
            }
        }
        for (index, entry) in profile.infrastructure.enumerated() {
            if let text = changed(entry.name) {
                scene.infrastructure[index].name = text
                any = true
            }
        }
        return any ? scene : nil
    }

    /// The log as shown, or nil when nothing in it changes.
    private func log(_ written: WeeklyLog) -> WeeklyLog? {
        var log = written
        var any = false
        func set(_ value: inout String?, _ text: String?) {
            if update(&value, text.flatMap(changed)) { any = true }
        }
        for (index, track) in written.tracks.enumerated() {
            let label = track.credits.label.flatMap(changed)
            let collective = track.credits.collective.flatMap(changed)
            if label != nil || collective != nil {
                if let label { log.tracks[index].credits.label = label }
                if let collective { log.tracks[index].credits.collective = collective }
                any = true
            }
        }
        for (index, event) in written.events.enumerated() {
            let name = changed(event.name)
            let series = event.series.flatMap(changed)
            let city = event.city.flatMap(changed)
            if name != nil || series != nil || city != nil {
                if let name { log.events[index].name = name }
                if let series { log.events[index].series = series }
                if let city { log.events[index].city = city }
                any = true
            }
        }
        set(&log.markers.tempo, written.markers.tempo)
        set(&log.markers.drums, written.markers.drums)
        set(&log.markers.signature, written.markers.signature)
        for (index, press) in written.press.enumerated() {
            if let outlet = changed(press.outlet) {
                log.press[index].outlet = outlet
                any = true
            }
        }
        if let values = changed(written.soundalikes) {
            log.soundalikes = values
            any = true
        }
        if let values = changed(written.vocabulary) {
            log.vocabulary = values
            any = true
        }
        return any ? log : nil
    }

    /// The evidence as shown, or nil when it is shown as written.
    private func evidence(_ item: Evidence) -> Evidence? {
        let label = changed(item.label)
        let detail = item.detail.flatMap(changed)
        guard label != nil || detail != nil else { return nil }
        var shown = item
        if let label { shown.label = label }
        if let detail { shown.detail = detail }
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
