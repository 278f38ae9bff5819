/// Where reported content ends inside its sentence.
///
/// "Graham has acknowledged the reality of climate change, which makes him an outlier": the
/// relative clause is the writer's comment on the speaker, not what the speaker said. News prose
/// attaches such comments after a comma, a dash or a semicolon: a non-restrictive relative
/// ("which", "who"), a writer's concession or contrast ("although", "but", "even as"), a
/// participle clause ("arguing ...", "dealing a blow ..."), a second independent clause
/// (", and the downgrade is casting ..."), or an appositive at the end (", the presumed favorite").
/// Commas inside a quotation never end the content.
enum ContentBoundary {
    static let relatives: WordSet = ["which", "who", "whose", "whom", "where"]
    static let writerLinks: WordSet = ["although", "though", "while", "whereas", "when", "even", "despite",
                                           "yet", "but", "as", "unlike", "meanwhile"]
    static let nonParticiples: WordSet = ["nothing", "something", "anything", "everything", "during",
                                              "including", "according", "regarding", "notwithstanding", "thing", "king",
                                              "spring", "string", "bring", "ring", "wing", "sing", "swing"]
    /// A lower-case "-ing" word of five letters or more that is no noun or preposition: a participle ("arguing", "leaving").
    static func opensParticiple(_ t: Token) -> Bool {
        t.isWord && !t.capitalized && t.lower.utf8.count >= 5 && t.lower.endsWith("ing") && !nonParticiples.contains(t)
    }
    static let determiners: WordSet = ["the", "a", "an", "another"]
    static let circumstances: WordSet = ["during", "while", "until", "amid"]
    /// Nouns of time a "when" after their comma describes: "the second night, when the wind howled".
    static let timesWhenDescribes: WordSet = QuoteAttributor.timeNouns.union(["day", "days", "moment", "time", "hour", "decade", "era",
                                                                               "period", "nights", "years", "weeks", "months"])

    /// A punctuation token that parts a phrase as a dash does: "-", an en or em dash, or another three-byte mark (a
    /// horizontal bar). (Read only for punctuation tokens: a three-letter word is three bytes too.)
    static func isDashLike(_ t: Token) -> Bool { t.isDash || (t.punct == 0 && t.end - t.start == 3) }

