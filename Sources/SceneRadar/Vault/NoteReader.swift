import Glibc

/// A note's text, decoded: UTF-8, a leading BOM skipped, CRLF (and lone CR) turned into LF.
public struct NoteSource: Sendable {
    /// The file it came from.
    public var file: NoteFile
    /// The decoded text.
    public var text: String

    /// Creates a note source.
    public init(file: NoteFile, text: String) {
        self.file = file
        self.text = text
    }
}

/// Reads notes from the file system and decodes them, turning every failure into a diagnostic.
public struct NoteReader: Sendable {
    private let fileSystem: any FileSystem
    private let limits: Limits

    /// Creates a reader.
    public init(fileSystem: any FileSystem, limits: Limits = .standard) {
        self.fileSystem = fileSystem
        self.limits = limits
    }

    /// Reads and decodes `file`; a note inside `folder` is opened by its name in it.
    public func read(_ file: NoteFile, in folder: OpenFolder? = nil) -> Result<NoteSource, Diagnostic> {
        let location = SourceLocation(file: file.displayPath)
        let bytes: [UInt8]
        switch Result(catching: { () throws(FileReadError) in
            try fileSystem.read(file.absolutePath, in: folder, limit: limits.maxNoteBytes)
        }) {
        case .success(let read):
            bytes = read
        case .failure(.tooLarge(let size)):
            return .failure(
                Diagnostic(
                    .limit,
                    "note is \(size) bytes; the largest note radar reads is \(limits.maxNoteBytes) bytes",
                    at: location, notes: [.init("split it into smaller notes (docs/limits.md)")]))
        case .failure(let failure):
            // radar.yml holds the settings, not a note.
            let what = file.role == .config ? "the settings" : "note"
            return .failure(Diagnostic(.io, "cannot read \(what): \(failure)", at: location))
        }
        return TextDecoding.decode(bytes, file: file.displayPath).map { NoteSource(file: file, text: $0) }
    }
}

extension NoteReader {
    /// The folder holding `file`, held open to read it and its neighbours; `nil` when the file
    /// system has no open folders or the folder cannot be opened (each note is then opened by
    /// its absolute path, which reports any problem).
    public func openFolder(containing file: NoteFile) -> OpenFolder? {
        guard let slash = file.absolutePath.utf8.lastIndex(of: UInt8(ascii: "/")) else { return nil }
        return fileSystem.openFolder(String(file.absolutePath[..<slash]))
    }
}

/// UTF-8 decoding with the rules of SPEC §2.
public enum TextDecoding {
    /// Decodes `bytes` as UTF-8, skipping a BOM and normalising line ends to LF; invalid UTF-8
    /// is an `encoding` error naming the byte offset (and its line and column) and calling the
    /// file what it is (`kind`: a note, a template).
    public static func decode(_ bytes: [UInt8], file: String, kind: String = "note") -> Result<
        String, Diagnostic
    > {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard var text = UTF8Validation.string(body) else {
            let offset = firstInvalidOffset(in: bytes)
            let (line, column) = position(ofByte: offset, in: bytes)
            return .failure(
                Diagnostic(
                    .encoding, "invalid UTF-8 at byte offset \(offset); radar reads \(kind)s as UTF-8 only",
                    at: SourceLocation(file: file, line: line, column: column),
                    notes: [.init("re-save the \(kind) as UTF-8 in your editor")]))
        }
        let hasCarriageReturn = text.utf8.withContiguousStorageIfAvailable { buffer in
            buffer.baseAddress.map { memchr($0, 0x0D, buffer.count) != nil } ?? false
        }
        if hasCarriageReturn ?? true {
            text = text.replacingCRLF()
        }
        return .success(text)
    }

    /// The offset of the first byte that does not belong to a valid UTF-8 sequence.
    static func firstInvalidOffset(in bytes: [UInt8]) -> Int {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED:
                length = 3
                upper = 0x9F
            case 0xF0:
                length = 4
                lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                upper = 0x8F
            default: return index
            }
            for step in 1..<length {
                guard index + step < bytes.count else { return index }
                let next = bytes[index + step]
                let (low, high) = step == 1 ? (lower, upper) : (UInt8(0x80), UInt8(0xBF))
                guard next >= low && next <= high else { return index }
            }
            index += length
        }
        return bytes.count
    }

    /// The 1-based line and column (in scalars of the valid prefix) of byte `offset`, counted as
    /// every other position is, in the decoded text: a BOM skipped, and LF, CRLF and a lone CR
    /// each ending a line.
    static func position(ofByte offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        var line = 1
        var column = 1
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var previous: UInt8 = 0
        for byte in bytes[min(start, offset)..<min(offset, bytes.count)] {
            if byte == 0x0A && previous == 0x0D {
                // The LF of a CRLF: the CR already ended the line.
            } else if byte == 0x0A || byte == 0x0D {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            previous = byte
        }
        return (line, column)
    }
}

extension String {
    /// CRLF and lone CR turned into LF.
    fileprivate func replacingCRLF() -> String {
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var previousCR = false
        for byte in utf8 {
            if byte == 0x0D {
                out.append(0x0A)
                previousCR = true
                continue
            }
            if byte == 0x0A && previousCR {
                previousCR = false
                continue
            }
            previousCR = false
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
