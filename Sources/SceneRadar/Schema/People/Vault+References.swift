extension Vault {
    /// Every person reference in the vault's decoded notes (private scenes included: their
    /// spellings still count for lint), in file order, without copying them into one array.
    public var personReferences: some Sequence<PersonRef> {
        scenes.lazy.flatMap(\.personReferences)
    }
}

extension Vault.SceneNotes {
    /// Every person this scene's notes name (private events included: lint still checks them).
    public var personReferences: some Sequence<PersonRef> {
        (scene?.formation.bridges.lazy.compactMap(\.who) ?? []).lazy.map { $0 }
            + logs.lazy.flatMap(\.personReferences)
    }
}

extension WeeklyLog {
    /// Every person this log names: artists, credits, played-by, lineups and how-its-made.
    public var personReferences: [PersonRef] {
        var references = artists
        for track in tracks {
            references += track.credits.everyone.map(\.person)
            references += track.playedBy
        }
        for event in events { references += event.lineup }
        references += howItsMade.map(\.by)
        return references
    }
}
