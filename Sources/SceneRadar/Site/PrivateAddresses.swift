import Foundation

/// Private people's own addresses (the `links` and `support` of their notes, and every address
/// written in a person note with errors or one radar does not read), and the look for an
/// address that is one of them or under one: written in another field, it would still say who
/// they are.
///
/// Addresses are compared by host and path, whatever the scheme, a user name, a port, case, a
/// leading `www.`, `m.` or `mobile.` (`www.m.` too), a segment's `;` parameters (`;jsessionid=…`),
/// percent-escapes, dot segments, doubled or trailing `/`, and
/// the forms of an international host (`xn--` labels, full-width letters and dots), and another
/// name of the same site or page (`Address.sameSite`: `x.com`, `youtu.be/ID`, `/intl-de/`):
/// `https://user@M.SoundCloud.com:443/./nneka//sets` is `soundcloud.com/nneka/sets`, under
/// `soundcloud.com/nneka`. Every address under a private one is hers, whatever its query (a
/// profile shared with `?s=21` is the profile). Where a query is what names the page
/// (`youtube.com/watch?v=abc`, a script's page such as `profile.php?id=1`), the address covers
/// only those with its parameters; tracking parameters (`utm_…`, `ref`, `si`, …) never count.
/// A fragment is a place on a page, except a route (`#/artist/nneka`, `#!/…`), which covers
/// that route and those under it.
struct PrivateAddresses: Sendable {
    /// Addresses known by their host and path.
    private var paths: Set<String> = []
    /// Addresses known by their query: host and path → each one's parameters.
    private var queries: [String: [Set<String>]] = [:]
    /// Addresses known by their fragment: host and path → fragments.
    private var fragments: [String: [String]] = [:]
    /// The hosts of all of them, by `hostHash`: an address on another host (nearly every one) is
    /// told apart without reading it all.
    private var hosts: Set<UInt64> = []

    var isEmpty: Bool { paths.isEmpty && queries.isEmpty && fragments.isEmpty }

    /// Adds the address written `text` (one that is not an http or https address is ignored).
    mutating func insert(_ text: String) {
        guard let address = Address(text) else { return }
        hosts.insert(FNV1a.hash64(address.host))
        if address.fragmentRoutes, let fragment = address.fragment {
            fragments[address.hostPath, default: []].append(fragment)
        } else if !address.parameters.isEmpty && address.isNamedByItsQuery {
            queries[address.hostPath, default: []].append(Set(address.parameters))
        } else {
            paths.insert(address.hostPath)
        }
    }

    /// Whether the address written `text` is one of these or under one.
    func contains(_ text: String) -> Bool {
        guard !isEmpty else { return false }
        if let host = Self.hostHash(text), !hosts.contains(host) { return false }
        guard let address = Address(text) else { return false }
        if let known = queries[address.hostPath] {
            let parameters = Set(address.parameters)
            if known.contains(where: { $0.isSubset(of: parameters) }) { return true }
        }
        if let known = fragments[address.hostPath], let fragment = address.fragment,
            known.contains(where: { fragment == $0 || fragment.hasPrefix($0 + "/") })
        {
            return true
        }
        guard !paths.isEmpty else { return false }
        var key = address.hostPath[...]
        while true {
            if paths.contains(String(key)) { return true }
            // One path segment up, down to the host (segments hold no empty ones).
            guard key.utf8.count > address.host.utf8.count, let slash = key.lastIndex(of: "/") else {
                return false
            }
            key = key[..<slash]
        }
    }

