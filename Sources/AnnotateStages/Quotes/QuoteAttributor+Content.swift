import AnnotateCore

/// Content: where the reported speech of a cue starts and ends.
extension QuoteAttributor {
    func contents(_ tokens: Tokens, _ r: Range<Int>, _ a: Attribution, limit: Int) -> [TextSpan] {
        var result: [TextSpan] = []
        if let f = a.fixedContent { return span(tokens, f.lowerBound, f.upperBound).map { [$0] } ?? [] }
        // ("“...” That was how one farmer described the damage after hailstones fell": what the cue reports is the
        // quotation before; its object is only the topic.)
        if let np = a.subject, np.lowerBound == r.lowerBound + 3, np.upperBound <= a.cueStart, tokens[r.lowerBound + 2].lower == "how",
           QuoteAttributor.opensWithDemonstrativeCopula(tokens, r) {
            return []
        }
        if a.verb.lemma == "according to" {
            guard let np = a.subject else { return [] }
            // ("But according to a statement from the union, officers ...": a conjunction or linking adverb
            // before the source still opens the sentence.)
            if a.cueStart == r.lowerBound || (r.lowerBound..<a.cueStart).allSatisfy({ tokens[$0].punct == UInt8(ascii: ",")
                || QuoteAttributor.sourceLeads.contains(tokens[$0]) }) {
                var f = np.upperBound
                while f < limit, tokens[f].punct == UInt8(ascii: ",") { f += 1 }
                // ("According to a statement from the Software Alliance, an industry group, the ...": past an
                // appositive about the source.)
                // ("According to the lawsuit, filed in state court, Greystone ...": past a participle about it.)
                // ("According to the team, led by Nikku Madhusudhan of the University of Cambridge, the signal ...": a
                // participle's phrase may run on for up to fifteen words.)
                if f < limit, tokens[f].isWord, !tokens[f].capitalized, tokens[f].lower.endsWith("ed") || QuoteAttributor.irregularPast.contains(tokens[f]),
                   let comma = scanRange(from: f + 1, upTo: min(limit, f + 16)).first(where: { !tokens[$0].isWord && tokens[$0].kind != .number }),
                   tokens[comma].punct == UInt8(ascii: ","), hasClause(tokens, comma + 1, limit) {
                    f = comma + 1
                }
                // ("According to two people familiar with the sales, who asked not to be named because ..., shipments
                // fell ...": past a relative clause about the source.)
                if f < limit, ["who", "which"].contains(tokens[f].lower),
                   let comma = scanRange(from: f + 1, upTo: min(limit, f + 30)).first(where: { tokens[$0].punct == UInt8(ascii: ",") || tokens[$0].isQuoteMark }),
                   tokens[comma].punct == UInt8(ascii: ","), hasClause(tokens, comma + 1, limit) {
                    f = comma + 1
                }
                if f < limit, ["a", "an"].contains(tokens[f].lower),
                   let comma = scanRange(from: f + 1, upTo: min(limit, f + 8)).first(where: { !tokens[$0].isWord }), tokens[comma].punct == UInt8(ascii: ","),
                   wordCount(tokens, comma + 1, limit) >= 3 {
                    f = comma + 1
                }
                // ("According to Lena Fischer, chief economist at Harbor Capital, the committee ...": past a role after a
                // name, a phrase holding a title and no clause.)
                if f < limit, f > np.upperBound, tokens[np.upperBound - 1].capitalized, tokens[f].isWord, !tokens[f].capitalized,
                   let comma = scanRange(from: f + 1, upTo: min(limit, f + 10)).first(where: { !tokens[$0].isWord }), tokens[comma].punct == UInt8(ascii: ","),
                   (f..<comma).contains(where: { !tokens[$0].capitalized && lexicon.titles[tokens[$0]] != nil }),
                   !hasClause(tokens, f, comma), hasClause(tokens, comma + 1, limit) {
                    f = comma + 1
                }
                // ("According to the newspaper, Jutarnji Vjesnik, the firm won ...": the name of a source
                // named by a common noun, when a new subject follows it; not "According to police, John
                // Smith, 45, was arrested", where the name is the content's subject.)
                if f < limit, f > np.upperBound, !tokens[np.upperBound - 1].capitalized, tokens[f].isWord, tokens[f].capitalized,
                   let comma = scanRange(from: f + 1, upTo: min(limit, f + 5)).first(where: { !(tokens[$0].isWord && tokens[$0].capitalized) }),
                   tokens[comma].punct == UInt8(ascii: ","), comma + 1 < limit, QuoteAttributor.opensNounPhrase(tokens[comma + 1]),
                   tokens[comma + 1].kind != .number, hasClause(tokens, comma + 1, limit),
                   // (Nor "According to the report, Smith, the mayor, resigned": an appositive follows.)
                   !scanRange(from: comma + 1, upTo: min(limit, comma + 6)).contains(where: { tokens[$0].punct == UInt8(ascii: ",") }) {
                    f = comma + 1
                }
                // "According to MSNBC, basically.": too little to be a report.
                if wordCount(tokens, f, limit) >= 3, let s = span(tokens, f, limit) { result.append(s) }
            // ("Is the market about to crash? Not according to most economists.": one word closing the
            // sentence with its source is no report; "This, according to attendees, is both ..." goes on.)
            } else if wordCount(tokens, r.lowerBound, a.cueStart) >= 2
                        || np.upperBound + 1 < limit && tokens[np.upperBound].punct == UInt8(ascii: ","),
                      let s = span(tokens, r.lowerBound, a.cueStart) {
                result.append(s)
                // ("..., according to the budget office, and the top tenth paid 69 percent.")
                if np.upperBound < limit, tokens[np.upperBound].punct == UInt8(ascii: ","),
                   let more = coordinateClause(tokens, after: np.upperBound, limit: limit) { result.append(more) }
                // ("Some 40 people, according to the Red Cross, died in the floods": between commas inside a
                // clause, the source splits it; the predicate after it is the report's second part.)
                else if a.cueStart - 1 > r.lowerBound, tokens[a.cueStart - 1].punct == UInt8(ascii: ","),
                        np.upperBound + 1 < limit, tokens[np.upperBound].punct == UInt8(ascii: ","),
                        // ("lost £2bn last year, according to its annual report, published on Thursday": a
                        // participle after a clause is about the source.)
                        !QuoteAttributor.participleAboutSource(tokens, np.upperBound + 1, limit)
                            || !hasClause(tokens, r.lowerBound, a.cueStart - 1),
                        QuoteAttributor.startsPredicate(tokens[np.upperBound + 1])
                            // ("The plan is, in the words of one official, “dead in the water”": or the quotation completing it.)
                            || QuoteAttributor.opensQuotation(tokens[np.upperBound + 1])
                            // ("faces a shortfall": a present verb in "-s" before its object; not "as", "as the firm looks ...".)
                            || tokens[np.upperBound + 1].isWord && !tokens[np.upperBound + 1].capitalized
                                && tokens[np.upperBound + 1].lower.lastByte == UInt8(ascii: "s") && tokens[np.upperBound + 1].lower.utf8.count > 3
                                && np.upperBound + 2 < limit && QuoteAttributor.objectOpeners.contains(tokens[np.upperBound + 2]),
                        let rest = span(tokens, np.upperBound + 1, limit) {
                    result.append(rest)
                }
            }
            return result
        }
        // ("“...,” the mayor, Ruth Ames, said": the speaker's phrase starts at the role before the name.)
        var speakerStart = a.subject.flatMap { appositiveHead(tokens, of: $0, r) } ?? min(a.subject?.lowerBound ?? a.cueStart, a.cueStart)
        // ("..., the airport operator Isavia said": lower-case descriptors and their determiner before the name
        // belong to the speaker's phrase.)
        if speakerStart > r.lowerBound + 1, tokens[speakerStart].capitalized, !tokens[speakerStart - 1].capitalized,
           let det = (max(r.lowerBound + 1, speakerStart - 5)..<speakerStart).last(where: { QuoteLexicon.determiners.contains(tokens[$0]) }),
           tokens[det - 1].punct == UInt8(ascii: ","),
           (det + 1..<speakerStart).allSatisfy({ tokens[$0].isWord && !tokens[$0].capitalized && !QuoteAttributor.looksLikeVerb(tokens[$0]) }) {
            speakerStart = det
        }
        // ("..., a spokesman for the Coastguard Agency said": the body speaks, and the spokesman and "for" before it belong to
        // the speaker's phrase.)
        // ("..., a spokesman for the Maritime and Coastguard Agency said": so when the speaker found is the name's part after
        // "and" or "of", the name's words before it and their "the" first.)
        // (Only a name after "the": in "for Marks and Spencer" the speaker found would be "Spencer" alone.)
        var body = speakerStart
        while body - 2 > r.lowerBound, tokens[body - 1].lower == "and" || tokens[body - 1].lower == "of", tokens[body - 2].isWord,
              tokens[body - 2].capitalized { body -= 2 }
        body = body < speakerStart && body - 1 > r.lowerBound && tokens[body - 1].lower == "the" ? body - 1 : speakerStart
        if body - 3 > r.lowerBound, tokens[body - 1].lower == "for", QuoteAttributor.spokesWords.contains(tokens[body - 2]),
           let det = (max(r.lowerBound + 1, body - 5)...(body - 3)).last(where: { QuoteLexicon.determiners.contains(tokens[$0]) }),
           (det + 1..<(body - 2)).allSatisfy({ tokens[$0].isWord && !tokens[$0].capitalized }) {
            speakerStart = det
        }
        // ("..., Labour leader Keir Starmer said", "..., Republican presidential nominee Donald Trump said", "..., ISRO chairman
        // S. Somanath said": a body's name, a lower-case role and its modifiers, or an initial, between the comma and the
        // name belong to the speaker's phrase too: words only, none a verb, pronoun, relative or clause's link.)
        if speakerStart > r.lowerBound + 2, tokens[speakerStart].capitalized, a.cueStart > speakerStart,
           let comma = (max(r.lowerBound + 1, speakerStart - 7)..<speakerStart).last(where: {
               !tokens[$0].isWord && !(tokens[$0].punct == UInt8(ascii: ".") && tokens[$0 - 1].lower.count == 1 && tokens[$0 - 1].capitalized) }),
           comma + 1 < speakerStart, tokens[comma].punct == UInt8(ascii: ","),
           (comma + 1..<speakerStart).allSatisfy({ j in
               !tokens[j].isWord || !QuoteAttributor.clauseMarkers.contains(tokens[j]) && !QuoteAttributor.subordinators.contains(tokens[j])
                   && !QuoteAttributor.coordinators.contains(tokens[j]) && QuoteLexicon.pronouns[tokens[j]] == nil
                   && !QuoteAttributor.relativePronouns.contains(tokens[j]) && tokens[j].lower != "that"
                   && (tokens[j].capitalized || !QuoteAttributor.looksLikeVerb(tokens[j]) && !QuoteAttributor.purePrepositions.contains(tokens[j])) }) {
            speakerStart = comma + 1
        }
        if let parts = parentheticalContents(tokens, r, a, limit: limit) { return parts }
        // "what multiple lawmakers called “fraud”": "what" is the object, so the name is only the quotation.
        // ("drivers, whom the company calls “partners”, say ...": so is a relative pronoun.)
        // ("what keepers described as “a huge boost”": the naming verb's "as" stands before the quotation.)
        if a.verb.frame == .naming, speakerStart > r.lowerBound,
           ["what", "whom", "who", "which", "that"].contains(tokens[speakerStart - 1].lower),
           case let named = a.cueEnd < limit && tokens[a.cueEnd].lower == "as" ? a.cueEnd + 1 : a.cueEnd,
           // ("a flat that a judge described as a “death trap”": past an article before the quotation.)
           case let open = named + 1 < limit && (tokens[named].lower == "a" || tokens[named].lower == "an" || tokens[named].lower == "the")
            && QuoteAttributor.opensQuotation(tokens[named + 1]) ? named + 1 : named,
           open < limit, QuoteAttributor.opensQuotation(tokens[open]),
           let close = (open + 1..<limit).first(where: { tokens[$0].isQuoteMark }), let s = span(tokens, open, close + 1) {
            return [s]
        }
        let trailsQuotation = QuoteAttributor.closingQuotation(tokens, before: speakerStart, in: r)
        var (start, introducedByThat) = contentStart(tokens, r, a, limit: limit, trailsQuotation: trailsQuotation)
        // ("As Lee said last week, the plan is dead": after a fronted "as" and its time, the main clause is what was said.)
        if QuoteAttributor.opensWithAs(tokens, r), let c = QuoteAttributor.timeBeforeComma(tokens, from: a.cueEnd, limit), start <= c { start = c + 1 }
        // ("say whatever she wanted, from saying that she feels young to ...": a wish's words follow its verb at once; what
        // follows a comma right after it is the writer's.)
        if a.verb.frame == .intention, a.cueEnd < limit, tokens[a.cueEnd].punct == UInt8(ascii: ","), start <= a.cueEnd + 1 { return [] }
        // ("had never complained until she refused to sell": a clause of time right after a verb that says no words of
        // its own tells when it happened. Not after "say" and its kind, whose speech may open so: "said after the vote
        // the plan was dead".)
        if start == a.cueEnd, start < limit, QuoteAttributor.timeSubordinators.contains(tokens[start]),
           !QuoteAttributor.plainSpeechLemmas.contains(lemmaOf: a.verb) { return [] }
        var end = contentEnd(tokens, r, a, from: start, limit: limit)
        // ("Mayor says city will recover, vows to rebuild": in a line with no stop, a headline, a comma and a present verb
        // of speech open the speaker's second act; the speech ends before them.)
        if let c = headlineSecondVerb(tokens, r, from: start, to: end) { end = c }
        // ("The plan, which the mayor said would save money, was dropped": speech inside a relative
        // clause set off by commas ends at its closing comma, and the closing mark of a quotation there.)
        // (Not a comma inside the quotation: "which she described as “robust, perhaps too robust.”")
        // ("for a handball that replays suggested was accidental, drew criticism": so does a relative
        // clause after its noun whose speech lacks a subject, the gap the noun fills.)
        // ("She pointed to a speech in which, she said, Delgado had called for cuts": an attribution right after a relative
        // word and its comma speaks the relative clause; what stands before it is the writer's.)
        // ("She studied in Glasgow, where, she later recalled, a tutor told her ...": so does a relative "where".)
        let afterRelative = speakerStart - 2 >= r.lowerBound && tokens[speakerStart - 1].punct == UInt8(ascii: ",")
            && (QuoteAttributor.relativePronouns.contains(tokens[speakerStart - 2]) || tokens[speakerStart - 2].lower == "where")
        // ("The plan, which, officials said, cost millions, was dropped": so with the attribution set between commas after
        // the relative word, which is the speech's gapped subject.)
        let gapAfterRelative = afterRelative && speakerStart - 3 >= r.lowerBound && a.cueStart > speakerStart
            && tokens[speakerStart - 3].punct == UInt8(ascii: ",")
        if speakerStart - 2 >= r.lowerBound, a.cueStart > speakerStart,
           QuoteAttributor.relativePronouns.contains(tokens[speakerStart - 1]) && tokens[speakerStart - 2].punct == UInt8(ascii: ",")
            || (tokens[speakerStart - 1].lower == "that" || tokens[speakerStart - 1].lower == "which") && tokens[speakerStart - 2].isWord
                && start < end && QuoteAttributor.gapOpeners.contains(tokens[start])
            || gapAfterRelative {
            // ("the cost, which she estimated at €40m, was “manageable”": a clause set off by commas that closes
            // before any words it reports holds none; the words after its comma are the sentence's own.)
            if tokens[speakerStart - 2].punct == UInt8(ascii: ","), QuoteAttributor.relativePronouns.contains(tokens[speakerStart - 1]),
               scanRange(from: a.cueEnd, upTo: start).contains(where: { tokens[$0].punct == UInt8(ascii: ",") }) { return [] }
            var inside = false
            for c in start..<end {
                if tokens[c].isQuoteMark {
                    // (“would not be touched,” are cut: a comma just inside the closing mark closes the clause.)
                    if inside, !QuoteAttributor.opensQuotation(tokens[c]), c > start, tokens[c - 1].punct == UInt8(ascii: ",") {
                        end = c + 1
                        break
                    }
                    inside = QuoteAttributor.opensQuotation(tokens[c])
                    continue
                }
                guard !inside, tokens[c].punct == UInt8(ascii: ","), c > start else { continue }
                // (After "which" and a parenthetical attribution, the comma before the sentence's own verb: a clause on the
                // sentence's last noun runs on, "the stadium, which, Tompkins said, is full of activities, including ...".)
                if gapAfterRelative, !(c + 1 < end && QuoteAttributor.startsPredicate(tokens[c + 1])) { continue }
                end = c + 1 < end && tokens[c + 1].isQuoteMark && !QuoteAttributor.opensQuotation(tokens[c + 1]) ? c + 2 : c
                break
            }
        }
        // "what she wants and Trump's supporters continue ...": content never opens with a conjunction.
        // ("credit cards they never asked for or ...": nor with a preposition left without its object.)
        // ("asked twice and got no answer": nor with an adverb and a second predicate.)
        let stranded = start < end && (QuoteAttributor.prepositions.contains(tokens[start]) || QuoteAttributor.repeatAdverbs.contains(tokens[start]))
            && (start + 1 == end || tokens[start + 1].kind == .punct || ["and", "but", "or"].contains(tokens[start + 1].lower))
        let f = start < end && ["and", "but", "or"].contains(tokens[start].lower) || stranded ? end : start
        // ("cited the figure", "denounced Trump": for some verbs the object is what was said.)
        // ("promising to rebuild the pier": a short infinitive is content, not an adjunct "to the pier".)
        let infinitiveStart = f < end && QuoteAttributor.infinitiveFramings.contains(a.verb.frame) && tokens[f].lower == "to"
        let infinitive = infinitiveStart && f + 1 < end && tokens[f + 1].isWord
            && !QuoteAttributor.nounDeterminers.contains(tokens[f + 1]) && !tokens[f + 1].capitalized
        // ("The crowd chanted “Lock! Lock!”", 'She said “No.”': a quotation opening right after the verb is
        // speech however short.)
        let quotationAtCue = f < end && QuoteAttributor.opensQuotation(tokens[f]) && a.quotationAfterCue(tokens) == tokens[f].start
        // ("“...,” she told the meeting, to applause from residents packed into ...": after the quotation
        // it attributes, a phrase set off by a comma and opening with a preposition tells how it was received.)
        // ("“...,” she sings on “Certain,” a line that would be ...": an article and a relative clause there
        // describe the quotation.)
        // ("“...,” Trump tweeted soon after the committee concluded its hearing": when it was said.)
        let timeAfterQuotation = trailsQuotation && f < end && (QuoteAttributor.subordinators.contains(tokens[f])
            || f + 1 < end && QuoteAttributor.timeLeads.contains(tokens[f]) && QuoteAttributor.subordinators.contains(tokens[f + 1]))
        // ("“...,” she said, standing in what was left of her kitchen": a participle that is no speech says how.)
        func received(at g: Int) -> Bool {
            circumstantialParticiple(tokens, g)
                || (tokens[g - 1].punct == UInt8(ascii: ",") || tokens[g - 1].isQuoteMark)
                    && (QuoteAttributor.purePrepositions.contains(tokens[g])
                        // ("“...,” she said, still in the dress she had worn": past an adverb before the preposition.)
                        || g + 1 < end && (tokens[g].lower == "still" || tokens[g].lower.endsWith("ly")) && QuoteAttributor.purePrepositions.contains(tokens[g + 1])
                        || QuoteAttributor.articles.contains(tokens[g])
                            && scanRange(from: g + 1, upTo: min(end, g + 5)).contains(where: { ["that", "which", "who"].contains(tokens[$0].lower) }))
        }
        // ("“...,” she said the next morning, still in the dress she had worn": or after a time and its comma.)
        let receivedAfterQuotation = timeAfterQuotation || trailsQuotation && f < end
            && (f > a.cueEnd && received(at: f)
                || f == a.cueEnd && QuoteAttributor.timeBeforeComma(tokens, from: f, end).map { c in c + 1 < end && received(at: c + 1) } == true)
        // ("the union had called the action and that contingency plans were ...": a naming verb's object
        // with no name given before "and that" names nothing; the clause after is another speech's.)
        let unnamedObject = f < end && a.verb.frame == .naming && !quotationAtCue
            && (f + 1..<max(f + 1, min(end - 1, f + 6))).first(where: { QuoteAttributor.coordinators.contains(tokens[$0]) }).map { j in
                tokens[j + 1].lower == "that" && (f..<j).allSatisfy({ tokens[$0].isWord }) && !namesWithComplement(tokens, f, j)
            } == true
        // ("The union called a strike after talks collapsed", "called 999 when they lost the path", "called a meeting
        // which was held on Friday": "call" with no name given for its object, no quotation and then a clause of its own
        // is an act; that clause is the writer's, no speech. "called the plan a disaster that ..." names.)
        let calledAct = f < end && a.verb.frame == .naming && a.verb.lemma == "call" && !quotationAtCue
            && !(f..<end).contains(where: { tokens[$0].isQuoteMark }) && !namesWithComplement(tokens, f, end)
            && (f + 1..<end).contains(where: { QuoteAttributor.subordinators.contains(tokens[$0]) || QuoteAttributor.relativePronouns.contains(tokens[$0]) })
            // ("called them heroes who had saved lives": a pronoun and a bare noun after it name them; "called them after
            // the crash" does not.)
            && !(f + 1 < end && QuoteAttributor.objectPronouns[tokens[f].lower] != nil && tokens[f + 1].isWord && !tokens[f + 1].capitalized
                 && !QuoteAttributor.subordinators.contains(tokens[f + 1]) && !QuoteAttributor.prepositions.contains(tokens[f + 1])
                 && !QuoteAttributor.relativePronouns.contains(tokens[f + 1]))
        // ("“...,” she told deputies after the result was announced": after the quotation it attributes, "tell" has
        // its listener and a circumstance; only "that" opens a second speech.)
        let listenerAfterQuotation = trailsQuotation && a.verb.lemma == "tell" && !introducedByThat
        // ("A drone struck fuel tanks overnight, officials said on Thursday, hours after talks in Geneva ended": a time and a
        // subordinator after the cue's comma say when it was said; the speech is before.)
        let timeAfterCue = !introducedByThat && f > a.cueEnd && tokens[f - 1].punct == UInt8(ascii: ",")
            && QuoteAttributor.timeBeforeSubordinator(tokens, f, end)
        // ("Cars will be banned from the centre, the council announced on Wednesday, in one of the boldest schemes yet": after an
        // attribution set off by commas, what follows its closing comma is the writer's, not the verb's object. A clause
        // there goes on with the speech, which `parentheticalContents` reads.)
        let setOffAfterCue = !introducedByThat && f - 1 > a.cueEnd && f < end && tokens[f - 1].punct == UInt8(ascii: ",")
            && !QuoteAttributor.opensQuotation(tokens[f]) && speakerStart > r.lowerBound && tokens[speakerStart - 1].punct == UInt8(ascii: ",")
        // ("Police appeal after teenager injured in hit-and-run": a directive verb with no object, then "after",
        // "following" or "amid", is an act at a time; what happened is no one's words.)
        let circumstanceAfterDirective = f == a.cueEnd && !introducedByThat && a.verb.frame == .directive && f < end
            && QuoteAttributor.occasionLeads.contains(tokens[f])
        // ("said the plan — which cost two million — had failed": a relative clause between dashes inside the speech is the
        // writer's aside, as the PolNeAR gold reads it; the speech goes on after the second dash, its predicate.)
        let afterAside = f < end ? ContentBoundary.afterDashedRelative(tokens, at: end, limit) : nil
        if !receivedAfterQuotation, !unnamedObject, !calledAct, !listenerAfterQuotation, !timeAfterCue, !setOffAfterCue, !circumstanceAfterDirective,
           let s = span(tokens, f, end), wordCount(tokens, f, end) >= (a.verb.objectContent || quotationAtCue || afterAside != nil ? 1 : 2),
           infinitive || !isAdjunctOnly(tokens, f, end),
           hasClause(tokens, f, QuoteAttributor.oneWordBeforeSubordinateClause(tokens, f, end) ? f + 1 : end)
            || (introducedByThat && wordCount(tokens, f, end) >= 3) || infinitiveStart || a.verb.objectContent
            || QuoteAttributor.gappedSpeechOpens(tokens, r, a, f, end) || gapAfterRelative
            || quotationAtCue || afterAside != nil
            || a.verb.frame == .naming && namesWithComplement(tokens, f, end) {
            result.append(s)
            if let g = afterAside, let rest = span(tokens, g, ContentBoundary.end(tokens, from: g, to: limit) { hasClause(tokens, $0, $1) }) {
                result.append(rest)
            }
        }
        // Before the speaker, when the attribution trails its content: "“...,” Smith said." or
        // "The talks went well, Lee's office said." A leading clause followed by a speaking
        // subject and its own content ("Meeting X, Lee said ...") is not speech.
        // "After the miners' union objected, ...": the subordinator and subject are not speech.
        // ("But when Congress cut funding, Mexico said enough.": past a leading conjunction.)
        let frontLead = r.lowerBound + 1 < speakerStart && QuoteAttributor.discourseOpeners.contains(tokens[r.lowerBound])
            ? r.lowerBound + 1 : r.lowerBound
        // ("But when Dr. Owen Dempsey, a pulmonologist, took a look, he disagreed and performed a scan": with
        // commas inside too, when the verb goes on to a second predicate of its own.)
        let secondPredicate = a.cueEnd + 1 < limit && ["and", "but"].contains(tokens[a.cueEnd].lower)
            && QuoteAttributor.looksLikeVerb(tokens[a.cueEnd + 1])
        // ("Even their mother was surprised, he said": "even" opens a subordinate clause only before a subordinator, "even if".)
        let frontedSubordinate = QuoteAttributor.subordinators.contains(tokens[frontLead])
            && (tokens[frontLead].lower != "even" || frontLead + 1 < speakerStart && QuoteAttributor.subordinators.contains(tokens[frontLead + 1]))
            && (secondPredicate || !(frontLead..<max(frontLead, speakerStart - 1)).contains { tokens[$0].punct == UInt8(ascii: ",") })
        // ("“...,” panel Chairman Jason Chaffetz said": a descriptor may stand between the marks and the name.)
        let descriptorEnd = speakerStart > r.lowerBound ? descriptorAfterQuotation(tokens, before: speakerStart, r) : nil
        // ("... the anthem ''A Change Is Gonna Come,'' she added the words, ''...''": with content
        // after the verb, the front is speech only when it is a quotation from its start.)
        let frontQuoted = trailsQuotation && (tokens[frontLead].isQuoteMark || result.isEmpty)
        // ("... failing to answer a question, when, in fact, he responded quickly.": a subordinator set off
        // by commas just before the speaker opens the clause the verb is in; nothing before it is speech.)
        let subordinateBefore = speakerStart - 3 > r.lowerBound
            && (max(r.lowerBound + 1, speakerStart - 6)..<(speakerStart - 2)).contains(where: { j in
                QuoteAttributor.subordinators.contains(tokens[j]) && tokens[j - 1].punct == UInt8(ascii: ",")
                    && tokens[j + 1].punct == UInt8(ascii: ",") })
        // ("In a video posted online, he said the firm had let people down and promised a full review": a verb coordinated
        // after its subject's first predicate trails nothing; the phrase before the subject is no speech of it.)
        // (The coordinator right before the verb, past its helpers: not an appositive's "and", "Jim Chilton, senior vice president
        // for space and launch, said".)
        // (The cue's start captured alone: a closure that read `a` took a copy of the whole attribution.)
        let coordinatedVerb = a.subject.map { [cueStart = a.cueStart] s in
            s.upperBound < cueStart
                && (s.upperBound..<cueStart).last(where: { !QuoteLexicon.auxiliaries.contains(tokens[$0]) })
                    .map { QuoteAttributor.coordinators.contains(tokens[$0]) } == true } ?? false
        // ("Prices will keep rising, as the bank warned.", "..., the main test is a “lawful source of income,” as a memo put it.":
        // an attribution after "as" closing the sentence reports the clause before its comma.)
        let trailingAs = trailingAsClause(tokens, r, a, speakerStart: speakerStart)
        // ("“...,” said Olena, a teacher, who did not want to give her surname", "put forward by the envoy, Hans Richter, who
        // said ...": nor for a verb in a relative clause set off after its subject, its helpers alone between; what stands
        // before that subject is the writer's or another's. Not "sources who reviewed them told", whose verb is the main one.)
        let inRelativeClause = a.subject.map { [cueStart = a.cueStart] s in
            s.upperBound < cueStart && (s.upperBound..<cueStart).contains(where: { j in
                (tokens[j].lower == "who" || tokens[j].lower == "which") && j > s.upperBound && tokens[j - 1].punct == UInt8(ascii: ",")
                    && (j + 1..<cueStart).allSatisfy({ QuoteLexicon.auxiliaries.contains(tokens[$0]) }) }) } ?? false
        // (No front after a relative word, `afterRelative` above.)
        // ("Northern Ale's chair, Catherine Bowes, said the board met before recommending the deal to shareholders": a gerund
        // after a subordinator or "by" is a circumstance of another verb's; it trails no words before its subject.)
        let adjunctGerund = a.cueStart > r.lowerBound && tokens[a.cueStart].lower.endsWith("ing")
            && (QuoteAttributor.subordinators.contains(tokens[a.cueStart - 1]) || tokens[a.cueStart - 1].lower == "by")
        if speakerStart > r.lowerBound, !frontedSubordinate, !subordinateBefore, !coordinatedVerb, !afterRelative, !inRelativeClause, !adjunctGerund,
           result.isEmpty || frontQuoted,
           isClauseEdge(tokens[speakerStart - 1]) || descriptorEnd != nil || trailingAs != nil {
            let frontEnd = trailingAs.map { _ in speakerStart - 1 } ?? descriptorEnd ?? speakerStart
            // "In an interview on “Face the Nation,” Ryan said": a phrase naming a show is not speech.
            // ("However, slower growth is ..., the IMF said.": past a linking adverbial and its comma, the writer's tie to the
            // sentence before.)
            let opening = trailingAs ?? QuoteAttributor.afterLinkingAdverbial(tokens, r, before: frontEnd) ?? r.lowerBound
            let firstMark = (opening..<frontEnd).first { tokens[$0].isQuoteMark }
            // ("In a three-hour recorded interview with the FBI, Webb confessed": where it was said.)
            let titledAdjunct = QuoteAttributor.prepositions.contains(tokens[opening]) && firstMark.map { !hasClause(tokens, opening, $0) } == true
                || QuoteAttributor.prepositions.contains(tokens[opening]) && firstMark == nil
                    && scanRange(from: opening + 1, upTo: min(frontEnd, opening + 7)).contains(where: { QuoteAttributor.speechVenues.contains(tokens[$0]) })
                    && !(opening..<frontEnd).contains(where: { QuoteLexicon.auxiliaries.contains(tokens[$0]) })
            // ("In the town of Millbrook, where water reached the first floor, residents described a night of fear": a
            // preposition's phrase whose only clause is a relative clause about its noun says where; it is no speech.)
            // (The front before the speaker's comma holds the preposition and one word at least; the guard keeps the range
            // from reversing should that ever change.)
            let placeWithRelative = firstMark == nil && frontEnd > opening + 2 && QuoteAttributor.purePrepositions.contains(tokens[opening])
                && (opening + 2..<frontEnd).first(where: { tokens[$0 - 1].punct == UInt8(ascii: ",")
                    && (ContentBoundary.relatives.contains(tokens[$0]) || tokens[$0].lower == "when") }).map { w in
                        let close = (w + 1..<frontEnd).first(where: { tokens[$0].punct == UInt8(ascii: ",") }) ?? frontEnd
                        return !hasClause(tokens, opening, w - 1) && (close + 1 >= frontEnd || !hasClause(tokens, close + 1, frontEnd))
                    } == true
            // ("“Hopefully,” the president said": one quoted word is enough.)
            let quotedOnly = trailsQuotation && QuoteAttributor.opensQuotation(tokens[r.lowerBound])
            // ("Six million jobs depend on exports, one slide says": a whole sentence before the
            // comma, though its verb is not one the clause test knows.)
            let first = tokens[opening].lower
            let sentenceBefore = wordCount(tokens, opening, frontEnd) >= 5 && tokens[opening].capitalized
                && !QuoteAttributor.prepositions.contains(first) && !QuoteAttributor.subordinators.contains(first)
                && !lexicon.starters.contains(first) && !first.endsWith("ed") && !first.endsWith("ing")
                && tokens[frontEnd - 1].punct == UInt8(ascii: ",")
                // ("Maria Lopez and her business partner, Janet Wu, disagree": not when the speaker is an
                // appositive closed by its own comma before the verb; the front is the phrase it renames.)
                && !(a.subject.map { $0.upperBound < a.cueStart } == true && tokens[a.cueStart - 1].punct == UInt8(ascii: ","))
            // ("Asked whether he would resign, the minister said ...": the question put to the speaker.)
            // ("Asked at a press conference last month whether he felt abandoned, Wilmore said no": past where and when.)
            let askedFront = tokens[opening].capitalized && tokens[opening].lower.endsWith("ed") && opening + 1 < frontEnd
                && (QuoteAttributor.afterAskedParticiple.contains(tokens[opening + 1])
                    || tokens[opening].lower == "asked" && scanRange(from: opening + 2, upTo: min(frontEnd, opening + 10)).contains(where: {
                        tokens[$0].lower == "whether" || tokens[$0].lower == "if" }))
            // ("“We lost,” he said, the club would appeal.": a front holding a quotation and its own speaker
            // and verb is that speaker's.)
            // (Only when the front ends with that attribution: a long front may hold others' words too.)
            let attributedFront = (max(r.lowerBound, frontEnd - 6)..<max(r.lowerBound, frontEnd - 2)).contains { k in
                QuoteAttributor.closesQuotation(tokens, at: k) && !QuoteAttributor.opensQuotation(tokens[k])
                    && scanRange(from: k + 1, upTo: min(frontEnd, k + 4)).contains { lexicon.isReportingVerb(tokens[$0]) }
            }
            // ("Here is what the science minister, Lord Vallance, said:": a speaker in apposition to the noun of a free relative,
            // "what" or "how" and a determiner's phrase with no verb, is that relative's subject; the words before it are the writer's.)
            let freeRelative = frontEnd - 3 >= opening && tokens[frontEnd - 1].punct == UInt8(ascii: ",")
                && (opening..<(frontEnd - 2)).last(where: { tokens[$0].lower == "what" || tokens[$0].lower == "how" }).map { w in
                    ContentBoundary.determiners.contains(tokens[w + 1])
                        && (w + 1..<(frontEnd - 1)).allSatisfy { tokens[$0].isWord && !QuoteAttributor.looksLikeVerb(tokens[$0])
                        && !QuoteLexicon.auxiliaries.contains(tokens[$0]) } } == true
            // ("Not yet, she said.", "People like Scott, he told reporters.": a short answer that is the whole sentence before
            // an attribution closing it, with no more than a listener or a time after the verb, is the speech, clause or not.)
            let shortAnswer = trailingAs == nil && descriptorEnd == nil && result.isEmpty && firstMark == nil
                && tokens[frontEnd - 1].punct == UInt8(ascii: ",") && wordCount(tokens, opening, frontEnd) <= 6
                && tokens[opening].capitalized && !QuoteAttributor.prepositions.contains(first) && !QuoteAttributor.subordinators.contains(first)
                && !QuoteAttributor.sourceLeads.contains(first) && !QuoteAttributor.relativeTimes.contains(first)
                // (Nor a time alone: "This week, housing solicitor Meera Dutt answers.")
                && !QuoteAttributor.saysOnlyWhen(tokens, opening, frontEnd - 1)
                && !first.endsWith("ed") && !first.endsWith("ing") && (opening..<(frontEnd - 1)).allSatisfy({ tokens[$0].isWord })
                && !(a.cueEnd..<r.upperBound).contains(where: { !tokens[$0].isWord && !(tokens[$0].kind == .punct && $0 == r.upperBound - 1) })
                && (a.cueEnd..<r.upperBound).reduce(0, { $0 + (tokens[$1].isWord ? 1 : 0) }) <= 4
                // (Not the phrase an appositive speaker renames, "His neighbour, Fiona Ross, disagrees", nor the writer's own
                // hedge, "Not important enough, I guess".)
                && !(a.subject.map { $0.upperBound < a.cueStart } == true && tokens[a.cueStart - 1].punct == UInt8(ascii: ","))
                && !(a.subject.map { $0.count == 1 && QuoteAttributor.firstPersonSubjects.contains(tokens[$0.lowerBound]) } ?? false)
            if !titledAdjunct, !placeWithRelative, !askedFront, !attributedFront, !freeRelative, let s = span(tokens, opening, frontEnd),
               wordCount(tokens, opening, frontEnd) >= (quotedOnly ? 1 : 2),
               hasClause(tokens, opening, frontEnd) || sentenceBefore || shortAnswer {
                result.append(s)
                // ("The district will track attendance, she said, and would end the trial if ...": the
                // speech goes on after the attribution, as when it interrupts a shorter sentence.)
                // (After a quotation only when a quotation opens the clause too: "..., he said, and “some mistakes were
                // inevitable”"; "“...,” Ames said, and the crowd cheered" is the writer's.)
                if result.count == 1,
                   let c2 = scanRange(from: a.cueEnd, upTo: min(limit, a.cueEnd + 8)).first(where: { !(tokens[$0].isWord || tokens[$0].kind == .number) }),
                   tokens[c2].punct == UInt8(ascii: ","), !trailsQuotation || c2 + 2 < limit && QuoteAttributor.opensQuotation(tokens[c2 + 2]),
                   let more = coordinateClause(tokens, after: c2, limit: limit) {
                    result.append(more)
                }
            }
        }
        return result
    }

