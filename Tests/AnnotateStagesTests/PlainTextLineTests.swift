@testable import AnnotateStages
import Testing

/// Plain-text line splitting keeps empty lines, so blank-line paragraphs and hard wraps are seen.
@Suite struct PlainTextLineTests {
    @Test func splitsOnLineFeedsKeepingEmptyLines() {
        let bytes = Array("x\nab\n\nc\n".utf8)
        let lines = PlainTextReader.lines(bytes[2...]).map { String(decoding: $0, as: UTF8.self) }
        #expect(lines == ["ab", "", "c", ""])
        #expect(PlainTextReader.lines(bytes[0..<0]).count == 1)
        #expect(PlainTextReader.lines(bytes[0..<1]).map(\.startIndex) == [0])
    }

    /// An interview's "Q:" or "A." and a transcript's speaker in capitals open a line with a label; a sentence's
    /// capitalised word before a colon, or three words in capitals, do not.
    @Test func labelsOpeningALine() {
        func opens(_ s: String) -> Bool { let b = Array(s.utf8); return PlainTextReader.opensWithLabel(b[...]) }
        #expect(opens("Q: Did you expect to win?"))
        #expect(opens("A. Honestly, no."))
        #expect(opens("CORNISH: Welcome back."))
        #expect(opens("JOHN KERRY: Thank you."))
        #expect(!opens("A quick look at the figures"))
        #expect(!opens("Asked: what next?"))
        #expect(!opens("THE PRIME MINISTER OF: no"))
        #expect(!opens("the minister said: no"))
    }
}
