@testable import AnnotateStages
import Testing

/// The byte-wise word-ending tests answer as `hasSuffix` does for the quote stage's words.
@Suite struct WordEndingTests {
    @Test func endingsMatchHasSuffix() {
        let words = ["saying", "ing", "in", "", "trump's", "côte's", "a-very-long-hyphenated-word-ending-in-ing", "naïveté", "ly"]
        for w in words {
            for suffix: StaticString in ["ing", "'s", "ly", "s"] {
                #expect(w.endsWith(suffix) == w.hasSuffix(suffix.description), "\(w) \(suffix)")
            }
            #expect(w.lastByte == w.utf8.last)
            #expect(w.looksPlural == (w.hasSuffix("s") && !w.hasSuffix("ss")))
        }
    }
}
