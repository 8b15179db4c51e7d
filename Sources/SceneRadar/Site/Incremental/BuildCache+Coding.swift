/// The cache's binary form (`BinaryWriter`/`BinaryReader`), field by field.
extension BuildCache {
    /// Everything but the output manifest's hash, which comes last: a build encodes the rest
    /// while its output is being finished (see `complete`).
    func encodeBody() -> [UInt8] {
        var out = BinaryWriter(capacity: 1 << 22)
        out.write(Self.magic)
        out.write(Self.format)
        out.write(RadarVersion.current)
        out.write(RadarVersion.executable)
        out.write(globalDigest)
        out.write(output)
        out.write(blobLength)
        out.write(files) { out, stamp in
            out.write(stamp.size == Int64.min ? 0 : Int(stamp.size))
            out.write(Int(stamp.modified))
            out.write(stamp.inode)
            out.write(Int(stamp.changed))
            out.write(stamp.hash)
        }
        out.write(scenes.values.sorted { $0.slug < $1.slug }) { out, record in record.encode(into: &out) }
        out.write(people) { $0.write($1) }
        out.write(siteDigest)
        return out.bytes
    }

    /// The whole metadata file: `body` (from `encodeBody`) with the manifest's hash appended.
    static func complete(_ body: [UInt8], manifestHash: UInt64) -> [UInt8] {
        var out = BinaryWriter()
        out.write(manifestHash)
        return body + out.bytes
    }

    /// The cache in `bytes`, if it is whole and was written by this build of radar
    /// (`executable`, `RadarVersion.executable` but in tests).
    static func decode(_ bytes: [UInt8], executable: String = RadarVersion.executable) throws(BinaryReader
        .Malformed)
        -> BuildCache
    {
        var input = BinaryReader(bytes)
        guard try input.string() == magic, try input.int() == format,
            try input.string() == RadarVersion.current, try input.string() == executable
        else {
            throw BinaryReader.Malformed()
        }
        var cache = BuildCache()
        cache.globalDigest = try input.uint()
        cache.output = try input.string()
        cache.blobLength = try input.int()
        cache.files = try input.dictionary { input throws(BinaryReader.Malformed) in
            FileStamp(
                size: Int64(try input.int()), modified: Int64(try input.int()), inode: try input.uint(),
                changed: Int64(try input.int()), hash: try input.uint())
        }
        for _ in 0..<(try input.count()) {
            let record = try SceneRecord(from: &input)
            cache.scenes[record.slug] = record
        }
        cache.people = try input.dictionary { input throws(BinaryReader.Malformed) in try input.uint() }
        cache.siteDigest = try input.uint()
        cache.manifestHash = try input.uint()
        guard input.isAtEnd else { throw BinaryReader.Malformed() }
        return cache
    }
}

/// A kept scene's feed entries and credit items, read from `blobs.bin`.
struct SceneExtras: Sendable {
    var feed: [FeedEntry]
    var creditItems: ArraySlice<UInt8>
}

extension BuildCache {
    /// A record's feed entries and credit items, as one piece of `blobs.bin`.
    static func encodeExtras(_ record: SceneRecord) -> [UInt8] {
        var out = BinaryWriter(capacity: record.creditItems.count + 64)
        out.write(record.feed) { out, entry in
            SceneRecord.write(entry.week, into: &out)
            out.write(entry.xml)
        }
        out.write(bytes: record.creditItems)
        return out.bytes
    }

    static func decodeExtras(_ bytes: [UInt8]) -> SceneExtras? {
        var input = BinaryReader(bytes)
        do {
            let feed = try input.list { input throws(BinaryReader.Malformed) in
                FeedEntry(week: try SceneRecord.week(&input), xml: try input.string())
            }
            let items = try input.rawSlice()
            return input.isAtEnd ? SceneExtras(feed: feed, creditItems: items) : nil
        } catch {
            return nil
        }
    }
}

extension SceneRecord {
    /// The record: its metadata (as read, when unchanged since) then where its pieces are.
    func encode(into out: inout BinaryWriter) {
        if let savedMetadata = self.savedMetadata {
            out.write(bytes: savedMetadata)
        } else {
            var metadata = BinaryWriter(capacity: 4096)
            fields.encodeMetadata(into: &metadata)
            out.write(bytes: metadata.bytes)
        }
        out.write(self.jsonBlob) { out, ref in Self.encode(ref, into: &out) }
        out.write(self.extrasBlob) { out, ref in Self.encode(ref, into: &out) }
    }

