/// `/people/<slug>/`: a person's credits across scenes, links and support links.
enum PersonPage {
    static func context(_ identity: PeopleIndex.Identity, credits: PeopleCredits, data: SiteData)
        -> MustacheValue
    {
        let page = PageContext(data: data, path: SitePaths.person(identity.slug))
        var context = page.common(description: "\(identity.name): credits and how to support them.")
        context["name"] = .string(identity.name)
        let note = identity.noteSlug.flatMap { data.personNotes[$0] }
        context["kind"] = .string(note?.kind?.rawValue ?? "")
        context["pronouns"] = .string(note?.pronouns ?? "")
        let aliases = Self.publicAliases(note?.aliases.map(\.value) ?? [], data: data)
        context["aliasesText"] = .string(aliases.joined(separator: ", "))
        context["hasAliases"] = .bool(!aliases.isEmpty)
        context["hasFacts"] = .bool(note?.kind != nil || !(note?.pronouns ?? "").isEmpty || !aliases.isEmpty)
        // A public person's own links are left out where they are a private person's too.
        let support = data.publicAddresses(note?.support ?? [])
        context["support"] = .list(support.map(PageContext.external))
        context["hasSupport"] = .bool(!support.isEmpty)
        let links = data.publicAddresses(note?.links ?? []).map(PageContext.external)
        context["links"] = .list(links)
        context["hasLinks"] = .bool(!links.isEmpty)
        context["bodyHTML"] = note.map { page.body($0.body) } ?? .null
        var scenes: [MustacheValue] = []
        // The credits on tracks with support links, newest first: where the track support
        // comes from (every week's, as a track logged twice may bring new links).
        var supported: [PeopleCredits.Item] = []
        for items in Self.byScene(credits.items(of: identity.slug)) {
            let scene = items[items.startIndex].scene
            guard case .object(var object) = page.scene(scene) else { continue }
            object["items"] = .list(Self.rows(items, scene: scene, page: page))
            scenes.append(.object(object))
            for position in items.indices.reversed() where !items[position].support.isEmpty {
                supported.append(items[position])
            }
        }
        let trackSupport = Self.trackSupport(supported, besides: support, data: data)
        context["trackSupport"] = .list(trackSupport)
        context["hasTrackSupport"] = .bool(!trackSupport.isEmpty)
        context["scenes"] = .list(scenes)
        context["hasScenes"] = .bool(!scenes.isEmpty)
        return .object(context)
    }

    /// One scene's credit rows, newest week first. The same credit in several weeks (a track
    /// logged twice, an artist of many weeks) is one row: `week` and `weekURL` are the newest,
    /// `olderWeeks` (`week`, `url`) the others, newest first, only where there are any.
    private static func rows(_ items: ArraySlice<PeopleCredits.Item>, scene: String, page: PageContext)
        -> [MustacheValue]
    {
        /// A row: its first (newest) item, by position, that item's week as text and URL, and
        /// the older weeks.
        struct Row {
            var item: Int
            var week: MustacheValue
            var weekURL: MustacheValue
            var olderWeeks: [MustacheValue] = []
            var lastWeek: ISOWeek
            /// The next row with the same label, or -1.
            var sameLabel: Int
        }
        // A person credited on several tracks of one log links to it from each row: the log's
        // week is made once for the run of items of its week.
        var week: (week: ISOWeek, text: MustacheValue, url: MustacheValue)?
        var rows: [Row] = []
        rows.reserveCapacity(items.count)
        // The first row of each label, the others chained from it: one lookup per item.
        var rowsByLabel: [String: Int] = [:]
        rowsByLabel.reserveCapacity(items.count)
        for position in items.indices.reversed() {
            let itemWeek = items[position].week
            if week?.week != itemWeek {
                week = (
                    itemWeek, .string(itemWeek.description), .string(page.href(log: scene, itemWeek))
                )
            }
            let current = week.unsafelyUnwrapped
            func file(_ first: inout Int) {
                var index = first
                while index >= 0 {
                    let other = rows[index].item
                    if items[other].role == items[position].role && items[other].url == items[position].url {
                        // Twice in one week (two spellings of the person) names the week once.
                        if rows[index].lastWeek != itemWeek {
                            var older = MustacheObject(capacity: 2)
                            older.append(new: PageKey.week, current.text)
                            older.append(new: PageKey.url, current.url)
                            rows[index].olderWeeks.append(.object(older))
                            rows[index].lastWeek = itemWeek
                        }
                        return
                    }
                    index = rows[index].sameLabel
                }
                rows.append(
                    Row(
                        item: position, week: current.text, weekURL: current.url, lastWeek: itemWeek,
                        sameLabel: first))
                first = rows.count - 1
            }
            file(&rowsByLabel[items[position].label, default: -1])
        }
        return rows.map { row -> MustacheValue in
            var object = MustacheObject(capacity: 6)
            object.append(new: PageKey.label, .string(items[row.item].label))
            object.append(new: PageKey.role, .string(items[row.item].role))
            object.append(new: PageKey.week, row.week)
            object.append(new: PageKey.weekURL, row.weekURL)
            if let url = page.data.publicAddress(items[row.item].url) {
                object.append(new: PageKey.trackURL, .string(url))
            }
            if !row.olderWeeks.isEmpty { object.append(new: PageKey.olderWeeks, .list(row.olderWeeks)) }
            return .object(object)
        }
    }

