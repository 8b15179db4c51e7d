/// `privacy.private-link`, for a track of a public scene whose title or address names a private
/// person: the site shows a track's title and links its address as written (they are the
/// artist's own published work), so the name a private credit withholds would be published
/// beside it ("Night Run (Tess Ondine Remix)", `…/night-run-tess-ondine-remix`). Only a
/// distinctive name counts, as the site withholds within a text (`WithheldNames`).
enum PrivateNameRules {
    static func check(_ vault: Vault) -> [Diagnostic] {
        var names = WithheldNames()
        for person in vault.people where person.isPrivate {
            for spelling in person.withheldSpellings { names.insert(spelling) }
        }
        guard !names.isEmpty else { return [] }
        var found: [Diagnostic] = []
        for notes in vault.scenes where notes.scene?.isPublic ?? true {
            for log in notes.logs {
                for track in log.tracks {
                    if let name = names.distinctiveName(in: NameKey.fold(track.title)) {
                        found.append(diagnostic(track, name, "its title", "shows a track's title"))
                    } else if let name = names.distinctiveName(in: NameKey.fold(track.url.text)) {
                        found.append(diagnostic(track, name, "its address", "links a track's address"))
                    }
                }
            }
        }
        return found
    }

    private static func diagnostic(_ track: Track, _ name: String, _ part: String, _ shows: String)
        -> Diagnostic
    {
        Diagnostic(
            .privacyPrivateLink,
            "track '\(track.title)' names '\(name)', who is private, in \(part): the site \(shows) as written",
            at: track.location,
            notes: [
                .init(
                    "to keep them off the site, leave the track out of the log, or ask them whether they may be named"
                )
            ])
    }
}
