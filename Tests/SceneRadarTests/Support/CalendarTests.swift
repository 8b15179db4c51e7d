import Glibc
import XCTest

@testable import SceneRadar

final class CalendarTests: XCTestCase {
    func testCalendarDate_parsesOnlyExactForm() {
        XCTAssertEqual(CalendarDate(parsing: "2026-11-25")?.description, "2026-11-25")
        XCTAssertNil(CalendarDate(parsing: "2026-02-30"))
        XCTAssertNil(CalendarDate(parsing: "2026-1-5"))
        XCTAssertNil(CalendarDate(parsing: "26-11-25"))
        XCTAssertNil(CalendarDate(parsing: "2026-13-01"))
        XCTAssertNotNil(CalendarDate(parsing: "2024-02-29"))
        XCTAssertNil(CalendarDate(parsing: "2100-02-29"))
    }

    /// Texts are zero-padded to their widths, and read back as the same date or week.
    func testDescriptions_padAndRoundTrip() throws {
        for (year, month, day) in [(1, 1, 1), (9, 9, 9), (999, 12, 31), (2026, 2, 28), (9999, 12, 31)] {
            let date = try XCTUnwrap(CalendarDate(year: year, month: month, day: day))
            XCTAssertEqual(
                date.description, Digits.pad(year, 4) + "-" + Digits.pad(month, 2) + "-" + Digits.pad(day, 2))
            XCTAssertEqual(CalendarDate(parsing: date.description), date)
        }
        // Every week of the years at both edges of those whose texts are made once, and others.
        let edges = [1969, 1970, 1971, 2026, 2099, 2100, 2101].flatMap { year in
            (1...ISOWeek.weeks(in: year)).map { (year, $0) }
        }
        for (year, week) in [(1, 1), (42, 7), (2020, 53), (2026, 10), (9999, 52)] + edges {
            let isoWeek = try XCTUnwrap(ISOWeek(year: year, week: week))
            XCTAssertEqual(isoWeek.description, Digits.pad(year, 4) + "-W" + Digits.pad(week, 2))
            XCTAssertEqual(ISOWeek(parsing: isoWeek.description), isoWeek)
        }
        XCTAssertEqual(CalendarDate(year: 2026, month: 11, day: 5)?.description, "2026-11-05")
        XCTAssertEqual(ISOWeek(year: 33, week: 4)?.description, "0033-W04")
        // Weeks made by arithmetic outside the years a note can name still print.
        XCTAssertEqual(ISOWeek(uncheckedYear: 12_345, week: 2).description, "12345-W02")
    }

    func testCalendarDate_dayNumberRoundTrips() {
        XCTAssertEqual(CalendarDate(year: 1970, month: 1, day: 1)?.dayNumber, 0)
        for day in stride(from: -800_000, to: 800_000, by: 997) {
            XCTAssertEqual(CalendarDate(dayNumber: day).dayNumber, day)
        }
        XCTAssertEqual(CalendarDate(year: 2026, month: 11, day: 25)?.weekday, 3)
    }

    func testISOWeek_ofDatesAroundNewYear() {
        XCTAssertEqual(CalendarDate(year: 2026, month: 11, day: 25)?.isoWeek.description, "2026-W48")
        XCTAssertEqual(CalendarDate(year: 2021, month: 1, day: 3)?.isoWeek.description, "2020-W53")
        XCTAssertEqual(CalendarDate(year: 2024, month: 12, day: 30)?.isoWeek.description, "2025-W01")
        XCTAssertEqual(CalendarDate(year: 2027, month: 1, day: 1)?.isoWeek.description, "2026-W53")
    }

    func testISOWeek_parsingAndValidity() {
        XCTAssertEqual(ISOWeek(parsing: "2026-W07")?.week, 7)
        XCTAssertNotNil(ISOWeek(parsing: "2026-W53"))
        XCTAssertNil(ISOWeek(parsing: "2025-W53"))
        XCTAssertNil(ISOWeek(parsing: "2026-W00"))
        XCTAssertNil(ISOWeek(parsing: "2026-w07"))
        XCTAssertNil(ISOWeek(parsing: "2026W07"))
        for text in [
            "", "2026-W0", "2026-W070", "2026-W7x", "20x6-W07", "2026-X07", "2026_W07", "+026-W07",
            "0000-W01",
        ] {
            XCTAssertNil(ISOWeek(parsing: text), text)
        }
        XCTAssertEqual(ISOWeek(parsing: Substring("x2026-W09y").dropFirst().dropLast())?.week, 9)
        XCTAssertEqual(ISOWeek.weeks(in: 2020), 53)
        XCTAssertEqual(ISOWeek.weeks(in: 2026), 53)
        XCTAssertEqual(ISOWeek.weeks(in: 2025), 52)
    }

