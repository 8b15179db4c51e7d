/// Why `radar new` or `radar init` wrote nothing: errors are data, so tests check the kind
/// and the command prints the message and its hints.
///
/// The commands exit with status 2 on every case (SPEC §5: a usage error, or a vault or file
/// that cannot be written). None of them says anything is wrong with the notes, which is what status 1 means,
/// so a script can tell "nothing to do here" from "your notes have errors".
public struct AuthoringError: Error, Sendable, Hashable {
    /// What went wrong.
    public enum Kind: Sendable, Hashable {
        /// The name is empty once folded (only spaces or invisible characters).
        case emptyName
        /// The name holds a line break, a tab or another control character.
        case controlInName(name: String)
        /// A person's name written as a credit's pointer to a note (`people/<slug>`).
        case noteReferenceAsName(name: String)
        /// A note (or the file radar init would write) is already there; never overwritten.
        case exists(path: String)
        /// Another note already uses this name (as its name or an alias).
        case nameTaken(name: String, path: String)
        /// The folder holds no radar.yml, scenes/ or people/; the nearest folder above it that
        /// does hold a radar.yml, if any (see `VaultScanner.UnreadableVault.vaultAbove`).
        case notAVault(path: String, vaultAbove: String? = nil)
        /// The vault folder cannot be read.
        case unreadableVault(path: String, reason: String)
        /// No scene has this slug, name or alias; the closest slug, if one is close.
        case unknownScene(given: String, suggestion: String?, known: [String])
        /// Several scenes have this name or alias.
        case ambiguousScene(given: String, slugs: [String])
        /// The scene's folder has no scene.md profile.
        case missingProfile(slug: String, path: String)
        /// The scene's profile has errors, so the scene is left out of what radar scores and
        /// publishes.
        case brokenProfile(slug: String, path: String)
        /// `radar init` into a folder that already holds files.
        case folderNotEmpty(path: String, entries: [String])
        /// `radar init` in a folder that already holds a vault (a radar.yml).
        case alreadyAVault(path: String)
        /// `radar init` into a folder inside another vault's scenes/, people/, static/, theme/ or
        /// .radar-cache/ (`folder`), which that vault would read.
        case insideVault(path: String, vault: String, folder: String)
        /// The path is there but is not a folder.
        case notAFolder(path: String)
        /// The operating system refused to create a folder or file.
        case io(path: String, reason: String)
    }

    /// What went wrong.
    public var kind: Kind

    /// Creates an error.
    public init(_ kind: Kind) {
        self.kind = kind
    }

    /// One line that makes sense on its own.
    public var message: String {
        switch kind {
        case .emptyName:
            return "the name is empty: give the name as its people write it"
        case .controlInName(let name):
            let shown = name.unicodeScalars.map {
                $0.properties.generalCategory == .control ? "\u{FFFD}" : String($0)
            }
            return "the name '\(shown.joined())' holds a line break, a tab or another control character"
        case .noteReferenceAsName(let name):
            return "'\(name)' is how a credit points at a person's note, not a name"
        case .exists(let path):
            return "'\(path)' already exists; radar never overwrites a note"
        case .nameTaken(let name, let path):
            return "'\(path)' already goes by the name '\(name)'"
        case .notAVault(let path, _):
            return "'\(path)' is not a vault: it has no radar.yml, scenes/ or people/"
        case .unreadableVault(let path, let reason):
            return "cannot read the vault '\(path)': \(reason)"
        case .unknownScene(let given, let suggestion, _):
            let hint = suggestion.map { "; did you mean '\($0)'?" } ?? ""
            return "no scene '\(given)' in this vault\(hint)"
        case .ambiguousScene(let given, let slugs):
            return "'\(given)' names several scenes: \(slugs.joined(separator: ", ")); give the slug"
        case .missingProfile(let slug, let path):
            return "scene folder '\(slug)' has no profile '\(path)'"
        case .brokenProfile(let slug, let path):
            return "scene '\(slug)' is left out: its profile '\(path)' has errors"
        case .alreadyAVault(let path):
            return "'\(path)' is already a vault (it has a radar.yml); nothing was written"
        case .folderNotEmpty(let path, let entries):
            let shown = entries.prefix(3).map { "'\($0)'" }.joined(separator: ", ")
            let more = entries.count > 3 ? " and \(entries.count - 3) more" : ""
            return "refusing to create a vault in '\(path)': it already holds \(shown)\(more)"
        case .insideVault(let path, let vault, let folder):
            return
                "refusing to create a vault in '\(path)': it is inside the \(folder)/ folder of the vault '\(vault)', which would read it as its own"
        case .notAFolder(let path):
            return "'\(path)' is not a folder"
        case .io(let path, let reason):
            return "cannot write '\(path)': \(reason)"
        }
    }

    /// What to do about it.
    public var hints: [String] {
        switch kind {
        case .emptyName:
            return []
        case .controlInName:
            return ["a name is one line of text: give it as its people write it"]
        case .noteReferenceAsName(let name):
            return [
                "give the name as it is written in credits: radar new person \"\(name.dropFirst("people/".count))\""
            ]
        case .exists(let path):
            // A weekly log is named by its week (scenes/<slug>/log/2026-W48.md), any other
            // note by its name.
            let name = path.split(separator: "/").last ?? ""
            let isLog = name.hasSuffix(".md") && ISOWeek(parsing: name.dropLast(3)) != nil
            return [isLog ? "edit it, or give another week with --week" : "edit it, or give a different name"]
        case .nameTaken:
            return ["two notes with one name make wiki links and credits ambiguous; edit that note instead"]
        case .notAVault(_, let above?):
            return ["'\(above)' above it is a vault: run radar there, or give --vault \(above)"]
        case .notAVault:
            return [
                "point --vault at the vault's folder, or create a vault with 'radar init' in a new or empty folder"
            ]
        case .unreadableVault, .notAFolder, .io, .ambiguousScene:
            return []
        case .unknownScene(_, _, let known):
            guard !known.isEmpty else {
                return ["this vault has no scenes yet: start one with 'radar new scene NAME'"]
            }
            let shown = known.prefix(8).joined(separator: ", ")
            return ["scenes in this vault: \(shown)\(known.count > 8 ? ", …" : "")"]
        case .missingProfile(let slug, _):
            return ["create it first: radar new scene NAME (a name whose slug is '\(slug)')"]
        case .brokenProfile:
            return ["run 'radar lint' to see them"]
        case .alreadyAVault:
            return ["add notes with 'radar new scene NAME', or start another vault: radar init my-radar"]
        case .folderNotEmpty:
            return [
                "give an empty or new folder: radar init my-radar (a folder holding only dotfiles such as .git or a .gitignore is fine)"
            ]
        case .insideVault:
            return ["give a folder outside that vault, or beside its scenes/ and people/"]
        }
    }

    /// The message and hints as radar prints them on standard error.
    public var rendered: String {
        (["radar: " + message] + hints.map { "  hint: " + $0 }).joined(separator: "\n")
    }
}
