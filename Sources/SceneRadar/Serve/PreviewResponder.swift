/// Decides the answer to one request: the routing and file logic of the preview server, apart from
/// sockets and threads so it can be tested directly.
struct PreviewResponder: Sendable {
    /// What the connection should do.
    enum Outcome: Sendable {
        /// Send this response.
        case response(HTTPResponse)
        /// Switch the connection to the live-reload event stream.
        case eventStream
    }

    /// Finds files inside the site root.
    let resolver: SitePathResolver
    /// Host names (lowercased, without port) a request may name; nil accepts any.
    let allowedHosts: Set<String>?

    /// Answers `request`. While `errorPage` is set, every request for an HTML document (a page, a
    /// directory index, or a missing path) gets that page with status 500 instead; assets such as
    /// CSS are still served so the page may use them.
    func respond(to request: HTTPRequest, errorPage: String?) -> Outcome {
        let path: RequestPath
        do {
            path = try RequestPath(target: request.target)
        } catch {
            return .response(.text(.badRequest, "invalid request path (\(error))"))
        }
        if let allowed = allowedHosts,
            let host = path.authority ?? request.header("host"),
            !allowed.contains(Self.hostName(host))
        {
            // A page on another site may point its own domain at 127.0.0.1 (DNS rebinding); the
            // Host header is how such a request gives itself away.
            return .response(
                .text(.forbidden, "host '\(host)' is not served here; use 127.0.0.1 or localhost"))
        }
        guard request.method == "GET" || request.method == "HEAD" else {
            return .response(.text(.methodNotAllowed, "only GET and HEAD", headers: [("Allow", "GET, HEAD")]))
        }
        if path.decodedPath == LiveReload.eventsPath && !path.hasTrailingSlash {
            guard request.method == "GET" else {
                return .response(
                    .text(.methodNotAllowed, "the event stream needs GET", headers: [("Allow", "GET")]))
            }
            return .eventStream
        }
        if let asset = Self.ownAssets[path.decodedPath], !path.hasTrailingSlash {
            return .response(
                HTTPResponse(
                    status: .ok, contentType: asset.contentType, body: .bytes(Array(asset.text.utf8))))
        }
        if (path.decodedPath + "/").hasPrefix(LiveReload.reservedPrefix) {
            return .response(.text(.notFound, "no such preview endpoint"))
        }
        switch resolver.resolve(path) {
        case .redirect(let location):
            return .response(.text(.movedPermanently, location, headers: [("Location", location)]))
        case .file(let file):
            return .response(fileResponse(file, request: request, errorPage: errorPage))
        case .notFound:
            return .response(notFoundResponse(errorPage: errorPage))
        }
    }

    /// The host name of a `Host` value: `localhost:8000` → `localhost`, `[::1]:8000` → `[::1]`.
    static func hostName(_ host: String) -> String {
        let lowered = host.lowercased()
        if lowered.hasPrefix("["), let close = lowered.firstIndex(of: "]") {
            return String(lowered[...close])
        }
        return String(lowered.split(separator: ":", omittingEmptySubsequences: false).first ?? "")
    }

    /// The files the server itself serves under `/__radar/`: the reload script and the error
    /// page's stylesheet.
    static let ownAssets: [String: (contentType: String, text: String)] = [
        LiveReload.scriptPath: ("text/javascript; charset=utf-8", LiveReload.scriptSource),
        ErrorPage.stylesheetPath: ("text/css; charset=utf-8", ErrorPage.stylesheet),
    ]

    /// The names a loopback server answers to.
    static let loopbackHosts: Set<String> = ["localhost", "127.0.0.1", "[::1]"]
}

// MARK: - Responses

extension PreviewResponder {
    fileprivate func fileResponse(_ path: String, request: HTTPRequest, errorPage: String?) -> HTTPResponse {
        let contentType = ContentType.forFile(path)
        if ContentType.isHTML(contentType), let errorPage {
            return errorResponse(errorPage)
        }
        guard let file = OpenFile(path: path, inside: resolver) else {
            return notFoundResponse(errorPage: errorPage)
        }
        if ContentType.isHTML(contentType) {
            return HTTPResponse(
                status: .ok, contentType: contentType, body: .bytes(LiveReload.inject(into: file.readAll())))
        }
        var headers: [(name: String, value: String)] = [("Accept-Ranges", "bytes")]
        if let rangeHeader = request.header("range"), request.header("if-range") == nil {
            switch ByteRange(header: rangeHeader, size: file.size) {
            case .satisfiable(let range):
                headers.append(
                    ("Content-Range", "bytes \(range.lowerBound)-\(range.upperBound - 1)/\(file.size)"))
                return HTTPResponse(
                    status: .partialContent, contentType: contentType, body: .file(file, range),
                    headers: headers)
            case .unsatisfiable:
                headers.append(("Content-Range", "bytes */\(file.size)"))
                return HTTPResponse(
                    status: .rangeNotSatisfiable, contentType: contentType, body: .bytes([]), headers: headers
                )
            case nil:
                break
            }
        }
        return HTTPResponse(
            status: .ok, contentType: contentType, body: .file(file, 0..<file.size), headers: headers)
    }

    fileprivate func notFoundResponse(errorPage: String?) -> HTTPResponse {
        if let errorPage { return errorResponse(errorPage) }
        let html = "text/html; charset=utf-8"
        if case .file(let path) = resolver.file(at: resolver.root + "/404.html"),
            let file = OpenFile(path: path, inside: resolver)
        {
            return HTTPResponse(
                status: .notFound, contentType: html, body: .bytes(LiveReload.inject(into: file.readAll())))
        }
        let page = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Not found</title></head>
            <body><h1>404 Not Found</h1><p>Nothing is built at this address.</p></body></html>

            """
        return HTTPResponse(
            status: .notFound, contentType: html, body: .bytes(LiveReload.inject(into: Array(page.utf8))))
    }

    fileprivate func errorResponse(_ page: String) -> HTTPResponse {
        HTTPResponse(
            status: .internalServerError, contentType: "text/html; charset=utf-8",
            body: .bytes(LiveReload.inject(into: Array(page.utf8))))
    }
}
