@testable import AnnotateStages
import Testing

/// The binary searches that find a token's sentence: they must answer as the linear searches they
/// replaced, on ranges with gaps (a dateline cut off) and empty ranges (a sentence with no token).
@Suite struct SentenceLookupTests {
    static let ranges: [Range<Int>] = [0..<4, 6..<9, 9..<9, 9..<12, 15..<15, 15..<20]

    @Test func aTokenFindsTheSentenceThatHoldsIt() {
        for i in -1..<22 {
            #expect(QuoteAttributor.sentence(of: i, Self.ranges) == Self.ranges.firstIndex { $0.contains(i) }, "token \(i)")
        }
        #expect(QuoteAttributor.sentence(of: 0, []) == nil)
    }

    @Test func sentencesOverASpanAreCountedUpToTheLimit() {
        for a in 0..<21 {
            for b in a..<22 {
                let all = Self.ranges.filter { $0.overlaps(a..<b) }.count
                #expect(QuoteAttributor.sentenceCount(over: a..<b, Self.ranges, upTo: 3) == min(all, 3), "tokens \(a)..<\(b)")
            }
        }
    }
}
