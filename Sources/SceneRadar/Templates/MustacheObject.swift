/// The members of a Mustache object (a "hash"): names and values in two arrays.
///
/// Page contexts hold thousands of small objects (a track, a person link) with a handful of
/// keys each; building and probing a `Dictionary` (hashing every key with a per-process seed)
/// cost more than the rendering itself. A linear scan over a few short keys is faster, and
/// building one is two appends per member.
public struct MustacheObject: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    /// One heap object for both arrays, so copying an object (which the renderer does for every
    /// lookup that passes through it) retains once. Mutated only when uniquely referenced.
    private final class Storage: @unchecked Sendable {
        // Safe: copy-on-write; a shared storage is never mutated, it is copied first.
        var keys: [String]
        var values: [MustacheValue]

        init(keys: [String], values: [MustacheValue]) {
            self.keys = keys
            self.values = values
        }
    }

    private var storage: Storage

    var keys: [String] { storage.keys }
    var values: [MustacheValue] { storage.values }

    /// An empty object.
    public init() {
        storage = Storage(keys: [], values: [])
    }

    /// An object with the members of `dictionary`.
    public init(_ dictionary: [String: MustacheValue]) {
        let keys = dictionary.keys.sorted()
        storage = Storage(keys: keys, values: keys.map { dictionary[$0] ?? .null })
    }

    /// An object from a literal; when a key repeats, the last value wins.
    public init(dictionaryLiteral elements: (String, MustacheValue)...) {
        storage = Storage(keys: [], values: [])
        storage.keys.reserveCapacity(elements.count)
        storage.values.reserveCapacity(elements.count)
        for (key, value) in elements { self[key] = value }
    }

    /// The value of `key`; setting `nil` removes it.
    public subscript(key: String) -> MustacheValue? {
        get {
            let keys = storage.keys
            for index in keys.indices where keys[index] == key { return storage.values[index] }
            return nil
        }
        set {
            if !isKnownUniquelyReferenced(&storage) {
                storage = Storage(keys: storage.keys, values: storage.values)
            }
            if let index = storage.keys.firstIndex(of: key) {
                if let newValue {
                    storage.values[index] = newValue
                } else {
                    storage.keys.remove(at: index)
                    storage.values.remove(at: index)
                }
            } else if let newValue {
                storage.keys.append(key)
                storage.values.append(newValue)
            }
        }
    }

    /// How many members.
    public var count: Int { storage.keys.count }

    /// Whether there are no members.
    public var isEmpty: Bool { storage.keys.isEmpty }

    /// Adds every member of `other`, replacing members with the same key.
    public mutating func merge(_ other: MustacheObject) {
        for (key, value) in zip(other.keys, other.values) { self[key] = value }
    }

    /// A new object with each value transformed.
    public func mapValues(_ transform: (MustacheValue) throws -> MustacheValue) rethrows -> MustacheObject {
        var copy = MustacheObject()
        copy.storage = Storage(keys: storage.keys, values: try storage.values.map(transform))
        return copy
    }

    /// Objects are equal when they hold the same members, in any order.
    public static func == (lhs: MustacheObject, rhs: MustacheObject) -> Bool {
        guard lhs.count == rhs.count else { return false }
        return zip(lhs.keys, lhs.values).allSatisfy { rhs[$0.0] == $0.1 }
    }
}
