import AnnotateCore

/// Speech introduced without a reporting verb in front of it. A block quotation without marks:
/// "The governor added:" closes a paragraph, and the next paragraph is what he said. A colon
/// before a quotation: "Obama is rolling out a new message: “It's about me.”"
extension QuoteAttributor {
    /// The verb of speech with no reporting verb written: after a colon, a label, a speech noun.
    static let impliedSay = QuoteLexicon.Verb(lemma: "say", framing: "neutral", needsThat: false)
    /// A source named for the report: "according to X", "In X's words, ...".
    static let accordingTo = QuoteLexicon.Verb(lemma: "according to", framing: "neutral", needsThat: false)
    /// A quotation that "came the reply from X".
    static let replied = QuoteLexicon.Verb(lemma: "reply", framing: "neutral", needsThat: false)
    /// An interviewee's reply to the question before it.
    static let impliedAnswer = QuoteLexicon.Verb(lemma: "answer", framing: "neutral", needsThat: false)

    /// Attributions for quotations right after a colon in a sentence without a cue of its own:
    /// the sentence's subject speaks.
    func colonIntroductions(_ tokens: Tokens, _ ranges: [Range<Int>], headline: [Bool], quoted: [QuotedSpan],
                            paragraphs: [TextSpan], existing: [Attribution], table: EntityTable) -> [Attribution] {
        var out: [Attribution] = []
        var si = 0
        for q in quoted {
            guard let qt = QuoteAttributor.firstToken(tokens, startingAtOrAfter: q.span.start), qt > 0,
                  tokens[qt - 1].punct == UInt8(ascii: ":") || tokens[qt - 1].punct == UInt8(ascii: "?") else { continue }
            let colon = qt - 1  // (or the question mark of a label of words, read first below)
            while si < ranges.count, ranges[si].upperBound <= colon { si += 1 }
            guard si < ranges.count, ranges[si].contains(colon), !headline[si] else { continue }
            let r = ranges[si]
            // ("Lee's verdict? “A disgrace.”", "Her answer? “Never.”": a label of someone's words asked as a question hands on
            // to the quotation after it, as a colon does; the owner of the words speaks.)
            if tokens[colon].punct == UInt8(ascii: "?") {
                if colon - r.lowerBound <= 5, (r.lowerBound..<colon).allSatisfy({ tokens[$0].isWord }),
                   !existing.contains(where: { $0.sentence == si }), !QuoteAttributor.attributedAlready(q.span, existing),
                   let owner = QuoteAttributor.ownerOfWords(tokens, r.lowerBound..<colon) {
                    var a = Attribution(cueStart: colon, cueEnd: colon + 1, verb: QuoteAttributor.impliedSay, subject: owner, sentence: si)
                    a.contents = [q.span]
                    out.append(a)
                }
                continue
            }
            // ("Marvin Rees set out his plans in a speech on Thursday. Here are the key passages: ¶ “...”": a sentence that only
            // presents what follows, "Here is" or "Here are", hands the quotation after it to the subject of the sentence
            // before it in its paragraph, when that is a name or names who speaks.)
            if r.count >= 3, tokens[r.lowerBound].lower == "here", ["is", "are"].contains(tokens[r.lowerBound + 1].lower), si > 0,
               !existing.contains(where: { $0.sentence == si }),
               case let before = ranges[si - 1], !before.isEmpty,
               QuoteAttributor.paragraphIndex(paragraphs, tokens[before.lowerBound].start) == QuoteAttributor.paragraphIndex(paragraphs, tokens[colon].start),
               let subject = sentenceSubject(tokens, before), QuoteLexicon.pronouns[tokens[subject.upperBound - 1]] == nil,
               tokens[subject.upperBound - 1].capitalized || namesSpeaker(QuoteAttributor.bare(tokens[subject.upperBound - 1].lower)) {
                var a = Attribution(cueStart: colon, cueEnd: colon + 1, verb: QuoteAttributor.impliedSay, subject: subject, sentence: si)
                a.contents = [q.span]
                out.append(a)
                continue
            }
            // ("Partial transcript as follows:" ends a paragraph; the next one has its own labels.)
            if paragraphs.indices.contains(q.paragraph), tokens[colon].start < paragraphs[q.paragraph].start { continue }
            // (A cue of its own decides: "Trump said:" is a cue already.)
            if existing.contains(where: { $0.sentence == si }) { continue }
            // ("Q&A: ‘I never planned to be a chef’": an interview's announcement, whose "Q" is no one's name.)
            if r.lowerBound + 1 < colon, tokens[r.lowerBound].lower == "q", tokens[r.lowerBound + 1].punct == UInt8(ascii: "&") { continue }
            // ("The message from Tom Lee was clear: “...”": the one the words named came from speaks.)
            if let from = QuoteAttributor.wordsFromSpeaker(tokens, r, colon: colon) {
                var a = Attribution(cueStart: colon, cueEnd: colon + 1, verb: QuoteAttributor.impliedSay, subject: from, sentence: si)
                a.contents = [q.span]
                out.append(a)
                continue
            }
            // ("Vasquez was blunt: “...”", and a bare label: "Minister: “We will not resign”", not
            // "Update: “...”" or "Monday: “...”".)
            // ("One MP's verdict: “...”", "The mayor's response: “...”": a label of someone's words names their owner.)
            let labelOwner = colon - r.lowerBound <= 5 && (r.lowerBound..<colon).allSatisfy({ tokens[$0].isWord })
                ? QuoteAttributor.ownerOfWords(tokens, r.lowerBound..<colon) : nil
            guard let subject = labelOwner ?? sentenceSubject(tokens, r), subject.upperBound < colon
                    || subject.upperBound == colon && !QuoteAttributor.editorialLabels.contains(QuoteAttributor.bare(tokens[colon - 1].lower))
                        && !QuoteLexicon.calendarWords.contains(QuoteAttributor.bare(tokens[colon - 1].lower)),
                  // ("Added to the list: “Milk”": a verb opening the sentence is no subject.)
                  !(subject.count == 1 && lexicon.isReportingVerb(tokens[subject.lowerBound])),
                  // ("Floods: ‘We lost everything’", "Brexit: ‘...’": a bare label is a topic unless it names someone: a role,
                  // a group or body, a first name, or a name the article knows.)
                  subject.upperBound < colon || labelNamesSpeaker(tokens, subject, table),
                  // ("Rahman's memoir begins with a sentence her mother used to repeat: “...”": an "-s" word before a
                  // preposition or an article, which names no one who speaks and no text, is a verb the subject reader
                  // ran into; "The piece used ...:" keeps its subject.)
                  !endsInPresentVerb(tokens, subject, r) else { continue }
            // ("The chancellor's message was simple: “...”", "Her answer was blunt: “...”": the owner of the words named speaks.)
            let speaker = QuoteAttributor.ownerOfWords(tokens, subject) ?? subject
            var a = Attribution(cueStart: colon, cueEnd: colon + 1,
                                verb: QuoteAttributor.impliedSay,
                                subject: speaker, sentence: si)
            a.contents = [q.span]
            out.append(a)
        }
        return out
    }

