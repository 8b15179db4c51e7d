import Glibc
import Synchronization

/// Writes the site into its output folder safely (SPEC §6, Output safety):
/// - only inside the folder, never through a symlinked folder, never into the vault itself;
/// - each file to a `.radar-tmp-*` name, then renamed, so a reader (or a kill) sees the old or
///   the new file, never half of one;
/// - unchanged files are not rewritten;
/// - files that no longer belong are removed only if radar wrote them (per `.radar-manifest`);
/// - a folder holding files radar did not write is refused (dotfiles such as `.git` are kept).
public final class OutputWriter: Sendable {
    /// The output folder cannot be used: `radar build` exits with status 2.
    public struct Refusal: Error, Sendable, Equatable, CustomStringConvertible {
        /// What is wrong and what to do.
        public var message: String
        public var description: String { message }
    }

    /// What `write` did.
    public enum Outcome: Sendable, Equatable {
        case written
        case unchanged
    }

    /// The canonical output folder.
    public let root: String
    private let previous: OutputManifest
    private let previousStamp: Int64
    /// The hash of the manifest found (0 when none).
    private let previousHash: UInt64
    private let output: String

    private let state = Mutex(State())
    /// Held while the in-progress manifest is written (see `startManifest`).
    private let manifestStart = Mutex(false)
    /// Held while this writer lives (see `FolderLock`).
    private let lock: FolderLock?

    private struct State: Sendable {
        var written: [String: OutputManifest.Entry] = [:]
        var verifiedFolders: Set<String> = [""]
        var counter = 0
        /// Whether any file was written (the manifest is then rewritten, renewing its stamp).
        var wroteFiles = false
        /// Whether any path was recorded with another entry than the last build's (or none).
        var differs = false
        /// Whether the manifest is the one the build cache recorded (so the cache describes this
        /// folder, and no file in it is foreign to that build).
        var matched = false
        /// Whether, besides, every file of that build is still as it left it, so kept files need
        /// no check each: looked at in the background from `verify` on (`nil`: not trusted).
        var intact: Background<LastBuildsFiles>?
        /// The hash of the manifest this build leaves.
        var finalHash: UInt64 = 0
        /// Whether `begin` replaced the manifest with an in-progress one.
        var startedManifest = false
        /// Whether `verify` ran.
        var verified = false
        /// The in-progress manifest `begin` prepared.
        var union: OutputManifest?
    }

    /// Opens `output` for writing a site compiled from the vault at `vaultRoot`; creates the
    /// folder when missing, with permissions `mode` (the folders above it 0755).
    ///
    /// - Parameter waitingForLock: when given, the folder is locked while this writer lives (a
    ///   build's writer): another build writing into it is waited for, after this is called.
    public init(
        output: String, vaultRoot: String, mode: mode_t = 0o755, waitingForLock: (() -> Void)? = nil
    ) throws(Refusal) {
        let fileSystem = LocalFileSystem()
        guard let vault = fileSystem.canonicalPath(vaultRoot) else {
            throw Refusal(message: "cannot resolve the vault folder '\(vaultRoot)'")
        }
        if fileSystem.info(output) == nil {
            // Refused before any folder of it is made.
            if let intended = OutputPlacement.intendedPath(output, fileSystem: fileSystem),
                let refusal = OutputPlacement.refusal(
                    output: output, candidate: intended, vault: vault, fileSystem: fileSystem)
            {
                throw Refusal(message: refusal)
            }
            try Self.makeFolders(output, mode: mode)
        }
        guard let canonical = fileSystem.canonicalPath(output),
            fileSystem.resolvedInfo(canonical)?.kind == .directory
        else {
            throw Refusal(message: "the output path '\(output)' is not a folder")
        }
        if let refusal = OutputPlacement.refusal(
            output: output, candidate: canonical, vault: vault, fileSystem: fileSystem)
        {
            throw Refusal(message: refusal)
        }
        // Before the manifest is read: the build writing now leaves a new one.
        lock = waitingForLock.flatMap { FolderLock(path: canonical, waiting: $0) }
        root = canonical
        let manifestPath = canonical + "/" + OutputManifest.fileName
        var manifest = OutputManifest()
        var stamp: Int64 = 0
        var hash: UInt64 = 0
        if let info = fileSystem.info(manifestPath) {
            guard info.kind == .regular, let bytes = try? fileSystem.read(manifestPath, limit: 64 << 20),
                let parsed = OutputManifest(bytes: bytes)
            else {
                throw Refusal(
                    message:
                        "'\(output)/\(OutputManifest.fileName)' is damaged; remove the output folder and build again"
                )
            }
            manifest = parsed
            stamp = info.modified
            hash = ContentHash.hash(bytes)
        }
        previous = manifest
        previousStamp = stamp
        previousHash = hash
        self.output = output
    }

