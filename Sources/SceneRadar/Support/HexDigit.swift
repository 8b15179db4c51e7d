/// Hexadecimal digits, as percent-escapes and YAML's `\x`, `\u` and `\U` escapes write them.
enum HexDigit {
    /// The value of an ASCII hexadecimal digit (either case), or `nil`.
    @inline(__always)
    static func value(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46: return byte - 0x41 + 10
        case 0x61...0x66: return byte - 0x61 + 10
        default: return nil
        }
    }

    /// The upper-case digit for `value` (0–15).
    @inline(__always)
    static func upper(_ value: UInt8) -> Unicode.Scalar {
        Unicode.Scalar(value < 10 ? 0x30 + value : 0x41 + value - 10)
    }
}
