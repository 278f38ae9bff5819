import Testing
@testable import AnnotateCore

/// The word-at-a-time byte tests agree with a byte-by-byte reading, wherever the byte sits.
@Suite struct ByteWordTests {
    private func word(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { ByteWord.load($0.baseAddress!) }
    }

    @Test func findsEachCapitalInEveryPosition() {
        for position in 0..<8 {
            for capital in UInt8(ascii: "A")...UInt8(ascii: "Z") {
                var bytes = Array("the quay".utf8)
                bytes[position] = capital
                #expect(ByteWord.hasASCIIUpper(word(bytes)), "\(capital) at \(position)")
            }
        }
    }

    @Test func noCapitalInLowerCaseDigitsPunctuationOrUTF8() {
        // The neighbours of the capitals' range ("@" and "["), small letters, digits and the bytes of “É” and “—”.
        let samples = ["@[`{ 09az", "ordinary", "12,345.6", "\u{201C}\u{00E9}\u{2014}"]
        for s in samples {
            var bytes = Array(s.utf8)
            while bytes.count < 8 { bytes.append(0x20) }
            #expect(!ByteWord.hasASCIIUpper(word(Array(bytes.prefix(8)))), "\(s)")
        }
    }

    @Test func firstMarkedIsTheFirstMatchingByte() {
        // "a.b.c" puts periods at 1 and 3; a zero byte right before a 0x01 byte must not move the first mark.
        #expect(ByteWord.firstMarked(ByteWord.bytes(word(Array("a.b.cdef".utf8)), equalTo: UInt8(ascii: "."))) == 1)
        #expect(ByteWord.firstMarked(ByteWord.zeroBytes(word([7, 7, 0, 1, 7, 7, 7, 7]))) == 2)
        #expect(ByteWord.firstMarked(ByteWord.upperBytes(word(Array("quiet Xy".utf8)))) == 6)
        #expect(ByteWord.firstMarked(ByteWord.upperBytes(word(Array("nothing!".utf8)))) == 8)
    }

    @Test func bytesBelowMissNone() {
        // Spaces, a tab and a newline, each marked; the first mark is the first of them.
        let w = word(Array("ab c\td\ne".utf8))
        let marks = ByteWord.bytes(w, below: 0x21)
        #expect(ByteWord.firstMarked(marks) == 2)
        for k in [2, 4, 6] { #expect(marks & (0x80 << UInt64(8 * k)) != 0, "byte \(k)") }
        #expect(ByteWord.bytes(word(Array("abcdefgh".utf8)), below: 0x21) == 0)
    }

    @Test func findsAGivenByteOnlyWhereItIs() {
        let bytes = Array("no stop!".utf8)
        #expect(ByteWord.has(word(bytes), UInt8(ascii: "!")))
        #expect(!ByteWord.has(word(bytes), UInt8(ascii: ".")))
        #expect(!ByteWord.has(word(bytes), 0xE2))
    }
}
