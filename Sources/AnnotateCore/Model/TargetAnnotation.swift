/// Sentiment directed at one mention of a target.
public struct TargetAnnotation: Sendable, Hashable {
    public var name: String
    public var span: TextSpan
    /// "positive", "negative" or "neutral".
    public var label: String
    public var tone: Tone?
    /// The words that bore on the target, with their weighted contributions.
    public var evidence: [ToneWord]

    public init(name: String, span: TextSpan, label: String, tone: Tone?, evidence: [ToneWord] = []) {
        self.name = name
        self.span = span
        self.label = label
        self.tone = tone
        self.evidence = evidence
    }
}
