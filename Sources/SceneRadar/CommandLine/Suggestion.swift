/// "Did you mean …?": the candidate closest to a mistyped word.
enum Suggestion {
    /// The candidate the user most likely meant, or `nil` when none is close enough.
    ///
    /// A candidate that the input is the only prefix of wins (`--form` → `--format`); otherwise the
    /// one with the smallest edit distance (insertions, deletions, substitutions and swaps of two
    /// neighbouring characters, ignoring case), if that distance is at most a third of the candidate's
    /// length (at least 1, at most 3). Ties go to the earlier candidate, so the answer is stable.
    static func closest(to input: String, among candidates: [String]) -> String? {
        let typed = Array(input.lowercased())
        guard !typed.isEmpty else { return nil }
        let prefixed = candidates.filter { $0.lowercased().hasPrefix(input.lowercased()) }
        if typed.count >= 2 && prefixed.count == 1 { return prefixed[0] }
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(typed, Array(candidate.lowercased()))
            let limit = min(max(candidate.count / 3, 1), 3)
            guard distance <= limit else { continue }
            if distance < best?.distance ?? Int.max { best = (candidate, distance) }
        }
        return best?.candidate
    }

    /// The optimal-string-alignment distance between two strings.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = [Int](repeating: 0, count: b.count + 1)
        var current = Array(0...b.count)
        var row = current
        for i in 1...a.count {
            previous = row
            row = current
            current = [Int](repeating: 0, count: b.count + 1)
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + cost)
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous[j - 2] + 1)
                }
            }
        }
        return current[b.count]
    }
}
