/// Who a quote is attributed to.
public struct SpeakerReference: Sendable, Hashable {
    public enum Resolution: String, Sendable {
        /// The attribution names the speaker in full.
        case name
        /// A short form (surname, title) merged with an earlier full name.
        case alias
        /// A pronoun resolved to an earlier mention.
        case pronoun
        /// A relative pronoun ("Ruth Ames, who said") standing for the phrase before it.
        case relative
        /// A description of a group or an organisation ("officials", "Lee's office").
        case description
        /// Not written next to the quote: taken from the surrounding sentences.
        case context
        /// Left unresolved: a pronoun or description with no antecedent.
        case unresolved
    }

    /// The resolved canonical name.
    public var name: String
    /// The entity id, when the speaker is an entity of the document.
    public var entity: String?
    /// The mention the attribution rests on (which may be "she").
    public var span: TextSpan?
    public var resolution: Resolution

    @inlinable public init(name: String, entity: String?, span: TextSpan?, resolution: Resolution) {
        self.name = name
        self.entity = entity
        self.span = span
        self.resolution = resolution
    }
}
