import Glibc

/// Writing a whole buffer to an open file: `write` (or `pwrite`) may write less than asked, or be
/// interrupted by a signal, so it is called again until every byte is written.
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
}
