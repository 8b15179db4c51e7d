/// Rendering a parsed template.
extension MustacheTemplate {
    /// Renders the template with `context` at the bottom of the context stack.
    ///
    /// - Parameters:
    ///   - context: The data; names in tags are looked up in it.
    ///   - partials: Where `{{>name}}` and `{{<name}}` find their templates.
    ///   - options: Strictness and the depth limit.
    /// - Returns: The rendered text.
    /// - Throws: ``MustacheError`` when the depth limit is passed, when a lambda returns a
    ///   template that does not parse, or, with `strictPartials`, when a partial is missing.
    public func render(
        _ context: MustacheValue, partials: MustacheLibrary = MustacheLibrary(),
        options: MustacheRenderOptions = MustacheRenderOptions()
    ) throws(MustacheError) -> String {
        var output = ""
        output.reserveCapacity(max(source.utf8.count * 4, 16 << 10))
        try render(context, into: &output, partials: partials, options: options)
        return output
    }

    /// Renders the template, appending to `output`; reuse one buffer across pages to avoid
    /// growing a new string for each.
    public func render(
        _ context: MustacheValue, into output: inout String, partials: MustacheLibrary = MustacheLibrary(),
        options: MustacheRenderOptions = MustacheRenderOptions()
    ) throws(MustacheError) {
        var renderer = Renderer(library: partials, options: options, context: context, origin: origin)
        swap(&renderer.output, &output)
        defer { swap(&renderer.output, &output) }
        try renderer.render(nodes)
    }
}
