/// The renderer: walks nodes, keeps the context stack, indentation and block overrides.
extension MustacheTemplate {
    struct Renderer {
        /// A block argument in scope, with the template it was written in.
        struct Override {
            let nodes: [Node]
            let origin: Origin
        }

        let library: MustacheLibrary
        let options: MustacheRenderOptions
        var output = ""
        var stack: [MustacheValue]
        /// Written at each line start of the template text being rendered.
        var indentation = ""
        /// Where indentation must not be written: the start of an argument that continues a
        /// line the block's own leading whitespace already indented.
        var indentedLineAt: Int?
        var overrides: [String: Override] = [:]
        var origin: Origin
        var depth = 0

        init(library: MustacheLibrary, options: MustacheRenderOptions, context: MustacheValue, origin: Origin)
        {
            self.library = library
            self.options = options
            self.origin = origin
            stack = [context]
            stack.reserveCapacity(16)
        }

        mutating func render(_ nodes: [Node]) throws(MustacheError) {
            for node in nodes {
                switch node {
                case .text(let text): write(text)
                case .variable(let variable): try render(variable)
                case .section(let section): try render(section)
                case .partial(let partial): try render(partial)
                case .parent(let parent): try render(parent)
                case .block(let block): try render(block)
                }
            }
        }

        // MARK: - Text and variables

        // Text, variables and lambdas stay out of line: `render(_:)` recurses through sections
        // and partials, and everything inlined into it would grow every level's stack frame.
        @inline(never)
        private mutating func write(_ text: Text) {
            guard !indentation.isEmpty, !text.lineStarts.isEmpty else {
                output.append(text.text)
                return
            }
            var from = text.text.startIndex
            for lineStart in text.lineStarts {
                if from != lineStart { output.append(contentsOf: text.text[from..<lineStart]) }
                if indentedLineAt != output.utf8.count { output.append(indentation) }
                from = lineStart
            }
            if from != text.text.endIndex { output.append(contentsOf: text.text[from...]) }
        }

        @inline(never)
        private mutating func render(_ variable: Variable) throws(MustacheError) {
            guard let value = lookup(variable.name) else { return }
            if case .lambda(let lambda) = value {
                let nodes = try parseLambdaResult(lambda(""), delimiters: .standard, at: variable.span)
                let rendered = try renderAside(nodes)
                if variable.escaped {
                    HTMLEscaping.append(rendered, to: &output)
                } else {
                    output.append(rendered)
                }
                return
            }
            guard let text = value.interpolatedText else { return }
            if variable.escaped {
                HTMLEscaping.append(text, to: &output)
            } else {
                output.append(text)
            }
        }

        // MARK: - Sections

        private mutating func render(_ section: Section) throws(MustacheError) {
            let value = lookup(section.name) ?? .null
            if section.inverted {
                guard !value.isTruthy else { return }
                try descend(at: section.span)
                try render(section.nodes)
                depth -= 1
                return
            }
            switch value {
            case .list(let items):
                guard !items.isEmpty else { return }
                try descend(at: section.span)
                for item in items {
                    stack.append(item)
                    try render(section.nodes)
                    stack.removeLast()
                }
            case .lambda(let lambda):
                let nodes = try expand(lambda, in: section)
                try descend(at: section.span)
                try render(nodes)
            default:
                guard value.isTruthy else { return }
                try descend(at: section.span)
                stack.append(value)
                try render(section.nodes)
                stack.removeLast()
            }
            depth -= 1
        }

        // MARK: - Partials, parents and blocks

        private mutating func render(_ partial: Partial) throws(MustacheError) {
            guard let template = try resolve(partial.name, at: partial.span) else { return }
            let indentation = partial.indentation.map { self.indentation + $0 } ?? ""
            try enter(template, indentation: indentation, overrides: overrides, at: partial.span)
        }

        private mutating func render(_ parent: Parent) throws(MustacheError) {
            guard let template = try resolve(parent.name, at: parent.span) else { return }
            // Arguments given further out win: the outermost template has the last word.
            var scope = overrides
            for (name, argument) in parent.arguments where scope[name] == nil {
                scope[name] = Override(nodes: argument.nodes, origin: argument.origin)
            }
            let indentation = parent.indentation.map { self.indentation + $0 } ?? ""
            try enter(template, indentation: indentation, overrides: scope, at: parent.span)
        }

