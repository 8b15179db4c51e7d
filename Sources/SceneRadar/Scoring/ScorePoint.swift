/// One point of a scene's score history: the score with the window ending at `week`.
public struct ScorePoint: Sendable, Hashable {
    /// The last week of the window.
    public var week: ISOWeek
    /// The score, rounded to one decimal.
    public var score: Double

    /// Creates a point.
    public init(week: ISOWeek, score: Double) {
        self.week = week
        self.score = score
    }
}
