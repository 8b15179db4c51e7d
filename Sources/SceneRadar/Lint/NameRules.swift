/// `name.duplicate`: two scene notes, or two people notes, that go by one name or alias (after
/// folding case, accents and spacing, as credits and wiki links are matched), or a scene's name
/// or alias that is another scene's slug. Credits and links with that name go to one note
/// silently (a scene by its slug, else its name, else an alias, see `LinkTargets`; otherwise
/// the note whose slug sorts first), so the other note's spelling is pointed out with where the
/// name is already taken. `radar new` refuses such a name; this finds what hand edits or a merge
/// bring in.
enum NameRules {
    /// One note's spellings: its name and aliases, each where it is written, and the file.
    struct Claims {
        let file: String
        let spellings: [Located<String>]
    }

    static func check(_ vault: Vault) -> [Diagnostic] {
        let sorted = vault.scenes.compactMap(\.scene).sorted { $0.slug < $1.slug }
        // In the order wiki links prefer them: every scene's name, then every alias.
        let scenes =
            sorted.map { Claims(file: $0.header.file, spellings: [$0.name]) }
            + sorted.map { Claims(file: $0.header.file, spellings: $0.aliases) }
        let people = vault.people.sorted { $0.slug < $1.slug }.map {
            Claims(file: $0.header.file, spellings: [$0.name] + $0.aliases)
        }
        // A spelling that is a scene's slug goes to that scene: `slugsTaken` says so.
        var bySlug: [String: Scene] = [:]
        for scene in sorted { bySlug[NameKey.fold(scene.slug)] = scene }
        return slugsTaken(in: sorted, bySlug: bySlug)
            + duplicates(in: scenes, kind: "scenes", matched: "wiki links", skipping: Set(bySlug.keys))
            + duplicates(in: people, kind: "people", matched: "credits and wiki links", loosely: true)
    }

    /// A scene's name or alias that is another scene's slug (`bySlug`: the scenes by folded
    /// slug): wiki links with it go to the scene of that slug.
    static func slugsTaken(in scenes: [Scene], bySlug slugs: [String: Scene]) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for scene in scenes {
            for spelling in [scene.name] + scene.aliases {
                guard let other = slugs[NameKey.fold(spelling.value)], other.slug != scene.slug else {
                    continue
                }
                found.append(
                    Diagnostic(
                        .nameDuplicate,
                        "'\(spelling.value)' is the folder name of another scene: wiki links with it go to \(other.header.file), not to this note",
                        at: spelling.location, length: spelling.value.unicodeScalars.count,
                        notes: [.init("that scene's profile", at: other.header.location)]))
            }
        }
        return found
    }

    /// The spellings of `notes` (in slug order) whose key an earlier note already has; `kind`
    /// names the notes and `matched` what finds them by name, for the message.
    /// `loosely`: keys that meet once punctuation is removed are the same name too, as credits
    /// take them to be (SPEC §3).
    /// `skipping`: keys left out (another rule speaks for them).
    static func duplicates(
        in notes: [Claims], kind: String, matched: String, loosely: Bool = false, skipping: Set<String> = []
    ) -> [Diagnostic] {
        var owner: [String: (file: String, at: SourceLocation)] = [:]
        var looseOwner: [String: (file: String, at: SourceLocation, spelling: String)] = [:]
        var found: [Diagnostic] = []
        for note in notes {
            var own = Set<String>()
            var ownLoose = Set<String>()
            for spelling in note.spellings {
                let key = NameKey.fold(spelling.value)
                guard !key.isEmpty, !skipping.contains(key), own.insert(key).inserted else { continue }
                let loose = loosely ? NameKey.loose(key) : ""
                if !loose.isEmpty, ownLoose.insert(loose).inserted, owner[key] == nil {
                    if let first = looseOwner[loose] {
                        found.append(
                            Diagnostic(
                                .nameDuplicate,
                                "two \(kind) go by '\(spelling.value)': it is '\(first.spelling)' once punctuation is removed, "
                                    + "so \(matched) spelled otherwise go to \(first.file), not to this note",
                                at: spelling.location, length: spelling.value.unicodeScalars.count,
                                notes: [.init("it is taken here", at: first.at)]))
                    } else {
                        looseOwner[loose] = (note.file, spelling.location, spelling.value)
                    }
                }
                guard let first = owner[key] else {
                    owner[key] = (note.file, spelling.location)
                    continue
                }
                // A scene's alias that is its own name (its claims come in two parts).
                if first.file == note.file { continue }
                found.append(
                    Diagnostic(
                        .nameDuplicate,
                        "two \(kind) go by '\(spelling.value)': \(matched) with it go to \(first.file), not to this note",
                        at: spelling.location, length: spelling.value.unicodeScalars.count,
                        notes: [.init("it is taken here", at: first.at)]))
            }
        }
        return found
    }
}
