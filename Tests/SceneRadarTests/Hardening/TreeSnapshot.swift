import Glibc

@testable import SceneRadar

/// Everything about a folder tree that a build could change, taken with `lstat` (symlinks are
/// recorded, never followed): kind, permission bits, link target and content hash of every
/// entry. Two equal snapshots mean the tree is byte-for-byte unchanged.
struct TreeSnapshot: Equatable, CustomStringConvertible {
    struct Entry: Equatable {
        var kind: String
        var mode: UInt32
        var size: Int64
        /// FNV-1a-64 of a regular file's bytes, or the target of a symlink.
        var content: String
    }

    var entries: [String: Entry] = [:]

    /// Snapshots `root`; `skip` names top-level entries to leave out (e.g. the output folder).
    init(_ root: String, skipping skip: Set<String> = []) {
        var pending = [""]
        while let folder = pending.popLast() {
            let absolute = folder.isEmpty ? root : root + "/" + folder
            guard let names = try? LocalFileSystem().entries(of: absolute) else { continue }
            for name in names where !(folder.isEmpty && skip.contains(name)) {
                let relative = folder.isEmpty ? name : folder + "/" + name
                let path = absolute + "/" + name
                var status = stat()
                guard lstat(path, &status) == 0 else { continue }
                let type = status.st_mode & S_IFMT
                var entry = Entry(
                    kind: Self.kindName(type), mode: status.st_mode & 0o7777, size: Int64(status.st_size),
                    content: "")
                switch type {
                case S_IFDIR:
                    entry.size = 0
                    pending.append(relative)
                case S_IFLNK:
                    entry.content = Self.linkTarget(path)
                case S_IFREG:
                    entry.content = Self.hash(path)
                default:
                    break
                }
                entries[relative] = entry
            }
        }
    }

    /// The paths whose entries differ, were added or were removed.
    func differences(from other: TreeSnapshot) -> [String] {
        Set(entries.keys).union(other.entries.keys).filter { entries[$0] != other.entries[$0] }.sorted()
    }

    var description: String { "\(entries.count) entries" }

    private static func kindName(_ type: UInt32) -> String {
        switch type {
        case S_IFDIR: return "dir"
        case S_IFLNK: return "link"
        case S_IFREG: return "file"
        case S_IFIFO: return "fifo"
        default: return "other"
        }
    }

    private static func linkTarget(_ path: String) -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return "?" }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The hash of a file's bytes, streamed (the hostile vault holds a 50 MB note); "unreadable"
    /// when this process may not read it (then size and mode still witness changes).
    private static func hash(_ path: String) -> String {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return "unreadable" }
        defer { close(fd) }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            for byte in buffer[..<count] {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
        }
        return String(hash, radix: 16)
    }
}
