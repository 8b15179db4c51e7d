import Glibc

/// The real file system, through POSIX calls (Foundation's FileManager is slow on Linux).
public struct LocalFileSystem: FileSystem {
    /// Creates the local file system.
    public init() {}

    public func entries(of directory: String) throws(FileReadError) -> [String] {
        try Self.list(directory) { _, _, _ in () }.map(\.name)
    }

    /// Each entry's metadata comes from `fstatat` on the open directory, so the path to it is
    /// not looked up again for every entry.
    public func entriesWithInfo(of directory: String) throws(FileReadError) -> [(
        name: String, info: FileInfo?
    )] {
        try Self.list(directory) { fd, name, _ -> FileInfo? in
            var status = stat()
            return fstatat(fd, name, &status, AT_SYMLINK_NOFOLLOW) == 0 ? Self.info(from: status) : nil
        }.map { ($0.name, $0.value) }
    }

    /// The names in a directory with their kinds from the directory entry itself: a `stat` only
    /// for an entry whose kind the file system does not give (`nil` when that one is gone by
    /// then), sorted by their UTF-8 bytes.
    public func entriesWithKinds(of directory: String) throws(FileReadError) -> [(
        name: String, kind: FileKind?
    )] {
        try Self.list(directory) { fd, name, type -> FileKind? in
            switch Int32(type) {
            case Int32(DT_DIR): return .directory
            case Int32(DT_REG): return .regular
            case Int32(DT_LNK): return .symlink
            case Int32(DT_FIFO): return .fifo
            case Int32(DT_SOCK): return .socket
            case Int32(DT_CHR), Int32(DT_BLK): return .device
            case Int32(DT_UNKNOWN):
                var status = stat()
                return fstatat(fd, name, &status, AT_SYMLINK_NOFOLLOW) == 0
                    ? Self.info(from: status).kind : nil
            default: return .other
            }
        }.map { ($0.name, $0.value) }
    }

