import AnnotateCore

/// Sentence boundaries that punctuation does not mark, from the layout of news text. One scan
/// over the bytes: only capitalised words of the right length are ever compared, so ordinary
/// text costs no allocation.
enum LayoutCuts {
    static let weekdays: Set<[UInt8]> = Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].map { Array($0.utf8) })
    static let months: Set<[UInt8]> = Set(["january", "february", "march", "april", "may", "june", "july", "august",
                                           "september", "october", "november", "december"].map { Array($0.utf8) })
    /// Capitalised function words that, followed by a lower-case word in mid-sentence, start a new
    /// sentence after a headline that had no final punctuation ("... constituency In the New ...").
    /// (Each packed into an integer, as `packedLower` packs a word: every capitalised word of six
    /// letters or fewer is tested, and building an array for each cost more than the test.)
    static let headlineBreakers: [UInt64] = ["in", "on", "at", "for", "after", "during", "the", "this", "it", "he", "she",
                                             "they", "we", "but"].map { w in w.utf8.reduce(0) { $0 << 8 | UInt64($1) } }

    /// Appends to `cuts` the cuts before a dateline ("Sunday, May 28, 2006") and after it, and before a
    /// capitalised function word glued to the end of a headline.
    static func cuts(_ t: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, into cuts: inout [Int]) {
        var i = start
        while i < end {
            // (Eight bytes at a time to the next capital after a one-byte space, the only space that can come right
            // before a byte below 0x80: most eights hold none. The space mask takes every byte up to 0x20, and may mark a
            // few bytes more, which the test below turns away; it never misses one.)
            if i > start, i &+ 8 <= end {
                let w = ByteWord.load(t.baseAddress! + i)
                let spaceBefore = ByteWord.bytes(w << 8 | UInt64(t[i - 1]), below: 0x21)
                let skip = ByteWord.firstMarked(ByteWord.upperBytes(w) & spaceBefore)
                if skip > 0 {
                    i &+= skip
                    continue
                }
            }
            // Only word starts with a capital letter are candidates.
            guard ByteClass.isASCIIUpper(t[i]), i == start || ByteClass.spaceWidth(t, at: i - 1) > 0 else { i += 1; continue }
            let w = word(t, i, end)
            if let date = dateline(t, w, end) {
                if i > start { cuts.append(i) }
                let next = skipSpace(t, date, end)
                if next < end, ByteClass.isASCIIUpper(t[next]) { cuts.append(next) }
                i = date
                continue
            }
            if i > start, w.1 - w.0 <= 6, headlineBreakers.contains(packedLower(t, w)) {
                // The previous word ends in a letter or digit (no punctuation) and the next is lower-case.
                var p = i - 1
                while p > start, ByteClass.spaceWidth(t, at: p) > 0 { p -= 1 }
                let next = skipSpace(t, w.1, end)
                if p >= start, ByteClass.isASCIILetter(t[p]) || ByteClass.isDigit(t[p]), next < end, ByteClass.isASCIILower(t[next]) {
                    cuts.append(i)
                }
            }
            i = w.1
        }
    }

    private static func word(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (Int, Int) {
        var e = i
        while e < end, ByteClass.spaceWidth(t, at: e) == 0 { e += 1 }
        return (i, e)
    }

    private static func skipSpace(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        var k = i
        while k < end, ByteClass.spaceWidth(t, at: k) > 0 { k += ByteClass.spaceWidth(t, at: k) }
        return k
    }

    /// The lower-cased bytes of a word of at most eight bytes, packed into an integer.
    private static func packedLower(_ t: UnsafeBufferPointer<UInt8>, _ w: (Int, Int)) -> UInt64 {
        var v: UInt64 = 0
        for k in w.0..<w.1 { v = v << 8 | UInt64(ByteClass.lower(t[k])) }
        return v
    }

    private static func lower(_ t: UnsafeBufferPointer<UInt8>, _ w: (Int, Int), dropComma: Bool = false) -> [UInt8] {
        var e = w.1
        if dropComma, e > w.0, t[e - 1] == UInt8(ascii: ",") { e -= 1 }
        return (w.0..<e).map { ByteClass.lower(t[$0]) }
    }

    private static func digits(_ t: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Bool {
        a < b && (a..<b).allSatisfy { ByteClass.isDigit(t[$0]) }
    }

    /// "Weekday, Month D, YYYY" starting at word `w`: the end of the year, or nil.
    private static func dateline(_ t: UnsafeBufferPointer<UInt8>, _ w: (Int, Int), _ end: Int) -> Int? {
        guard w.1 - w.0 >= 7, w.1 - w.0 <= 10, t[w.1 - 1] == UInt8(ascii: ","), weekdays.contains(lower(t, w, dropComma: true)) else { return nil }
        let m = word(t, skipSpace(t, w.1, end), end)
        guard m.0 < end, ByteClass.isASCIIUpper(t[m.0]), m.1 - m.0 <= 9, months.contains(lower(t, m)) else { return nil }
        let d = word(t, skipSpace(t, m.1, end), end)
        guard d.1 - d.0 >= 2, t[d.1 - 1] == UInt8(ascii: ","), digits(t, d.0, d.1 - 1) else { return nil }
        let y = word(t, skipSpace(t, d.1, end), end)
        guard y.1 - y.0 == 4, digits(t, y.0, y.1) else { return nil }
        return y.1
    }
}
