/// People notes and radar.yml.
extension DecodeContext {
    mutating func person(_ node: YAMLNode, header: NoteHeader, slug: String, body: NoteBody) -> Person? {
        guard let fields = fields(node, SchemaCatalog.person, topLevel: true) else { return nil }
        var header = header
        header.lintIgnore = lintIgnore(fields["lint-ignore"])
        // A name drawn as nothing is `nameProblem`'s, below.
        var name = requiredString(fields["name"], "name", visible: false)
        if let given = name, let node = fields["name"],
            let problem = Self.nameProblem(given.value.trimmingSpaces(), "name")
        {
            report(.type, problem, at: node)
            name = nil
        }
        warnOfCommas(in: fields["aliases"], "aliases", listing: "names")
        let aliases = list(fields["aliases"], "aliases") { context, item -> Located<String>? in
            guard let alias = context.string(item, "aliases", item: true) else { return nil }
            // An alias that names nobody would match every credit that also names nobody.
            if let problem = Self.nameProblem(alias.value.trimmingSpaces(), "aliases") {
                context.report(.type, problem, at: item)
                return nil
            }
            return alias
        }
        var person = Person(
            header: header, slug: slug, name: name ?? Located("", at: header.location),
            aliases: aliases,
            kind: enumeration(fields["kind"], "kind", as: PersonKind.self),
            links: urls(fields["links"], "links"), support: urls(fields["support"], "support"),
            pronouns: string(fields["pronouns"], "pronouns")?.value,
            isPrivate: bool(fields["private"], "private") ?? false, body: body)
        person.header.textInvites = textInvites
        return name == nil ? nil : person
    }

    /// radar.yml. Every problem in it is reported; the defaults stand in for bad values.
    mutating func config(_ node: YAMLNode) -> SiteConfig {
        var config = SiteConfig()
        guard let fields = fields(node, SchemaCatalog.config, topLevel: true) else { return config }
        if let title = shownText(fields["title"], "title", shownAs: "every page's title") {
            config.title = title
        }
        if let node = fields["base-url"], let url = url(node, "base-url") {
            if let problem = url.siteAddressProblem {
                report(
                    .url, "'base-url' must be the address the site is published at, and \(problem)", at: node)
            } else {
                config.baseURL = url.publishedAddress
            }
        }
        if let node = fields["language"], let language = string(node, "language") {
            if Self.isLanguageTag(language.value) {
                config.language = language.value
            } else {
                report(
                    .config,
                    "'language' must be a language tag such as en, nl or pt-BR (the page's lang attribute), not '\(language.value)'",
                    at: node)
            }
        }
        config.author = shownText(fields["author"], "author", shownAs: "the footer's and the feed's author")
        if let node = fields["window"], let window = integer(node, "window") {
            if SiteConfig.windowRange.contains(window) {
                config.window = window
            } else {
                report(
                    .config,
                    "'window' must be between \(SiteConfig.windowRange.lowerBound) and \(SiteConfig.windowRange.upperBound) weeks, not \(window)",
                    at: node)
            }
        }
        if let node = fields["weights"] { weights(node, into: &config) }
        if let pages = enumeration(fields["people-pages"], "people-pages", as: PeoplePages.self) {
            config.peoplePages = pages
        }
        if let node = fields["lint"], let lint = self.fields(node, SchemaCatalog.lintSettings) {
            config.lintIgnore = lintIgnore(lint["ignore"])
            config.lintStrict = bool(lint["strict"], "strict") ?? false
        }
        // radar.yml is no note for lint's rules to read: its published text (the title on every
        // page, the author in the feed) is checked for invite links here.
        for invite in textInvites {
            diagnostics.append(
                PrivacyRules.diagnostic(invite.text, at: invite.location, length: invite.length))
        }
        return config
    }

    /// A setting the site shows as text; a `config` error, and `nil` (the default stands), when
    /// it is empty or holds only white space or characters drawn as nothing, which would show as
    /// nothing at all.
    private mutating func shownText(_ node: YAMLNode?, _ key: String, shownAs use: String) -> String? {
        guard let node, let text = string(node, key)?.value else { return nil }
        guard Self.showsNothing(text) else { return text }
        report(
            .config,
            "'\(key)' is \(text.isEmpty ? "empty" : "only white space or characters drawn as nothing"), and it would be \(use): give it, or leave the key out",
            at: node)
        return nil
    }

    /// Whether `text` has the shape of a BCP 47 language tag: a language of 2–8 letters (or `x`
    /// or `i` before private and registered tags), then subtags of 1–8 letters and digits, joined
    /// by hyphens.
    static func isLanguageTag(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first,
            (2...8).contains(first.utf8.count) || (parts.count > 1 && ["x", "i", "X", "I"].contains(first)),
            first.utf8.allSatisfy({ Self.isASCIILetter($0) })
        else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.utf8.count)
                && part.utf8.allSatisfy { Self.isASCIILetter($0) || ($0 >= 0x30 && $0 <= 0x39) }
        }
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    private mutating func weights(_ node: YAMLNode, into config: inout SiteConfig) {
        guard let pairs = node.pairs else {
            let shown = Self.shown(node) { _ in false }
            report(.type, "'weights' must be a mapping of signal to weight, not \(shown)", at: node)
            return
        }
        for pair in pairs {
            // As everywhere in radar.yml: `x-` keys are the curator's, and a key with nothing
            // after it (`remixes:`, `remixes: ~`) is not given, so that signal keeps weight 1.
            guard let key = pair.key.scalar, !key.hasPrefix("x-") else { continue }
            guard let signal = Signal(rawValue: key) else {
                let hint = EditDistance.suggestion(for: key, among: Signal.words).map {
                    "; did you mean '\($0)'?"
                }
                report(
                    .config, "'\(key)' is not a signal\(hint ?? "")", at: pair.key,
                    notes: [.init("signals: \(Signal.words.joined(separator: ", "))")])
                continue
            }
            guard !pair.value.isNull, let weight = number(pair.value, key) else { continue }
            guard weight == 0 || SiteConfig.weightRange.contains(weight) else {
                // 1e-7 would be shown as 0 while it made the whole score, and 5e-324 or 1e307
                // would leave no number for 100 × Σ wᵢsᵢ / Σ wᵢ.
                report(
                    .config,
                    "'\(key)' must weigh 0 (left out of the score) or from 0.001 to 1000000, not \(pair.value.scalar ?? "")",
                    at: pair.value,
                    notes: [.init("weights count only relative to each other: 1 to 10 is plenty")])
                continue
            }
            config.weights[signal] = weight
        }
        if config.weights.values.allSatisfy({ $0 == 0 }) {
            report(
                .config,
                "every signal weight is 0, so no score can be computed; give at least one a weight > 0",
                at: node)
            config.weights = SiteConfig().weights
        }
    }
}
