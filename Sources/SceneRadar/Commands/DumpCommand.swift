/// `radar dump [--yaml] FILE`: a note's front matter as JSON (every scalar a string, as radar
/// reads it), or with `--yaml` a whole YAML file with YAML 1.2 core-schema typing of plain
/// scalars — so any conformance case can be checked from the command line.
struct DumpCommand {
    let context: CommandContext

    func run(file: String, yaml: Bool) -> Int32 {
        let bytes: [UInt8]
        do {
            bytes = try context.fileSystem.read(file, limit: Limits.standard.maxNoteBytes)
        } catch {
            context.console.err("radar: cannot read '\(file)': \(error)\n")
            return ExitStatus.usage
        }
        let text: String
        switch TextDecoding.decode(bytes, file: file) {
        case .success(let decoded): text = decoded
        case .failure(let diagnostic): return fail([diagnostic])
        }
        let parser = YAMLParser()
        if yaml {
            let result = parser.parse(text, file: file)
            guard !result.diagnostics.containsError else { return fail(result.diagnostics) }
            context.console.out(CoreSchema.typedValue(of: result.root).serialized())
            return ExitStatus.success
        }
        let split = FrontMatter.split(text)
        guard let frontMatter = split.frontMatter else {
            var diagnostics = split.diagnostic(file: file).map { [$0] } ?? []
            // A YAML file (radar.yml, a conformance case) has no front matter: it is read whole.
            if file.hasSuffix(".yml") || file.hasSuffix(".yaml") {
                for index in diagnostics.indices {
                    diagnostics[index].notes.append(
                        .init("to read a whole YAML file, run: radar dump --yaml \(file)"))
                }
            }
            return fail(diagnostics)
        }
        let result = parser.parse(frontMatter.yaml, file: file, firstLine: frontMatter.yamlFirstLine)
        guard !result.diagnostics.containsError else { return fail(result.diagnostics) }
        // An empty front matter is read as an empty mapping.
        context.console.out(
            (result.root.map { CoreSchema.untypedValue(of: $0) } ?? .members([])).serialized())
        return ExitStatus.success
    }

    private func fail(_ diagnostics: [Diagnostic]) -> Int32 {
        var printer = DiagnosticPrinter(context: context)
        printer.toStandardError = true
        printer.print(diagnostics, format: "text")
        return ExitStatus.failure
    }
}
