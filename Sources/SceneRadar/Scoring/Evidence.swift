/// One item that produced a signal — a track, an event, a press piece, a term — with where the
/// curator wrote it, so that every published number can be traced back to a line of a note.
public struct Evidence: Sendable, Hashable {
    /// What kind of item it is.
    public enum Kind: String, SchemaEnum {
        /// A track or mix (remixes and edits).
        case track
        /// A documented event.
        case event
        /// A press piece.
        case press
        /// A vocabulary term.
        case term
        /// A sound-alike act.
        case soundalike
        /// A platform, where it was first seen.
        case platform
        /// A producer sharing process.
        case howItsMade = "how-its-made"
    }

    /// What kind of item it is.
    public var kind: Kind
    /// A human label: the track title, the event's name and date, the outlet, the term.
    public var label: String
    /// Why it counts, when the label alone does not say (e.g. "counts double: series Night Bus").
    public var detail: String?
    /// The item's URL as written (a track's, a clip's, an article's), when there is one.
    public var url: String?
    /// The week of the log it was first seen in, inside the window.
    public var week: ISOWeek
    /// Where the item was written.
    public var location: SourceLocation

    /// Creates a piece of evidence.
    public init(
        kind: Kind, label: String, detail: String? = nil, url: String? = nil, week: ISOWeek,
        location: SourceLocation
    ) {
        self.kind = kind
        self.label = label
        self.detail = detail
        self.url = url
        self.week = week
        self.location = location
    }
}
