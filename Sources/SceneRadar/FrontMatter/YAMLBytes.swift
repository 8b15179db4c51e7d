/// The ASCII bytes the YAML scanner looks at, by name.
enum YAMLByte {
    static let end: UInt8 = 0  // sentinel past the last byte; NUL itself is rejected on input
    static let tab: UInt8 = 0x09
    static let lf: UInt8 = 0x0A
    static let cr: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let bang: UInt8 = 0x21  // !
    static let doubleQuote: UInt8 = 0x22  // "
    static let hash: UInt8 = 0x23  // #
    static let percent: UInt8 = 0x25  // %
    static let ampersand: UInt8 = 0x26  // &
    static let singleQuote: UInt8 = 0x27  // '
    static let star: UInt8 = 0x2A  // *
    static let plus: UInt8 = 0x2B  // +
    static let comma: UInt8 = 0x2C  // ,
    static let dash: UInt8 = 0x2D  // -
    static let dot: UInt8 = 0x2E  // .
    static let colon: UInt8 = 0x3A  // :
    static let greater: UInt8 = 0x3E  // >
    static let question: UInt8 = 0x3F  // ?
    static let at: UInt8 = 0x40  // @
    static let openBracket: UInt8 = 0x5B  // [
    static let backslash: UInt8 = 0x5C  // \
    static let closeBracket: UInt8 = 0x5D  // ]
    static let backtick: UInt8 = 0x60  // `
    static let openBrace: UInt8 = 0x7B  // {
    static let pipe: UInt8 = 0x7C  // |
    static let closeBrace: UInt8 = 0x7D  // }

    /// A space or a tab (YAML's `s-white`).
    @inline(__always) static func isBlank(_ byte: UInt8) -> Bool { byte == space || byte == tab }

    /// A space, a tab, a line feed or the end of input: what may follow an indicator.
    @inline(__always) static func isBlankOrBreak(_ byte: UInt8) -> Bool {
        byte == space || byte == tab || byte == lf || byte == end
    }

    /// One of `,[]{}`, which end plain scalars inside flow collections.
    @inline(__always) static func isFlowIndicator(_ byte: UInt8) -> Bool {
        byte == comma || byte == openBracket || byte == closeBracket || byte == openBrace
            || byte == closeBrace
    }

    /// The value of a hexadecimal digit, or `nil`.
    @inline(__always) static func hexValue(_ byte: UInt8) -> UInt32? {
        HexDigit.value(byte).map(UInt32.init)
    }
}
