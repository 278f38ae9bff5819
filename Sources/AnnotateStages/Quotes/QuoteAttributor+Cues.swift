import AnnotateCore

/// Cues: reporting verbs and "according to", with the speaker phrase before or after the verb.
extension QuoteAttributor {
    func findCues(_ tokens: [Token], _ r: Range<Int>, sentence: Int, _ out: inout [Attribution]) {
        var found: [Attribution] = []
        var skipUntil = r.lowerBound  // the source phrase of "according to" holds no cues ("annual report")
        for i in r where tokens[i].isWord && i >= skipUntil {
            let w = tokens[i].lower
            if w == "according", i + 1 < r.upperBound, tokens[i + 1].lower == "to" {
                // The source runs to the next comma or the sentence end: "according to the poll",
                // "according to a complaint filed by the SEC".
                var e = i + 2
                while e < r.upperBound, e - (i + 2) < 15, tokens[e].isWord || tokens[e].kind == .number || tokens[e].punct == UInt8(ascii: "(")
                    || tokens[e].punct == UInt8(ascii: ")") || tokens[e].punct == UInt8(ascii: "-") { e += 1 }
                guard e > i + 2, tokens[(i + 2)..<e].contains(where: \.isWord) else { continue }
                let np = (i + 2)..<e
                skipUntil = e
                found.append(Attribution(cueStart: i, cueEnd: i + 2,
                                         verb: QuoteLexicon.Verb(lemma: "according to", framing: "neutral", needsThat: false),
                                         subject: np, sentence: sentence))
                continue
            }
            guard lexicon.mayBeVerb(tokens[i]) else { continue }
            // "called for a moratorium": a phrasal cue takes its particle with it.
            let phrasal = i + 1 < r.upperBound ? lexicon.phrasal[w]?[tokens[i + 1].lower] : nil
            guard let verb = phrasal ?? lexicon.verbs[w] else { continue }
            let cueEnd = phrasal == nil ? i + 1 : i + 2
            // "The holiday is observed as ...", "he was told that ...": in the passive the subject
            // does not speak. ("is saying" is active; "is intended to ..." still states an intention.)
            if i > r.lowerBound, QuoteAttributor.passiveAuxiliaries.contains(tokens[i - 1].lower), !w.hasSuffix("ing"),
               verb.framing != "intention" { continue }
            // A capitalised form inside a sentence is a name ("the United States"), not a verb.
            if tokens[i].capitalized && i > r.lowerBound { continue }
            let next = cueEnd < r.upperBound ? tokens[cueEnd].lower : ""
            // Verbs that are not always speech ("continued", "added", "tweeted") count before "that",
            // before a colon, or right after a closing quotation mark ("...,” she continued").
            let colonNext = i + 1 < r.upperBound && tokens[i + 1].punct == UInt8(ascii: ":")
            // "She continued, “...”": a comma and an opening quotation mark introduce the speech.
            // ("Trump attacked “the hateful ideology of ...”": the quotation is the object.)
            let quotationNext = i + 2 < r.upperBound && (tokens[i + 1].punct == UInt8(ascii: ",") && QuoteAttributor.opensQuotation(tokens[i + 2])
                || QuoteAttributor.opensQuotation(tokens[i + 1]))
            if verb.needsThat && next != "that" && !colonNext && !quotationNext && !followsQuotation(tokens, i, r) { continue }
            // "she called into a radio show": with a preposition "called" names nothing.
            if verb.framing == "naming", QuoteAttributor.prepositions.contains(next) || ["into", "up", "off", "back", "out"].contains(next) { continue }
            // "The four loopholes he cited are ...": the object stands before the verb, in a relative clause.
            if verb.objectContent, QuoteAttributor.clauseMarkers.contains(next) { continue }
            if i > r.lowerBound {
                let prev = tokens[i - 1].lower
                if QuoteAttributor.beforeNouns.contains(prev) { continue }
            }
            // "his latest remarks will ...", "battleground states could ...": a plural noun followed by its
            // verb. ("what the senators said was ..." keeps its verb.)
            if w.hasSuffix("s"), w != "says", QuoteAttributor.auxiliaries.contains(next) { continue }
            // "Twenty-seven states led by ...": after a number, an "-s" form is a plural noun.
            if w.hasSuffix("s"), i > r.lowerBound, tokens[i - 1].kind == .number
                || QuoteAttributor.numberWords.contains(tokens[i - 1].lower.split(separator: "-").last.map(String.init) ?? "") { continue }
            if i == r.lowerBound, tokens[i].capitalized,
               let np = forwardPhrase(tokens, from: i + 1, r), np.upperBound < r.upperBound,
               tokens[np.upperBound].punct == UInt8(ascii: ":") || tokens[np.upperBound].punct == UInt8(ascii: ",") {
                // "Said Ellis: “...”": the verb opens the sentence and the speaker follows it.
                found.append(Attribution(cueStart: i, cueEnd: cueEnd, verb: verb, subject: np, sentence: sentence))
            } else if let subject = leftSubject(tokens, before: i, r) ?? clauseSubject(tokens, before: i, r) {
                // "What he said was wrong": the speech is the subject of another verb, not reported here.
                // ("amounting to what the senators said was gerrymandering" reports that it was.)
                if subject.lowerBound == r.lowerBound + 1, tokens[r.lowerBound].lower == "what",
                   QuoteAttributor.passiveAuxiliaries.contains(next) { continue }
                // "it" speaks only for a text or body just quoted: "“...,” it added."
                if subject.count == 1, tokens[subject.lowerBound].lower == "it", !followsQuotation(tokens, i, r) { continue }
                // "The New York state attorney general": a base form after a singular name is a noun.
                // (Not after an auxiliary, "did not want", nor for a coordinated or longer subject,
                // "Mr. Grassley and Mr. Leahy say", "advisers to Mr. Obama say".)
                let head = tokens[subject.upperBound - 1]
                let before = subject.lowerBound > r.lowerBound ? tokens[subject.lowerBound - 1].lower : ""
                // ("a swing state crucial to ...": a singular determiner makes the base form a noun.)
                if w == verb.lemma, subject.upperBound == i, QuoteAttributor.singularDeterminers.contains(tokens[subject.lowerBound].lower) { continue }
                if w == verb.lemma, subject.upperBound == i, head.capitalized, !head.lower.hasSuffix("s"),
                   lexicon.groups[QuoteAttributor.bare(head.lower)] == nil, QuoteLexicon.pronouns[head.lower] == nil,
                   !QuoteAttributor.linksBeforeSubject.contains(before) { continue }
                found.append(Attribution(cueStart: i, cueEnd: cueEnd, verb: verb, subject: subject, sentence: sentence))
            } else if i > r.lowerBound, isClauseEdge(tokens[i - 1]), !w.hasSuffix("ing"),
                      let np = forwardPhrase(tokens, from: i + 1, r, commonNouns: followsQuotation(tokens, i, r)) {
                // Inverted: "..., said Smith."
                found.append(Attribution(cueStart: i, cueEnd: cueEnd, verb: verb, subject: np, sentence: sentence))
            } else if i > r.lowerBound, tokens[i - 1].punct == UInt8(ascii: ",") || ["while", "before", "after", "by"].contains(tokens[i - 1].lower),
                      w.hasSuffix("ing"),
                      let s = sentenceSubject(tokens, r).flatMap({ $0.upperBound < i ? $0 : nil }) ?? found.last?.subject {
                // "He defended the remark, saying, “...”": the participle's subject is the sentence's,
                // or the speaker's just before it ("“...,” the mayor said, adding that ...").
                found.append(Attribution(cueStart: i, cueEnd: cueEnd, verb: verb, subject: s, sentence: sentence))
            } else if i > r.lowerBound + 1, tokens[i - 1].lower == "and", tokens[i - 2].isWord, !tokens[i - 2].capitalized,
                      tokens[i - 2].lower.hasSuffix("ed"),
                      let s = leftSubject(tokens, before: i - 2, r) {
                // "I laughed and said, “...”": the subject of the first verb.
                found.append(Attribution(cueStart: i, cueEnd: cueEnd, verb: verb, subject: s, sentence: sentence))
            } else if let c = (r.lowerBound..<i).last(where: { !QuoteLexicon.auxiliaries.contains(tokens[$0].lower) }),
                      c >= i - 3, tokens[c].lower == "and" || (tokens[c].lower == "but" && found.isEmpty),
                      let s = sentenceSubject(tokens, r) {
                // Coordinated verbs share the sentence's subject ("She resisted ... and denied that ...",
                // "She has urged ... but has said ..."). After a first cue, "but said" stays inside its content.
                found.append(Attribution(cueStart: i, cueEnd: cueEnd, verb: verb, subject: s, sentence: sentence))
            }
        }
        // "according to" names the source of a report; when the sentence has a speaking subject
        // of its own, that subject is the speaker.
        if found.contains(where: { $0.verb.lemma != "according to" }) {
            found.removeAll { $0.verb.lemma == "according to" }
        }
        out += found
    }

