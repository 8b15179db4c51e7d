/// Fixed-point decimal text without Foundation's locale-aware formatters: the same digits on
/// every machine, always a `.` separator, never a grouping separator, never `-0`.
///
/// A score is already rounded to one decimal, so `fixed(score, places: 1)` prints `57.1`, `0.0`,
/// `100.0`; momentum prints with `signed(value, places: 2)` as `+0.53`, `-0.40`, `0.00`.
public enum DecimalText {
    /// `value` rounded half away from zero to `places` decimals (0…9).
    public static func fixed(_ value: Double, places: Int) -> String {
        let places = min(max(places, 0), 9)
        var scale: Int64 = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = (value * Double(scale)).rounded(.toNearestOrAwayFromZero)
        // Beyond 2^53 a Double has no decimals left to print; NaN and infinities have none at all.
        guard scaled.isFinite, abs(scaled) < 9_007_199_254_740_992 else {
            return value.isNaN ? "nan" : value.isInfinite ? (value < 0 ? "-inf" : "inf") : String(value)
        }
        let units = Int64(scaled)
        let magnitude = units.magnitude
        let whole = String(magnitude / UInt64(scale))
        let sign = units < 0 ? "-" : ""
        guard places > 0 else { return sign + whole }
        let fraction = String(magnitude % UInt64(scale))
        return sign + whole + "." + String(repeating: "0", count: places - fraction.count) + fraction
    }

    /// Like `fixed`, with a `+` before values that round above zero (for trends).
    public static func signed(_ value: Double, places: Int) -> String {
        let text = fixed(value, places: places)
        return text.hasPrefix("-") || text.allSatisfy({ $0 == "0" || $0 == "." }) ? text : "+" + text
    }
}
