/// The seven signals of SPEC §4, read from a tallied window.
extension WindowTally {
    /// The signals in `Signal.allCases` order; `withEvidence: false` skips building evidence
    /// (score history needs the numbers only). Evidence names people as `people` does, a
    /// private person as "uncredited (private)": it is published (scene pages, radar.json).
    func signals(weights: [Signal: Double], withEvidence: Bool, people: PeopleIndex? = nil) -> [SignalResult]
    {
        Signal.allCases.map { signal in
            var result = measure(signal, withEvidence: withEvidence, people: people)
            result.weight = max(weights[signal] ?? 1, 0)
            return result
        }
    }

    /// 100 × Σ wᵢsᵢ / Σ wᵢ, rounded to one decimal half away from zero; 0 when every weight is 0.
    static func score(of signals: [SignalResult]) -> Double {
        let totalWeight = signals.reduce(0) { $0 + $1.weight }
        guard totalWeight > 0 else { return 0 }
        let raw = 100 * signals.reduce(0) { $0 + $1.contribution } / totalWeight
        return roundedToTenths(raw)
    }

    /// `value` rounded to one decimal, half away from zero, as the exact quotient would round:
    /// the sums of binary fractions land a hair off a half (21.25 as 21.2499999…), so the tenths
    /// are first taken to nine decimals, far finer than any score the weights can tell apart.
    static func roundedToTenths(_ value: Double) -> Double {
        let tenths = value * 10
        let cleaned = (tenths * 1e9).rounded(.toNearestOrAwayFromZero) / 1e9
        return cleaned.rounded(.toNearestOrAwayFromZero) / 10
    }

    /// Whether major-tier press appeared in the window.
    var hasMajorPress: Bool { !majorPress.isEmpty }

    /// The major-tier press, as evidence for the phase "underway".
    var majorPressEvidence: [Evidence] { majorPress.map(pressEvidence) }
}

// MARK: - The seven signals

extension WindowTally {
    private func measure(_ signal: Signal, withEvidence: Bool, people: PeopleIndex?) -> SignalResult {
        switch signal {
        case .platforms:
            return result(
                signal, count: platforms.count, divisor: 3, parts: [.init("platforms", platforms.count)],
                withEvidence ? platforms.map(platformEvidence) : [])
        case .vocabulary:
            let recurring = terms.filter { $0.weeks >= 2 || term($0).inProfile }
            return result(
                signal, count: recurring.count, divisor: 3,
                parts: [.init("terms", terms.count), .init("recurring", recurring.count)],
                withEvidence ? recurring.map(termEvidence) : [])
        case .events:
            return eventsSignal(withEvidence: withEvidence)
        case .howItsMade:
            return result(
                signal, count: howItsMade.count, divisor: 2, parts: [.init("entries", howItsMade.count)],
                withEvidence ? howItsMade.map { madeEvidence($0, people: people) } : [])
        case .remixes:
            return remixesSignal(withEvidence: withEvidence)
        case .smallPress:
            return result(
                signal, count: smallPress.count, divisor: 1,
                parts: [.init("small", smallPress.count), .init("major", majorPress.count)],
                withEvidence ? smallPress.map(pressEvidence) : [])
        case .soundalikes:
            return result(
                signal, count: soundalikes.count, divisor: 2, parts: [.init("names", soundalikes.count)],
                withEvidence ? soundalikes.map { soundalikeEvidence($0, people: people) } : [])
        }
    }

    /// Events with footage count; one in a recurring series counts double.
    private func eventsSignal(withEvidence: Bool) -> SignalResult {
        let documented = events.filter { !footage($0).isEmpty }
        let inSeries = documented.filter { $0.series != nil }.count
        return result(
            .events, count: documented.count + inSeries, divisor: 2,
            parts: [
                .init("events", events.count), .init("with-footage", documented.count),
                .init("in-series", inSeries),
            ],
            withEvidence ? documented.map(eventEvidence) : [])
    }

    /// Remixes and edits against originals, over the window's releases.
    private func remixesSignal(withEvidence: Bool) -> SignalResult {
        var (remixes, edits, originals) = (0, 0, 0)
        var evidence: [Evidence] = []
        for track in tracks {
            let kind = logs[track.ref.log].tracks[track.ref.item].kind
            switch kind {
            case .remix: remixes += 1
            case .edit: edits += 1
            case .original: originals += 1
            case .mix, .liveSet: continue
            }
            if withEvidence && kind != .original {
                let facts = facts(track)
                evidence.append(
                    Evidence(
                        kind: .track, label: facts.title, detail: kind.rawValue, url: facts.url,
                        week: week(track.ref), location: facts.location))
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

    private func term(_ tally: TermTally) -> LogFacts.Term {
        logs[tally.ref.log].vocabulary[tally.ref.item]
    }
}

// MARK: - Evidence

extension WindowTally {
    private func platformEvidence(_ sighting: PlatformSighting) -> Evidence {
        let log = logs[sighting.ref.log]
        guard sighting.fromTrack else {
            let listed = log.platforms[sighting.ref.item]
            return Evidence(
                kind: .platform, label: sighting.platform.rawValue, detail: "listed in platforms",
                week: log.week,
                location: listed.location)
        }
        let track = log.tracks[sighting.ref.item]
        return Evidence(
            kind: .platform, label: sighting.platform.rawValue,
            detail: "track \u{201C}\(track.title)\u{201D}",
            url: track.url, week: log.week, location: track.location)
    }

    private func termEvidence(_ tally: TermTally) -> Evidence {
        let term = term(tally)
        var reasons: [String] = []
        if term.inProfile { reasons.append("in the scene's vocabulary") }
        if tally.weeks >= 2 { reasons.append("seen in \(tally.weeks) weeks") }
        return Evidence(
            kind: .term, label: term.text, detail: reasons.joined(separator: "; "), week: week(tally.ref),
            location: term.location)
    }

    private func eventEvidence(_ event: MergedEvent) -> Evidence {
        let facts = facts(event)
        let footage = footage(event)
        let clips = footage.count == 1 ? "1 clip" : "\(footage.count) clips"
        return Evidence(
            kind: .event, label: "\(facts.name), \(facts.date)",
            detail: event.series.map { "\(clips); series \u{201C}\($0)\u{201D} counts double" } ?? clips,
            url: footage.first, week: week(event.ref), location: facts.location)
    }

    private func madeEvidence(_ ref: Ref, people: PeopleIndex?) -> Evidence {
        let made = logs[ref.log].howItsMade[ref.item]
        let identity = people.flatMap { people in people.index(of: made.by).map { people.identities[$0] } }
        // A private person's breakdown keeps its link to itself: the address names them.
        return Evidence(
            kind: .howItsMade,
            label: "\(made.kind?.rawValue ?? "how it's made") by \(identity?.publicName ?? made.by)",
            url: identity?.isPrivate == true ? nil : made.url,
            week: week(ref), location: made.location)
    }

    private func pressEvidence(_ ref: Ref) -> Evidence {
        let press = logs[ref.log].press[ref.item].press
        return Evidence(
            kind: .press, label: press.outlet,
            detail: press.tier.rawValue + (press.date.map { ", \($0)" } ?? ""),
            url: press.url?.text, week: week(ref), location: press.location)
    }

    private func soundalikeEvidence(_ ref: Ref, people: PeopleIndex?) -> Evidence {
        let term = logs[ref.log].soundalikes[ref.item]
        // A sound-alike may be a private person.
        return Evidence(
            kind: .soundalike, label: people?.publicText(term.text) ?? term.text, week: week(ref),
            location: term.location)
    }
}
