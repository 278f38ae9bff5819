import AnnotateCore

/// Subjects that are neither names nor known groups: "Experts on North Korea said",
/// "Another 19 percent said", "The former first lady and U.S. senator said".
extension QuoteAttributor {
    /// Words that open a clause inside a sentence, so a subject may start right after them.
    static let subjectClauseOpeners: Set<String> = ["but", "while", "whereas", "although", "though", "because", "yet"]
    static let indefinitePronouns: Set<String> = ["nobody", "everyone", "everybody", "someone", "somebody", "anyone", "anybody"]
    /// Number words that head a quantity ("Twenty-seven states ..."): with them "states" is a plural noun.
    static let numberWords: Set<String> = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                           "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
                                           "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "million",
                                           "millions", "dozen", "dozens"]

    /// Punctuation inside a subject phrase: "U.S.", "AT&T", "19%", "(D-N.Y.)".
    static let subjectPunctuation: Set<UInt8> = [UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "&"), UInt8(ascii: "%"),
                                                 UInt8(ascii: "("), UInt8(ascii: ")")]
    /// Words that cannot stand inside a plain subject noun phrase: verbs' helpers, pronouns that
    /// would head their own clause, question words and complementizers.
    static let notInSubject: Set<String> = [
        "it", "there", "he", "she", "they", "we", "i", "you", "what", "how", "why", "when", "where", "whether",
        "if", "that", "which", "who", "whom", "whose", "not", "no", "as", "than", "so",
    ]

    /// The noun phrase that fills the clause from its start up to the verb at `i`, with no verb of
    /// its own: at the sentence start (past "But", "However,"), after "but"/"while", or after a
    /// leading phrase and its comma ("In a statement, experts on ... said").
    func clauseSubject(_ tokens: [Token], before i: Int, _ r: Range<Int>) -> Range<Int>? {
        var k = i - 1
        while k >= r.lowerBound, tokens[k].isWord,
              QuoteLexicon.auxiliaries.contains(tokens[k].lower) || QuoteAttributor.clauseMarkers.contains(tokens[k].lower) { k -= 1 }
        // "taxpayers reporting capital gains would pay": a bare participle is not a finite verb.
        if tokens[i].lower.hasSuffix("ing"), k == i - 1 { return nil }
        guard k >= r.lowerBound, tokens[k].isWord else { return nil }
        let head = tokens[k].lower
        guard !QuoteLexicon.phraseBreakers.contains(head), !QuoteAttributor.notInSubject.contains(head),
              !QuoteLexicon.determiners.contains(head) || lexicon.groups[head] != nil,
              !head.hasSuffix("ly"), !head.hasSuffix("ing"), !head.hasSuffix("'s"), lexicon.verbs[head] == nil else { return nil }
        var s = k
        while s > r.lowerBound, k - s < 12 {
            let t = tokens[s - 1]
            if t.isWord {
                let w = t.lower
                if QuoteAttributor.subjectClauseOpeners.contains(w) { break }
                guard !QuoteAttributor.clauseMarkers.contains(w), !QuoteAttributor.notInSubject.contains(w),
                      lexicon.verbs[w] == nil else { return nil }
            } else if t.kind == .number {
            } else if QuoteAttributor.subjectPunctuation.contains(t.punct) {
            } else {
                break
            }
            s -= 1
        }
        // The phrase must open its clause.
        if s > r.lowerBound {
            let before = tokens[s - 1]
            let opensClause: Bool
            if before.isWord {
                opensClause = QuoteAttributor.subjectClauseOpeners.contains(before.lower)
            } else if before.punct == UInt8(ascii: ",") {
                // A leading phrase: "In a statement Friday, ..." or "However, ...".
                let first = tokens[r.lowerBound].lower
                opensClause = s - 1 - r.lowerBound <= 14
                    && (QuoteAttributor.prepositions.contains(first) || lexicon.starters.contains(first))
                    && !(r.lowerBound..<(s - 1)).contains(where: { tokens[$0].punct == UInt8(ascii: ",") })
            } else {
                opensClause = false
            }
            guard opensClause else { return nil }
        }
        // "But experts said": a discourse word opening the sentence is not part of the subject.
        while s < k, lexicon.starters.contains(tokens[s].lower) || QuoteAttributor.subjectClauseOpeners.contains(tokens[s].lower),
              !QuoteLexicon.determiners.contains(tokens[s].lower), !QuoteLexicon.phraseBreakers.contains(tokens[s].lower) {
            s += 1
        }
        guard tokens[s].isWord || tokens[s].kind == .number,
              !QuoteAttributor.prepositions.contains(tokens[s].lower), !QuoteLexicon.phraseBreakers.contains(tokens[s].lower),
              !lexicon.starters.contains(tokens[s].lower) || QuoteLexicon.determiners.contains(tokens[s].lower) else { return nil }
        return s..<(k + 1)
    }
}
