import AnnotateCore

/// Rule-based sentence boundaries over UTF-8 bytes, abbreviation-aware.
///
/// A boundary is a run of `.`, `!`, `?` or `…`, then any closing quotation marks or brackets
/// (which stay with the sentence), then whitespace, then something that can start a sentence (not
/// a lower-case letter, not a dash introducing an attribution, not a parenthetical citation). A
/// single `.` after a known abbreviation or an initial is a boundary only where the abbreviation's
/// class allows it (see `lexicons/abbreviations.tsv`). Spaced ellipses (". . .") are one mark.
/// Layout gives more boundaries: list items ("1.) ... 2.) ..."), a dateline ("Sunday, May 28,
/// 2006") and a headline glued to the text without punctuation.
public struct SentenceSplitter: Sendable {
    public enum AbbreviationClass: String, CaseIterable, Sendable {
        case title, courtesy, month, prefix, other, country, state
    }

    // Byte-hashed tables (see `WordMap`): a lookup for the words around every period.
    let abbreviations: WordMap<AbbreviationClass>
    let starters: WordSet

    public init(abbreviations: [String: AbbreviationClass], starters: Set<String>) {
        self.abbreviations = WordMap(abbreviations.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        self.starters = WordSet(starters.sorted())
    }

    /// Sentence spans inside `paragraph` (UTF-8 offsets into `text`).
    public func split(_ text: UnsafeBufferPointer<UInt8>, paragraph: TextSpan) -> [TextSpan] {
        var spans: [TextSpan] = []
        var cuts: [Int] = []
        split(text, paragraph: paragraph, into: &spans, cuts: &cuts)
        return spans
    }

    /// Appends the sentence spans inside `paragraph` to `spans`. `cuts` is scratch room, reused from one
    /// paragraph to the next: a document has dozens of paragraphs, and the arrays made for each (the cuts of
    /// each kind, their sum, the spans) were a quarter of this stage's instructions.
    func split(_ text: UnsafeBufferPointer<UInt8>, paragraph: TextSpan, into spans: inout [TextSpan], cuts: inout [Int]) {
        let start = paragraph.start, end = paragraph.end
        let list = ListMarkers.find(text, start, end)
        cuts.removeAll(keepingCapacity: true)
        cuts.append(contentsOf: list.starts.dropFirst())
        punctuationCuts(text, start, end, suppressed: list.periods, into: &cuts)
        LayoutCuts.cuts(text, start, end, into: &cuts)
        cuts.sort()
        cuts.append(end)
        var s = start
        for cut in cuts where cut > s && cut <= end {
            if let span = trimmed(text, s, cut) { spans.append(span) }
            s = cut
        }
    }

    private func trimmed(_ text: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> TextSpan? {
        var a = a, b = b
        while a < b, ByteClass.spaceWidth(text, at: a) > 0 { a += ByteClass.spaceWidth(text, at: a) }
        while b > a {
            // Step back over one trailing whitespace character (1 to 3 bytes).
            var k = b - 1
            while k > a, text[k] & 0xC0 == 0x80 { k -= 1 }
            guard ByteClass.spaceWidth(text, at: k) == b - k else { break }
            b = k
        }
        return a < b ? TextSpan(start: a, end: b) : nil
    }

    /// Appends to `cuts` the positions where a sentence starts after end punctuation.
    private func punctuationCuts(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, suppressed: Set<Int>,
                                 into cuts: inout [Int]) {
        var sentenceStart = start
        var i = start
        while i < end {
            // (Eight bytes at a time over plain text, straight to the first byte that may start a terminator: none
            // starts in eight bytes without . ! ? or the lead byte of the ellipsis "…". This scan reads the whole text.)
            if i &+ 8 <= end {
                let w = ByteWord.load(text.baseAddress! + i)
                let skip = ByteWord.firstMarked(ByteWord.bytes(w, equalTo: UInt8(ascii: ".")) | ByteWord.bytes(w, equalTo: UInt8(ascii: "!"))
                                                | ByteWord.bytes(w, equalTo: UInt8(ascii: "?")) | ByteWord.bytes(w, equalTo: 0xE2))
                if skip > 0 {
                    i &+= skip
                    continue
                }
            }
            let b = text[i]
            let termWidth = SentenceSplitter.terminatorWidth(text, i, end)
            if termWidth == 0 || suppressed.contains(i) { i += 1; continue }
            // An omission mark "[...]" is not an end.
            if i > start, text[i - 1] == UInt8(ascii: "[") {
                var k = i
                while k < end, text[k] == UInt8(ascii: ".") { k += 1 }
                if k < end, text[k] == UInt8(ascii: "]") { i = k + 1; continue }
            }
            // Spaced ellipsis ". . ." (with a fourth dot when it ends a sentence).
            if b == UInt8(ascii: "."), let chain = SentenceSplitter.spacedDots(text, i, end), chain.count >= 3 {
                let attached = i > start && ByteClass.spaceWidth(text, at: i - 1) == 0
                let (_, next) = nextStart(text, chain.end, end)
                let capitalNext = next.map { !ByteClass.isASCIILower(text[$0]) } ?? false
                if chain.count >= 4 && attached && capitalNext {
                    // "compounds. . . . The": the first dot ends the sentence; ". . . The" begins the next.
                    cuts.append(chain.second)
                    sentenceStart = chain.second
                } else if chain.count >= 4 && capitalNext, let n = next {
                    cuts.append(n)
                    sentenceStart = n
                }
                i = chain.end
                continue
            }
            var j = i
            var count = 0
            while j < end {
                let w = SentenceSplitter.terminatorWidth(text, j, end)
                if w == 0 { break }
                j += w
                count += 1
            }
            let (afterClosers, next) = nextStart(text, j, end)
            if next != nil, afterClosers == next!, isRunOnBoundary(text, terminator: i, next: afterClosers, start: sentenceStart, end: end) {
                // "Hello world.Today is Tuesday.": a sentence glued on without a space.
                cuts.append(afterClosers)
                sentenceStart = afterClosers
                i = afterClosers
                continue
            }
            guard let n = next, afterClosers < n else { i = max(j, afterClosers); continue }
            let c = text[n]
            if ByteClass.isASCIILower(c) { i = n; continue }
            // "— Rick Santorum": an attribution after a quotation belongs to it.
            if ByteClass.isLongDash(text, n, end) { i = n; continue }
            // "(2012)." or "(Smith 55).": a short parenthetical that ends in a period belongs to the sentence.
            // ("OLYMPIA, Wash. (AP) — The governor said": so does one before a dash, a dateline's agency.)
            if c == UInt8(ascii: "("), let close = scanRange(from: n, upTo: min(end, n + 24)).first(where: { text[$0] == UInt8(ascii: ")") }),
               close + 1 < end, text[close + 1] == UInt8(ascii: ".") || SentenceSplitter.dashFollows(text, close + 1, end) {
                i = n
                continue
            }
            if b == UInt8(ascii: ".") && count == 1
                && !boundaryAfterPeriod(text, period: i, sentenceStart: sentenceStart, next: n, end: end) {
                i = n
                continue
            }
            cuts.append(n)
            sentenceStart = n
            i = n
        }
    }

    /// Skips closing marks and whitespace after a terminator: the end of the closers, and where the
    /// next sentence would start (nil at the end of the paragraph).
    private func nextStart(_ text: UnsafeBufferPointer<UInt8>, _ from: Int, _ end: Int) -> (Int, Int?) {
        var j = from
        while j < end {
            let w = SentenceSplitter.closerWidth(text, j, end)
            if w == 0 { break }
            j += w
        }
        var n = j
        while n < end, ByteClass.spaceWidth(text, at: n) > 0 { n += ByteClass.spaceWidth(text, at: n) }
        return (j, n < end ? n : nil)
    }

    /// Decides whether a single period followed by a capitalised word ends the sentence.
    func boundaryAfterPeriod(_ text: UnsafeBufferPointer<UInt8>, period: Int, sentenceStart: Int, next: Int, end: Int) -> Bool {
        // The word before the period, without leading brackets or quotes.
        var ws = period
        while ws > sentenceStart, ByteClass.spaceWidth(text, at: ws - 1) == 0 { ws -= 1 }
        let wordStart = ws
        while ws < period, !(ByteClass.isASCIILetter(text[ws]) || ByteClass.isDigit(text[ws]) || text[ws] >= 0x80) { ws += 1 }
        guard ws < period else { return true }
        let raw = UnsafeBufferPointer(rebasing: text[ws..<period])
        // URLs, e-mail addresses and paths end sentences like any word.
        if raw.contains(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "@") || $0 == UInt8(ascii: ":") }) { return true }
        let word = SentenceSplitter.lowered(raw)
        let nextIsDigit = ByteClass.isDigit(text[next])
        let nextWord = SentenceSplitter.lowered(SentenceSplitter.wordBytes(text, from: next, end: end))
        let nextClass = abbreviations[nextWord]
        let nextIsTitle = nextClass == .title || nextClass == .courtesy
        let startsSentence = starters.contains(nextWord) || nextIsTitle
        // (A capital letter alone is an initial before it is an abbreviation: "James P. Kennedy", not the page's "p. 22".)
        if let cls = abbreviations[word], !(period - ws == 1 && ByteClass.isASCIIUpper(text[ws])) {
            switch cls {
            case .title, .courtesy, .prefix: return false
            case .month: return !nextIsDigit
            case .country where nextClass == .title:
                // ("threatening to kill U.S. Rep. Ilhan Omar": a country's initials before an office's abbreviation modify
                // it; a courtesy title after them may open a sentence, "in the U.S. Mr. Smith said".)
                return false
            case .other, .country:
                // "at 6 P.M. Mr. Smith" ends a sentence; "At 5 a.m. Mr. Smith went" is too short to have.
                return starters.contains(nextWord) || (nextIsTitle && wordCount(text, sentenceStart, wordStart) >= 3)
            case .state:
                // ("Springfield, Ill. The town", "Olympia, Wash. Governor Lee": capitalised after a place and its comma, a
                // state, after which a sentence ends only before a word that opens one; not after a dateline's place in
                // capitals opening the paragraph, "OLYMPIA, Wash. The governor", "NEW ORLEANS, La. The mayor". Elsewhere
                // read as any unlisted word: "felt ill. Smith" ends.)
                let place = previousWordBytes(text, before: wordStart, sentenceStart: sentenceStart)
                if ByteClass.isASCIIUpper(text[ws]), place.count >= 3, text[place.upperBound - 1] == UInt8(ascii: ","),
                   ByteClass.isASCIIUpper(text[place.lowerBound]) {
                    if text[sentenceStart..<(place.upperBound - 1)].allSatisfy({ ByteClass.isASCIIUpper($0) || $0 == 0x20 }) { return false }
                    return starters.contains(nextWord)
                }
            }
        }
        // An initial ("Albert I. Jones", "writer L. Ron Hubbard") — but "you and I." is the pronoun.
        if period - ws == 1, ByteClass.isASCIIUpper(text[ws]) {
            if text[ws] == UInt8(ascii: "I"), !previousWordIsCapitalised(text, before: wordStart, sentenceStart: sentenceStart) {
                return true
            }
            // ("in a post on X. Apple has said": the platform X after a preposition, no one's initial.)
            if text[ws] == UInt8(ascii: "X"), ["on", "to", "via", "from"].contains(previousWord(text, before: wordStart, sentenceStart: sentenceStart)) {
                return true
            }
            return startsSentence
        }
        // A dotted abbreviation not in the list ("N.Y.", "Ph.D"): short letter groups between dots.
        if raw.contains(UInt8(ascii: ".")), word.split(separator: ".").allSatisfy({ $0.count <= 2 && $0.allSatisfy(\.isLetter) }) {
            return startsSentence
        }
        return true
    }