    /// "The message from Tom Lee was clear:", "The reaction from the union was swift:", "The verdict of one MP was blunt:":
    /// an article, a noun for words or a verdict, "from" or "of", a phrase of up to six words, "was" or "is" and one or two
    /// words before the colon. The phrase after "from" or "of", or nil.
    static func wordsFromSpeaker(_ tokens: Tokens, _ r: Range<Int>, colon: Int) -> Range<Int>? {
        let a = r.lowerBound
        guard colon - a >= 6, articles.contains(tokens[a]), verdictNouns.contains(tokens[a + 1]),
              tokens[a + 2].lower == "from" || tokens[a + 2].lower == "of",
              let copula = scanRange(from: a + 4, upTo: min(colon, a + 10)).first(where: { tokens[$0].lower == "was" || tokens[$0].lower == "is" }),
              colon - copula <= 3, colon - copula >= 2,
              (a + 3..<copula).allSatisfy({ tokens[$0].isWord }), (copula + 1..<colon).allSatisfy({ tokens[$0].isWord }) else { return nil }
        return (a + 3)..<copula
    }

    /// "The chancellor's message", "Her answer", "One MP's verdict": the owner of the words a subject ending in a noun for
    /// words or a verdict after a possessive names, or nil.
    static func ownerOfWords(_ tokens: Tokens, _ subject: Range<Int>) -> Range<Int>? {
        guard subject.count >= 2, verdictNouns.contains(tokens[subject.upperBound - 1]),
              case let owner = tokens[subject.upperBound - 2], owner.lower.endsWith("'s") || possessivePronouns[owner] != nil else { return nil }
        return subject.lowerBound..<(subject.upperBound - 1)
    }

