import Dispatch
import Synchronization

/// A transient status line on standard error, such as `building… 1.2 s`, for a step that takes a
/// while.
///
/// Nothing is printed for a step that ends within `threshold` (most builds), nor at all when
/// disabled: commands enable it only when standard error is a terminal and `--quiet` is not
/// given, so logs and pipes never see it. The line is redrawn with `\r` and erased with spaces
/// (no escape sequences, so it works on any terminal) before anything else is printed.
final class ProgressLine: Sendable {
    /// Whether anything is ever printed.
    let isEnabled: Bool
    private let console: any Console
    private let threshold: Duration
    private let refresh: Duration?
    private let now: @Sendable () -> Duration
    private let state = Mutex(State())
    private let queue = DispatchQueue(label: "radar.progress")

    private struct State {
        var label: String?
        var started: Duration = .zero
        /// The length of the line on screen, 0 when none is shown.
        var shown = 0
        var timer: DispatchSourceTimer?
    }

    /// Creates a progress line. `refresh` is how often it is redrawn (nil: only when `tick()` is
    /// called, for tests), `now` the time since any fixed origin (injected by tests).
    init(
        console: any Console, isEnabled: Bool, threshold: Duration = .seconds(1),
        refresh: Duration? = .milliseconds(100),
        now: @escaping @Sendable () -> Duration = { .nanoseconds(DispatchTime.now().uptimeNanoseconds) }
    ) {
        self.console = console
        self.isEnabled = isEnabled
        self.threshold = threshold
        self.refresh = refresh
        self.now = now
    }

    /// A progress line for a command's console: only on a terminal, never with `--quiet`.
    convenience init(context: CommandContext, quiet: Bool) {
        self.init(console: context.console, isEnabled: context.console.errIsTerminal && !quiet)
    }

    deinit {
        state.withLock { $0.timer?.cancel() }
    }

    /// Runs `body` as a step called `label` (e.g. "building").
    func measure<T, E: Error>(_ label: String, _ body: () throws(E) -> T) throws(E) -> T {
        begin(label)
        defer { end() }
        return try body()
    }

    /// Starts a step; ends the previous one if it was still running.
    func begin(_ label: String) {
        guard isEnabled else { return }
        end()
        let started = now()
        state.withLock { state in
            state.label = label
            state.started = started
            guard let refresh else { return }
            // Created under the lock so the timer never escapes it; its handler only redraws.
            let milliseconds = max(1, Int(refresh / .milliseconds(1)))
            let timer = DispatchSource.makeTimerSource(queue: queue)
            timer.schedule(
                deadline: .now() + .milliseconds(milliseconds), repeating: .milliseconds(milliseconds))
            timer.setEventHandler { [weak self] in self?.tick() }
            timer.resume()
            state.timer = timer
        }
    }

    /// Ends the step and erases its line if one is shown.
    func end() {
        guard isEnabled else { return }
        state.withLock { state in
            state.timer?.cancel()
            state.timer = nil
            state.label = nil
            if state.shown > 0 {
                console.err("\r" + String(repeating: " ", count: state.shown) + "\r")
                state.shown = 0
            }
        }
    }

    /// Redraws the line if the step has run for at least the threshold.
    func tick() {
        let time = now()
        state.withLock { state in
            guard let label = state.label,
                let text = Self.line(label, elapsed: time - state.started, threshold: threshold)
            else { return }
            // Pad over what is left of a longer previous line.
            let padding = String(repeating: " ", count: max(0, state.shown - text.count))
            console.err("\r" + text + padding)
            state.shown = text.count
        }
    }

    /// The line for a step that has run for `elapsed`, or nil while under the threshold.
    static func line(_ label: String, elapsed: Duration, threshold: Duration = .seconds(1)) -> String? {
        guard elapsed >= threshold else { return nil }
        return "\(label)… \(NumberFormat.exact(elapsed / .seconds(1), decimals: 1)) s"
    }
}
