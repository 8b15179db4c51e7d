/// The names under which a person without a note is withheld as private: every private
/// person's name, alias and slug, and the names of person notes radar could not read (which may
/// have said `private: true`).
///
/// A name meets a withheld one when their letters and digits are the same (`NameKey.compact`:
/// "Tess-Ondine", "tess_ondine", "Теss Ondine" with a Cyrillic Т), or when it holds a
/// distinctive withheld name as whole words ("DJ Tess Ondine", "Tess Ondine b2b Mira Solte",
/// "Tess Ondine (live)"): one of two words or more, or of one word of at least
/// `distinctiveLetters` letters. A short single name ("Kai") is withheld only as itself: held
/// in other names it would withhold many other people, and says little of who it is.
struct WithheldNames: Sendable {
    static let distinctiveLetters = 5

    /// Whether a name, as words between spaces (" tess ondine ") and as its letters and digits,
    /// is distinctive enough to be looked for within other names and texts.
    static func isDistinctive(words spaced: String, letters: String) -> Bool {
        spaced.dropFirst().dropLast().contains(" ") || letters.count >= distinctiveLetters
    }

    /// The compact keys.
    private var keys: Set<String> = []
    /// The distinctive names as words between spaces (" tess ondine "), each with its spelling.
    private var words: [(words: String, spelling: String)] = []

    var isEmpty: Bool { keys.isEmpty }

    /// Withholds `spelling`, and each part of it between commas: an `aliases` written
    /// `QZV Sound, Q Vantrell` without brackets is one alias, but names two. A spelling of
    /// punctuation alone ("!!!") has no letters: then every such name is withheld, as no other
    /// key tells them apart (privacy fails closed).
    mutating func insert(_ spelling: String) {
        let parts =
            spelling.contains(",") ? [spelling] + spelling.split(separator: ",").map(String.init) : [spelling]
        for part in parts {
            let key = NameKey.fold(part)
            let compact = NameKey.compact(key)
            guard keys.insert(compact).inserted else { continue }
            let spaced = Self.words(key)
            if Self.isDistinctive(words: spaced, letters: compact),
                !words.contains(where: { $0.words == spaced })
            {
                words.append((spaced, part.trimmingSpaces()))
            }
        }
    }

    /// Whether the name whose folded key is `key` meets a withheld one.
    func contains(key: String) -> Bool {
        guard !keys.isEmpty else { return false }
        if keys.contains(NameKey.compact(key)) { return true }
        guard !words.isEmpty else { return false }
        return distinctiveName(in: key) != nil
    }

    /// The withheld distinctive name that the text whose folded key is `key` holds as whole
    /// words, as it was spelled.
    func distinctiveName(in key: String) -> String? {
        guard !words.isEmpty else { return nil }
        let spaced = Self.words(key)
        return words.first { ByteSearch.contains(spaced, $0.words) }?.spelling
    }

    /// `key`'s words between single spaces, with one before and after, punctuation dropped and
    /// look-alike letters read as Latin ones.
    private static func words(_ key: String) -> String {
        " " + NameKey.latinLookAlikes(NameKey.withoutPunctuation(key)) + " "
    }
}
