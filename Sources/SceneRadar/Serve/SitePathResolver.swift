#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Maps a decoded request path to a regular file inside the site root, or says why not.
///
/// Every candidate is canonicalised with `realpath` (which resolves every symlink and `..`) and
/// must then lie under the canonical root plus `/`; only such a path is ever handed on to be
/// opened. Hidden names (a segment starting with `.`, such as a pages branch's `.git`) are never
/// served, and directories are never listed.
struct SitePathResolver: Sendable {
    /// Where a request leads.
    enum Resolution: Sendable, Equatable {
        /// A regular file inside the root, by its canonical path.
        case file(String)
        /// A directory with an index page, requested without its trailing slash: redirect to
        /// this location.
        case redirect(String)
        /// Nothing servable (missing, hidden, outside the root, not a regular file).
        case notFound
    }

    /// The canonical root, without a trailing slash (unless it is `/`).
    let root: String

    /// Canonicalises `root`; nil when it does not exist or is not a directory.
    init?(root: String) {
        guard let canonical = Self.canonicalPath(root), Self.fileType(canonical) == S_IFDIR else {
            return nil
        }
        self.root = canonical
    }

    /// Resolves a request path: a directory URL serves its `index.html`.
    func resolve(_ path: RequestPath) -> Resolution {
        if path.segments.contains(where: { $0.hasPrefix(".") }) { return .notFound }
        let candidate = ([root == "/" ? "" : root] + path.segments).joined(separator: "/")
        guard let canonical = Self.canonicalPath(candidate), contains(canonical) else { return .notFound }
        switch Self.fileType(canonical) {
        case S_IFDIR:
            // A folder without an index page is not found however it is asked for: a redirect
            // would only lead to the same 404.
            let index = file(at: canonical + "/index.html")
            if !path.hasTrailingSlash && !path.segments.isEmpty && index != .notFound {
                var location = path.encodedPath + "/"
                if let query = path.query { location += "?" + query }
                return .redirect(location)
            }
            return index
        case S_IFREG:
            return path.hasTrailingSlash ? .notFound : .file(canonical)
        default:
            return .notFound
        }
    }

    /// Whether a canonical path lies inside the root (the root itself included).
    func contains(_ canonical: String) -> Bool {
        canonical == root || canonical.isInside(root)
    }

    /// The regular file at `path` if it resolves inside the root.
    func file(at path: String) -> Resolution {
        guard let canonical = Self.canonicalPath(path), contains(canonical),
            Self.fileType(canonical) == S_IFREG
        else { return .notFound }
        return .file(canonical)
    }
}

extension SitePathResolver {
    /// `realpath(3)`: the absolute path with every symlink, `.` and `..` resolved; nil if missing.
    static func canonicalPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The `S_IFMT` bits of `stat(2)` (following symlinks), or nil.
    static func fileType(_ path: String) -> mode_t? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & S_IFMT
    }
}
