/// The `Content-Type` the preview server sends for a file, chosen by its name.
enum ContentType {
    /// The media type for `fileName` (a name or path); text types carry `charset=utf-8`, since the
    /// site writes every text file as UTF-8. Unknown extensions get `application/octet-stream`.
    static func forFile(_ fileName: String) -> String {
        let name = fileName.split(separator: "/").last.map(String.init) ?? fileName
        // The site's Atom feed is named feed.xml; served as plain XML, browsers would not offer it
        // to feed readers.
        if name.lowercased() == "feed.xml" { return "application/atom+xml; charset=utf-8" }
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else {
            return "application/octet-stream"
        }
        let ext = name[name.index(after: dot)...].lowercased()
        guard let type = types[ext] else { return "application/octet-stream" }
        return textTypes.contains(type) ? type + "; charset=utf-8" : type
    }

    /// Whether a `Content-Type` value is HTML (where the live-reload script is injected).
    static func isHTML(_ contentType: String) -> Bool {
        contentType.hasPrefix("text/html")
    }

    private static let types: [String: String] = [
        "html": "text/html", "htm": "text/html",
        "css": "text/css",
        "js": "text/javascript", "mjs": "text/javascript",
        "json": "application/json", "map": "application/json",
        "webmanifest": "application/manifest+json",
        "xml": "application/xml", "atom": "application/atom+xml", "rss": "application/rss+xml",
        "svg": "image/svg+xml",
        "txt": "text/plain", "md": "text/markdown", "csv": "text/csv",
        "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
        "webp": "image/webp", "avif": "image/avif", "ico": "image/x-icon",
        "woff": "font/woff", "woff2": "font/woff2", "ttf": "font/ttf", "otf": "font/otf",
        "pdf": "application/pdf",
        "mp3": "audio/mpeg", "ogg": "audio/ogg", "oga": "audio/ogg", "wav": "audio/wav",
        "flac": "audio/flac", "m4a": "audio/mp4",
        "mp4": "video/mp4", "webm": "video/webm",
        "wasm": "application/wasm",
    ]

    private static let textTypes: Set<String> = [
        "text/html", "text/css", "text/javascript", "application/json", "application/manifest+json",
        "application/xml", "application/atom+xml", "application/rss+xml", "image/svg+xml",
        "text/plain", "text/markdown", "text/csv",
    ]
}
