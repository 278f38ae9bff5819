import AnnotateCore

/// Splits text into tokens on UTF-8 bytes. Apostrophes and hyphens between letters stay inside
/// words ("Lee’s", "right-wing"); dotted abbreviations stay whole ("U.S."), and so do names with closing
/// plus signs ("Opec+", "C++"); digits with inner `.` or `,` form one number ("3.5", "350,000").
enum Tokenizer {
    /// The words' lowered bytes go to `arena`, which must hold `to - from` bytes and outlive the tokens.
    static func tokenize(_ t: UnsafeBufferPointer<UInt8>, from: Int = 0, to: Int? = nil, arena: WordArena) -> [Token] {
        let end = to ?? t.count
        var tokens: [Token] = []
        // (News runs about one token to five bytes, often more tokens: with a fifth, a third of the PolNeAR documents
        // grew the array once more, copying every token.)
        tokens.reserveCapacity((end - from) / 4)
        var i = from
        while i < end {
            // (Plain words first: they are most tokens, and one starts with a letter or digit, which
            // neither a space nor a quotation mark does.)
            // (A plus sign after the word may close a name, "Opec+": the general loop decides. Tested here, not in
            // `plainASCIIWord`, which a test there kept from being inlined: a quarter more instructions for the tokenizer.)
            if let (wordEnd, n, shape, hash) = plainASCIIWord(t, i, end, arena), wordEnd >= end || t[wordEnd] != UInt8(ascii: "+") {
                let kind: Token.Kind = ByteClass.isDigit(t[i]) ? .number : .word
                tokens.append(Token(start: i, end: wordEnd, kind: kind, lower: arena.commit(n), capitalized: ByteClass.isASCIIUpper(t[i]),
                                    punct: 0, shape: shape, hash: hash))
                i = wordEnd
                // (The space after a word, read here: a word and its space are most of the text.)
                if i < end, t[i] == 0x20 { i += 1 }
                continue
            }
            let sw = ByteClass.spaceWidth(t, at: i)
            if sw > 0 { i += sw; continue }
            if let (mark, w) = quoteMark(t, i, end) {
                tokens.append(Token(start: i, end: i + w, kind: .quoteMark(mark), lower: .empty, capitalized: false, punct: 0))
                i += w
                continue
            }
            if isWordByte(t, i, end) {
                let s = i
                let digitStart = ByteClass.isDigit(t[i])
                var allDigits = true
                var ascii = true  // (most words: lowered by the short loop)
                while i < end {
                    if isWordByte(t, i, end) {
                        if !ByteClass.isDigit(t[i]) { allDigits = false }
                        if t[i] < 0x80 { i += 1 } else { ascii = false; i += scalarWidth(t[i]) }
                        continue
                    }
                    // Joiners inside a word: ' ’ - . , (digits only for ,)
                    let joinWidth = joiner(t, i, end, digitsOnly: allDigits)
                    if joinWidth > 0, i + joinWidth < end, isWordByte(t, i + joinWidth, end) {
                        if joinWidth > 1 { ascii = false }
                        if t[i] == UInt8(ascii: ",") && !(allDigits && ByteClass.isDigit(t[i + 1])) { break }
                        if t[i] == UInt8(ascii: ".") && !(allDigits || isDottedAbbreviation(t, s, i)) { break }
                        i += joinWidth
                        continue
                    }
                    break
                }
                // A dotted abbreviation keeps its final period ("U.S.").
                if i < end, t[i] == UInt8(ascii: "."), isDottedAbbreviation(t, s, i), containsDot(t, s, i) { i += 1 }
                // So does a name its closing plus signs ("Opec+", "Disney+", "C++"), when no word follows them: "A+B" is two.
                if i < end, t[i] == UInt8(ascii: "+"), !allDigits {
                    var p = i
                    while p < end, t[p] == UInt8(ascii: "+") { p += 1 }
                    if p == end || !isWordByte(t, p, end) { i = p }
                }
                let bytes = UnsafeBufferPointer(rebasing: t[s..<i])
                let kind: Token.Kind = digitStart && allDigits ? .number : (digitStart ? .number : .word)
                var shape = WordShape.none
                var hash = FNV1a.offset
                let out = arena.reserve(bytes.count)
                let lower = arena.commit(ascii ? loweredASCII(bytes, out, shape: &shape, hash: &hash) : lowered(bytes, out, shape: &shape, hash: &hash))
                tokens.append(Token(start: s, end: i, kind: kind, lower: lower, capitalized: isCapital(t, s) || isArticledName(t, s, i), punct: 0,
                                    shape: shape, hash: hash))
                continue
            }
            let w = t[i] < 0x80 ? 1 : scalarWidth(t[i])
            let longDash = w == 3 && ByteClass.isLongDash(t, i, end)
            // (A currency sign before a sum, "£40,000", "€2bn", "¥500", is marked as "$" is by its byte.)
            let currency = w > 1 && !longDash && ByteClass.isWideCurrencySign(t, i, end)
            tokens.append(Token(start: i, end: min(i + w, end), kind: .punct, lower: .empty, capitalized: false,
                                punct: w == 1 ? t[i] : (longDash ? Token.longDash : currency ? Token.currency : 0)))
            i += w
        }
        return tokens
    }

