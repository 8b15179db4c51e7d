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
        var json = JSONStream(compact: true, capacity: 1 << 14)
        scene(analysis, data: data, into: &json)
        // Kept for the whole build: an array of its exact size.
        return json.bytes
    }

    /// One scene's analysis as JSON (shared with `radar score --format json`, which also shows
    /// private scenes to the curator): written straight to `json`, as a build writes one for
    /// every scene.
    ///
    /// - Parameter totalWeight: Σw of the scene's signals, for `radar score --explain`: each
    ///   signal then also says what it adds to the score. `nil` (radar.json, the ranking) leaves
    ///   that out.
    static func scene(
        _ scene: SceneAnalysis, data: SiteData?, totalWeight: Double? = nil, into json: inout JSONStream
    ) {
        func person(_ slug: String, _ name: String, _ isPrivate: Bool) -> String {
            isPrivate && data != nil ? SiteData.privateLabel : name
        }
        json.object { json in
            json.member("slug", scene.slug)
            json.member("name", scene.name)
            if let data {
                json.member("url", data.absolute(SitePaths.scene(scene.slug)))
            } else {
                json.member("public", scene.isPublic)
            }
            json.member("score", decimal: scene.score, places: 1)
            json.member("stale", scene.isStale)
            json.member("logsInWindow", scene.logsInWindow)
            json.member("phase", scene.phase.rawValue)
            json.key("stage")
            json.object { json in
                let stage = scene.stage
                json.member("points", stage.points)
                json.member("tool", stage.tool)
                json.member("container", stage.container)
                json.member("visuals", stage.visuals)
                json.member("bridges", stage.bridges)
                json.member("typedBridges", stage.typedBridges)
                json.member("detectedBridges", stage.detectedBridges)
                json.member("trend", stage.isTrend)
            }
            json.key("momentum")
            momentum(scene.momentum, into: &json)
            json.key("signals")
            json.array(scene.signals) { json, result in
                signal(result, data: data, totalWeight: totalWeight, into: &json)
            }
            json.key("history")
            json.array(scene.history) { json, point in
                json.object { json in
                    json.member("week", point.week.description)
                    json.member("score", decimal: point.score, places: 1)
                }
            }
            json.key("core")
            json.array(scene.core.filter { data == nil || !$0.isPrivate }) { json, member in
                json.object { json in
                    json.member("person", person(member.slug, member.name, member.isPrivate))
                    json.member("slug", member.slug)
                    json.member("appearances", member.appearances)
                    // Only `radar score`, for the curator, lists private people: it says which.
                    if member.isPrivate { json.member("isPrivate", true) }
                }
            }
            // The site's core leaves private people out, but its page counts them ("uncredited
            // (private)"): say how many, so the two agree.
            if data != nil {
                let privateCore = scene.core.count { $0.isPrivate }
                if privateCore > 0 { json.member("privateCore", privateCore) }
            }
            json.key("bridges")
            json.array(scene.bridges.filter { data == nil || !$0.isPrivate }) { json, bridge in
                json.object { json in
                    json.member("person", bridge.name)
                    json.member("slug", bridge.slug)
                    if bridge.isPrivate { json.member("isPrivate", true) }
                    json.key("scenes")
                    json.array(bridge.scenes) { json, scene in json.string(scene) }
                }
            }
        }
    }

    static func momentum(_ momentum: Momentum, into json: inout JSONStream) {
        json.object { json in
            json.member("value", decimal: momentum.value)
            json.member("trend", momentum.trend.rawValue)
            json.member("tooEarly", momentum.isTooEarly)
            json.key("weeks")
            json.array(momentum.weeks) { json, week in json.string(week.description) }
            json.key("series")
            json.array(momentum.series) { json, series in
                json.object { json in
                    json.member("kind", series.kind.rawValue)
                    json.key("values")
                    json.array(series.values) { json, value in json.int(value) }
                    json.member("slope", decimal: series.slope)
                    json.member("mean", decimal: series.mean)
                    json.key("normalizedSlope")
                    if let slope = series.normalizedSlope { json.decimal(slope) } else { json.null() }
                }
            }
        }
    }

    /// One signal: strength, weight, counts and evidence; with `totalWeight`, also its
    /// contribution w·s and the points that gives the score (100 × w·s / Σw).
    /// One signal; `data` is the site's when published (no source locations, a private
    /// person's own addresses left out), nil for `radar score`.
    static func signal(
        _ result: SignalResult, data: SiteData?, totalWeight: Double? = nil, into json: inout JSONStream
    ) {
        let withLocations = data == nil
        json.object { json in
            json.member("signal", result.signal.rawValue)
            json.member("strength", decimal: result.strength)
            // Weights are the curator's own decimals: six places keep 0.00125 as written.
            json.member("weight", decimal: result.weight, places: 6)
            if let totalWeight {
                json.member("contribution", decimal: result.contribution)
                json.member("points", decimal: totalWeight > 0 ? 100 * result.contribution / totalWeight : 0)
            }
            json.member("count", result.count)
            json.member("divisor", result.divisor)
            json.key("parts")
            json.object { json in
                for part in result.parts {
                    json.member(part.name, part.value)
                }
            }
            json.key("evidence")
            json.array(result.evidence) { json, item in
                json.object { json in
                    json.member("kind", item.kind.rawValue)
                    json.member("label", item.label)
                    json.member("detail", optional: item.detail)
                    json.member(
                        "url", optional: item.url.flatMap { data?.isPrivateAddress($0) == true ? nil : $0 })
                    json.member("week", item.week.description)
                    if withLocations {
                        json.member(
                            "location", "\(item.location.file):\(item.location.line):\(item.location.column)")
                    }
                }
            }
        }
    }
}
