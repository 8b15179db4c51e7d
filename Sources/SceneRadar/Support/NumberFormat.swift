/// Locale-free number formatting for everything radar prints.
public enum NumberFormat {
    /// `value` rounded to at most `maxDecimals` places (half away from zero), trailing zeros
    /// dropped, never `-0`; non-finite values print as `0`.
    public static func fixed(_ value: Double, maxDecimals: Int) -> String {
        guard value.isFinite else { return "0" }
        var scale = 1.0
        for _ in 0..<maxDecimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e15 else { return String(Int64(value.rounded())) }
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
}
