/// An ISO 8601 week, written `2026-W47`: the unit of a weekly log.
public struct ISOWeek: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The ISO week-numbering year (may differ from the calendar year around New Year).
    public let year: Int
    /// The week, 1–52 or 53.
    public let week: Int

    /// Creates a week; returns `nil` when the year has no such week.
    public init?(year: Int, week: Int) {
        guard (1...9999).contains(year), week >= 1, week <= ISOWeek.weeks(in: year) else { return nil }
        self.year = year
        self.week = week
    }

    init(uncheckedYear year: Int, week: Int) {
        self.year = year
        self.week = week
    }

    /// Parses `YYYY-Www` exactly (e.g. `2026-W07`).
    public init?(parsing text: Substring) {
        guard let (year, week) = Self.numbers(text) else { return nil }
        self.init(year: year, week: week)
    }

    /// Parses `YYYY-Www` exactly.
    public init?(parsing text: String) {
        self.init(parsing: Substring(text))
    }

    /// Why `text`, written as a week (`YYYY-Www`), is not one: "2025 has 52 ISO weeks (W01 to
    /// W52)". `nil` when it is a week, or is not written as one.
    public static func outOfRange(_ text: Substring) -> String? {
        guard let (year, week) = numbers(text), ISOWeek(year: year, week: week) == nil else { return nil }
        guard year >= 1 else { return "ISO week years run from 0001 to 9999" }
        let count = weeks(in: year)
        return "\(text.prefix(4)) has \(count) ISO weeks (W01 to W\(count))"
    }

    /// The year and week numbers of text written `YYYY-Www`, whether or not the year has that
    /// week; `nil` for text written otherwise.
    private static func numbers(_ text: Substring) -> (year: Int, week: Int)? {
        // Read in place: weeks are parsed for every log and every cached credit.
        var year = 0
        var week = 0
        var offset = 0
        for byte in text.utf8 {
            switch offset {
            case 4: guard byte == UInt8(ascii: "-") else { return nil }
            case 5: guard byte == UInt8(ascii: "W") else { return nil }
            case 0..<8:
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                let digit = Int(byte - UInt8(ascii: "0"))
                if offset < 4 { year = year * 10 + digit } else { week = week * 10 + digit }
            default: return nil
            }
            offset += 1
        }
        return offset == 8 ? (year, week) : nil
    }

    /// The Monday that starts the week.
    public var monday: CalendarDate {
        let jan4 = CalendarDate(year: year, month: 1, day: 4).map(\.dayNumber) ?? 0
        let weekOneMonday = jan4 - (CalendarDate(dayNumber: jan4).weekday - 1)
        return CalendarDate(dayNumber: weekOneMonday + (week - 1) * 7)
    }

    /// A number that increases by one per week, for offsets and ranges.
    public var ordinal: Int {
        (monday.dayNumber + 3).floorDivided(by: 7)
    }

    /// The week `count` weeks later (earlier when negative).
    public func adding(weeks count: Int) -> ISOWeek {
        CalendarDate(dayNumber: monday.dayNumber + count * 7).isoWeek
    }

    /// The first of the `count` weeks that end with this one, but no earlier than 0001-W01,
    /// where the calendar starts (no log is older): a window's first week, as it is named.
    public func first(ofWindow count: Int) -> ISOWeek {
        let first = adding(weeks: -(count - 1))
        return first.year < 1 ? ISOWeek(uncheckedYear: 1, week: 1) : first
    }

    /// Weeks from `self` to `other` (positive when `other` is later).
    public func weeks(to other: ISOWeek) -> Int {
        other.ordinal - ordinal
    }

    /// `YYYY-Www`.
    public var description: String {
        // Pages ask for hundreds of thousands of weeks' texts: those of the years a vault is
        // likely to hold are made once, and a text is a small string (copied without a retain).
        if Self.tabledYears.contains(year), (1...53).contains(week) {
            return Self.texts[(year - Self.tabledYears.lowerBound) * 53 + week - 1]
        }
        return Self.text(year: year, week: week)
    }

    /// The years whose weeks' texts are made once.
    private static let tabledYears = 1970...2100

    /// The text of every week 1...53 of `tabledYears`, in order.
    private static let texts: [String] = tabledYears.flatMap { year in
        (1...53).map { text(year: year, week: $0) }
    }

    /// `YYYY-Www` made from bytes on the stack (a week's text is a small string).
    private static func text(year: Int, week: Int) -> String {
        guard (0...9999).contains(year), (0...99).contains(week) else {
            return Digits.pad(year, 4) + "-W" + Digits.pad(week, 2)
        }
        return Digits.text(count: 8) { buffer in
            Digits.write(year, width: 4, to: buffer, at: 0)
            buffer[4] = UInt8(ascii: "-")
            buffer[5] = UInt8(ascii: "W")
            Digits.write(week, width: 2, to: buffer, at: 6)
        }
    }

    /// The number of ISO weeks in `year`: 53 when it starts on a Thursday, or is a leap year
    /// starting on a Wednesday; 52 otherwise.
    public static func weeks(in year: Int) -> Int {
        guard let jan1 = CalendarDate(year: year, month: 1, day: 1) else { return 52 }
        let weekday = jan1.weekday
        return weekday == 4 || (weekday == 3 && CalendarDate.isLeap(year)) ? 53 : 52
    }

    public static func < (lhs: ISOWeek, rhs: ISOWeek) -> Bool {
        (lhs.year, lhs.week) < (rhs.year, rhs.week)
    }
}

extension Int {
    /// Division rounding toward negative infinity.
    func floorDivided(by divisor: Int) -> Int {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
