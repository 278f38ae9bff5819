import AnnotateCore

/// A headline or standfirst that quotes words the story later gives to someone: "Floods: ‘We lost everything in
/// an hour’" over "“... We lost everything in an hour. ...,” she said." The headline's quotation names no one; the
/// body's does, so the headline's words are that speaker's.
extension QuoteAttributor {
    /// Paragraphs read for echoes from the top of the story (a headline, a standfirst, a lead), within so many
    /// bytes; and how many later quotations are searched for each. (A record of megabytes in one paragraph
    /// compares a few quotations with a few hundred, not every one with every other.)
    static let echoParagraphs = 3
    static let echoTopBytes = 2_000
    static let echoReach = 200

    /// Gives each quotation without a speaker in the first paragraphs the speaker of a later quotation that holds
    /// its words (case and apostrophes aside). Quotations of fewer than three words are left: a word or two
    /// recurs by chance. `quotes` are in text order.
    static func speakersFromEchoes(_ quotes: inout [Quote], _ paragraphs: [TextSpan], _ utf8: [UInt8]) {
        var topEnd = min(utf8.count, echoTopBytes)
        if let last = paragraphs.prefix(echoParagraphs).last { topEnd = min(topEnd, last.end) }
        for i in quotes.indices {
            // (In text order: past the top, no quotation is read.)
            if quotes[i].span.start >= topEnd { break }
            // ("'We were left to drown': flood victims demand inquiry": a quotation opening a paragraph before a colon, the
            // headline's way, takes its echo's speaker over the clause after the colon, which speaks for the story's people.)
            guard quotes[i].kind == .direct, quotes[i].speaker == nil || leadsParagraphBeforeColon(quotes[i].span, paragraphs, utf8) else { continue }
            let words = folded(utf8, quotes[i].span)
            guard words.split(separator: 0x20).count >= 3 else { continue }
            // (The nearest later holder: the quotation's own words, told again in the body.)
            for j in (i + 1)..<min(quotes.count, i + 1 + echoReach) where quotes[j].span.start >= quotes[i].span.end {
                guard let speaker = quotes[j].speaker, quotes[j].span.end - quotes[j].span.start > words.count,
                      ByteSearch.firstIndex(of: words, in: folded(utf8, quotes[j].span)) != nil else { continue }
                if quotes[i].speaker != nil { quotes[i].cue = nil }
                quotes[i].speaker = speaker
                quotes[i].speaker?.resolution = .context
                break
            }
        }
    }

    /// `span` opens one of `paragraphs` and a colon follows it there (spaces aside).
    static func leadsParagraphBeforeColon(_ span: TextSpan, _ paragraphs: [TextSpan], _ utf8: [UInt8]) -> Bool {
        guard let p = paragraphIndex(paragraphs, span.start), paragraphs[p].start == span.start else { return false }
        var k = span.end
        while k < paragraphs[p].end, utf8[k] == 0x20 { k += 1 }
        return k < paragraphs[p].end && utf8[k] == UInt8(ascii: ":")
    }

    /// "Interview: 'I never planned to be a politician'" over a question-and-answer interview: a quotation in a headline
    /// that announces an interview, with no speaker, is the interviewee's, who gives the first answer (`impliedAnswer`).
    static func speakerOfInterviewHeadline(_ quotes: inout [Quote], _ paragraphs: [TextSpan], _ utf8: [UInt8]) {
        guard let headline = paragraphs.first, announcesQA(utf8, headline) else { return }
        let answerLemma = impliedAnswer.lemma.description
        guard let answer = quotes.first(where: { $0.cue?.lemma == answerLemma && $0.speaker != nil })?.speaker else { return }
        for i in quotes.indices where quotes[i].span.start < headline.end && quotes[i].speaker == nil && quotes[i].kind == .direct {
            quotes[i].speaker = answer
            quotes[i].speaker?.resolution = .context
        }
    }

    /// The words of a span lower-cased, with typographic apostrophes as ', quotation marks and the punctuation at
    /// either end dropped, and runs of spaces as one.
    static func folded(_ utf8: [UInt8], _ span: TextSpan) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(span.end - span.start)
        var i = span.start
        while i < span.end {
            let b = utf8[i]
            if b == 0xE2, i + 2 < span.end, utf8[i + 1] == 0x80 {
                let c = utf8[i + 2]
                // ’ ‘ as an apostrophe between letters, else a mark; “ ” „ are marks.
                if c == 0x99 || c == 0x98 {
                    if let last = out.last, last != 0x20, i + 3 < span.end, ByteClass.isASCIILetter(utf8[i + 3]) { out.append(0x27) }
                    i += 3
                    continue
                }
                if c == 0x9C || c == 0x9D || c == 0x9E { i += 3; continue }
            }
            if b == UInt8(ascii: "\"") { i += 1; continue }
            if b == UInt8(ascii: "'") {
                if let last = out.last, last != 0x20, i + 1 < span.end, ByteClass.isASCIILetter(utf8[i + 1]) { out.append(0x27) }
                i += 1
                continue
            }
            if b == 0x20 || b == 0x0A || b == 0x09 {
                if let last = out.last, last != 0x20 { out.append(0x20) }
                i += 1
                continue
            }
            out.append(ByteClass.lower(b))
            i += 1
        }
        while let last = out.last, last == 0x20 || last == UInt8(ascii: ",") || last == UInt8(ascii: ".") || last == UInt8(ascii: "!")
                || last == UInt8(ascii: "?") { out.removeLast() }
        return out
    }
}
