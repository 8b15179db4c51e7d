/// How many columns text takes in a terminal, for output aligned with spaces (`radar score`'s
/// table): what `wcwidth` says, by grapheme cluster.
///
/// East Asian Wide and Fullwidth characters (UAX #11: CJK ideographs, kana, Hangul syllables,
/// fullwidth forms) and emoji shown as emoji take 2 columns; combining marks, format characters
/// (zero-width joiners and spaces, bidi marks), variation selectors, the vowels and finals of
/// conjoining Hangul jamo and control characters take 0; everything else takes 1. A grapheme
/// cluster that is an emoji (an emoji-presentation character, a character followed by U+FE0F,
/// a flag, a ZWJ sequence) takes 2 as a whole, as terminals draw it as one glyph.
enum DisplayWidth {
    /// The columns `text` takes.
    static func of<S: StringProtocol>(_ text: S) -> Int {
        // Printable ASCII, by far the common case, is one column a byte.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        return text.reduce(0) { $0 + of($1) }
    }

    /// `text` cut to at most `width` columns, ending in "…" when cut.
    static func truncated(_ text: String, to width: Int) -> String {
        guard of(text) > width else { return text }
        var kept = ""
        var used = 0
        for character in text {
            let next = of(character)
            if used + next > width - 1 { break }
            kept.append(character)
            used += next
        }
        return kept + "…"
    }

    /// The columns one grapheme cluster takes.
    static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        if isEmoji(scalars) { return 2 }
        return scalars.reduce(0) { $0 + of($1) }
    }

    /// The columns one scalar takes on its own.
    static func of(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        if isConjoiningJamo(scalar.value) { return 0 }
        if scalar.properties.isEmojiPresentation || isWide(scalar.value) { return 2 }
        return 1
    }

    // MARK: - Tables

    /// Whether the cluster is drawn as an emoji: one of its scalars has emoji presentation
    /// (regional indicators, so flags, do too), or an emoji is asked for it with U+FE0F.
    private static func isEmoji(_ scalars: Character.UnicodeScalarView) -> Bool {
        guard let first = scalars.first else { return false }
        if scalars.contains(where: \.properties.isEmojiPresentation) { return true }
        return first.properties.isEmoji && scalars.contains("\u{FE0F}")
    }

    /// Hangul jamo medial vowels and final consonants: drawn inside the syllable their initial
    /// consonant starts (which counts 2).
    private static func isConjoiningJamo(_ value: UInt32) -> Bool {
        (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value)
    }

    /// Whether East Asian Width is Wide or Fullwidth, emoji aside: they are Wide exactly when
    /// they have emoji presentation, which `of(_:)` asks the scalar's properties for (regional
    /// indicators have it too, and are Neutral: one alone is rare, two make a flag 2 wide).
    private static func isWide(_ value: UInt32) -> Bool {
        guard value >= 0x1100 else { return false }
        for range in wideRanges {
            if value < range.lowerBound { return false }
            if value <= range.upperBound { return true }
        }
        return false
    }

    /// The Wide and Fullwidth blocks of EastAsianWidth.txt, ascending, checked against Unicode
    /// 14's data: with emoji presentation, these give every assigned Wide or Fullwidth code
    /// point and no other. Unassigned code points inside them count as wide, as the file's
    /// defaults do for ideographs.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,  // Hangul jamo initial consonants
        0x2329...0x232A,  // angle brackets
        0x2E80...0x303E,  // CJK radicals, Kangxi radicals, ideographic description, CJK punctuation
        0x3041...0x3247,  // kana, bopomofo, Hangul compatibility jamo, kanbun, CJK strokes, enclosed
        0x3250...0x4DBF,  // enclosed CJK, CJK compatibility, CJK extension A
        0x4E00...0xA4CF,  // CJK unified ideographs, Yi
        0xA960...0xA97F,  // Hangul jamo extended A
        0xAC00...0xD7A3,  // Hangul syllables
        0xF900...0xFAFF,  // CJK compatibility ideographs
        0xFE10...0xFE19,  // vertical forms
        0xFE30...0xFE6F,  // CJK compatibility forms, small form variants
        0xFF00...0xFF60,  // fullwidth ASCII and punctuation
        0xFFE0...0xFFE6,  // fullwidth signs
        0x16FE0...0x1B2FF,  // Tangut, Khitan, Nüshu, kana supplements
        0x1F200...0x1F2FF,  // enclosed ideographic supplement
        0x20000...0x3FFFD,  // CJK extensions B and later
    ]
}
