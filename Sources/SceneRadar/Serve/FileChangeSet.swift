/// What changed between two scans of the watched roots: absolute paths, each list sorted.
public struct FileChangeSet: Sendable, Equatable {
    /// Files that did not exist before.
    public var added: [String]
    /// Files whose size, modification time, change time or inode changed.
    public var modified: [String]
    /// Files that no longer exist.
    public var removed: [String]

    /// Creates a change set; the lists are sorted so output is stable.
    public init(added: [String] = [], modified: [String] = [], removed: [String] = []) {
        self.added = added.sorted()
        self.modified = modified.sorted()
        self.removed = removed.sorted()
    }

    /// Whether nothing changed.
    public var isEmpty: Bool { added.isEmpty && modified.isEmpty && removed.isEmpty }

    /// Every changed path, sorted.
    public var allPaths: [String] { (added + modified + removed).sorted() }

    /// The difference between two snapshots.
    init(from old: [String: FileStamp], to new: [String: FileStamp]) {
        var added: [String] = []
        var modified: [String] = []
        for (path, stamp) in new {
            if let previous = old[path] {
                if previous != stamp { modified.append(path) }
            } else {
                added.append(path)
            }
        }
        let removed = old.keys.filter { new[$0] == nil }
        self.init(added: added, modified: modified, removed: Array(removed))
    }
}
