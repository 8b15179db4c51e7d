/// Memory a template renders into, kept from one render to the next: pages rendered one after
/// another into the same output need no allocation and no copy of their bytes.
///
/// Each render replaces the bytes of the last one. Not for use from two threads at once: a
/// job that renders pages keeps one of its own.
public final class MustacheOutput {
    var buffer: RenderBuffer

    /// An empty output with room for `capacity` bytes; it grows as renders need.
    public init(capacity: Int = 64 << 10) {
        buffer = RenderBuffer(capacity: capacity)
    }

    deinit {
        buffer.free()
    }

    /// Calls `body` with the bytes of the last render (those written before an error, when it
    /// failed). The bytes are valid only during the call.
    public func withBytes<Result, Failure: Error>(
        _ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        try body(buffer.bytes)
    }
}
