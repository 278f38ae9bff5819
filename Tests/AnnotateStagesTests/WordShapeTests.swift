@testable import AnnotateStages
import Testing

/// The word-shape prefilter may let other words through, but never rejects a word of its list.
@Suite struct WordShapeTests {
    @Test func aFilterKeepsEveryWordOfItsList() {
        let words = (0..<5000).map { "w" + String($0, radix: 26).map { c in
            Character(UnicodeScalar(UInt8(ascii: "a") + UInt8(Int(String(c), radix: 26)!)))
        } + "s" }
        let filter = ShapeFilter(words)
        #expect(words.allSatisfy { filter.mayContain(WordShape.key($0)) })
        let small = ShapeFilter(["says", "said"])
        #expect(small.mayContain(WordShape.key("said")))
        #expect(!small.mayContain(WordShape.key("harbour")))
        // A word without a key (a digit inside) always goes on to the real lookup.
        #expect(small.mayContain(WordShape.key("4x4")))
    }

    /// Keys written out in place in the quote stage are the keys of their words.
    @Test func keysWrittenInPlaceMatchTheirWords() {
        #expect(QuoteAttributor.accordingShape == WordShape.key("according"))
    }
}
