/// How a value turns into text in `{{name}}`.
extension MustacheValue {
    /// The text an interpolation tag writes (before HTML escaping), or `nil` for values that
    /// write nothing: `null`, lists, objects and lambdas (a lambda is called instead).
    ///
    /// Numbers use a fixed, locale-free form: integers in decimal digits, doubles in the
    /// shortest form that reads back exactly, whole doubles without `.0` (`85`, `1.21`).
    public var interpolatedText: String? {
        switch self {
        case .string(let value): return value
        case .int(let value): return String(value)
        case .double(let value): return Self.format(value)
        case .bool(let value): return value ? "true" : "false"
        case .null, .list, .object, .lambda: return nil
        }
    }

    /// Whole numbers below 10^16 print as integers; everything else in Swift's shortest
    /// round-trip form (from 10^16 on, that is exponent form such as `1e+16`, never `.0`).
    static func format(_ value: Double) -> String {
        // Comparing through Int avoids libm's rounding functions (this module links no libm).
        if value.isFinite, abs(value) < 1e16, Double(Int(value)) == value {
            return String(Int(value))
        }
        return value.description
    }
}

extension MustacheValue {
    /// Appends the text `{{name}}` writes for this value (HTML-escaped when `escaped`) to
    /// `output`, without making a `String` for numbers and booleans. Lambdas write nothing here:
    /// the renderer calls them.
    @inline(__always)
    func appendInterpolatedText(escaped: Bool, to output: inout RenderBuffer) {
        switch self {
        case .string(let value):
            if escaped {
                HTMLEscaping.append(value, to: &output)
            } else {
                output.append(value)
            }
        case .int(let value): Self.appendDecimal(value, to: &output)
        case .bool(let value): output.append(value ? "true" : "false")
        case .double(let value): output.append(Self.format(value))
        case .null, .list, .object, .lambda: break
        }
    }

    /// Appends `value` in decimal digits, `-` first when negative.
    static func appendDecimal(_ value: Int, to output: inout RenderBuffer) {
        NumberFormat.withDecimalDigits(of: Int64(value)) { output.append($0) }
    }
}

extension MustacheValue {
    /// The value of `key` when this is an object that has it.
    @inline(__always)
    func member(_ key: MustacheKey) -> MustacheValue? {
        guard case .object(let object) = self else { return nil }
        return object[key]
    }

    /// The value at the end of the dotted path `keys[1...]`, starting from this value (the
    /// first key already resolved it).
    @inline(never)
    func member(at keys: [MustacheKey]) -> MustacheValue? {
        var value = self
        for index in 1..<keys.count {
            guard let next = value.member(keys[index]) else { return nil }
            value = next
        }
        return value
    }
}

extension MustacheValue {
    /// Whether this is a lambda (which a tag calls instead of writing).
    var isLambda: Bool {
        if case .lambda = self { return true }
        return false
    }
}
