/// Sentence boundaries that punctuation does not mark, from the layout of news text.
enum LayoutCuts {
    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    static let months: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august",
                                      "september", "october", "november", "december"]
    /// Capitalised function words that, followed by a lower-case word in mid-sentence, start a new
    /// sentence after a headline that had no final punctuation ("... constituency In the New ...").
    static let headlineBreakers: Set<String> = ["in", "on", "at", "for", "after", "during", "the", "this", "it", "he", "she", "they", "we", "but"]

    private struct Word {
        var start: Int
        var end: Int
        var lower: String
        var capitalised: Bool
    }

    private static func words(_ t: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> [Word] {
        var out: [Word] = []
        var i = start
        while i < end {
            if ByteClass.spaceWidth(t, at: i) > 0 { i += ByteClass.spaceWidth(t, at: i); continue }
            let s = i
            while i < end, ByteClass.spaceWidth(t, at: i) == 0 { i += 1 }
            let raw = String(decoding: UnsafeBufferPointer(rebasing: t[s..<i]), as: UTF8.self)
            out.append(Word(start: s, end: i, lower: raw.lowercased(), capitalised: ByteClass.isASCIIUpper(t[s])))
        }
        return out
    }

    /// A dateline "Sunday, May 28, 2006" is a sentence of its own.
    static func datelines(_ t: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> [Int] {
        let w = words(t, start, end)
        var cuts: [Int] = []
        var k = 0
        while k + 3 < w.count {
            let day = w[k].lower, month = w[k + 1].lower, date = w[k + 2].lower, year = w[k + 3].lower
            if w[k].capitalised, day.hasSuffix(","), weekdays.contains(String(day.dropLast())), months.contains(month),
               date.hasSuffix(","), Int(date.dropLast()) != nil, year.count == 4, Int(year) != nil {
                if k > 0 { cuts.append(w[k].start) }
                if k + 4 < w.count, w[k + 4].capitalised { cuts.append(w[k + 4].start) }
                k += 4
                continue
            }
            k += 1
        }
        return cuts
    }

    /// A capitalised function word followed by a lower-case word, right after another word (no
    /// punctuation between), starts a sentence: the text before it was a headline or a caption.
    static func gluedHeadlines(_ t: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, functionWords: Set<String>) -> [Int] {
        let w = words(t, start, end)
        var cuts: [Int] = []
        guard w.count >= 3 else { return [] }
        for k in 1..<(w.count - 1) where w[k].capitalised && functionWords.contains(w[k].lower) {
            let prev = t[w[k - 1].end - 1]
            guard ByteClass.isASCIILetter(prev) || ByteClass.isDigit(prev) else { continue }
            guard ByteClass.isASCIILower(t[w[k + 1].start]) else { continue }
            cuts.append(w[k].start)
        }
        return cuts
    }
}
