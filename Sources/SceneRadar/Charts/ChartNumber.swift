/// Locale-free number formatting for charts: the same value always gives the same bytes.
///
/// Foundation's `String(format:)` and `NumberFormatter` depend on the locale and are slow in the
/// tight loops of a build that draws thousands of charts, so charts format numbers here: rounded
/// half away from zero to a fixed number of decimals, trailing zeros trimmed unless asked for,
/// never `-0`, never an exponent. Values beyond ±10¹² are clamped there, and NaN formats as `0`
/// (chart code replaces non-finite input before it reaches a coordinate; this is a last guard).
public enum ChartNumber {
    /// The largest magnitude formatted as itself; larger values are clamped to it.
    public static let limit: Double = 1e12

    /// Formats `value` with at most `decimals` decimals (0...4), e.g. `12.345 → "12.35"`,
    /// `3.10 → "3.1"`, `-0.001 → "0"`.
    ///
    /// - Parameters:
    ///   - value: The number; NaN gives `"0"`, infinities and huge values are clamped to ±``limit``.
    ///   - decimals: How many decimals to round to (clamped to 0...4).
    ///   - trimZeros: When false, always writes exactly `decimals` decimals (`72 → "72.0"`).
    public static func format(_ value: Double, decimals: Int = 2, trimZeros: Bool = true) -> String {
        var text = ""
        append(value, decimals: decimals, trimZeros: trimZeros, to: &text)
        return text
    }

    /// Formats `value` like ``format(_:decimals:trimZeros:)`` with an explicit sign for non-zero
    /// values: `0.123 → "+0.12"`, `-0.5 → "-0.5"`, `0.001 → "0"`.
    public static func formatSigned(_ value: Double, decimals: Int = 2) -> String {
        var text = ""
        let body = format(value, decimals: decimals)
        if body != "0" && !body.hasPrefix("-") {
            text.append("+")
        }
        text.append(body)
        return text
    }

    /// Appends the formatted `value` to `text` without building an intermediate string.
    static func append(_ value: Double, decimals: Int = 2, trimZeros: Bool = true, to text: inout String) {
        withBytes(value, decimals: decimals, trimZeros: trimZeros) {
            text.append(String(decoding: $0, as: UTF8.self))
        }
    }

    /// Hands the formatted `value` to `body` as ASCII bytes (at most 19: a sign, 13 digits, a
    /// point and 4 decimals), written on the stack.
    static func withBytes<Result>(
        _ value: Double, decimals: Int, trimZeros: Bool, _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        let places = min(max(decimals, 0), 4)
        let clamped = value.isNaN ? 0 : min(max(value, -limit), limit)
        let factor = powersOfTen[places]
        // Half away from zero on the magnitude (≤ 10¹⁶ fits UInt64). Truncating and comparing the
        // exact remainder avoids libm and the `x + 0.5` error at 0.49999999999999994.
        let magnitude = clamped.magnitude * Double(factor)
        let truncated = UInt64(magnitude)
        let scaled = magnitude - Double(truncated) >= 0.5 ? truncated + 1 : truncated
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
            var count = 0
            /// `.` and `decimals` digits of `fraction` (zero-padded).
            func decimalPart(_ fraction: UInt64, _ decimals: Int) {
                buffer[count] = UInt8(ascii: ".")
                Digits.write(Int(fraction), width: decimals, to: buffer, at: count + 1)
                count += 1 + decimals
            }
            if scaled == 0 {
                buffer[0] = UInt8(ascii: "0")
                count = 1
                if !trimZeros && places > 0 { decimalPart(0, places) }
                return body(UnsafeBufferPointer(rebasing: buffer[..<count]))
            }
            if clamped < 0 {
                buffer[0] = UInt8(ascii: "-")
                count = 1
            }
            NumberFormat.withDecimalDigits(of: Int64(scaled / factor)) { whole in
                for digit in whole {
                    buffer[count] = digit
                    count += 1
                }
            }
            var fraction = scaled % factor
            var decimals = places
            if trimZeros {
                while decimals > 0 && fraction % 10 == 0 {
                    fraction /= 10
                    decimals -= 1
                }
            }
            if decimals > 0 { decimalPart(fraction, decimals) }
            return body(UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
    }

    private static let powersOfTen: [UInt64] = [1, 10, 100, 1000, 10_000]
}
