/// The list of files radar wrote into an output folder (`.radar-manifest`), so that a rebuild
/// removes only its own stale files and skips rewriting unchanged ones.
///
/// One line per file: `path<TAB>size<TAB>content-hash-hex` (`ContentHash`), sorted by path, after a header line.
/// Paths never contain tabs or newlines (radar chooses them). Nothing in it depends on the
/// machine or the clock, so two builds of one vault leave identical manifests.
struct OutputManifest: Sendable, Equatable {
    /// What radar knows about one file it wrote.
    struct Entry: Sendable, Equatable {
        var size: Int64
        var hash: UInt64
    }

    static let fileName = ".radar-manifest"
    static let header = "radar-manifest 1"
    /// The header while a build runs: the manifest then lists every file the build may write.
    static let inProgressHeader = "radar-manifest 1 in-progress"

    var entries: [String: Entry] = [:]
    /// Whether the build that wrote it finished (else it was interrupted).
    var isComplete = true

    init(entries: [String: Entry] = [:], isComplete: Bool = true) {
        self.entries = entries
        self.isComplete = isComplete
    }

    /// Parses a manifest from its bytes; `nil` when it is not one (then the folder is not radar's).
    init?(bytes: [UInt8]) {
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: true)[...]
        guard let first = lines.first else { return nil }
        let header = String(decoding: first, as: UTF8.self)
        guard header == Self.header || header == Self.inProgressHeader else { return nil }
        isComplete = header == Self.header
        lines = lines.dropFirst()
        entries.reserveCapacity(lines.count)
        for line in lines {
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false)
            guard fields.count == 3, !fields[0].isEmpty, let size = Self.integer(fields[1]),
                let hash = Self.hex(fields[2]), let path = String(validating: fields[0], as: UTF8.self)
            else { return nil }
            entries[path] = Entry(size: size, hash: hash)
        }
    }

    private static func integer(_ bytes: ArraySlice<UInt8>) -> Int64? {
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

    private static func hex(_ bytes: ArraySlice<UInt8>) -> UInt64? {
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

    /// The manifest's text.
    var text: String {
        var out = (isComplete ? Self.header : Self.inProgressHeader) + "\n"
        for path in entries.keys.sorted() {
            guard let entry = entries[path] else { continue }
            out += "\(path)\t\(entry.size)\t\(String(entry.hash, radix: 16))\n"
        }
        return out
    }
}
