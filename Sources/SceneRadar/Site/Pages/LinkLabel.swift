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
    ]

    /// How a link is labelled on pages: its host, and on a host that names accounts by their
    /// path (see `accountInPathHosts`) the account too, as `ko-fi.com/zinoeke`, so that several
    /// people's tip jars on one site read apart.
    var label: String {
        guard Self.accountInPathHosts.contains(host), let account = accountSegment,
            host != "youtube.com" || account.hasPrefix("@")
        else { return host }
        return host + "/" + account
    }

    /// The first path segment of the address, percent-escapes decoded, when it names an account;
    /// `nil` when there is none or it names a page kind.
    private var accountSegment: String? {
        guard let start = text.range(of: "://") else { return nil }
        let afterScheme = text[start.upperBound...]
        guard let slash = afterScheme.firstIndex(of: "/") else { return nil }
        let path = afterScheme[afterScheme.index(after: slash)...]
        let segment = path.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let decoded = String(segment).removingPercentEncoding ?? String(segment)
        guard !decoded.isEmpty, decoded.count <= 40, !Self.nonAccountSegments.contains(decoded.lowercased()),
            !decoded.contains(where: { $0.isWhitespace })
        else { return nil }
        return decoded
    }
}
