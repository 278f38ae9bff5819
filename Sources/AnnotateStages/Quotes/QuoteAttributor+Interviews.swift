import AnnotateCore

/// Interviews: answers given in the interviewee's own words, with "Q:"/"A:" labels or as paragraphs
/// after a question paragraph.
extension QuoteAttributor {
    /// The answers of an interview written as "Q: ..." and "A: ..." paragraphs (or "Q." and "A."), as
    /// the words of the first person named before the first question. Nothing without both a question
    /// and an answer, or without a person named first.
    func interviewAnswers(_ tokens: Tokens, ranges: [Range<Int>], paragraphs: [TextSpan], utf8: [UInt8], table: EntityTable) -> [Attribution] {
        // Each paragraph's opening label, Q or A, with the label's last token.
        var labels: [(kind: UInt8, label: Int, para: TextSpan)] = []
        for para in paragraphs {
            // (Most paragraphs open with neither letter: skip them before any search.)
            var b = para.start
            while b < para.end, b - para.start < 4, utf8[b] == 0x20 || utf8[b] == 0x09 { b += 1 }
            guard b < para.end, utf8[b] == UInt8(ascii: "Q") || utf8[b] == UInt8(ascii: "A") else { continue }
            guard let a = QuoteAttributor.firstToken(tokens, startingAtOrAfter: para.start), a + 2 < tokens.count, tokens[a].start < para.end,
                  tokens[a].end - tokens[a].start == 1, tokens[a + 1].punct == UInt8(ascii: ":") || tokens[a + 1].punct == UInt8(ascii: "."),
                  tokens[a + 2].start < para.end else { continue }
            let letter = utf8[tokens[a].start]
            if letter == UInt8(ascii: "Q") || letter == UInt8(ascii: "A") { labels.append((letter, a + 1, para)) }
        }
        guard let firstQuestion = labels.first(where: { $0.kind == UInt8(ascii: "Q") }),
              labels.contains(where: { $0.kind == UInt8(ascii: "A") }),
              let interviewee = interviewee(tokens, table, ranges: ranges, before: firstQuestion.para.start) else { return [] }
        return labels.filter { $0.kind == UInt8(ascii: "A") }.compactMap { answer in
            var end = answer.para.end
            while end > tokens[answer.label + 1].start, utf8[end - 1] == 0x20 || utf8[end - 1] == 0x0A { end -= 1 }
            guard let sentence = QuoteAttributor.sentence(of: answer.label, ranges) else { return nil }
            var a = Attribution(cueStart: answer.label - 1, cueEnd: answer.label + 1, verb: QuoteAttributor.impliedAnswer,
                                subject: interviewee, sentence: sentence)
            a.contents = [TextSpan(start: tokens[answer.label + 1].start, end: end)]
            a.verbatim = true
            return a
        }
    }