    /// Most words: ASCII letters and digits only, ended by a space or by punctuation that cannot join
    /// a word. Scanned, lowered into the arena and keyed in one pass; nil (nothing committed) for
    /// anything else, which the general loop reads ("U.S.", "Lee’s", "right-wing", "3.5", "Éric").
    @inline(__always)
    static func plainASCIIWord(_ t: UnsafeBufferPointer<UInt8>, _ s: Int, _ end: Int, _ arena: WordArena)
        -> (end: Int, count: Int, shape: Int32, hash: UInt64)? {
        let first = t[s]
        guard (first | 0x20) &- 0x61 < 26 || first &- 0x30 < 10 else { return nil }
        let out = arena.reserve(end - s)
        var i = s
        var hash = FNV1a.offset
        var letters = false
        while i < end {
            let b = t[i]
            // (Setting bit 0x20 lowers an ASCII capital and leaves small letters and digits as they are,
            // so one value is tested as a letter, and the byte itself as a digit.)
            let lower = b | 0x20
            if lower &- 0x61 < 26 { letters = true } else if b &- 0x30 >= 10 { break }
            // (Wrapping arithmetic: `s <= i < end` bounds both, and an overflow check a byte was a tenth of this loop.)
            out[i &- s] = lower
            FNV1a.add(lower, to: &hash)
            i &+= 1
        }
        let n = i - s
        // (A joiner or a non-ASCII byte next: the general loop decides. A comma joins only digits,
        // "350,000"; a period digits or single letters, "3.5", "U.S.".)
        if i < end {
            let b = t[i]
            if b >= 0x80 || b == UInt8(ascii: "'") || b == UInt8(ascii: "-") { return nil }
            if b == UInt8(ascii: ","), !letters { return nil }
            if b == UInt8(ascii: "."), !letters || n == 1 { return nil }
        }
        let shape = n >= 2 ? WordShape.key(first: out[0], second: out[1], last: out[n - 1], length: n) : WordShape.none
        return (i, n, shape, hash)
    }

    static func containsDot(_ t: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        for k in s..<e where t[k] == UInt8(ascii: ".") { return true }
        return false
    }

    /// Single letters separated by dots so far ("U.S", "e.g").
    static func isDottedAbbreviation(_ t: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        var k = s
        while k < e {
            guard ByteClass.isASCIILetter(t[k]) else { return false }
            k += 1
            if k < e { guard t[k] == UInt8(ascii: ".") else { return false }; k += 1 }
        }
        return true
    }

    @inline(__always) static func scalarWidth(_ lead: UInt8) -> Int {
        lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    }

