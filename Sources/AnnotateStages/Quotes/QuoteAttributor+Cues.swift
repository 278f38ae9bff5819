import AnnotateCore

/// Cues: reporting verbs and "according to", with the speaker phrase before or after the verb.
extension QuoteAttributor {
    /// The sentence's cues, into `found`, which is empty on entry (the caller's buffer, reused for every sentence).
    /// `previous` is the sentence and subject of the attribution found last before this sentence. (Those two alone:
    /// the whole attribution was copied for every sentence to pass them.)
    func findCues(_ tokens: Tokens, _ r: Range<Int>, sentence: Int, previous: (sentence: Int, subject: Range<Int>?)?,
                  sentenceBefore: Int, _ found: inout [Attribution]) {
        var skipUntil = r.lowerBound  // the source phrase of "according to" holds no cues ("annual report")
        var particle = -1  // a phrasal cue's particle, no cue of its own ("shot back that ...": "back" is a verb too)
        let askedRange = QuoteAttributor.questionPut(tokens, r)
        let nounShapes = QuoteAttributor.speechNounShapes
        let accordingShape = QuoteAttributor.accordingShape, useShapes = QuoteAttributor.useShapes
        let wordsShape = QuoteAttributor.wordsShape, perShape = QuoteAttributor.perShape
        var next = r.lowerBound
        // (Each asked in turn, not joined by `??`: an attribution is large, and the optional one each returns, nearly
        // always none, was copied on through the operator for every sentence.)
        if let a = inWordsOf(tokens, r, sentence: sentence) {
            found.append(a)
            next = a.fixedContent?.lowerBound ?? next
        } else if let a = asStatedIn(tokens, r, sentence: sentence) {
            found.append(a)
            next = a.fixedContent?.lowerBound ?? next
        } else if let a = verdictOf(tokens, r, sentence: sentence) {
            found.append(a)
            next = a.cueEnd
        } else if let a = sourceTaggedHeadline(tokens, r, sentence: sentence) {
            found.append(a)
            next = a.cueEnd
        } else if tokens[r.lowerBound].isQuoteMark, let a = quotationAllSaid(tokens, r, sentence: sentence) {
            found.append(a)
            next = a.cueEnd
        } else if tokens[r.lowerBound].isQuoteMark, let a = cameTheReply(tokens, r, sentence: sentence) {
            found.append(a)
            next = a.cueEnd
        }
        while true {
            let i = nextCueCandidate(tokens, from: next, r.upperBound)
            guard i < r.upperBound else { break }
            next = i + 1
            if i < skipUntil || i == particle { continue }
            let tok = tokens[i]  // (read once: the rules below ask it often)
            let shape = tok.shape
            if let askedRange, askedRange.contains(i) { continue }
            let w = tok.lower
            if shape == accordingShape, w == "according", i + 1 < r.upperBound, tokens[i + 1].lower == "to" {
                // The source runs to the next comma or the sentence end: "according to the poll",
                // "according to a complaint filed by the SEC", "according to the traders' association" (a plural
                // possessive's apostrophe is a quotation mark's token).
                var e = i + 2
                while e < r.upperBound, e - (i + 2) < 15, tokens[e].isWord || tokens[e].kind == .number || tokens[e].punct == UInt8(ascii: "(")
                    || tokens[e].punct == UInt8(ascii: ")") || tokens[e].punct == UInt8(ascii: "-")
                    || e > i + 2 && QuoteAttributor.isPluralPossessive(tokens, e)
                    // ("According to Dr. Ann Lee, ...", "according to Danny J. Bean": a title's or an initial's point before the
                    // rest of the name is inside it.)
                    || e > i + 2 && e + 1 < r.upperBound && isPointInsideName(tokens, e) { e += 1 }
                guard e > i + 2, tokens[(i + 2)..<e].contains(where: \.isWord) else { continue }
                var np = (i + 2)..<QuoteAttributor.sourceEnd(tokens, i + 2, e)
                skipUntil = e
                // ("According to the Saudi Interior Ministry over 345 pilgrims have been killed ...", "According to Rathbun the
                // property was returned ...": with no comma after a source opening the sentence, its name ends it, when a
                // clause follows.)
                if i == r.lowerBound, np.upperBound == e, e == r.upperBound || tokens[e].punct != UInt8(ascii: ",") {
                    var n = i + 2
                    if n < e, QuoteAttributor.articles.contains(tokens[n]) { n += 1 }
                    var m = n
                    while m < e, tokens[m].isWord, tokens[m].capitalized { m += 1 }
                    // (Only before a word that opens a clause's subject, not a noun of the source's own: "the National Weather
                    // Service forecast issued on Monday".)
                    if m > n, m + 2 < r.upperBound, tokens[m].isWord, !tokens[m].capitalized,
                       QuoteAttributor.nounDeterminers.contains(tokens[m]) || QuoteAttributor.nominativePronouns.contains(tokens[m])
                        || QuoteAttributor.approximations.contains(tokens[m]) && tokens[m + 1].kind == .number,
                       hasClause(tokens, m, r.upperBound) {
                        np = (i + 2)..<m
                        skipUntil = m
                    }
                }
                // ("According to the mayor's spokesman, Dan Pierce, the city ...": a role's name in the
                // appositive after it is the source.)
                if np.upperBound == e, e < r.upperBound, !tokens[e - 1].capitalized, lexicon.titles[tokens[e - 1]] != nil,
                   let name = nameAfterComma(tokens, e, r),
                   name.upperBound == r.upperBound || tokens[name.upperBound].punct == UInt8(ascii: ",")
                    || tokens[name.upperBound].punct == UInt8(ascii: ".") {
                    np = name
                    skipUntil = name.upperBound
                } else if np.upperBound == e, e < r.upperBound, !tokens[e - 1].capitalized,
                          case let noun = QuoteAttributor.bare(tokens[e - 1].lower),
                          lexicon.bodies.isTrade(noun) || lexicon.groups[noun] == "org" || lexicon.bodies.publicBody.contains(noun),
                          let name = nameBetweenCommas(tokens, e, r) {
                    // ("According to the national grid operator, Ukrenergo, ...": a body's name after its noun.)
                    np = name
                    skipUntil = name.upperBound
                }
                // ("according to two people with knowledge of the plans who asked not to be named because ...": a relative
                // clause about the people is no part of the source's name.)
                if np.count > 3, let who = (np.lowerBound + 2..<np.upperBound).first(where: { tokens[$0].lower == "who" }) {
                    np = np.lowerBound..<who
                }
                // ("according to plan", "according to the rules", "overweight according to his body mass index": a standard
                // or a measure the claim follows, not a source that reports it.)
                if np.count <= 4, QuoteAttributor.standardNouns.contains(tokens[np.upperBound - 1]) { continue }
                found.append(Attribution(cueStart: i, cueEnd: i + 2,
                                         verb: QuoteAttributor.accordingTo,
                                         subject: np, sentence: sentence))
                continue
            }
            // ("Many teachers, in the words of one head teacher, are “running on empty”": between commas inside the
            // sentence, whose words they are is a source as "according to" is.)
            if shape == wordsShape, w == "words", i - 3 > r.lowerBound, tokens[i - 3].punct == UInt8(ascii: ","),
               tokens[i - 2].lower == "in", tokens[i - 1].lower == "the", i + 3 < r.upperBound, tokens[i + 1].lower == "of",
               let comma = scanRange(from: i + 3, upTo: min(r.upperBound - 1, i + 9)).first(where: { !tokens[$0].isWord }),
               tokens[comma].punct == UInt8(ascii: ",") {
                skipUntil = comma
                found.append(Attribution(cueStart: i - 2, cueEnd: i + 2, verb: QuoteAttributor.accordingTo,
                                         subject: (i + 2)..<comma, sentence: sentence))
                continue
            }
            // ("Per a team spokesperson, the player will miss six weeks", "..., per ESPN.": "per" before a source, opening the
            // sentence before its comma or closing it after one, is "according to" as American news writes it.)
            if shape == perShape, w == "per", let source = perSource(tokens, at: i, r) {
                skipUntil = source.upperBound
                found.append(Attribution(cueStart: i, cueEnd: i + 1, verb: QuoteAttributor.accordingTo, subject: source, sentence: sentence))
                continue
            }
            // "Trump's claim that there have been ...": a speech noun with its possessor and "that".
            if nounShapes.mayContain(tok.shape), let lemma = QuoteAttributor.speechNouns[tok],
               let a = nounCue(tokens, at: i, r, lemma: lemma, sentence: sentence) {
                found.append(a)
                continue
            }
            // "Trump has used the phrase “Islamic terrorism”": the quoted words are the subject's.
            if useShapes.mayContain(shape), QuoteAttributor.useForms.contains(tok), let a = usedWords(tokens, at: i, r, sentence: sentence) {
                found.append(a)
                continue
            }
            guard lexicon.mayBeVerb(tok) else { continue }
            // "called for a moratorium": a phrasal cue takes its particle with it.
            let phrasals = i + 1 < r.upperBound && lexicon.phrasalShapes.mayContain(shape) ? lexicon.phrasal[tok] : nil
            // ("called on Wednesday for an early election": "on" before a day is when; a particle after the
            // day may still make the phrasal cue, which then spans the day.)
            let dayAfterParticle = phrasals != nil && i + 3 < r.upperBound && phrasals?[tokens[i + 1]] != nil
                && (QuoteAttributor.weekdays.contains(tokens[i + 2]) || QuoteAttributor.months.contains(tokens[i + 2]))
            // ("made it clear she would not resign": "it" may stand before the particle "clear", and the clause after it
            // needs no "that".)
            let itBeforeClear = phrasals != nil && !dayAfterParticle && i + 2 < r.upperBound && tokens[i + 1].lower == "it"
                && tokens[i + 2].lower == "clear" && phrasals?[tokens[i + 2]] != nil
            let particleAt = dayAfterParticle ? i + 3 : itBeforeClear ? i + 2 : i + 1
            var phrasal = phrasals?[tokens[particleAt]]
            if itBeforeClear { phrasal?.needsThat = false }
            guard let verb = phrasal ?? lexicon.verbs[tok] else { continue }
            // ("whether the Arab states' oil wealth will ...": a plural possessive is a noun, no verb.)
            if phrasal == nil, QuoteAttributor.isPluralPossessive(tokens, i + 1) { continue }
            // ("state Rep. Ann Ward said", "state Sen. Tom Hale": "state" before a title is the office's field.)
            if w == "state", i + 1 < r.upperBound, tokens[i + 1].capitalized, lexicon.titles[tokens[i + 1]] != nil { continue }
            // (The verb's base form: "say", not "said". Read once; the rules below ask it often.)
            let baseForm = w == verb.lemma
            let cueEnd = phrasal == nil ? i + 1 : particleAt + 1
            if phrasal != nil { particle = particleAt }
            // ("Ames admires the governor as a “strong leader”": a verb that only gives its object quoted words after "as"
            // reports nothing else, not even before "that" or in the passive, "was treated as an outpatient".)
            if verb.asQuoted, !QuoteAttributor.quotedAfterAs(tokens, cueEnd, r) { continue }
            // ("thanked Lyle for “six years of dedication”": a verb that reports only an object holding quoted words.)
            if verb.quotedObject, !QuoteAttributor.quotationInObject(tokens, cueEnd, r) { continue }
            // ("The plans, described by one union as a “game changer”, would ...": a naming participle with its
            // agent first, then the quoted name it gave.)
            if verb.frame == .naming, cueEnd + 2 < r.upperBound, tokens[cueEnd].lower == "by", w.endsWith("ed"),
               let np = agentPhrase(tokens, from: cueEnd + 1, r),
               case let from = np.upperBound < r.upperBound && tokens[np.upperBound].lower == "as" ? np.upperBound + 1 : np.upperBound,
               case let to = (from..<r.upperBound).first(where: { !(tokens[$0].isWord || tokens[$0].isQuoteMark || tokens[$0].kind == .number) }) ?? r.upperBound,
               to > from, to - from <= 12, (from..<to).contains(where: { tokens[$0].isQuoteMark }) {
                var a = Attribution(cueStart: i, cueEnd: cueEnd, verb: verb, subject: np, sentence: sentence)
                a.fixedContent = from..<to
                found.append(a)
                continue
            }
            // ("a species once thought to be extinct", "the ship, said to be the largest": before "to be" or "to have"
            // these verbs are passive participles, whoever the helper; nobody speaks.)
            if QuoteAttributor.raisingPassives.contains(lemmaOf: verb), w.endsWith("ed") || w == "thought" || w == "said" || w == "known",
               cueEnd + 1 < r.upperBound, tokens[cueEnd].lower == "to", tokens[cueEnd + 1].lower == "be" || tokens[cueEnd + 1].lower == "have" { continue }
            // ("A man has been jailed for life and told he must serve 24 years": a verb that names its listener first,
            // coordinated after a passive participle with no listener after it, shares that participle's helper. "was
            // arrested and said he was innocent" is active.)
            // (The word before first: most cues follow no "and".)
            if i > r.lowerBound, tokens[i - 1].lower == "and", !w.endsWith("ing"), cueEnd < r.upperBound,
               QuoteAttributor.listenerlessOpeners.contains(tokens[cueEnd]),
               QuoteAttributor.listenerVerbs.contains(lemmaOf: verb) || QuoteAttributor.listenerFirstRequests.contains(lemmaOf: verb),
               coordinatedWithPassive(tokens, cue: i, r) { continue }
            // ("Chris Lloyd said Ms Price had done everything right by staying still and calling for help": a gerund joined by
            // "and" to one a preposition governs, inside the speech of a cue before it, is the speech's subject's act, not
            // a report of the speaker's. "She was praised for staying calm and calling for help" has no cue before.)
            if w.endsWith("ing"), i - 2 > r.lowerBound, tokens[i - 1].lower == "and" || tokens[i - 1].lower == "or",
               let g = scanRange(from: max(r.lowerBound + 1, i - 6), upTo: i - 1).last(where: { tokens[$0].isWord && !tokens[$0].capitalized
                   && tokens[$0].lower.utf8.count > 4 && tokens[$0].lower.endsWith("ing") }),
               QuoteAttributor.purePrepositions.contains(tokens[g - 1]) || tokens[g - 1].lower == "without",
               found.contains(where: { $0.cueEnd <= g - 1 }) { continue }
            // "The holiday is observed as ...", "he was told that ...": in the passive the subject
            // does not speak. ("is saying" is active; "is intended to ..." still states an intention.)
            // ("is not thought to be", "was widely seen as": past "not" or an adverb too.)
            // ("It is often said that ...": "often", "long", "also" stand between them too.)
            let helper = i - 1 > r.lowerBound && (QuoteAttributor.passiveAdverbs.contains(tokens[i - 1])
            || !tokens[i - 1].capitalized && tokens[i - 1].lower.endsWith("ly")) ? i - 2 : i - 1
            // ("were frustrated that ...": an attitude adjective after its copula is no passive.)
            if i > r.lowerBound, QuoteAttributor.passiveAuxiliaries.contains(tokens[helper]), !w.endsWith("ing"),
               verb.frame != .intention, verb.frame != .attitude {
                // ("Oz has been called a charlatan by fellow physicians": a naming verb's agent names the speaker.)
                // (Not "called out by": a particle makes another verb.)
                if verb.frame == .naming, cueEnd + 1 < r.upperBound, !["out", "up", "off", "in", "back", "on", "for"].contains(tokens[cueEnd].lower),
                   let by = scanRange(from: cueEnd + 1, upTo: min(r.upperBound - 1, cueEnd + 10)).first(where: { tokens[$0].lower == "by" || !(tokens[$0].isWord || tokens[$0].isQuoteMark) }),
                   tokens[by].lower == "by", let np = agentPhrase(tokens, from: by + 1, r) {
                    var a = Attribution(cueStart: i, cueEnd: cueEnd, verb: verb, subject: np, sentence: sentence)
                    a.fixedContent = cueEnd..<by
                    found.append(a)
                }
                // ("The allegations were denied by the minister", "has been endorsed by dozens of papers": a verb whose object is
                // what was said reports the passive's subject, its agent the speaker.)
                // (Verbs of judging what was said or proposed only: "was questioned by police", "were defended by troops" and
                // "was attacked by a dog" report nothing. Not before a ground after the agent, "is accused by critics of
                // ...", whose speech is no phrase of its own; nor a subject that a comma or anything but helpers parts
                // from its helper, or a lone pronoun.)
                // (The agent after "by" is read once, for this rule and the next.)
                let reportsPassive = QuoteAttributor.passiveReportLemmas.contains(lemmaOf: verb)
                let agent = (reportsPassive || verb.objectContent) && cueEnd + 1 < r.upperBound && tokens[cueEnd].lower == "by"
                    ? countedAgent(tokens, from: cueEnd + 1, r) : nil
                if reportsPassive, let np = agent, !QuoteAttributor.opensGround(tokens, at: np.upperBound, r),
                   helper > r.lowerBound, tokens[helper - 1].isWord, let content = leftSubject(tokens, before: helper, r),
                   content.upperBound <= helper, (content.upperBound..<helper).allSatisfy({ QuoteLexicon.auxiliaries.contains(tokens[$0]) }),
                   QuoteLexicon.pronouns[tokens[content.lowerBound]] == nil || content.count > 1 {
                    var a = Attribution(cueStart: i, cueEnd: cueEnd, verb: verb, subject: np, sentence: sentence)
                    a.fixedContent = content
                    found.append(a)
                }
                // ("The chief executive was accused by MPs on Tuesday of “abandoning” rural customers": a ground after the
                // agent that holds quoted words gives the agent's words, though a ground alone reports nothing.)
                if verb.objectContent, cueEnd + 2 < r.upperBound, let np = agent,
                   let g = scanRange(from: np.upperBound, upTo: min(r.upperBound - 1, np.upperBound + 4)).first(where: { !tokens[$0].isWord
                       || tokens[$0].lower == "of" || tokens[$0].lower == "for" || tokens[$0].lower == "over" }),
                   tokens[g].isWord,
                   // (To the phrase's end: a stop, or a subordinate clause, "after the lender announced ...".)
                   case let end = scanRange(from: g + 1, upTo: r.upperBound).first(where: { !(tokens[$0].isWord || tokens[$0].isQuoteMark
                       || tokens[$0].kind == .number) || QuoteAttributor.subordinators.contains(tokens[$0]) }) ?? r.upperBound,
                   end - g <= 12, (g + 1..<end).contains(where: { tokens[$0].isQuoteMark }) {
                    var a = Attribution(cueStart: i, cueEnd: cueEnd, verb: verb, subject: np, sentence: sentence)
                    a.fixedContent = (g + 1)..<end
                    found.append(a)
                }
                // ("She was told by a senior civil servant that there was no money left": a telling verb's agent speaks the
                // clause after "that" to the subject; "Lee was warned by police that he faced arrest" too.)
                if QuoteAttributor.listenerOnlyVerbs.contains(lemmaOf: verb) || QuoteAttributor.warningListenerVerbs.contains(lemmaOf: verb),
                   cueEnd + 2 < r.upperBound, tokens[cueEnd].lower == "by",
                   let np = agentPhrase(tokens, from: cueEnd + 1, r),
                   np.upperBound + 1 < r.upperBound, tokens[np.upperBound].lower == "that" {
                    let end = ContentBoundary.end(tokens, from: np.upperBound + 1, to: r.upperBound) { hasClause(tokens, $0, $1) }
                    if hasClause(tokens, np.upperBound + 1, end) {
                        var a = Attribution(cueStart: i, cueEnd: cueEnd, verb: verb, subject: np, sentence: sentence)
                        a.fixedContent = (np.upperBound + 1)..<end
                        found.append(a)
                    }
                }
                continue
            }
            // ("drivers had been given water and told to take breaks": a listener verb with no listener before "to" and a
            // verb is a passive whose helper was left out after "and"; the words are the speech of a cue before.)
            if i > r.lowerBound, tokens[i - 1].lower == "and", QuoteAttributor.listenerOnlyVerbs.contains(lemmaOf: verb), cueEnd + 1 < r.upperBound,
               tokens[cueEnd].lower == "to", tokens[cueEnd + 1].isWord, !tokens[cueEnd + 1].capitalized,
               !QuoteAttributor.nounDeterminers.contains(tokens[cueEnd + 1]) { continue }
            // ("Ministers urged to act as waiting lists hit record": a request that names its listener first, right before "to"
            // and a verb, is a passive with its helper left out, as headlines write it; the subject is asked, nobody speaks.)
            if QuoteAttributor.listenerFirstRequests.contains(lemmaOf: verb), w.endsWith("ed") || w == "told", cueEnd + 1 < r.upperBound,
               tokens[cueEnd].lower == "to", tokens[cueEnd + 1].isWord, !tokens[cueEnd + 1].capitalized,
               !QuoteAttributor.nounDeterminers.contains(tokens[cueEnd + 1]) { continue }
            // "Few people would have described him as ...": a counterfactual reports nothing.
            if i - 2 >= r.lowerBound, tokens[i - 1].lower == "have",
               ["would", "could", "might", "should", "wouldn't", "couldn't"].contains(tokens[i - 2].lower) { continue }
            // A capitalised form inside a sentence is a name ("the United States"), not a verb.
            if tok.capitalized && i > r.lowerBound { continue }
            // ("a retired bus driver called Winston, says": a naming participle between a common noun and a name is
            // what the person is called, no speech.)
            if verb.frame == .naming, QuoteAttributor.namesTheNounBefore(tokens, i, r) { continue }
            // ("the most distant galaxy ever observed": a participle after "ever" and a common noun describes the noun.)
            if i - 2 >= r.lowerBound, tokens[i - 1].lower == "ever", QuoteAttributor.describesNounBeforeEver(tokens, i) { continue }
            // ("Defending, Paul Okonjo said ...": a participle set off by a comma at the start is the
            // speaker's role in court, not a cue of its own.)
            if i == r.lowerBound, cueEnd == i + 1, i + 1 < r.upperBound, tokens[i + 1].punct == UInt8(ascii: ","), w.endsWith("ing") { continue }
            let next = cueEnd < r.upperBound ? tokens[cueEnd].lower : ""
            // ("Those we asked said ...": a verb right before "said" ends a relative clause without "who";
            // the speech is the later verb's.)
            if cueEnd < r.upperBound, QuoteAttributor.sayForms.contains(tokens[cueEnd]) { continue }
            // ("would not comment on the merits", "did not elaborate": a comment not given reports nothing.)
            // (By the verb's word shape first: this runs for every cue.)
            if QuoteAttributor.commentShapes.mayContain(shape), QuoteAttributor.commentNotGiven(tokens, at: i, r) { continue }
            // ("Lumen did not say how many it had sold": an answer not given reports nothing; nor one that cannot be,
            // "experts cannot explain why they were silent".)
            // (The word after the verb first, by its hash: most cues have no question after them.)
            // ("Neither side would say how much ...", "No one would say why": a negative subject denies it too; so does "nor"
            // before the last of a pair, "Neither Tom Lee nor Ann Hale would say whether ...".)
            // ("None of the officials would say how much": up to five words back.)
            if cueEnd < r.upperBound, QuoteAttributor.questionOpeners.contains(tokens[cueEnd]), i - 1 > r.lowerBound,
               tokens[i - 1].lower == "not" || tokens[i - 1].lower.endsWith("n't") || tokens[i - 1].lower == "cannot"
                || (max(r.lowerBound, i - 5)..<i).last(where: { QuoteAttributor.negativeSubjects.contains(tokens[$0]) || tokens[$0].lower == "nor" })
                    .map({ n in (n..<i).allSatisfy({ tokens[$0].isWord }) }) == true { continue }
            // ("Reuters could not independently verify the claims", "Police have not confirmed that ...": a confirmation
            // denied reports nothing.)
            if verb.lemma == "confirm" || verb.lemma == "verify", QuoteAttributor.denied(tokens, verbAt: i, r) { continue }
            // ("would help scientists understand how forests return", "We understand why people are angry": a verb of
            // knowing before a question knows the answer or not, and reports no speech.)
            if verb.frame == .confirmation, cueEnd < r.upperBound, QuoteAttributor.questionWords.contains(tokens[cueEnd]),
               QuoteAttributor.knowingLemmas.contains(lemmaOf: verb) { continue }
            // ("a teacher who believed in her": believing in someone is trust, no report.)
            if verb.lemma == "believe", cueEnd < r.upperBound, tokens[cueEnd].lower == "in" { continue }
            // ("Residents fear for homes as cliff crumbles": fearing for someone is worry about them, no report.)
            if verb.lemma == "fear", cueEnd < r.upperBound, tokens[cueEnd].lower == "for" { continue }
            // ("often calling on them unannounced", "called on Ms Hale at her home": "call on" asks a person only for an act,
            // "to" and a verb (perhaps quoted, "called on Beijing to “desist”") or "for" after whom it asks; one called on
            // with neither was visited.)
            if verb.lemma == "call on", cueEnd < r.upperBound, QuoteAttributor.objectPronouns[tokens[cueEnd]] != nil || tokens[cueEnd].capitalized,
               case let end = min(r.upperBound, cueEnd + 12), !QuoteAttributor.hasInfinitive(tokens, cueEnd, end),
               !(cueEnd..<end).contains(where: { tokens[$0].lower == "for"
                   || tokens[$0].lower == "to" && $0 + 1 < end && QuoteAttributor.opensQuotation(tokens[$0 + 1]) }) { continue }
            // Verbs that are not always speech ("continued", "added", "tweeted") count before "that",
            // before a colon, or right after a closing quotation mark ("...,” she continued").
            let colonNext = i + 1 < r.upperBound && tokens[i + 1].punct == UInt8(ascii: ":")
            // "She continued, “...”": a comma and an opening quotation mark introduce the speech.
            // ("Trump attacked “the hateful ideology of ...”": the quotation is the object.)
            let quotationNext = i + 2 < r.upperBound && (tokens[i + 1].punct == UInt8(ascii: ",") && QuoteAttributor.opensQuotation(tokens[i + 2])
                || QuoteAttributor.opensQuotation(tokens[i + 1]))
            // ("had cried “like children”", "screamed “like a banshee”": a quoted likeness after a verb of how one
            // cried out is how it sounded, not what was said.)
            // ("Moreau kept her awake by singing": a verb of manner after "by" is the means of an act, no report, unless a
            // quotation follows it, "answered by shouting “Get out!”".)
            if verb.frame == .emotiveManner, i > r.lowerBound, tokens[i - 1].lower == "by", w.endsWith("ing"),
               !(i + 1 < r.upperBound && QuoteAttributor.opensQuotation(tokens[i + 1])) { continue }
            if verb.frame == .emotiveManner, i + 2 < r.upperBound, QuoteAttributor.opensQuotation(tokens[i + 1]),
               tokens[i + 2].lower == "like" { continue }
            // ("wondered whether the moderators will be fair", "questioned why she isn't ...": an
            // embedded question is a complement too.)
            let embeddedQuestion = next == "whether" || next == "why" || (next == "how" && ["ask", "question", "wonder"].contains(verb.lemma))
                // ("agreed to lend him $5 million": a commitment.)
                || (next == "to" && verb.frame == .agreement)
            // ("said staff felt “let down” by the leadership": a feeling named in quoted words is the
            // words of whoever reports it, not speech of the ones who feel it.)
            if verb.lemma == "feel", i + 1 < r.upperBound, QuoteAttributor.opensQuotation(tokens[i + 1]) { continue }
            // ("The poll shows Clinton ahead": a record's verb takes its object as content, below.)
            // ("learned during the debate that ...", "found again that ...": "that" after a circumstance.)
            let thatAfterCircumstance = verb.needsThat && next != "that" && cueEnd < r.upperBound
                && (QuoteAttributor.circumstanceLeads.contains(next) || QuoteAttributor.weekdays.contains(next))
                && QuoteAttributor.thatAfterWords(tokens, cueEnd, r)
            // ("disputed that account.": a determiner "that" opens no clause.)
            let clauseThat = next == "that" && !QuoteAttributor.isDeterminerThat(tokens, cueEnd, r.upperBound, objectVerb: verb.objectContent)
            // ("The chancellor signalled she would raise taxes", "indicated he was ready": a pronoun and its helper open a clause
            // even with no "that" before them.)
            let pronounClause = QuoteAttributor.pronounClauseVerbs.contains(lemmaOf: verb) && cueEnd + 1 < r.upperBound
                && QuoteAttributor.nominativePronouns.contains(tokens[cueEnd]) && QuoteAttributor.finiteAuxiliaries.contains(tokens[cueEnd + 1])
            let recordObject = verb.needsThat && !clauseThat && !thatAfterCircumstance && !embeddedQuestion && !colonNext && !quotationNext
                && !pronounClause
                && !followsQuotation(tokens, i, r) && !QuoteAttributor.closesAfterComma(tokens, i, cueEnd: cueEnd, r)
                && !QuoteAttributor.followsQuotedQuestion(tokens, i, r)
            // A record's verb ("the poll shows", "one study found") speaks for the record, however long
            // the phrase that names it: "The latest Reuters/Ipsos poll released Friday shows that ...".
            // ("Minutes show her telling members that ...", "Footage shows Ann Lee saying ...": not a record that shows a
            // person speaking; the person speaks, through the "-ing" cue.)
            if verb.evidenceObject, recordObject, showsSomeoneSpeaking(tokens, cueEnd, r) { continue }
            if verb.evidenceObject, !isNounForm(tokens, at: i, r, next: next, baseForm: baseForm),
               let s = recordSubject(tokens, before: i, r) {
                var v = verb
                v.objectContent = recordObject
                found.append(Attribution(cueStart: i, cueEnd: cueEnd, verb: v, subject: s, sentence: sentence))
                continue
            }
            // ("Kemp had shown “a callous disregard”": what a person shows, even in quoted words, is the
            // object of an act, not speech. What engineers find is their report: "had found “serious corrosion”".)
            if verb.evidenceObject, verb.lemma == "show", quotationNext { continue }
            // ("dismissed the report as “a partisan hit job”": a denial naming its object in quoted words
            // reports them, like "described ... as".)
            // (Not after "and": "said that was not her view and dismissed those reports as “...”" stays
            // inside the first speech.)
            if recordObject, !verb.asQuoted, !(verb.frame == .denial && QuoteAttributor.quotedAfterAs(tokens, cueEnd, r)
                               && !(i > r.lowerBound && tokens[i - 1].lower == "and")) { continue }
            // "by adding a few communities to ...": "add" reports speech only before "that", a quotation
            // or a colon, or right after a quotation ("...,” he added").
            // (", adding he would never ..." after a comma reports too.)
            if verb.lemma == "add", next != "that", !colonNext, !quotationNext, !followsQuotation(tokens, i, r),
               // ("U.S. employers added 254,000 jobs in September, ...": a number after it is counted, not said.)
               !(i > r.lowerBound && tokens[i - 1].punct == UInt8(ascii: ",")), cueEnd < r.upperBound,
               tokens[cueEnd].isWord || tokens[cueEnd].kind == .number,
               // ("Added the coach: “...”": inverted, opening the sentence.)
               !(i == r.lowerBound && invertedOpeningColon(tokens, after: i, r) != nil) { continue }
            // (", adding to evidence that ...": "add to" is to increase.)
            if verb.lemma == "add", next == "to" { continue }
            // ("They call them “lone wolves”": the base form "call" names only with a quotation right
            // after its object; otherwise it is mostly a noun or an order: "a call for", "call it a day".)
            // ("a move opponents call “a slow death”": or with the quotation itself right after it, the
            // object standing before.)
            // ("Opponents call the levy “a slow death”": or after a determiner and up to three lower-case words.)
            if w == "call", verb.frame == .naming,
               !(cueEnd < r.upperBound && QuoteAttributor.opensQuotation(tokens[cueEnd])),
               // ("Critics call it a “gimmick”": or after the pronoun, an article and up to three lower-case words.)
               !(cueEnd + 1 < r.upperBound && ["them", "him", "her", "it", "us", "me", "you", "this", "that"].contains(tokens[cueEnd].lower)
                 && (QuoteAttributor.opensQuotation(tokens[cueEnd + 1])
                     || QuoteAttributor.articles.contains(tokens[cueEnd + 1])
                        && QuoteAttributor.quotationAfterLowerCase(tokens, from: cueEnd + 2, upTo: min(r.upperBound, cueEnd + 6)))),
               !(cueEnd + 2 < r.upperBound && QuoteAttributor.nounDeterminers.contains(tokens[cueEnd])
                 && tokens[cueEnd + 1].isWord && !tokens[cueEnd + 1].capitalized
                 && QuoteAttributor.quotationAfterLowerCase(tokens, from: cueEnd + 2, upTo: min(r.upperBound, cueEnd + 5))) { continue }
            // ("“The pier is closed,” the notice read.", "The sign reads: “...”": "read" reports a text's
            // words only next to a quotation or before a colon; "she read the report" reports nothing.)
            // (So does "type": "had typed “homicidal ideation”", not "had typed letters to investors".)
            if verb.lemma == "read" || verb.lemma == "type", !colonNext, !quotationNext, !followsQuotation(tokens, i, r) { continue }
            // ("who asked not to be named", "asked to remain anonymous", "asked for anonymity": the terms of
            // an interview, not speech.)
            // (The terms follow "ask", so "for anonymity" is read from the particle of "ask for".)
            // ("who did not want to be named", "declined to be identified": any verb of it.)
            if QuoteAttributor.asksAnonymity(tokens, i + 1, r, request: verb.lemma == "ask" || verb.lemma == "request") { continue }
            // "she called into a radio show": with a preposition "called" names nothing.
            // (Right after a quotation it is speech: "“...,” the patient described in the case report.")
            if verb.frame == .naming, QuoteAttributor.prepositions.contains(next) || ["into", "up", "off", "back", "out"].contains(next),
               w.endsWith("ing") || !followsQuotation(tokens, i, r) { continue }
            // "The four loopholes he cited are ...": the object stands before the verb, in a relative clause.
            if verb.objectContent, QuoteAttributor.clauseMarkers.contains(next) { continue }
            // ("The things she said about him were cruel", "The book she wrote about the war sold ...": a pronoun and its
            // verb right after the sentence's opening noun phrase, with no comma, are a relative clause without "that"
            // about the noun; the noun is the sentence's subject, and no words of the pronoun's follow. Not before a
            // finite helper: "The plan he said would save money" reports that it would, its subject gapped.)
            if i - 3 >= r.lowerBound, QuoteAttributor.nominativePronouns.contains(tokens[i - 1]),
               !QuoteAttributor.finiteAuxiliaries.contains(next), QuoteAttributor.opensWithNounBefore(tokens, pronoun: i - 1, r) { continue }
            // ("images of two men they want to trace", "the changes he wants to make.": so are a pronoun and a verb of intent
            // right after a noun in the sentence's middle, when the infinitive lacks its object, which is that noun.)
            if verb.frame == .intention, i - 3 >= r.lowerBound, QuoteAttributor.nominativePronouns.contains(tokens[i - 1]),
               QuoteAttributor.infinitiveWithoutObject(tokens, from: cueEnd, r), headsContactClause(tokens, noun: i - 2, r) { continue }
            // ("Villagers fight plans for 400 homes": a verb of intent before a preposition other than "to" is a plural noun,
            // or intends nothing it reports; its would-be subject is no speaker.)
            if verb.frame == .intention, !verb.objectContent, cueEnd < r.upperBound, tokens[cueEnd].lower != "to",
               QuoteAttributor.purePrepositions.contains(tokens[cueEnd]) { continue }
            // ("The Slovenian attacked on the final climb": a verb whose object is what was said, followed by a
            // preposition of place or time and no "that"-clause after it, takes no object.)
            // ("acknowledged on Sunday that ..." reports.)
            if verb.objectContent, QuoteAttributor.placeOrTimePrepositions.contains(next), !QuoteAttributor.thatAfterWords(tokens, cueEnd, r) { continue }
            // ("Two councillors who rarely agree have joined forces": a verb whose subject is the relative pronoun before it,
            // followed by a finite helper, ends its clause; the helper is the sentence's own verb. Not "the man who police
            // said was armed", where the relative is the speech's gapped subject.)
            if QuoteAttributor.finiteAuxiliaries.contains(next), QuoteAttributor.relativeSubjectOf(tokens, verb: i, r) { continue }
            // ("Gunmen attacked the convoy", "Troops defended the town": the physical sense reports nothing.)
            if QuoteAttributor.physicalSenseVerbs.contains(lemmaOf: verb), QuoteAttributor.physicalSense(tokens, verb: i, cueEnd: cueEnd, r) { continue }
            // ("Police questioned the driver", "have been trying to question several of those individuals": "question"
            // whose object is people asks them; it voices no doubt, as "questioned the decision" does.)
            if verb.lemma == "question", questionsPeople(tokens, cueEnd, r) { continue }
            // "people accused of rape": a past participle before "of" or "by" is passive.
            // ("Teacher praised for quick thinking", "Council slammed over delays": so is a verb of praise or blame before
            // "for" or "over", which the active gives its object first, "praised the staff for".)
            if verb.objectContent, w.endsWith("ed"), next == "of" || next == "by"
                || (next == "for" || next == "over") && (verb.frame == .approving || verb.frame == .critical) { continue }
            // ("Letters written by the king show that ...": so is a form that is only a participle, of any verb, before "by".)
            if next == "by", QuoteAttributor.irregularParticiples.contains(tok), !QuoteAttributor.irregularPast.contains(tok) { continue }
            // ("Current fears about a plague outbreak are ...": fears about, over or of something are a noun's.)
            if verb.lemma == "fear", next == "about" || next == "over" || next == "of" { continue }
            // "could deny them mining permits": a denial with a person as its first object gives nothing.
            if verb.frame == .denial, QuoteAttributor.personalObjects.contains(next) { continue }
            if isNounForm(tokens, at: i, r, next: next, baseForm: baseForm) { continue }
            // ("who pleaded guilty last year", "pleaded no contest": a plea in court, not a plea to someone.)
            if verb.lemma == "plead", next == "guilty" || next == "innocent"
                || (next == "not" || next == "no") && cueEnd + 1 < r.upperBound && ["guilty", "contest"].contains(tokens[cueEnd + 1].lower) { continue }
            // ("Bees can tell the difference between ...", "could not tell the twins apart": telling things apart, or the
            // time, is no speech. "told them to keep apart" is an order: not past "to".)
            if verb.lemma == "tell", next == "the" && cueEnd + 1 < r.upperBound
                && (tokens[cueEnd + 1].lower == "difference" || tokens[cueEnd + 1].lower == "time")
                || scanRange(from: cueEnd, upTo: min(r.upperBound, cueEnd + 4)).prefix(while: { tokens[$0].isWord && tokens[$0].lower != "to" })
                    .contains(where: { tokens[$0].lower == "apart" }) { continue }
            // ("had written it over eleven years": "write" with an object pronoun and no clause after it
            // is authorship, not speech; "wrote it was time to go" reports.)
            if verb.lemma == "write", next == "it" || next == "them",
               !(cueEnd + 1 < r.upperBound && QuoteAttributor.startsPredicate(tokens[cueEnd + 1])) { continue }
            // (The word before read by its shape first, here and at "without" below: this runs for every cue.)
            let prevShape = i > r.lowerBound ? tokens[i - 1].shape : WordShape.none
            // ("Sampson wrote twenty-two novels, many set in ...": a count of works written is a career, not speech. One
            // work may report its content, as PolNeAR reads "wrote a memoir ... entitled ...".)
            if verb.lemma == "write", cueEnd + 1 < r.upperBound,
               tokens[cueEnd].kind == .number || QuoteAttributor.isNumberWord(tokens[cueEnd].lower) || QuoteAttributor.manyWords.contains(tokens[cueEnd]),
               scanRange(from: cueEnd + 1, upTo: min(r.upperBound, cueEnd + 3)).prefix(while: { tokens[$0].isWord })
                .contains(where: { QuoteAttributor.writtenWorks.contains(QuoteAttributor.bare(tokens[$0].lower)) }) { continue }
            // ("Anyone who says they have no regrets ...", "Whoever claims ...": one who would say it is no speaker.)
            if prevShape == QuoteAttributor.whoeverShape && tokens[i - 1].lower == "whoever"
                || prevShape == QuoteAttributor.whoShape && i - 2 >= r.lowerBound && tokens[i - 1].lower == "who"
                    && QuoteAttributor.anyPerson.contains(tokens[i - 2]) { continue }
            // ("can claim up to 600 euros in compensation": a claim for money is no statement.)
            // ("claimed more than 20,000 pounds in expenses", "had claimed thousands of pounds in improper expenses": money
            // named within the next words too; "claimed more than 20 people had died" reports.)
            // ("had shouted at staff, humiliated them ...": shouting at someone is behaviour, unless the words follow, or come
            // right before: "“...,” he joked at a news conference".)
            if verb.frame == .emotiveManner, next == "at", !followsQuotation(tokens, i, r),
               !scanRange(from: cueEnd, upTo: min(r.upperBound, cueEnd + 6)).contains(where: { tokens[$0].isQuoteMark || tokens[$0].punct == UInt8(ascii: ":") }) { continue }
            // ("had claimed for meals and travel": claiming for something is asking to be paid for it.)
            if verb.lemma == "claim", next == "up" || next == "for" || next == "back" || next == "compensation" || next == "damages" || next == "refunds" || next == "expenses"
                || (cueEnd < r.upperBound && tokens[cueEnd].kind == .number)
                // ("had claimed thousands of pounds for a second home": a sum in words and its currency.)
                || QuoteAttributor.sumInWords(tokens, from: cueEnd, r)
                || (cueEnd + 1..<max(cueEnd + 1, min(r.upperBound, cueEnd + 8))).contains(where: { QuoteAttributor.claimedMoney.contains(tokens[$0])
                    && (tokens[$0 - 1].lower == "in" || tokens[$0 - 1].lower == "for"
                        || tokens[$0 - 1].isWord && (tokens[$0 - 2].lower == "in" || tokens[$0 - 2].lower == "for"))
                    && (cueEnd..<$0).contains(where: { tokens[$0].kind == .number || QuoteAttributor.isNumberWord(tokens[$0].lower) }) }) { continue }
            // ("referred to asylum seekers as “parasites”": naming needs its "as"; "referred to the report" only mentions it.)
            if verb.lemma == "refer to", !(cueEnd..<max(cueEnd, min(r.upperBound, cueEnd + 10))).contains(where: { tokens[$0].lower == "as" }) { continue }
            // ("recalled 80,000 vehicles", "recalls its X5 models": a product recall, not a memory.)
            // ("is recalling nearly 500,000 glass mugs": past a word of approximation.)
            if verb.lemma == "recall", cueEnd < r.upperBound, tokens[cueEnd].kind == .number
                || cueEnd + 1 < r.upperBound && QuoteAttributor.approximations.contains(tokens[cueEnd]) && tokens[cueEnd + 1].kind == .number
                || scanRange(from: cueEnd, upTo: min(r.upperBound, cueEnd + 4)).contains(where: { QuoteAttributor.recalledGoods.contains(tokens[$0]) })
                || recallsGoods(tokens, cueEnd, r) { continue }
            // ("The bomb went off without warning", "left without saying goodbye": a gerund after "without" is
            // an act that did not happen.)
            if prevShape == QuoteAttributor.withoutShape, tokens[i - 1].lower == "without", w.endsWith("ing") { continue }
            // ("laws banning illegal migrants from claiming asylum", "was barred from speaking": nor one kept from happening.)
            if w.endsWith("ing"), i > r.lowerBound, tokens[i - 1].lower == "from" { continue }
            // ("Her best known, “River Songs” (1971), was praised": "known" after a word of degree is an adjective.)
            if w == "known", i > r.lowerBound, QuoteAttributor.degreesOfFame.contains(tokens[i - 1]) { continue }
            // ("the rapper known as King Lyric said": "known as" names.)
            if w == "known", cueEnd < r.upperBound, tokens[cueEnd].lower == "as" { continue }
            // ("Rest assured, ...": an idiom of the writer's.)
            if verb.lemma == "assure", i > r.lowerBound, tokens[i - 1].lower == "rest" { continue }
            // ("cited a senior official as saying ...": the official's cue below reports it.)
            if QuoteAttributor.quotingVerbs.contains(tok),
               let a = (i + 2..<max(i + 2, min(r.upperBound - 1, i + 13))).first(where: { !(tokens[$0].isWord || tokens[$0].punct == UInt8(ascii: ".")) || tokens[$0].lower == "as" }),
               tokens[a].lower == "as", tokens[a + 1].lower.endsWith("ing"), lexicon.verbs[tokens[a + 1]] != nil { continue }
            // ("held placards reading “Stop the war on motorists”", "a sign that read “No entry”": the words a text bears;
            // the text right before the verb, or before its "that" or "which", is the subject.)
            if verb.lemma == "read", let s = QuoteAttributor.textBearingWords(tokens, cue: i, r) {
                found.append(Attribution(cueStart: i, cueEnd: cueEnd, verb: verb, subject: s, sentence: sentence))
                continue
            }
            // ("Mr Smith said that Pike would knock on doors and ask for cash": a base form right after "and" cannot join
            // the past cue before it in the sentence; it goes on with that cue's speech.)
            // ("... heard that Pike would knock on doors and ask for cash": nor the modal's verb in a "that"-clause after a
            // past verb, when that verb is no cue of its own here, as a court's "heard" is not.)
            if i - 1 > r.lowerBound, case let c = QuoteAttributor.wordBeforeAdverbs(tokens, verb: i, r), tokens[c].lower == "and",
               phrasal == nil ? baseForm : verb.lemma.description.hasPrefix(w.description + " "), !QuoteAttributor.isPastForm(tokens, at: i),
               found.last.map({ $0.cueStart < i && QuoteAttributor.isPastForm(tokens, at: $0.cueStart) }) == true
                || QuoteAttributor.modalInThatClauseAfterPast(tokens, before: c, r) { continue }
            if let quoted = quotedAsSaying(tokens, at: i, r) {
                // "The agency quoted Deputy Minister Oleg Varin as saying ...": the person quoted speaks.
                found.append(Attribution(cueStart: i, cueEnd: cueEnd, verb: verb, subject: quoted, sentence: sentence))
            } else if i == r.lowerBound, tok.capitalized,
               let np = forwardPhrase(tokens, from: i + 1, r), np.upperBound < r.upperBound,
               tokens[np.upperBound].punct == UInt8(ascii: ":") || tokens[np.upperBound].punct == UInt8(ascii: ",") {
                // "Said Ellis: “...”": the verb opens the sentence and the speaker follows it.
                found.append(Attribution(cueStart: i, cueEnd: cueEnd, verb: verb, subject: np, sentence: sentence))
            } else if i > r.lowerBound, tokens[i - 1].punct == UInt8(ascii: ","), !w.endsWith("ing"),
                      // (After a listener verb or a verb whose object is its content, the phrase is that object.)
                      !QuoteAttributor.listenerVerbs.contains(lemmaOf: verb), !verb.objectContent,
                      let np = forwardPhrase(tokens, from: i + 1, r, commonNouns: true),
                      // ("The plan, says Ann Lee, is dead": or before the rest of the clause the attribution interrupts; not a
                      // name's participle, "His group, called the Legacy Fund, will own".)
                      endsSentence(tokens, after: np, r)
                        || verb.frame != .naming && interruptedClauseResumes(tokens, cue: i, after: np, r) != nil,
                      // (a speaker, not an object: "noted the rule in the interview"; "said a witness" is one)
                      // ("said an official": one of a group the lexicon lists by its plural.)
                      tokens[np.upperBound - 1].capitalized || lexicon.groups[QuoteAttributor.bare(tokens[np.upperBound - 1].lower)] != nil
                          || lexicon.titles[tokens[np.upperBound - 1]] != nil || QuoteAttributor.personNouns[tokens[np.upperBound - 1]] != nil
                          || memberOfPeople(tokens[np.upperBound - 1].lower),
                      !np.contains(where: { QuoteLexicon.calendarWords.contains(tokens[$0]) || QuoteAttributor.timeNouns.contains(tokens[$0]) }),
                      // ("Dr Ann Lee, of the agency, advised people to check on neighbours": a phrase and an infinitive after a
                      // directive are whom it asks and what, not an inverted subject.)
                      !(verb.frame == .directive && np.upperBound < r.upperBound && tokens[np.upperBound].lower == "to"
                          && QuoteAttributor.hasInfinitive(tokens, np.upperBound, min(r.upperBound, np.upperBound + 2))) {
                // "..., the meeting deteriorated from there, said one GOP source in the room.": an
                // inverted speaker closing the sentence, not the name before the comma.
                found.append(Attribution(cueStart: i, cueEnd: cueEnd, verb: verb, subject: np, sentence: sentence))
            } else if !(w.endsWith("ing") && QuoteAttributor.followsComma(tokens, i, r)),
                      // (", with mediators in Geneva saying": an absolute phrase's whole subject, not the name closing it.)
                      let nearest = (w.endsWith("ing") ? absoluteSubject(tokens, at: i, r) : nil)
                        ?? barePluralAfterWhat(tokens, before: i, r) ?? reducedRelativeSubject(tokens, before: i, r) ?? relativeClauseSubject(tokens, before: i, r)
                        ?? purposeActSubject(tokens, at: i, r) ?? relativeCoordinateSubject(tokens, before: i, r) ?? leftSubject(tokens, before: i, r) ?? infinitiveSubject(tokens, before: i, r)
                        ?? clauseSubject(tokens, before: i, r),
                      case let near = coordinatedSubject(tokens, nearest, r),
                      // ("He has written to the Cabinet Office asking for an inquiry": a name right after a verb's "to" is
                      // whom it was written or said to; the writer asks.)
                      case let subject = w.endsWith("ing") && listenerBeforeParticiple(tokens, near, at: i, r)
                        ? participleSubject(tokens, at: i, r, found: found) ?? near : near {
                // ("One Napa County reporting station hasn't seen rain", "The Miami warning center has issued": an "-ing" form
                // between its would-be subject and a bare singular noun that a verb follows modifies that noun.)
                if w.endsWith("ing"), subject.upperBound == i, i + 2 < r.upperBound, case let n = tokens[i + 1], n.isWord, !n.capitalized,
                   !n.lower.looksPlural, !n.lower.endsWith("ly"), !QuoteLexicon.determiners.contains(n), QuoteLexicon.pronouns[n] == nil,
                   QuoteAttributor.objectPronouns[n] == nil, !QuoteAttributor.purePrepositions.contains(n), !QuoteAttributor.subordinators.contains(n),
                   QuoteAttributor.startsPredicate(tokens[i + 2]) || tokens[i + 2].isWord && tokens[i + 2].lower.endsWith("n't") { continue }
                // ("said the sentence reflected “the scale of the offending”", "The phone call revealed “a plan to kill”": a
                // quotation right after a verb that is not plain speech is its object, and a subject that is no one, nor a
                // text or a record, says nothing. A text's "read" does: "The sign read “No entry”".)
                if cueEnd < r.upperBound, QuoteAttributor.opensQuotation(tokens[cueEnd]), !QuoteAttributor.plainSpeechLemmas.contains(lemmaOf: verb),
                   verb.lemma != "read", verb.lemma != "type", namesNoOne(tokens, subject) { continue }
                // ("To fund the schools he has promised, he will raise taxes": a clause with no relative pronoun after its noun,
                // ended by a comma, has its object in that noun; what follows the comma is the sentence's own clause.)
                // ("a series of offensive posts he wrote a decade ago resurfaced", "The letter she wrote last week was leaked": so
                // when, past a time, the predicate left is the sentence's; before it, even a word that may be a verb is the noun.)
                // (The subject's shape first, which few cues have; the look past the time reads on to the sentence's end.)
                if cueEnd + 1 < r.upperBound, subject.count == 1, QuoteAttributor.nominativePronouns.contains(tokens[subject.lowerBound]),
                   subject.lowerBound - 2 >= r.lowerBound, case let n = tokens[subject.lowerBound - 1], n.isWord, !n.capitalized,
                   n.lower.looksPlural || QuoteAttributor.articles.contains(tokens[subject.lowerBound - 2]),
                   !QuoteAttributor.looksLikeVerb(n), !QuoteLexicon.phraseBreakers.contains(n),
                   !QuoteLexicon.auxiliaries.contains(n), QuoteLexicon.pronouns[n] == nil, !n.lower.endsWith("ly"),
                   tokens[cueEnd].punct == UInt8(ascii: ",") && !tokens[cueEnd + 1].isQuoteMark && lexicon.verbs[n] == nil
                    || tokens[cueEnd].isWord && QuoteAttributor.sentenceVerbAfterGap(tokens, QuoteAttributor.skipTimeAgo(tokens, cueEnd, r.upperBound),
                                                                                  r.upperBound, reporting: { lexicon.verbs[$0] != nil }) { continue }
                // ("If the plan rejected single mothers, families would suffer", "unless the board approves it": a condition
                // tells what would follow if it happened; it reports nothing that was said.)
                if subject.lowerBound > r.lowerBound, tokens[subject.lowerBound - 1].lower == "if" || tokens[subject.lowerBound - 1].lower == "unless" {
                    continue
                }
                // ("Talks announced on Monday will begin", "A strike planned for Friday will go ahead": a past participle
                // right after its noun, a short phrase of time or place, then the clause's own helper: it describes the noun.)
                if w.endsWith("ed"), subject.upperBound == i, QuoteLexicon.pronouns[tokens[i - 1]] == nil,
                   QuoteAttributor.helperAfterShortPhrase(tokens, from: cueEnd, r) { continue }
                // (", arguing that ...": a participle after a comma takes the sentence's subject, below.)
                // ("which have a genetic condition called leucism": a past participle right after an object
                // names it in the writer's words; the noun phrase is no speaker.)
                if verb.frame == .naming, w.endsWith("ed"), subject.upperBound == i, !tokens[i - 1].capitalized,
                   QuoteLexicon.pronouns[tokens[i - 1]] == nil, subject.lowerBound > r.lowerBound,
                   case let before = tokens[subject.lowerBound - 1],
                   QuoteAttributor.purePrepositions.contains(before) || QuoteAttributor.looksLikeVerb(before)
                    || ["have", "has", "had", "with"].contains(before.lower) { continue }
                // "What he said was wrong": the speech is the subject of another verb, not reported here.
                // ("amounting to what the senators said was gerrymandering" reports that it was.)
                // ("..., but what they really want is no excuses": so after a conjunction or a comma, opening a clause;
                // "What the minister told parliament was misleading": past the listener of "told".)
                if subject.lowerBound > r.lowerBound, tokens[subject.lowerBound - 1].lower == "what",
                   subject.lowerBound - 1 == r.lowerBound || QuoteAttributor.opensClauseBefore(tokens[subject.lowerBound - 2]),
                   QuoteAttributor.passiveAuxiliaries.contains(next)
                    || verb.lemma == "tell" && QuoteAttributor.listenerThenCopula(tokens, from: cueEnd, r) { continue }
                // ("Everything Trump says is a lie": the speech is the subject of "is".)
                if QuoteAttributor.passiveAuxiliaries.contains(next),
                   QuoteAttributor.freeRelativeHeads.contains(tokens[subject.lowerBound])
                    || subject.lowerBound > r.lowerBound && QuoteAttributor.freeRelativeHeads.contains(tokens[subject.lowerBound - 1]) { continue }
                // ("That was what Liz Wahl said when she resigned": "what" is the speech; the rest is circumstance.)
                // ("Here is what Smith said: “We will win.”": unless a colon hands on to a quotation, which is that speech.)
                // ("in what keepers described as “a huge boost”": nor is a naming verb's "as" before a quotation a
                // subordinator; it names what "what" is called.)
                if subject.lowerBound > r.lowerBound, tokens[subject.lowerBound - 1].lower == "what",
                   QuoteAttributor.subordinators.contains(next) && !(verb.frame == .naming && QuoteAttributor.asThenQuotation(tokens, cueEnd, r))
                    || cueEnd >= r.upperBound
                    || tokens[cueEnd].kind == .punct && !(tokens[cueEnd].punct == UInt8(ascii: ":") && cueEnd + 1 < tokens.count
                        && tokens[cueEnd + 1].isQuoteMark) { continue }
                // "it" speaks only for a text or body just quoted, "“...,” it added.", or for a text named
                // just before: "The city sent a letter Thursday. It says the campaign violated ...".
                // (Or trailing its speech, as wire copy writes a body's announcement: "The bank will cut 2,000
                // jobs, it said on Tuesday.")
                // ("A California startup unveiled a cell that it says can charge ...": or in a relative clause, for the body
                // that is its sentence's subject.)
                if subject.count == 1, tokens[subject.lowerBound].lower == "it", !followsQuotation(tokens, i, r),
                   !QuoteAttributor.trailsSpeech(tokens, pronounAt: subject.lowerBound, cueEnd: cueEnd, r),
                   bodyBeforeRelativeIt(tokens, subject.lowerBound, r) == nil,
                   QuoteAttributor.namedText(tokens, before: subject.lowerBound) == nil,
                   !bodySpokeBefore(tokens, subject.lowerBound, previous: previous, sentence: sentence, sentenceBefore: sentenceBefore),
                   // ("The Campaign for Better Transport said ..., though it warned": or the speaker before it in this sentence.)
                   !(found.last(where: { $0.cueStart < i && $0.subject != nil }).map {
                       bodySpokeBefore(tokens, subject.lowerBound, previous: ($0.sentence, $0.subject), sentence: sentence,
                                       sentenceBefore: sentenceBefore) } ?? false) { continue }
                // "The New York state attorney general": a base form after a singular name is a noun.
                // (Not after an auxiliary, "did not want", nor for a coordinated or longer subject,
                // "Mr. Grassley and Mr. Leahy say", "advisers to Mr. Obama say".)
                // ("aides to Tom Hale say": the head of a phrase with its employer is before the preposition.)
                // ("Residents of Mill Lane say", "Fishermen in Cornwall say": a plural opening the sentence, capitalised there,
                // heads it too.)
                // ("Astronomers using the James Webb Space Telescope say", "Emails obtained by the Guardian reveal": so does one
                // before a participle about it.)
                let head = tokens[(subject.lowerBound + 1..<subject.upperBound).first(where: {
                    (QuoteAttributor.isAffiliationPreposition(tokens[$0]) || tokens[$0].lower == "to" || QuoteAttributor.participleAfterPeople(tokens, $0)
                        || QuoteAttributor.passiveParticipleAfterPlural(tokens, $0))
                        && (!tokens[$0 - 1].capitalized || $0 - 1 == r.lowerBound
                            && (tokens[$0 - 1].lower.looksPlural || QuoteAttributor.irregularPeoplePlurals.contains(tokens[$0 - 1]))) })
                    .map { $0 - 1 } ?? subject.upperBound - 1]
                let before = subject.lowerBound > r.lowerBound ? tokens[subject.lowerBound - 1].lower : ""
                // ("a swing state crucial to ...": a singular determiner makes the base form a noun.)
                // (Not "read", its own past, which reaches here only before a quotation or a colon: "A sign read: “...”".)
                // ("one of the residents who say", "A group of residents say": not before "of" and a plural that ends the
                // phrase, which the verb agrees with; nor after a collective noun of people, "A retired couple say".)
                if baseForm, w != "read", subject.upperBound == i,
                   QuoteAttributor.singularDeterminers.contains(tokens[subject.lowerBound]), !QuoteAttributor.collectiveKin.contains(head),
                   !(tokens[subject.upperBound - 1].lower.looksPlural
                     && (subject.lowerBound + 1..<min(subject.lowerBound + 3, subject.upperBound)).contains(where: { tokens[$0].lower == "of" })) { continue }
                // ("Dozens of grand slam champions said", "Three court appeal judges warned": a count of more than one before a
                // singular word still asks for its plural noun, so the base form after that word is the compound's noun.)
                if baseForm, subject.upperBound == i, QuoteAttributor.countAwaitsItsNoun(tokens, subject, r) { continue }
                // ("Insurance claim handlers said", "Grand slam winners said": after a singular word, a base form before a bare
                // plural that a verb follows is the compound's noun; the plural heads the subject. "Critics claim officials
                // lied" agrees.)
                // ("Teachers across the country say pupils are struggling": "say" opens no compound.)
                if baseForm, w != "say", subject.upperBound == i, isNounBeforeBarePlural(tokens, i, r) { continue }
                // ("demanded that the Department of Energy explain why ...": a base form in the clause a demand or request
                // opens is the act asked for, not speech; not after a helper, "cautioned that it did not prove".)
                if baseForm, w != "read", subject.upperBound == i, subject.lowerBound - 2 >= r.lowerBound, tokens[subject.lowerBound - 1].lower == "that",
                   let asking = lexicon.verbs[tokens[subject.lowerBound - 2]], asking.frame == .directive { continue }
                // ("Some say ...": a quantifier standing alone is a plural subject.)
                // ("Fishermen say ...", "Women say ...": so is a plural of people without its "-s".)
                if baseForm, subject.upperBound == i, head.capitalized, !head.lower.endsWith("s"),
                   lexicon.groups[QuoteAttributor.bare(head.lower)] == nil, QuoteLexicon.pronouns[head] == nil,
                   !QuoteAttributor.quantifierPronouns.contains(head), !QuoteAttributor.irregularPeoplePlurals.contains(head),
                   !QuoteAttributor.linksBeforeSubject.contains(before) { continue }
                // ("comments his rival made questioning why ...": before a participle, a past verb ends the
                // phrase, and its own subject is the participle's.)
                let pastVerbSubject = w.endsWith("ing") && subject.count > 1 && subject.upperBound == i
                    && QuoteAttributor.looksLikeVerb(tokens[i - 1])
                    ? leftSubject(tokens, before: i - 1, r) : nil
                // (A second name's appositive may stand before the verb: "..., and Jennifer Newstead, its chief legal officer,
                // wrote".)
                let joint = pastVerbSubject ?? ((subject.upperBound..<i).allSatisfy { tokens[$0].isWord } ? jointSubject(tokens, subject, r) ?? issuer(tokens, of: subject, r)
                    : QuoteAttributor.appositiveBetween(tokens, subject.upperBound, i)
                        // ("... and Dana Kim (D-Wash.) wrote": or a member's party and state.)
                        || QuoteAttributor.beforeParenthetical(tokens, i - 1, r) + 1 == subject.upperBound
                        // ("..., and its research director, Duncan Simpson, wrote": or a name in an appositive before the verb.)
                        || subject.upperBound + 1 == i && tokens[subject.upperBound].punct == UInt8(ascii: ",") ? jointSubject(tokens, subject, r) : nil)
                // ("Teachers around the country said": with a past verb, no agreement tells, but a place is no speaker.)
                let placeHead = QuoteAttributor.placeNouns.contains(head) || head.lower == "world" || head.lower == "area"
                let agreeing = baseForm && w != "said" || placeHead ? pluralBeforePhrase(tokens, subject, r) : nil
                found.append(Attribution(cueStart: i, cueEnd: cueEnd, verb: verb,
                                         subject: QuoteAttributor.withoutNegatedHelper(tokens, joint ?? agreeing ?? subject), sentence: sentence))
            } else if i == r.lowerBound, tok.capitalized, !w.endsWith("ing"), let c = invertedOpeningColon(tokens, after: i, r),
                      let np = forwardPhrase(tokens, from: i + 1, r, commonNouns: true) {
                // ("Said one fan: “...”", "Added the coach, who was smiling: “...”": an inverted attribution
                // opening the sentence, its speech after the colon.)
                var a = Attribution(cueStart: i, cueEnd: cueEnd, verb: verb, subject: np, sentence: sentence)
                a.fixedContent = (c + 1)..<r.upperBound
                found.append(a)
            } else if i > r.lowerBound, tokens[i - 1].punct == UInt8(ascii: ","), !tok.capitalized, w.endsWith("s"),
                      let earlier = found.last(where: { e in e.cueStart < i && (e.subject.map { $0.upperBound <= e.cueStart } ?? false) }),
                      headlineSecondVerb(tokens, r, from: earlier.cueEnd, to: r.upperBound) == i - 1 {
                // ("Mayor says city will recover, vows to rebuild": a headline's second verb after a comma is its speaker's
                // second act, not an inverted attribution.)
                found.append(Attribution(cueStart: i, cueEnd: cueEnd, verb: verb, subject: earlier.subject, sentence: sentence))
            } else if i > r.lowerBound, isClauseEdge(tokens[i - 1]), !w.endsWith("ing"),
                      // (", told the Evening Post he ...": after "told" the phrase is the listener; "asked Tamika
                      // Brooks" and "warned the mayor" may be inverted.)
                      !QuoteAttributor.listenerOnlyVerbs.contains(lemmaOf: verb),
                      // ("The chip, called the Orion N5, had ...": a naming participle after a comma names
                      // the phrase before it; only right after a quotation is it inverted.)
                      verb.frame != .naming || followsQuotation(tokens, i, r),
                      // (The role with its "of" phrase first: the phrase alone would stop at "director".)
                      let np = roleOfPhraseClosing(tokens, after: i, r) ?? forwardPhrase(tokens, from: i + 1, r, commonNouns: followsQuotation(tokens, i, r))
                        ?? bareRoleClosing(tokens, after: i, r),
                      // ("..., said members were “tired”": a phrase with its own verb is the content's subject.)
                      // ("“...,” said a diplomat based in Paris.": not a participle's phrase about the speaker.)
                      np.upperBound >= r.upperBound || !QuoteAttributor.startsPredicate(tokens[np.upperBound]) || endsSentence(tokens, after: np, r),
                      // ("Three men entered the shop, threatened staff with a hammer and escaped": one of a series of acts.)
                      !QuoteAttributor.coordinatedVerbFollows(tokens, from: np.upperBound, r) {
                // Inverted: "..., said Smith."
                found.append(Attribution(cueStart: i, cueEnd: cueEnd, verb: verb, subject: np, sentence: sentence))
            } else if w.endsWith("ing"), isSentenceParticiple(tokens, at: i, r, next: next, request: verb.frame == .directive || verb.lemma == "ask"),
                      !afterHypothetical(tokens, at: i, r),
                      // ("the union announced, threatening disruption before Christmas": a demand or threat with
                      // a plain object and no "to" or "that" asks nothing.)
                      // (Not a phrasal request, whose object is what it asks: "asking for a meeting".)
                      !(verb.frame == .directive && phrasal == nil && !verb.objectContent && QuoteAttributor.plainObjectFollows(tokens, cueEnd, r)),
                      // ("After saying her foot was “swollen,” she was ...": a fronted participle's subject follows it.)
                      // ("when Trump, after railing against ..., produced": the name before the comma.)
                      let s = participleSubject(tokens, at: i, r, found: found) {
                // "He defended the remark, saying, “...”": the participle's subject is the sentence's,
                // or the speaker's just before it ("“...,” the mayor said, adding that ...").
                found.append(Attribution(cueStart: i, cueEnd: cueEnd, verb: verb, subject: s, sentence: sentence))
            } else if i > r.lowerBound + 1, tokens[i - 1].lower == "and", tokens[i - 2].isWord, !tokens[i - 2].capitalized,
                      tokens[i - 2].lower.endsWith("ed"),
                      let s = leftSubject(tokens, before: i - 2, r),
                      // ("The HSE said that the talks had ended and insisted ...": inside an earlier cue's speech, only a
                      // subject that may speak goes on; talks do not insist, and the cue is the speaker's second act.)
                      !found.contains(where: { $0.cueStart < s.lowerBound }) || mayAct(tokens[s.upperBound - 1]) {
                // "I laughed and said, “...”": the subject of the first verb.
                found.append(Attribution(cueStart: i, cueEnd: cueEnd, verb: verb, subject: s, sentence: sentence))
            } else if let s = parallelObjectSubject(tokens, cue: i, cueEnd: cueEnd, r) {
                // "when police located her and told her to leave": the first verb's subject.
                found.append(Attribution(cueStart: i, cueEnd: cueEnd, verb: verb, subject: s, sentence: sentence))
            } else if let c = (r.lowerBound..<i).last(where: { !QuoteLexicon.auxiliaries.contains(tokens[$0]) }),
                      // ("said she was pleased but warned that time was short": a second verb with "that" is a
                      // second speech even after a first cue.)
                      // (So does a cue with its particle: "agreed that ... but cautioned against ...".)
                      // (And a naming verb: "said he understood the 'anger' but called the blockade 'reckless'".)
                      c >= i - 3, tokens[c].lower == "and"
                        || (tokens[c].lower == "but" && (found.isEmpty || next == "that" || phrasal != nil || verb.frame == .naming
                            // ("wrote that the findings were “robust” but urged ministries to wait": an order is a second act.)
                            || verb.frame == .directive
                            // ("praised the video but said ...": after a first cue whose object is its content.)
                            || found.last?.verb.objectContent == true
                            // ("said mistakes had been made but insisted she would stay": a verb of another
                            // kind is the speaker's second act.)
                            || found.last.map { $0.verb.lemma != verb.lemma } == true)),
                      // ("While ..., Obama and Clinton call them “lone wolves” and describe ...": when the
                      // sentence opens with a clause, the subject of the cue before "and".)
                      // (And the earlier cue's fuller subject when both start alike: "Ruth Ames and Tom Lee";
                      // or when that cue, in the same tense, is inside a "that"-clause after the sentence's verb:
                      // "testified that the founder boasted ... and once told staff" is the founder's, but "said
                      // that the country would declare ... and suggested" is still the speaker's.)
                      // (A possessor is no subject: "Nigeria's minister of culture, Amaka Obi, said ... and thanked".)
                      // ("The court heard that Adrian Kemp telephoned his victims and told them ...": with no cue before, a
                      // past verb joined to the past verb of a "that"-clause after the sentence's verb is that clause's
                      // subject's.)
                      let s = sentenceSubject(tokens, r).map({ ss in found.last(where: { $0.cueStart < c }).flatMap { prev in prev.subject.flatMap {
                          $0.lowerBound == ss.lowerBound || tokens[ss.upperBound - 1].lower.endsWith("'s")
                          // ("Nigeria's minister of culture, Amaka Obi, said ... and thanked": the name in the appositive.)
                          || $0.lowerBound > ss.upperBound && $0.lowerBound - ss.upperBound <= 4 && tokens[$0.lowerBound - 1].punct == UInt8(ascii: ",")
                          || QuoteAttributor.continuesEmbeddedClause(tokens, after: ss, prev, cue: i)
                          || continuesClauseOfTime(tokens, after: ss, prev, cue: i, r) ? $0 : nil } }
                          ?? (found.contains(where: { $0.cueStart < c }) ? nil : embeddedClauseSubject(tokens, after: ss, before: c, cue: i, r)) ?? ss })
                        ?? found.last(where: { $0.cueStart < c })?.subject ?? coordinatedSubject(tokens, before: c, cue: i, r),
                      // ("Go and tell them what you think": one word right before "and" is an imperative verb,
                      // no subject.)
                      !QuoteAttributor.isImperative(tokens, s, before: c),
                      // ("asked whether the minister could “look ...” and promise that ...": a base form does
                      // not join a past cue; it belongs to the first cue's speech.)
                      !(baseForm && found.last.map { QuoteAttributor.isPastForm(tokens, at: $0.cueStart) } == true) {
                // Coordinated verbs share the sentence's subject ("She resisted ... and denied that ...",
                // "She has urged ... but has said ..."). After a first cue, "but said" stays inside its content.
                found.append(Attribution(cueStart: i, cueEnd: cueEnd, verb: verb, subject: s, sentence: sentence))
            }
        }
        // "according to" names the source of a report; when the sentence has a speaking subject
        // of its own, that subject is the speaker.
        // ("Clinton plans to visit Charlotte, according to a campaign aide": a plan or a view is no speech
        // of its own, so the source stays.)
        // (Not when the speaking subject is the source itself: "according to a police spokesman, who said ...".)
        // ("According to Park, the policy was modeled on one adopted last year, which she said had cut referrals": a cue inside
        // a relative clause is no speaking subject of the sentence.)
        // (Asked only when an "according to" is there to drop, read through a buffer: the search took a copy of every
        // attribution it passed, in every sentence with a cue.)
        if found.count > 1, found.withUnsafeBufferPointer({ b in b.indices.contains { b[$0].verb.lemma == "according to" } }),
           // ("Cases have tripled, according to the figures, prompting doctors to warn of ...": nor one whose object a verb of
           // causing made the speaker, outside the clause the source reports.)
           // ("Most voters oppose the plan, according to a poll": nor an act whose object is its content, which the source reports.)
           let other = found.first(where: { $0.verb.lemma != "according to" && !QuoteAttributor.heldFramings.contains($0.verb.frame)
            && !$0.verb.objectContent
            && QuoteAttributor.causedAgent(tokens, before: $0.cueStart, r) == nil
            && !($0.subject.map { s in s.lowerBound > 0 && QuoteAttributor.relativePronouns.contains(tokens[s.lowerBound - 1]) } ?? false)
            && !QuoteAttributor.onlyListenerBeforeSource(tokens, after: $0.cueEnd, found) }) {
            // (Nor its appositive: "according to the refinery's owner, Castell Energy, which said ...".)
            found.removeAll { a in
                a.verb.lemma == "according to" && !(a.subject.map { s in
                    other.subject.map { o in o.overlaps(s) || (o.lowerBound >= s.upperBound && o.lowerBound <= s.upperBound + 2
                        && other.cueStart > 0 && ["which", "who"].contains(tokens[other.cueStart - 1].lower)) } ?? false } ?? false)
            }
        }
        // ("repeated his claim that the economy had collapsed": when a verb's object is a speech noun with
        // its own possessor and clause, the noun's cue carries the speech.)
        // (Read through a buffer: an element read from the array was a copy of the whole attribution.)
        if found.count > 1, found.withUnsafeBufferPointer({ b in b.indices.contains { b[$0].noun } }) {
            let nounCues = found.filter(\.noun).map(\.cueStart)
            found.removeAll { a in
                !a.noun && a.fixedContent == nil && nounCues.contains(where: { $0 > a.cueEnd && $0 <= a.cueEnd + 2 })
            }
        }
    }

