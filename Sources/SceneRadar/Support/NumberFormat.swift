/// Locale-free number formatting for everything radar prints.
public enum NumberFormat {
    /// Calls `body` with the ASCII decimal digits of `value`, `-` first when negative, made in a
    /// buffer on the stack: for writers that append bytes (no `String` is made).
    static func withDecimalDigits<Result>(
        of value: Int64, _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        // 20 digits hold any UInt64, and one more place the sign; filled from the end.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 21) { digits in
            var magnitude = value.magnitude
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if value < 0 {
                start -= 1
                digits[start] = UInt8(ascii: "-")
            }
            return body(UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    /// `value` rounded to at most `maxDecimals` places (half away from zero), trailing zeros
    /// dropped, never `-0`; non-finite values print as `0`.
    public static func fixed(_ value: Double, maxDecimals: Int) -> String {
        guard value.isFinite else { return "0" }
        var scale = 1.0
        for _ in 0..<maxDecimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e15 else {
            // Too large for the decimals to matter; beyond 64 bits, Swift's own form (`1e+20`).
            let whole = value.rounded(.toNearestOrAwayFromZero)
            return Int64(exactly: whole).map { String($0) } ?? whole.description
        }
        let units = Int64(scaled)
        if units == 0 { return "0" }
        let factor = Int64(scale)
        var text = String(units / factor)
        var fraction = units % factor
        if fraction > 0 {
            var digits = String(fraction)
            digits = String(repeating: "0", count: maxDecimals - digits.count) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            text += "." + digits
            fraction = 0
        }
        return value < 0 ? "-" + text : text
    }

    /// `value` with exactly `decimals` places (e.g. a score `57.0`).
    public static func exact(_ value: Double, decimals: Int) -> String {
        let text = fixed(value, maxDecimals: decimals)
        guard decimals > 0 else { return text }
        let parts = text.split(separator: ".", maxSplits: 1)
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        return String(parts[0]) + "." + fraction + String(repeating: "0", count: decimals - fraction.count)
    }

    /// `count` with its noun, plural unless the count is one: "1 chart", "3 charts",
    /// "2 press pieces"; `plural` for a noun that does not take an "s" ("2 remixes").
    public static func counted(_ count: Int, _ noun: String, plural: String? = nil) -> String {
        String(count) + " " + (count == 1 ? noun : plural ?? noun + "s")
    }
}
