/// `/scenes/<slug>/<YYYY-Www>/`: one weekly log rendered in full.
enum LogPage {
    /// Where the log says the community lives, with the name of a container the profile keeps
    /// private (SPEC §3: its name is never published) withheld as the checklist writes it, and
    /// an entry that is a private address (a private container's, or a private person's) left
    /// out.
    static func community(of log: WeeklyLog, kept: PrivateNames, data: SiteData) -> [String] {
        log.community.compactMap { entry in
            data.isPrivateAddress(entry.value.trimmingSpaces()) ? nil : kept.text(entry.value)
        }
    }

    /// `kept`: the names withheld from the scene's texts, with which `log` is already shown
    /// (its `community` and `surface` are withheld here).
    static func context(
        _ log: WeeklyLog, entries: EntryContexts.LogEntries, scene: Scene, kept: PrivateNames,
        previous: ISOWeek?,
        next: ISOWeek?, data: SiteData
    ) -> MustacheValue {
        let path = SitePaths.log(scene.slug, log.week)
        let page = PageContext(data: data, path: path)
        var context = page.common(
            description: "\(scene.name.value), week \(log.week): \(summary(log, people: page.data.people)).")
        context["scene"] = page.scene(scene.slug)
        context["week"] = .string(log.week.description)
        context["monday"] = .string(log.week.monday.description)
        context["surface"] = .string(log.surface.map(kept.text) ?? "")
        if let previous {
            context["previous"] = .object([
                "week": .string(previous.description),
                "url": .string(page.href(log: scene.slug, previous)),
            ])
        }
        if let next {
            context["next"] = .object([
                "week": .string(next.description), "url": .string(page.href(log: scene.slug, next)),
            ])
        }
        context["hasNeighbours"] = .bool(previous != nil || next != nil)
        context["artists"] = .list(artists(log, people: page.data.people).map(page.person))
        context["hasArtists"] = .bool(!log.artists.isEmpty)
        context["markers"] = .object([
            "tempo": .string(log.markers.tempo ?? ""), "drums": .string(log.markers.drums ?? ""),
            "signature": .string(log.markers.signature ?? ""),
        ])
        context["tracks"] = .list(entries.tracks)
        context["hasTracks"] = .bool(!entries.tracks.isEmpty)
        context["events"] = .list(entries.events)
        context["hasEvents"] = .bool(!entries.events.isEmpty)
        context["platforms"] = PageContext.strings(log.platforms.map(\.value.rawValue))
        context["hasPlatforms"] = .bool(!log.platforms.isEmpty)
        let community = Self.community(of: log, kept: kept, data: data)
        context["community"] = PageContext.strings(community)
        context["hasCommunity"] = .bool(!community.isEmpty)
        context["vocabulary"] = PageContext.strings(log.vocabulary.map(\.value))
        context["hasVocabulary"] = .bool(!log.vocabulary.isEmpty)
        context["press"] = .list(
            log.press.map { press in
                .object([
                    "outlet": .string(press.outlet), "tier": .string(press.tier.rawValue),
                    "url": .string(data.publicAddress(press.url) ?? ""),
                    "date": .string(press.date?.description ?? ""),
                ])
            })
        context["hasPress"] = .bool(!log.press.isEmpty)
        context["howItsMade"] = .list(
            log.howItsMade.map { entry in
                guard case .object(var person) = page.person(entry.by) else { return .null }
                person["kind"] = .string(entry.kind?.rawValue ?? "")
                // A private person's breakdown keeps its link to itself: the address names them.
                if let url = entry.url, data.people.resolve(entry.by)?.isPrivate != true,
                    !data.isPrivateAddress(url)
                {
                    person["link"] = .string(url.text)
                    person["host"] = .string(url.host)
                    person["label"] = .string(url.label)
                }
                return .object(person)
            })
        context["hasHowItsMade"] = .bool(!log.howItsMade.isEmpty)
        context["soundalikes"] = PageContext.strings(log.soundalikes.map { data.people.publicText($0.value) })
        context["hasSoundalikes"] = .bool(!log.soundalikes.isEmpty)
        context["bodyHTML"] = page.body(log.body)
        return .object(context)
    }

    /// The week's artists, each person once: two spellings of one person (a name and an alias,
    /// with and without an accent) are one artist, shown as the first is written.
    static func artists(_ log: WeeklyLog, people: PeopleIndex) -> [PersonRef] {
        guard log.artists.count > 1 else { return log.artists }
        var seen: Set<Int> = []
        var unknown: Set<String> = []
        return log.artists.filter { artist in
            if let person = people.index(of: artist.text) { return seen.insert(person).inserted }
            return unknown.insert(NameKey.fold(artist.text)).inserted
        }
    }

    /// "5 artists · 3 tracks · 1 event", for lists and feeds (private events not counted; each
    /// artist once, see `artists(_:people:)`).
    static func summary(_ log: WeeklyLog, people: PeopleIndex) -> String {
        var parts: [String] = []
        func add(_ count: Int, _ noun: String) {
            if count > 0 { parts.append(NumberFormat.counted(count, noun)) }
        }
        add(artists(log, people: people).count, "artist")
        add(log.tracks.count, "track")
        add(log.events.filter { !$0.isPrivate }.count, "event")
        add(log.press.count, "press piece")
        return parts.isEmpty ? "notes only" : parts.joinedInPlace(separator: " · ")
    }
}