    /// Where the clause reported by a trailing "as" attribution begins ("Prices will keep rising, as the bank warned."): after
    /// the last comma outside quotation marks before the attribution's own comma when a clause follows it, else at the
    /// sentence's start. Nil unless "as" and the speaker follow that comma (or a closing mark after it) and nothing but a
    /// few words without a clause ("it", "on Monday") follows the verb; nil too after a denial (", not ...").
    func trailingAsClause(_ tokens: Tokens, _ r: Range<Int>, _ a: Attribution, speakerStart: Int) -> Int? {
        guard speakerStart - 3 > r.lowerBound, speakerStart < a.cueStart, tokens[speakerStart - 1].lower == "as" else { return nil }
        var comma = speakerStart - 2
        if tokens[comma].isQuoteMark, tokens[comma - 1].punct == UInt8(ascii: ",") { comma -= 1 }
        guard tokens[comma].punct == UInt8(ascii: ","), a.cueEnd <= r.upperBound else { return nil }
        var tail = r.upperBound
        while tail > a.cueEnd, tokens[tail - 1].kind == .punct || tokens[tail - 1].isQuoteMark { tail -= 1 }
        guard tail - a.cueEnd <= 6, !hasClause(tokens, a.cueEnd, tail) else { return nil }
        var open = false
        var start = r.lowerBound
        for j in r.lowerBound..<comma {
            if tokens[j].isQuoteMark { open.toggle(); continue }
            // ("He served 144 days — not 49, as Trump has claimed.": what the speaker said is the figure denied, which is
            // no clause to report.)
            if !open, tokens[j].punct == UInt8(ascii: ",") || tokens[j].isDash, tokens[j + 1].lower == "not" { return nil }
            // (Only commas within 200 tokens of the attribution's: a hostile sentence of thousands of commas asked the
            // clause test, which reads on to that comma, once for each.)
            if !open, tokens[j].punct == UInt8(ascii: ","), comma - j <= 200, hasClause(tokens, j + 1, comma) { start = j + 1 }
        }
        // ("Birch added that the cuts would be reviewed in March, as the company had promised": a clause that reports
        // speech itself; the speech it reports is what was promised.)
        if let v = (start..<comma).last(where: { tokens[$0].isWord && !tokens[$0].capitalized && lexicon.verbs[tokens[$0]] != nil
               && QuoteAttributor.looksLikeVerb(tokens[$0]) }),
           case let c = v + 1 < comma && tokens[v + 1].lower == "that" ? v + 2 : v + 1, c < comma, hasClause(tokens, c, comma) {
            start = c
        }
        // (", but the main test is ...": the conjunction joins the clause; it is not said.)
        return start + 1 < comma && start > r.lowerBound && QuoteAttributor.coordinators.contains(tokens[start]) ? start + 1 : start
    }

    /// One or two lower-case words between a quotation's closing mark (after its own comma or
    /// question mark) and the speaker's name: "“...,” panel Chairman Jason Chaffetz said".
    /// Returns the index after the closing mark.
    func descriptorAfterQuotation(_ tokens: Tokens, before s: Int, _ r: Range<Int>) -> Int? {
        // ("“...,” a spokesman for the European Commission said": the speaker is the organisation, and the
        // holder before "for" stands between.)
        if s - 2 > r.lowerBound, tokens[s - 1].lower == "for",
           let mark = (max(r.lowerBound + 1, s - 5)..<(s - 1)).last(where: { !tokens[$0].isWord || tokens[$0].capitalized }),
           QuoteAttributor.closesQuotation(tokens, at: mark),
           lexicon.groups[QuoteAttributor.bare(tokens[s - 2].lower)] != nil || lexicon.titles[tokens[s - 2]] != nil {
            return mark + 1
        }
        var k = s - 1
        // (Up to three words: "“...,” his longtime friend Tom Gould said".)
        while k > r.lowerBound, s - k <= 3, tokens[k].isWord, !tokens[k].capitalized, lexicon.verbs[tokens[k]] == nil,
              !QuoteLexicon.phraseBreakers.contains(tokens[k]) { k -= 1 }
        // ("“...,” Orbis chief product officer Nadia Kim said", "“...,” Acme's chief executive ...": the employer's name
        // before a role right before the name.)
        if k < s - 1, k > r.lowerBound, tokens[k].isWord, tokens[k].capitalized, lexicon.titles[tokens[s - 1]] != nil {
            var c = k
            while c > r.lowerBound, k - c < 3, tokens[c - 1].isWord, tokens[c - 1].capitalized { c -= 1 }
            if QuoteAttributor.closesQuotation(tokens, at: c - 1) { return c }
        }
        guard k < s - 1, k > r.lowerBound, QuoteAttributor.closesQuotation(tokens, at: k) else { return nil }
        if QuoteAttributor.noteAfterMark(tokens, k, speaker: s) { return nil }
        return k + 1
    }