    /// The verb at `i` comes right after a quotation, with at most a short subject between:
    /// "...,” she continued" or "...,” continued Smith".
    func followsQuotation(_ tokens: [Token], _ i: Int, _ r: Range<Int>) -> Bool {
        var k = i - 1
        var words = 0
        while k >= r.lowerBound, tokens[k].isWord, words < 4 { k -= 1; words += 1 }
        while k >= r.lowerBound, tokens[k].punct == UInt8(ascii: ",") { k -= 1 }
        guard k > r.lowerBound, case .quoteMark(let mark) = tokens[k].kind else { return false }
        // A closing mark: after the quoted words' own punctuation, and not an opening shape.
        switch mark {
        case .leftDouble, .leftSingle, .lowDouble, .lowSingle, .leftGuillemet, .leftSingleGuillemet: return false
        default: return tokens[k - 1].kind == .punct || tokens[k - 1].isWord
        }
    }

    static func opensQuotation(_ t: Token) -> Bool {
        guard case .quoteMark(let mark) = t.kind else { return false }
        switch mark {
        case .straightDouble, .straightSingle, .leftDouble, .leftSingle, .lowDouble, .lowSingle, .leftGuillemet, .leftSingleGuillemet: return true
        default: return false
        }
    }

    func isClauseEdge(_ t: Token) -> Bool {
        if case .quoteMark = t.kind { return true }
        return t.punct == UInt8(ascii: ",")
    }

