/// A small binary format for the build cache: little-endian varints, length-prefixed UTF-8
/// strings, and containers as a count followed by their elements. Written by hand (not
/// `Codable`) so that loading a vault's cache costs milliseconds, not a second.
public struct BinaryWriter: Sendable {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []

    /// Creates an empty writer.
    public init() {
        bytes.reserveCapacity(1 << 16)
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
        var bits = value.bitPattern
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
        write(UInt64(value.count))
        bytes.append(contentsOf: value)
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
}

/// Reads what `BinaryWriter` wrote; every read fails (returns `nil` or throws) on truncated or
/// malformed input instead of trapping, so a damaged cache is discarded, never trusted.
public struct BinaryReader {
    /// The input was not what the writer wrote.
    public struct Malformed: Error, Sendable {}

    private let bytes: [UInt8]
    private var offset = 0

    /// Creates a reader over `bytes`.
    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Whether every byte was read.
    public var isAtEnd: Bool { offset == bytes.count }

    /// An unsigned varint.
    public mutating func uint() throws(Malformed) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count, shift < 64 else { throw Malformed() }
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
        guard value <= UInt64(bytes.count - offset) else { throw Malformed() }
        return Int(value)
    }

    /// A boolean.
    public mutating func bool() throws(Malformed) -> Bool {
        guard offset < bytes.count, bytes[offset] <= 1 else { throw Malformed() }
        offset += 1
        return bytes[offset - 1] == 1
    }

    /// A double.
    public mutating func double() throws(Malformed) -> Double {
        guard offset + 8 <= bytes.count else { throw Malformed() }
        var bits: UInt64 = 0
        for index in (0..<8).reversed() { bits = (bits << 8) | UInt64(bytes[offset + index]) }
        offset += 8
        return Double(bitPattern: bits)
    }

    /// A string (must be valid UTF-8).
    public mutating func string() throws(Malformed) -> String {
        let length = try count()
        guard offset + length <= bytes.count else { throw Malformed() }
        let slice = bytes[offset..<(offset + length)]
        offset += length
        guard let text = String(validating: slice, as: UTF8.self) else { throw Malformed() }
        return text
    }

    /// Raw bytes.
    public mutating func rawBytes() throws(Malformed) -> [UInt8] {
        let length = try count()
        guard offset + length <= bytes.count else { throw Malformed() }
        defer { offset += length }
        return Array(bytes[offset..<(offset + length)])
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
}
