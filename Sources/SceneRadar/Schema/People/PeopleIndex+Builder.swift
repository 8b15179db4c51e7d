extension PeopleIndex {
    /// Groups spellings by key in one pass over the references, then names every group.
    /// Variant spellings: the canonical spelling each should be, with a note saying why.
    typealias Variants = [String: (expected: String, notes: [Diagnostic.Note])]

    struct Builder {
        private struct Group {
            var noteSlug: String?
            var name: String?
            var isPrivate = false
            var counts: [String: Int] = [:]
            /// Every spelling the person's note gives, exactly as written (name and aliases).
            var declared: Set<String> = []
        }

        private var groups: [Group] = []
        private var keyToGroup: [String: Int] = [:]
        private var looseToGroup: [String: Int] = [:]
        private var noteToGroup: [String: Int] = [:]
        /// The exact spelling a note declares for a key (its name or an alias), first by key,
        /// then by the key without punctuation.
        private var declared: [String: String] = [:]
        private var declaredLoose: [String: String] = [:]
        private var cache: [String: (group: Int?, key: String)] = [:]
        private var diagnostics: [Diagnostic] = []
        /// Every private person's name, aliases and slug, and the `withheld` names: a person
        /// without a note spelled as one of them (`Tess-Ondine`, `tess-ondine`), or whose name
        /// holds a distinctive one (`DJ Tess Ondine`), is private too.
        private var withheld = WithheldNames()

        /// - Parameter withheld: names of notes that could not be read, which may have marked
        ///   someone private.
        init(people: [Person], withheld names: [String] = []) {
            for name in names { withhold(name) }
            for person in people.sorted(by: { $0.slug < $1.slug }) {
                let spellings = person.spellings
                if person.isPrivate {
                    for spelling in person.withheldSpellings { withhold(spelling) }
                }
                let index = groups.count
                groups.append(
                    Group(
                        noteSlug: person.slug, name: person.name.value, isPrivate: person.isPrivate,
                        declared: Set(spellings)))
                noteToGroup[person.slug] = index
                for spelling in spellings {
                    let key = NameKey.fold(spelling)
                    if keyToGroup[key] == nil {
                        keyToGroup[key] = index
                        declared[key] = spelling
                    }
                    // A spelling made only of punctuation meets no other without it.
                    let loose = NameKey.loose(key)
                    if !loose.isEmpty, looseToGroup[loose] == nil {
                        looseToGroup[loose] = index
                        declaredLoose[loose] = spelling
                    }
                }
            }
        }

        /// Withholds every name that meets `spelling` (see `WithheldNames`).
        private mutating func withhold(_ spelling: String) {
            withheld.insert(spelling)
        }

        /// Whether a group without a note is spelled as, or holds, a withheld name (each
        /// spelling's folded key is in `cache` already).
        private func isWithheld(_ group: Group) -> Bool {
            group.noteSlug == nil && !withheld.isEmpty
                && group.counts.keys.contains { text in
                    withheld.contains(key: cache[text]?.key ?? NameKey.fold(text))
                }
        }

        /// The spellings of `references` with how often each is written, and the `people/<slug>`
        /// references apart (one hash per reference: a vault names a few thousand people
        /// through hundreds of thousands of references).
        static func count<S: Sequence>(_ references: S) -> (counts: [String: Int], explicit: [PersonRef])
        where S.Element == PersonRef {
            count { body in references.forEach(body) }
        }

        /// `count` over the references `visit` calls its argument with (none gathered first).
        static func count(
            _ visit: ((PersonRef) -> Void) -> Void
        ) -> (counts: [String: Int], explicit: [PersonRef]) {
            var counts: [String: Int] = [:]
            var explicit: [PersonRef] = []
            visit { reference in
                if reference.isNoteReference {
                    explicit.append(reference)
                } else {
                    counts[reference.text, default: 0] += 1
                }
            }
            return (counts, explicit)
        }

        /// `count` over the addresses of the references `visit` calls its argument with: only
        /// the spelling of each is read (copying whole references was a visible cost).
        static func countAddresses(
            _ visit: ((UnsafePointer<PersonRef>) -> Void) -> Void
        ) -> (counts: [String: Int], explicit: [PersonRef]) {
            var counts: [String: Int] = [:]
            var explicit: [PersonRef] = []
            visit { reference in
                if reference.pointee.isNoteReference {
                    explicit.append(reference.pointee)
                } else {
                    counts[reference.pointee.text, default: 0] += 1
                }
            }
            return (counts, explicit)
        }

        /// Groups distinct spellings, in sorted order so the outcome never depends on input order.
        mutating func add(counts: [String: Int], explicit: [PersonRef]) {
            for reference in explicit { self.explicit(reference) }
            for text in counts.keys.sorted() {
                let group = group(for: text)
                groups[group].counts[text, default: 0] += counts[text] ?? 0
            }
        }

        private mutating func explicit(_ reference: PersonRef) {
            guard let slug = reference.explicitSlug, noteToGroup[slug] == nil else { return }
            diagnostics.append(
                Diagnostic(
                    .linkUnresolved,
                    "'\(reference.text)' points at people/\(slug).md, which does not exist",
                    at: reference.location, length: reference.writtenLength,
                    notes: [.init("create the note, or write the person's name instead")]))
        }

        private mutating func group(for text: String) -> Int {
            if let cached = cache[text], let group = cached.group { return group }
            let key = NameKey.fold(text)
            let loose = NameKey.loose(key)
            let group: Int
            if let found = keyToGroup[key] ?? (loose.isEmpty ? nil : looseToGroup[loose]) {
                group = found
            } else {
                group = groups.count
                groups.append(Group())
                keyToGroup[key] = group
                if !loose.isEmpty { looseToGroup[loose] = group }
            }
            cache[text] = (group, key)
            return group
        }

        /// The index (without the variant warnings) and the spellings that are variants.
        mutating func finish() -> (index: PeopleIndex, variants: Variants) {
            let names = groups.map { group in
                group.name ?? group.counts.max { a, b in
                    a.value < b.value || (a.value == b.value && a.key > b.key)
                }?.key ?? ""
            }
            let slugs = slugsForGroups(names: names)
            let variants = self.variants(names: names)
            // Identities sorted by slug; remap group indices.
            let order = groups.indices.sorted { slugs[$0] < slugs[$1] }
            var position = [Int](repeating: 0, count: groups.count)
            for (rank, group) in order.enumerated() { position[group] = rank }
            let identities = order.map { group in
                Identity(
                    slug: slugs[group], name: names[group], noteSlug: groups[group].noteSlug,
                    isPrivate: groups[group].isPrivate || isWithheld(groups[group]))
            }
            var exact: [String: Int] = [:]
            for (text, cached) in cache { if let group = cached.group { exact[text] = position[group] } }
            let index = PeopleIndex(
                identities: identities, diagnostics: diagnostics, exact: exact,
                keys: keyToGroup.mapValues { position[$0] },
                looseKeys: looseToGroup.mapValues { position[$0] },
                noteSlugs: noteToGroup.mapValues { position[$0] }, withheld: withheld)
            return (index, variants)
        }

        /// Note slugs stay; others fold their name, with the FNV-1a hash of the key appended where
        /// the fold is empty or collides with another person's slug.
        private func slugsForGroups(names: [String]) -> [String] {
            var slugs = [String](repeating: "", count: groups.count)
            var claimed: [String: Int] = [:]
            for (index, group) in groups.enumerated() {
                if let slug = group.noteSlug {
                    slugs[index] = slug
                    claimed[slug, default: 0] += 2
                } else {
                    slugs[index] = Slug.from(foldedName: NameKey.fold(names[index]))
                    claimed[slugs[index], default: 0] += 1
                }
            }
            for (index, group) in groups.enumerated() where group.noteSlug == nil {
                let base = slugs[index]
                if base.isEmpty || claimed[base, default: 0] > 1 {
                    let hash = FNV1a.hex(NameKey.fold(names[index]))
                    slugs[index] = base.isEmpty ? hash : base + "-" + hash
                }
            }
            return slugs
        }

        /// Each distinct spelling that differs from its person's canonical one.
        private func variants(names: [String]) -> Variants {
            var variants: Variants = [:]
            for (text, cached) in cache {
                guard let group = cached.group else { continue }
                // A spelling the person's note gives is theirs, even where another of its
                // spellings folds to the same key ("DJ Kofi" named, "Dj Kofi" an alias).
                guard !groups[group].declared.contains(text) else { continue }
                let expected =
                    groups[group].noteSlug != nil ? declaredSpelling(cached.key, names[group]) : names[group]
                guard text != expected else { continue }
                let note: Diagnostic.Note
                let lookAlikes = NameKey.mixedLookAlikes(in: text)
                if !lookAlikes.isEmpty {
                    let letters = lookAlikes.map {
                        "'\($0)' (\($0.properties.name ?? "U+" + String($0.value, radix: 16, uppercase: true)))"
                    }
                    note = .init(
                        "it is written with \(letters.joined(separator: ", ")), "
                            + (letters.count == 1
                                ? "a letter drawn like a Latin one" : "letters drawn like Latin ones"))
                } else if let slug = groups[group].noteSlug {
                    note = .init(
                        "people/\(slug).md names them '\(names[group])'; add this spelling to its aliases if it is theirs too"
                    )
                } else {
                    let count = groups[group].counts[expected] ?? 0
                    let times = "\(count) \(count == 1 ? "time" : "times")"
                    // A tie is broken by sort order: say so, and how to choose.
                    let tied = groups[group].counts[text] == count
                    note = .init(
                        tied
                            ? "'\(expected)' and '\(text)' are written as often (\(times) each); '\(expected)' comes "
                                + "first in sort order; a note in people/ with the name you want settles it"
                            : "'\(expected)' is the most frequent spelling (\(times))")
                }
                variants[text] = (expected, [note])
            }
            return variants
        }

        /// The spelling a note gives for the folded `key`: the one with that key, else the one
        /// with its key without punctuation ("KOFI." is "Kofi" before "K.O.F.I"), else `name`.
        private func declaredSpelling(_ key: String, _ name: String) -> String {
            if let spelling = declared[key] { return spelling }
            let loose = NameKey.loose(key)
            return declared[loose] ?? declaredLoose[loose] ?? name
        }

        /// One warning per reference written as a variant.
        static func variantDiagnostics<S: Sequence>(_ references: S, _ variants: Variants) -> [Diagnostic]
        where S.Element == PersonRef {
            variantDiagnostics({ body in references.forEach(body) }, variants)
        }

        /// `variantDiagnostics` over the references `visit` calls its argument with.
        static func variantDiagnostics(
            _ visit: ((PersonRef) -> Void) -> Void, _ variants: Variants
        ) -> [Diagnostic] {
            guard !variants.isEmpty else { return [] }
            var found: [Diagnostic] = []
            visit { reference in
                guard let (expected, notes) = variants[reference.text] else { return }
                found.append(
                    Diagnostic(
                        .creditNameVariant, "'\(reference.text)' is a variant spelling of '\(expected)'",
                        at: reference.location, length: reference.writtenLength, notes: notes,
                        fixIt: reference.writtenStyle.flatMap { style in
                            style.written(expected).map {
                                .init("replace with '\(expected)'", replacement: $0)
                            }
                        }))
            }
            return found
        }
    }
}