    /// The subject phrase ending just before the verb at `i`, past auxiliaries and adverbs.
    func leftSubject(_ tokens: [Token], before i: Int, _ r: Range<Int>) -> Range<Int>? {
        var k = i - 1
        while k >= r.lowerBound, tokens[k].isWord,
              QuoteLexicon.auxiliaries.contains(tokens[k].lower) || (tokens[k].lower.hasSuffix("ly") && tokens[k].lower.utf8.count > 4) {
            k -= 1
        }
        guard k >= r.lowerBound else { return nil }
        // "McConnell, who in 2010 said": a year phrase stands between the subject and the verb.
        if tokens[k].kind == .number, k - 1 > r.lowerBound, ["in", "since", "during", "until"].contains(tokens[k - 1].lower) {
            return leftSubject(tokens, before: k - 1, r)
        }
        if tokens[k].punct == UInt8(ascii: ",") {
            // An appositive or relative clause between subject and verb:
            // "Whitby, who voted against the plan, warned ..."; "Smith, the minister, said ...".
            let floor = max(r.lowerBound, k - 28)
            guard let c = (floor..<k).last(where: { tokens[$0].punct == UInt8(ascii: ",") }), c > r.lowerBound else { return nil }
            // "The state's campaign chairman, Phil Lovas, said": the name in the appositive speaks.
            if k - (c + 1) >= 1, k - (c + 1) <= 4, (c + 1..<k).allSatisfy({ tokens[$0].isWord && tokens[$0].capitalized }) {
                return (c + 1)..<k
            }
            // "Schiff, 56, who has served ..., told": the subject may end at an earlier comma.
            for c2 in stride(from: c, through: floor, by: -1) where c2 > r.lowerBound && tokens[c2].punct == UInt8(ascii: ",") {
                if let np = subject(tokens, r, endingAtComma: c2) { return np }
            }
            return nil
        }
        // "John Dickey, the chief executive -- the company that owns it -- told me": step over a
        // parenthetical between dashes, then read the subject before it.
        if tokens[k].isDash, k - 1 > r.lowerBound,
           let open = (max(r.lowerBound, k - 30)..<(k - 1)).last(where: { tokens[$0].isDash && !tokens[$0 + 1].isDash }),
           open > r.lowerBound {
            var b = open
            while b > r.lowerBound, tokens[b - 1].isDash { b -= 1 }
            if b > r.lowerBound, let np = leftSubject(tokens, before: b, r) {
                // ("John Dickey, the chief executive -- ... -- told": the name before the appositive.)
                if np.lowerBound - 1 > r.lowerBound, tokens[np.lowerBound - 1].punct == UInt8(ascii: ","),
                   let name = subject(tokens, r, endingAtComma: np.lowerBound - 1) {
                    return name
                }
                return np
            }
        }
        // "Rep. Gwen Moore (D-Wis.) said": step over a short parenthetical after the name.
        if tokens[k].punct == UInt8(ascii: ")"),
           let open = (max(r.lowerBound, k - 8)..<k).last(where: { tokens[$0].punct == UInt8(ascii: "(") }), open > r.lowerBound {
            k = open - 1
        }
        guard tokens[k].isWord else { return nil }
        let head = tokens[k]
        // "an architect who said ...": the relative pronoun stands for the phrase before it.
        if head.lower == "who", k > r.lowerBound {
            let before = tokens[k - 1].punct == UInt8(ascii: ",") ? k - 1 : k
            return before > r.lowerBound ? leftSubject(tokens, before: before, r) : nil
        }
        if QuoteLexicon.pronouns[head.lower] != nil { return k..<(k + 1) }
        // "nobody", "everyone": a phrase of its own, never after a determiner ("... that nobody would").
        if QuoteAttributor.indefinitePronouns.contains(head.lower) { return k..<(k + 1) }
        // "Trump this week also said": a time phrase stands between the subject and the verb.
        if QuoteAttributor.timeNouns.contains(head.lower) {
            var s = k
            while s > r.lowerBound, QuoteAttributor.timeModifiers.contains(tokens[s - 1].lower)
                    || QuoteAttributor.timeNouns.contains(tokens[s - 1].lower) { s -= 1 }
            return s > r.lowerBound ? leftSubject(tokens, before: s, r) : nil
        }
        let headWord = QuoteAttributor.bare(head.lower)
        // A possessive cannot be the subject ("Editor's note:"), nor a capitalised gerund ("Having said that").
        if head.lower.hasSuffix("'s") { return nil }
        // ("“...,” King said" is a name: a gerund opens its sentence and is longer than "King".)
        if head.capitalized, head.lower.hasSuffix("ing"), head.lower.utf8.count > 5, k == r.lowerBound { return nil }
        if !head.capitalized, lexicon.groups[headWord] == nil {
            // A common noun with its determiner: "the announcer said", "the ad's narrator says".
            guard !QuoteLexicon.phraseBreakers.contains(head.lower), lexicon.verbs[head.lower] == nil,
                  // ("a Homeland Security Department official said": capitalised modifiers in between.)
                  let det = (max(r.lowerBound, k - 6)..<k).last(where: { QuoteAttributor.nounDeterminers.contains(tokens[$0].lower)
                      || (tokens[$0].capitalized && tokens[$0].lower.hasSuffix("'s")) }),
                  // ("their report they could not resist pointing out": a helper verb ends the phrase;
                  // "the experts I interviewed said" keeps its reduced relative.)
                  (det + 1..<k).allSatisfy({ tokens[$0].isWord && !QuoteLexicon.phraseBreakers.contains(tokens[$0].lower)
                      && !QuoteAttributor.clauseMarkers.contains(tokens[$0].lower) }) else {
                return nil
            }
            return det..<(k + 1)
        }
        if QuoteLexicon.phraseBreakers.contains(head.lower) { return nil }
        var s = k
        while s - 1 >= r.lowerBound, k - s < 5 {
            let t = tokens[s - 1]
            guard t.isWord, !QuoteLexicon.phraseBreakers.contains(t.lower) else { break }
            let modifiesGroup = !head.capitalized && lexicon.groups[headWord] != nil && k - s < 2
                && !QuoteLexicon.auxiliaries.contains(t.lower) && lexicon.verbs[t.lower] == nil
            guard t.capitalized || QuoteLexicon.determiners.contains(t.lower) || lexicon.groups[t.lower] != nil || modifiesGroup else { break }
            s -= 1
        }
        // A title abbreviation belongs to the name: "Rep. Omar Diaz", "Sen. Lena Park"; so does a
        // middle initial with the names before it: "Donald J. Trump".
        while s - 2 >= r.lowerBound, k - s < 6, tokens[s - 1].punct == UInt8(ascii: "."),
              tokens[s - 2].isWord, tokens[s - 2].capitalized {
            if lexicon.titles[tokens[s - 2].lower] != nil {
                s -= 2
            } else if tokens[s - 2].lower.utf8.count == 1, head.capitalized, s - 3 >= r.lowerBound,
                      tokens[s - 3].isWord, tokens[s - 3].capitalized, !QuoteLexicon.phraseBreakers.contains(tokens[s - 3].lower) {
                s -= 3
                while s - 1 >= r.lowerBound, k - s < 7, tokens[s - 1].isWord, tokens[s - 1].capitalized,
                      !QuoteLexicon.phraseBreakers.contains(tokens[s - 1].lower) { s -= 1 }
            } else {
                break
            }
        }
        while s < k, s == r.lowerBound, lexicon.starters.contains(tokens[s].lower), !QuoteLexicon.determiners.contains(tokens[s].lower) {
            s += 1
        }
        if head.capitalized, lexicon.starters.contains(head.lower), s == k { return nil }
        return s..<(k + 1)
    }

