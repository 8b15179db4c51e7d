/// Text handling for user strings drawn in charts: cleaning, bidi safety, width estimates, truncation.
///
/// Escaping for XML happens later, in ``SVGBuilder``; the functions here return plain text that is
/// also safe to hand to the page's HTML table (which escapes it itself).
enum ChartText {
    /// Cleans a user string for display: control characters removed, runs of white space collapsed
    /// to one space and trimmed, and bidirectional controls balanced so a label cannot reorder the
    /// text drawn after it (an unclosed U+202E would otherwise flip the rest of a line).
    static func clean(_ text: String) -> String {
        if isClean(text) { return text }
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                pendingSpace = !scalars.isEmpty
                continue
            }
            if isDropped(scalar) {
                continue
            }
            if pendingSpace {
                scalars.append(" ")
                pendingSpace = false
            }
            scalars.append(scalar)
        }
        return balancingBidi(String(scalars))
    }

    /// `clean(text)`, shortened with "…" so its estimated width at `fontSize` fits `maxWidth`.
    /// Cuts between grapheme clusters, so emoji and combining marks stay whole.
    static func fitted(_ text: String, maxWidth: Double, fontSize: Double) -> String {
        let cleaned = clean(text)
        guard estimatedWidth(cleaned, fontSize: fontSize) > maxWidth else { return cleaned }
        let budget = maxWidth - estimatedWidth("…", fontSize: fontSize)
        var kept = ""
        var width = 0.0
        for character in cleaned {
            let next = characterWidth(character) * fontSize
            if width + next > budget {
                break
            }
            kept.append(character)
            width += next
        }
        while kept.last == " " {
            kept.removeLast()
        }
        return balancingBidi(kept) + "…"
    }

    /// Wraps `text` in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE when it holds characters
    /// that may be right-to-left, so composing "name — 72" keeps the number where it belongs.
    static func isolated(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value >= 0x0590 }) else { return text }
        return "\u{2068}" + text + "\u{2069}"
    }

    /// A rough width of `text` in user units at `fontSize`, for layout decisions only (a sans-serif
    /// average; wide for CJK and emoji, zero for combining and format characters).
    static func estimatedWidth(_ text: String, fontSize: Double) -> Double {
        var total = 0.0
        for character in text {
            total += characterWidth(character)
        }
        return total * fontSize
    }
}

// MARK: - Helpers

extension ChartText {
    /// Whether `text` is printable ASCII with single spaces between words only, which `clean`
    /// gives back as it is (nearly every name and label): told from its bytes, without building
    /// the text again scalar by scalar.
    fileprivate static func isClean(_ text: String) -> Bool {
        var previous = UInt8(ascii: " ")
        for byte in text.utf8 {
            guard byte >= 0x20, byte < 0x7F, byte != 0x20 || previous != 0x20 else { return false }
            previous = byte
        }
        return previous != 0x20 || text.isEmpty
    }

    fileprivate static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Characters that XML 1.0 forbids or discourages, and that have no business in a label.
    fileprivate static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || value == 0xFFFE || value == 0xFFFF
    }

    fileprivate static func characterWidth(_ character: Character) -> Double {
        guard let first = character.unicodeScalars.first else { return 0 }
        let value = first.value
        if value < 0x80 {
            return asciiWidth(value)
        }
        switch value {
        case 0x0300...0x036F, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2069, 0xFEFF:
            return 0
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFF00...0xFF60,
            0x1F000...0x1FAFF, 0x20000...0x3FFFD:
            return 1.0
        default:
            return 0.6
        }
    }

    fileprivate static func asciiWidth(_ value: UInt32) -> Double {
        switch UInt8(value) {
        case UInt8(ascii: "i"), UInt8(ascii: "j"), UInt8(ascii: "l"), UInt8(ascii: "."),
            UInt8(ascii: ","), UInt8(ascii: "'"), UInt8(ascii: "|"), UInt8(ascii: "!"),
            UInt8(ascii: ":"), UInt8(ascii: ";"):
            return 0.28
        case UInt8(ascii: " "), UInt8(ascii: "f"), UInt8(ascii: "t"), UInt8(ascii: "r"),
            UInt8(ascii: "I"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "-"):
            return 0.36
        case UInt8(ascii: "m"), UInt8(ascii: "w"), UInt8(ascii: "M"), UInt8(ascii: "W"), UInt8(ascii: "@"):
            return 0.88
        case UInt8(ascii: "A")...UInt8(ascii: "Z"):
            return 0.68
        default:
            return 0.56
        }
    }

    /// Drops closers without an opener and appends the closers that openers are missing.
    fileprivate static func balancingBidi(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { (0x202A...0x2069).contains($0.value) }) else {
            return text
        }
        var open: [Bool] = []  // true for an isolate (closed by PDI), false for an embedding (PDF)
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x202A...0x202B, 0x202D...0x202E:
                open.append(false)
            case 0x2066...0x2068:
                open.append(true)
            case 0x202C:
                guard open.last == false else { continue }
                open.removeLast()
            case 0x2069:
                // A PDI also closes the embeddings opened inside its isolate.
                guard let index = open.lastIndex(of: true) else { continue }
                open.removeSubrange(index...)
            default:
                break
            }
            scalars.append(scalar)
        }
        for isIsolate in open.reversed() {
            scalars.append(isIsolate ? "\u{2069}" : "\u{202C}")
        }
        return String(scalars)
    }
}
