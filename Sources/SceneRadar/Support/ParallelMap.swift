import Dispatch
import Glibc
import Synchronization

extension Array where Element: Sendable {
    /// `map` over every core, keeping the order of the input, so output stays deterministic.
    ///
    /// Work is handed out in chunks to keep scheduling cheap; `transform` must not touch shared
    /// mutable state.
    public func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        let count = self.count
        guard count > 1 else { return map(transform) }
        let results = ResultSlots<T>(count: count)
        forEachChunk { positions, items in
            for position in positions { results.set(position, transform(items[position])) }
        }
        return results.finish()
    }

    /// `allSatisfy` over every core: no more work is handed out once an element fails.
    public func parallelAllSatisfy(_ predicate: @Sendable (Element) -> Bool) -> Bool {
        guard count > 1 else { return allSatisfy(predicate) }
        let failed = Atomic(false)
        forEachChunk { positions, items in
            guard !failed.load(ordering: .relaxed) else { return }
            for position in positions where !predicate(items[position]) {
                failed.store(true, ordering: .relaxed)
                return
            }
        }
        return !failed.load(ordering: .relaxed)
    }

    /// Calls `body` on every core with chunks of the positions, and the elements: work is handed
    /// out in chunks to keep scheduling cheap.
    private func forEachChunk(_ body: @Sendable (Range<Int>, UnsafeBufferPointer<Element>) -> Void) {
        let count = self.count
        let chunk = Swift.max(1, count / (ProcessInfoCores.count * 32))
        let chunks = (count + chunk - 1) / chunk
        withUnsafeBufferPointer { items in
            let source = UncheckedBuffer(items)
            DispatchQueue.concurrentPerform(iterations: chunks) { index in
                let start = index * chunk
                body(start..<Swift.min(start + chunk, count), source.buffer)
            }
        }
    }
}

/// The number of cores to plan work for.
enum ProcessInfoCores {
    static let count: Int = {
        let online = sysconf(Int32(_SC_NPROCESSORS_ONLN))
        return online > 0 ? online : 1
    }()
}

/// Write-once slots filled from several threads, each slot by exactly one thread.
private final class ResultSlots<T>: @unchecked Sendable {
    // Safe: every index is written by exactly one iteration, and read only after
    // `concurrentPerform` returns, which orders the writes before the reads.
    private let storage: UnsafeMutablePointer<T?>
    private let count: Int

    init(count: Int) {
        self.count = count
        storage = UnsafeMutablePointer<T?>.allocate(capacity: count)
        storage.initialize(repeating: nil, count: count)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    func set(_ index: Int, _ value: T) {
        storage[index] = value
    }

    func finish() -> [T] {
        (0..<count).map { storage[$0]! }
    }
}

/// A read-only buffer shared with worker threads for the duration of a `concurrentPerform`.
private struct UncheckedBuffer<T>: @unchecked Sendable {
    // Safe: the buffer is only read, and only while the owning array is alive.
    let buffer: UnsafeBufferPointer<T>

    init(_ buffer: UnsafeBufferPointer<T>) {
        self.buffer = buffer
    }
}
