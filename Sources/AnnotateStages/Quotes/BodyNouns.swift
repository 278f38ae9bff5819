import AnnotateCore

/// The nouns that say what kind of body a name is, from `lexicons/body_nouns.tsv`: "power company Grid North",
/// "Spanish newspaper Marca", "Acme Corp ... the company said", "the retailer said". A lexicon and not Swift lists,
/// so that a user can add the trades of their own beat ("bakery", "shipyard") without rebuilding. A class: as a struct
/// of seven sets inside `QuoteLexicon`, every question copied it whole first.
final class BodyNouns: Sendable {
    /// A business by its form: "company", "firm", "group", "corporation".
    let corporate: WordSet
    /// A business by its trade: "retailer", "lender", "airline".
    let trade: WordSet
    /// Trades that never open a body's own name, so that opening a sentence before a name they describe it: "Broadcaster
    /// ITV said" (not "House", "Bank" or "Giant", which do: "House Republicans").
    let leadingTrade: WordSet
    /// Public bodies, which name each other: "the World Health Organization ... the agency".
    let publicBody: WordSet
    /// Media outlets, which say the name right after them is a body's: "Spanish newspaper Marca".
    let outlet: WordSet
    /// Bodies of no kind above: "the charity Hope Street", "the industry regulator Ofwat".
    let other: WordSet
    /// Every noun above, for one lookup before the finer tests (a name follows a lower-case word often: "told Smith",
    /// "of Mexico").
    let any: WordSet

    static let kinds = ["company", "trade", "public", "outlet", "body"]

    /// Reads `word<TAB>kind[<TAB>leads]` rows; an unknown kind is an error, so that a typo does not silently drop a row.
    init(text: String, path: String) throws {
        var byKind: [String: [String]] = [:], leading: [String] = []
        for row in WordList.rows(text) {
            let word = row[0].lowercased(), kind = try WordList.value(of: row, in: Self.kinds, column: "kind", path: path)
            byKind[kind, default: []].append(word)
            if row.count > 2, row[2] == "leads" { leading.append(word) }
        }
        corporate = WordSet(byKind["company"] ?? [])
        trade = WordSet(byKind["trade"] ?? [])
        leadingTrade = WordSet(leading)
        publicBody = WordSet(byKind["public"] ?? [])
        outlet = WordSet(byKind["outlet"] ?? [])
        other = WordSet(byKind["body"] ?? [])
        any = WordSet(byKind.values.joined())
    }

    /// "Chipmaker", "carmaker", "drugmaker": a trade of its own; and "maker" after its product, "the appliance maker".
    @inline(__always) static func namesAMaker(_ w: Word) -> Bool { w.count >= 5 && w.endsWith("maker") }
    /// A business by its trade, any "-maker" included.
    func isTrade(_ w: Word) -> Bool { trade.contains(w) || Self.namesAMaker(w) }
    /// A trade that may describe the name after it at a sentence's opening: "Chipmaker Nvidia said".
    func isLeadingTrade(_ w: Word) -> Bool { leadingTrade.contains(w) || Self.namesAMaker(w) }
    /// A business noun of either kind: "company" or a trade.
    func isBusiness(_ w: Word) -> Bool { corporate.contains(w) || isTrade(w) }
    /// A noun that says a name right after it is a body's, outlets aside: "power company Grid North", "the charity Hope
    /// Street".
    func namesABodyBeforeItsName(_ w: Word) -> Bool { isBusiness(w) || publicBody.contains(w) || other.contains(w) }
    /// The lower-case word `t` may say what the name right after it is: a body's noun or any "-maker".
    @inline(__always) func mayDescribe(_ t: Token) -> Bool { any.contains(t) || Self.namesAMaker(t.lower) }
}
