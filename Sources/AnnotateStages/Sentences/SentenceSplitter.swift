import AnnotateCore

/// Rule-based sentence boundaries over UTF-8 bytes, abbreviation-aware.
///
/// A boundary is a run of `.`, `!`, `?` or `…`, then any closing quotation marks or brackets
/// (which stay with the sentence), then whitespace, then something that can start a sentence
/// (not a lower-case letter). A single `.` after a known abbreviation or an initial is a boundary
/// only where the abbreviation's class allows it (see `lexicons/abbreviations.tsv`).
public struct SentenceSplitter: Sendable {
    public enum AbbreviationClass: String, Sendable {
        case title, month, prefix, other
    }

    let abbreviations: [String: AbbreviationClass]
    let starters: Set<String>

    public init(abbreviations: [String: AbbreviationClass], starters: Set<String>) {
        self.abbreviations = abbreviations
        self.starters = starters
    }

    /// Sentence spans inside `paragraph` (UTF-8 offsets into `text`).
    public func split(_ text: UnsafeBufferPointer<UInt8>, paragraph: TextSpan) -> [TextSpan] {
        var spans: [TextSpan] = []
        let end = paragraph.end
        var i = paragraph.start
        var start: Int? = nil
        while i < end {
            let b = text[i]
            if start == nil {
                if ByteClass.spaceWidth(text, at: i) > 0 { i += 1; continue }
                start = i
            }
            let termWidth = SentenceSplitter.terminatorWidth(text, i, end)
            if termWidth == 0 { i += 1; continue }
            // The whole run of terminators ("?!", "...").
            var j = i
            var count = 0
            while j < end {
                let w = SentenceSplitter.terminatorWidth(text, j, end)
                if w == 0 { break }
                j += w
                count += 1
            }
            while j < end {
                let w = SentenceSplitter.closerWidth(text, j, end)
                if w == 0 { break }
                j += w
            }
            guard j < end, ByteClass.spaceWidth(text, at: j) > 0 else { i = j; continue }
            var n = j
            while n < end, ByteClass.spaceWidth(text, at: n) > 0 { n += ByteClass.spaceWidth(text, at: n) }
            guard n < end else { i = n; continue }
            if ByteClass.isASCIILower(text[n]) { i = n; continue }
            if b == UInt8(ascii: ".") && count == 1 && !boundaryAfterPeriod(text, period: i, lineStart: start!, next: n, end: end) {
                i = n
                continue
            }
            spans.append(TextSpan(start: start!, end: j))
            start = nil
            i = n
        }
        if let s = start {
            var e = end
            while e > s, ByteClass.spaceWidth(text, at: e - 1) > 0 { e -= 1 }
            if e > s { spans.append(TextSpan(start: s, end: e)) }
        }
        return spans
    }

    /// Decides whether a single period followed by a capitalised word ends the sentence.
    func boundaryAfterPeriod(_ text: UnsafeBufferPointer<UInt8>, period: Int, lineStart: Int, next: Int, end: Int) -> Bool {
        // The word before the period, without leading brackets or quotes.
        var ws = period
        while ws > lineStart, ByteClass.spaceWidth(text, at: ws - 1) == 0 { ws -= 1 }
        while ws < period, !(ByteClass.isASCIILetter(text[ws]) || ByteClass.isDigit(text[ws]) || text[ws] >= 0x80) { ws += 1 }
        guard ws < period else { return true }
        let word = String(decoding: UnsafeBufferPointer(rebasing: text[ws..<period]), as: UTF8.self).lowercased()
        let nextIsDigit = ByteClass.isDigit(text[next])
        let nextWord = SentenceSplitter.word(text, from: next, end: end).lowercased()
        if let cls = abbreviations[word] {
            switch cls {
            case .title, .prefix: return false
            case .month: return !nextIsDigit && starters.contains(nextWord)
            case .other: return starters.contains(nextWord)
            }
        }
        // An initial ("George W. Bush") or a dotted abbreviation not in the list ("N.Y.").
        let isInitial = period - ws == 1 && ByteClass.isASCIIUpper(text[ws])
        if isInitial || word.contains(".") { return starters.contains(nextWord) }
        return true
    }

    static func word(_ text: UnsafeBufferPointer<UInt8>, from: Int, end: Int) -> String {
        var s = from
        while s < end, !(ByteClass.isASCIILetter(text[s]) || text[s] >= 0x80 || ByteClass.isDigit(text[s])) { s += 1 }
        var e = s
        while e < end, ByteClass.isASCIILetter(text[e]) || text[e] >= 0x80 { e += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: text[s..<e]), as: UTF8.self)
    }

    /// Width of a sentence terminator at `i`: `.` `!` `?` (1) or `…` (3), else 0.
    @inline(__always)
    static func terminatorWidth(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        let b = t[i]
        if b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") { return 1 }
        if b == 0xE2, i + 2 < end, t[i + 1] == 0x80, t[i + 2] == 0xA6 { return 3 }
        return 0
    }

    /// Width of a closing quotation mark or bracket at `i`, else 0.
    @inline(__always)
    static func closerWidth(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        let b = t[i]
        if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: ")") || b == UInt8(ascii: "]") { return 1 }
        if b == 0xE2, i + 2 < end, t[i + 1] == 0x80, t[i + 2] == 0x9D || t[i + 2] == 0x99 || t[i + 2] == 0xBA { return 3 }
        if b == 0xC2, i + 1 < end, t[i + 1] == 0xBB { return 2 }
        return 0
    }
}
