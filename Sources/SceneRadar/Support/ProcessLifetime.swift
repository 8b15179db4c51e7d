import Synchronization

/// Values kept until the process exits. A command about to end hands over what it built (a
/// whole vault's decoded notes: millions of small objects), so its exit is not delayed by freeing
/// them one by one: the system takes the memory back at once. Only for commands that end the
/// process (`lint`, `score`), never for a long-running one (`serve`).
public enum ProcessLifetime {
    private static let kept = Mutex<[any Sendable]>([])

    /// Keeps `value` alive until the process exits.
    public static func keep(_ value: any Sendable) {
        kept.withLock { $0.append(value) }
    }
}
