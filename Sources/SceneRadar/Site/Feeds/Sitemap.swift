/// `/sitemap.xml` (sitemaps.org 0.9): every public page, absolute when a base URL is known.
enum Sitemap {
    static func render(_ paths: [String], data: SiteData) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in paths.sorted() where path.hasSuffix(".html") && path != SitePaths.notFound {
            // Without a base URL the index's address is the folder itself: "./", never empty.
            let location = data.absolute(path)
            out += "  <url><loc>\(XMLEscaping.escape(location.isEmpty ? "./" : location))</loc></url>\n"
        }
        out += "</urlset>\n"
        return out
    }
}
