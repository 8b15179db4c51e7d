import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Walks the watched roots and stamps every file, without ever leaving them.
///
/// Hidden entries (names starting with `.`, e.g. `.obsidian/`, `.git/`, `.radar-cache/`, editor
/// swap files) and the excluded folders (the build output) are skipped, but for hidden Markdown
/// files and the hidden folders of a `people` folder: a person note hidden so withholds its person
/// (`VaultScanner`), so adding one must rebuild. Symlinks are not followed
/// out of the roots: a link to a regular file inside a root is stamped by its target (so editing the
/// target is noticed), any other link only by itself, and a link to a directory is never descended
/// (which also rules out cycles).
struct FileTreeScanner: Sendable {
    private struct Root: Sendable {
        /// The root as given, made absolute; reported paths start with it.
        var path: String
        /// Its canonical form, to compare link targets and excluded folders against.
        var canonical: String
    }

    private let roots: [Root]
    private let excluded: [String]

    /// Watches `roots` (folders or single files) except the folders in `excluded`.
    init(roots: [String], excluded: [String]) {
        self.roots = roots.map { root in
            let path = Self.absolute(root)
            return Root(path: path, canonical: SitePathResolver.canonicalPath(path) ?? path)
        }
        self.excluded = excluded.map(Self.absolute)
    }

    /// Stamps every file under the roots, keyed by absolute path.
    func scan() -> [String: FileStamp] {
        var excludedPaths = Set(excluded)
        for path in excluded {
            if let canonical = SitePathResolver.canonicalPath(path) { excludedPaths.insert(canonical) }
        }
        var stamps: [String: FileStamp] = [:]
        for root in roots {
            var info = stat()
            guard lstat(root.path, &info) == 0 else { continue }
            if info.st_mode & S_IFMT == S_IFREG {
                stamps[root.path] = FileStamp(info)
            } else if info.st_mode & S_IFMT == S_IFDIR || info.st_mode & S_IFMT == S_IFLNK {
                walk(root.path, canonical: root.canonical, excluded: excludedPaths, into: &stamps)
            }
        }
        return stamps
    }
}

extension FileTreeScanner {
    fileprivate func walk(
        _ directory: String, canonical: String, excluded: Set<String>, into stamps: inout [String: FileStamp]
    ) {
        if excluded.contains(directory) || excluded.contains(canonical) { return }
        guard let stream = opendir(directory) else { return }
        defer { closedir(stream) }
        while let entry = readdir(stream) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            let isHidden = name.hasPrefix(".")
            if isHidden && (name == "." || name == "..") { continue }
            let path = directory + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            if isHidden
                && !Self.watchesHidden(name, in: directory, isFolder: info.st_mode & S_IFMT == S_IFDIR)
            {
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                walk(path, canonical: canonical + "/" + name, excluded: excluded, into: &stamps)
            case S_IFREG:
                stamps[path] = FileStamp(info)
            case S_IFLNK:
                stamps[path] = linkStamp(path, own: info)
            default:
                continue
            }
        }
    }

    /// Whether the hidden entry `name` of `directory` is watched: a Markdown file anywhere (as
    /// `VaultScanner` names one), or a folder directly in a `people` folder.
    fileprivate static func watchesHidden(_ name: String, in directory: String, isFolder: Bool) -> Bool {
        if isFolder { return directory.hasSuffix("/people") }
        return VaultScanner.noteStem(name) != nil
    }

    fileprivate func linkStamp(_ path: String, own: stat) -> FileStamp {
        var target = stat()
        guard let resolved = SitePathResolver.canonicalPath(path),
            roots.contains(where: { resolved.hasPrefix($0.canonical + "/") }),
            stat(resolved, &target) == 0, target.st_mode & S_IFMT == S_IFREG
        else { return FileStamp(own) }
        return FileStamp(target)
    }

    fileprivate static func absolute(_ path: String) -> String {
        let standardized = URL(fileURLWithPath: path).standardizedFileURL.path
        return standardized.count > 1 && standardized.hasSuffix("/")
            ? String(standardized.dropLast()) : standardized
    }
}