    /// The mark at `k` closes a quotation after its own punctuation ("...,”", "...?”"), so it is not
    /// an apostrophe ("newspapers’ power").
    static func closesQuotation(_ tokens: Tokens, at k: Int) -> Bool {
        guard k > 0, tokens[k].isQuoteMark else { return false }
        switch tokens[k - 1].punct {
        case UInt8(ascii: ","), UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: "."): return true
        default: return false
        }
    }

    /// A lower-case "-ing" word after a comma at `f` that reports no speech: "standing", "smiling", "pointing".
    @inline(never)
    func circumstantialParticiple(_ tokens: Tokens, _ f: Int) -> Bool {
        let t = tokens[f]
        return tokens[f - 1].punct == UInt8(ascii: ",") && t.isWord && !t.capitalized && t.lower.utf8.count > 5
            && t.lower.endsWith("ing") && lexicon.verbs[t] == nil
    }

    /// Where the content after the verb begins, past "that", a listener, a time or a circumstance;
    /// `limit` when only the writer's narrative follows. Also whether a complementizer "that" opened it.
    func contentStart(_ tokens: Tokens, _ r: Range<Int>, _ a: Attribution, limit: Int, trailsQuotation: Bool) -> (Int, Bool) {
        var f = a.cueEnd
        if let np = a.subject, np.lowerBound > a.cueStart, !QuoteAttributor.frontedParticiple(tokens, a) {
            // "..., said Smith, the minister." has no content after the speaker, unless a
            // quotation resumes there: "“...,” said Smith, “...”".
            f = np.upperBound
            var g = f
            while g < limit, tokens[g].punct == UInt8(ascii: ",") { g += 1 }
            if g < limit, case .quoteMark = tokens[g].kind {} else { f = limit }
        }
        // A later cue's subject may start before this cue ends (coordinated verbs share the
        // sentence's subject); the content then is empty rather than a reversed range.
        f = min(f, limit)
        // ("said openly on Tuesday that ...": an adverb of how the words were said, before a circumstance.)
        if f == a.cueEnd, f + 2 < limit, QuoteAttributor.speechAdverbs.contains(tokens[f]),
           QuoteAttributor.prepositions.contains(tokens[f + 1]) || QuoteAttributor.weekdays.contains(tokens[f + 1]) { f += 1 }
        // "announced on Thursday that ...": the content starts after a nearby "that".
        // ("said of his time at Second City that ...": so after what the words were about.)
        if let thatAt = QuoteAttributor.complementizer(tokens, f, min(limit, f + 8)),
           thatAt == f || QuoteAttributor.circumstanceLeads.contains(tokens[QuoteAttributor.pastAdverb(tokens, f, limit)])
            || QuoteAttributor.weekdays.contains(tokens[f]) || f < limit && tokens[f].lower == "of",
           !(f..<thatAt).contains(where: { tokens[$0].kind != .word && tokens[$0].kind != .number }),
           !QuoteAttributor.hasInfinitive(tokens, f, thatAt) {
            f = thatAt
        }
        // ("promised voters that taxes would fall": the people a promise is made to, before "that", are not what was promised.)
        if QuoteAttributor.promiseVerbs.contains(lemmaOf: a.verb), let thatAt = QuoteAttributor.complementizer(tokens, f, min(limit, f + 6)), thatAt > f,
           (f..<thatAt).allSatisfy({ tokens[$0].isWord && !QuoteAttributor.looksLikeVerb(tokens[$0]) && !QuoteLexicon.auxiliaries.contains(tokens[$0]) }),
           QuoteAttributor.objectPronouns[tokens[thatAt - 1]] != nil || mayBePeople(tokens[thatAt - 1]) {
            f = thatAt
        }
        // ("“...,” Ashby writes of the ministers who resigned": after the quotation it attributes, "of" and its phrase say
        // whom the words were about; only a "that" after them, read above, opens a speech of its own.)
        if trailsQuotation, f < limit, tokens[f].lower == "of" { f = limit }
        // "insisted, most recently in an interview with ABC News, that ...": a circumstance between
        // commas before "that" is not the content either.
        if f + 2 < limit, tokens[f].punct == UInt8(ascii: ","),
           let close = scanRange(from: f + 1, upTo: min(limit - 1, f + 16)).first(where: { tokens[$0].punct == UInt8(ascii: ",") }),
           close > f + 1, tokens[close + 1].lower == "that",
           (f + 1..<close).allSatisfy({ (tokens[$0].isWord || tokens[$0].kind == .number) && tokens[$0].lower != "that" }) {
            f = close + 1
        }
        // "said this weekend he would ...", "revealed Tuesday the ...": a leading time is not the content.
        f = QuoteAttributor.skipTime(tokens, f, limit)
        if QuoteAttributor.listenerVerbs.contains(lemmaOf: a.verb) {
            // ("told reporters who asked about the plan that it would pass", "told a woman who suggested that he was harsh
            // that “...”": a listener's relative clause, with its own verb and the "that" of a verb of speech in it, stands
            // before the "that" of what was told.)
            // ("told reporters who covered the story that broke on Monday that ...": so does a relative "that" before its
            // past verb.)
            if let who = scanRange(from: f + 1, upTo: min(limit, f + 5)).first(where: { tokens[$0].lower == "who" }),
               (f..<who).allSatisfy({ tokens[$0].isWord && !QuoteAttributor.looksLikeVerb(tokens[$0]) }),
               let first = QuoteAttributor.complementizer(tokens, who + 2, min(limit, who + 16)) {
                if lexicon.verbs[tokens[first - 1]] == nil, !(first + 1 < limit && QuoteAttributor.looksLikeVerb(tokens[first + 1])) {
                    f = first
                } else if let second = QuoteAttributor.complementizer(tokens, first + 2, min(limit, first + 24)) {
                    f = second
                }
            }
            // "told reporters (that) ...", "told USA Today ...": the listener is not the content.
            // ("told reporters after the meeting that was held ...": that "that" is a relative pronoun.)
            // ("told one of his young protégés on a regular basis that ...": a longer listener phrase, when
            // no verb stands before the "that".)
            if let thatAt = QuoteAttributor.complementizer(tokens, f, min(limit, f + 16)).flatMap({ t in
                   // ("told jurors she had typed letters to investors that she knew ...": no verb of a clause
                   // between the listener and "that", which is then a relative pronoun.)
                   // ("told a packed meeting on Monday night that ...": after a determiner an "-ed" word is an adjective.)
                   // ("told staff in May that ...": a capitalised "May" is the month or a name, no helper verb.)
                   // ("told exhausted negotiators that ...": so is one right after the verb, before its noun.)
                   !(f..<t).contains(where: { QuoteAttributor.looksLikeVerb(tokens[$0]) && !($0 > 0 && QuoteAttributor.nounDeterminers.contains(tokens[$0 - 1]))
                       && !($0 == f && $0 + 1 < t && tokens[$0 + 1].isWord && !tokens[$0 + 1].capitalized && !QuoteAttributor.looksLikeVerb(tokens[$0 + 1]))
                       || QuoteLexicon.auxiliaries.contains(tokens[$0]) && !tokens[$0].capitalized })
                    && (t < f + 8 || (f..<t).allSatisfy({ tokens[$0].isWord })) ? t : nil }) {
                // ("said it had informed regulators and that “...”": a "that" joined by "and" after the listener
                // is the next clause of the speech around this verb, which itself tells nothing more.)
                f = thatAt - 1 > f && QuoteAttributor.coordinators.contains(tokens[thatAt - 1]) ? limit : thatAt
            } else {
                let g = skipObject(tokens, f, limit, listenerOnly: QuoteAttributor.listenerOnlyVerbs.contains(lemmaOf: a.verb))
                // ("could tell a story better than anyone I know": a comparison after the object, which no listener holds;
                // what was told is the object, no clause.)
                if g > f, (f..<g).contains(where: { tokens[$0].lower == "than" }) { return (limit, false) }
                // "asked the board to delay the vote": a request names its listener and what they are to
                // do; like "urged Congress to act", the content keeps both.
                // ("told a senator to “grow up”": the speaker's own words may open with a quotation mark.)
                let infinitiveAt = g + 2 < limit && QuoteAttributor.opensQuotation(tokens[g + 1]) ? g + 2 : g + 1
                if g > f, infinitiveAt < limit, tokens[g].lower == "to", tokens[infinitiveAt].isWord,
                   !QuoteAttributor.opensNounPhrase(tokens[infinitiveAt]),
                   QuoteAttributor.requestVerbs.contains(lemmaOf: a.verb) {
                    return (f, true)
                }
                // ("told reporters later that ...": a time or circumstance after the listener, then "that".)
                // ("warned the plan would fail": a phrase before a helper verb is the reported clause's subject,
                // no listener.)
                // ("told reporters on Monday the deal was dead": a time after the listener, before a clause, as after the verb.)
                if !(g > f && g < limit && QuoteAttributor.finiteAuxiliaries.contains(tokens[g])) {
                    f = QuoteAttributor.circumstanceBeforeThat(tokens, g, limit) ?? QuoteAttributor.skipTime(tokens, g, limit)
                }
            }
        }
        // ("disagreed over whether the plant should be built": the question is the content, not its preposition.)
        if f + 2 < limit, tokens[f + 1].lower == "whether", QuoteAttributor.purePrepositions.contains(tokens[f]) { f += 1 }
        // ("said about 500 estates would pay": "about" before a number is an approximation, no preposition.)
        if f < limit, QuoteAttributor.prepositions.contains(tokens[f]),
           !(f + 1 < limit && tokens[f + 1].kind == .number && QuoteAttributor.approximations.contains(tokens[f])) {
            // "said during a rally in Michigan that ...", "said at a briefing, ...": the circumstance is not the content.
            // ("data showed on Thursday, adding to signs that ...": not into a participle's clause after a comma;
            // "said on Monday, speaking in Leeds, that ..." closes it with a comma before "that".)
            if let thatAt = QuoteAttributor.complementizer(tokens, f, min(limit, f + 12)), !QuoteAttributor.hasInfinitive(tokens, f, thatAt),
               thatAt <= f + 1 || tokens[thatAt - 1].punct == UInt8(ascii: ",") || !(f..<thatAt - 1).contains(where: { tokens[$0].punct == UInt8(ascii: ",") && tokens[$0 + 1].isWord && tokens[$0 + 1].lower.endsWith("ing") }) {
                f = thatAt
            } else if tokens[f].lower == "to", f + 1 < limit, a.verb.frame != .agreement,
                      QuoteAttributor.opensNounPhrase(tokens[f + 1]) || QuoteAttributor.objectPronouns[tokens[f + 1].lower] != nil
                        || lexicon.groups[tokens[f + 1]] != nil
                        // ("was filmed responding to chants from the away end": what one responds or replies to is the
                        // matter, however bare its noun.)
                        || a.verb.lemma == "respond" || a.verb.lemma == "reply" {
                // ("wrote to staff on Tuesday", "spoke to them": a group noun or a pronoun is a listener too.)
                // ("did not respond to a request for comment", "said to the nominee, who ...": before a noun
                // phrase "to" names the listener or the matter, and no content follows without "that".)
                f = limit
            } else if tokens[f].lower == "to" {
                // "wants to remain in the hospital, but ...": an infinitive is the content.
            } else if let p = QuoteAttributor.pronounAfterCircumstance(tokens, f, limit) {
                // ("said in a statement it expected a recovery": the circumstance, then the clause's pronoun subject.)
                f = p
            } else if let d = QuoteAttributor.determinerAfterVenue(tokens, f, limit), hasClause(tokens, d, limit) {
                // ("told a news conference in Riyadh the group would act": the place, then the clause's subject.)
                f = d
            } else if let comma = scanRange(from: f, upTo: min(limit, f + 10)).first(where: { tokens[$0].punct == UInt8(ascii: ",") }) {
                f = comma
                // ("sings on “Certain,” a line ...": a title's closing mark after its comma ends the circumstance.)
                var m = comma + 1
                while m < limit, tokens[m].isQuoteMark, !QuoteAttributor.opensQuotation(tokens[m]) { m += 1 }
                if m > comma + 1 { f = m }
                // "said during a rally in Kenansville, N.C., “but ...”": the place goes on past its comma.
                var g = comma + 1
                while g < limit, g - comma <= 4, tokens[g].isWord && tokens[g].capitalized || tokens[g].punct == UInt8(ascii: ".") { g += 1 }
                if g > comma + 1, g < limit, tokens[g].punct == UInt8(ascii: ","), g + 1 < limit, QuoteAttributor.opensQuotation(tokens[g + 1]) {
                    f = g
                }
            } else if trailsQuotation || !hasClause(tokens, f, limit) {
                // "“...,” Earnest said at a briefing Monday before the vote.": only the circumstance follows.
                f = limit
            }
        } else if f < limit, case let g = QuoteAttributor.pastAdverb(tokens, f, limit),
                  trailsQuotation || !hasClause(tokens, g + 1, limit)
                    // ("said Friday as he entered the talks": a clause led by "as" or "while" with no main
                    // clause after a comma is when it was said. "said while he backs the plan, he ..." reports.)
                    // ("conceded shortly after the result was announced": past an adverb before it too.)
                    || circumstanceClause(tokens, g, limit) && a.verb.frame != .naming,
                  QuoteAttributor.subordinators.contains(tokens[g]) || QuoteAttributor.weekdays.contains(tokens[g]),
                  !scanRange(from: g, upTo: min(limit, g + 12)).contains(where: { tokens[$0].lower == "that" }) {
            // "“...,” Hollande said Friday as he entered the talks", "she yells while moving along the street".
            f = limit
        }
        // A complementizer "that" introduces a clause whatever its words ("argued that schools lack
        // the kitchens to cope" has no verb the clause test knows).
        // ("Reyes said — but she declined ...": a dash after the verb is a separator too.)
        var introducedByThat = false
        // ("said only that it was ...": a focusing adverb before "that" is not the speech.)
        // ("has said repeatedly that ...", "said previously that ...": so is any "-ly" adverb.)
        if f + 1 < limit, tokens[f + 1].lower == "that", QuoteAttributor.focusingAdverbs.contains(tokens[f])
            || tokens[f].isWord && !tokens[f].capitalized && tokens[f].lower.endsWith("ly") && tokens[f].lower.utf8.count > 4
                && !QuoteAttributor.nounsInLy.contains(tokens[f]) { f += 1 }
        // ("Harris aides said privately they were pleased": an adverb of how or when the words were said, right
        // after the verb, before the clause. Not "said early voting was up", whose "-ly" word is the clause's.)
        // (Only where the content opens at the verb, so never after the adverb skipped just above.)
        if f == a.cueEnd, f + 2 < limit, QuoteAttributor.speechAdverbs.contains(tokens[f]), tokens[f + 1].isWord { f += 1 }
        // ("put it bluntly: the numbers ...", "said simply: ...", "put it this way: ..."): how the words were put, before
        // the colon that opens them.)
        if let colon = QuoteAttributor.mannerBeforeColon(tokens, f, limit) { f = colon }
        while f < limit, tokens[f].lower == "that" || tokens[f].punct == UInt8(ascii: ",") || tokens[f].punct == UInt8(ascii: ":")
                || (tokens[f].isDash && f + 1 < limit && tokens[f + 1].isWord)
                // ("said, quietly, “Thanks, Dad.”": a manner adverb between commas before a quotation.)
                || (tokens[f - 1].punct == UInt8(ascii: ",") && QuoteAttributor.mannerAdverbBeforeQuotation(tokens, f, limit)) {
            if tokens[f].lower == "that" {
                // ("rejected that criticism,": before a short noun phrase and a stop, "that" is a determiner.)
                if QuoteAttributor.isDeterminerThat(tokens, f, limit, objectVerb: a.verb.objectContent) { break }
                // ("he said that was “a question for the chairman”": right before a finite verb, "that" is
                // the clause's subject.)
                if f + 1 < limit, QuoteAttributor.finiteAuxiliaries.contains(tokens[f + 1]) || tokens[f + 1].lower == "seems" { break }
                // ("calls that “a landlord's argument”": before a naming verb's quotation it is the object.)
                // ("has called that position “naive”": so before a noun or two and the quotation.)
                if a.verb.frame == .naming, let q = scanRange(from: f + 1, upTo: min(limit, f + 4)).first(where: { !tokens[$0].isWord }),
                   QuoteAttributor.opensQuotation(tokens[q]) { break }
                introducedByThat = true
            }
            f += 1
        }
        // "..., Graham said, since the vast majority ...": a subordinate clause after the verb is the
        // reporter's, not the speaker's; the speech is before the attribution.
        // ("“...,” he said, cutting off a reporter": a participle after the comma is narrative too.)
        if f < limit, QuoteAttributor.subordinators.contains(tokens[f]) || QuoteAttributor.narrativeConjunctions.contains(tokens[f])
            // ("..., the statistics office said, compared with the 0.4 percent forecast": a past participle and
            // its preposition are the writer's comparison.)
            || (tokens[f].isWord && !tokens[f].capitalized && tokens[f].lower.endsWith("ed") && f + 1 < limit
                && QuoteAttributor.prepositions.contains(tokens[f + 1]))
            || (tokens[f].isWord && !tokens[f].capitalized && tokens[f].lower.utf8.count > 4 && tokens[f].lower.endsWith("ing")
                // (but "he said, replacing Clinton would be ...": a gerund subject with its own verb, before
                // any subordinate clause: "speaking on condition of anonymity because the talks are private")
                // (", adding to evidence that insects are ...": the helper of a clause after "that" is not the gerund's.)
                && !(f..<limit).prefix(while: { !QuoteAttributor.subordinators.contains(tokens[$0]) && tokens[$0].punct != UInt8(ascii: ",")
                    && tokens[$0].lower != "that" })
                    .contains { QuoteAttributor.auxiliaries.contains(tokens[$0]) })
            // ("He has come up with a model, he said, for how ...": after an attribution set between
            // commas, a prepositional phrase without a quotation continues the speech before it.)
            || (QuoteAttributor.purePrepositions.contains(tokens[f]) && parenthetical(tokens, r, a)
                && !(f..<limit).contains { tokens[$0].isQuoteMark })
            // ("she said in the video, which was viewed a million times": a relative clause after the comma
            // is about the word before it.)
            || QuoteAttributor.relativePronouns.contains(tokens[f]) || tokens[f].lower == "whose",
           a.cueEnd < limit,
           f > a.cueEnd, tokens[f - 1].punct == UInt8(ascii: ","),
           // ("He said that, if elected, he'd leave ...": after "that" the clause is the content.)
           !(a.cueEnd..<f).contains(where: { tokens[$0].lower == "that" }) {
            f = limit
        }
        return (f, introducedByThat)
    }

    /// A clause led by "as", "while", "after" or "before", after a weekday or not, with no comma for
    /// a main clause to follow: "Friday as he entered the talks".
    func circumstanceClause(_ tokens: Tokens, _ f: Int, _ limit: Int) -> Bool {
        let g = QuoteAttributor.weekdays.contains(tokens[f]) ? f + 1 : f
        return g < limit && QuoteAttributor.circumstanceSubordinators.contains(tokens[g])
            && !(g..<limit).contains(where: { tokens[$0].punct == UInt8(ascii: ",") })
    }

    /// The attribution stands between commas inside its sentence: "X, he said, ...".
    func parenthetical(_ tokens: Tokens, _ r: Range<Int>, _ a: Attribution) -> Bool {
        guard let np = a.subject, np.upperBound <= a.cueStart, np.lowerBound - 1 > r.lowerBound else { return false }
        return tokens[np.lowerBound - 1].punct == UInt8(ascii: ",") && a.cueEnd < r.upperBound && tokens[a.cueEnd].punct == UInt8(ascii: ",")
    }

    /// Where the content beginning at `f` ends: before "according to", a second predicate of the
    /// speaker, the writer's comment (`ContentBoundary`), or the end of the subordinate clause the cue is in.
    func contentEnd(_ tokens: Tokens, _ r: Range<Int>, _ a: Attribution, from f: Int, limit: Int) -> Int {
        // Stop before a trailing "according to X", and before a second predicate of the speaker
        // ("claimed X, but offered no proof").
        var end = limit
        // "After saying the pier was unsafe, Ames closed it": the content ends at the comma before the subject.
        if QuoteAttributor.frontedParticiple(tokens, a), let np = a.subject,
           let comma = (a.cueEnd..<np.lowerBound).last(where: { tokens[$0].punct == UInt8(ascii: ",") }) {
            end = min(end, comma + 1 < np.lowerBound && tokens[comma + 1].isQuoteMark ? comma + 2 : comma)
        }
        // (Not inside an open quotation: "says the company “reports having 987 subsidiaries, according to its own website.”"
        // quotes the source's own "according to".)
        if let acc = (f..<limit).first(where: { tokens[$0].lower == "according" && $0 + 1 < limit && tokens[$0 + 1].lower == "to"
            && !QuoteAttributor.quotationOpen(tokens, from: f, to: $0) }) { end = acc }
        // ("said the plan would work, in an interview with the BBC", ", in a televised address to the nation":
        // where it was said, after a comma at the end, is not the speech.)
        // (Read after the venue's noun, which may look like a verb, "in comments to reporters"; a relative clause on it is
        // the writer's too, ", in remarks that angered the council".)
        if let venue = QuoteAttributor.trailingVenue(tokens, from: f + 1, to: end),
           let noun = scanRange(from: venue + 2, upTo: min(end, venue + 6)).first(where: { QuoteAttributor.speechVenues.contains(tokens[$0]) }),
           noun + 1 >= end || !hasClause(tokens, noun + 1, end) || QuoteAttributor.isRelativeThatOrWhich(tokens[noun + 1]) {
            end = venue
        }
        // ("had threatened the boy but had not been arrested": a short noun phrase with no verb, then "but" and a
        // predicate, is the verb's object and the speaker's second act; no clause was reported.)
        if f < end, let but = scanRange(from: f + 1, upTo: min(end - 1, f + 6)).first(where: { !(tokens[$0].isWord || tokens[$0].kind == .number) || tokens[$0].lower == "but" }),
           tokens[but].lower == "but", QuoteAttributor.looksLikePredicate(tokens[but + 1]) || QuoteAttributor.finiteAuxiliaries.contains(tokens[but + 1]),
           !(f..<but).contains(where: { QuoteAttributor.looksLikeVerb(tokens[$0]) || QuoteLexicon.auxiliaries.contains(tokens[$0])
               || QuoteAttributor.clauseMarkers.contains(tokens[$0]) }) {
            end = but
        }
        // ("said it would never sell data, hours after a newspaper reported the opposite": the writer's
        // time line, after a comma, is not the speech.)
        if let comma = QuoteAttributor.timeDistanceAfterComma(tokens, from: f + 1, to: end) { end = comma }
        // ("told the cashier to empty the till, the court heard.": the report of a hearing closing the sentence.)
        if let comma = QuoteAttributor.courtHeardAfterComma(tokens, from: f + 1, to: end) { end = comma }
        // ("agreed to share the cost, in what both described as “a necessary step”": someone's naming of the act, after a
        // comma, is a speech of its own.)
        if let comma = QuoteAttributor.characterisationAfterComma(tokens, from: f + 1, to: end) { end = comma }
        // "What residents say they want is simpler": in a free relative the speech ends where the
        // writer's own verb follows. ("what the senators said was gerrymandering": unless that verb
        // opens it, the speech's own predicate.)
        let speakerStart = min(a.subject?.lowerBound ?? a.cueStart, a.cueStart)
        if speakerStart > r.lowerBound, tokens[speakerStart - 1].lower == "what", f < end, !QuoteLexicon.auxiliaries.contains(tokens[f]),
           let verb = (f + 2..<max(f + 2, end)).first(where: { ["is", "was", "are", "were"].contains(tokens[$0].lower) }) {
            end = verb
        }
        // ("A petition calling on the company to reconsider has gathered 8,000 signatures": a participle
        // inside the sentence's subject, right after its noun, asking someone to act; the first finite
        // verb after the infinitive is the writer's. "calling for Mr. Hale to be reinstated": a title's period is
        // part of the phrase.)
        if a.cueStart > r.lowerBound + 1, tokens[a.cueStart].lower.endsWith("ing"), a.subject?.upperBound == a.cueStart,
           tokens[a.cueStart - 1].isWord, !tokens[a.cueStart - 1].capitalized, f < end,
           let to = (f + 1..<end).first(where: { tokens[$0].lower == "to" && $0 + 1 < end && tokens[$0 + 1].isWord && !QuoteAttributor.opensNounPhrase(tokens[$0 + 1]) }),
           !(f..<to).contains(where: { QuoteAttributor.startsPredicate(tokens[$0]) || !tokens[$0].isWord && !titlePeriodBeforeName(tokens, $0, to) }),
           let verb = (to + 2..<end).first(where: { QuoteAttributor.finiteAuxiliaries.contains(tokens[$0]) || QuoteAttributor.passiveAuxiliaries.contains(tokens[$0]) }),
           !(to + 2..<verb).contains(where: { !tokens[$0].isWord || QuoteAttributor.coordinators.contains(tokens[$0]) }) {
            end = verb
        }
        // ("how experts say it would shape tax law has endured": the same after "how" or "why", where the
        // writer's verb is the first one past the speech's own verb group.)
        if speakerStart > r.lowerBound, ["how", "why"].contains(tokens[speakerStart - 1].lower), f < end,
           let verb = QuoteAttributor.outerPredicate(tokens, f, end) {
            end = verb
        }
        // ("Critics who say the plan will fail were ignored", "A man who threatened staff with a knife has been jailed": in a
        // relative clause about the sentence's opening subject, the sentence's own verb ends the speech: the verb after
        // the speech's own, or for a verb whose object is its content, or a demand's, the first.)
        // ("Messages in which she mocked colleagues were published": so in a relative clause after a preposition, its
        // subject the speaker, that follows a clause's short opening subject with no verb of its own.)
        // ("in which she appeared to mock colleagues": a verb lending its subject to the cue's infinitive may stand between.)
        // ("A girl who wrote to the council complaining that ... has been told": so a participle's in that relative clause.)
        if let s = a.subject, f < end,
           s.lowerBound == r.lowerBound && s.upperBound < a.cueStart && tokens[s.upperBound].lower == "who"
            && (s.upperBound + 1 == a.cueStart || tokens[a.cueStart].lower.endsWith("ing")
                && !(s.upperBound..<a.cueStart).contains(where: { tokens[$0].punct == UInt8(ascii: ",") }))
            || (s.upperBound == a.cueStart || s.upperBound + 2 == a.cueStart && tokens[s.upperBound + 1].lower == "to"
                && QuoteAttributor.infinitiveLenders.contains(tokens[s.upperBound]))
                && QuoteAttributor.relativeAfterOpeningSubject(tokens, s.lowerBound, r),
           let verb = (a.verb.objectContent || a.verb.frame == .directive) && tokens[f].lower != "that"
            ? QuoteAttributor.firstPredicate(tokens, f, end) : QuoteAttributor.outerPredicate(tokens, f, end) {
            end = verb
        }
        // ("The man who police said was armed was arrested", "The plan officials said would save money was dropped": a
        // speech whose subject is gapped by a relative clause (it opens on its finite helper, right after the cue) ends
        // before the sentence's own verb.)
        // ("A plan experts say threatens jobs was approved": so when it opens on a present verb.)
        if f < end, QuoteAttributor.gappedSpeechOpens(tokens, r, a, f, end),
           let verb = QuoteAttributor.finiteAuxiliaries.contains(tokens[f])
            ? QuoteAttributor.outerPredicate(tokens, f, end) : QuoteAttributor.firstPredicate(tokens, f + 1, end) {
            end = verb
        }
        // (Not inside an open quotation, whose words are the speaker's: "said the plan was “a start, but also a risk.”".
        // The marks are counted only at such a comma, which is rare.)
        if let cut = (f..<max(f, end - 2)).first(where: { j in
            tokens[j].punct == UInt8(ascii: ",") && ["but", "and"].contains(tokens[j + 1].lower)
                && QuoteAttributor.looksLikePredicate(tokens[j + 2]) && !QuoteAttributor.quotationOpen(tokens, from: f, to: j) }) {
            end = cut
        }
        // ("would respond “in a measured way” but did not say how", "and declined to elaborate": the writer's
        // note on what the speaker left unsaid is no part of the speech.)
        // (The scan looks for the rarer refusal word first, by word shape and hash: it reads every token
        // of every content.)
        let refusalShapes = QuoteAttributor.refusalShapes
        for k in f + 2..<max(f + 2, end - 1) where refusalShapes.mayContain(tokens[k].shape) && QuoteAttributor.refusals.contains(tokens[k]) {
            // ("but gave no figure", "and offered no evidence": what the speaker gave none of.)
            if tokens[k].lower == "no" {
                guard k - 2 > f, QuoteAttributor.butAnd.contains(tokens[k - 2]), QuoteAttributor.withheldPasts.contains(tokens[k - 1]) else { continue }
                end = tokens[k - 3].punct == UInt8(ascii: ",") ? k - 3 : k - 2
                break
            }
            // The "but" or "and" that joins the note: before the refusal word, or before "did".
            let cut = tokens[k - 1].lower == "did" ? k - 2 : k - 1
            let verbAt = tokens[k + 1].lower == "to" && k + 2 < end ? k + 2 : k + 1
            guard cut > f, QuoteAttributor.butAnd.contains(tokens[cut]), QuoteAttributor.unsaidVerbs.contains(tokens[verbAt]) else { continue }
            end = tokens[cut - 1].punct == UInt8(ascii: ",") ? cut - 1 : cut
            break
        }
        // ("said the flights were cancelled because of illness and apologised to passengers", "said sales fell and thanked its
        // staff": "and" and an act only a person does, after a speech whose subject is a thing, is the speaker's next act.
        // Not after a person or a group, who may have done it: "said residents were frightened and wept".)
        // (A loop over word shapes: it reads every token of every content, and few are "and".)
        let andShape = QuoteAttributor.andShape
        var and = f + 2
        while and < end - 1, tokens[and].shape != andShape || tokens[and].lower != "and" || !QuoteAttributor.personalActs.contains(tokens[and + 1]) {
            and += 1
        }
        if and < end - 1, !QuoteAttributor.quotationOpen(tokens, from: f, to: and), !opensWithPersonOrGroup(tokens, f, and) {
            end = tokens[and - 1].punct == UInt8(ascii: ",") ? and - 1 : and
        }
        // ("called its removal “a surrender” and voted against the bill": so after a name or an object,
        // unless the second act is speech too: "called her “disgusting” and referred to her “sex tape”".)
        if f < end, a.verb.frame == .naming || a.verb.objectContent,
           let close = (f + 1..<end).first(where: { tokens[$0].isQuoteMark && $0 + 2 < end && tokens[$0 + 1].lower == "and"
               && QuoteAttributor.looksLikeVerb(tokens[$0 + 2]) && lexicon.verbs[tokens[$0 + 2]] == nil && tokens[$0 + 2].lower != "referred"
               && (f..<$0).contains(where: { QuoteAttributor.opensQuotation(tokens[$0]) }) }) {
            end = close + 1
        }
        // ("called the device “the best we have made” at an event in Cupertino": after a naming verb's
        // quotation, a place or time is where it was said, the writer's.)
        // ("hailed his side's performance as “close to perfect” after they beat Chelsea": so after an object verb's "as" and
        // its quotation.)
        if f < end, a.verb.frame == .naming || a.verb.objectContent || a.verb.asQuoted,
           let close = QuoteAttributor.namingCircumstance(tokens, f, end, afterAs: a.verb.frame != .naming) { end = close + 1 }
        // "chanted “What curfew?” and kept going": a quotation, then a second predicate of the speaker.
        if f < end, QuoteAttributor.opensQuotation(tokens[f]),
           let close = (f + 1..<end).first(where: { tokens[$0].isQuoteMark }), close + 2 < end,
           tokens[close + 1].lower == "and", QuoteAttributor.startsPredicate(tokens[close + 2]) {
            end = close + 1
        }
        // "Trump — even as he says his experience qualifies him — has proposed little": a closing
        // dash followed by the sentence's own verb ends the parenthetical speech.
        if (r.lowerBound..<a.cueStart).contains(where: { QuoteAttributor.afterDash(tokens, $0) != nil }),
           let cut = (f..<max(f, end - 1)).first(where: { j in
            guard let after = QuoteAttributor.afterDash(tokens, j), after < end else { return false }
            return ["has", "have", "had", "is", "was", "are", "were", "will", "would"].contains(tokens[after].lower)
        }) {
            end = cut
        }
        // ("told residents the plan was good and repeated her claim that ...": the content stops where the next
        // cue's phrase begins, so a second predicate of the speaker, "and" and a verb, can be all that is left
        // at its end.)
        if end - 2 > f, end == limit, QuoteAttributor.butAnd.contains(tokens[end - 2]), QuoteAttributor.looksLikePredicate(tokens[end - 1]) {
            end -= 2
            if tokens[end - 1].punct == UInt8(ascii: ",") { end -= 1 }
        }
        // ("has promised a refund and attempted to contact every customer": content that is a noun phrase with no verb of its
        // own ends where "and" and a past verb start the speaker's second act. A verb whose object is its content has the
        // same rule in `objectEnd`.)
        if !a.verb.objectContent, f < end, tokens[f].isWord,
           let and = scanRange(from: f + 1, upTo: end - 1).first(where: { !tokens[$0].isWord || tokens[$0].lower == "and" }),
           QuoteAttributor.secondPredicateAfterNoun(tokens, and: and, end), !hasClause(tokens, f, and) {
            end = and
        }
        end = ContentBoundary.end(tokens, from: f, to: end) { hasClause(tokens, $0, $1) }
        // ("A man who threatened to kill an MP has been jailed": an infinitive in a relative clause ends
        // where the sentence's own verb begins.)
        if let main = QuoteAttributor.mainVerbAfterRelativeInfinitive(tokens, a, f, end) { end = main }
        // ("Contrary to his claim that people would learn nothing, the records ...": the clause
        // after a speech noun ends at the first comma outside quotation marks.)
        // (A comma inside a closing mark ends it too: "his claim that people would “learn nothing,” there ...".)
        if a.noun {
            var marks = 0
            // ("her acknowledgment that to pay for the programs she has proposed, she needs to raise revenue": after a leading
            // infinitive or prepositional phrase, its comma opens the clause's own subject and verb.)
            let leading = f < end && (tokens[f].lower == "to" || QuoteAttributor.purePrepositions.contains(tokens[f]))
            var skipped = false
            if let j = (f..<end).first(where: { j in
                if tokens[j].isQuoteMark {
                    marks += 1
                    return marks % 2 == 0 && j > f && tokens[j - 1].punct == UInt8(ascii: ",")
                }
                guard marks % 2 == 0, tokens[j].punct == UInt8(ascii: ",") else { return false }
                if leading, !skipped, j + 1 < end, hasClause(tokens, j + 1, end) {
                    skipped = true
                    return false
                }
                return true
            }) { end = tokens[j].isQuoteMark ? j + 1 : j }
            // ("Nervo's conclusion that the plan would fail was ignored": without a comma, the clause ends
            // at the writer's verb, a second verb after the clause's own with no conjunction between.)
            end = QuoteAttributor.outerPredicate(tokens, f, end) ?? end
        }
        if let comma = QuoteAttributor.relativeClauseEnd(tokens, a, from: f, to: end, r) { end = comma }
        // ("cited the figure at last week's forum": a verb's object ends sooner than a clause.)
        // (A record is shown at no unnamed place: "It shows an officer aiming a gun at an unseen man" runs on.)
        if a.verb.objectContent {
            end = objectEnd(tokens, from: f, to: end, anyVenue: !a.verb.evidenceObject, directive: a.verb.frame == .directive,
                            infinitive: a.cueStart > r.lowerBound && tokens[a.cueStart - 1].lower == "to",
                            forecast: a.verb.frame == .intention || a.verb.lemma == "predict")
        }
        // "While Trump acknowledged using the tax code, he does not defend it": a cue inside a
        // fronted subordinate clause has content only up to the comma that closes that clause.
        // ("As Smith noted, the plan failed": after "as" the main clause is what was said.)
        // ("As Lee noted last week, the plan failed": a time may stand before that comma.)
        let asReported = QuoteAttributor.opensWithAs(tokens, r) && a.cueEnd < limit
            && (tokens[a.cueEnd].punct == UInt8(ascii: ",") || QuoteAttributor.timeBeforeComma(tokens, from: a.cueEnd, limit) != nil)
        // ("And while Trump has railed against ..., he's sought ...": past a leading conjunction.)
        // ("Speaking as the airline reported record profits, Tom Grant said": or a leading gerund before the subordinator.)
        let lead = r.lowerBound + 1 < a.cueStart && (QuoteAttributor.discourseOpeners.contains(tokens[r.lowerBound])
            || tokens[r.lowerBound].lower.utf8.count > 5 && tokens[r.lowerBound].lower.endsWith("ing")
                && QuoteAttributor.subordinators.contains(tokens[r.lowerBound + 1])) ? r.lowerBound + 1 : r.lowerBound
        // ("On the day that Samsung announced its features were shipping, I rushed over": so does a preposition's time and
        // its "that" or "when".)
        let timeLead = QuoteAttributor.prepositions.contains(tokens[lead])
            && scanRange(from: lead + 2, upTo: min(a.cueStart, lead + 6)).contains(where: { k in
                (tokens[k].lower == "that" || tokens[k].lower == "when") && ContentBoundary.timesWhenDescribes.contains(tokens[k - 1]) })
        if QuoteAttributor.subordinators.contains(tokens[lead]) || timeLead, !asReported,
           !(lead..<a.cueStart).contains(where: { tokens[$0].punct == UInt8(ascii: ",") }),
           let comma = QuoteAttributor.commaOutsideQuotation(tokens, from: a.cueEnd, to: end) {
            // (A comma inside a closing mark, "called the plan “bold,” she ...": the mark stays with the content.)
            end = max(f, comma + 1 < end && tokens[comma + 1].isQuoteMark ? comma + 2 : comma)
        } else if let opener = a.subject.flatMap({ [cueStart = a.cueStart] s in s.lowerBound - 2 >= r.lowerBound && s.upperBound <= cueStart
                        && QuoteAttributor.clauseOpeners.contains(tokens[s.lowerBound - 1]) ? s.lowerBound - 2 : nil })
                    // ("... and once he has said his piece, he is ready to move on": right before the subject, first; "In
                    // his veto message, Newsom wrote that while he supported ...": an earlier comma leads no such clause.)
                    // (The cue's start captured alone, not the attribution.)
                    ?? (r.lowerBound..<a.cueStart).last(where: { tokens[$0].punct == UInt8(ascii: ",") }),
                  opener + 1 < a.cueStart, QuoteAttributor.clauseOpeners.contains(tokens[opener + 1]),
                  let comma = QuoteAttributor.commaOutsideQuotation(tokens, from: a.cueEnd, to: end),
                  // ("wrote that while he supported “meaningful reform,” the measure would ...": past a mark after the comma
                  // that closes a quotation opened after the cue, which stays with the content; not one that opens a
                  // quotation, "when he said that under Obama, “the generals ...”".)
                  case let closed = comma + 1 < end && tokens[comma + 1].isQuoteMark
                      && (a.cueEnd..<comma).reduce(0, { tokens[$1].isQuoteMark ? $0 + 1 : $0 }) % 2 == 1,
                  case let next = closed ? comma + 2 : comma + 1,
                  next + 1 < end,
                  QuoteLexicon.pronouns[tokens[next]] != nil || tokens[next].capitalized
                      || QuoteAttributor.nounDeterminers.contains(tokens[next]) {
            // "Once in my twenties, when my mother mentioned the devil, I laughed and said ...":
            // the same inside the sentence, when a main clause follows the closing comma.
            end = max(f, closed ? next : comma)
        }
        // ("cited a report which, he said, showed ...", "pointed to a speech in which, she said, ...": a relative word left
        // before another attribution's comma opens that clause; it is no part of this speech.)
        if end - 2 > f, tokens[end - 1].punct == UInt8(ascii: ","), QuoteAttributor.relativePronouns.contains(tokens[end - 2]) {
            end -= end - 3 > f && QuoteAttributor.purePrepositions.contains(tokens[end - 3]) ? 3 : 2
        }
        return end
    }

    /// An odd number of quotation marks in `a..<b`: a quotation opened there is still open at `b`.
    static func quotationOpen(_ tokens: Tokens, from a: Int, to b: Int) -> Bool {
        var open = false
        for j in a..<max(a, b) where tokens[j].isQuoteMark { open.toggle() }
        return open
    }

    /// The first comma in `a..<b` outside an open quotation: the comma that closes a fronted clause is the writer's, and
    /// one inside the speaker's quoted words is not ("when Clinton suggested that Trump “doesn't want the American people,
    /// all of you watching tonight, to know ...”, ..."). A closing mark's own comma ("“bold,”") counts.
    static func commaOutsideQuotation(_ tokens: Tokens, from a: Int, to b: Int) -> Int? {
        var open = false
        for j in a..<max(a, b) {
            if tokens[j].isQuoteMark {
                open.toggle()
            } else if tokens[j].punct == UInt8(ascii: ","), !open || j + 1 < b && tokens[j + 1].isQuoteMark {
                return j
            }
        }
        return nil
    }

    /// Where a verb's object, as content, ends: before a comma and the sentence's own verb ("after
    /// railing against carried interest, produced a plan"), a new clause or second predicate
    /// ("condemned the launch as Pyongyang fired", "praised his work but also had to"), or where and
    /// when it was named ("called for more investment in a statement on Thursday", "cited the figure
    /// at last week's forum", "blasted Clinton as a “disgrace” Wednesday on a radio show"). With
    /// `anyVenue` false (a record's object), "in a" or "at an" is no such place: a record is not named
    /// anywhere, and what it shows may happen at a place.
    /// `directive`: the verb asks someone to act, so an infinitive after a circumstance is still its
    /// content ("urged supporters at a rally to vote early").
    /// `infinitive`: the verb is an infinitive, which a second one may follow with "and" ("to accuse the campaign of
    /// being duped and encourage Americans to ...").
    /// `forecast`: the object is an event foreseen or proposed, whose month or year is its own ("predicted a fall in April").
    func objectEnd(_ tokens: Tokens, from f: Int, to end: Int, anyVenue: Bool = true, directive: Bool = false, infinitive: Bool = false,
                   forecast: Bool = false) -> Int {
        guard f < end else { return end }
        func predicateAfterComma(_ j: Int) -> Bool {
            tokens[j].punct == UInt8(ascii: ",") && QuoteAttributor.looksLikePredicate(tokens[j + 1])
        }
        func newClause(_ j: Int, _ end: Int) -> Bool {
            let w = tokens[j].lower, next = tokens[j + 1]
            // ("cited it as an example", "deals such as NAFTA", "work after the attacks": as, after,
            // before, since and until are prepositions unless a subject and its verb follow.)
            if QuoteAttributor.pureSubordinators.contains(w) {
                // ("spoke about her ties to the churches while at the convention": no noun phrase runs
                // on through "while", "because" or "although"; "when" and "if" may open its own clause.)
                if w != "when", w != "if" { return true }
                return QuoteLexicon.pronouns[next] != nil || next.capitalized || QuoteAttributor.nounDeterminers.contains(next)
            }
            if QuoteAttributor.subordinators.contains(w), w != "even", j + 2 < end {
                // ("praised his side after they came from two goals down": an irregular past is a verb too.)
                // ("appealing for witnesses after a 15-year-old boy was injured", "after a young cyclist was hurt": an
                // age or an adjective may stand before the noun.)
                if QuoteAttributor.nounDeterminers.contains(next) {
                    if j + 3 < end && tokens[j + 2].isWord && QuoteAttributor.looksLikeVerb(tokens[j + 3]) { return true }
                    // (Up to two modifiers, then a noun: neither a verb nor a function word, "as a crutch because it failed",
                    // "after an 84-year-old man's car was stolen".)
                    func modifierOrNoun(_ t: Token) -> Bool {
                        (t.isWord || t.kind == .number) && !QuoteAttributor.looksLikeVerb(t) && !QuoteAttributor.subordinators.contains(t)
                            && QuoteLexicon.pronouns[t] == nil && !QuoteAttributor.prepositions.contains(t)
                    }
                    var k = j + 2
                    while k < min(end, j + 5), modifierOrNoun(tokens[k]) { k += 1 }
                    return k > j + 3 && k < end && QuoteAttributor.looksLikeVerb(tokens[k])
                }
                // ("defends school phone ban as teachers report calmer classrooms": a bare plural and a verb.)
                if next.isWord, !next.capitalized, next.lower.looksPlural, tokens[j + 2].isWord,
                   lexicon.verbs[tokens[j + 2]] != nil || QuoteAttributor.looksLikePredicate(tokens[j + 2]) {
                    return true
                }
                return (QuoteLexicon.pronouns[next] != nil || next.capitalized) && QuoteAttributor.looksLikeVerb(tokens[j + 2])
            }
            // ("promised a veto and attempted to ...": "and" before a past verb starts a second predicate.
            // Not before a helper: "a nation that borders China and has had ..." stays in its relative clause.)
            // (After an infinitive, "and" before a bare word and its object, a name, a determiner or a pronoun, starts a
            // second infinitive: "to accuse ... and encourage Americans to". Not a plural or a participle: "of fraud and
            // lies", "and rising costs".)
            // (Not a determiner or a preposition, which opens a noun's phrase: "to call for an end to the wars in Ukraine and
            // the Middle East".)
            if infinitive, w == "and", j + 2 < end, next.isWord, !next.capitalized, !next.lower.looksPlural, !next.lower.endsWith("ed"),
               !next.lower.endsWith("ing"), !QuoteAttributor.nounDeterminers.contains(next), !QuoteAttributor.articles.contains(next),
               !QuoteAttributor.purePrepositions.contains(next), case let object = tokens[j + 2], object.isWord,
               object.capitalized || QuoteAttributor.nounDeterminers.contains(object) || QuoteAttributor.objectPronouns[object.lower] != nil {
                return true
            }
            return w == "but" && (next.lower == "also" || QuoteAttributor.looksLikePredicate(next))
                || w == "and" && (next.lower == "also" || QuoteAttributor.secondPredicateAfterNoun(tokens, and: j, end))
        }
        func circumstance(_ j: Int, _ end: Int) -> Bool {
            if directive, let to = scanRange(from: j + 1, upTo: min(end, j + 9)).first(where: { tokens[$0].lower == "to" || !tokens[$0].isWord }),
               tokens[to].lower == "to", QuoteAttributor.hasInfinitive(tokens, to, min(end, to + 2)) { return false }
            if QuoteAttributor.weekdays.contains(tokens[j]) {
                return tokens[j - 1].isQuoteMark || QuoteAttributor.circumstancePrepositions.contains(tokens[j + 1])
                    || [UInt8(ascii: "."), UInt8(ascii: ",")].contains(tokens[j + 1].punct)
            }
            // ("could call on their help during natural disasters": a noun phrase never runs on
            // through "during", "amid" or "despite"; a clause inside the object may: "accusing her of
            // being asleep when the calls came in during the attack", "showed Hale saying during the debate".)
            if QuoteAttributor.circumstanceOnlyPrepositions.contains(tokens[j]), !hasClause(tokens, f, j),
               !(f..<j).contains(where: { tokens[$0].isWord && tokens[$0].lower.utf8.count > 4 && tokens[$0].lower.endsWith("ing") }) {
                return true
            }
            // ("has not mentioned Machado since the Monday debate": since a time, not a part of the object.)
            // (Not after a clause of the object's own: "documents show he had been ill since March".)
            if tokens[j].lower == "since", !hasClause(tokens, f, j) {
                let k = ["the", "last"].contains(tokens[j + 1].lower) && j + 2 < end ? j + 2 : j + 1
                return tokens[k].kind == .number || QuoteAttributor.timeNouns.contains(tokens[k]) || QuoteAttributor.months.contains(tokens[k])
            }
            // ("conceded defeat shortly after midnight", "conceded defeat early on Wednesday": an adverb of time before
            // "after", "before" or the phrase of a day is when it was said. Not the time of an event asked for or foreseen,
            // "called for elections early next year".)
            if !directive, !forecast, QuoteAttributor.timeLeads.contains(tokens[j]) || QuoteAttributor.relativeTimes.contains(tokens[j]),
               tokens[j + 1].lower == "after" || tokens[j + 1].lower == "before"
                || QuoteAttributor.relativeTimes.contains(tokens[j]) && ["on", "this", "last", "in", "that"].contains(tokens[j + 1].lower) {
                return true
            }
            // ("praised the crews after a long night", "before the weekend": a time before or after which, with one
            // adjective at most, is when it was said.)
            if tokens[j].lower == "after" || tokens[j].lower == "before" {
                var k = j + 1
                if k < end, ["a", "an", "the", "last", "this"].contains(tokens[k].lower) { k += 1 }
                if k + 1 < end, tokens[k].isWord, !QuoteAttributor.timeNouns.contains(tokens[k]), QuoteAttributor.timeNouns.contains(tokens[k + 1]) { k += 1 }
                return k < end && QuoteAttributor.timeNouns.contains(QuoteAttributor.bare(tokens[k].lower))
            }
            // ("had called for his departure for weeks", "have demanded higher pay for months": how long it was said, closing
            // the phrase. Not a length that is part of what was asked, "called for a ceasefire for 30 days", nor one of a verb
            // inside the object, "accused ministers of ignoring warnings for years".)
            if tokens[j].lower == "for", let d = QuoteAttributor.durationEnd(tokens, from: j + 1, end),
               d == end || !tokens[d].isWord || QuoteAttributor.coordinators.contains(tokens[d]),
               !(f..<j).contains(where: { QuoteAttributor.looksLikeVerb(tokens[$0]) || QuoteLexicon.auxiliaries.contains(tokens[$0])
                   || tokens[$0].lower.utf8.count > 4 && tokens[$0].lower.endsWith("ing") }) { return true }
            guard QuoteAttributor.circumstancePrepositions.contains(tokens[j]) else { return false }
            // ("warned of the worst harvest in a decade", "the biggest losses on record": after a superlative, the span it
            // is measured over is part of the phrase, no venue or time of the speech.)
            // (The span first: it reads two or three words, the superlative a word list for each word before.)
            if j > f, QuoteAttributor.measuredSpan(tokens, from: j + 1, end),
               (f..<j).contains(where: { QuoteAttributor.superlatives.contains(tokens[$0]) }) { return false }
            let next = tokens[j + 1].lower
            // ("endorsed one in July", "criticized the bill in 2019": a month or a year after a plain noun phrase is
            // when it was said. Not the time of an event asked for or foreseen, "called for elections in May",
            // "predicted a fall in April", nor of a clause inside the object, "talks it abandoned in 2009".)
            if !directive, !forecast, tokens[j + 1].capitalized && QuoteAttributor.months.contains(next) || QuoteAttributor.isYear(tokens[j + 1]),
               (f..<j).allSatisfy({ (tokens[$0].isWord || tokens[$0].kind == .number) && !QuoteAttributor.looksLikeVerb(tokens[$0])
                   && tokens[$0].lower != "to" && tokens[$0].lower != "that" && !ContentBoundary.relatives.contains(tokens[$0]) }) { return true }
            return (next == "a" || next == "an") && anyVenue || QuoteAttributor.timeNouns.contains(next)
                || (["last", "this"].contains(next) && j + 2 < tokens.count && QuoteAttributor.timeNouns.contains(QuoteAttributor.bare(tokens[j + 2].lower)))
                || (QuoteAttributor.nounDeterminers.contains(next)
                    && scanRange(from: j + 2, upTo: min(end, j + 5)).contains { QuoteAttributor.speechVenues.contains(QuoteAttributor.bare(tokens[$0].lower)) })
                // ("attacked Machado in early-morning tweets": a venue without a determiner.)
                || scanRange(from: j + 1, upTo: min(end, j + 3)).contains { QuoteAttributor.speechVenues.contains(tokens[$0]) }
        }
        // ("likened the ferry to “a bus that only runs when it feels like it”": inside a double quotation
        // the speaker's words run on; single marks may be apostrophes, so only double ones count.)
        // (Built only when the object holds a mark: most do not.)
        var quoted: [Bool] = []
        if (f..<end).contains(where: { tokens[$0].isQuoteMark }) {
            quoted = [Bool](repeating: false, count: end - f)
            var open = false
            for j in f..<end {
                if case .quoteMark(let m) = tokens[j].kind,
                   m == .straightDouble || m == .leftDouble || m == .rightDouble || m == .lowDouble || m == .leftGuillemet || m == .rightGuillemet {
                    open.toggle()
                } else {
                    quoted[j - f] = open
                }
            }
        }
        // ("accused Rafael Cruz, who was born and raised in Cuba, of associating with ...": nor does a relative clause
        // set between commas before the object's own "of" or infinitive end it.)
        // (Built only when a relative follows a comma: most objects have none.)
        var inserted: [Bool] = []
        for j in f..<max(f, end - 1) where tokens[j].punct == UInt8(ascii: ",") {
            guard let c = ContentBoundary.relativeInsertionEnd(tokens, comma: j, end) else { continue }
            if inserted.isEmpty { inserted = [Bool](repeating: false, count: end - f) }
            for k in j...c { inserted[k - f] = true }
        }
        // Each rule reads the end the earlier rules left, as the phrase shortens. (Applied one after another, not
        // from a list of the three: the list was built anew for every object.)
        var end = end
        func shorten(by rule: (Int, Int) -> Bool) {
            if let cut = (f + 1..<max(f + 1, end - 1)).first(where: {
                (quoted.isEmpty || !quoted[$0 - f]) && (inserted.isEmpty || !inserted[$0 - f]) && rule($0, end) }) { end = cut }
        }
        shorten { j, _ in predicateAfterComma(j) }
        shorten(by: newClause)
        shorten(by: circumstance)
        return end
    }

    /// The index after a length of time at `k`, after "for": "weeks", "several years", "the past year", "the last two
    /// months". A counted length without "past" or "last", "for 30 days", may be part of what was asked, and is none.
    static func durationEnd(_ tokens: Tokens, from k: Int, _ end: Int) -> Int? {
        var k = k
        var recent = false
        if k < end, tokens[k].lower == "the" { k += 1 }
        if k < end, tokens[k].lower == "past" || tokens[k].lower == "last" { k += 1; recent = true }
        if k < end, tokens[k].kind == .number || isNumberWord(tokens[k].lower) {
            guard recent else { return nil }
            k += 1
        } else if k < end, ["several", "many"].contains(tokens[k].lower) {
            k += 1
        }
        guard k < end, timeDistanceUnits.contains(tokens[k]), recent || tokens[k].lower.looksPlural else { return nil }
        return k + 1
    }

    /// The words at `k` are a span something is measured over: "a decade", "years", "a generation", "record", "history".
    static func measuredSpan(_ tokens: Tokens, from k: Int, _ end: Int) -> Bool {
        var k = k
        if k < end, ["a", "an", "the"].contains(tokens[k].lower) { k += 1 }
        if k < end, tokens[k].kind == .number || isNumberWord(tokens[k].lower) || ["several", "many", "few"].contains(tokens[k].lower) { k += 1 }
        return k < end && (timeDistanceUnits.contains(tokens[k]) || ["generation", "generations", "century", "record", "history", "memory"].contains(tokens[k].lower))
    }

    /// The index after a dash starting at `j` ("--", "—", "–"), or nil when `tokens[j]` is no dash.
    static func afterDash(_ tokens: Tokens, _ j: Int) -> Int? {
        let t = tokens[j]
        if t.punct == Token.longDash { return j + 1 }
        if t.punct == UInt8(ascii: "-"), j + 1 < tokens.count, tokens[j + 1].punct == UInt8(ascii: "-") { return j + 2 }
        return nil
    }

    /// The first "that" in a..<b introducing a clause; "the meeting that was held" is a relative.
    static func complementizer(_ tokens: Tokens, _ a: Int, _ b: Int) -> Int? {
        guard a < b, let t = (a..<b).first(where: { tokens[$0].lower == "that" }) else { return nil }
        // ("saying during the debate, “That makes me smart”": a "that" inside a quotation is the
        // speaker's; after a closed one, "tells “Morning Joe” that ...", it is the writer's.)
        if (a..<t).filter({ tokens[$0].isQuoteMark }).count % 2 == 1 { return nil }
        // ("asked the chairwoman why the board ignored that report.": a determiner.)
        if isDeterminerThat(tokens, t, tokens.count) { return nil }
        // ("agrees on what that means": after a question word, "that" is what the question asks about.)
        if t > a, whWords.contains(tokens[t - 1]) { return nil }
        return t + 1 < tokens.count && auxiliaries.contains(tokens[t + 1]) ? nil : t
    }

    /// The colon after one to three words of manner at `f` ("bluntly", "more bluntly", "this way", "simply"): the words
    /// the colon opens are the speech.
    static func mannerBeforeColon(_ tokens: Tokens, _ f: Int, _ limit: Int) -> Int? {
        guard let colon = scanRange(from: f + 1, upTo: min(limit - 1, f + 4)).first(where: { !tokens[$0].isWord }),
              tokens[colon].punct == UInt8(ascii: ":"),
              (f..<colon).contains(where: { isMannerAdverb(tokens[$0]) }),
              (f..<colon).allSatisfy({ isMannerAdverb(tokens[$0]) || mannerWords.contains(tokens[$0]) }) else { return nil }
        return colon
    }

    /// An adverb in "-ly" of how something was said ("bluntly", "simply"), or "this way".
    static func isMannerAdverb(_ t: Token) -> Bool {
        t.isWord && !t.capitalized && (t.lower.endsWith("ly") && t.lower.utf8.count > 4 && !nounsInLy.contains(t) || t.lower == "way")
    }

    /// An "-ly" adverb at `f`, its comma, then an opening quotation mark: "quietly, “Thanks, Dad.”".
    static func mannerAdverbBeforeQuotation(_ tokens: Tokens, _ f: Int, _ limit: Int) -> Bool {
        f + 2 < limit && tokens[f].lower.endsWith("ly") && tokens[f + 1].punct == UInt8(ascii: ",") && opensQuotation(tokens[f + 2])
    }

    /// The first comma in a..<end before "in", "during" or "at", a determiner and a place of speech
    /// within three words: ", in an interview with the BBC", ", at a news conference". (Not inlined: it
    /// runs over every content, and its loop stays small.)
    @inline(never)
    static func trailingVenue(_ tokens: Tokens, from a: Int, to end: Int) -> Int? {
        guard a < end - 3 else { return nil }
        for j in a..<(end - 3) where tokens[j].punct == UInt8(ascii: ",") {
            let p = tokens[j + 1].lower
            guard p == "in" || p == "during" || p == "at" else { continue }
            // (", in remarks to reporters", ", in comments on Monday": a plural venue needs no determiner.)
            if p == "in", speechVenues.contains(tokens[j + 2]), tokens[j + 2].lower.looksPlural { return j }
            guard nounDeterminers.contains(tokens[j + 2]) else { continue }
            if scanRange(from: j + 3, upTo: min(end, j + 6)).contains(where: { speechVenues.contains(tokens[$0]) }) { return j }
        }
        return nil
    }

    /// Nouns that are also verbs, read as the listener after "to": "said in an email to staff that ...".
    static let nounsAfterTo: WordSet = ["staff", "police", "parliament", "congress", "management", "press", "media", "council", "court"]

    /// An infinitive ("to pay", "to settle") between `a` and `b`: "agreed on Monday to pay $310 million
    /// to settle claims that ...": the "that" belongs to a noun inside the verb's own complement.
    /// ("to reporters", "to the board", "to Congress" name a listener.)
    /// (A noun that is also a verb is the verb before a particle or an object: "to press ahead", "to press its case".)
    static func hasInfinitive(_ tokens: Tokens, _ a: Int, _ b: Int) -> Bool {
        (a..<b).contains { j in
            tokens[j].lower == "to" && j + 1 < b && tokens[j + 1].isWord && !tokens[j + 1].capitalized
                && !nounDeterminers.contains(tokens[j + 1]) && !tokens[j + 1].lower.looksPlural
                && (!nounsAfterTo.contains(tokens[j + 1]) || j + 2 < b && objectsOfNounVerbs.contains(tokens[j + 2]))
        }
    }

    /// Words that open a short adjunct after a verb, which is no reported content alone: "in a statement", "on Thursday",
    /// "last week", "within minutes", "through a spokesman".
    static let adjunctOpeners: WordSet = ["in", "on", "at", "during", "last", "this", "after", "before", "late", "early", "to", "within",
                                          "under", "over", "through", "via"]

    /// Words after which "it" is an object, not a subject: "said it twice", "said it all".
    static let objectItFollowers: WordSet = ["twice", "again", "all", "once", "aloud", "loud", "out", "too", "repeatedly", "herself",
                                             "himself", "themselves", "myself", "yourself", "ourselves"]

    /// Words after "press", "police", "staff" that make them verbs: a particle or the opening of an object.
    static let objectsOfNounVerbs: WordSet = ["ahead", "forward", "the", "a", "an", "his", "her", "their", "its", "our", "them",
                                               "him", "it", "this", "these", "those"]

    /// Past an "-ly" adverb at `f` when a subordinator follows it ("shortly after", "soon before").
    static func pastAdverb(_ tokens: Tokens, _ f: Int, _ limit: Int) -> Int {
        f + 1 < limit && tokens[f].isWord && tokens[f].lower.endsWith("ly") && subordinators.contains(tokens[f + 1]) ? f + 1 : f
    }

    static let timeDistances: WordSet = ["ago", "later", "earlier"]

    /// The words in `a..<b` only say when: "This week", "Last Monday morning", "Next year".
    static func saysOnlyWhen(_ tokens: Tokens, _ a: Int, _ b: Int) -> Bool {
        var k = a
        if k < b, timeModifiers.contains(tokens[k]) { k += 1 }
        guard k > a, k < b, timeNouns.contains(tokens[k]) else { return false }
        while k < b, timeNouns.contains(tokens[k]) { k += 1 }
        return k == b
    }

    /// Skips "this weekend", "Tuesday", "last week", "on Monday morning" at `f` when a clause follows.
    static func skipTime(_ tokens: Tokens, _ f: Int, _ limit: Int) -> Int {
        var k = f
        // ("said months ago that ...", "said two years later that ...": a distance in time before "that".)
        if k < limit, tokens[k].kind == .number || timeQuantities.contains(tokens[k]) || isNumberWord(tokens[k].lower) {
            k += 1
        }
        if k + 2 < limit, timeDistanceUnits.contains(tokens[k]), timeDistances.contains(tokens[k + 1]), tokens[k + 2].lower == "that" {
            return k + 2
        }
        k = f
        if k < limit, QuoteAttributor.timeModifiers.contains(tokens[k]) { k += 1 }
        guard k < limit, timeNouns.contains(tokens[k]) else { return f }
        // ("said night staff were ...": only a weekday stands alone as a time; "night", "week" need "last", "this" ...)
        guard k > f || weekdays.contains(tokens[k]) else { return f }
        k += 1
        while k < limit, timeNouns.contains(tokens[k]) { k += 1 }
        // "said Friday as he entered": the subordinate clause is handled by the caller.
        guard k < limit, tokens[k].isWord, !subordinators.contains(tokens[k]) else { return f }
        return k
    }

    /// "“...,” a position the union called “fantasy”": "a" or "an" right after the closing mark at `k`, before a speaker
    /// phrase at `s` that opens on a determiner, is the writer's note on the quotation, and the speaker the subject of
    /// the note's own clause; no descriptor of a speaker's, and no attribution trailing the quotation.
    static func noteAfterMark(_ tokens: Tokens, _ k: Int, speaker s: Int) -> Bool {
        (tokens[k + 1].lower == "a" || tokens[k + 1].lower == "an") && QuoteLexicon.determiners.contains(tokens[s])
    }

    /// A quotation closes just before the speaker phrase starting at `i`, with at most a short
    /// title or parenthesis between: "...,” White House press secretary Josh Earnest said",
    /// "...,” Rep. Jason Chaffetz (R-Utah) said".
    static func closingQuotation(_ tokens: Tokens, before i: Int, in r: Range<Int>) -> Bool {
        var k = i - 1
        var steps = 0
        while k >= r.lowerBound, steps < 8 {
            let t = tokens[k]
            // (Not before a writer's note on the quotation, whose clause the speaker's verb is in.)
            // ("The girls' coach, Imran Siddiqui, told": a plural possessive's apostrophe closes no quotation.)
            if case .quoteMark = t.kind, !isPluralPossessive(tokens, k) { return !(k + 1 < i && noteAfterMark(tokens, k, speaker: i)) }
            guard t.isWord || t.punct == UInt8(ascii: ",") || t.punct == UInt8(ascii: "(") || t.punct == UInt8(ascii: ")")
                || t.punct == UInt8(ascii: "-") || t.punct == UInt8(ascii: ".") else { return false }
            // ("accused the rebels of “bad faith”, while a rebel commander told Reuters ...": a subordinator or "but" after
            // the mark opens a clause of its own; "“...,” as Smith put it" still trails its quotation.)
            if t.isWord, t.lower == "but" || t.lower != "as" && subordinators.contains(t) { return false }
            k -= 1
            steps += 1
        }
        return false
    }

    /// "called Oz a quack", "called her vote in favor of the war a mistake", "described Estonia as
    /// a suburb": an object, then the name given to it as a phrase of its own, or after "as".
    /// ("called her mother a week later" gives no name.)
    func namesWithComplement(_ tokens: Tokens, _ f: Int, _ end: Int) -> Bool {
        guard f < end, tokens[f].isWord, !QuoteAttributor.prepositions.contains(tokens[f]) else { return false }
        return (f + 1..<end).contains { j in
            tokens[j].lower == "as" && j + 1 < end && (tokens[j + 1].isWord || tokens[j + 1].isQuoteMark) ||
            (tokens[j].lower == "a" || tokens[j].lower == "an") && tokens[j - 1].isWord
                && !QuoteAttributor.prepositions.contains(tokens[j - 1]) && tokens[j - 1].lower != "of"
                && j + 1 < end && tokens[j + 1].isWord && !QuoteAttributor.timeNouns.contains(tokens[j + 1])
        }
    }

    /// A time and a subordinator open `f..<end`: "hours after", "a day before", "two weeks after", "shortly after".
    static func timeBeforeSubordinator(_ tokens: Tokens, _ f: Int, _ end: Int) -> Bool {
        var j = f
        if j < end, articles.contains(tokens[j]) || tokens[j].kind == .number || tokens[j].isWord && isNumberWord(tokens[j].lower) { j += 1 }
        guard j + 1 < end, tokens[j].isWord, timeLeads.contains(tokens[j]) || timeDistanceUnits.contains(tokens[j]) else { return false }
        return circumstanceSubordinators.contains(tokens[j + 1]) || tokens[j + 1].lower == "since"
    }

    /// The content is one word and then a subordinate clause: "because" or "although" with any word
    /// after it, or a subordinator before a subject pronoun ("as she hurried"). That clause is the
    /// writer's ("I write this because I know them", "shouting insults as she hurried"): the word is an
    /// object, and the speech has no clause of its own. (After longer phrases it may be the speaker's
    /// reason: "boycotted the hearing because ...".)
    static func oneWordBeforeSubordinateClause(_ tokens: Tokens, _ f: Int, _ end: Int) -> Bool {
        let k = f + 1
        guard k + 1 < end, tokens[k].isWord, subordinators.contains(tokens[k]) || tokens[k].lower == "once" else { return false }
        let next = tokens[k + 1]
        return nominativePronouns.contains(next) || pureSubordinators.contains(tokens[k]) && next.isWord && next.lower != "of"
    }

    /// An article stands before `k`, past one to three modifiers, all at or after `a`: lower-case words in
    /// "-ed" or "-ing" and the parts of hyphenated ones ("sold-out"). (A plain word there is the noun, and
    /// `k` its verb: "a report shows".)
    static func followsArticleAndModifiers(_ tokens: Tokens, _ k: Int, from a: Int) -> Bool {
        var j = k - 1
        while j >= a, k - j <= 4, tokens[j].punct == UInt8(ascii: "-") || tokens[j].isWord && !tokens[j].capitalized
                && (articles.contains(tokens[j]) || tokens[j].lower.endsWith("ed") || tokens[j].lower.endsWith("ing")
                    || tokens[j].lower.utf8.contains(UInt8(ascii: "-"))
                    || j + 1 < k && tokens[j + 1].punct == UInt8(ascii: "-") || j > a && tokens[j - 1].punct == UInt8(ascii: "-")) {
            if j < k - 1, articles.contains(tokens[j]) { return true }
            j -= 1
        }
        return false
    }

    /// The number of the whole in a share opening at `a`: "five" in "two in five", "four" in "three out of four", "10" in
    /// "one of 10"; nil when no share opens there.
    static func shareWhole(_ tokens: Tokens, _ a: Int, _ b: Int) -> Int? {
        func isCount(_ t: Token) -> Bool { t.kind == .number || isNumberWord(t.lower) }
        guard a + 2 < b, isCount(tokens[a]) else { return nil }
        if tokens[a + 1].lower == "in" || tokens[a + 1].lower == "of", isCount(tokens[a + 2]) { return a + 2 }
        if a + 3 < b, tokens[a + 1].lower == "out", tokens[a + 2].lower == "of", isCount(tokens[a + 3]) { return a + 3 }
        return nil
    }

    /// Reported speech is a clause (or holds a quotation): "Machado since the Monday debate" is not.
    func hasClause(_ tokens: Tokens, _ a: Int, _ b: Int) -> Bool {
        guard a < b else { return false }
        // (A share opening the clause, read once: the loop below asks at every word.)
        let share = b - a >= 5 ? QuoteAttributor.shareWhole(tokens, a, b) : nil
        // "he began to rethink his goals": a subject pronoun and a word after it.
        // ("said it twice": not "it" as an object, before an adverb of repetition; a verb further on still makes a clause,
        // "said it again raised prices". A preposition after "it" may still open what is recommended or denied: "We're
        // recommending it to anybody".)
        if b - a >= 3, ["he", "she", "they", "we", "i", "it", "you"].contains(tokens[a].lower), tokens[a + 1].isWord,
           !(tokens[a].lower == "it" && QuoteAttributor.objectItFollowers.contains(tokens[a + 1])) {
            return true
        }
        for k in a..<b {
            let t = tokens[k]
            // (A plural possessive's apostrophe, "workers’ jobs", is no quotation.)
            if case .quoteMark = t.kind { if QuoteAttributor.isPluralPossessive(tokens, k) { continue } else { return true } }
            // (Nor is the word it owns a verb: "farmers' incomes", "traders' forecasts".)
            guard t.isWord, !(k > a && tokens[k - 1].isQuoteMark && QuoteAttributor.isPluralPossessive(tokens, k - 1)) else { continue }
            // (Word-shape filters first: most words are in none of these lists.)
            // ("Not important enough, I guess.": a fragment's leading "not" has no verb to negate.)
            // ("The only way to be sure": after "to" an auxiliary is an infinitive's, no finite verb.)
            if QuoteAttributor.clauseMarkerShapes.mayContain(t.shape), QuoteAttributor.clauseMarkers.contains(t),
               k > a ? tokens[k - 1].lower != "to" : t.lower != "not" { return true }
            // ("tell more jokes", "the retired general": after a determiner an "-es" or "-ed" word is a noun
            // or an adjective.)
            // ("The museum, Mr. Bush said, celebrated ...": after a parenthetical cue the content opens with its verb.)
            // ("..., the group said, compared with ...": a participle before a preposition is not that verb.)
            if k > a || (a > 0 && tokens[a - 1].punct == UInt8(ascii: ",") && a + 1 < b && !QuoteAttributor.prepositions.contains(tokens[a + 1])
                         && tokens[a + 1].lower != "by" && tokens[a + 1].lower != "as"),
               !t.capitalized, t.lower.utf8.count > 3,
               // (An adjective of attitude, "sure", "confident", is a verb only with its copula, which
               // is a clause marker of its own: "The only way to be sure".)
               t.lower.endsWith("ed") || t.lower.endsWith("es") || (lexicon.isReportingVerb(t) && lexicon.verbs[t]?.frame != .attitude
                   // ("Acts of protest": a reporting verb's form after "of", "with", "about" ... is a noun.)
                   && (k == a || !QuoteAttributor.beforeNounsUnlessGerund.contains(tokens[k - 1]))
                   // ("at a sold-out show", "a packed show": so is one after an article and its modifiers.)
                   && !QuoteAttributor.followsArticleAndModifiers(tokens, k, from: a)),
               k == 0 || !QuoteAttributor.articles.contains(tokens[k - 1]),
               // ("called several families to apologise": after a number or a quantifier an "-es" word is a
               // plural noun; an "-ed" one may be a verb, "many agreed".)
               // ("agreed new rules on Friday", "announced tougher measures": so is one after an adjective that only opens
               // a noun phrase.)
               !(t.lower.endsWith("es") && k > 0 && (tokens[k - 1].kind == .number || QuoteAttributor.quantifiers.contains(tokens[k - 1])
                   || QuoteAttributor.isNumberWord(tokens[k - 1].lower) || QuoteAttributor.adjectivesBeforePlurals.contains(tokens[k - 1]))) {
                return true
            }
            if k > a, !t.capitalized, QuoteAttributor.irregularPastShapes.mayContain(t.shape), QuoteAttributor.irregularPast.contains(t) {
                return true
            }
            // ("the pier needs $3 million", "the plan gives them ...": a present "-s" verb after a
            // singular noun and before its object. "the board members" has no object after it.)
            if t.lower.lastByte == UInt8(ascii: "s"), k > a, k + 1 < b, !t.capitalized, t.lower.utf8.count > 3, !t.lower.endsWith("ss"),
               tokens[k + 1].kind == .number || tokens[k + 1].isCurrencySign || QuoteAttributor.objectOpeners.contains(tokens[k + 1])
                // ("says offshore wind now accounts for half its income": a verb that takes its preposition.)
                || QuoteAttributor.prepositionalVerbs.contains(t) && QuoteAttributor.purePrepositions.contains(tokens[k + 1])
                // ("said its approach protects users’ privacy": or after a clause that opens with a possessive and its noun.)
                || k - 2 == a && QuoteAttributor.possessivePronouns[tokens[a].lower] != nil && tokens[k + 1].isWord,
               // ("Boeing needs more engineers, the company said": or a one-word name opening the sentence; not one
               // after a verb, "called Democratic bigwigs to the stage", but after "said" and "that", "She said Britain
               // needs more homes".)
               tokens[k - 1].isWord, !tokens[k - 1].capitalized || k - 1 == a && (a == 0 || !tokens[a - 1].isWord
                   || QuoteAttributor.sayForms.contains(tokens[a - 1]) || tokens[a - 1].lower == "that"),
               tokens[k - 1].lower.lastByte != UInt8(ascii: "s"),
               !QuoteAttributor.nounDeterminers.contains(tokens[k - 1]), !QuoteAttributor.purePrepositions.contains(tokens[k - 1]) {
                return true
            }
            // ("They say lorries arrive throughout the night", "said the prices rise every year": a base form
            // right after the plural that opens the clause.)
            // ("said half his customers arrive by car", "all the shops close": after "all", "half" or "both" before the
            // determiner.)
            var opening = k - a == 3 && QuoteAttributor.predeterminers.contains(tokens[a]) ? a + 1 : a
            // ("says more than 50 pubs close every month": past a count's own words before its number.)
            if k - 2 > a, tokens[k - 2].kind == .number, (a..<(k - 2)).allSatisfy({ QuoteAttributor.countLeads.contains(tokens[$0]) }) { opening = k - 2 }
            // ("says two in five children live in poverty", "three out of four voters back it": past a share's count and its
            // "in", "of" or "out of", to the whole it is counted from.)
            if k - a >= 4, let whole = share, k > whole, k - whole <= 2 { opening = whole }
            if k > opening, k - opening <= 2, QuoteAttributor.verbAfterOpeningPlural(tokens, k, opening, b) { return true }
            // ("say many parents simply forget the second dose": past an adverb in "-ly" after the plural.)
            // ("says visitors still ask to meet her": or one of time or frequency.)
            if k - 1 > opening, k - opening <= 3, tokens[k - 1].isWord, !tokens[k - 1].capitalized,
               tokens[k - 1].lower.endsWith("ly") && tokens[k - 1].lower.utf8.count > 4 || QuoteAttributor.preverbalAdverbs.contains(tokens[k - 1]),
               QuoteAttributor.verbAfterOpeningPlural(tokens, k, opening, b, adverb: true) { return true }
            // ("said the new drug helps patients", "his plan makes sense", "says the drug works.": an "-s" form after the
            // singular noun that opens the clause with its article or possessive.)
            if k - a >= 2, k - a <= 3, QuoteAttributor.verbAfterOpeningSingular(tokens, k, a, b) { return true }
            // ("He said inflation remains high.": a bare noun opening the clause before a verb that takes no object.)
            if k - a == 1, tokens[a].isWord, !tokens[a].capitalized, !tokens[a].lower.looksPlural,
               QuoteAttributor.intransitivePresents.contains(t), !QuoteLexicon.determiners.contains(tokens[a]) { return true }
        }
        return false
    }

    /// The word at `k` is a present verb after the plural noun that opens the clause at `a` (alone or
    /// after a determiner): a lower-case word with no ending of a noun, adverb or participle, and none
    /// of the words that follow a plural noun without being its verb ("lorries like these", "months ago").
    /// (`adverb`: an adverb in "-ly" stands between the plural and the verb, "parents simply forget".)
    static func verbAfterOpeningPlural(_ tokens: Tokens, _ k: Int, _ a: Int, _ b: Int, adverb: Bool = false) -> Bool {
        let p = adverb ? k - 2 : k - 1
        let t = tokens[k], n = tokens[p]
        // (The plural first: most words follow none.)
        guard n.isWord, n.lower.utf8.count > 3 && n.lower.looksPlural && !n.lower.endsWith("'s") || unmarkedPlurals.contains(n),
              t.isWord, !t.capitalized, t.lower.utf8.count >= 3, !t.lower.endsWith("s"), !t.lower.endsWith("ly"),
              !t.lower.endsWith("ing"), !t.lower.endsWith("ed"),
              // ("ten families live": a count in words as in figures.)
              p == a || nounDeterminers.contains(tokens[a]) || possessivePronouns[tokens[a]] != nil || tokens[a].kind == .number
                || isNumberWord(tokens[a].lower),
              !purePrepositions.contains(t), !prepositions.contains(t), !coordinators.contains(t), !subordinators.contains(t),
              !notVerbsAfterPlurals.contains(t) else { return false }
        return k + 1 >= b || tokens[k + 1].isWord || tokens[k + 1].kind == .number
    }

    /// The word ends as a present verb of the third person does: in "-s", not "-ss" ("discuss") nor a possessive's "'s".
    /// (Its length and case are the caller's to test.)
    @inline(__always) static func hasPresentEnding(_ t: Token) -> Bool {
        t.lower.lastByte == UInt8(ascii: "s") && !t.lower.endsWith("ss") && !t.lower.endsWith("'s")
    }

    /// The word at `k` is a present "-s" verb after the singular noun that opens the clause at `a` with its article
    /// or possessive ("the new drug helps patients"): before a word, or closing the clause when it takes no object
    /// ("the drug works."; "said the magic words." is a plural noun).
    static func verbAfterOpeningSingular(_ tokens: Tokens, _ k: Int, _ a: Int, _ b: Int) -> Bool {
        let t = tokens[k], n = tokens[k - 1]
        guard t.isWord, !t.capitalized, t.lower.utf8.count > 3, hasPresentEnding(t), n.isWord, !n.lower.looksPlural, !n.lower.endsWith("'s"), !unmarkedPlurals.contains(n),
              articles.contains(tokens[a]) || possessivePronouns[tokens[a]] != nil,
              (a + 1..<k).allSatisfy({ tokens[$0].isWord && !tokens[$0].capitalized && !tokens[$0].lower.looksPlural
                  && !purePrepositions.contains(tokens[$0]) }) else { return false }
        if k + 1 < b, tokens[k + 1].isWord { return !tokens[k + 1].capitalized && !QuoteLexicon.auxiliaries.contains(tokens[k + 1]) }
        return intransitivePresents.contains(t)
    }

    /// Words that stand before a determiner in a noun phrase: "half his customers", "all the shops".
    static let predeterminers: WordSet = ["all", "half", "both"]

    /// Present "-s" verbs that close a clause with no object: "says the drug works", "said the plan fails".
    static let intransitivePresents: WordSet = ["works", "fails", "matters", "exists", "continues", "remains", "stands", "lasts",
                                                "grows", "falls", "rises", "changes", "counts", "depends", "applies", "happens",
                                                "succeeds", "survives", "wins", "loses", "helps", "suffers", "improves", "worsens",
                                                "persists", "holds", "stays", "collapses", "disappears", "recovers"]

    static let notVerbsAfterPlurals: WordSet = ["like", "ago", "later", "earlier", "too", "than", "who", "whom", "whose", "which",
                                                "that", "what", "where", "alike", "each", "all", "both", "only", "also", "here",
                                                "there", "now", "then", "the", "this", "these", "those", "and", "nor", "not",
                                                "per", "via", "instead", "together", "abroad", "home", "yet", "still", "already",
                                                "again", "away", "back", "down", "off", "out", "around", "nationwide", "overseas",
                                                "worldwide", "alone", "themselves", "ever", "never", "far", "apart", "aside", "such"]

    static let clauseMarkerShapes = ShapeFilter(clauseMarkers)
    static let irregularPastShapes = ShapeFilter(irregularPast)

    /// A lower-case word that starts a second predicate: "offered", "was", "also".
    /// A verb that can start a predicate with no subject before it: a helper ("was", "can", "must"), an "-ed"
    /// form or an irregular past ("kept", "paid").
    static func startsPredicate(_ t: Token) -> Bool {
        t.isWord && !t.capitalized && (QuoteLexicon.auxiliaries.contains(t) || looksLikePredicate(t) || irregularPast.contains(t)
            || finiteAuxiliaries.contains(t))
    }

    /// The word opens a noun phrase: a determiner, a possessive, a number or a capitalised name.
    static func opensNounPhrase(_ t: Token) -> Bool {
        t.kind == .number || t.capitalized || nounDeterminers.contains(t) || possessivePronouns[t] != nil
    }

    /// "and" at `j` starts a second predicate after a noun phrase: a past verb with an object, an infinitive, a
    /// preposition or nothing after it ("and attempted to ...", "and contacted every customer", "and resigned.").
    /// Not an "-ed" adjective before a bare noun at the phrase's end ("demanded higher pay and improved conditions"), nor a noun phrase that
    /// is the subject of a helper verb soon after ("officers and injured two bystanders were taken").
    static func secondPredicateAfterNoun(_ tokens: Tokens, and j: Int, _ end: Int) -> Bool {
        guard j + 1 < end, tokens[j].lower == "and" else { return false }
        let verb = tokens[j + 1]
        guard verb.isWord, !verb.capitalized else { return false }
        if irregularPast.contains(verb) { return true }
        guard verb.lower.endsWith("ed") else { return false }
        // ("and appeared calm in court": a linking verb before its adjective.)
        guard j + 2 < end, !linkingPasts.contains(verb) else { return true }
        let next = tokens[j + 2]
        guard next.isWord else { return !next.isQuoteMark || opensQuotation(next) }
        // ("and extended benefits to gay couples": a bare noun is the verb's object when a preposition follows it.)
        guard next.lower == "to" || next.lower == "that" || opensNounPhrase(next) || objectPronouns[next.lower] != nil || prepositions.contains(next)
                || !next.capitalized && next.lower.endsWith("ly") || j + 3 < end && prepositions.contains(tokens[j + 3]) else { return false }
        return !scanRange(from: j + 2, upTo: min(end, j + 5)).contains(where: { finiteAuxiliaries.contains(tokens[$0]) || passiveAuxiliaries.contains(tokens[$0]) })
    }

    static let linkingPasts: WordSet = ["appeared", "seemed", "looked", "remained", "sounded", "stayed"]

    /// A predicate word or an irregular past: "issued", "said", "made".
    static func looksLikeVerb(_ t: Token) -> Bool {
        looksLikePredicate(t) || irregularPast.contains(t)
    }

    static func looksLikePredicate(_ t: Token) -> Bool {
        guard t.isWord, !t.capitalized else { return false }
        return t.lower.endsWith("ed") || predicateWords.contains(t)
    }

    /// Verbs and "also" that start a predicate though they do not end in "-ed" (tested by word hash:
    /// this runs for many tokens of every content).
    static let predicateWords: WordSet = ["said", "says", "was", "is", "has", "had", "did", "does", "also", "went",
                                          "made", "gave", "took", "told", "added"]
    static let predicateShapes = ShapeFilter(predicateWords)

    /// The period at `j` closes a title's abbreviation or an initial right before a capitalised word, before `end`: "Mr.
    /// Clarke", "Dr. Ames", "John F. Kennedy".
    func titlePeriodBeforeName(_ tokens: Tokens, _ j: Int, _ end: Int) -> Bool {
        guard tokens[j].punct == UInt8(ascii: "."), j > 0, j + 1 < end, tokens[j - 1].isWord, tokens[j - 1].capitalized,
              tokens[j - 1].end == tokens[j].start, tokens[j + 1].isWord, tokens[j + 1].capitalized else { return false }
        return lexicon.titles[tokens[j - 1]] != nil || tokens[j - 1].lower.utf8.count == 1
    }

    /// An "-ing" word at `k` whose phrase, in words alone, a finite helper closes within six words: "replacing her would",
    /// "keeping rates high for too long could". It is a clause's subject.
    static func gerundSubject(_ tokens: Tokens, at k: Int, _ end: Int) -> Bool {
        guard k < end, tokens[k].isWord, !tokens[k].capitalized, tokens[k].lower.utf8.count >= 5, tokens[k].lower.endsWith("ing") else { return false }
        var j = k + 1
        while j < end, j - k <= 6, tokens[j].isWord {
            if finiteAuxiliaries.contains(tokens[j]) { return true }
            j += 1
        }
        return false
    }

    /// "These employees, Stumpf explained earlier in the hearing, were “well-paid”": an attribution
    /// set between commas inside its content. The speech is the part before it and the part after
    /// it, two spans around the attribution:
    /// - a phrase, then a predicate: "Acts of protest, Obama said, are acts of patriotism";
    /// - a leading adjunct or subordinate clause, then a main clause: "Too often, Clarke said, the
    ///   debate is ...", "Even if the venture fails, Morgan said, he has ...";
    /// - a main clause, then a subordinate or relative one: "Lenox thrived, Clarke said, until it went bankrupt".
    /// A leading "But" or "And" links the sentence to the one before and stays out.
    func parentheticalContents(_ tokens: Tokens, _ r: Range<Int>, _ a: Attribution, limit: Int) -> [TextSpan]? {
        // ("The subsidy, council chair Miriam Oduya said, would ...": past a lower-case role before the name.)
        guard let np = a.subject else { return nil }
        // ("The plan, says Ann Lee, is dead": an inverted speaker between commas splits the clause in two.)
        if np.lowerBound >= a.cueEnd, a.verb.frame != .naming {
            guard let back = interruptedClauseResumes(tokens, cue: a.cueStart, after: np, r), let front = span(tokens, r.lowerBound, a.cueStart - 1),
                  let rest = span(tokens, back, ContentBoundary.end(tokens, from: back, to: limit) { hasClause(tokens, $0, $1) }) else { return nil }
            return [front, rest]
        }
        var comma = np.lowerBound - 1
        while comma > r.lowerBound, np.lowerBound - comma <= 3, tokens[comma].isWord, !tokens[comma].capitalized,
              lexicon.titles[tokens[comma]] != nil || lexicon.titles[tokens[comma + 1]] != nil { comma -= 1 }
        guard np.upperBound <= a.cueStart, comma > r.lowerBound,
              tokens[comma].punct == UInt8(ascii: ","),
              let c2 = scanRange(from: a.cueEnd, upTo: min(limit, a.cueEnd + 10)).first(where: { tokens[$0].punct == UInt8(ascii: ",") }),
              (a.cueEnd..<c2).allSatisfy({ tokens[$0].isWord || tokens[$0].kind == .number }),
              c2 + 1 < limit else { return nil }
        let quotedContinuation = QuoteAttributor.opensQuotation(tokens[c2 + 1]) && c2 + 2 < limit && tokens[c2 + 2].isWord
            && !tokens[c2 + 2].capitalized
        guard tokens[c2 + 1].isWord || quotedContinuation,
              // ("The plan failed, he said, which surprised nobody.": a relative clause after is the writer's.)
              !QuoteAttributor.relativePronouns.contains(tokens[c2 + 1]) else { return nil }
        // (Between the commas only the attribution and a short circumstance: "Obama said in a speech",
        // not "reported at the time that ..." or "plans to make records available soon".)
        // (A verb whose object is its content has none here unless the comma follows it at once: "All of
        // this, he acknowledges, could be undone".)
        // ("A year after the ban, teachers say pupils are calmer, more focused ...": nor a clause with a helper or a
        // copula of its own, which is the speech.)
        guard !a.verb.objectContent || c2 == a.cueEnd, a.verb.frame != .intention, c2 - a.cueEnd <= 6,
              !(a.cueEnd..<c2).contains(where: { tokens[$0].lower == "that" || tokens[$0].lower == "to"
                  || QuoteAttributor.finiteAuxiliaries.contains(tokens[$0]) }) else { return nil }
        // (What follows the verb before the comma is a circumstance or a listener, never a phrase that
        // could be the speech's own subject: "Gareth Price, said his mother, who has dementia, had ...".)
        if c2 > a.cueEnd, QuoteAttributor.possessivePronouns[tokens[a.cueEnd]] != nil
            || ContentBoundary.determiners.contains(tokens[a.cueEnd]) && !QuoteAttributor.listenerVerbs.contains(lemmaOf: a.verb) { return nil }
        let lead = r.lowerBound + 1 < comma && QuoteAttributor.discourseOpeners.contains(tokens[r.lowerBound])
            ? r.lowerBound + 1 : r.lowerBound
        // Only words (and quotation marks) before the attribution: "In 2010, he said, ..." but not
        // "“...,” she said, ..." or a list.
        // ("Revenue rose 12% to $6.2 billion, the company said, ...": a number's signs too.)
        // ("Even if Mr. Clarke's venture fails, Mr. Morgan said, ...": a title's period before a name too.)
        guard tokens[lead].isWord, lead < comma,
              (lead..<comma).allSatisfy({ tokens[$0].isWord || tokens[$0].kind == .number || tokens[$0].isQuoteMark
                  || QuoteAttributor.numberSigns.contains(tokens[$0].punct) || titlePeriodBeforeName(tokens, $0, comma) }),
              let front = span(tokens, lead, comma) else { return nil }
        // ("At the shore, she said, quietly, “Thanks, Dad.”": a quotation after the attribution, past a
        // manner adverb, is what the cue introduces, not the rest of an interrupted sentence.)
        if c2 + 1 < limit, QuoteAttributor.opensQuotation(tokens[c2 + 1]) || QuoteAttributor.mannerAdverbBeforeQuotation(tokens, c2 + 1, limit) {
            // ("The plan, she said, “will never work.”": quoted words opening in lower case after a phrase with no verb of its
            // own go on with the sentence the attribution interrupts, and the phrase is their subject.)
            // (The subject right before the verb: not "During the call, he asked ..., called ... and said, “somebody ...”".)
            guard quotedContinuation, !hasClause(tokens, lead, comma), a.cueStart - np.upperBound <= 2,
                  (np.upperBound..<a.cueStart).allSatisfy({ tokens[$0].isWord }),
                  let back = span(tokens, c2 + 1, ContentBoundary.end(tokens, from: c2 + 1, to: limit) { hasClause(tokens, $0, $1) })
            else { return nil }
            return [front, back]
        }
        let backStart = tokens[c2 + 1].lower
        let end = ContentBoundary.end(tokens, from: c2 + 1, to: limit) { hasClause(tokens, $0, $1) }
        guard let back = span(tokens, c2 + 1, end) else { return nil }
        let frontClause = hasClause(tokens, lead, comma)
        let leadingSubordinate = QuoteAttributor.subordinators.contains(tokens[lead])
            || QuoteAttributor.prepositions.contains(tokens[lead])
        let backClause = hasClause(tokens, c2 + 1, end)
        // (A short part before with no verb of its own is that subject even when a word looks like one:
        // "Agency nurses, she said, cost twice as much"; not "The top fifth paid most, the group said,
        // compared with ...".)
        let shortPhrase = wordCount(tokens, lead, comma) <= 3 && !(lead..<comma).contains(where: { j in
            QuoteAttributor.looksLikePredicate(tokens[j]) || QuoteAttributor.irregularPast.contains(tokens[j])
                || QuoteLexicon.auxiliaries.contains(tokens[j]) })
        // ("Keeping rates high for too long, critics say, could tip ...": a gerund phrase is a subject too.)
        let gerundFront = tokens[lead].lower.utf8.count > 4 && tokens[lead].lower.endsWith("ing")
        // ("What mattered, she says, was giving the town ...": a free relative is a subject, its verb and all.)
        let freeRelativeFront = tokens[lead].lower == "what" || tokens[lead].lower == "whatever"
        // ("African-Americans, he said, can rock the vote": a modal opens the predicate too.)
        let predicateAfter = QuoteAttributor.startsPredicate(tokens[c2 + 1])
        let subjectThenPredicate = predicateAfter && (!frontClause || shortPhrase || gerundFront || freeRelativeFront)
            && !leadingSubordinate
        // (Not a participle, which describes the speaker: "Asked about the plan, Lee said, ...", nor one
        // linking word: "However, she said, ...".)
        let opener = tokens[lead].lower
        let participle = !leadingSubordinate && opener.utf8.count > 4 && (opener.endsWith("ing") || opener.endsWith("ed"))
        let adjunctThenClause = (leadingSubordinate || !frontClause) && !participle && wordCount(tokens, lead, comma) >= 2
            && backClause && !QuoteAttributor.subordinators.contains(backStart)
            // ("Too often, Mensah said, planting budgets go ...": an -ing word before a plural noun modifies it.)
            && (c2 + 2 < end && tokens[c2 + 2].isWord && !tokens[c2 + 2].capitalized && tokens[c2 + 2].lower.looksPlural
                || !ContentBoundary.elaborationStarts(tokens, at: c2 + 1, end, hasClause: { hasClause(tokens, $0, $1) })
                // ("Though the change was seamless, he said, replacing her would be harder": after a subordinate clause, an
                // "-ing" word whose phrase a finite helper follows is the main clause's subject, no participle of the writer's.)
                || leadingSubordinate && QuoteAttributor.gerundSubject(tokens, at: c2 + 1, end))
        // ("The effect was strongest in poorer districts, the researchers wrote, where tree cover is
        // lowest": a relative clause after the attribution continues the sentence it interrupts.)
        // ("More observations would be needed, she said, to rule out ...": so does an infinitive of purpose, not "to
        // the press".)
        let infinitiveAfter = backStart == "to" && c2 + 2 < end && tokens[c2 + 2].isWord && !tokens[c2 + 2].capitalized
            && !QuoteAttributor.articles.contains(tokens[c2 + 2]) && !QuoteAttributor.isNumberWord(tokens[c2 + 2].lower)
        // ("He has come up with a model, he said, for how the industry can ...": so does a preposition before a question word.)
        // (Not the writer's naming of the event: ", scientists said, in what they described as the worst on record".)
        let questionAfter = QuoteAttributor.purePrepositions.contains(backStart) && c2 + 2 < end && QuoteAttributor.whWords.contains(tokens[c2 + 2])
            && !(QuoteAttributor.opensCharacterisation(tokens, at: c2 + 1, end) && !(c2 + 1..<end).contains(where: { tokens[$0].isQuoteMark }))
        let clauseThenSubordinate = frontClause && !leadingSubordinate
            && (QuoteAttributor.continuingSubordinators.contains(backStart) || infinitiveAfter || questionAfter)
        // ("That's why, he argued, the party should be prepared": a front ending in a question word waits for the clause after.)
        let questionThenClause = comma - 1 > lead && QuoteAttributor.whWords.contains(tokens[comma - 1]) && backClause
        // ("As the report's author, Alan Grey, put it, the scheme ...": "as" and a noun phrase is the
        // speaker's capacity, not part of the speech.)
        if opener == "as", !frontClause, backClause { return [back] }
        if subjectThenPredicate || adjunctThenClause || clauseThenSubordinate || questionThenClause { return [front, back] }
        // ("The line is due to open in 2027, she said, a year later than planned.": a noun phrase after the attribution
        // sums up the clause before it, and both are the speech; a note on the speech, "..., the firm said, a claim
        // critics dispute", is the writer's, and the clause before is the speech alone.)
        // (Not a clause of its own after the attribution, with its helper: "That's why, he argued, the party should be prepared".)
        if frontClause, !leadingSubordinate, QuoteAttributor.articles.contains(tokens[c2 + 1]) || tokens[c2 + 1].kind == .number,
           !(c2 + 1..<end).contains(where: { QuoteAttributor.finiteAuxiliaries.contains(tokens[$0]) }) {
            // ("..., officials said, a day after the talks collapsed": a time set by another event is the writer's too.)
            let timeline = (c2 + 1..<end).contains(where: { ["after", "before", "since", "ago"].contains(tokens[$0].lower) })
            return timeline || ContentBoundary.elaborationStarts(tokens, at: c2 + 1, end, hasClause: { hasClause(tokens, $0, $1) })
                ? [front] : [front, back]
        }
        if frontClause, !leadingSubordinate, let coordinate = coordinateClause(tokens, after: c2, limit: limit) { return [front, coordinate] }
        return nil
    }

    /// "Fares rose 8 percent, the board said in its report, and pier fees rose 12 percent": a clause
    /// joined by "and" after an attribution that interrupts the speech goes on with it, when its
    /// subject is not a personal pronoun ("..., Ames said, and she closed it" is the speaker's next
    /// act) and it holds no reporting verb of its own (its own attribution).
    func coordinateClause(_ tokens: Tokens, after comma: Int, limit: Int) -> TextSpan? {
        let s = comma + 2
        // ("..., he said, and “some mistakes were inevitable”": the clause may open with a quotation mark.)
        let w = s + 1 < limit && QuoteAttributor.opensQuotation(tokens[s]) ? s + 1 : s
        guard w < limit, tokens[comma + 1].lower == "and", tokens[w].isWord,
              !QuoteAttributor.personalSubjects.contains(tokens[w]), tokens[w].lower != "then" else { return nil }
        let end = ContentBoundary.end(tokens, from: w, to: limit) { hasClause(tokens, $0, $1) }
        // ("..., she said, and would end the trial if ...": a modal predicate shares the speech's subject.)
        guard hasClause(tokens, w, end) || QuoteAttributor.modalsAndFuture.contains(tokens[w]),
              !(w..<end).contains(where: { lexicon.isReportingVerb(tokens[$0]) })
        else { return nil }
        return span(tokens, s, end)
    }

    /// The start of a short role phrase set before a name by a comma ("the mayor, Ruth Ames", "his
    /// wife, Carmen,"), as `roleStart` finds it. Nil otherwise.
    /// (Two of them joined by "and" count as one phrase: "“...,” the company's president, Nick Harlow,
    /// and its chief legal officer, Jennifer Nwosu, wrote".)
    func appositiveHead(_ tokens: Tokens, of np: Range<Int>, _ r: Range<Int>) -> Int? {
        guard var s = roleStart(tokens, beforeNameAt: np.lowerBound, r) else { return nil }
        // An earlier "role, Name," pair joined by "and".
        while s - 2 > r.lowerBound, tokens[s - 1].lower == "and", tokens[s - 2].punct == UInt8(ascii: ",") {
            var n = s - 2
            while n > r.lowerBound, tokens[n - 1].isWord, tokens[n - 1].capitalized { n -= 1 }
            guard n < s - 2, let earlier = roleStart(tokens, beforeNameAt: n, r) else { break }
            s = earlier
        }
        // (A role: right after a quotation, or with a title, a relation or a group as its head.)
        // ("“We regret nothing”, one of the defendants, Lena Krüger, told": a comma after the closing mark too.)
        let head = tokens[roleHead(tokens, comma: np.lowerBound - 1, r)]
        let afterQuotation = s > r.lowerBound && (tokens[s - 1].isQuoteMark
            || tokens[s - 1].punct == UInt8(ascii: ",") && s - 2 >= r.lowerBound && tokens[s - 2].isQuoteMark)
        guard afterQuotation || lexicon.titles[head] != nil || QuoteAttributor.relationNouns[head] != nil
                || lexicon.groups[QuoteAttributor.bare(head.lower)] != nil else { return nil }
        guard s == r.lowerBound || !tokens[s - 1].isWord else { return nil }
        return s
    }

    /// The start of the role phrase before the comma that precedes the name at `name`: a determiner
    /// or possessive and at most five more lower-case words, none of them a verb.
    private func roleStart(_ tokens: Tokens, beforeNameAt name: Int, _ r: Range<Int>) -> Int? {
        let c = name - 1
        guard c - 1 > r.lowerBound, tokens[c].punct == UInt8(ascii: ","), tokens[name].capitalized else { return nil }
        // ("the governor of the Bank of England, Andrew Bailey": from the role's own head, past the body it serves.)
        let from = roleHead(tokens, comma: c, r) + 1
        var s = from
        // ("“...,” the Information Commissioner, Rachel Evans, said": an office capitalised as British papers write it, its
        // field's words too.)
        let office = tokens[from - 1].capitalized && lexicon.titles[tokens[from - 1]] != nil
        // ("“...,” her editor of 30 years, Tom Gould, said": a number inside the role too.)
        // ("“...,” the UN secretary general, António Guterres, told", "the New York mayor, ...": a name of up to three
        // capitalised words after "the" modifies the role.)
        func nameAfterArticle(_ k: Int) -> Bool {
            var j = k
            while j > r.lowerBound, k - j < 3, tokens[j].isWord, tokens[j].capitalized, !QuoteAttributor.nounDeterminers.contains(tokens[j]) { j -= 1 }
            return j < k && QuoteAttributor.articles.contains(tokens[j])
        }
        while s > r.lowerBound, from - s < 6, tokens[s - 1].isWord && (!tokens[s - 1].capitalized || QuoteAttributor.nounDeterminers.contains(tokens[s - 1])
                || office && from - s < 3 || nameAfterArticle(s - 1))
                || tokens[s - 1].kind == .number,
              tokens[s - 1].lower != "and" { s -= 1 }
        // ("“...,” Tuvalu's foreign minister, Simon Kofe, told", "the Marshall Islands' climate envoy, Tina Stege,": a
        // possessor's name of up to three words, with "the" before it at most, opens the role.)
        var possessor = false
        // (A plural's apostrophe may stand as a token of its own, against the word: "Islands' ".)
        let mark = s - 2 > r.lowerBound && QuoteAttributor.isPluralPossessive(tokens, s - 1) ? 1 : 0
        if s < c, s - 1 - mark > r.lowerBound, tokens[s - 1 - mark].isWord, tokens[s - 1 - mark].capitalized,
           mark == 1 || tokens[s - 1].lower.endsWith("'s") || tokens[s - 1].lower.endsWith("s'") {
            var p = s - 1 - mark
            while p - 1 > r.lowerBound, s - p < 3, tokens[p - 1].isWord, tokens[p - 1].capitalized, !QuoteAttributor.nounDeterminers.contains(tokens[p - 1]) { p -= 1 }
            if p - 1 >= r.lowerBound, tokens[p - 1].lower == "the" { p -= 1 }
            possessor = true
            s = p
        }
        // (A phrase with no verb: "The pier will close, Ruth K. Ames said" is a clause and the name.)
        guard s < c, possessor || QuoteAttributor.nounDeterminers.contains(tokens[s]) || QuoteAttributor.possessivePronouns[tokens[s]] != nil,
              // (The words here are lower-case but for an office's, so `startsPredicate` covers helpers and irregular pasts;
              // a capitalised helper, "May", still ends the role.)
              !(s + 1..<c).contains(where: { QuoteAttributor.startsPredicate(tokens[$0]) || QuoteAttributor.finiteAuxiliaries.contains(tokens[$0]) })
        else { return nil }
        return s
    }

    /// The head of a role phrase that ends at the comma `c`: the word before the comma, or, when a capitalised name
    /// follows the role's "of", "for" or "at" ("the governor of the Bank of England", "the chief executive of Tesco"),
    /// the lower-case word before that preposition.
    func roleHead(_ tokens: Tokens, comma c: Int, _ r: Range<Int>) -> Int {
        var t = c
        while t - 1 > r.lowerBound, c - t < 6, tokens[t - 1].isWord,
              tokens[t - 1].capitalized || t < c && QuoteAttributor.isOrganisationJoiner(tokens[t - 1]) && tokens[t - 2].capitalized { t -= 1 }
        guard t < c, tokens[t].capitalized else { return c - 1 }
        let p = tokens[t - 1].lower == "the" ? t - 2 : t - 1
        guard p - 1 > r.lowerBound, tokens[p].lower == "of" || tokens[p].lower == "for" || tokens[p].lower == "at",
              tokens[p - 1].isWord, !tokens[p - 1].capitalized else { return c - 1 }
        return p - 1
    }

    /// A participle before its subject, with the content between them: "After saying the pier
    /// was unsafe, Ames closed it", "Bemoaning the “phony system,” Trump accused ...".
    static func frontedParticiple(_ tokens: Tokens, _ a: Attribution) -> Bool {
        guard let np = a.subject, np.lowerBound > a.cueEnd + 1, tokens[a.cueStart].lower.endsWith("ing") else { return false }
        return (a.cueEnd..<np.lowerBound).contains { tokens[$0].punct == UInt8(ascii: ",") }
    }

    /// A subject pronoun ending a short circumstance that opens at the preposition `f`: "in a statement it", "on
    /// Friday they". Nil when a verb-like word, a stop or a comma comes first.
    static func pronounAfterCircumstance(_ tokens: Tokens, _ f: Int, _ limit: Int) -> Int? {
        for p in (f + 2)..<max(f + 2, min(limit, f + 7)) {
            if nominativePronouns.contains(tokens[p]) || tokens[p].lower == "it" {
                return (f + 1..<p).allSatisfy({ tokens[$0].isWord && !looksLikeVerb(tokens[$0]) }) ? p : nil
            }
            guard tokens[p].isWord else { return nil }
        }
        return nil
    }

    /// "in Riyadh the group ...", "at the White House a deal ...", "on Facebook the pool ...", "in a statement the council
    /// ...", "on BBC Radio 4 the ...": after "on", "in" or "at", a place or a venue of speech (a name of up to four
    /// capitalised words or numbers, or up to two modifiers and a noun of a speech or a medium: "a televised address",
    /// "social media", "the radio"), the article or possessive that opens the clause's subject; nil otherwise.
    static func determinerAfterVenue(_ tokens: Tokens, _ f: Int, _ limit: Int) -> Int? {
        guard tokens[f].lower == "on" || tokens[f].lower == "in" || tokens[f].lower == "at" else { return nil }
        func isVenueNoun(_ t: Token) -> Bool { speechVenues.contains(t) || mediumNouns.contains(t) || t.lower == "media" }
        var k = f + 1
        if k < limit, nounDeterminers.contains(tokens[k]) { k += 1 }
        let venue = k
        if k < limit, tokens[k].isWord, tokens[k].capitalized {
            while k < limit, k - venue < 4, tokens[k].isWord && tokens[k].capitalized && !weekdays.contains(tokens[k]) && !months.contains(tokens[k])
                    || k > venue && tokens[k].kind == .number { k += 1 }
        } else {
            // (Modifiers are words that start no predicate but an "-ed" form may: "a televised address".)
            while k < limit, k - venue < 3, tokens[k].isWord, !tokens[k].capitalized, !looksLikePredicate(tokens[k]) || tokens[k].lower.endsWith("ed"),
                  !nounDeterminers.contains(tokens[k]) {
                k += 1
                if isVenueNoun(tokens[k - 1]) { break }
            }
            guard k > venue, isVenueNoun(tokens[k - 1]) else { return nil }
        }
        guard k > venue, k + 1 < limit, tokens[k].isWord, !tokens[k].capitalized,
              articles.contains(tokens[k]) || nounDeterminers.contains(tokens[k]) else { return nil }
        return k
    }

    /// The speech at `f` opens with a person or a group as its subject, before its first verb: a name, a personal
    /// pronoun, a group noun or a title ("residents were frightened", "she was tired"), not a thing ("the flights were").
    func opensWithPersonOrGroup(_ tokens: Tokens, _ f: Int, _ end: Int) -> Bool {
        var k = f
        if tokens[k].lower == "that" { k += 1 }
        for j in k..<min(end, k + 6) {
            let t = tokens[j]
            guard t.isWord, !QuoteAttributor.looksLikeVerb(t), !QuoteLexicon.auxiliaries.contains(t) else { return false }
            if QuoteAttributor.articles.contains(t) || QuoteAttributor.nounDeterminers.contains(t) { continue }
            if t.capitalized || QuoteAttributor.nominativePronouns.contains(t) || lexicon.groups[t] != nil
                || lexicon.groups[QuoteAttributor.bare(t.lower)] != nil || lexicon.titles[t] != nil { return true }
        }
        return false
    }

    /// Skips a listener after "told": a pronoun, "reporters", a determiner phrase or a name.
    func skipObject(_ tokens: Tokens, _ f: Int, _ limit: Int, listenerOnly: Bool = false) -> Int {
        guard f < limit, tokens[f].isWord else { return f }
        // ("warned workers’ jobs were at risk": a plural possessive owns the clause's subject; it hears nothing.)
        if f + 1 < limit, QuoteAttributor.isPluralPossessive(tokens, f + 1) { return f }
        let t = tokens[f]
        // ("told her radio audience": "her" before a noun is a determiner.)
        // ("told her she had ...": not before a pronoun, which opens the content, nor before an article or another
        // determiner, "told her the plan was dead".)
        let herBeforeNoun = t.lower == "her" && f + 1 < limit && tokens[f + 1].isWord && !tokens[f + 1].capitalized
            && tokens[f + 1].lower != "that" && !QuoteAttributor.prepositions.contains(tokens[f + 1])
            && QuoteLexicon.pronouns[tokens[f + 1]] == nil && !QuoteAttributor.articles.contains(tokens[f + 1])
        if !herBeforeNoun, ["him", "her", "them", "me", "us", "you", "reporters", "journalists", "lawmakers", "supporters", "voters"].contains(t.lower) {
            return f + 1
        }
        // ("told analysts on a conference call", "told investors the plan ...": a bare group noun is the listener.)
        if !t.capitalized, t.lower.lastByte == UInt8(ascii: "s"), lexicon.groups[t] != nil { return f + 1 }
        // ("tells jury senator pressured staff", "told court he was innocent": after a verb that always names
        // its listener, a bare institution is that listener, as headlines write it. Not after "warn":
        // "warned court rulings could ..." opens its content with a compound.)
        // ("told jury members he was ...", "told court rulings had ...": a plural or a group after it is the
        // head the institution modifies.)
        // ("tells murder trial she ...", "told appeal court he ...": a noun before such an institution names it; a pronoun
        // after both opens the content.)
        if listenerOnly, !t.capitalized, f + 2 < limit, tokens[f + 1].isWord, !tokens[f + 1].capitalized,
           lexicon.groups[tokens[f + 1]] == "org" || QuoteAttributor.listenerNouns.contains(tokens[f + 1])
            || QuoteAttributor.hearingForums.contains(tokens[f + 1]),
           QuoteAttributor.nominativePronouns.contains(tokens[f + 2]), QuoteLexicon.pronouns[t] == nil,
           !QuoteAttributor.nounDeterminers.contains(t) { return f + 2 }
        if listenerOnly, !t.capitalized, f + 1 < limit, tokens[f + 1].isWord,
           lexicon.groups[t] == "org" || QuoteAttributor.listenerNouns.contains(t),
           !tokens[f + 1].lower.looksPlural, lexicon.groups[tokens[f + 1]] == nil, !QuoteAttributor.roleHeads.contains(tokens[f + 1]) { return f + 1 }
        // ("told officers he had acted alone", "told police the car was stolen": after a verb that always
        // names its listener, a bare plural or group noun before the clause's subject or "that" is the listener.)
        if listenerOnly, !t.capitalized, f + 1 < limit, tokens[f + 1].isWord,
           t.lower.utf8.count > 3 && t.lower.looksPlural || lexicon.groups[t] != nil || QuoteAttributor.unmarkedPlurals.contains(t),
           QuoteAttributor.nominativePronouns.contains(tokens[f + 1]) || QuoteAttributor.articles.contains(tokens[f + 1])
            // ("told stories that made us laugh": not "that" opening a relative clause.)
            || tokens[f + 1].lower == "that" && f + 2 < limit && !QuoteAttributor.looksLikeVerb(tokens[f + 2]) { return f + 1 }
        // ("warned agencies to prepare ...": a bare plural before an infinitive is the listener too; "told staff to open the
        // safe", "urged people to stay indoors": so is one without its "-s".)
        if !t.capitalized, t.lower.looksPlural || QuoteAttributor.unmarkedPlurals.contains(t), f + 2 < limit, tokens[f + 1].lower == "to",
           tokens[f + 2].isWord { return f + 1 }
        var k = f
        if QuoteAttributor.nounDeterminers.contains(t) {
            k += 1
            // ("asked the board to delay ...": the listener ends before "to"; "asked the chairwoman why ...":
            // before a question word.)
            // ("told the committee her company had ...", "told the board members the plan ...": a pronoun or a
            // determiner after the listener opens the content.)
            // ("told a candidates' forum last week": a plural possessive stays in the listener.)
            // (The apostrophe counts as no word of the phrase's four.)
            // ("told the Associated Press Trump had lied": an outlet's name ends before the speech's subject.)
            if let m = QuoteAttributor.outletNameEnd(tokens, from: k, limit) { return m }
            var words = 1
            while k < limit {
                // ("told the Sunday Times' Tim Shipman that": the owned phrase after a possessive has words of its own.)
                if QuoteAttributor.isPluralPossessive(tokens, k) { k += 1; words = 1; continue }
                // ("told a meeting of party members the plan ...", "an audience of business leaders": a gathering's "of"
                // and who attends, past an article, are the listener's.)
                // (Modifiers the determiners list holds, "party members", "local members", are the attenders' words here.)
                if k + 1 < limit, k > f + 1, tokens[k].lower == "of", QuoteAttributor.gatheringNouns.contains(tokens[k - 1]) {
                    var e = k + 1
                    if QuoteAttributor.articles.contains(tokens[e]) { e += 1 }
                    let start = e
                    while e < limit, e - start < 4, tokens[e].isWord, !QuoteAttributor.articles.contains(tokens[e]),
                          QuoteLexicon.pronouns[tokens[e]] == nil, QuoteAttributor.possessivePronouns[tokens[e]] == nil, tokens[e].lower != "that",
                          !QuoteAttributor.clauseMarkers.contains(tokens[e]), !QuoteAttributor.prepositions.contains(tokens[e]),
                          !QuoteAttributor.looksLikeVerb(tokens[e]), !QuoteAttributor.finiteAuxiliaries.contains(tokens[e]) { e += 1 }
                    if e > start { return e }
                }
                // ("told the court Lowther had stolen ...", "told the jury Mr Lowther had ...": a name after the listener's
                // noun that a verb follows is the content's subject; "told the newspaper Le Monde in an interview" names
                // the listener.)
                if k > f + 1, tokens[k].capitalized, !tokens[k - 1].capitalized, tokens[k].isWord {
                    var e = k
                    while e < limit, e - k < 4, tokens[e].isWord && tokens[e].capitalized
                            || tokens[e].punct == UInt8(ascii: ".") && lexicon.titles[tokens[e - 1]] != nil { e += 1 }
                    if e < limit, tokens[e].isWord, QuoteAttributor.finiteAuxiliaries.contains(tokens[e]) || QuoteAttributor.looksLikeVerb(tokens[e]) { break }
                }
                // ("told the broadcaster in an interview released on Sunday": the listener ends at a preposition.)
                guard words < 4, tokens[k].isWord, !QuoteAttributor.clauseMarkers.contains(tokens[k]), tokens[k].lower != "to",
                      !QuoteAttributor.prepositions.contains(tokens[k]),
                      !QuoteAttributor.questionWords.contains(tokens[k]),
                      k == f + 1 || (QuoteLexicon.pronouns[tokens[k]] == nil && QuoteAttributor.possessivePronouns[tokens[k]] == nil
                                     && !QuoteLexicon.determiners.contains(tokens[k])) else { break }
                words += 1
                k += 1
            }
            return k
        }
        // ("told Sky News Boris Johnson had misled MPs": an outlet's name ends before the speech's subject.)
        if let m = QuoteAttributor.outletNameEnd(tokens, from: f, limit) { return m }
        // ("told Reuters Trump had lied", "told CNN Biden had erred", "told Nato Russia posed a threat": so does a body the
        // organisations lexicon lists by its one word, before a name and its verb.)
        if t.capitalized, f + 2 < limit, tokens[f + 1].isWord, tokens[f + 1].capitalized,
           QuoteAttributor.capitalisedRunBeforeVerb(tokens, from: f + 1, limit) != nil,
           lexicon.organisations.nouns(of: QuoteAttributor.bare(t.lower)) != nil { return f + 1 }
        while k < limit, tokens[k].isWord, tokens[k].capitalized { k += 1 }
        // ("told BBC Radio 4 the plan ...", "told Channel 4 News": a broadcaster's short number is inside its name.)
        if k > f, k < limit, tokens[k].kind == .number, tokens[k].lower.utf8.count <= 4,
           tokens[k - 1].lower == "radio" || tokens[k - 1].lower == "channel" {
            k += 1
            while k < limit, tokens[k].isWord, tokens[k].capitalized, !tokens[k - 1].lower.endsWith("'s") { k += 1 }
        }
        // ("told Cadena SER radio the case showed ...": a medium's noun after the name is part of the listener.)
        if k > f, k < limit, tokens[k].isWord, !tokens[k].capitalized, QuoteAttributor.mediumNouns.contains(tokens[k]) { k += 1 }
        // "told USA Today's weekly video show": a possessive name begins a longer listener phrase.
        // ("told CBS' “Face the Nation”": a plural possessive's apostrophe, written apart.)
        var possessive = k > f && tokens[k - 1].lower.endsWith("'s")
        if !possessive, k > f, k + 1 < limit, QuoteAttributor.isPluralApostrophe(tokens, k) {
            k += 1
            possessive = true
        }
        if possessive {
            // ("told NBC's “Meet the Press” the plan ...": a show's quoted title, of a few words.)
            if k + 2 < limit, QuoteAttributor.opensQuotation(tokens[k]),
               let close = scanRange(from: k + 1, upTo: min(limit, k + 8)).first(where: { tokens[$0].isQuoteMark }), close > k + 1,
               (k + 1..<close).allSatisfy({ tokens[$0].isWord }) {
                return close + 1
            }
            let start = k
            // ("told BBC Radio 4's Today programme the plan ...": a capitalised name of the show, closed by a medium's noun;
            // "the plan": not past an article or a pronoun, which opens the speech.)
            if let medium = scanRange(from: k, upTo: min(limit, k + 4)).first(where: { !tokens[$0].isWord || !tokens[$0].capitalized }),
               medium > k, QuoteAttributor.mediumNouns.contains(tokens[medium]) {
                return medium + 1
            }
            while k < limit, k - start < 4, tokens[k].isWord, !tokens[k].capitalized, tokens[k].lower != "that",
                  !QuoteAttributor.articles.contains(tokens[k]), QuoteLexicon.pronouns[tokens[k]] == nil,
                  !QuoteAttributor.clauseMarkers.contains(tokens[k]), !QuoteAttributor.prepositions.contains(tokens[k]) { k += 1 }
        }
        return k
    }

    /// "Messages in which she ...", "The man to whom he ...": the relative word at `subject - 1` and a preposition
    /// before it follow a phrase of up to six words with no verb among them that opens the sentence `r` or the clause
    /// after a subordinator ("resigned after messages in which she ..."), that clause's subject.
    static func relativeAfterOpeningSubject(_ tokens: Tokens, _ subject: Int, _ r: Range<Int>) -> Bool {
        guard subject - 3 >= r.lowerBound, ["which", "whom"].contains(tokens[subject - 1].lower),
              prepositionsAfterNouns.contains(tokens[subject - 2]) else { return false }
        var k = subject - 3
        while k >= r.lowerBound, subject - 3 - k < 6 {
            let t = tokens[k]
            if k < subject - 3, subordinators.contains(t) { return true }
            guard t.isWord, !looksLikeVerb(t), !innerClauseOpeners.contains(t) else { return false }
            k -= 1
        }
        return k < r.lowerBound
    }

    /// The first finite helper in `f..<end`, when no clause opens and no punctuation stands before it: the verb
    /// of the clause an object of the speech stands in ("threatened staff with a knife has been jailed").
    static func firstPredicate(_ tokens: Tokens, _ f: Int, _ end: Int) -> Int? {
        for k in f..<end {
            let t = tokens[k]
            if !t.isWord || innerClauseOpeners.contains(t) { return nil }
            if k > f, finiteAuxiliaries.contains(t) || passiveAuxiliaries.contains(t) { return k }
        }
        return nil
    }

    /// The speech at `f` opens right after the cue on its own verb, its subject gapped by a relative clause whose noun
    /// stands before the speaker: on a finite helper, "The man who police said was armed", "The plan officials said would
    /// save money", or on a present verb, "a choice critics say threatens the court".
    static func gappedSpeechOpens(_ tokens: Tokens, _ r: Range<Int>, _ a: Attribution, _ f: Int, _ end: Int) -> Bool {
        guard f == a.cueEnd, f < end, let s = a.subject, s.lowerBound > r.lowerBound, s.upperBound == a.cueStart else { return false }
        let before = tokens[s.lowerBound - 1]
        guard before.lower == "who" || before.lower == "that"
                || before.isWord && !before.capitalized && before.lower != "and" && QuoteLexicon.determiners.contains(tokens[max(r.lowerBound, s.lowerBound - 2)])
        else { return false }
        let v = tokens[f]
        if finiteAuxiliaries.contains(v) { return true }
        return f + 1 < end && v.isWord && !v.capitalized && v.lower.looksPlural && v.lower.utf8.count > 3 && tokens[f + 1].isWord
            && !looksLikeVerb(tokens[f + 1]) && !prepositions.contains(v) && QuoteLexicon.pronouns[v] == nil
    }

    /// Past a time after a verb: "last week", "on Monday", "a decade ago", "two years ago".
    static func skipTimeAgo(_ tokens: Tokens, _ k: Int, _ end: Int) -> Int {
        var g = k
        if g < end, tokens[g].kind == .number || timeQuantities.contains(tokens[g]) || isNumberWord(tokens[g].lower) { g += 1 }
        if g + 1 < end, timeDistanceUnits.contains(tokens[g]), tokens[g + 1].lower == "ago" { return g + 2 }
        if k + 1 < end, tokens[k].lower == "on", weekdays.contains(tokens[k + 1]) { return k + 2 }
        return skipTime(tokens, k, end)
    }

    /// At `k` the sentence's own verb, after a clause whose object gap its noun fills: the only predicate left before `end`
    /// ("The letter she wrote | was leaked"), or a reporting verb with its own speech ("The report she wrote | said costs rose").
    static func sentenceVerbAfterGap(_ tokens: Tokens, _ k: Int, _ end: Int, reporting: (Token) -> Bool) -> Bool {
        k < end && startsPredicate(tokens[k]) && (reporting(tokens[k]) || outerPredicate(tokens, k, end) == nil)
    }

    /// The writer's verb after a clause that is the content of a speech noun: the first verb after the
    /// clause's own verb group with no conjunction, comma, relative word or quotation mark between
    /// ("the plan would fail | was ignored", "the pier was safe | proved wrong").
    static func outerPredicate(_ tokens: Tokens, _ f: Int, _ end: Int) -> Int? {
        func isVerb(_ t: Token) -> Bool {
            t.isWord && (QuoteLexicon.auxiliaries.contains(t) && !t.lower.endsWith("ly") || looksLikeVerb(t)
                || passiveAuxiliaries.contains(t) || t.lower.endsWith("n't"))
        }
        guard var k = (f..<end).first(where: { isVerb(tokens[$0]) }) else { return nil }
        // ("the plan was flawed | were ignored": a group that opens on a helper ends before a second finite helper
        // that follows its main verb; not "the claims made were false", whose first verb may describe the noun.)
        let group = k, opensOnHelper = finiteAuxiliaries.contains(tokens[k])
        while k < end, isVerb(tokens[k]) || tokens[k].lower == "to" || tokens[k].lower == "not" {
            if opensOnHelper, k > group, finiteAuxiliaries.contains(tokens[k]), !QuoteLexicon.auxiliaries.contains(tokens[k - 1]),
               !passiveAuxiliaries.contains(tokens[k - 1]), tokens[k - 1].lower != "not", tokens[k - 1].lower != "to" {
                return k
            }
            k += 1
        }
        while k < end {
            let t = tokens[k]
            if !t.isWord || QuoteAttributor.innerClauseOpeners.contains(t) {
                return nil
            }
            if isVerb(t) {
                // ("reports that he claimed expenses for a home he rarely used": a verb with a pronoun of its own before it
                // is a clause inside the content.)
                var p = k - 1
                if p > f, tokens[p].lower.endsWith("ly") { p -= 1 }
                if p >= f, QuoteAttributor.nominativePronouns.contains(tokens[p]) {
                    k += 1
                    continue
                }
                return k
            }
            k += 1
        }
        return nil
    }

    /// "that" before one to three lower-case words that are no verb or pronoun and then a stop ("rejected
    /// that criticism,", "denied that claim.") is a determiner, not a complementizer.
    static func isDeterminerThat(_ tokens: Tokens, _ f: Int, _ limit: Int, objectVerb: Bool = false) -> Bool {
        // ("said that the old pier, long a landmark, was unsafe": a determiner after it makes "that" the complementizer.)
        if f + 1 < limit, ContentBoundary.determiners.contains(tokens[f + 1]) || possessivePronouns[tokens[f + 1]] != nil { return false }
        // ("suggest that at some point in history, ...": nor a preposition.)
        // ("said that without action, patients would die", "despite the cuts", "amid the crisis": nor one that opens an
        // adjunct before the clause.)
        if f + 1 < limit, purePrepositions.contains(tokens[f + 1]) || adjunctPrepositions.contains(tokens[f + 1]) { return false }
        // ("estimates that one in five children lives in poverty": nor a share, whose "in" is no place of the noun.)
        if shareWhole(tokens, f + 1, limit) != nil { return false }
        var e = f + 1
        // (After a verb whose object is its content, a place or time may follow the noun: "rejected that
        // account in a statement".)
        // ("reiterated that position on Friday.": after any verb, a short time or place closing the sentence.)
        while e < limit, tokens[e].isWord, !tokens[e].capitalized, e - f <= 4, !(e > f + 1 && circumstancePrepositions.contains(tokens[e])) { e += 1 }
        // (Up to a comma: "... on Friday, telling supporters ...". Read only when a preposition stopped the
        // noun, within six tokens.)
        func closingAdjunct() -> Bool {
            var end = e + 1
            while end < limit, end - e <= 6, tokens[end].punct != UInt8(ascii: ","), tokens[end].punct != UInt8(ascii: ".") { end += 1 }
            return end - e <= 6 && (e + 1..<end).allSatisfy({ tokens[$0].isWord && !looksLikeVerb(tokens[$0])
                && !QuoteLexicon.auxiliaries.contains(tokens[$0]) && tokens[$0].lower != "that" || tokens[$0].kind == .number })
        }
        guard e - f >= 2, e - f <= 4, e == limit || tokens[e].punct == UInt8(ascii: ",") || tokens[e].punct == UInt8(ascii: ".")
                || tokens[e].punct == UInt8(ascii: ";") || circumstancePrepositions.contains(tokens[e]) && (objectVerb || closingAdjunct()) else { return false }
        // ("said that inflation, which the bank watches, remained high": a relative clause between commas, then a finite
        // verb, makes the noun the clause's subject; "rejected that claim, which he called absurd" keeps the determiner.)
        if e + 2 < limit, tokens[e].punct == UInt8(ascii: ","), ContentBoundary.relatives.contains(tokens[e + 1]),
           let close = scanRange(from: e + 2, upTo: min(limit - 1, e + 25)).first(where: { !tokens[$0].isWord && tokens[$0].kind != .number }),
           tokens[close].punct == UInt8(ascii: ","), startsPredicate(tokens[close + 1]) { return false }
        // ("said that debt, inflation and tensions were ...": a comma that opens a list of the clause's subjects.)
        if e + 2 < limit, tokens[e].punct == UInt8(ascii: ","), tokens[e + 1].isWord,
           let link = scanRange(from: e + 2, upTo: min(limit, e + 6)).first(where: { !tokens[$0].isWord || tokens[$0].lower == "and" || tokens[$0].lower == "or" }),
           tokens[link].lower == "and" || tokens[link].lower == "or" { return false }
        // ("said that agencies must prepare.": a determiner "that" takes a singular noun, and a modal is a
        // clause's verb.)
        if tokens[f + 1].lower.looksPlural, !tokens[f + 1].lower.endsWith("us"), !tokens[f + 1].lower.endsWith("is"),
           !tokens[f + 1].lower.endsWith("ws") { return false }
        return (f + 1..<e).allSatisfy { QuoteLexicon.pronouns[tokens[$0]] == nil && !looksLikeVerb(tokens[$0])
            && !QuoteLexicon.auxiliaries.contains(tokens[$0]) && !modals.contains(tokens[$0]) && tokens[$0].lower != "can" }
    }

    /// "in a statement", "on Thursday", "within minutes", "through a spokesman": a short prepositional phrase is not
    /// reported content.
    func isAdjunctOnly(_ tokens: Tokens, _ a: Int, _ b: Int) -> Bool {
        guard a < b, QuoteAttributor.adjunctOpeners.contains(tokens[a]) else { return false }
        // ("called for early elections": "early", "late", "last" and "this" open a time only before a time word.)
        if ["last", "this", "late", "early"].contains(tokens[a].lower),
           !(a + 1..<b).contains(where: { QuoteAttributor.timeNouns.contains(tokens[$0])
               || QuoteLexicon.calendarWords.contains(QuoteAttributor.bare(tokens[$0].lower)) }) { return false }
        // ("in a statement broadcast on state television", "in a post published on its website": the text the speech
        // came in, with a participle about where it appeared. "in a study published on Wednesday": any text noun.)
        if tokens[a].lower == "in",
           let n = scanRange(from: a + 1, upTo: min(b, a + 4)).first(where: { QuoteAttributor.textNouns.contains(tokens[$0]) || QuoteAttributor.postedTexts.contains(tokens[$0]) }),
           n + 1 < b, case let p = tokens[n + 1], p.isWord, p.lower.endsWith("ed") || QuoteAttributor.irregularPast.contains(p) || p.lower == "broadcast",
           !(n + 2..<b).contains(where: { QuoteAttributor.clauseMarkers.contains(tokens[$0]) || tokens[$0].lower == "that" }) { return true }
        return wordCount(tokens, a, b) <= 4
    }

    func wordCount(_ tokens: Tokens, _ a: Int, _ b: Int) -> Int {
        guard a < b else { return 0 }
        return (a..<b).reduce(0) { $0 + (tokens[$1].isWord || tokens[$1].kind == .number ? 1 : 0) }
    }

    /// Whether the sentence `r` opens with "as", or with "but", "and", "yet" or "so" and then "as": "As Smith noted, ...",
    /// "But as one adviser pointed out, ...".
    static func opensWithAs(_ tokens: Tokens, _ r: Range<Int>) -> Bool {
        tokens[r.lowerBound].lower == "as" || r.lowerBound + 1 < r.upperBound && tokens[r.lowerBound + 1].lower == "as"
            && discourseOpeners.contains(tokens[r.lowerBound])
    }

    /// The comma closing a phrase of time of at most four words that opens at `k`: "last week,", "on Monday,", "in 2019,".
    static func timeBeforeComma(_ tokens: Tokens, from k: Int, _ limit: Int) -> Int? {
        guard let c = scanRange(from: k + 1, upTo: min(limit, k + 5)).first(where: { !tokens[$0].isWord && tokens[$0].kind != .number }),
              tokens[c].punct == UInt8(ascii: ","),
              (k..<c).contains(where: { isTimeWord(tokens[$0]) }),
              (k..<c).allSatisfy({ isTimeWord(tokens[$0]) || timeModifiers.contains(tokens[$0])
                  || ["in", "at", "ago", "a", "the", "during"].contains(tokens[$0].lower) })
        else { return nil }
        return c
    }

    /// The text of tokens a..<b with edge commas, periods and dashes trimmed (closing marks kept).
    func span(_ tokens: Tokens, _ a: Int, _ b: Int) -> TextSpan? {
        var a = a, b = b
        func edge(_ t: Token) -> Bool {
            guard t.kind == .punct else { return false }
            // Commas, periods, colons, semicolons and dashes (ASCII or U+2013/U+2014) are edges;
            // "%" or a bracket belongs to the content.
            return t.punct == 0 || t.punct == Token.longDash ? t.end - t.start == 3 : ",.;:-".utf8.contains(t.punct)
        }
        while a < b, edge(tokens[a]) { a += 1 }
        // A dangling conjunction at the end is not part of what was said ("... funded by Japan, and"),
        // nor one opening the next speaker's clause ("the plan was good while critics said ...").
        // ("would hold the government to that": after a preposition "that" is a pronoun, and stays; so it
        // is before the sentence's stop, "had done exactly that.")
        // ("told him it was “the story of the century” and then asked him": so is one with its "then" or "also".)
        while b > a, edge(tokens[b - 1]) || (b - 1 > a && QuoteAttributor.danglingConjunctions.contains(tokens[b - 1])
                && !(tokens[b - 1].lower == "that" && (QuoteAttributor.purePrepositions.contains(tokens[b - 2])
                                                       || QuoteAttributor.isSentenceStop(tokens, at: b))))
                || b - 2 > a && (tokens[b - 1].lower == "then" || tokens[b - 1].lower == "also")
                    && (tokens[b - 2].lower == "and" || tokens[b - 2].lower == "but") && !QuoteAttributor.isSentenceStop(tokens, at: b) { b -= 1 }
        guard a < b else { return nil }
        return TextSpan(start: tokens[a].start, end: tokens[b - 1].end)
    }

    /// The comma in f..<e that opens a characterisation of what was said or done, someone else's naming of it:
    /// ", in what both described as “a necessary step”", ", in a move analysts called “bold”", ", a step critics
    /// labelled ...". Nil if there is none. (A naming verb within a few words of "what" or the noun: the clause has a
    /// speaker of its own, so its words are no part of the speech before.)
    @inline(never)
    static func characterisationAfterComma(_ tokens: Tokens, from f: Int, to e: Int) -> Int? {
        scanRange(from: f, upTo: e - 3).first { c in tokens[c].punct == UInt8(ascii: ",") && opensCharacterisation(tokens, at: c + 1, e) }
    }

    /// At `k0`, before `e`: "in" perhaps, then "what" or an article's noun and the clause's subject, then a naming verb.
    static func opensCharacterisation(_ tokens: Tokens, at k0: Int, _ e: Int) -> Bool {
        var k = k0
        if tokens[k].lower == "in" { k += 1 }
        if tokens[k].lower == "what" {
            k += 1
        } else if articles.contains(tokens[k]), k + 2 < e, tokens[k + 1].isWord, !tokens[k + 1].capitalized,
                  // (Then the clause's subject, one noun after the article: ", a parasite called Tritrichomonas" and
                  // ", a common single-celled parasite called ..." name the noun, in the speech.)
                  case let s = tokens[k + 2], s.isWord, isRelativeThatOrWhich(s) || quantifierPronouns.contains(s)
                    || nominativePronouns.contains(s) || s.capitalized || s.lower.looksPlural {
            k += 2
        } else {
            return false
        }
        // (A subject before the verb: ", a scheme called “Help to Buy”" names the scheme, in the speech.)
        guard let verb = scanRange(from: k, upTo: min(e, k + 5)).first(where: { !tokens[$0].isWord || isCharacterisingVerb(tokens[$0]) })
        else { return false }
        return tokens[verb].isWord && verb > k
    }

    /// "called", "described", "dubbed", "labelled" ...: the past forms that name what was done.
    @inline(__always) static func isCharacterisingVerb(_ t: Token) -> Bool {
        namingForms.contains(t) && t.lower.endsWith("ed") || t.lower == "described" || t.lower == "termed" || t.lower == "hailed"
    }

    /// The comma in f..<e before a distance in time and "after" or "before" (", hours after", ", just
    /// days before", ", two weeks after") that runs to the end, nil if there is none.
    @inline(never)
    static func timeDistanceAfterComma(_ tokens: Tokens, from f: Int, to e: Int) -> Int? {
        var c = f
        while c + 2 < e {
            defer { c += 1 }
            guard tokens[c].punct == UInt8(ascii: ",") else { continue }
            var k = c + 1
            // (Up to two words of quantity: "just", "a few", "two", "several".)
            while k < e, k - (c + 1) < 2, tokens[k].kind == .number || timeQuantities.contains(tokens[k]) || isNumberWord(tokens[k].lower) { k += 1 }
            guard k + 1 < e, timeDistanceUnits.contains(tokens[k]), tokens[k + 1].lower == "after" || tokens[k + 1].lower == "before" else { continue }
            // (Closing the sentence: "the talks, a week after they began, had stalled" goes on with the speech.)
            if (k + 2..<e).contains(where: { tokens[$0].punct == UInt8(ascii: ",") }) { continue }
            return c
        }
        return nil
    }

    /// The comma of ", the court heard", ", Bristol Crown Court heard" or ", a jury at Leeds Crown Court heard on Monday"
    /// closing the sentence: court reporting's own note that the sentence was heard at the hearing, no part of the
    /// speech. Nil if the sentence does not close so.
    @inline(never)
    static func courtHeardAfterComma(_ tokens: Tokens, from f: Int, to e: Int) -> Int? {
        var k = e
        if k > f, tokens[k - 1].punct == UInt8(ascii: ".") { k -= 1 }
        // ("heard on Monday", "heard yesterday": when.)
        if k - 2 > f, weekdays.contains(tokens[k - 1]), tokens[k - 2].lower == "on" { k -= 2 }
        else if k - 1 > f, tokens[k - 1].lower == "yesterday" || tokens[k - 1].lower == "today" { k -= 1 }
        guard k - 3 >= f, tokens[k - 1].lower == "heard" else { return nil }
        // ("a jury at Leeds Crown Court heard", "an inquest in Truro heard": where the hearing sat.)
        var noun = k - 2
        // ("a jury has heard": past the perfect's helper.)
        if noun - 2 >= f, tokens[noun].lower == "has" || tokens[noun].lower == "had" { noun -= 1 }
        var p = noun
        while p > f, noun - p < 5, tokens[p].isWord, tokens[p].capitalized { p -= 1 }
        if p < noun, p - 1 > f, tokens[p].lower == "at" || tokens[p].lower == "in", hearingNouns.contains(tokens[p - 1]) { noun = p - 1 }
        guard hearingNouns.contains(tokens[noun]), noun - 1 >= f else { return nil }
        var c = noun - 1
        while c > f, noun - c <= 4, tokens[c].isWord, tokens[c].capitalized || QuoteAttributor.articles.contains(tokens[c]) { c -= 1 }
        return tokens[c].punct == UInt8(ascii: ",") ? c : nil
    }

    /// Who hears a case: "the court heard", "the jury heard", "the inquest heard".
    static let hearingNouns: WordSet = ["court", "jury", "jurors", "inquest", "tribunal", "inquiry", "hearing", "magistrates"]

    /// Words from `f` to `e` are a short participle phrase saying when or where a source appeared:
    /// "published on Thursday", "released in March", "filed last week".
    @inline(never)
    static func participleAboutSource(_ tokens: Tokens, _ f: Int, _ e: Int) -> Bool {
        // ("according to the study, published in the journal Polar Letters": where the source appeared, with no time.)
        if f + 1 < e, e - f <= 9, publicationParticiples.contains(tokens[f]), purePrepositions.contains(tokens[f + 1]) || tokens[f + 1].lower == "by",
           (f + 2..<e).allSatisfy({ tokens[$0].isWord || tokens[$0].kind == .number || tokens[$0].punct == UInt8(ascii: ".") }) { return true }
        guard f < e, e - f <= 5, tokens[f].isWord, !tokens[f].capitalized,
              tokens[f].lower.endsWith("ed") || irregularPast.contains(tokens[f]) else { return false }
        return (f + 1..<e).allSatisfy { tokens[$0].isWord || tokens[$0].kind == .number || tokens[$0].punct == UInt8(ascii: ".") }
            && (f + 1..<e).contains { QuoteLexicon.calendarWords.contains(tokens[$0]) || timeNouns.contains(tokens[$0])
                || timeModifiers.contains(tokens[$0]) }
    }

    /// The comma before a headline's second verb of speech: in a sentence with no stop and no quotation mark open, a comma
    /// and a lower-case present form in "-s" of a reporting verb ("blames", "vows", "urges"). Nil otherwise.
    func headlineSecondVerb(_ tokens: Tokens, _ r: Range<Int>, from start: Int, to end: Int) -> Int? {
        guard end - start >= 3, r.count >= 4, !QuoteAttributor.isSentenceStop(tokens, at: r.upperBound - 1) else { return nil }
        var open = false
        for c in start..<(end - 1) {
            let t = tokens[c]
            if t.isQuoteMark { open.toggle(); continue }
            guard !open, t.punct == UInt8(ascii: ","), case let v = tokens[c + 1], v.isWord, !v.capitalized,
                  v.lower.endsWith("s"), lexicon.verbs[v] != nil else { continue }
            return c
        }
        return nil
    }

    /// The token at `k` is a full stop, question or exclamation mark, or past the last token.
    static func isSentenceStop(_ tokens: Tokens, at k: Int) -> Bool {
        guard k < tokens.count else { return true }
        let p = tokens[k].punct
        return p == UInt8(ascii: ".") || p == UInt8(ascii: "?") || p == UInt8(ascii: "!")
    }

    /// The closing mark of a naming verb's quotation, at most four words after `f` (eleven words and numbers, before
    /// "as": "described his side's 4-0 win over Everton as “...”"), when a preposition of place or time follows it
    /// ("“...” at an event", "“...” on Monday", "“...” after they moved to the top"). `afterAs`: only a quotation right
    /// after "as", as an object verb's is ("hailed his side's performance as “...”").
    /// (Not inlined: `contents` is long, and token reads in it become whole-token copies.)
    @inline(never)
    static func namingCircumstance(_ tokens: Tokens, _ f: Int, _ end: Int, afterAs: Bool = false) -> Int? {
        guard let open = scanRange(from: f, upTo: min(end, f + 12)).first(where: { !tokens[$0].isWord && tokens[$0].kind != .number }),
              case let asBefore = open > f && tokens[open - 1].lower == "as",
              asBefore || !afterAs && open <= f + 4, opensQuotation(tokens[open]),
              let close = (open + 1..<end).first(where: { tokens[$0].isQuoteMark }), close + 2 < end,
              ["at", "in", "on", "during", "after", "before"].contains(tokens[close + 1].lower) || asClause(tokens, close + 1, end),
              // ("“...” before describing the “physical fight”": a gerund after it is a second act of speech.)
              !tokens[close + 2].lower.endsWith("ing") else { return nil }
        return close
    }

    /// "as" at `k` opens a clause of time: "described a “night of terror” as Storm Darragh brought winds", "called it
    /// “reckless” as the crisis deepened". A phrase of at most three words that may be a subject, then a past verb that
    /// no "by" follows; "as a lie told by ministers" names.
    static func asClause(_ tokens: Tokens, _ k: Int, _ end: Int) -> Bool {
        guard tokens[k].lower == "as", k + 2 < end, case let first = tokens[k + 1], first.isWord,
              first.capitalized || nounDeterminers.contains(first) || possessivePronouns[first] != nil
                || ["he", "she", "they", "we", "it"].contains(first.lower) else { return false }
        guard let v = scanRange(from: k + 2, upTo: min(end, k + 5)).first(where: { !tokens[$0].isWord || isPastVerb(tokens[$0]) }),
              tokens[v].isWord, !tokens[v].capitalized, isPastVerb(tokens[v]) else { return false }
        return v + 1 >= end || tokens[v + 1].lower != "by"
    }

    /// The "that" after a short circumstance at `f` ("later that", "on Monday that"), words only
    /// between them and no infinitive; nil when `f` does not lead a circumstance.
    @inline(never)
    static func circumstanceBeforeThat(_ tokens: Tokens, _ f: Int, _ limit: Int) -> Int? {
        guard f < limit, circumstanceLeads.contains(tokens[f]), let thatAt = complementizer(tokens, f, min(limit, f + 8)),
              (f..<thatAt).allSatisfy({ tokens[$0].isWord || tokens[$0].kind == .number }),
              !hasInfinitive(tokens, f, thatAt) else { return nil }
        return thatAt
    }

    /// "The harbour board, which said the pier was unsafe, closed it": inside a relative clause the speech
    /// ends where the main clause's verb follows a comma. ("Scott Wiener, a Democrat from San Francisco who
    /// wrote the bill, dismissed ...": the relative pronoun may stand right before the cue and its helpers,
    /// inside an appositive.) The comma, or nil. (Not inlined: `contentEnd` is long, and its array literals
    /// were allocated on every call once it grew.)
    @inline(never)
    static func relativeClauseEnd(_ tokens: Tokens, _ a: Attribution, from f: Int, to end: Int, _ r: Range<Int>) -> Int? {
        guard let np = a.subject, np.upperBound < a.cueStart else { return nil }
        let rel = tokens[np.upperBound].punct == UInt8(ascii: ",") && relativePronouns.contains(tokens[np.upperBound + 1]) ? np.upperBound + 1
            : QuoteLexicon.auxiliaries.contains(tokens[a.cueStart - 1]) ? helpersStart(tokens, before: a.cueStart, r) - 1 : a.cueStart - 1
        guard rel >= np.upperBound, rel < a.cueStart, tokens[rel].lower == "who" || tokens[rel].lower == "which" else { return nil }
        // ("A retired officer, who did not want to be named, says ...": a cue after the comma closing the relative clause
        // is the sentence's own verb.)
        let helpers = helpersStart(tokens, before: a.cueStart, r)
        if helpers - 1 > rel, tokens[helpers - 1].punct == UInt8(ascii: ",") { return nil }
        // (A comma inside an open quotation is the speaker's own: "who said her country wanted “a lasting peace, not a
        // pause”".)
        var open = false
        for j in f..<max(f, end - 1) {
            if tokens[j].isQuoteMark { open.toggle() }
            if !open, tokens[j].punct == UInt8(ascii: ","), startsPredicate(tokens[j + 1]) { return j }
        }
        return nil
    }

    /// Where the helpers and adverbs right before the verb at `i` begin ("has long", "would not"): `i` when none.
    static func helpersStart(_ tokens: Tokens, before i: Int, _ r: Range<Int>) -> Int {
        var k = i
        while k - 1 > r.lowerBound, tokens[k - 1].isWord, QuoteLexicon.auxiliaries.contains(tokens[k - 1])
                || QuoteAttributor.frequencyAdverbs.contains(tokens[k - 1]) || tokens[k - 1].lower == "not" { k -= 1 }
        return k
    }

    /// The sentence's own helper verb inside an infinitive content `f..<end` of a cue right after "who"
    /// ("who threatened to kill an MP has been jailed": "has"), after a word that is not "to".
    @inline(never)
    static func mainVerbAfterRelativeInfinitive(_ tokens: Tokens, _ a: Attribution, _ f: Int, _ end: Int) -> Int? {
        guard a.cueStart > 0, tokens[a.cueStart - 1].lower == "who", f < end, tokens[f].lower == "to" else { return nil }
        return (f + 2..<max(f + 2, end)).first(where: { k in
            tokens[k - 1].isWord && tokens[k - 1].lower != "to" && !finiteAuxiliaries.contains(tokens[k - 1])
                && perfectAndCopula.contains(tokens[k])
        })
    }
}
