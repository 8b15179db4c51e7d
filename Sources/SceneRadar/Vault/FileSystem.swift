/// What kind of thing a path names, from `lstat` (symlinks are not followed).
public enum FileKind: Sendable, Hashable {
    case regular
    case directory
    case symlink
    case fifo
    case socket
    case device
    case other
}

/// The metadata radar needs about a file: its kind, and what the incremental cache keys on.
public struct FileInfo: Sendable, Hashable {
    /// The kind of file.
    public var kind: FileKind
    /// Size in bytes.
    public var size: Int64
    /// Modification time in nanoseconds since the epoch.
    public var modified: Int64
    /// The inode number.
    public var inode: UInt64
    /// Status change time in nanoseconds since the epoch: it moves whenever the file is written,
    /// even when the modification time is set back (`touch -r`, `rsync -t --inplace`).
    public var changed: Int64

    /// Creates file metadata.
    public init(kind: FileKind, size: Int64, modified: Int64, inode: UInt64, changed: Int64 = 0) {
        self.kind = kind
        self.size = size
        self.modified = modified
        self.inode = inode
        self.changed = changed
    }
}

/// Why a file could not be read.
public enum FileReadError: Error, Sendable, Equatable {
    /// The OS refused (permissions, vanished file…), with its message.
    case system(String)
    /// Not a regular file (a FIFO, socket, device or directory).
    case notRegular(FileKind)
    /// Larger than the limit the caller gave.
    case tooLarge(Int64)
}

extension FileReadError: CustomStringConvertible {
    /// Why, in words, for a message after the file's name: the OS's reason ("Permission
    /// denied"), or what kind of file it is, or how large.
    public var description: String {
        switch self {
        case .system(let reason): return reason
        case .notRegular(let kind): return "it is a \(kind), not a regular file"
        case .tooLarge(let size):
            return "it is \(size) bytes, over the \(Limits.standard.maxNoteBytes)-byte limit"
        }
    }
}

/// The file system as radar sees it, passed in so tests and tools can control it.
public protocol FileSystem: Sendable {
    /// The names in a directory (not `.` and `..`), sorted by their UTF-8 bytes.
    func entries(of directory: String) throws(FileReadError) -> [String]
    /// The names in a directory with the metadata `info` gives for each (`nil` when one is gone
    /// by the time it is looked at), sorted like `entries`.
    func entriesWithInfo(of directory: String) throws(FileReadError) -> [(name: String, info: FileInfo?)]
    /// The names in a directory with their kinds (`nil` for one gone by the time it is looked
    /// at), sorted like `entries`; a file system that can tell kinds from the directory itself
    /// looks nothing up per entry.
    func entriesWithKinds(of directory: String) throws(FileReadError) -> [(name: String, kind: FileKind?)]
    /// Metadata of `path` without following a final symlink; `nil` when it does not exist.
    func info(_ path: String) -> FileInfo?
    /// Metadata of `path`, following symlinks; `nil` when it does not exist.
    func resolvedInfo(_ path: String) -> FileInfo?
    /// The canonical absolute path (symlinks resolved), or `nil`.
    func canonicalPath(_ path: String) -> String?
    /// The bytes of a regular file, refusing anything else and anything over `limit` bytes.
    func read(_ path: String, limit: Int64) throws(FileReadError) -> [UInt8]
    /// A folder held open while the files directly in it are read with `read(_:in:limit:)`;
    /// `nil` when this file system has none (files are then read by path).
    func openFolder(_ path: String) -> OpenFolder?
    /// `read(_:limit:)`, opening a file that sits directly in `folder` by its name there.
    func read(_ path: String, in folder: OpenFolder?, limit: Int64) throws(FileReadError) -> [UInt8]
}

extension FileSystem {
    /// No open folders: files are read by path.
    public func openFolder(_ path: String) -> OpenFolder? { nil }

    /// Reads by path (`folder` is always `nil` here).
    public func read(_ path: String, in folder: OpenFolder?, limit: Int64) throws(FileReadError) -> [UInt8] {
        try read(path, limit: limit)
    }

    /// `entriesWithInfo`'s kinds.
    public func entriesWithKinds(of directory: String) throws(FileReadError) -> [(
        name: String, kind: FileKind?
    )] {
        try entriesWithInfo(of: directory).map { ($0.name, $0.info?.kind) }
    }

    /// `entries`, then `info` of each.
    public func entriesWithInfo(of directory: String) throws(FileReadError) -> [(
        name: String, info: FileInfo?
    )] {
        try entries(of: directory).map { ($0, info(directory == "/" ? "/" + $0 : directory + "/" + $0)) }
    }
}
