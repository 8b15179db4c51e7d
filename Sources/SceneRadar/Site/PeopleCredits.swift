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
        for notes in scenes {
            for log in notes.logs {
                func add(_ reference: PersonRef, _ label: String, _ role: String, _ url: String? = nil) {
                    guard let identity = people.resolve(reference), !identity.isPrivate else { return }
                    items[identity.slug, default: []].append(
                        Item(scene: notes.slug, week: log.week, label: label, role: role, url: url))
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
        }
    }

    /// The public scenes a person appears in, in slug order.
    func scenes(of slug: String) -> [String] {
        var seen = Set<String>()
        return (items[slug] ?? []).map(\.scene).filter { seen.insert($0).inserted }.sorted()
    }
}
