/// A fast 64-bit content hash for change detection (output manifest, incremental cache): two
/// independent lanes of sixteen bytes per step, each folding a full 64×64→128-bit product
/// (the step of wyhash), so the multiplications overlap; deterministic across runs and
/// machines. Not for security.
public enum ContentHash {
    /// The hash of `bytes`.
    public static func hash(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { hash($0) }
    }

    /// The hash of the bytes in `buffer`.
    public static func hash(_ buffer: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hasher = ContentHasher(count: buffer.count)
        let whole = buffer.count / ContentHasher.block * ContentHasher.block
        hasher.blocks(UnsafeBufferPointer(rebasing: buffer[..<whole]))
        return hasher.finish(rest: UnsafeBufferPointer(rebasing: buffer[whole...]))
    }

    /// The hash of a string's UTF-8 bytes.
    public static func hash(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { hash($0) }
    }

    /// The hash of the concatenation of `pieces`, without concatenating them.
    public static func hash(pieces: [ArraySlice<UInt8>]) -> UInt64 {
        var hasher = ContentHasher(count: pieces.reduce(0) { $0 + $1.count })
        for piece in pieces { piece.withUnsafeBufferPointer { hasher.update($0) } }
        return hasher.finalize()
    }

    /// wyhash's constants (odd, with balanced bits): what `fold` multiplies words by.
    static let foldConstants: (first: UInt64, second: UInt64) = (0xE703_7ED1_A0B4_28DB, 0x8EBC_6AF0_9C88_C6E3)

    /// The high and low halves of `a × b`, folded with xor.
    @inline(__always)
    static func fold(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let product = a.multipliedFullWidth(by: b)
        return product.high ^ product.low
    }

    static func mix(_ value: UInt64) -> UInt64 {
        var x = value &* 0xBF58_476D_1CE4_E5B9
        x ^= x >> 31
        x = x &* 0x94D0_49BB_1331_11EB
        return x ^ (x >> 29)
    }
}

/// `ContentHash` over bytes that arrive in pieces: the same value as hashing them joined. The
/// total length is given first (it seeds the hash).
public struct ContentHasher {
    /// Bytes per step: two words for each of the two lanes.
    static let block = 32

    private var lanes: (UInt64, UInt64)
    /// Bytes of an unfinished block.
    private var carry: [UInt8] = []

    /// A hasher for `count` bytes in all.
    public init(count: Int) {
        let seed: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(count)
        lanes = (seed, ~seed)
    }

    /// Adds the next bytes.
    public mutating func update(_ buffer: UnsafeBufferPointer<UInt8>) {
        var rest = buffer[...]
        if !carry.isEmpty {
            let taken = rest.prefix(Self.block - carry.count)
            carry.append(contentsOf: taken)
            rest = rest.dropFirst(taken.count)
            guard carry.count == Self.block else { return }
            carry.withUnsafeBufferPointer { blocks($0) }
            carry.removeAll(keepingCapacity: true)
        }
        let whole = rest.count / Self.block * Self.block
        blocks(UnsafeBufferPointer(rebasing: rest.prefix(whole)))
        carry.append(contentsOf: rest.dropFirst(whole))
    }

    /// The hash of everything added.
    public func finalize() -> UInt64 {
        carry.withUnsafeBufferPointer { finish(rest: $0) }
    }

    /// Mixes whole blocks into the lanes.
    mutating func blocks(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard let base = buffer.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        let (first, second) = ContentHash.foldConstants
        while offset + Self.block <= buffer.count {
            let words = (
                raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self),
                raw.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self),
                raw.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self),
                raw.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self)
            )
            lanes.0 = ContentHash.fold(words.0 ^ first, words.1 ^ lanes.0)
            lanes.1 = ContentHash.fold(words.2 ^ second, words.3 ^ lanes.1)
            offset += Self.block
        }
    }

    /// The hash, given the bytes after the last whole block (fewer than 32).
    func finish(rest: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var state = ContentHash.mix(lanes.0 ^ ContentHash.mix(lanes.1))
        let words = rest.count / 8
        if let base = rest.baseAddress {
            for index in 0..<words {
                state = ContentHash.mix(
                    state ^ UnsafeRawPointer(base).loadUnaligned(fromByteOffset: index * 8, as: UInt64.self))
            }
        }
        var tail: UInt64 = 0
        for index in (words * 8)..<rest.count { tail = (tail << 8) | UInt64(rest[index]) }
        return ContentHash.mix(state ^ tail ^ 0xFF51_AFD7_ED55_8CCD)
    }
}
