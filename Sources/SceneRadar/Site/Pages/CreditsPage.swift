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
            /// Their tracks' support links, as written, in the order their page meets them.
            var trackSupport: [(text: String, track: String)] = []
        }
        var totals: [Int: Total] = [:]
        for record in data.publicRecords {
            var inScene: [Int: [PeopleCredits.Tally]] = [:]
            for spelling in record.creditTallies.keys.sorted() {
                guard let index = data.people.index(of: spelling), !data.people.identities[index].isPrivate
                else {
                    continue
                }
                inScene[index, default: []].append(record.creditTallies[spelling].unsafelyUnwrapped)
            }
            for (index, tallies) in inScene {
                let rows = tallies.count == 1 ? tallies[0].rows.count : Set(tallies.flatMap(\.rows)).count
                totals[index, default: Total()].credits += rows
                totals[index]?.scenes.append(record.slug)
                for tally in tallies {
                    totals[index]?.trackSupport += tally.trackSupport.map { (text: $0, track: "") }
                }
            }
        }
        var rows: [(String, String, MustacheValue)] = []
        for (index, total) in totals {
            let identity = data.people.identities[index]
            let link = data.person(identity)
            guard case .object(var person) = page.person(link) else { continue }
            person["scenes"] = page.scenes(total.scenes)
            person["credits"] = .int(total.credits)
            let own = data.publicAddresses(identity.noteSlug.flatMap { data.personNotes[$0] }?.support ?? [])
            person["support"] = .list(own.map(PageContext.external))
            // The support their page lists through their tracks: counted here, linked there.
            let tracks = data.trackSupport(total.trackSupport, besides: own).count
            if tracks > 0 {
                person["trackSupport"] = .object([
                    "text": .string("Buy or tip their tracks (\(tracks))"),
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
