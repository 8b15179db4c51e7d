/// Weekly logs and their entries.
extension DecodeContext {
    mutating func log(
        _ node: YAMLNode, header: NoteHeader, scene: String, week: ISOWeek, body: NoteBody
    ) -> WeeklyLog? {
        guard let fields = fields(node, SchemaCatalog.log, topLevel: true) else { return nil }
        var header = header
        header.lintIgnore = lintIgnore(fields["lint-ignore"])
        if let node = fields["week"], let written = self.week(node, "week"), written != week {
            report(
                .weekMismatch, "'week' says \(written) but the file is named \(week).md", at: node,
                notes: [
                    .init(
                        "change 'week' to \(week), or rename the file to \(written).md if that week has no log yet"
                    )
                ],
                fixIt: Self.replacing(node, with: week.description))
        }
        var markers = fields["markers"].map { self.markers($0) } ?? .empty
        // A diagnostic about the markers as a whole points at their key, not the first one given.
        if let key = fields.keyNode("markers") { markers.location = location(key) }
        var log = WeeklyLog(
            header: header, scene: scene, week: week,
            artists: people(fields["artists"], "artists"),
            platforms: list(fields["platforms"], "platforms") { context, item in
                context.enumeration(item, "platforms", as: Platform.self, item: true).map {
                    Located($0, at: context.location(item))
                }
            },
            tracks: list(fields["tracks"], "tracks") { $0.track($1) },
            events: list(fields["events"], "events") { $0.event($1) },
            press: list(fields["press"], "press") { $0.press($1) },
            howItsMade: list(fields["how-its-made"], "how-its-made") { $0.howItsMade($1) },
            soundalikes: strings(fields["soundalikes"], "soundalikes"),
            vocabulary: strings(fields["vocabulary"], "vocabulary"),
            markers: markers,
            community: strings(fields["community"], "community"),
            surface: string(fields["surface"], "surface")?.value,
            body: body)
        log.header.textInvites = textInvites
        return log
    }

    private mutating func markers(_ node: YAMLNode) -> Markers {
        let named: [(StaticString, WritableKeyPath<Markers, String?>)] = [
            ("tempo", \.tempo), ("drums", \.drums), ("signature", \.signature),
        ]
        guard let fields = fields(node, SchemaCatalog.markers) else {
            var markers = Markers.empty
            markers.unreadable = Set(named.map { $0.0.description })
            return markers
        }
        var markers = Markers(tempo: nil, drums: nil, signature: nil, location: location(node))
        for (name, value) in named {
            guard let written = fields[name] else { continue }
            markers[keyPath: value] = string(written, name.description)?.value
            if markers[keyPath: value] == nil { markers.unreadable.insert(name.description) }
        }
        return markers
    }

    private mutating func track(_ node: YAMLNode) -> Track? {
        guard let fields = fields(node, SchemaCatalog.track) else { return nil }
        let title = requiredString(fields["title"], "title")
        let url = url(fields["url"], "url")
        let platform = enumeration(fields["platform"], "platform", as: Platform.self)
        let kind = enumeration(fields["kind"], "kind", as: TrackKind.self) ?? .original
        let vocals = bool(fields["vocals"], "vocals") ?? false
        var credits = Credits()
        if let node = fields["credits"] { credits = self.credits(node) }
        let support = urls(fields["support"], "support")
        let playedBy = people(fields["played-by"], "played-by")
        guard let title, let url else { return nil }
        return Track(
            title: title.value, url: url, platform: platform ?? PlatformHosts.platform(of: url), kind: kind,
            vocals: vocals, credits: credits, support: support, playedBy: playedBy, location: location(node))
    }

    private mutating func credits(_ node: YAMLNode) -> Credits {
        var credits = Credits()
        credits.location = location(node)
        guard let fields = fields(node, SchemaCatalog.credits) else { return credits }
        credits.producer = people(fields["producer"], "producer")
        credits.vocalist = people(fields["vocalist"], "vocalist")
        credits.remixer = people(fields["remixer"], "remixer")
        credits.dj = people(fields["dj"], "dj")
        credits.featuring = people(fields["featuring"], "featuring")
        credits.engineer = people(fields["engineer"], "engineer")
        credits.artwork = people(fields["artwork"], "artwork")
        // A blank name names nobody: as missing as no name (credit.label-missing).
        credits.label = string(fields["label"], "label")?.value.nonBlank
        credits.collective = string(fields["collective"], "collective")?.value.nonBlank
        credits.selfReleased = bool(fields["self-released"], "self-released") ?? false
        credits.unknown = bool(fields["unknown"], "unknown") ?? false
        return credits
    }

    private mutating func event(_ node: YAMLNode) -> Event? {
        guard let fields = fields(node, SchemaCatalog.event) else { return nil }
        let name = requiredString(fields["name"], "name")
        let date = date(fields["date"], "date")
        let event = Event(
            name: name?.value ?? "", date: date ?? CalendarDate(dayNumber: 0),
            city: string(fields["city"], "city")?.value, online: bool(fields["online"], "online") ?? false,
            kind: enumeration(fields["kind"], "kind", as: EventKind.self),
            series: string(fields["series"], "series")?.value,
            attendance: integer(fields["attendance"], "attendance"),
            lineup: people(fields["lineup"], "lineup"), footage: urls(fields["footage"], "footage"),
            tickets: url(fields["tickets"], "tickets"),
            isPrivate: bool(fields["private"], "private") ?? false,
            location: location(node))
        return name == nil || date == nil ? nil : event
    }

    private mutating func press(_ node: YAMLNode) -> Press? {
        guard let fields = fields(node, SchemaCatalog.press) else { return nil }
        let outlet = requiredString(fields["outlet"], "outlet")
        let tier = enumeration(fields["tier"], "tier", as: PressTier.self)
        let url = url(fields["url"], "url")
        let date = date(fields["date"], "date")
        guard let outlet, let tier else { return nil }
        return Press(outlet: outlet.value, tier: tier, url: url, date: date, location: location(node))
    }

    private mutating func howItsMade(_ node: YAMLNode) -> HowItsMade? {
        guard let fields = fields(node, SchemaCatalog.howItsMade) else { return nil }
        let by = person(fields["by"], "by")
        let kind = enumeration(fields["kind"], "kind", as: HowItsMadeKind.self)
        let url = url(fields["url"], "url")
        guard let by else { return nil }
        return HowItsMade(by: by, kind: kind, url: url, location: location(node))
    }
}