    /// Whether a subject read up to its verb ran into a present verb: its last word is a lower-case "-s" word before a
    /// preposition or an article, and names no one who speaks (a role, group, body or person noun) and no text.
    func endsInPresentVerb(_ tokens: Tokens, _ subject: Range<Int>, _ r: Range<Int>) -> Bool {
        let head = tokens[subject.upperBound - 1]
        guard subject.count > 1, subject.upperBound < r.upperBound, head.isWord, !head.capitalized, head.lower.looksPlural,
              QuoteAttributor.purePrepositions.contains(tokens[subject.upperBound])
                || QuoteAttributor.articles.contains(tokens[subject.upperBound]) else { return false }
        return !speakerLabelHead(head) && !QuoteAttributor.textNouns.contains(head) && !lexicon.bodies.any.contains(QuoteAttributor.bare(head.lower))
    }

    /// Whether a bare label before a colon can name who speaks: its last word is a role, a group, a body or a
    /// person noun, its first is a first name, or its words are a name found in the article.
    func labelNamesSpeaker(_ tokens: Tokens, _ label: Range<Int>, _ table: EntityTable) -> Bool {
        guard !QuoteAttributor.namesWeatherSystem(tokens, label) else { return false }
        return speakerLabelHead(tokens[label.upperBound - 1]) || lexicon.firstName(tokens[label.lowerBound]) != nil
            || table.find(label.map { QuoteAttributor.bare(tokens[$0].lower) }) != nil
    }

    /// Whether a label is a storm's name, which is a story's topic and never speaks, though "Storm Agnes" holds a
    /// first name and the story names it again: "Storm Agnes: thousands without power", "Storm Agnes: “...”".
    static func namesWeatherSystem(_ tokens: Tokens, _ label: Range<Int>) -> Bool {
        !label.isEmpty && weatherSystemNouns.contains(tokens[label.lowerBound])
    }

