/// Every public credit of every person, gathered in one pass over the public scenes: what
/// person pages and the credits directory list.
struct PeopleCredits: Sendable {
    /// One credit: a role on a track, a lineup, an artist list, a process share.
    struct Item: Sendable, Hashable {
        var scene: String
        var week: ISOWeek
        var label: String
        var role: String
        var url: String?
    }

    /// Items by person slug, in scene then week order.
    private(set) var items: [String: [Item]] = [:]

    init(scenes: [Vault.SceneNotes], people: PeopleIndex) {
        // Each scene's credits are gathered on its own core, then merged in scene order.
        let perScene = scenes.parallelMap { notes in Self.items(of: notes, people: people) }
        for sceneItems in perScene {
            for (slug, item) in sceneItems { items[slug, default: []].append(item) }
        }
    }

    /// One scene's credits, in log order, with the person's slug.
    private static func items(of notes: Vault.SceneNotes, people: PeopleIndex) -> [(String, Item)] {
        var found: [(String, Item)] = []
        for log in notes.logs {
            func add(_ reference: PersonRef, _ label: String, _ role: String, _ url: String? = nil) {
                guard let identity = people.resolve(reference), !identity.isPrivate else { return }
                found.append(
                    (
                        identity.slug,
                        Item(scene: notes.slug, week: log.week, label: label, role: role, url: url)
                    ))
            }
            for artist in log.artists { add(artist, "core artists of the week", "artist") }
            for track in log.tracks {
                for (role, person) in track.credits.everyone {
                    add(person, track.title, role.rawValue, track.url.text)
                }
                for dj in track.playedBy { add(dj, track.title, "played it", track.url.text) }
            }
            for event in log.events where !event.isPrivate {
                for person in event.lineup { add(person, "\(event.name) (\(event.date))", "lineup") }
            }
            for entry in log.howItsMade {
                add(entry.by, "how it's made", entry.kind?.rawValue ?? "process", entry.url?.text)
            }
        }
        return found
    }

    /// The public scenes a person appears in, in slug order.
    func scenes(of slug: String) -> [String] {
        var seen = Set<String>()
        return (items[slug] ?? []).map(\.scene).filter { seen.insert($0).inserted }.sorted()
    }
}
