/// `/scenes/<slug>/`: profile, signals with evidence, charts, the 4-part model, core, bridges,
/// infrastructure and the weekly logs.
enum ScenePage {
    static func context(
        _ notes: Vault.SceneNotes, scene: Scene, analysis: SceneAnalysis, charts: SceneCharts, data: SiteData
    ) -> MustacheValue {
        let path = SitePaths.scene(scene.slug)
        let page = PageContext(data: data, path: path)
        var context = page.common(
            description:
                "\(scene.name.value): score \(Display.score(analysis.score)), \(analysis.phase.title).")
        context.merge(SceneSummary.fields(IndexEntry(analysis, place: scene.place ?? "")))
        context["aliases"] = PageContext.strings(scene.aliases.map(\.value))
        context["hasAliases"] = .bool(!scene.aliases.isEmpty)
        context["place"] = .string(scene.place ?? "")
        context["spotted"] = .string(scene.spotted.description)
        context["status"] = .string(scene.status.rawValue)
        context["tags"] = PageContext.strings(scene.tags)
        context["hasTags"] = .bool(!scene.tags.isEmpty)
        context["signals"] = .list(analysis.signals.map { signal(analysis: analysis, $0, page: page) })
        let files = SitePlan.sceneCharts(scene.slug).map { "../../" + $0 }
        context["signalChart"] = PageContext.chart(charts.signals, file: files[0])
        context["historyChart"] = PageContext.chart(
            charts.history,
            caption: "The score recomputed with the window ending at each logged week.",
            file: files[1])
        context["momentumChart"] = PageContext.chart(
            charts.momentum,
            caption: "Releases, room size and cross-collabs per week, with least-squares trends.",
            file: files[2])
        let momentum = analysis.momentum
        context["momentumSeries"] = .list(momentum.series.map(seriesNote))
        context["hasMomentumSeries"] = .bool(!momentum.series.isEmpty)
        // The bridges' other scenes are found once, for their list and for the checklist.
        var detected: [FormationChecklist.DetectedBridge] = []
        let bridges = analysis.bridges.filter { !$0.isPrivate }.map { bridge -> MustacheValue in
            let others = page.publicScenes(
                ofPerson: data.people.index(slug: bridge.slug), bridge.scenes, except: scene.slug)
            if !others.names.isEmpty {
                detected.append(.init(slug: bridge.slug, name: bridge.name, scenes: others.names))
            }
            guard case .object(var person) = page.person(slug: bridge.slug) else { return .null }
            person["scenes"] = others.links
            return .object(person)
        }
        context["formation"] = .list(
            FormationChecklist.items(scene, stage: analysis.stage, detected: detected, page: page))
        context["sound"] = .object([
            "tempo": .string(scene.sound.tempo?.value ?? ""), "drums": .string(scene.sound.drums ?? ""),
            "signature": .string(scene.sound.signature ?? ""),
        ])
        context["vocabulary"] = PageContext.strings(scene.vocabulary.map(\.value))
        context["hasVocabulary"] = .bool(!scene.vocabulary.isEmpty)
        // Private people all read "uncredited (private)": two or more of them are one row, last.
        let privateCore = analysis.core.filter(\.isPrivate).count
        var core = analysis.core.compactMap { member -> MustacheValue? in
            guard privateCore < 2 || !member.isPrivate else { return nil }
            guard case .object(var person) = page.person(slug: member.slug) else { return .null }
            person["appearances"] = .int(member.appearances)
            return .object(person)
        }
        if privateCore >= 2 {
            core.append(
                .object([
                    "name": .string(PeopleIndex.privateLabel), "url": .string(""),
                    "privatePeople": .int(privateCore),
                ]))
        }
        context["core"] = .list(core)
        context["hasCore"] = .bool(!core.isEmpty)
        context["bridges"] = .list(bridges)
        context["hasBridges"] = .bool(!bridges.isEmpty)
        context["infrastructure"] = .list(scene.infrastructure.map { infrastructure($0, data: page.data) })
        context["hasInfrastructure"] = .bool(!scene.infrastructure.isEmpty)
        context["bodyHTML"] = page.body(scene.body)
        let logs = notes.logs.reversed().map { log -> MustacheValue in
            .object([
                "week": .string(log.week.description),
                "url": .string(page.href(log: scene.slug, log.week)),
                "summary": .string(LogPage.summary(log, people: page.data.people)),
            ])
        }
        context["logs"] = .list(logs)
        context["hasLogs"] = .bool(!logs.isEmpty)
        return .object(context)
    }

