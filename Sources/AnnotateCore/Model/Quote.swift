/// Reported speech: what was said, how it is reported, and by whom.
public struct Quote: Sendable, Hashable {
    public enum Kind: String, Sendable {
        /// A whole utterance in quotation marks.
        case direct
        /// Quoted words inside reported speech.
        case partial
        /// Reported speech that contains quoted words.
        case mixed
        /// Reported speech without quotation marks ("X said that ...").
        case indirect
    }

    /// Stable within a document: `q1`, `q2`, ...
    public var id: String
    public var span: TextSpan
    public var kind: Kind
    public var speaker: SpeakerReference?
    public var cue: Cue?
    public var tone: Tone?
    /// Epistemic certainty from hedges and boosters in the quote, in [-1, 1] (set by the stance stage).
    public var certainty: Double?
    /// The id of the `mixed` quote this `partial` quote's words lie in (the same speaker's same
    /// utterance), nil otherwise: counting quotes or averaging their tone per speaker, skip these so that
    /// each utterance counts once.
    public var within: String?

    @inlinable public init(id: String, span: TextSpan, kind: Kind, speaker: SpeakerReference? = nil, cue: Cue? = nil,
                tone: Tone? = nil) {
        self.id = id
        self.span = span
        self.kind = kind
        self.speaker = speaker
        self.cue = cue
        self.tone = tone
    }
}

/// The reporting expression that introduces a quote ("said", "according to").
public struct Cue: Sendable, Hashable {
    public var span: TextSpan
    public var lemma: String
    /// How the reporter frames the claim: neutral, assertive, distancing, admission, denial, ...
    public var framing: String?
    /// The verb is negated ("did not say", "never claimed", "didn't find"): what follows is what the
    /// speaker did not say, find or claim, so it is no statement of theirs.
    public var negated: Bool

    @inlinable public init(span: TextSpan, lemma: String, framing: String? = nil, negated: Bool = false) {
        self.span = span
        self.lemma = lemma
        self.framing = framing
        self.negated = negated
    }
}
