/// `/credits/`: the whole vault's support directory — who to credit and how to pay them.
enum CreditsPage {
    static func context(_ data: SiteData) -> MustacheValue {
        let page = PageContext(data: data, path: SitePaths.credits)
        var context = page.common(description: "Who made the music on this radar, and how to pay them.")
        // Each scene's record tallies its public credits by spelling; spellings meet in people.
        // Records come by slug, so each person's scenes are gathered in order, each once.
        struct Total {
            /// Their rows on their page: in each scene, the rows of all their spellings, once.
            var credits = 0
            var scenes: [String] = []
            /// Their tracks' support links as compared (`SiteData.addressKey`, hashed), none a
            /// private person's.
            var trackSupport: Set<UInt64> = []
            /// The record their last spelling was in, and its rows (decoded only when a second
            /// spelling of theirs is in the same scene).
            var lastRecord = -1
            var lastRows: (first: PeopleCredits.Tallies.Rows, merged: [UInt64]?)?
        }
        let people = data.people.identities
        var totals = [Total?](repeating: nil, count: people.count)
        for (position, record) in data.publicRecords.enumerated() {
            // A record's tallies are checked with the cache file they come in: one that does
            // not decode adds what was read before the damage, no more.
            var keys: [UInt64?] = []
            _ = try? PeopleCredits.Tallies.read(record.creditTallies) { spelling, rows, support, links in
                guard let index = data.people.index(of: spelling), !people[index].isPrivate else { return }
                var total = totals[index].take() ?? Total()
                defer { totals[index] = total }
                if total.lastRecord != position {
                    total.lastRecord = position
                    total.lastRows = (rows, nil)
                    total.credits += rows.count
                    total.scenes.append(record.slug)
                } else if let last = total.lastRows {
                    // Another spelling of theirs in the same scene: the rows they share count once.
                    let before = last.merged ?? last.first.decoded
                    let merged = Set(before).union(rows.decoded).sorted()
                    total.credits += merged.count - before.count
                    total.lastRows = (last.first, merged)
                }
                guard !support.isEmpty else { return }
                // Each link as compared, once per scene: links the same as compared are all a
                // private person's or none (see `PrivateAddresses`).
                if keys.isEmpty {
                    keys = links.map { data.isPrivateAddress($0) ? nil : Self.key($0) }
                }
                for link in support {
                    if let key = keys[link] { total.trackSupport.insert(key) }
                }
            }
        }
        var rows: [(String, String, MustacheValue)] = []
        for (index, total) in totals.enumerated() {
            guard let total else { continue }
            let identity = people[index]
            let link = data.person(identity)
            guard case .object(var person) = page.person(link) else { continue }
            person["scenes"] = page.scenes(total.scenes)
            person["credits"] = .int(total.credits)
            let own = data.publicAddresses(identity.noteSlug.flatMap { data.personNotes[$0] }?.support ?? [])
            person["support"] = .list(own.map(PageContext.external))
            // The support their page lists through their tracks (`PersonPage.trackSupport`: each
            // link once as compared, none of their own or a private person's): counted here,
            // linked there.
            let tracks = total.trackSupport.subtracting(own.map { Self.key($0.text) }).count
            if tracks > 0 {
                person["trackSupport"] = .object([
                    "text": .string("Buy or tip their tracks (\(tracks) \(tracks == 1 ? "link" : "links"))"),
                    "url": link.path.map { .string(page.href($0) + "#track-support-heading") } ?? .null,
                ])
            }
            person["hasSupport"] = .bool(!own.isEmpty)
            person["hasAnySupport"] = .bool(!own.isEmpty || tracks > 0)
            rows.append((NameKey.fold(identity.name), identity.slug, .object(person)))
        }
        rows.sort { ($0.0, $0.1) < ($1.0, $1.1) }
        context["people"] = .list(rows.map(\.2))
        context["hasPeople"] = .bool(!rows.isEmpty)
        var infrastructure: [MustacheValue] = []
        for record in data.publicRecords {
            for item in record.infrastructure {
                var object: MustacheObject = ["kind": .string(item.kind), "name": .string(item.name)]
                object["url"] = .string(data.publicAddress(item.url) ?? "")
                object["scene"] = .string(record.name)
                object["sceneURL"] = .string(page.href(SitePaths.scene(record.slug)))
                infrastructure.append(.object(object))
            }
        }
        context["infrastructure"] = .list(infrastructure)
        context["hasInfrastructure"] = .bool(!infrastructure.isEmpty)
        return .object(context)
    }

    /// The address written `text` as compared (`SiteData.addressKey`), hashed.
    private static func key(_ text: String) -> UInt64 {
        FNV1a.hash64(SiteData.addressKey(text), continuing: FNV1a.offsetBasis)
    }
}

/// `/404.html`: served for any missing path, so its links are absolute when a base URL is known
/// and root-relative otherwise.
enum NotFoundPage {
    static func context(_ data: SiteData) -> MustacheValue {
        var context = PageContext(data: data, path: SitePaths.notFound).common(description: "Page not found.")
        context["root"] = .string(data.baseURL ?? "/")
        return .object(context)
    }
}
