/// One of the seven signals of one scene: its strength, its weight, the counts behind it and the
/// items that produced it.
///
/// Every signal has the same shape: `strength = min(count / divisor, 1)`. The divisor is the
/// count at which the signal saturates (3 platforms, 3 recurring terms, 2 documented events,
/// 2 how-it's-made entries, the number of originals — at least 1 — for remixes, 1 small-press
/// piece, 2 sound-alikes), so a page can print "2 of 3" for any of them.
public struct SignalResult: Sendable, Hashable {
    /// A named count behind a signal, e.g. `originals: 2` for remixes.
    public struct Count: Sendable, Hashable {
        /// A stable, lowercase name (`platforms`, `terms`, `recurring`, `with-footage`, …).
        public var name: String
        /// The count.
        public var value: Int

        /// Creates a named count.
        public init(_ name: String, _ value: Int) {
            self.name = name
            self.value = value
        }
    }

    /// Which signal.
    public var signal: Signal
    /// The strength, 0…1.
    public var strength: Double
    /// The weight from radar.yml (0 removes the signal from the score).
    public var weight: Double
    /// The number that goes into the formula (documented events count a series double).
    public var count: Int
    /// The count at which the strength reaches 1.
    public var divisor: Int
    /// The raw counts behind `count`, for explanations.
    public var parts: [Count]
    /// The items that produced the signal, oldest first.
    public var evidence: [Evidence]

    /// Creates a signal result.
    public init(
        signal: Signal, strength: Double, weight: Double, count: Int, divisor: Int, parts: [Count],
        evidence: [Evidence]
    ) {
        self.signal = signal
        self.strength = strength
        self.weight = weight
        self.count = count
        self.divisor = divisor
        self.parts = parts
        self.evidence = evidence
    }

    /// The signal's share of the score's numerator: weight × strength.
    public var contribution: Double { weight * strength }

    /// The named count `name`, or 0.
    public func part(_ name: String) -> Int {
        parts.first { $0.name == name }?.value ?? 0
    }
}