    /// "How much has the glacier changed?" on a line of its own, then the answer: a Q&A without labels.
    /// Each paragraph between a question paragraph and the next is the answer, spoken by the first person
    /// named before the first question. Only when the shape is unmistakable: at least three question
    /// paragraphs (one or two short sentences ending in "?"), two of them addressing "you", each followed by
    /// an answer of at most five paragraphs, and most answers in the first person. An essay's
    /// rhetorical questions close longer paragraphs and rarely address the reader in a row.
    func unlabelledAnswers(_ tokens: Tokens, ranges: [Range<Int>], paragraphs: [TextSpan], utf8: [UInt8], table: EntityTable) -> [Attribution] {
        func lastByte(_ p: TextSpan) -> UInt8? {
            var e = p.end
            while e > p.start, utf8[e - 1] == 0x20 || utf8[e - 1] == 0x0A || utf8[e - 1] == 0x0D || utf8[e - 1] == 0x09 { e -= 1 }
            return e > p.start ? utf8[e - 1] : nil
        }
        // (Most documents have fewer than two paragraphs ending in "?": nothing more to read.)
        guard paragraphs.lazy.filter({ lastByte($0) == UInt8(ascii: "?") }).prefix(2).count == 2 else { return [] }
        // Token ranges of the paragraphs (first and end token).
        var spans: [Range<Int>] = []
        var t = 0
        for p in paragraphs {
            while t < tokens.count, tokens[t].start < p.start { t += 1 }
            var e = t
            while e < tokens.count, tokens[e].start < p.end { e += 1 }
            spans.append(t..<e)
            t = e
        }
        // (One or two sentences, at most 40 tokens: an essay's paragraph that ends in a rhetorical question
        // is longer. "Your students call you “the ice accountant.” Do you mind?" is a question too.)
        let isQuestion = paragraphs.indices.map { i in
            lastByte(paragraphs[i]) == UInt8(ascii: "?") && !spans[i].isEmpty && spans[i].count <= 40 && !tokens[spans[i].lowerBound].isQuoteMark
                && QuoteAttributor.sentenceCount(over: spans[i], ranges, upTo: 3) <= 2
        }
        let questions = paragraphs.indices.filter { isQuestion[$0] }
        // A paragraph that is one quotation and nothing else: someone's words, with no one named.
        func whollyQuoted(_ p: Int) -> Bool {
            spans[p].count >= 3 && QuoteAttributor.opensQuotation(tokens[spans[p].lowerBound]) && tokens[spans[p].upperBound - 1].isQuoteMark
                && !spans[p].dropFirst().dropLast().contains { tokens[$0].isQuoteMark }
        }
        // ("What will change first?" and a paragraph in quotation marks, twice: answers in marks are speech
        // already, so two such questions are shape enough, and they need not say "you".)
        let quotedAnswers = questions.count >= 2 && questions.allSatisfy { q in q + 1 < paragraphs.count && whollyQuoted(q + 1) }
        guard questions.count >= 3 || quotedAnswers, let firstQ = questions.first else { return [] }
        // The interviewer speaks to the interviewee: "you" in at least two questions, unless the headline
        // says what follows ("Q&A: The librarian who ...").
        let addressee: WordSet = ["you", "your", "you're", "you've"]
        guard quotedAnswers || QuoteAttributor.announcesQA(utf8, paragraphs[0])
                || questions.filter({ q in spans[q].contains { addressee.contains(tokens[$0]) } }).count >= 2 else { return [] }
        // A paragraph that reports speech ("said", "says") with no first or second person outside quotation marks:
        // the writer's narration, not the interviewee talking on. ("jokes that are told in a back room ... what you
        // see" is talk.)
        let firstPerson: WordSet = ["i", "we", "my", "our", "me", "us"]
        let talking = firstPerson.union(["you", "your"])
        func reportsSpeech(_ p: Int) -> Bool {
            var quoted = false, reports = false
            for k in spans[p] {
                if tokens[k].isQuoteMark, case .quoteMark(let m) = tokens[k].kind, m != .straightSingle && m != .rightSingle {
                    // (A straight mark opens and closes alike: each one turns the quotation on or off.)
                    quoted = m == .straightDouble ? !quoted : QuoteAttributor.opensQuotation(tokens[k])
                } else if !quoted {
                    if talking.contains(tokens[k]) { return false }
                    if tokens[k].lower == "said" || tokens[k].lower == "says" { reports = true }
                }
            }
            return reports
        }
        // ("This interview has been edited for length and clarity.", "Answers have been condensed.": the publisher's
        // note on the interview, which closes it; no answer of the interviewee's.)
        func editorsNote(_ p: Int) -> Bool {
            guard spans[p].count <= 30, !spans[p].contains(where: { firstPerson.contains(tokens[$0]) }) else { return false }
            return spans[p].contains { k in
                (tokens[k].lower == "edited" || tokens[k].lower == "condensed")
                    && (max(spans[p].lowerBound, k - 3)..<k).contains { tokens[$0].lower == "been" }
            }
        }
        var answers: [(question: Int, paragraph: Int)] = []
        for (n, q) in questions.enumerated() {
            let next = n + 1 < questions.count ? questions[n + 1] : paragraphs.count
            // (A question without an answer, or an answer running on for pages: not this shape.)
            guard q + 1 < next, next - q <= 5 || n + 1 == questions.count else { return [] }
            for p in q + 1..<min(next, q + 6) where !spans[p].isEmpty {
                if editorsNote(p) { break }
                // (Answers in marks end at the first paragraph out of them: the writer's own again.)
                if quotedAnswers, !whollyQuoted(p) { break }
                // (After its first paragraph, an answer ends where the writer reports someone's words again. A long
                // question addressing the interviewee, "In an interview with ..., X said ... Do your writers have
                // rules?", is the interviewer's, and the answer goes on after it.)
                if p > q + 1, lastByte(paragraphs[p]) == UInt8(ascii: "?"), spans[p].contains(where: { addressee.contains(tokens[$0]) }) { continue }
                if p > q + 1, reportsSpeech(p) { break }
                // ("“Because they are cheap,” she says. “And because ...”": a first paragraph whose quotations the writer
                // attributes has its speaker already; it is no unlabelled answer around them.)
                if p == q + 1, reportsSpeech(p), spans[p].contains(where: { tokens[$0].isQuoteMark }) { continue }
                answers.append((q, p))
            }
        }
        let personal = Set(answers.filter { a in whollyQuoted(a.paragraph) || spans[a.paragraph].contains { firstPerson.contains(tokens[$0]) } }
            .map(\.question))
        guard let interviewee = interviewee(tokens, table, ranges: ranges, before: paragraphs[firstQ].start) else { return [] }
        // ("We asked Dr Sandra Wachter, a professor ..., what it means.": the writer says whose answers follow, so they
        // are the interviewee's even when most are impersonal, "It sorts AI systems by risk.")
        // (Up to three tokens before the name: "asked", then at most a title, "Dr".)
        let asked = (max(1, interviewee.lowerBound - 3)..<max(1, interviewee.lowerBound)).contains { j in
            tokens[j].lower == "asked" && (tokens[j - 1].lower == "we" || tokens[j - 1].lower == "i")
                && (j + 1..<interviewee.lowerBound).allSatisfy { tokens[$0].isWord && tokens[$0].capitalized }
        }
        // ("Professor Amara Oduya has spent 20 years ... We spoke to her about it.": so does the writer's "we spoke to" or
        // "talked to" with a pronoun for the interviewee, between the name and the first question.)
        let spokeTo = !asked && (interviewee.upperBound..<max(interviewee.upperBound, spans[firstQ].lowerBound)).contains { j in
            j + 3 < tokens.count && (tokens[j].lower == "we" || tokens[j].lower == "i")
                && (tokens[j + 1].lower == "spoke" || tokens[j + 1].lower == "talked") && (tokens[j + 2].lower == "to" || tokens[j + 2].lower == "with")
                && QuoteAttributor.personalObjects.contains(tokens[j + 3])
        }
        guard personal.count * 2 >= questions.count || asked || spokeTo else { return [] }
        return answers.compactMap { a in
            let body = spans[a.paragraph], question = spans[a.question]
            guard let sentence = QuoteAttributor.sentence(of: body.lowerBound, ranges) else { return nil }
            var end = paragraphs[a.paragraph].end
            while end > tokens[body.lowerBound].start, utf8[end - 1] == 0x20 || utf8[end - 1] == 0x0A || utf8[end - 1] == 0x0D { end -= 1 }
            // The cue is the question the answer replies to.
            var attribution = Attribution(cueStart: question.lowerBound, cueEnd: question.upperBound, verb: QuoteAttributor.impliedAnswer,
                                          subject: interviewee, sentence: sentence)
            attribution.contents = [TextSpan(start: tokens[body.lowerBound].start, end: end)]
            attribution.verbatim = true
            return attribution
        }
    }

