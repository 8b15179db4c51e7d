/// The renderer's context stack: the values sections entered, innermost last, held as
/// pointers to where the values already are.
///
/// Pushing a value copy would retain it and popping release it, twice per list item; here a
/// push stores a pointer and a pop forgets it. Each pointer is pushed inside the
/// `withUnsafe…` call that lends it (a list's element buffer, a section's value, the root
/// context) and popped before that call returns, so it never outlives what it points to.
/// The owner must call ``free()`` exactly once.
struct ContextStack {
    private var base: UnsafeMutablePointer<UnsafePointer<MustacheValue>>
    private(set) var count = 0
    private var capacity = 16

    init() {
        base = .allocate(capacity: capacity)
    }

    /// Releases the memory; the stack must not be used afterwards.
    func free() {
        base.deallocate()
    }

    /// The value `index` places from the bottom, read where it is.
    @inline(__always)
    subscript(index: Int) -> MustacheValue {
        unsafeAddress { base[index] }
    }

    /// The innermost value.
    var last: MustacheValue {
        self[count - 1]
    }

    /// Pushes the value `value` points to; the caller pops it while the pointer is valid.
    @inline(__always)
    mutating func push(_ value: UnsafePointer<MustacheValue>) {
        if count == capacity { grow() }
        base[count] = value
        count += 1
    }

    @inline(__always)
    mutating func pop() {
        count -= 1
    }

    @inline(never)
    private mutating func grow() {
        let newBase = UnsafeMutablePointer<UnsafePointer<MustacheValue>>.allocate(capacity: capacity * 2)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity *= 2
    }
}

/// The frames a list's items sit on, which answer `last` (see the renderer's sections).
enum ListPosition {
    static let last: MustacheValue = .object(["last": .bool(true)])
    static let notLast: MustacheValue = .object(["last": .bool(false)])
}
