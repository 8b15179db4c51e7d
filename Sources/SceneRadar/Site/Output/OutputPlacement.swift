import Foundation

/// Where a site may be written, relative to the vault it is built from (SPEC §6, Output safety).
///
/// Not the vault itself, nor a folder that holds the vault; and not inside a folder the vault is
/// read from or the build keeps for itself: notes would be taken for output and output for notes,
/// `static/` would copy the site into itself on every build, and the build cache, which holds
/// private notes, would be published with the site. Anywhere else in the vault (`_site/`,
/// `docs/` for a pages branch) is fine.
enum OutputPlacement {
    /// The vault's own folders, each with why a site cannot go inside it.
    static let readFolders: [(name: String, reason: String)] = [
        ("scenes", "which holds the scene notes"),
        ("people", "which holds the notes on people"),
        ("static", "which is copied into the site, so the site would copy itself on every build"),
        ("theme", "which holds the theme"),
        (BuildCache.folder, "the build cache, which holds private notes and is never published"),
    ]

    /// Why the site cannot be written to `candidate` (a canonical path, or where the output
    /// would be once made), or `nil` when it can.
    ///
    /// - Parameters:
    ///   - output: the output folder as the user gave it, for the message.
    ///   - vault: the vault's canonical path.
    ///   - fileSystem: resolves the vault's folders, which may be symbolic links.
    static func refusal(
        output: String, candidate: String, vault: String, fileSystem: some FileSystem
    ) -> String? {
        // A link is followed: say where it leads, which is what was refused.
        let link = fileSystem.info(output)?.kind == .symlink ? " ('\(output)' is a link to it)" : ""
        // `-o _site` is no way out when the refused output is `_site` (a link, say).
        let isSite = output.split(separator: "/").last == "_site"
        let another =
            isSite ? "choose another folder with -o" : "choose another folder with -o, e.g. -o _site"
        if candidate == vault {
            let named = link.isEmpty ? " ('\(output)')" : link
            return "refusing to build into the vault itself\(named); \(another)"
        }
        // A home folder holds only dotfiles at first sight, which an empty output may hold: a
        // site would be scattered among the user's own folders.
        if let home = ProcessInfo.processInfo.environment["HOME"].flatMap(fileSystem.canonicalPath),
            home != "/", candidate == home
        {
            return "refusing to build into your home folder ('\(output)'); \(another)"
        }
        if candidate.split(separator: "/").contains(".git") {
            return
                "refusing to build into '\(output)': it is inside a .git folder, which git keeps for itself; \(another)"
        }
        if vault.isInside(candidate) {
            return
                "refusing to build into '\(output)': it contains the vault; choose a folder inside or beside the vault"
        }
        if let site = enclosingSite(of: candidate, fileSystem: fileSystem) {
            return
                "refusing to build into '\(output)': it is inside '\(site)', a site radar built, which would then hold files its build did not write; choose a folder elsewhere"
        }
        guard let folder = readFolder(holding: candidate, vault: vault, fileSystem: fileSystem) else {
            return nil
        }
        let place = folder.isTheFolder ? "the vault's" : "inside the vault's"
        return
            "refusing to build into '\(output)': it is \(place) \(folder.name)/ folder\(link), \(folder.reason); \(another)"
    }

    /// The nearest folder above `candidate` (canonical) that holds a site radar built (its
    /// `.radar-manifest`), if any.
    static func enclosingSite(of candidate: String, fileSystem: some FileSystem) -> String? {
        var folder = candidate
        while let slash = folder.lastIndex(of: "/"), folder != "/" {
            folder = slash == folder.startIndex ? "/" : String(folder[..<slash])
            if fileSystem.info((folder == "/" ? "" : folder) + "/" + OutputManifest.fileName) != nil {
                return folder
            }
        }
        return nil
    }

    /// The folder of `readFolders` that is or holds `candidate` (both canonical), with whether
    /// it is that folder itself; a folder that is a symbolic link is also matched where it leads.
    static func readFolder(holding candidate: String, vault: String, fileSystem: some FileSystem) -> (
        name: String, reason: String, isTheFolder: Bool
    )? {
        for folder in readFolders {
            let lexical = (vault == "/" ? "" : vault) + "/" + folder.name
            let places = [lexical] + [fileSystem.canonicalPath(lexical)].compactMap { $0 }
            guard places.contains(where: { candidate == $0 || candidate.isInside($0) }) else { continue }
            return (folder.name, folder.reason, places.contains(candidate))
        }
        return nil
    }

    /// Where `path` will be once its missing folders are made: the canonical path of its deepest
    /// folder that exists, followed by the rest as written (`.` dropped, `..` taking one back).
    static func intendedPath(_ path: String, fileSystem: some FileSystem) -> String? {
        var existing = path.split(separator: "/").map(String.init)
        var missing: [String] = []
        while true {
            let joined = existing.joined(separator: "/")
            let prefix = path.hasPrefix("/") ? "/" + joined : joined.isEmpty ? "." : joined
            if let base = fileSystem.canonicalPath(prefix) {
                var parts = base.split(separator: "/").map(String.init)
                for component in missing.reversed() {
                    if component == ".." {
                        if !parts.isEmpty { parts.removeLast() }
                    } else if component != "." {
                        parts.append(component)
                    }
                }
                return "/" + parts.joined(separator: "/")
            }
            guard let last = existing.popLast() else { return nil }
            missing.append(last)
        }
    }
}
