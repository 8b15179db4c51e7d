/// The theme a build renders with: the default theme, with a vault's `theme/` folder overriding
/// it file by file (SPEC §6): `theme/<name>.mustache` replaces a template, any other file (e.g.
/// `theme/assets/radar.css`) replaces or adds an asset.
struct Theme: Sendable {
    /// Parsed templates, partials included.
    var library: MustacheLibrary
    /// Files copied into the output, by path.
    var assets: [String: [UInt8]]
    /// A hash of every template and asset, for the incremental cache.
    var fingerprint: UInt64
}

enum ThemeLoader {
    /// Loads the theme for the vault at `canonicalRoot`, shown in diagnostics as `displayRoot`.
    static func load(
        canonicalRoot: String, displayRoot: String, fileSystem: any FileSystem
    ) -> (theme: Theme?, diagnostics: [Diagnostic]) {
        var sources: [String: (text: String, file: String)] = [:]
        for (name, text) in DefaultTheme.templates {
            sources[name] = (text, "(default theme)/\(name).mustache")
        }
        var assets = DefaultTheme.assets
        var diagnostics: [Diagnostic] = []
        let display = displayRoot.isEmpty ? "theme" : displayRoot + "/theme"
        for file in FolderWalk.files(
            in: canonicalRoot + "/theme", fileSystem: fileSystem, diagnostics: &diagnostics, display: display)
        {
            let shown = display + "/" + file.relative
            if file.relative.hasSuffix(".mustache") && !file.relative.contains("/") {
                switch TextDecoding.decode(file.bytes, file: shown) {
                case .success(let text):
                    sources[String(file.relative.dropLast(".mustache".count))] = (text, shown)
                case .failure(let diagnostic): diagnostics.append(diagnostic)
                }
            } else {
                assets[file.relative] = file.bytes
            }
        }
        var library = MustacheLibrary()
        for name in sources.keys.sorted() {
            guard let source = sources[name] else { continue }
            do {
                try library.add(source.text, named: name, file: source.file)
            } catch {
                diagnostics.append(error.diagnostic)
            }
        }
        diagnostics += library.unresolvedReferences().map(\.diagnostic)
        for page in ["index", "scene", "log", "scene-credits", "person", "credits", "404"]
        where library[page] == nil {
            diagnostics.append(
                Diagnostic(
                    .template, "the theme has no '\(page).mustache' template",
                    at: SourceLocation(file: display)))
        }
        guard !diagnostics.containsError else { return (nil, diagnostics) }
        var hash = FNV1a.hash64("theme")
        for name in sources.keys.sorted() {
            hash ^= FNV1a.hash64(name + "\u{0}" + (sources[name]?.text ?? "")) &* 31
        }
        for path in assets.keys.sorted() {
            hash ^= FNV1a.hash64(bytes: Array(path.utf8) + [0] + (assets[path] ?? [])) &* 131
        }
        return (Theme(library: library, assets: assets, fingerprint: hash), diagnostics)
    }
}

/// Regular files under a folder of the vault (theme/, static/), relative paths sorted; dotfiles
/// skipped except `.nojekyll` and `.well-known/`; symlinks followed only inside the folder.
enum FolderWalk {
    struct File: Sendable {
        var relative: String
        var bytes: [UInt8]
    }

    static let maxFiles = 10_000
    static let maxDepth = 16

    static func files(
        in root: String, fileSystem: any FileSystem, diagnostics: inout [Diagnostic], display: String
    ) -> [File] {
        guard fileSystem.info(root)?.kind == .directory, let canonical = fileSystem.canonicalPath(root) else {
            return []
        }
        var files: [File] = []
        var pending: [(String, Int)] = [("", 0)]
        while let (folder, depth) = pending.popLast() {
            let absolute = folder.isEmpty ? canonical : canonical + "/" + folder
            guard let names = try? fileSystem.entries(of: absolute) else { continue }
            for name in names {
                if name.hasPrefix(".") && name != ".nojekyll" && name != ".well-known" { continue }
                let relative = folder.isEmpty ? name : folder + "/" + name
                let path = absolute + "/" + name
                guard let target = fileSystem.canonicalPath(path), target.hasPrefix(canonical + "/"),
                    let info = fileSystem.resolvedInfo(target)
                else {
                    diagnostics.append(
                        Diagnostic(
                            .io, "'\(relative)' leads out of the folder; radar never follows it",
                            at: SourceLocation(file: display + "/" + relative)))
                    continue
                }
                if info.kind == .directory {
                    if depth < maxDepth { pending.append((relative, depth + 1)) }
                    continue
                }
                guard info.kind == .regular, files.count < maxFiles else { continue }
                do {
                    files.append(
                        File(
                            relative: relative,
                            bytes: try fileSystem.read(target, limit: Limits.standard.maxNoteBytes * 4)))
                } catch {
                    diagnostics.append(
                        Diagnostic(
                            .io, "cannot read '\(relative)': \(error)",
                            at: SourceLocation(file: display + "/" + relative)))
                }
            }
        }
        return files.sorted { $0.relative < $1.relative }
    }
}
