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
        var seen = Set<String>()
        var tracks: [Track] = []
        var trackContexts: [MustacheValue] = []
        var events: [Event] = []
        var eventContexts: [MustacheValue] = []
        var seenEvents = Set<String>()
        for (log, logEntries) in zip(notes.logs, entries).reversed() {
            for (track, context) in zip(log.tracks, logEntries.tracks)
            where seen.insert(track.url.text).inserted {
                tracks.append(track)
                trackContexts.append(context)
            }
            for (event, context) in zip(log.events.filter { !$0.isPrivate }, logEntries.events)
            where seenEvents.insert("\(event.name)\u{0}\(event.date)").inserted {
                events.append(event)
                eventContexts.append(context)
            }
        }
        context["tracks"] = .list(trackContexts)
        context["hasTracks"] = .bool(!tracks.isEmpty)
        context["events"] = .list(eventContexts)
        context["hasEvents"] = .bool(!events.isEmpty)
        let supporters = supportPeople(tracks: tracks, events: events, data: data, page: page)
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

    /// People credited on the scene's tracks or lineups whose notes give support links, by name.
    private static func supportPeople(tracks: [Track], events: [Event], data: SiteData, page: PageContext)
        -> [MustacheValue]
    {
        var references: [PersonRef] = []
        for track in tracks { references += track.credits.everyone.map(\.person) + track.playedBy }
        for event in events { references += event.lineup }
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
