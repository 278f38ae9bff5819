/// VADER-style polarity scores: proportions of negative, neutral and positive valence and a
/// normalised compound score in [-1, 1].
public struct Tone: Sendable, Hashable {
    public var neg: Double
    public var neu: Double
    public var pos: Double
    public var compound: Double
    /// The words that moved the score, when the tone stage was asked to explain itself.
    public var words: [ToneWord]?

    public init(neg: Double, neu: Double, pos: Double, compound: Double, words: [ToneWord]? = nil) {
        self.neg = neg
        self.neu = neu
        self.pos = pos
        self.compound = compound
        self.words = words
    }

    public static let neutral = Tone(neg: 0, neu: 0, pos: 0, compound: 0)

    /// The conventional VADER label thresholds (compound ≥ 0.05 positive, ≤ -0.05 negative).
    public var label: String {
        compound >= 0.05 ? "positive" : compound <= -0.05 ? "negative" : "neutral"
    }

    /// The component-wise mean of several scores, or nil for none.
    public static func mean(_ tones: [Tone]) -> Tone? {
        guard !tones.isEmpty else { return nil }
        let n = Double(tones.count)
        var sum = Tone.neutral
        for t in tones {
            sum.neg += t.neg; sum.neu += t.neu; sum.pos += t.pos; sum.compound += t.compound
        }
        return Tone(neg: sum.neg / n, neu: sum.neu / n, pos: sum.pos / n, compound: sum.compound / n)
    }
}
