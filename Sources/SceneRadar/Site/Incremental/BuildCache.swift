import Glibc

/// The incremental build cache, `<vault>/.radar-cache/build.bin` (never in the output folder:
/// it describes private notes). It is only ever a shortcut: anything unreadable, from another
/// format or another radar version is discarded with a note, and the build starts from scratch.
struct BuildCache: Sendable {
    /// A file's metadata and content hash: when the metadata match, the file is not read again.
    /// The status change time is part of it, so a note rewritten with its old modification time
    /// put back is still read.
    struct FileStamp: Sendable, Hashable {
        var size: Int64
        var modified: Int64
        var inode: UInt64
        var changed: Int64
        var hash: UInt64

        init(_ info: FileInfo, hash: UInt64) {
            self.init(
                size: info.size, modified: info.modified, inode: info.inode, changed: info.changed, hash: hash
            )
        }

        init(size: Int64, modified: Int64, inode: UInt64, changed: Int64, hash: UInt64) {
            self.size = size
            self.modified = modified
            self.inode = inode
            self.changed = changed
            self.hash = hash
        }

        /// Whether `info` is the metadata this stamp was taken from.
        func matches(_ info: FileInfo) -> Bool {
            size == info.size && modified == info.modified && inode == info.inode && changed == info.changed
        }
    }

    static let folder = ".radar-cache"
    static let fileName = "build.bin"
    static let magic = "radar-build-cache"
    static let format = 19

    /// Everything that is the same for every page: settings, theme, people notes, "now".
    var globalDigest: UInt64 = 0
    /// The canonical output folder the cache describes.
    var output = ""
    /// Stamps of every note read, by path relative to the vault.
    var files: [String: FileStamp] = [:]
    /// Scene records by slug.
    var scenes: [String: SceneRecord] = [:]
    /// The digest each person page was rendered from, by person slug.
    var people: [String: UInt64] = [:]
    /// What the index, the credits directory and radar.json were made from
    /// (`BuildDigest.siteWide`).
    var siteDigest: UInt64 = 0
    /// The hash of the output manifest the build left: when the output folder still holds it,
    /// the folder is as that build left it.
    var manifestHash: UInt64 = 0
    /// How many bytes of `blobs.bin` the records' pieces are in (later bytes are an
    /// interrupted build's).
    var blobLength = 0
    /// When the cache was saved, by the file system's clock (its file's modification time; not
    /// stored in it). A note whose stamp is not older was changed in the same tick of the file
    /// system's clock as the build that took it, or after: on a file system that keeps times to
    /// the second, a second save within that second leaves the stamp as it was. Such a stamp
    /// is not trusted (Git's "racily clean" entries): the note is hashed again.
    var savedAt: Int64 = .max

    /// Whether `stamp`, taken by the build that saved this cache, still vouches for a note
    /// whose metadata it matches.
    func vouches(_ stamp: FileStamp, for info: FileInfo) -> Bool {
        stamp.matches(info) && max(stamp.modified, stamp.changed) < savedAt
    }

    /// The cache of the vault at `canonicalRoot`; `nil` (with the reason) when there is none or it
    /// cannot be trusted.
    static func load(canonicalRoot: String, fileSystem: any FileSystem) -> (cache: BuildCache?, note: String?)
    {
        let path = canonicalRoot + "/" + folder + "/" + fileName
        guard fileSystem.info(path) != nil else { return (nil, nil) }
        guard let bytes = try? fileSystem.read(path, limit: 1 << 31) else {
            return (nil, "the build cache cannot be read; building from scratch")
        }
        let damaged = "the build cache is damaged or from another version of radar; building from scratch"
        // The last 8 bytes are the checksum of the rest (`writeMetadata`): a flipped bit anywhere
        // is found here, not trusted as a slightly different cache.
        guard bytes.count >= 8 else { return (nil, damaged) }
        let body = Array(bytes[..<(bytes.count - 8)])
        var trailer = BinaryReader(bytes[(bytes.count - 8)...])
        guard (try? trailer.fixed()) == ContentHash.hash(body) else { return (nil, damaged) }
        do {
            var cache = try decode(body)
            cache.savedAt = fileSystem.info(path)?.modified ?? 0
            return (cache, nil)
        } catch {
            return (nil, damaged)
        }
    }

    /// Where `blobs.bin` of the vault at `canonicalRoot` is.
    static func blobPath(canonicalRoot: String) -> String {
        canonicalRoot + "/" + folder + "/" + BlobFile.name
    }

    /// Saving is two steps: `storeBlobs` stores the large outputs of the records rendered in
    /// this build in `blobs.bin` (the others' are there already), then `writeMetadata` writes
    /// the metadata (`BuildCache.complete(encodeBody(), manifestHash:)`) atomically, a
    /// temporary file renamed over the old one. A kill in between leaves pieces the old metadata
    /// does not name.
    static func writeMetadata(_ metadata: [UInt8], canonicalRoot: String) {
        let folder = canonicalRoot + "/" + Self.folder
        var trailer = BinaryWriter(capacity: 8)
        trailer.write(fixed: ContentHash.hash(metadata))
        _ = WriteAll.replacing(folder + "/" + Self.fileName) { emit in emit(metadata) && emit(trailer.bytes) }
    }

    /// Removes the cache's metadata: the next build starts from scratch.
    static func remove(canonicalRoot: String) {
        unlink(canonicalRoot + "/" + Self.folder + "/" + fileName)
    }

    /// Removes the temporary files of the cache's two files that builds killed while saving
    /// them left behind (the build saving the cache holds the vault's lock: no other build is
    /// writing them).
    static func removeLeftovers(canonicalRoot: String) {
        WriteAll.removeTemporaryFiles(
            in: canonicalRoot + "/" + Self.folder,
            beginningWith: [fileName, BlobFile.name].map { $0 + WriteAll.temporarySuffix })
    }

    /// Appends the outputs of the records rendered in this build to `blobs.bin` and records
    /// where every record's pieces are.
    mutating func storeBlobs(canonicalRoot: String) {
        mkdir(canonicalRoot + "/" + Self.folder, 0o755)
        Self.removeLeftovers(canonicalRoot: canonicalRoot)
        var pieces: [BlobFile.Piece] = []
        var owners: [(slug: String, isJSON: Bool)] = []
        let records = scenes.values.sorted { $0.slug < $1.slug }
        // The radar.json parts first, then the other outputs: pieces of one kind lie together.
        for isJSON in [true, false] {
            for record in records {
                let kept = isJSON ? record.jsonBlob : record.extrasBlob
                if let kept {
                    pieces.append(.kept(kept))
                } else if isJSON, let json = record.radarJSON {
                    pieces.append(.new(Array(json)))
                } else if !isJSON, !record.feed.isEmpty || !record.creditItems.isEmpty {
                    pieces.append(.new(Self.encodeExtras(record)))
                } else {
                    continue
                }
                owners.append((record.slug, isJSON))
            }
        }
        let stored = BlobFile.store(
            pieces, at: Self.blobPath(canonicalRoot: canonicalRoot), length: blobLength)
        blobLength = stored.length
        for (owner, ref) in zip(owners, stored.refs) {
            if owner.isJSON {
                scenes[owner.slug]?.jsonBlob = ref
            } else {
                scenes[owner.slug]?.extrasBlob = ref
            }
        }
    }
}