    /// The paragraph (a headline) opens with "Q&A", "Q & A" or "Interview:".
    static func announcesQA(_ utf8: [UInt8], _ p: TextSpan) -> Bool {
        var b = p.start
        while b < p.end, utf8[b] == 0x20 || utf8[b] == 0x0A || utf8[b] == 0x0D || utf8[b] == 0x09 { b += 1 }
        // ("Interview: the composer who writes for robots" announces one too.)
        if ["Q&A", "Q & A", "Interview:", "INTERVIEW:"].contains(where: { label in
            b + label.utf8.count <= p.end && utf8[b..<(b + label.utf8.count)].elementsEqual(label.utf8)
        }) { return true }
        // ("'I never wanted to be famous': a conversation with novelist Ruth Okafor", "... — an interview with ...": or says
        // so anywhere in a short headline, 200 bytes at most; a long first paragraph is a story's opening, not a headline.)
        guard p.end - b <= 200 else { return false }
        let lowered = utf8[b..<p.end].map { ByteClass.lower($0) }
        return QuoteAttributor.interviewAnnouncements.contains { ByteSearch.firstIndex(of: $0, in: lowered) != nil }
    }

    /// Phrases by which a headline names the interview it stands over, matched in lower case.
    static let interviewAnnouncements: [[UInt8]] = ["a conversation with", "an interview with", "in conversation with"].map { Array($0.utf8) }