    /// A terminator glued to a capitalised word ("world.Today", "1,000.That", "Tuesday.Mr."): a
    /// boundary when a lower-case word or a number ends there and a capitalised word follows,
    /// unless the word is a known abbreviation or part of a name or address ("Node.js", "example.com").
    private func isRunOnBoundary(_ text: UnsafeBufferPointer<UInt8>, terminator i: Int, next n: Int, start: Int, end: Int) -> Bool {
        guard n + 1 < end, ByteClass.isASCIIUpper(text[n]), ByteClass.isASCIILower(text[n + 1]) else { return false }
        guard i > start, ByteClass.isASCIILower(text[i - 1]) || ByteClass.isDigit(text[i - 1]) else { return false }
        var ws = i
        while ws > start, ByteClass.spaceWidth(text, at: ws - 1) == 0 { ws -= 1 }
        let raw = UnsafeBufferPointer(rebasing: text[ws..<i])
        if raw.contains(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "@") || $0 == UInt8(ascii: ".") }) { return false }
        // The glued word must not continue an address ("Jane.Doe@example.com").
        var fe = n
        while fe < end, ByteClass.spaceWidth(text, at: fe) == 0 { fe += 1 }
        while fe > n, SentenceSplitter.terminatorWidth(text, fe - 1, end) > 0 || SentenceSplitter.closerWidth(text, fe - 1, end) > 0 { fe -= 1 }
        if text[n..<fe].contains(where: { $0 == UInt8(ascii: "@") || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ".") }) { return false }
        let word = String(decoding: raw, as: UTF8.self).lowercased().trimmingPrefix { !$0.isLetter && !$0.isNumber }
        return abbreviations[String(word)] == nil && word.count >= 2
    }

    private func wordCount(_ text: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Int {
        var n = 0, inWord = false
        for k in a..<max(a, b) {
            let w = ByteClass.spaceWidth(text, at: k) == 0
            if w && !inWord { n += 1 }
            inWord = w
        }
        return n
    }

    /// The bytes of the word before `before`, within the sentence (empty at its start).
    private func previousWordBytes(_ text: UnsafeBufferPointer<UInt8>, before: Int, sentenceStart: Int) -> Range<Int> {
        var k = before
        while k > sentenceStart, ByteClass.spaceWidth(text, at: k - 1) > 0 { k -= 1 }
        var s = k
        while s > sentenceStart, ByteClass.spaceWidth(text, at: s - 1) == 0 { s -= 1 }
        return s..<k
    }

    /// The word before `before`, lowered ("" at the sentence start).
    private func previousWord(_ text: UnsafeBufferPointer<UInt8>, before: Int, sentenceStart: Int) -> String {
        SentenceSplitter.lowered(UnsafeBufferPointer(rebasing: text[previousWordBytes(text, before: before, sentenceStart: sentenceStart)]))
    }

    private func previousWordIsCapitalised(_ text: UnsafeBufferPointer<UInt8>, before: Int, sentenceStart: Int) -> Bool {
        let word = previousWordBytes(text, before: before, sentenceStart: sentenceStart)
        return !word.isEmpty && ByteClass.isASCIIUpper(text[word.lowerBound])
    }

    /// Dots separated by single spaces starting at `i`: how many, where the second one is, where the chain ends.
    static func spacedDots(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (count: Int, second: Int, end: Int)? {
        var count = 1, k = i + 1, second = -1, spaced = false
        while k < end {
            if t[k] == UInt8(ascii: ".") { count += 1; if second < 0 { second = k }; k += 1; continue }
            if t[k] == 0x20, k + 1 < end, t[k + 1] == UInt8(ascii: ".") { spaced = true; k += 1; continue }
            break
        }
        return spaced ? (count, second, k) : nil
    }

    /// The bytes of the word at or after `from` (letters only, past any leading punctuation).
    static func wordBytes(_ text: UnsafeBufferPointer<UInt8>, from: Int, end: Int) -> UnsafeBufferPointer<UInt8> {
        var s = from
        while s < end, !(ByteClass.isASCIILetter(text[s]) || text[s] >= 0x80 || ByteClass.isDigit(text[s])) { s += 1 }
        var e = s
        while e < end, ByteClass.isASCIILetter(text[e]) || text[e] >= 0x80 { e += 1 }
        return UnsafeBufferPointer(rebasing: text[s..<e])
    }

    /// `lowercased()` of the bytes as text; ASCII (nearly every word next to a period) is lowered
    /// byte by byte without the Unicode case tables.
    static func lowered(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return String(decoding: bytes, as: UTF8.self).lowercased() }
        return String(unsafeUninitializedCapacity: bytes.count) { out in
            for (k, b) in bytes.enumerated() { out[k] = ByteClass.lower(b) }
            return bytes.count
        }
    }

    /// A dash after optional spaces at `i`: "—", "–", or a hyphen or two before a space. ("OLYMPIA, Wash. (AP) — The
    /// governor ...": a short bracket then a dash follows a dateline's abbreviation; no sentence opens that way.)
    static func dashFollows(_ text: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        var k = i
        while k < end, text[k] == UInt8(ascii: " ") { k += 1 }
        guard k > i, k < end else { return false }
        if ByteClass.isLongDash(text, k, end) { return true }
        var h = k
        while h < end, h - k < 2, text[h] == UInt8(ascii: "-") { h += 1 }
        return h > k && h < end && text[h] == UInt8(ascii: " ")
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
        // (“ ‘ ‹ and « close German and Swiss quotations, „...“ and »...«: so read right after a stop, before a
        // space or the end, where no quotation opens.)
        if b == 0xE2, i + 2 < end, t[i + 1] == 0x80, t[i + 2] == 0x9C || t[i + 2] == 0x98 || t[i + 2] == 0xB9,
           i + 3 == end || ByteClass.spaceWidth(t, at: i + 3) > 0 { return 3 }
        if b == 0xC2, i + 1 < end, t[i + 1] == 0xAB, i + 2 == end || ByteClass.spaceWidth(t, at: i + 2) > 0 { return 2 }
        return 0
    }
}