    init(from input: inout BinaryReader) throws(BinaryReader.Malformed) {
        let metadata = try input.rawSlice()
        var reader = BinaryReader(metadata)
        var fields = try Fields(metadata: &reader)
        guard reader.isAtEnd else { throw BinaryReader.Malformed() }
        fields.savedMetadata = metadata
        fields.jsonBlob = try input.optional { input throws(BinaryReader.Malformed) in
            try Self.blobRef(&input)
        }
        fields.extrasBlob = try input.optional { input throws(BinaryReader.Malformed) in
            try Self.blobRef(&input)
        }
        self.init(fields)
    }

    // MARK: - Shared pieces

    /// A week as one number, `year × 64 + week` (a week is at most 53): every cached credit,
    /// log and score point has one, read and written without text in between.
    static func write(_ week: ISOWeek, into out: inout BinaryWriter) {
        out.write(UInt64(week.year * 64 + week.week))
    }

    static func week(_ input: inout BinaryReader) throws(BinaryReader.Malformed) -> ISOWeek {
        let packed = try input.uint()
        guard packed < 10_000 * 64, let week = ISOWeek(year: Int(packed / 64), week: Int(packed % 64)) else {
            throw BinaryReader.Malformed()
        }
        return week
    }

    static func encode(_ ref: BlobRef, into out: inout BinaryWriter) {
        out.write(ref.offset)
        out.write(ref.count)
        out.write(ref.hash)
    }

    static func blobRef(_ input: inout BinaryReader) throws(BinaryReader.Malformed) -> BlobRef {
        BlobRef(offset: try input.int(), count: try input.int(), hash: try input.uint())
    }

    static func encode(_ location: SourceLocation, into out: inout BinaryWriter) {
        out.write(location.file)
        out.write(location.line)
        out.write(location.column)
    }

    /// How a person reference was written, as the cache numbers it (see `PersonRef.writtenStyle`).
    static let styleCodes: [YAMLNode.ScalarStyle?] = [nil, .plain, .singleQuoted, .doubleQuoted]

    static func location(_ input: inout BinaryReader) throws(BinaryReader.Malformed) -> SourceLocation {
        SourceLocation(file: try input.string(), line: try input.int(), column: try input.int())
    }

    static func encode(_ diagnostic: Diagnostic, into out: inout BinaryWriter) {
        out.write(diagnostic.code.rawValue)
        out.write(diagnostic.severity.rawValue)
        out.write(diagnostic.message)
        encode(diagnostic.location, into: &out)
        out.write(diagnostic.length)
        out.write(diagnostic.notes) { out, note in
            out.write(note.message)
            out.write(note.location) { out, location in encode(location, into: &out) }
        }
        out.write(diagnostic.fixIt) { out, fix in
            out.write(fix.message)
            out.write(fix.replacement)
        }
    }

    static func diagnostic(_ input: inout BinaryReader) throws(BinaryReader.Malformed) -> Diagnostic {
        guard let code = DiagnosticCode(rawValue: try input.string()),
            let severity = Severity(rawValue: try input.string())
        else { throw BinaryReader.Malformed() }
        let message = try input.string()
        let place = try Self.location(&input)
        let length = try input.int()
        let notes = try input.list { input throws(BinaryReader.Malformed) in
            Diagnostic.Note(
                try input.string(),
                at: try input.optional { input throws(BinaryReader.Malformed) in try Self.location(&input) })
        }
        let fixIt = try input.optional { input throws(BinaryReader.Malformed) in
            Diagnostic.FixIt(try input.string(), replacement: try input.string())
        }
        return Diagnostic(
            code, message, at: place, length: length, severity: severity, notes: notes, fixIt: fixIt)
    }
}

extension SceneRecord.Fields {
    fileprivate func encodeMetadata(into out: inout BinaryWriter) {
        out.write(slug)
        out.write(sources) { $0.write($1) }
        out.write(hasProfile)
        out.write(isPublic)
        out.write(name)
        out.write(aliases) { $0.write($1) }
        out.write(newestWeek) { SceneRecord.write($1, into: &$0) }
        out.write(spellings) { $0.write($1) }
        out.write(explicitReferences) { out, reference in
            out.write(reference.text)
            SceneRecord.encode(reference.location, into: &out)
            out.write(SceneRecord.styleCodes.firstIndex(of: reference.writtenStyle) ?? 0)
        }
        out.write(publicSpellings) { $0.write($1) }
        out.write(windowSpellings) { $0.write($1) }
        out.write(wikiTargets) { $0.write($1) }
        out.write(diagnostics) { out, diagnostic in SceneRecord.encode(diagnostic, into: &out) }
        out.write(contextDigest)
        out.write(outputPaths) { $0.write($1) }
        out.write(index) { out, entry in entry.encode(into: &out) }
        out.write(logWeeks) { SceneRecord.write($1, into: &$0) }
        out.write(bytes: creditTallies)
        out.write(creditsDigest)
        out.write(infrastructure) { out, entry in entry.encode(into: &out) }
        out.write(privateAddresses) { $0.write($1) }
        out.write(privateNames) { $0.write($1) }
    }