    /// "an interview with the chancellor", before `offset`: "the", up to two lower-case modifiers and a role.
    @inline(never)
    func intervieweeRole(_ tokens: Tokens, before offset: Int) -> Range<Int>? {
        for j in tokens.indices.dropLast(3) where tokens[j].start < offset && tokens[j + 1].lower == "with"
            && (tokens[j].lower == "interview" || tokens[j].lower == "conversation") && tokens[j + 2].lower == "the" {
            var k = j + 3
            while k < tokens.count, k - (j + 3) < 3, tokens[k].isWord, !tokens[k].capitalized {
                if lexicon.titles[tokens[k]] != nil, k + 1 >= tokens.count || !(tokens[k + 1].isWord && !tokens[k + 1].capitalized) {
                    return (j + 2)..<(k + 1)
                }
                k += 1
            }
        }
        return nil
    }

    /// The tokens of the first person named before `offset`, who answers an interview's questions; or,
    /// when no one is named before, the person an "interview with" names anywhere ("This interview with
    /// Dennis Clark has been edited for length.", the editor's note that often closes a Q&A); or else the
    /// role an "interview with the ..." names.
    func interviewee(_ tokens: Tokens, _ table: EntityTable, ranges: [Range<Int>], before offset: Int) -> Range<Int>? {
        // The tokens a mention covers.
        func tokenRange(_ m: TextSpan) -> Range<Int>? {
            guard let s = QuoteAttributor.firstToken(tokens, startingAtOrAfter: m.start) else { return nil }
            var e = s
            while e < tokens.count, tokens[e].end <= m.end { e += 1 }
            return e > s ? s..<e : nil
        }
        // ("Sir Nicholas Serota's successor, Anita Rao,": a name in the possessive is whose someone is, not who answers.)
        // (The mention stops before the "'s" of its last token, which reaches past it.)
        func isPossessive(_ m: TextSpan) -> Bool {
            guard var e = QuoteAttributor.firstToken(tokens, startingAtOrAfter: m.start) else { return false }
            while e + 1 < tokens.count, tokens[e + 1].start < m.end { e += 1 }
            return tokens[e].lower.endsWith("'s")
        }
        let people = table.entities.filter({ $0.kind == .person }).compactMap({ $0.mentions.first(where: { !isPossessive($0) }) })
        var found = people.filter({ $0.start < offset }).min(by: { $0.start < $1.start })
        // ("Ilka Brennan spent eight months walking the Danube.": else a name of two or three words, no person's yet
        // for want of a known first name, that opens a sentence before its verb.)
        if found == nil {
            found = table.entities.indices.filter({ table[$0].kind == .other && (2...3).contains(table.words(of: $0).count) })
                .compactMap({ table[$0].mentions.first }).filter({ m in
                    m.start < offset && tokenRange(m).map { t in
                        QuoteAttributor.sentence(of: t.lowerBound, ranges).map { ranges[$0].lowerBound == t.lowerBound } == true
                            && t.upperBound < tokens.count && QuoteAttributor.looksLikeVerb(tokens[t.upperBound])
                    } ?? false
                }).min(by: { $0.start < $1.start })
        }
        if found == nil {
            for j in tokens.indices.dropLast(2) where tokens[j + 1].lower == "with"
                && (tokens[j].lower == "interview" || tokens[j].lower == "conversation") {
                // (Within a few words: "with former MP Dennis Clark".)
                let after = tokens[j + 1].end, limit = tokens[min(tokens.count - 1, j + 7)].end
                if let m = people.filter({ $0.start > after && $0.start < limit }).min(by: { $0.start < $1.start }) { found = m; break }
            }
        }
        // ("an interview with the chancellor": with no one named, a role right after "with", as "the chancellor".)
        if found == nil, let role = intervieweeRole(tokens, before: offset) { return role }
        return found.flatMap(tokenRange)
    }
}
