/// Percent-encoding (RFC 3986 §2.1): every UTF-8 byte a context may not hold as it is becomes
/// `%` and two upper-case hex digits. Each caller says which bytes stay, as each context allows
/// different ones (a path segment, a whole address, a file URI).
enum PercentEncoding {
    /// `text` with every byte `keeps` refuses percent-encoded. A `%` is always encoded, but with
    /// `keepingEscapes` one that starts an escape (two hex digits follow) stays as it is.
    static func encode(
        _ text: some StringProtocol, keepingEscapes: Bool = false, keeping keeps: (UInt8) -> Bool
    ) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        let bytes = Array(text.utf8)
        for (index, byte) in bytes.enumerated() {
            let kept =
                byte == UInt8(ascii: "%")
                ? keepingEscapes && index + 2 < bytes.count && HexDigit.value(bytes[index + 1]) != nil
                    && HexDigit.value(bytes[index + 2]) != nil
                : keeps(byte)
            if kept {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out.unicodeScalars.append("%")
                out.unicodeScalars.append(HexDigit.upper(byte >> 4))
                out.unicodeScalars.append(HexDigit.upper(byte & 0xF))
            }
        }
        return out
    }

    /// Whether `byte` is unreserved (RFC 3986 §2.3): an ASCII letter or digit, `-`, `.`, `_`
    /// or `~`, which never needs encoding.
    static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x2E, 0x5F, 0x7E: return true
        default: return false
        }
    }
}