    /// Attributions for a quotation that is a sentence of its own in a paragraph without cues, right
    /// after a sentence whose subject is a name: "Sen. Bernie Sanders identified young voters'
    /// exhaustion as a reason. “The younger people are sick and tired of discrimination.”"
    func subjectIntroductions(_ tokens: Tokens, _ ranges: [Range<Int>], headline: [Bool], quoted: [QuotedSpan],
                              paragraphs: [TextSpan], existing: [Attribution]) -> [Attribution] {
        var out: [Attribution] = []
        var si = 0
        // Paragraphs holding a cue, found once (a long document has many of both).
        var cued = [Bool](repeating: false, count: paragraphs.count)
        for a in existing { if let p = QuoteAttributor.paragraphIndex(paragraphs, tokens[a.cueStart].start) { cued[p] = true } }
        var cueStarts: [Int]? = nil
        // A cue starts after `offset` and before `end`.
        func cueFollows(_ offset: Int, before end: Int) -> Bool {
            if cueStarts == nil { cueStarts = existing.map { tokens[$0.cueStart].start }.sorted() }
            guard let starts = cueStarts else { return false }
            let k = starts.partitionPoint { $0 > offset }
            return k < starts.count && starts[k] < end
        }
        for q in quoted where !q.continued && q.looksLikeSpeech {
            guard let qt = QuoteAttributor.firstToken(tokens, startingAtOrAfter: q.span.start) else { continue }
            while si < ranges.count, ranges[si].upperBound <= qt { si += 1 }
            guard si > 0, si < ranges.count, ranges[si].lowerBound == qt, !headline[si - 1],
                  let p = QuoteAttributor.paragraphIndex(paragraphs, tokens[qt].start),
                  let prev = ranges[si - 1].first else { continue }
            // ("Professor David Lin did not hold back when he presented it. ¶ “For twenty years ...": or the
            // last sentence of the paragraph before, when the quotation opens its own and neither holds a cue.)
            let sameParagraph = paragraphs[p].contains(tokens[prev].span)
            guard sameParagraph || p > 0 && paragraphs[p - 1].contains(tokens[prev].span) && !cued[p - 1]
                    && tokens[qt].start <= paragraphs[p].start + 3 else { continue }
            // ("What’s changed for rent increases? ¶ “Rent can only go up ...”": a question is asked of the one who
            // answers; its subject does not speak the answer.)
            if let last = ranges[si - 1].last, tokens[last].punct == UInt8(ascii: "?") { continue }
            // (Not a word inside a quotation: "“Stay inside. Stay away ...,” the signs flashed.")
            // ("The senator spoke for nearly an hour. “I came to ...”": or a role with "the".)
            // ("On the defeat in Berlin, he was candid. “We were second best.”": in the same paragraph, "he" or
            // "she", which names the person it stands for.)
            guard let subject = sentenceSubject(tokens, ranges[si - 1]),
                  case let personal = sameParagraph && subject.count == 1 && QuoteAttributor.personalPronouns.contains(tokens[subject.lowerBound]),
                  tokens[subject.upperBound - 1].capitalized || personal
                    || subject.count == 2 && tokens[subject.lowerBound].lower == "the" && lexicon.titles[tokens[subject.upperBound - 1]] != nil,
                  QuoteLexicon.pronouns[tokens[subject.upperBound - 1]] == nil || personal,
                  lexicon.groups[QuoteAttributor.bare(tokens[subject.upperBound - 1].lower)] == nil,
                  QuoteAttributor.overlapping(quoted, tokens[subject.lowerBound].span).isEmpty else { continue }
            // (A cue anywhere in the paragraph decides who speaks; but a gesture of the subject's right before the quotation
            // shows who speaks it: "One mother complained ... Ashdown shrugs. “...”", "Lind laughs when I repeat this. “...”".
            // Not when a cue follows: "Scott bristles at the suggestion. “...,” he said" has its verb.)
            // (The cues' starts sorted once, when first needed, and searched: a scan of them all for each quotation made a
            // record of 50,000 such paragraphs' sentences quadratic.)
            if cued[p], !(sameParagraph && subject.upperBound < ranges[si - 1].upperBound
                          && QuoteAttributor.gestureVerbs.contains(tokens[subject.upperBound])
                          && !cueFollows(tokens[qt].start, before: paragraphs[p].end)) { continue }
            // (Across paragraphs, only a sentence whose verb follows its subject: not a caption, "Getty/Instagram.",
            // nor a list's item, "Fill in the gaps in his policy.")
            if !sameParagraph {
                // (Past the comma closing an appositive name: "The report's author, Professor David Lin, did".)
                let v = subject.upperBound < ranges[si - 1].upperBound && tokens[subject.upperBound].punct == UInt8(ascii: ",")
                    ? subject.upperBound + 1 : subject.upperBound
                guard v < ranges[si - 1].upperBound, ranges[si - 1].count >= 6, tokens[v].isWord, !tokens[v].capitalized,
                      QuoteAttributor.startsPredicate(tokens[v]) || QuoteAttributor.looksLikeVerb(tokens[v])
                        || QuoteAttributor.finiteAuxiliaries.contains(tokens[v]) else { continue }
            }
            var a = Attribution(cueStart: qt, cueEnd: qt + 1,
                                verb: QuoteAttributor.impliedSay,
                                subject: subject, sentence: si - 1)
            a.contents = [q.span]
            a.implicit = true
            out.append(a)
        }
        return out
    }

