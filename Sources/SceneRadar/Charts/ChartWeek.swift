/// An ISO 8601 week (`2025-W44`) as charts need it: ordered, labelled, and placed on a time axis.
///
/// Charts take plain weeks rather than the scoring stage's types so they depend on nothing else.
public struct ChartWeek: Sendable, Hashable, Comparable {
    /// The ISO week-numbering year (which can differ from the calendar year around New Year).
    public var year: Int
    /// The week number, 1...53.
    public var week: Int

    /// Creates a week; `week` is expected in 1...53 (other values still order and place sensibly).
    public init(year: Int, week: Int) {
        self.year = year
        self.week = week
    }

    /// The short label used on axes, e.g. `W07`.
    public var shortLabel: String {
        week >= 0 && week < 10 ? "W0" + String(week) : "W" + String(week)
    }

    /// The full ISO label, e.g. `2025-W07`.
    public var label: String {
        String(year) + "-" + shortLabel
    }

    /// The number of weeks since the ISO week of 1970-01-01, so consecutive weeks differ by 1,
    /// also across years with 53 weeks. Years are clamped to 1...9999 and weeks to 0...54 first,
    /// so absurd input cannot overflow the arithmetic.
    public var ordinal: Int {
        let january4 = Self.daysFromCivil(year: min(max(year, 1), 9999), month: 1, day: 4)
        let weekday = Self.floorMod(january4 + 3, 7)  // 0 = Monday; day 0 (1970-01-01) was a Thursday
        let monday = january4 - weekday + (min(max(week, 0), 54) - 1) * 7
        return Self.floorDiv(monday + 3, 7)
    }

    /// Orders by year, then week.
    public static func < (lhs: ChartWeek, rhs: ChartWeek) -> Bool {
        (lhs.year, lhs.week) < (rhs.year, rhs.week)
    }
}

/// One value in a weekly series, e.g. a scene's score with the window ending in that week.
public struct WeeklyValue: Sendable, Hashable {
    /// The week the value belongs to.
    public var week: ChartWeek
    /// The value; non-finite values are treated as missing by every chart.
    public var value: Double

    /// Creates a weekly value.
    public init(week: ChartWeek, value: Double) {
        self.week = week
        self.value = value
    }
}

// MARK: - Calendar arithmetic

extension ChartWeek {
    /// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's algorithm).
    fileprivate static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = floorDiv(shiftedYear, 400)
        let yearOfEra = shiftedYear - era * 400
        let monthIndex = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    fileprivate static func floorDiv(_ a: Int, _ b: Int) -> Int {
        let quotient = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? quotient - 1 : quotient
    }

    fileprivate static func floorMod(_ a: Int, _ b: Int) -> Int {
        a - floorDiv(a, b) * b
    }
}

extension ChartWeek {
    /// The week with the given ``ordinal``.
    init(ordinal: Int) {
        // The week's Monday is day `7 × ordinal − 3` after 1970-01-01, so its Thursday is `7 × ordinal`.
        let thursday = ordinal * 7
        let year = Self.yearOfDay(thursday)
        let dayOfYear = thursday - Self.daysFromCivil(year: year, month: 1, day: 1)
        self.init(year: year, week: dayOfYear / 7 + 1)
    }

    /// The calendar year holding day `days` since 1970-01-01 (the ISO year of a Thursday).
    private static func yearOfDay(_ days: Int) -> Int {
        var year = 1970 + floorDiv(days, 366)
        while daysFromCivil(year: year + 1, month: 1, day: 1) <= days {
            year += 1
        }
        while daysFromCivil(year: year, month: 1, day: 1) > days {
            year -= 1
        }
        return year
    }
}

extension WeeklyValue {
    /// `values` sorted by week with one value per week (the later entry in input order wins), so
    /// every chart orders the same input the same way.
    static func byWeek(_ values: [WeeklyValue]) -> [WeeklyValue] {
        // Already so (a scene's history, drawn a thousand times on the index): as it is.
        if values.indices.dropFirst().allSatisfy({ values[$0 - 1].week < values[$0].week }) { return values }
        var latest: [ChartWeek: WeeklyValue] = [:]
        for value in values {
            latest[value.week] = value
        }
        return latest.values.sorted { $0.week < $1.week }
    }

    /// The sentence fragment describing a weekly series, e.g. "12 weeks, 2025-W40 to 2025-W51;
    /// latest score 72.5 (2025-W51), lowest 40, highest 80". A series with weeks missing between
    /// its first and last (weeks without a log) counts its weeks as "logged weeks", as the span
    /// holds more.
    static func summary(_ values: [WeeklyValue], unit: String) -> String {
        let finite = values.filter { $0.value.isFinite }
        guard let first = values.first, let last = values.last else { return "no data yet." }
        let gaps = last.week.ordinal - first.week.ordinal + 1 > values.count
        var text =
            String(values.count) + (gaps ? " logged" : "") + (values.count == 1 ? " week, " : " weeks, ")
        text += values.count == 1 ? first.week.label : first.week.label + " to " + last.week.label
        if let latest = finite.last {
            text += "; latest " + unit + " " + ChartNumber.format(latest.value, decimals: 1)
            text += " (" + latest.week.label + ")"
        }
        if finite.count > 1, let low = finite.map(\.value).min(), let high = finite.map(\.value).max() {
            text += ", lowest " + ChartNumber.format(low, decimals: 1)
            text += ", highest " + ChartNumber.format(high, decimals: 1)
        }
        return text + "."
    }
}
