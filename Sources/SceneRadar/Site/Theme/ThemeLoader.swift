import Foundation

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
            sources[name] = (text, "\(defaultThemeFolder)/\(name).mustache")
        }
        var assets = DefaultTheme.assets
        var diagnostics: [Diagnostic] = []
        let display = displayRoot.isEmpty ? "theme" : displayRoot + "/theme"
        for file in FolderWalk.files(
            in: canonicalRoot + "/theme", fileSystem: fileSystem, diagnostics: &diagnostics, display: display)
        {
            let shown = display + "/" + file.relative
            if file.relative.hasSuffix(".mustache") && !file.relative.contains("/") {
                switch TextDecoding.decode(file.bytes, file: shown, kind: "template") {
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
        // A template that failed to parse has its error already: references to it are not
        // reported as missing as well.
        diagnostics += library.unresolvedReferences().filter { error in
            guard case .missingPartial(let name) = error.kind else { return true }
            return sources[name] == nil
        }.map(\.diagnostic)
        // A page whose template failed to parse has its error already; only a missing one is new.
        for page in pageTemplates where library[page] == nil && sources[page] == nil {
            diagnostics.append(
                Diagnostic(
                    .template, "the theme has no '\(page).mustache' template",
                    at: SourceLocation(file: display)))
        }
        guard !diagnostics.containsError else { return (nil, diagnostics) }
        if let warning = policyWarning(library, sources, display: display) { diagnostics.append(warning) }
        var hash = FNV1a.hash64("theme")
        for name in sources.keys.sorted() {
            hash ^= FNV1a.hash64(name + "\u{0}" + (sources[name]?.text ?? "")) &* 31
        }
        for path in assets.keys.sorted() {
            hash ^= FNV1a.hash64(bytes: Array(path.utf8) + [0] + (assets[path] ?? [])) &* 131
        }
        return (Theme(library: library, assets: assets, fingerprint: hash), diagnostics)
    }

    /// A warning when a page's template, with the partials and parents it uses, writes no
    /// Content-Security-Policy: the default layout's `<meta>` is what keeps scripts from running
    /// on every page (docs/site.md), and a theme's own layout, or a page template that uses
    /// none, can leave it out without a word otherwise.
    private static func policyWarning(
        _ library: MustacheLibrary, _ sources: [String: (text: String, file: String)], display: String
    ) -> Diagnostic? {
        // Each template's text is searched once; a theme has a dozen templates, so each page's
        // are walked afresh. Only the text it writes: the words in a `{{! comment }}` are no policy.
        let own = Set(
            sources.keys.filter { name in library[name]?.anyLiteralText(Self.namesPolicy) == true })
        func writesPolicy(_ name: String, _ seen: inout Set<String>) -> Bool {
            guard let template = library[name], seen.insert(name).inserted else { return false }
            return own.contains(name) || template.referencedTemplateNames.contains { writesPolicy($0, &seen) }
        }
        let without = pageTemplates.filter { page in
            var seen: Set<String> = []
            return !writesPolicy(page, &seen)
        }
        guard let first = without.first else { return nil }
        // A layout of the theme's own that leaves the policy out is where to fix it.
        var seen: Set<String> = []
        let layout =
            sources["layout"].map { !$0.file.hasPrefix(defaultThemeFolder) } == true
                && !writesPolicy("layout", &seen) ? "layout" : nil
        let named = without.map { "'\($0).mustache'" }.joined(separator: ", ")
        return Diagnostic(
            .template,
            "\(without.count == 1 ? "the page template" : "the page templates") \(named) write\(without.count == 1 ? "s" : "") no Content-Security-Policy: \(without.count == 1 ? "its" : "their") pages would not carry the policy that keeps scripts from running",
            at: SourceLocation(file: sources[layout ?? first]?.file ?? display), severity: .warning,
            notes: [
                .init(
                    "put <meta http-equiv=\"Content-Security-Policy\" content=\"{{site.csp}}\"> in the <head> of the layout they use, as the default theme does"
                )
            ])
    }

    /// Whether `text` holds "Content-Security-Policy" in any case of its ASCII letters, by bytes
    /// (Foundation's case-insensitive search cost a rebuild with nothing changed a fifth of its
    /// instructions).
    private static func namesPolicy(_ text: [UInt8]) -> Bool {
        var needle = "content-security-policy"
        return ByteSearch.asciiLowercased(text).withUnsafeBufferPointer { hay in
            needle.withUTF8 { ByteSearch.firstOffset(of: $0, in: hay) != nil }
        }
    }

    /// How diagnostics name the folder of the default theme's templates.
    private static let defaultThemeFolder = "(default theme)"

    /// The templates that make pages; the others are partials and layouts.
    private static let pageTemplates = ["index", "scene", "log", "scene-credits", "person", "credits", "404"]
}

/// Regular files under a folder of the vault (theme/, static/), relative paths sorted; dotfiles
/// skipped except `.nojekyll` and `.well-known/`; symlinks followed only inside the folder and
/// never back into a folder being walked (a loop). Anything left out is a diagnostic.
enum FolderWalk {
    struct File: Sendable {
        var relative: String
        var bytes: [UInt8]
    }

    static let maxFiles = 10_000
    static let maxFolders = 10_000
    static let maxDepth = 16
    static let maxFileBytes = Limits.standard.maxNoteBytes * 4

    static func files(
        in root: String, fileSystem: any FileSystem, diagnostics: inout [Diagnostic], display: String
    ) -> [File] {
        guard fileSystem.info(root)?.kind == .directory, let canonical = fileSystem.canonicalPath(root) else {
            return []
        }
        func report(_ code: DiagnosticCode, _ relative: String, _ message: String) {
            diagnostics.append(Diagnostic(code, message, at: SourceLocation(file: display + "/" + relative)))
        }
        var files: [File] = []
        var folders = 0
        // Each pending folder carries the canonical paths of the folders that lead to it.
        var pending: [(folder: String, chain: [String])] = [("", [canonical])]
        while let (folder, chain) = pending.popLast() {
            let absolute = folder.isEmpty ? canonical : canonical + "/" + folder
            guard let names = try? fileSystem.entries(of: absolute) else {
                report(.io, folder, "cannot list '\(folder)'")
                continue
            }
            for name in names {
                if name.hasPrefix(".") && name != ".nojekyll" && name != ".well-known" { continue }
                let relative = folder.isEmpty ? name : folder + "/" + name
                if name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
                    report(
                        .io, relative,
                        "'\(relative.debugDescription.dropFirst().dropLast())' has a control character (a tab or line break?) in its name; rename it to publish it"
                    )
                    continue
                }
                let path = absolute + "/" + name
                guard let target = fileSystem.canonicalPath(path),
                    target == canonical || target.hasPrefix(canonical + "/"),
                    let info = fileSystem.resolvedInfo(target)
                else {
                    report(.io, relative, "'\(relative)' leads out of the folder; radar never follows it")
                    continue
                }
                if info.kind == .directory {
                    if chain.contains(where: { $0 == target || $0.hasPrefix(target + "/") }) {
                        report(
                            .io, relative,
                            "'\(relative)' is a symbolic link back to a folder that contains it; radar never follows a loop"
                        )
                    } else if chain.count > maxDepth {
                        report(
                            .limit, relative,
                            "'\(relative)' is nested more than \(maxDepth) folders deep; its files are not copied (docs/limits.md)"
                        )
                    } else if folders >= maxFolders {
                        report(
                            .limit, relative,
                            "more than \(maxFolders) folders; '\(relative)' and the rest are not copied (docs/limits.md)"
                        )
                        return files.sorted { $0.relative < $1.relative }
                    } else {
                        folders += 1
                        pending.append((relative, chain + [target]))
                    }
                    continue
                }
                guard info.kind == .regular else {
                    report(
                        .io, relative, "'\(relative)' is not a regular file (\(info.kind)); it is not copied")
                    continue
                }
                guard files.count < maxFiles else {
                    report(
                        .limit, relative,
                        "more than \(maxFiles) files; '\(relative)' and the rest are not copied (docs/limits.md)"
                    )
                    return files.sorted { $0.relative < $1.relative }
                }
                do throws(FileReadError) {
                    files.append(
                        File(relative: relative, bytes: try fileSystem.read(target, limit: maxFileBytes)))
                } catch {
                    switch error {
                    case .tooLarge(let size):
                        report(
                            .limit, relative,
                            "'\(relative)' is \(size) bytes; the largest file radar copies is \(maxFileBytes) bytes (docs/limits.md)"
                        )
                    case .notRegular(let kind):
                        report(
                            .io, relative, "'\(relative)' is not a regular file (\(kind)); it is not copied")
                    case .system(let reason):
                        report(.io, relative, "cannot read '\(relative)': \(reason)")
                    }
                }
            }
        }
        return files.sorted { $0.relative < $1.relative }
    }
}
