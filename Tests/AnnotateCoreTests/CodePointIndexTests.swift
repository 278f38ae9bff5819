import Testing
@testable import AnnotateCore

@Suite struct CodePointIndexTests {
    @Test func asciiOffsetsAreIdentical() {
        let index = CodePointIndex("plain text")
        #expect(index.codePoint(0) == 0 && index.codePoint(5) == 5 && index.codePoint(10) == 10)
    }

    @Test func multiByteScalarsCountOnce() {
        // é (2 bytes), 日 (3 bytes), 😀 (4 bytes)
        let text = "aé日😀b"
        let index = CodePointIndex(text)
        #expect(index.codePointCount == 5)
        #expect(index.codePoint(1) == 1)  // é
        #expect(index.codePoint(3) == 2)  // 日
        #expect(index.codePoint(6) == 3)  // 😀
        #expect(index.codePoint(10) == 4)  // b
        #expect(index.codePoint(11) == 5)
        for cp in 0...5 { #expect(index.codePoint(index.utf8Offset(ofCodePoint: cp)) == cp) }
    }
}