    /// Checks the folder before writing. When the last build here finished and left the manifest
    /// whose hash the build cache recorded, each file that manifest lists is looked at: if all
    /// are as that build left them, the folder is `trusted`; a file changed, replaced or removed
    /// by hand since is written again. Otherwise every file in the folder is checked: a folder
    /// holding files radar did not write is refused, and stray temporary files of an
    /// interrupted build are removed.
    /// Returns whether the manifest is the one the build that left `trustedManifest` wrote, so
    /// that build's cache describes the folder.
    @discardableResult
    public func verify(trustedManifest: UInt64?) throws(Refusal) -> Bool {
        let matched = previous.isComplete && previousStamp != 0 && trustedManifest == previousHash
        // The files are looked at while the build reads the vault; the first question about
        // them, or `begin`, waits for the answer.
        let intact =
            matched
            ? Background { [self] in
                LastBuildsFiles(intact: everyFileIsAsLeft(), added: filesAddedSinceLastBuild())
            }
            : nil
        state.withLock {
            $0.matched = matched
            $0.intact = intact
            $0.verified = true
        }
        if !matched {
            let foreign = filesRadarDidNotWrite(from: [""]) { _ in true }
            guard foreign.isEmpty else { throw foreignFiles(foreign) }
        }
        return matched
    }

    // MARK: - Writing

    /// Records every path this build will write before writing any, so that a build killed
    /// half-way leaves a folder whose every file radar still owns.
    ///
    /// - Parameter paths: in any order; when several cannot be written, the refusal names the
    ///   first in byte order.
    public func begin(planned paths: some Sequence<String>) throws(Refusal) {
        if !state.withLock({ $0.verified }) { try verify(trustedManifest: nil) }
        // No file is written before the look at the last build's files is over.
        if let added = state.withLock({ $0.intact })?.wait().added, !added.isEmpty {
            throw foreignFiles(added)
        }
        var union = previous
        union.isComplete = false
        var added = false
        var refused: String?
        // The folder was not walked for foreign files when its manifest was the cache's: what
        // is at a path that manifest does not list is someone else's, and never replaced.
        let matched = state.withLock { $0.matched }
        var foreign: [String] = []
        var planned: Set<String>?
        for path in paths where union.entries[path] == nil {
            // A path the manifest cannot hold (a tab, a line break) must never reach it.
            guard Self.isPlain(path) else {
                if refused.map({ ByteSearch.precedes(path, $0) }) ?? true { refused = path }
                continue
            }
            if !previous.entries.isEmpty || matched {
                // A file and a folder may swap places between builds (a scene made private,
                // a static file where its pages were): the last build's stale files in the
                // way go now rather than at the end, or the new file could not be written.
                if planned == nil, !previous.entries.isEmpty { planned = Set(paths) }
                if clearingStaleFiles(at: path, planned: planned ?? []), matched { foreign.append(path) }
            }
            union.entries[path] = .init(size: -1, hash: 0)
            added = true
        }
        if let refused { try Self.validate(refused) }
        guard foreign.isEmpty else { throw foreignFiles(foreign) }
        // Until `finish`, the manifest says a build is running, so an interrupted build is never
        // mistaken for a finished one: written now when new paths are planned, else before the
        // first file is written (a build that writes nothing leaves it as it was).
        state.withLock {
            $0.union = union
            $0.written.reserveCapacity(union.entries.count)
        }
        if added || previousStamp == 0 || !previous.isComplete { try startManifest() }
    }

    /// Writes `bytes` to `path` (relative, `/`-separated) unless the file already holds them.
    @discardableResult
    public func write(_ path: String, _ bytes: [UInt8]) throws(Refusal) -> Outcome {
        try bytes.withUnsafeBufferPointer { buffer throws(Refusal) in try write(path, buffer: buffer) }
    }

