/// `/scenes/<slug>/credits/`: every track with full credits, support links, events with
/// tickets and the infrastructure to amplify, framed by the guide's four engagement principles.
enum SceneCreditsPage {
    /// `entries` are the logs' entries (`EntryContexts.logEntries`), in the logs' order.
    static func context(
        _ notes: Vault.SceneNotes, entries: [EntryContexts.LogEntries], scene: Scene, data: SiteData
    ) -> MustacheValue {
        let page = PageContext(data: data, path: SitePaths.sceneCredits(scene.slug))
        var context = page.common(
            description: "Who made the music of \(scene.name.value), and how to support them.")
        context["scene"] = page.scene(scene.slug)
        // The newest log's entry of each track and event; the notes are read where they are
        // (see `Array.forEachAddress`). The sets are sized for every track and event at once:
        // growing a set rehashes every URL in it.
        var seen = Set<String>(minimumCapacity: entries.reduce(0) { $0 + $1.tracks.count })
        var trackContexts: [MustacheValue] = []
        var eventContexts: [MustacheValue] = []
        var seenEvents = Set<String>(minimumCapacity: entries.reduce(0) { $0 + $1.events.count })
        // Who the listed tracks credit or were played by, then who the listed events' lineups
        // name, by index in the people index.
        var trackPeople: [Int] = []
        var lineups: [Int] = []
        // Whether a listed track has a support link of its own the page shows.
        var hasTrackSupport = false
        let people = data.people
        notes.logs.forEachAddressReversed { position, log in
            let logEntries = entries[position]
            var index = 0
            log.pointee.tracks.forEachAddress { track in
                defer { index += 1 }
                guard seen.insert(track.pointee.url.text).inserted else { return }
                trackContexts.append(logEntries.tracks[index])
                if !hasTrackSupport, !track.pointee.support.isEmpty {
                    hasTrackSupport = !data.publicAddresses(track.pointee.support).isEmpty
                }
                for role in CreditRole.allCases {
                    people.appendIndices(of: track.pointee.credits[role], to: &trackPeople)
                }
                people.appendIndices(of: track.pointee.playedBy, to: &trackPeople)
            }
            index = 0
            log.pointee.events.forEachAddress { event in
                guard !event.pointee.isPrivate else { return }
                defer { index += 1 }
                guard seenEvents.insert("\(event.pointee.name)\u{0}\(event.pointee.date)").inserted else {
                    return
                }
                eventContexts.append(logEntries.events[index])
                people.appendIndices(of: event.pointee.lineup, to: &lineups)
            }
        }
        context["tracks"] = .list(trackContexts)
        context["hasTracks"] = .bool(!trackContexts.isEmpty)
        context["events"] = .list(eventContexts)
        context["hasEvents"] = .bool(!eventContexts.isEmpty)
        let supporters = supportPeople(trackPeople + lineups, data: data, page: page)
        context["supportPeople"] = .list(supporters)
        context["hasSupportPeople"] = .bool(!supporters.isEmpty)
        context["hasTrackSupport"] = .bool(hasTrackSupport)
        context["visuals"] = PageContext.strings(scene.formation.visuals.map(\.value))
        context["hasVisuals"] = .bool(!scene.formation.visuals.isEmpty)
        context["vocabulary"] = PageContext.strings(scene.vocabulary.map(\.value))
        context["hasVocabulary"] = .bool(!scene.vocabulary.isEmpty)
        context["hasContext"] = .bool(!scene.formation.visuals.isEmpty || !scene.vocabulary.isEmpty)
        context["infrastructure"] = .list(
            scene.infrastructure.map { ScenePage.infrastructure($0, data: page.data) })
        context["hasInfrastructure"] = .bool(!scene.infrastructure.isEmpty)
        return .object(context)
    }

    /// People among `people` (indices in the people index of those the scene's tracks credit
    /// and its lineups name) whose notes give support links, by name.
    private static func supportPeople(_ people: [Int], data: SiteData, page: PageContext) -> [MustacheValue] {
        // A flag per identity: a scene's credits name each person many times.
        let identities = data.people.identities
        var seen = [Bool](repeating: false, count: identities.count)
        var rows: [(String, MustacheValue)] = []
        for person in people where !seen[person] {
            seen[person] = true
            guard !identities[person].isPrivate, let slug = identities[person].noteSlug,
                let note = data.personNotes[slug], case let support = data.publicAddresses(note.support),
                !support.isEmpty, case .object(var link) = page.person(data.person(identities[person]))
            else { continue }
            link["support"] = .list(support.map(PageContext.external))
            rows.append((identities[person].name, .object(link)))
        }
        return rows.sorted { $0.0 < $1.0 }.map(\.1)
    }
}