    /// The entries of `directory` (not `.` and `..`), each with what `describe` makes of it from
    /// the open directory's descriptor, its name and its type, sorted by their UTF-8 bytes.
    private static func list<T>(
        _ directory: String, _ describe: (Int32, UnsafePointer<CChar>, UInt8) -> T
    ) throws(FileReadError) -> [(name: String, value: T)] {
        guard let dir = opendir(directory) else { throw .system(Self.lastError()) }
        defer { closedir(dir) }
        let fd = dirfd(dir)
        var found: [(name: String, value: T)] = []
        while let entry = readdir(dir) {
            let type = entry.pointee.d_type
            let item = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: 256) { cName -> (String, T)? in
                    let name = String(cString: cName)
                    guard name != "." && name != ".." else { return nil }
                    return (name, describe(fd, cName, type))
                }
            }
            if let item { found.append(item) }
        }
        return found.sorted { ByteSearch.precedes($0.name, $1.name) }
    }

    public func info(_ path: String) -> FileInfo? {
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        return Self.info(from: status)
    }

    /// The entry at `relative` inside the folder open as `descriptor`, not following a final
    /// symlink; looked up from that folder, so no absolute path is made.
    public func info(_ relative: String, inFolder descriptor: Int32) -> FileInfo? {
        var status = stat()
        guard fstatat(descriptor, relative, &status, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
        return Self.info(from: status)
    }

    public func resolvedInfo(_ path: String) -> FileInfo? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return Self.info(from: status)
    }

    public func canonicalPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    public func read(_ path: String, limit: Int64) throws(FileReadError) -> [UInt8] {
        try Self.read(opened: open(path, Self.readFlags), limit: limit)
    }

    public func openFolder(_ path: String) -> OpenFolder? {
        OpenFolder(path: path)
    }

    /// A file directly in `folder` is opened by its name there (see `OpenFolder`).
    public func read(_ path: String, in folder: OpenFolder?, limit: Int64) throws(FileReadError) -> [UInt8] {
        guard let folder, let name = folder.name(of: path) else { return try read(path, limit: limit) }
        return try Self.read(opened: openat(folder.descriptor, String(name), Self.readFlags), limit: limit)
    }

    /// How files are opened to be read. O_NONBLOCK: opening a FIFO must never hang; `fstat` then
    /// rejects it.
    static let readFlags = O_RDONLY | O_NONBLOCK | O_CLOEXEC

    /// The bytes of the regular file open at `fd` (closed before returning), with `read`'s
    /// errors; a negative `fd` is an open that failed (`errno` says why).
    static func read(opened fd: Int32, limit: Int64) throws(FileReadError) -> [UInt8] {
        guard fd >= 0 else { throw .system(Self.lastError()) }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0 else { throw .system(Self.lastError()) }
        let info = Self.info(from: status)
        guard info.kind == .regular else { throw .notRegular(info.kind) }
        guard info.size <= limit else { throw .tooLarge(info.size) }
        // One byte more than the size: a read that returns the size has reached the end (no
        // second read to see it, no buffer growth copying the file); one that fills the buffer
        // means the file grew since fstat, and the rest is read in growing steps.
        var capacity = Int(info.size) + 1
        var failure: FileReadError?
        var bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            initialized = Self.readAll(fd, into: buffer, enough: Int(info.size), failure: &failure)
        }
        while failure == nil && bytes.count == capacity && Int64(bytes.count) <= limit {
            capacity *= 2
            let more = [UInt8](unsafeUninitializedCapacity: capacity - bytes.count) { buffer, initialized in
                initialized = Self.readAll(fd, into: buffer, enough: buffer.count, failure: &failure)
            }
            if more.isEmpty { break }
            bytes.append(contentsOf: more)
        }
        if let failure { throw failure }
        if Int64(bytes.count) > limit { throw .tooLarge(Int64(bytes.count)) }
        return bytes
    }

    // MARK: - Helpers

    /// Reads from `fd` into `buffer` until `enough` bytes (at most the buffer's size) are in it
    /// or the file ends; returns how many bytes were read (setting `failure` on an error).
    private static func readAll(
        _ fd: Int32, into buffer: UnsafeMutableBufferPointer<UInt8>, enough: Int,
        failure: inout FileReadError?
    ) -> Int {
        var filled = 0
        while filled < buffer.count && (filled == 0 || filled < enough) {
            let count = Glibc.read(fd, buffer.baseAddress! + filled, buffer.count - filled)
            if count < 0 {
                if errno == EINTR { continue }
                failure = .system(lastError())
                break
            }
            if count == 0 { break }
            filled += count
        }
        return filled
    }

    private static func info(from status: stat) -> FileInfo {
        let kind: FileKind
        switch status.st_mode & S_IFMT {
        case S_IFREG: kind = .regular
        case S_IFDIR: kind = .directory
        case S_IFLNK: kind = .symlink
        case S_IFIFO: kind = .fifo
        case S_IFSOCK: kind = .socket
        case S_IFCHR, S_IFBLK: kind = .device
        default: kind = .other
        }
        let modified = Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec)
        let changed = Int64(status.st_ctim.tv_sec) * 1_000_000_000 + Int64(status.st_ctim.tv_nsec)
        return FileInfo(
            kind: kind, size: Int64(status.st_size), modified: modified, inode: UInt64(status.st_ino),
            changed: changed)
    }

    private static func lastError() -> String {
        String(cString: strerror(errno))
    }
}

// MARK: - Open folders

/// A folder of the local disk held open while the notes in it are read, so that each is opened
/// by its name alone: one path lookup per note instead of one per component of its absolute
/// path (the weekly logs of a scene share a folder).
///
/// A class because it owns the descriptor, closed when the last reference goes.
public final class OpenFolder {
    /// The folder's absolute path, as the notes' absolute paths begin.
    let path: String
    /// The open descriptor.
    let descriptor: Int32

    init?(path: String) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        self.path = path
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// The name of the note at `absolutePath` when it sits directly in this folder.
    func name(of absolutePath: String) -> Substring? {
        guard let slash = absolutePath.utf8.lastIndex(of: UInt8(ascii: "/")),
            absolutePath[..<slash] == path
        else { return nil }
        let name = absolutePath[absolutePath.index(after: slash)...]
        return name.isEmpty ? nil : name
    }
}