    /// Writes `text` as UTF-8 to `path` unless the file already holds it (no copy of the text).
    @discardableResult
    public func write(_ path: String, _ text: String) throws(Refusal) -> Outcome {
        var text = text
        return try text.withUTF8 { buffer in
            Result { () throws(Refusal) in try write(path, buffer: buffer) }
        }.get()
    }

    /// Writes the concatenation of `pieces` to `path` unless the file already holds it (the
    /// pieces are never joined in memory: a large file made of parts costs no extra copy).
    @discardableResult
    public func write(_ path: String, pieces: [ArraySlice<UInt8>]) throws(Refusal) -> Outcome {
        try Self.validate(path)
        let size = pieces.reduce(0) { $0 + $1.count }
        let entry = OutputManifest.Entry(size: Int64(size), hash: ContentHash.hash(pieces: pieces))
        return try write(path, entry: entry) { fd in
            for piece in pieces {
                let written = piece.withUnsafeBufferPointer { WriteAll.write($0, to: fd) }
                if !written { return false }
            }
            return true
        }
    }

    /// Writes `bytes` to `path` (relative, `/`-separated) unless the file already holds them.
    @discardableResult
    func write(_ path: String, buffer bytes: UnsafeBufferPointer<UInt8>) throws(Refusal) -> Outcome {
        try Self.validate(path)
        let entry = OutputManifest.Entry(size: Int64(bytes.count), hash: ContentHash.hash(bytes))
        return try write(path, entry: entry) { fd in WriteAll.write(bytes, to: fd) }
    }

    /// Records `entry` for `path` and writes the file with `body` unless the file already holds
    /// content with that size and hash.
    private func write(_ path: String, entry: OutputManifest.Entry, body: (Int32) -> Bool) throws(Refusal)
        -> Outcome
    {
        let old = previous.entries[path]
        state.withLock {
            $0.written[path] = entry
            if old != entry { $0.differs = true }
        }
        let absolute = root + "/" + path
        if let old, old == entry, isAsLeft(path, LocalFileSystem().info(absolute), entry) {
            return .unchanged
        }
        try startManifest()
        try ensureFolders(for: path)
        try atomicWrite(to: absolute, folder: Self.parent(of: absolute), body: body)
        state.withLock { $0.wroteFiles = true }
        return .written
    }

    /// Keeps the files of `paths` the last build wrote, as they are (an incremental build did not
    /// need to render them), with one lock for all; returns how many were kept. A file that is
    /// not there any more as radar left it is not kept: it must be written again.
    @discardableResult
    public func keep(all paths: [String]) -> Int {
        let trusted = isTrusted
        var kept: [(path: String, entry: OutputManifest.Entry)] = []
        kept.reserveCapacity(paths.count)
        for path in paths {
            guard let entry = keptEntry(path, trusted: trusted) else { continue }
            kept.append((path, entry))
        }
        state.withLock { state in
            for item in kept { state.written[item.path] = item.entry }
        }
        return kept.count
    }

    /// Keeps the file the last build wrote at `path` as it is now, even if changed since (a page
    /// this build could not make, a theme error stopping it): a page is never removed for that.
    /// Recorded with the last build's entry, so the next build that can make it writes it again.
    /// Returns whether there was such a page.
    @discardableResult
    public func keepAsItIs(_ path: String) -> Bool {
        guard let entry = previous.entries[path], entry.size >= 0,
            LocalFileSystem().info(root + "/" + path)?.kind == .regular
        else { return false }
        state.withLock { $0.written[path] = entry }
        return true
    }

    /// Whether `paths` (each once) are exactly the files the last build here recorded.
    public func recordedExactly(_ paths: [String]) -> Bool {
        paths.count == previous.entries.count && paths.allSatisfy { previous.entries[$0] != nil }
    }

    /// Whether the folder is exactly as the last build here left it (see `verify`), so kept
    /// files need no check each.
    public var isTrusted: Bool { state.withLock { $0.intact }?.wait().intact ?? false }

    /// What the look at a folder the last build left (its manifest the cache's) found.
    struct LastBuildsFiles: Sendable {
        /// Whether every file that build wrote is as it left it.
        var intact: Bool
        /// The files added since by someone else: the folder now holds files radar did not
        /// write, and is refused as a full build refuses it.
        var added: [String]
    }

    /// Whether `path` is still as the last build wrote it (so it can be kept).
    public func canKeep(_ path: String) -> Bool {
        keptEntry(path, trusted: isTrusted) != nil
    }

