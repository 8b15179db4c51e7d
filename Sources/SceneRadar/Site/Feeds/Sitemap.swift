/// `/sitemap.xml` (sitemaps.org 0.9): every public page, absolute when a base URL is known.
enum Sitemap {
    private static let html = Array(".html".utf8)

    /// The sitemap of the site whose files are `paths` (in any order): its pages in the byte
    /// order of their paths, written as UTF-8 bytes (a site of 14,000 pages is a 1 MB file, made
    /// on every build that changes a page).
    static func render(_ paths: [String], data: SiteData) -> [UInt8] {
        let pages = paths.filter { ByteSearch.hasSuffix($0, html) && $0 != SitePaths.notFound }
            .sorted(by: ByteSearch.precedes)
        var base = data.baseURL ?? ""
        // A plain base URL (nearly always) is written as it is before each plain path.
        let plainBase: [UInt8]? = base.withUTF8 { XMLEscaping.isPlain($0) ? Array($0) : nil }
        var out: [UInt8] = []
        out.reserveCapacity(100 + pages.count * (40 + base.utf8.count))
        out += #"<?xml version="1.0" encoding="UTF-8"?>"#.utf8
        out += "\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n".utf8
        for var path in pages {
            out += "  <url><loc>".utf8
            let written = path.withUTF8 { bytes in
                guard let plainBase, XMLEscaping.isPlain(bytes) else { return false }
                let shown = UnsafeBufferPointer(rebasing: bytes[..<SitePaths.prettyLength(bytes)])
                // Without a base URL the index's address is the folder itself: "./", never empty.
                if plainBase.isEmpty && shown.isEmpty { out += "./".utf8 }
                out += plainBase
                out += shown
                return true
            }
            if !written {
                let location = data.absolute(path)
                XMLEscaping.append(location.isEmpty ? "./" : location, to: &out)
            }
            out += "</loc></url>\n".utf8
        }
        out += "</urlset>\n".utf8
        return out
    }
}
