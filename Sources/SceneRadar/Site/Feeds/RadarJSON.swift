/// `/radar.json`: scores and signals of every public scene, machine-readable. Private scenes,
/// private people and private events never appear; evidence carries no file paths.
enum RadarJSON {
    /// The document as pieces to write one after the other (the scenes' parts are not copied).
    static func render(_ data: SiteData) -> [ArraySlice<UInt8>] {
        let setting = data.setting
        let fragments = data.rankedPublicScenes.compactMap { data.records[$0.slug]?.radarJSON }
        let document = JSONValue.members([
            ("generator", .string("Scene Radar \(RadarVersion.current)")),
            ("title", .string(data.config.title)),
            ("now", .optional(setting.now?.description)),
            ("window", .int(setting.window)),
            (
                "weights",
                .members(Signal.allCases.map { ($0.rawValue, JSONValue.decimal(setting.weights[$0] ?? 1)) })
            ),
            // Each scene's part was written when its pages were.
            ("scenes", .array(fragments.map(JSONValue.raw))),
            (
                "bridges",
                .array(
                    data.bridges.filter { !$0.isPrivate }.map { bridge in
                        .members([
                            ("person", .string(bridge.name)), ("slug", .string(bridge.slug)),
                            (
                                "scenes",
                                .array(
                                    bridge.scenes.filter { data.sceneNames[$0] != nil }.map(JSONValue.string))
                            ),
                        ])
                    })
            ),
        ])
        return JSONWriter(compact: true).pieces(document) + [[UInt8(ascii: "\n")]]
    }

    /// A public scene's part of radar.json (compact, as the whole file is: it is read by
    /// programs, and at thousands of scenes indentation would be nearly half its size).
    static func fragment(_ analysis: SceneAnalysis, data: SiteData) -> [UInt8] {
        // Kept for the whole build: copied to an array of its exact size.
        JSONWriter(compact: true).bytes(scene(analysis, data: data), capacity: 1 << 14).exactCopy()
    }

    /// One scene's analysis as JSON (shared with `radar score --format json`, which also shows
    /// private scenes to the curator).
    static func scene(_ scene: SceneAnalysis, data: SiteData?) -> JSONValue {
        func person(_ slug: String, _ name: String, _ isPrivate: Bool) -> String {
            isPrivate && data != nil ? SiteData.privateLabel : name
        }
        var members: [(String, JSONValue)] = [
            ("slug", .string(scene.slug)),
            ("name", .string(scene.name)),
        ]
        if let data {
            members.append(("url", .string(data.absolute(SitePaths.scene(scene.slug)))))
        } else {
            members.append(("public", .bool(scene.isPublic)))
        }
        members += [
            ("score", .decimal(scene.score, places: 1)),
            ("stale", .bool(scene.isStale)),
            ("logsInWindow", .int(scene.logsInWindow)),
            ("phase", .string(scene.phase.rawValue)),
            (
                "stage",
                .members([
                    ("points", .int(scene.stage.points)), ("tool", .bool(scene.stage.tool)),
                    ("container", .bool(scene.stage.container)), ("visuals", .bool(scene.stage.visuals)),
                    ("bridges", .bool(scene.stage.bridges)),
                    ("typedBridges", .bool(scene.stage.typedBridges)),
                    ("detectedBridges", .bool(scene.stage.detectedBridges)),
                    ("trend", .bool(scene.stage.isTrend)),
                ])
            ),
            ("momentum", momentum(scene.momentum)),
            ("signals", .array(scene.signals.map { signal($0, withLocations: data == nil) })),
            (
                "history",
                .array(
                    scene.history.map {
                        .members([
                            ("week", .string($0.week.description)), ("score", .decimal($0.score, places: 1)),
                        ])
                    })
            ),
            (
                "core",
                .array(
                    scene.core.filter { data == nil || !$0.isPrivate }.map {
                        .members([
                            ("person", .string(person($0.slug, $0.name, $0.isPrivate))),
                            ("slug", .string($0.slug)),
                            ("appearances", .int($0.appearances)),
                        ])
                    })
            ),
            (
                "bridges",
                .array(
                    scene.bridges.filter { data == nil || !$0.isPrivate }.map {
                        .members([
                            ("person", .string($0.name)), ("slug", .string($0.slug)),
                            ("scenes", .array($0.scenes.map(JSONValue.string))),
                        ])
                    })
            ),
        ]
        return .members(members)
    }

    static func momentum(_ momentum: Momentum) -> JSONValue {
        .members([
            ("value", .decimal(momentum.value)),
            ("trend", .string(momentum.trend.rawValue)),
            ("tooEarly", .bool(momentum.isTooEarly)),
            ("weeks", .array(momentum.weeks.map { .string($0.description) })),
            (
                "series",
                .array(
                    momentum.series.map { series in
                        .members([
                            ("kind", .string(series.kind.rawValue)),
                            ("values", .array(series.values.map(JSONValue.int))),
                            ("slope", .decimal(series.slope)),
                            ("mean", .decimal(series.mean)),
                            (
                                "normalizedSlope",
                                series.normalizedSlope.map { JSONValue.decimal($0) } ?? .null
                            ),
                        ])
                    })
            ),
        ])
    }

    static func signal(_ result: SignalResult, withLocations: Bool) -> JSONValue {
        .members([
            ("signal", .string(result.signal.rawValue)),
            ("strength", .decimal(result.strength)),
            ("weight", .decimal(result.weight)),
            ("count", .int(result.count)),
            ("divisor", .int(result.divisor)),
            ("parts", .members(result.parts.map { ($0.name, JSONValue.int($0.value)) })),
            (
                "evidence",
                .array(
                    result.evidence.map { item in
                        var fields: [(String, JSONValue)] = [
                            ("kind", .string(item.kind.rawValue)), ("label", .string(item.label)),
                            ("detail", .optional(item.detail)), ("url", .optional(item.url)),
                            ("week", .string(item.week.description)),
                        ]
                        if withLocations {
                            fields.append(
                                (
                                    "location",
                                    .string(
                                        "\(item.location.file):\(item.location.line):\(item.location.column)")
                                ))
                        }
                        return .members(fields)
                    })
            ),
        ])
    }
}
