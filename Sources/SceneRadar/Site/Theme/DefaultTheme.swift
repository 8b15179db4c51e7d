/// The default theme, compiled into the binary (generated from templates/ by
/// scripts/embed-theme.py), so an installed `radar` needs no files beside it.
public enum DefaultTheme {
    /// The theme's templates by name (file name without `.mustache`).
    public static var templates: [String: String] {
        var result: [String: String] = [:]
        for (path, text) in files where path.hasSuffix(".mustache") && !path.contains("/") {
            result[String(path.dropLast(".mustache".count))] = text
        }
        return result
    }

    /// The theme's other files (CSS, images) by output path.
    public static var assets: [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        for (path, text) in files where !path.hasSuffix(".mustache") { result[path] = Array(text.utf8) }
        return result
    }
}
