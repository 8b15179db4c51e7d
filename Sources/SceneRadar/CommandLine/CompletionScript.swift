/// Shell completion scripts generated from a command table, for `radar completion bash|zsh|fish`.
///
/// The scripts complete subcommands, options, the words of enumerated values (`--format`),
/// directories for folder arguments and options, and file names for file arguments. Choice values
/// and names are expected to be plain words (letters, digits, `.`, `_`, `-`), as radar's are.
public enum CompletionScript {
    /// The script for `shell`, ending with a newline.
    public static func render(shell: Shell, root: CommandSpec) -> String {
        switch shell {
        case .bash: return BashCompletion(root: root).render()
        case .zsh: return ZshCompletion(root: root).render()
        case .fish: return FishCompletion(root: root).render()
        }
    }
}