    /// The source after "per" at `i`, read as "according to": up to six words (a name's points among them) that open the
    /// sentence before a comma, or follow one to close it or before another ("Per a team spokesperson, ...", "..., per
    /// ESPN.", "The player, per a team spokesperson, will miss ..."). The source is a name, or people or a record after a
    /// determiner or in the plural; a rate is none ("$5 per share", "40 per cent", "$40, per person").
    func perSource(_ tokens: Tokens, at i: Int, _ r: Range<Int>) -> Range<Int>? {
        let opening = i == r.lowerBound
        guard opening || i - 1 > r.lowerBound && tokens[i - 1].punct == UInt8(ascii: ",") else { return nil }
        var e = i + 1
        while e < r.upperBound, e - i <= 6, tokens[e].isWord || isPointInsideName(tokens, e) { e += 1 }
        guard e > i + 1, e < r.upperBound, tokens[e - 1].isWord else { return nil }
        if opening {
            guard tokens[e].punct == UInt8(ascii: ","), hasClause(tokens, e + 1, r.upperBound) else { return nil }
        } else {
            // (Or between commas inside the clause it splits: "The player, per a team spokesperson, will miss six weeks".)
            guard e + 1 == r.upperBound && tokens[e].kind == .punct
                    || tokens[e].punct == UInt8(ascii: ",") && hasClause(tokens, r.lowerBound, r.upperBound) else { return nil }
        }
        let head = tokens[e - 1]
        if head.capitalized { return (i + 1)..<e }
        let noun = QuoteAttributor.bare(head.lower)
        guard namesSpeaker(noun) || QuoteAttributor.records.contains(noun) || lexicon.groups[noun] != nil,
              QuoteLexicon.determiners.contains(tokens[i + 1]) || head.lower.looksPlural else { return nil }
        return (i + 1)..<e
    }