    /// The attribution of a quotation opening the first line, a headline without a stop, before a colon: the subject of
    /// the clause after it speaks. "'We will not back down': nurses vote to strike", "“It is a betrayal”: Tory MPs turn on
    /// minister". The subject runs over capitalised words, determiners and nouns for speakers, and a lower-case word, its
    /// verb, follows; a phrase that names no one speaks nothing ("'Cheap at twice the price': the rise of ...").
    /// (Not words a later quotation holds: the story gives them to their speaker, `speakersFromEchoes`.)
    func headlineQuotation(_ tokens: Tokens, _ ranges: [Range<Int>], quoted: [QuotedSpan], existing: [Attribution],
                           _ utf8: [UInt8]) -> Attribution? {
        guard let r = ranges.first, r.count > 4, QuoteAttributor.endsWithoutStop(tokens, r),
              QuoteAttributor.opensQuotation(tokens[r.lowerBound]),
              let q = quoted.first(where: { $0.span.start == tokens[r.lowerBound].start }),
              let after = QuoteAttributor.firstToken(tokens, startingAtOrAfter: q.span.end), after + 2 < r.upperBound,
              tokens[after].punct == UInt8(ascii: ":"),
              !QuoteAttributor.attributedAlready(q.span, existing)
        else { return nil }
        if QuoteAttributor.echoedLater(q, quoted, utf8) { return nil }
        var e = after + 1
        // ("Nadia J. Karim on her debut", "Dr. Nadia Karim on ...": an initial's or a title's point before the rest of the
        // name is inside it, and no word of the count.)
        var points = 0
        while e < r.upperBound, e - after - points <= 4 {
            if tokens[e].isWord, tokens[e].capitalized || QuoteLexicon.determiners.contains(tokens[e])
                || namesSpeaker(QuoteAttributor.bare(tokens[e].lower)) {
                e += 1
            } else if e > after + 1, e + 1 < r.upperBound, isPointInsideName(tokens, e) {
                points += 1
                e += 1
            } else {
                break
            }
        }
        // ("'I still get stage fright': Adele on her return to live shows": "on" and a topic after a name that speaks in
        // the story; not "'Cheap at twice the price': Rome on a budget".)
        guard e > after + 1, e < r.upperBound, tokens[e].isWord, !tokens[e].capitalized,
              !QuoteAttributor.prepositions.contains(tokens[e])
                || tokens[e].lower == "on" && QuoteAttributor.speaksInStory(tokens, (after + 1)..<e, existing),
              !QuoteLexicon.determiners.contains(tokens[e - 1]),
              // (A relative clause makes the line a label, "'I never wanted to be famous': the novelist who hid for 20 years",
              // whose quotation the story gives to its speaker later.)
              !ContentBoundary.relatives.contains(tokens[e]), tokens[e].lower != "that",
              case let head = tokens[e - 1], head.capitalized || namesSpeaker(QuoteAttributor.bare(head.lower)) else { return nil }
        var a = Attribution(cueStart: after, cueEnd: after + 1, verb: QuoteAttributor.impliedSay, subject: (after + 1)..<e, sentence: 0)
        a.contents = [q.span]
        a.implicit = true
        return a
    }

