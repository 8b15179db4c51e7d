/// Rules per note: scene profiles, weekly logs and people notes. Without `links` (the names
/// wiki links may point at, which only the whole vault knows) wiki links are not checked.
enum SceneRules {
    static func check(_ scene: Scene, links: LinkTargets?) -> [Diagnostic] {
        var found = BodyRules.check(
            scene.body, file: scene.header.file, links: links, published: scene.isPublic,
            privateOwner: scene.isPublic ? nil : "scene")
        if scene.formation.containers.isEmpty {
            found.append(
                Diagnostic(
                    .sceneNoContainer,
                    "scene '\(scene.name.value)' has no social container: it may be a trend rather than a scene",
                    at: scene.name.location))
        }
        if scene.infrastructure.isEmpty {
            found.append(
                Diagnostic(
                    .sceneNoInfrastructure, "scene '\(scene.name.value)' lists no infrastructure to amplify",
                    at: scene.name.location))
        }
        let owner = scene.isPublic ? nil : "scene"
        found += PrivacyRules.check(scene.header.textInvites, privateOwner: owner)
        found += PrivacyRules.check(scene.infrastructure.compactMap(\.url), privateOwner: owner)
        found += PrivacyRules.check(
            scene.formation.containers.filter { !$0.isPrivate }.compactMap(\.url), inContainer: true,
            privateOwner: owner)
        return found
    }
}

enum LogRules {
    static let maxArtists = 10
    static let maxTracks = 5

    /// The rules of one log, read through its address (see `Array.forEachAddress`).
    /// `published`: whether the log's scene is public.
    static func check(_ log: UnsafePointer<WeeklyLog>, links: LinkTargets?, published: Bool = true)
        -> [Diagnostic]
    {
        var found = BodyRules.check(
            log.pointee.body, file: log.pointee.header.file, links: links, published: published,
            privateOwner: published ? nil : "scene")
        if log.pointee.artists.count > maxArtists {
            // People, not entries: a name written twice (or in two spellings) is one artist.
            var seen: Set<String> = []
            var beyond: PersonRef?
            for artist in log.pointee.artists where seen.insert(NameKey.fold(artist.text)).inserted {
                if seen.count == maxArtists + 1 { beyond = artist }
            }
            if let beyond {
                found.append(
                    Diagnostic(
                        .logArtistsOver,
                        "this log lists \(seen.count) core artists; the weekly workflow logs about \(maxArtists)",
                        at: beyond.location))
            }
        }
        let tracks = log.pointee.tracks.count
        if tracks > maxTracks {
            found.append(
                Diagnostic(
                    .logTracksOver,
                    "this log lists \(tracks) key tracks; the weekly workflow logs about \(maxTracks)",
                    at: log.pointee.tracks[maxTracks].location))
        }
        let markers = log.pointee.markers
        let missing = markers.missing
        if !missing.isEmpty {
            found.append(
                Diagnostic(
                    .logMarkersMissing,
                    "this log has \(markers.count) of 3 sound markers (missing: \(missing.joined(separator: ", ")))",
                    at: markers.location ?? log.pointee.header.location))
        }
        log.pointee.tracks.forEachAddress { found += CreditRules.check($0) }
        log.pointee.events.forEachAddress { found += CreditRules.check($0) }
        checkDates(log, into: &found)
        // The log's addresses in the order of SPEC §5's report: each track's own and support
        // links, each event's footage and tickets, then press and how-it's-made. Checked where
        // they are rather than gathered into a new array first.
        let owner = published ? nil : "scene"
        log.pointee.tracks.forEachAddress { track in
            if PrivacyRules.mayBeInvite(host: track.pointee.url.host) {
                PrivacyRules.check(track.pointee.url, privateOwner: owner, into: &found)
            }
            PrivacyRules.check(track.pointee.support, privateOwner: owner, into: &found)
        }
        log.pointee.events.forEachAddress { event in
            let owner = owner ?? (event.pointee.isPrivate ? "event" : nil)
            PrivacyRules.check(event.pointee.footage, privateOwner: owner, into: &found)
            if let host = event.pointee.tickets?.host, PrivacyRules.mayBeInvite(host: host),
                let tickets = event.pointee.tickets
            {
                PrivacyRules.check(tickets, privateOwner: owner, into: &found)
            }
        }
        log.pointee.press.forEachAddress { press in
            if let host = press.pointee.url?.host, PrivacyRules.mayBeInvite(host: host),
                let url = press.pointee.url
            {
                PrivacyRules.check(url, privateOwner: owner, into: &found)
            }
        }
        log.pointee.howItsMade.forEachAddress { entry in
            if let host = entry.pointee.url?.host, PrivacyRules.mayBeInvite(host: host),
                let url = entry.pointee.url
            {
                PrivacyRules.check(url, privateOwner: owner, into: &found)
            }
        }
        found += PrivacyRules.check(log.pointee.header.textInvites, privateOwner: owner)
        return found
    }
}

