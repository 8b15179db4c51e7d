/// radar's version, printed by `--version` and written into generated files' metadata.
public enum RadarVersion {
    /// The version.
    public static let current = "0.1.0"
}
