extension String {
    /// Whether this path lies strictly inside `folder`, both canonical (absolute, symbolic links
    /// resolved): `/a/b` is inside `/a` and `/`, `/ab` is not inside `/a`, and no path is inside
    /// itself.
    func isInside(_ folder: String) -> Bool {
        self != folder && hasPrefix(folder == "/" ? "/" : folder + "/")
    }
}
