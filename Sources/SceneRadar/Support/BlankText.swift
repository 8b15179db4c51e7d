extension StringProtocol {
    /// Whether the text is empty or only white space (Unicode's White_Space property). Printable
    /// ASCII answers at its first byte: this runs for every required name and title of a vault.
    var isBlank: Bool {
        for byte in utf8 {
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { continue }
            if byte < 0x80 { return false }
            return unicodeScalars.allSatisfy(\.properties.isWhitespace)
        }
        return true
    }
}

extension String {
    /// The text, or `nil` when it is blank.
    var nonBlank: String? { isBlank ? nil : self }
}
