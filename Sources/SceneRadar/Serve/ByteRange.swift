/// A single `Range: bytes=…` request (RFC 9110 §14), which browsers send to seek in audio and video.
/// Multiple ranges and malformed values are ignored (the whole file is sent), as the RFC allows.
enum ByteRange: Sendable, Equatable {
    /// Send these bytes with 206 Partial Content.
    case satisfiable(Range<Int>)
    /// The range lies past the end: 416 with `Content-Range: bytes */size`.
    case unsatisfiable

    /// Interprets a `Range` header value for a file of `size` bytes; nil means "send it all".
    init?(header: String, size: Int) {
        guard header.hasPrefix("bytes="), !header.contains(",") else { return nil }
        let spec = header.dropFirst("bytes=".count)
        guard let dash = spec.firstIndex(of: "-") else { return nil }
        let first = spec[..<dash]
        let last = spec[spec.index(after: dash)...]
        if first.isEmpty {
            // Suffix form: the last N bytes.
            guard let suffix = Self.number(last) else { return nil }
            guard suffix > 0, size > 0 else {
                self = .unsatisfiable
                return
            }
            self = .satisfiable(max(0, size - suffix)..<size)
            return
        }
        guard let start = Self.number(first) else { return nil }
        var end = size - 1
        if !last.isEmpty {
            guard let given = Self.number(last), given >= start else { return nil }
            end = min(given, size - 1)
        }
        guard start < size else {
            self = .unsatisfiable
            return
        }
        self = .satisfiable(start..<(end + 1))
    }

    private static func number(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.count <= 18, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            return nil
        }
        return Int(text)
    }
}