    /// The fields of a record's metadata as `encodeMetadata` wrote them.
    fileprivate init(metadata input: inout BinaryReader) throws(BinaryReader.Malformed) {
        slug = try input.string()
        sources = try input.dictionary { input throws(BinaryReader.Malformed) in try input.uint() }
        hasProfile = try input.bool()
        isPublic = try input.bool()
        name = try input.string()
        aliases = try input.list { input throws(BinaryReader.Malformed) in try input.string() }
        newestWeek = try input.optional { input throws(BinaryReader.Malformed) in try SceneRecord.week(&input)
        }
        spellings = try input.dictionary { input throws(BinaryReader.Malformed) in try input.int() }
        explicitReferences = try input.list { input throws(BinaryReader.Malformed) in
            var reference = PersonRef(try input.string(), at: try SceneRecord.location(&input))
            let style = try input.int()
            guard SceneRecord.styleCodes.indices.contains(style) else { throw BinaryReader.Malformed() }
            reference.writtenStyle = SceneRecord.styleCodes[style]
            return reference
        }
        publicSpellings = try input.list { input throws(BinaryReader.Malformed) in try input.string() }
        windowSpellings = try input.list { input throws(BinaryReader.Malformed) in try input.string() }
        wikiTargets = try input.list { input throws(BinaryReader.Malformed) in try input.string() }
        diagnostics = try input.list { input throws(BinaryReader.Malformed) in
            try SceneRecord.diagnostic(&input)
        }
        contextDigest = try input.uint()
        outputPaths = try input.list { input throws(BinaryReader.Malformed) in try input.string() }
        index = try input.optional { input throws(BinaryReader.Malformed) in try IndexEntry(from: &input) }
        logWeeks = try input.list { input throws(BinaryReader.Malformed) in try SceneRecord.week(&input) }
        radarJSON = nil
        feed = []
        // A copy: a slice would keep the whole cache file's bytes for the build.
        creditTallies = Array(try input.rawSlice())[...]
        creditsDigest = try input.uint()
        creditItems = []
        infrastructure = try input.list { input throws(BinaryReader.Malformed) in
            InfrastructureEntry(
                kind: try input.string(), name: try input.string(),
                url: try input.optional { input throws(BinaryReader.Malformed) in try input.string() })
        }
        privateAddresses = try input.list { input throws(BinaryReader.Malformed) in try input.string() }
        privateNames = try input.list { input throws(BinaryReader.Malformed) in try input.string() }
        jsonBlob = nil
        extrasBlob = nil
        savedMetadata = nil
    }
}

extension InfrastructureEntry {
    func encode(into out: inout BinaryWriter) {
        out.write(kind)
        out.write(name)
        out.write(url) { $0.write($1) }
    }
}

extension IndexEntry {
    func encode(into out: inout BinaryWriter) {
        out.write(slug)
        out.write(name)
        out.write(place)
        out.write(score)
        out.write(phase.rawValue)
        out.write(momentum)
        out.write(trend.rawValue)
        out.write(tooEarly)
        out.write(logsInWindow)
        out.write(stage)
        out.write(isTrend)
        out.write(isStale)
        out.write(history) { out, point in
            SceneRecord.write(point.week, into: &out)
            out.write(point.score)
        }
    }

    init(from input: inout BinaryReader) throws(BinaryReader.Malformed) {
        let slug = try input.string()
        let name = try input.string()
        let place = try input.string()
        let score = try input.double()
        guard let phase = Phase(rawValue: try input.string()) else { throw BinaryReader.Malformed() }
        let momentum = try input.double()
        guard let trend = Momentum.Trend(rawValue: try input.string()) else { throw BinaryReader.Malformed() }
        self.init(
            slug: slug, name: name, place: place, score: score, phase: phase, momentum: momentum,
            trend: trend,
            tooEarly: try input.bool(), logsInWindow: try input.int(), stage: try input.int(),
            isTrend: try input.bool(),
            isStale: try input.bool(),
            history: try input.list { input throws(BinaryReader.Malformed) in
                ScorePoint(week: try SceneRecord.week(&input), score: try input.double())
            })
    }
}
