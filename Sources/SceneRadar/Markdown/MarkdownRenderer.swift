import CCmark
import Glibc

/// CommonMark to HTML through libcmark in safe mode: raw HTML is omitted and unsafe link
/// schemes (`javascript:`, `vbscript:`, `file:`, most `data:`) are dropped (SPEC §3, Bodies).
///
/// Wiki links are resolved by a closure, so the renderer knows nothing about scenes or pages.
public struct MarkdownRenderer: Sendable {
    /// One wiki link met while rendering, and whether it resolved.
    public struct LinkUse: Sendable, Hashable {
        /// The link.
        public var link: WikiLink
        /// Whether the resolver found a page for it.
        public var resolved: Bool
    }

    /// The rendered HTML and the wiki links it contained.
    public struct Output: Sendable {
        /// The HTML fragment.
        public var html: String
        /// Every wiki link outside code, in order.
        public var links: [LinkUse]
    }

    /// How many levels headings in a body are pushed down (a body's `#` under a page's `<h1>`).
    public var headingOffset: Int

    /// Creates a renderer.
    public init(headingOffset: Int = 1) {
        self.headingOffset = headingOffset
    }

    /// Renders `markdown`; `resolve` maps a wiki link to where it leads and the text it shows,
    /// or `nil` when it points at nothing public (rendered as its plain label).
    public func render(_ markdown: String, resolve: (WikiLink) -> WikiLink.Anchor? = { _ in nil }) -> Output {
        guard let document = Self.parse(markdown) else { return Output(html: "", links: []) }
        defer { cmark_node_free(document) }
        cmark_consolidate_text_nodes(document)
        var uses: [LinkUse] = []
        var dropped: [OpaquePointer] = []
        for node in Self.nodes(in: document) {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT:
                replaceWikiLinks(in: node, resolve: resolve, uses: &uses)
            case CMARK_NODE_HEADING:
                let level = Int(cmark_node_get_heading_level(node)) + headingOffset
                cmark_node_set_heading_level(node, Int32(min(max(level, 1), 6)))
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                if let url = cmark_node_get_url(node), Self.isDropped(url: String(cString: url)) {
                    dropped.append(node)
                }
            default:
                break
            }
        }
        // A link or image whose address safe mode drops would be `<a href="">` (a link to the
        // page itself) or a broken image: its text is shown instead.
        for node in dropped {
            while let child = cmark_node_first_child(node) { cmark_node_insert_before(node, child) }
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
        guard let html = cmark_render_html(document, Self.options) else {
            return Output(html: "", links: uses)
        }
        defer { free(html) }
        return Output(html: String(cString: html), links: uses)
    }

    /// The runs of text cmark reads in `markdown` (adjacent text nodes joined, as `render`
    /// joins them), in order, each with its node's 1-based line and 1-based byte column; only
    /// runs that contain `needle`. Code, raw HTML and link destinations are not text.
    static func textRuns(in markdown: String, containing needle: String) -> [(
        text: String, line: Int, column: Int
    )] {
        guard let document = parse(markdown, positions: true) else { return [] }
        defer { cmark_node_free(document) }
        cmark_consolidate_text_nodes(document)
        var runs: [(text: String, line: Int, column: Int)] = []
        for node in nodes(in: document) where cmark_node_get_type(node) == CMARK_NODE_TEXT {
            guard let literal = cmark_node_get_literal(node) else { continue }
            let text = String(cString: literal)
            guard ByteSearch.contains(text, needle) else { continue }
            runs.append((text, Int(cmark_node_get_start_line(node)), Int(cmark_node_get_start_column(node))))
        }
        return runs
    }

    /// Whether cmark's safe mode drops `url` (its `_scan_dangerous_url`): `javascript:`,
    /// `vbscript:`, `file:` and `data:` but for PNG, GIF, JPEG and WebP images, in any case.
    static func isDropped(url: String) -> Bool {
        let lowered = url.prefix(16).lowercased()
        if lowered.hasPrefix("data:") {
            return !["image/png", "image/gif", "image/jpeg", "image/webp"].contains {
                lowered.dropFirst(5).hasPrefix($0)
            }
        }
        return lowered.hasPrefix("javascript:") || lowered.hasPrefix("vbscript:")
            || lowered.hasPrefix("file:")
    }

    // MARK: - Tree surgery

    /// Safe mode (cmark's default) with invalid UTF-8 replaced, for parsing and rendering.
    private static let options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8

    /// The document cmark parses from `markdown`; the caller frees it. With `positions`, the
    /// lines of inline nodes after a code span or link that spans lines are counted too (the
    /// tree is the same either way).
    private static func parse(_ markdown: String, positions: Bool = false) -> OpaquePointer? {
        var source = markdown
        let options = positions ? options | CMARK_OPT_SOURCEPOS : options
        return source.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parse_document(chars.baseAddress, chars.count, options)
            }
        }
    }

    /// Every node, collected before any is changed (cmark's iterator must not see edits).
    private static func nodes(in document: OpaquePointer) -> [OpaquePointer] {
        var nodes: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(document) else { return nodes }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            if cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER,
                let node = cmark_iter_get_node(iterator)
            {
                nodes.append(node)
            }
        }
        return nodes
    }

    private func replaceWikiLinks(
        in node: OpaquePointer, resolve: (WikiLink) -> WikiLink.Anchor?, uses: inout [LinkUse]
    ) {
        guard let literal = cmark_node_get_literal(node) else { return }
        let text = String(cString: literal)
        guard ByteSearch.contains(text, "[[") else { return }
        let segments = WikiLink.segments(of: text[...])
        guard segments.contains(where: { if case .link = $0 { return true } else { return false } }) else {
            return
        }
        for segment in segments {
            switch segment {
            case .text(let run):
                insertText(String(run), before: node)
            case .link(let link):
                let target = resolve(link)
                uses.append(LinkUse(link: link, resolved: target != nil))
                if let target, let anchor = cmark_node_new(CMARK_NODE_LINK) {
                    cmark_node_set_url(anchor, target.href)
                    if let label = cmark_node_new(CMARK_NODE_TEXT) {
                        cmark_node_set_literal(label, target.text)
                        cmark_node_append_child(anchor, label)
                    }
                    cmark_node_insert_before(node, anchor)
                } else {
                    insertText(link.label, before: node)
                }
            }
        }
        cmark_node_unlink(node)
        cmark_node_free(node)
    }

    private func insertText(_ text: String, before node: OpaquePointer) {
        guard let textNode = cmark_node_new(CMARK_NODE_TEXT) else { return }
        cmark_node_set_literal(textNode, text)
        cmark_node_insert_before(node, textNode)
    }
}