    /// The attribution of a quotation that closes the first line, a headline without a stop, after a name and a colon:
    /// "Adele: 'I still get stage fright'". The name speaks when it names a speaker of the story ("Adele has said ..."); a
    /// topic never does ("Brexit: 'We will not back down'"). (Not words a later quotation holds, as above.)
    func headlineNameQuotation(_ tokens: Tokens, _ ranges: [Range<Int>], quoted: [QuotedSpan], existing: [Attribution],
                               _ utf8: [UInt8]) -> Attribution? {
        guard let r = ranges.first, r.count > 3, QuoteAttributor.endsWithoutStop(tokens, r),
              let colon = scanRange(from: r.lowerBound + 1, upTo: min(r.upperBound - 1, r.lowerBound + 5)).first(where: { !tokens[$0].isWord }),
              tokens[colon].punct == UInt8(ascii: ":"), QuoteAttributor.opensQuotation(tokens[colon + 1]),
              (r.lowerBound..<colon).allSatisfy({ tokens[$0].isWord && tokens[$0].capitalized }),
              let q = quoted.first(where: { $0.span.start == tokens[colon + 1].start }), q.span.end >= tokens[r.upperBound - 1].end,
              !QuoteAttributor.attributedAlready(q.span, existing),
              QuoteAttributor.speaksInStory(tokens, r.lowerBound..<colon, existing), !QuoteAttributor.echoedLater(q, quoted, utf8)
        else { return nil }
        var a = Attribution(cueStart: colon, cueEnd: colon + 1, verb: QuoteAttributor.impliedSay, subject: r.lowerBound..<colon, sentence: 0)
        a.contents = [q.span]
        a.implicit = true
        return a
    }

    /// Some attribution in `existing` already holds words of `span`.
    static func attributedAlready(_ span: TextSpan, _ existing: [Attribution]) -> Bool {
        existing.contains(where: { a in a.contents.contains(where: { $0.start < span.end && span.start < $0.end }) })
    }

    /// The words of quotation `q` stand in one of the quotations after it (within `echoReach`): the story gives them to
    /// their speaker there.
    static func echoedLater(_ q: QuotedSpan, _ quoted: [QuotedSpan], _ utf8: [UInt8]) -> Bool {
        let words = folded(utf8, q.span)
        guard let i = quoted.firstIndex(where: { $0.span.start >= q.span.end }) else { return false }
        return quoted[i..<min(quoted.count, i + echoReach)].contains(where: {
            ByteSearch.firstIndex(of: words, in: folded(utf8, $0.span)) != nil })
    }

    /// A capitalised word of `name` is a word of the subject of an attribution after the first line: the name speaks in
    /// the story.
    static func speaksInStory(_ tokens: Tokens, _ name: Range<Int>, _ existing: [Attribution]) -> Bool {
        existing.contains { a in
            guard a.sentence > 0, let s = a.subject else { return false }
            return s.contains(where: { j in tokens[j].isWord && tokens[j].capitalized
                && name.contains(where: { tokens[$0].capitalized && tokens[$0].lower == tokens[j].lower }) })
        }
    }

