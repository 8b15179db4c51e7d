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
        /// Where to buy or tip for the track, for a credit on one (empty for the others).
        var support: [String] = []
    }

    /// One spelling's items in one scene's record, left encoded until a person page asks.
    private struct Run: Sendable {
        /// The record, by position in `records`.
        var record: Int
        /// Where the items are in the record's `creditItems`.
        var items: Range<Int>
    }

    /// The records the runs are in, in slug order.
    private var records: [SceneRecord] = []
    /// The people index the runs are filed by.
    private var people: PeopleIndex?
    /// By person (their position in the people index): their runs, in record then spelling order.
    private var runs: [[Run]] = []

    /// No credits.
    init() {}

    /// Credits gathered from scenes' records: each scene's encoded items (see `encoded(of:)`),
    /// kept only for the people in `wanted`.
    ///
    /// Only where each wanted person's items are is noted here; their items are decoded by
    /// `items(of:)`, on the core that renders their page. Gathering then makes no `String` and
    /// copies no item: with every credit of a large vault decoded and joined up front, joining
    /// them (and later freeing them) on one core took most of the time of this step.
    init(records: [SceneRecord], people: PeopleIndex, wanted: Set<String>) {
        // Which spellings are wanted people: only scenes that name one of them are read at all
        // (a rebuild for one scene wants few people). Scenes are read on every core and their
        // runs filed in slug order.
        let records = records.sorted(by: { $0.slug < $1.slug })
        let found = Array(records.indices).parallelMap { position -> [(person: Int, run: Run)] in
            let record = records[position]
            var wantedSpelling: [String: Int] = [:]
            func wantedPerson(_ spelling: String) -> Int? {
                if let known = wantedSpelling[spelling] { return known < 0 ? nil : known }
                let person = people.index(of: spelling).flatMap { index -> Int? in
                    let identity = people.identities[index]
                    return !identity.isPrivate && wanted.contains(identity.slug) ? index : nil
                }
                wantedSpelling[spelling] = person ?? -1
                return person
            }
            guard record.publicSpellings.contains(where: { wantedPerson($0) != nil }) else { return [] }
            var found: [(person: Int, run: Run)] = []
            do {
                try Self.findItems(record.creditItems, wanted: wantedPerson) { person, items in
                    found.append((person, Run(record: position, items: items)))
                }
            } catch {
                return []  // damaged: the scene adds nothing rather than part of its credits
            }
            return found
        }
        var runs = [[Run]](repeating: [], count: people.identities.count)
        for (person, run) in found.joined() { runs[person].append(run) }
        self.records = records
        self.people = people
        self.runs = runs
    }

    /// The items of the person with page `slug`: in the records' slug order, then by week, then
    /// in the notes' order, the same in every build. A list that does not decode adds nothing
    /// (the cache checks each piece's hash before it is used).
    func items(of slug: String) -> [Item] {
        guard let person = people?.index(slug: slug), person < runs.count else { return [] }
        var items: [Item] = []
        // A scene that credits the person under two spellings (a name and an alias) holds
        // their items one spelling after the other: those are put back in week order.
        var spellingsMixed = false
        var lastRecord = -1
        for run in runs[person] {
            let record = records[run.record]
            guard let list = try? Self.decodeList(record.creditItems[run.items], scene: record.slug) else {
                continue
            }
            spellingsMixed = spellingsMixed || run.record == lastRecord
            lastRecord = run.record
            items += list
        }
        return spellingsMixed ? Self.inWeekOrder(items) : items
    }

    /// `items` in scene, then week order; items of one scene and week keep their order.
    static func inWeekOrder(_ items: [Item]) -> [Item] {
        items.indices.sorted { (items[$0].scene, items[$0].week, $0) < (items[$1].scene, items[$1].week, $1) }
            .map { items[$0] }
    }

    /// What the credits directory needs of one spelling's public credits in a scene, so that
    /// it says what the person's page lists without decoding any item.
    struct Tally: Sendable, Equatable {
        /// The hash of each distinct row the spelling's credits make on a person page (a label,
        /// a role and an address: one credit of several weeks is one row), sorted. A person's
        /// spellings in one scene share rows, so their row count is the size of the union.
        var rows: [UInt64] = []
        /// The support links of the tracks credited to the spelling, each once as written, by
        /// position in the scene's list of them (`Tallies.trackSupport`).
        var trackSupport: [Int] = []

        /// The hash `rows` holds for a credit: FNV-1a over its fields, each ended by a byte no
        /// text holds (0xFF is never in UTF-8), a missing address told apart from an empty one.
        static func row(label: String, role: String, url: String?) -> UInt64 {
            row(role: role, of: subject(label: label, url: url))
        }

        /// The part of a row's hash its label and address make (the same for every credit on
        /// a track).
        static func subject(label: String, url: String?) -> UInt64 {
            var hash = FNV1a.hash64(label, continuing: FNV1a.offsetBasis)
            hash = FNV1a.hash64(bytes: CollectionOfOne(0xFF), continuing: hash)
            guard let url else { return hash }
            return FNV1a.hash64(url, continuing: FNV1a.hash64(bytes: CollectionOfOne(0x01), continuing: hash))
        }

        /// A row's hash from its subject's and its role.
        static func row(role: String, of subject: UInt64) -> UInt64 {
            FNV1a.hash64(role, continuing: FNV1a.hash64(bytes: CollectionOfOne(0xFF), continuing: subject))
        }
    }

    /// A scene's tallies, as its record keeps them: encoded in one piece (every build reads
    /// every record, and only a build that makes the credits directory reads them).
    struct Tallies: Sendable {
        /// The support links of the scene's tracks, each once as written.
        var trackSupport: [String] = []
        /// Each spelling's tally, in spelling order.
        var bySpelling: [(spelling: String, tally: Tally)] = []

        init(trackSupport: [String], bySpelling: [(spelling: String, tally: Tally)]) {
            self.trackSupport = trackSupport
            self.bySpelling = bySpelling
        }

        /// The tallies `encoded` wrote, all decoded.
        init(decoding bytes: ArraySlice<UInt8>) throws(BinaryReader.Malformed) {
            var bySpelling: [(spelling: String, tally: Tally)] = []
            trackSupport = try Self.read(bytes) { spelling, rows, support, _ in
                bySpelling.append((spelling, Tally(rows: rows.decoded, trackSupport: support)))
            }
            self.bySpelling = bySpelling
        }

        /// A spelling's rows as `read` finds them: left encoded (a count is all the credits
        /// directory needs of most).
        struct Rows {
            fileprivate var bytes: ArraySlice<UInt8>

            var count: Int { bytes.count / 8 }

            var decoded: [UInt64] {
                var input = BinaryReader(bytes)
                return (0..<count).map { _ in (try? input.fixed()) ?? 0 }
            }
        }

        /// Reads the tallies `encoded` wrote: hands `body` each spelling, in spelling order, with
        /// its rows, its support links by position in the scene's, and the scene's support
        /// links; returns the scene's support links.
        @discardableResult
        static func read(
            _ bytes: ArraySlice<UInt8>, _ body: (String, Rows, [Int], [String]) -> Void
        ) throws(BinaryReader.Malformed) -> [String] {
            var input = BinaryReader(bytes)
            let links = try input.list { input throws(BinaryReader.Malformed) in try input.string() }
            for _ in 0..<(try input.count()) {
                let spelling = try input.string()
                let rows = try input.rawSlice()
                guard rows.count % 8 == 0 else { throw BinaryReader.Malformed() }
                let support = try input.list { input throws(BinaryReader.Malformed) -> Int in
                    let position = try input.int()
                    guard position >= 0 && position < links.count else { throw BinaryReader.Malformed() }
                    return position
                }
                body(spelling, Rows(bytes: rows), support, links)
            }
            guard input.isAtEnd else { throw BinaryReader.Malformed() }
            return links
        }

        /// The tallies in one piece.
        var encoded: [UInt8] {
            var out = BinaryWriter(capacity: 64 + bySpelling.count * 64)
            out.write(trackSupport) { $0.write($1) }
            out.write(bySpelling) { out, entry in
                out.write(entry.spelling)
                var rows = BinaryWriter(capacity: entry.tally.rows.count * 8)
                for row in entry.tally.rows { rows.write(fixed: row) }
                out.write(bytes: rows.bytes)
                out.write(entry.tally.trackSupport) { $0.write($1) }
            }
            return out.bytes.exactCopy()
        }
    }

    /// A scene's public credits by spelling: its spellings, what the credits directory needs of
    /// each (`Tallies`, encoded), and the items in the record's binary form. One pass over the
    /// notes, each item encoded as it is met.
    static func encoded(of notes: Vault.SceneNotes) -> (spellings: [String], tallies: [UInt8], items: [UInt8])
    {
        struct Spelling {
            var count = 0
            var items = BinaryWriter(capacity: 512)
            var rows: [UInt64] = []
            var trackSupport: [Int] = []

            mutating func add(row: UInt64, support: [Int], _ item: (inout BinaryWriter) -> Void) {
                count += 1
                rows.append(row)
                for position in support where !trackSupport.contains(position) {
                    trackSupport.append(position)
                }
                item(&items)
            }
        }
        var bySpelling: [String: Spelling] = [:]
        // Credits come track by track: a track's label and address are hashed once, and its
        // support links looked up once.
        var subject: (hash: UInt64, support: [Int]) = (0, [])
        var links: [String: Int] = [:]
        var linkList: [String] = []
        func begin(_ label: String, _ url: String?, _ support: [WebURL]) {
            subject.hash = Tally.subject(label: label, url: url)
            subject.support = support.map { link in
                if let known = links[link.text] { return known }
                linkList.append(link.text)
                links[link.text] = linkList.count - 1
                return linkList.count - 1
            }
        }
        forEachCredit(in: notes, subject: begin) { reference, week, label, role, url, trackSupport in
            let row = Tally.row(role: role, of: subject.hash)
            let support = trackSupport.isEmpty ? [] : subject.support
            bySpelling[reference.pointee.text, default: Spelling()].add(row: row, support: support) { out in
                SceneRecord.write(week, into: &out)
                out.write(label)
                out.write(role)
                out.write(url) { $0.write($1) }
                out.write(UInt64(trackSupport.count))
                trackSupport.forEachAddress { out.write($0.pointee.text) }
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
        let spellings = bySpelling.keys.sorted()
        let tallies = Tallies(
            trackSupport: linkList,
            bySpelling: spellings.map { spelling in
                let credits = bySpelling[spelling].unsafelyUnwrapped
                var rows: [UInt64] = []
                rows.reserveCapacity(credits.rows.count)
                for row in credits.rows.sorted() where row != rows.last { rows.append(row) }
                return (spelling, Tally(rows: rows, trackSupport: credits.trackSupport))
            })
        // Kept for the whole build: no spare capacity.
        return (spellings, tallies.encoded, out.bytes.exactCopy())
    }

    /// Finds the encoded items of each spelling for which `wanted` gives a person (in spelling
    /// order) and hands `body` where they are in `bytes`; nothing is decoded but the spellings.
    private static func findItems(
        _ bytes: ArraySlice<UInt8>, wanted: (String) -> Int?, _ body: (Int, Range<Int>) -> Void
    ) throws(BinaryReader.Malformed) {
        var input = BinaryReader(bytes)
        for _ in 0..<(try input.count()) {
            let spelling = try input.string()
            let items = try input.rawSlice()
            if let person = wanted(spelling) { body(person, items.indices) }
        }
        guard input.isAtEnd else { throw BinaryReader.Malformed() }
    }

    /// Decodes one spelling's items (a count, then each item) of the scene `scene`.
    private static func decodeList(_ bytes: ArraySlice<UInt8>, scene: String) throws(BinaryReader.Malformed)
        -> [Item]
    {
        var list = BinaryReader(bytes)
        let items = try list.list { input throws(BinaryReader.Malformed) in
            Item(
                scene: scene, week: try SceneRecord.week(&input), label: try input.string(),
                role: try input.string(),
                url: try input.optional { input throws(BinaryReader.Malformed) in try input.string() },
                support: try input.list { input throws(BinaryReader.Malformed) in try input.string() })
        }
        guard list.isAtEnd else { throw BinaryReader.Malformed() }
        return items
    }

    /// Every public credit of a scene: artist lists, track credits, played-by, lineups of
    /// non-private events and process shares. The notes are read where they are (see
    /// `Array.forEachAddress`): a log or track copied would retain every string in it.
    /// `body` is given each credit's person, week, label, role, address and, for a credit on a
    /// track, the track's support links; `subject` is given the label, address and support
    /// links of the credits that follow, once for each artist list, track, lineup and process
    /// share (the same for all of them but the role).
    private static func forEachCredit(
        in notes: Vault.SceneNotes,
        subject: (String, String?, [WebURL]) -> Void,
        _ body: (UnsafePointer<PersonRef>, ISOWeek, String, String, String?, [WebURL]) -> Void
    ) {
        notes.logs.forEachAddress { log in
            let week = log.pointee.week
            if !log.pointee.artists.isEmpty { subject("core artists of the week", nil, []) }
            log.pointee.artists.forEachAddress {
                body($0, week, "core artists of the week", "artist", nil, [])
            }
            log.pointee.tracks.forEachAddress { track in
                let (title, url) = (track.pointee.title, track.pointee.url.text)
                subject(title, url, track.pointee.support)
                for role in CreditRole.allCases {
                    track.pointee.credits[role].forEachAddress {
                        body($0, week, title, role.rawValue, url, track.pointee.support)
                    }
                }
                track.pointee.playedBy.forEachAddress { body($0, week, title, "played it", url, []) }
            }
            log.pointee.events.forEachAddress { event in
                guard !event.pointee.isPrivate, !event.pointee.lineup.isEmpty else { return }
                let label = "\(event.pointee.name) (\(event.pointee.date))"
                subject(label, nil, [])
                event.pointee.lineup.forEachAddress { body($0, week, label, "lineup", nil, []) }
            }
            log.pointee.howItsMade.forEachAddress { entry in
                let (role, url) = (entry.pointee.kind?.rawValue ?? "process", entry.pointee.url?.text)
                subject("how it's made", url, [])
                withUnsafePointer(to: entry.pointee.by) { body($0, week, "how it's made", role, url, []) }
            }
        }
    }
}
