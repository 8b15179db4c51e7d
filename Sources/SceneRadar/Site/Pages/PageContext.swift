/// The parts every page's context shares, and small builders for the shapes templates expect
/// (Mustache has no `last`, so lists that print separators mark their last item).
struct PageContext {
    let data: SiteData
    /// The page's output path.
    let path: String
    /// The prefix back to the site root from this page.
    let root: String
    /// The links made ahead for this page's depth, when they were: people by index in the
    /// people index, public scenes by slug. Found once per page, not once per link.
    private let personLinks: [LinkValues.Forms]?
    private let sceneLinks: [String: LinkValues.Forms]?

    init(data: SiteData, path: String) {
        self.data = data
        self.path = path
        root = SitePaths.root(from: path)
        personLinks = data.linkValues.people(root: root)
        sceneLinks = data.linkValues.scenes(root: root)
    }

    /// `site`, `root` and `page` for the layout.
    func common(description: String? = nil) -> MustacheObject {
        var page: MustacheObject = [:]
        if let description { page["description"] = .string(description) }
        if data.baseURL != nil { page["canonical"] = .string(data.absolute(path)) }
        // Page contexts add their own two dozen or so members to these three.
        var common = MustacheObject(capacity: Self.pageContextCapacity)
        common.append(new: Self.siteKey, data.siteContext)
        common.append(new: Self.rootKey, .string(root))
        common.append(new: Self.pageKey, .object(page))
        return common
    }

    private static let siteKey = MustacheKey("site")
    private static let rootKey = MustacheKey("root")
    private static let pageKey = MustacheKey("page")

    /// `site`: the site's settings, the same on every page of a build.
    static func site(config: SiteConfig, setting: ScoringSetting, favicon: String? = nil) -> MustacheValue {
        var site: MustacheObject = [
            "title": .string(config.title),
            "language": .string(config.language),
            "csp": .string(PageContext.contentSecurityPolicy),
            "window": .int(setting.window),
        ]
        if let author = config.author { site["author"] = .string(author) }
        if let now = setting.now { site["now"] = .string(now.description) }
        if let favicon { site["favicon"] = .string(favicon) }
        return .object(site)
    }

    /// Room for the members of a page's context: the most any page sets (a log page's 29).
    static let pageContextCapacity = 32

    /// Scripts are never allowed in built pages: nothing in a note can run in a reader's
    /// browser. (`radar serve` widens this at serve time for its reload script only.)
    static let contentSecurityPolicy =
        "default-src 'none'; img-src 'self' https: data:; style-src 'self'; font-src 'self'; media-src 'self' https:; base-uri 'none'; form-action 'none'"

    /// A relative href to another page.
    func href(_ target: String) -> String {
        root + target
    }

    /// The relative URL of the page of `scene`'s log of `week`.
    func href(log scene: String, _ week: ISOWeek) -> String {
        SitePaths.log(scene, week, from: root)
    }

    /// A person as `{name, url}`.
    func person(_ link: SiteData.PersonLink) -> MustacheValue {
        .object(LinkValues.person(link, root: root))
    }

    /// The person with page slug `slug` as `{name, url}`.
    func person(slug: String) -> MustacheValue {
        if let personLinks, let index = data.people.index(slug: slug), index < personLinks.count {
            return personLinks[index].plain
        }
        return person(data.person(slug: slug))
    }

    func person(_ reference: PersonRef) -> MustacheValue {
        if let personLinks, let index = data.people.index(of: reference.text), index < personLinks.count {
            return personLinks[index].plain
        }
        return .object(LinkValues.person(data.person(reference), root: root))
    }

    /// People as a list.
    func people(_ references: [PersonRef]) -> MustacheValue {
        .list(references.map(person))
    }

    /// A public scene as `{name, url}`.
    func scene(_ slug: String) -> MustacheValue {
        if let forms = sceneLinks?[slug] { return forms.plain }
        return .object(LinkValues.scene(slug, name: data.sceneName(slug) ?? slug, root: root))
    }

    /// Public scenes as a list.
    func scenes(_ slugs: [String]) -> MustacheValue {
        .list(slugs.map(scene))
    }

