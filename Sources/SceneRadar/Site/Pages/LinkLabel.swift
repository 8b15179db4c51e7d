import Foundation

extension WebURL {
    /// Hosts whose addresses name an account by their first path segment
    /// (`ko-fi.com/zinoeke`, `soundcloud.com/okadaswing/…`): there the host alone would read
    /// the same for every person's tip jar or profile.
    static let accountInPathHosts: Set<String> = [
        "ko-fi.com", "patreon.com", "buymeacoffee.com", "paypal.me", "liberapay.com", "opencollective.com",
        "linktr.ee", "cash.app", "venmo.com", "soundcloud.com", "mixcloud.com", "twitch.tv", "instagram.com",
        "tiktok.com", "x.com", "twitter.com", "threads.net", "github.com", "youtube.com", "gofundme.com",
    ]

    /// First path segments on those hosts that name a page kind, not an account (`instagram.com/p/…`,
    /// `youtube.com/watch?v=…`; on YouTube only `@name` is an account).
    private static let nonAccountSegments: Set<String> = [
        "p", "reel", "reels", "tv", "watch", "shorts", "playlist", "live", "embed", "video", "status", "i",
        "explore", "search", "discover", "f", "share", "s", "c", "channel", "user", "sponsors", "orgs",
        "videos", "stories", "clip", "clips", "posts", "about",
    ]

    /// First path segments after which the second names the account, by site:
    /// `github.com/sponsors/x`, `github.com/orgs/x`, `patreon.com/c/x`, `youtube.com/c/x`,
    /// `/user/x` and `/channel/…`.
    private static let accountKindSegments: [String: Set<String>] = [
        "github.com": ["sponsors", "orgs"], "patreon.com": ["c"], "youtube.com": ["c", "user", "channel"],
    ]

    /// How a link is labelled on pages: its host, and on a host that names accounts by their
    /// path (see `accountInPathHosts`) the account too, as `ko-fi.com/zinoeke` or
    /// `github.com/sponsors/zinoeke`, so that several people's tip jars on one site read apart.
    var label: String {
        // `m.soundcloud.com` is SoundCloud's: the site is looked up without a mobile label.
        let site = host.hasPrefix("m.") ? String(host.dropFirst(2)) : host
        guard Self.accountInPathHosts.contains(site) else { return host }
        guard let first = pathSegments(1).first.flatMap(Self.shownSegment) else { return host }
        let kind = first.lowercased()
        if Self.accountKindSegments[site]?.contains(kind) == true {
            let segments = pathSegments(2)
            guard segments.count == 2, let account = Self.shownSegment(segments[1]),
                !Self.nonAccountSegments.contains(account.lowercased())
            else { return host }
            return host + "/" + first + "/" + account
        }
        guard !Self.nonAccountSegments.contains(kind),
            site != "youtube.com" || (first.hasPrefix("@") && first.count > 1)
        else { return host }
        return host + "/" + first
    }

    /// The address's first `count` path segments (fewer when it has fewer), as written.
    private func pathSegments(_ count: Int) -> [String] {
        let segments: [String]? = parts.rest.utf8.withContiguousStorageIfAvailable { bytes in
            var segments: [String] = []
            var start = 0
            while segments.count < count, start < bytes.count, bytes[start] == UInt8(ascii: "/") {
                var end = start + 1
                while end < bytes.count, bytes[end] != 0x2F, bytes[end] != 0x3F, bytes[end] != 0x23 {
                    end += 1
                }
                guard end > start + 1, end - start <= 120 else { break }
                segments.append(
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[start + 1..<end]), as: UTF8.self))
                start = end
            }
            return segments
        }
        // A native string's bytes are always contiguous.
        return segments ?? []
    }

    /// A path segment as a label shows it, percent-escapes decoded; `nil` when decoding brings
    /// in what a label may not show, or it is too long to be a name.
    private static func shownSegment(_ raw: String) -> String? {
        let decoded = raw.utf8.contains(0x25) ? (raw.removingPercentEncoding ?? raw) : raw
        guard decoded.unicodeScalars.count <= 40, !decoded.unicodeScalars.contains(where: isRefusedInLabel)
        else { return nil }
        return decoded
    }

    /// Whether decoding brought in what a label may not show: a '/', white space, a control or a
    /// format character.
    private static func isRefusedInLabel(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "/" || scalar.properties.isWhitespace { return true }
        switch scalar.properties.generalCategory {
        case .control, .format: return true
        default: return false
        }
    }
}
