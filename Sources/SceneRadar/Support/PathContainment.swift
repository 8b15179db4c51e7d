extension String {
    /// Whether this path lies strictly inside `folder`, both canonical (absolute, symbolic links
    /// resolved): `/a/b` is inside `/a` and `/`, `/ab` is not inside `/a`, and no path is inside
    /// itself.
    func isInside(_ folder: String) -> Bool {
        self != folder && hasPrefix(folder == "/" ? "/" : folder + "/")
    }

    /// The folder as a message names it, ending in one `/`: `out//` and `out` are `out/`.
    var asFolder: String {
        var path = Substring(self)
        while path.count > 1, path.hasSuffix("/") { path = path.dropLast() }
        return path == "/" ? "/" : path + "/"
    }
}
