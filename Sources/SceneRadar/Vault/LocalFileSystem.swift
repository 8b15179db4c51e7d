import Glibc

/// The real file system, through POSIX calls (Foundation's FileManager is slow on Linux).
public struct LocalFileSystem: FileSystem {
    /// Creates the local file system.
    public init() {}

    public func entries(of directory: String) throws(FileReadError) -> [String] {
        guard let dir = opendir(directory) else { throw .system(Self.lastError()) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// The names in a directory with their kinds from the directory entry itself (no `stat` per
    /// entry; `nil` when the file system does not say), sorted by their UTF-8 bytes.
    public func entriesWithKinds(of directory: String) throws(FileReadError) -> [(
        name: String, kind: FileKind?
    )] {
        guard let dir = opendir(directory) else { throw .system(Self.lastError()) }
        defer { closedir(dir) }
        var found: [(String, FileKind?)] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            guard name != "." && name != ".." else { continue }
            let kind: FileKind?
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): kind = .directory
            case Int32(DT_REG): kind = .regular
            case Int32(DT_LNK): kind = .symlink
            case Int32(DT_UNKNOWN): kind = nil
            default: kind = .other
            }
            found.append((name, kind))
        }
        return found.sorted { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
    }

    public func info(_ path: String) -> FileInfo? {
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
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
        // O_NONBLOCK: opening a FIFO must never hang; fstat then rejects it.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw .system(Self.lastError()) }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0 else { throw .system(Self.lastError()) }
        let info = Self.info(from: status)
        guard info.kind == .regular else { throw .notRegular(info.kind) }
        guard info.size <= limit else { throw .tooLarge(info.size) }
        var bytes = [UInt8](repeating: 0, count: Int(info.size))
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: [UInt8](repeating: 0, count: 4096)) }
            let count = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(fd, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw .system(Self.lastError())
            }
            if count == 0 { break }
            filled += count
            if Int64(filled) > limit { throw .tooLarge(Int64(filled)) }
        }
        bytes.removeSubrange(filled...)
        return bytes
    }

    // MARK: - Helpers

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
        return FileInfo(
            kind: kind, size: Int64(status.st_size), modified: modified, inode: UInt64(status.st_ino))
    }

    private static func lastError() -> String {
        String(cString: strerror(errno))
    }
}