    /// A paragraph closing on a colon after a speech noun introduces the next paragraph's speech:
    /// "Sanders made the following comment:", "this statement by Trump on June 11:". The speaker
    /// is the name after "by", or else the sentence's subject when it is a name.
    func nounIntroductions(_ tokens: Tokens, _ ranges: [Range<Int>], headline: [Bool], paragraphs: [TextSpan],
                           existing: [Attribution]) -> [Attribution] {
        var out: [Attribution] = []
        var attributed = [Bool](repeating: false, count: ranges.count)
        for a in existing where attributed.indices.contains(a.sentence) { attributed[a.sentence] = true }
        for (si, r) in ranges.enumerated() where !headline[si] && r.count > 2 {
            let colon = r.upperBound - 1
            guard tokens[colon].punct == UInt8(ascii: ":"),
                  let p = QuoteAttributor.paragraphIndex(paragraphs, tokens[colon].start),
                  !QuoteAttributor.wordFollows(tokens, colon, before: paragraphs[p].end),
                  !attributed[si],
                  let noun = (r.lowerBound..<colon).last(where: { QuoteAttributor.introducingNouns.contains(tokens[$0]) }) else { continue }
            var subject: Range<Int>? = nil
            if noun + 2 < colon, tokens[noun + 1].lower == "by", tokens[noun + 2].capitalized {
                var e = noun + 2
                while e < colon, tokens[e].isWord, tokens[e].capitalized { e += 1 }
                subject = (noun + 2)..<e
            } else if let np = sentenceSubject(tokens, r), np.upperBound <= noun, QuoteLexicon.pronouns[tokens[np.upperBound - 1]] == nil,
                      // ("The mayor, Rosa Delgado, read a statement:": or a role, a group or a body's noun.)
                      tokens[np.upperBound - 1].capitalized || namesSpeaker(QuoteAttributor.bare(tokens[np.upperBound - 1].lower)) {
                subject = np
            }
            guard let subject else { continue }
            var a = Attribution(cueStart: noun, cueEnd: noun + 1,
                                verb: QuoteAttributor.impliedSay,
                                subject: subject, sentence: si)
            a.introducesNext = true
            a.implicit = true
            out.append(a)
        }
        return out
    }

    /// A word comes after token `i` and ends by `end`. (Stops at the first word: a one-sentence text of
    /// megabytes read to its end for every colon.)
    static func wordFollows(_ tokens: Tokens, _ i: Int, before end: Int) -> Bool {
        var k = i + 1
        while k < tokens.count, tokens[k].end <= end {
            if tokens[k].isWord { return true }
            k += 1
        }
        return false
    }

    /// The paragraph after "The governor added:" as that speaker's quotation.
    func blockQuotes(_ tokens: Tokens, _ attributions: [Attribution], _ quoted: [QuotedSpan], _ paragraphs: [TextSpan],
                     _ utf8: [UInt8]) -> [Quote] {
        var quotes: [Quote] = []
        guard attributions.contains(where: \.introducesNext) else { return [] }
        // Paragraphs with a quotation, and paragraphs with a cue, found once: asking every quotation and
        // every cue for each introduction made a long record of them quadratic.
        var hasQuotation = [Bool](repeating: false, count: paragraphs.count)
        for q in quoted where hasQuotation.indices.contains(q.paragraph) { hasQuotation[q.paragraph] = true }
        var hasCue = [Bool](repeating: false, count: paragraphs.count)
        for c in attributions {
            let span = tokens[c.cueStart].span
            if let p = QuoteAttributor.paragraphIndex(paragraphs, span.start), paragraphs[p].contains(span) { hasCue[p] = true }
        }
        for a in attributions where a.introducesNext {
            guard let speaker = a.speaker else { continue }
            guard let p = QuoteAttributor.paragraphIndex(paragraphs, tokens[a.cueStart].start), p + 1 < paragraphs.count else { continue }
            let next = paragraphs[p + 1]
            // A quotation there is attributed on its own; a heading or a one-word line is not speech.
            // So is a paragraph with cues of its own.
            if hasQuotation[p + 1] || hasCue[p + 1] { continue }
            var end = next.end
            while end > next.start, utf8[end - 1] == 0x20 || utf8[end - 1] == 0x0A { end -= 1 }
            guard let first = QuoteAttributor.firstToken(tokens, startingAtOrAfter: next.start), tokens[first].start < end else { continue }
            let words = tokens[first...].prefix(while: { $0.end <= end }).filter(\.isWord).count
            guard words >= 4 else { continue }
            quotes.append(Quote(id: "", span: TextSpan(start: tokens[first].start, end: end), kind: .indirect, speaker: speaker, cue: a.implicit ? nil : a.cue(tokens)))
        }
        return quotes
    }
}
