/// `/credits/`: the whole vault's support directory — who to credit and how to pay them.
enum CreditsPage {
    static func context(_ data: SiteData) -> MustacheValue {
        let page = PageContext(data: data, path: SitePaths.credits)
        var context = page.common(description: "Who made the music on this radar, and how to pay them.")
        // Each scene's record counts its public credits by spelling; spellings meet in people.
        // Records come by slug, so each person's scenes are gathered in order, each once.
        var totals: [Int: (credits: Int, scenes: [String])] = [:]
        for record in data.publicRecords {
            for (spelling, count) in record.creditCounts {
                guard let index = data.people.index(of: spelling), !data.people.identities[index].isPrivate
                else {
                    continue
                }
                totals[index, default: (0, [])].credits += count
                if totals[index]?.scenes.last != record.slug { totals[index]?.scenes.append(record.slug) }
            }
        }
        var rows: [(String, String, MustacheValue)] = []
        for (index, total) in totals {
            let identity = data.people.identities[index]
            guard case .object(var person) = page.person(data.person(identity)) else { continue }
            person["scenes"] = page.scenes(total.scenes)
            person["credits"] = .int(total.credits)
            let support = data.publicAddresses(
                identity.noteSlug.flatMap { data.personNotes[$0] }?.support ?? [])
            person["support"] = .list(support.map(PageContext.external))
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
