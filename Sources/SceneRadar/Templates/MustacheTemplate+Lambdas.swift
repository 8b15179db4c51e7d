/// Lambdas (the spec's optional `~lambdas` module): what a lambda returns is parsed and
/// compiled on the spot, then rendered like template text.
extension MustacheTemplate.Renderer {
    /// Calls a variable's lambda, renders what it returns as a template, and writes the
    /// result (escaped as a whole unless the tag is raw).
    @inline(never)
    mutating func interpolate(
        _ lambda: MustacheLambda, escaped: Bool, _ program: Program, at index: Int
    ) throws(MustacheError) {
        let result = try parseLambdaResult(lambda(""), delimiters: .standard, program, at: index)
        let rendered = try renderAside(result)
        defer { rendered.free() }
        if escaped {
            HTMLEscaping.append(rendered.bytes, to: &output)
        } else {
            output.append(rendered.bytes)
        }
    }

    /// Calls a section's lambda with the section's raw text and compiles what it returns.
    @inline(never)
    func expand(
        _ lambda: MustacheLambda, _ section: Section, _ program: Program, at index: Int
    ) throws(MustacheError) -> Program {
        try parseLambdaResult(lambda(section.rawText), delimiters: section.delimiters, program, at: index)
    }

    private func parseLambdaResult(
        _ text: String, delimiters: Delimiters, _ program: Program, at index: Int
    ) throws(MustacheError) -> Program {
        do {
            let nodes = try MustacheTemplate.parse(text, origin: program.origin, delimiters: delimiters)
            return Program(
                nodes, origin: program.origin, cachesTargets: false,
                anchor: program.anchor ?? program.spans[index])
        } catch {
            throw self.error(.lambdaResult(error.message), program, at: index)
        }
    }

    /// Runs `program` into a separate buffer (to escape a lambda's output as a whole); the
    /// caller frees it.
    private mutating func renderAside(_ program: Program) throws(MustacheError) -> RenderBuffer {
        var aside = RenderBuffer(capacity: 256)
        swap(&aside, &output)
        let saved = (indentation, indentedLineAt)
        indentation = ""
        defer {
            swap(&aside, &output)
            (indentation, indentedLineAt) = saved
        }
        do {
            try run(program, program.all)
        } catch {
            output.free()
            throw error
        }
        return output
    }
}