        private mutating func render(_ block: Block) throws(MustacheError) {
            guard let override = overrides[block.name] else {
                try render(block.nodes)
                return
            }
            let saved = (indentation, indentedLineAt, origin)
            switch block.layout {
            case .inline:
                indentation = ""
            case .leading(let leading):
                indentation += leading
                indentedLineAt = output.utf8.count
            case .intrinsic(let intrinsic):
                indentation += intrinsic
                indentedLineAt = nil
            }
            try descend(at: block.span)
            origin = override.origin
            try render(override.nodes)
            depth -= 1
            (indentation, indentedLineAt, origin) = saved
        }

        /// The template a partial or parent tag names, or `nil` when it renders as nothing.
        private func resolve(_ name: TargetName, at span: Span) throws(MustacheError) -> MustacheTemplate? {
            let resolved: String
            switch name {
            case .fixed(let fixed):
                resolved = fixed
            case .dynamic(let path):
                guard let text = lookup(path)?.interpolatedText, !text.isEmpty else { return nil }
                resolved = text
            }
            if let template = library[resolved] { return template }
            if options.strictPartials { throw error(.missingPartial(resolved), at: span) }
            return nil
        }

        private mutating func enter(
            _ template: MustacheTemplate, indentation: String, overrides: [String: Override], at span: Span
        ) throws(MustacheError) {
            try descend(at: span)
            let saved = (self.indentation, self.overrides, origin)
            self.indentation = indentation
            self.overrides = overrides
            origin = template.origin
            try render(template.nodes)
            (self.indentation, self.overrides, origin) = saved
            depth -= 1
        }

        /// Goes one level deeper (the caller decrements `depth` when done), failing past the
        /// depth limit. After an error the renderer is discarded, so nothing is unwound.
        private mutating func descend(at span: Span) throws(MustacheError) {
            guard depth < options.maxDepth else {
                throw error(.depthLimit(limit: options.maxDepth), at: span)
            }
            depth += 1
        }

        // MARK: - Lambdas

        /// Calls a section's lambda with the section's raw text and parses what it returns.
        @inline(never)
        private func expand(_ lambda: MustacheLambda, in section: Section) throws(MustacheError) -> [Node] {
            try parseLambdaResult(lambda(section.rawText), delimiters: section.delimiters, at: section.span)
        }

        private func parseLambdaResult(
            _ text: String, delimiters: Delimiters, at span: Span
        ) throws(MustacheError) -> [Node] {
            do {
                return try MustacheTemplate.parse(text, origin: origin, delimiters: delimiters)
            } catch {
                throw self.error(.lambdaResult(error.message), at: span)
            }
        }

        /// Renders `nodes` into a separate string (to escape a lambda's output as a whole).
        private mutating func renderAside(_ nodes: [Node]) throws(MustacheError) -> String {
            var aside = ""
            swap(&aside, &output)
            let saved = (indentation, indentedLineAt)
            indentation = ""
            defer {
                swap(&aside, &output)
                (indentation, indentedLineAt) = saved
            }
            try render(nodes)
            return output
        }

        // MARK: - Lookup

        /// Resolves a name against the context stack as the spec says: `.` is the top; the first
        /// part of a dotted name is found in the nearest object that has it, the other parts
        /// only inside what it found.
        func lookup(_ name: Name) -> MustacheValue? {
            guard let first = name.parts.first else { return stack.last }
            var found: MustacheValue?
            for context in stack.reversed() {
                if case .object(let members) = context, let value = members[first] {
                    found = value
                    break
                }
            }
            guard var value = found else { return nil }
            for part in name.parts.dropFirst() {
                guard case .object(let members) = value, let next = members[part] else { return nil }
                value = next
            }
            return value
        }

        private func error(_ kind: MustacheError.Kind, at span: Span) -> MustacheError {
            MustacheError(
                kind, template: origin.name,
                at: SourceLocation(file: origin.file, line: span.position.line, column: span.position.column),
                length: span.length)
        }
    }
}
