import Foundation

@testable import SceneRadar

/// Swift equivalents of the lambdas that `~lambdas.json` gives as code in other languages,
/// keyed by test name.
enum MustacheSpecLambdas {
    /// A fresh lambda for the named test (fresh, so call counters start at zero).
    static func lambda(for testName: String) -> MustacheLambda? {
        switch testName {
        case "Interpolation":
            return MustacheLambda { _ in "world" }
        case "Interpolation - Expansion":
            return MustacheLambda { _ in "{{planet}}" }
        case "Interpolation - Alternate Delimiters":
            return MustacheLambda { _ in "|planet| => {{planet}}" }
        case "Interpolation - Multiple Calls":
            let counter = CallCounter()
            return MustacheLambda { _ in String(counter.next()) }
        case "Escaping":
            return MustacheLambda { _ in ">" }
        case "Section":
            return MustacheLambda { text in text == "{{x}}" ? "yes" : "no" }
        case "Section - Expansion":
            return MustacheLambda { text in text + "{{planet}}" + text }
        case "Section - Alternate Delimiters":
            return MustacheLambda { text in text + "{{planet}} => |planet|" + text }
        case "Section - Multiple Calls":
            return MustacheLambda { text in "__" + text + "__" }
        case "Inverted Section":
            return MustacheLambda { _ in "" }
        default:
            return nil
        }
    }

    /// A thread-safe call counter, like the spec's `$calls` global.
    private final class CallCounter: @unchecked Sendable {
        private let lock = NSLock()
        private var calls = 0

        func next() -> Int {
            lock.lock()
            defer { lock.unlock() }
            calls += 1
            return calls
        }
    }
}
