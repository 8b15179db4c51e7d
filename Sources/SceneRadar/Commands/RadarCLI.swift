/// The whole command line: parses arguments against `RadarCommandLine.root` and runs the
/// command. The executable only calls `run` and exits with its status.
public struct RadarCLI: Sendable {
    /// radar's version.
    public static let version = RadarVersion.current

    private let context: CommandContext

    /// Creates the command line over a context.
    public init(context: CommandContext) {
        self.context = context
    }

    /// Runs `arguments` (without the program name) and returns the exit status: 2 whatever the
    /// command found when its output could not all be written (SPEC §5), so that a report
    /// cut short on a full disk never passes for a clean one.
    public func run(_ arguments: [String]) -> Int32 {
        let status = runCommand(arguments)
        guard let failure = context.console.outputFailure else { return status }
        context.console.err("radar: cannot write to standard output: \(failure)\n")
        return ExitStatus.usage
    }

    private func runCommand(_ arguments: [String]) -> Int32 {
        if arguments.first == "__docs" { return generatedDocument(Array(arguments.dropFirst())) }
        let invocation: ParsedInvocation
        switch ArgumentParser.parse(arguments, root: RadarCommandLine.root) {
        case .failure(let error):
            context.console.err(error.rendered + "\n")
            return error.exitCode
        case .success(let parsed):
            invocation = parsed
        }
        switch invocation.action {
        case .help:
            context.console.out(
                HelpFormatter().render(path: invocation.path, root: RadarCommandLine.root) + "\n")
            return ExitStatus.success
        case .version:
            context.console.out("radar \(Self.version)\n")
            return ExitStatus.success
        case .run:
            do {
                return try dispatch(invocation)
            } catch {
                context.console.err(error.rendered + "\n")
                return error.exitCode
            }
        }
    }

    private func dispatch(_ invocation: ParsedInvocation) throws(UsageError) -> Int32 {
        let vault = invocation.string("vault") ?? "."
        switch invocation.path {
        case ["lint"], ["check"]:
            return LintCommand(context: context).run(
                vault: vault, format: invocation.string("format") ?? "text",
                strict: invocation.flag("strict"),
                quiet: invocation.flag("quiet"))
        case ["dump"]:
            return DumpCommand(context: context).run(
                file: invocation.string("file") ?? "", yaml: invocation.flag("yaml"))
        case ["schema"]:
            context.console.out(JSONSchemaExport.document(version: Self.version).serialized())
            return ExitStatus.success
        case ["score"]:
            return ScoreCommand(context: context).run(
                vault: vault, format: try ScoreCommand.format(invocation),
                explain: invocation.string("explain"))
        case ["build"]:
            return BuildCommand(context: context).run(
                vault: vault, output: invocation.string("output"), baseURL: invocation.string("base-url"),
                quiet: invocation.flag("quiet"))
        case ["new", "scene"], ["new", "log"], ["new", "person"]:
            return try NewCommand(context: context).run(invocation)
        case ["init"]:
            return InitCommand(context: context).run(directory: invocation.string("dir") ?? ".")
        case ["serve"]:
            return ServeCommand(context: context).run(
                vault: vault, port: UInt16(clamping: try invocation.int("port") ?? 8000),
                output: invocation.string("output"), quiet: invocation.flag("quiet"))
        case ["completion"]:
            let shell = Shell(rawValue: invocation.string("shell") ?? "") ?? .bash
            context.console.out(CompletionScript.render(shell: shell, root: RadarCommandLine.root))
            return ExitStatus.success
        default:
            context.console.err("radar: '\(invocation.path.joined(separator: " "))' is not available yet\n")
            return ExitStatus.usage
        }
    }

    /// `radar __docs schema|lint-rules|man DATE`: the generated reference documents, written by
    /// `make docs` (a test keeps the committed files in sync). Hidden from help.
    private func generatedDocument(_ arguments: [String]) -> Int32 {
        switch arguments.first {
        case "schema": context.console.out(SchemaDocs.markdown())
        case "lint-rules": context.console.out(LintRuleDocs.markdown())
        case "man":
            context.console.out(
                RadarCommandLine.manPage(version: Self.version, date: arguments.dropFirst().first ?? ""))
        default:
            context.console.err("radar: __docs takes schema, lint-rules or man DATE\n")
            return ExitStatus.usage
        }
        return ExitStatus.success
    }
}