    func testISOWeek_outOfRange_saysWhyAWellWrittenWeekIsNone() {
        XCTAssertEqual(ISOWeek.outOfRange("2025-W53"), "2025 has 52 ISO weeks (W01 to W52)")
        XCTAssertEqual(ISOWeek.outOfRange("2026-W54"), "2026 has 53 ISO weeks (W01 to W53)")
        XCTAssertEqual(ISOWeek.outOfRange("2026-W00"), "2026 has 53 ISO weeks (W01 to W53)")
        XCTAssertEqual(ISOWeek.outOfRange("0000-W01"), "ISO week years run from 0001 to 9999")
        for text in [
            "2026-W53", "2026-W01", "2026-w54", "2026-W5", "2026-W540", "20x6-W54", "+026-W54", "2026-X54",
        ] {
            XCTAssertNil(ISOWeek.outOfRange(Substring(text)), text)
        }
    }

    func testCalendarDate_outOfRange_saysWhyAWellWrittenDateIsNone() {
        XCTAssertEqual(CalendarDate.outOfRange("2026-11-31"), "November 2026 has 30 days")
        XCTAssertEqual(CalendarDate.outOfRange("2026-02-29"), "February 2026 has 28 days")
        XCTAssertEqual(CalendarDate.outOfRange("2028-02-30"), "February 2028 has 29 days")
        XCTAssertEqual(CalendarDate.outOfRange("2026-01-00"), "days run from 01 to 31 in January 2026")
        XCTAssertEqual(CalendarDate.outOfRange("2026-00-10"), "months run from 01 to 12")
        XCTAssertEqual(CalendarDate.outOfRange("0000-01-01"), "years run from 0001 to 9999")
        for text in ["2028-02-29", "2026-12-31", "2026-1-31", "12/03/2026", "2026-11-3x", "2026_11_30", ""] {
            XCTAssertNil(CalendarDate.outOfRange(Substring(text)), text)
        }
    }

    /// A curator logs the week on a Sunday evening: west of Greenwich, UTC is already Monday.
    func testDateAtAnInstant_isTheLocalDate() {
        // 2026-11-30 04:00 UTC: Monday in UTC, Sunday 20:00 in Los Angeles (UTC-8).
        let instant = CalendarDate(year: 2026, month: 11, day: 30)!.dayNumber * 86_400 + 4 * 3_600
        let losAngeles = CalendarDate(secondsSince1970: instant, utcOffset: -8 * 3_600)
        XCTAssertEqual(losAngeles, CalendarDate(year: 2026, month: 11, day: 29))
        XCTAssertEqual(losAngeles.isoWeek, ISOWeek(year: 2026, week: 48))
        XCTAssertEqual(
            CalendarDate(secondsSince1970: instant, utcOffset: 0),
            CalendarDate(year: 2026, month: 11, day: 30))
        // 2026-11-29 20:00 UTC: still Sunday in UTC, Monday 09:00 in Auckland (UTC+13).
        XCTAssertEqual(
            CalendarDate(secondsSince1970: instant - 8 * 3_600, utcOffset: 13 * 3_600),
            CalendarDate(year: 2026, month: 11, day: 30))
    }

    func testToday_followsTheTimeZoneInTZ() {
        let saved = getenv("TZ").map { String(cString: $0) }
        defer {
            if let saved { setenv("TZ", saved, 1) } else { unsetenv("TZ") }
            tzset()
        }
        // POSIX zones, so that no time zone database is needed: 12 hours west, and 12 east.
        for (zone, offset) in [("WEST12", -12 * 3_600), ("EAST-12", 12 * 3_600)] {
            setenv("TZ", zone, 1)
            tzset()
            let before = time(nil)
            let today = CalendarDate.today()
            let after = time(nil)
            let expected = [before, after].map { CalendarDate(secondsSince1970: $0, utcOffset: offset) }
            XCTAssertTrue(expected.contains(today), "\(zone): \(today), expected \(expected)")
        }
    }

    func testISOWeek_arithmeticAcrossYears() throws {
        let week = try XCTUnwrap(ISOWeek(parsing: "2026-W52"))
        XCTAssertEqual(week.adding(weeks: 1).description, "2026-W53")
        XCTAssertEqual(week.adding(weeks: 2).description, "2027-W01")
        XCTAssertEqual(week.adding(weeks: -52).description, "2025-W52")
        XCTAssertEqual(week.weeks(to: week.adding(weeks: 10)), 10)
        XCTAssertEqual(week.monday.description, "2026-12-21")
        XCTAssertEqual(ISOWeek(parsing: "2026-W01")?.monday.description, "2025-12-29")
    }
}
