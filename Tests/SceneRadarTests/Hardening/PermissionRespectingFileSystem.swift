import Glibc

@testable import SceneRadar

/// The local file system as an ordinary user sees it, for tests that run as root (CI containers
/// do): root reads a file or lists a folder with mode 000 anyway, so doing so fails here with
/// the error an ordinary user gets (EACCES). Everything else is `LocalFileSystem`.
struct PermissionRespectingFileSystem: FileSystem {
    private let local = LocalFileSystem()

    /// The file system to build with: this one when running as root, else the real one.
    static var forThisUser: any FileSystem {
        geteuid() == 0 ? PermissionRespectingFileSystem() : LocalFileSystem()
    }

    func entries(of directory: String) throws(FileReadError) -> [String] {
        var status = stat()
        if stat(directory, &status) == 0, status.st_mode & S_IFMT == S_IFDIR, status.st_mode & 0o444 == 0 {
            throw .system(String(cString: strerror(EACCES)))
        }
        return try local.entries(of: directory)
    }

    func info(_ path: String) -> FileInfo? { local.info(path) }

    func resolvedInfo(_ path: String) -> FileInfo? { local.resolvedInfo(path) }

    func canonicalPath(_ path: String) -> String? { local.canonicalPath(path) }

    func read(_ path: String, limit: Int64) throws(FileReadError) -> [UInt8] {
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_mode & 0o444 == 0 {
            throw .system(String(cString: strerror(EACCES)))
        }
        return try local.read(path, limit: limit)
    }
}
