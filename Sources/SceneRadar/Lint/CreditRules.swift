/// The credit and support rules for one track or event: credit precisely, support directly.
enum CreditRules {
    /// Inlined into the log rules' loop: a track handed whole to a call is copied first.
    @inline(__always)
    static func check(_ track: Track) -> [Diagnostic] {
        var found: [Diagnostic] = []
        // Worded only when a rule fires: most tracks are credited in full.
        var what: String { "\(track.kind == .liveSet ? "live set" : track.kind.rawValue) '\(track.title)'" }
        func report(_ code: DiagnosticCode, _ message: String) {
            found.append(Diagnostic(code, message, at: track.location))
        }
        if !track.credits.unknown {
            if track.kind.isRelease && track.credits.producer.isEmpty {
                report(.creditProducerMissing, "\(what) has no producer: credit precisely who made it")
            }
            if (track.kind == .remix || track.kind == .edit) && track.credits.remixer.isEmpty {
                report(
                    .creditRemixerMissing, "\(what) has no remixer: name who made the \(track.kind.rawValue)")
            }
            if track.kind.isMix && track.credits.dj.isEmpty {
                report(.creditDJMissing, "\(what) has no DJ: name who mixed it")
            }
            if track.vocals && track.credits.vocalist.isEmpty {
                report(
                    .creditVocalistMissing, "\(what) has vocals but no vocalist: name who sings or raps on it"
                )
            }
            if track.credits.label == nil && track.credits.collective == nil && !track.credits.selfReleased {
                report(
                    .creditLabelMissing,
                    "\(what) names no label or collective and is not marked self-released")
            }
            if track.support.isEmpty {
                report(.supportMissing, "\(what) has no support link (buy, tip or pay-what-you-want)")
            }
        }
        return found
    }

    static func check(_ event: Event) -> [Diagnostic] {
        guard event.tickets == nil else { return [] }
        return [
            Diagnostic(.supportNoTickets, "event '\(event.name)' has no tickets link", at: event.location)
        ]
    }
}
