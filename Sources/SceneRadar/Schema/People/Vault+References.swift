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
