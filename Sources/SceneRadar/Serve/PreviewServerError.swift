/// Why the preview server could not start.
public enum PreviewServerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Another process listens on the port.
    case portInUse(UInt16)
    /// The port needs privileges the process lacks (ports below 1024).
    case permissionDenied(UInt16)
    /// The site root does not exist or is not a directory.
    case rootNotFound(String)
    /// `start()` was called on a server that is running or was stopped.
    case alreadyStarted
    /// Another system call failed, with its `errno`.
    case system(operation: String, code: Int32)

    /// A message for the terminal, e.g. "port 8000 is already in use; try --port 8001".
    public var description: String {
        switch self {
        case .portInUse(let port):
            return "port \(port) is already in use; try --port \(port < UInt16.max ? port + 1 : 8000)"
        case .permissionDenied(let port):
            return "port \(port) needs special privileges; try --port 8000"
        case .rootNotFound(let path):
            return "cannot serve '\(path)': it is not a directory"
        case .alreadyStarted:
            return "the preview server was already started"
        case .system(let operation, let code):
            return "cannot start the preview server: \(operation) failed (errno \(code))"
        }
    }
}
