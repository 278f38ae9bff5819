import AnnotateCore
@testable import AnnotateStages
import Foundation
import Testing

/// The lexicon list files: lines, comments, tab-separated columns and Windows line ends.
@Suite struct WordListTests {
    @Test func readsRowsColumnsAndSkipsCommentsAndBlankLines() {
        let text = "# a comment\nsaid\tneutral\t \r\n\n   \t\r\n  claimed \tdistancing\r\n#x\tignored\nCôte d’Ivoire\t\t3\n"
        #expect(WordList.rows(text) == [["said", "neutral", ""], ["claimed", "distancing"], ["Côte d’Ivoire", "", "3"]])
    }

    @Test func wordsAreTheFirstColumnLowerCased() {
        #expect(WordList.words("Said\tx\nÉLAN\n# Not\n") == ["said", "élan"])
    }

    @Test func trimsOnlyTheGivenCharactersAtTheEnds() {
        #expect(" \t café \n".trimmed(" \t\n") == "café")
        #expect("\u{301}x\u{301} ".trimmed(" ") == "\u{301}x\u{301}")
        #expect("   ".trimmed(" ") == "")
        #expect("".trimmed(" ") == "")
    }

    /// Each framing the shipped verbs carry has its code, so no rule that tests a code misses a verb;
    /// a framing a user's lexicon invents is `other`, and keeps its name for the output.
    @Test func everyShippedFramingHasItsCode() throws {
        let text = try String(contentsOf: packageRoot.appendingPathComponent("lexicons/reporting_verbs.tsv"), encoding: .utf8)
        let verbs = ReportingVerbs(text: text)
        let all = Array(verbs.byForm.values) + verbs.phrasal.values.flatMap(\.values)
        #expect(all.count > 100)
        #expect(all.filter { $0.frame == .other }.map(\.lemma) == [])
        #expect(verbs.byForm["lamented"]?.frame == .emotiveManner)
        let custom = ReportingVerbs(text: "lemma\tforms\tframing\tneedsThat\nmutter\tmutter,muttered\tgrumbling\t0\n")
        #expect(custom.byForm["muttered"]?.frame == .other)
        #expect(custom.byForm["muttered"]?.framing == "grumbling")
    }

    /// A lexicon's gender column reads as `Entity.Gender(rawValue:)` does: the two names exactly,
    /// anything else (an empty column, another spelling) unknown.
    @Test func lexiconGenderColumnReadsAsTheEnumsNames() {
        #expect(QuoteLexicon.gender("male") == .male)
        #expect(QuoteLexicon.gender("female") == .female)
        for other in ["", "unknown", "Male", "fem", "males", "femalE"] {
            #expect(QuoteLexicon.gender(other) == (Entity.Gender(rawValue: other) ?? .unknown))
        }
    }
}
