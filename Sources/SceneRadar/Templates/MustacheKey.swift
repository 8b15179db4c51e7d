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
        // In place (native and small strings alike): page contexts make keys by the million,
        // and iterating `utf8.prefix(15)` was a visible part of building them.
        print =
            text.utf8.withContiguousStorageIfAvailable(Self.fingerprint)
            ?? Self.fingerprint(of: Array(text.utf8))
    }

    private static func fingerprint(of bytes: [UInt8]) -> Print {
        bytes.withUnsafeBufferPointer(fingerprint)
    }

    /// The first 15 bytes, zero-padded, as two little-endian words, and the length on top.
    private static func fingerprint(_ bytes: UnsafeBufferPointer<UInt8>) -> Print {
        var words: (UInt64, UInt64) = (0, 0)
        let prefix = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[..<min(bytes.count, 15)])
        withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: prefix) }
        let low = UInt64(littleEndian: words.0)
        let high = UInt64(littleEndian: words.1)
        return Print(low: low, high: high | UInt64(min(bytes.count, 255)) << 56)
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
