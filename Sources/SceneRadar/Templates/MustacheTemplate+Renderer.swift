/// The renderer: steps through compiled programs, keeps the context stack, indentation and
/// block overrides, and writes UTF-8 bytes.
extension MustacheTemplate {
    struct Renderer {
        // For the extensions in other files, which do not see `MustacheTemplate`'s types.
        typealias Program = MustacheTemplate.Program
        typealias Section = MustacheTemplate.Section
        typealias Delimiters = MustacheTemplate.Delimiters
        typealias Name = MustacheTemplate.Name

        /// A block argument in scope: instructions of the template that passed it.
        struct Override {
            let program: Program
            let range: Range<Int>
        }

        /// What a fixed partial or parent name resolved to, remembered for this render: the
        /// same few partials render many times per page, and a library lookup hashes the name.
        private struct ResolvedTarget {
            let program: ObjectIdentifier
            let index: Int
            let target: Program?
        }

        let library: MustacheLibrary
        let options: MustacheRenderOptions
        var output: RenderBuffer
        var stack: ContextStack
        /// Written at each line start of the template text being rendered.
        var indentation = ""
        /// Where indentation must not be written: the start of an argument that continues a
        /// line the block's own leading whitespace already indented.
        var indentedLineAt: Int?
        var overrides: [String: Override] = [:]
        var depth = 0
        /// How many times this render has gone one level deeper (see `descend`).
        private var steps = 0
        private var resolved: [ResolvedTarget] = []

        /// Renders after what `output` holds. The caller takes `output` back (it may have
        /// moved, having grown) and frees `stack` when done.
        init(library: MustacheLibrary, options: MustacheRenderOptions, output: RenderBuffer) {
            self.library = library
            self.output = output
            self.options = options
            stack = ContextStack()
        }

        /// Runs the instructions `range` of `program`. Sections recurse with their bodies;
        /// everything rarer than text, variables and sections stays out of line, so each
        /// level of nesting costs a small stack frame.
        mutating func run(_ program: Program, _ range: Range<Int>) throws(MustacheError) {
            var index = range.lowerBound
            while index < range.upperBound {
                // Fields are read through the pointer: copying the whole instruction to the
                // stack and reading half of it back stalled on store forwarding.
                let op = UnsafePointer(program.ops.baseAddress.unsafelyUnwrapped + index)
                if op.pointee.linesStart != op.pointee.linesEnd, !indentation.isEmpty {
                    writeIndented(program, op.pointee)
                } else if op.pointee.textStart != op.pointee.textEnd {
                    output.append(
                        program.text.baseAddress.unsafelyUnwrapped + op.pointee.textStart,
                        count: op.pointee.textEnd - op.pointee.textStart)
                }
                switch op.pointee.kind {
                case .text:
                    index += 1
                case .variable, .rawVariable:
                    try interpolate(program, at: index)
                    index += 1
                case .section:
                    try section(program, at: index)
                    index = op.pointee.b
                case .inverted:
                    try inverted(program, at: index)
                    index = op.pointee.b
                case .partial:
                    try partial(program, at: index)
                    index += 1
                case .parent:
                    try parent(program, at: index)
                    index = op.pointee.b
                case .block:
                    try block(program, at: index)
                    index = op.pointee.b
                }
            }
        }

        // MARK: - Text and variables

        @inline(never)
        private mutating func writeIndented(_ program: Program, _ op: Program.Op) {
            var from = op.textStart
            for line in op.linesStart..<op.linesEnd {
                let lineStart = program.lineStarts[line]
                output.append(UnsafeBufferPointer(rebasing: program.text[from..<lineStart]))
                if indentedLineAt != output.count { output.append(indentation) }
                from = lineStart
            }
            output.append(UnsafeBufferPointer(rebasing: program.text[from..<op.textEnd]))
        }

        @inline(never)
        private mutating func interpolate(_ program: Program, at index: Int) throws(MustacheError) {
            let op = program.ops[index]
            // A one-part name (nearly all): write the member where it is, without copying it.
            if program.heads[op.a].parts == 1 {
                guard let (context, member) = locate(program, name: op.a),
                    case .object(let object) = stack[context]
                else { return }
                if !object.members[member].value.isLambda {
                    object.members[member].value.appendInterpolatedText(
                        escaped: op.kind == .variable, to: &output)
                    return
                }
            }
            guard let value = lookup(program, name: op.a) else { return }
            if case .lambda(let lambda) = value {
                try interpolate(lambda, escaped: op.kind == .variable, program, at: index)
            } else {
                value.appendInterpolatedText(escaped: op.kind == .variable, to: &output)
            }
        }

        // MARK: - Sections

        @inline(never)
        private mutating func section(_ program: Program, at index: Int) throws(MustacheError) {
            let op = program.ops[index]
            // Falsey values (many sections test an empty string) are never copied.
            guard let value = truthyValue(program, name: op.a) else { return }
            let body = index + 1..<op.b
            switch value {
            case .list(let items):
                try descend(program, at: index)
                // Each item sits on a frame that answers `last` (an extension of the spec): an
                // item's own `last` wins, and a name the item lacks is looked up past it as
                // before. A list of strings can say `{{^last}}, {{/last}}` too.
                try withUnsafePointer(to: ListPosition.notLast) { (notLast) throws(MustacheError) in
                    try withUnsafePointer(to: ListPosition.last) { (last) throws(MustacheError) in
                        try items.withUnsafeBufferPointer { (items) throws(MustacheError) in
                            let first = items.baseAddress.unsafelyUnwrapped
                            let final = items.count - 1
                            for item in items.indices {
                                stack.push(item == final ? last : notLast)
                                stack.push(first + item)
                                try run(program, body)
                                stack.pop()
                                stack.pop()
                            }
                        }
                    }
                }
            case .lambda(let lambda):
                let result = try expand(lambda, program.sections[op.c], program, at: index)
                try descend(program, at: index)
                try run(result, result.all)
            default:
                try descend(program, at: index)
                try withUnsafePointer(to: value) { (value) throws(MustacheError) in
                    stack.push(value)
                    try run(program, body)
                    stack.pop()
                }
            }
            depth -= 1
        }

