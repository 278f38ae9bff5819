import AnnotateCore

/// Finds quotations in each paragraph. Double marks of every style pair up (“ ” " « » „ “, and »…« as German and
/// Danish set them);
/// a straight `"` closes an open curly quote (the seed's mismatched mark), and a ” typed before a
/// word opens one; ‘ ’ quotes count
/// when no double quote is open. A quote left open at the end of a paragraph runs to the
/// paragraph's end, and if the next paragraph opens with a mark it continues there.
enum QuoteMarkScanner {
    /// A straight single mark at `i` closes a quotation it opened: after punctuation ("changed,'"),
    /// with no word right after it ("clear.' She"), or after a word that cannot end a plural
    /// possessive ("the 'anger and frustration' but called"; not "the pilots' union").
    /// (A word after "s'" that no possessive can take as its noun: "'pricing out ordinary fans' after",
    /// "'a disaster for farmers' and"; or a word in "-ss", no regular plural: "'editorial process' unrelated".)
    static func straightSingleCloses(_ tokens: Tokens, _ i: Int, _ range: Range<Int>) -> Bool {
        guard i > range.lowerBound, tokens[i - 1].end == tokens[i].start else { return false }
        if tokens[i - 1].kind == .punct { return true }
        if tokens[i - 1].isWord, tokens[i - 1].lower.lastByte != UInt8(ascii: "s") { return true }
        // ("'serious breaches of editorial process' unrelated": a word in "-ss" is no regular plural.)
        if tokens[i - 1].isWord, tokens[i - 1].lower.endsWith("ss") { return true }
        guard i + 1 < range.upperBound, tokens[i + 1].isWord, !tokens[i + 1].capitalized else { return true }
        return noPossessiveTakes(tokens[i + 1])
    }

    /// (Out of line: rare, and it keeps `straightSingleCloses` small enough to inline in the scan.)
    @inline(never)
    static func noPossessiveTakes(_ t: Token) -> Bool { wordsNoPossessiveTakes.contains(t) }

    static let wordsNoPossessiveTakes: WordSet = [
        "after", "and", "but", "or", "nor", "in", "on", "at", "to", "for", "with", "from", "as", "by", "of", "over",
        "because", "when", "while", "which", "that", "who", "than", "then", "so", "if", "before", "since", "until",
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "should", "can", "may", "might",
        "said", "says", "the", "a", "an"]