    /// Capitalised labels that are the publication's, not a speaker's: "CLARIFICATION: ...".
    static let editorialLabels: Set<String> = ["clarification", "correction", "corrections", "update", "updated", "note",
                                               "editor's", "disclosure", "advertisement", "related", "photo", "video",
                                               "watch", "source", "sources", "breaking", "exclusive", "analysis", "opinion"]

    /// "PENCE: Well, look, ..." or "Caddell: ...": a speaker label opening a paragraph; the rest of
    /// the paragraph is what the speaker said.
    func speakerLabels(_ tokens: [Token], ranges: [Range<Int>], paragraphs: [TextSpan], utf8: [UInt8]) -> [Attribution] {
        var out: [Attribution] = []
        var si = 0
        for para in paragraphs {
            while si < ranges.count, let f = ranges[si].first, tokens[f].start < para.start { si += 1 }
            guard si < ranges.count, var a = ranges[si].first, tokens[a].start >= para.start, tokens[a].start < para.end else { continue }
            // "PENCE: ... in a transcript quoted as a whole: the label follows the opening mark.
            if QuoteAttributor.opensQuotation(tokens[a]), a + 1 < ranges[si].upperBound { a += 1 }
            var k = a
            // Transcript labels are written in capitals ("PENCE:", "MR. SMITH:"); a title-case
            // "Stealth Over Health:" or "Correction:" is a headline or a note, not a speaker.
            while k < ranges[si].upperBound, k - a < 3, tokens[k].isWord, QuoteAttributor.isAllCaps(tokens[k], utf8) { k += 1 }
            guard k > a, k < ranges[si].upperBound, tokens[k].punct == UInt8(ascii: ":"),
                  !lexicon.starters.contains(tokens[a].lower), !QuoteAttributor.editorialLabels.contains(tokens[a].lower),
                  k + 1 < tokens.count, tokens[k + 1].start < para.end else { continue }
            var end = para.end
            while end > tokens[k + 1].start, utf8[end - 1] == 0x20 { end -= 1 }
            var attribution = Attribution(cueStart: k, cueEnd: k + 1,
                                          verb: QuoteLexicon.Verb(lemma: "say", framing: "neutral", needsThat: false),
                                          subject: a..<k, sentence: si)
            attribution.contents = [TextSpan(start: tokens[k + 1].start, end: end)]
            out.append(attribution)
        }
        return out
    }

