// Shared by the libFuzzer pipeline target (fuzz/NotePipelineFuzz.swift) and the tests.
import Foundation

@testable import SceneRadar

extension NotePipelineFuzzHarness {
    /// The site of a vault rendered into memory, job by job as `PageRenderer.run` renders it
    /// (assets and static files aside, which no note reaches): a full build per input writes about
    /// twenty files and parses the theme again, several times slower than the fuzzer wants.
    enum SiteRendering {
        /// The files (path → text) and the template errors met.
        struct Site {
            var files: [String: String] = [:]
            var errors: [String] = []
        }

        static func render(vault: Vault, theme: Theme) -> Site {
            let data = SiteData(vault: vault, baseURL: nil)
            let plan = SitePlan(data: data, theme: theme, staticFiles: [])
            var site = Site()
            func page(_ template: String, _ path: String, _ context: MustacheValue) {
                do {
                    site.files[path] = try theme.library.render(template, context)
                } catch {
                    site.errors.append("\(path): \(error)")
                }
            }
            for job in plan.jobs {
                switch job {
                case .scene(let slug):
                    guard let notes = data.notes(slug), let scene = notes.scene,
                        let analysis = data.analyses[slug]
                    else { continue }
                    let charts = SceneCharts(scene: scene, analysis: analysis)
                    page(
                        "scene", SitePaths.scene(slug),
                        ScenePage.context(notes, scene: scene, analysis: analysis, charts: charts, data: data)
                    )
                    page(
                        "scene-credits", SitePaths.sceneCredits(slug),
                        SceneCreditsPage.context(notes, scene: scene, data: data))
                    for (index, log) in notes.logs.enumerated() {
                        let previous = index > 0 ? notes.logs[index - 1].week : nil
                        let next = index + 1 < notes.logs.count ? notes.logs[index + 1].week : nil
                        page(
                            "log", SitePaths.log(slug, log.week),
                            LogPage.context(log, scene: scene, previous: previous, next: next, data: data))
                    }
                    for (path, chart) in zip(SitePlan.sceneCharts(slug), charts.standalone) {
                        site.files[path] = chart.svg
                    }
                case .person(let slug):
                    guard let identity = data.people.identity(slug: slug) else { continue }
                    page(
                        "person", SitePaths.person(slug),
                        PersonPage.context(identity, credits: data.credits, data: data))
                case .index:
                    page("index", SitePaths.index, IndexPage.context(data))
                    site.files[SitePlan.quadrantFile] =
                        IndexPage.quadrant(data, from: SitePaths.index).render(standalone: true).svg
                case .credits:
                    page("credits", SitePaths.credits, CreditsPage.context(data, credits: data.credits))
                case .notFound:
                    page("404", SitePaths.notFound, NotFoundPage.context(data))
                case .feeds:
                    site.files[SitePaths.feed] = AtomFeed.render(data)
                    site.files[SitePaths.radarJSON] = RadarJSON.render(data)
                    site.files[SitePaths.sitemap] = Sitemap.render(plan.allPaths, data: data)
                case .assets, .staticFiles:
                    continue
                }
            }
            return site
        }
    }
}

/// JSON validity through Foundation's parser (a different implementation from the library's
/// writer, so the two cannot share a mistake).
enum FuzzJSON {
    static func isValid(_ text: String) -> Bool {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])) != nil
    }
}
