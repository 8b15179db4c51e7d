/// The bytes a render writes, in memory the renderer owns.
///
/// A page is about a thousand small appends; `Array.append(contentsOf:)` checks uniqueness
/// (a runtime call) and goes through generic code on each, which cost more than the copies.
/// Here an append is one comparison and a copy (inline up to 16 bytes). The owner must call
/// ``free()`` exactly once (``MustacheOutput`` does, when it goes away).
struct RenderBuffer {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    /// Releases the memory; the buffer must not be used afterwards.
    func free() {
        base.deallocate()
    }

    /// Forgets the bytes written, keeping the memory for the next render.
    mutating func removeAll() {
        count = 0
    }

    /// The bytes written so far.
    var bytes: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base, count: count)
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        append(source, count: bytes.count)
    }

    @inline(__always)
    mutating func append(_ source: UnsafePointer<UInt8>, count length: Int) {
        if count + length > capacity { grow(toHold: count + length) }
        let target = base + count
        if length <= 16 {
            Self.copySmall(from: source, to: target, count: length)
        } else {
            target.update(from: source, count: length)
        }
        count += length
    }

    /// Copies up to 16 bytes without calling `memmove`: most pieces of a page (a name, the
    /// text between two tags) are that short, and the call cost more than the copy. Two
    /// overlapping loads and stores cover any length from 4 to 16.
    @inline(__always)
    private static func copySmall(
        from source: UnsafePointer<UInt8>, to target: UnsafeMutablePointer<UInt8>, count: Int
    ) {
        let from = UnsafeRawPointer(source)
        let to = UnsafeMutableRawPointer(target)
        if count >= 8 {
            let head = from.loadUnaligned(as: UInt64.self)
            let tail = from.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            to.storeBytes(of: head, as: UInt64.self)
            to.storeBytes(of: tail, toByteOffset: count - 8, as: UInt64.self)
        } else if count >= 4 {
            let head = from.loadUnaligned(as: UInt32.self)
            let tail = from.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
            to.storeBytes(of: head, as: UInt32.self)
            to.storeBytes(of: tail, toByteOffset: count - 4, as: UInt32.self)
        } else {
            for offset in 0..<count { target[offset] = source[offset] }
        }
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: count + 1) }
        base[count] = byte
        count += 1
    }

    /// Appends `text`'s UTF-8 bytes.
    @inline(__always)
    mutating func append(_ text: String) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { append($0) }
        if done == nil { appendCopy(of: text) }
    }

    /// A bridged string without contiguous UTF-8: copy it into native storage first.
    @inline(never)
    private mutating func appendCopy(of text: String) {
        var native = text
        native.withUTF8 { append($0) }
    }

    /// Inserts `bytes` at `offset` (rare: an isolate around text already written).
    mutating func insert(_ bytes: [UInt8], at offset: Int) {
        guard !bytes.isEmpty else { return }
        if count + bytes.count > capacity { grow(toHold: count + bytes.count) }
        (base + offset + bytes.count).update(from: base + offset, count: count - offset)
        bytes.withUnsafeBufferPointer { (base + offset).update(from: $0.baseAddress!, count: $0.count) }
        count += bytes.count
    }

    @inline(never)
    private mutating func grow(toHold needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }
}
