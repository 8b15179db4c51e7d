/// The 64-bit FNV-1a hash: stable across runs and machines, unlike Swift's `Hasher`, so it can
/// name things in published output (SPEC §3: person slugs that would collide).
public enum FNV1a {
    /// The hash of `text`'s UTF-8 bytes.
    public static func hash64<S: StringProtocol>(_ text: S) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// The hash of raw bytes.
    public static func hash64<C: Collection>(bytes: C) -> UInt64 where C.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// The first `digits` lowercase hex digits of the hash of `text` (zero-padded).
    public static func hex<S: StringProtocol>(_ text: S, digits: Int = 8) -> String {
        let full = String(hash64(text), radix: 16)
        let padded = String(repeating: "0", count: max(0, 16 - full.count)) + full
        return String(padded.prefix(digits))
    }
}
