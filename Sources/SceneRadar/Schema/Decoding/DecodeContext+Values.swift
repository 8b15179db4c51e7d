/// Typed readers: each returns `nil` after reporting when the value has the wrong type.
extension DecodeContext {
    /// A string (any scalar style). `item` says the node is one item of the list under `key`,
    /// which a type error names so; `published: false` says the value is never published (a
    /// private container's name), so an invite link in it is no problem.
    mutating func string(_ node: YAMLNode?, _ key: String, item: Bool = false, published: Bool = true)
        -> Located<String>?
    {
        guard let value = scalarText(node, key, item: item) else { return nil }
        // `find` takes its quick look first: nearly every value is settled there.
        if published, let node { noteInvites(in: value.value, at: node) }
        return value
    }

    /// The text of a scalar, or `nil` after reporting another kind of node.
    private mutating func scalarText(_ node: YAMLNode?, _ key: String, item: Bool) -> Located<String>? {
        guard let node else { return nil }
        guard let text = node.scalar else {
            let subject = item ? "each item of '\(key)'" : "'\(key)'"
            report(.type, "\(subject) must be a string, not \(node.kindDescription)", at: node)
            return nil
        }
        return Located(text, at: location(node))
    }

    /// Keeps the chat invite links in `text`, a text value written at `node`: each where it
    /// starts when the value is written as it reads (`YAMLNode.isVerbatim`), else where the
    /// value starts, with no extent.
    private mutating func noteInvites(in text: String, at node: YAMLNode) {
        for (_, column, invite) in InviteLinks.find(in: text) {
            var place = location(node)
            guard node.isVerbatim else {
                textInvites.append(PlacedText(invite, at: place, length: 1))
                continue
            }
            place.column += column - 1 + (node.scalarStyle == .plain ? 0 : 1)
            textInvites.append(PlacedText(invite, at: place, length: invite.unicodeScalars.count))
        }
    }

    /// A string the record requires: a blank one, or one that would show as nothing (only
    /// white space or characters drawn as nothing), is reported and read as missing. A caller
    /// that says why such a value names nothing in its own words passes `visible: false`.
    mutating func requiredString(_ node: YAMLNode?, _ key: String, visible: Bool = true) -> Located<String>? {
        guard let value = string(node, key) else { return nil }
        if value.value.isBlank {
            if let node { report(.required, "'\(key)' is required and must not be empty", at: node) }
            return nil
        }
        if visible, Self.showsNothing(value.value) {
            if let node {
                report(
                    .required,
                    "'\(key)' is required, and this one holds only characters drawn as nothing (zero-width, invisible)",
                    at: node)
            }
            return nil
        }
        return value
    }

    /// `true` or `false`, written without quotes.
    mutating func bool(_ node: YAMLNode?, _ key: String) -> Bool? {
        guard let node else { return nil }
        switch (node.scalar, node.scalarStyle) {
        case ("true", .plain): return true
        case ("false", .plain): return false
        default:
            let shown = Self.shown(node) { $0 == "true" || $0 == "false" }
            report(.type, "'\(key)' must be true or false, not \(shown)\(Self.booleanHint(node))", at: node)
            return nil
        }
    }

    /// How to write a plain scalar another YAML reader takes for a boolean as radar's: `True` and
    /// `FALSE` (YAML 1.2) in lowercase, `yes`, `off` and the like (YAML 1.1) as `true` or `false`.
    private static func booleanHint(_ node: YAMLNode) -> String {
        guard node.scalarStyle == .plain, let text = node.scalar?.lowercased() else { return "" }
        switch text {
        case "true", "false": return "; write \(text) in lowercase"
        case "yes", "y", "on": return "; write true"
        case "no", "n", "off": return "; write false"
        default: return ""
        }
    }

    /// How a value of the wrong type is shown in a message: a quoted scalar is said to be quoted
    /// (quotes make text of anything), with how to write it when its text would do unquoted.
    static func shown(_ node: YAMLNode, validUnquoted: (String) -> Bool) -> String {
        guard let text = node.scalar else { return node.kindDescription }
        switch node.scalarStyle {
        case .singleQuoted?, .doubleQuoted?:
            let quote = node.scalarStyle == .singleQuoted ? "'" : "\""
            let written = "the quoted text " + quote + text + quote
            return validUnquoted(text) ? written + "; write \(text) without quotes" : written
        default:
            return "'\(text)'"
        }
    }

