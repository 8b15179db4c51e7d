/// Writes JSON text as values come, with no `JSONValue` tree in between: byte for byte what
/// `JSONWriter` writes for the same document, pretty or compact.
///
/// For documents made in a hot loop: a build writes a radar.json part for every scene, and
/// building each as a tree of values (an allocation per value) and then writing the tree cost
/// about 7 % of a full build.
///
///     var json = JSONStream(compact: true)
///     json.object { json in
///         json.member("slug", slug)
///         json.key("history")
///         json.array(points) { json, point in json.decimal(point.score) }
///     }
///
/// Noncopyable: it owns the memory its text is in (each piece is a comparison and a short copy
/// there, see `RenderBuffer`) and frees it when it goes away.
struct JSONStream: ~Copyable {
    private var buffer: RenderBuffer
    private let compact: Bool
    /// The nesting level of the outermost value (as `JSONWriter.bytes(_:indentLevel:)` takes it).
    private let baseLevel: Int
    /// How many items each open array or object holds so far: the first needs no comma, and an
    /// empty one closes on the line it opened on.
    private var counts: [Int] = []
    /// Whether a member's key was just written (its value follows on the same line).
    private var afterKey = false

    /// A stream for one document; `indentLevel` is how deep it sits in an enclosing pretty
    /// document (its first line is not indented, the others are).
    init(compact: Bool, indentLevel: Int = 0, capacity: Int = 4096) {
        self.compact = compact
        baseLevel = indentLevel
        buffer = RenderBuffer(capacity: capacity)
        counts.reserveCapacity(8)
    }

    deinit {
        buffer.free()
    }

    /// The text written so far, as UTF-8, in an array of its exact size.
    var bytes: [UInt8] { Array(buffer.bytes) }

    // MARK: - Containers

    /// An object whose members `body` writes (each a `key` and then its value).
    mutating func object(_ body: (inout JSONStream) -> Void) {
        open(UInt8(ascii: "{"))
        body(&self)
        close(UInt8(ascii: "}"))
    }

    /// An array with one item per element of `items`, each written by `item`.
    mutating func array<Items: Sequence>(_ items: Items, _ item: (inout JSONStream, Items.Element) -> Void) {
        open(UInt8(ascii: "["))
        for element in items { item(&self, element) }
        close(UInt8(ascii: "]"))
    }

    /// The key of the next member of the object being written; its value comes next.
    mutating func key(_ name: String) {
        startItem()
        JSONWriter.writeString(name, to: &buffer)
        buffer.append(UInt8(ascii: ":"))
        if !compact { buffer.append(UInt8(ascii: " ")) }
        afterKey = true
    }

    // MARK: - Members

    /// A member whose value is a string.
    mutating func member(_ key: String, _ text: String) {
        self.key(key)
        string(text)
    }

    /// A member whose value is a string, or `null` when absent.
    mutating func member(_ key: String, optional text: String?) {
        self.key(key)
        optional(text)
    }

    /// A member whose value is an integer.
    mutating func member(_ key: String, _ number: Int) {
        self.key(key)
        int(number)
    }

    /// A member whose value is `true` or `false`.
    mutating func member(_ key: String, _ flag: Bool) {
        self.key(key)
        bool(flag)
    }

    /// A member whose value is a number rounded to at most `places` decimals.
    mutating func member(_ key: String, decimal value: Double, places: Int = 4) {
        self.key(key)
        decimal(value, places: places)
    }

    // MARK: - Values

    mutating func string(_ text: String) {
        startValue()
        JSONWriter.writeString(text, to: &buffer)
    }

    /// A string, or `null` when absent.
    mutating func optional(_ text: String?) {
        if let text { string(text) } else { null() }
    }

    mutating func int(_ number: Int) {
        startValue()
        NumberFormat.withDecimalDigits(of: Int64(number)) { buffer.append($0) }
    }

    mutating func bool(_ flag: Bool) {
        startValue()
        buffer.append(flag ? "true" : "false")
    }

    /// A number rounded to at most `places` decimals, as `JSONValue.decimal` writes it.
    mutating func decimal(_ value: Double, places: Int = 4) {
        startValue()
        buffer.append(JSONWriter.format(JSONValue.rounded(value, places: places)))
    }

    mutating func null() {
        startValue()
        buffer.append("null")
    }

    // MARK: - Layout

    private mutating func open(_ bracket: UInt8) {
        startValue()
        buffer.append(bracket)
        counts.append(0)
    }

    private mutating func close(_ bracket: UInt8) {
        if counts.removeLast() > 0 { newline() }
        buffer.append(bracket)
    }

    /// Before a value: nothing after a key, else what goes before an array's next item.
    private mutating func startValue() {
        if afterKey {
            afterKey = false
        } else if !counts.isEmpty {
            startItem()
        }
    }

    /// A comma after the previous item, then a line break and indentation (when pretty).
    private mutating func startItem() {
        if counts[counts.count - 1] > 0 { buffer.append(UInt8(ascii: ",")) }
        counts[counts.count - 1] += 1
        newline()
    }

    /// A line break and the indentation of the current level (nothing when compact).
    private mutating func newline() {
        guard !compact else { return }
        buffer.append(UInt8(ascii: "\n"))
        for _ in 0..<2 * (baseLevel + counts.count) { buffer.append(UInt8(ascii: " ")) }
    }
}
