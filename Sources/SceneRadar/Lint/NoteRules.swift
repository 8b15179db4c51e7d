/// Rules per note: scene profiles, weekly logs and people notes.
enum SceneRules {
    static func check(_ scene: Scene, links: LinkTargets) -> [Diagnostic] {
        var found = BodyRules.check(scene.body, file: scene.header.file, links: links)
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
        var urls = scene.infrastructure.compactMap(\.url)
        urls += scene.formation.containers.filter { !$0.isPrivate }.compactMap(\.url)
        found += PrivacyRules.check(urls)
        return found
    }
}

enum LogRules {
    static let maxArtists = 10
    static let maxTracks = 5

    /// Inlined into the linter's loop, with tracks and events read by index: a log or track
    /// handed whole to a call the compiler cannot see through is copied first.
    @inline(__always)
    static func check(_ log: WeeklyLog, links: LinkTargets) -> [Diagnostic] {
        var found = BodyRules.check(log.body, file: log.header.file, links: links)
        if log.artists.count > maxArtists {
            found.append(
                Diagnostic(
                    .logArtistsOver,
                    "this log lists \(log.artists.count) core artists; the weekly workflow logs about \(maxArtists)",
                    at: log.artists[maxArtists].location))
        }
        if log.tracks.count > maxTracks {
            found.append(
                Diagnostic(
                    .logTracksOver,
                    "this log lists \(log.tracks.count) key tracks; the weekly workflow logs about \(maxTracks)",
                    at: log.tracks[maxTracks].location))
        }
        if log.markers.count < 3 {
            let missing = [
                ("tempo", log.markers.tempo), ("drums", log.markers.drums),
                ("signature", log.markers.signature),
            ]
            .filter { $0.1 == nil }.map(\.0)
            found.append(
                Diagnostic(
                    .logMarkersMissing,
                    "this log has \(log.markers.count) of 3 sound markers (missing: \(missing.joined(separator: ", ")))",
                    at: log.markers.location ?? log.header.location))
        }
        for index in log.tracks.indices { found += CreditRules.check(log.tracks[index]) }
        for index in log.events.indices { found += CreditRules.check(log.events[index]) }
        // The log's addresses in the order of SPEC §5's report: each track's own and support
        // links, each event's footage and tickets, then press and how-it's-made. Checked where
        // they are rather than gathered into a new array first.
        for index in log.tracks.indices {
            PrivacyRules.check(log.tracks[index].url, into: &found)
            PrivacyRules.check(log.tracks[index].support, into: &found)
        }
        for index in log.events.indices {
            PrivacyRules.check(log.events[index].footage, into: &found)
            if let tickets = log.events[index].tickets { PrivacyRules.check(tickets, into: &found) }
        }
        for index in log.press.indices {
            if let url = log.press[index].url { PrivacyRules.check(url, into: &found) }
        }
        for index in log.howItsMade.indices {
            if let url = log.howItsMade[index].url { PrivacyRules.check(url, into: &found) }
        }
        return found
    }
}

enum PersonRules {
    static func check(_ person: Person, links: LinkTargets) -> [Diagnostic] {
        BodyRules.check(person.body, file: person.header.file, links: links)
            + PrivacyRules.check(person.links + person.support)
    }
}

/// Rules over a Markdown body: unresolved wiki links and invite links in the text.
enum BodyRules {
    static func check(_ body: NoteBody, file: String, links: LinkTargets) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for (link, line, column) in WikiLinkScanner.links(in: body.markdown) where links.resolve(link) == nil
        {
            found.append(
                Diagnostic(
                    .linkUnresolved, "wiki link '\(link.raw)' points at no scene or person",
                    at: SourceLocation(file: file, line: body.firstLine + line - 1, column: column),
                    length: link.raw.unicodeScalars.count,
                    notes: [
                        .init(
                            "it renders as plain text; link a scene or person by its name, an alias or its slug"
                        )
                    ]))
        }
        for (line, column, text) in InviteLinks.find(in: body.markdown) {
            found.append(
                PrivacyRules.diagnostic(
                    text, at: SourceLocation(file: file, line: body.firstLine + line - 1, column: column)))
        }
        return found
    }
}

enum PrivacyRules {
    static func check(_ urls: [WebURL]) -> [Diagnostic] {
        urls.filter(InviteLinks.isInvite).map { diagnostic($0.text, at: $0.location) }
    }

    /// Appends the diagnostic of `url` to `found` when it is an invite link.
    @inline(__always)
    static func check(_ url: WebURL, into found: inout [Diagnostic]) {
        // The host first (inlined, so the URL is not copied for the call): most are not invites.
        guard InviteLinks.hosts.contains(url.host) else { return }
        if InviteLinks.isInvite(url) { found.append(diagnostic(url.text, at: url.location)) }
    }

    /// Appends the diagnostics of the invite links among `urls` to `found`, in order.
    static func check(_ urls: [WebURL], into found: inout [Diagnostic]) {
        for index in urls.indices { check(urls[index], into: &found) }
    }

    static func diagnostic(_ url: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .privacyInviteLink, "'\(url)' is a chat invite link and would be published",
            at: location, length: url.unicodeScalars.count,
            notes: [
                .init(
                    "publishing invites sends tourists into a community's own room: link its public face instead, mark the container private: true, or silence the rule for this note if the community asks for it"
                )
            ])
    }
}
