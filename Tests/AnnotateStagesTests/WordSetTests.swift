@testable import AnnotateStages
import Testing

/// The quote stage's word lists and lexicons answer exactly as a `Set<String>` or a
/// `Dictionary<String, _>` would.
@Suite struct WordSetTests {
    @Test func answersAsASetOfStrings() {
        let words = ["said", "says", "a", "an", "the", "op-ed", "côte", "nothing", "Said"]
        let set: WordSet = ["said", "says", "a", "an", "the", "op-ed", "côte", "nothing", "Said", "said"]
        for w in words { #expect(set.contains(w)) }
        for w in ["", "sai", "saidx", "ann", "côté", "NOTHING", "a long word that is not there at all"] { #expect(!set.contains(w)) }
        // Duplicates are kept once; iteration gives each word.
        #expect(Array(set).count == words.count)
        #expect(set.union(["extra"]).contains("extra"))
    }

    @Test func aLargeListLosesNoWord() {
        let words = (0..<3000).map { "w\($0)x" }
        let set = WordSet(words)
        #expect(words.allSatisfy { set.contains($0) })
        #expect(!set.contains("w3000x"))
    }

    @Test func aMapKeepsTheFirstValueGivenForAWord() {
        let map = WordMap([("said", 1), ("says", 2), ("said", 3)])
        #expect(map["said"] == 1)
        #expect(map["says"] == 2)
        #expect(map["say"] == nil)
        #expect(map.keys == ["said", "says"])
    }

    @Test func aVerbsLemmaIsFoundByTheHashItWasMadeWith() {
        let say = ReportingVerbs.Verb(lemma: "say", framing: "neutral", needsThat: false)
        let referTo = ReportingVerbs.Verb(lemma: "refer to", framing: "naming", needsThat: false)
        let set: WordSet = ["tell", "say", "refer to"]
        #expect(set.contains(lemmaOf: say) && set.contains(lemmaOf: referTo))
        #expect(!WordSet(["tell", "says"]).contains(lemmaOf: say))
    }
}
