/// Where a scene stands on the way to breaking (SPEC §4), read from the top: the first that
/// holds wins.
public enum Phase: String, SchemaEnum {
    /// Major-tier press in the window: "once bigger publications take notice, the wave is
    /// usually underway".
    case underway
    /// A sound-alike layer, or at least five signals at half strength or more.
    case aboutToBreak = "about-to-break"
    /// Shared vocabulary and producers sharing how it's made: the scene is consolidating identity.
    case consolidating
    /// None of the above yet.
    case forming

    /// The phase as pages print it, e.g. "about to break".
    public var title: String {
        switch self {
        case .underway: return "underway"
        case .aboutToBreak: return "about to break"
        case .consolidating: return "consolidating"
        case .forming: return "forming"
        }
    }

    /// The phase of a scene with these signals; `majorPress` is whether major-tier press
    /// appeared in the window. Weights do not matter here: they tune the score, while the phase
    /// reads the evidence itself.
    public static func of(signals: [SignalResult], majorPress: Bool) -> Phase {
        if majorPress { return .underway }
        func strength(_ signal: Signal) -> Double {
            signals.first { $0.signal == signal }?.strength ?? 0
        }
        let strong = signals.filter { $0.strength >= 0.5 }.count
        if strength(.soundalikes) > 0 || strong >= 5 { return .aboutToBreak }
        if strength(.vocabulary) > 0 && strength(.howItsMade) > 0 { return .consolidating }
        return .forming
    }
}