    /// The index of the first token starting at or after a byte offset (binary search).
    static func firstToken(_ tokens: [Token], startingAtOrAfter offset: Int) -> Int? {
        let k = tokens.partitionPoint { $0.start >= offset }
        return k < tokens.count ? k : nil
    }

    /// Every letter of the token is a capital ("PENCE"), and there are at least two.
    static func isAllCaps(_ t: Token, _ utf8: [UInt8]) -> Bool {
        var letters = 0
        for i in t.start..<t.end {
            let b = utf8[i]
            if ByteClass.isASCIILower(b) { return false }
            if ByteClass.isASCIIUpper(b) { letters += 1 }
        }
        return letters >= 2
    }

    /// A dash and a name right after a quotation: "“...” — Sonya Herridge".
    func dashByline(_ tokens: [Token], after end: Int, in para: TextSpan, utf8: [UInt8]) -> ([Int], TextSpan)? {
        guard let i = QuoteAttributor.firstToken(tokens, startingAtOrAfter: end), tokens[i].start < para.end else { return nil }
        var k = i
        if tokens[k].punct == UInt8(ascii: ",") || tokens[k].punct == UInt8(ascii: ".") { k += 1 }
        guard k < tokens.count, tokens[k].kind == .punct, tokens[k].end - tokens[k].start == 3, utf8[tokens[k].start] == 0xE2,
              utf8[tokens[k].start + 1] == 0x80, (0x93...0x95).contains(utf8[tokens[k].start + 2]) else { return nil }
        var j = k + 1
        var run: [Int] = []
        while j < tokens.count, tokens[j].start < para.end, tokens[j].isWord, tokens[j].capitalized, run.count < 4 { run.append(j); j += 1 }
        guard !run.isEmpty else { return nil }
        return (run, TextSpan(start: tokens[run.first!].start, end: tokens[run.last!].end))
    }

