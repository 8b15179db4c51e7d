/// Where every page lives in the output (SPEC §6), and how a page links to another with a
/// relative URL, so the site works from any folder or static host (and from `file://`).
public enum SitePaths {
    /// The radar index.
    public static let index = "index.html"
    /// The vault-wide support directory.
    public static let credits = "credits/index.html"
    /// The Atom feed.
    public static let feed = "feed.xml"
    /// The sitemap.
    public static let sitemap = "sitemap.xml"
    /// Scores and signals, machine-readable.
    public static let radarJSON = "radar.json"
    /// The not-found page.
    public static let notFound = "404.html"

    /// A scene's page.
    public static func scene(_ slug: String) -> String { "scenes/\(slug)/index.html" }
    /// A scene's credits page.
    public static func sceneCredits(_ slug: String) -> String { "scenes/\(slug)/credits/index.html" }
    /// One weekly log's page.
    public static func log(_ scene: String, _ week: ISOWeek) -> String {
        log(scene, week, from: "")
    }

    /// One weekly log's page seen from the folder `root` leads back to the site's root from
    /// (`"../../"`…): made in one allocation, as pages link to logs tens of thousands of times.
    static func log(_ scene: String, _ week: ISOWeek, from root: String) -> String {
        [root, "scenes/", scene, "/", week.description, "/index.html"].joinedInPlace(separator: "")
    }
    /// A person's page.
    public static func person(_ slug: String) -> String { "people/\(slug)/index.html" }

    /// The prefix from the page at `path` back to the site root (`""`, `"../"`, `"../../"`…).
    public static func root(from path: String) -> String {
        var depth = 0
        for byte in path.utf8 where byte == UInt8(ascii: "/") { depth += 1 }
        return String(repeating: "../", count: depth)
    }

    private static let indexFile = Array(index.utf8)

    /// The URL people see for a page: `index.html` files as their folder.
    public static func pretty(_ path: String) -> String {
        var path = path
        let length = path.withUTF8(prettyLength)
        return length == path.utf8.count ? path : String(decoding: path.utf8.prefix(length), as: UTF8.self)
    }

    /// How many of the bytes of the file path `path` its URL keeps (`pretty`): all but a whole
    /// file name `index.html` at the end. By bytes: `hasSuffix` on a string goes by Unicode
    /// rules, several times slower, for every page of the sitemap.
    static func prettyLength(_ path: UnsafeBufferPointer<UInt8>) -> Int {
        let kept = path.count - indexFile.count
        guard kept >= 0, path.suffix(indexFile.count).elementsEqual(indexFile),
            kept == 0 || path[kept - 1] == UInt8(ascii: "/")
        else { return path.count }
        return kept
    }
}