    /// Between a cue ending at `e` and the comma before an "according to" after it stand only a preposition and its
    /// object, "had written to the airline, according to ...": the verb names whom it addressed and reports no words,
    /// so the source after it stays.
    static func onlyListenerBeforeSource(_ tokens: Tokens, after e: Int, _ found: [Attribution]) -> Bool {
        guard e + 1 < tokens.count, purePrepositions.contains(tokens[e]),
              let source = found.first(where: { $0.verb.lemma == "according to" && $0.cueStart > e }),
              source.cueStart - e <= 7, tokens[source.cueStart - 1].punct == UInt8(ascii: ",") else { return false }
        return (e + 1..<(source.cueStart - 1)).allSatisfy { k in
            tokens[k].isWord && !looksLikeVerb(tokens[k]) && !QuoteLexicon.auxiliaries.contains(tokens[k]) && tokens[k].lower != "that"
        }
    }

    /// Within the words from `j` (up to 12, to the next mark), "and" or "or" before a lower-case verb: the phrase before
    /// is a verb's object in a series of the subject's acts, "threatened staff with a hammer and escaped", not the
    /// speaker of an inverted cue.
    static func coordinatedVerbFollows(_ tokens: Tokens, from j: Int, _ r: Range<Int>) -> Bool {
        var k = j
        while k + 1 < min(r.upperBound, j + 12), tokens[k].isWord || tokens[k].kind == .number {
            if tokens[k].lower == "and" || tokens[k].lower == "or", looksLikeVerb(tokens[k + 1]) { return true }
            k += 1
        }
        return false
    }

    /// The cue at `i` follows "and" after a passive participle with its helper, the words between them a phrase of
    /// the participle's (up to six words, no mark): "has been jailed for life and told". Not a passive inside an
    /// earlier cue's speech: "said the pier was closed and warned that ...".
    func coordinatedWithPassive(_ tokens: Tokens, cue i: Int, _ r: Range<Int>) -> Bool {
        guard i - 3 >= r.lowerBound, tokens[i - 1].lower == "and" else { return false }
        var j = i - 2
        while j > r.lowerBound, i - j <= 8, tokens[j].isWord {
            if QuoteAttributor.passiveAuxiliaries.contains(tokens[j - 1]), !tokens[j].capitalized,
               tokens[j].lower.endsWith("ed") || QuoteAttributor.irregularParticiples.contains(tokens[j]) {
                return !(r.lowerBound..<(j - 1)).contains(where: { lexicon.isReportingVerb(tokens[$0]) })
            }
            j -= 1
        }
        return false
    }

    /// The colon of "Said one fan: “...”" after the verb opening the sentence: within 20 tokens, past
    /// only words and commas (an appositive or relative clause about the speaker), and right before a
    /// quotation.
    func invertedOpeningColon(_ tokens: Tokens, after i: Int, _ r: Range<Int>) -> Int? {
        var c = i + 1
        while c < min(r.upperBound - 1, i + 20), tokens[c].isWord || tokens[c].punct == UInt8(ascii: ",") { c += 1 }
        guard c > i + 1, c + 1 < r.upperBound, tokens[c].punct == UInt8(ascii: ":"), tokens[c - 1].isWord,
              QuoteAttributor.opensQuotation(tokens[c + 1]) else { return nil }
        return c
    }

    /// One word right before "and" as a subject is an imperative verb ("Go and tell them ..."), unless
    /// it is a pronoun. (A function of its own: read inside `findCues`' loop, the token was copied whole.)
    @inline(never)
    static func isImperative(_ tokens: Tokens, _ s: Range<Int>, before c: Int) -> Bool {
        s.count == 1 && s.upperBound == c && QuoteLexicon.pronouns[tokens[s.lowerBound]] == nil
    }

    /// The first word from `i` on, before `end`, that may be a cue of some kind by its word shape
    /// alone; `end` when none is. Most words are none. (A function of its own, so that `findCues`'
    /// long loop runs only for these: how the compiler treats token reads in that loop, which changes
    /// with any edit there, then costs a few words per sentence instead of every word of the text.)
    /// (One test a word, the lexicon's `cueShapes`, where five filters and keys were tested.)
    @inline(never)
    func nextCueCandidate(_ tokens: Tokens, from i: Int, _ end: Int) -> Int {
        let cueShapes = lexicon.cueShapes
        var i = i
        while i < end {
            if case .word = tokens[i].kind, cueShapes.mayContain(tokens[i].shape) { return i }
            i += 1
        }
        return end
    }

    /// Where the source named after "according to" ends: before a participle that only says when the
    /// source appeared, at the phrase's end ("a large study published on Wednesday", "figures released
    /// Tuesday"). With an agent after "by" the phrase stays whole, and the agent names the source;
    /// "people briefed on the talks" keeps what makes them a source.
    static func sourceEnd(_ tokens: Tokens, _ a: Int, _ e: Int) -> Int {
        guard let p = (a + 1..<e).first(where: { tokens[$0].isWord && !tokens[$0].capitalized && tokens[$0].lower.utf8.count > 4
                  && tokens[$0].lower.endsWith("ed") }),
              !(p + 1..<e).contains(where: { tokens[$0].lower == "by" }) else { return e }
        var q = p + 1
        if q < e, timeModifiers.contains(tokens[q]) || tokens[q].lower == "in" { q += 1 }
        // (Only a time closing the phrase: "published on Wednesday in the journal Nature" says where too.)
        return q + 1 == e && (QuoteLexicon.calendarWords.contains(tokens[q]) || timeNouns.contains(tokens[q])) ? p : e
    }

    /// A modal and its verb before the "and" at `c`, inside a "that"-clause opened right after a past verb, with no
    /// punctuation but commas between: "heard that Pike would knock on doors, claim ... and ...". A base form after the
    /// "and" is that modal's.
    static func modalInThatClauseAfterPast(_ tokens: Tokens, before c: Int, _ r: Range<Int>) -> Bool {
        guard let that = scanRange(from: max(r.lowerBound + 1, c - 16), upTo: c).last(where: { tokens[$0].lower == "that"
                  || !tokens[$0].isWord && tokens[$0].punct != UInt8(ascii: ",") }),
              tokens[that].lower == "that", isPastForm(tokens, at: that - 1) else { return false }
        // ("heard that and ask ...": a "that" right before the "and" leaves no room for a modal, and no range to read.)
        return scanRange(from: that + 2, upTo: c).contains(where: { modalsAndFuture.contains(tokens[$0]) })
    }

    /// The cue `prev` sits in a clause of its own after the sentence's subject `ss` (after a semicolon, ", while",
    /// or a "that"-clause in the tense of the cue at `i`), so a verb coordinated at `i` continues that
    /// clause. (A function of its own, like `isImperative`.)
    @inline(never)
    static func continuesEmbeddedClause(_ tokens: Tokens, after ss: Range<Int>, _ prev: Attribution, cue i: Int) -> Bool {
        guard let s = prev.subject, ss.upperBound < s.lowerBound else { return false }
        // ("Several were restrained; one ... acknowledged ... but said": after a semicolon, its own clause.)
        if (ss.upperBound..<s.lowerBound).contains(where: { tokens[$0].punct == UInt8(ascii: ";") }) { return true }
        // ("Everytown called it ..., while the NRA said it was disappointed but noted ...": so after ", while" or
        // ", whereas" right before the cue's subject; the comma may sit inside a closing mark.)
        if let w = (max(ss.upperBound, s.lowerBound - 3)..<s.lowerBound).last(where: { tokens[$0].lower == "while" || tokens[$0].lower == "whereas" }),
           case let c = w > 1 && tokens[w - 1].isQuoteMark ? w - 2 : w - 1, c >= 0, tokens[c].punct == UInt8(ascii: ",") { return true }
        // (The "that" opens the clause of that subject, past an appositive at most: not a relative
        // "policies that create less revenue (they want ...".)
        guard let that = (ss.upperBound..<s.lowerBound).last(where: { tokens[$0].lower == "that" }), s.lowerBound - that <= 6 else { return false }
        // ("The alliance said on Monday that it supported the rules but warned that ...": a pronoun there
        // names the speaker again, so the next verb is the speaker's second act, a speech of its own.)
        if s.count == 1, nominativePronouns.contains(tokens[s.lowerBound]) || tokens[s.lowerBound].lower == "it" { return false }
        return isPastForm(tokens, at: prev.cueStart) == isPastForm(tokens, at: i)
    }

    /// An opening quotation mark within the twelve tokens from `k`, past words and numbers only, before any "and", "but"
    /// or "that": "thanked Lyle for “six years of dedication”", not "thanked them, saying “...”" nor "thanked his staff
    /// and said the team would “...”", where the quotation is another verb's.
    @inline(never)
    static func quotationInObject(_ tokens: Tokens, _ k: Int, _ r: Range<Int>) -> Bool {
        guard k < r.upperBound - 1,
              let q = scanRange(from: k, upTo: min(r.upperBound - 1, k + 12)).first(where: { !(tokens[$0].isWord || tokens[$0].kind == .number)
                  || coordinators.contains(tokens[$0]) || tokens[$0].lower == "that" })
        else { return false }
        return opensQuotation(tokens[q])
    }

    /// The noun of a text that bears words (`signNouns`) right before the "read" at `i`, or before its "that" or "which":
    /// "placards reading", "a sign that read".
    static func textBearingWords(_ tokens: Tokens, cue i: Int, _ r: Range<Int>) -> Range<Int>? {
        var n = i - 1
        if n > r.lowerBound, tokens[n].lower == "that" || tokens[n].lower == "which" { n -= 1 }
        guard n >= r.lowerBound, tokens[n].isWord, !tokens[n].capitalized, signNouns.contains(tokens[n]) else { return nil }
        return n..<(n + 1)
    }

    /// "as" at `k` and a quotation opening right after it: "described as “a huge boost”".
    static func asThenQuotation(_ tokens: Tokens, _ k: Int, _ r: Range<Int>) -> Bool {
        k + 1 < r.upperBound && tokens[k].lower == "as" && opensQuotation(tokens[k + 1])
    }

    /// An object of at most twelve words from `k`, "as", then an opening quotation mark after at most three lower-case
    /// words: "... the report as “...”", "Putin as a “strong leader”", "32% of claims as “false”", "Estonia as being in
    /// the “suburbs ...”".
    @inline(never)
    static func quotedAfterAs(_ tokens: Tokens, _ k: Int, _ r: Range<Int>) -> Bool {
        guard k < r.upperBound - 1, tokens[k].lower != "as", tokens[k].lower != "by",
              let a = scanRange(from: k, upTo: min(r.upperBound - 1, k + 12)).first(where: {
                  !(tokens[$0].isWord || tokens[$0].kind == .number || tokens[$0].punct == UInt8(ascii: "%")) || tokens[$0].lower == "as" }),
              tokens[a].lower == "as",
              let q = scanRange(from: a + 1, upTo: min(r.upperBound - 1, a + 5)).first(where: { !tokens[$0].isWord || tokens[$0].capitalized })
        else { return false }
        return opensQuotation(tokens[q])
    }

    /// The subject of a "that"-clause after the sentence's subject `ss`, a name or a determiner's phrase of up to four
    /// words followed by a past verb, when the past cue at `i` after the "and" at `c` continues that clause:
    /// "The court heard that Adrian Kemp telephoned his victims and told them ...". (The sentence's subject may be
    /// found after the "and": "and said, Obama".) With no "that", a clause of time or cause does the same: "Shares in
    /// Norvex fell after the chipmaker reported a drop in profit and warned that ..." is the chipmaker's warning.
    @inline(never)
    func embeddedClauseSubject(_ tokens: Tokens, after ss: Range<Int>, before c: Int, cue i: Int, _ r: Range<Int>) -> Range<Int>? {
        guard QuoteAttributor.isPastForm(tokens, at: i), ss.upperBound < c, c - ss.upperBound <= 24,
              let that = (ss.upperBound..<c).first(where: { tokens[$0].lower == "that" })
                ?? (ss.upperBound..<c).last(where: { QuoteAttributor.clauseOpeners.contains(tokens[$0]) }).flatMap({ cannotSpeak(tokens, ss, r) ? $0 : nil }),
              that + 2 < c else { return nil }
        var e = that + 1
        let named = tokens[e].isWord && tokens[e].capitalized
        if !named { guard QuoteLexicon.determiners.contains(tokens[e]) else { return nil } ; e += 1 }
        while e < c, e - that <= 5, tokens[e].isWord, named ? tokens[e].capitalized : !QuoteAttributor.isPastForm(tokens, at: e) { e += 1 }
        let subjectEnd = e
        // ("that Adrian Kemp, 52, telephoned": past an age or a short appositive between commas.)
        if e < c, tokens[e].punct == UInt8(ascii: ","), let close = scanRange(from: e + 1, upTo: min(c, e + 8)).first(where: { tokens[$0].punct == UInt8(ascii: ",") }) {
            e = close + 1
        }
        guard subjectEnd > that + 1, e < c, tokens[e].isWord, !tokens[e].capitalized, QuoteAttributor.isPastForm(tokens, at: e),
              !(e + 1..<c).contains(where: { !tokens[$0].isWord || tokens[$0].lower == "that" }) else { return nil }
        return (that + 1)..<subjectEnd
    }

    /// "Lee was at the venue when police located her and told her to leave": one object pronoun after the past verb
    /// before "and" and again after the cue at `i` joins the two verbs under the first verb's subject. (The sentence's
    /// subject would have told someone else: "Lee told her" is not Lee told herself.) Nil otherwise.
    @inline(never)
    func parallelObjectSubject(_ tokens: Tokens, cue i: Int, cueEnd: Int, _ r: Range<Int>) -> Range<Int>? {
        guard i - 3 > r.lowerBound, cueEnd < r.upperBound, tokens[i - 1].lower == "and",
              QuoteAttributor.personalObjects.contains(tokens[i - 2]), tokens[cueEnd].lower == tokens[i - 2].lower,
              tokens[i - 3].isWord, !tokens[i - 3].capitalized, QuoteAttributor.isPastForm(tokens, at: i - 3),
              let s = leftSubject(tokens, before: i - 3, r), s.upperBound == i - 3 else { return nil }
        return s
    }

    /// The cue `prev` opens a clause of time or cause after the sentence's subject `ss`, which is no one who could speak,
    /// so a past verb coordinated at `i` continues that clause: "Shares in Norvex fell after the chipmaker reported a
    /// drop in profit and warned that ..." is the chipmaker's. (Not "Smith resigned after the board accused him and
    /// said ...", where either may speak.)
    @inline(never)
    func continuesClauseOfTime(_ tokens: Tokens, after ss: Range<Int>, _ prev: Attribution, cue i: Int, _ r: Range<Int>) -> Bool {
        guard let s = prev.subject, ss.upperBound < s.lowerBound, s.lowerBound - ss.upperBound <= 16,
              (max(ss.upperBound, s.lowerBound - 2)..<s.lowerBound).contains(where: { QuoteAttributor.clauseOpeners.contains(tokens[$0]) }),
              QuoteAttributor.isPastForm(tokens, at: prev.cueStart), QuoteAttributor.isPastForm(tokens, at: i) else { return false }
        return cannotSpeak(tokens, ss, r)
    }

    /// The phrase `ss` names a thing: "the sentence", "The phone call". Past its determiners, no word of it is
    /// capitalised, a pronoun, a group, a title, a body or a kind of person, and its last word is no text, record or work,
    /// which speaks for whoever made it ("the statement", "the report"). (Wider than `cannotSpeak`, which reads only the
    /// head, knows no bodies and takes a plural opening the sentence for a common noun: "The airline blamed “...”",
    /// "PolitiFact claimed “...”".)
    func namesNoOne(_ tokens: Tokens, _ ss: Range<Int>) -> Bool {
        for k in ss {
            let t = tokens[k]
            // (The last word is read even when it could be a determiner: "the government recommending “...”".)
            if k + 1 < ss.upperBound, QuoteLexicon.determiners.contains(t) { continue }
            guard t.isWord, !t.capitalized else { return false }
            let w = QuoteAttributor.bare(t.lower)
            // (A body's noun in the plural too: "both firms".)
            if QuoteLexicon.pronouns[t] != nil || lexicon.groups[w] != nil || lexicon.titles[w] != nil || lexicon.bodies.mayDescribe(t)
                || w.looksPlural && lexicon.bodies.any.contains(w.dropLast())
                || QuoteAttributor.personNouns[w] != nil || QuoteAttributor.relationNouns[w] != nil
                || QuoteAttributor.irregularPeoplePlurals.contains(w) || QuoteAttributor.quantifierPronouns.contains(w) { return false }
        }
        let head = QuoteAttributor.bare(tokens[ss.upperBound - 1].lower)
        return !QuoteAttributor.namesAText(head) && !QuoteAttributor.workNouns.contains(head)
    }

    /// The subject `ss` is a common noun that names no one who could speak: "Shares in Norvex", "Prices", "The pound".
    /// Not a name, a pronoun, a count, a group, a body, a title or a kind of person. (A capitalised word names someone,
    /// unless it is a plural opening the sentence: "Shares".)
    func cannotSpeak(_ tokens: Tokens, _ ss: Range<Int>, _ r: Range<Int>) -> Bool {
        var h = ss.lowerBound
        while h + 1 < ss.upperBound, QuoteLexicon.determiners.contains(tokens[h]) { h += 1 }
        // (The head before its postmodifier: "Shares in Norvex".)
        let head = (h..<ss.upperBound).first(where: { $0 + 1 < ss.upperBound && QuoteAttributor.purePrepositions.contains(tokens[$0 + 1]) }) ?? ss.upperBound - 1
        guard (h...head).allSatisfy({ tokens[$0].isWord }) else { return false }
        let t = tokens[head]
        if t.capitalized, !(head == r.lowerBound && t.lower.looksPlural) { return false }
        let w = QuoteAttributor.bare(t.lower)
        return QuoteLexicon.pronouns[t] == nil && lexicon.groups[w] == nil && lexicon.titles[w] == nil
            && QuoteAttributor.personNouns[w] == nil && QuoteAttributor.relationNouns[w] == nil
            && !QuoteAttributor.irregularPeoplePlurals.contains(w) && !QuoteAttributor.quantifierPronouns.contains(w)
    }

    /// The subject of the present-tense verb that the "and" at `c` joins a present cue to, when neither
    /// the sentence nor an earlier cue gives one: "when the mother turns to her son and says, “...”".
    @inline(never)
    func coordinatedSubject(_ tokens: Tokens, before c: Int, cue i: Int, _ r: Range<Int>) -> Range<Int>? {
        // (The present tense only, a narrator's: a past "spotted Stein ... and reported" is left to the
        // sentence's subject.)
        guard tokens[i].lower.endsWith("s"), !tokens[i].lower.endsWith("ss") else { return nil }
        var v = c - 1
        while v > r.lowerBound, c - v <= 8, tokens[v].isWord {
            let t = tokens[v]
            let sameForm = t.lower.endsWith("s") && !t.lower.endsWith("'s") && !t.lower.endsWith("ss") && t.lower.utf8.count > 3
            if sameForm, !t.capitalized, !QuoteLexicon.auxiliaries.contains(t),
               let s = leftSubject(tokens, before: v, r), s.upperBound == v { return s }
            v -= 1
        }
        return nil
    }

    /// ", it said." or ", it said on Tuesday, after ...": the pronoun at `pronounAt` follows a comma after
    /// three words or more of speech, and the cue ends the sentence or goes on only to punctuation or a
    /// preposition (no clause of its own: "..., it said it would" is another report).
    @inline(never)
    static func trailsSpeech(_ tokens: Tokens, pronounAt p: Int, cueEnd: Int, _ r: Range<Int>) -> Bool {
        // ("peak at 5.1%, it said.": a figure's sign closes the speech too.)
        guard p - 4 >= r.lowerBound, tokens[p - 1].punct == UInt8(ascii: ","),
              tokens[p - 2].isWord || tokens[p - 2].kind == .number || tokens[p - 2].punct == UInt8(ascii: "%")
        else { return false }
        return cueEnd >= r.upperBound || tokens[cueEnd].kind == .punct || purePrepositions.contains(tokens[cueEnd])
    }

    /// "In Webb's words, the budget is “a house of cards”", "In the words of one aide, ...", "To quote one official, ...": a
    /// sentence opening with whose words it reports, a source like "according to". The rest of the sentence is the content.
    @inline(never)
    func inWordsOf(_ tokens: Tokens, _ r: Range<Int>, sentence: Int) -> Attribution? {
        // (Most sentences open otherwise: one comparison first.)
        guard r.count > 6, tokens[r.lowerBound].lower == "in" || tokens[r.lowerBound].lower == "to" else { return nil }
        var np: Range<Int>
        let comma: Int
        var named = false
        if tokens[r.lowerBound].lower == "to" {
            // "To quote one official,", "To quote from the report,": a source of up to six words. (Not "To paraphrase
            // Churchill, ...", the writer's own words.)
            guard tokens[r.lowerBound + 1].lower == "quote" else { return nil }
            let source = tokens[r.lowerBound + 2].lower == "from" ? r.lowerBound + 3 : r.lowerBound + 2
            guard let c = scanRange(from: source, upTo: min(r.upperBound - 3, source + 7)).first(where: { !tokens[$0].isWord }),
                  c > source, tokens[c].punct == UInt8(ascii: ",") else { return nil }
            comma = c
            np = source..<c
            named = true
        } else {
            guard let words = scanRange(from: r.lowerBound + 1, upTo: min(r.upperBound - 3, r.lowerBound + 8)).first(where: { tokens[$0].lower == "words" }),
                  let c = scanRange(from: words + 1, upTo: min(r.upperBound - 3, words + 9)).first(where: { !tokens[$0].isWord }),
                  tokens[c].punct == UInt8(ascii: ",") else { return nil }
            comma = c
            if words + 1 < comma, tokens[words + 1].lower == "of" {
                // "In the words of one aide,"
                // (A source of one word or more: "In the words of , ..." names none.)
                guard words == r.lowerBound + 2, tokens[r.lowerBound + 1].lower == "the", comma > words + 2, comma - (words + 2) <= 6 else { return nil }
                np = (words + 2)..<comma
                named = true
            } else {
                // "In Webb's words,", "In his own words,": a possessor, and "own" at most, before "words".
                guard words + 1 == comma else { return nil }
                var e = words
                if tokens[e - 1].lower == "own" { e -= 1 }
                guard e > r.lowerBound + 1 else { return nil }
                let last = tokens[e - 1]
                if e - 1 == r.lowerBound + 1, QuoteAttributor.possessivePronouns[last] != nil {
                    np = (e - 1)..<e
                } else {
                    guard last.lower.endsWith("'s") || last.lower.endsWith("s'"), e - (r.lowerBound + 1) <= 5 else { return nil }
                    np = (r.lowerBound + 1)..<e
                }
            }
        }
        var contentStart = comma + 1
        // ("In the words of the foreign minister, Karin Holm, the deal ...", "To quote the mayor, Ann Hale, ...": the role's
        // name after it.)
        if named, !tokens[comma - 1].capitalized, lexicon.titles[tokens[comma - 1]] != nil, let name = nameBetweenCommas(tokens, comma, r),
           name.count >= 2, name.upperBound + 1 < r.upperBound {
            np = name
            contentStart = name.upperBound + 1
        }
        var a = Attribution(cueStart: r.lowerBound, cueEnd: comma,
                            verb: QuoteAttributor.accordingTo,
                            subject: np, sentence: sentence)
        a.fixedContent = contentStart..<r.upperBound
        return a
    }

    /// "As stated in Davis' commentary, ...", "As reported by the Guardian, ...": a sentence opening with "As" and the
    /// participle of a reporting verb names its source after "in" or "by", as "according to" does; the rest of the
    /// sentence is the content.
    @inline(never)
    func asStatedIn(_ tokens: Tokens, _ r: Range<Int>, sentence: Int) -> Attribution? {
        // (Most sentences open otherwise: one comparison first.)
        guard r.count > 6, tokens[r.lowerBound].lower == "as" else { return nil }
        // ("As first reported by the Guardian, ...", "As previously stated in ...": an adverb before the participle.)
        let p = r.lowerBound + 2 < r.upperBound && tokens[r.lowerBound + 1].isWord && !tokens[r.lowerBound + 1].capitalized
            && (tokens[r.lowerBound + 1].lower == "first" || tokens[r.lowerBound + 1].lower.endsWith("ly")) ? r.lowerBound + 2 : r.lowerBound + 1
        guard p + 5 < r.upperBound, case let v = tokens[p], v.isWord, v.lower.endsWith("ed"),
              let verb = lexicon.verbs[v], tokens[p + 1].lower == "in" || tokens[p + 1].lower == "by",
              // (A plural's possessive mark may stand in the source: "Davis' commentary".)
              let comma = scanRange(from: p + 2, upTo: min(r.upperBound - 3, p + 11)).first(where: {
                  !tokens[$0].isWord && tokens[$0].kind != .number && !(tokens[$0].isQuoteMark && tokens[$0 - 1].lower.endsWith("s")) }),
              tokens[comma].punct == UInt8(ascii: ","), comma > p + 2 else { return nil }
        var a = Attribution(cueStart: p, cueEnd: p + 1, verb: verb, subject: (p + 2)..<comma, sentence: sentence)
        a.fixedContent = (comma + 1)..<r.upperBound
        return a
    }

