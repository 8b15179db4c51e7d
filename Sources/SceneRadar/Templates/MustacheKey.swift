/// An object key or a part of a tag's name, with a two-word fingerprint that makes comparing
/// two keys two integer compares: lookups compare a name with many keys, and a failed
/// `String` comparison is an out-of-line call into the runtime.
///
/// The fingerprint holds the key's first 15 UTF-8 bytes and its length (up to 255), so for
/// keys of at most 15 bytes (nearly all of them) equal fingerprints mean equal keys; longer
/// keys with equal fingerprints compare their text. Nothing is hashed.
struct MustacheKey: Sendable, Hashable {
    /// The fingerprint: plain data.
    struct Print: Equatable {
        /// UTF-8 bytes 0..<8, little-endian, zero-padded.
        let low: UInt64
        /// UTF-8 bytes 8..<15 in the low seven bytes, the length (at most 255) in the top byte.
        let high: UInt64

        /// Whether equal fingerprints mean equal keys: the key has at most 15 bytes.
        @inline(__always)
        var isExact: Bool { high >> 56 <= 15 }

        @inline(__always)
        static func == (lhs: Print, rhs: Print) -> Bool {
            lhs.low == rhs.low && lhs.high == rhs.high
        }
    }

    /// The key.
    let text: String
    let print: Print

    init(_ text: String) {
        self.text = text
        var low: UInt64 = 0
        var high: UInt64 = 0
        var shift: UInt64 = 0
        for byte in text.utf8.prefix(15) {
            if shift < 64 {
                low |= UInt64(byte) << shift
            } else {
                high |= UInt64(byte) << (shift - 64)
            }
            shift += 8
        }
        print = Print(low: low, high: high | UInt64(min(text.utf8.count, 255)) << 56)
    }

    /// Whether both are the same key.
    @inline(__always)
    static func == (lhs: MustacheKey, rhs: MustacheKey) -> Bool {
        lhs.print == rhs.print && (lhs.print.isExact || lhs.text == rhs.text)
    }

    /// Hashes the text (the fingerprint follows from it).
    func hash(into hasher: inout Hasher) {
        hasher.combine(text)
    }
}