    /// The end (exclusive token index) of content running from `start` to at most `end`.
    /// `hasClause` says whether tokens a..<b hold a finite clause.
    static func end(_ tokens: Tokens, from start: Int, to end: Int, hasClause: (Int, Int) -> Bool) -> Int {
        var quoteMarks = 0
        var j = start
        while j < end - 1 {
            let t = tokens[j]
            if case .quoteMark = t.kind {
                // ("that Mills’ and Sameuelson’s immunity was only “partial,” meaning ...": a plural possessive's apostrophe,
                // with no quotation open, neither opens nor closes one.)
                if quoteMarks % 2 == 0, QuoteAttributor.isPluralPossessive(tokens, j) { j += 1; continue }
                quoteMarks += 1
                if quoteMarks % 2 == 0, j > start {
                    // “... a terrible situation,” but stopped short: the comma sits inside the closing mark.
                    if tokens[j - 1].punct == UInt8(ascii: ","), elaborationStarts(tokens, at: j + 1, end, hasClause: hasClause) { return j + 1 }
                    // "as a “crazy system” during a campaign stop": a circumstance after the quoted words.
                    // (Not "until" with a clause of its own inside reported speech: "had been “entirely peaceful”
                    // until police “waded in.”" is the speaker's; after a quotation that is the whole content so far,
                    // "says, “Don't you do it,” until gunshots are heard", it is the writer's.)
                    if j + 1 < end, circumstances.contains(tokens[j + 1]),
                       !(tokens[j + 1].lower == "until" && !tokens[start].isQuoteMark && hasClause(j + 2, end)) { return j + 1 }
                    // (chanting “Water, not mines!” as they passed the building": a clause of when after a
                    // quotation that is the whole content so far; inside reported speech it may be the speaker's.)
                    // ("chanted “Phase out now!” as delegates left": or a circumstance's clause with a noun for its subject.)
                    // ("She said “No” before leaving the room": or a gerund after one of them.)
                    if quoteMarks == 2, tokens[start].isQuoteMark, j + 2 < end, QuoteAttributor.subordinators.contains(tokens[j + 1]),
                       QuoteAttributor.nominativePronouns.contains(tokens[j + 2])
                        || (QuoteAttributor.circumstanceSubordinators.contains(tokens[j + 1]) || tokens[j + 1].lower == "when")
                            && (hasClause(j + 2, end) || opensParticiple(tokens[j + 2])) { return j + 1 }
                }
                j += 1
                continue
            }
            if j == start { j += 1; continue }
            // Inside an open quotation the speaker's own punctuation is kept.
            guard quoteMarks % 2 == 0, t.kind == .punct else { j += 1; continue }
            if t.punct == UInt8(ascii: ";") { return j }
            guard t.punct == UInt8(ascii: ",") || isDashLike(t) else { j += 1; continue }
            var k = j + 1
            while k < end, tokens[k].kind == .punct, tokens[k].punct == UInt8(ascii: "-") { k += 1 }
            // A phrase set between commas before the content's own helper verb belongs to the content:
            // a relative clause ("Police said the man, who has not been named, was arrested"; not before
            // "said": "..., which makes him an outlier, said Lee" closes with the attribution) or a short
            // concession ("said the fine, while large, was unlikely to ...").
            var close: Int? = nil
            if t.punct == UInt8(ascii: ","), k + 2 < end {
                if relatives.contains(tokens[k]),
                   let c = insertionComma(tokens, after: k, end, within: 25, stops: { $0.punct == UInt8(ascii: ",") || $0.isQuoteMark }) {
                    // ("found that in the three largest counties, which include Leeds and York, voters have been removed":
                    // after a leading phrase with no clause of its own, the relative describes its noun, and the clause
                    // after the relative's comma is the content's own.)
                    // (A phrase of words alone, no helper or subject pronoun: "counties" after "largest" is no verb here.)
                    let leadingPhrase = QuoteAttributor.purePrepositions.contains(tokens[start]) && j - start <= 9
                        && (start + 1..<j).allSatisfy({ (tokens[$0].isWord || tokens[$0].kind == .number) && !QuoteAttributor.clauseMarkers.contains(tokens[$0])
                            && !QuoteAttributor.nominativePronouns.contains(tokens[$0]) && !relatives.contains(tokens[$0]) && tokens[$0].lower != "that" })
                    // ("said the new road, which opened in May, cut journey times": or a finite verb after a subject with no
                    // clause of its own, the content's predicate; "services inflation" holds no helper, past or pronoun, though
                    // "services" may be a verb.)
                    // ("said some landlords might sell up, but that evidence from Scotland, which brought in such rules, suggested
                    // the effect was small": or after a later "that" opening the content's next clause, whose subject holds
                    // no clause of its own.)
                    // (The "that" read within the twelve tokens before the comma, and only when nothing before decides: a
                    // content of thousands of relative clauses would read back to its start at each.)
                    if tokens[c + 1].isWord && QuoteLexicon.auxiliaries.contains(tokens[c + 1]) || leadingPhrase && hasClause(c + 1, end)
                        || objectGoesOn(tokens, after: c, end)
                        || QuoteAttributor.startsPredicate(tokens[c + 1])
                            && (max(start + 1, j - 12)..<j).last(where: { tokens[$0].lower == "that" }).map({ $0 + 1 < j && !hasClause($0 + 1, j) }) == true
                        || QuoteAttributor.startsPredicate(tokens[c + 1]) && (!hasClause(start, j) || (start..<j).allSatisfy({
                            tokens[$0].isWord && !QuoteLexicon.auxiliaries.contains(tokens[$0]) && !QuoteAttributor.isPastVerb(tokens[$0])
                                && !QuoteAttributor.nominativePronouns.contains(tokens[$0]) && !QuoteAttributor.subordinators.contains(tokens[$0])
                                && !(tokens[$0].lower == "that" && $0 > start) })) { close = c }
                } else if QuoteAttributor.pureSubordinators.contains(tokens[k]) {
                    close = insertionEnd(tokens, after: k, end, within: 8, helpers: QuoteAttributor.finiteAuxiliaries, stops: { !$0.isWord })
                } else if tokens[j - 1].capitalized, QuoteAttributor.articles.contains(tokens[k]) {
                    // ("urged Tom Hale, the harbour master, to close the pier", "hit Ruth Ames, a nurse, as she crossed":
                    // a name's appositive before the infinitive, time or circumstance that the content goes on with.)
                    close = insertionEnd(tokens, after: k, end, within: 8, helpers: appositiveContinuations, stops: { !$0.isWord })
                } else if tokens[j - 1].isWord, !tokens[j - 1].capitalized, tokens[k].isWord, tokens[k].capitalized,
                          let c = insertionEnd(tokens, after: k, end, within: 5, helpers: appositiveContinuations, stops: { !$0.isWord }),
                          (k..<c).allSatisfy({ tokens[$0].capitalized }) {
                    // ("plans to employ the first lady, Michelle Obama, as much as possible": a name in apposition to a
                    // common noun, before the words the content goes on with.)
                    close = c
                } else if tokens[j - 1].capitalized, tokens[k].kind == .number {
                    // ("punched Lewis Barry, 24, after an argument": so does a name's age.)
                    close = insertionEnd(tokens, after: k, end, within: 2, helpers: appositiveContinuations, stops: { !$0.isWord })
                }
            }
            // ("said that Trump — even as he says his record qualifies him — has done little": an aside after a subject
            // whose verb comes after it belongs to the content.)
            if close == nil { close = asideBeforeVerb(tokens, from: start, at: j, end, hasClause: hasClause) }
            if let close {
                j = close + 1
                continue
            }
            if elaborationStarts(tokens, at: k, end, hasClause: hasClause), !listOfSubjects(tokens, from: start, comma: j, end, hasClause: hasClause) {
                return j
            }
            // (", after a row over her comments": after a comma, what came before is the writer's time line; between
            // dashes it may be the speaker's aside, "visited him in 2010 – after he was released – to end it".)
            if t.punct == UInt8(ascii: ","), k + 1 < end, tokens[k].lower == "after", tokens[k + 1].isWord { return j }
            j = k
        }
        return end
    }

