/// How one speaker talks about one target, over the quotes that mention it.
public struct SpeakerStance: Sendable, Hashable {
    public var target: String
    /// Mean target-directed compound over the mentions, in [-1, 1].
    public var polarity: Double
    /// "favor", "against" or "neutral".
    public var label: String
    public var count: Int
    public var quoteIDs: [String]

    public init(target: String, polarity: Double, label: String, count: Int, quoteIDs: [String]) {
        self.target = target
        self.polarity = polarity
        self.label = label
        self.count = count
        self.quoteIDs = quoteIDs
    }
}