extension LogRules {
    /// How far an event's or press date may be from its log's week (days from its Monday)
    /// before one of the two is taken for a year written wrong.
    static let maxDaysFromWeek = 366

    /// A date in the log more than a year from the log's week: `week: 2062-W47` over an event of
    /// 2026-11-21 would make 2062 radar's "now", and every other scene stale.
    static func checkDates(_ log: UnsafePointer<WeeklyLog>, into found: inout [Diagnostic]) {
        let week = log.pointee.week
        let monday = week.monday.dayNumber
        func check(_ date: CalendarDate, _ what: String, at location: SourceLocation) {
            let days = date.dayNumber - monday
            guard abs(days) > maxDaysFromWeek else { return }
            found.append(
                Diagnostic(
                    .logDateFar,
                    "\(what) is dated \(date), \(distance(days: abs(days))) \(days < 0 ? "before" : "after") this log's week, \(week): check the year of one or the other",
                    at: location))
        }
        log.pointee.events.forEachAddress {
            check($0.pointee.date, "the event '\($0.pointee.name)'", at: $0.pointee.location)
        }
        log.pointee.press.forEachAddress { press in
            if let date = press.pointee.date {
                check(date, "the press piece in '\(press.pointee.outlet)'", at: press.pointee.location)
            }
        }
    }

    /// A span of more than a year, as a reader measures it: in years from two years on.
    static func distance(days: Int) -> String {
        days >= 730 ? "\(days / 365) years" : "more than a year"
    }

    /// The logs whose week is more than a year after every other log of the vault: radar's "now"
    /// is the newest week logged, so such a log (a year written wrong, most likely) would leave
    /// every other scene out of the window.
    static func checkNewest(_ vault: Vault) -> [Diagnostic] {
        var newest: ISOWeek?
        var before: ISOWeek?
        for notes in vault.scenes {
            notes.logs.forEachAddress { log in
                let week = log.pointee.week
                if let top = newest, week <= top {
                    if week < top, before.map({ week > $0 }) ?? true { before = week }
                } else {
                    before = newest
                    newest = week
                }
            }
        }
        guard let newest, let before else { return [] }
        let weeks = before.weeks(to: newest)
        guard weeks > 52 else { return [] }
        var found: [Diagnostic] = []
        for notes in vault.scenes {
            notes.logs.forEachAddress { log in
                guard log.pointee.week == newest else { return }
                found.append(
                    Diagnostic(
                        .logDateFar,
                        "this log's week, \(newest), is \(distance(days: weeks * 7)) after any other log of the vault (the newest of them is \(before)): it sets radar's now, so every other scene is scored as of \(newest); check its year",
                        at: log.pointee.header.location))
            }
        }
        return found
    }
}

enum PersonRules {
    static func check(_ person: Person, links: LinkTargets?) -> [Diagnostic] {
        let owner = person.isPrivate ? "person" : nil
        return BodyRules.check(
            person.body, file: person.header.file, links: links, published: !person.isPrivate,
            privateOwner: owner)
            + PrivacyRules.check(person.links + person.support, privateOwner: owner)
            + PrivacyRules.check(person.header.textInvites, privateOwner: owner)
    }
}

/// Rules over a Markdown body: unresolved wiki links and, in a note that is published, links to
/// private targets (when `links` is given), and invite links in the text.
enum BodyRules {
    static func check(
        _ body: NoteBody, file: String, links: LinkTargets?, published: Bool = true,
        privateOwner: String? = nil
    ) -> [Diagnostic] {
        var found: [Diagnostic] = []
        if let links { found += checkLinks(body, file: file, links: links, published: published) }
        let invites = InviteLinks.find(in: body.markdown)
        // Raw HTML (a comment, an HTML block) is left out of the page, so an invite only there
        // is not published: keep the links the rendered body holds.
        let html = invites.isEmpty ? "" : MarkdownRenderer().render(body.markdown).html
        for (line, column, text) in invites
        where ByteSearch.contains(html, text) || ByteSearch.contains(html, HTMLText.escape(text)) {
            found.append(
                PrivacyRules.diagnostic(
                    text, at: SourceLocation(file: file, line: body.firstLine + line - 1, column: column),
                    privateOwner: privateOwner))
        }
        return found
    }