    /// The FNV-1a hash of the host of the address written `text` as `Address` reads it, read in
    /// place; nil when only reading it all can tell (not http or https, a percent-escape or an
    /// IPv6 literal in the host).
    static func hostHash(_ text: String) -> UInt64? {
        let hash = text.utf8.withContiguousStorageIfAvailable { bytes -> UInt64? in
            func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }
            func hasPrefix(_ prefix: StaticString, at start: Int, end: Int) -> Bool {
                guard end - start >= prefix.utf8CodeUnitCount else { return false }
                for offset in 0..<prefix.utf8CodeUnitCount
                where lower(bytes[start + offset]) != prefix.utf8Start[offset] {
                    return false
                }
                return true
            }
            let end = bytes.count
            guard
                let scheme = hasPrefix("https://", at: 0, end: end)
                    ? 8 : hasPrefix("http://", at: 0, end: end) ? 7 : nil
            else { return nil }
            var authorityEnd = scheme
            var hostStart = scheme
            while authorityEnd < end {
                let byte = bytes[authorityEnd]
                if byte == 0x2F || byte == 0x3F || byte == 0x23 { break }
                if byte == 0x40 { hostStart = authorityEnd + 1 }
                authorityEnd += 1
            }
            var hostEnd = hostStart
            while hostEnd < authorityEnd, bytes[hostEnd] != 0x3A {
                if bytes[hostEnd] == 0x25 || bytes[hostEnd] == 0x5B { return nil }
                hostEnd += 1
            }
            while hostEnd > hostStart, bytes[hostEnd - 1] == 0x2E { hostEnd -= 1 }
            // `www.m.` and the like: each such label off while a name is left.
            var stripping = true
            while stripping {
                stripping = false
                for prefix: StaticString in ["www.", "m.", "mobile."]
                where hasPrefix(prefix, at: hostStart, end: hostEnd) {
                    let rest = hostStart + prefix.utf8CodeUnitCount
                    if (rest..<hostEnd).contains(where: { bytes[$0] == 0x2E }) {
                        hostStart = rest
                        stripping = true
                    }
                    break
                }
            }
            // Beyond ASCII, and in an `xn--` label, `Address` reads an international name: only a
            // full read compares the same.
            for index in hostStart..<hostEnd {
                guard bytes[index] < 0x80 else { return nil }
                if bytes[index] == 0x2D, index >= hostStart + 2, index + 1 < hostEnd,
                    bytes[index + 1] == 0x2D,
                    lower(bytes[index - 1]) == 0x6E, lower(bytes[index - 2]) == 0x78
                {
                    return nil
                }
            }
            let hash = FNV1a.hash64(bytes: bytes[hostStart..<hostEnd].lazy.map(lower))
            // Another name of a site: `Address` reads it as the site's main host.
            return Self.aliasHostHashes.contains(hash) ? nil : hash
        }
        return hash ?? nil
    }

    /// The hashes of the hosts `Address` reads as another (`Address.hostAliases`, `youtu.be`).
    private static let aliasHostHashes = Set(
        (Array(Address.hostAliases.keys) + ["youtu.be"]).map { FNV1a.hash64($0) })

    /// Every http or https address written in `bytes` (a note radar could not read, or read with
    /// errors): from `http://` or `https://`, in any case, to the first space, quote or bracket,
    /// and also to the first comma or parenthesis, as the note's text is and with the escapes
    /// of double-quoted YAML (`\/`, `\x2F`, `\u006B`, a line continued by `\`) undone.
    static func addresses(in bytes: [UInt8]) -> [String] {
        var found: [String] = []
        var seen: Set<String> = []
        for text in [bytes, unescaped(bytes)] {
            let lowered = text.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
            let scheme: StaticString = "http"
            lowered.withUnsafeBufferPointer { hay in
                let needle = UnsafeBufferPointer(start: scheme.utf8Start, count: scheme.utf8CodeUnitCount)
                var index = 0
                while let start = ByteSearch.firstOffset(of: needle, in: hay, from: index) {
                    var end = start
                    while end < text.count, !Self.endsAnAddress(text[end]) { end += 1 }
                    var short = start
                    while short < end, !Self.mayEndAnAddress(text[short]) { short += 1 }
                    for stop in short == end ? [end] : [short, end] {
                        let candidate = String(decoding: text[start..<stop], as: UTF8.self)
                        if Address(candidate) != nil, seen.insert(candidate).inserted {
                            found.append(candidate)
                        }
                    }
                    index = max(end, start + 4)
                }
            }
        }
        return found
    }

    /// `bytes` with the escapes of double-quoted YAML undone where they may stand in an address.
    private static func unescaped(_ bytes: [UInt8]) -> [UInt8] {
        func hex(_ range: Range<Int>) -> UInt32? {
            guard range.upperBound <= bytes.count else { return nil }
            var value: UInt32 = 0
            for index in range {
                guard let digit = Int(String(UnicodeScalar(bytes[index])), radix: 16) else { return nil }
                value = value << 4 | UInt32(digit)
            }
            return value
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "\\"), index + 1 < bytes.count else {
                out.append(bytes[index])
                index += 1
                continue
            }
            let next = bytes[index + 1]
            let width =
                next == UInt8(ascii: "x")
                ? 2 : next == UInt8(ascii: "u") ? 4 : next == UInt8(ascii: "U") ? 8 : 0
            if width > 0, let value = hex((index + 2)..<(index + 2 + width)),
                let scalar = Unicode.Scalar(value)
            {
                out += Array(String(Character(scalar)).utf8)
                index += 2 + width
            } else if next == UInt8(ascii: "\n") || next == UInt8(ascii: "\r") {
                // A line continued by `\`: the break and the next line's indentation go.
                index += 1
                while index < bytes.count, [0x0A, 0x0D, 0x20, 0x09].contains(bytes[index]) { index += 1 }
            } else {
                out.append(next)
                index += 2
            }
        }
        return out
    }

    private static func mayEndAnAddress(_ byte: UInt8) -> Bool {
        endsAnAddress(byte) || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "(")
            || byte == UInt8(ascii: ")")
    }

    private static func endsAnAddress(_ byte: UInt8) -> Bool {
        byte <= 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\\")
            || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "{")
            || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
    }
}

