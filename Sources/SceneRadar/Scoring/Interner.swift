/// Small integer ids for a scene's repeated things — track URLs, event keys, terms, sound-alike
/// names, how-it's-made keys, press keys — assigned once when its logs are read, so that every
/// window (the current one and each score-history point) deduplicates with array slots instead of
/// hashing strings again.
struct Interner {
    /// One id space: the first key seen gets 0, the next new one 1, …
    struct Space<Key: Hashable> {
        private var ids: [Key: Int] = [:]

        /// How many distinct keys.
        var count: Int { ids.count }

        /// The id of `key`, assigned on first sight.
        mutating func id(_ key: Key) -> Int {
            if let found = ids[key] { return found }
            ids[key] = ids.count
            return ids.count - 1
        }
    }

    var tracks = Space<String>()
    var events = Space<EventKey>()
    var terms = Space<String>()
    var soundalikes = Space<String>()
    var made = Space<String>()
    var press = Space<String>()
}

/// Per-id scratch slots, sized once per scene and reset after each window, so that deduplicating
/// a window costs time in the size of the window only.
struct Slots: Sendable {
    /// For each id, the index of its merged entry in the current window, or -1.
    var tracks: [Int]
    var events: [Int]
    var terms: [Int]
    /// Whether the id was seen in the current window.
    var soundalikes: [Bool]
    var made: [Bool]
    var press: [Bool]

    /// Empty slots for the ids of `interner`.
    init(_ interner: Interner) {
        tracks = Array(repeating: -1, count: interner.tracks.count)
        events = Array(repeating: -1, count: interner.events.count)
        terms = Array(repeating: -1, count: interner.terms.count)
        soundalikes = Array(repeating: false, count: interner.soundalikes.count)
        made = Array(repeating: false, count: interner.made.count)
        press = Array(repeating: false, count: interner.press.count)
    }
}
