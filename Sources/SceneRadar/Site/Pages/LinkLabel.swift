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
        "explore", "search", "discover", "c", "channel", "user", "sponsors", "orgs", "f", "share", "s",
        "videos", "stories", "clip", "clips", "posts", "about",
    ]

    /// How a link is labelled on pages: its host, and on a host that names accounts by their
    /// path (see `accountInPathHosts`) the account too, as `ko-fi.com/zinoeke`, so that several
    /// people's tip jars on one site read apart.
    var label: String {
        // `m.soundcloud.com` is SoundCloud's: the site is looked up without a mobile label.
        let site = host.hasPrefix("m.") ? String(host.dropFirst(2)) : host
        guard Self.accountInPathHosts.contains(site), let account = accountSegment,
            site != "youtube.com" || (account.hasPrefix("@") && account.count > 1)
        else { return host }
        return host + "/" + account
    }

    /// The first path segment of the address, percent-escapes decoded, when it names an account;
    /// `nil` when there is none or it names a page kind.
    private var accountSegment: String? {
        let segment: String?? = parts.rest.utf8.withContiguousStorageIfAvailable { bytes in
            guard bytes.first == UInt8(ascii: "/") else { return nil }
            var end = 1
            while end < bytes.count, bytes[end] != 0x2F, bytes[end] != 0x3F, bytes[end] != 0x23 { end += 1 }
            guard end > 1, end <= 120 else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[1..<end]), as: UTF8.self)
        }
        // A native string's bytes are always contiguous.
        guard let raw = segment ?? nil else { return nil }
        let decoded = raw.utf8.contains(0x25) ? (raw.removingPercentEncoding ?? raw) : raw
        // What decoding brings in may not reach the label: a '/', white space, a control or a
        // format character (a bidi override would turn the text after it around).
        guard decoded.unicodeScalars.count <= 40, !Self.nonAccountSegments.contains(decoded.lowercased()),
            !decoded.unicodeScalars.contains(where: Self.isRefusedInLabel)
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