    /// The last build's entry for `path` when the file is still as that build wrote it: in a
    /// `trusted` folder, any entry of a finished write; otherwise only when the file on disk
    /// has its size and was not changed since.
    private func keptEntry(_ path: String, trusted: Bool) -> OutputManifest.Entry? {
        guard let entry = previous.entries[path], entry.size >= 0 else { return nil }
        return trusted || isAsLeft(path, LocalFileSystem().info(root + "/" + path), entry) ? entry : nil
    }

    /// Whether the file at `path`, found as `info`, is as the last build left it: a regular file
    /// of the size the manifest records, not modified since the manifest was written. Its
    /// status-change time says so too: a file edited and then given its old modification time
    /// back (`touch -d`, `cp -a`) has a new one.
    ///
    /// File times tick coarsely (a few milliseconds on many systems), so a file modified in the
    /// tick the manifest was written in may have been changed just after it: its content is
    /// compared with the manifest's hash.
    @Sendable private func isAsLeft(_ path: String, _ info: FileInfo?, _ entry: OutputManifest.Entry) -> Bool
    {
        guard let info, entry.size >= 0, info.kind == .regular, info.size == entry.size else { return false }
        let latest = max(info.modified, info.changed)
        guard latest <= previousStamp else { return false }
        guard latest == previousStamp else { return true }
        guard let bytes = try? LocalFileSystem().read(root + "/" + path, limit: entry.size + 1) else {
            return false
        }
        return bytes.count == entry.size && ContentHash.hash(bytes) == entry.hash
    }

    /// Whether every file the last build's manifest lists is as that build left it; looked at
    /// on every core, from the open output folder, in the manifest's (sorted) order: looking up
    /// neighbouring paths one after another is quicker.
    private func everyFileIsAsLeft() -> Bool {
        guard let folder = LocalFileSystem().openFolder(root) else { return false }
        let descriptor = folder.descriptor
        return withExtendedLifetime(folder) {
            (previous.entriesAsRead ?? previous.entries.map { $0 }).parallelAllSatisfy { path, entry in
                isAsLeft(path, LocalFileSystem().info(path, inFolder: descriptor), entry)
            }
        }
    }

    /// Removes radar's own files that this build did not write, and empty folders they leave,
    /// then records the new manifest.
    public func finish() throws(Refusal) {
        let (written, unchanged) = state.withLock { state in
            (state.written, !state.wroteFiles && !state.startedManifest && !state.differs)
        }
        if unchanged, previousStamp != 0, previous.isComplete, written.count == previous.entries.count {
            // Every path recorded has the last build's entry, and there are as many: nothing is
            // stale and the manifest stands as it is.
            state.withLock { $0.finalHash = previousHash }
            return
        }
        var stale = previous.entries.keys.filter { written[$0] == nil }.sorted()
        stale.reverse()
        var plainFolders: Set<String> = [""]
        for path in stale {
            // Never through a folder replaced by a symlink since: the file would be someone else's.
            guard isInPlainFolders(path, known: &plainFolders) else { continue }
            let absolute = root + "/" + path
            if LocalFileSystem().info(absolute)?.kind == .regular { unlink(absolute) }
            var folder = Self.parent(of: path)
            while !folder.isEmpty, rmdir(root + "/" + folder) == 0 { folder = Self.parent(of: folder) }
        }
        let manifest = OutputManifest(entries: written).inReadOrder(of: previous)
        let (wroteFiles, started) = state.withLock { ($0.wroteFiles, $0.startedManifest) }
        // The flags first: comparing two manifests of 17,000 entries is asked only when no file
        // was written.
        if previousStamp == 0 || wroteFiles || started || manifest != previous {
            try writeManifest(manifest)
        } else {
            state.withLock { $0.finalHash = previousHash }
        }
    }

