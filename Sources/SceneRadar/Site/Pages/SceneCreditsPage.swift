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
        // (see `Array.forEachAddress`).
        var seen = Set<String>()
        var trackContexts: [MustacheValue] = []
        var eventContexts: [MustacheValue] = []
        var seenEvents = Set<String>()
        // Who the listed tracks credit or were played by, then who the listed events' lineups name.
        var trackPeople: [PersonRef] = []
        var lineups: [PersonRef] = []
        notes.logs.forEachAddressReversed { position, log in
            let logEntries = entries[position]
            var index = 0
            log.pointee.tracks.forEachAddress { track in
                defer { index += 1 }
                guard seen.insert(track.pointee.url.text).inserted else { return }
                trackContexts.append(logEntries.tracks[index])
                for role in CreditRole.allCases { trackPeople += track.pointee.credits[role] }
                trackPeople += track.pointee.playedBy
            }
            index = 0
            log.pointee.events.forEachAddress { event in
                guard !event.pointee.isPrivate else { return }
                defer { index += 1 }
                guard seenEvents.insert("\(event.pointee.name)\u{0}\(event.pointee.date)").inserted else {
                    return
                }
                eventContexts.append(logEntries.events[index])
                lineups += event.pointee.lineup
            }
        }
        context["tracks"] = .list(trackContexts)
        context["hasTracks"] = .bool(!trackContexts.isEmpty)
        context["events"] = .list(eventContexts)
        context["hasEvents"] = .bool(!eventContexts.isEmpty)
        let supporters = supportPeople(trackPeople + lineups, data: data, page: page)
        context["supportPeople"] = .list(supporters)
        context["hasSupportPeople"] = .bool(!supporters.isEmpty)
        context["visuals"] = PageContext.strings(scene.formation.visuals.map(\.value))
        context["hasVisuals"] = .bool(!scene.formation.visuals.isEmpty)
        context["vocabulary"] = PageContext.strings(scene.vocabulary.map(\.value))
        context["hasVocabulary"] = .bool(!scene.vocabulary.isEmpty)
        context["infrastructure"] = .list(scene.infrastructure.map(ScenePage.infrastructure))
        context["hasInfrastructure"] = .bool(!scene.infrastructure.isEmpty)
        return .object(context)
    }

    /// People among `references` (the scene's tracks' credits and lineups) whose notes give
    /// support links, by name.
    private static func supportPeople(_ references: [PersonRef], data: SiteData, page: PageContext)
        -> [MustacheValue]
    {
        var seen = Set<String>()
        var rows: [(String, MustacheValue)] = []
        for reference in references {
            guard let identity = data.people.resolve(reference), !identity.isPrivate,
                seen.insert(identity.slug).inserted, let slug = identity.noteSlug,
                let note = data.personNotes[slug],
                !note.support.isEmpty, case .object(var person) = page.person(data.person(identity))
            else { continue }
            person["support"] = PageContext.list(note.support.map(PageContext.external))
            rows.append((identity.name, .object(person)))
        }
        return rows.sorted { $0.0 < $1.0 }.map(\.1)
    }
}
