/// The list of files radar wrote into an output folder (`.radar-manifest`), so that a rebuild
/// removes only its own stale files and skips rewriting unchanged ones.
///
/// One line per file: `path<TAB>size<TAB>content-hash-hex` (`ContentHash`), sorted by path, after a header line.
/// Paths never contain tabs or newlines (radar chooses them). Nothing in it depends on the
/// machine or the clock, so two builds of one vault leave identical manifests.
struct OutputManifest: Sendable {
    /// What radar knows about one file it wrote.
    struct Entry: Sendable, Equatable {
        var size: Int64
        var hash: UInt64
    }

    static let fileName = ".radar-manifest"
    static let header = "radar-manifest 1"
    /// The header while a build runs: the manifest then lists every file the build may write.
    static let inProgressHeader = "radar-manifest 1 in-progress"

    var entries: [String: Entry] = [:] {
        didSet { entriesAsRead = nil }
    }
    /// The entries in the order of the file's lines, while `entries` is as it was read (`nil`
    /// once it changed): a walk over every file in that order needs no lookup by path.
    private(set) var entriesAsRead: [(key: String, value: Entry)]?
    /// Whether the build that wrote it finished (else it was interrupted).
    var isComplete = true
    /// The paths of the manifest this one was read from, in that file's (sorted) order; `nil`
    /// when unknown or when the file was not sorted. A rebuild mostly writes the same paths
    /// again, and writing them in this order spares sorting tens of thousands of paths.
    private var readOrder: [String]?

    init(entries: [String: Entry] = [:], isComplete: Bool = true) {
        self.entries = entries
        self.isComplete = isComplete
    }

    /// Parses a manifest from its bytes; `nil` when it is not one (then the folder is not radar's).
    init?(bytes: [UInt8]) {
        let parsed = bytes.withUnsafeBufferPointer { Self.parse($0) }
        guard let parsed else { return nil }
        (entries, isComplete, readOrder, entriesAsRead) = parsed
    }

    /// This manifest, to be written in the order of `other`'s file when it holds the same paths.
    func inReadOrder(of other: OutputManifest) -> OutputManifest {
        var manifest = self
        manifest.readOrder = other.readOrder
        return manifest
    }

    /// The entries, completeness, (when sorted) path order and entries in line order of a
    /// manifest's bytes, line by line (empty lines skipped).
    private static func parse(
        _ bytes: UnsafeBufferPointer<UInt8>
    ) -> ([String: Entry], Bool, [String]?, [(key: String, value: Entry)]?)? {
        var entries: [String: Entry] = [:]
        entries.reserveCapacity(bytes.count / 64)
        var lines: [(key: String, value: Entry)] = []
        lines.reserveCapacity(bytes.count / 64)
        var order: [String]? = []
        order?.reserveCapacity(bytes.count / 64)
        var isComplete: Bool?
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            defer { start = end + 1 }
            guard end > start else { continue }
            let line = bytes[start..<end]
            if isComplete == nil {
                let header = String(decoding: UnsafeBufferPointer(rebasing: line), as: UTF8.self)
                guard header == Self.header || header == Self.inProgressHeader else { return nil }
                isComplete = header == Self.header
                continue
            }
            guard let firstTab = line.firstIndex(of: 0x09),
                let secondTab = line[(firstTab + 1)...].firstIndex(of: 0x09),
                !line[(secondTab + 1)...].contains(0x09), firstTab > start,
                let size = integer(line[(firstTab + 1)..<secondTab]),
                let hash = hex(line[(secondTab + 1)...]),
                let path = UTF8Validation.string(UnsafeBufferPointer(rebasing: line[..<firstTab]))
            else { return nil }
            if let last = order?.last, !(last < path) { order = nil }
            order?.append(path)
            let entry = Entry(size: size, hash: hash)
            entries[path] = entry
            lines.append((path, entry))
        }
        guard let isComplete else { return nil }
        // A path on two lines (the last one counts) leaves the lines no picture of the entries.
        return (entries, isComplete, order, lines.count == entries.count ? lines : nil)
    }

    private static func integer(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int64? {
        var value: Int64 = 0
        var digits = bytes[...]
        let negative = digits.first == 0x2D
        if negative { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        for byte in digits {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int64(byte - 0x30)
        }
        return negative ? -value : value
    }

    private static func hex(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> UInt64? {
        guard !bytes.isEmpty, bytes.count <= 16 else { return nil }
        var value: UInt64 = 0
        for byte in bytes {
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x61...0x66: digit = byte - 0x61 + 10
            default: return nil
            }
            value = value << 4 | UInt64(digit)
        }
        return value
    }

    /// The manifest's text as UTF-8, written byte by byte (a site has tens of thousands of files).
    var bytes: [UInt8] {
        let sorted = inOrder ?? entries.sorted { $0.key < $1.key }
        var out: [UInt8] = []
        out.reserveCapacity(64 + sorted.reduce(0) { $0 + $1.key.utf8.count + 40 })
        out.append(contentsOf: (isComplete ? Self.header : Self.inProgressHeader).utf8)
        out.append(0x0A)
        for (path, entry) in sorted {
            out.append(contentsOf: path.utf8)
            out.append(0x09)
            NumberFormat.withDecimalDigits(of: entry.size) { out.append(contentsOf: $0) }
            out.append(0x09)
            Self.appendHex(entry.hash, to: &out)
            out.append(0x0A)
        }
        return out
    }

    /// The entries in the order they were read in, when the paths are still the same.
    private var inOrder: [(key: String, value: Entry)]? {
        guard let readOrder, readOrder.count == entries.count else { return nil }
        var ordered: [(key: String, value: Entry)] = []
        ordered.reserveCapacity(readOrder.count)
        for path in readOrder {
            guard let entry = entries[path] else { return nil }
            ordered.append((path, entry))
        }
        return ordered
    }

    private static func appendHex(_ value: UInt64, to out: inout [UInt8]) {
        let width = value == 0 ? 1 : (64 - value.leadingZeroBitCount + 3) / 4
        for shift in stride(from: (width - 1) * 4, through: 0, by: -4) {
            let digit = UInt8(truncatingIfNeeded: value >> UInt64(shift)) & 0x0F
            out.append(digit < 10 ? 0x30 + digit : 0x61 + digit - 10)
        }
    }
}

extension OutputManifest: Equatable {
    /// Two manifests are equal when they list the same files the same way (the order they were
    /// read in is not part of what they say).
    static func == (a: OutputManifest, b: OutputManifest) -> Bool {
        a.isComplete == b.isComplete && a.entries == b.entries
    }
}