    /// A whole number ≥ 0, in digits or in another form of YAML's core schema an editor reads
    /// as that number (`+6`, `0x10`, `0o17`, `1e3`, `180.0`): a JSON Schema `integer`, as
    /// `radar schema` gives it, is any number without a fraction.
    mutating func integer(_ node: YAMLNode?, _ key: String) -> Int? {
        guard let node else { return nil }
        if let text = node.scalar, node.scalarStyle == .plain, let value = Digits.value(text.utf8) {
            return value
        }
        if let text = node.scalar, node.scalarStyle == .plain, let value = Self.coreInteger(text) {
            return value
        }
        if let text = node.scalar, node.scalarStyle == .plain, !text.isEmpty,
            text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
        {
            report(
                .limit,
                "'\(key)' has \(text.utf8.count) digits; radar reads whole numbers of at most \(Digits.maxCount) digits",
                at: node)
            return nil
        }
        let shown = Self.shown(node) { Digits.value($0.utf8) != nil || Self.coreInteger($0) != nil }
        report(.type, "'\(key)' must be a whole number, not \(shown)", at: node)
        return nil
    }

    /// The value of a core-schema integer other than plain digits, when it is ≥ 0 and its
    /// significant digits are no more than plain digits may have.
    private static func coreInteger(_ text: String) -> Int? {
        let bytes = Array(text.utf8)
        guard bytes.count > 1 else { return nil }
        if bytes.count <= 2 + Digits.maxCount, case .int(let value)? = CoreSchemaNumbers.integer(bytes) {
            return value >= 0 && String(value).utf8.count <= Digits.maxCount ? value : nil
        }
        return CoreSchemaNumbers.wholeFloatDigits(bytes, maxDigits: Digits.maxCount).flatMap { Int($0) }
    }

    /// A number ≥ 0 (integer or decimal), in any form of YAML's core schema an editor reads as
    /// such a number (`0.5`, `.5`, `+2`, `1e-3`, `0x10`, `-0`).
    mutating func number(_ node: YAMLNode?, _ key: String) -> Double? {
        guard let node else { return nil }
        if let text = node.scalar, node.scalarStyle == .plain, Self.isDecimal(text) {
            // A number of the right shape may still be out of a Double's range: too large is
            // infinite, too small is read as 0 (and would silently mean "no weight").
            let value = Double(text) ?? .infinity
            if !value.isFinite {
                report(.type, "'\(key)' is too large a number: \(text)", at: node)
                return nil
            }
            if value == 0, Self.hasNonzeroDigit(text) {
                report(
                    .type, "'\(key)' is too small a number to tell from 0: \(text)", at: node,
                    notes: [.init("write 0 for no weight, or a larger number")])
                return nil
            }
            return value
        }
        if let text = node.scalar, node.scalarStyle == .plain, let value = Self.coreInteger(text) {
            return Double(value)
        }
        if let text = node.scalar, node.scalarStyle == .plain, text.hasPrefix("-"),
            Self.isDecimal(String(text.dropFirst())), !Self.hasNonzeroDigit(text)
        {
            // `-0` is 0 to YAML's core schema, and to an editor's check of `minimum: 0`.
            return 0
        }
        let shown = Self.shown(node) { Self.decimalValue($0) != nil || Self.coreInteger($0) != nil }
        report(.type, "'\(key)' must be a number ≥ 0 such as 1 or 0.5, not \(shown)", at: node)
        return nil
    }

    /// The value of a float ≥ 0 as YAML's core schema writes one (`1`, `0.5`, `.5`, `1.`,
    /// `+2`, `1e-3`, `2.5E+1`), of any length; `nil` for anything else, a negative or an
    /// infinite value included (`.inf` is not a weight).
    static func decimalValue(_ text: String) -> Double? {
        guard isDecimal(text) else { return nil }
        return Double(text).flatMap { $0.isFinite ? $0 : nil }
    }

    /// Whether `text` is a float ≥ 0 in digits as YAML's core schema writes one (not `.inf`).
    private static func isDecimal(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let first = bytes.first, first != UInt8(ascii: "-") else { return false }
        return CoreSchemaNumbers.isFloat(bytes)
    }

    /// Whether the digits of `text` before any exponent hold one other than 0.
    private static func hasNonzeroDigit(_ text: String) -> Bool {
        text.utf8.prefix { $0 != UInt8(ascii: "e") && $0 != UInt8(ascii: "E") }
            .contains { $0 >= UInt8(ascii: "1") && $0 <= UInt8(ascii: "9") }
    }

    /// A date `YYYY-MM-DD`.
    mutating func date(_ node: YAMLNode?, _ key: String) -> CalendarDate? {
        guard let node, let text = string(node, key)?.value else { return nil }
        if let date = CalendarDate(parsing: text) { return date }
        if let reason = CalendarDate.outOfRange(Substring(text)) {
            report(.date, "'\(key)' must be a date, and '\(text)' is not one: \(reason)", at: node)
        } else {
            report(.date, "'\(key)' must be a date written YYYY-MM-DD, not '\(text)'", at: node)
        }
        return nil
    }

