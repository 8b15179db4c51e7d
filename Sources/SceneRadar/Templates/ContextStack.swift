/// The renderer's context stack: the values sections entered, innermost last.
///
/// An `Array` checks that its buffer is unique (a runtime call) on every append and
/// `removeLast`, twice per list item; this stack is memory the renderer owns, so a push is a
/// store and a pop a release. Elements are read in place (`unsafeAddress`), so a lookup that
/// only inspects them copies nothing. The owner must call ``free()`` exactly once.
struct ContextStack {
    private var base: UnsafeMutablePointer<MustacheValue>
    private(set) var count = 0
    private var capacity: Int

    /// A stack holding `root`.
    init(root: MustacheValue) {
        capacity = 16
        base = .allocate(capacity: capacity)
        push(root)
    }

    /// Releases the values and the memory; the stack must not be used afterwards.
    func free() {
        base.deinitialize(count: count)
        base.deallocate()
    }

    @inline(__always)
    subscript(index: Int) -> MustacheValue {
        unsafeAddress { UnsafePointer(base + index) }
    }

    /// The innermost value.
    var last: MustacheValue {
        self[count - 1]
    }

    @inline(__always)
    mutating func push(_ value: MustacheValue) {
        if count == capacity { grow() }
        (base + count).initialize(to: value)
        count += 1
    }

    @inline(__always)
    mutating func pop() {
        count -= 1
        (base + count).deinitialize(count: 1)
    }

    @inline(never)
    private mutating func grow() {
        let newBase = UnsafeMutablePointer<MustacheValue>.allocate(capacity: capacity * 2)
        newBase.moveInitialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity *= 2
    }
}
