@testable import SceneRadar

/// Small builders for model values, so scoring tests need no YAML. Items carry a line number;
/// `Build.log` puts them in its file, so evidence locations read `scenes/<scene>/log/<week>.md:line:3`.
enum Build {
    static func week(_ text: String) -> ISOWeek {
        guard let week = ISOWeek(parsing: text) else { preconditionFailure("bad week \(text)") }
        return week
    }

    static func date(_ text: String) -> CalendarDate {
        guard let date = CalendarDate(parsing: text) else { preconditionFailure("bad date \(text)") }
        return date
    }

    static func at(_ line: Int) -> SourceLocation {
        SourceLocation(file: "", line: line, column: 3)
    }

    static func url(_ text: String, line: Int = 1) -> WebURL {
        guard let url = WebURL.parse(text, at: at(line)) else { preconditionFailure("bad url \(text)") }
        return url
    }

    static func refs(_ names: [String], line: Int = 1) -> [PersonRef] {
        names.map { PersonRef($0, at: at(line)) }
    }

    static func track(
        _ title: String, url: String? = nil, kind: TrackKind = .original, platform: Platform? = nil,
        producer: [String] = [], remixer: [String] = [], vocalist: [String] = [], dj: [String] = [],
        artwork: [String] = [], playedBy: [String] = [], line: Int = 1
    ) -> Track {
        let link = self.url(
            url ?? "https://example.com/" + title.lowercased().filter { $0.isLetter || $0.isNumber },
            line: line)
        var credits = Credits()
        credits.producer = refs(producer, line: line)
        credits.remixer = refs(remixer, line: line)
        credits.vocalist = refs(vocalist, line: line)
        credits.dj = refs(dj, line: line)
        credits.artwork = refs(artwork, line: line)
        return Track(
            title: title, url: link, platform: platform ?? PlatformHosts.platform(of: link), kind: kind,
            vocals: false, credits: credits, support: [], playedBy: refs(playedBy, line: line),
            location: at(line))
    }

    static func event(
        _ name: String, date: String = "2026-03-07", series: String? = nil, attendance: Int? = nil,
        lineup: [String] = [], footage: [String] = [], isPrivate: Bool = false, line: Int = 1
    ) -> Event {
        Event(
            name: name, date: self.date(date), city: "Lagos", online: false, kind: .party, series: series,
            attendance: attendance, lineup: refs(lineup, line: line),
            footage: footage.map { url($0, line: line) },
            tickets: nil, isPrivate: isPrivate, location: at(line))
    }

    static func press(_ outlet: String, tier: PressTier = .small, url: String? = nil, line: Int = 1) -> Press
    {
        Press(
            outlet: outlet, tier: tier, url: url.map { self.url($0, line: line) }, date: nil,
            location: at(line))
    }

    static func made(_ by: String, kind: HowItsMadeKind? = .breakdown, url: String? = nil, line: Int = 1)
        -> HowItsMade
    {
        HowItsMade(
            by: PersonRef(by, at: at(line)), kind: kind, url: url.map { self.url($0, line: line) },
            location: at(line))
    }

    static func located(_ values: [String], line: Int = 1) -> [Located<String>] {
        values.map { Located($0, at: at(line)) }
    }

    static func log(
        _ week: String, scene: String = "a", artists: [String] = [], platforms: [Platform] = [],
        tracks: [Track] = [], events: [Event] = [], press: [Press] = [], howItsMade: [HowItsMade] = [],
        soundalikes: [String] = [], vocabulary: [String] = []
    ) -> WeeklyLog {
        let file = "scenes/\(scene)/log/\(week).md"
        func place(_ location: SourceLocation) -> SourceLocation {
            SourceLocation(file: file, line: location.line, column: location.column)
        }
        func place(_ refs: [PersonRef]) -> [PersonRef] {
            refs.map { PersonRef($0.text, at: place($0.location)) }
        }
        return WeeklyLog(
            header: NoteHeader(
                file: file, relativePath: file, location: SourceLocation(file: file, line: 1, column: 1)),
            scene: scene, week: self.week(week), artists: place(refs(artists)),
            platforms: platforms.map { Located($0, at: SourceLocation(file: file, line: 2, column: 3)) },
            tracks: tracks.map { track in
                var track = track
                track.location = place(track.location)
                track.url.location = place(track.url.location)
                track.playedBy = place(track.playedBy)
                for role in CreditRole.allCases { track.credits.set(role, place(track.credits[role])) }
                return track
            },
            events: events.map { event in
                var event = event
                event.location = place(event.location)
                event.lineup = place(event.lineup)
                return event
            },
            press: press.map { press in
                var press = press
                press.location = place(press.location)
                return press
            },
            howItsMade: howItsMade.map { made in
                var made = made
                made.location = place(made.location)
                made.by = PersonRef(made.by.text, at: place(made.by.location))
                return made
            },
            soundalikes: soundalikes.map { Located($0, at: SourceLocation(file: file, line: 3, column: 3)) },
            vocabulary: vocabulary.map { Located($0, at: SourceLocation(file: file, line: 4, column: 3)) },
            markers: .empty, community: [], surface: nil, body: NoteBody(markdown: "", firstLine: 1))
    }

