/// A set of lower-case words for the quote stage's many membership tests: a `WordMap` without
/// values, so a lookup hashes bytes instead of a `String` (see `WordMap`).
struct WordSet: Sendable, Sequence, ExpressibleByArrayLiteral {
    private let table: WordMap<Bool>

    init<S: Sequence>(_ list: S) where S.Element == String { table = WordMap(list.map { ($0, true) }) }

    init(arrayLiteral elements: String...) { self.init(elements) }

    @inline(__always) func contains(_ word: String) -> Bool { table.contains(word) }

    @inline(__always) func contains(_ token: Token) -> Bool { table.contains(token) }

    @inline(__always) func contains(_ word: Word) -> Bool { table.contains(word) }

    /// The verb's lemma is in the set (hashed once, when the verb was made).
    @inline(__always) func contains(lemmaOf verb: ReportingVerbs.Verb) -> Bool { table.contains(verb.lemma, hash: verb.lemmaHash) }

    func union<S: Sequence>(_ other: S) -> WordSet where S.Element == String { WordSet(table.keys + Array(other)) }

    func makeIterator() -> IndexingIterator<[String]> { table.keys.makeIterator() }
}
