import XCTest

@testable import SceneRadar

final class StringTableTests: XCTestCase {
    func testLookups_answerAsTheDictionaryDoes() {
        var dictionary: [String: Int] = [:]
        for number in 0..<5_000 { dictionary["DJ Kofi \(number)"] = number }
        dictionary["Björk"] = -1
        dictionary[""] = -2
        let table = StringTable(dictionary)
        XCTAssertEqual(table.count, dictionary.count)
        for probe in dictionary.keys + ["DJ Kofi 5000", "dj kofi 1", "Bjork", "Björk ", "x"] {
            XCTAssertEqual(table[probe], dictionary[probe], probe)
        }
        XCTAssertEqual(StringTable<Int>()["anything"], nil)
    }

    /// Strings equal with different bytes are found whichever form is stored or asked for.
    func testLookups_findCanonicallyEqualSpellings() {
        let composed = "Beyonc\u{E9}"
        let decomposed = "Beyonce\u{301}"
        XCTAssertEqual(StringTable([composed: 1])[decomposed], 1)
        XCTAssertEqual(StringTable([decomposed: 1])[composed], 1)
        // The Kelvin sign is canonically the letter K: an ASCII key equals a non-ASCII one.
        let kelvin = "\u{212A}ofi"
        XCTAssertEqual(kelvin, "Kofi")
        XCTAssertEqual(StringTable([kelvin: 2])["Kofi"], 2)
        XCTAssertEqual(StringTable(["Kofi": 2])[kelvin], 2)
        XCTAssertEqual(StringTable(["Kofi": 2, "Zo\u{EB}": 3])["Koffi"], nil)
    }

    func testASCIIHash_refusesAByteOver127AtAnyPosition() {
        for length in 1...24 {
            for position in 0..<length {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                bytes[position] = 0xC3
                XCTAssertNil(
                    bytes.withUnsafeBufferPointer(StringTable<Int>.asciiHash), "\(length) \(position)")
            }
            let ascii = [UInt8](repeating: UInt8(ascii: "a"), count: length)
            XCTAssertNotNil(ascii.withUnsafeBufferPointer(StringTable<Int>.asciiHash))
        }
    }

    func testASCIIHash_tellsApartKeysOfEveryLength() {
        var seen: Set<UInt64> = []
        for length in 0...40 {
            for letter in UInt8(ascii: "a")...UInt8(ascii: "z") {
                let bytes = [UInt8](repeating: letter, count: length)
                let hash = bytes.withUnsafeBufferPointer(StringTable<Int>.asciiHash)
                XCTAssertTrue(seen.insert(hash ?? 0).inserted || length == 0 && letter > UInt8(ascii: "a"))
            }
        }
    }
}
