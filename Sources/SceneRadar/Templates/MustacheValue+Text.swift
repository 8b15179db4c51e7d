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