    /// Letters, digits and non-ASCII characters that are not punctuation or spaces.
    @inline(__always) static func isWordByte(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        let b = t[i]
        if b < 0x80 { return ByteClass.isASCIILetter(b) || ByteClass.isDigit(b) }
        if b == 0xE2 { return false }  // U+2000–U+2FFF: general punctuation, symbols, arrows
        if b == 0xC2 { return false }  // U+0080–U+00BF: Latin-1 punctuation (« » NBSP ©), not letters
        if b == 0xE3, i + 1 < end, t[i + 1] == 0x80 { return false }  // CJK punctuation
        if b >= 0xF0 { return false }  // emoji and other astral symbols
        return b >= 0xC3
    }

    /// The width of an in-word joiner at `i`: ' ’ - . , (numbers only) and the soft hyphen.
    @inline(__always) static func joiner(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int, digitsOnly: Bool) -> Int {
        let b = t[i]
        if b == UInt8(ascii: "'") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") || b == UInt8(ascii: ",") { return 1 }
        if b == 0xE2, i + 2 < end, t[i + 1] == 0x80, t[i + 2] == 0x99 { return 3 }  // ’
        // (A soft hyphen, web text's "&shy;", is an invisible break point inside its word: "Chris­topher".)
        if b == 0xC2, i + 1 < end, t[i + 1] == 0xAD { return 2 }
        return 0
    }

    static func quoteMark(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (QuoteMark, Int)? {
        let b = t[i]
        if b == UInt8(ascii: "\"") { return (.straightDouble, 1) }
        // Typewriter doubles: '' (both ends, as some wires and archives write) and `` (opening).
        if b == UInt8(ascii: "'"), i + 1 < end, t[i + 1] == UInt8(ascii: "'") { return (.straightDouble, 2) }
        if b == UInt8(ascii: "`"), i + 1 < end, t[i + 1] == UInt8(ascii: "`") { return (.leftDouble, 2) }
        if b == UInt8(ascii: "'") { return (.straightSingle, 1) }
        if b == 0xC2, i + 1 < end {
            if t[i + 1] == 0xAB { return (.leftGuillemet, 2) }
            if t[i + 1] == 0xBB { return (.rightGuillemet, 2) }
        }
        if b == 0xE2, i + 2 < end, t[i + 1] == 0x80 {
            // Two curly singles as one double, as some archives write them: ‘‘ ... ’’.
            if i + 5 < end, t[i + 3] == 0xE2, t[i + 4] == 0x80, t[i + 5] == t[i + 2] {
                if t[i + 2] == 0x98 { return (.leftDouble, 6) }
                if t[i + 2] == 0x99 { return (.rightDouble, 6) }
            }
            switch t[i + 2] {
            case 0x9C: return (.leftDouble, 3)
            case 0x9D: return (.rightDouble, 3)
            case 0x98: return (.leftSingle, 3)
            case 0x99: return (.rightSingle, 3)
            case 0x9E: return (.lowDouble, 3)
            case 0x9A: return (.lowSingle, 3)
            case 0xB9: return (.leftSingleGuillemet, 3)
            case 0xBA: return (.rightSingleGuillemet, 3)
            default: return nil
            }
        }
        return nil
    }

    /// Arabic article prefixes written in lower case before a capitalised name: "al-Assad", "el-Sisi", "ash-Sharaa".
    static let namePrefixes: [[UInt8]] = ["al", "el", "ul", "ad", "ed", "ud", "as", "ash", "az", "ar", "at", "an"].map { Array($0.utf8) }

    /// `t[s..<e]` is a name in capitals after a lower-case article and its hyphen: "al-Assad". It reads as a
    /// capitalised word, so the name runs on through it.
    static func isArticledName(_ t: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        // (Every prefix has two or three letters: a hyphen at neither place rules out nearly every lower-case word at once.)
        guard e - s >= 5, ByteClass.isASCIILower(t[s]), t[s + 2] == UInt8(ascii: "-") || t[s + 3] == UInt8(ascii: "-") else { return false }
        for p in namePrefixes where s + p.count + 2 < e && t[s + p.count] == UInt8(ascii: "-") && ByteClass.isASCIIUpper(t[s + p.count + 1]) {
            if (0..<p.count).allSatisfy({ t[s + $0] == p[$0] }) { return true }
        }
        return false
    }

    @inline(__always)
    static func isCapital(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = t[i]
        if b < 0x80 { return ByteClass.isASCIIUpper(b) }
        // Latin-1 and Latin Extended-A capitals, Greek and Cyrillic ones: "Émile", "Łukasz", "Юлия".
        return i + 1 < t.count && LetterCase.isUpper(b, t[i + 1])
    }

    /// `lowered` for a word of ASCII bytes only.
    @inline(__always)
    static func loweredASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ out: UnsafeMutableBufferPointer<UInt8>,
                             shape: inout Int32, hash: inout UInt64) -> Int {
        for k in 0..<bytes.count { out[k] = ByteClass.lower(bytes[k]) }
        return keyed(out, bytes.count, shape: &shape, hash: &hash)
    }

