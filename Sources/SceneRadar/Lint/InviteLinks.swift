import Glibc

/// Chat invite links (SPEC §5, `privacy.invite-link`): publishing one sends tourists into a
/// community's own room.
enum InviteLinks {
    /// Host and path prefixes of invite links, lowercased, without `www.`.
    static let patterns: [String] = [
        "discord.gg/", "discord.com/invite/", "ptb.discord.com/invite/", "canary.discord.com/invite/",
        "discordapp.com/invite/", "discord.me/",
        "t.me/+", "t.me/joinchat/", "telegram.me/+", "telegram.me/joinchat/", "telegram.dog/joinchat/",
        "chat.whatsapp.com/", "signal.group/", "groupme.com/join_group/", "line.me/r/ti/g/",
        "open.kakao.com/o/",
    ]

    /// Hosts that serve invite links (lowercased, without `www.`, as `WebURL.host` keeps them).
    static let hosts: Set<String> = [
        "discord.gg", "discord.com", "ptb.discord.com", "canary.discord.com", "discordapp.com", "discord.me",
        "t.me", "telegram.me", "telegram.dog",
        "chat.whatsapp.com", "signal.group", "groupme.com", "line.me", "open.kakao.com",
    ]

    /// The last label before the final dot of each host ("discord" of "discord.gg"): a cheap
    /// filter for free text, checked only where a dot is followed by a letter.
    private static let hostStems: [[UInt8]] = [
        "discord", "discordapp", "t", "telegram", "whatsapp", "signal", "groupme", "line", "kakao",
    ].map { Array($0.utf8) }

    /// Whether `url` is an invite link.
    static func isInvite(_ url: WebURL) -> Bool {
        guard hosts.contains(url.host) else { return false }
        let lowered = ByteSearch.asciiLowercased(url.text)
        var start = 0
        for scheme in ["https://", "http://"] where lowered.starts(with: Array(scheme.utf8)) {
            start = scheme.utf8.count
            break
        }
        if lowered[start...].starts(with: Array("www.".utf8)) { start += 4 }
        return matchLength(lowered, at: start) != nil
    }

    /// Invite links in free text (a note body), with their 1-based line and column offsets
    /// relative to the text.
    static func find(in text: String) -> [(line: Int, column: Int, text: String)] {
        guard mayContainInvite(text) else { return [] }
        let lowered = ByteSearch.asciiLowercased(text)
        var starts: [Int] = []
        lowered.withUnsafeBufferPointer { hay in
            for pattern in patterns {
                var needle = pattern
                needle.withUTF8 { pin in
                    var from = 0
                    while let offset = ByteSearch.firstOffset(of: pin, in: hay, from: from) {
                        starts.append(offset)
                        from = offset + 1
                    }
                }
            }
        }
        guard !starts.isEmpty else { return [] }
        var found: [(Int, Int, String)] = []
        let bytes = Array(text.utf8)
        let positions = TextPositions(bytes)
        var taken = -1
        for start in starts.sorted() where start > taken {
            guard let length = matchLength(lowered, at: start) else { continue }
            // Include a scheme and `www.` written just before the host.
            var begin = start
            for prefix in ["www.", "https://", "http://"] {
                let bytes = Array(prefix.utf8)
                if begin >= bytes.count, Array(lowered[(begin - bytes.count)..<begin]) == bytes {
                    begin -= bytes.count
                }
            }
            // A scheme or `www.` marks the start whatever comes before it (`加入：https://…`).
            guard begin < start || isBoundary(lowered, before: begin) else { continue }
            let end = start + length
            taken = end
            let (line, column) = positions.position(of: begin)
            found.append((line, column, String(decoding: bytes[begin..<end], as: UTF8.self)))
        }
        return found
    }

    /// One pass with `memchr` over the dots: true when some dot that is followed by a letter
    /// ends one of the hosts' stems. Prose has many dots but few inside words.
    private static func mayContainInvite(_ text: String) -> Bool {
        // The shortest invite, `t.me/+x`, has 7 bytes: most names and words are settled here.
        guard text.utf8.count >= 7 else { return false }
        if let found = text.utf8.withContiguousStorageIfAvailable(mayContainInvite) { return found }
        var text = text
        return text.withUTF8(mayContainInvite)
    }

    private static func mayContainInvite(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var position = 0
        while position < bytes.count,
            let hit = memchr(base + position, 0x2E, bytes.count - position)
        {
            let dot = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            position = dot + 1
            guard position < bytes.count, (bytes[position] | 0x20) >= 0x61,
                (bytes[position] | 0x20) <= 0x7A
            else {
                continue
            }
            for stem in hostStems where dot >= stem.count {
                var matches = true
                for (offset, byte) in stem.enumerated()
                where (bytes[dot - stem.count + offset] | 0x20) != byte {
                    matches = false
                    break
                }
                if matches { return true }
            }
        }
        return false
    }

    /// A bare host starts a link unless it continues a longer host name: after an ASCII letter,
    /// digit, '.' or '-' (`notdiscord.gg`). Anything else may come before it, other scripts and
    /// punctuation included (`“discord.gg/…”`, `加入discord.gg/…`): a privacy rule errs towards
    /// finding the link.
    private static func isBoundary(_ bytes: [UInt8], before offset: Int) -> Bool {
        guard offset > 0 else { return true }
        let previous = bytes[offset - 1]
        let isWord =
            (previous >= 0x61 && previous <= 0x7A) || (previous >= 0x30 && previous <= 0x39)
            || previous == 0x2E || previous == 0x2D
        return !isWord
    }

    /// The length of the invite link starting at `offset` (its host), or `nil`.
    private static func matchLength(_ bytes: [UInt8], at offset: Int) -> Int? {
        let rest = bytes[offset...]
        guard let pattern = patterns.first(where: { rest.starts(with: Array($0.utf8)) }) else { return nil }
        var end = offset + pattern.utf8.count
        let codeStart = end
        while end < bytes.count {
            let byte = bytes[end]
            // White space, `)`, `]`, `>`, `"`, `'`, `<`, a backquote, and any non-ASCII byte
            // (closing quotes and guillemets: invite codes are ASCII).
            if byte <= 0x20 || byte == 0x29 || byte == 0x5D || byte == 0x3E || byte == 0x22 || byte == 0x27
                || byte == 0x3C || byte == 0x60 || byte >= 0x80
            {
                break
            }
            end += 1
        }
        // Sentence punctuation and emphasis after a link are not part of it.
        while end > codeStart, [0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x2A, 0x5F].contains(bytes[end - 1]) {
            end -= 1
        }
        return end > codeStart ? end - offset : nil
    }
}