    /// Removes what the last build wrote where the new file `path` goes and this build does not
    /// write again: a file of its at one of `path`'s folders, or a folder at `path` holding only
    /// its files (a folder holding anything else is left, and refused as foreign).
    /// - Returns: whether anything is still at `path`.
    private func clearingStaleFiles(at path: String, planned: Set<String>) -> Bool {
        let fileSystem = LocalFileSystem()
        var known: Set<String> = [""]
        var folder = Self.parent(of: path)
        while !folder.isEmpty {
            if previous.entries[folder] != nil, !planned.contains(folder),
                isInPlainFolders(folder, known: &known),
                fileSystem.info(root + "/" + folder)?.kind == .regular
            {
                unlink(root + "/" + folder)
            }
            folder = Self.parent(of: folder)
        }
        guard let info = fileSystem.info(root + "/" + path) else { return false }
        guard info.kind == .directory, isInPlainFolders(path, known: &known) else { return true }
        var files: [String] = []
        var folders: [String] = []
        var pending = [path]
        while let current = pending.popLast() {
            folders.append(current)
            guard let entries = try? fileSystem.entriesWithKinds(of: root + "/" + current) else {
                return true
            }
            for (name, kind) in entries {
                let relative = current + "/" + name
                if kind == .directory {
                    pending.append(relative)
                } else if kind == .regular, previous.entries[relative] != nil, !planned.contains(relative) {
                    files.append(relative)
                } else {
                    return true  // someone else's, or a page this build writes: left as it is
                }
            }
        }
        // Folders without a file of the last build's are not its to remove.
        guard !files.isEmpty else { return true }
        for file in files { unlink(root + "/" + file) }
        for folder in folders.reversed() { rmdir(root + "/" + folder) }
        return fileSystem.info(root + "/" + path) != nil
    }

    /// Whether every folder on the way to `path` is a plain folder (not a symlink), checking
    /// each once: `known` holds the folders found plain so far.
    private func isInPlainFolders(_ path: String, known: inout Set<String>) -> Bool {
        var folder = Self.parent(of: path)
        var unchecked: [String] = []
        while !known.contains(folder) {
            unchecked.append(folder)
            folder = Self.parent(of: folder)
        }
        for folder in unchecked.reversed() {
            guard LocalFileSystem().info(root + "/" + folder)?.kind == .directory else { return false }
            known.insert(folder)
        }
        return true
    }

    /// Lets another build write into the folder (see `init`'s `waitingForLock`); the build is
    /// over, though this writer may be kept until the process ends.
    public func releaseLock() {
        lock?.release()
    }

    /// How many files this build has handed to `write`.
    public var writtenCount: Int { state.withLock { $0.written.count } }
}

// MARK: - Helpers

extension OutputWriter {
    private func writeManifest(_ manifest: OutputManifest) throws(Refusal) {
        let bytes = manifest.bytes
        try atomicWrite(to: root + "/" + OutputManifest.fileName, folder: root) { fd in
            bytes.withUnsafeBufferPointer { WriteAll.write($0, to: fd) }
        }
        if manifest.isComplete {
            let hash = ContentHash.hash(bytes)
            state.withLock { $0.finalHash = hash }
        }
    }

    /// Writes the in-progress manifest once, before anything else is written.
    private func startManifest() throws(Refusal) {
        // Under the lock: no other file may be written before this manifest is in place.
        let failure = manifestStart.withLock { started -> Refusal? in
            guard !started, let union = state.withLock({ $0.union }) else { return nil }
            if case .failure(let error) = Result(catching: { () throws(Refusal) in try writeManifest(union) })
            {
                return error
            }
            started = true
            state.withLock { $0.startedManifest = true }
            return nil
        }
        if let failure { throw failure }
    }

    /// The hash of the manifest the build left (the build cache records it).
    public var manifestHash: UInt64 { state.withLock { $0.finalHash } }

    /// Writes a temporary file with `body` (false on a write error, `errno` set), then renames
    /// it over `path`: a reader never sees a half-written file.
    private func atomicWrite(to path: String, folder: String, body: (Int32) -> Bool) throws(Refusal) {
        let number = state.withLock { state -> Int in
            state.counter += 1
            return state.counter
        }
        let temporary = folder + "/" + Self.temporaryPrefix + "\(Self.processID)-\(number)"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else { throw Refusal(message: "cannot write '\(path)': \(Self.lastError())") }
        guard body(fd) else {
            let reason = Self.lastError()
            close(fd)
            unlink(temporary)
            throw Refusal(message: "cannot write '\(path)': \(reason)")
        }
        close(fd)
        guard rename(temporary, path) == 0 else {
            let reason = Self.lastError()
            unlink(temporary)
            throw Refusal(message: "cannot write '\(path)': \(reason)")
        }
    }

