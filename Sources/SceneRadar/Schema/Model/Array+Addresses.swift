extension Array {
    /// Calls `body` with the address of each element, in order.
    ///
    /// The lint rules and the people index walk every log, track, event, URL and person
    /// reference of a vault. Reading an element as a value (`for … in`, `self[index]`) copies it
    /// whole, retaining and later releasing every string and list inside, whenever the compiler
    /// cannot prove that what follows leaves the array alone — which it cannot across calls it
    /// cannot see through (a closure, a rule). Through its address, reading
    /// `element.pointee.field` copies that field only. The addresses are valid only inside
    /// `body`.
    @inline(__always)
    func forEachAddress(_ body: (UnsafePointer<Element>) throws -> Void) rethrows {
        try withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for index in buffer.indices { try body(base + index) }
        }
    }

    /// ``forEachAddress(_:)`` with each element's index, last element first.
    @inline(__always)
    func forEachAddressReversed(_ body: (Int, UnsafePointer<Element>) throws -> Void) rethrows {
        try withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for index in buffer.indices.reversed() { try body(index, base + index) }
        }
    }
}