    static func infrastructure(_ item: Infrastructure, data: SiteData) -> MustacheValue {
        .object([
            "kind": .string(item.kind.rawValue), "name": .string(item.name),
            "url": .string(data.publicAddress(item.url) ?? ""),
        ])
    }

    private static func signal(analysis: SceneAnalysis, _ result: SignalResult, page: PageContext)
        -> MustacheValue
    {
        let evidence = result.evidence.map { item -> MustacheValue in
            var entry = MustacheObject(capacity: 5)
            entry.append(new: PageKey.label, .string(item.label))
            entry.append(new: PageKey.week, .string(item.week.description))
            entry.append(new: PageKey.weekURL, .string(page.href(log: analysis.slug, item.week)))
            let url = item.url.flatMap { page.data.isPrivateAddress($0) ? nil : $0 }
            entry.append(new: PageKey.url, .string(url ?? ""))
            if let detail = item.detail { entry.append(new: PageKey.detail, .string(detail)) }
            return .object(entry)
        }
        var object = MustacheObject(
            capacity: 6,
            [
                "title": .string(result.signal.title),
                "strength": .string(Display.strength(result.strength)),
                "explanation": .string(SignalExplanation.text(result)),
                "evidence": .list(evidence),
                "hasEvidence": .bool(!evidence.isEmpty),
            ])
        if result.weight == 0 {
            object["weightNote"] = .string("Weight 0: not counted in the score.")
        } else if result.weight != 1 {
            // As `radar score --explain` and radar.json give it: every weight radar takes
            // (0.001 and up) shows as itself, not as "0".
            object["weightNote"] = .string("Weight \(NumberFormat.fixed(result.weight, maxDecimals: 6)).")
        }
        return .object(object)
    }

    private static func seriesNote(_ series: MomentumSeries) -> MustacheValue {
        let values = series.values.map(String.init).joined(separator: ", ")
        let note: String
        if let normalized = series.normalizedSlope {
            note =
                "\(values) — slope \(Display.signed(series.slope))/week ÷ mean \(NumberFormat.fixed(series.mean, maxDecimals: 2)) = \(Display.signed(normalized))"
        } else {
            note = "\(values) — mean 0, left out"
        }
        return .object(["name": .string(series.kind.title), "note": .string(note)])
    }
}

/// One sentence per signal saying how its strength was reached.
enum SignalExplanation {
    static func text(_ result: SignalResult) -> String {
        switch result.signal {
        case .platforms:
            return
                "\(result.count) distinct platform\(plural(result.count)); 3 make the three-platform pattern."
        case .vocabulary:
            return
                "\(result.count) recurring term\(plural(result.count)) of \(result.part("terms")) seen in the window's logs; 3 make a shared vocabulary."
        case .events:
            return
                "\(result.part("with-footage")) event\(plural(result.part("with-footage"))) with footage (\(result.part("in-series")) in a recurring series, counting double); 2 make full strength."
        case .howItsMade:
            return
                "\(result.count) breakdown\(plural(result.count)), tutorial\(plural(result.count)) or pack\(plural(result.count)) shared; 2 make full strength."
        case .remixes:
            return
                "\(result.part("remixes")) remix\(result.part("remixes") == 1 ? "" : "es") and \(result.part("edits")) edit\(plural(result.part("edits"))) against \(result.part("originals")) original\(plural(result.part("originals")))."
        case .smallPress:
            let major = result.part("major")
            return "\(result.part("small")) small-press piece\(plural(result.part("small")))"
                + (major > 0
                    ? "; \(major) major-press piece\(plural(major)) means the wave is underway." : ".")
        case .soundalikes:
            return "\(result.count) sound-alike act\(plural(result.count)); 2 make a sound-alike layer."
        }
    }

    private static func plural(_ count: Int) -> String { count == 1 ? "" : "s" }
}
