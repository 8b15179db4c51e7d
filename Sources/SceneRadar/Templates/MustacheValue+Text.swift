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

    /// Whole numbers up to 2^53 print as integers; everything else as Swift's shortest
    /// round-trip form, which is also what JSON writers print.
    static func format(_ value: Double) -> String {
        // Comparing through Int avoids libm's rounding functions (this module links no libm).
        if value.isFinite, abs(value) < 9_007_199_254_740_992, Double(Int(value)) == value {
            return String(Int(value))
        }
        return value.description
    }
}
