/// Runs every lint rule of SPEC §5 over a decoded vault and applies suppression: a note's
/// `lint-ignore` and radar.yml's `lint.ignore`.
public struct Linter: Sendable {
    /// Creates a linter.
    public init() {}

    /// The lint diagnostics of `vault` (not including its reading/decoding diagnostics),
    /// suppression applied, sorted.
    public func lint(_ vault: Vault, people: PeopleIndex, links: LinkTargets) -> [Diagnostic] {
        var found: [Diagnostic] = people.diagnostics
        let perScene = vault.scenes.parallelMap { notes -> [Diagnostic] in
            var found = notes.scene.map { SceneRules.check($0, links: links) } ?? []
            // By address: reading each log as a value would copy it whole.
            let published = notes.scene?.isPublic ?? true
            notes.logs.forEachAddress { found += LogRules.check($0, links: links, published: published) }
            return found
        }
        found += perScene.flatMap { $0 }
        found += vault.people.parallelMap { PersonRules.check($0, links: links) }.flatMap { $0 }
        found += NameRules.check(vault)
        found += PrivateNameRules.check(vault)
        found += LogRules.checkNewest(vault)
        return Self.suppress(found, in: vault).sorted()
    }

    /// What `radar build` checks besides decoding: the problems of one scene folder's notes that
    /// are errors (missing producer, remixer or DJ credits, chat invite links), suppression
    /// applied. Warnings and info are `radar lint`'s, and so are wiki links, which only the whole
    /// vault can resolve (an unresolved one is a warning). Each note is checked on its own, so a
    /// scene's result holds until its notes or the vault's `lint.ignore` change.
    static func errors(in notes: Vault.SceneNotes, ignoring vaultWide: Set<DiagnosticCode>) -> [Diagnostic] {
        var found: [Diagnostic] = []
        if let scene = notes.scene {
            found += errors(SceneRules.check(scene, links: nil), vaultWide, scene.header.lintIgnore)
        }
        let published = notes.scene?.isPublic ?? true
        notes.logs.forEachAddress { log in
            found += errors(
                LogRules.check(log, links: nil, published: published), vaultWide,
                log.pointee.header.lintIgnore)
        }
        return found
    }

    /// The errors of one person note (see `errors(in:ignoring:)` for a scene's).
    static func errors(in person: Person, ignoring vaultWide: Set<DiagnosticCode>) -> [Diagnostic] {
        errors(PersonRules.check(person, links: nil), vaultWide, person.header.lintIgnore)
    }

    /// The errors among one note's diagnostics that neither the vault nor the note silences.
    private static func errors(
        _ found: [Diagnostic], _ vaultWide: Set<DiagnosticCode>, _ note: Set<DiagnosticCode>
    ) -> [Diagnostic] {
        found.filter { $0.severity == .error && !isSilenced($0.code, vaultWide: vaultWide, note: note) }
    }

    /// Whether `code` is silenced by the vault's `lint.ignore` or the note's `lint-ignore`.
    static func isSilenced(_ code: DiagnosticCode, vaultWide: Set<DiagnosticCode>, note: Set<DiagnosticCode>)
        -> Bool
    {
        code.isSuppressible && (vaultWide.contains(code) || note.contains(code))
    }

    /// Drops diagnostics silenced for their file or for the vault.
    static func suppress(_ diagnostics: [Diagnostic], in vault: Vault) -> [Diagnostic] {
        guard diagnostics.contains(where: \.code.isSuppressible) else { return diagnostics }
        // Only notes that silence something are indexed (each file is one note, so a note with an
        // empty `lint-ignore` reads the same as no entry); notes are read by index, not copied.
        var ignoredByFile: [String: Set<DiagnosticCode>] = [:]
        for sceneIndex in vault.scenes.indices {
            if let header = vault.scenes[sceneIndex].scene?.header, !header.lintIgnore.isEmpty {
                ignoredByFile[header.file] = header.lintIgnore
            }
            let logs = vault.scenes[sceneIndex].logs
            for index in logs.indices where !logs[index].header.lintIgnore.isEmpty {
                ignoredByFile[logs[index].header.file] = logs[index].header.lintIgnore
            }
        }
        for index in vault.people.indices where !vault.people[index].header.lintIgnore.isEmpty {
            ignoredByFile[vault.people[index].header.file] = vault.people[index].header.lintIgnore
        }
        let vaultWide = vault.config.lintIgnore
        return diagnostics.filter { diagnostic in
            !isSilenced(
                diagnostic.code, vaultWide: vaultWide, note: ignoredByFile[diagnostic.location.file] ?? [])
        }
    }
}
