@testable import AnnotateStages
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
}
