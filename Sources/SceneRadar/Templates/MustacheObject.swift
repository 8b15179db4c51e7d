/// The members of a Mustache object (a "hash"): names and values in two arrays.
///
/// Page contexts hold thousands of small objects (a track, a person link) with a handful of
/// keys each; building and probing a `Dictionary` (hashing every key with a per-process seed)
/// cost more than the rendering itself. A linear scan over a few short keys is faster, and
/// building one is two appends per member.
public struct MustacheObject: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    private(set) var keys: [String]
    private(set) var values: [MustacheValue]

    /// An empty object.
    public init() {
        keys = []
        values = []
    }

    /// An object with the members of `dictionary`.
    public init(_ dictionary: [String: MustacheValue]) {
        keys = []
        values = []
        keys.reserveCapacity(dictionary.count)
        values.reserveCapacity(dictionary.count)
        for key in dictionary.keys.sorted() {
            keys.append(key)
            values.append(dictionary[key] ?? .null)
        }
    }

    /// An object from a literal; when a key repeats, the last value wins.
    public init(dictionaryLiteral elements: (String, MustacheValue)...) {
        keys = []
        values = []
        keys.reserveCapacity(elements.count)
        values.reserveCapacity(elements.count)
        for (key, value) in elements { self[key] = value }
    }

    /// The value of `key`; setting `nil` removes it.
    public subscript(key: String) -> MustacheValue? {
        get {
            for index in keys.indices where keys[index] == key { return values[index] }
            return nil
        }
        set {
            if let index = keys.firstIndex(of: key) {
                if let newValue {
                    values[index] = newValue
                } else {
                    keys.remove(at: index)
                    values.remove(at: index)
                }
            } else if let newValue {
                keys.append(key)
                values.append(newValue)
            }
        }
    }

    /// How many members.
    public var count: Int { keys.count }

    /// Whether there are no members.
    public var isEmpty: Bool { keys.isEmpty }

    /// Adds every member of `other`, replacing members with the same key.
    public mutating func merge(_ other: MustacheObject) {
        for (key, value) in zip(other.keys, other.values) { self[key] = value }
    }

    /// A new object with each value transformed.
    public func mapValues(_ transform: (MustacheValue) throws -> MustacheValue) rethrows -> MustacheObject {
        var copy = self
        copy.values = try values.map(transform)
        return copy
    }

    /// Objects are equal when they hold the same members, in any order.
    public static func == (lhs: MustacheObject, rhs: MustacheObject) -> Bool {
        guard lhs.count == rhs.count else { return false }
        return zip(lhs.keys, lhs.values).allSatisfy { rhs[$0.0] == $0.1 }
    }
}
