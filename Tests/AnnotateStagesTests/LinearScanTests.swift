import AnnotateCore
@testable import AnnotateStages
import Testing

/// The searches that replaced scans which made long records quadratic: they must answer as the scans
/// did. Sentence ranges here have gaps (a dateline cut off) and empty ranges (a sentence with no token).
@Suite struct LinearScanTests {
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

    static func tokens(_ text: String) -> [Token] {
        var text = text
        let arena = WordArena(capacity: text.utf8.count)
        return withExtendedLifetime(arena) { text.withUTF8 { Tokenizer.tokenize($0, arena: arena) } }
    }

    @Test func labelledWordsMarkTheTokensInsideEachLabelledParagraph() {
        let text = "PENCE: We will win. Q: Why? A: We must."
        let tokens = Self.tokens(text)
        func span(_ s: String) -> TextSpan {
            let r = text.range(of: s)!
            return TextSpan(start: text.utf8.distance(from: text.startIndex, to: r.lowerBound),
                            end: text.utf8.distance(from: text.startIndex, to: r.upperBound))
        }
        var label = QuoteAttributor.Attribution(cueStart: 0, cueEnd: 2, verb: QuoteAttributor.impliedSay, subject: 0..<1, sentence: 0)
        label.contents = [span("We will win.")]
        var answer = QuoteAttributor.Attribution(cueStart: 8, cueEnd: 10, verb: QuoteAttributor.impliedAnswer, subject: nil, sentence: 2)
        answer.contents = [span("We must.")]
        let inside = tokens.withUnsafeBufferPointer { QuoteAttributor.labelledWords($0, [label, answer]) }
        let bytes = Array(text.utf8)
        func words(marked mark: UInt8) -> [String] {
            tokens.indices.filter { inside[$0] == mark }.map { String(decoding: bytes[tokens[$0].start..<tokens[$0].end], as: UTF8.self) }
        }
        #expect(words(marked: QuoteAttributor.insideLabel) == ["We", "will", "win", "."])
        #expect(words(marked: QuoteAttributor.insideAnswer) == ["We", "must", "."])
        #expect(words(marked: 0) == ["PENCE", ":", "Q", ":", "Why", "?", "A", ":"])
    }

    @Test func aWordFollowsOnlyWithinTheLimit() {
        let tokens = Self.tokens("He said: \"Yes\" -- ok")
        tokens.withUnsafeBufferPointer { tokens in
            #expect(QuoteAttributor.wordFollows(tokens, 1, before: 30))
            #expect(!QuoteAttributor.wordFollows(tokens, 1, before: 10))
            #expect(!QuoteAttributor.wordFollows(tokens, tokens.count - 1, before: 30))
        }
    }
}
