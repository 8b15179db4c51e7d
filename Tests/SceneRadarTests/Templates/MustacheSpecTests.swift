import Foundation
import XCTest

@testable import SceneRadar

/// Runs the Mustache specification's own test files (`mustache-spec/*.json` in the shared
/// conformance folder) and prints a pass count per module.
final class MustacheSpecTests: XCTestCase {
    func testSpec_comments() throws { try runModule("comments") }
    func testSpec_delimiters() throws { try runModule("delimiters") }
    func testSpec_interpolation() throws { try runModule("interpolation") }
    func testSpec_inverted() throws { try runModule("inverted") }
    func testSpec_partials() throws { try runModule("partials") }
    func testSpec_sections() throws { try runModule("sections") }
    func testSpec_inheritance() throws { try runModule("~inheritance") }
    func testSpec_dynamicNames() throws { try runModule("~dynamic-names") }
    func testSpec_lambdas() throws { try runModule("~lambdas") }

    // MARK: - Running a module

    private struct Spec: Decodable {
        struct Case: Decodable {
            let name: String
            let data: SpecValue
            let template: String
            let expected: String
            let partials: [String: String]?
        }

        let tests: [Case]
    }

    private func runModule(_ module: String) throws {
        let url = try Self.conformanceFolder().appendingPathComponent("mustache-spec/\(module).json")
        let spec = try JSONDecoder().decode(Spec.self, from: Data(contentsOf: url))
        var failures: [String] = []
        for test in spec.tests {
            let outcome = Self.run(test, module: module)
            if outcome != test.expected {
                failures.append(
                    "\(test.name): expected \(String(reflecting: test.expected)), got \(String(reflecting: outcome))"
                )
            }
        }
        print("mustache-spec \(module): \(spec.tests.count - failures.count)/\(spec.tests.count)")
        XCTAssertTrue(
            failures.isEmpty, "mustache-spec \(module) failures:\n" + failures.joined(separator: "\n"))
    }

    private static func run(_ test: Spec.Case, module: String) -> String {
        do {
            let library = try MustacheLibrary(sources: test.partials ?? [:])
            let template = try MustacheTemplate(test.template, name: "test")
            let context = test.data.value.replacingCode(with: MustacheSpecLambdas.lambda(for: test.name))
            return try template.render(context, partials: library)
        } catch {
            return "error: \(error)"
        }
    }

    /// `$RADAR_CONFORMANCE`, else `<package root>/../shared/conformance`; skips when neither exists.
    private static func conformanceFolder() throws -> URL {
        let fileManager = FileManager.default
        if let path = ProcessInfo.processInfo.environment["RADAR_CONFORMANCE"], !path.isEmpty,
            fileManager.fileExists(atPath: path)
        {
            return URL(fileURLWithPath: path)
        }
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/conformance")
        if fileManager.fileExists(atPath: shared.path) { return shared }
        print("note: mustache-spec conformance data not found; set RADAR_CONFORMANCE to run it")
        throw XCTSkip("conformance folder not found (set RADAR_CONFORMANCE or place ../shared/conformance)")
    }
}

/// A JSON value from a spec file, typed exactly: booleans stay booleans, whole numbers
/// become `.int`, others `.double`.
private struct SpecValue: Decodable {
    let value: MustacheValue

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            value = .null
        } else if let bool = try? container.decode(Bool.self) {
            value = .bool(bool)
        } else if let int = try? container.decode(Int.self) {
            value = .int(int)
        } else if let double = try? container.decode(Double.self) {
            value = .double(double)
        } else if let string = try? container.decode(String.self) {
            value = .string(string)
        } else if let list = try? container.decode([SpecValue].self) {
            value = .list(list.map(\.value))
        } else {
            value = .object(MustacheObject(try container.decode([String: SpecValue].self).mapValues(\.value)))
        }
    }
}

extension MustacheValue {
    /// The value with every `{"__tag__": "code", …}` object (a lambda written in other
    /// languages) replaced by `lambda`.
    fileprivate func replacingCode(with lambda: MustacheLambda?) -> MustacheValue {
        switch self {
        case .object(let members):
            if case .string("code") = members["__tag__"] { return lambda.map { .lambda($0) } ?? .null }
            return .object(members.mapValues { $0.replacingCode(with: lambda) })
        case .list(let items):
            return .list(items.map { $0.replacingCode(with: lambda) })
        default:
            return self
        }
    }
}
