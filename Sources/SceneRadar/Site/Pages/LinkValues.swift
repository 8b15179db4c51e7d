/// Person and scene links as page contexts show them (`{name, url}`), made once per build for
/// the two depths nearly every page is at — scene and person pages two folders deep, log and
/// credits pages three. Scene links are also made for the index and the credits directory,
/// which list scenes thousands of times. Tens of thousands of links per build then cost a
/// lookup each instead of an object each. (A list's `last` is the renderer's: see
/// `ListPosition`.)
struct LinkValues: Sendable {
    /// One link, and the name it shows. A class: pages copy links out of the tables thousands
    /// of times each, and a copy is then one retain rather than two.
    final class Forms: Sendable {
        let plain: MustacheValue
        let name: String

        init(_ members: MustacheObject, name: String) {
            self.name = name
            plain = .object(members)
        }
    }

    /// The roots of the depths links are made for.
    static let roots = ["../../", "../../../"]
    /// The roots of the depths scene links are made for.
    static let sceneRoots = ["", "../"] + roots

    /// By root: each identity's forms, in `PeopleIndex.identities` order.
    private let people: [String: [Forms]]
    /// By root: each public scene's forms, by slug.
    private let scenes: [String: [String: Forms]]
    /// By person (their index in the people index): the forms of the public scenes they appear
    /// in, seen from a scene page, with their slugs, in slug order. A scene page lists each
    /// bridge's other scenes: a person in a dozen scenes is listed on each of their pages, and
    /// finding their scenes once saves a lookup per scene on every page.
    private let personScenes: [[(slug: String, forms: Forms)]]

    /// The depth of scene pages, for which `personScenes` is made.
    static let scenePageRoot = "../../"

    /// No links made ahead (every link is made when asked for).
    init() {
        people = [:]
        scenes = [:]
        personScenes = []
    }

    init(data: SiteData) {
        var people: [String: [Forms]] = [:]
        var scenes: [String: [String: Forms]] = [:]
        for root in Self.roots {
            people[root] = data.people.identities.map { identity in
                let link = data.person(identity)
                return Forms(Self.person(link, root: root), name: link.name)
            }
        }
        for root in Self.sceneRoots {
            var byScene: [String: Forms] = [:]
            for (slug, name) in data.sceneNames {
                byScene[slug] = Forms(Self.scene(slug, name: name, root: root), name: name)
            }
            scenes[root] = byScene
        }
        let atScenePages = scenes[Self.scenePageRoot] ?? [:]
        personScenes = data.people.identities.indices.map { person in
            data.presence.scenes(of: person).compactMap { slug in atScenePages[slug].map { (slug, $0) } }
        }
        self.people = people
        self.scenes = scenes
    }

    /// The forms of the public scenes `person` appears in, seen from a scene page, with their
    /// slugs, in slug order; `nil` when not made.
    func scenes(ofPerson person: Int) -> [(slug: String, forms: Forms)]? {
        person < personScenes.count ? personScenes[person] : nil
    }

    /// Every identity's forms, in `PeopleIndex.identities` order, seen from a page at `root`;
    /// `nil` when not made for that root.
    func people(root: String) -> [Forms]? {
        people[root]
    }

    /// Every public scene's forms by slug, seen from a page at `root`; `nil` when not made
    /// for that root.
    func scenes(root: String) -> [String: Forms]? {
        scenes[root]
    }

    /// A person as `{name, url}`; `url` is always set (empty without a page), so a lookup never
    /// climbs to an enclosing object's `url` (a track's).
    static func person(_ link: SiteData.PersonLink, root: String) -> MustacheObject {
        ["name": .string(link.name), "url": .string(link.path.map { root + $0 } ?? "")]
    }

    /// A public scene as `{name, url}`.
    static func scene(_ slug: String, name: String, root: String) -> MustacheObject {
        ["name": .string(name), "url": .string(root + SitePaths.scene(slug))]
    }
}