    /// A public person's aliases the page may show: none that is a private person's name,
    /// alias or slug (`PeopleIndex.isWithheldSpelling`), which would say who that person is.
    static func publicAliases(_ aliases: [String], data: SiteData) -> [String] {
        aliases.filter { !data.people.isWithheldSpelling($0) }
    }

    /// The support links of the tracks a person is credited on (a role in the track's credits),
    /// each once, with a track's title: how to pay them when their note gives no support link
    /// of its own, or more. Their own support links and a private person's addresses are left
    /// out. The credits directory counts them from the scenes' tallies (`CreditsPage`): what
    /// is listed here is what it counts.
    ///
    /// A link several tracks bring (a release's page, which its edits and remixes point to as
    /// well) is named for the track the link is the address of, else for the first logged of
    /// them: the release, not a later edit of it.
    static func trackSupport(_ items: [PeopleCredits.Item], besides own: [WebURL], data: SiteData)
        -> [MustacheValue]
    {
        // Tracks bring the same links (a label's shop): one look as written first, then, for a
        // link new as written, one as compared (http, www., a trailing /). -1: not listed.
        var written: [String: Int] = [:]
        var normalized: [String: Int] = [:]
        for address in own { normalized[SiteData.addressKey(address.text)] = -1 }
        var found: [SupportLink] = []
        for item in items where !item.support.isEmpty {
            // The track's own address as compared, made once per track and only when asked.
            var trackKey: String??
            func isItemAddress(_ key: String) -> Bool {
                if trackKey == nil { trackKey = .some(item.url.map(SiteData.addressKey)) }
                return trackKey! == key
            }
            for text in item.support {
                var known = written[text]
                var key: String?
                if known == nil {
                    key = SiteData.addressKey(text)
                    known = normalized[key!]
                    written[text] = known
                }
                if let known {
                    // A link listed already: named again for a better track. One named for the
                    // track whose address it is keeps that name.
                    if known >= 0, !found[known].isTrackAddress() {
                        let isAddress = isItemAddress(found[known].key)
                        if isAddress || item.week <= found[known].track.week {
                            found[known].name(for: item, isItsAddress: isAddress)
                        }
                    }
                    continue
                }
                guard let key, !data.isPrivateAddress(text),
                    let url = WebURL.parse(text, at: SourceLocation(file: ""))
                else {
                    written[text] = -1
                    continue
                }
                written[text] = found.count
                normalized[key] = found.count
                found.append(SupportLink(url: url, key: key, track: item))
            }
        }
        return found.map { found in
            var link = MustacheObject(capacity: 4)
            link.append(new: PageKey.url, .string(found.url.text))
            link.append(new: PageKey.host, .string(found.url.host))
            link.append(new: PageKey.label, .string(found.url.label))
            link.append(new: PageKey.track, .string(found.track.label))
            return .object(link)
        }
    }

    /// A support link a person page lists, with the track it is named for: of the tracks that
    /// bring it, the one whose own address it is, else the first logged (the items come newest
    /// first, a week's tracks from its last, so of one week's the first in its log is seen last).
    private struct SupportLink {
        let url: WebURL
        /// The link as compared (`SiteData.addressKey`).
        let key: String
        private(set) var track: PeopleCredits.Item
        /// Whether the link is `track`'s own address, once asked: only for a link a second
        /// track brings (most are brought by one).
        private var isAddress: Bool?

        init(url: WebURL, key: String, track: PeopleCredits.Item) {
            self.url = url
            self.key = key
            self.track = track
        }

        mutating func isTrackAddress() -> Bool {
            if let isAddress { return isAddress }
            let found = track.url.map { SiteData.addressKey($0) == key } ?? false
            isAddress = found
            return found
        }

        /// Names the link for `item`, whose own address it is or not.
        mutating func name(for item: PeopleCredits.Item, isItsAddress: Bool) {
            track = item
            isAddress = isItsAddress
        }
    }

    /// `items` grouped by scene, scenes in slug order, each scene's items in their order.
    /// `PeopleCredits` gives a person's items in scene order already, so the groups are runs of
    /// the array itself (nothing is copied); items in another order are sorted first.
    static func byScene(_ items: [PeopleCredits.Item]) -> [ArraySlice<PeopleCredits.Item>] {
        guard items.indices.dropFirst().allSatisfy({ items[$0 - 1].scene <= items[$0].scene }) else {
            let sorted = items.indices.sorted { (items[$0].scene, $0) < (items[$1].scene, $1) }.map {
                items[$0]
            }
            return byScene(sorted)
        }
        var groups: [ArraySlice<PeopleCredits.Item>] = []
        var start = items.startIndex
        while start < items.endIndex {
            var end = start + 1
            while end < items.endIndex && items[end].scene == items[start].scene { end += 1 }
            groups.append(items[start..<end])
            start = end
        }
        return groups
    }
}