    /// The public scenes among `slugs` but `excluded` (the others are left out): their names,
    /// and their links as a list. Which scenes are public, their
    /// names and their links are found in one lookup each: a scene page lists thousands of
    /// other scenes through its bridges.
    func publicScenes(_ slugs: [String], except excluded: String? = nil) -> (
        names: [String], links: MustacheValue
    ) {
        guard let forms = sceneLinks else {
            let found = slugs.compactMap { slug in
                slug == excluded ? nil : data.sceneNames[slug].map { (slug: slug, name: $0) }
            }
            return (found.map(\.name), scenes(found.map(\.slug)))
        }
        let found = slugs.compactMap { $0 == excluded ? nil : forms[$0] }
        return (found.map(\.name), .list(found.map(\.plain)))
    }

    /// ``publicScenes(_:except:)`` for a bridge: `slugs` are the other public scenes of the
    /// person at `person` in the people index. On a scene page their scenes' links were found
    /// ahead; they are used when, without `excluded`, they are `slugs` (compared as they are
    /// read), and otherwise each scene is looked up.
    func publicScenes(ofPerson person: Int?, _ slugs: [String], except excluded: String? = nil) -> (
        names: [String], links: MustacheValue
    ) {
        guard root == LinkValues.scenePageRoot, let person,
            let known = data.linkValues.scenes(ofPerson: person)
        else { return publicScenes(slugs, except: excluded) }
        var names: [String] = []
        var links: [MustacheValue] = []
        names.reserveCapacity(slugs.count)
        links.reserveCapacity(slugs.count)
        var matched = 0
        let same = known.withUnsafeBufferPointer { known in
            for index in known.indices where known[index].slug != excluded {
                guard matched < slugs.count, known[index].slug == slugs[matched] else { return false }
                names.append(known[index].forms.name)
                links.append(known[index].forms.plain)
                matched += 1
            }
            return matched == slugs.count
        }
        guard same else { return publicScenes(slugs, except: excluded) }
        return (names, .list(links))
    }

    /// An external link as `{url, host, label}` (see `WebURL.label`).
    static func external(_ url: WebURL) -> MustacheValue {
        .object(["url": .string(url.text), "host": .string(url.host), "label": .string(url.label)])
    }

    /// A list of plain strings.
    static func strings(_ items: [String]) -> MustacheValue {
        .list(items.map(MustacheValue.string))
    }

    /// Renders a note body with wiki links resolved from this page.
    func body(_ body: NoteBody) -> MustacheValue {
        guard !body.isBlank else { return .null }
        let output = MarkdownRenderer().render(body.markdown) { link in data.anchor(link, from: path) }
        return .string(output.html)
    }

    /// A chart for the `chart` partial: its SVG, caption, file and the table of its data.
    static func chart(_ chart: RenderedChart, caption: String? = nil, file: String? = nil) -> MustacheValue {
        let table = chart.table
        let rows: [MustacheValue] = table.rows.enumerated().map { index, row in
            let link = index < table.rowLinks.count ? table.rowLinks[index] : nil
            let cells: [MustacheValue] = row.enumerated().map { column, text in
                var cell = MustacheObject(capacity: column == 0 ? 3 : 1)
                cell.append(new: PageKey.text, .string(text))
                if column == 0 {
                    cell.append(new: PageKey.header, .bool(true))
                    cell.append(new: PageKey.url, .string(link ?? ""))
                }
                return .object(cell)
            }
            var object = MustacheObject(capacity: 1)
            object.append(new: PageKey.cells, .list(cells))
            return .object(object)
        }
        var object = MustacheObject(
            capacity: 5,
            [
                "svg": .string(chart.svg),
                "table": .object([
                    "caption": .string(table.caption), "columns": strings(table.columns), "rows": .list(rows),
                ]),
            ])
        if let caption { object["caption"] = .string(caption) }
        if let file { object["file"] = .string(file) }
        return .object(object)
    }
}

/// Numbers as pages print them.
enum Display {
    /// A score: one decimal, always (`57.0`).
    static func score(_ value: Double) -> String { NumberFormat.exact(value, decimals: 1) }
    /// A strength: two decimals at most (`0.67`, `1`).
    static func strength(_ value: Double) -> String { NumberFormat.fixed(value, maxDecimals: 2) }
    /// A signed momentum value, two decimals always (`+0.30`, `-0.05`, `0.00`), as
    /// `radar score` prints it.
    static func signed(_ value: Double) -> String { ScoreReport.signed(value) }
}
