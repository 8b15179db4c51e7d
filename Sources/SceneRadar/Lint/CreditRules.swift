/// The credit and support rules for one track or event: credit precisely, support directly.
enum CreditRules {
    /// The rules of one track, read through its address (see `Array.forEachAddress`).
    static func check(_ track: UnsafePointer<Track>) -> [Diagnostic] {
        var found: [Diagnostic] = []
        // Worded only when a rule fires: most tracks are credited in full.
        var what: String {
            "\(track.pointee.kind == .liveSet ? "live set" : track.pointee.kind.rawValue) '\(track.pointee.title)'"
        }
        func report(_ code: DiagnosticCode, _ message: String, _ howTo: String) {
            found.append(Diagnostic(code, message, at: track.pointee.location, notes: [.init(howTo)]))
        }
        if !track.pointee.credits.unknown {
            if track.pointee.kind.isRelease && track.pointee.credits.producer.isEmpty {
                report(
                    .creditProducerMissing, "\(what) has no producer: credit precisely who made it",
                    "write 'producer: [Name]' under the track's credits; if nobody can find out, 'unknown: true'"
                )
            }
            if (track.pointee.kind == .remix || track.pointee.kind == .edit)
                && track.pointee.credits.remixer.isEmpty
            {
                report(
                    .creditRemixerMissing,
                    "\(what) has no remixer: name who made the \(track.pointee.kind.rawValue)",
                    "write 'remixer: [Name]' under the track's credits")
            }
            if track.pointee.kind.isMix && track.pointee.credits.dj.isEmpty {
                report(
                    .creditDJMissing, "\(what) has no DJ: name who mixed it",
                    "write 'dj: [Name]' under the track's credits")
            }
            if track.pointee.vocals && track.pointee.credits.vocalist.isEmpty {
                report(
                    .creditVocalistMissing,
                    "\(what) has vocals but no vocalist: name who sings or raps on it",
                    "write 'vocalist: [Name]' under the track's credits")
            }
            if track.pointee.credits.label == nil && track.pointee.credits.collective == nil
                && !track.pointee.credits.selfReleased
            {
                report(
                    .creditLabelMissing,
                    "\(what) names no label or collective and is not marked self-released",
                    "write 'label: Name', 'collective: Name' or 'self-released: true' under the track's credits"
                )
            }
            if track.pointee.support.isEmpty {
                report(
                    .supportMissing, "\(what) has no support link (buy, tip or pay-what-you-want)",
                    "write 'support: [https://…]' on the track: where to buy it or tip who made it")
            }
        }
        return found
    }

    /// The rule of one event, read through its address (see `Array.forEachAddress`). A private
    /// event is never published, so nobody is sent to buy tickets.
    static func check(_ event: UnsafePointer<Event>) -> [Diagnostic] {
        guard event.pointee.tickets == nil, !event.pointee.isPrivate else { return [] }
        return [
            Diagnostic(
                .supportNoTickets, "event '\(event.pointee.name)' has no tickets link",
                at: event.pointee.location,
                notes: [.init("write 'tickets: https://…' on the event, so readers can pay for entry")])
        ]
    }
}
