/// Sentence boundaries that punctuation does not mark, from the layout of news text. Works on
/// bytes: only capitalised words of the right length are ever compared, so ordinary text costs
/// one pass with no allocation.
enum LayoutCuts {
    static let weekdays: Set<[UInt8]> = Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].map { Array($0.utf8) })
    static let months: Set<[UInt8]> = Set(["january", "february", "march", "april", "may", "june", "july", "august",
                                           "september", "october", "november", "december"].map { Array($0.utf8) })
    /// Capitalised function words that, followed by a lower-case word in mid-sentence, start a new
    /// sentence after a headline that had no final punctuation ("... constituency In the New ...").
    static let headlineBreakers: Set<[UInt8]> = Set(["in", "on", "at", "for", "after", "during", "the", "this", "it", "he", "she",
                                                     "they", "we", "but"].map { Array($0.utf8) })

    /// Word boundaries (start, end) of a paragraph: maximal runs of non-space bytes.
    private static func words(_ t: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        var i = start
        while i < end {
            let w = ByteClass.spaceWidth(t, at: i)
            if w > 0 { i += w; continue }
            let s = i
            while i < end, ByteClass.spaceWidth(t, at: i) == 0 { i += 1 }
            out.append((s, i))
        }
        return out
    }

    /// The lower-cased letters of a word starting with a capital, when it is short enough to be one
    /// of the words compared here.
    private static func lowerIfCapitalised(_ t: UnsafeBufferPointer<UInt8>, _ w: (Int, Int), trimComma: Bool = false) -> [UInt8]? {
        var (s, e) = w
        guard ByteClass.isASCIIUpper(t[s]) else { return nil }
        if trimComma, e > s, t[e - 1] == UInt8(ascii: ",") { e -= 1 }
        guard e - s <= 9 else { return nil }
        return (s..<e).map { ByteClass.lower(t[$0]) }
    }

    /// A dateline "Sunday, May 28, 2006" is a sentence of its own.
    static func datelines(_ t: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> [Int] {
        let w = words(t, start, end)
        var cuts: [Int] = []
        var k = 0
        while k + 3 < w.count {
            guard t[w[k].1 - 1] == UInt8(ascii: ","), let day = lowerIfCapitalised(t, w[k], trimComma: true), weekdays.contains(day),
                  let month = lowerIfCapitalised(t, w[k + 1]), months.contains(month),
                  t[w[k + 2].1 - 1] == UInt8(ascii: ","), (w[k + 2].0..<(w[k + 2].1 - 1)).allSatisfy({ ByteClass.isDigit(t[$0]) }),
                  w[k + 3].1 - w[k + 3].0 == 4, (w[k + 3].0..<w[k + 3].1).allSatisfy({ ByteClass.isDigit(t[$0]) }) else {
                k += 1
                continue
            }
            if k > 0 { cuts.append(w[k].0) }
            if k + 4 < w.count, ByteClass.isASCIIUpper(t[w[k + 4].0]) { cuts.append(w[k + 4].0) }
            k += 4
        }
        return cuts
    }

    /// A capitalised function word followed by a lower-case word, right after another word (no
    /// punctuation between), starts a sentence: the text before it was a headline or a caption.
    static func gluedHeadlines(_ t: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> [Int] {
        let w = words(t, start, end)
        var cuts: [Int] = []
        guard w.count >= 3 else { return [] }
        for k in 1..<(w.count - 1) {
            guard w[k].1 - w[k].0 <= 6, let lower = lowerIfCapitalised(t, w[k]), headlineBreakers.contains(lower) else { continue }
            let prev = t[w[k - 1].1 - 1]
            guard ByteClass.isASCIILetter(prev) || ByteClass.isDigit(prev) else { continue }
            guard ByteClass.isASCIILower(t[w[k + 1].0]) else { continue }
            cuts.append(w[k].0)
        }
        return cuts
    }
}
