/// A sentence: its span and, once a tone stage has run, its tone.
public struct Sentence: Sendable, Hashable {
    public var span: TextSpan
    public var tone: Tone?

    public init(span: TextSpan, tone: Tone? = nil) {
        self.span = span
        self.tone = tone
    }
}