    /// This process's id, which names its temporary files.
    private static let processID = getpid()

    /// Creates the folders of `path` inside the root, refusing to pass through a symlink.
    private func ensureFolders(for path: String) throws(Refusal) {
        let folder = Self.parent(of: path)
        if state.withLock({ $0.verifiedFolders.contains(folder) }) { return }
        // The folders below the deepest one already verified (usually the parent: most pages
        // are alone in a new folder), outermost first.
        var missing = [folder]
        var ancestor = Self.parent(of: folder)
        while state.withLock({ !$0.verifiedFolders.contains(ancestor) }) {
            missing.append(ancestor)
            ancestor = Self.parent(of: ancestor)
        }
        for current in missing.reversed() {
            let absolute = root + "/" + current
            // A folder this call creates is a plain folder; one that exists is looked at
            // (`mkdir` never follows a symlink in the last place).
            if mkdir(absolute, 0o755) != 0 {
                guard errno == EEXIST else {
                    throw Refusal(message: "cannot create folder '\(current)': \(Self.lastError())")
                }
                guard LocalFileSystem().info(absolute)?.kind == .directory else {
                    throw Refusal(
                        message:
                            "'\(current)' in the output folder is not a plain folder (a symlink?); radar never writes through it"
                    )
                }
            }
            state.withLock { _ = $0.verifiedFolders.insert(current) }
        }
    }

    /// The files radar did not write, in the folders `start` and below (entering only the
    /// subfolders `entering` allows), ignoring dotfiles. When there are none and the folder
    /// has a manifest (it is radar's), removes radar's own temporary files there, which only a
    /// killed build leaves; a folder that is refused is left as it is.
    private func filesRadarDidNotWrite(from start: [String], entering: (String) -> Bool) -> [String] {
        var foreign: [String] = []
        var temporaries: [String] = []
        var folders = start
        let fileSystem = LocalFileSystem()
        while let folder = folders.popLast() {
            let absolute = folder.isEmpty ? root : root + "/" + folder
            // Kinds come from the directory entries: no `stat` per file of a large site. A
            // symlink is not a folder here, so the walk never leaves the output folder.
            guard let entries = try? fileSystem.entriesWithKinds(of: absolute) else { continue }
            for (name, kind) in entries {
                let relative = folder.isEmpty ? name : folder + "/" + name
                if name.hasPrefix(".") {
                    if name.hasPrefix(Self.temporaryPrefix) { temporaries.append(absolute + "/" + name) }
                    continue
                }
                if kind == .directory {
                    if entering(relative) { folders.append(relative) }
                } else if previous.entries[relative] == nil {
                    foreign.append(relative)
                }
            }
        }
        if foreign.isEmpty, previousStamp != 0 {
            for temporary in temporaries { unlink(temporary) }
        }
        return foreign
    }

    /// The files someone else added to the folder since the last build here finished, when its
    /// manifest is the cache's, without walking every folder: a file added (or removed) changes
    /// its folder's status-change time, which no one can set back (`touch`, `cp -a` and
    /// `rsync -t` set the modification time, and change the other), and every folder the last
    /// build wrote in was last changed before it wrote its manifest. So only the top level
    /// (which renaming the manifest changes), the folders changed since, and any folder that
    /// build did not make are listed. A folder of that build's that is now something else (a
    /// symlink to elsewhere) is itself someone else's.
    private func filesAddedSinceLastBuild() -> [String] {
        guard let open = LocalFileSystem().openFolder(root) else { return [] }
        let folders = Self.folders(of: previous.entriesAsRead?.map(\.key) ?? previous.entries.keys.sorted())
        let descriptor = open.descriptor
        let looks = withExtendedLifetime(open) {
            folders.parallelMap { folder -> (folder: String, replaced: Bool)? in
                guard let info = LocalFileSystem().info(folder, inFolder: descriptor) else { return nil }
                if info.kind != .directory { return (folder, true) }
                return info.changed >= previousStamp ? (folder, false) : nil
            }
        }.compactMap { $0 }
        let replaced = looks.filter(\.replaced).map(\.folder)
        guard replaced.isEmpty else { return replaced }
        let changed = looks.map(\.folder)
        // Which folders the last build made: only the top level is listed when none changed,
        // so only its folders are asked about then.
        let known = Set(changed.isEmpty ? folders.filter { !$0.contains("/") } : folders)
        return filesRadarDidNotWrite(from: [""] + changed) { !known.contains($0) }
    }