    private static func checkLinks(_ body: NoteBody, file: String, links: LinkTargets, published: Bool)
        -> [Diagnostic]
    {
        var found: [Diagnostic] = []
        for (link, line, column) in MarkdownRenderer.placedWikiLinks(in: body.markdown) {
            let location = SourceLocation(file: file, line: body.firstLine + line - 1, column: column)
            if let target = links.resolve(link) {
                // SPEC §3: the link renders its text; an explicit label is the curator's choice.
                guard published, links.isPrivate(target), !link.hasExplicitLabel else { continue }
                found.append(
                    Diagnostic(
                        .privacyPrivateLink,
                        "wiki link '\(link.raw)' names a private \(target.isScene ? "scene" : "person"): "
                            + "the page shows '\(link.label)' as plain text",
                        at: location, length: link.raw.unicodeScalars.count,
                        notes: [
                            .init(
                                "remove the link, or give it a label that does not name them: [[\(link.target)|a friend]]"
                            )
                        ]))
                continue
            }
            // A link to a scene whose profile has errors is not reported: those errors are.
            guard links.unreadProfile(for: link) == nil else { continue }
            var notes: [Diagnostic.Note] = [
                .init("it renders as plain text; link a scene or person by its name, an alias or its slug")
            ]
            for file in links.unnamedProfiles {
                notes.append(
                    .init("\(file) could not be read: if the link names that scene, fix the profile"))
            }
            found.append(
                Diagnostic(
                    .linkUnresolved, "wiki link '\(link.raw)' points at no scene or person", at: location,
                    length: link.raw.unicodeScalars.count, notes: notes))
        }
        return found
    }
}

enum PrivacyRules {
    /// The diagnostics of invite links written in a note's text values. `privateOwner` names
    /// what keeps them off the site for now ("scene", "person"), nil when they would be published.
    static func check(_ invites: [PlacedText], privateOwner: String? = nil) -> [Diagnostic] {
        invites.map { diagnostic($0.text, at: $0.location, length: $0.length, privateOwner: privateOwner) }
    }

    /// The invite links among `urls`; `inContainer` says they are a social container's, which
    /// can be marked private.
    static func check(_ urls: [WebURL], inContainer: Bool = false, privateOwner: String? = nil)
        -> [Diagnostic]
    {
        urls.filter(InviteLinks.isInvite).map {
            diagnostic($0.text, at: $0.location, inContainer: inContainer, privateOwner: privateOwner)
        }
    }

    /// Whether a URL with this host may be an invite link: a quick test on the host alone, so
    /// that the whole URL is read only for the few that pass.
    @inline(__always)
    static func mayBeInvite(host: String) -> Bool {
        InviteLinks.hosts.contains(host)
    }

    /// Appends the diagnostic of `url` to `found` when it is an invite link.
    static func check(_ url: WebURL, privateOwner: String? = nil, into found: inout [Diagnostic]) {
        if InviteLinks.isInvite(url) {
            found.append(diagnostic(url.text, at: url.location, privateOwner: privateOwner))
        }
    }

    /// Appends the diagnostics of the invite links among `urls` to `found`, in order.
    static func check(_ urls: [WebURL], privateOwner: String? = nil, into found: inout [Diagnostic]) {
        urls.forEachAddress { url in
            if mayBeInvite(host: url.pointee.host) {
                check(url.pointee, privateOwner: privateOwner, into: &found)
            }
        }
    }

    /// The diagnostic of one invite link. SPEC §5 flags an invite anywhere but in a container
    /// marked private; in a private scene, person or event (`privateOwner`) it is not published
    /// yet, and the message says so rather than that it would be.
    static func diagnostic(
        _ url: String, at location: SourceLocation, length: Int? = nil, inContainer: Bool = false,
        privateOwner: String? = nil
    ) -> Diagnostic {
        let instead =
            inContainer
            ? "link its public face instead, mark the container private: true,"
            : "remove it or link the community's public face instead,"
        let message =
            privateOwner.map {
                "'\(url)' is a chat invite link: it is left off the site only while this \($0) stays private"
            } ?? "'\(url)' is a chat invite link and would be published"
        return Diagnostic(
            .privacyInviteLink, message,
            at: location, length: length ?? url.unicodeScalars.count,
            notes: [
                .init(
                    "publishing invites sends tourists into a community's own room: \(instead) or silence the rule for this note if the community asks for it"
                )
            ])
    }
}