/// An http or https address taken apart as `PrivateAddresses` compares it.
struct Address {
    /// The host, lowercased, without a user name, port, trailing dot, `www.`, `m.` or `mobile.`.
    var host: String
    /// The path's segments: percent-escapes decoded, lowercased, without `.`, `..` or empty ones.
    var path: [String]
    /// The host and the path joined: `soundcloud.com/nneka/sets`.
    var hostPath: String
    /// The query's parameters but tracking ones, decoded and lowercased.
    var parameters: [String]
    /// The fragment, decoded and lowercased, without the `/` or `!` it starts with; nil when empty.
    var fragment: String?
    /// Whether the fragment starts with `/` or `!`: a page's route, not a place on it.
    var fragmentRoutes: Bool

    /// Parameters that say where a link was found or shared, not whose the page is.
    private static let trackingParameters: Set<String> = [
        "ref", "ref_src", "ref_url", "si", "fbclid", "gclid", "igshid", "igsh", "feature", "from", "source",
        "mc_cid", "mc_eid", "_ga", "share", "app",
    ]

    init?(_ text: String) {
        var bytes = Array(text.utf8)
        func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }
        func hasPrefix(_ prefix: String, at start: Int, in bytes: [UInt8]) -> Bool {
            let prefix = Array(prefix.utf8)
            guard bytes.count - start >= prefix.count else { return false }
            return prefix.indices.allSatisfy { lower(bytes[start + $0]) == prefix[$0] }
        }
        guard
            let schemeEnd = hasPrefix("https://", at: 0, in: bytes)
                ? 8 : hasPrefix("http://", at: 0, in: bytes) ? 7 : nil
        else { return nil }
        bytes.removeFirst(schemeEnd)
        let authorityEnd = bytes.firstIndex { $0 == 0x2F || $0 == 0x3F || $0 == 0x23 } ?? bytes.count
        var host = Array(bytes[..<authorityEnd])
        if let at = host.lastIndex(of: 0x40) { host.removeFirst(at + 1) }
        if host.first == 0x5B {
            if let close = host.firstIndex(of: 0x5D) { host.removeSubrange((close + 1)...) }
        } else if let colon = host.firstIndex(of: 0x3A) {
            host.removeSubrange(colon...)
        }
        host = Self.decoded(host)
        if host.contains(where: { $0 >= 0x80 })
            || ByteSearch.contains(String(decoding: host, as: UTF8.self), "xn--")
        {
            host = Array(Self.internationalHost(String(decoding: host, as: UTF8.self)).utf8)
        }
        while host.last == 0x2E { host.removeLast() }
        // `www.m.` and the like: each such label off while a name is left.
        var stripping = true
        while stripping {
            stripping = false
            for prefix in ["www.", "m.", "mobile."] where hasPrefix(prefix, at: 0, in: host) {
                let rest = host.dropFirst(prefix.utf8.count)
                if rest.contains(0x2E) {
                    host = Array(rest)
                    stripping = true
                }
                break
            }
        }
        guard !host.isEmpty else { return nil }
        let rest = bytes[authorityEnd...]
        let queryStart = rest.firstIndex(of: 0x3F)
        let fragmentStart = rest.firstIndex(of: 0x23)
        let pathEnd = [queryStart, fragmentStart].compactMap { $0 }.min() ?? bytes.count
        var path: [String] = []
        for whole in bytes[authorityEnd..<pathEnd].split(separator: 0x2F, omittingEmptySubsequences: true) {
            // A segment's parameters (`;jsessionid=…`) do not name another page.
            let segment = whole.prefix { $0 != 0x3B }
            let text = Self.text(Self.decoded(Array(segment)))
            // A decoded %2F splits a segment too: the address is read as its server may read it.
            for part in text.split(separator: "/") {
                switch part {
                case ".": continue
                case "..": if !path.isEmpty { path.removeLast() }
                default: path.append(String(part))
                }
            }
        }
        var name = Self.text(host)
        var parameters: [String] = []
        Self.sameSite(host: &name, path: &path, parameters: &parameters)
        self.host = name
        self.path = path
        hostPath = path.isEmpty ? self.host : self.host + "/" + path.joined(separator: "/")
        if let queryStart, queryStart < (fragmentStart ?? bytes.count) {
            let query = bytes[(queryStart + 1)..<(fragmentStart ?? bytes.count)]
            for item in query.split(whereSeparator: { $0 == 0x26 || $0 == 0x3B }) {
                let parameter = Self.text(Self.decoded(Array(item)))
                let name = parameter.prefix { $0 != "=" }
                if Self.trackingParameters.contains(String(name)) || name.hasPrefix("utm_") { continue }
                parameters.append(parameter)
            }
        }
        self.parameters = parameters
        fragment = nil
        fragmentRoutes = false
        if let fragmentStart {
            var text = Self.text(Self.decoded(Array(bytes[(fragmentStart + 1)...])))[...]
            fragmentRoutes = text.first == "/" || text.first == "!"
            while let first = text.first, first == "/" || first == "!" { text = text.dropFirst() }
            while text.last == "/" { text = text.dropLast() }
            if !text.isEmpty { fragment = String(text) }
        }
    }

    /// Hosts that are another name of a site: the same page is under either.
    static let hostAliases: [String: String] = [
        "x.com": "twitter.com", "instagr.am": "instagram.com", "fb.com": "facebook.com",
        "music.youtube.com": "youtube.com", "youtube-nocookie.com": "youtube.com",
        "spotify.com": "open.spotify.com",
        "play.spotify.com": "open.spotify.com",
    ]

    /// The address as its site's main form: a host alias as its site's host (`x.com` is
    /// `twitter.com`), a YouTube video however linked (`youtu.be/ID`, `/shorts/ID`, `/embed/ID`,
    /// `/live/ID`) as `youtube.com/watch?v=ID`, and a Spotify page without the country it was
    /// shared from (`/intl-de/artist/ID`).
    private static func sameSite(host: inout String, path: inout [String], parameters: inout [String]) {
        if let main = hostAliases[host] { host = main }
        switch host {
        case "youtu.be":
            guard let video = path.first else { return }
            host = "youtube.com"
            path = ["watch"]
            parameters.append("v=" + video)
        case "youtube.com":
            guard path.count >= 2, ["shorts", "embed", "live", "v"].contains(path[0]) else { return }
            parameters.append("v=" + path[1])
            path = ["watch"]
        case "open.spotify.com":
            if let first = path.first, first.hasPrefix("intl-") { path.removeFirst() }
        default:
            return
        }
    }

    /// Query-named pages: a path whose query says which page it is (a video, a profile by id),
    /// where the path alone would cover every page of its kind.
    private static let queryNamedPaths: Set<String> = [
        "youtube.com/watch", "youtube.com/playlist", "music.youtube.com/watch", "music.youtube.com/playlist",
        "facebook.com/profile.php", "facebook.com/permalink.php", "facebook.com/story.php", "vimeo.com/album",
    ]

    /// Whether the address's query says which page it is: a known query-named path, or a
    /// script's page (`….php`, `….asp`, …), whose path alone is one for many pages.
    var isNamedByItsQuery: Bool {
        if Self.queryNamedPaths.contains(hostPath) { return true }
        guard let last = path.last, let dot = last.lastIndex(of: ".") else { return false }
        return ["php", "asp", "aspx", "jsp", "cgi", "pl", "cfm"].contains(last[last.index(after: dot)...])
    }

    /// An international host as one name, however written: `xn--` labels decoded, full-width
    /// letters and dots as their ASCII ones (NFKC, and the ideographic full stop as a dot),
    /// lowercased.
    private static func internationalHost(_ host: String) -> String {
        let decoded = Punycode.decodingHost(host).precomposedStringWithCompatibilityMapping.lowercased()
        var result = ""
        for scalar in decoded.unicodeScalars {
            result.unicodeScalars.append(scalar == "\u{3002}" || scalar == "\u{FF61}" ? "." : scalar)
        }
        return result
    }

    /// `bytes` with every `%XX` escape decoded and ASCII letters lowercased.
    private static func decoded(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x25, index + 2 < bytes.count, let high = HexDigit.value(bytes[index + 1]),
                let low = HexDigit.value(bytes[index + 2])
            {
                out.append(high << 4 | low)
                index += 3
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return out.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
    }

    /// Decoded bytes as text; an international one lowercased as Unicode too.
    private static func text(_ bytes: [UInt8]) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        return bytes.allSatisfy { $0 < 0x80 } ? text : text.lowercased()
    }
}