    /// Every folder (not the top level) that holds one of `paths` or holds such a folder, each
    /// once when `paths` are sorted by their bytes: the paths under one folder are then next to
    /// each other, so a folder is new exactly where a path's folder parts from the last path's.
    /// Byte by byte, making a string only for each folder (a site has one per page).
    static func folders(of paths: [String]) -> [String] {
        var folders: [String] = []
        folders.reserveCapacity(paths.count)
        var last: [UInt8] = []  // the last path's folder
        let slash = UInt8(ascii: "/")
        for var path in paths {
            path.withUTF8 { bytes in
                guard let end = bytes.lastIndex(of: slash) else {
                    last.removeAll()
                    return
                }
                let folder = UnsafeBufferPointer(rebasing: bytes[..<end])
                var same = 0
                while same < folder.count, same < last.count, folder[same] == last[same] { same += 1 }
                if same == folder.count, same == last.count || last[same] == slash {
                    // This folder, or one below it, was the last path's: made already.
                    last.removeSubrange(same...)
                    return
                }
                // Folders from the first part this path does not share with the last one's.
                var from = same == last.count && same < folder.count && folder[same] == slash ? same + 1 : 0
                if from == 0, let shared = folder[..<same].lastIndex(of: slash) { from = shared + 1 }
                for index in from..<folder.count where folder[index] == slash {
                    folders.append(
                        String(decoding: UnsafeBufferPointer(rebasing: folder[..<index]), as: UTF8.self))
                }
                folders.append(String(decoding: folder, as: UTF8.self))
                last.removeAll(keepingCapacity: true)
                last.append(contentsOf: folder)
            }
        }
        return folders
    }

    /// How the names of the temporary files radar writes a file to, before renaming or linking
    /// it into place, begin (SPEC §6): here, and beside a new note (`NoteWriter`).
    static let temporaryPrefix = ".radar-tmp-"

    /// The refusal to build into a folder holding `foreign` files, radar did not write.
    private func foreignFiles(_ foreign: [String]) -> Refusal {
        let shown = foreign.sorted().prefix(3).joined(separator: ", ")
        let more = foreign.count > 3 ? " and \(foreign.count - 3) more" : ""
        return Refusal(
            message:
                "refusing to build into '\(output)': it holds files radar did not write (\(shown)\(more)); choose an empty folder, or remove them (a file to publish with the site, such as a CNAME, goes in the vault's static/ folder)"
        )
    }

    static func validate(_ path: String) throws(Refusal) {
        guard isPlain(path) else {
            throw Refusal(message: "refusing to write '\(path)': not a plain path inside the output folder")
        }
    }

    /// Whether `path` is relative, has no empty, `.` or `..` component, no component named like
    /// radar's own files (`.radar-…`), and no NUL, line feed or tab: one pass over its bytes.
    private static func isPlain(_ path: String) -> Bool {
        guard !path.isEmpty else { return false }
        let radar = Array(".radar-".utf8)
        // The current component: its length, and its first bytes (up to `radar.count`).
        var length = 0
        var head: [UInt8] = []
        head.reserveCapacity(radar.count)
        func componentIsPlain() -> Bool {
            !(length == 0 || (length == 1 && head == [0x2E]) || (length == 2 && head == [0x2E, 0x2E])
                || head == radar)
        }
        for byte in path.utf8 {
            switch byte {
            case 0, UInt8(ascii: "\n"), UInt8(ascii: "\t"):
                return false
            case UInt8(ascii: "/"):
                guard componentIsPlain() else { return false }
                length = 0
                head.removeAll(keepingCapacity: true)
            default:
                length += 1
                if head.count < radar.count { head.append(byte) }
            }
        }
        return componentIsPlain()
    }

    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    private static func makeFolders(_ path: String, mode: mode_t) throws(Refusal) {
        var current = path.hasPrefix("/") ? "" : "."
        let components = path.split(separator: "/")
        for (index, component) in components.enumerated() {
            current += "/" + component
            if mkdir(current, index == components.count - 1 ? mode : 0o755) != 0 && errno != EEXIST {
                throw Refusal(message: "cannot create the output folder '\(path)': \(lastError())")
            }
        }
    }

    private static func lastError() -> String {
        String(cString: strerror(errno))
    }
}
