@testable import AnnotateStages
import Testing

/// `Word`, the byte view of a token's lowered word, answers as the `String` it replaced did.
@Suite struct WordTests {
    /// Runs `body` with `text` as a `Word` whose bytes live only for the call.
    private func withWord<R>(_ text: String, _ body: (Word) -> R) -> R {
        var text = text
        return text.withUTF8 { body(Word(base: $0.baseAddress, count: $0.count)) }
    }

    @Test func endingsMatchHasSuffix() {
        let words = ["saying", "ing", "in", "", "trump's", "côte's", "a-very-long-hyphenated-word-ending-in-ing", "naïveté", "ly"]
        for w in words {
            withWord(w) { word in
                for suffix: StaticString in ["ing", "'s", "ly", "s"] {
                    #expect(word.endsWith(suffix) == w.hasSuffix(suffix.description), "\(w) \(suffix)")
                }
                #expect(word.lastByte == w.utf8.last)
                #expect(word.looksPlural == (w.hasSuffix("s") && !w.hasSuffix("ss")))
                #expect(word.description == w)
            }
        }
    }

    @Test func equalityIsByBytesAgainstLiteralsAndOtherWords() {
        withWord("said") { word in
            #expect(word == "said")
            #expect(word != "says")
            #expect(word != "sai")
            #expect(["say", "said"].contains(word))
            #expect(word.spells("said"))
            withWord("said") { other in
                #expect(word == other)
                #expect(word.hashValue == other.hashValue)
            }
        }
        withWord("") { #expect($0 == Word.empty) }
    }

    @Test func bareDropsPossessiveAndTitlePeriodOnly() {
        let cases = [("minister's", "minister"), ("ministers'", "ministers"), ("sen.", "sen"), ("u.s.", "u.s."), ("police", "police")]
        for (w, expected) in cases {
            withWord(w) { #expect(QuoteAttributor.bare($0).description == expected, "\(w)") }
        }
    }

    @Test func hyphenatedNumberWordsCountByTheirLastPart() {
        withWord("twenty-seven") { #expect(QuoteAttributor.isNumberWord($0)) }
        withWord("well-known") { #expect(!QuoteAttributor.isNumberWord($0)) }
    }

    /// The arena is sized to the text: words that lower to fewer bytes (’ to ') and long words fit.
    @Test func tokenizerLowersIntoTheArena() {
        var text = "Secretary-General’s Counterintelligence ÉRIC"
        let arena = WordArena(capacity: text.utf8.count)
        let words = withExtendedLifetime(arena) {
            text.withUTF8 { Tokenizer.tokenize($0, arena: arena) }.filter(\.isWord).map(\.lower.description)
        }
        #expect(words == ["secretary-general's", "counterintelligence", "éric"])
    }
}
