/// The seven signals of SPEC §4, read from a tallied window.
extension WindowTally {
    /// The signals in `Signal.allCases` order. `sceneTerms` are the folded terms of the scene
    /// profile's `vocabulary`; `withEvidence: false` skips building evidence (score history).
    func signals(weights: [Signal: Double], sceneTerms: Set<String>, withEvidence: Bool) -> [SignalResult] {
        Signal.allCases.map { signal in
            var result = measure(signal, sceneTerms: sceneTerms, withEvidence: withEvidence)
            result.weight = max(weights[signal] ?? 1, 0)
            return result
        }
    }

    /// 100 × Σ wᵢsᵢ / Σ wᵢ, rounded to one decimal half away from zero; 0 when every weight is 0.
    static func score(of signals: [SignalResult]) -> Double {
        let totalWeight = signals.reduce(0) { $0 + $1.weight }
        guard totalWeight > 0 else { return 0 }
        let raw = 100 * signals.reduce(0) { $0 + $1.contribution } / totalWeight
        return (raw * 10).rounded(.toNearestOrAwayFromZero) / 10
    }

    /// Whether major-tier press appeared in the window.
    var hasMajorPress: Bool { !majorPress.isEmpty }

    /// The major-tier press, as evidence for the phase "underway".
    var majorPressEvidence: [Evidence] {
        majorPress.map { Self.evidence(of: $0.press, week: $0.week) }
    }
}

// MARK: - The seven signals

extension WindowTally {
    private func measure(_ signal: Signal, sceneTerms: Set<String>, withEvidence: Bool) -> SignalResult {
        switch signal {
        case .platforms:
            return result(
                signal, count: platforms.count, divisor: 3, parts: [.init("platforms", platforms.count)],
                withEvidence ? platforms.map(\.evidence) : [])
        case .vocabulary:
            let recurring = terms.filter { sceneTerms.contains($0.first.key) || $0.weeks >= 2 }
            return result(
                signal, count: recurring.count, divisor: 3,
                parts: [.init("terms", terms.count), .init("recurring", recurring.count)],
                withEvidence
                    ? recurring.map { Self.evidence(of: $0, inProfile: sceneTerms.contains($0.first.key)) }
                    : [])
        case .events:
            return eventsSignal(withEvidence: withEvidence)
        case .howItsMade:
            return result(
                signal, count: howItsMade.count, divisor: 2, parts: [.init("entries", howItsMade.count)],
                withEvidence ? howItsMade.map { Self.evidence(of: $0.made, week: $0.week) } : [])
        case .remixes:
            return remixesSignal(withEvidence: withEvidence)
        case .smallPress:
            return result(
                signal, count: smallPress.count, divisor: 1,
                parts: [.init("small", smallPress.count), .init("major", majorPress.count)],
                withEvidence ? smallPress.map { Self.evidence(of: $0.press, week: $0.week) } : [])
        case .soundalikes:
            return result(
                signal, count: soundalikes.count, divisor: 2, parts: [.init("names", soundalikes.count)],
                withEvidence
                    ? soundalikes.map {
                        Evidence(
                            kind: .soundalike, label: $0.term.text, week: $0.week, location: $0.term.location)
                    } : [])
        }
    }

    /// Events with footage count; one in a recurring series counts double.
    private func eventsSignal(withEvidence: Bool) -> SignalResult {
        let documented = events.filter { !$0.footage.isEmpty }
        let inSeries = documented.filter { !($0.series ?? "").isEmpty }
        let evidence = withEvidence ? documented.map(Self.evidence(of:)) : []
        return result(
            .events, count: documented.count + inSeries.count, divisor: 2,
            parts: [
                .init("events", events.count), .init("with-footage", documented.count),
                .init("in-series", inSeries.count),
            ], evidence)
    }

    /// Remixes and edits against originals, over the window's releases.
    private func remixesSignal(withEvidence: Bool) -> SignalResult {
        var remixes = 0
        var edits = 0
        var originals = 0
        var evidence: [Evidence] = []
        for track in tracks {
            switch track.facts.kind {
            case .remix: remixes += 1
            case .edit: edits += 1
            case .original: originals += 1
            case .mix, .liveSet: continue
            }
            if withEvidence && track.facts.kind != .original {
                evidence.append(
                    Evidence(
                        kind: .track, label: track.facts.title, detail: track.facts.kind.rawValue,
                        url: track.facts.url, week: track.week, location: track.facts.location))
            }
        }
        return result(
            .remixes, count: remixes + edits, divisor: max(originals, 1),
            parts: [.init("remixes", remixes), .init("edits", edits), .init("originals", originals)], evidence
        )
    }

    private func result(
        _ signal: Signal, count: Int, divisor: Int, parts: [SignalResult.Count], _ evidence: [Evidence]
    ) -> SignalResult {
        SignalResult(
            signal: signal, strength: min(Double(count) / Double(divisor), 1), weight: 1, count: count,
            divisor: divisor, parts: parts, evidence: evidence)
    }
}

// MARK: - Evidence

extension WindowTally {
    private static func evidence(of term: TermTally, inProfile: Bool) -> Evidence {
        var reasons: [String] = []
        if inProfile { reasons.append("in the scene's vocabulary") }
        if term.weeks >= 2 { reasons.append("seen in \(term.weeks) weeks") }
        return Evidence(
            kind: .term, label: term.first.text, detail: reasons.joined(separator: "; "), week: term.week,
            location: term.first.location)
    }

    private static func evidence(of event: MergedEvent) -> Evidence {
        let clips = event.footage.count == 1 ? "1 clip" : "\(event.footage.count) clips"
        let series = event.series.flatMap { $0.isEmpty ? nil : $0 }
        return Evidence(
            kind: .event, label: "\(event.facts.name), \(event.facts.date)",
            detail: series.map { "\(clips); series \u{201C}\($0)\u{201D} counts double" } ?? clips,
            url: event.footage.first, week: event.week, location: event.facts.location)
    }

    private static func evidence(of made: LogFacts.Made, week: ISOWeek) -> Evidence {
        Evidence(
            kind: .howItsMade, label: "\(made.kind?.rawValue ?? "how it's made") by \(made.by)",
            url: made.url,
            week: week, location: made.location)
    }

    static func evidence(of press: Press, week: ISOWeek) -> Evidence {
        Evidence(
            kind: .press, label: press.outlet,
            detail: press.tier.rawValue + (press.date.map { ", \($0)" } ?? ""),
            url: press.url?.text, week: week, location: press.location)
    }
}
