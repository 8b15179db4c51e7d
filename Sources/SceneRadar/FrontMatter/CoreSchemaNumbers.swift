/// The number forms of the YAML 1.2 core schema, matched on UTF-8 bytes.
enum CoreSchemaNumbers {
    /// Hexadecimal and octal integers longer than this many digits stay strings rather than be
    /// converted to decimal (a conversion that costs time quadratic in the digits).
    static let maxRadixDigits = 256

    /// The integer `[-+]?[0-9]+`, `0o[0-7]+` or `0x[0-9a-fA-F]+`, or `nil` when `bytes` is not one.
    static func integer(_ bytes: [UInt8]) -> JSONValue? {
        if bytes.count > 2, bytes[0] == 0x30, bytes[1] == 0x6F || bytes[1] == 0x78 {
            let radix = bytes[1] == 0x6F ? 8 : 16
            let digits = bytes[2...]
            guard digits.allSatisfy({ digit($0, radix: radix) != nil }) else { return nil }
            return radixInteger(digits, radix: radix)
        }
        var index = 0
        var negative = false
        if bytes[0] == 0x2B || bytes[0] == 0x2D {
            negative = bytes[0] == 0x2D
            index = 1
        }
        guard index < bytes.count, bytes[index...].allSatisfy(CoreSchema.isDigit) else { return nil }
        while index < bytes.count - 1, bytes[index] == 0x30 { index += 1 }
        let digits = String(decoding: bytes[index...], as: UTF8.self)
        if let value = Int((negative ? "-" : "") + digits) { return .int(value) }
        return .bigInt((negative ? "-" : "") + digits)
    }

    /// Whether `bytes` is a core-schema float:
    /// `[-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?`.
    static func isFloat(_ bytes: [UInt8]) -> Bool {
        var index = 0
        if bytes[index] == 0x2B || bytes[index] == 0x2D { index += 1 }
        let integerStart = index
        while index < bytes.count, CoreSchema.isDigit(bytes[index]) { index += 1 }
        var digits = index - integerStart
        if index < bytes.count, bytes[index] == 0x2E {
            index += 1
            let fractionStart = index
            while index < bytes.count, CoreSchema.isDigit(bytes[index]) { index += 1 }
            digits += index - fractionStart
        }
        guard digits > 0 else { return false }
        if index < bytes.count, bytes[index] == 0x65 || bytes[index] == 0x45 {
            index += 1
            if index < bytes.count, bytes[index] == 0x2B || bytes[index] == 0x2D { index += 1 }
            let exponentStart = index
            while index < bytes.count, CoreSchema.isDigit(bytes[index]) { index += 1 }
            guard index > exponentStart else { return false }
        }
        return index == bytes.count
    }

    private static func digit(_ byte: UInt8, radix: Int) -> UInt32? {
        guard let value = YAMLByte.hexValue(byte), value < radix else { return nil }
        return value
    }

    /// An octal or hexadecimal integer; past 64 bits converted to decimal digits.
    private static func radixInteger(_ digits: ArraySlice<UInt8>, radix: Int) -> JSONValue? {
        let significant = digits.drop { $0 == 0x30 }
        let text = String(decoding: significant.isEmpty ? digits.suffix(1) : significant, as: UTF8.self)
        if let value = Int(text, radix: radix) { return .int(value) }
        guard significant.count <= maxRadixDigits else { return nil }
        // Base 10^9 limbs, least significant first: multiply by the radix and add each digit.
        var limbs: [UInt64] = [0]
        for byte in significant {
            var carry = UInt64(digit(byte, radix: radix) ?? 0)
            for index in limbs.indices {
                let product = limbs[index] * UInt64(radix) + carry
                limbs[index] = product % 1_000_000_000
                carry = product / 1_000_000_000
            }
            if carry > 0 { limbs.append(carry) }
        }
        var decimal = String(limbs[limbs.count - 1])
        for limb in limbs.dropLast().reversed() {
            let part = String(limb)
            decimal += String(repeating: "0", count: 9 - part.count) + part
        }
        return .bigInt(decimal)
    }
}
