/// Scene profiles.
extension DecodeContext {
    mutating func scene(_ node: YAMLNode, header: NoteHeader, slug: String, body: NoteBody) -> Scene? {
        guard let fields = fields(node, SchemaCatalog.scene, topLevel: true) else { return nil }
        var header = header
        header.lintIgnore = lintIgnore(fields["lint-ignore"])
        let name = requiredString(fields["name"], "name")
        let spotted = date(fields["spotted"], "spotted")
        var formation = Formation.empty
        if let node = fields["formation"] { formation = self.formation(node) }
        var sound = Sound.empty
        if let node = fields["sound"] { sound = self.sound(node) }
        warnOfCommas(in: fields["aliases"], "aliases", listing: "names")
        var scene = Scene(
            header: header, slug: slug, name: name ?? Located("", at: header.location),
            aliases: strings(fields["aliases"], "aliases"),
            spotted: spotted ?? CalendarDate(dayNumber: 0),
            place: string(fields["where"], "where")?.value,
            status: enumeration(fields["status"], "status", as: SceneStatus.self) ?? .watching,
            visibility: enumeration(fields["visibility"], "visibility", as: Visibility.self) ?? .public,
            tags: strings(fields["tags"], "tags").map(\.value),
            formation: formation,
            sound: sound,
            vocabulary: strings(fields["vocabulary"], "vocabulary"),
            infrastructure: list(fields["infrastructure"], "infrastructure") { $0.infrastructure($1) },
            body: body)
        scene.header.textInvites = textInvites
        return name == nil || spotted == nil ? nil : scene
    }

    private mutating func formation(_ node: YAMLNode) -> Formation {
        guard let fields = fields(node, SchemaCatalog.formation) else { return .empty }
        return Formation(
            tool: string(fields["tool"], "tool"),
            containers: list(fields["containers"], "containers") { $0.container($1) },
            visuals: strings(fields["visuals"], "visuals"),
            bridges: list(fields["bridges"], "bridges") { $0.formationBridge($1) })
    }

    private mutating func container(_ node: YAMLNode) -> Container? {
        guard let fields = fields(node, SchemaCatalog.container) else { return nil }
        let kind = enumeration(fields["kind"], "kind", as: ContainerKind.self)
        let isPrivate = bool(fields["private"], "private") ?? false
        // A private container's name is never published (SPEC §5: its invite is no error).
        let name = string(fields["name"], "name", published: !isPrivate)?.value
        let container = Container(
            kind: kind ?? .other, name: name, url: url(fields["url"], "url"),
            isPrivate: isPrivate, since: week(fields["since"], "since"),
            location: location(node))
        return kind == nil ? nil : container
    }

    private mutating func formationBridge(_ node: YAMLNode) -> FormationBridge? {
        guard let fields = fields(node, SchemaCatalog.formationBridge) else { return nil }
        let kind = enumeration(fields["kind"], "kind", as: BridgeKind.self)
        let bridge = FormationBridge(
            kind: kind ?? .other, who: person(fields["who"], "who"),
            note: string(fields["note"], "note")?.value,
            since: week(fields["since"], "since"), location: location(node))
        return kind == nil ? nil : bridge
    }

    private mutating func sound(_ node: YAMLNode) -> Sound {
        guard let fields = fields(node, SchemaCatalog.sound) else { return .empty }
        let tempo = string(fields["tempo"], "tempo")
        return Sound(
            tempo: tempo, bpm: tempo.flatMap { Self.bpmRange($0.value) },
            drums: string(fields["drums"], "drums")?.value,
            signature: string(fields["signature"], "signature")?.value)
    }

    private mutating func infrastructure(_ node: YAMLNode) -> Infrastructure? {
        guard let fields = fields(node, SchemaCatalog.infrastructure) else { return nil }
        guard let kind = enumeration(fields["kind"], "kind", as: InfrastructureKind.self),
            let name = requiredString(fields["name"], "name")
        else {
            _ = url(fields["url"], "url")
            return nil
        }
        return Infrastructure(
            kind: kind, name: name.value, url: url(fields["url"], "url"), location: location(node))
    }

    /// `140-150`, `140–150`, `140 - 150 bpm` or `160` as a BPM range; `nil` otherwise.
    static func bpmRange(_ text: String) -> ClosedRange<Int>? {
        var numbers: [Int] = []
        var current: Int?
        for scalar in text.unicodeScalars {
            if let digit = Int(exactly: scalar.value), scalar.properties.numericType == .decimal,
                scalar.isASCII
            {
                current = (current ?? 0) * 10 + (digit - 48)
                if (current ?? 0) > 1000 { return nil }
            } else {
                if let value = current { numbers.append(value) }
                current = nil
            }
        }
        if let value = current { numbers.append(value) }
        switch numbers.count {
        case 1 where numbers[0] > 0: return numbers[0]...numbers[0]
        case 2 where numbers[0] > 0 && numbers[0] <= numbers[1]: return numbers[0]...numbers[1]
        default: return nil
        }
    }
}
