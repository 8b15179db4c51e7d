extension Vault {
    /// Every person reference in the vault's decoded notes (private scenes included: their
    /// spellings still count for lint), in file order, without copying them into one array.
    public var personReferences: some Sequence<PersonRef> {
        scenes.lazy.flatMap(\.personReferences)
    }
}

extension Vault.SceneNotes {
    /// Every person this scene's notes name (private events included: lint still checks them).
    public var personReferences: [PersonRef] {
        var references: [PersonRef] = []
        forEachPersonReference { references.append($0) }
        return references
    }

    /// Calls `body` with every person this scene's notes name, in the order of
    /// `personReferences`, without gathering them.
    public func forEachPersonReference(_ body: (PersonRef) -> Void) {
        for bridge in scene?.formation.bridges ?? [] {
            if let who = bridge.who { body(who) }
        }
        for index in logs.indices { logs[index].forEachPersonReference(body) }
    }
}

extension WeeklyLog {
    /// Every person this log names: artists, credits, played-by, lineups and how-its-made.
    public var personReferences: [PersonRef] {
        var references: [PersonRef] = []
        forEachPersonReference { references.append($0) }
        return references
    }

    /// Calls `body` with every person this log names, in the order of `personReferences`.
    ///
    /// Inlined, and reading tracks and events by index: the whole log, or a whole track, handed
    /// to a function or closure whose effects the compiler cannot see is copied first (every
    /// string and list in it retained), which was a visible share of a lint.
    @inline(__always)
    public func forEachPersonReference(_ body: (PersonRef) -> Void) {
        for artist in artists { body(artist) }
        for index in tracks.indices {
            // The credit roles in `CreditRole.allCases` order.
            for person in tracks[index].credits.producer { body(person) }
            for person in tracks[index].credits.vocalist { body(person) }
            for person in tracks[index].credits.remixer { body(person) }
            for person in tracks[index].credits.dj { body(person) }
            for person in tracks[index].credits.featuring { body(person) }
            for person in tracks[index].credits.engineer { body(person) }
            for person in tracks[index].credits.artwork { body(person) }
            for person in tracks[index].playedBy { body(person) }
        }
        for index in events.indices {
            for person in events[index].lineup { body(person) }
        }
        for index in howItsMade.indices { body(howItsMade[index].by) }
    }
}

// MARK: - By address

extension Vault.SceneNotes {
    /// Calls `body` with the address of every person reference of the notes at `notes`, in the
    /// order of `forEachPersonReference`, copying none of them (see `Array.forEachAddress`): the
    /// typed bridges, then the logs `reading` accepts (by default all); with
    /// `skippingPrivateEvents`, private events' lineups are left out.
    static func forEachPersonReference(
        at notes: UnsafePointer<Vault.SceneNotes>, skippingPrivateEvents: Bool = false,
        reading: (UnsafePointer<WeeklyLog>) -> Bool = { _ in true },
        _ body: (UnsafePointer<PersonRef>) -> Void
    ) {
        for bridge in notes.pointee.scene?.formation.bridges ?? [] {
            if let who = bridge.who { withUnsafePointer(to: who, body) }
        }
        notes.pointee.logs.forEachAddress { log in
            if reading(log) {
                WeeklyLog.forEachPersonReference(at: log, skippingPrivateEvents: skippingPrivateEvents, body)
            }
        }
    }
}

extension WeeklyLog {
    /// Calls `body` with the address of every person reference of the log at `log`, in the
    /// order of `forEachPersonReference`; with `skippingPrivateEvents`, private events' lineups
    /// are left out.
    static func forEachPersonReference(
        at log: UnsafePointer<WeeklyLog>, skippingPrivateEvents: Bool = false,
        _ body: (UnsafePointer<PersonRef>) -> Void
    ) {
        log.pointee.artists.forEachAddress(body)
        log.pointee.tracks.forEachAddress { track in
            // The credit roles in `CreditRole.allCases` order.
            track.pointee.credits.producer.forEachAddress(body)
            track.pointee.credits.vocalist.forEachAddress(body)
            track.pointee.credits.remixer.forEachAddress(body)
            track.pointee.credits.dj.forEachAddress(body)
            track.pointee.credits.featuring.forEachAddress(body)
            track.pointee.credits.engineer.forEachAddress(body)
            track.pointee.credits.artwork.forEachAddress(body)
            track.pointee.playedBy.forEachAddress(body)
        }
        log.pointee.events.forEachAddress { event in
            if !(skippingPrivateEvents && event.pointee.isPrivate) {
                event.pointee.lineup.forEachAddress(body)
            }
        }
        log.pointee.howItsMade.forEachAddress { withUnsafePointer(to: $0.pointee.by, body) }
    }
}
