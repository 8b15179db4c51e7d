/// Slugs name scenes and people in paths and URLs: `[a-z0-9-]+` only (SPEC §1).
public enum Slug {
    /// Whether `text` is a valid slug.
    public static func isValid<S: StringProtocol>(_ text: S) -> Bool {
        !text.isEmpty
            && text.utf8.allSatisfy { byte in
                (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                    || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
            }
    }

    /// The longest slug made from a name, in bytes: a folder or file name must stay well under
    /// the 255 bytes a file system allows, with room for `.md`.
    public static let maxMadeLength = 80

    /// A slug made from a folded name (see `NameKey`): ASCII letters and digits kept, every
    /// other run of characters turned into one `-`, no leading or trailing `-`. May be empty
    /// (a name in a non-Latin script), which callers must handle. One longer than
    /// `maxMadeLength` is cut at a `-` where it can be, and ends with the first 8 hex digits of
    /// the FNV-1a hash of the whole key, so two long names that begin alike stay apart.
    public static func from(foldedName key: String) -> String {
        let slug = folded(key)
        guard slug.utf8.count > maxMadeLength else { return slug }
        let hash = FNV1a.hex(key)
        var kept = Array(slug.utf8.prefix(maxMadeLength - hash.utf8.count - 1))
        if let dash = kept.lastIndex(of: UInt8(ascii: "-")), dash >= kept.count / 2 {
            kept.removeSubrange(dash...)
        }
        return String(decoding: kept, as: UTF8.self) + "-" + hash
    }

    /// `from(foldedName:)` before it is shortened.
    private static func folded(_ key: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(key.utf8.count)
        var pendingDash = false
        for byte in key.utf8 {
            let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
            let keep =
                (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z"))
                || (lower >= UInt8(ascii: "0") && lower <= UInt8(ascii: "9"))
            if keep {
                if pendingDash && !out.isEmpty { out.append(UInt8(ascii: "-")) }
                pendingDash = false
                out.append(lower)
            } else {
                pendingDash = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A readable explanation of why `text` is not a slug, with a suggestion.
    public static func problem(with text: String) -> String {
        let suggestion = from(foldedName: NameKey.fold(text))
        var message = "'\(text)' is not a valid slug: use lowercase letters a-z, digits and '-' only"
        if !suggestion.isEmpty && suggestion != text { message += "; rename it to '\(suggestion)'" }
        return message
    }
}
