/// `name.duplicate`: two scene notes, or two people notes, that go by one name or alias (after
/// folding case, accents and spacing, as credits and wiki links are matched). Credits and links
/// with that name go to the note whose slug sorts first, silently, so the later note's spelling
/// is pointed out with where the name is already taken. `radar new` refuses such a name; this
/// finds what hand edits or a merge bring in.
enum NameRules {
    /// One note's spellings: its name and aliases, each where it is written, and the file.
    struct Claims {
        let file: String
        let spellings: [Located<String>]
    }

    static func check(_ vault: Vault) -> [Diagnostic] {
        let scenes = vault.scenes.compactMap(\.scene).sorted { $0.slug < $1.slug }.map {
            Claims(file: $0.header.file, spellings: [$0.name] + $0.aliases)
        }
        let people = vault.people.sorted { $0.slug < $1.slug }.map {
            Claims(file: $0.header.file, spellings: [$0.name] + $0.aliases)
        }
        return duplicates(in: scenes, kind: "scenes", matched: "wiki links")
            + duplicates(in: people, kind: "people", matched: "credits and wiki links", loosely: true)
    }

    /// The spellings of `notes` (in slug order) whose key an earlier note already has; `kind`
    /// names the notes and `matched` what finds them by name, for the message.
    /// `loosely`: keys that meet once punctuation is removed are the same name too, as credits
    /// take them to be (SPEC §3).
    static func duplicates(in notes: [Claims], kind: String, matched: String, loosely: Bool = false)
        -> [Diagnostic]
    {
        var owner: [String: (file: String, at: SourceLocation)] = [:]
        var looseOwner: [String: (file: String, at: SourceLocation, spelling: String)] = [:]
        var found: [Diagnostic] = []
        for note in notes {
            var own = Set<String>()
            var ownLoose = Set<String>()
            for spelling in note.spellings {
                let key = NameKey.fold(spelling.value)
                guard !key.isEmpty, own.insert(key).inserted else { continue }
                let loose = loosely ? NameKey.withoutPunctuation(key) : ""
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
