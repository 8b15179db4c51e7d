/// Every public credit of every person in the scenes read by a build: what person pages list.
/// The credits directory counts credits by spelling from each scene's record instead (see
/// `encoded(of:)`), so it needs no scene's notes.
struct PeopleCredits: Sendable {
    /// One credit: a role on a track, a lineup, an artist list, a process share.
    struct Item: Sendable, Hashable {
        var scene: String
        var week: ISOWeek
        var label: String
        var role: String
        var url: String?
    }

    /// Items by person slug, in scene then week order.
    private(set) var items: [String: [Item]] = [:]

    /// No credits.
    init() {}

    /// Credits gathered from scenes' records: each scene's encoded items (see `encoded(of:)`),
    /// kept only for the people in `wanted`.
    /// Items follow the records' slug order, then spelling order, then the notes' order, the
    /// same in every build.
    init(records: [SceneRecord], people: PeopleIndex, wanted: Set<String>) {
        // Which spellings are wanted people: only their items are decoded, and only scenes that
        // name one of them are read at all (a rebuild for one scene wants few people). Scenes
        // are decoded on every core and their items joined in slug order.
        let found = records.sorted(by: { $0.slug < $1.slug }).parallelMap { record -> [(String, [Item])] in
            var wantedSpelling: [String: String] = [:]
            func wantedSlug(_ spelling: String) -> String? {
                if let known = wantedSpelling[spelling] { return known.isEmpty ? nil : known }
                let identity = people.index(of: spelling).map { people.identities[$0] }
                let slug = identity.flatMap { !$0.isPrivate && wanted.contains($0.slug) ? $0.slug : nil }
                wantedSpelling[spelling] = slug ?? ""
                return slug
            }
            guard record.publicSpellings.contains(where: { wantedSlug($0) != nil }) else { return [] }
            var found: [(String, [Item])] = []
            do {
                try Self.decodeItems(record.creditItems, scene: record.slug, wanted: wantedSlug) {
                    found.append(($0, $1))
                }
            } catch {
                return []  // damaged: the scene adds nothing rather than part of its credits
            }
            return found
        }
        for (slug, list) in found.joined() { items[slug, default: []] += list }
    }

    /// A scene's public credits by spelling: how many each spelling has, and the items in the
    /// record's binary form. One pass over the notes, each item encoded as it is met.
    static func encoded(of notes: Vault.SceneNotes) -> (counts: [String: Int], items: [UInt8]) {
        struct Spelling {
            var count = 0
            var items = BinaryWriter(capacity: 512)

            mutating func add(_ item: (inout BinaryWriter) -> Void) {
                count += 1
                item(&items)
            }
        }
        var bySpelling: [String: Spelling] = [:]
        forEachCredit(in: notes) { reference, week, label, role, url in
            bySpelling[reference.text, default: Spelling()].add { out in
                out.write(week.description)
                out.write(label)
                out.write(role)
                out.write(url) { $0.write($1) }
            }
        }
        // Each spelling's items (their count, then each item) are prefixed with their length,
        // so unwanted ones are skipped.
        var out = BinaryWriter()
        out.write(bySpelling) { out, spelling in
            var list = BinaryWriter(capacity: spelling.items.bytes.count + 16)
            list.write(UInt64(spelling.count))
            list.append(encoded: spelling.items.bytes)
            out.write(bytes: list.bytes)
        }
        // Kept for the whole build: no spare capacity.
        return (bySpelling.mapValues(\.count), out.bytes.exactCopy())
    }

    /// Decodes the items of each spelling for which `wanted` gives a person slug (in spelling
    /// order) and hands them to `body`; the others are skipped unread.
    static func decodeItems(
        _ bytes: ArraySlice<UInt8>, scene: String, wanted: (String) -> String?,
        _ body: (String, [Item]) -> Void
    ) throws(BinaryReader.Malformed) {
        var input = BinaryReader(bytes)
        for _ in 0..<(try input.count()) {
            let spelling = try input.string()
            guard let slug = wanted(spelling) else {
                try input.skip()
                continue
            }
            var list = BinaryReader(try input.rawSlice())
            let items = try list.list { input throws(BinaryReader.Malformed) in
                Item(
                    scene: scene, week: try SceneRecord.week(&input), label: try input.string(),
                    role: try input.string(),
                    url: try input.optional { input throws(BinaryReader.Malformed) in try input.string() })
            }
            guard list.isAtEnd else { throw BinaryReader.Malformed() }
            body(slug, items)
        }
    }

    /// Every public credit of a scene: artist lists, track credits, played-by, lineups of
    /// non-private events and process shares.
    private static func forEachCredit(
        in notes: Vault.SceneNotes, _ body: (PersonRef, ISOWeek, String, String, String?) -> Void
    ) {
        for log in notes.logs {
            for artist in log.artists { body(artist, log.week, "core artists of the week", "artist", nil) }
            for track in log.tracks {
                for (role, person) in track.credits.everyone {
                    body(person, log.week, track.title, role.rawValue, track.url.text)
                }
                for dj in track.playedBy { body(dj, log.week, track.title, "played it", track.url.text) }
            }
            for event in log.events where !event.isPrivate {
                for person in event.lineup {
                    body(person, log.week, "\(event.name) (\(event.date))", "lineup", nil)
                }
            }
            for entry in log.howItsMade {
                body(entry.by, log.week, "how it's made", entry.kind?.rawValue ?? "process", entry.url?.text)
            }
        }
    }
}
