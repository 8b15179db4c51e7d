/// A named set of parsed templates that refer to one another as partials and parents.
///
/// The site loads the default theme, then a vault's `theme/` overrides, into one library:
/// inserting a template under a name that is already taken replaces it. Each template is
/// parsed once, when it is added; rendering looks partials up by name and never re-parses.
///
/// ```swift
/// var library = MustacheLibrary()
/// try library.add("<main>{{$content}}{{/content}}</main>", named: "base")
/// try library.add("{{<base}}{{$content}}Hi {{name}}{{/content}}{{/base}}", named: "page")
/// let html = try library.render("page", ["name": "Kofi"])  // <main>Hi Kofi</main>
/// ```
public struct MustacheLibrary: Sendable {
    /// The templates by name.
    public private(set) var templates: [String: MustacheTemplate]

    /// Creates a library holding `templates`; a later template replaces an earlier one with
    /// the same name.
    public init(_ templates: [MustacheTemplate] = []) {
        self.templates = [:]
        for template in templates { insert(template) }
    }

    /// Parses each source (keyed by name) into a library; sources are parsed in name order,
    /// so the error thrown for several broken ones is always the same.
    public init(sources: [String: String]) throws(MustacheError) {
        self.init()
        for name in sources.keys.sorted() {
            try add(sources[name] ?? "", named: name)
        }
    }

    /// The template called `name`, if any.
    public subscript(name: String) -> MustacheTemplate? {
        templates[name]
    }

    /// Every template name, sorted.
    public var names: [String] { templates.keys.sorted() }

    /// Adds `template`, replacing any template with the same name.
    public mutating func insert(_ template: MustacheTemplate) {
        templates[template.name] = template
    }

    /// Parses `source` and adds it under `name`, replacing any template with that name.
    ///
    /// - Parameters:
    ///   - source: The template text.
    ///   - name: The name partials and parents refer to it by.
    ///   - file: The path diagnostics show; defaults to `name`.
    /// - Returns: The parsed template.
    @discardableResult
    public mutating func add(
        _ source: String, named name: String, file: String? = nil
    ) throws(MustacheError) -> MustacheTemplate {
        let template = try MustacheTemplate(source, name: name, file: file)
        insert(template)
        return template
    }

    /// Renders the template called `name` with `context`.
    ///
    /// - Throws: ``MustacheError/Kind/missingTemplate(_:)`` when there is no such template;
    ///   otherwise only what ``MustacheTemplate/render(_:partials:options:)`` throws.
    public func render(
        _ name: String, _ context: MustacheValue, options: MustacheRenderOptions = MustacheRenderOptions()
    ) throws(MustacheError) -> String {
        try template(named: name).render(context, partials: self, options: options)
    }

    /// Renders the template called `name` with `context`, appending to `output`; a thin
    /// wrapper over the faster byte form (`into: inout [UInt8]`).
    public func render(
        _ name: String, _ context: MustacheValue, into output: inout String,
        options: MustacheRenderOptions = MustacheRenderOptions()
    ) throws(MustacheError) {
        try template(named: name).render(context, into: &output, partials: self, options: options)
    }

    /// Renders the template called `name` with `context`, appending its UTF-8 bytes to
    /// `output`. For many pages in a row, each written out before the next, the
    /// `into: MustacheOutput` form is faster: it renders in place, with no copy.
    ///
    /// - Throws: ``MustacheError/Kind/missingTemplate(_:)`` when there is no such template;
    ///   otherwise only what ``MustacheTemplate/render(_:partials:options:)`` throws.
    public func render(
        _ name: String, _ context: MustacheValue, into output: inout [UInt8],
        options: MustacheRenderOptions = MustacheRenderOptions()
    ) throws(MustacheError) {
        try template(named: name).render(context, into: &output, partials: self, options: options)
    }

    /// Renders the template called `name` with `context` into `output`, replacing what it held
    /// (its memory is used again: the form for many pages in a row, each written out before
    /// the next is rendered).
    ///
    /// - Throws: ``MustacheError/Kind/missingTemplate(_:)`` when there is no such template;
    ///   otherwise only what ``MustacheTemplate/render(_:partials:options:)`` throws.
    public func render(
        _ name: String, _ context: MustacheValue, into output: MustacheOutput,
        options: MustacheRenderOptions = MustacheRenderOptions()
    ) throws(MustacheError) {
        try template(named: name).render(context, into: output, partials: self, options: options)
    }

    /// The template called `name`.
    ///
    /// - Throws: ``MustacheError/Kind/missingTemplate(_:)`` when there is no such template.
    private func template(named name: String) throws(MustacheError) -> MustacheTemplate {
        guard let template = templates[name] else {
            throw MustacheError(.missingTemplate(name), template: name, at: SourceLocation(file: name))
        }
        return template
    }

    /// One error for each fixed partial or parent name that a template refers to but the
    /// library does not hold, in template-name order: a theme check before rendering.
    ///
    /// Each error points at the first tag in the referring template that names the missing one.
    public func unresolvedReferences() -> [MustacheError] {
        var errors: [MustacheError] = []
        for name in names {
            guard let template = templates[name] else { continue }
            for (reference, span) in template.templateReferences where templates[reference] == nil {
                errors.append(
                    MustacheError(
                        .missingPartial(reference), template: name,
                        at: SourceLocation(
                            file: template.file, line: span.position.line, column: span.position.column),
                        length: span.length))
            }
        }
        return errors
    }
}