    static func scan(tokens: Tokens, paragraphs: [TextSpan]) -> [QuotedSpan] {
        var result: [QuotedSpan] = []
        var t = 0
        var continuing = false
        for (p, para) in paragraphs.enumerated() {
            while t < tokens.count, tokens[t].start < para.start { t += 1 }
            var first = t
            while first < tokens.count, tokens[first].end <= para.end { first += 1 }
            let range = t..<first
            var openIndex: Int? = nil
            var openMark: QuoteMark? = nil
            var single = false
            // Curly quotations nested inside a straight one: “Shark Tank.” must not close "PENCE: ...
            var nested = 0
            var words = 0
            var speechPunct = false
            var firstInPara = true
            // The last straight single mark of the paragraph that could close a quotation, found once and
            // only when a straight mark could open one, so a paragraph full of apostrophes stays linear.
            var lastStraightCloseFound: Int? = nil
            func lastStraightClose() -> Int {
                if let k = lastStraightCloseFound { return k }
                let k = range.reversed().first(where: { k in
                    if case .quoteMark(.straightSingle) = tokens[k].kind { return straightSingleCloses(tokens, k, range) }
                    return false
                }) ?? -1
                lastStraightCloseFound = k
                return k
            }
            // The same for the last ’ that could close a single quotation: followed by a space or by no word.
            var lastCurlyCloseFound: Int? = nil
            func lastCurlyClose() -> Int {
                if let k = lastCurlyCloseFound { return k }
                let k = range.reversed().first(where: { k in
                    guard case .quoteMark(.rightSingle) = tokens[k].kind else { return false }
                    return k + 1 >= range.upperBound || tokens[k + 1].start > tokens[k].end || !tokens[k + 1].isWord
                }) ?? -1
                lastCurlyCloseFound = k
                return k
            }
            for i in range {
                let tok = tokens[i]
                defer { firstInPara = false }
                guard case .quoteMark(let mark) = tok.kind else {
                    if openIndex != nil {
                        if tok.isWord || tok.kind == .number { words += 1 }
                        if tok.punct == UInt8(ascii: ".") || tok.punct == UInt8(ascii: "?") || tok.punct == UInt8(ascii: "!") { speechPunct = true }
                    }
                    continue
                }
                let prevIsSpace = i == range.lowerBound || tokens[i - 1].end < tok.start
                let nextIsSpace = i + 1 >= range.upperBound || tokens[i + 1].start > tok.end
                if let o = openIndex {
                    if openMark == .straightDouble, mark == .leftDouble { nested += 1; continue }
                    if nested > 0, mark == .rightDouble { nested -= 1; continue }
                    let closes: Bool
                    switch mark {
                    case .rightDouble, .straightDouble: closes = !single
                    case .rightGuillemet: closes = !single && openMark != .rightGuillemet
                    case .leftDouble: closes = openMark == .lowDouble
                    // (German "‚...‘": the high mark shaped like an English opening one closes the low single mark.)
                    case .leftSingle: closes = openMark == .lowSingle
                    case .leftGuillemet: closes = openMark == .rightGuillemet
                    case .leftSingleGuillemet: closes = openMark == .rightSingleGuillemet
                    // (‘... our customers’ needs,’ he said: a ’ after a plural, before a word its possessive can take, is the
                    // plural's apostrophe when a later ’ in the paragraph can close the quotation, as for a straight mark.)
                    case .rightSingle:
                        closes = single && (nextIsSpace || !(i + 1 < range.upperBound && tokens[i + 1].isWord))
                            && (tokens[i - 1].end < tok.start || straightSingleCloses(tokens, i, range) || lastCurlyClose() <= i)
                    case .straightSingle:
                        closes = single && (openMark == .straightSingle ? straightSingleCloses(tokens, i, range)
                                                                       : nextIsSpace || !(i + 1 < range.upperBound && tokens[i + 1].isWord))
                    case .rightSingleGuillemet: closes = single && openMark != .rightSingleGuillemet
                    default: closes = false
                    }
                    if closes {
                        result.append(QuotedSpan(span: TextSpan(start: tokens[o].start, end: tok.end), wordCount: words,
                                                 looksLikeSpeech: speechPunct || words >= 8, continued: continuing, paragraph: p))
                        openIndex = nil
                        continuing = false
                    }
                    continue
                }
                switch mark {
                case .leftDouble, .lowDouble, .leftGuillemet:
                    openIndex = i; openMark = mark; single = false
                case .straightDouble:
                    if prevIsSpace || !nextIsSpace { openIndex = i; openMark = mark; single = false }
                case .rightDouble:
                    // ”Fear. I am afraid ...”: a closing shape after a space and right before a word
                    // opens a quotation (a common typing slip).
                    if prevIsSpace, !nextIsSpace, i + 1 < range.upperBound, tokens[i + 1].isWord {
                        openIndex = i; openMark = .leftDouble; single = false
                    }
                case .rightGuillemet, .rightSingleGuillemet:
                    // (»Nie wieder«, ›so‹: German and Danish open with the pointing-right mark, glued to the word after
                    // it; one after a space and before a space closes nothing, "Home » News".)
                    if prevIsSpace, !nextIsSpace, i + 1 < range.upperBound, tokens[i + 1].isWord {
                        openIndex = i; openMark = mark; single = mark == .rightSingleGuillemet
                    }
                case .leftSingle, .leftSingleGuillemet:
                    openIndex = i; openMark = mark; single = true
                case .lowSingle:
                    // (‚So‘, the German single quotation: the low mark opens one glued to the word after it.)
                    if !nextIsSpace, i + 1 < range.upperBound, tokens[i + 1].isWord { openIndex = i; openMark = mark; single = true }
                case .straightSingle:
                    // 'We were surprised,' she said: a straight single mark opens a quotation before a word,
                    // after a space, only when a closing one follows in the paragraph ("'90s" and
                    // "the pilots' union" are apostrophes).
                    if prevIsSpace || tokens[i - 1].punct == UInt8(ascii: "("), !nextIsSpace, i + 1 < range.upperBound, tokens[i + 1].isWord,
                       lastStraightClose() > i + 1 {
                        openIndex = i; openMark = mark; single = true
                    }
                default:
                    break
                }
                if openIndex != nil { words = 0; speechPunct = false; nested = 0; if !firstInPara { continuing = false } }
            }
            if let o = openIndex {
                // Open at the paragraph's end: the quotation runs on to the end of the paragraph.
                result.append(QuotedSpan(span: TextSpan(start: tokens[o].start, end: para.end), wordCount: words,
                                         looksLikeSpeech: true, continued: continuing, paragraph: p))
                continuing = true
            } else {
                continuing = false
            }
            t = first
        }
        return result
    }
}