    /// The subject phrase ending just before the comma at `c` (a name or a group, not a pronoun).
    func subject(_ tokens: [Token], _ r: Range<Int>, endingAtComma c: Int) -> Range<Int>? {
        // "Jim Jordan (R-Ohio), a member, said": the parenthetical belongs to the name.
        var e = c
        if e - 1 > r.lowerBound, tokens[e - 1].punct == UInt8(ascii: ")"),
           let open = (max(r.lowerBound, e - 9)..<(e - 1)).last(where: { tokens[$0].punct == UInt8(ascii: "(") }) {
            e = open
        }
        guard e - 1 >= r.lowerBound, tokens[e - 1].isWord, tokens[e - 1].capitalized || lexicon.groups[QuoteAttributor.bare(tokens[e - 1].lower)] != nil else {
            return nil
        }
        guard let np = leftSubject(tokens, before: e, r), np.upperBound == e else { return nil }
        return np
    }

    /// A speaker phrase starting at `from`: names, titles, group nouns, with determiners.
    func forwardPhrase(_ tokens: [Token], from: Int, _ r: Range<Int>, commonNouns: Bool = false) -> Range<Int>? {
        var from = from
        // "said 9/11 widow Terry Strada": a date modifier before the title.
        while from + 2 < r.upperBound, tokens[from].kind == .number, tokens[from + 1].punct == UInt8(ascii: "/"),
              tokens[from + 2].kind == .number {
            from += 2
            if from + 1 < r.upperBound, tokens[from + 1].isWord { from += 1 }
        }
        var j = from
        // "said the ruling", "said one Democratic source on the panel": after a determiner a
        // common noun may head the phrase.
        let determined = commonNouns && from < r.upperBound && QuoteAttributor.nounDeterminers.contains(tokens[from].lower)
        while j < r.upperBound, j - from < 7, tokens[j].isWord || (tokens[j].kind == .number && j == from) {
            let t = tokens[j]
            // ("said 9/11 widow Terry Strada": a lower-case descriptor right before the name.)
            // ("said coal miner Joe Smith": up to three of them.)
            let descriptor = commonNouns && !t.capitalized && t.isWord
                && (j + 1..<min(r.upperBound, j + 4)).first(where: { !tokens[$0].isWord || tokens[$0].capitalized })
                    .map { tokens[$0].isWord } == true
                && (j..<min(r.upperBound, j + 3)).allSatisfy { tokens[$0].capitalized || (lexicon.verbs[tokens[$0].lower] == nil
                    && !QuoteLexicon.auxiliaries.contains(tokens[$0].lower) && !QuoteLexicon.phraseBreakers.contains(tokens[$0].lower)) }
            let ok = descriptor || t.capitalized || QuoteLexicon.determiners.contains(t.lower) || lexicon.groups[QuoteAttributor.bare(t.lower)] != nil
                || lexicon.titles[t.lower] != nil || QuoteLexicon.pronouns[t.lower] != nil || t.kind == .number
                || QuoteAttributor.nounDeterminers.contains(t.lower)
                || (determined && lexicon.verbs[t.lower] == nil && !QuoteLexicon.auxiliaries.contains(t.lower))
            guard ok, !QuoteLexicon.phraseBreakers.contains(t.lower) else { break }
            j += 1
            if QuoteLexicon.pronouns[t.lower] != nil { break }
            // "said Rep. G.K. Butterfield": a title abbreviation's period is inside the phrase.
            if j + 1 < r.upperBound, tokens[j].punct == UInt8(ascii: "."), lexicon.titles[t.lower] != nil, tokens[j + 1].isWord {
                j += 1
            }
        }
        guard j > from else { return nil }
        let head = tokens[j - 1]
        guard head.capitalized || lexicon.groups[QuoteAttributor.bare(head.lower)] != nil || QuoteLexicon.pronouns[head.lower] != nil
            || (determined && head.isWord && j - from >= 2) else {
            return nil
        }
        return from..<j
    }

