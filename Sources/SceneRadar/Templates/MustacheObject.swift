/// The members of a Mustache object (a "hash"): names and values in one array of pairs.
///
/// Page contexts hold thousands of small objects (a track, a person link) with a handful of
/// keys each; building and probing a `Dictionary` (hashing every key with a per-process seed)
/// cost more than the rendering itself. A linear scan over a few short keys is faster, and
/// each key carries a fingerprint (``MustacheKey``) that makes a comparison two integer
/// compares.
public struct MustacheObject: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    /// One member: a key and its value.
    struct Member: Sendable {
        let key: MustacheKey
        var value: MustacheValue
    }

    /// One array of members: a single allocation to build, and a single retain when the
    /// renderer copies an object.
    private(set) var members: [Member]

    var keys: [String] { members.map(\.key.text) }
    var values: [MustacheValue] { members.map(\.value) }

    /// An empty object.
    public init() {
        members = []
    }

    /// An object with the members of `dictionary`, in key order.
    public init(_ dictionary: [String: MustacheValue]) {
        members = dictionary.keys.sorted().map {
            Member(key: MustacheKey($0), value: dictionary[$0] ?? .null)
        }
    }

    /// An object from a literal; when a key repeats, the last value wins.
    public init(dictionaryLiteral elements: (String, MustacheValue)...) {
        self.init(capacity: elements.count)
        for (key, value) in elements { set(MustacheKey(key), value) }
    }

    /// An empty object with room for `capacity` members: an object built member by member
    /// then takes one allocation rather than one each time its members outgrow their room.
    public init(capacity: Int) {
        members = []
        members.reserveCapacity(capacity)
    }

    /// An object with `members`, and room for `capacity` members in all (for members added
    /// later, such as optional ones); when a key repeats, the last value wins.
    public init(capacity: Int, _ members: KeyValuePairs<String, MustacheValue>) {
        self.init(capacity: Swift.max(capacity, members.count))
        for (key, value) in members { set(MustacheKey(key), value) }
    }

    /// The value of `key`; setting `nil` removes it.
    public subscript(key: String) -> MustacheValue? {
        get { self[MustacheKey(key)] }
        set {
            let key = MustacheKey(key)
            if let newValue {
                set(key, newValue)
            } else if let index = index(of: key) {
                members.remove(at: index)
            }
        }
    }

    /// The value of `key`, if the object has it.
    @inline(__always)
    subscript(key: MustacheKey) -> MustacheValue? {
        for index in members.indices where members[index].key == key { return members[index].value }
        return nil
    }

    /// The index of the member whose key has fingerprint `print`; `text` gives the key's
    /// text, asked for only when the fingerprint alone cannot tell (keys over 15 bytes).
    @inline(__always)
    func index(of print: MustacheKey.Print, text: () -> String) -> Int? {
        for index in members.indices where members[index].key.print == print {
            if print.isExact || members[index].key.text == text() { return index }
        }
        return nil
    }

    private func index(of key: MustacheKey) -> Int? {
        members.indices.first { members[$0].key == key }
    }

    /// Adds a member whose key the object does not have yet, without looking for it: for
    /// objects built by the thousand from keys made once (`static let`), where the caller
    /// knows each key is new.
    mutating func append(new key: MustacheKey, _ value: MustacheValue) {
        assert(index(of: key) == nil, "the key \(key.text) is already a member")
        members.append(Member(key: key, value: value))
    }

    private mutating func set(_ key: MustacheKey, _ value: MustacheValue) {
        if let index = index(of: key) {
            members[index].value = value
        } else {
            members.append(Member(key: key, value: value))
        }
    }

    /// How many members.
    public var count: Int { members.count }

    /// Whether there are no members.
    public var isEmpty: Bool { members.isEmpty }

    /// Adds every member of `other`, replacing members with the same key.
    public mutating func merge(_ other: MustacheObject) {
        for member in other.members { set(member.key, member.value) }
    }

    /// A new object with each value transformed.
    public func mapValues(_ transform: (MustacheValue) throws -> MustacheValue) rethrows -> MustacheObject {
        var copy = MustacheObject()
        copy.members = try members.map { Member(key: $0.key, value: try transform($0.value)) }
        return copy
    }

    /// Objects are equal when they hold the same members, in any order.
    public static func == (lhs: MustacheObject, rhs: MustacheObject) -> Bool {
        guard lhs.count == rhs.count else { return false }
        return lhs.members.allSatisfy { rhs[$0.key] == $0.value }
    }
}