    static func scene(
        _ slug: String = "a", name: String? = nil, visibility: Visibility = .public,
        vocabulary: [String] = [],
        tool: String? = nil, containers: [ContainerKind] = [], privateContainers: Bool = false,
        visuals: [String] = [], bridges: [String] = []
    ) -> Scene {
        let file = "scenes/\(slug)/scene.md"
        let here = SourceLocation(file: file, line: 1, column: 1)
        return Scene(
            header: NoteHeader(file: file, relativePath: file, location: here), slug: slug,
            name: Located(name ?? slug.uppercased(), at: here), aliases: [], spotted: date("2026-01-01"),
            place: nil, status: .watching, visibility: visibility, tags: [],
            formation: Formation(
                tool: tool.map { Located($0, at: here) },
                containers: containers.map {
                    Container(
                        kind: $0, name: nil, url: nil, isPrivate: privateContainers, since: nil,
                        location: here)
                },
                visuals: visuals.map { Located($0, at: here) },
                bridges: bridges.map {
                    FormationBridge(
                        kind: .dj, who: PersonRef($0, at: here), note: nil, since: nil, location: here)
                }),
            sound: .empty, vocabulary: vocabulary.map { Located($0, at: here) }, infrastructure: [],
            body: NoteBody(markdown: "", firstLine: 1))
    }

    static func person(_ slug: String, name: String, aliases: [String] = [], isPrivate: Bool = false)
        -> Person
    {
        let file = "people/\(slug).md"
        let here = SourceLocation(file: file, line: 1, column: 1)
        return Person(
            header: NoteHeader(file: file, relativePath: file, location: here), slug: slug,
            name: Located(name, at: here), aliases: aliases.map { Located($0, at: here) }, kind: .person,
            links: [],
            support: [], pronouns: nil, isPrivate: isPrivate, body: NoteBody(markdown: "", firstLine: 1))
    }

    static func vault(
        _ scenes: [(Scene?, [WeeklyLog])], people: [Person] = [], window: Int = 6,
        weights: [Signal: Double] = [:]
    ) -> Vault {
        var config = SiteConfig()
        config.window = window
        for (signal, weight) in weights { config.weights[signal] = weight }
        return Vault(
            root: "vault", config: config,
            scenes: scenes.enumerated().map { offset, pair in
                Vault.SceneNotes(slug: pair.0?.slug ?? "scene-\(offset)", scene: pair.0, logs: pair.1)
            },
            people: people, diagnostics: [])
    }

    /// A vault with one public scene `a` holding `logs`.
    static func vault(_ logs: [WeeklyLog], scene: Scene = Build.scene(), window: Int = 6) -> Vault {
        vault([(scene, logs)], window: window)
    }

    static func analyze(_ vault: Vault) -> RadarAnalysis {
        Scorer().analyze(vault, people: PeopleIndex(people: vault.people, references: vault.personReferences))
    }

    /// The analysis of the only (or the named) scene.
    static func analyzeScene(_ vault: Vault, _ slug: String = "a") -> SceneAnalysis? {
        analyze(vault).scene(slug: slug)
    }
}

extension Credits {
    fileprivate mutating func set(_ role: CreditRole, _ people: [PersonRef]) {
        switch role {
        case .producer: producer = people
        case .vocalist: vocalist = people
        case .remixer: remixer = people
        case .dj: dj = people
        case .featuring: featuring = people
        case .engineer: engineer = people
        case .artwork: artwork = people
        }
    }
}
