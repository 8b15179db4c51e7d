/// A fast 64-bit content hash for change detection (output manifest, incremental cache): four
/// independent lanes of eight bytes per step (so the multiplications overlap), deterministic
/// across runs and machines. Not for security.
public enum ContentHash {
    /// The hash of `bytes`.
    public static func hash(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { hash($0) }
    }

    /// The hash of the bytes in `buffer`.
    public static func hash(_ buffer: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(buffer.count)
        let words = buffer.count / 8
        if let base = buffer.baseAddress {
            let raw = UnsafeRawPointer(base)
            var lanes: (UInt64, UInt64, UInt64, UInt64) = (state, ~state, state &+ 1, state &- 1)
            var index = 0
            while index + 4 <= words {
                lanes.0 = mix(lanes.0 ^ raw.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self))
                lanes.1 = mix(lanes.1 ^ raw.loadUnaligned(fromByteOffset: index * 8 + 8, as: UInt64.self))
                lanes.2 = mix(lanes.2 ^ raw.loadUnaligned(fromByteOffset: index * 8 + 16, as: UInt64.self))
                lanes.3 = mix(lanes.3 ^ raw.loadUnaligned(fromByteOffset: index * 8 + 24, as: UInt64.self))
                index += 4
            }
            state = mix(lanes.0 ^ mix(lanes.1 ^ mix(lanes.2 ^ mix(lanes.3))))
            while index < words {
                state = mix(state ^ raw.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self))
                index += 1
            }
        }
        var tail: UInt64 = 0
        for index in (words * 8)..<buffer.count { tail = (tail << 8) | UInt64(buffer[index]) }
        return mix(state ^ tail ^ 0xFF51_AFD7_ED55_8CCD)
    }

    /// The hash of a string's UTF-8 bytes.
    public static func hash(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { hash($0) }
    }

    private static func mix(_ value: UInt64) -> UInt64 {
        var x = value &* 0xBF58_476D_1CE4_E5B9
        x ^= x >> 31
        x = x &* 0x94D0_49BB_1331_11EB
        return x ^ (x >> 29)
    }
}
