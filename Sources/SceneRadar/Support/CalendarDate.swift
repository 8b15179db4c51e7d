/// A calendar date without a time zone, as notes write it: `YYYY-MM-DD`.
///
/// Kept apart from Foundation's `Date` so that builds never depend on the machine's time zone.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year, 1–9999.
    public var year: Int
    /// The month, 1–12.
    public var month: Int
    /// The day of the month, 1–31.
    public var day: Int

    /// Creates a date; returns `nil` when it does not exist (e.g. 2026-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
            day <= CalendarDate.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` exactly (four-digit year, two-digit month and day).
    public init?(parsing text: Substring) {
        guard let (year, month, day) = Self.numbers(text) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Why `text`, written as a date (`YYYY-MM-DD`), is not one: "November 2026 has 30 days".
    /// `nil` when it is a date, or is not written as one.
    public static func outOfRange(_ text: Substring) -> String? {
        guard let (year, month, day) = numbers(text), CalendarDate(year: year, month: month, day: day) == nil
        else { return nil }
        guard year >= 1 else { return "years run from 0001 to 9999" }
        guard (1...12).contains(month) else { return "months run from 01 to 12" }
        let count = daysIn(month: month, year: year)
        guard day >= 1 else {
            return "days run from 01 to \(count) in \(monthNames[month - 1]) \(text.prefix(4))"
        }
        return "\(monthNames[month - 1]) \(text.prefix(4)) has \(count) days"
    }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// The numbers of text written `YYYY-MM-DD`, whether or not they make a date; `nil` for text
    /// written otherwise.
    private static func numbers(_ text: Substring) -> (year: Int, month: Int, day: Int)? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = Digits.value(bytes[0..<4]), let month = Digits.value(bytes[5..<7]),
            let day = Digits.value(bytes[8..<10])
        else { return nil }
        return (year, month, day)
    }

    /// Parses `YYYY-MM-DD` exactly.
    public init?(parsing text: String) {
        self.init(parsing: Substring(text))
    }

    /// Days since 1970-01-01 (negative before), by Howard Hinnant's civil-from-days algorithm.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `dayNumber` days after 1970-01-01.
    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var weekday: Int {
        let d = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday (ISO 4)
        return (d < 0 ? d + 7 : d) + 1
    }

    /// The ISO week this date falls in.
    public var isoWeek: ISOWeek {
        let thursday = CalendarDate(dayNumber: dayNumber - weekday + 4)
        let jan1 = CalendarDate(year: thursday.year, month: 1, day: 1).map(\.dayNumber) ?? thursday.dayNumber
        let week = (thursday.dayNumber - jan1) / 7 + 1
        return ISOWeek(uncheckedYear: thursday.year, week: week)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        guard (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) else {
            return Digits.pad(year, 4) + "-" + Digits.pad(month, 2) + "-" + Digits.pad(day, 2)
        }
        return Digits.text(count: 10) { buffer in
            Digits.write(year, width: 4, to: buffer, at: 0)
            buffer[4] = UInt8(ascii: "-")
            Digits.write(month, width: 2, to: buffer, at: 5)
            buffer[7] = UInt8(ascii: "-")
            Digits.write(day, width: 2, to: buffer, at: 8)
        }
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Whether `year` is a Gregorian leap year.
    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in `month` of `year`.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// Small helpers for fixed-width decimal fields, without Foundation's locale-aware formatting.
enum Digits {
    /// The most digits `value` reads: every such number fits in an `Int` (docs/limits.md).
    static let maxCount = 18

    /// The value of a run of ASCII digits, or `nil` if any byte is not a digit or there are
    /// more than `maxCount`.
    static func value<C: Collection>(_ bytes: C) -> Int? where C.Element == UInt8 {
        guard !bytes.isEmpty, bytes.count <= maxCount else { return nil }
        var result = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            result = result * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return result
    }

    /// `value` in decimal, left-padded with zeros to `width`.
    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    /// ASCII text of `count` bytes that `fill` writes into a buffer on the stack (at most 15
    /// bytes make a small string: no allocation at all).
    static func text(count: Int, _ fill: (UnsafeMutableBufferPointer<UInt8>) -> Void) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { buffer in
            fill(buffer)
            return String(decoding: UnsafeBufferPointer(buffer), as: UTF8.self)
        }
    }

    /// Writes `value` (0 ≤ value < 10^width) as `width` digits, zero-padded, at `offset`.
    static func write(_ value: Int, width: Int, to buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int)
    {
        var rest = value
        for index in stride(from: offset + width - 1, through: offset, by: -1) {
            buffer[index] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        }
    }
}
