import Glibc
import Synchronization

/// Where a command prints: standard output and error, and whether each is a terminal (colour
/// and progress lines only on a terminal, never with `NO_COLOR`). Passed in so tests capture it.
public protocol Console: Sendable {
    /// Writes to standard output.
    func out(_ text: String)
    /// Writes to standard error.
    func err(_ text: String)
    /// Whether standard output is a terminal.
    var outIsTerminal: Bool { get }
    /// Whether standard error is a terminal.
    var errIsTerminal: Bool { get }
    /// Why a write to standard output failed (a full disk, a closed pipe), if one did: the
    /// command's output is then incomplete, and radar says so and exits with 2.
    var outputFailure: String? { get }
}

extension Console {
    /// No failure: a console that keeps what it is given.
    public var outputFailure: String? { nil }
}

/// The process's standard streams.
public struct StandardConsole: Console {
    /// Creates the console.
    public init() {}

    /// The first failure of a write to standard output (one process, one standard output).
    private static let firstOutputFailure = Mutex<String?>(nil)

    public func out(_ text: String) {
        guard !Self.write(text, to: STDOUT_FILENO) else { return }
        let reason = String(cString: strerror(errno))
        Self.firstOutputFailure.withLock { $0 = $0 ?? reason }
    }

    /// Writes to standard error; a failure there has nowhere to be told.
    public func err(_ text: String) { _ = Self.write(text, to: STDERR_FILENO) }
    public var outIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    public var errIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
    public var outputFailure: String? { Self.firstOutputFailure.withLock { $0 } }

    private static func write(_ text: String, to fd: Int32) -> Bool {
        var text = text
        return text.withUTF8 { WriteAll.write($0, to: fd) }
    }
}

/// A console that keeps what is printed, for tests.
public final class CapturingConsole: Console {
    private let state = Mutex((out: "", err: "", failed: false))
    /// Whether every write to standard output fails, as on a full disk.
    private let failsOutput: Bool

    /// Creates an empty capture; with `failingOutput`, standard output refuses every write.
    public init(failingOutput: Bool = false) {
        failsOutput = failingOutput
    }

    public func out(_ text: String) {
        state.withLock {
            if failsOutput { $0.failed = true } else { $0.out += text }
        }
    }
    public func err(_ text: String) { state.withLock { $0.err += text } }
    public var outIsTerminal: Bool { false }
    public var errIsTerminal: Bool { false }
    public var outputFailure: String? { state.withLock { $0.failed } ? "No space left on device" : nil }

    /// Everything written to standard output.
    public var stdout: String { state.withLock { $0.out } }
    /// Everything written to standard error.
    public var stderr: String { state.withLock { $0.err } }
}

/// What a command runs with: its console, environment and working directory.
public struct CommandContext: Sendable {
    /// Where output goes.
    public var console: any Console
    /// The environment (`NO_COLOR`).
    public var environment: [String: String]
    /// The file system.
    public var fileSystem: any FileSystem

    /// Creates a context.
    public init(
        console: any Console, environment: [String: String], fileSystem: any FileSystem = LocalFileSystem()
    ) {
        self.console = console
        self.environment = environment
        self.fileSystem = fileSystem
    }

    /// Whether diagnostics on standard error may be coloured.
    public var colorErrors: Bool { console.errIsTerminal && environment["NO_COLOR"].map(\.isEmpty) ?? true }
    /// Whether standard output may be coloured.
    public var colorOutput: Bool { console.outIsTerminal && environment["NO_COLOR"].map(\.isEmpty) ?? true }
}

/// radar's exit statuses (SPEC §5).
public enum ExitStatus {
    /// Clean, or only warnings and info.
    public static let success: Int32 = 0
    /// Error diagnostics (or warnings with `--strict`).
    public static let failure: Int32 = 1
    /// A usage error, or the vault or output cannot be read or written.
    public static let usage: Int32 = 2
}
