/// "Did you mean" suggestions, by optimal-string-alignment edit distance (Damerau–Levenshtein
/// with adjacent transpositions), as compilers suggest near names.
public enum EditDistance {
    /// The edit distance between `a` and `b`, counted in Unicode scalars.
    public static func distance(_ a: String, _ b: String) -> Int {
        let s = Array(a.unicodeScalars)
        let t = Array(b.unicodeScalars)
        if s.isEmpty { return t.count }
        if t.isEmpty { return s.count }
        var previous2 = [Int](repeating: 0, count: t.count + 1)
        var previous = Array(0...t.count)
        var current = [Int](repeating: 0, count: t.count + 1)
        for i in 1...s.count {
            current[0] = i
            for j in 1...t.count {
                let cost = s[i - 1] == t[j - 1] ? 0 : 1
                var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, s[i - 1] == t[j - 2], s[i - 2] == t[j - 1] {
                    best = min(best, previous2[j - 2] + 1)
                }
                current[j] = best
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[t.count]
    }

    /// The candidate closest to `word`, if it is close enough to be what was meant: within a
    /// third of the word's length (at least 1, at most 3 edits). Ties go to the first candidate
    /// in sorted order, so suggestions are stable. When none is that close, the one candidate
    /// that begins with a word of three or more characters (`bubble` for `bubble-drill`), if
    /// only one does.
    public static func suggestion<S: Sequence>(for word: String, among candidates: S) -> String?
    where S.Element == String {
        let lowered = word.lowercased()
        let limit = min(3, max(1, lowered.unicodeScalars.count / 3))
        let sorted = candidates.sorted()
        var best: (distance: Int, candidate: String)?
        for candidate in sorted {
            let d = distance(lowered, candidate.lowercased())
            if d <= limit, best.map({ d < $0.distance }) ?? true { best = (d, candidate) }
        }
        if let best { return best.candidate }
        return lowered.unicodeScalars.count >= 3 ? onlyCandidate(beginning: lowered, among: sorted) : nil
    }

    /// The one candidate that begins with `word`, ignoring case, when exactly one does (a
    /// candidate listed twice counts once).
    public static func onlyCandidate(beginning word: String, among candidates: [String]) -> String? {
        let lowered = word.lowercased()
        var found: String?
        for candidate in candidates where candidate.lowercased().hasPrefix(lowered) {
            if let found, found != candidate { return nil }
            found = candidate
        }
        return found
    }
}
