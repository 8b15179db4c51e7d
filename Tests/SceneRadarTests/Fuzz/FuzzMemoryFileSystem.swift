// Shared by the libFuzzer pipeline target (fuzz/NotePipelineFuzz.swift) and the tests.
@testable import SceneRadar

/// A read-only file system held in memory: regular files at absolute paths, folders implied by
/// them. Lets the fuzzer run the real vault loader (scanner, reader, decoding) without touching
/// the disk for every input.
struct FuzzMemoryFileSystem: FileSystem {
    private let files: [String: [UInt8]]
    private let folders: [String: [String]]

    /// A file system holding `files`, keyed by absolute path (`/vault/radar.yml`).
    init(files: [String: [UInt8]]) {
        self.files = files
        var folders: [String: Set<String>] = [:]
        for path in files.keys {
            var child = path
            while let slash = child.lastIndex(of: "/") {
                let parent = slash == child.startIndex ? "/" : String(child[..<slash])
                folders[parent, default: []].insert(String(child[child.index(after: slash)...]))
                if parent == "/" { break }
                child = parent
            }
        }
        self.folders = folders.mapValues { $0.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) } }
    }

    func entries(of directory: String) throws(FileReadError) -> [String] {
        guard let names = folders[directory] else { throw .system("No such file or directory") }
        return names
    }

    func info(_ path: String) -> FileInfo? {
        if let bytes = files[path] {
            return FileInfo(kind: .regular, size: Int64(bytes.count), modified: 0, inode: 0)
        }
        return folders[path] == nil ? nil : FileInfo(kind: .directory, size: 0, modified: 0, inode: 0)
    }

    func resolvedInfo(_ path: String) -> FileInfo? {
        info(path)
    }

    func canonicalPath(_ path: String) -> String? {
        info(path) == nil ? nil : path
    }

    func read(_ path: String, limit: Int64) throws(FileReadError) -> [UInt8] {
        guard let bytes = files[path] else {
            throw folders[path] == nil ? .system("No such file or directory") : .notRegular(.directory)
        }
        guard bytes.count <= limit else { throw .tooLarge(Int64(bytes.count)) }
        return bytes
    }
}
