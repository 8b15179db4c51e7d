/// `/sitemap.xml` (sitemaps.org 0.9): every public page, absolute when a base URL is known.
enum Sitemap {
    private static let html = Array(".html".utf8)

    /// The sitemap of the site whose files are `paths` (in any order): its pages in the byte
    /// order of their paths, written as UTF-8 bytes (a site of 14,000 pages is a 1 MB file, made
    /// on every build that changes a page).
    static func render(_ paths: [String], data: SiteData) -> [UInt8] {
        let pages = paths.filter { ByteSearch.hasSuffix($0, html) && $0 != SitePaths.notFound }
            .sorted(by: ByteSearch.precedes)
        var out: [UInt8] = []
        out.reserveCapacity(100 + pages.count * (40 + (data.baseURL?.utf8.count ?? 0)))
        out += #"<?xml version="1.0" encoding="UTF-8"?>"#.utf8
        out += "\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n".utf8
        for path in pages {
            // Without a base URL the index's address is the folder itself: "./", never empty.
            let location = data.absolute(path)
            out += "  <url><loc>".utf8
            XMLEscaping.append(location.isEmpty ? "./" : location, to: &out)
            out += "</loc></url>\n".utf8
        }
        out += "</urlset>\n".utf8
        return out
    }
}