    /// An ISO week `YYYY-Www`.
    mutating func week(_ node: YAMLNode?, _ key: String) -> ISOWeek? {
        guard let node, let text = string(node, key)?.value else { return nil }
        if let week = ISOWeek(parsing: text) { return week }
        if let reason = ISOWeek.outOfRange(Substring(text)) {
            report(.date, "'\(key)' must be an ISO week, and '\(text)' is not one: \(reason)", at: node)
        } else {
            report(
                .date, "'\(key)' must be an ISO week written YYYY-Www (e.g. 2026-W47), not '\(text)'",
                at: node)
        }
        return nil
    }

    /// An absolute http or https URL.
    mutating func url(_ node: YAMLNode?, _ key: String, item: Bool = false) -> WebURL? {
        // Not kept as text: a URL field's invite is checked as a URL (`PrivacyRules`).
        guard let node, let text = scalarText(node, key, item: item)?.value else { return nil }
        if let url = WebURL.parse(text, at: location(node)) { return url }
        let why = WebURL.refusal(text).map { ": \($0)" } ?? ""
        report(.url, "'\(key)' must be an http or https address, not '\(text)'\(why)", at: node)
        return nil
    }

    /// One of the words of `E`, with a "did you mean".
    mutating func enumeration<E: SchemaEnum>(_ node: YAMLNode?, _ key: String, as: E.Type, item: Bool = false)
        -> E?
    {
        guard let node, let text = string(node, key, item: item)?.value else { return nil }
        if let value = E(rawValue: text) { return value }
        let words = E.words
        if let suggestion = EditDistance.suggestion(for: text, among: words) {
            report(
                .enumValue, "'\(text)' is not a valid '\(key)'; did you mean '\(suggestion)'?", at: node,
                notes: [.init("'\(key)' is one of: \(words.joined(separator: ", "))")],
                fixIt: Self.replacing(node, with: suggestion))
        } else {
            report(
                .enumValue, "'\(text)' is not a valid '\(key)'; use one of: \(words.joined(separator: ", "))",
                at: node)
        }
        return nil
    }

    /// A person: a name, or `people/<slug>`.
    mutating func person(_ node: YAMLNode?, _ key: String, item: Bool = false) -> PersonRef? {
        guard let node, let text = string(node, key, item: item) else { return nil }
        let name = Self.personReference(text.value.trimmingSpaces())
        if let problem = Self.nameProblem(name, key) {
            report(.type, problem, at: node)
            return nil
        }
        var reference = PersonRef(name, at: text.location)
        // Spaces trimmed off a name leave its written extent unknown.
        reference.writtenStyle = node.isVerbatim && name == text.value ? node.scalarStyle : nil
        if let slug = reference.explicitSlug, !Slug.isValid(slug) {
            report(.slug, "'\(name)' points at a person note, but " + Slug.problem(with: slug), at: node)
            return nil
        }
        return reference
    }

    /// A reference as radar reads it: an editor's link to a note, `[[people/kofi]]` or
    /// `[[Kofi|DJ Kofi]]`, is the note it links to, and the folder is `people/` however it is
    /// cased or begun (`People/kofi`, `./people/kofi`). Read any other way, these spellings of a
    /// private person's note would be a public person of their own.
    static func personReference(_ written: String) -> String {
        // Each step below needs `[`, `.` or `p`/`P` first: a name starting otherwise, as
        // nearly every name does, is itself.
        guard let first = written.utf8.first,
            first == UInt8(ascii: "[") || first == UInt8(ascii: ".") || first | 0x20 == UInt8(ascii: "p")
        else { return written }
        var text = written
        // Split as the body's wiki links are: the target before a `|` label (none: empty).
        if text.hasPrefix("[["), text.hasSuffix("]]"), text.count > 4 {
            text = WikiLink(inner: text.dropFirst(2).dropLast(2))?.target ?? ""
        }
        if text.hasPrefix("./") { text.removeFirst(2) }
        if !text.hasPrefix("people/"), let slug = WikiLink.dropPrefix("people/", of: text) {
            return "people/" + slug
        }
        return text
    }

    /// Why the name `name` (spaces trimmed) written under `key` names nobody, or nil when it
    /// names someone: it is empty, or holds only white space other than spaces (a line break, a
    /// no-break or ideographic space) or characters drawn as nothing (zero-width), so its match
    /// key is empty.
    static func nameProblem(_ name: String, _ key: String) -> String? {
        if name.isEmpty { return "'\(key)' must name a person, not an empty string" }
        guard showsNothing(name) else { return nil }
        return
            "'\(key)' must name a person, and this name holds only white space or characters drawn as nothing"
    }

