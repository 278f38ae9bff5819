import AnnotateCore

/// Names of organisations the news writes in one word with nothing around them to say what they are, from
/// `lexicons/organisation_names.txt`: "Oxfam said", "Nato warned". Such a name is a body, never a person, so a
/// "she" after it looks past it; and the nouns listed with it say which "the charity" or "the company" names it again.
/// A lexicon, so that a user adds the bodies of their beat; a class, so that asking does not copy its tables.
final class OrganisationNames: Sendable {
    /// Names that match in any case ("nato" for "Nato" and "NATO"), lower-cased, without a possessive, with their nouns.
    private let anyCase: WordMap<[Word]>
    /// Names listed in capitals, which match only a word written in capitals: "WHO", not the question's "Who".
    private let capitals: WordMap<[Word]>
    /// The names' shapes, so that most words are rejected without hashing (every one-word name asks).
    private let shapes: ShapeFilter
    /// The bytes of the nouns.
    private let store: WordStore

    /// Reads `name[<TAB>noun,noun...]` rows, the name as the news writes it.
    init(text: String) {
        let store = WordStore()
        var anyCase: [String: [Word]] = [:], capitals: [String: [Word]] = [:]
        for row in WordList.rows(text) {
            let name = row[0]
            var lower = name.lowercased()
            if lower.hasSuffix("'s") { lower.removeLast(2) }
            let nouns = row.count > 1 ? row[1].lowercased().split(separator: ",").map { store.word(String($0).trimmed(" ")) } : []
            let inCapitals = name.utf8.count >= 2 && name.utf8.allSatisfy { !ByteClass.isASCIILower($0) }
            if inCapitals {
                capitals[lower] = nouns
                // ("U.N.", and "WHO" read as initials, "w.h.o.": the initials with points are the same name.)
                if lower.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) {
                    capitals[lower.map { "\($0)." }.joined()] = nouns
                }
            } else { anyCase[lower] = nouns }
        }
        self.store = store
        self.anyCase = WordMap(anyCase)
        self.capitals = WordMap(capitals)
        shapes = ShapeFilter(Array(anyCase.keys) + Array(capitals.keys))
    }

    /// The capitalised word `t`, without its possessive, is a listed name: "Oxfam", "Nato's", "NASA".
    func contains(_ t: Token, _ utf8: [UInt8]) -> Bool {
        guard t.isWord, t.capitalized, shapes.mayContain(QuoteAttributor.bareShape(t)) else { return false }
        let w = QuoteAttributor.bare(t.lower)
        if anyCase[w] != nil { return true }
        guard capitals[w] != nil else { return false }
        let end = QuoteAttributor.endWithoutPossessive(t, utf8)
        return (t.start..<end).allSatisfy { !ByteClass.isASCIILower(utf8[$0]) }
    }

    /// The nouns that name again the organisation whose one-word name is `word` (lower-cased, as an entity holds it):
    /// "charity" for "oxfam"; nil for a name the list does not hold.
    func nouns(of word: Word) -> [Word]? {
        anyCase[word] ?? capitals[word]
    }
}
