import AnnotateCore

/// Block quotations without marks: "The governor added:" closing a paragraph, and the next
/// paragraph is what he said ("It's typical of Hillary Clinton. She knows nothing, ...").
extension QuoteAttributor {
    func blockQuotes(_ tokens: [Token], _ attributions: [Attribution], _ quoted: [QuotedSpan], _ paragraphs: [TextSpan],
                     _ utf8: [UInt8]) -> [Quote] {
        var quotes: [Quote] = []
        for a in attributions where a.introducesNext {
            guard let speaker = a.speaker else { continue }
            let at = tokens[a.cueStart].start
            let p = paragraphs.partitionPoint { $0.end > at }
            guard p + 1 < paragraphs.count, paragraphs[p].start <= at else { continue }
            let next = paragraphs[p + 1]
            // A quotation there is attributed on its own; a heading or a one-word line is not speech.
            // So is a paragraph with cues of its own.
            if quoted.contains(where: { $0.paragraph == p + 1 }) { continue }
            if attributions.contains(where: { next.contains(tokens[$0.cueStart].span) }) { continue }
            var end = next.end
            while end > next.start, utf8[end - 1] == 0x20 || utf8[end - 1] == 0x0A { end -= 1 }
            guard let first = QuoteAttributor.firstToken(tokens, startingAtOrAfter: next.start), tokens[first].start < end else { continue }
            let words = tokens[first...].prefix(while: { $0.end <= end }).filter(\.isWord).count
            guard words >= 4 else { continue }
            quotes.append(Quote(id: "", span: TextSpan(start: tokens[first].start, end: end), kind: .indirect, speaker: speaker, cue: a.cue(tokens)))
        }
        return quotes
    }
}
