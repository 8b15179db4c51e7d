/// The documented table that maps a URL's host to a platform (SPEC §4; docs/schema.md).
public enum PlatformHosts {
    /// Hosts and the platform they mean; a host matches itself and its subdomains.
    public static let table: [(domain: String, platform: Platform)] = [
        ("bandcamp.com", .bandcamp),
        ("soundcloud.com", .soundcloud),
        ("snd.sc", .soundcloud),
        ("youtube.com", .youtube),
        ("youtu.be", .youtube),
        ("tiktok.com", .tiktok),
        ("instagram.com", .instagram),
        ("spotify.com", .spotify),
        ("spotify.link", .spotify),
        ("music.apple.com", .appleMusic),
        ("itunes.apple.com", .appleMusic),
        ("mixcloud.com", .mixcloud),
        ("twitch.tv", .twitch),
        ("nts.live", .nts),
        ("discord.com", .discord),
        ("discord.gg", .discord),
        ("discordapp.com", .discord),
    ]

    /// The platform of `url`, or `nil` for a host not in the table.
    public static func platform(of url: WebURL) -> Platform? {
        table.first { url.isHost($0.domain) }?.platform
    }
}
