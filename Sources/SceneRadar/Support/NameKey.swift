import Foundation

/// The match key of a person's name (SPEC §3): NFKC, bidi and zero-width characters removed,
/// case folded, accents stripped, runs of spaces collapsed.
///
/// Two spellings with the same key are one person. Names are overwhelmingly ASCII, so an
/// ASCII fast path avoids Foundation's slow Unicode folding on Linux; callers that fold the same
/// names many times keep a cache (see `NameKeyCache`).
public enum NameKey {
    /// The match key of `name`.
    public static func fold<S: StringProtocol>(_ name: S) -> String {
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return foldASCII(name.utf8) }
        let normalized = String(name).precomposedStringWithCompatibilityMapping
        var kept = String.UnicodeScalarView()
        for scalar in normalized.unicodeScalars where !isInvisible(scalar) {
            if let replacement = letterTable[scalar] {
                kept.append(contentsOf: replacement.unicodeScalars)
            } else {
                kept.append(scalar)
            }
        }
        let folded = String(kept).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return collapseSpaces(folded.lowercased())
    }

    /// Only the letters and digits of a key, Cyrillic and Greek letters drawn like Latin ones read
    /// as those (`latinLookAlikes`): "Tess Ondine", "Tess-Ondine", "tess_ondine", the slug
    /// "tess-ondine" and "Теss Ondine" with a Cyrillic Т all give "tessondine". Names that meet
    /// only here are not taken for one person, but a private person's is withheld under every
    /// one of them.
    public static func compact(_ key: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in key.unicodeScalars
        where scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
            scalars.append(lookAlikeTable[scalar] ?? scalar)
        }
        return String(scalars)
    }

    /// The key credits match loosely (SPEC §3): `withoutPunctuation`, with a word that mixes
    /// Latin letters with Cyrillic or Greek ones drawn like Latin letters read all in Latin
    /// ("Ѕecret" with a Cyrillic Ѕ is "secret"): a name copied with a stray look-alike letter is
    /// the name it looks like. A word in one script keeps its letters ("Мах" is not "Max").
    public static func loose(_ key: String) -> String {
        if key.utf8.allSatisfy({ $0 < 0x80 }) { return withoutPunctuationASCII(key.utf8, false) }
        var words: [String] = []
        for word in key.split(separator: " ", omittingEmptySubsequences: false) {
            let isMixed =
                word.unicodeScalars.contains { $0.isASCII && $0.properties.isAlphabetic }
                && word.unicodeScalars.contains { lookAlikeTable[$0] != nil }
            words.append(isMixed ? latinLookAlikes(String(word)) : String(word))
        }
        return withoutPunctuationScalars(words.joined(separator: " "))
    }

    /// The letters of `text` that `loose` reads as Latin ones (each once, as written): the
    /// Cyrillic or Greek letters drawn like Latin ones in a word with Latin letters.
    public static func mixedLookAlikes(in text: String) -> [Unicode.Scalar] {
        guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return [] }
        func isLookAlike(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.lowercaseMapping.unicodeScalars.first.map { lookAlikeTable[$0] != nil } ?? false
        }
        var found: [Unicode.Scalar] = []
        for word in text.split(whereSeparator: \.isWhitespace)
        where word.unicodeScalars.contains(where: { $0.isASCII && $0.properties.isAlphabetic }) {
            for scalar in word.unicodeScalars where isLookAlike(scalar) && !found.contains(scalar) {
                found.append(scalar)
            }
        }
        return found
    }

    /// `key` (folded, so lower case) with each Cyrillic or Greek letter drawn like a Latin one
    /// read as that letter ("ѕесrеt" is "secret"), so that a name copied with a look-alike
    /// letter is still withheld when it is a private one's. Only for withholding: a name in
    /// Cyrillic stays its own name everywhere else.
    public static func latinLookAlikes(_ key: String) -> String {
        guard !key.utf8.allSatisfy({ $0 < 0x80 }) else { return key }
        var scalars = String.UnicodeScalarView()
        for scalar in key.unicodeScalars { scalars.append(lookAlikeTable[scalar] ?? scalar) }
        return String(scalars)
    }

    /// The key with punctuation removed as well ("D.J. Kofi" and "DJ Kofi" meet here); dashes
    /// and underscores part words, as spaces do ("Femke-Carrier" and "Femke Carrier" meet too).
    /// A name made only of punctuation ("!!!", "+/-") has an empty key here: it meets no other.
    /// `joiningDashes` drops dashes and underscores with the rest of the punctuation instead
    /// ("drill-lab" is "drilllab"), the other way a reader may write them.
    public static func withoutPunctuation(_ key: String, joiningDashes: Bool = false) -> String {
        if key.utf8.allSatisfy({ $0 < 0x80 }) { return withoutPunctuationASCII(key.utf8, joiningDashes) }
        return withoutPunctuationScalars(key, joiningDashes: joiningDashes)
    }

    /// `withoutPunctuation` by Unicode properties, for any text.
    static func withoutPunctuationScalars(_ key: String, joiningDashes: Bool = false) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in key.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .dashPunctuation, .connectorPunctuation: if !joiningDashes { scalars.append(" ") }
            case let category where category.isPunctuationOrSymbol: continue
            default: scalars.append(scalar)
            }
        }
        return collapseSpaces(String(scalars))
    }

    // MARK: - Pieces

    /// `withoutPunctuation` of ASCII text, byte by byte: every printable ASCII character that is
    /// not a letter, a digit or a space is punctuation or a symbol; whitespace runs (and `-` and
    /// `_`) become one space and control characters go, as `collapseSpaces` does.
    private static func withoutPunctuationASCII(_ bytes: String.UTF8View, _ joiningDashes: Bool) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        for byte in bytes {
            switch byte {
            case 0x09...0x0D, 0x20: pendingSpace = !out.isEmpty
            case 0x2D, 0x5F: if !joiningDashes { pendingSpace = !out.isEmpty }
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A:
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                out.append(byte)
            default: continue  // control, punctuation or symbol
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func foldASCII<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        for byte in bytes {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                pendingSpace = !out.isEmpty
                continue
            }
            if byte < 0x20 || byte == 0x7F { continue }
            if pendingSpace { out.append(0x20) }
            pendingSpace = false
            out.append(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func collapseSpaces(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if scalar.properties.generalCategory == .control { continue }
            if pendingSpace { out.append(" ") }
            pendingSpace = false
            out.append(scalar)
        }
        return String(out)
    }

    /// Bidi controls and zero-width characters: invisible, and a way to fake a distinct name.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF, 0x061C, 0x00AD:
            return true
        default:
            // Every other character Unicode says to draw as nothing: Hangul fillers (U+3164),
            // the Mongolian vowel separator, tags, musical format characters.
            return scalar.value >= 0x80 && scalar.properties.isDefaultIgnorableCodePoint
        }
    }

    /// Letters that diacritic folding leaves alone but readers treat as plain Latin letters,
    /// and the letters that look like an apostrophe (`Oʼneill`, U+02BC, the apostrophe Unicode
    /// recommends; `ʻ`, `ꞌ`, `ʾ`): as letters, not punctuation, they would make a name of their
    /// own, and a private person written with one a public person.
    /// Lower-case Cyrillic and Greek letters whose own or capital form is drawn like a Latin
    /// letter, as Unicode's confusables list pairs them (a folded key is in lower case: `в` is
    /// there for `В`, `н` for `Н`, Greek `η` for `Η`). Greek `ν` and `υ` are left out: their
    /// small and capital forms look like two different Latin letters, both used in names.
    private static let lookAlikeTable: [Unicode.Scalar: Unicode.Scalar] = [
        "а": "a", "в": "b", "с": "c", "ԁ": "d", "е": "e", "һ": "h", "н": "h", "і": "i", "ј": "j",
        "к": "k", "ӏ": "l", "м": "m", "о": "o", "р": "p", "ԛ": "q", "ѕ": "s", "т": "t", "у": "y",
        "ү": "y", "ԝ": "w", "х": "x", "ɡ": "g",
        "α": "a", "β": "b", "ε": "e", "η": "h", "ι": "i", "κ": "k", "μ": "m", "ο": "o", "ρ": "p", "τ": "t",
        "χ": "x", "ζ": "z", "ϲ": "c", "ϳ": "j",
    ]

    private static let letterTable: [Unicode.Scalar: String] = [
        "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ß": "ss", "ẞ": "ss",
        "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "þ": "th", "Þ": "th", "ð": "d", "Ð": "d",
        "ı": "i", "ħ": "h", "Ħ": "h",
        "\u{02B9}": "'", "\u{02BB}": "'", "\u{02BC}": "'", "\u{02BD}": "'", "\u{02BE}": "'", "\u{02BF}": "'",
        "\u{A78B}": "'", "\u{A78C}": "'",
    ]
}

extension Unicode.GeneralCategory {
    /// Punctuation and symbols: what `NameKey.withoutPunctuation` drops.
    var isPunctuationOrSymbol: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol,
            .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }
}
