/// "Did you mean …?": the candidate closest to a mistyped word.
enum Suggestion {
    /// The candidate the user most likely meant, or `nil` when none is close enough.
    ///
    /// A candidate that the input is the only prefix of wins (`--form` → `--format`); otherwise the
    /// one with the smallest edit distance (insertions, deletions, substitutions and swaps of two
    /// neighbouring characters, ignoring case), if that distance is at most a third of the candidate's
    /// length (at least 1, at most 3). Ties go to the earlier candidate, so the answer is stable.
    static func closest(to input: String, among candidates: [String]) -> String? {
        let typed = input.lowercased()
        guard !typed.isEmpty else { return nil }
        if typed.count >= 2, let only = EditDistance.onlyCandidate(beginning: typed, among: candidates) {
            return only
        }
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = EditDistance.distance(typed, candidate.lowercased())
            let limit = min(max(candidate.count / 3, 1), 3)
            guard distance <= limit else { continue }
            if distance < best?.distance ?? Int.max { best = (candidate, distance) }
        }
        return best?.candidate
    }
}