    /// The last token of an aside opening at the comma or dash `j` (its closing comma or dash), when the content from
    /// `start` is a subject with no verb yet and the words after the aside begin its predicate; nil otherwise.
    /// ("said the mayor, even as she left, was ...", "said that Trump — even as he says ... — has proposed little",
    /// "reports that Hyundai Mobis, the company that supplies the chassis, has filed ...".)
    static func asideBeforeVerb(_ tokens: Tokens, from start: Int, at j: Int, _ end: Int, hasClause: (Int, Int) -> Bool) -> Int? {
        let dash = isDashLike(tokens[j])
        guard j > start, tokens[j - 1].isWord else { return nil }
        var k = j + 1
        while k < end, tokens[k].punct == UInt8(ascii: "-") { k += 1 }
        // (An aside of the writer's kind, "even as", "although", "because", or a name's appositive, ", the company that
        // supplies it,"; not a note on an object, "endorsed his campaign, the latest chapter in ...".)
        // (The words first, the clause test after: it reads the content from its start, at every comma.)
        guard k < end, writerLinks.contains(tokens[k]) || QuoteAttributor.pureSubordinators.contains(tokens[k])
                || tokens[j - 1].capitalized && determiners.contains(tokens[k]), !hasClause(start, j) else { return nil }
        var c = k + 1
        while c < min(end - 1, k + 30) {
            let t = tokens[c]
            if t.isQuoteMark || t.punct == UInt8(ascii: ";") || t.punct == UInt8(ascii: ".") { return nil }
            let closes = t.kind == .punct && (dash ? isDashLike(t) : t.punct == UInt8(ascii: ","))
            if closes {
                var n = c + 1
                while n < end, tokens[n].punct == UInt8(ascii: "-") { n += 1 }
                guard n < end, QuoteAttributor.startsPredicate(tokens[n]) else { return nil }
                return n - 1
            }
            c += 1
        }
        return nil
    }

