import Glibc

/// Strings made from bytes that must be valid UTF-8.
///
/// `String(validating:as:)` is generic, and on Linux it takes its unspecialised path: about a
/// thousand instructions for a short string, which made it a tenth of a rebuild's work (the
/// build cache and the output manifest hold tens of thousands of strings). Decoding with
/// `String(decoding:as:)`, which is specialised for byte buffers, and comparing the result with
/// the input gives the same answer: decoding keeps valid input byte for byte and replaces any
/// invalid sequence with U+FFFD, so the result differs from invalid input.
public enum UTF8Validation {
    /// The text of `bytes`, or `nil` when they are not valid UTF-8.
    public static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var text = String(decoding: bytes, as: UTF8.self)
        let same = text.withUTF8 { decoded in
            decoded.count == bytes.count
                && (bytes.isEmpty || memcmp(decoded.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
        }
        return same ? text : nil
    }

    /// The text of `bytes`, or `nil` when they are not valid UTF-8.
    public static func string(_ bytes: ArraySlice<UInt8>) -> String? {
        bytes.withUnsafeBufferPointer { string($0) }
    }
}
