/// Chat invite links (SPEC §5, `privacy.invite-link`): publishing one sends tourists into a
/// community's own room.
enum InviteLinks {
    /// Host and path prefixes of invite links, lowercased, without `www.`.
    static let patterns: [String] = [
        "discord.gg/", "discord.com/invite/", "discordapp.com/invite/", "discord.me/",
        "t.me/+", "t.me/joinchat/", "telegram.me/+", "telegram.me/joinchat/", "telegram.dog/joinchat/",
        "chat.whatsapp.com/", "signal.group/", "groupme.com/join_group/", "line.me/r/ti/g/",
        "open.kakao.com/o/",
    ]

    /// Whether `url` is an invite link.
    static func isInvite(_ url: WebURL) -> Bool {
        matchLength(in: Substring(url.text.lowercased()), afterScheme: true) != nil
    }

    /// Invite links in free text (a note body), with their 1-based line and column offsets
    /// relative to the text.
    static func find(in text: String) -> [(line: Int, column: Int, text: String)] {
        guard text.contains(".") else { return [] }
        var found: [(Int, Int, String)] = []
        for (lineIndex, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lowered = line.lowercased()
            guard patterns.contains(where: { lowered.contains($0) }) else { continue }
            let scalars = Array(lowered.unicodeScalars)
            var column = 0
            while column < scalars.count {
                // A link starts at a word boundary: not after a letter, digit, '.' or '-'.
                let previous = column > 0 ? scalars[column - 1] : " "
                let boundary =
                    !(previous.properties.isAlphabetic || ("0"..."9").contains(previous) || previous == "."
                    || previous == "-")
                if boundary {
                    let rest = Substring(String(String.UnicodeScalarView(scalars[column...])))
                    if let length = matchLength(in: rest, afterScheme: false) {
                        found.append((lineIndex + 1, column + 1, String(rest.prefix(length))))
                        column += length
                        continue
                    }
                }
                column += 1
            }
        }
        return found
    }

    /// The length of the invite link at the start of `text` (optionally after `https://` and
    /// `www.`), or `nil`.
    private static func matchLength(in text: Substring, afterScheme: Bool) -> Int? {
        var rest = text
        var consumed = 0
        for scheme in ["https://", "http://"] where rest.hasPrefix(scheme) {
            rest = rest.dropFirst(scheme.count)
            consumed += scheme.count
        }
        if rest.hasPrefix("www.") {
            rest = rest.dropFirst(4)
            consumed += 4
        }
        guard let pattern = patterns.first(where: { rest.hasPrefix($0) }) else { return nil }
        let code = rest.dropFirst(pattern.count).prefix { !$0.isWhitespace && !")]>\"'<".contains($0) }
        guard !code.isEmpty else { return nil }
        return consumed + pattern.count + code.count
    }
}