    /// ("said that high debt, ageing populations and trade tensions were weighing ...": a noun phrase, its comma, then
    /// an "-ing" word that opens the list's next item, "and", and the clause's helper: the comma is inside the
    /// clause's subject, no participle of the writer's.)
    static func listOfSubjects(_ tokens: Tokens, from start: Int, comma j: Int, _ end: Int, hasClause: (Int, Int) -> Bool) -> Bool {
        let k = j + 1
        guard k < end, tokens[k].isWord, tokens[k].lower.endsWith("ing"),
              let link = scanRange(from: k + 1, upTo: min(end, k + 5)).first(where: { !tokens[$0].isWord || tokens[$0].lower == "and" || tokens[$0].lower == "or" }),
              tokens[link].lower == "and" || tokens[link].lower == "or",
              let verb = scanRange(from: link + 1, upTo: min(end, link + 6)).first(where: { !tokens[$0].isWord || QuoteAttributor.finiteAuxiliaries.contains(tokens[$0]) }),
              tokens[verb].isWord else { return false }
        return !hasClause(start, j)
    }

    /// "the plan — which cost two million — had failed": at the dash `j`, a relative clause closed by a second dash within
    /// 25 tokens, before a predicate. The predicate's first token, or nil.
    static func afterDashedRelative(_ tokens: Tokens, at j: Int, _ end: Int) -> Int? {
        guard j + 2 < end, tokens[j].kind == .punct, isDashLike(tokens[j]), relatives.contains(tokens[j + 1]),
              let d = scanRange(from: j + 2, upTo: min(end - 1, j + 25)).first(where: { tokens[$0].kind == .punct && isDashLike(tokens[$0])
                  || tokens[$0].isQuoteMark || tokens[$0].punct == UInt8(ascii: ";") }),
              tokens[d].kind == .punct, isDashLike(tokens[d]), QuoteAttributor.startsPredicate(tokens[d + 1]) else { return nil }
        return d + 1
    }

    /// ("accused Tom Hale, who runs the port, of hiding ...", "urged the council, which meets on Monday, to drop the plan":
    /// after the comma `c` closing a relative clause, the object's own "of" or infinitive goes on with the content; not "to the".)
    static func objectGoesOn(_ tokens: Tokens, after c: Int, _ end: Int) -> Bool {
        guard c + 2 < end, tokens[c + 2].isWord, !tokens[c + 2].capitalized else { return false }
        return tokens[c + 1].lower == "of" || tokens[c + 1].lower == "to" && !QuoteAttributor.articles.contains(tokens[c + 2])
            && !QuoteAttributor.nounDeterminers.contains(tokens[c + 2]) && !QuoteAttributor.isNumberWord(tokens[c + 2].lower)
    }

    /// The comma closing a relative clause set between commas at `comma` ("the council, which meets on Monday, to"),
    /// when the object goes on after it (`objectGoesOn`); nil otherwise.
    static func relativeInsertionEnd(_ tokens: Tokens, comma j: Int, _ end: Int) -> Int? {
        guard tokens[j].punct == UInt8(ascii: ","), j + 1 < end, relatives.contains(tokens[j + 1]),
              let c = insertionComma(tokens, after: j + 1, end, within: 25, stops: { $0.punct == UInt8(ascii: ",") || $0.isQuoteMark }),
              objectGoesOn(tokens, after: c, end) else { return nil }
        return c
    }

    /// The comma closing a phrase inserted at `k`: the first token within `n` that `stops` it, when
    /// that is a comma followed by one of `helpers` (the content's own helper verb). Nil otherwise.
    static func insertionEnd(_ tokens: Tokens, after k: Int, _ end: Int, within n: Int, helpers: WordSet,
                             stops: (Token) -> Bool) -> Int? {
        guard let close = insertionComma(tokens, after: k, end, within: n, stops: stops),
              tokens[close + 1].isWord, helpers.contains(tokens[close + 1]) else { return nil }
        return close
    }

