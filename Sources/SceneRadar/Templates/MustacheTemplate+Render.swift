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
        var text = ""
        try render(context, partials: partials, options: options, capacity: 0) {
            text = String(decoding: $0, as: UTF8.self)
        }
        return text
    }

    /// Renders the template, appending to `output`. A thin wrapper over the byte form
    /// (`into: inout [UInt8]`), which is faster: making a `String` checks the UTF-8 again and
    /// copies it. When rendering fails, `output` holds what was rendered before the error.
    public func render(
        _ context: MustacheValue, into output: inout String, partials: MustacheLibrary = MustacheLibrary(),
        options: MustacheRenderOptions = MustacheRenderOptions()
    ) throws(MustacheError) {
        try render(context, partials: partials, options: options, capacity: 0) { bytes in
            output.append(String(decoding: bytes, as: UTF8.self))
        }
    }

    /// Renders the template, appending its UTF-8 bytes to `output`, for text that goes to a
    /// file (for many pages in a row, `into: MustacheOutput` renders in place, with no copy).
    /// The bytes are always valid UTF-8.
    /// When rendering fails, `output` holds what was rendered before the error.
    public func render(
        _ context: MustacheValue, into output: inout [UInt8], partials: MustacheLibrary = MustacheLibrary(),
        options: MustacheRenderOptions = MustacheRenderOptions()
    ) throws(MustacheError) {
        try render(context, partials: partials, options: options, capacity: output.capacity - output.count) {
            output.append(contentsOf: $0)
        }
    }

    /// Renders into `output`, replacing what it held: the memory of the last render is used
    /// again, so pages rendered one after another cost no allocation and no copy of their
    /// bytes (``MustacheOutput/withBytes(_:)`` reads them). When rendering fails, `output`
    /// holds what was rendered before the error.
    public func render(
        _ context: MustacheValue, into output: MustacheOutput, partials: MustacheLibrary = MustacheLibrary(),
        options: MustacheRenderOptions = MustacheRenderOptions()
    ) throws(MustacheError) {
        output.buffer.removeAll()
        var renderer = Renderer(library: partials, options: options, output: output.buffer)
        defer {
            output.buffer = renderer.output
            renderer.stack.free()
        }
        try withUnsafePointer(to: context) { (context) throws(MustacheError) in
            renderer.stack.push(context)
            try renderer.run(program, program.all)
        }
    }

    /// Renders into a buffer of its own and hands `deliver` the bytes written: all of them, or
    /// those written before an error.
    private func render(
        _ context: MustacheValue, partials: MustacheLibrary, options: MustacheRenderOptions, capacity: Int,
        deliver: (UnsafeBufferPointer<UInt8>) -> Void
    ) throws(MustacheError) {
        let output = MustacheOutput(capacity: max(capacity, source.utf8.count * 4, 16 << 10))
        defer { output.withBytes(deliver) }
        try render(context, into: output, partials: partials, options: options)
    }
}
