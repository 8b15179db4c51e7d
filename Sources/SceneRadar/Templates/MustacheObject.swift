/// The members of a Mustache object (a "hash"): names and values in two arrays.
///
/// Page contexts hold thousands of small objects (a track, a person link) with a handful of
/// keys each; building and probing a `Dictionary` (hashing every key with a per-process seed)
/// cost more than the rendering itself. A linear scan over a few short keys is faster, and
/// building one is two appends per member.
public struct MustacheObject: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    /// One array of pairs: a single allocation to build, and a single retain when the renderer
    /// copies an object during a lookup.
    private var members: [(key: String, value: MustacheValue)]

    var keys: [String] { members.map(\.key) }
    var values: [MustacheValue] { members.map(\.value) }

    /// An empty object.
    public init() {
        members = []
    }

    /// An object with the members of `dictionary`.
    public init(_ dictionary: [String: MustacheValue]) {
        members = dictionary.keys.sorted().map { ($0, dictionary[$0] ?? .null) }
    }

    /// An object from a literal; when a key repeats, the last value wins.
    public init(dictionaryLiteral elements: (String, MustacheValue)...) {
        members = []
        members.reserveCapacity(elements.count)
        for (key, value) in elements { self[key] = value }
    }

    /// The value of `key`; setting `nil` removes it.
    public subscript(key: String) -> MustacheValue? {
        get {
            for member in members where member.key == key { return member.value }
            return nil
        }
        set {
            if let index = members.firstIndex(where: { $0.key == key }) {
                if let newValue {
                    members[index].value = newValue
                } else {
                    members.remove(at: index)
                }
            } else if let newValue {
                members.append((key, newValue))
            }
        }
    }

    /// How many members.
    public var count: Int { members.count }

    /// Whether there are no members.
    public var isEmpty: Bool { members.isEmpty }

    /// Adds every member of `other`, replacing members with the same key.
    public mutating func merge(_ other: MustacheObject) {
        for member in other.members { self[member.key] = member.value }
    }

    /// A new object with each value transformed.
    public func mapValues(_ transform: (MustacheValue) throws -> MustacheValue) rethrows -> MustacheObject {
        var copy = MustacheObject()
        copy.members = try members.map { ($0.key, try transform($0.value)) }
        return copy
    }

    /// Objects are equal when they hold the same members, in any order.
    public static func == (lhs: MustacheObject, rhs: MustacheObject) -> Bool {
        guard lhs.count == rhs.count else { return false }
        return lhs.members.allSatisfy { rhs[$0.key] == $0.value }
    }
}
