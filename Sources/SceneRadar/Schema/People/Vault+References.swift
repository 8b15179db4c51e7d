extension Vault {
    /// Every person reference in the vault's decoded notes (private scenes included: their
    /// spellings still count for lint), in file order.
    public var personReferences: [PersonRef] {
        var references: [PersonRef] = []
        for notes in scenes {
            if let scene = notes.scene { references += scene.formation.bridges.compactMap(\.who) }
            for log in notes.logs { references += log.personReferences }
        }
        return references
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
