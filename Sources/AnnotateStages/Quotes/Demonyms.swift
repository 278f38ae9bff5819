import AnnotateCore

/// Words for peoples, from `lexicons/demonyms.tsv`, by which a report names someone it has named before: "Kovac ...
/// the Croatian replied", "the Portuguese coach told Sky Sports"; and one-word places, which no business noun names
/// ("Demand from China fell, the firm said"). A lexicon, so that a user adds the peoples and places of their beat; a
/// class, so that asking does not copy its tables.
final class Demonyms: Sendable {
    /// Nouns for one of a people ("croatian", "spaniard", "frenchman"), with the gender they imply ("" when none).
    let persons: WordMap<String>
    /// Words read only as adjectives ("french", "portuguese"): they name someone only before a profession.
    let adjectives: WordSet
    /// One-word names of countries, regions, states and large cities ("china", "texas"): no business a noun names.
    let places: WordSet
    /// The words' shapes, so that most names are rejected without hashing (every one-word name asks).
    private let shapes: ShapeFilter

    static let forms = ["person", "adjective", "place"]

    /// Reads `word<TAB>person|adjective|place[<TAB>gender]` rows; an unknown form is an error.
    init(text: String, path: String) throws {
        var persons: [String: String] = [:], adjectives: [String] = [], places: [String] = []
        for row in WordList.rows(text) {
            let word = row[0].lowercased()
            switch try WordList.value(of: row, in: Self.forms, column: "form", path: path) {
            case "person": persons[word] = row.count > 2 ? row[2] : ""
            case "place": places.append(word)
            default: adjectives.append(word)
            }
        }
        self.persons = WordMap(persons)
        self.adjectives = WordSet(adjectives)
        self.places = WordSet(places)
        shapes = ShapeFilter(Array(persons.keys) + adjectives)
    }

    /// A word of either form, without its possessive: "Croatian", "French".
    func contains(_ t: Token) -> Bool {
        guard shapes.mayContain(QuoteAttributor.bareShape(t)) else { return false }
        let w = QuoteAttributor.bare(t.lower)
        return persons[w] != nil || adjectives.contains(w)
    }

    /// A capitalised word shaped like a people's or a party's adjective: "Australian", "Chinese", "British",
    /// "Israeli", "Democratic". (By its ending too: a list of every nationality would still miss some.)
    func looksLikeDemonym(_ t: Token) -> Bool {
        guard t.isWord, t.capitalized, t.lower.count > 3 else { return false }
        let w = t.lower
        return adjectives.contains(t) || w.endsWith("an") || w.endsWith("ese") || w.endsWith("ish")
            || w.endsWith("ic") || w.endsWith("i")
    }
}
