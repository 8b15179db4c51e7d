import Glibc

/// Writing whole buffers to files: `write` (or `pwrite`) may write less than asked, or be
/// interrupted by a signal, so it is called again until every byte is written; and a file
/// written anew through a temporary file, so a reader never sees it half-written.
enum WriteAll {
    /// Writes all of `bytes` to `fd`, at its current position or, given `offset`, at that offset
    /// (`pwrite`); false on an error (`errno` says which; `EIO` for a write that made no progress).
    static func write(_ bytes: UnsafeBufferPointer<UInt8>, to fd: Int32, at offset: Int? = nil) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var done = 0
        while done < bytes.count {
            let count =
                offset.map { pwrite(fd, base + done, bytes.count - done, off_t($0 + done)) }
                ?? Glibc.write(fd, base + done, bytes.count - done)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                if count == 0 { errno = EIO }
                return false
            }
            done += count
        }
        return true
    }

    /// Removes the files directly in `folder` whose names begin with one of `prefixes`: the
    /// temporary files of writes a killed process did not finish. Best effort; a folder that
    /// cannot be listed is left as it is.
    static func removeTemporaryFiles(in folder: String, beginningWith prefixes: [String]) {
        guard let names = try? LocalFileSystem().entries(of: folder) else { return }
        for name in names where prefixes.contains(where: { name.hasPrefix($0) }) {
            unlink(folder + "/" + name)
        }
    }

    /// What follows a file's name in the name of the temporary file `replacing` writes it to,
    /// before the writing process's id: a process killed before renaming it leaves it behind.
    static let temporarySuffix = ".tmp-"

    /// Writes the file at `path` anew through a temporary file beside it, renamed over `path`
    /// once `produce` has written every piece with the `emit` it is given (`emit` says whether
    /// a piece was written; `produce` returns false to give up). False, with `path` untouched,
    /// when anything failed.
    static func replacing(_ path: String, _ produce: (_ emit: ([UInt8]) -> Bool) -> Bool) -> Bool {
        let temporary = path + temporarySuffix + "\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else { return false }
        let complete = produce { bytes in bytes.withUnsafeBufferPointer { write($0, to: fd) } }
        close(fd)
        guard complete, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }
}
