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

    /// The decimal digits of a core-schema float whose value, read exactly from its text, is a
    /// whole number ≥ 0 (`1.0`, `1e3`, `12.5e1`, `-0.0`), without leading zeros; `nil` for any
    /// other text, and for one with more than `maxDigits` digits. Read from the digits, not a
    /// `Double`, so `1.0000000000000001` is not taken for 1.
    static func wholeFloatDigits(_ bytes: [UInt8], maxDigits: Int) -> String? {
        guard !bytes.isEmpty, isFloat(bytes) else { return nil }
        var index = 0
        let negative = bytes[0] == 0x2D
        if bytes[0] == 0x2B || negative { index = 1 }
        var digits: [UInt8] = []
        var point: Int?
        while index < bytes.count, bytes[index] != 0x65, bytes[index] != 0x45 {
            if bytes[index] == 0x2E {
                point = digits.count
            } else {
                digits.append(bytes[index])
            }
            index += 1
        }
        var exponent = 0
        if index < bytes.count {
            let written = bytes[(index + 1)...]
            let sign = written.first == 0x2D ? -1 : 1
            let magnitude = written.drop { $0 == 0x2B || $0 == 0x2D }.drop { $0 == 0x30 }
            // An exponent past a few digits moves every digit out of reach either way.
            guard magnitude.count <= 6 else {
                return digits.allSatisfy({ $0 == 0x30 }) ? "0" : nil
            }
            exponent = sign * (Int(String(decoding: magnitude, as: UTF8.self)) ?? 0)
        }
        // Where the decimal point falls among `digits` once the exponent is applied.
        let shifted = (point ?? digits.count) + exponent
        let whole = digits.prefix(max(0, shifted)).drop { $0 == 0x30 }
        guard digits.dropFirst(max(0, shifted)).allSatisfy({ $0 == 0x30 }) else { return nil }
        let padding = max(0, shifted - digits.count)
        guard whole.count + (whole.isEmpty ? 0 : padding) <= maxDigits else { return nil }
        if whole.isEmpty { return "0" }
        guard !negative else { return nil }
        return String(decoding: whole, as: UTF8.self) + String(repeating: "0", count: padding)
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