    /// The first token within `n` after `k` that `stops` the inserted phrase, when it is a comma (never the last token
    /// before `end`). Nil otherwise.
    static func insertionComma(_ tokens: Tokens, after k: Int, _ end: Int, within n: Int, stops: (Token) -> Bool) -> Int? {
        guard let close = scanRange(from: k + 1, upTo: min(end - 1, k + n)).first(where: { stops(tokens[$0]) }),
              tokens[close].punct == UInt8(ascii: ",") else { return nil }
        return close
    }

    /// Words after an appositive's closing comma that keep the content going: an infinitive ("urged Tom Hale, the harbour
    /// master, to"), a time or circumstance of the content's own verb ("punched Lewis Barry, 24, after an argument").
    static let appositiveContinuations: WordSet = ["to", "as", "after", "before", "when", "while", "until", "because", "of", "for",
                                                   "with", "about", "in", "on", "at", "from", "over"]

    /// Nouns for what was said, which the writer's appositive after the speech names: ", a charge he denied".
    static let speechNouns: WordSet = ["charge", "claim", "accusation", "allegation", "assertion", "characterization",
                                       "characterisation", "suggestion", "view", "description", "contention"]

    /// The first comma or colon (or the end) after `k`, never the last token: where a coordinated clause's
    /// own words end before a new attribution (", and when pressed, she replied, “...”").
    static func clauseEnd(_ tokens: Tokens, from k: Int, _ end: Int) -> Int {
        var j = k
        while j < end - 1, tokens[j].punct != UInt8(ascii: ","), tokens[j].punct != UInt8(ascii: ":") { j += 1 }
        return j
    }

