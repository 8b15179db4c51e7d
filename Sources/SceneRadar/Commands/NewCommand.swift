import Glibc

/// `radar new scene|person|log`: writes one note from its template and prints its path on
/// standard output (so `$EDITOR "$(radar new log x)"` works); what was carried forward and any
/// refusal go to standard error. A refusal writes nothing and exits 2.
struct NewCommand {
    let context: CommandContext
    /// Today, in the local time zone, for the default week of `radar new log` and the `spotted`
    /// date of a new scene. Only the authoring commands read the clock (`radar init` too: its
    /// example log is last week's); builds never do. Tests pass their own date.
    var today: CalendarDate = .today()

    /// Runs `radar new scene`, `radar new person` or `radar new log`.
    func run(_ invocation: ParsedInvocation) throws(UsageError) -> Int32 {
        let author = NoteAuthor(vault: invocation.string("vault") ?? ".", fileSystem: context.fileSystem)
        let name = invocation.string("name") ?? ""
        let week = try Self.week(invocation) ?? today.isoWeek
        do throws(AuthoringError) {
            switch invocation.path {
            case ["new", "scene"]: return report(try author.newScene(name: name, spotted: today))
            case ["new", "person"]: return report(try author.newPerson(name: name))
            default:
                return report(
                    try author.newLog(
                        scene: invocation.string("scene") ?? "", week: week, today: today.isoWeek))
            }
        } catch {
            context.console.err(error.rendered + "\n")
            return ExitStatus.usage
        }
    }

    /// `--week`, when given: `2026-W48` (a lowercase `w` is accepted too).
    static func week(_ invocation: ParsedInvocation) throws(UsageError) -> ISOWeek? {
        guard invocation.isGiven("week"), let text = invocation.string("week") else { return nil }
        guard let week = ISOWeek(parsing: text.uppercased()) else {
            let reason = ISOWeek.outOfRange(Substring(text.uppercased()))
            throw UsageError(
                .invalidValue(
                    value: text, target: "--week <week>",
                    expected: reason.map { "a week that exists: \($0)" }
                        ?? "an ISO week written YYYY-Www, such as 2026-W48"),
                chain: invocation.chain)
        }
        return week
    }

    private func report(_ created: NoteAuthor.Created) -> Int32 {
        context.console.out(created.path + "\n")
        if let carried = created.carried { context.console.err("radar: " + Self.describe(carried) + "\n") }
        for note in created.notes { context.console.err("radar: note: \(note)\n") }
        return ExitStatus.success
    }

    /// One line on what a new log starts from.
    static func describe(_ carried: CarryForward) -> String {
        let markers = NumberFormat.counted(carried.markerCount, "sound marker")
        switch carried.source {
        case .nothing:
            return
                "nothing to carry forward: no earlier log of the scene, and no sound in its profile; fill in the markers"
        case .profile:
            return "no earlier log of the scene: \(markers) from its profile's sound"
        case .unreadable(let path):
            return "nothing carried forward: '\(path)' cannot be read (run 'radar lint')"
        case .log(let week):
            let parts = [
                NumberFormat.counted(carried.artists.count, "artist"), markers,
                NumberFormat.counted(carried.community.count, "community entry", plural: "community entries"),
            ]
            return "carried forward \(parts.joined(separator: ", ")) from \(week)"
        }
    }
}

extension CalendarDate {
    /// Today's date where the curator is: the system clock in the local time zone (`TZ`), so that
    /// a log written on a Sunday evening west of Greenwich is that week's, not the next.
    static func today() -> CalendarDate {
        var now = time(nil)
        var local = tm()
        let offset = localtime_r(&now, &local) != nil ? local.tm_gmtoff : 0
        return CalendarDate(secondsSince1970: Int(now), utcOffset: offset)
    }

    /// The date at `seconds` since 1970-01-01 00:00 UTC, where clocks are `utcOffset` seconds
    /// ahead of UTC.
    init(secondsSince1970 seconds: Int, utcOffset: Int) {
        self.init(dayNumber: (seconds + utcOffset).floorDivided(by: 86_400))
    }
}
