import Glibc

/// Creates new files under a folder without ever replacing one.
///
/// Each file is written as an unnamed file in its folder (`O_TMPFILE`), flushed, then linked to
/// its real name: linking fails when the name exists, so an existing note is never replaced,
/// even by a race with an editor; a reader never sees half a file; and a process stopped
/// before the link leaves nothing behind. Where the file system has no unnamed files, or
/// `/proc` is not there to link one by, the file is written to a `.radar-tmp-*` name beside it
/// and hard-linked the same way; where it has no hard links either, that file is renamed after
/// a last check that the name is free.
public struct NoteWriter: Sendable {
    /// The folder paths are relative to, as the user gave it.
    public let root: String
    /// How paths are shown in messages: `root` joined with the relative path, `.` dropped.
    public let displayRoot: String
    /// Whether files are written unnamed first (off only to test the named way, which file
    /// systems without unnamed files take).
    var triesUnnamedFiles = true

    /// Creates a writer under `root`.
    public init(root: String) {
        self.root = root
        self.displayRoot = VaultScanner.displayRoot(root)
    }

    /// `relative` as messages show it.
    public func display(_ relative: String) -> String {
        displayRoot.isEmpty ? relative : displayRoot == "/" ? "/" + relative : displayRoot + "/" + relative
    }

    /// The path to open for `relative`.
    func absolute(_ relative: String) -> String {
        root == "/" ? "/" + relative : root + "/" + relative
    }

    /// Creates the folder `relative` (`""` for the root itself), its parents and the root's own
    /// parents, returning the paths of those that did not exist before, outermost first, so
    /// that a caller can undo with `remove(path:)`.
    @discardableResult
    public func makeFolders(_ relative: String) throws(AuthoringError) -> [String] {
        var steps: [(path: String, shown: String, isInside: Bool)] = []
        var path = root.hasPrefix("/") ? "/" : ""
        for component in root.split(separator: "/") {
            path += (path.isEmpty || path == "/" ? "" : "/") + component
            steps.append((path, path, false))
        }
        var inner = ""
        for component in relative.split(separator: "/") {
            inner += (inner.isEmpty ? "" : "/") + component
            steps.append((absolute(inner), display(inner), true))
        }
        var created: [String] = []
        for step in steps {
            if mkdir(step.path, 0o777) == 0 {
                created.append(step.path)
                continue
            }
            let reason = Self.lastError()
            var status = stat()
            guard errno == EEXIST, stat(step.path, &status) == 0 else {
                if errno == ENOENT, lstat(step.path, &status) == 0, status.st_mode & S_IFMT == S_IFLNK {
                    throw AuthoringError(
                        .io(
                            path: step.shown, reason: "it is a symbolic link to something that does not exist"
                        ))
                }
                throw AuthoringError(.io(path: step.shown, reason: reason))
            }
            guard status.st_mode & S_IFMT == S_IFDIR else {
                throw AuthoringError(.notAFolder(path: step.shown))
            }
            if step.isInside, !leadsInside(step.path) {
                throw AuthoringError(
                    .io(
                        path: step.shown,
                        reason: "it is a symbolic link that leads out of the vault; radar never follows it"))
            }
        }
        return created
    }

