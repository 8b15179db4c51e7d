/// The 4-part model as a checklist (SPEC §4, Stage): tool, social container, visual language,
/// bridges. A private container counts but is shown without its name or address.
enum FormationChecklist {
    /// A public person of the scene found in other public scenes: their slug and name, and the
    /// names of those scenes.
    struct DetectedBridge {
        let slug: String
        let name: String
        let scenes: [String]

        /// Where else they are, as the item's note says it.
        var note: String { "also in " + scenes.joinedInPlace(separator: ", ") + ", detected" }
    }

    /// The checklist's four items; `detected` are the scene's detected bridges that reach a
    /// public scene, in the order to list them.
    static func items(_ scene: Scene, stage: Stage, detected: [DetectedBridge], page: PageContext)
        -> [MustacheValue]
    {
        let formation = scene.formation
        let tool: [MustacheValue] = formation.tool.map { [detail($0.value)] } ?? []
        let containers = formation.containers.map { container -> MustacheValue in
            if container.isPrivate { return detail(keptPrivate(container.kind)) }
            let text = container.name.map { "\(container.kind.rawValue): \($0)" } ?? container.kind.rawValue
            let since = container.since.map { "since \($0)" }
            return detail(text, url: page.data.publicAddress(container.url), note: since)
        }
        let visuals = formation.visuals.map { detail($0.value) }
        // A detected bridge who is also a bridge the profile names is said once, in that item;
        // either way the note reads "also in …, detected".
        var mentioned: Set<String> = []
        var bridges = formation.bridges.map { bridge -> MustacheValue in
            let link = bridge.who.map { page.data.person($0) }
            let who = link?.name
            let identity = bridge.who.flatMap { page.data.people.resolve($0) }
            // A note about a private person would say who they are.
            let isPrivate = identity?.isPrivate == true
            let found = identity.flatMap { identity in detected.first { $0.slug == identity.slug } }
            if let found { mentioned.insert(found.slug) }
            let text = [bridge.kind.rawValue, who].compactMap { $0 }.joined(separator: ": ")
            let note = [
                isPrivate ? nil : bridge.note.map(clause), bridge.since.map { "since \($0)" },
                found?.note,
            ]
            .compactMap { $0 }
            .filter { !$0.isEmpty }.joined(separator: "; ")
            let person = link.map { (kind: bridge.kind.rawValue, link: page.person($0)) }
            return detail(text, note: note.isEmpty ? nil : note, person: person)
        }
        for bridge in detected where !mentioned.contains(bridge.slug) {
            bridges.append(
                detail(bridge.name, note: bridge.note, person: ("", page.person(slug: bridge.slug))))
        }
        return [
            item("A tool or constraint created the sound", done: stage.tool, tool),
            // The item reads "(not yet)" when undone: its label says what would make it done.
            item("A social container formed", done: stage.container, containers),
            item("A visual language appeared", done: stage.visuals, visuals),
            item("Bridges connect it outward", done: stage.bridges, bridges),
        ]
    }

    /// What pages say in place of a private container's name and address.
    static func keptPrivate(_ kind: ContainerKind) -> String {
        "a private \(kind.rawValue) (name withheld)"
    }

    /// A curator's note as a clause another can follow after `; `: without the spaces and line
    /// breaks around it (a `|` block ends with one) or a final full stop (`finished.; since`).
    static func clause(_ note: String) -> String {
        var text = Substring(note)
        while let last = text.last, last.isWhitespace { text.removeLast() }
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        if text.hasSuffix("."), !text.hasSuffix("..") { text.removeLast() }
        return String(text)
    }

    private static func item(_ label: String, done: Bool, _ details: [MustacheValue]) -> MustacheValue {
        .object([
            "label": .string(label), "done": .bool(done), "details": .list(details),
            "hasDetails": .bool(!details.isEmpty),
        ])
    }

    /// An item's detail: its `text`, with the `url` it links to, a `note`, and for a bridge who
    /// is a person, `person` (`{name, url}`, to their page when they have one) and `kind` (how
    /// they bridge; empty for a detected bridge), which the default theme shows in place of
    /// `text` (`kind: name`).
    private static func detail(
        _ text: String, url: String? = nil, note: String? = nil,
        person: (kind: String, link: MustacheValue)? = nil
    ) -> MustacheValue {
        var object = MustacheObject(capacity: 5, ["text": .string(text), "url": .string(url ?? "")])
        if let note { object["note"] = .string(note) }
        if let person {
            object["person"] = person.link
            object["kind"] = .string(person.kind)
        }
        return .object(object)
    }
}