    /// "Pupils 'left behind' by cuts - report", "Coffee may protect the liver – study": a headline, ending with no stop,
    /// whose last word after a dash is the record or body it comes from. The words before the dash are its content.
    func sourceTaggedHeadline(_ tokens: Tokens, _ r: Range<Int>, sentence: Int) -> Attribution? {
        guard r.count >= 5, let last = r.last, tokens[last].isWord, !tokens[last].capitalized || tokens[last].lower == "mps",
              QuoteAttributor.headlineSourceTags.contains(tokens[last]), tokens[last - 1].isDash,
              QuoteAttributor.hasWords(tokens, from: r.lowerBound, before: tokens[last - 1].start, atLeast: 3) else { return nil }
        var a = Attribution(cueStart: last, cueEnd: last + 1, verb: QuoteAttributor.impliedSay, subject: last..<(last + 1), sentence: sentence)
        a.fixedContent = r.lowerBound..<(last - 1)
        return a
    }

    /// The records and bodies a headline names after a dash as its source: "- report", "- study", "- MPs". (Not a section's
    /// tag: "- analysis", "- live".)
    static let headlineSourceTags: WordSet = ["report", "study", "poll", "survey", "research", "figures", "data", "review", "audit",
                                              "watchdog", "mps", "charity", "union", "regulator", "inquiry", "police", "experts"]

    /// "“Unacceptable.” That was the verdict of Sir Keith Hall, ...": a sentence naming whose verdict,
    /// view or message the quotation just before it was. That quotation, a sentence of its own, is the
    /// content.
    @inline(never)
    func verdictOf(_ tokens: Tokens, _ r: Range<Int>, sentence: Int) -> Attribution? {
        // ("“We knew it was coming” — that was the reaction of Malcolm Kerby": the quotation and a dash may open the
        // same sentence.)
        var h = r.lowerBound
        var close = r.lowerBound - 1
        if r.count > 8, tokens[r.lowerBound].isQuoteMark, QuoteAttributor.opensQuotation(tokens[r.lowerBound]),
           let c = scanRange(from: r.lowerBound + 1, upTo: min(r.upperBound - 6, r.lowerBound + 120)).first(where: { tokens[$0].isQuoteMark }),
           tokens[c + 1].isDash {
            h = c + 2
            close = c
        }
        // ("“Enough is enough.” With those words, the mayor ended the meeting": the subject after "with" and the
        // words' demonstrative spoke the quotation before.)
        if h == r.lowerBound, r.count > 5, h > 1, tokens[h].lower == "with", QuoteAttributor.demonstratives.contains(tokens[h + 1]),
           QuoteAttributor.closingWordNouns.contains(tokens[h + 2]), tokens[h + 3].punct == UInt8(ascii: ","),
           let np = mainSubject(tokens, (h + 4)..<r.upperBound), np.lowerBound == h + 4, np.count <= 4,
           let span = quotationSentence(tokens, closingAt: h - 1) {
            var a = Attribution(cueStart: h, cueEnd: h + 3, verb: QuoteAttributor.impliedSay, subject: np, sentence: sentence)
            a.fixedContent = span
            return a
        }
        // (Most sentences open otherwise: one comparison first, then the word sets; this runs for every sentence.)
        // ("Those were the words of Layla Hussain, 9, after ...": a plural demonstrative too.)
        guard r.upperBound - h > 5, h > 1, tokens[h + 2].lower == "the",
              QuoteAttributor.opensWithDemonstrativeCopula(tokens, h..<r.upperBound),
              // (Up to two modifiers before the noun: "the blunt verdict of".)
              let noun = scanRange(from: h + 3, upTo: min(r.upperBound - 2, h + 6)).first(where: { QuoteAttributor.verdictNouns.contains(tokens[$0]) }),
              (h + 3..<noun).allSatisfy({ tokens[$0].isWord && !tokens[$0].capitalized }),
              tokens[noun + 1].lower == "of" || tokens[noun + 1].lower == "from",
              var np = forwardPhrase(tokens, from: noun + 2, r, commonNouns: true) else { return nil }
        // ("the verdict of the union's leader, Sharon Graham, on ...": the role's name after it.)
        if np.upperBound < r.upperBound, !tokens[np.upperBound - 1].capitalized, let name = nameAfterComma(tokens, np.upperBound, r) { np = name }
        guard let span = quotationSentence(tokens, closingAt: close) else { return nil }
        var a = Attribution(cueStart: noun, cueEnd: noun + 1, verb: QuoteLexicon.Verb(lemma: tokens[noun].lower, framing: "neutral", needsThat: false),
                            subject: np, sentence: sentence)
        a.fixedContent = span
        return a
    }

    /// "Peel stole £2m from his clients, Leeds Crown Court heard.", "The inquest heard that the boy had been bullied", "He
    /// had spent the money on cars, the jury was told": what a court, an inquest, a jury or a committee heard is evidence
    /// given to it, reported without its speaker. The forum only listened, so the attribution has no subject; its cue is
    /// "heard" ("hear"), or a passive "told" ("tell"). The speech is the clause before the forum's comma when the forum
    /// and its verb close the sentence, or the clause after the verb (past "that" or "how", or a clause with a helper of
    /// its own) when the forum opens it.
    func forumHeard(_ tokens: Tokens, _ r: Range<Int>, sentence: Int) -> Attribution? {
        guard r.count >= 6 else { return nil }
        let heardShape = QuoteAttributor.heardShape, toldShape = QuoteAttributor.toldShape
        // (Only where the verb can stand: closing the sentence, before its stop, or within the nine tokens that open it, past
        // a forum's phrase and its helpers. Shapes first: this runs for every sentence.)
        let openingEnd = min(r.upperBound, r.lowerBound + 10), closingStart = max(openingEnd, r.upperBound - 2)
        var v = r.lowerBound
        while true {
            v += 1
            if v == openingEnd { v = closingStart }
            guard v < r.upperBound else { break }
            guard tokens[v].shape == heardShape || tokens[v].shape == toldShape else { continue }
            let heard = tokens[v].lower == "heard"
            guard heard || tokens[v].lower == "told" else { continue }
            // The verb's helpers: "has heard", "was told", "has been told".
            var h = v
            if !heard {
                // ("Plan was doomed, inquiry told": a headline, with no stop after "told", leaves its helper out.)
                if v == r.upperBound - 1, tokens[v].isWord, QuoteAttributor.hearingForums.contains(tokens[v - 1]) {
                    h = v
                } else {
                    guard QuoteAttributor.passiveAuxiliaries.contains(tokens[v - 1]) else { continue }
                    h = v - 1
                }
            }
            if h - 1 > r.lowerBound, tokens[h - 1].lower == "has" || tokens[h - 1].lower == "had" { h -= 1 }
            guard h - 1 >= r.lowerBound, QuoteAttributor.hearingForums.contains(tokens[h - 1]) else { continue }
            // The forum's phrase: its article and up to four capitalised or lower-case modifiers ("Leeds Crown Court",
            // "the Commons home affairs committee").
            var p = h - 1
            while p > r.lowerBound, h - 1 - p < 4, tokens[p - 1].isWord, !QuoteLexicon.phraseBreakers.contains(tokens[p - 1]) || tokens[p - 1].capitalized,
                  !QuoteAttributor.articles.contains(tokens[p]) { p -= 1 }
            let verb = QuoteLexicon.Verb(lemma: heard ? "hear" : "tell", framing: "neutral", needsThat: false)
            var a = Attribution(cueStart: v, cueEnd: v + 1, verb: verb, subject: nil, sentence: sentence)
            a.forumEvidence = true
            if p - 1 > r.lowerBound, tokens[p - 1].punct == UInt8(ascii: ",") {
                // Closing the sentence: nothing after the verb but its stop.
                guard v + 1 >= r.upperBound - 1, v + 1 == r.upperBound || tokens[v + 1].kind == .punct,
                      wordCount(tokens, r.lowerBound, p - 1) >= 3, hasClause(tokens, r.lowerBound, p - 1) else { return nil }
                let lead = QuoteAttributor.discourseOpeners.contains(tokens[r.lowerBound]) ? r.lowerBound + 1 : r.lowerBound
                a.fixedContent = lead..<(p - 1)
                return a
            }
            // Opening the sentence: the clause after the verb, past "that" or "how".
            guard p == r.lowerBound, v + 2 < r.upperBound else { return nil }
            var c = v + 1
            if tokens[c].lower == "that" || tokens[c].lower == "how" {
                c += 1
            } else if QuoteAttributor.purePrepositions.contains(tokens[c])
                        // ("The court heard two pilots accused of smuggling": a clause with no "that" only with a helper of its
                        // own, "the boy had been bullied".)
                        || !scanRange(from: c + 1, upTo: min(r.upperBound, c + 8)).contains(where: {
                            QuoteAttributor.finiteAuxiliaries.contains(tokens[$0]) || QuoteAttributor.perfectAndCopula.contains(tokens[$0]) }) {
                return nil
            }
            var e = r.upperBound
            while e > c, tokens[e - 1].kind == .punct { e -= 1 }
            guard e - c >= 3 else { return nil }
            a.fixedContent = c..<e
            return a
        }
        return nil
    }