    /// Writes the lowered word to `out` and returns the number of bytes written.
    static func lowered(_ bytes: UnsafeBufferPointer<UInt8>, _ out: UnsafeMutableBufferPointer<UInt8>,
                        shape: inout Int32, hash: inout UInt64) -> Int {
        // (’ becomes '; a lowered word is never longer than the word.)
        var n = 0
        var k = 0
        while k < bytes.count {
            let b = bytes[k]
            // (ASCII first, with one test: the rest is rare and kept out of this loop.)
            if b < 0x80 {
                out[n] = ByteClass.lower(b)
                n += 1
                k += 1
                continue
            }
            let (first, second, written, read) = lowerNonASCII(bytes, k)
            out[n] = first
            if written == 2 { out[n + 1] = second }
            n += written
            k += read
        }
        return keyed(out, n, shape: &shape, hash: &hash)
    }

    /// The shape key and FNV-1a hash of the `n` lowered bytes written to `out`; returns `n`.
    @inline(__always)
    static func keyed(_ out: UnsafeMutableBufferPointer<UInt8>, _ n: Int, shape: inout Int32, hash: inout UInt64) -> Int {
        if n >= 2 { shape = WordShape.key(first: out[0], second: out[1], last: out[n - 1], length: n) }
        FNV1a.add(UnsafeBufferPointer(rebasing: out[0..<n]), to: &hash)
        return n
    }

    /// The non-ASCII character at `k` lowered: its one or two output bytes, how many, and how many
    /// input bytes it took. ’ becomes ', and a two-byte capital its small letter ("Éric", "Łukasz", so
    /// the word meets its lexicon entry). (Not inlined: rare, and it keeps the ASCII loop small.)
    @inline(never)
    static func lowerNonASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ k: Int) -> (UInt8, UInt8, Int, Int) {
        let b = bytes[k]
        if b == 0xE2, k + 2 < bytes.count, bytes[k + 1] == 0x80, bytes[k + 2] == 0x99 { return (UInt8(ascii: "'"), 0, 1, 3) }
        // (A soft hyphen is left out, so "minis­ter" meets the lexicon's "minister".)
        if b == 0xC2, k + 1 < bytes.count, bytes[k + 1] == 0xAD { return (0, 0, 0, 2) }
        guard b >= 0xC3, b <= 0xD0, k + 1 < bytes.count else { return (b, 0, 1, 1) }
        let lower = LetterCase.lower(LetterCase.decode(b, bytes[k + 1]))
        if lower < 0x80 { return (UInt8(lower), 0, 1, 2) }
        return (0xC0 | UInt8(lower >> 6), 0x80 | UInt8(lower & 0x3F), 2, 2)
    }
}
