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
        // Kept for the whole build: copied to an array of its exact size.
        return json.bytes.exactCopy()
    }

    /// One scene's analysis as JSON (shared with `radar score --format json`, which also shows
    /// private scenes to the curator): written straight to `json`, as a build writes one for
    /// every scene.
    static func scene(_ scene: SceneAnalysis, data: SiteData?, into json: inout JSONStream) {
        func person(_ slug: String, _ name: String, _ isPrivate: Bool) -> String {
            isPrivate && data != nil ? SiteData.privateLabel : name
        }
        json.object { json in
            json.key("slug")
            json.string(scene.slug)
            json.key("name")
            json.string(scene.name)
            if let data {
                json.key("url")
                json.string(data.absolute(SitePaths.scene(scene.slug)))
            } else {
                json.key("public")
                json.bool(scene.isPublic)
            }
            json.key("score")
            json.decimal(scene.score, places: 1)
            json.key("stale")
            json.bool(scene.isStale)
            json.key("logsInWindow")
            json.int(scene.logsInWindow)
            json.key("phase")
            json.string(scene.phase.rawValue)
            json.key("stage")
            json.object { json in
                let stage = scene.stage
                json.key("points")
                json.int(stage.points)
                for (name, flag) in [
                    ("tool", stage.tool), ("container", stage.container), ("visuals", stage.visuals),
                    ("bridges", stage.bridges), ("typedBridges", stage.typedBridges),
                    ("detectedBridges", stage.detectedBridges), ("trend", stage.isTrend),
                ] {
                    json.key(name)
                    json.bool(flag)
                }
            }
            json.key("momentum")
            momentum(scene.momentum, into: &json)
            json.key("signals")
            json.array(scene.signals) { json, result in
                signal(result, withLocations: data == nil, into: &json)
            }
            json.key("history")
            json.array(scene.history) { json, point in
                json.object { json in
                    json.key("week")
                    json.string(point.week.description)
                    json.key("score")
                    json.decimal(point.score, places: 1)
                }
            }
            json.key("core")
            json.array(scene.core.filter { data == nil || !$0.isPrivate }) { json, member in
                json.object { json in
                    json.key("person")
                    json.string(person(member.slug, member.name, member.isPrivate))
                    json.key("slug")
                    json.string(member.slug)
                    json.key("appearances")
                    json.int(member.appearances)
                }
            }
            json.key("bridges")
            json.array(scene.bridges.filter { data == nil || !$0.isPrivate }) { json, bridge in
                json.object { json in
                    json.key("person")
                    json.string(bridge.name)
                    json.key("slug")
                    json.string(bridge.slug)
                    json.key("scenes")
                    json.array(bridge.scenes) { json, scene in json.string(scene) }
                }
            }
        }
    }

    static func momentum(_ momentum: Momentum, into json: inout JSONStream) {
        json.object { json in
            json.key("value")
            json.decimal(momentum.value)
            json.key("trend")
            json.string(momentum.trend.rawValue)
            json.key("tooEarly")
            json.bool(momentum.isTooEarly)
            json.key("weeks")
            json.array(momentum.weeks) { json, week in json.string(week.description) }
            json.key("series")
            json.array(momentum.series) { json, series in
                json.object { json in
                    json.key("kind")
                    json.string(series.kind.rawValue)
                    json.key("values")
                    json.array(series.values) { json, value in json.int(value) }
                    json.key("slope")
                    json.decimal(series.slope)
                    json.key("mean")
                    json.decimal(series.mean)
                    json.key("normalizedSlope")
                    if let slope = series.normalizedSlope { json.decimal(slope) } else { json.null() }
                }
            }
        }
    }

    static func signal(_ result: SignalResult, withLocations: Bool, into json: inout JSONStream) {
        json.object { json in
            json.key("signal")
            json.string(result.signal.rawValue)
            json.key("strength")
            json.decimal(result.strength)
            json.key("weight")
            json.decimal(result.weight)
            json.key("count")
            json.int(result.count)
            json.key("divisor")
            json.int(result.divisor)
            json.key("parts")
            json.object { json in
                for part in result.parts {
                    json.key(part.name)
                    json.int(part.value)
                }
            }
            json.key("evidence")
            json.array(result.evidence) { json, item in
                json.object { json in
                    json.key("kind")
                    json.string(item.kind.rawValue)
                    json.key("label")
                    json.string(item.label)
                    json.key("detail")
                    json.optional(item.detail)
                    json.key("url")
                    json.optional(item.url)
                    json.key("week")
                    json.string(item.week.description)
                    if withLocations {
                        json.key("location")
                        json.string("\(item.location.file):\(item.location.line):\(item.location.column)")
                    }
                }
            }
        }
    }
}
