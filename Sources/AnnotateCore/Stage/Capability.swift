/// A named piece of a document that one stage provides and another requires.
public struct Capability: RawRepresentable, Hashable, Sendable, Comparable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
    public static func < (a: Capability, b: Capability) -> Bool { a.rawValue < b.rawValue }

    public static let text: Capability = "text"
    public static let paragraphs: Capability = "paragraphs"
    public static let sentences: Capability = "sentences"
    public static let entities: Capability = "entities"
    public static let quotes: Capability = "quotes"
    public static let speakers: Capability = "speakers"
    public static let tone: Capability = "tone"
    public static let targets: Capability = "targets"
}
