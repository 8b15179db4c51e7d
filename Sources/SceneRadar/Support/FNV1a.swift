/// The 64-bit FNV-1a hash: stable across runs and machines, unlike Swift's `Hasher`, so it can
/// name things in published output (SPEC §3: person slugs that would collide).
public enum FNV1a {
    /// The hash of nothing, where every hash starts.
    public static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The hash of `text`'s UTF-8 bytes.
    public static func hash64<S: StringProtocol>(_ text: S) -> UInt64 {
        hash64(bytes: text.utf8)
    }

    /// The hash of `text`'s UTF-8 bytes following what `hash` was of, read in place.
    public static func hash64(_ text: String, continuing hash: UInt64) -> UInt64 {
        text.utf8.withContiguousStorageIfAvailable { hash64(bytes: $0, continuing: hash) }
            ?? hash64(bytes: text.utf8, continuing: hash)
    }

    /// The hash of raw bytes; with `hash`, of the bytes that hash was of followed by these.
    public static func hash64<C: Collection>(bytes: C, continuing hash: UInt64 = offsetBasis) -> UInt64
    where C.Element == UInt8 {
        var hash = hash
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
