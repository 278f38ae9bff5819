/// Byte-level character classes for UTF-8 text: the hot paths never build `Character`s.
enum ByteClass {
    /// The byte length of a whitespace character at `i` (ASCII space, tab, newline, CR, form
    /// feed, NBSP, the U+2000 spaces, U+202F, U+205F, U+3000), or 0 when it is not whitespace.
    @inline(__always)
    static func spaceWidth<C: Collection>(_ s: C, at i: C.Index) -> Int where C.Element == UInt8 {
        let b = s[i]
        if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C { return 1 }
        if b < 0xC2 { return 0 }
        let j = s.index(after: i)
        guard j != s.endIndex else { return 0 }
        let b1 = s[j]
        if b == 0xC2 { return b1 == 0xA0 ? 2 : 0 }
        guard b == 0xE2 || b == 0xE3 else { return 0 }
        let k = s.index(after: j)
        guard k != s.endIndex else { return 0 }
        let b2 = s[k]
        if b == 0xE2, b1 == 0x80, b2 <= 0x8A || b2 == 0xAF || b2 == 0xA8 || b2 == 0xA9 { return 3 }
        if b == 0xE2, b1 == 0x81, b2 == 0x9F { return 3 }
        if b == 0xE3, b1 == 0x80, b2 == 0x80 { return 3 }
        return 0
    }

    /// An en or em dash (– —: E2 80 93, E2 80 94) at `i`, all three bytes before `end`.
    @inline(__always) static func isLongDash(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        i + 2 < end && t[i] == 0xE2 && t[i + 1] == 0x80 && (t[i + 2] == 0x93 || t[i + 2] == 0x94)
    }

    /// A currency sign of more than one byte at `i`, all its bytes before `end`: "£" and "¥" (C2 A3, C2 A5), "€" (E2 82 AC).
    @inline(__always) static func isWideCurrencySign(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        i + 1 < end && t[i] == 0xC2 && (t[i + 1] == 0xA3 || t[i + 1] == 0xA5)
            || i + 2 < end && t[i] == 0xE2 && t[i + 1] == 0x82 && t[i + 2] == 0xAC
    }

    @inline(__always) static func isASCIIUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    @inline(__always) static func isASCIILower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool { isASCIIUpper(b) || isASCIILower(b) }
    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { isASCIIUpper(b) ? b | 0x20 : b }
}
