/// A shell that `radar completion` writes a script for.
public enum Shell: String, CaseIterable, Sendable {
    /// GNU bash 4 or later.
    case bash
    /// The Z shell, through its `compsys` completion system.
    case zsh
    /// The friendly interactive shell.
    case fish
}
