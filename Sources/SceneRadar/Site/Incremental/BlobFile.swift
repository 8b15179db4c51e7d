import Glibc

/// Where one piece of a scene's large outputs is in `blobs.bin`, and the hash of its bytes: a
/// piece that no longer hashes to it (the file was replaced, cut short, or written by another
/// build at the same time) is not used, and its scene is read and rendered again.
struct BlobRef: Sendable, Hashable {
    var offset: Int
    var count: Int
    var hash: UInt64
}

/// `<vault>/.radar-cache/blobs.bin`: the scenes' large outputs (radar.json parts, feed entries,
/// credit items), one piece per scene and kind. Pieces are appended as scenes are rendered, so a
/// rebuild writes only the pieces of the scenes it rendered and reads only the pieces it needs;
/// the build cache's metadata says where each piece is. When dead pieces outweigh live ones the
/// file is written again with the live ones only.
enum BlobFile {
    static let name = "blobs.bin"
    /// The file's first bytes (a file without them is not used).
    static let header = Array("radar-blobs 1\n".utf8)

    /// Reads pieces of the file as it is now.
    final class Reader: Sendable {
        private let fd: Int32

        /// `nil` when the file cannot be opened or does not start with the header.
        init?(path: String) {
            let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
            guard fd >= 0 else { return nil }
            self.fd = fd
            guard Self.read(fd, offset: 0, count: BlobFile.header.count) == BlobFile.header else {
                return nil
            }
        }

        deinit { close(fd) }

        /// Many pieces with one read of the part of the file that holds them all (the pieces of one
        /// kind lie together, save those appended since the file was last written whole), by
        /// ref; a piece that cannot be read or does not hash to its `ref.hash` is left out.
        func read(_ refs: [BlobRef]) -> [BlobRef: ArraySlice<UInt8>] {
            let valid = refs.filter { $0.offset >= BlobFile.header.count && $0.count >= 0 }
            guard let start = valid.map(\.offset).min(), let end = valid.map({ $0.offset + $0.count }).max(),
                end - start <= Int(Int32.max), let bytes = Self.read(fd, offset: start, count: end - start)
            else { return [:] }
            var pieces: [BlobRef: ArraySlice<UInt8>] = [:]
            for ref in valid where ref.offset + ref.count <= end {
                let piece = bytes[(ref.offset - start)..<(ref.offset - start + ref.count)]
                if piece.withUnsafeBufferPointer({ ContentHash.hash($0) }) == ref.hash { pieces[ref] = piece }
            }
            return pieces
        }

        /// The piece's bytes; `nil` when they cannot be read or do not hash to `ref.hash`.
        func read(_ ref: BlobRef) -> [UInt8]? {
            read([ref])[ref].map { Array($0) }
        }

        private static func read(_ fd: Int32, offset: Int, count: Int) -> [UInt8]? {
            guard count > 0 else { return [] }
            var complete = true
            let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
                while initialized < count {
                    let read = pread(
                        fd, buffer.baseAddress! + initialized, count - initialized,
                        off_t(offset + initialized))
                    if read < 0 && errno == EINTR { continue }
                    guard read > 0 else {
                        complete = false
                        return
                    }
                    initialized += read
                }
            }
            return complete ? bytes : nil
        }
    }

    /// One piece to store: either new bytes, or a piece of the previous file that is kept.
    enum Piece {
        case new([UInt8])
        case kept(BlobRef)
    }

    /// Stores `pieces` in the file at `path`, of which the previous build vouched for the first
    /// `length` bytes; returns where each piece now is (`nil` for a kept piece that could not be
    /// read back when the file was written anew) and the file's new vouched length.
    ///
    /// New pieces are appended after `length` (anything beyond it is a killed build's and is cut
    /// off first). The file is written anew, through a temporary file, when it is missing or not
    /// radar's, or when appending would make it more than twice its live pieces.
    static func store(_ pieces: [Piece], at path: String, length: Int) -> (refs: [BlobRef?], length: Int) {
        let added = pieces.reduce(0) { total, piece in
            if case .new(let bytes) = piece { return total + bytes.count }
            return total
        }
        let live = pieces.reduce(0) { total, piece in
            switch piece {
            case .new(let bytes): return total + bytes.count
            case .kept(let ref): return total + ref.count
            }
        }
        let reader = Reader(path: path)
        var info = stat()
        if reader != nil, length >= header.count, stat(path, &info) == 0, Int(info.st_size) >= length,
            length + added <= 2 * live + (4 << 20)
        {
            if let appended = append(pieces, at: path, length: length) { return appended }
        }
        return rewrite(pieces, at: path, keptFrom: reader)
    }

    private static func append(_ pieces: [Piece], at path: String, length: Int) -> (
        refs: [BlobRef?], length: Int
    )? {
        let fd = open(path, O_WRONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        guard ftruncate(fd, off_t(length)) == 0 else { return nil }
        var end = length
        var refs: [BlobRef?] = []
        for piece in pieces {
            switch piece {
            case .kept(let ref):
                refs.append(ref)
            case .new(let bytes):
                guard write(bytes, to: fd, at: end) else { return nil }
                refs.append(BlobRef(offset: end, count: bytes.count, hash: ContentHash.hash(bytes)))
                end += bytes.count
            }
        }
        return (refs, end)
    }

    private static func rewrite(_ pieces: [Piece], at path: String, keptFrom reader: Reader?) -> (
        refs: [BlobRef?], length: Int
    ) {
        var end = 0
        var refs: [BlobRef?] = []
        let written = WriteAll.replacing(path) { emit in
            guard emit(header) else { return false }
            end = header.count
            for piece in pieces {
                let bytes: [UInt8]?
                switch piece {
                case .new(let new): bytes = new
                case .kept(let ref): bytes = reader?.read(ref)
                }
                guard let bytes else {
                    refs.append(nil)
                    continue
                }
                guard emit(bytes) else { return false }
                refs.append(BlobRef(offset: end, count: bytes.count, hash: ContentHash.hash(bytes)))
                end += bytes.count
            }
            return true
        }
        guard written else { return (refs: [BlobRef?](repeating: nil, count: pieces.count), length: 0) }
        return (refs, end)
    }

    private static func write(_ bytes: [UInt8], to fd: Int32, at offset: Int) -> Bool {
        bytes.withUnsafeBufferPointer { WriteAll.write($0, to: fd, at: offset) }
    }
}