    /// "“I'm sorry,” was all she said", "“No comment” is all he would say", "“Never again” was what she told them":
    /// the quotation opening the sentence is all that the subject after "was all" (or "was what") said, or how the subject
    /// after "is how" put it ("“A total disaster” is how one resident described the flood": the verb's object is only the
    /// topic). The subject is at most five words before the verb (helpers left out), and at most six words follow it to the
    /// sentence's end ("to reporters on Monday"; not a comma and a speaker of the whole: "“Thank you” is all we ask, the
    /// mayor said").
    @inline(never)
    func quotationAllSaid(_ tokens: Tokens, _ r: Range<Int>, sentence: Int) -> Attribution? {
        // (Most sentences open otherwise: one test first.)
        guard r.count > 5, QuoteAttributor.opensQuotation(tokens[r.lowerBound]),
              let close = scanRange(from: r.lowerBound + 1, upTo: min(r.upperBound - 4, r.lowerBound + 120)).first(where: { tokens[$0].isQuoteMark }),
              (r.lowerBound + 1..<close).contains(where: { tokens[$0].isWord }) else { return nil }
        var k = close + 1
        if tokens[k].punct == UInt8(ascii: ",") { k += 1 }
        guard k + 3 < r.upperBound, tokens[k].lower == "was" || tokens[k].lower == "is",
              tokens[k + 1].lower == "all" || tokens[k + 1].lower == "what" || tokens[k + 1].lower == "how" else { return nil }
        let subjectStart = k + 2
        var v = subjectStart
        while v < r.upperBound, v - subjectStart < 7, tokens[v].isWord, !lexicon.isReportingVerb(tokens[v]) { v += 1 }
        guard v < r.upperBound, let verb = lexicon.verbs[tokens[v]] else { return nil }
        var subjectEnd = v
        while subjectEnd > subjectStart, QuoteLexicon.auxiliaries.contains(tokens[subjectEnd - 1])
                || QuoteAttributor.modalsAndFuture.contains(tokens[subjectEnd - 1]) { subjectEnd -= 1 }
        var e = v + 1
        while e < r.upperBound, tokens[e].isWord, e - v <= 6 { e += 1 }
        guard subjectEnd > subjectStart, subjectEnd - subjectStart <= 5,
              e == r.upperBound || [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(tokens[e].punct)
                || tokens[e].isQuoteMark else { return nil }
        var a = Attribution(cueStart: v, cueEnd: v + 1, verb: verb, subject: subjectStart..<subjectEnd, sentence: sentence)
        a.fixedContent = r.lowerBound..<(close + 1)
        return a
    }

    /// "recalled several of its ready-made salads after tests found ...", "Supermarket recalls salads over listeria fears":
    /// a determiner, a possessive or a bare plural after "recall", opening a phrase with no clause of its own before its
    /// first preposition or stop, is goods taken back, not a memory told. ("recalled the president had said ..." has one.)
    func recallsGoods(_ tokens: Tokens, _ cueEnd: Int, _ r: Range<Int>) -> Bool {
        guard cueEnd < r.upperBound, case let t = tokens[cueEnd], t.isWord,
              QuoteLexicon.determiners.contains(t) || QuoteAttributor.possessivePronouns[t] != nil
                || !t.capitalized && t.lower.looksPlural && !lexicon.isReportingVerb(t) else { return false }
        let stop = (cueEnd + 1..<r.upperBound).first(where: { !tokens[$0].isWord || QuoteAttributor.purePrepositions.contains(tokens[$0]) })
            ?? r.upperBound
        return !hasClause(tokens, cueEnd, stop)
    }

    /// "“Not a chance,” came the reply from Ellie Shaw": the quotation opening the sentence is the reply of whoever
    /// follows "from". Without "from" the sentence names no one, and the quotation is left to the sentences around it.
    @inline(never)
    func cameTheReply(_ tokens: Tokens, _ r: Range<Int>, sentence: Int) -> Attribution? {
        guard r.count > 6, QuoteAttributor.opensQuotation(tokens[r.lowerBound]),
              let close = scanRange(from: r.lowerBound + 1, upTo: min(r.upperBound - 5, r.lowerBound + 120)).first(where: { tokens[$0].isQuoteMark }) else { return nil }
        var k = close + 1
        if tokens[k].punct == UInt8(ascii: ",") || tokens[k].isDash { k += 1 }
        guard tokens[k].lower == "came", QuoteAttributor.replyDeterminers.contains(tokens[k + 1]),
              // ("came the swift reply from": up to two modifiers before the noun.)
              let noun = scanRange(from: k + 2, upTo: min(r.upperBound - 2, k + 5)).first(where: { QuoteAttributor.replyNouns.contains(tokens[$0]) }),
              (k + 2..<noun).allSatisfy({ tokens[$0].isWord && !tokens[$0].capitalized }),
              tokens[noun + 1].lower == "from",
              var np = forwardPhrase(tokens, from: noun + 2, r, commonNouns: true) else { return nil }
        // ("came the reply from the council's leader, Ann Hale, when ...": the role's name after it.)
        if np.upperBound < r.upperBound, !tokens[np.upperBound - 1].capitalized, let name = nameAfterComma(tokens, np.upperBound, r) { np = name }
        var a = Attribution(cueStart: k, cueEnd: noun + 1, verb: QuoteAttributor.replied, subject: np, sentence: sentence)
        a.fixedContent = r.lowerBound..<(close + 1)
        return a
    }

    /// The quotation whose closing mark is at `close` and whose opening mark starts a sentence: a closing mark ends
    /// the sentence before (or a dash's clause), and its opening mark starts it. (A straight mark closes as well as opens.)
    func quotationSentence(_ tokens: Tokens, closingAt close: Int) -> Range<Int>? {
        guard close >= 0, case .quoteMark(let mark) = tokens[close].kind,
              !QuoteAttributor.opensQuotation(tokens[close]) || mark == .straightDouble || mark == .straightSingle,
              let open = (max(0, close - 120)..<close).last(where: { tokens[$0].isQuoteMark }), QuoteAttributor.opensQuotation(tokens[open]),
              open == 0 || [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(tokens[open - 1].punct) || tokens[open - 1].isQuoteMark,
              (open + 1..<close).contains(where: { tokens[$0].isWord }) else { return nil }
        return open..<(close + 1)
    }

    /// A complementizer "that" within the eight tokens from `cueEnd`, with only words and numbers before it: "learned
    /// during the debate that ...", "acknowledged on Sunday that ...".
    static func thatAfterWords(_ tokens: Tokens, _ cueEnd: Int, _ r: Range<Int>) -> Bool {
        complementizer(tokens, cueEnd, min(r.upperBound, cueEnd + 8)).map { t in
            (cueEnd..<t).allSatisfy { tokens[$0].isWord || tokens[$0].kind == .number } } == true
    }

    /// Where the sentence before the one opening at `i` starts: after the last stop in the 60 tokens before it, or at
    /// the text's start. Nil when `i` follows a word (no sentence opens there) or no stop is that near.
    static func previousSentenceStart(_ tokens: Tokens, before i: Int) -> Int? {
        guard i > 1, !tokens[i - 1].isWord else { return nil }
        if let end = (max(0, i - 60)..<i - 1).last(where: { let p = tokens[$0].punct
            return p == UInt8(ascii: ".") || p == UInt8(ascii: "!") || p == UInt8(ascii: "?") }) { return end + 1 }
        return i - 60 <= 0 ? 0 : nil
    }

    /// A lower-case noun for a body: an organisation's ("the company", "the council") or a business's by its trade ("the
    /// lender", "the carmaker").
    func namesBody(_ w: Word) -> Bool { lexicon.groups[w] == "org" || lexicon.bodies.isTrade(w) }

    /// An organisation spoke in the 40 words before `i` ("The company said ... It said it would offer
    /// ..."), or the last speaker, a sentence or two before, is a body's name ("The company, Fastway
    /// Logistics, said ... It said ..."): "it" may stand for that body. (A function of its own, like
    /// `isImperative`.)
    @inline(never)
    func bodySpokeBefore(_ tokens: Tokens, _ i: Int, previous: (sentence: Int, subject: Range<Int>?)?, sentence: Int,
                         sentenceBefore: Int) -> Bool {
        // ("The union has rejected the offer, which it described as ...": past the helpers of its verb.)
        if (max(0, i - 40)..<max(0, i - 1)).contains(where: { j in
            guard tokens[j].isWord, !tokens[j].capitalized, namesBody(QuoteAttributor.bare(tokens[j].lower)) else { return false }
            var v = j + 1
            while v < i - 1, v - j <= 2, QuoteLexicon.auxiliaries.contains(tokens[v]) { v += 1 }
            return lexicon.isReportingVerb(tokens[v])
        }) { return true }
        // (The sentence before opens no earlier than its own range: a headline without a full stop is a sentence apart.)
        let opening = QuoteAttributor.previousSentenceStart(tokens, before: i).map { max($0, sentenceBefore) }
        // ("Harlow Foods will close its plant. It said ...": a name opening the sentence just before, with its own "its"
        // after it, is a body that acts, though it spoke not; "The Bank of Westmark kept its rate" after "the".)
        // ("Redwood Homes submitted the application. It says ...": so is one closed by an organisation's noun, its verb
        // right after it.)
        if let start = opening,
           case let first = start + 1 < i && tokens[start].lower == "the" && tokens[start + 1].isWord && tokens[start + 1].capitalized ? start + 1 : start,
           first + 2 < i, tokens[first].isWord, tokens[first].capitalized,
           !isFirstName(tokens[first]), !QuoteLexicon.determiners.contains(tokens[first]), QuoteLexicon.pronouns[tokens[first]] == nil,
           lexicon.titles[QuoteAttributor.bare(tokens[first].lower)] == nil {
            if (first + 1..<i - 1).contains(where: { tokens[$0].lower == "its" }) { return true }
            var e = first + 1
            while e < i - 1, e - first < 5, tokens[e].isWord, tokens[e].capitalized { e += 1 }
            if e - first >= 2, e < i - 1, isOrganisationHead(tokens[e - 1]), QuoteAttributor.startsPredicate(tokens[e]) { return true }
        }
        // ("An independent watchdog is investigating. It said ...": a body described by its noun, that sentence's subject.)
        if let start = opening, describedBodySubject(tokens, start..<i) != nil { return true }
        guard let last = previous, last.sentence >= sentence - 2, let s = last.subject, s.upperBound <= i else { return false }
        // ("The Chinese embassy in London said ... It urged ...": an organisation's noun in the phrase.)
        if s.contains(where: { tokens[$0].isWord && !tokens[$0].capitalized && namesBody(QuoteAttributor.bare(tokens[$0].lower)) }) {
            return true
        }
        // ("Acme said it was good news. It warned ...": a name of one capitalised word, no first name, title or group, that
        // was never the last word of a longer name before it, as a person's surname would be: a body's.)
        // (Read back 2,000 tokens, an article's length: a long record asks for every such "it", and reading it whole each
        // time was quadratic.)
        if s.count == 1, case let w = tokens[s.lowerBound], w.isWord, w.capitalized, !isFirstName(w), QuoteLexicon.pronouns[w] == nil,
           lexicon.titles[QuoteAttributor.bare(w.lower)] == nil, lexicon.groups[QuoteAttributor.bare(w.lower)] == nil,
           !QuoteLexicon.determiners.contains(w), !lexicon.starters.contains(w),
           !(max(1, s.lowerBound - 2_000)..<max(1, s.lowerBound)).contains(where: { j in
               tokens[j].lower == w.lower && (tokens[j - 1].isWord && tokens[j - 1].capitalized
                   || j > 1 && tokens[j - 1].punct == UInt8(ascii: ".") && tokens[j - 2].capitalized) }) {
            return true
        }
        // (A capitalised name of two words or more that opens with no first name or title: no person's.)
        // ("The Campaign for Better Transport said ..., though it warned": an organisation's "for" or "of" inside it.)
        return s.count >= 2 && s.allSatisfy({ tokens[$0].isWord && (tokens[$0].capitalized
                || $0 > s.lowerBound && $0 + 1 < s.upperBound && QuoteAttributor.isOrganisationJoiner(tokens[$0])) })
            && !isFirstName(tokens[s.lowerBound])
            && lexicon.titles[QuoteAttributor.bare(tokens[s.lowerBound].lower)] == nil
    }

    /// A past verb with an object to take: a word in "-ed" longer than "shed" or "need", or an irregular past ("renewed",
    /// "blamed", "raised", "fired").
    @inline(__always) static func isPastVerb(_ t: Token) -> Bool {
        t.lower.endsWith("ed") && t.lower.utf8.count > 4 || irregularPast.contains(t)
    }

    /// The cue at `i` is in the past tense ("said", "asked", "told"). (A function of its own, like
    /// `isImperative`.)
    @inline(never)
    static func isPastForm(_ tokens: Tokens, at i: Int) -> Bool {
        tokens[i].lower.endsWith("ed") || irregularPast.contains(tokens[i]) || tokens[i].lower == "said" || tokens[i].lower == "told"
    }

    /// The word before the verb at `i`, past the adverbs between ("who rarely agree", "Gunmen also attacked").
    static func wordBeforeAdverbs(_ tokens: Tokens, verb i: Int, _ r: Range<Int>) -> Int {
        var k = i - 1
        while k > r.lowerBound, tokens[k].isWord, tokens[k].lower.endsWith("ly") || tokens[k].lower == "also" || tokens[k].lower == "often" { k -= 1 }
        return k
    }

    /// "who rarely agree": "who" or "which" right before the verb at `i`, past adverbs, is its subject.
    static func relativeSubjectOf(_ tokens: Tokens, verb i: Int, _ r: Range<Int>) -> Bool {
        let k = wordBeforeAdverbs(tokens, verb: i, r)
        return k >= r.lowerBound && (tokens[k].lower == "who" || tokens[k].lower == "which")
    }

    /// "Gunmen attacked the convoy", "Troops defended the town", "The jets blasted the bridge", "hailed a taxi":
    /// a verb of `physicalSenseVerbs` at `i` in its physical sense. The agent is armed (the word before the
    /// verb, past an adverb), or the object is a place, a vehicle or a title, or a comma then gives the
    /// act's toll ("..., killing three"). (Not inlined: `findCues` is long.)
    @inline(never)
    static func physicalSense(_ tokens: Tokens, verb i: Int, cueEnd: Int, _ r: Range<Int>) -> Bool {
        let agent = wordBeforeAdverbs(tokens, verb: i, r)
        if agent >= r.lowerBound, tokens[agent].isWord, armedAgents.contains(tokens[agent]) { return true }
        // (The object's head is the last word of its run, past a trailing adverb: "the bridge overnight",
        // not "the pipeline plan"; in lower case, so "the House" is the chamber.)
        let j = objectRunEnd(tokens, from: cueEnd, r)
        var head = j - 1
        while head > cueEnd, tokens[head].lower.endsWith("ly") || tokens[head].lower == "overnight" || tokens[head].lower == "again" { head -= 1 }
        if head >= cueEnd, tokens[head].isWord, !tokens[head].capitalized, physicalTargets.contains(tokens[head]) { return true }
        return j + 1 < r.upperBound && tokens[j].punct == UInt8(ascii: ",") && tollParticiples.contains(tokens[j + 1])
    }

    /// Where the run of words after a verb at `cueEnd` that holds its object ends: at the first mark or preposition, six
    /// words at most; with `pastQuantifierOf`, past the "of" after a quantifier ("several of those individuals").
    static func objectRunEnd(_ tokens: Tokens, from cueEnd: Int, _ r: Range<Int>, pastQuantifierOf: Bool = false) -> Int {
        var j = cueEnd
        while j < min(r.upperBound, cueEnd + 6), tokens[j].isWord, !purePrepositions.contains(tokens[j])
                || pastQuantifierOf && tokens[j].lower == "of" && j > cueEnd && quantifierPronouns.contains(tokens[j - 1]) { j += 1 }
        return j
    }

    /// The object of "question" from `cueEnd` is people: a personal pronoun, or the head of a run of up to six words (past
    /// a quantifier's "of") that names a person or people, "the driver", "two men", "several of those individuals"; not a
    /// plural possessive, "the officials' decision". (Not inlined: `findCues` is long.)
    @inline(never)
    func questionsPeople(_ tokens: Tokens, _ cueEnd: Int, _ r: Range<Int>) -> Bool {
        guard cueEnd < r.upperBound, tokens[cueEnd].isWord else { return false }
        if QuoteAttributor.personalObjects.contains(tokens[cueEnd]) { return true }
        let j = QuoteAttributor.objectRunEnd(tokens, from: cueEnd, r, pastQuantifierOf: true)
        guard j > cueEnd, j == r.upperBound || !QuoteAttributor.isPluralPossessive(tokens, j) else { return false }
        let head = tokens[j - 1]
        let w = QuoteAttributor.bare(head.lower)
        guard w.utf8.count == head.lower.utf8.count else { return false }  // ("the driver's account": a possessive.)
        return lexicon.groups[w] == "group" || QuoteAttributor.personNouns[w] != nil || lexicon.titles[w] != nil
            || QuoteAttributor.irregularPeoplePlurals.contains(head) || QuoteAttributor.questionedPeople.contains(head)
    }

    /// No "to", "that" or quotation in the few words after `cueEnd` ("threatening disruption before Christmas"),
    /// where a request would name what it asks ("urging ministers to act", "demanding that ..."). (Not inlined:
    /// `findCues` is long.)
    @inline(never)
    static func plainObjectFollows(_ tokens: Tokens, _ cueEnd: Int, _ r: Range<Int>) -> Bool {
        guard cueEnd < r.upperBound, !opensQuotation(tokens[cueEnd]) else { return false }
        // ("in the run-up to Christmas": "to" before a name or a determiner is a preposition.)
        return !scanRange(from: cueEnd, upTo: min(r.upperBound, cueEnd + 6)).contains(where: { k in
            tokens[k].lower == "to" && k + 1 < r.upperBound && tokens[k + 1].isWord && !tokens[k + 1].capitalized
                && !QuoteLexicon.determiners.contains(tokens[k + 1])
            || tokens[k].lower == "that" || tokens[k].isQuoteMark || tokens[k].punct == UInt8(ascii: ":") })
    }

    /// "called" or "named" at `i` right after a common noun with its determiner and before a name that a comma, a
    /// stop or the noun phrase's own helper verb closes: "a bus driver called Winston,", "a company named Acme Foods.",
    /// "a setting called Location History was". The name may stand in quotation marks, every word capitalised and four
    /// at most: "a setting called “Location History” was". (Not inlined: `findCues` is long.)
    @inline(never)
    static func namesTheNounBefore(_ tokens: Tokens, _ i: Int, _ r: Range<Int>) -> Bool {
        guard tokens[i].lower == "called" || tokens[i].lower == "named", i - 2 >= r.lowerBound, i + 1 < r.upperBound,
              tokens[i - 1].isWord, !tokens[i - 1].capitalized, QuoteLexicon.pronouns[tokens[i - 1]] == nil,
              (max(r.lowerBound, i - 4)..<(i - 1)).contains(where: { nounDeterminers.contains(tokens[$0]) }) else { return false }
        let quoted = i + 2 < r.upperBound && opensQuotation(tokens[i + 1])
        var k = quoted ? i + 2 : i + 1
        guard tokens[k].isWord, tokens[k].capitalized else { return false }
        while k < r.upperBound, tokens[k].isWord, tokens[k].capitalized { k += 1 }
        if quoted {
            // (A comma or a stop may stand inside the closing mark.)
            if k + 1 < r.upperBound, tokens[k].kind == .punct, tokens[k + 1].isQuoteMark { return k - (i + 2) <= 4 }
            guard k < r.upperBound, tokens[k].isQuoteMark, k - (i + 2) <= 4 else { return false }
            k += 1
        }
        return k == r.upperBound || tokens[k].punct == UInt8(ascii: ",") || tokens[k].punct == UInt8(ascii: ".")
            || tokens[k].isWord && !tokens[k].capitalized && QuoteLexicon.auxiliaries.contains(tokens[k])
    }

    /// The cue at `i` ends its sentence after a comma and a short subject: "Staff slept better, researchers found."
    /// Its content is the clause before, as after a quotation. (Not inlined: `findCues` is long.)
    /// (A modal or "not" before the verb makes a clause of its own: in "If fewer came, she said, it would not
    /// continue." the words after "she said," are her speech, not a report of the clause before.)
    @inline(never)
    static func closesAfterComma(_ tokens: Tokens, _ i: Int, cueEnd: Int, _ r: Range<Int>) -> Bool {
        var e = r.upperBound
        while e > cueEnd, tokens[e - 1].kind == .punct || tokens[e - 1].isQuoteMark { e -= 1 }
        // ("Revenue was unchanged, they found, while sickness fell": or a subordinate clause of the writer's follows its comma.)
        // ("Bees can count, a study has found, adding to evidence that ...": or a participle's phrase, after a subject that opens
        // with a determiner and holds no verb but helpers; not "as he deflected Republican attacks, including ...".)
        let participleAfter = cueEnd + 2 < r.upperBound && tokens[cueEnd].punct == UInt8(ascii: ",") && tokens[cueEnd + 1].isWord
            && !tokens[cueEnd + 1].capitalized && tokens[cueEnd + 1].lower.endsWith("ing")
        let writersClause = cueEnd + 2 < r.upperBound && tokens[cueEnd].punct == UInt8(ascii: ",")
            && QuoteAttributor.subordinators.contains(tokens[cueEnd + 1])
        guard e == cueEnd || writersClause || participleAfter, i - 2 > r.lowerBound,
              let c = (max(r.lowerBound, i - 6)..<i).last(where: { tokens[$0].punct == UInt8(ascii: ",") }),
              c > r.lowerBound, c + 1 < i else { return false }
        if participleAfter, !writersClause, e != cueEnd,
           !QuoteLexicon.determiners.contains(tokens[c + 1]) || (c + 1..<i).contains(where: { looksLikeVerb(tokens[$0]) && !QuoteLexicon.auxiliaries.contains(tokens[$0]) }) {
            return false
        }
        return (c + 1..<i).allSatisfy { tokens[$0].isWord && !QuoteAttributor.modalsAndFuture.contains(tokens[$0]) && !negations.contains(tokens[$0]) }
    }

    /// "would not comment", "did not elaborate", "did not immediately comment" at `i`. (A function of its own: its token
    /// reads, inside `findCues`' loop, made the compiler copy every token there whole.)
    @inline(never)
    static func commentNotGiven(_ tokens: Tokens, at i: Int, _ r: Range<Int>) -> Bool {
        guard i - 1 > r.lowerBound, commentForms.contains(tokens[i]) else { return false }
        var k = i - 1
        // ("did not immediately comment", "does not usually comment": past one adverb in "-ly".)
        if k - 1 > r.lowerBound, tokens[k].isWord, !tokens[k].capitalized, tokens[k].lower.endsWith("ly") { k -= 1 }
        return negations.contains(tokens[k])
    }

    static let anonymityLeadShapes = ShapeFilter(["not", "to", "for", "that"])
    static let commentForms: WordSet = ["comment", "comments", "commented", "commenting", "elaborate", "elaborated"]
    static let commentShapes = ShapeFilter(commentForms)
    /// Words that open a subject no one is in: "Neither side would say", "No one would say", "Nobody knew".
    static let negativeSubjects: WordSet = ["neither", "nobody", "none", "no"]
    /// The verb at `i` is denied: "not", "n't", "cannot" or "never" right before it, or before one "-ly" adverb and it
    /// ("could not independently verify").
    static func denied(_ tokens: Tokens, verbAt i: Int, _ r: Range<Int>) -> Bool {
        var k = i - 1
        if k > r.lowerBound, tokens[k].isWord, tokens[k].lower.endsWith("ly"), !tokens[k].capitalized { k -= 1 }
        guard k >= r.lowerBound, tokens[k].isWord else { return false }
        let w = tokens[k].lower
        return w == "not" || w == "never" || w == "cannot" || w.endsWith("n't")
    }

    /// Quantifiers of a whole, which "not" before them denies: "not everyone", "not all".
    static let wholeQuantifiers: WordSet = ["everyone", "everybody", "all", "every"]
    static let negations: WordSet = ["not", "never", "didn't", "won't", "wouldn't", "couldn't", "can't", "doesn't", "don't"]
    /// The `WordShape` key of "according", computed in place (a constant, not a lazily made static).
    @inline(__always) static var accordingShape: Int32 {
        WordShape.key(first: UInt8(ascii: "a"), second: UInt8(ascii: "c"), last: UInt8(ascii: "g"), length: 9)
    }
    /// The same for "words" ("..., in the words of one aide, ...").
    @inline(__always) static var wordsShape: Int32 {
        WordShape.key(first: UInt8(ascii: "w"), second: UInt8(ascii: "o"), last: UInt8(ascii: "s"), length: 5)
    }
    /// The same for "per" ("Per a team spokesperson, ...").
    @inline(__always) static var perShape: Int32 {
        WordShape.key(first: UInt8(ascii: "p"), second: UInt8(ascii: "e"), last: UInt8(ascii: "r"), length: 3)
    }
    static let useShapes = ShapeFilter(useForms)
    /// The `WordShape` keys of "without", "whoever", "who" and "is", computed in place like `accordingShape`.
    @inline(__always) static var withoutShape: Int32 {
        WordShape.key(first: UInt8(ascii: "w"), second: UInt8(ascii: "i"), last: UInt8(ascii: "t"), length: 7)
    }
    @inline(__always) static var whoeverShape: Int32 {
        WordShape.key(first: UInt8(ascii: "w"), second: UInt8(ascii: "h"), last: UInt8(ascii: "r"), length: 7)
    }
    @inline(__always) static var whoShape: Int32 {
        WordShape.key(first: UInt8(ascii: "w"), second: UInt8(ascii: "h"), last: UInt8(ascii: "o"), length: 3)
    }
    @inline(__always) static var isShape: Int32 {
        WordShape.key(first: UInt8(ascii: "i"), second: UInt8(ascii: "s"), last: UInt8(ascii: "s"), length: 2)
    }
    /// The same for "and" (names joined by it, a speaker's second act after it).
    @inline(__always) static var andShape: Int32 {
        WordShape.key(first: UInt8(ascii: "a"), second: UInt8(ascii: "n"), last: UInt8(ascii: "d"), length: 3)
    }
    /// "With those words", "With these remarks": what the quotation before was.
    static let closingWordNouns: WordSet = ["words", "remarks", "comments", "lines"]

    static let askedShape = WordShape.key("asked")

    /// The question put to the speaker, from "asked" to its comma, which reports no one's words:
    /// "Asked whether Lumen planned to make films, she said ...", or between commas after the subject,
    /// "Kulkarni, asked how he planned to celebrate, said ...".
    static func questionPut(_ tokens: Tokens, _ r: Range<Int>) -> Range<Int>? {
        // (By word shape first: this reads every token of every sentence.)
        let shape = askedShape
        guard r.count > 3, let asked = (r.lowerBound..<(r.upperBound - 2)).first(where: { k in
            tokens[k].shape == shape && tokens[k].lower == "asked" && (k == r.lowerBound && tokens[k].capitalized && afterAskedParticiple.contains(tokens[k + 1])
                || k > r.lowerBound && tokens[k - 1].punct == UInt8(ascii: ",") && questionOpeners.contains(tokens[k + 1]))
        }), let comma = scanRange(from: asked + 2, upTo: min(r.upperBound, asked + 40)).first(where: { tokens[$0].punct == UInt8(ascii: ",") }) else { return nil }
        return asked..<comma
    }

    /// Up to four words open the sentence before the verb at `i`, right after a quotation closed on its own "?" or "!":
    /// "“Why stop now?” Mr Tate laughed." A capitalised name there opens a sentence of its own.
    static func followsQuotedQuestion(_ tokens: Tokens, _ i: Int, _ r: Range<Int>) -> Bool {
        guard r.lowerBound >= 2, i - r.lowerBound <= 4, tokens[r.lowerBound - 1].isQuoteMark,
              tokens[r.lowerBound - 2].punct == UInt8(ascii: "?") || tokens[r.lowerBound - 2].punct == UInt8(ascii: "!") else { return false }
        return (r.lowerBound..<i).allSatisfy { tokens[$0].isWord }
    }

    /// The verb's base form at `i` sits between a singular word and a bare plural that a verb follows: "Insurance claim
    /// handlers said", "grand slam winners said". No subject agrees with it there, so it is a noun of the compound.
    func isNounBeforeBarePlural(_ tokens: Tokens, _ i: Int, _ r: Range<Int>) -> Bool {
        guard i > r.lowerBound, i + 2 < r.upperBound, case let before = tokens[i - 1], before.isWord, QuoteAttributor.looksSingular(before),
              !QuoteAttributor.quantifierPronouns.contains(before),
              lexicon.groups[QuoteAttributor.bare(before.lower)] == nil,
              case let plural = tokens[i + 1], plural.isWord, !plural.capitalized, plural.lower.looksPlural, lexicon.verbs[plural] == nil,
              case let verb = tokens[i + 2], verb.isWord, !verb.capitalized else { return false }
        return lexicon.verbs[verb] != nil || QuoteAttributor.finiteAuxiliaries.contains(verb) || QuoteAttributor.isPastVerb(verb)
    }

    /// A count of more than one: "4", "five", "dozens", "several".
    static func countsMoreThanOne(_ t: Token) -> Bool { t.kind == .number || numberWords.contains(t) && t.lower != "one" || manyWords.contains(t) }

    /// A word that names one of something, no plural nor a pronoun: "grand", "insurance", "court".
    static func looksSingular(_ t: Token) -> Bool {
        !t.lower.looksPlural && !unmarkedPlurals.contains(t) && !irregularPeoplePlurals.contains(t) && QuoteLexicon.pronouns[t] == nil
    }

    /// "her" at `k` right after a preposition, after `lower`: the pronoun's object, as "him" is, not a possessive ("A
    /// spokesman for her said", "A friend close to her told").
    static func isObjectHer(_ tokens: Tokens, _ k: Int, after lower: Int) -> Bool {
        tokens[k].lower == "her" && k > lower && purePrepositions.contains(tokens[k - 1])
    }

    /// `np` opens with a count of more than one ("three", "4", "dozens of", "several"), or follows one, and goes on only in
    /// lower-case singular words: "four other grand", "dozens of insurance". The count's plural noun is still to come.
    static func countAwaitsItsNoun(_ tokens: Tokens, _ np: Range<Int>, _ r: Range<Int>) -> Bool {
        var k: Int
        if countsMoreThanOne(tokens[np.lowerBound]), np.count >= 2 {
            k = np.lowerBound + 1
            if tokens[k].lower == "of" { k += 1 }
        } else if np.lowerBound > r.lowerBound, countsMoreThanOne(tokens[np.lowerBound - 1]) {
            k = np.lowerBound
        } else {
            return false
        }
        guard k < np.upperBound else { return false }
        return (k..<np.upperBound).allSatisfy { j in
            let t = tokens[j]
            return t.isWord && !t.capitalized && looksSingular(t) && !purePrepositions.contains(t) && !articles.contains(t)
        }
    }

    /// A preposition, an optional determiner and one or two words from `k`, then a finite helper or modal: "on Monday
    /// will", "for next month was", "in the budget would". (Not "on Monday the cuts would": a subject opens a clause.)
    static func helperAfterShortPhrase(_ tokens: Tokens, from k: Int, _ r: Range<Int>) -> Bool {
        guard k + 2 < r.upperBound, purePrepositions.contains(tokens[k]) else { return false }
        var j = k + 1
        if nounDeterminers.contains(tokens[j]) { j += 1 }
        let words = j
        while j < r.upperBound, j - words < 2, tokens[j].isWord, !finiteAuxiliaries.contains(tokens[j]),
              !nounDeterminers.contains(tokens[j]), QuoteLexicon.pronouns[tokens[j]] == nil { j += 1 }
        return j > words && j < r.upperBound && finiteAuxiliaries.contains(tokens[j])
    }

    /// The words of the clause that a participle after the comma at `i - 1` follows: back to the
    /// previous punctuation, at most 15 tokens.
    func clauseBeforeComma(_ tokens: Tokens, at i: Int, _ r: Range<Int>) -> Range<Int>? {
        guard i - 2 > r.lowerBound, tokens[i - 1].punct == UInt8(ascii: ",") else { return nil }
        var v = i - 2
        while v >= r.lowerBound, i - v <= 16, tokens[v].isWord || tokens[v].kind == .number { v -= 1 }
        return (v + 1)..<(i - 1)
    }

    /// ", emphasizing ..." after "would do well to target ...": a participle after a clause with a
    /// modal tells what someone might do, not what was said.
    /// ("said revenue would fall, adding that ...": not when a reporting verb before the modal makes its
    /// clause someone's speech; the participle goes on with that speaker.)
    func afterHypothetical(_ tokens: Tokens, at i: Int, _ r: Range<Int>) -> Bool {
        // (Not a modal in a relative clause about a noun: "blocked a bill that would have protected access, arguing".)
        func inRelativeClause(_ m: Int) -> Bool {
            // ("vetoed a bill on Friday that would have ...": a day may stand between the noun and "that".)
            m - 2 >= r.lowerBound && ["that", "which", "who"].contains(tokens[m - 1].lower) && tokens[m - 2].isWord
                && (!tokens[m - 2].capitalized || QuoteLexicon.calendarWords.contains(tokens[m - 2]))
                && !QuoteAttributor.looksLikeVerb(tokens[m - 2]) && !lexicon.isReportingVerb(tokens[m - 2])
        }
        guard let m = clauseBeforeComma(tokens, at: i, r)?.first(where: { QuoteAttributor.modals.contains(tokens[$0]) && !inRelativeClause($0) })
        else { return false }
        return !(r.lowerBound..<m).contains(where: { tokens[$0].isWord && !tokens[$0].capitalized && lexicon.isReportingVerb(tokens[$0]) })
    }

    /// ", saying ..." after a clause: the subject of that clause's verb, the nearest one before the
    /// comma ("the camera is facing the ground, and she becomes upset, shouting ..." is she; "The
    /// mayor resigned, saying ..." is the mayor). Nil when the clause has no verb with a subject.
    /// (A cue found in that clause counts as its verb with the subject found for it: "after the company
    /// forecast weaker sales, citing ..." is the company's.)
    func clauseBeforeCommaSubject(_ tokens: Tokens, at i: Int, _ r: Range<Int>, found: [Attribution] = []) -> Range<Int>? {
        guard let clause = clauseBeforeComma(tokens, at: i, r) else { return nil }
        // ("The bank cut its growth forecast, citing ...": a phrase opening with "its" after a lower-case word
        // that opens no clause is an object, and a word read as a verb after it a noun.)
        func isObject(_ s: Range<Int>) -> Bool {
            s.lowerBound > r.lowerBound && QuoteAttributor.possessivePronouns[tokens[s.lowerBound]] != nil
                && tokens[s.lowerBound - 1].isWord && !tokens[s.lowerBound - 1].capitalized
                && !QuoteAttributor.subordinators.contains(tokens[s.lowerBound - 1])
                && !QuoteAttributor.coordinators.contains(tokens[s.lowerBound - 1]) && tokens[s.lowerBound - 1].lower != "that"
        }
        // (A possessive in the cue's subject makes the cue's word likely a noun, "Burma's bipartisan appeal", unless the
        // subject ends on a speaker's noun: "The city's police chief defended the arrests, saying ..." is the chief's.)
        func possessiveBeforeNoun(_ s: Range<Int>) -> Bool {
            s.contains(where: { tokens[$0].lower.endsWith("'s") }) && !namesSpeaker(QuoteAttributor.bare(tokens[s.upperBound - 1].lower))
        }
        // ("Campaigners said it did not go far enough, arguing that ...": after a cue's content the
        // participle goes on with the cue's speaker, not with the subject inside the speech, unless a
        // clause of its own comes between: "..., and the council closed it, citing ...".)
        // (Not a relative clause's cue: "defend not paying an architect who said ..., saying" is the sentence's.)
        // ("Her lawyer said she would appeal, adding: ...": a cue inside an earlier cue's speech, its subject right after that
        // cue with no punctuation between, is part of what was said; the participle goes on with the one who said it.)
        // (The cue before it in `found`, a dozen words back at most: this runs for every participle, and a hostile sentence
        // of thousands of cues must not make it quadratic.)
        func embedded(at j: Int) -> Bool {
            guard j > 0, let cs = found[j].subject, case let e = found[j - 1], e.subject != nil, e.cueEnd <= cs.lowerBound,
                  cs.lowerBound - e.cueEnd <= 12 else { return false }
            return (e.cueEnd..<cs.lowerBound).allSatisfy({ tokens[$0].isWord })
        }
        // (The last cue before the participle that is no such cue, past at most eight that are.)
        var last = found.count - 1
        var skipped = 0
        while last >= 0, found[last].cueStart >= i - 1 || embedded(at: last) && skipped < 8 {
            if found[last].cueStart < i - 1 { skipped += 1 }
            last -= 1
        }
        if last >= 0, case let cue = found[last], !embedded(at: last), let s = cue.subject, s.upperBound <= cue.cueStart,
           !possessiveBeforeNoun(s), !isObject(s),
           !(cue.cueStart - 1 >= r.lowerBound && ["who", "which", "that"].contains(tokens[cue.cueStart - 1].lower)),
           !(cue.cueEnd..<max(cue.cueEnd, i - 1)).contains(where: { k in tokens[k].punct == UInt8(ascii: ";")
               || tokens[k].punct == UInt8(ascii: ",") && QuoteAttributor.coordinators.contains(tokens[k + 1]) }) { return s }
        for v in clause.reversed() where v > r.lowerBound {
            // (Not after a possessive, where the cue's word is likely a noun: "Burma's bipartisan appeal".)
            // (Nor a relative clause's cue: "an architect who said he was stiffed ..., saying" is the sentence's.)
            if let j = found.lastIndex(where: { $0.cueStart == v }), !embedded(at: j), case let cue = found[j], let s = cue.subject, s.upperBound <= v,
               !possessiveBeforeNoun(s), !isObject(s),
               !(QuoteAttributor.relativePronouns.contains(tokens[v - 1]) || tokens[v - 1].lower == "that") { return s }
            let t = tokens[v]
            let prev = tokens[v - 1]
            // A subject pronoun right before a verb ("she becomes", "he was").
            // ("implored her to bring it back, arguing ...": "it" is an object unless a verb follows it.)
            // (Not one opening a subordinate clause or a cue's speech, which the participle does not go on with:
            // "defended not paying an architect who said he was stiffed after he designed a clubhouse, saying".)
            if prev.isWord, ["he", "she", "they", "we", "i", "it"].contains(prev.lower), !t.capitalized,
               prev.lower != "it" || QuoteAttributor.startsPredicate(t) {
                if v - 2 >= r.lowerBound, QuoteAttributor.subordinators.contains(tokens[v - 2]) || found.contains(where: { $0.cueEnd == v - 1 }) {
                    continue
                }
                return (v - 1)..<v
            }
            // ("went further, saying": a helper's adverb right after a verb is that verb's, not a verb of its own.)
            if QuoteLexicon.auxiliaries.contains(t), !QuoteAttributor.finiteAuxiliaries.contains(t), QuoteAttributor.looksLikeVerb(prev) { continue }
            // ("The bank left its key rate unchanged, saying ...": a phrase right after a verb is its object,
            // and an "-ed" word after it an adjective; the subject is the earlier verb's.)
            if QuoteAttributor.startsPredicate(t), let s = leftSubject(tokens, before: v, r), s.upperBound == v,
               s.lowerBound == r.lowerBound || !QuoteAttributor.looksLikeVerb(tokens[s.lowerBound - 1]) || tokens[s.lowerBound - 1].capitalized,
               // ("A hiker who got lost on Ben Lomond thanked ..., saying": a name after a preposition is its
               // object, not the verb's subject.)
               s.lowerBound == r.lowerBound || !QuoteAttributor.purePrepositions.contains(tokens[s.lowerBound - 1]), !isObject(s) {
                // ("cancelled the event, hours before the gates were due to open, blaming a storm": nor a subordinate
                // clause's subject that cannot speak; "after the chipmaker cut its forecast, blaming ..." is the maker's.)
                if s.lowerBound > r.lowerBound, QuoteAttributor.subordinators.contains(tokens[s.lowerBound - 1]),
                   case let head = tokens[s.upperBound - 1], !head.capitalized, case let w = QuoteAttributor.bare(head.lower),
                   !namesSpeaker(w), !lexicon.bodies.isBusiness(w) { continue }
                return s
            }
        }
        return nil
    }

    /// The "-ed" cue at `i`, after "ever", follows a lower-case common noun: "the largest crowd ever recorded".
    /// (Not a pronoun: "the best he ever said" is his.)
    @inline(never)
    static func describesNounBeforeEver(_ tokens: Tokens, _ i: Int) -> Bool {
        let noun = tokens[i - 2]
        return tokens[i].lower.endsWith("ed") && noun.isWord && !noun.capitalized && QuoteLexicon.pronouns[noun] == nil
    }

    static let useForms: WordSet = ["use", "uses", "used", "using"]
    /// Verbs of judging something said or proposed, whose passive with an agent after "by" reports its subject: "The
    /// allegations were denied by the minister", "The plan was welcomed by campaigners".
    static let passiveReportLemmas: WordSet = ["deny", "reject", "dispute", "criticise", "criticize", "condemn", "denounce", "decry",
                                               "deplore", "rebuke", "censure", "ridicule", "mock", "deride", "castigate", "lambaste",
                                               "welcome", "praise", "hail", "commend", "applaud", "laud", "endorse", "oppose",
                                               "cite", "mention", "predict", "acknowledge", "propose"]

    /// Adverbs between a passive helper and its participle: "is not thought", "is often said", "was later asked".
    static let passiveAdverbs: WordSet = ["not", "often", "long", "also", "still", "now", "already", "never", "sometimes",
                                          "later", "earlier", "then", "again", "once", "first", "twice", "ever", "just"]
    static let wordNouns: WordSet = ["phrase", "term", "word", "words", "expression", "slogan", "label", "refrain", "line"]

    /// "used the phrase “Islamic terrorism”": "use" with a noun for words and a quotation right after
    /// it. The subject is the verb's; the content is the quotation.
    func usedWords(_ tokens: Tokens, at i: Int, _ r: Range<Int>, sentence: Int) -> Attribution? {
        guard i + 3 < r.upperBound, ["the", "that", "this", "a"].contains(tokens[i + 1].lower),
              QuoteAttributor.wordNouns.contains(tokens[i + 2]) else { return nil }
        var q = i + 3
        if tokens[q].punct == UInt8(ascii: ","), q + 1 < r.upperBound { q += 1 }
        guard QuoteAttributor.opensQuotation(tokens[q]),
              let close = scanRange(from: q + 1, upTo: min(r.upperBound, q + 16)).first(where: { tokens[$0].isQuoteMark }),
              let subject = leftSubject(tokens, before: i, r) else { return nil }
        var a = Attribution(cueStart: i, cueEnd: q, verb: QuoteLexicon.Verb(lemma: "use", framing: "neutral", needsThat: false),
                            subject: subject, sentence: sentence)
        a.fixedContent = q..<(close + 1)
        return a
    }

    /// "The Security Council issued a statement calling ...": a text someone just issued speaks for them.
    func issuer(_ tokens: Tokens, of np: Range<Int>, _ r: Range<Int>) -> Range<Int>? {
        guard np.count == 2, ["a", "an"].contains(tokens[np.lowerBound].lower), QuoteAttributor.issuedTexts.contains(tokens[np.upperBound - 1]),
              np.lowerBound - 1 > r.lowerBound, QuoteAttributor.looksLikeVerb(tokens[np.lowerBound - 1]),
              let s = leftSubject(tokens, before: np.lowerBound - 1, r), tokens[s.upperBound - 1].capitalized
                || lexicon.groups.contains(QuoteAttributor.bare(tokens[s.upperBound - 1].lower)) else { return nil }
        return s
    }

    /// The tokens from `s` to the verb at `i` are one appositive between commas that opens with a determiner or a
    /// possessive: ", its chief legal officer,". (Not a relative clause: ", who joked".)
    static func appositiveBetween(_ tokens: Tokens, _ s: Int, _ i: Int) -> Bool {
        s + 2 < i && tokens[s].punct == UInt8(ascii: ",") && tokens[i - 1].punct == UInt8(ascii: ",") && opensAppositive(tokens[s + 1])
    }

    /// A word an appositive after a name opens with: a determiner or a possessive ("the company's president", "its
    /// chief legal officer").
    static func opensAppositive(_ t: Token) -> Bool {
        nounDeterminers.contains(t) || possessivePronouns[t] != nil
    }

    /// "Ruth Ames and Tom Lee said": two names joined by "and" at the start of the clause speak
    /// together; the subject is both, not the second alone. (The caller checks that the verb
    /// follows the names: in "..., Patti LaBelle and Stevie Wonder, who joked", Wonder speaks.)
    func jointSubject(_ tokens: Tokens, _ np: Range<Int>, _ r: Range<Int>) -> Range<Int>? {
        // ("..., their union and the operator said": two determiner phrases after a comma speak together.)
        if np.lowerBound - 2 > r.lowerBound, tokens[np.lowerBound - 1].lower == "and",
           QuoteAttributor.nounDeterminers.contains(tokens[np.lowerBound]) || QuoteAttributor.possessivePronouns[tokens[np.lowerBound]] != nil {
            var s = np.lowerBound - 1
            while s > r.lowerBound, np.lowerBound - 1 - s < 4, tokens[s - 1].isWord, !tokens[s - 1].capitalized || QuoteAttributor.nounDeterminers.contains(tokens[s - 1]),
                  !QuoteAttributor.looksLikeVerb(tokens[s - 1]), tokens[s - 1].lower != "and" { s -= 1 }
            if s < np.lowerBound - 1, s > r.lowerBound, tokens[s - 1].punct == UInt8(ascii: ","),
               QuoteAttributor.nounDeterminers.contains(tokens[s]) || QuoteAttributor.possessivePronouns[tokens[s]] != nil {
                // ("The council, the company and the union said": a third determiner phrase opening the sentence before the
                // comma, of words and no verb, is one more of the list.)
                if s - 1 - r.lowerBound >= 2, s - 1 - r.lowerBound <= 5,
                   QuoteAttributor.nounDeterminers.contains(tokens[r.lowerBound]) || QuoteAttributor.possessivePronouns[tokens[r.lowerBound]] != nil,
                   (r.lowerBound..<(s - 1)).allSatisfy({ tokens[$0].isWord && !QuoteAttributor.looksLikeVerb(tokens[$0]) && lexicon.verbs[tokens[$0]] == nil
                       && !QuoteLexicon.auxiliaries.contains(tokens[$0]) }) {
                    return r.lowerBound..<np.upperBound
                }
                return s..<np.upperBound
            }
        }
        // ("Its chief executive, John Hale, and its research director, Duncan Simpson, wrote": two roles, each with its name
        // between commas; the two names speak together, from the first name.)
        if np.lowerBound - 4 > r.lowerBound, tokens[np.lowerBound - 1].punct == UInt8(ascii: ","), tokens[np.upperBound - 1].capitalized,
           let and = (max(r.lowerBound + 2, np.lowerBound - 6)..<(np.lowerBound - 1)).last(where: { tokens[$0].lower == "and" }),
           tokens[and - 1].punct == UInt8(ascii: ","), QuoteAttributor.opensAppositive(tokens[and + 1]),
           (and + 1..<np.lowerBound - 1).allSatisfy({ tokens[$0].isWord && !tokens[$0].capitalized && !QuoteAttributor.looksLikeVerb(tokens[$0])
               && lexicon.verbs[tokens[$0]] == nil }),
           let c = (max(r.lowerBound + 1, and - 6)..<(and - 1)).last(where: { !tokens[$0].isWord }), tokens[c].punct == UInt8(ascii: ","),
           c + 1 < and - 1, (c + 1..<and - 1).allSatisfy({ tokens[$0].isWord && tokens[$0].capitalized }),
           (r.lowerBound..<c).allSatisfy({ tokens[$0].isWord && !QuoteAttributor.looksLikeVerb(tokens[$0]) && lexicon.verbs[tokens[$0]] == nil }),
           QuoteAttributor.opensAppositive(tokens[r.lowerBound]) {
            return (c + 1)..<np.upperBound
        }
        // ("Nick Clegg, the company's president, and Jennifer Newstead, its chief legal officer, wrote": a name with its
        // appositive before ", and"; the appositive opens with a determiner or a possessive and holds no verb.)
        if np.lowerBound - 4 > r.lowerBound, tokens[np.lowerBound - 1].lower == "and", tokens[np.lowerBound - 2].punct == UInt8(ascii: ","),
           tokens[np.upperBound - 1].capitalized, QuoteLexicon.pronouns[tokens[np.upperBound - 1]] == nil,
           let c = (max(r.lowerBound + 1, np.lowerBound - 12)..<(np.lowerBound - 3)).last(where: { tokens[$0].punct == UInt8(ascii: ",") }),
           QuoteAttributor.opensAppositive(tokens[c + 1]),
           (c + 1..<np.lowerBound - 2).allSatisfy({ tokens[$0].isWord && !QuoteAttributor.looksLikeVerb(tokens[$0]) && lexicon.verbs[tokens[$0]] == nil
               && !QuoteLexicon.auxiliaries.contains(tokens[$0]) }),
           let first = leftSubject(tokens, before: c, r), first.upperBound == c, first.count >= 2,
           (first.lowerBound..<c).allSatisfy({ tokens[$0].isWord && tokens[$0].capitalized }),
           first.lowerBound == r.lowerBound || QuoteAttributor.closesQuotation(tokens, at: first.lowerBound - 1) {
            return first.lowerBound..<np.upperBound
        }
        // ("Mr. and Mrs. Hale said": two titles' abbreviations sharing one name.)
        if np.lowerBound - 3 >= r.lowerBound, tokens[np.lowerBound - 1].lower == "and", tokens[np.lowerBound - 2].punct == UInt8(ascii: "."),
           case let title = tokens[np.lowerBound - 3], title.capitalized, lexicon.titles[title] != nil, lexicon.titles[tokens[np.lowerBound]] != nil,
           np.lowerBound - 3 == r.lowerBound || !tokens[np.lowerBound - 4].isWord {
            return (np.lowerBound - 3)..<np.upperBound
        }
        if let group = groupJoinedToName(tokens, np, r) { return group }
        // ("Cruz and his aides signaled": a name and the people of that name's own, by a possessive.)
        let ownPeople = QuoteAttributor.possessivePronouns[tokens[np.lowerBound]] != nil && !tokens[np.upperBound - 1].capitalized
        // ("Reps. Elena Ruiz (D-Calif.), Marcus Hale (D-Ill.) and Dana Kim (D-Wash.) wrote": a member's party and state in
        // parentheses after each name.)
        // ("Dr. Haugen and her colleague Dr. Piet Vos said": past the second name's role after a possessive.)
        // ("The singer Amelia Rowe and the actor Daniel Pryce said", "Labour leader Tom Hale and Green leader Ann Reed said":
        // past the second name's role, and the first's opening the clause.)
        let secondRole = tokens[np.lowerBound].capitalized ? roleLead(tokens, before: np.lowerBound, r) : nil
        let and = tokens[np.lowerBound].capitalized
            ? QuoteAttributor.joinerBeforeOwnRole(tokens, np.lowerBound) ?? secondRole.map { $0 - 1 } ?? np.lowerBound - 1 : np.lowerBound - 1
        let last = QuoteAttributor.beforeParenthetical(tokens, np.upperBound - 1, r)
        guard and - 1 >= r.lowerBound, tokens[and].lower == "and", tokens[last].capitalized || ownPeople,
              QuoteLexicon.pronouns[tokens[last]] == nil,
              case let firstEnd = QuoteAttributor.beforeParenthetical(tokens, and - 1, r) + 1,
              var first = leftSubject(tokens, before: firstEnd, r), first.upperBound == firstEnd,
              tokens[first.upperBound - 1].capitalized, QuoteLexicon.pronouns[tokens[first.upperBound - 1]] == nil,
              // (Not a list of one person's roles: "chairman, CEO and president Craig Menear said".)
              secondRole == nil || lexicon.titles[tokens[first.upperBound - 1]] == nil else { return nil }
        // ("Work and Pensions Secretary Mel Stride said": nor the fields of one office, capitalised words with no first name or
        // title before "and", and a capitalised title after it before the holder's name.)
        if tokens[np.lowerBound].capitalized, lexicon.titles[QuoteAttributor.bare(tokens[np.lowerBound].lower)] == nil,
           lexicon.firstName(tokens[np.lowerBound]) == nil,
           scanRange(from: np.lowerBound + 1, upTo: np.upperBound - 1).contains(where: { tokens[$0].capitalized
               && lexicon.titles[QuoteAttributor.bare(tokens[$0].lower)] != nil }),
           first.allSatisfy({ tokens[$0].isWord && tokens[$0].capitalized && lexicon.firstName(tokens[$0]) == nil
               && lexicon.titles[QuoteAttributor.bare(tokens[$0].lower)] == nil }) { return nil }
        if secondRole != nil, let name = (first.lowerBound..<firstEnd).first(where: { tokens[$0].capitalized && lexicon.titles[tokens[$0]] == nil }),
           roleLead(tokens, before: name, r) == r.lowerBound {
            return name..<np.upperBound
        }
        // ("“...,” Nick Clegg and Jennifer Newstead wrote": or right after a quotation.)
        guard first.lowerBound == r.lowerBound || tokens[first.lowerBound - 1].punct == UInt8(ascii: ",")
                || QuoteAttributor.closesQuotation(tokens, at: first.lowerBound - 1)
                || first.lowerBound - 1 == r.lowerBound && lexicon.starters.contains(tokens[r.lowerBound]) else { return nil }
        // ("Elena Ruiz, Marcus Hale and Dana Kim wrote": the earlier names of a list, each a full name after a comma.)
        // (A dozen at most: this runs for every cue, and a hostile list of thousands of names would make a sentence quadratic.)
        var items = 0
        while items < 12, first.lowerBound - 2 > r.lowerBound, tokens[first.lowerBound - 1].punct == UInt8(ascii: ","),
              case let end = QuoteAttributor.beforeParenthetical(tokens, first.lowerBound - 2, r) + 1,
              let item = leftSubject(tokens, before: end, r), item.upperBound == end, item.count >= 2,
              item.allSatisfy({ tokens[$0].isWord && tokens[$0].capitalized || tokens[$0].punct == UInt8(ascii: ".") }),
              // ("Reps. Elena Ruiz, ...": the list's plural title, abbreviated, goes with it.)
              case let opening = item.lowerBound - 2 >= r.lowerBound && tokens[item.lowerBound - 1].punct == UInt8(ascii: ".")
                && tokens[item.lowerBound - 2].isWord && tokens[item.lowerBound - 2].capitalized ? item.lowerBound - 2 : item.lowerBound,
              opening == r.lowerBound || tokens[opening - 1].punct == UInt8(ascii: ",") {
            first = opening..<item.upperBound
            items += 1
        }
        return first.lowerBound..<np.upperBound
    }

    /// "The Sudanese army and the Rapid Support Forces have both denied", "The police and Hamas said": a group's noun after
    /// a determiner that opens the clause (or follows a comma or a quotation), joined by "and" to the name `np`, speaks
    /// with it; the whole phrase from the determiner, or nil. (At most three words between the determiner and the
    /// noun, none a verb: "After the talks and Hamas said" opens with no determiner.)
    func groupJoinedToName(_ tokens: Tokens, _ np: Range<Int>, _ r: Range<Int>) -> Range<Int>? {
        guard tokens[np.upperBound - 1].capitalized, QuoteLexicon.pronouns[tokens[np.upperBound - 1]] == nil,
              np.lowerBound - 2 > r.lowerBound else { return nil }
        let and = tokens[np.lowerBound - 1].lower == "and" ? np.lowerBound - 1
            : QuoteAttributor.articles.contains(tokens[np.lowerBound - 1]) && np.lowerBound - 3 > r.lowerBound
                && tokens[np.lowerBound - 2].lower == "and" ? np.lowerBound - 2 : nil
        guard let and, tokens[and - 1].isWord, !tokens[and - 1].capitalized,
              lexicon.groups.contains(QuoteAttributor.bare(tokens[and - 1].lower)) else { return nil }
        var s = and - 1
        while s > r.lowerBound, and - s <= 4, !QuoteAttributor.nounDeterminers.contains(tokens[s]) {
            s -= 1
            guard tokens[s].isWord, tokens[s].lower != "and", !QuoteAttributor.looksLikeVerb(tokens[s]), lexicon.verbs[tokens[s]] == nil,
                  !QuoteAttributor.prepositions.contains(tokens[s]) else { return nil }
        }
        guard QuoteAttributor.nounDeterminers.contains(tokens[s]),
              s == r.lowerBound || tokens[s - 1].punct == UInt8(ascii: ",") || QuoteAttributor.closesQuotation(tokens, at: s - 1)
        else { return nil }
        return s..<np.upperBound
    }

    /// Where the role before the name at `nameStart` opens: "the actor" in "and the actor Daniel Pryce", "Green leader" in
    /// "and Green leader Ann Reed". Up to three words back, at least one a title and none a verb or "and"; nil if there is
    /// no such role.
    func roleLead(_ tokens: Tokens, before nameStart: Int, _ r: Range<Int>) -> Int? {
        var k = nameStart
        var role = false
        while k - 1 >= r.lowerBound, nameStart - k < 3, tokens[k - 1].isWord, tokens[k - 1].lower != "and",
              lexicon.verbs[tokens[k - 1]] == nil, !QuoteAttributor.looksLikeVerb(tokens[k - 1]) {
            k -= 1
            // ("the union Unison", "the charity Shelter": a body's noun right before its name is its role too; not "a group
            // of Republicans".)
            if !tokens[k].capitalized, lexicon.titles[QuoteAttributor.bare(tokens[k].lower)] != nil
                || k == nameStart - 1 && lexicon.groups[QuoteAttributor.bare(tokens[k].lower)] == "org" { role = true }
        }
        return role && k < nameStart ? k : nil
    }

    /// A comma stands right before `i`, or inside a closing quotation mark right before it: "would “reward aggression,”
    /// adding that ...".
    static func followsComma(_ tokens: Tokens, _ i: Int, _ r: Range<Int>) -> Bool {
        guard i > r.lowerBound else { return false }
        if tokens[i - 1].punct == UInt8(ascii: ",") { return true }
        return i - 2 >= r.lowerBound && QuoteAttributor.closesQuotation(tokens, at: i - 1) && tokens[i - 2].punct == UInt8(ascii: ",")
    }

    /// The last token before a parenthetical that ends at `k` ("Dana Kim (D-Wash.)": the name's last word), or `k` itself
    /// when no short parenthetical ends there.
    static func beforeParenthetical(_ tokens: Tokens, _ k: Int, _ r: Range<Int>) -> Int {
        guard k > r.lowerBound, tokens[k].punct == UInt8(ascii: ")"),
              let open = (max(r.lowerBound, k - 8)..<k).last(where: { tokens[$0].punct == UInt8(ascii: "(") }), open - 1 >= r.lowerBound
        else { return k }
        return open - 1
    }

    /// The agent after "by" at `from`: a speaker phrase ("a senior civil servant", "Sen. Ruth Ames"), else the words up
    /// to punctuation or a preposition, at most six: "fellow physicians".
    func agentPhrase(_ tokens: Tokens, from: Int, _ r: Range<Int>) -> Range<Int>? {
        if let np = forwardPhrase(tokens, from: from, r, commonNouns: true) { return np }
        var e = from
        // ("by dozens of papers ranging from ...": nor a participle after the noun.)
        // ("by savers' groups but criticised by ...": a plural's possessive apostrophe owns the noun after it, and a
        // coordinator ends the phrase.)
        while e < r.upperBound, e - from < 6, tokens[e].isWord || e > from && QuoteAttributor.isPluralPossessive(tokens, e),
              !QuoteAttributor.purePrepositions.contains(tokens[e]), !QuoteAttributor.coordinators.contains(tokens[e]),
              !QuoteAttributor.subordinators.contains(tokens[e]),
              !(e > from && !tokens[e].capitalized && tokens[e].lower.utf8.count > 4 && tokens[e].lower.endsWith("ing")) { e += 1 }
        return e > from && e - from < 6 ? from..<e : nil
    }
    /// The agent after "by" at `from`, going on past a count's "of": "by dozens of papers". (Not past a ground, "by critics
    /// of promoting ...".)
    func countedAgent(_ tokens: Tokens, from: Int, _ r: Range<Int>) -> Range<Int>? {
        guard let np = agentPhrase(tokens, from: from, r) else { return nil }
        if np.count == 1, np.upperBound + 1 < r.upperBound, tokens[np.upperBound].lower == "of", !QuoteAttributor.opensGround(tokens, at: np.upperBound, r),
           let counted = agentPhrase(tokens, from: np.upperBound + 1, r) {
            return np.lowerBound..<counted.upperBound
        }
        return np
    }

    /// A ground for a judgement opens at `k`, after its agent: "for its cost", "of promoting ..." (criticised by teachers for,
    /// accused by critics of).
    static func opensGround(_ tokens: Tokens, at k: Int, _ r: Range<Int>) -> Bool {
        k < r.upperBound && (tokens[k].lower == "for" || tokens[k].lower == "of" && k + 1 < r.upperBound && tokens[k + 1].lower.endsWith("ing"))
    }

    /// "when Trump, after railing against ..., produced": a participle phrase set off by commas
    /// inside a clause belongs to the name right before it.
    func interruptingSubject(_ tokens: Tokens, at i: Int, _ r: Range<Int>) -> Range<Int>? {
        guard i - 2 > r.lowerBound, QuoteAttributor.participleLeaders.contains(tokens[i - 1]),
              tokens[i - 2].punct == UInt8(ascii: ","), let np = subject(tokens, r, endingAtComma: i - 2),
              tokens[np.upperBound - 1].capitalized || QuoteLexicon.pronouns[tokens[np.upperBound - 1]] != nil else { return nil }
        return np
    }

    /// A person right after `cueEnd`, an object pronoun or up to three capitalised words, then a reporting verb's "-ing"
    /// form: "her telling members", "Ann Lee saying".
    func showsSomeoneSpeaking(_ tokens: Tokens, _ cueEnd: Int, _ r: Range<Int>) -> Bool {
        var j = cueEnd
        if j < r.upperBound, QuoteAttributor.objectPronouns[tokens[j]] != nil || tokens[j].lower == "her" {
            j += 1
        } else {
            while j < r.upperBound, j - cueEnd < 3, tokens[j].isWord, tokens[j].capitalized { j += 1 }
        }
        return j > cueEnd && j < r.upperBound && tokens[j].isWord && tokens[j].lower.endsWith("ing") && lexicon.isReportingVerb(tokens[j])
    }

    /// The record speaking through an evidence verb: the first record noun of the verb's clause
    /// ("Data from the 2014 survey show", "A USA TODAY analysis of super PACs that ... shows"),
    /// with its determiner and modifiers. Nil when the clause names no record.
    func recordSubject(_ tokens: Tokens, before i: Int, _ r: Range<Int>) -> Range<Int>? {
        // ("checked the Tribune, which keeps a tally, and found ...": a coordinated verb shares the
        // sentence's subject.)
        if i > r.lowerBound, ["and", "but", "or"].contains(tokens[i - 1].lower) { return nil }
        // ("The police released the video. It shows an officer ...": "it" opening its clause stands for a
        // record named just before.)
        if i - 1 >= r.lowerBound, tokens[i - 1].lower == "it", i - 1 == r.lowerBound || !tokens[i - 2].isWord,
           (max(0, i - 41)..<(i - 1)).contains(where: { tokens[$0].isWord && QuoteAttributor.records.contains(tokens[$0]) }) {
            return (i - 1)..<i
        }
        // ("Scientists analysing data say they have found ...": a personal pronoun right before the verb
        // group is its subject; a record further back is another clause's.)
        var v = i - 1
        while v > r.lowerBound, tokens[v].isWord, QuoteLexicon.auxiliaries.contains(tokens[v]) { v -= 1 }
        if v >= r.lowerBound, QuoteAttributor.nominativePronouns.contains(tokens[v]), tokens[v].lower != "it" { return nil }
        // ("Bees can be trained to count up to four objects, a study has found": a record right before the verb group in a
        // short phrase after a comma is the subject of a verb trailing what it found; a record word before the comma,
        // "count", is in the finding.)
        if v > r.lowerBound + 1, QuoteAttributor.records.contains(QuoteAttributor.bare(tokens[v].lower)),
           let c = (max(r.lowerBound + 1, v - 4)..<v).last(where: { !tokens[$0].isWord }), tokens[c].punct == UInt8(ascii: ","),
           QuoteLexicon.determiners.contains(tokens[c + 1]),
           (c + 1..<v).allSatisfy({ tokens[$0].isWord && !tokens[$0].capitalized && lexicon.verbs[tokens[$0]] == nil }) {
            return (c + 1)..<(v + 1)
        }
        var k = i - 1
        var record: Int? = nil
        while k >= r.lowerBound, i - k <= 30 {
            let t = tokens[k]
            if t.punct == UInt8(ascii: ";") || t.punct == UInt8(ascii: ":") { break }
            if t.isWord {
                if QuoteAttributor.subordinators.contains(t) || t.lower == "that" && k + 1 < i && !tokens[k + 1].isWord { break }
                // ("Karen Holt, who led the investigation, said the family had shown ...": a verb of saying before the verb
                // opens the clause it reports; a record before it is the speaker's clause's. Not one in brackets: "A poll has
                // lower numbers (44 percent say ...), but also shows".)
                // ("The review's author, Jane Parry, wrote that the case showed ...": so does any reporting verb before "that".)
                if lexicon.mayBeVerb(t), let verb = lexicon.verbs[t],
                   verb.lemma == "say" || verb.lemma == "tell" || !verb.evidenceObject && k + 1 < i && tokens[k + 1].lower == "that",
                   !(k + 1..<i).contains(where: { tokens[$0].punct == UInt8(ascii: ")") }) { break }
                // ("dismissed the results, saying internal polls showed a tie": a participle of speech after a
                // comma opens the clause; a record before it is another clause's.)
                if k > r.lowerBound, tokens[k - 1].punct == UInt8(ascii: ","), t.lower.endsWith("ing"), lexicon.verbs[t] != nil { break }
                // (", with RealClearPolitics showing her ahead": the phrase after "with" is the participle's subject.)
                if t.lower == "with", record == nil, k + 1 < i, (k + 1..<i).allSatisfy({ tokens[$0].isWord }) { return (k + 1)..<i }
                if QuoteAttributor.records.contains(QuoteAttributor.bare(t.lower)), !QuoteAttributor.isTimeSpan(tokens, k, r) { record = k }
            }
            k -= 1
        }
        guard let head = record else { return nil }
        // Its determiner and modifiers ("The latest Reuters/Ipsos opinion poll", "one study").
        var s = head
        while s - 1 >= r.lowerBound, head - s < 6, tokens[s - 1].isWord || tokens[s - 1].kind == .number || tokens[s - 1].punct == UInt8(ascii: "/"),
              !QuoteLexicon.phraseBreakers.contains(tokens[s - 1]) || QuoteLexicon.determiners.contains(tokens[s - 1]),
              !QuoteAttributor.prepositions.contains(tokens[s - 1]), !QuoteAttributor.absoluteOpeners.contains(tokens[s - 1]), tokens[s - 1].lower != "of",
              // ("Supporters cite research showing ...": a verb before the record is not its modifier; "the
              // published study" after a determiner is.)
              lexicon.verbs[tokens[s - 1]] == nil || tokens[s - 1].capitalized || s - 2 >= r.lowerBound && QuoteAttributor.opensNoun(tokens[s - 2]),
              // ("Police released dramatic video showing ...", "The council published figures showing ...": nor a past form
              // right after a name or a noun that may be its subject; "Newly released figures", "the leaked memo" keep theirs.)
              !(s - 2 >= r.lowerBound && QuoteAttributor.looksLikeVerb(tokens[s - 1]) && mayBeVerbsSubject(tokens[s - 2])) {
            s -= 1
            // (A modifier of the determiner list is no determiner itself: "a federal report", "an independent review"
            // take their article too.)
            if QuoteAttributor.nounDeterminers.contains(tokens[s])
                || QuoteLexicon.determiners.contains(tokens[s]) && !(s - 1 >= r.lowerBound && QuoteAttributor.articles.contains(tokens[s - 1])) { break }
        }
        while s < head, !tokens[s].isWord { s += 1 }  // ("USC Dornsife/Los Angeles Times poll": not from the slash.)
        // (Past the helpers before the verb: "A report by the Food Foundation has found".)
        var e = i
        while e - 1 > head, tokens[e - 1].isWord, !tokens[e - 1].capitalized, QuoteLexicon.auxiliaries.contains(tokens[e - 1]) { e -= 1 }
        // ("despite figures showing ...", ", with polls showing ...": a record opening an absolute phrase is its participle's
        // subject.)
        if s > r.lowerBound, e == head + 1, tokens[i].lower.endsWith("ing"), absoluteSubject(tokens, at: i, r)?.lowerBound == s {
            return s..<(head + 1)
        }
        // (A record inside a prepositional phrase is not the subject: "according to the poll, ...". Right before its verb
        // after a word that opens a clause, it is that clause's subject: "resigned after a report found he had lied".)
        if s > r.lowerBound, QuoteAttributor.prepositions.contains(tokens[s - 1]) || tokens[s - 1].lower == "of",
           !(e == head + 1 && QuoteAttributor.subordinators.contains(tokens[s - 1])) { return nil }
        // ("A report by the National Audit Office found": the record's named author goes with it, as
        // with "said", so the author speaks.)
        // ("Figures published by the Office for National Statistics showed": past a participle of publishing.)
        let by = head + 2 < e && QuoteAttributor.publishingParticiples.contains(tokens[head + 1]) ? head + 2 : head + 1
        if by + 1 < e, tokens[by].lower == "by" || tokens[by].lower == "from" {
            var n = tokens[by + 1].lower == "the" && by + 2 < e ? by + 2 : by + 1
            // ("by the trade publication Pollstar": past up to three lower-case words before the name.)
            while n + 1 < e, n - by <= 4, tokens[n].isWord, !tokens[n].capitalized { n += 1 }
            if (n..<e).allSatisfy({ tokens[$0].isWord && (tokens[$0].capitalized || $0 > n && QuoteAttributor.isOrganisationJoiner(tokens[$0])) }),
               tokens[e - 1].capitalized { return s..<e }
        }
        return s..<(head + 1)
    }

    /// "Taylor Swift posted on Twitter accusing ...", "Ames went on the radio urging ...": a participle of speech after an act
    /// done in order to speak and that act's place or object, with no comma between, takes the act's subject (as "took to
    /// Twitter to say" lends it to the infinitive), not the phrase up to the participle.
    func purposeActSubject(_ tokens: Tokens, at i: Int, _ r: Range<Int>) -> Range<Int>? {
        guard tokens[i].lower.endsWith("ing"), i - 2 > r.lowerBound,
              let p = scanRange(from: max(r.lowerBound + 1, i - 5), upTo: i - 1).last(where: { QuoteAttributor.purposeLenders.contains(tokens[$0]) }),
              (p + 1..<i).allSatisfy({ tokens[$0].isWord && lexicon.verbs[tokens[$0]] == nil && !QuoteAttributor.looksLikeVerb(tokens[$0]) })
        else { return nil }
        return leftSubject(tokens, before: p, r)
    }

    /// A word before a past form that may be that verb's subject: a name, a plural or a group's noun ("Police released",
    /// "The council published"); not a determiner, an adverb or another verb, after which the form describes a noun.
    func mayBeVerbsSubject(_ t: Token) -> Bool {
        guard t.isWord, !QuoteAttributor.nounDeterminers.contains(t), !QuoteAttributor.ownsNoun(t), !t.lower.endsWith("ly"),
              !QuoteAttributor.looksLikeVerb(t) else { return false }
        return t.capitalized || t.lower.looksPlural || lexicon.groups[QuoteAttributor.bare(t.lower)] != nil
    }

    /// "Observers around the country say": a base-form verb agrees with a plural, so when the phrase
    /// before it is singular and follows a preposition, the subject runs from the plural before that
    /// preposition. Nil when there is none.
    func pluralBeforePhrase(_ tokens: Tokens, _ np: Range<Int>, _ r: Range<Int>) -> Range<Int>? {
        let head = tokens[np.upperBound - 1]
        guard !head.capitalized, !head.lower.looksPlural, QuoteLexicon.pronouns[head] == nil,
              !QuoteAttributor.unmarkedPlurals.contains(head), np.lowerBound - 2 >= r.lowerBound else { return nil }
        func placePreposition(_ j: Int) -> Bool {
            QuoteAttributor.purePrepositions.contains(tokens[j]) || tokens[j].lower == "around" || tokens[j].lower == "across"
        }
        var p = np.lowerBound - 1
        // ("Teachers in Virginia and around the country say": two places joined by "and"; the plural comes before the
        // first, and only words of a place stand between it and "and".)
        if p - 3 >= r.lowerBound, tokens[p - 1].lower == "and",
           let q = (max(r.lowerBound + 1, p - 6)..<(p - 2)).last(where: { placePreposition($0) }),
           (q + 1..<(p - 1)).allSatisfy({ tokens[$0].isWord && lexicon.verbs[tokens[$0]] == nil && !QuoteAttributor.looksLikeVerb(tokens[$0])
               && !QuoteLexicon.auxiliaries.contains(tokens[$0]) && !QuoteLexicon.phraseBreakers.contains(tokens[$0]) }) {
            p = q
        }
        guard placePreposition(p), let plural = leftSubject(tokens, before: p, r), plural.upperBound == p,
              tokens[plural.upperBound - 1].lower.looksPlural || QuoteAttributor.unmarkedPlurals.contains(tokens[plural.upperBound - 1])
        else { return nil }
        return plural.lowerBound..<np.upperBound
    }

    /// "Council will not be bullied, says leader": a headline's bare role, one to three lower-case words
    /// with no determiner, closing the sentence right after an inverted "says" or "said" that follows a comma.
    func bareRoleClosing(_ tokens: Tokens, after i: Int, _ r: Range<Int>) -> Range<Int>? {
        // (After a comma, or a quotation closing with its own: "“We will not be bullied,” says council leader".)
        guard tokens[i].lower == "says" || tokens[i].lower == "said", i > r.lowerBound,
              tokens[i - 1].punct == UInt8(ascii: ",") || followsQuotation(tokens, i, r) else { return nil }
        var e = i + 1, words = 0
        // ("says Labour leader", "says French union leader": a party's, a people's or a body's name before the role.)
        while e < r.upperBound, e - i <= 2, tokens[e].isWord, tokens[e].capitalized { e += 1 }
        // ("says striking nurses' leader": a plural possessive's apostrophe inside the phrase.)
        while e < r.upperBound, words < 3 {
            if e > i + 1, QuoteAttributor.isPluralPossessive(tokens, e) {
                e += 1
                continue
            }
            // ("says report": a role noun that is also a reporting verb is the role.)
            guard tokens[e].isWord, !tokens[e].capitalized, lexicon.verbs[tokens[e]] == nil || QuoteAttributor.roleNouns.contains(tokens[e]),
                  !QuoteLexicon.phraseBreakers.contains(tokens[e]), !QuoteLexicon.determiners.contains(tokens[e]),
                  !QuoteAttributor.headlineLinks.contains(tokens[e]) else { break }
            e += 1
            words += 1
        }
        // (The sentence ends there, or a headline's clause follows: "... says council leader as row deepens".)
        guard words > 0, e == r.upperBound || tokens[e].punct == UInt8(ascii: ".") && e + 1 >= r.upperBound
                || !(e..<r.upperBound).contains(where: { !tokens[$0].isQuoteMark && tokens[$0].kind != .punct })
                || QuoteAttributor.headlineLinks.contains(tokens[e]) && e + 1 < r.upperBound && tokens[e + 1].isWord else { return nil }
        let head = tokens[e - 1]
        guard lexicon.titles[head] != nil || lexicon.groups[QuoteAttributor.bare(head.lower)] != nil || QuoteAttributor.roleNouns.contains(head) else { return nil }
        return (i + 1)..<e
    }

    /// A lower-case word of a bare role or its field: "head of police", "director of public health" (a modifier such as
    /// "health" may stand in the phrase; not an article, a pronoun, a helper, a reporting verb or a word that ends a phrase).
    func isBareRoleWord(_ t: Token) -> Bool {
        t.isWord && !t.capitalized && !lexicon.isReportingVerb(t) && !QuoteLexicon.auxiliaries.contains(t)
            && !QuoteLexicon.phraseBreakers.contains(t) && !QuoteAttributor.articles.contains(t) && QuoteLexicon.pronouns[t] == nil
    }

    /// The name after a bare role with its own "of" phrase, closing the clause after an inverted cue at `i`:
    /// "said head of reptiles Nora Quill", "says director of public health Omar Tilley". One or two role words,
    /// "of", one to three lower-case words, then two to five capitalised words and punctuation or the end.
    func roleOfPhraseClosing(_ tokens: Tokens, after i: Int, _ r: Range<Int>) -> Range<Int>? {
        var k = i + 1
        if k < r.upperBound, tokens[k].lower == "the" { k += 1 }
        let role = k
        while k < r.upperBound, k - role < 2, isBareRoleWord(tokens[k]) { k += 1 }
        guard k > role, k + 1 < r.upperBound, tokens[k].lower == "of" else { return nil }
        let field = k + 1
        k = field
        while k < r.upperBound, k - field < 3, isBareRoleWord(tokens[k]) { k += 1 }
        guard k > field, k < r.upperBound else { return nil }
        var e = k
        while e < r.upperBound, e - k < 5, tokens[e].isWord, tokens[e].capitalized { e += 1 }
        guard e - k >= 2, e == r.upperBound || tokens[e].kind == .punct,
              !QuoteLexicon.calendarWords.contains(QuoteAttributor.bare(tokens[k].lower)) else { return nil }
        return k..<e
    }

    /// Verbs whose past participle before "to be" or "to have" says what is believed of something, not who said it:
    /// "long thought to be impossible", "said to be the largest", "believed to have fled".
    static let raisingPassives: WordSet = ["think", "believe", "say", "report", "know", "consider", "understand", "fear",
                                           "estimate", "allege", "suspect", "rumour", "rumor"]

    /// Words that join a headline's second clause to its attribution ("... says leader as row deepens").
    static let headlineLinks: WordSet = ["as", "after", "amid", "while", "when", "before"]

    /// Role nouns a headline uses without an article ("says leader", "warns expert").
    static let roleNouns: WordSet = ["leader", "expert", "chief", "boss", "minister", "official", "report", "study", "survey", "poll",
                                     "doctor", "scientist", "economist", "analyst", "lawyer", "judge", "police", "mayor", "governor"]

    /// The phrase between "quoted" (or "cited") and "as" before a participle cue: "quoted Deputy
    /// Foreign Minister Oleg Varin as saying", "cited a senior official as saying". Words only, at
    /// most ten of them.
    func quotedAsSaying(_ tokens: Tokens, at i: Int, _ r: Range<Int>) -> Range<Int>? {
        guard tokens[i].lower.endsWith("ing"), i - 3 >= r.lowerBound, tokens[i - 1].lower == "as" else { return nil }
        var q = i - 2
        while q > r.lowerBound, i - q <= 12, !QuoteAttributor.quotingVerbs.contains(tokens[q]) {
            guard tokens[q].isWord || tokens[q].punct == UInt8(ascii: ".") else { return nil }
            q -= 1
        }
        // ("Pierce is quoted in the newsletter as saying": passive, the place where it was quoted comes
        // between; the sentence's subject speaks.)
        guard QuoteAttributor.quotingVerbs.contains(tokens[q]), q + 1 < i - 1, tokens[q + 1].isWord,
              !QuoteAttributor.purePrepositions.contains(tokens[q + 1]) else { return nil }
        return (q + 1)..<(i - 1)
    }

    static let quotingVerbs: WordSet = ["quoted", "quotes", "quoting", "quote", "cited", "cites", "citing", "cite"]

    /// "minutes" as a length of time, not a meeting's record: after a number or a quantity ("ten
    /// minutes", "within minutes") or before "later", "ago", "after", "before", "earlier".
    static func isTimeSpan(_ tokens: Tokens, _ k: Int, _ r: Range<Int>) -> Bool {
        guard tokens[k].lower == "minutes" else { return false }
        if k > r.lowerBound, tokens[k - 1].kind == .number || QuoteAttributor.numberWords.contains(tokens[k - 1])
            || ["few", "several", "within", "for", "in", "many"].contains(tokens[k - 1].lower) { return true }
        return k + 1 < r.upperBound && ["later", "ago", "after", "before", "earlier", "into"].contains(tokens[k + 1].lower)
    }

    /// Nouns that report speech before "that", with the verb whose framing they share.
    /// "Obama Says Museum Will Tell of ...", "Pier Will Close, Mayor Says": a headline's own cue.
    /// Names are not read in title case, so the speaker is the words before the verb, or those between
    /// the last comma and a closing verb; the rest of the line is the content. Only verbs that always
    /// report speech count ("Says", "Warns"), not ones whose object is the content ("Defends Pick"), nor
    /// "Agree", which in a headline takes a deal ("Leaders Agree Climate Fund Deal").
    func headlineCue(_ tokens: Tokens, _ r: Range<Int>, sentence: Int) -> Attribution? {
        var e = r.upperBound
        while e > r.lowerBound, tokens[e - 1].punct == UInt8(ascii: ".") || tokens[e - 1].punct == UInt8(ascii: ":") { e -= 1 }
        func verb(_ k: Int) -> QuoteLexicon.Verb? {
            guard tokens[k].isWord, tokens[k].capitalized, let v = lexicon.verbs[tokens[k]],
                  !v.needsThat, !v.objectContent, v.frame != .naming, v.frame != .intention, v.frame != .agreement else { return nil }
            return v
        }
        // "..., Lindsey Graham Says."
        // ("..., Landlords' Group Warns": a plural's possessive apostrophe too.)
        if e - r.lowerBound >= 5, let v = verb(e - 1),
           let c = (max(r.lowerBound + 2, e - 8)..<(e - 2)).last(where: { tokens[$0].punct == UInt8(ascii: ",") }),
           (c + 1..<(e - 1)).allSatisfy({ tokens[$0].isWord || tokens[$0].punct == UInt8(ascii: ".") || QuoteAttributor.isPluralPossessive(tokens, $0) }) {
            var a = Attribution(cueStart: e - 1, cueEnd: e, verb: v, subject: (c + 1)..<(e - 1), sentence: sentence)
            a.fixedContent = r.lowerBound..<c
            a.inHeadline = true
            return a
        }
        // "Obama Says African-American Museum Will Tell of ...".
        guard let k = scanRange(from: r.lowerBound + 1, upTo: min(e - 2, r.lowerBound + 5)).first(where: { verb($0) != nil }),
              (r.lowerBound..<k).allSatisfy({ tokens[$0].isWord || tokens[$0].punct == UInt8(ascii: ".") }),
              let v = verb(k) else { return nil }
        var a = Attribution(cueStart: k, cueEnd: k + 1, verb: v, subject: r.lowerBound..<k, sentence: sentence)
        a.fixedContent = (k + 1)..<e
        a.inHeadline = true
        return a
    }

    /// "(not) to be named|identified|quoted", "that ... not be named", "to remain anonymous", "for
    /// anonymity" at `k`.
    static func asksAnonymity(_ tokens: Tokens, _ k: Int, _ r: Range<Int>, request: Bool = true) -> Bool {
        // (By word shape first: this runs after every cue.)
        guard k < r.upperBound, anonymityLeadShapes.mayContain(tokens[k].shape) else { return false }
        func word(_ i: Int) -> Word { i < r.upperBound ? tokens[i].lower : .empty }
        if word(k) == "not", word(k + 1) == "to", word(k + 2) == "be" { return ["named", "identified", "quoted"].contains(word(k + 3)) }
        if word(k) == "to", word(k + 1) == "be" { return ["named", "identified", "quoted"].contains(word(k + 2)) }
        // ("asked that her company not be named"; after "said that" it is reported speech.)
        // ("asked that his surname not be used": or the name itself, not to be used or published.)
        if word(k) == "that", request, let n = scanRange(from: k + 1, upTo: min(r.upperBound, k + 6)).first(where: { tokens[$0].lower == "not" }) {
            guard word(n + 1) == "be" else { return false }
            if ["named", "identified", "quoted"].contains(word(n + 2)) { return true }
            return ["used", "published", "given", "disclosed", "revealed", "printed"].contains(word(n + 2))
                && (k + 1..<n).contains(where: { ["name", "surname", "names", "identity", "full"].contains(tokens[$0].lower) })
        }
        if word(k) == "to", word(k + 1) == "remain" || word(k + 1) == "stay" { return word(k + 2) == "anonymous" || word(k + 2) == "unnamed" }
        // ("who did not want to give her surname", "declined to reveal his identity": to give one's name, or not.)
        if word(k) == "to", QuoteAttributor.nameGivingVerbs.contains(word(k + 1)) {
            return (k + 2..<min(r.upperBound, k + 5)).contains(where: { QuoteAttributor.personalNameNouns.contains(tokens[$0]) })
        }
        return word(k) == "for" && word(k + 1) == "anonymity"
    }

    /// Verbs for giving one's name, after "to": "to give her surname".
    static let nameGivingVerbs: WordSet = ["give", "reveal", "disclose", "share", "provide", "publish", "use"]

    /// Nouns for the name one gives or keeps back: "her surname", "his full name", "their identities".
    static let personalNameNouns: WordSet = ["name", "names", "surname", "surnames", "identity", "identities"]

    static let speechNouns = WordMap<Word>(speechNounTable)
    private static let speechNounTable: [String: Word] = [
        "claim": "claim", "claims": "claim", "assertion": "assert", "argument": "argue", "insistence": "insist",
        "suggestion": "suggest", "statement": "state", "remark": "remark", "comment": "comment",
        "warning": "warn", "promise": "promise", "pledge": "pledge", "accusation": "accuse", "allegation": "allege",
        "contention": "contend", "emphasis": "emphasize", "admission": "admit", "denial": "deny",
        "prediction": "predict", "message": "say", "announcement": "announce", "vow": "vow", "boast": "boast",
        // Attitudes held and voiced ("Nervo's conclusion that ...", "his belief that ...").
        "belief": "believe", "conclusion": "conclude", "view": "view", "finding": "find", "fear": "fear", "hope": "hope",
        "assessment": "assess", "assurance": "assure", "acknowledgment": "acknowledge", "acknowledgement": "acknowledge", "charge": "charge", "complaint": "complain", "threat": "threaten",
        // "reports" only after a source word ("newspaper reports that ..."): with a possessor it is a record.
        "reports": "report", "allegations": "allege",
    ]

    /// Words naming who reported before a plural speech noun: "newspaper reports", "media reports".
    static let sourceModifiers: WordSet = ["newspaper", "media", "press", "news", "police", "intelligence", "court", "witness"]
    static let speechNounShapes = ShapeFilter(speechNouns.keys)
    /// Possessive determiners and the pronouns they stand for.
    static let possessivePronouns = WordMap<String>(["his": "he", "her": "she", "their": "they", "its": "it"])
    /// The pronoun a token is or stands for: a possessive determiner its pronoun's ("his" is "he"), an object pronoun too
    /// ("him"); nil for no pronoun.
    static func pronounOf(_ t: Token) -> QuoteLexicon.Pronoun? {
        QuoteLexicon.pronouns[possessivePronouns[t] ?? objectPronouns[t] ?? t.lower.description]
    }
    static let objectPronouns = WordMap<String>(["him": "he", "them": "they", "us": "we", "me": "i"])
    /// Personal pronouns in the object case, "her" too (also a possessive).
    static let personalObjects: WordSet = ["him", "her", "them", "us", "me"]

    /// "Trump's claim that ...", "Stumpf's repeated emphasis that ...", "his claim that ...": the
    /// possessor is the speaker and the clause after "that" the content. ("a claim that was
    /// rejected": a relative "that" reports nothing.)
    func nounCue(_ tokens: Tokens, at i: Int, _ r: Range<Int>, lemma: Word, sentence: Int) -> Attribution? {
        // ("Lee's view is that the tax is unfair": or "is" or "was" before "that"; the clause after it is the content.)
        let copula = i + 3 < r.upperBound && (tokens[i + 1].lower == "is" || tokens[i + 1].lower == "was") && tokens[i + 2].lower == "that"
        let that = copula ? i + 2 : i + 1
        guard that + 1 < r.upperBound, tokens[that].lower == "that", tokens[that + 1].isWord,
              !QuoteLexicon.auxiliaries.contains(tokens[that + 1]), !QuoteAttributor.looksLikePredicate(tokens[that + 1]),
              // ("Lee's view is that of a minority": a pronoun "that" before a preposition.)
              !(copula && QuoteAttributor.purePrepositions.contains(tokens[that + 1])) else { return nil }
        // Up to two modifiers stand between the possessor and the noun ("earlier", "repeated"); never a preposition
        // ("pressed her on claims that ...": "her" is the one pressed, and the claims are no one's here).
        var k = i - 1
        while k > r.lowerBound, i - k <= 2, tokens[k].isWord, !tokens[k].capitalized, !tokens[k].lower.endsWith("'s"),
              QuoteAttributor.possessivePronouns[tokens[k]] == nil, !QuoteAttributor.nounDeterminers.contains(tokens[k]),
              !QuoteAttributor.purePrepositions.contains(tokens[k]) { k -= 1 }
        guard k >= r.lowerBound, tokens[k].isWord else { return nil }
        // ("Mexico's best argument is that ...": a superlative makes the noun one that could be made, not one made.)
        if copula, (k + 1..<i).contains(where: { tokens[$0].lower.endsWith("est") && tokens[$0].lower != "latest" }) { return nil }
        // ("with their union warning that strikes will continue": a noun of people or a body before an "-ing" form is the
        // subject of the participle, not the modifier of a speech noun; "their final warning that" is a warning.)
        if tokens[i].lower.endsWith("ing"), (k + 1..<i).contains(where: { lexicon.groups[tokens[$0]] != nil || lexicon.titles[tokens[$0]] != nil
            || QuoteAttributor.personNouns[tokens[$0]] != nil }) { return nil }
        let subject: Range<Int>
        if i - 1 >= r.lowerBound, QuoteAttributor.sourceModifiers.contains(tokens[i - 1]), !tokens[i - 1].capitalized || i - 1 == r.lowerBound {
            // ("after newspaper reports that she had ...": a source word before the noun names who reported.)
            subject = (i - 1)..<(i + 1)
        } else {
            if tokens[i].lower == "reports" { return nil }  // (with a possessor, "reports" are records)
            var s = k
            if QuoteAttributor.possessivePronouns[tokens[k]] == nil {
                guard tokens[k].lower.endsWith("'s"),
                      tokens[k].capitalized || lexicon.groups[QuoteAttributor.bare(tokens[k].lower)] != nil else { return nil }
                // The rest of the name, or a place before a group ("Tulsa police's").
                while s - 1 >= r.lowerBound, k - s < 4, tokens[s - 1].isWord, tokens[s - 1].capitalized,
                      !QuoteLexicon.phraseBreakers.contains(tokens[s - 1]) { s -= 1 }
            }
            subject = s..<(k + 1)
        }
        let verb = QuoteLexicon.Verb(lemma: lemma, framing: lexicon.verbs[lemma]?.framing ?? "neutral", needsThat: false)
        var a = Attribution(cueStart: i, cueEnd: i + 1, verb: verb, subject: subject, sentence: sentence)
        a.noun = true
        if copula {
            var end = ContentBoundary.end(tokens, from: that + 1, to: r.upperBound) { hasClause(tokens, $0, $1) }
            while end > that + 2, QuoteAttributor.isSentenceStop(tokens, at: end - 1) { end -= 1 }
            a.fixedContent = (that + 1)..<end
        }
        return a
    }

    /// The subject without a contracted negative helper it ends with: "His aides haven't said" is
    /// said by "His aides". (Only the range is trimmed: reading the subject past the helper found
    /// other, wrong subjects.)
    @inline(never)
    static func withoutNegatedHelper(_ tokens: Tokens, _ subject: Range<Int>) -> Range<Int> {
        guard subject.count > 1, tokens[subject.upperBound - 1].lower.endsWith("n't") else { return subject }
        return subject.lowerBound..<(subject.upperBound - 1)
    }

    /// The first token from `k` (before `e`) that is no lower-case word opens a quotation: "call it a “gimmick”",
    /// "call the levy “a slow death”".
    static func quotationAfterLowerCase(_ tokens: Tokens, from k: Int, upTo e: Int) -> Bool {
        scanRange(from: k, upTo: e).first(where: { !tokens[$0].isWord || tokens[$0].capitalized }).map { opensQuotation(tokens[$0]) } ?? false
    }

    /// "thousands of pounds", "millions of dollars", "hundreds of thousands of euros": number words and "of" from `k`, then a
    /// currency's name.
    static func sumInWords(_ tokens: Tokens, from k: Int, _ r: Range<Int>) -> Bool {
        var j = k
        while j < r.upperBound, j - k < 6, tokens[j].isWord, isNumberWord(tokens[j].lower) || manyWords.contains(tokens[j]) || tokens[j].lower == "of" { j += 1 }
        return j > k + 1 && j < r.upperBound && tokens[j - 1].lower == "of" && currencyNames.contains(tokens[j])
    }

    /// Currencies named in words after a sum: "thousands of pounds".
    static let currencyNames: WordSet = ["pounds", "dollars", "euros", "yen", "rupees", "francs", "krona", "kronor", "pesos", "rand"]

    /// "seven", "Twenty-seven", "hundreds".
    static func isNumberWord(_ w: Word) -> Bool {
        guard let dash = w.utf8.lastIndex(of: UInt8(ascii: "-")) else { return numberWords.contains(w) }
        return numberWords.contains(w.dropFirst(dash + 1))
    }

    /// The noun phrase ending right before `c` ("and") opens with a determiner, with one to three lower-case words after it
    /// and no verb among them, and no participle before it: "the crossing's barriers", not "citing the costs".
    func joinsNounPhrase(_ tokens: Tokens, before c: Int, _ r: Range<Int>) -> Bool {
        var k = c - 1
        while k >= r.lowerBound, c - k <= 4 {
            let t = tokens[k]
            guard t.isWord, !t.capitalized || k == r.lowerBound else { return false }
            if QuoteAttributor.definiteDeterminers.contains(t) && k < c - 1 {
                return k == r.lowerBound || !tokens[k - 1].lower.endsWith("ing")
            }
            guard !QuoteAttributor.looksLikeVerb(t), !QuoteLexicon.auxiliaries.contains(t), lexicon.verbs[t] == nil || t.lower.endsWith("'s") else { return false }
            k -= 1
        }
        return false
    }

    /// The cue at `i` is an infinitive after a verb of causing and its object (`causedAgent`), and reports a clause after
    /// "that", a quotation or its particle's object: "prompting doctors to warn that ...", "to warn of a “crisis”".
    func causedSpeech(_ tokens: Tokens, at i: Int, _ r: Range<Int>, next: Word) -> Bool {
        guard i + 1 < r.upperBound, QuoteAttributor.causedAgent(tokens, before: i, r) != nil else { return false }
        return next == "that" || QuoteAttributor.opensQuotation(tokens[i + 1]) || lexicon.phrasal[tokens[i]]?[tokens[i + 1]] != nil
    }

    /// A verb form used as a noun or adjective: "the claims", "despite repeated warnings", "making
    /// remarks", "its earlier claim", "his latest remarks will", "Twenty-seven states led by".
    /// `baseForm`: the word is its verb's lemma ("comment", not "comments").
    func isNounForm(_ tokens: Tokens, at i: Int, _ r: Range<Int>, next: Word, baseForm: Bool) -> Bool {
        let w = tokens[i].lower
        // ("A sign outside the shop read: “...”": "read", whose past is its base form, before a colon or a
        // quotation is a text's verb, though a base form after a singular noun is mostly a noun; not
        // after a word praising a book, "a good read: ...".)
        if w == "read", i + 1 < r.upperBound, tokens[i + 1].punct == UInt8(ascii: ":") || QuoteAttributor.opensQuotation(tokens[i + 1]),
           !(i > r.lowerBound && QuoteAttributor.readQualities.contains(tokens[i - 1])) {
            return false
        }
        // ("the most telling contradiction": after a word of degree an "-ing" form is an adjective.)
        // ("production beat forecasts", "profits missed estimates": a plural after a verb of comparison is its object.)
        if i > r.lowerBound, w.endsWith("ing") && QuoteAttributor.degreeWords.contains(tokens[i - 1])
            || w.endsWith("s") && QuoteAttributor.comparisonVerbs.contains(tokens[i - 1]) { return true }
        // ("Some say the ...", "Several said that ...": after a quantifier standing alone, a form that
        // is not plural and opens a clause is the verb; "Several reported cases" keeps its noun.)
        if i > r.lowerBound, QuoteAttributor.isQuantifierAlone(tokens, at: i - 1, r), !w.endsWith("s"),
           !QuoteAttributor.auxiliaries.contains(next) {
            if baseForm || i + 1 >= r.upperBound || !tokens[i + 1].isWord { return false }
            let t = tokens[i + 1]
            if t.lower == "that" || QuoteLexicon.pronouns[t] != nil || QuoteAttributor.definiteDeterminers.contains(t) { return false }
            // ("in what many described as “...”": nor before "as" and a quotation.)
            if QuoteAttributor.asThenQuotation(tokens, i + 1, r) { return false }
        }
        if i > r.lowerBound {
            let prev = tokens[i - 1].lower
            // ("Officials said ... Another said it was over": "another" alone opening a clause is its subject, and a past
            // form after it the verb.)
            // ("One says she was bullied", "Another argues it was fair", "Each claims the other lied": so is "one",
            // "another" or "each", and a present form in "-s" after it (`looksPlural`'s test), which no noun's plural follows.)
            if prev == "another" && QuoteAttributor.isPastForm(tokens, at: i)
                || (prev == "one" || prev == "another" || prev == "each") && w.looksPlural,
               i - 1 == r.lowerBound || !tokens[i - 2].isWord || QuoteAttributor.butAnd.contains(tokens[i - 2]) { return false }
            // ("A spokesman for her said", "A friend close to her told": after a preposition "her" is its object, not a
            // possessive, and a form of "say" or "tell" after it is the verb.)
            if QuoteAttributor.sayForms.contains(tokens[i]), QuoteAttributor.isObjectHer(tokens, i - 1, after: r.lowerBound) { return false }
            // ("Minutes show her telling members", "A camera caught her saying": after a verb of seeing or hearing "her" is its
            // object, and the "-ing" form after it her speech's verb.)
            if prev == "her", w.endsWith("ing"), i - 2 >= r.lowerBound, QuoteAttributor.perceptionVerbs.contains(tokens[i - 2]) { return false }
            // ("continues to insist": after a verb lending its subject, "to" opens an infinitive.)
            // ("Residents who we spoke to said": a past form after a stranded "to" is the clause's verb.)
            // ("prompting doctors to warn that ...", "to warn of": nor after a verb of causing and its object, when the verb
            // reports a clause, a quotation or its particle's object; "forcing the recipients to answer other agencies" names
            // whom they answer.)
            // ("Members of the public say": not "the public", "the media", a plural of people.)
            // ("It was Tom Lee who first said", "He first said": "first" that tells when, before a past form; "the first
            // claims" keeps its noun.)
            if QuoteAttributor.beforeNouns.contains(tokens[i - 1]),
               !(i - 2 >= r.lowerBound && tokens[i - 2].lower == "the" && QuoteAttributor.unmarkedPlurals.contains(tokens[i - 1])),
               !(QuoteAttributor.isPastForm(tokens, at: i)
                   && QuoteAttributor.firstTellsWhen(tokens, i - 1, after: r.lowerBound)),
               prev != "to" || QuoteAttributor.subjectLender(tokens, before: i, r) == nil && !causedSpeech(tokens, at: i, r, next: next),
               !(prev == "to" && QuoteAttributor.isPastForm(tokens, at: i)) { return true }
            // "despite repeated warnings", "making remarks", "its earlier claim": after a preposition,
            // a participle or an adjective of time, a form that is not a gerund is a noun.
            if !w.endsWith("ing"), QuoteAttributor.beforeNounsUnlessGerund.contains(tokens[i - 1]) { return true }
            // ("The council's report estimates ...": after a possessive noun the form is a noun; "he's
            // said" and "it's claimed" are contractions of "has" and "is".)
            // ("The retailer Sainsbury's said": "said", "says" or "told" after a name in "'s" is its verb, a business's name.)
            if prev.endsWith("'s"), !tokens[i - 1].capitalized || i - 1 > r.lowerBound && !QuoteAttributor.sayForms.contains(tokens[i]),
               !QuoteAttributor.contractedSubjects.contains(tokens[i - 1]),
               !w.endsWith("ed"), !w.endsWith("ing") { return true }
            // ("Ministers ignored repeated warnings that ...", "faced repeated calls to resign": an "-ed" form
            // right after a past verb, before a noun, is an adjective.)
            if w.endsWith("ed"), !tokens[i - 1].capitalized, prev.endsWith("ed") && prev.utf8.count > 5 || QuoteAttributor.irregularPast.contains(tokens[i - 1]),
               !QuoteLexicon.auxiliaries.contains(tokens[i - 1]), i + 1 < r.upperBound, tokens[i + 1].isWord, !tokens[i + 1].capitalized,
               tokens[i + 1].lower != "that", tokens[i + 1].lower != "to", QuoteLexicon.pronouns[tokens[i + 1]] == nil,
               !QuoteLexicon.determiners.contains(tokens[i + 1]), !QuoteAttributor.prepositions.contains(tokens[i + 1]) { return true }
            // "It's worth noting that ...": the writer's aside.
            if prev == "worth" { return true }
            // ("the crossing's barriers and warning lights had been working": an "-ing" form after "and", joined to a noun
            // phrase a determiner opens, and before a lower-case noun, modifies that noun. "citing the costs and warning
            // that ..." has a participle before the determiner and "that" after the form.)
            if w.endsWith("ing"), prev == "and" || prev == "or", joinsNounPhrase(tokens, before: i - 1, r), i + 1 < r.upperBound,
               case let n = tokens[i + 1], n.isWord, !n.capitalized, !n.lower.endsWith("ing"),
               n.lower != "that", n.lower != "to", QuoteLexicon.pronouns[n] == nil, !QuoteLexicon.determiners.contains(n),
               !QuoteAttributor.prepositions.contains(n), !QuoteLexicon.auxiliaries.contains(n) { return true }
            // ("Russia's annexation of Crimea renewed fears along ...", "raised hopes", "dismissed claims": a plural a verb's
            // form shares, right after a past verb, is its object.)
            // (By its "-s" first: this runs for every candidate cue.)
            if w.endsWith("s"), !tokens[i - 1].capitalized, QuoteAttributor.nounlikePlurals.contains(tokens[i]),
               QuoteAttributor.isPastVerb(tokens[i - 1]), !QuoteLexicon.auxiliaries.contains(tokens[i - 1]) { return true }
            if w.endsWith("s"), w != "says", prev.utf8.count > 4, prev.endsWith("ing"), !tokens[i - 1].capitalized { return true }
            // (Three comparisons, not a list's `contains`: the list was built anew at every candidate cue.)
            // ("Stride earlier told the BBC ...", "He earlier said ...": an irregular past form after "earlier" is the verb,
            // the adverb standing between it and its subject.)
            if !w.endsWith("ing"), !w.endsWith("ed"), prev == "earlier" || prev == "initial" || prev == "original",
               prev != "earlier" || w != "said" && w != "told" && !QuoteAttributor.irregularPast.contains(tokens[i]) { return true }
            // ("an app that reads supermarket labels aloud": an "-s" form after a bare lower-case noun that a reporting verb's
            // form precedes is a plural noun, that verb's object.)
            if w.endsWith("s"), w != "says", i - 2 >= r.lowerBound, case let n = tokens[i - 1], n.isWord, !n.capitalized,
               !n.lower.endsWith("s"), QuoteLexicon.pronouns[n] == nil, !QuoteAttributor.nounDeterminers.contains(n),
               !QuoteAttributor.purePrepositions.contains(n), lexicon.verbs[n] == nil, !QuoteLexicon.phraseBreakers.contains(n),
               tokens[i - 2].isWord, !tokens[i - 2].capitalized, lexicon.verbs[tokens[i - 2]] != nil { return true }
        }
        // ("just like the angry tweets, these sites ...": an "-s" form after "like", "despite" or "amid", an
        // article and one word ends their object, a noun phrase. Not after "of" or "in", which a subject
        // holds: "Video of the incident shows".)
        if w.endsWith("s"), w != "says", i - 3 >= r.lowerBound, tokens[i - 1].isWord, !tokens[i - 1].capitalized,
           QuoteAttributor.articles.contains(tokens[i - 2]), ["like", "unlike", "despite", "amid"].contains(tokens[i - 3].lower) { return true }
        // ("A federal appeals court ruled": a form before "court" or "panel" names it.)
        // ("Nurse tells court she never harmed a baby": not before a clause's subject pronoun or "that"; the form tells.)
        if w.endsWith("s"), next == "court" || next == "courts" || next == "panel" || next == "process",
           !(i + 2 < r.upperBound && (QuoteAttributor.nominativePronouns.contains(tokens[i + 2]) || tokens[i + 2].lower == "that")) { return true }
        // "his latest remarks will ...", "battleground states could ...": a plural noun followed by its
        // verb. ("what the senators said was ..." keeps its verb.)
        if w.endsWith("s"), w != "says", QuoteAttributor.auxiliaries.contains(next) { return true }
        // ("... and forecasts called for low humidity", "forecasts showed that ...": so is one right before a past verb
        // and its preposition, "that" or determiner, when it opens its phrase; a present form is followed by a past one only
        // when the speech's subject is gapped, "policies that Trump argues allowed ...", and "warns increased spending" has
        // an adjective and its noun after it.)
        if w.endsWith("s"), w != "says", i + 2 < r.upperBound,
           i == r.lowerBound || !tokens[i - 1].isWord || QuoteAttributor.articles.contains(tokens[i - 1])
            || QuoteAttributor.butAnd.contains(tokens[i - 1]) || tokens[i - 1].lower == "or",
           case let v = tokens[i + 1], v.isWord, !v.capitalized,
           v.lower.endsWith("ed") || QuoteAttributor.irregularPast.contains(v) || v.lower == "said",
           case let after = tokens[i + 2], after.lower == "that" || QuoteAttributor.purePrepositions.contains(after)
            || QuoteLexicon.determiners.contains(after) { return true }
        // ("A red weather warning, meaning ...", "A weather warning is in place": an "-ing" form that is also a speech
        // noun, after a determiner and one to three lower-case words that are no verbs and name no one, before a comma, a
        // stop, a helper or a preposition that takes no speech, is that noun: "The flood warning was lifted", "An amber heat
        // health warning has been issued", "A severe weather warning for ice remains". "A spokesman warning that ..." names
        // someone and "the council warning of cuts" a body; "warning that", "warning of" and "warning about" take speech.)
        if w.endsWith("ing"), QuoteAttributor.speechNouns[tokens[i]] != nil, i - 2 >= r.lowerBound,
           let d = (max(r.lowerBound, i - 4)...(i - 2)).last(where: { QuoteAttributor.definiteDeterminers.contains(tokens[$0]) }),
           (d + 1..<i).allSatisfy({ k in
               let t = tokens[k], b = QuoteAttributor.bare(t.lower)
               return t.isWord && !t.capitalized && lexicon.verbs[t] == nil && !namesOneWhoSpeaks(b) }),
           i + 1 >= r.upperBound || QuoteAttributor.auxiliaries.contains(next)
               || tokens[i + 1].punct == UInt8(ascii: ",") || tokens[i + 1].punct == UInt8(ascii: ".")
               || QuoteAttributor.purePrepositions.contains(next) && next != "of" && next != "about" && next != "against" { return true }
        // ("the amounts pledged so far were not enough", "The sums promised are small": a past form right after a
        // determiner's noun that names no one, before a helper, with at most two adverbs of time between, describes the
        // noun, whose verb the helper is. "What the senators said was ..." has a speaker's noun before its verb.)
        if w.endsWith("ed") || QuoteAttributor.irregularPast.contains(tokens[i]), i - 2 >= r.lowerBound,
           case let n = tokens[i - 1], n.isWord, !n.capitalized, QuoteAttributor.articles.contains(tokens[i - 2]),
           QuoteLexicon.pronouns[n] == nil, !QuoteLexicon.auxiliaries.contains(n),
           !namesOneWhoSpeaks(QuoteAttributor.bare(n.lower)),
           let h = (i + 1..<min(r.upperBound, i + 4)).first(where: { !QuoteAttributor.participleTimeAdverbs.contains(tokens[$0]) }),
           QuoteAttributor.auxiliaries.contains(tokens[h]) { return true }
        // "an hourlong show that aired": a base form one word after "a" or "an" is a noun.
        // ("Scientists analysing data from an orbiter say": not when "a" or "an" opens a preposition's object
        // after the plural subject.)
        if baseForm, i - 2 >= r.lowerBound, tokens[i - 1].isWord, QuoteAttributor.singularDeterminers.contains(tokens[i - 2]),
           // ("recalled 80,000 vehicles over a software fault that ...": not after "over", which names a matter.)
           // ("Samples taken from the river show": nor when a participle stands between the plural and the preposition.)
           !(i - 4 >= r.lowerBound && QuoteAttributor.purePrepositions.contains(tokens[i - 3]) && tokens[i - 3].lower != "over"
             && (tokens[i - 4].isWord && (tokens[i - 4].lower.looksPlural || QuoteAttributor.unmarkedPlurals.contains(tokens[i - 4]))
                   && lexicon.verbs[tokens[i - 4]] == nil
                 || i - 5 >= r.lowerBound && QuoteAttributor.passiveParticipleAfterPlural(tokens, i - 4) && lexicon.verbs[tokens[i - 5]] == nil)) {
            return true
        }
        // "rated 32% of Republican claims as “false”": an "-s" form right before "as" is a plural noun.
        // (Not after a subject pronoun: "a novel, which she describes as “...”".)
        if w.endsWith("s"), w != "says", next == "as", !(i > r.lowerBound && QuoteAttributor.nominativePronouns.contains(tokens[i - 1])) { return true }
        // "his rubble comment was ...": a present form after a determiner and before a helper verb
        // is a noun too. ("meddling the congressman said is designed" keeps its past verb.)
        if baseForm, w != "say", QuoteAttributor.auxiliaries.contains(next),
           (max(r.lowerBound, i - 3)..<i).contains(where: { QuoteAttributor.nounDeterminers.contains(tokens[$0]) }) {
            return true
        }
        // "the most basic question: ...": a present verb needs a plural subject ("the officials
        // question", "the police say"), so a base form after a determiner and a singular word is a noun.
        // (Not after a function word, "and accuse the audience", nor inside a prepositional phrase,
        // "observers around the country say".)
        // (A verb closing its clause is no noun: "“...,” the notice read.")
        // ("The annual report, published by ...": only after a quotation; there a noun's comma opens its appositive.)
        let closesClause = (i + 1 >= r.upperBound || tokens[i + 1].punct == UInt8(ascii: ".") || tokens[i + 1].punct == UInt8(ascii: ","))
            && followsQuotation(tokens, i, r)
        // ("a full copy of the harbour report.": a base form needs a plural subject, so after a singular
        // head and its prepositional phrase it is a noun; "observers around the country say" keep their verb.)
        // (Not right after "who": "one of the residents who say" is the relative clause's verb.)
        if baseForm, i - 4 >= r.lowerBound, tokens[i - 1].isWord, !tokens[i - 1].capitalized, tokens[i - 1].lower != "who",
           let d = (max(r.lowerBound + 2, i - 3)..<(i - 1)).first(where: { QuoteAttributor.definiteDeterminers.contains(tokens[$0]) }),
           QuoteAttributor.purePrepositions.contains(tokens[d - 1]), tokens[d - 2].isWord, !tokens[d - 2].capitalized,
           !tokens[d - 2].lower.looksPlural, !QuoteAttributor.unmarkedPlurals.contains(tokens[d - 2]), lexicon.groups[tokens[d - 2]] == nil,
           // ("Nurses in Leeds and across the region say": "and" joins a second place to the plural's first.)
           tokens[d - 2].lower != "and", tokens[d - 2].lower != "or",
           // ("Scientists working on the orbiter say": a participle before the preposition heads no noun.)
           !(tokens[d - 2].lower.endsWith("ing") && tokens[d - 2].lower.utf8.count > 4),
           // ("Samples taken from the river show": nor a passive participle about a plural before it.)
           // ("People familiar with the matter say", "Sources close to the player say", "Those close to the prime minister
           // insist": nor an adjective of relation; "People with knowledge of the talks say": nor a noun after a plural's own
           // preposition.)
           !(d - 3 >= r.lowerBound && (QuoteAttributor.passiveParticipleAfterPlural(tokens, d - 2)
               || QuoteAttributor.relationAdjectives.contains(tokens[d - 2]) && isPeopleHead(tokens[d - 3])
               || d - 4 >= r.lowerBound && QuoteAttributor.purePrepositions.contains(tokens[d - 3]) && !QuoteAttributor.looksLikeVerb(tokens[d - 2])
                   && isPeopleHead(tokens[d - 4]))),
           QuoteLexicon.pronouns[tokens[d - 2]] == nil {
            return true
        }
        // ("The firm blamed weak demand for ...": so is one after a past verb and one singular word, the verb's object;
        // not after a plural, "the plant closed and workers demand", a particle or an adverb, "Workers laid off say",
        // "Those polled recently say".)
        if baseForm, i - 3 >= r.lowerBound, tokens[i - 1].isWord, tokens[i - 2].isWord, !tokens[i - 1].capitalized, !tokens[i - 2].capitalized,
           QuoteAttributor.isPastVerb(tokens[i - 2]),
           !tokens[i - 1].lower.looksPlural, !tokens[i - 1].lower.endsWith("ly"), !QuoteAttributor.unmarkedPlurals.contains(tokens[i - 1]),
           QuoteLexicon.pronouns[tokens[i - 1]] == nil, lexicon.groups[tokens[i - 1]] == nil,
           !QuoteAttributor.quantifierPronouns.contains(tokens[i - 1]), !QuoteAttributor.purePrepositions.contains(tokens[i - 1]),
           !QuoteAttributor.adverbsAfterParticiples.contains(tokens[i - 1]), !QuoteLexicon.auxiliaries.contains(tokens[i - 2]),
           !QuoteAttributor.relativePronouns.contains(tokens[i - 3]) {
            return true
        }
        if baseForm, !closesClause, i - 2 >= r.lowerBound, tokens[i - 1].isWord, !tokens[i - 1].capitalized {
            let prev = tokens[i - 1].lower
            if !prev.endsWith("s"), !prev.endsWith("ly"), QuoteLexicon.pronouns[tokens[i - 1]] == nil, lexicon.groups[tokens[i - 1]] == nil,
               !QuoteAttributor.unmarkedPlurals.contains(tokens[i - 1]), !QuoteAttributor.functionWordsBeforeVerbs.contains(tokens[i - 1]),
               !QuoteLexicon.auxiliaries.contains(tokens[i - 1]),
               // ("keep Labour's manifesto promise not to ...": a possessive stands as the determiner.)
               let d = (max(r.lowerBound, i - 3)..<(i - 1)).first(where: { QuoteAttributor.definiteDeterminers.contains(tokens[$0])
                   || tokens[$0].isWord && tokens[$0].lower.endsWith("'s") && !QuoteAttributor.contractedSubjects.contains(tokens[$0]) }),
               d == r.lowerBound || !QuoteAttributor.purePrepositions.contains(tokens[d - 1]) && tokens[d - 1].lower != "around",
               // ("Residents who signed the petition say": not the object of a relative clause's verb about the plural
               // before "who"; the base form is that plural's verb.)
               !(d - 3 >= r.lowerBound && tokens[d - 2].lower == "who" && QuoteAttributor.isPastVerb(tokens[d - 1])
                 && tokens[d - 3].isWord && (tokens[d - 3].lower.looksPlural || lexicon.groups[tokens[d - 3]] != nil)),
               // ("Astronomers using the telescope say": nor the object of a participle about the plural before it.)
               !(d - 2 >= r.lowerBound && tokens[d - 1].lower.endsWith("ing") && tokens[d - 1].lower.utf8.count > 4
                 && tokens[d - 2].isWord && (tokens[d - 2].lower.looksPlural || lexicon.groups[tokens[d - 2]] != nil)) {
                return true
            }
        }
        // "because of Pagliano's Fifth Amendment claims, ...": a preposition and a possessive open a noun
        // phrase, so an "-s" form closing it is a plural noun, never the verb of a clause.
        if w.endsWith("s"), w != "says" {
            var k = i - 1
            while k > r.lowerBound, k >= i - 5, tokens[k].isWord, !tokens[k].lower.endsWith("'s") { k -= 1 }
            if k > r.lowerBound, tokens[k].lower.endsWith("'s") {
                // ("because of Ruth Ames's Harbour Act claims": past the possessor's other names.)
                var p = k
                while p - 1 > r.lowerBound, k - p < 3, tokens[p - 1].isWord, tokens[p - 1].capitalized { p -= 1 }
                if QuoteAttributor.purePrepositions.contains(tokens[p - 1]) { return true }
            }
        }
        // ("demand from China cooled", "a call in the night": a base form right before a preposition is a noun.)
        // (Not after a modal, nor after the "to" of a verb or a plan that lends its subject, when a "that" follows the
        // preposition's phrase: "will say on Monday that", "is expected to say in her speech that". "will insist on being
        // himself" has no clause of speech.)
        if baseForm, QuoteAttributor.prepositionsAfterNouns.contains(next),
           !((i > r.lowerBound && QuoteAttributor.modalsAndFuture.contains(tokens[i - 1])
              || i - 2 >= r.lowerBound && tokens[i - 1].lower == "to"
                && (QuoteAttributor.plannedSpeechWords.contains(tokens[i - 2]) || QuoteAttributor.infinitiveLenders.contains(tokens[i - 2])))
             && QuoteAttributor.thatAfterWords(tokens, i + 1, r)) { return true }
        // ("should be alert to scam emails and calls.": an "-s" form joined to a plural by "and" or "or", closing the clause
        // with nothing of its own after it, is a plural noun too.)
        if w.endsWith("s"), w != "says", i - 2 >= r.lowerBound, tokens[i - 1].lower == "and" || tokens[i - 1].lower == "or",
           tokens[i - 2].isWord, !tokens[i - 2].capitalized, tokens[i - 2].lower.looksPlural,
           i + 1 >= r.upperBound || tokens[i + 1].punct == UInt8(ascii: ".") || tokens[i + 1].punct == UInt8(ascii: ",") { return true }
        // "Twenty-seven states led by ...": after a number, an "-s" form is a plural noun.
        // (Not after an age, which is a person: "The 62-year-old says business has never been worse".)
        if w.endsWith("s"), i > r.lowerBound, tokens[i - 1].kind == .number && !QuoteAttributor.isAge(tokens[i - 1])
            || QuoteAttributor.isNumberWord(tokens[i - 1].lower) { return true }
        return false
    }

    /// A participle whose subject is the sentence's: after a comma ("..., saying ..."), after
    /// "while", "before", "after", "by", or before "that" after a time or a plural noun ("a series
    /// of tweets early Friday saying that ...", "reports alleging that").
    func isSentenceParticiple(_ tokens: Tokens, at i: Int, _ r: Range<Int>, next: Word, request: Bool = false) -> Bool {
        // ("Saying the pier was unsafe, Ames closed it": a participle opening the sentence.)
        guard i > r.lowerBound else { return tokens[i].capitalized && (i + 1..<r.upperBound).contains { tokens[$0].punct == UInt8(ascii: ",") } }
        let prev = tokens[i - 1]
        if QuoteAttributor.followsComma(tokens, i, r) || QuoteAttributor.participleLeaders.contains(prev) { return true }
        // ("apologised on Thursday for saying ...", "was criticised for saying ...": "for" right after the
        // sentence's own past verb, past a time; not "thanked them for saying", nor after an infinitive,
        // "calls on Dean to apologize for suggesting", whose subject is another.)
        if prev.lower == "for", i - 2 > r.lowerBound {
            var v = i - 2
            if QuoteLexicon.calendarWords.contains(tokens[v]) || QuoteAttributor.timeNouns.contains(tokens[v]) {
                v -= 1
                while v > r.lowerBound, ["on", "last", "this", "earlier", "in"].contains(tokens[v].lower) { v -= 1 }
            }
            // ("was known for telling others ...", "is best known for saying ...": a word of reputation
            // after its copula lends its subject too.)
            // (With "that" close after: "known for telling others “he was in charge” ..., said another witness"
            // is another's sentence.)
            if QuoteAttributor.reputationWords.contains(tokens[v]), v - 1 > r.lowerBound,
               QuoteLexicon.auxiliaries.contains(tokens[v - 1]) || ["best", "well", "most"].contains(tokens[v - 1].lower),
               scanRange(from: i + 1, upTo: min(r.upperBound, i + 4)).contains(where: { tokens[$0].lower == "that" }) { return true }
            return tokens[v].isWord && !tokens[v].capitalized && QuoteAttributor.looksLikeVerb(tokens[v])
                && (v == r.lowerBound || tokens[v - 1].lower != "to")
        }
        if absoluteSubject(tokens, at: i, r) != nil { return true }
        // ("was quoted as saying", "is on record as saying": the sentence's subject said it.)
        // ("is quoted in the city's newsletter as saying": past where it was quoted.)
        if prev.lower == "as", i - 2 >= r.lowerBound, tokens[i - 2].lower == "quoted" || tokens[i - 2].lower == "record"
            || (max(r.lowerBound, i - 10)..<(i - 2)).last(where: { !tokens[$0].isWord || tokens[$0].lower == "quoted" })
                .map({ tokens[$0].lower == "quoted" && QuoteAttributor.purePrepositions.contains(tokens[$0 + 1]) }) == true { return true }
        // ("have signed an open letter urging ...", "posted a video saying ...": a text the sentence's own past
        // verb put out says what its authors say.)
        // ("signed a letter to the health secretary warning ...": the text's addressee may come between.)
        // (Not a text the subject received, "has received letters asking for a refund", nor one after a preposition,
        // "warned of emails asking for bank details": whoever wrote those speaks through them.)
        if let text = textBeforeParticiple(tokens, at: i, r) {
            if let v = (max(r.lowerBound, text - 4)..<text).last(where: { !tokens[$0].isWord || !(QuoteAttributor.articles.contains(tokens[$0])
                   || !tokens[$0].capitalized && lexicon.verbs[tokens[$0]] == nil && !QuoteAttributor.looksLikeVerb(tokens[$0])
                       && !QuoteAttributor.purePrepositions.contains(tokens[$0])) }),
               tokens[v].isWord, !tokens[v].capitalized, tokens[v].lower.endsWith("ed") || QuoteAttributor.irregularPast.contains(tokens[v]) {
                // ("noted published reports alleging that ...": a participle right after another verb describes the text.)
                let modifier = v - 1 >= r.lowerBound && tokens[v - 1].isWord && !tokens[v - 1].capitalized
                    && (QuoteAttributor.looksLikeVerb(tokens[v - 1]) || lexicon.verbs[tokens[v - 1]] != nil)
                return !modifier && !QuoteAttributor.receivingParticiples.contains(tokens[v])
            }
            if text + 1 == i, (max(r.lowerBound, text - 4)..<text).contains(where: { QuoteAttributor.purePrepositions.contains(tokens[$0])
                || QuoteAttributor.receivingParticiples.contains(tokens[$0]) }) { return false }
        }
        // ("wrote to the minister on Monday asking for a meeting", "... Tuesday urging them to return": a
        // request needs no "that".)
        guard next == "that" || request, prev.isWord, !QuoteLexicon.phraseBreakers.contains(prev),
              !QuoteAttributor.beforeNounsUnlessGerund.contains(prev) else { return false }
        // ("said signs warning of cold water had been put up": a plural just after a reporting verb opens
        // its reported clause; the participle describes it.)
        return QuoteLexicon.calendarWords.contains(prev) || QuoteAttributor.timeNouns.contains(prev)
            || (prev.lower.endsWith("s") && !prev.capitalized
                && !(max(r.lowerBound, i - 4)..<(i - 1)).contains(where: { tokens[$0].isWord && lexicon.isReportingVerb(tokens[$0]) }))
    }

    /// `np`, right before the participle at `i`, is the object of a verb's "to" ("written to the Cabinet Office asking"):
    /// the one written or spoken to, not the participle's subject.
    func listenerBeforeParticiple(_ tokens: Tokens, _ np: Range<Int>, at i: Int, _ r: Range<Int>) -> Bool {
        guard np.upperBound == i, np.lowerBound - 2 >= r.lowerBound else { return false }
        let to = tokens[np.lowerBound - 1].lower == "the" ? np.lowerBound - 2 : np.lowerBound - 1
        guard to - 1 >= r.lowerBound, tokens[to].lower == "to", case let verb = tokens[to - 1], verb.isWord, !verb.capitalized else { return false }
        return QuoteAttributor.looksLikeVerb(verb) || lexicon.verbs[verb] != nil
    }

    /// The text noun ("letter", "video") right before the participle at `i`, or before a short phrase of its
    /// addressee ("a letter to the health secretary warning"): a preposition and at most four words, no verb.
    func textBeforeParticiple(_ tokens: Tokens, at i: Int, _ r: Range<Int>) -> Int? {
        // ("sent letters asking": a plural too.)
        func isText(_ t: Token) -> Bool {
            let w = t.lower.looksPlural ? t.lower.dropLast() : t.lower
            return QuoteAttributor.issuedTexts.contains(w) || QuoteAttributor.postedTexts.contains(w)
        }
        guard i - 1 > r.lowerBound else { return nil }
        if isText(tokens[i - 1]) { return i - 1 }
        guard let p = (max(r.lowerBound + 1, i - 6)..<(i - 1)).last(where: { tokens[$0].lower == "to" || tokens[$0].lower == "for"
                  || tokens[$0].lower == "from" }),
              isText(tokens[p - 1]),
              (p + 1..<i).allSatisfy({ tokens[$0].isWord && !QuoteLexicon.phraseBreakers.contains(tokens[$0])
                  && lexicon.verbs[tokens[$0]] == nil && !QuoteAttributor.looksLikeVerb(tokens[$0]) }) else { return nil }
        return p - 1
    }

    /// Who speaks through the participle at `i`: the subject of an absolute phrase, one interrupting the
    /// sentence or one before a comma, else the sentence's subject or the last cue's.
    func participleSubject(_ tokens: Tokens, at i: Int, _ r: Range<Int>, found: [Attribution]) -> Range<Int>? {
        // ("The plan is sound, Smith said, before adding that ...": "before" or "after" between the comma and the participle
        // leaves it the clause's before the comma. Not after a name's comma: "when Trump, after railing against ..., produced".)
        if i - 3 > r.lowerBound, tokens[i - 1].lower == "before" || tokens[i - 1].lower == "after", tokens[i - 2].punct == UInt8(ascii: ","),
           !tokens[i - 3].capitalized,
           let s = clauseBeforeCommaSubject(tokens, at: i - 1, r, found: found) {
            return s
        }
        if let s = absoluteSubject(tokens, at: i, r) ?? interruptingSubject(tokens, at: i, r) ?? clauseBeforeCommaSubject(tokens, at: i, r, found: found)
            ?? subordinateIssuer(tokens, at: i, r) {
            return s
        }
        // ("“...,” he was quoted as saying": the subject of "was quoted", not the first words of the quotation.)
        if i - 2 > r.lowerBound, tokens[i - 1].lower == "as", tokens[i - 2].lower == "quoted" {
            var v = i - 2
            while v - 1 > r.lowerBound, QuoteLexicon.auxiliaries.contains(tokens[v - 1]) { v -= 1 }
            if v < i - 2, let s = leftSubject(tokens, before: v, r) { return s }
        }
        if let s = sentenceSubject(tokens, r), s.upperBound < i || i <= r.lowerBound + 1 { return s }
        if let s = found.last?.subject { return s }
        // ("More than 300 doctors signed a letter urging ...": the subject before the sentence's verb.)
        if let s = mainSubject(tokens, r), s.upperBound < i { return s }
        return nil
    }

    /// "Her comments came after 40 Labour MPs signed a letter calling for a freeze": a text before the participle at `i`,
    /// put out by a past verb inside a subordinate clause, speaks for that verb's own subject, the words between the
    /// subordinator and the verb (a name or a group), not for the sentence's subject.
    func subordinateIssuer(_ tokens: Tokens, at i: Int, _ r: Range<Int>) -> Range<Int>? {
        guard let text = textBeforeParticiple(tokens, at: i, r) else { return nil }
        func isPast(_ t: Token) -> Bool { t.isWord && !t.capitalized && (t.lower.endsWith("ed") || QuoteAttributor.irregularPast.contains(t)) }
        var v = text - 1
        while v > r.lowerBound, text - v <= 4, tokens[v].isWord, !tokens[v].capitalized, !isPast(tokens[v]) { v -= 1 }
        guard v > r.lowerBound, isPast(tokens[v]) else { return nil }
        // ("after MPs had signed": past the helpers.)
        var end = v
        while end - 1 > r.lowerBound, QuoteLexicon.auxiliaries.contains(tokens[end - 1]) { end -= 1 }
        var start = end
        while start > r.lowerBound, end - start < 5, tokens[start - 1].isWord || tokens[start - 1].kind == .number,
              !QuoteAttributor.subordinators.contains(tokens[start - 1]) { start -= 1 }
        guard start < end, start > r.lowerBound, QuoteAttributor.subordinators.contains(tokens[start - 1]),
              tokens[end - 1].capitalized || lexicon.groups[QuoteAttributor.bare(tokens[end - 1].lower)] != nil else { return nil }
        return start..<end
    }

    /// ", with mediators saying the two sides were closer": in an absolute phrase after a comma, the
    /// words between "with" and the participle at `i` are its subject.
    func absoluteSubject(_ tokens: Tokens, at i: Int, _ r: Range<Int>) -> Range<Int>? {
        var k = i - 1
        // (Up to ten words back: ", with drivers complaining of longer queues and cyclists saying".)
        // (", with 81 percent saying", ", with 81% saying": a count among the words.)
        func inPhrase(_ t: Token) -> Bool { t.isWord || t.kind == .number || t.punct == UInt8(ascii: "%") }
        while k > r.lowerBound, i - k <= 10, inPhrase(tokens[k]), !QuoteAttributor.absoluteOpeners.contains(tokens[k]),
              !QuoteAttributor.looksLikeVerb(tokens[k]) { k -= 1 }
        // ("fell amid reports suggesting ...", "despite figures showing ...": "amid" and "despite" open one without a comma.)
        guard k > r.lowerBound, k + 1 < i, QuoteAttributor.absoluteOpeners.contains(tokens[k]),
              tokens[k].lower != "with" || tokens[k - 1].punct == UInt8(ascii: ","),
              (k + 1..<i).allSatisfy({ inPhrase(tokens[$0]) }) else { return nil }
        // (", with drivers complaining of queues and cyclists saying ...": a participle before "and" closes an absolute
        // phrase of its own; the words after "and" are this one's subject.)
        if let and = (k + 1..<i).last(where: { tokens[$0].lower == "and" }), and + 1 < i,
           (k + 1..<and).contains(where: { tokens[$0].lower.endsWith("ing") && tokens[$0].lower.utf8.count > 4 }) {
            return (and + 1)..<i
        }
        return (k + 1)..<i
    }

    /// "The plan, says Ann Lee, is dead": after an inverted speaker between commas (and an appositive about them), the
    /// predicate of the clause the attribution interrupts, whose subject before the cue's comma is a phrase of words with no
    /// clause of its own. The predicate's first token, or nil.
    func interruptedClauseResumes(_ tokens: Tokens, cue i: Int, after np: Range<Int>, _ r: Range<Int>) -> Int? {
        guard i - 2 >= r.lowerBound, i - 1 - r.lowerBound <= 12, tokens[i - 1].punct == UInt8(ascii: ","), np.upperBound + 1 < r.upperBound,
              tokens[np.upperBound].punct == UInt8(ascii: ",") else { return nil }
        var c = np.upperBound
        // ("says Ann Lee, a hydrologist at Leeds, is": past an appositive that opens with a determiner.)
        if QuoteAttributor.nounDeterminers.contains(tokens[c + 1]),
           let c2 = scanRange(from: c + 2, upTo: min(r.upperBound - 1, c + 12)).first(where: { !tokens[$0].isWord }),
           tokens[c2].punct == UInt8(ascii: ",") { c = c2 }
        guard c + 1 < r.upperBound, QuoteAttributor.startsPredicate(tokens[c + 1]),
              (r.lowerBound..<(i - 1)).allSatisfy({ tokens[$0].isWord || tokens[$0].kind == .number }),
              !hasClause(tokens, r.lowerBound, i - 1) else { return nil }
        return c + 1
    }

    /// Verbs that need "that" before a clause, but for one that opens on a pronoun and its helper: "signalled she would".
    static let pronounClauseVerbs: WordSet = ["signal", "indicate"]

    /// Participles of speaking that say how the speaker spoke, not what: "speaking on condition of anonymity".
    static let speakingParticiples: WordSet = ["speaking", "talking", "writing"]

    /// Only punctuation, or a short prepositional phrase ("in the room"), follows the phrase.
    func endsSentence(_ tokens: Tokens, after np: Range<Int>, _ r: Range<Int>) -> Bool {
        var k = np.upperBound
        if k < r.upperBound, QuoteAttributor.prepositions.contains(tokens[k]) || tokens[k].lower == "of" {
            let rest = (k..<r.upperBound).filter { tokens[$0].isWord }.count
            guard rest <= 6 else { return false }
            while k < r.upperBound, tokens[k].isWord || tokens[k].kind == .number { k += 1 }
        }
        // ("said a diplomat who asked not to be identified.", "said a diplomat, who was there.", "said a diplomat based in
        // Paris.", "said an official, speaking on condition of anonymity.": a relative clause or a participle's phrase about
        // the speaker may close the sentence, with no quotation or clause of its own after a comma.)
        if k < r.upperBound, case let c = tokens[k].punct == UInt8(ascii: ",") ? k + 1 : k, c + 1 < r.upperBound, tokens[c].isWord,
           tokens[c].lower == "who" || !tokens[c].capitalized
                && (lexicon.verbs[tokens[c]] == nil || QuoteAttributor.speakingParticiples.contains(tokens[c]))
                && (c > k && tokens[c].lower.endsWith("ing") && tokens[c].lower.utf8.count > 4
                    || QuoteAttributor.isPassiveParticiple(tokens[c]) && QuoteAttributor.purePrepositions.contains(tokens[c + 1])),
           let stop = scanRange(from: c + 1, upTo: min(r.upperBound, c + 20)).first(where: { !tokens[$0].isWord && tokens[$0].kind != .number }),
           QuoteAttributor.isSentenceStop(tokens, at: stop) {
            return true
        }
        return k == r.upperBound || QuoteAttributor.isSentenceStop(tokens, at: k)
    }

    /// The verb at `i` comes right after a quotation, with at most a short subject between:
    /// "...,” she continued" or "...,” continued Smith".
    func followsQuotation(_ tokens: Tokens, _ i: Int, _ r: Range<Int>) -> Bool {
        var k = i - 1
        var words = 0
        // ("“little evidence” that technology helped learning": a clause's "that" between them opens no speaker's phrase.)
        while k >= r.lowerBound, tokens[k].isWord, words < 4 {
            if tokens[k].lower == "that" { return false }
            k -= 1; words += 1
        }
        while k >= r.lowerBound, tokens[k].punct == UInt8(ascii: ",") { k -= 1 }
        guard k > r.lowerBound, case .quoteMark(let mark) = tokens[k].kind else { return false }
        // A closing mark: after the quoted words' own punctuation, and not an opening shape.
        switch mark {
        case .lowDouble, .lowSingle: return false
        // ("„Das ist inakzeptabel“, said", "»Nie wieder«, sagte": German closes with the English opening shapes and with
        // «; glued to the word or stop before it, such a mark closes.)
        case .leftDouble, .leftSingle, .leftGuillemet, .leftSingleGuillemet:
            return tokens[k - 1].end == tokens[k].start && (tokens[k - 1].isWord || tokens[k - 1].kind == .punct)
        // ("... 'we want to work with you,'" Mitchell recalled": or after a nested quotation's own mark.)
        default: return tokens[k - 1].kind == .punct || tokens[k - 1].isWord || tokens[k - 1].isQuoteMark
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

    /// "PENCE: Well, look, ..." or "Caddell: ...": a speaker label opening a paragraph; the rest of
    /// the paragraph is what the speaker said, word for word. In an interview written as questions
    /// and answers ("Q: ...", "A: ..."), each answer is the words of the person the introduction names
    /// first.
    func speakerLabels(_ tokens: Tokens, ranges: [Range<Int>], paragraphs: [TextSpan], utf8: [UInt8], table: EntityTable) -> [Attribution] {
        var out: [Attribution] = []
        var interview = interviewAnswers(tokens, ranges: ranges, paragraphs: paragraphs, utf8: utf8, table: table)
        let unlabelled = interview.isEmpty
        if unlabelled { interview = unlabelledAnswers(tokens, ranges: ranges, paragraphs: paragraphs, utf8: utf8, table: table) }
        let turns = turnTakingLabels(tokens, paragraphs: paragraphs, table: table)
        var si = 0
        var capitalLabels: Int? = nil  // (counted only when a label in capitals is found)
        for (p, para) in paragraphs.enumerated() {
            while si < ranges.count, let f = ranges[si].first, tokens[f].start < para.start { si += 1 }
            guard si < ranges.count, var a = ranges[si].first, tokens[a].start >= para.start, tokens[a].start < para.end else { continue }
            // "PENCE: ... in a transcript quoted as a whole: the label follows the opening mark.
            let quotedLabel = QuoteAttributor.opensQuotation(tokens[a]) && a + 1 < ranges[si].upperBound
            if quotedLabel { a += 1 }
            // Transcript labels are written in capitals ("PENCE:", "MR. SMITH:"); "Correction:" is a note.
            var k = capitalRunEnd(tokens, from: a, before: ranges[si].upperBound, utf8)
            let capitalLabel = k > a + 1 && k < ranges[si].upperBound && tokens[k].punct == UInt8(ascii: ":")
            // A headline "Pence: Flowers Won't Be at Debate" gives the words of a name the article
            // knows; "Stealth Over Health:" names no one in it.
            if k == a || k >= ranges[si].upperBound || tokens[k].punct != UInt8(ascii: ":") {
                k = a
                while k < ranges[si].upperBound, k - a < 3, tokens[k].isWord, tokens[k].capitalized, !tokens[k].lower.endsWith("'s") { k += 1 }
                guard k > a, k < ranges[si].upperBound, tokens[k].punct == UInt8(ascii: ":"),
                      // (Three words or more in the paragraph, not only in the label's sentence: "Osei: Reading. Too many ...".)
                      // ("Premier League: Villa edge past Spurs": a body's or a thing's name the article knows outside the
                      // label, not only there; a person's may be known only there: "Tucker Carlson: A tale of two liars".)
                      turns.contains(a)
                        || QuoteAttributor.hasWords(tokens, from: k + 1, before: para.end, atLeast: 3)
                            && table.find((a..<k).map { QuoteAttributor.bare(tokens[$0].lower) }).map({ e in
                                !isOrganisationHead(tokens[k - 1]) && !closesThingName(tokens[k - 1])
                                    || table[e].mentions.contains { $0.end <= tokens[a].start || $0.start >= para.end } }) == true,
                      !QuoteAttributor.namesWeatherSystem(tokens, a..<k),
                      !reportsSpeech(tokens, k + 1..<ranges[si].upperBound) else { continue }
                // ("New Delhi: The Lok Sabha on Monday passed ...": in title case, as in capitals below, a label opening one of
                // the first paragraphs, on no first name or title, that names no one the article knows outside it, before ten
                // words or more with no "I", "we" or "you" and no quotation mark, opening a clause, is a dateline. "Tucker
                // Carlson: Mark Zuckerberg and Michael Flynn -- A tale of two liars." is a headline's words, with no verb.)
                if p < 4, !quotedLabel, !turns.contains(a), lexicon.firstName(tokens[a]) == nil, lexicon.titles[tokens[a]] == nil,
                   QuoteAttributor.hasWords(tokens, from: k + 1, before: para.end, atLeast: 10),
                   hasClause(tokens, k + 1, ranges[si].upperBound),
                   !QuoteAttributor.hasPersonalPronoun(tokens, from: k + 1, before: para.end),
                   !QuoteAttributor.hasQuoteMark(tokens, from: k + 1, before: para.end),
                   // ("Mumbai: Heavy rain lashed Mumbai ...": a known place may be named again in its own story.)
                   k == a + 1 && lexicon.demonyms.places.contains(tokens[a])
                    || table.find((a..<k).map { QuoteAttributor.bare(tokens[$0].lower) }).map({ e in
                       table[e].mentions.contains { $0.end <= tokens[a].start || $0.start >= tokens[k].end } }) != true { continue }
            }
            guard k > a, k < ranges[si].upperBound, tokens[k].punct == UInt8(ascii: ":"),
                  // ("THE COURT:", "THE WITNESS:": a function word may open a label of capitals whose last word
                  // names a speaker, not "THE BOTTOM LINE:" or "WHAT HAPPENS NEXT:".)
                  !lexicon.starters.contains(tokens[a]) || capitalLabel && speakerLabelHead(tokens[k - 1]),
                  !QuoteAttributor.editorialLabels.contains(tokens[a]),
                  k + 1 < tokens.count, tokens[k + 1].start < para.end else { continue }
            // ("NEW DELHI: Nearly 150 Indians returned home ...": a label of two words or more in capitals, not opening on
            // a first name, that opens one of the first paragraphs, the only one in the story, before words with no "I",
            // "we" or "you", is a dateline. "PENCE: Well, look, we will win" speaks, and "KEVIN CIRILLI: So has she ruled it
            // out?", and a label inside a quotation mark, a transcript quoted as a whole. A city of one word, "MUMBAI:",
            // stays a label: it reads as a surname, "CORNISH: That's Jason Furman.")
            // (Nor a surname's particle, "VAN SANT:", nor before a word that opens speech, "Well, ...".)
            if p < 4, !quotedLabel, k - a >= 2, lexicon.firstName(tokens[a]) == nil, !QuoteAttributor.surnameParticles.contains(tokens[a]),
               !QuoteAttributor.speechOpeners.contains(tokens[k + 1]), !turns.contains(a), (a..<k).allSatisfy({ tokens[$0].isWord && QuoteAttributor.isAllCaps(tokens[$0], utf8) }) {
                if capitalLabels == nil { capitalLabels = capitalLabelCount(tokens, paragraphs: paragraphs, utf8: utf8) }
                if capitalLabels == 1, !QuoteAttributor.hasPersonalPronoun(tokens, from: k + 1, before: para.end) { continue }
            }
            var end = para.end
            while end > tokens[k + 1].start, utf8[end - 1] == 0x20 { end -= 1 }
            var attribution = Attribution(cueStart: k, cueEnd: k + 1,
                                          verb: QuoteAttributor.impliedSay,
                                          subject: a..<k, sentence: si)
            attribution.contents = [TextSpan(start: tokens[k + 1].start, end: end)]
            attribution.verbatim = true
            out.append(attribution)
        }
        // ("Herald: Will you ban phones? ¶ Osei: Yes, in classrooms.": a transcript whose questions are labelled too; an
        // answer paragraph that opens with its speaker's label is that label's, and the label is no part of the words.)
        if unlabelled, !out.isEmpty {
            interview.removeAll { answer in
                out.contains { $0.contents[0].start < answer.contents[0].end && answer.contents[0].start < $0.contents[0].end }
            }
        }
        return out + interview
    }

    /// The end of a run of up to four words in capitals from token `a`, before token `limit` ("PENCE", "NEW DELHI"; "MR.
    /// DALTON": a title's period stays inside).
    func capitalRunEnd(_ tokens: Tokens, from a: Int, before limit: Int, _ utf8: [UInt8]) -> Int {
        var k = a
        while k < limit, k - a < 4, tokens[k].isWord && QuoteAttributor.isAllCaps(tokens[k], utf8)
                || tokens[k].punct == UInt8(ascii: ".") && k > a && lexicon.titles.contains(tokens[k - 1]) { k += 1 }
        return k
    }

    /// How many paragraphs open with a label of words in capitals and a colon ("PENCE:", "NEW DELHI:").
    func capitalLabelCount(_ tokens: Tokens, paragraphs: [TextSpan], utf8: [UInt8]) -> Int {
        var n = 0
        for para in paragraphs {
            guard var a = QuoteAttributor.firstToken(tokens, startingAtOrAfter: para.start), tokens[a].start < para.end else { continue }
            let limit = QuoteAttributor.firstToken(tokens, startingAtOrAfter: para.end) ?? tokens.count
            if QuoteAttributor.opensQuotation(tokens[a]), a + 1 < limit { a += 1 }
            let k = capitalRunEnd(tokens, from: a, before: limit, utf8)
            if k > a, k < limit, tokens[k].punct == UInt8(ascii: ":") { n += 1 }
        }
        return n
    }

    /// A first- or second-person pronoun among the tokens from `k` that start before byte offset `end`.
    static func hasPersonalPronoun(_ tokens: Tokens, from k: Int, before end: Int) -> Bool {
        anyToken(tokens, from: k, before: end) { $0.isWord && (speakersOwnWords.contains($0) || isContractedI($0)) }
    }

    /// A quotation mark from token `k` on among the tokens that start before byte offset `end`.
    static func hasQuoteMark(_ tokens: Tokens, from k: Int, before end: Int) -> Bool {
        anyToken(tokens, from: k, before: end) { $0.isQuoteMark }
    }

    /// A token from `k` on, among those that start before byte offset `end`, passes `test`.
    static func anyToken(_ tokens: Tokens, from k: Int, before end: Int, where test: (Token) -> Bool) -> Bool {
        var j = k
        while j < tokens.count, tokens[j].start < end {
            if test(tokens[j]) { return true }
            j += 1
        }
        return false
    }

    /// At least `n` words from token `k` on among the tokens that start before byte offset `end`.
    static func hasWords(_ tokens: Tokens, from k: Int, before end: Int, atLeast n: Int) -> Bool {
        var j = k, count = 0
        while j < tokens.count, tokens[j].start < end, count < n {
            if tokens[j].isWord { count += 1 }
            j += 1
        }
        return count >= n
    }

    /// "Presenter: ... ¶ Minister: ... ¶ Presenter: ...": labels of one to three capitalised words and a colon that each
    /// open two paragraphs or more, when two such labels or more take turns, are a transcript's speakers, though the
    /// article names none of them. Each label names someone: its last word a title, a body, a person's noun or a part in
    /// a hearing or broadcast, or its words a person the article knows or a first name ("New Release:" on a shop's page
    /// names no one). Returns the first tokens of those labels; empty for any other shape.
    func turnTakingLabels(_ tokens: Tokens, paragraphs: [TextSpan], table: EntityTable) -> Set<Int> {
        // (Each label's words, lower-cased and joined by spaces, with where it opens its paragraphs.)
        var starts: [String: [Int]] = [:]
        for para in paragraphs {
            guard var a = QuoteAttributor.firstToken(tokens, startingAtOrAfter: para.start), tokens[a].start < para.end else { continue }
            if QuoteAttributor.opensQuotation(tokens[a]), a + 1 < tokens.count { a += 1 }
            var k = a
            while k < tokens.count, k - a < 3, tokens[k].start < para.end, tokens[k].isWord, tokens[k].capitalized,
                  !tokens[k].lower.endsWith("'s") { k += 1 }
            guard k > a, k + 1 < tokens.count, tokens[k].punct == UInt8(ascii: ":"), tokens[k + 1].start < para.end,
                  !lexicon.starters.contains(tokens[a]), !QuoteAttributor.editorialLabels.contains(tokens[a]),
                  speakerLabelHead(tokens[k - 1]) || lexicon.firstName(tokens[a]) != nil
                    || table.find((a..<k).map { QuoteAttributor.bare(tokens[$0].lower) }).map({ table[$0].kind == .person }) == true else { continue }
            starts[(a..<k).map { tokens[$0].lower.description }.joined(separator: " "), default: []].append(a)
        }
        let recurring = starts.values.filter { $0.count >= 2 }
        return recurring.count >= 2 ? Set(recurring.joined()) : []
    }

    /// Words after a headline's "Name:" that report speech themselves, "Ange Kovac: Rovers boss says squad 'not good
    /// enough'": a reporting verb in the present ("says", "warns") after a word of its own subject. They are the
    /// headline's report about the name, not the name's words.
    func reportsSpeech(_ tokens: Tokens, _ r: Range<Int>) -> Bool {
        guard r.count > 1 else { return false }
        return (r.lowerBound + 1..<r.upperBound).contains { j in
            tokens[j].isWord && tokens[j - 1].isWord && tokens[j].lower.endsWith("s") && lexicon.isReportingVerb(tokens[j])
        }
    }

    /// A word that names who speaks in a transcript label: a title, a group or body, a person noun, or
    /// a part in a hearing ("witness", "defendant").
    func speakerLabelHead(_ t: Token) -> Bool {
        let w = QuoteAttributor.bare(t.lower)
        return namesSpeaker(w) || QuoteAttributor.hearingParts.contains(w)
    }

    /// A lower-case noun (without its possessive) that names someone who may speak: a title, a group or body from the
    /// lexicon, or a person noun.
    func namesSpeaker(_ w: Word) -> Bool {
        lexicon.titles[w] != nil || lexicon.groups[w] != nil || QuoteAttributor.personNouns[w] != nil
    }

    /// `namesSpeaker`, or a relation's or a body's noun: a word before a verb's form that may be that verb's subject
    /// ("the council warning", "her sister warning"), so the form is no noun after it.
    func namesOneWhoSpeaks(_ w: Word) -> Bool {
        namesSpeaker(w) || QuoteAttributor.relationNouns[w] != nil || lexicon.bodies.any.contains(w)
    }

    static let hearingParts: WordSet = ["witness", "defendant", "clerk", "moderator", "interviewer", "audience", "jury", "foreman",
                                        "plaintiff", "respondent", "interpreter", "bailiff", "presenter", "host", "anchor", "caller",
                                        "reporter", "questioner"]

    /// The index of the first token starting at or after a byte offset (binary search).
    static func firstToken(_ tokens: Tokens, startingAtOrAfter offset: Int) -> Int? {
        let k = tokens.partitionPoint { $0.start >= offset }
        return k < tokens.count ? k : nil
    }

    /// The last text ("a letter", "the report", "its statement") named within the 40 tokens before `i`.
    /// (`outside`: not one inside these quotations; "“Show me the data,” he said. ... It said" is no data speaking.)
    /// (Nor the text whose "that"-clause holds `i`: "after reports that it plans to cut jobs" is about someone else.)
    /// (Nor a count of units, "in ten minutes", "in 12 minutes".)
    static func namedText(_ tokens: Tokens, before i: Int, outside quoted: [QuotedSpan] = []) -> Int? {
        (max(0, i - 40)..<i).last { j in tokens[j].isWord && !tokens[j].capitalized && textNouns.contains(tokens[j])
            && !(j > 0 && (tokens[j - 1].kind == .number || isNumberWord(tokens[j - 1].lower)))
            // ("expect prices to average $75": after "to", before its object, the word is a verb.)
            && !(j > 0 && j + 1 < i && tokens[j - 1].lower == "to" && (tokens[j + 1].kind == .number || tokens[j + 1].isCurrencySign
                || objectOpeners.contains(tokens[j + 1]) && tokens[j + 1].lower != "to"))
            && (quoted.isEmpty || overlapping(quoted, TextSpan(start: tokens[j].start, end: tokens[j].end)).isEmpty)
            && !(j + 1 < i && tokens[j + 1].lower == "that" && (j + 2..<i).allSatisfy({ tokens[$0].isWord })) }
    }

    /// Every noun for a text: where something was said, records, works and issued texts, in one table.
    static let textNouns = speechVenues.union(records).union(workNouns).union(writtenTexts)

    /// A word of three or more capitals and no lower-case letter that is no Roman numeral: "NHS", "BBC", "NATO", not
    /// "JD" or "VIII". (`letters`: only the first so many bytes, before a possessive: "BMA's".)
    static func isAbbreviationInCapitals(_ t: Token, _ utf8: [UInt8], letters: Int? = nil) -> Bool {
        let end = min(t.end, t.start + (letters ?? t.end - t.start))
        guard t.isWord, end - t.start >= 3 else { return false }
        var roman = true
        for i in t.start..<end {
            let b = utf8[i]
            guard ByteClass.isASCIIUpper(b) else { return false }
            if !isRomanNumeral(b) { roman = false }
        }
        return !roman
    }

    /// A capital that writes a Roman numeral. (A switch, not a `Set`: a set hashed every byte.)
    @inline(__always) private static func isRomanNumeral(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "I"), UInt8(ascii: "V"), UInt8(ascii: "X"), UInt8(ascii: "L"), UInt8(ascii: "C"), UInt8(ascii: "D"), UInt8(ascii: "M"): true
        default: false
        }
    }

    /// Whether a word holds a lower-case letter: "Scotland", not "BBC" or "I".
    static func hasLowerCase(_ t: Token, _ utf8: [UInt8]) -> Bool {
        t.isWord && (t.start..<t.end).contains(where: { ByteClass.isASCIILower(utf8[$0]) })
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
    func dashByline(_ tokens: Tokens, after end: Int, in para: TextSpan, utf8: [UInt8]) -> ([Int], TextSpan)? {
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

    /// "The CBI and the Federation of Small Businesses said", "Both the pilots' union and the drivers'
    /// association said": two phrases joined by "and" that open the sentence are one subject; the
    /// phrase before the verb alone otherwise.
    @inline(never)
    func coordinatedSubject(_ tokens: Tokens, _ np: Range<Int>, _ r: Range<Int>) -> Range<Int> {
        // ("Kate and Sam Whitfield, who opened the shop, said", "Ruth Ames and Tom Lee, the owners, said": two names opening
        // the sentence, the second before its appositive or relative clause, speak together.)
        // (`jointSubject` reads the pair, as for "Ruth Ames and Tom Lee said"; opening the sentence only.)
        if np.upperBound < r.upperBound, tokens[np.upperBound].punct == UInt8(ascii: ","), tokens[np.upperBound - 1].capitalized,
           let pair = jointSubject(tokens, np, r), pair.lowerBound == r.lowerBound {
            return pair
        }
        // (A name's own article stands before it: "the FSB".)
        let start = np.lowerBound - 1 > r.lowerBound && tokens[np.lowerBound - 1].lower == "the" ? np.lowerBound - 1 : np.lowerBound
        let and = start - 1
        // ("Krieger and colleagues said", "But he and other experts stressed": a bare plural of people, or "others", after
        // a name or a pronoun of one word.)
        let barePeople = np.count == 1 && tokens[start].isWord && !tokens[start].capitalized
            && (lexicon.groups[tokens[start]] == "group" && tokens[start].lower.looksPlural || tokens[start].lower == "others")
        let oneWord = and - 1 >= r.lowerBound && tokens[and - 1].isWord
            && (tokens[and - 1].capitalized && QuoteLexicon.pronouns[tokens[and - 1]] == nil || QuoteAttributor.nominativePronouns.contains(tokens[and - 1]))
        // (Not a clause with a cue of its own before "and": in "Residents complained about the noise and the council said"
        // the first phrase is a sentence, not people described by a participle.)
        guard and - 1 > r.lowerBound || oneWord && and - 1 == r.lowerBound, tokens[and].lower == "and",
              QuoteLexicon.determiners.contains(tokens[start]) || barePeople,
              let first = leftSubject(tokens, before: and, r), first.upperBound == and,
              first.lowerBound == r.lowerBound || first.lowerBound == r.lowerBound + 1
                && (tokens[r.lowerBound].lower == "both" || QuoteAttributor.narrativeConjunctions.contains(tokens[r.lowerBound]))
                // ("The bill passed after Labour and the Liberal Democrats agreed": or names opening a clause after a
                // subordinator; not a common noun there, "closed after the vote and the workers said".)
                || first.lowerBound - 1 > r.lowerBound && QuoteAttributor.subordinators.contains(tokens[first.lowerBound - 1])
                && first.allSatisfy({ tokens[$0].isWord && tokens[$0].capitalized }),
              !first.contains(where: { lexicon.verbs[tokens[$0]] != nil }),
              // ("The plant closed during the storm and the workers said": a verb's form after a noun makes the first phrase
              // a sentence of its own, as a reporting verb does; "the retired teacher and her husband" keeps it.)
              !first.dropFirst().contains(where: { QuoteAttributor.looksLikeVerb(tokens[$0]) && !QuoteAttributor.nounDeterminers.contains(tokens[$0 - 1]) }),
              // (The bare plural only after a name or a pronoun: "The plant closed and workers demand answers" is two clauses.)
              !barePeople || QuoteLexicon.determiners.contains(tokens[start]) || first.count == 1 && QuoteAttributor.nominativePronouns.contains(tokens[first.lowerBound])
                || first.allSatisfy({ tokens[$0].isWord && tokens[$0].capitalized || tokens[$0].punct == UInt8(ascii: ".") })
        else { return np }
        return first.lowerBound..<np.upperBound
    }
}