        @inline(never)
        private mutating func inverted(_ program: Program, at index: Int) throws(MustacheError) {
            let op = program.ops[index]
            guard !isTruthy(program, name: op.a) else { return }
            try descend(program, at: index)
            try run(program, index + 1..<op.b)
            depth -= 1
        }

        // MARK: - Partials, parents and blocks

        @inline(never)
        private mutating func partial(_ program: Program, at index: Int) throws(MustacheError) {
            let partial = program.partials[program.ops[index].a]
            guard let target = try resolve(partial.name, program, at: index) else { return }
            try descend(program, at: index)
            let saved = indentation
            // A standalone partial indents by the whitespace before it; any other, not at all.
            if let extra = partial.indentation { indentation += extra } else { indentation = "" }
            do {
                try run(target, target.all)
            } catch {
                throw including(error, program, at: index)
            }
            indentation = saved
            depth -= 1
        }

        /// `error` with a note naming the partial tag at `index` it came through, each tag
        /// once: an error in one template that another's partials led to names them (a
        /// theme's partial that includes a default one that includes it again).
        @inline(never)
        private func including(_ error: MustacheError, _ program: Program, at index: Int) -> MustacheError {
            let span = program.anchor ?? program.spans[index]
            let place = SourceLocation(
                file: program.origin.file, line: span.position.line, column: span.position.column)
            guard place != error.location, !error.notes.contains(where: { $0.location == place }) else {
                return error
            }
            var error = error
            error.notes.append(.init(MustacheError.throughPartialNote, at: place))
            return error
        }

        @inline(never)
        private mutating func parent(_ program: Program, at index: Int) throws(MustacheError) {
            let call = program.parents[program.ops[index].a]
            guard let target = try resolve(call.name, program, at: index) else { return }
            try descend(program, at: index)
            // Arguments given further out win: the outermost template has the last word.
            var scope = overrides
            for (name, range) in call.arguments where scope[name] == nil {
                scope[name] = Override(program: program, range: range)
            }
            let saved = (indentation, overrides)
            indentation = call.indentation.map { indentation + $0 } ?? ""
            overrides = scope
            try run(target, target.all)
            (indentation, overrides) = saved
            depth -= 1
        }

        @inline(never)
        private mutating func block(_ program: Program, at index: Int) throws(MustacheError) {
            let op = program.ops[index]
            let block = program.blocks[op.a]
            guard let override = overrides[block.name] else {
                try run(program, index + 1..<op.b)
                return
            }
            let saved = (indentation, indentedLineAt)
            switch block.layout {
            case .inline:
                indentation = ""
            case .leading(let leading):
                indentation += leading
                indentedLineAt = output.count
            case .intrinsic(let intrinsic):
                indentation += intrinsic
                indentedLineAt = nil
            }
            try descend(program, at: index)
            try run(override.program, override.range)
            depth -= 1
            (indentation, indentedLineAt) = saved
        }

        /// The program a partial or parent tag names, or `nil` when it renders as nothing.
        private mutating func resolve(
            _ name: TargetName, _ program: Program, at index: Int
        ) throws(MustacheError) -> Program? {
            switch name {
            case .fixed(let fixed):
                guard program.cachesTargets else { return try find(fixed, program, at: index) }
                let id = ObjectIdentifier(program)
                for entry in resolved.indices
                where resolved[entry].program == id && resolved[entry].index == index {
                    return resolved[entry].target
                }
                let target = try find(fixed, program, at: index)
                resolved.append(ResolvedTarget(program: id, index: index, target: target))
                return target
            case .dynamic(let path):
                guard let text = lookup(path)?.interpolatedText, !text.isEmpty else { return nil }
                return try find(text, program, at: index)
            }
        }

        private func find(_ name: String, _ program: Program, at index: Int) throws(MustacheError) -> Program?
        {
            if let template = library[name] { return template.program }
            if options.strictPartials { throw error(.missingPartial(name), program, at: index) }
            return nil
        }

        /// Goes one level deeper (the caller decrements `depth` when done), failing past the
        /// depth limit, the output limit or the step limit (looked at here: output and work grow
        /// without end only through nesting). After an error the renderer is discarded, so
        /// nothing is unwound.
        @inline(__always)
        mutating func descend(_ program: Program, at index: Int) throws(MustacheError) {
            steps += 1
            guard depth < options.maxDepth, output.count <= options.maxOutputBytes, steps <= options.maxSteps
            else {
                throw limitError(program, at: index)
            }
            depth += 1
        }

        @inline(never)
        private func limitError(_ program: Program, at index: Int) -> MustacheError {
            if depth >= options.maxDepth {
                return error(.depthLimit(limit: options.maxDepth), program, at: index)
            }
            if steps > options.maxSteps {
                return error(.tooMuchWork(limit: options.maxSteps), program, at: index)
            }
            return error(.outputTooLarge(limit: options.maxOutputBytes), program, at: index)
        }

        /// An error at the tag of instruction `index`.
        func error(_ kind: MustacheError.Kind, _ program: Program, at index: Int) -> MustacheError {
            let span = program.anchor ?? program.spans[index]
            return MustacheError(
                kind, template: program.origin.name,
                at: SourceLocation(
                    file: program.origin.file, line: span.position.line, column: span.position.column),
                length: span.length)
        }
    }
}
