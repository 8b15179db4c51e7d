/// The slug a new note gets from its name: the file or folder name, and so its page's URL.
///
/// The rule is the one person pages use (SPEC §3): the match key of the name (`NameKey`) folded
/// to `[a-z0-9-]`; where that leaves nothing (a name in a non-Latin script, or only symbols),
/// the first 8 hex digits of the FNV-1a-64 hash of the match key, which is stable across runs
/// and machines. So `radar new person` names a note exactly as the person's page would be named
/// without one.
public enum NoteSlug {
    /// The slug for `name`, or `nil` when the name is empty once folded (only spaces or
    /// invisible characters).
    public static func make(for name: String) -> String? {
        let key = NameKey.fold(name)
        guard !key.isEmpty else { return nil }
        let slug = Slug.from(foldedName: key)
        return slug.isEmpty ? FNV1a.hex(key) : slug
    }
}
