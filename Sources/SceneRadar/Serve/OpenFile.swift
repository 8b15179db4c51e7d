#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A regular file opened for reading, owning its descriptor (closed on deinit).
///
/// A class because it owns a C resource. It is `@unchecked Sendable` because the descriptor and
/// size never change after `init` and `pread` takes an explicit offset, so concurrent reads do not
/// share a file position.
final class OpenFile: @unchecked Sendable {
    /// The descriptor.
    let descriptor: Int32
    /// The size when opened.
    let size: Int

    /// Opens the canonical `path` (as returned by `SitePathResolver`) and re-checks it.
    ///
    /// `O_NOFOLLOW` refuses a final symlink swapped in since `realpath`; `O_NONBLOCK` keeps a FIFO
    /// swapped in from blocking the open; `fstat` insists on a regular file; and where `/proc` is
    /// mounted, the path the kernel actually opened must still lie inside the root.
    init?(path: String, inside resolver: SitePathResolver) {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG,
            Self.openedPath(fd).map(resolver.contains) ?? true
        else {
            close(fd)
            return nil
        }
        descriptor = fd
        size = Int(info.st_size)
    }

    deinit { close(descriptor) }

    /// Reads up to `count` bytes at `offset`; fewer at end of file, empty on error.
    func read(at offset: Int, count: Int) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let got = bytes.withUnsafeMutableBytes {
                pread(descriptor, $0.baseAddress! + filled, count - filled, off_t(offset + filled))
            }
            if got > 0 {
                filled += got
            } else if got < 0 && errno == EINTR {
                continue
            } else {
                break
            }
        }
        bytes.removeSubrange(filled...)
        return bytes
    }

    /// Reads the whole file as it was sized when opened.
    func readAll() -> [UInt8] { read(at: 0, count: size) }

    private static func openedPath(_ fd: Int32) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/fd/\(fd)", &buffer, buffer.count - 1)
        guard length > 0 else { return nil }
        return String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
