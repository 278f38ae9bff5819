/// Upper and lower case for the two-byte letters names in news are written with: Latin-1
/// ("Éric", "Ángela", "Özlem"), Latin Extended-A ("Łukasz", "Šefčovič", "Ştefan", "İlhan"), basic
/// Greek and Cyrillic capitals. The tokenizer lowers words and marks capitals byte by byte; without
/// this, a name whose first letter is not ASCII was neither capitalised nor matched its lexicon entry.
enum LetterCase {
    /// The lower-case code point of `cp`, or `cp` itself when it has none in these blocks.
    @inline(__always) static func lower(_ cp: UInt32) -> UInt32 {
        switch cp {
        case 0xC0...0xDE where cp != 0xD7: return cp + 0x20          // À–Þ (not ×)
        case 0x100...0x12F, 0x132...0x137, 0x14A...0x177:            // Ā ā ... pairs, capital first
            return cp & 1 == 0 ? cp + 1 : cp
        case 0x130: return 0x69                                       // İ → i
        case 0x139...0x148, 0x179...0x17E:                            // Ĺ ĺ ... Ž ž: capital odd
            return cp & 1 == 1 ? cp + 1 : cp
        case 0x178: return 0xFF                                       // Ÿ → ÿ
        case 0x391...0x3A9 where cp != 0x3A2: return cp + 0x20        // Greek Α–Ω
        case 0x400...0x40F: return cp + 0x50                          // Cyrillic Ѐ–Џ
        case 0x410...0x42F: return cp + 0x20                          // Cyrillic А–Я
        default: return cp
        }
    }

    /// The code point of a two-byte UTF-8 sequence.
    @inline(__always) static func decode(_ b0: UInt8, _ b1: UInt8) -> UInt32 {
        UInt32(b0 & 0x1F) << 6 | UInt32(b1 & 0x3F)
    }

    /// A two-byte sequence starting a capital letter.
    @inline(__always) static func isUpper(_ b0: UInt8, _ b1: UInt8) -> Bool {
        guard b0 >= 0xC3, b0 <= 0xD0 else { return false }
        let cp = decode(b0, b1)
        return lower(cp) != cp
    }
}
