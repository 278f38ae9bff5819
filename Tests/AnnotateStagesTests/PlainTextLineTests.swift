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
}
