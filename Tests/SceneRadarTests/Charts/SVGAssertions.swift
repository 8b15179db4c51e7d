import Foundation
import XCTest

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Checks shared by the chart tests: the SVG is well-formed XML (by `xmllint` when installed, and
/// always by Foundation's `XMLParser`), ids are unique, `aria-labelledby` points at the `<title>`
/// and `<desc>`, the root is an image holding no links or (the quadrant) an SVG document whose
/// links are named, and it has a `viewBox` but no fixed pixel size.
enum SVGAssertions {
    static let xmllint = "/usr/bin/xmllint"

    static func assertValid(_ svg: String, file: StaticString = #filePath, line: UInt = #line) {
        if FileManager.default.isExecutableFile(atPath: xmllint) {
            assertXmllintAccepts(svg, file: file, line: line)
        }
        let collector = ElementCollector()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = collector
        XCTAssertTrue(
            parser.parse(), "XMLParser: \(String(describing: parser.parserError))", file: file, line: line)
        let root = collector.elements.first
        XCTAssertEqual(root?.name, "svg", file: file, line: line)
        XCTAssertEqual(root?.attributes["xmlns"], "http://www.w3.org/2000/svg", file: file, line: line)
        // An image is one thing to assistive technology and may hold no links; the chart whose
        // marks are links (the quadrant) keeps the <svg> element's own role, and names each link.
        let links = collector.elements.filter { $0.name == "a" }
        if root?.attributes["class"]?.contains("chart-quadrant") == true {
            XCTAssertNil(root?.attributes["role"], file: file, line: line)
        } else {
            XCTAssertEqual(root?.attributes["role"], "img", file: file, line: line)
            XCTAssertEqual(links.count, 0, "links inside role=img", file: file, line: line)
        }
        for link in links {
            XCTAssertFalse(
                link.attributes["aria-label", default: ""].isEmpty, "unnamed link", file: file, line: line)
        }
        XCTAssertNotNil(root?.attributes["viewBox"], file: file, line: line)
        if let width = root?.attributes["width"] {
            XCTAssertFalse(
                width.allSatisfy(\.isNumber) || width.hasSuffix("px"), "fixed width", file: file, line: line)
        }
        let ids = collector.elements.compactMap { $0.attributes["id"] }
        XCTAssertEqual(ids.count, Set(ids).count, "duplicate ids: \(ids)", file: file, line: line)
        let labelledBy = root?.attributes["aria-labelledby"]?.split(separator: " ").map(String.init) ?? []
        XCTAssertEqual(labelledBy.count, 2, file: file, line: line)
        let titleID = collector.elements.first { $0.name == "title" }?.attributes["id"]
        let descID = collector.elements.first { $0.name == "desc" }?.attributes["id"]
        XCTAssertEqual(labelledBy, [titleID, descID].compactMap { $0 }, file: file, line: line)
        for element in collector.elements where element.name == "a" {
            let href = element.attributes["href"] ?? ""
            XCTAssertFalse(href.lowercased().contains("javascript"), href, file: file, line: line)
        }
        for element in collector.elements {
            if let size = element.attributes["font-size"], let value = Double(size) {
                XCTAssertGreaterThanOrEqual(value, 11, "text under 11 units", file: file, line: line)
            }
        }
    }

    /// The text of every element named `name`, in document order.
    static func texts(of name: String, in svg: String) -> [String] {
        let collector = ElementCollector()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = collector
        _ = parser.parse()
        return collector.elements.filter { $0.name == name }.map(\.text)
    }

    /// The attributes of every element named `name`, in document order.
    static func attributes(of name: String, in svg: String) -> [[String: String]] {
        let collector = ElementCollector()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = collector
        _ = parser.parse()
        return collector.elements.filter { $0.name == name }.map(\.attributes)
    }

    private static func assertXmllintAccepts(_ svg: String, file: StaticString, line: UInt) {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("radar-chart-\(UUID().uuidString).svg").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            try svg.write(toFile: path, atomically: true, encoding: .utf8)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: xmllint)
            process.arguments = ["--noout", path]
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0, "xmllint: \(message)", file: file, line: line)
        } catch {
            XCTFail("could not run xmllint: \(error)", file: file, line: line)
        }
    }
}

/// Collects elements with their attributes and direct text.
private final class ElementCollector: NSObject, XMLParserDelegate {
    struct Element {
        let name: String
        let attributes: [String: String]
        var text = ""
    }

    var elements: [Element] = []
    private var open: [Int] = []

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elements.append(Element(name: elementName, attributes: attributes))
        open.append(elements.count - 1)
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
    ) {
        _ = open.popLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let index = open.last {
            elements[index].text += string
        }
    }
}
