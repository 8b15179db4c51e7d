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
            for log in notes.logs { found += LogRules.check(log, links: links) }
            return found
        }
        found += perScene.flatMap { $0 }
        found += vault.people.parallelMap { PersonRules.check($0, links: links) }.flatMap { $0 }
        return Self.suppress(found, in: vault).sorted()
    }

    /// Drops diagnostics silenced for their file or for the vault.
    static func suppress(_ diagnostics: [Diagnostic], in vault: Vault) -> [Diagnostic] {
        var ignoredByFile: [String: Set<DiagnosticCode>] = [:]
        for notes in vault.scenes {
            if let scene = notes.scene { ignoredByFile[scene.header.file] = scene.header.lintIgnore }
            for log in notes.logs { ignoredByFile[log.header.file] = log.header.lintIgnore }
        }
        for person in vault.people { ignoredByFile[person.header.file] = person.header.lintIgnore }
        let vaultWide = vault.config.lintIgnore
        return diagnostics.filter { diagnostic in
            guard diagnostic.code.isSuppressible else { return true }
            if vaultWide.contains(diagnostic.code) { return false }
            return !(ignoredByFile[diagnostic.location.file]?.contains(diagnostic.code) ?? false)
        }
    }
}
