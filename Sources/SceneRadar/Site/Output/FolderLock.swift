import Glibc
import Synchronization

/// An advisory lock on a folder (`flock`), held until released, this object goes or the process
/// ends, so two radar builds never use one vault's cache or write into one output folder at
/// once: the second waits for the first.
final class FolderLock: Sendable {
    /// The open folder holding the lock; -1 once released.
    private let descriptor: Mutex<Int32>

    /// Locks the folder at `path`, calling `waiting` first when another process holds the lock.
    /// `nil` when the folder cannot be opened or its file system has no locks: the build then
    /// goes on without one, as it did before locks.
    init?(path: String, waiting: () -> Void) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK else {
                close(descriptor)
                return nil
            }
            waiting()
            while flock(descriptor, LOCK_EX) != 0 {
                guard errno == EINTR else {
                    close(descriptor)
                    return nil
                }
            }
        }
        self.descriptor = Mutex(descriptor)
    }

    /// Lets the next build in; a second call does nothing.
    func release() {
        descriptor.withLock { descriptor in
            if descriptor >= 0 { close(descriptor) }
            descriptor = -1
        }
    }

    deinit {
        release()
    }
}
