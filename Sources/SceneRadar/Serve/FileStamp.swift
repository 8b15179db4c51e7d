#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The `stat` facts that reveal a change without reading a file: size, nanosecond modification and
/// status-change times, and identity. An editor that saves by writing a new file and renaming it
/// over the old one changes the inode even when size and mtime happen to match; the change time
/// catches tools that restore the modification time (`cp -p`, `rsync -t`).
struct FileStamp: Sendable, Equatable {
    var size: Int64
    var modifiedSeconds: Int
    var modifiedNanoseconds: Int
    var changedSeconds: Int
    var changedNanoseconds: Int
    var inode: UInt64
    var device: UInt64

    init(_ info: stat) {
        size = Int64(info.st_size)
        modifiedSeconds = Int(info.st_mtim.tv_sec)
        modifiedNanoseconds = Int(info.st_mtim.tv_nsec)
        changedSeconds = Int(info.st_ctim.tv_sec)
        changedNanoseconds = Int(info.st_ctim.tv_nsec)
        inode = UInt64(info.st_ino)
        device = UInt64(info.st_dev)
    }
}
