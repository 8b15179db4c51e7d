/// A read-only map from strings to values, made from a `Dictionary` and answering exactly as it
/// does, but quicker for ASCII keys.
///
/// `Dictionary<String, _>` hashes each key with a per-process seeded SipHash; the people index
/// answers hundreds of thousands of lookups per build (each credit, on several pages), and the
/// hashing was most of their cost. Here an ASCII key is hashed a word at a time and found in an
/// open-addressed array of the ASCII keys: two ASCII strings are equal exactly when their bytes
/// are. Strings with other characters can be equal with different
/// bytes ("é" composed or not; the Kelvin sign and "K"), so a key that is not ASCII, and an
/// ASCII key not found when some keys are not ASCII, are looked up in the dictionary itself.
///
/// Its parts are held in one object, so that copying a table (or a value holding several) is
/// one retain.
struct StringTable<Value: Sendable>: Sendable {
    private struct Entry: Sendable {
        let hash: UInt64
        let key: String
        let value: Value
    }

    private final class Storage: Sendable {
        /// Every key and value, for lookups the fast table cannot answer, and for iteration.
        let dictionary: [String: Value]
        /// The ASCII keys.
        let entries: [Entry]
        /// Open addressing over `entries`: an entry's position plus one, 0 where empty.
        let slots: [Int32]
        let mask: Int
        /// Whether some keys are not ASCII (an ASCII key may equal one of them).
        let hasOtherKeys: Bool

        init(dictionary: [String: Value], entries: [Entry], slots: [Int32], hasOtherKeys: Bool) {
            self.dictionary = dictionary
            self.entries = entries
            self.slots = slots
            self.mask = slots.count - 1
            self.hasOtherKeys = hasOtherKeys
        }
    }

    private let storage: Storage

    /// Every key and value.
    var dictionary: [String: Value] { storage.dictionary }

    /// An empty table.
    init() {
        self.init([:])
    }

    /// A table of the keys and values of `dictionary`.
    init(_ dictionary: [String: Value]) {
        var entries: [Entry] = []
        entries.reserveCapacity(dictionary.count)
        var hasOtherKeys = false
        for (key, value) in dictionary {
            if let hash = Self.asciiHash(key) {
                entries.append(Entry(hash: hash, key: key, value: value))
            } else {
                hasOtherKeys = true
            }
        }
        var capacity = 8
        while capacity < entries.count * 2 { capacity <<= 1 }
        var slots = [Int32](repeating: 0, count: capacity)
        for (position, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash) & (capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(position + 1)
        }
        storage = Storage(dictionary: dictionary, entries: entries, slots: slots, hasOtherKeys: hasOtherKeys)
    }

    /// The value of `key`, as the dictionary gives it.
    subscript(key: String) -> Value? {
        let storage = storage
        guard let hash = Self.asciiHash(key) else { return storage.dictionary[key] }
        var slot = Int(truncatingIfNeeded: hash) & storage.mask
        while true {
            let found = Int(storage.slots[slot])
            if found == 0 { break }
            let entry = storage.entries[found - 1]
            if entry.hash == hash && entry.key == key { return entry.value }
            slot = (slot + 1) & storage.mask
        }
        return storage.hasOtherKeys ? storage.dictionary[key] : nil
    }

    /// How many keys.
    var count: Int { storage.dictionary.count }

    /// The hash of `key`'s bytes when they are all ASCII, else `nil`.
    private static func asciiHash(_ key: String) -> UInt64? {
        if let hash = key.utf8.withContiguousStorageIfAvailable(asciiHash) { return hash }
        // Not stored contiguously (never so for native strings): the same, from a copy.
        return Array(key.utf8).withUnsafeBufferPointer(asciiHash)
    }

    /// The hash of `bytes` when they are all ASCII, else `nil`: eight bytes per step, each
    /// folded into the state by a 64×64→128-bit product (as ``ContentHash`` does), and every
    /// byte's high bit gathered on the way.
    static func asciiHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        let (multiplier, seed) = ContentHash.foldConstants
        var state = seed ^ UInt64(bytes.count)
        var high: UInt64 = 0
        var offset = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while offset + 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                high |= word
                state = ContentHash.fold(state ^ word, multiplier)
                offset += 8
            }
            var tail: UInt64 = 0
            for index in offset..<bytes.count { tail = (tail << 8) | UInt64(base[index]) }
            high |= tail
            state = ContentHash.fold(state ^ tail, multiplier ^ 0xFF)
        }
        guard high & 0x8080_8080_8080_8080 == 0 else { return nil }
        return ContentHash.mix(state)
    }
}
