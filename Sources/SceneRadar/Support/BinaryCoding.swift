/// A small binary format for the build cache: little-endian varints, length-prefixed UTF-8
/// strings, and containers as a count followed by their elements. Written by hand (not
/// `Codable`) so that loading a vault's cache costs milliseconds, not a second.
public struct BinaryWriter: Sendable {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []

    /// Creates an empty writer with room for `capacity` bytes.
    public init(capacity: Int = 1 << 10) {
        bytes.reserveCapacity(capacity)
    }

    /// An unsigned integer as a LEB128 varint.
    public mutating func write(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(value & 0x7F) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    /// A signed integer (zig-zag encoded).
    public mutating func write(_ value: Int) {
        let zigzag = UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))
        write(zigzag)
    }

    /// A boolean as one byte.
    public mutating func write(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    /// A double as its 8-byte bit pattern.
    public mutating func write(_ value: Double) {
        write(fixed: value.bitPattern)
    }

    /// An unsigned integer as 8 little-endian bytes, whatever its value (a checksum at the end
    /// of a file, read back from the end).
    public mutating func write(fixed value: UInt64) {
        var bits = value
        for _ in 0..<8 {
            bytes.append(UInt8(bits & 0xFF))
            bits >>= 8
        }
    }

    /// A string: its UTF-8 length, then its bytes.
    public mutating func write(_ value: String) {
        var value = value
        value.withUTF8 { buffer in
            write(UInt64(buffer.count))
            bytes.append(contentsOf: buffer)
        }
    }

    /// Raw bytes: their count, then the bytes.
    public mutating func write(bytes value: [UInt8]) {
        write(bytes: value[...])
    }

    /// Raw bytes: their count, then the bytes.
    public mutating func write(bytes value: ArraySlice<UInt8>) {
        write(UInt64(value.count))
        bytes.append(contentsOf: value)
    }

    /// Bytes another writer wrote, as they are (no count before them).
    public mutating func append(encoded value: [UInt8]) {
        bytes.append(contentsOf: value)
    }

    /// Room for `count` more bytes.
    public mutating func reserve(_ count: Int) {
        bytes.reserveCapacity(bytes.count + count)
    }

    /// An optional: a presence byte, then the value.
    public mutating func write<T>(_ value: T?, _ element: (inout BinaryWriter, T) -> Void) {
        write(value != nil)
        if let value { element(&self, value) }
    }

    /// A list: its count, then each element.
    public mutating func write<S: Collection>(_ values: S, _ element: (inout BinaryWriter, S.Element) -> Void)
    {
        write(UInt64(values.count))
        for value in values { element(&self, value) }
    }

    /// A string-keyed dictionary: its count, then each key and value, sorted by key (so the
    /// bytes never depend on hashing order).
    public mutating func write<V>(_ values: [String: V], _ value: (inout BinaryWriter, V) -> Void) {
        write(values.sorted { $0.key < $1.key }) { out, entry in
            out.write(entry.key)
            value(&out, entry.value)
        }
    }
}

/// Reads what `BinaryWriter` wrote; every read fails (returns `nil` or throws) on truncated or
/// malformed input instead of trapping, so a damaged cache is discarded, never trusted.
public struct BinaryReader {
    /// The input was not what the writer wrote.
    public struct Malformed: Error, Sendable {}

    private let bytes: ArraySlice<UInt8>
    /// The index of the next byte in `bytes`.
    private var offset: Int

    /// Creates a reader over `bytes`.
    public init(_ bytes: [UInt8]) {
        self.init(bytes[...])
    }

    /// Creates a reader over `bytes` (a slice shares its array's storage: nothing is copied).
    public init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        offset = bytes.startIndex
    }

    /// Whether every byte was read.
    public var isAtEnd: Bool { offset == bytes.endIndex }

    private var remaining: Int { bytes.endIndex - offset }

    /// An unsigned varint.
    public mutating func uint() throws(Malformed) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.endIndex, shift < 64 else { throw Malformed() }
            let byte = bytes[offset]
            offset += 1
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return result }
            shift += 7
        }
    }

    /// A signed integer.
    public mutating func int() throws(Malformed) -> Int {
        let zigzag = try uint()
        return Int(Int64(bitPattern: (zigzag >> 1) ^ (0 &- (zigzag & 1))))
    }

    /// A count of elements, bounded by what the input could hold.
    public mutating func count() throws(Malformed) -> Int {
        let value = try uint()
        guard value <= UInt64(remaining) else { throw Malformed() }
        return Int(value)
    }

    /// A boolean.
    public mutating func bool() throws(Malformed) -> Bool {
        guard offset < bytes.endIndex, bytes[offset] <= 1 else { throw Malformed() }
        offset += 1
        return bytes[offset - 1] == 1
    }

    /// A double.
    public mutating func double() throws(Malformed) -> Double {
        Double(bitPattern: try fixed())
    }

    /// An unsigned integer written with `write(fixed:)`.
    public mutating func fixed() throws(Malformed) -> UInt64 {
        guard remaining >= 8 else { throw Malformed() }
        var bits: UInt64 = 0
        for index in (0..<8).reversed() { bits = (bits << 8) | UInt64(bytes[offset + index]) }
        offset += 8
        return bits
    }

    /// A string (must be valid UTF-8).
    public mutating func string() throws(Malformed) -> String {
        let length = try count()
        let start = offset
        offset += length
        let text = bytes.withUnsafeBufferPointer { buffer in
            UTF8Validation.string(
                UnsafeBufferPointer(
                    rebasing: buffer[(start - bytes.startIndex)..<(start - bytes.startIndex + length)]))
        }
        guard let text else { throw Malformed() }
        return text
    }

    /// Raw bytes, copied.
    public mutating func rawBytes() throws(Malformed) -> [UInt8] {
        Array(try rawSlice())
    }

    /// Raw bytes, as a slice of the input (nothing is copied).
    public mutating func rawSlice() throws(Malformed) -> ArraySlice<UInt8> {
        let length = try count()
        defer { offset += length }
        return bytes[offset..<(offset + length)]
    }

    /// Skips a length-prefixed run of bytes (a string or raw bytes) without reading it.
    public mutating func skip() throws(Malformed) {
        offset += try count()
    }

    /// An optional value.
    public mutating func optional<T>(_ element: (inout BinaryReader) throws(Malformed) -> T) throws(Malformed)
        -> T?
    {
        try bool() ? try element(&self) : nil
    }

    /// A list.
    public mutating func list<T>(_ element: (inout BinaryReader) throws(Malformed) -> T) throws(Malformed)
        -> [T]
    {
        let count = try count()
        var values: [T] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try element(&self)) }
        return values
    }

    /// A string-keyed dictionary.
    public mutating func dictionary<V>(_ value: (inout BinaryReader) throws(Malformed) -> V) throws(Malformed)
        -> [String: V]
    {
        let count = try count()
        var values: [String: V] = [:]
        values.reserveCapacity(count)
        for _ in 0..<count {
            let key = try string()
            values[key] = try value(&self)
        }
        return values
    }
}

extension Array where Element == UInt8 {
    /// A copy in storage of exactly its size (`Array(self)` would share this array's storage,
    /// spare capacity included): for bytes kept for a long time.
    func exactCopy() -> [UInt8] {
        withUnsafeBufferPointer { [UInt8]($0) }
    }
}