    /// Whether the folder at `path`, under the root, is inside the root once symbolic links
    /// are resolved: a note is never written where `radar lint` would not read it.
    private func leadsInside(_ path: String) -> Bool {
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return true }
        let fileSystem = LocalFileSystem()
        guard let base = fileSystem.canonicalPath(root), let target = fileSystem.canonicalPath(path) else {
            return false
        }
        return target.isInside(base)
    }

    /// Writes a new file `relative` holding `text`, creating its folders.
    ///
    /// - Throws: `.exists` when the file is already there (it is left untouched), `.io` when
    ///   the system refuses.
    /// - Returns: the path written and the folders created (see `makeFolders`), for undoing.
    @discardableResult
    public func create(_ relative: String, text: String) throws(AuthoringError) -> [String] {
        let slash = relative.lastIndex(of: "/")
        let folder = slash.map { String(relative[..<$0]) } ?? ""
        let name = slash.map { String(relative[relative.index(after: $0)...]) } ?? relative
        let folders = try makeFolders(folder)
        do {
            return folders + [try place(Array(text.utf8), at: relative, folder: folder, name: name)]
        } catch {
            // A refusal writes nothing: the folders made for the note go too.
            for path in folders.reversed() { remove(path: path) }
            throw error
        }
    }

    /// Writes `bytes` as the new file `relative` (named `name`, in `folder`, which exists) and
    /// returns its path.
    private func place(_ bytes: [UInt8], at relative: String, folder: String, name: String)
        throws(AuthoringError) -> String
    {
        let target = absolute(relative)
        if Self.exists(target) { throw AuthoringError(.exists(path: display(relative))) }
        if triesUnnamedFiles,
            try createUnnamed(
                bytes, in: folder.isEmpty ? root : absolute(folder), at: target, shown: relative)
        {
            return target
        }
        let temporary = absolute(
            (folder.isEmpty ? "" : folder + "/") + OutputWriter.temporaryPrefix + "\(getpid())-" + name)
        unlink(temporary)  // a leftover of an earlier process with this id: radar's own name
        try write(bytes, to: temporary, shown: relative)
        defer { unlink(temporary) }
        if link(temporary, target) == 0 { return target }
        try checkLinkFailure(errno, shown: relative)
        if Self.exists(target) { throw AuthoringError(.exists(path: display(relative))) }
        guard rename(temporary, target) == 0 else {
            throw AuthoringError(.io(path: display(relative), reason: Self.lastError()))
        }
        return target
    }

    /// Appends `text` to the existing file `relative`, never through a symbolic link, and
    /// flushes it to the disk.
    ///
    /// - Throws: `.io` when the file is not there, is a link, or the system refuses.
    public func append(_ text: String, to relative: String) throws(AuthoringError) {
        let fd = open(absolute(relative), O_WRONLY | O_APPEND | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { throw AuthoringError(.io(path: display(relative), reason: Self.lastError())) }
        let failure = Self.fill(fd, Array(text.utf8))
        let closed = close(fd) == 0
        guard failure == nil, closed else {
            throw AuthoringError(.io(path: display(relative), reason: failure ?? Self.lastError()))
        }
    }

    /// Removes a file, or an empty folder, that this writer created (best effort, for undoing).
    public func remove(path: String) {
        if unlink(path) != 0 { rmdir(path) }
    }

    // MARK: - Helpers

    /// `O_TMPFILE`, which the Glibc module does not import (a macro over two flags); the same
    /// value on every Linux architecture Swift runs on.
    static let unnamedFile = O_DIRECTORY | 0o20_000_000

    /// Writes `bytes` as an unnamed file in the folder `folder` and links it to `target`.
    ///
    /// - Returns: `false`, having created nothing, when the file system has no unnamed files or
    ///   there is no `/proc` to link one by: the caller then writes a named temporary file.
    /// - Throws: `.exists` when `target` is there (it is left untouched), `.io` when the system
    ///   refuses.
    func createUnnamed(_ bytes: [UInt8], in folder: String, at target: String, shown: String)
        throws(AuthoringError) -> Bool
    {
        let fd = open(folder, Self.unnamedFile | O_WRONLY | O_CLOEXEC, 0o666)
        guard fd >= 0 else {
            if [EOPNOTSUPP, EISDIR, EINVAL].contains(errno) { return false }
            throw AuthoringError(.io(path: display(shown), reason: Self.lastError()))
        }
        defer { close(fd) }
        if let reason = Self.fill(fd, bytes) {
            throw AuthoringError(.io(path: display(shown), reason: reason))
        }
        if linkat(AT_FDCWD, "/proc/self/fd/\(fd)", AT_FDCWD, target, AT_SYMLINK_FOLLOW) == 0 { return true }
        // ENOENT: no /proc to link by; the named way may still work.
        try checkLinkFailure(errno, shown: shown, alsoWithout: [ENOENT])
        return false
    }

    /// Throws for a link that failed with `failure`: `.exists` when the name is taken, `.io`
    /// when the system refuses; returns when the file system links no files (or for a failure
    /// in `alsoWithout`), so that another way may be tried.
    private func checkLinkFailure(_ failure: Int32, shown: String, alsoWithout: [Int32] = [])
        throws(AuthoringError)
    {
        if failure == EEXIST { throw AuthoringError(.exists(path: display(shown))) }
        guard [EPERM, EOPNOTSUPP, EXDEV, EMLINK, ENOSYS].contains(failure) || alsoWithout.contains(failure)
        else {
            throw AuthoringError(.io(path: display(shown), reason: String(cString: strerror(failure))))
        }
    }

    private func write(_ bytes: [UInt8], to path: String, shown: String) throws(AuthoringError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o666)
        guard fd >= 0 else { throw AuthoringError(.io(path: display(shown), reason: Self.lastError())) }
        let failure = Self.fill(fd, bytes)
        let closed = close(fd) == 0
        guard failure == nil, closed else {
            let reason = failure ?? Self.lastError()
            unlink(path)
            throw AuthoringError(.io(path: display(shown), reason: reason))
        }
    }

    /// Writes `bytes` to `fd` and flushes them to the disk; why that failed, or `nil`.
    private static func fill(_ fd: Int32, _ bytes: [UInt8]) -> String? {
        guard bytes.withUnsafeBufferPointer({ WriteAll.write($0, to: fd) }) else { return lastError() }
        // EINVAL: a file system that cannot sync (a pipe-like mount) still holds the bytes.
        guard fsync(fd) == 0 || errno == EINVAL else { return lastError() }
        return nil
    }

    /// Whether anything (a file, folder or dangling symlink) has this name.
    static func exists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }

    private static func lastError() -> String {
        String(cString: strerror(errno))
    }
}
