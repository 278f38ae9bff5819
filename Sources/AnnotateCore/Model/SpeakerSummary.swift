/// One speaker's quotes in a document, aggregated (`speakers` on the wire).
public struct SpeakerSummary: Sendable, Hashable {
    public var entity: String?
    public var name: String
    public var quoteIDs: [String]
    public var tone: Tone?
    /// Stance toward each target the speaker's quotes mention (set by the stance stage).
    public var stance: [SpeakerStance]

    public init(entity: String?, name: String, quoteIDs: [String], tone: Tone? = nil, stance: [SpeakerStance] = []) {
        self.entity = entity
        self.name = name
        self.quoteIDs = quoteIDs
        self.tone = tone
        self.stance = stance
    }
}
