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

    /// A slug made from a folded name (see `NameKey`): ASCII letters and digits kept, every
    /// other run of characters turned into one `-`, no leading or trailing `-`. May be empty
    /// (a name in a non-Latin script), which callers must handle.
    public static func from(foldedName key: String) -> String {
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
