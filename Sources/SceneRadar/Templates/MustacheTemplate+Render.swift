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
        var bytes: [UInt8] = []
        bytes.reserveCapacity(max(source.utf8.count * 4, 16 << 10))
        try render(context, into: &bytes, partials: partials, options: options)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Renders the template, appending to `output`. A thin wrapper over the byte form
    /// ``render(_:into:partials:options:)-([UInt8])``, which is faster: prefer it when the
    /// text goes to a file.
    public func render(
        _ context: MustacheValue, into output: inout String, partials: MustacheLibrary = MustacheLibrary(),
        options: MustacheRenderOptions = MustacheRenderOptions()
    ) throws(MustacheError) {
        output.append(try render(context, partials: partials, options: options))
    }

    /// Renders the template, appending its UTF-8 bytes to `output`; reuse one buffer across
    /// pages (`removeAll(keepingCapacity: true)` between them) to avoid growing a new one
    /// for each. The bytes are always valid UTF-8. When rendering fails, `output` holds what
    /// was rendered before the error.
    public func render(
        _ context: MustacheValue, into output: inout [UInt8], partials: MustacheLibrary = MustacheLibrary(),
        options: MustacheRenderOptions = MustacheRenderOptions()
    ) throws(MustacheError) {
        var renderer = Renderer(
            library: partials, options: options,
            capacity: max(output.capacity - output.count, source.utf8.count * 4, 16 << 10))
        defer {
            output.append(contentsOf: renderer.output.bytes)
            renderer.output.free()
            renderer.stack.free()
        }
        try withUnsafePointer(to: context) { (context) throws(MustacheError) in
            renderer.stack.push(context)
            try renderer.run(program, program.all)
        }
    }
}
