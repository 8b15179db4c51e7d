/// `radar init [DIR]`: creates a vault with radar.yml, a README, a .gitignore and an example
/// scene with a log and a person note; refuses a folder that already holds files (dotfiles
/// such as `.git` excepted). Prints the files written on standard output.
struct InitCommand {
    let context: CommandContext
    /// Today, in the local time zone: the example log is for the week before it.
    var today: CalendarDate = .today()

    /// Creates the vault in `directory`.
    func run(directory: String) -> Int32 {
        let written: [String]
        do {
            written = try StarterVault(today: today).create(in: directory, fileSystem: context.fileSystem)
        } catch {
            context.console.err(error.rendered + "\n")
            return ExitStatus.usage
        }
        context.console.out(written.map { $0 + "\n" }.joined())
        let place = directory == "." ? "" : " in '\(directory)'"
        let enter = directory == "." ? "" : "cd \(Self.shellQuoted(directory)) && "
        context.console.err(
            """
            radar: created a vault\(place), with an example scene to read and then delete
            radar: next: \(enter)radar new scene "NAME", then each week: radar new log SCENE

            """)
        return ExitStatus.success
    }

    /// `text` as a POSIX shell word: as is when it is safe, else in single quotes.
    static func shellQuoted(_ text: String) -> String {
        let safe =
            !text.isEmpty
            && text.unicodeScalars.allSatisfy {
                $0.isASCII
                    && ($0.properties.isAlphabetic || ("0"..."9").contains($0)
                        || "/._-+".unicodeScalars.contains($0))
            }
        return safe
            ? text
            : "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''")
                + "'"
    }
}
