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
            notes.logs.forEachAddress { found += LogRules.check($0, links: links) }
            return found
        }
        found += perScene.flatMap { $0 }
        found += vault.people.parallelMap { PersonRules.check($0, links: links) }.flatMap { $0 }
        return Self.suppress(found, in: vault).sorted()
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
            guard diagnostic.code.isSuppressible else { return true }
            if vaultWide.contains(diagnostic.code) { return false }
            return !(ignoredByFile[diagnostic.location.file]?.contains(diagnostic.code) ?? false)
        }
    }
}