    /// The words from `k` on start the writer's comment rather than more of the speech.
    static func elaborationStarts(_ tokens: Tokens, at k: Int, _ end: Int, hasClause: (Int, Int) -> Bool) -> Bool {
        var k = k
        guard k < end, tokens[k].isWord else { return false }
        // ", implicitly putting his name on the line": an adverb before the participle.
        if !tokens[k].capitalized, tokens[k].lower.endsWith("ly"), k + 1 < end, tokens[k + 1].isWord,
           tokens[k + 1].lower.endsWith("ing") { k += 1 }
        let w = tokens[k].lower
        let thatFollows = k + 1 < end && tokens[k + 1].lower == "that"
        // ("said the seeds might have absorbed old carbon, which would make the prints look older": a modal after "which"
        // carries on the speaker's reasoning; not after a quoted term, which the clause explains: "a “public option”, which
        // would let people buy in".)
        if w == "which", k + 1 < end, QuoteAttributor.modalsAndFuture.contains(tokens[k + 1]), k >= 2, !tokens[k - 2].isQuoteMark {
            return false
        }
        // ("said the plan was dead, before leaving the room": a subordinator of time and a gerund after the comma tell what
        // the speaker did. Not the helper of a passive or a perfect, whose subject may be the speech's: "could work, after
        // being changed", "after having ..."; "being", five letters, is below the length asked.)
        if QuoteAttributor.timeSubordinators.contains(tokens[k]), k + 1 < end, case let g = tokens[k + 1], g.isWord, !g.capitalized,
           g.lower.utf8.count > 5, g.lower.endsWith("ing"), g.lower != "having" { return true }
        // ("said passengers were entitled to meals and, where necessary, accommodation": right after "and", "or" or "but"
        // and its comma, a relative word opens an aside inside the coordination, which goes on after it.)
        if relatives.contains(w), k >= 2, tokens[k - 1].punct == UInt8(ascii: ","), QuoteAttributor.coordinators.contains(tokens[k - 2]) {
            return false
        }
        if relatives.contains(w) { return true }
        // (", not that it mattered", "calling for a process to find a successor, not that he is calling for ...": a clause
        // set against the speech is the writer's aside or another claim.)
        if w == "not", thatFollows { return true }
        // (", HuffPollster 4.3 points, and ...": a name right before a number is a new subject whose verb is
        // left out, another source's figure; a month before its day is a date.)
        if tokens[k].capitalized, k + 1 < end, tokens[k + 1].kind == .number,
           !QuoteAttributor.months.contains(tokens[k]), !QuoteAttributor.weekdays.contains(tokens[k]) { return true }
        // (", with RealClearPolitics showing her ahead": an absolute phrase is the writer's addition.)
        if w == "with", let g = scanRange(from: k + 1, upTo: min(end, k + 7)).first(where: { !tokens[$0].isWord || tokens[$0].lower.endsWith("ing") }),
           g > k + 1, tokens[g].isWord, !tokens[g].capitalized, tokens[g].lower.utf8.count > 4 { return true }
        // (", without giving details": what was left unsaid is the writer's; ", without doubt" may be the speaker's.)
        if w == "without", k + 1 < end, tokens[k + 1].isWord, !tokens[k + 1].capitalized, tokens[k + 1].lower.utf8.count > 4,
           tokens[k + 1].lower.endsWith("ing") { return true }
        // (", as well as ..." adds to the speech; it is no writer's link.)
        let asWellAs = w == "as" && k + 2 < end && tokens[k + 1].lower == "well" && tokens[k + 2].lower == "as"
        // (", even if ..." states the speaker's own condition: "would cost $150 billion, even if the
        // offsets materialized"; "even as" and "even though" are the writer's.)
        let evenIf = w == "even" && k + 1 < end && tokens[k + 1].lower == "if"
        // (", when it comes to pay" names the speech's topic, not a time of the writer's.)
        let whenItComesTo = w == "when" && k + 3 < end && tokens[k + 1].lower == "it" && ["comes", "came"].contains(tokens[k + 2].lower)
            && tokens[k + 3].lower == "to"
        // (", when the wind howled" after "the second night": a "when" describing a noun of time goes on with the speech.)
        let whenOfTime = w == "when" && k >= 2 && tokens[k - 1].punct == UInt8(ascii: ",") && timesWhenDescribes.contains(tokens[k - 2])
        if writerLinks.contains(w), !thatFollows, !asWellAs, !evenIf, !whenItComesTo, !whenOfTime { return true }
        if opensParticiple(tokens[k]) { return true }
        // (", and “we're going to get away from” that": a second clause holding the speaker's quoted
        // words is still the speech.)
        if w == "and", !thatFollows, hasClause(k + 1, end), !(k + 1..<clauseEnd(tokens, from: k + 1, end)).contains(where: { q in
            // (an opening mark has a space before it and a word right after: not "the miners' union")
            QuoteAttributor.opensQuotation(tokens[q]) && tokens[q - 1].end < tokens[q].start && tokens[q + 1].start == tokens[q].end
        }) { return true }
        // (", and cut his price target to $180": a past verb with no subject of its own after the comma is
        // the speaker's next act, told by the writer.)
        if w == "and", k + 2 < end, tokens[k + 1].isWord, !tokens[k + 1].capitalized, tokens[k + 2].isWord,
           tokens[k + 1].lower.endsWith("ed") || QuoteAttributor.irregularPast.contains(tokens[k + 1]) { return true }
        if determiners.contains(w) {
            // (", a charge he denied", ", a claim the company disputes", ", a view shared by many economists": the
            // writer's note on the speech itself.)
            if k + 1 < end, speechNouns.contains(tokens[k + 1]) { return true }
            // (", a primary school and a new cycle route": the next item of a list, when "and" or "or" and a determiner
            // or a number open its last item before any other punctuation.)
            if let link = scanRange(from: k + 1, upTo: min(end - 1, k + 10)).first(where: { !tokens[$0].isWord || tokens[$0].lower == "and" || tokens[$0].lower == "or" }),
               tokens[link].lower == "and" || tokens[link].lower == "or",
               determiners.contains(tokens[link + 1]) || tokens[link + 1].kind == .number { return false }
            // An appositive may hold its own relative clause: ", the alliance that includes ...".
            let relative = (k + 1..<end).first { relatives.contains(tokens[$0]) || tokens[$0].lower == "that" } ?? end
            if !hasClause(k + 1, relative) { return true }
        }
        return false
    }
}