    /// Whether `text` would show as nothing: it is empty, or holds only white space or
    /// characters drawn as nothing (its match key is empty).
    static func showsNothing(_ text: String) -> Bool {
        !startsVisibly(text) && (text.isBlank || NameKey.fold(text).isEmpty)
    }

    /// Whether `text` starts with a printable ASCII character: then it has something to see,
    /// which settles almost every name at its first byte.
    @inline(__always)
    private static func startsVisibly(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        return first > 0x20 && first < 0x7F
    }

    /// A list: a sequence, or a single scalar standing for a one-item list. Items that fail
    /// to decode are dropped (after reporting); a list over the limit is a `limit` error.
    mutating func list<T>(
        _ node: YAMLNode?, _ key: String, _ element: (inout DecodeContext, YAMLNode) -> T?
    ) -> [T] {
        guard let node else { return [] }
        let items: [YAMLNode]
        switch node.kind {
        case .sequence(let sequence): items = sequence
        case .scalar: items = [node]
        case .mapping:
            report(
                .type, "'\(key)' must be a list, not a mapping", at: node,
                notes: [.init("write each entry on its own line starting with '- '")])
            return []
        }
        guard items.count <= limits.maxListLength else {
            report(
                .limit,
                "'\(key)' has \(items.count) items; the longest list radar reads has \(limits.maxListLength)",
                at: node, notes: [.init("split the note (docs/limits.md)")])
            return []
        }
        var result: [T] = []
        result.reserveCapacity(items.count)
        for item in items {
            guard !item.isNull else {
                // An empty `-` is most often an entry left unwritten; the schema has no empty items.
                report(
                    .type, "an item of '\(key)' is empty", at: item,
                    notes: [.init("fill it in, or remove it from the list")])
                continue
            }
            if let value = element(&self, item) { result.append(value) }
        }
        return result
    }

    /// A list of strings.
    mutating func strings(_ node: YAMLNode?, _ key: String) -> [Located<String>] {
        list(node, key) { context, item in context.string(item, key, item: true) }
    }

    /// A list of people. One name, not in a list, holding ", " is most likely several names
    /// written without brackets (`artists: Amaka, DJ Kofi`): a warning says how to write either.
    mutating func people(_ node: YAMLNode?, _ key: String) -> [PersonRef] {
        warnOfCommas(in: node, key, listing: "people")
        return list(node, key) { context, item in context.person(item, key, item: true) }
    }

    /// Warns when `node`, a list of names written as one value, is one name holding ", ": most
    /// likely several names written without brackets; `listing` says what the list holds.
    mutating func warnOfCommas(in node: YAMLNode?, _ key: String, listing: String) {
        if let node, let text = node.scalar, text.contains(", ") {
            let names = text.split(separator: ",").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
            diagnostics.append(
                Diagnostic(
                    .type,
                    "'\(key)' is one name holding commas, '\(text)', not a list of \(names.count) \(listing)",
                    at: location(node), length: node.writtenLength.map { max($0, 1) } ?? 1,
                    severity: .warning,
                    notes: [
                        .init(
                            "to list them write \(YAMLScalarEmitter.flowSequence(names)); if it is one name, write it as a list of one: \(YAMLScalarEmitter.flowSequence([text]))"
                        )
                    ]))
        }
    }

    /// A list of URLs.
    mutating func urls(_ node: YAMLNode?, _ key: String) -> [WebURL] {
        list(node, key) { context, item in context.url(item, key, item: true) }
    }

    /// `lint-ignore`: codes of rules that may be silenced.
    mutating func lintIgnore(_ node: YAMLNode?) -> Set<DiagnosticCode> {
        let codes = list(node, "lint-ignore") { context, item -> DiagnosticCode? in
            guard let text = context.string(item, "lint-ignore", item: true)?.value else { return nil }
            guard let code = DiagnosticCode(rawValue: text) else {
                let known = DiagnosticCode.suppressible.map(\.rawValue)
                // A code written without its family (`producer-missing`) is the one it ends.
                let unprefixed = known.filter { $0.hasSuffix("." + text) }
                let suggested =
                    unprefixed.count == 1
                    ? unprefixed.first : EditDistance.suggestion(for: text, among: known)
                let hint = suggested.map { "; did you mean '\($0)'?" } ?? ""
                context.report(.enumValue, "'\(text)' is not a lint rule code\(hint)", at: item)
                return nil
            }
            guard code.isSuppressible else {
                context.report(
                    .enumValue,
                    "'\(text)' cannot be silenced: a note that cannot be read correctly is never published as if it could",
                    at: item)
                return nil
            }
            return code
        }
        return Set(codes)
    }
}
