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

    var entries: [String: Entry] = [:]

    init(entries: [String: Entry] = [:]) {
        self.entries = entries
    }

    /// Parses a manifest; `nil` when it is not one (then the folder is not radar's).
    init?(text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)[...]
        guard lines.first == Substring(Self.header) else { return nil }
        lines = lines.dropFirst()
        for line in lines {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3, let size = Int64(fields[1]), let hash = UInt64(fields[2], radix: 16),
                !fields[0].isEmpty
            else { return nil }
            entries[String(fields[0])] = Entry(size: size, hash: hash)
        }
    }

    /// The manifest's text.
    var text: String {
        var out = Self.header + "\n"
        for path in entries.keys.sorted() {
            guard let entry = entries[path] else { continue }
            out += "\(path)\t\(entry.size)\t\(String(entry.hash, radix: 16))\n"
        }
        return out
    }
}
