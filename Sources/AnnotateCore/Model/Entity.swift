/// Something the text names and refers to: a person, an organisation, a group of people.
public struct Entity: Sendable, Hashable {
    public enum Kind: String, Sendable {
        case person, organization, group, place, other
    }

    public enum Gender: String, Sendable {
        case female, male, unknown
    }

    /// Stable within a document: `e1`, `e2`, ...
    public var id: String
    /// Canonical name: the fullest form the text uses ("Sanae Takaichi" for "Takaichi").
    public var name: String
    public var kind: Kind
    public var gender: Gender
    public var plural: Bool
    public var mentions: [TextSpan]

    @inlinable public init(id: String, name: String, kind: Kind, gender: Gender = .unknown, plural: Bool = false,
                mentions: [TextSpan] = []) {
        self.id = id
        self.name = name
        self.kind = kind
        self.gender = gender
        self.plural = plural
        self.mentions = mentions
    }
}