    /// The first phrase of the sentence when it is a pronoun or a name.
    func sentenceSubject(_ tokens: [Token], _ r: Range<Int>) -> Range<Int>? {
        guard var a = r.first, tokens[a].isWord else { return nil }
        if QuoteLexicon.pronouns[tokens[a].lower] != nil { return a..<(a + 1) }
        // "During a speech earlier in the day, Trump attacked ...": past a leading phrase.
        // ("Recently, however, it issued ...": an adverb and a discourse word, each with its comma.)
        while QuoteAttributor.prepositions.contains(tokens[a].lower) || lexicon.starters.contains(tokens[a].lower)
                || (tokens[a].lower.hasSuffix("ly") && a + 1 < r.upperBound && tokens[a + 1].punct == UInt8(ascii: ",")),
              let comma = (a..<min(r.upperBound, a + 14)).first(where: { tokens[$0].punct == UInt8(ascii: ",") }),
              comma + 1 < r.upperBound, tokens[comma + 1].isWord {
            a = comma + 1
        }
        if QuoteLexicon.pronouns[tokens[a].lower] != nil { return a..<(a + 1) }
        var j = a
        while j < r.upperBound, tokens[j].isWord, tokens[j].capitalized {
            j += 1
            // "Mr. Trump": a title abbreviation's period stays inside the name.
            if j + 1 < r.upperBound, tokens[j].punct == UInt8(ascii: "."), lexicon.titles[tokens[j - 1].lower] != nil,
               tokens[j + 1].isWord, tokens[j + 1].capitalized { j += 1 }
        }
        return j > a && !lexicon.starters.contains(tokens[a].lower) ? a..<j : nil
    }
}
