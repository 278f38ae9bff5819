import AnnotateCore

/// Subjects: the speaker phrase before a reporting verb (names, groups, appositives, relative
/// "who", parentheticals), after an inverted verb ("said Smith"), the sentence's own subject for
/// participles and coordinated verbs, and noun phrases that fill their clause ("Experts on North
/// Korea said", "Another 19 percent said").
extension QuoteAttributor {
    /// "Residents who live near the pier said", "Officials who declined to be named said": a
    /// restrictive relative clause stands between the subject and its verb, so the subject is the
    /// phrase before "who", not the last noun of the clause ("Pilots who worked with Ruth Ames said").
    /// A clause that reports speech or thought itself is left alone: in "people who think Lee said",
    /// Lee may be the one who said (not one whose verb takes an infinitive: "who promised to fix").
    func relativeClauseSubject(_ tokens: Tokens, before i: Int, _ r: Range<Int>) -> Range<Int>? {
        var k = i - 1
        while k > r.lowerBound, tokens[k].isWord,
              QuoteLexicon.auxiliaries.contains(tokens[k]) || (tokens[k].lower.endsWith("ly") && tokens[k].lower.utf8.count > 4 && !tokens[k].capitalized) {
            k -= 1
        }
        var j = k
        // (Up to 20 words back to "who": "A boy who spent nine hours in the water after being swept off rocks in Cornwall has
        // described"; a "that" or "which" so far back opens some earlier clause.)
        // ("A man whose car was stolen said": or back to "whose", with its noun and a verb of its own after it, below.)
        // ("A man who lost £500 said": a sum's sign stands among them.)
        while j > r.lowerBound, k - j < 20, tokens[j].isPhraseWord,
              tokens[j].lower != "who", tokens[j].lower != "whose" {
            if tokens[j].lower == "that" || tokens[j].lower == "which" { return k - j < 12 ? thatClauseHolder(tokens, relative: j, cue: i, k, r) : nil }
            j -= 1
        }
        // (Past 12 words, not over a subordinate clause with a subject of its own: in "a man who ... after Swift publicly
        // scolded", Swift scolds.)
        if k - j >= 12, (j + 1..<k).contains(where: { x in
            guard QuoteAttributor.subordinators.contains(tokens[x]) else { return false }
            let t = tokens[x + 1]
            return t.capitalized || QuoteLexicon.pronouns[t] != nil || QuoteAttributor.articles.contains(t)
        }) { return nil }
        // ("staff members who she said had saved a life": a subject pronoun right after "who" says it.)
        // ("The man who police said was armed was arrested": so does a group or a name right after "who" when a finite helper
        // follows the cue; "who" is the speech's gapped subject, and the group is the one who said.)
        if j + 1 == k, tokens[j].lower == "who", QuoteLexicon.pronouns[tokens[k]] != nil
            || i + 1 < r.upperBound && QuoteAttributor.finiteAuxiliaries.contains(tokens[i + 1])
                && (tokens[k].capitalized || lexicon.groups[tokens[k]] == "group") { return nil }
        // ("Officials who promised to fix the roads said": a verb of speech before an infinitive holds no
        // clause whose subject could be the one who said; nor one before the terms of anonymity, "A nurse who asked not
        // to be named said".)
        // ("A 19-year-old who was hurt said": an age may be the noun "who" stands for.)
        guard j < k, j > r.lowerBound, tokens[j].lower == "who" || tokens[j].lower == "whose" && k - j >= 2,
              tokens[j - 1].isWord || QuoteAttributor.isAge(tokens[j - 1]),
              !(j + 1...k).contains(where: { v in
                  (lexicon.verbs[tokens[v]].map { $0.frame != .intention } ?? false) && !(v + 1 <= k && tokens[v + 1].lower == "to")
                      && !QuoteAttributor.asksAnonymity(tokens, v + 1, (v + 1)..<(k + 1)) }),
              !QuoteAttributor.mainClauseAfterRelative(tokens, who: j, k),
              let np = leftSubject(tokens, before: tokens[j].lower == "whose" ? j : j + 1, r) else { return nil }
        // ("Those who attended the meeting said": "those" alone is no one; the phrase with its clause is the speaker.)
        if np.count == 1, np.upperBound == j, tokens[np.lowerBound].lower == "those" { return np.lowerBound..<(k + 1) }
        // ("Relatives of residents who died in the outbreak have demanded": the people before "of" and the phrase
        // after it; the clause is about the residents, the verb after it is the relatives'.)
        if np.lowerBound - 2 >= r.lowerBound, tokens[np.lowerBound - 1].lower == "of", tokens[np.lowerBound - 2].isWord,
           mayBePeople(tokens[np.lowerBound - 2]), let head = leftSubject(tokens, before: np.lowerBound - 1, r),
           head.upperBound == np.lowerBound - 1 {
            return head.lowerBound..<np.upperBound
        }
        return np
    }

    /// "their mother, who fled Syria in the 1980s and told them that ...": a verb of speech joined by "and" to the verb right
    /// after "who", with only words between, shares the relative's subject: the phrase "who" stands for, read as for a verb
    /// right after it. Nil otherwise.
    func relativeCoordinateSubject(_ tokens: Tokens, before i: Int, _ r: Range<Int>) -> Range<Int>? {
        guard i - 3 > r.lowerBound, tokens[i - 1].lower == "and" else { return nil }
        var j = i - 2
        while j > r.lowerBound, i - j < 20, tokens[j].isPhraseWord, tokens[j].lower != "who" { j -= 1 }
        guard tokens[j].lower == "who", j + 1 < i - 1, QuoteAttributor.looksLikeVerb(tokens[j + 1]),
              // (Not a clause that itself reports: "who said the plan had failed and warned" is read by the cue's own rules.)
              !(j + 1..<i - 1).contains(where: { lexicon.verbs[tokens[$0]] != nil || tokens[$0].lower == "that" }),
              let np = leftSubject(tokens, before: j + 1, r), np.upperBound <= j else { return nil }
        return np
    }

    /// "A nurse accused of poisoning four patients told a jury", "A man charged with attacking two officers said": a
    /// sentence opening with an article and up to three words, then a participle of the courts or the police and its own
    /// phrase, up to the cue's helpers. The whole phrase speaks, as "A man accused of arson told" does, not the last noun of
    /// the participle's phrase.
    @inline(never)
    func reducedRelativeSubject(_ tokens: Tokens, before i: Int, _ r: Range<Int>) -> Range<Int>? {
        // (Most sentences open otherwise: the article first.)
        // (Not a participle inside the phrase: "charged with attacking two officers".)
        guard i - r.lowerBound >= 4, QuoteAttributor.articles.contains(tokens[r.lowerBound]), !tokens[i].lower.endsWith("ing") else { return nil }
        guard let p = scanRange(from: r.lowerBound + 2, upTo: min(i - 1, r.lowerBound + 5)).first(where: { QuoteAttributor.accusedParticiples.contains(tokens[$0]) }),
              (r.lowerBound + 1..<p).allSatisfy({ tokens[$0].isWord && !QuoteLexicon.auxiliaries.contains(tokens[$0]) && !lexicon.isReportingVerb(tokens[$0]) })
        else { return nil }
        var k = i
        while k - 1 > p, tokens[k - 1].isWord, QuoteLexicon.auxiliaries.contains(tokens[k - 1]) { k -= 1 }
        // (Its own phrase: words and numbers, no helper of a clause of its own, at most 15 tokens; "accused of taking £60,000":
        // a sum's sign too.)
        guard k > p + 1, k - p <= 16,
              (p + 1..<k).allSatisfy({ tokens[$0].isPhraseWord && !QuoteLexicon.auxiliaries.contains(tokens[$0])
                  && !QuoteAttributor.relativePronouns.contains(tokens[$0]) && tokens[$0].lower != "that" }) else { return nil }
        return r.lowerBound..<k
    }

    /// ("Two sisters who were separated at birth have been reunited after a DNA test revealed ...": a helper after a noun
    /// past the relative clause's own verb is the sentence's verb, and a subordinate clause opening with an article
    /// after it has its own subject; "Officials who met after the vote said" has no such helper.)
    static func mainClauseAfterRelative(_ tokens: Tokens, who j: Int, _ k: Int) -> Bool {
        guard let sub = (j + 3..<max(j + 3, k)).first(where: { subordinators.contains(tokens[$0]) && articles.contains(tokens[$0 + 1]) }) else {
            return false
        }
        return (j + 2..<sub).contains { a in
            finiteAuxiliaries.contains(tokens[a]) && tokens[a - 1].isWord && !QuoteLexicon.auxiliaries.contains(tokens[a - 1])
                && !looksLikeVerb(tokens[a - 1])
        }
    }

    /// The text a relative "that" at `k` stands for: a text's noun right before it, or one followed by a preposition's phrase
    /// of words and a time ("a letter from his doctor Friday afternoon that"), from its determiner to the phrase's end
    /// before the time.
    func textBeforeRelativeThat(_ tokens: Tokens, _ k: Int, _ r: Range<Int>) -> Range<Int>? {
        var e = k
        while e - 1 > r.lowerBound, QuoteAttributor.timeNouns.contains(tokens[e - 1]) || QuoteAttributor.timeModifiers.contains(tokens[e - 1]) { e -= 1 }
        guard let t = scanRange(from: max(r.lowerBound, e - 6), upTo: e).first(where: { tokens[$0].isWord && !tokens[$0].capitalized
                  && QuoteAttributor.textNouns.contains(tokens[$0]) }),
              t + 1 == e || QuoteAttributor.purePrepositions.contains(tokens[t + 1]) && (t + 2..<e).allSatisfy({ tokens[$0].isWord
                  && !QuoteAttributor.looksLikeVerb(tokens[$0]) && lexicon.verbs[tokens[$0]] == nil && !QuoteLexicon.phraseBreakers.contains(tokens[$0]) })
        else { return nil }
        let start = t > r.lowerBound && QuoteAttributor.articles.contains(tokens[t - 1]) ? t - 1 : t
        return start..<e
    }

    /// "The firms that took part said", "Most of the firms which joined the trial said": "that" or "which" at
    /// `relative` after a common noun, with a verb right after it, opens a relative clause whose subject it is;
    /// the phrase before it speaks. Nil for a complementizer ("warned that officials said") or a clause with a
    /// speech verb of its own.
    @inline(never)
    func thatClauseHolder(_ tokens: Tokens, relative j: Int, cue i: Int, _ k: Int, _ r: Range<Int>) -> Range<Int>? {
        // (A capitalised noun opening the sentence too: "Firms that joined the trial said".)
        guard j > r.lowerBound, j + 1 <= k, case let noun = tokens[j - 1], noun.isWord, !noun.capitalized || j - 1 == r.lowerBound,
              lexicon.verbs[noun] == nil, !QuoteAttributor.looksLikeVerb(noun), QuoteLexicon.pronouns[noun] == nil,
              case let v = tokens[j + 1], v.isWord, !v.capitalized,
              QuoteAttributor.looksLikeVerb(v) || QuoteAttributor.irregularPast.contains(v) || QuoteAttributor.finiteAuxiliaries.contains(v)
                // ("A software company that holds the records of two million patients has blamed": a present verb in "-s" after a
                // singular noun, its object's article next; not "the claim that officials said", whose plural is the subject.)
                || v.lower.looksPlural && !noun.lower.looksPlural && j + 2 < k && QuoteAttributor.nounDeterminers.contains(tokens[j + 2]),
              !(j + 1...k).contains(where: { lexicon.verbs[tokens[$0]] != nil }),
              // ("a deal that kept what he called “a wall”": a free relative inside the clause brings the cue's own subject.)
              !scanRange(from: j + 2, upTo: k).contains(where: { tokens[$0].lower == "what" }), QuoteLexicon.pronouns[tokens[k]] == nil
        else { return nil }
        return leftSubject(tokens, before: j, r)
    }

    /// "The mayor continues to insist that ...", "Ames went on to say ...": after a verb that lends
    /// its subject to the infinitive, the reporting verb's subject is that verb's. ("declined to
    /// say" and "refused to say" are not among them: nothing was said.)
    func infinitiveSubject(_ tokens: Tokens, before i: Int, _ r: Range<Int>) -> Range<Int>? {
        // ("Flu cases tripled, prompting doctors to warn of a “winter crisis”": after a verb of causing, its object is the
        // infinitive's subject.)
        if let np = QuoteAttributor.causedAgent(tokens, before: i, r) { return np }
        // (A noun phrase of the clause too, when short: "Harbour pilots like to say".)
        return QuoteAttributor.subjectLender(tokens, before: i, r).flatMap { v in
            // ("“...,” Ann Lee said, going on to say that ...": a participle after a comma lends the subject of the clause
            // before it, not a name closing the quotation.)
            if tokens[v].lower.endsWith("ing"), v - 1 > r.lowerBound, tokens[v - 1].punct == UInt8(ascii: ",") {
                return clauseBeforeCommaSubject(tokens, at: v, r)
            }
            return leftSubject(tokens, before: v, r) ?? clauseSubject(tokens, before: v, r).flatMap { $0.count <= 4 ? $0 : nil }
        }
    }

    /// The object of a verb of causing right before the "to" before `i`, a phrase of one to four words: "doctors" in
    /// "prompting doctors to warn", "the bank" in "forced the bank to admit".
    static func causedAgent(_ tokens: Tokens, before i: Int, _ r: Range<Int>) -> Range<Int>? {
        guard i - 3 > r.lowerBound, tokens[i - 1].lower == "to" else { return nil }
        var s = i - 2
        while s > r.lowerBound, i - 1 - s < 4, tokens[s].isWord || tokens[s].kind == .number, !causingVerbs.contains(tokens[s]) { s -= 1 }
        guard s < i - 2, causingVerbs.contains(tokens[s]), (s + 1..<(i - 1)).allSatisfy({ tokens[$0].isWord || tokens[$0].kind == .number }),
              QuoteLexicon.pronouns[tokens[s + 1]] == nil else { return nil }
        return (s + 1)..<(i - 1)
    }

    /// Verbs of causing, whose object does what the infinitive after it says: "prompting doctors to warn".
    static let causingVerbs: WordSet = ["prompt", "prompts", "prompted", "prompting", "force", "forces", "forced", "forcing",
                                        "spur", "spurs", "spurred", "spurring", "cause", "causes", "caused", "causing",
                                        "lead", "leads", "leading", "led", "drive", "drives", "drove", "driving"]

    /// The verb lending its subject to the infinitive that ends just before `i`: "continues" in
    /// "continues to insist", "went" in "went on to say".
    static func subjectLender(_ tokens: Tokens, before i: Int, _ r: Range<Int>) -> Int? {
        // ("is understood to have told colleagues", "is reported to have said": a perfect infinitive after a
        // passive of report or belief takes the passive's subject.)
        if i - 4 > r.lowerBound, tokens[i - 1].lower == "have", tokens[i - 2].lower == "to", raisingParticiples.contains(tokens[i - 3]) {
            return QuoteLexicon.auxiliaries.contains(tokens[i - 4]) ? i - 3 : nil
        }
        // ("can be heard saying", "was overheard telling": a passive of perception before a gerund takes
        // the passive's subject; so before "to" and a base form, "was heard to say".)
        // (A subject of one word opening the sentence is enough: "Lee was overheard saying".)
        let perceived = i - 3 < r.lowerBound ? -1 : tokens[i].lower.endsWith("ing") ? i - 1 : tokens[i - 1].lower == "to" ? i - 2 : -1
        if perceived - 2 >= r.lowerBound, perceptionParticiples.contains(tokens[perceived]),
           passiveAuxiliaries.contains(tokens[perceived - 1]) {
            // (Past the helpers: "can be", "has been", so the subject is read before them.)
            var v = perceived - 1
            while v - 1 > r.lowerBound, passiveAuxiliaries.contains(tokens[v - 1]) || modalsAndFuture.contains(tokens[v - 1])
                    || QuoteLexicon.auxiliaries.contains(tokens[v - 1]) { v -= 1 }
            return v
        }
        guard i - 2 > r.lowerBound, tokens[i - 1].lower == "to" else { return nil }
        let v = i - 2
        // ("went on to say": the particle belongs to the verb.)
        if tokens[v].lower == "on", v - 1 > r.lowerBound, ["went", "goes", "go", "going"].contains(tokens[v - 1].lower) { return v - 1 }
        if infinitiveLenders.contains(tokens[v]) { return v }
        // ("is expected to say in her speech that ...", "is due to tell MPs", "was set to announce": a speech trailed before it
        // is given is the speaker's, after the copula of a plan.)
        if plannedSpeechWords.contains(tokens[v]), v - 1 > r.lowerBound, passiveAuxiliaries.contains(tokens[v - 1]) { return v }
        // ("Her mother used to say that ...": the habitual "used to", not the passive "was used to tell".)
        if tokens[v].lower == "used", !passiveAuxiliaries.contains(tokens[v - 1]) { return v }
        // ("took to social media to say", "went on television to say", "used his speech to warn": an act done in
        // order to speak, with its own object or place between, lends its subject to the purpose.) (A "to" right
        // after the act is its own: "took to Twitter", "wrote to parents".)
        return (max(r.lowerBound + 1, v - 4)..<v).last(where: { purposeLenders.contains(tokens[$0]) }).flatMap { p in
            (p + 1...v).allSatisfy({ tokens[$0].isWord && (tokens[$0].lower != "to" || $0 == p + 1) }) ? p : nil
        }
    }

    /// "both" right after a relative "that" or "which" ("talks that both described as ..."), or after "what" ("in what
    /// both described as ..."), which it opens as the subject, not the adverb of "they both said". (Not "all": "a panel
    /// that all agreed Pence won the debate, Barabak noted ..." would run on past the clause's comma.) The relative word
    /// is at or after `lower`.
    static func bothOpensRelativeClause(_ tokens: Tokens, _ k: Int, after lower: Int) -> Bool {
        k > lower && tokens[k].lower == "both" && (isRelativeThatOrWhich(tokens[k - 1]) || tokens[k - 1].lower == "what"
            || opensNamingClause(tokens, k, after: lower))
    }

    /// The word at `k` opens a relative clause without "that" after an article's noun, as the subject of a naming verb
    /// right after it: ", a move both called “bold”", "a step many described as ...".
    static func opensNamingClause(_ tokens: Tokens, _ k: Int, after lower: Int) -> Bool {
        k - 2 >= lower && k + 1 < tokens.endIndex && tokens[k - 1].isWord && !tokens[k - 1].capitalized
            && articles.contains(tokens[k - 2]) && isCharacterisingVerb(tokens[k + 1])
    }

    /// The capitalised "May" or "Will" at `k` names someone: right before a past or a present in "-s" ("May said", "Will
    /// tells"), which no helper takes. (Not a past spelt as its base form, "May cut", "May set".)
    static func helperNamedBeforeFiniteVerb(_ tokens: Tokens, _ k: Int, _ r: Range<Int>) -> Bool {
        guard tokens[k].capitalized, tokens[k].lower == "may" || tokens[k].lower == "will", k + 1 < r.upperBound else { return false }
        let v = tokens[k + 1]
        return v.isWord && !v.capitalized && (v.lower == "said" || v.lower == "told" || v.lower == "wrote" || v.lower.endsWith("ed")
            || v.lower.endsWith("s") && !v.lower.endsWith("ss"))
    }

    /// "that" or "which", as a relative clause opens.
    @inline(__always) static func isRelativeThatOrWhich(_ t: Token) -> Bool { t.lower == "that" || t.lower == "which" }

    /// A quantifier opening its clause with no noun of its own ("Some", "But many", "“...,” several",
    /// "The plan, some say,"): a pronoun subject, not a determiner. (Not after a name and its comma,
    /// which list it: "Obama, others vow consequences".)
    static func isQuantifierAlone(_ tokens: Tokens, at k: Int, _ r: Range<Int>) -> Bool {
        guard quantifierPronouns.contains(tokens[k]) else { return false }
        if k == r.lowerBound { return true }
        let before = tokens[k - 1]
        // ("in what many called “...”": so after "what", whose clause it opens.)
        if before.isWord {
            return subjectClauseOpeners.contains(before) || before.lower == "and" || before.lower == "what"
                || bothOpensRelativeClause(tokens, k, after: r.lowerBound) || opensNamingClause(tokens, k, after: r.lowerBound)
        }
        return !(before.punct == UInt8(ascii: ",") && k - 2 >= r.lowerBound && tokens[k - 2].capitalized)
    }

    /// "including", "like" or "such as" before names ending at `k` (full names joined by "and" or commas,
    /// perhaps closed by a comma): the names are examples of the phrase before the lead. Returns where the
    /// lead (or its comma) starts.
    func exampleLead(_ tokens: Tokens, endingAt k: Int, _ r: Range<Int>) -> Int? {
        var j = k
        if tokens[j].punct == UInt8(ascii: ",") { j -= 1 }
        guard j > r.lowerBound, tokens[j].isWord, tokens[j].capitalized else { return nil }
        var names = 0
        while j > r.lowerBound, k - j < 12, tokens[j].isWord && (tokens[j].capitalized || tokens[j].lower == "and")
                || tokens[j].punct == UInt8(ascii: ",") || tokens[j].punct == UInt8(ascii: ".") {
            if tokens[j].isWord, tokens[j].capitalized { names += 1 }
            j -= 1
        }
        guard names >= 2, j > r.lowerBound else { return nil }
        // ("Critics, including several Conservative MPs, said": past a quantifier or a count before the names.)
        if j - 1 > r.lowerBound, QuoteAttributor.quantifiers.contains(tokens[j]) || QuoteAttributor.isNumberWord(tokens[j].lower)
            || tokens[j].kind == .number { j -= 1 }
        var lead = j
        if tokens[j].lower == "as", tokens[j - 1].lower == "such" { lead = j - 1 } else if tokens[j].lower != "including" && tokens[j].lower != "like" { return nil }
        // (The phrase before is a plural or a group: "authors including", "a group of authors, such as".)
        if lead - 1 > r.lowerBound, tokens[lead - 1].punct == UInt8(ascii: ",") { lead -= 1 }
        guard lead > r.lowerBound, tokens[lead - 1].isWord, !tokens[lead - 1].capitalized || lead - 1 == r.lowerBound,
              tokens[lead - 1].lower.looksPlural || lexicon.groups[tokens[lead - 1]] != nil else { return nil }
        return lead
    }

    /// The "?" or "!" at `k` is written onto the capitalised name right before it, which a body's noun introduces:
    /// "Consumer group Which? said". (The name shows the mark; a subject read leftwards goes past it.)
    static func markOfNameAfterBodyNoun(_ tokens: Tokens, _ k: Int, _ r: Range<Int>, _ lexicon: QuoteLexicon) -> Bool {
        guard k - 2 >= r.lowerBound, k < r.upperBound, tokens[k].punct == UInt8(ascii: "?") || tokens[k].punct == UInt8(ascii: "!"),
              case let name = tokens[k - 1], name.isWord, name.capitalized, name.end == tokens[k].start,
              case let before = tokens[k - 2], before.isWord, !before.capitalized else { return false }
        return lexicon.groups[before] == "org"
    }

    /// A "?" or "!" at `k` written onto a capitalised word that a body's noun introduces ("group Which?", "site Yahoo!"), or
    /// that stands alone after a comma right before the cue at `i` ("..., Which? said.").
    static func markClosesName(_ tokens: Tokens, _ k: Int, cue i: Int, _ r: Range<Int>, _ lexicon: QuoteLexicon) -> Bool {
        if markOfNameAfterBodyNoun(tokens, k, r, lexicon) { return true }
        guard k - 2 >= r.lowerBound, tokens[k].punct == UInt8(ascii: "?") || tokens[k].punct == UInt8(ascii: "!"),
              case let name = tokens[k - 1], name.isWord, name.capitalized, name.end == tokens[k].start else { return false }
        let before = tokens[k - 2]
        // ("..., 14 failed safety tests, Which? said.": after a comma too, right before a cue that no name follows; not a
        // question word, "..., Why? asked Lee".)
        return k == i - 1 && before.punct == UInt8(ascii: ",") && !QuoteAttributor.questionWords.contains(name)
            && (i + 1 >= r.upperBound || !tokens[i + 1].capitalized)
    }

    /// The token at `k` is the stop of a capitalised generation's suffix: "Jr." in "Robert Downey Jr.". (`k - 1` must be in range.)
    static func closesGenerationSuffix(_ tokens: Tokens, _ k: Int) -> Bool {
        tokens[k].punct == UInt8(ascii: ".") && tokens[k - 1].capitalized && generationSuffixes.contains(tokens[k - 1])
    }

    /// "first" at `k`, after "who", a pronoun or a name (inside the sentence that opens at `lower`), telling when: "It was
    /// Tom Lee who first said", "He first said". (Not "the first claims", an ordinal before its noun.)
    static func firstTellsWhen(_ tokens: Tokens, _ k: Int, after lower: Int) -> Bool {
        guard k > lower, tokens[k].lower == "first", !tokens[k].capitalized, case let t = tokens[k - 1] else { return false }
        return t.lower == "who" || QuoteLexicon.pronouns[t] != nil || t.isWord && t.capitalized
    }

    /// "Scientists studying the data say": the article at `det` opens the object of a participle in "-ing" after the people who
    /// speak, and the whole phrase to `head` speaks. ("Campaigners fighting to save the library said": or the object of the
    /// infinitive after the participle.) The phrase before the participle is read within the 16 tokens before it, so a chain
    /// of participles never recurses far. (An article after the participle, and people before it: not "a packed council
    /// meeting that engineers".)
    func participleObjectSpeakers(_ tokens: Tokens, article det: Int, head k: Int, _ r: Range<Int>) -> Range<Int>? {
        guard det - 2 >= r.lowerBound, QuoteAttributor.articles.contains(tokens[det]) else { return nil }
        let g = det - 4 >= r.lowerBound && tokens[det - 2].lower == "to" && tokens[det - 1].isWord && !tokens[det - 1].capitalized
            && tokens[det - 3].isWord && tokens[det - 3].lower.endsWith("ing") ? det - 3 : det - 1
        guard tokens[g].isWord, !tokens[g].capitalized, tokens[g].lower.endsWith("ing"), tokens[g].lower.utf8.count > 4,
              tokens[g - 1].isWord,
              tokens[g - 1].capitalized || tokens[g - 1].lower.looksPlural || QuoteAttributor.unmarkedPlurals.contains(tokens[g - 1])
                // ("A man claiming to be a police officer told": or one person's noun.)
                || QuoteAttributor.personNouns[tokens[g - 1]] != nil,
              let np = leftSubject(tokens, before: g, max(r.lowerBound, g - 16)..<r.upperBound), np.upperBound == g else { return nil }
        return np.lowerBound..<(k + 1)
    }

    /// "Those at the meeting said", "Those close to him said", "Those who attended said": "those" opening the sentence (or
    /// after "but", "and", "yet", "so"), a preposition's phrase, an adjective of relation's or a relative clause after it,
    /// and only words up to the verb, is the subject: the whole phrase, or "those" alone when `k` is the "who" after it
    /// (the relative clause's reader asks for the phrase before "who").
    static func thoseSubject(_ tokens: Tokens, endingAt k: Int, _ r: Range<Int>) -> Range<Int>? {
        var s = r.lowerBound
        if s + 1 < k, discourseOpeners.contains(tokens[s]) { s += 1 }
        guard k > s, k - s <= 14, tokens[s].lower == "those", case let next = tokens[s + 1],
              next.lower == "who" || purePrepositions.contains(next) || relationAdjectives.contains(next),
              (s + 1...k).allSatisfy({ tokens[$0].isWord || tokens[$0].kind == .number }) else { return nil }
        return tokens[k].lower == "who" ? s..<(s + 1) : s..<(k + 1)
    }

    /// The subject phrase ending just before the verb at `i`, past auxiliaries and adverbs.
    func leftSubject(_ tokens: Tokens, before i: Int, _ r: Range<Int>) -> Range<Int>? {
        // ("Robert Downey Jr. said": the stop of a generation's suffix stands inside the name.)
        if i - 3 >= r.lowerBound, QuoteAttributor.closesGenerationSuffix(tokens, i - 1), tokens[i - 3].capitalized {
            return leftSubject(tokens, before: i - 1, r)
        }
        var k = i - 1
        // ("My father always said": an adverb of frequency is no part of the subject; a capitalised word in
        // "-ly" is a name: "Maureen Kelly, 78, said".)
        // ("Her family said": a few nouns end in "-ly" too.)
        // ("Mrs May told": a capitalised "May" after a capitalised word is a name's, no helper.)
        // ("talks that both described as ...": not "both" opening a relative clause, its subject.)
        // ("May said on Instagram", "Will told friends": a helper that is also a name, capitalised right before a form no
        // helper takes, is the name.)
        while k >= r.lowerBound, tokens[k].isWord,
              QuoteLexicon.auxiliaries.contains(tokens[k]) && !(tokens[k].capitalized && k > r.lowerBound && tokens[k - 1].capitalized)
                && !(k == i - 1 && QuoteAttributor.helperNamedBeforeFiniteVerb(tokens, k, r))
                && !QuoteAttributor.bothOpensRelativeClause(tokens, k, after: r.lowerBound)
                || (tokens[k].lower.endsWith("ly") && tokens[k].lower.utf8.count > 4 && !tokens[k].capitalized
                    && !QuoteAttributor.nounsInLy.contains(tokens[k]))
                || QuoteAttributor.frequencyAdverbs.contains(tokens[k]) || QuoteAttributor.unmarkedAdverbs.contains(tokens[k])
                // ("Officials there said", "a pediatrician there told": a place's adverb after a noun.)
                // ("The minister yesterday said": so is a day's adverb.)
                || k == i - 1 && k > r.lowerBound && !tokens[k].capitalized
                    && (QuoteAttributor.placeAdverbs.contains(tokens[k]) || QuoteAttributor.dayAdverbs.contains(tokens[k]))
                    && tokens[k - 1].isWord && !QuoteLexicon.auxiliaries.contains(tokens[k - 1])
                // ("It was Tom Lee who first said", "He first said": "first" that tells when is no part of the subject.)
                || k == i - 1 && QuoteAttributor.firstTellsWhen(tokens, k, after: r.lowerBound)
                // ("They each said", "The ministers each said": a floating "each" after a plural subject, as "all" and "both".)
                || k == i - 1 && k > r.lowerBound && tokens[k].lower == "each" && tokens[k - 1].isWord
                    && (tokens[k - 1].lower == "they" || tokens[k - 1].lower == "we" || tokens[k - 1].lower.looksPlural) {
            k -= 1
        }
        guard k >= r.lowerBound else { return nil }
        if let np = QuoteAttributor.thoseSubject(tokens, endingAt: k, r) { return np }
        // ("Mike Lee, who called the agreement “a Christmas tree,” said he would vote no": a quotation closing a relative
        // clause with the comma inside its mark; the one "who" stands for is the subject, as after a comma outside it.)
        // ("The agency, which had called the protest “reckless,” said": so is the phrase before "which" and its comma, when it
        // opens the clause; "failed to find the cause, which was “distressing,” wrote Taylor" is the verb's object.)
        if k - 2 > r.lowerBound, QuoteAttributor.closesQuotation(tokens, at: k), tokens[k - 1].punct == UInt8(ascii: ","),
           let open = scanRange(from: max(r.lowerBound, k - 30), upTo: k - 1).last(where: { tokens[$0].isQuoteMark }),
           let who = scanRange(from: max(r.lowerBound, open - 12), upTo: open).last(where: { !tokens[$0].isWord }).map({ $0 + 1 }),
           who < open, who - 1 > r.lowerBound, tokens[who - 1].punct == UInt8(ascii: ","),
           let np = tokens[who].lower == "who" ? leftSubject(tokens, before: who + 1, r)
               : tokens[who].lower == "which" ? leftSubject(tokens, before: who - 1, r).flatMap({
                   $0.upperBound == who - 1 && QuoteAttributor.opensClause(tokens, at: $0.lowerBound, r) ? $0 : nil }) : nil {
            return np
        }
        // ("A microphone caught him calling residents “cranks”", "Cameras filmed Ruth Ames saying ...": the object of a
        // verb of seeing or hearing speaks in the "-ing" cue right after it.)
        if k > r.lowerBound, i < r.upperBound, k == i - 1, tokens[i].lower.endsWith("ing"), tokens[k].isWord {
            if QuoteAttributor.perceptionVerbs.contains(tokens[k - 1]),
               QuoteAttributor.objectPronouns[tokens[k]] != nil || tokens[k].lower == "her" { return k..<(k + 1) }
            if tokens[k].capitalized {
                var s = k
                while s > r.lowerBound, k - s < 3, tokens[s - 1].isWord, tokens[s - 1].capitalized { s -= 1 }
                if s > r.lowerBound, QuoteAttributor.perceptionVerbs.contains(tokens[s - 1]) { return s..<(k + 1) }
            }
        }
        // ("Consumer group Which? said": a name's own "?" or "!", written onto a name that a body's noun introduces.)
        // (The name itself, which may be a word that opens no phrase elsewhere: "Which".)
        if QuoteAttributor.markClosesName(tokens, k, cue: i, r, lexicon) { return (k - 1)..<k }
        // ("Authors including John Grisham and Jodi Picoult said", "Several authors, including John Grisham,
        // said": names given as examples of the subject are not it; the phrase before them speaks.)
        if let lead = exampleLead(tokens, endingAt: k, r) { return leftSubject(tokens, before: lead, r) }
        // "McConnell, who in 2010 said": a year phrase stands between the subject and the verb.
        if tokens[k].kind == .number, k - 1 > r.lowerBound, ["in", "since", "during", "until"].contains(tokens[k - 1].lower) {
            return leftSubject(tokens, before: k - 1, r)
        }
        // ("The bill's sponsor, state Sen. Maria Lopez (D-Tucson), said": a name in an appositive closed by a bracketed
        // label speaks; past a lower-case field and a title before it.)
        if tokens[k].punct == UInt8(ascii: ","), k - 3 > r.lowerBound, tokens[k - 1].punct == UInt8(ascii: ")"),
           let open = scanRange(from: max(r.lowerBound, k - 8), upTo: k - 1).last(where: { tokens[$0].punct == UInt8(ascii: "(") }),
           open - 2 > r.lowerBound, tokens[open - 1].isWord, tokens[open - 1].capitalized,
           let c = scanRange(from: max(r.lowerBound, open - 9), upTo: open).last(where: { !tokens[$0].isWord && tokens[$0].punct != UInt8(ascii: ".") }),
           c > r.lowerBound, tokens[c].punct == UInt8(ascii: ",") {
            var a = c + 1
            // ("state Sen.": a verb's form right before a title is its field.)
            while a < open - 1, tokens[a].isWord, !tokens[a].capitalized, lexicon.verbs[tokens[a]] == nil || lexicon.titles[tokens[a + 1]] != nil,
                  !QuoteLexicon.phraseBreakers.contains(tokens[a]), a - c <= 2 { a += 1 }
            while a + 2 < open, lexicon.titles[tokens[a]] != nil, tokens[a].capitalized,
                  tokens[a + 1].punct == UInt8(ascii: ".") || tokens[a + 1].isWord && tokens[a + 1].capitalized { a += tokens[a + 1].punct == UInt8(ascii: ".") ? 2 : 1 }
            if open - a >= 2, open - a <= 4, (a..<open).allSatisfy({ tokens[$0].isWord && tokens[$0].capitalized
                || tokens[$0].punct == UInt8(ascii: ".") && tokens[$0 - 1].lower.utf8.count == 1 }) {
                return a..<open
            }
        }
        if tokens[k].punct == UInt8(ascii: ",") {
            // An appositive or relative clause between subject and verb:
            // "Whitby, who voted against the plan, warned ..."; "Smith, the minister, said ...".
            // ("Dr. Connie Mariano, who as a Navy captain was the White House physician in ... and later retired ..., said": a
            // relative clause of up to 40 tokens; 28 when a quotation mark stands in the way, whose words hold commas of their own.)
            let floor = max(r.lowerBound, k - (scanRange(from: max(r.lowerBound, k - 40), upTo: k).contains(where: { tokens[$0].isQuoteMark }) ? 28 : 40))
            guard var c = (floor..<k).last(where: { tokens[$0].punct == UInt8(ascii: ",") }), c > r.lowerBound else { return nil }
            // ("FreshWay, based in Columbus, Ohio, said", "John Smith, a lawyer in Austin, Texas, said": a state or country
            // after a town's comma closes a place, not an appositive; the appositive opens at the comma before the town.)
            // (Not a person's name in the appositive: "an aide to the mayor of Leeds, Tom Lee, said".)
            if c + 1 < k, c - 1 > floor, (c + 1..<k).allSatisfy({ tokens[$0].isWord && tokens[$0].capitalized || tokens[$0].punct == UInt8(ascii: ".") }),
               k - c <= 4, tokens[c - 1].isWord, tokens[c - 1].capitalized, lexicon.firstName(tokens[c + 1]) == nil {
                var town = c - 1
                while town - 1 > floor, c - town < 3, tokens[town - 1].isWord, tokens[town - 1].capitalized { town -= 1 }
                // ("The foreign minister of Jordan, Ayman Safadi, urged": after an office "of" a place, two capitalised words
                // that open as no place does are the office holder's name, though the first names list lacks the first.)
                // ("His former manager at Aston Villa, Unai Emery, said": or "at" a club or a firm.)
                let holderAfterOffice = (tokens[town - 1].lower == "of" || tokens[town - 1].lower == "at") && town - 2 > floor
                    && lexicon.titles[tokens[town - 2]] != nil
                    && k - c >= 3 && !QuoteAttributor.placeOpeners.contains(tokens[c + 1])
                if QuoteAttributor.townPrepositions.contains(tokens[town - 1]), !holderAfterOffice {
                    if let opening = (floor..<(town - 1)).last(where: { tokens[$0].punct == UInt8(ascii: ",") }), opening > r.lowerBound {
                        c = opening
                    } else if let s = leftSubject(tokens, before: c, r), s.upperBound == c, s.lowerBound < town - 1 {
                        // ("Residents of Marston, Ohio, said": with no comma before it the place is inside the subject, which
                        // ends at the town.)
                        return s
                    } else if town - 2 >= r.lowerBound, tokens[town - 2].isWord, tokens[town - 2].capitalized,
                              let s = leftSubject(tokens, before: town - 1, r),
                              s.upperBound == town - 1 {
                        // ("John Smith of Austin, Texas, said": a name before the place is the subject.)
                        return s
                    }
                }
            }
            // ("Andry Rajoelina, the mayor of the capital, Antananarivo, said": a name after a place's noun and its comma,
            // with no first name, is the place; the appositive opens at the comma before.)
            if c - 1 > floor, c + 1 < k, QuoteAttributor.placeNouns.contains(tokens[c - 1]), tokens[c + 1].isWord, tokens[c + 1].capitalized,
               lexicon.firstName(tokens[c + 1]) == nil, let opening = (floor..<(c - 1)).last(where: { tokens[$0].punct == UInt8(ascii: ",") }), opening > r.lowerBound {
                c = opening
            }
            // ("Ms Ames and her husband, Tom, said": a relation's name in commas after a pair that "and his" or "and her"
            // joins; the pair speaks, as before a relative clause.)
            if c - 3 > r.lowerBound, QuoteAttributor.relationNouns[tokens[c - 1]] != nil, QuoteAttributor.possessivePronouns[tokens[c - 2]] != nil,
               tokens[c - 3].lower == "and", k - c <= 4, (c + 1..<k).allSatisfy({ tokens[$0].isWord && tokens[$0].capitalized }),
               let pair = subject(tokens, r, endingAtComma: c) { return pair }
            // "The state's campaign chairman, Phil Lovas, said": the name in the appositive speaks.
            // ("Another critic, Laurence H. Tribe, likened": with a middle initial.)
            // ("The minister of the economy, Mr. Guajardo Villarreal, argues": after a title abbreviation too.)
            // ("His teammate, goalkeeper Sam Okoye, called": past a lower-case role before the name.)
            var a = c + 1
            // ("One, retired nurse Alan Pryce, likened": a modifier before the role too.)
            // ("A patient ..., 84-year-old Walter Briggs, told": past an age before the name.)
            if a < k - 1, QuoteAttributor.isAge(tokens[a]), tokens[a + 1].capitalized {
                // ("The mother of one of the children, four-year-old Amir, said": after a relative's "of" phrase, a name with
                // its age is the child the phrase names last; the relative speaks.)
                if let of = scanRange(from: max(floor, c - 8), upTo: c).first(where: { tokens[$0].lower == "of" }), of > r.lowerBound,
                   QuoteAttributor.relationNouns[tokens[of - 1]] != nil, let np = subject(tokens, r, endingAtComma: c) { return np }
                a += 1
            }
            // ("A Pentagon spokeswoman, Lt. Col. Dana Whitfield, said": past abbreviated ranks before the name.)
            // ("Its chairman, the Rev. John Ellery, said": and the article before them.)
            if a + 3 < k, tokens[a].lower == "the", tokens[a + 1].isWord, tokens[a + 1].capitalized, tokens[a + 2].punct == UInt8(ascii: "."),
               lexicon.titles[tokens[a + 1]] != nil, tokens[a + 3].capitalized { a += 1 }
            while a + 2 < k, tokens[a].isWord, tokens[a].capitalized, tokens[a + 1].punct == UInt8(ascii: "."),
                  lexicon.titles[tokens[a]] != nil, tokens[a + 2].capitalized { a += 2 }
            while a < k - 1, tokens[a].isWord, !tokens[a].capitalized,
                  lexicon.titles[tokens[a]] != nil || !tokens[a + 1].capitalized && lexicon.titles[tokens[a + 1]] != nil { a += 1 }
            // ("The rail industry body, the Rail Delivery Group, said": a name with its own article.)
            if a + 2 < k, tokens[a].lower == "the", tokens[a + 1].isWord, tokens[a + 1].capitalized, tokens[a + 2].isWord,
               tokens[a + 2].capitalized || QuoteAttributor.isOrganisationJoiner(tokens[a + 2]) && isOrganisationHead(tokens[a + 1]) { a += 1 }
            // ("The farmers' union, the FNSEA, said", "The regulator, the CMA, said": or of one word, after a body's noun.)
            if a + 2 == k, c > r.lowerBound, tokens[a].lower == "the", tokens[a + 1].isWord, tokens[a + 1].capitalized,
               lexicon.groups[tokens[c - 1]] == "org" { a += 1 }
            // ("Its chairman, retired engineer Colin Bates, said", "former police officer Colin Bates": up
            // to three words of description, no article or verb among them, before a full name.)
            func nameAfterDescription(_ a: Int) -> Int? {
                guard a < k - 2, tokens[a].isWord, !tokens[a].capitalized,
                      let b = scanRange(from: a + 1, upTo: min(k, a + 4)).first(where: { tokens[$0].isWord && tokens[$0].capitalized }),
                      // ("world number four Jessica Pegula": a number word past the first is a rank, no determiner.)
                      // ("state Sen. Marcus Hill", "state Senator Marcus Hill": a verb's form right before a title is its field.)
                      // ("Richardson, via USA Today, said": no preposition; the name after it is a source, no appositive.)
                      (a..<b).allSatisfy({ tokens[$0].isWord && !tokens[$0].capitalized && !QuoteLexicon.phraseBreakers.contains(tokens[$0])
                          && !QuoteAttributor.prepositions.contains(tokens[$0]) && !QuoteAttributor.purePrepositions.contains(tokens[$0])
                          && !(QuoteAttributor.nounDeterminers.contains(tokens[$0]) && ($0 == a || QuoteAttributor.articles.contains(tokens[$0])))
                          && (lexicon.verbs[tokens[$0]] == nil || $0 + 1 == b && lexicon.titles[tokens[b]] != nil)
                          && !QuoteLexicon.auxiliaries.contains(tokens[$0]) }),
                      // ("father-of-three Craig van der Berg": a name's particles, marked capitalised, are past the count.)
                      // ("the former player Mark J. Dent": a middle initial's point is inside the name, and past the count.)
                      case let particles = (b + 1..<k).count(where: { QuoteAttributor.nameParticles.contains(tokens[$0])
                          || $0 > b + 1 && QuoteAttributor.isInitialPoint(tokens, $0) }),
                      k - b >= 2, k - b - particles <= 5, (b..<k).allSatisfy({ tokens[$0].isWord && tokens[$0].capitalized
                          || $0 == b + 1 && tokens[$0].punct == UInt8(ascii: ".") && lexicon.titles[tokens[b]] != nil
                          || $0 > b + 1 && $0 + 1 < k && QuoteAttributor.isInitialPoint(tokens, $0) }),
                      k - b - particles <= 4 || tokens[b + 1].punct == UInt8(ascii: ".") else { return nil }
                return b
            }
            // ("Her coach, the Ukrainian grandmaster Oleksandr Petrenko, said", "His lawyer, the veteran barrister Anne Reed,
            // said", "The club's owner, American businessman Tom Hale, said": past an article, then a nationality, first.)
            var described = a
            if described < k - 3, QuoteAttributor.articles.contains(tokens[described]) { described += 1 }
            if described < k - 3, tokens[described].capitalized, lexicon.demonyms.contains(tokens[described]) { described += 1 }
            if let b = nameAfterDescription(described) { a = b }
            // ("Another passenger, a retired teacher named Joseph Adeyemi, said": the name after "named".)
            if let named = (c + 1..<k).last(where: { tokens[$0].lower == "named" || tokens[$0].lower == "called" }), named + 1 < k,
               k - (named + 1) <= 4, (named + 1..<k).allSatisfy({ tokens[$0].isWord && tokens[$0].capitalized }) {
                return (named + 1)..<k
            }
            // ("Another analyst, Joanna Li of Redwood Securities, said": the name before its employer; a
            // full name, so "Senator Dianne Feinstein, Democrat of California, said" keeps the senator.)
            var nameEnd = k
            // (Not an organisation's own "of": "the Transport Workers Union of America".)
            if a + 1 < k, let p = (a + 1..<k).first(where: { QuoteAttributor.isAffiliationPreposition(tokens[$0]) }), p - a >= 2, p + 1 < k,
               !isOrganisationHead(tokens[p - 1]),
               // ("Dr Amanda Paluch of the University of Massachusetts": an article and an organisation's own
               // "of" inside the employer's name; "Daniel Okafor of Pearce & Co": an ampersand joining its words.)
               (p + 1..<k).allSatisfy({ tokens[$0].isWord && (tokens[$0].capitalized || $0 == p + 1 && tokens[$0].lower == "the"
                   || $0 > p + 1 && $0 + 1 < k && QuoteAttributor.isOrganisationJoiner(tokens[$0]) && tokens[$0 + 1].capitalized)
                   || $0 > p + 1 && $0 + 1 < k && QuoteAttributor.ampersandJoins(tokens, at: $0, letters: true) }),
               tokens[k - 1].capitalized { nameEnd = p }
            // ("Sen. Richard Cole, R-Texas, said": a party and state label is about the name before it.)
            if QuoteAttributor.isPartyLabel(tokens, c + 1..<k) { return leftSubject(tokens, before: c, r) }
            // ("Dr Catherine Heymans, Scotland's Astronomer Royal, said": after a person's name the
            // capitalised appositive is a role; the name speaks.)
            if tokens[a].capitalized, let person = personNameBefore(tokens, comma: c, r) { return person }
            // ("Prince Andrew, the younger brother of the heir to the throne, Charles, has told friends": after a name opening
            // the sentence and an article's description holding "of", a name set off by commas renames the description's
            // last noun; the opening name speaks.)
            if tokens[a].capitalized, let c0 = (r.lowerBound + 1..<c).first(where: { tokens[$0].punct == UInt8(ascii: ",") }),
               c0 - r.lowerBound <= 4, c0 + 2 < c, (r.lowerBound..<c0).allSatisfy({ tokens[$0].isWord && tokens[$0].capitalized }),
               lexicon.firstName(tokens[r.lowerBound]) != nil || lexicon.titles[tokens[r.lowerBound]] != nil,
               QuoteAttributor.articles.contains(tokens[c0 + 1]), (c0 + 2..<c).contains(where: { tokens[$0].lower == "of" }) {
                return r.lowerBound..<c0
            }
            // ("the museum's director, Pieter van Dam, told": a particle inside the name.)
            // ("the Transport Workers Union of America": an organisation's own "of".)
            // ("The engine maker, Pratt & Whitney, said": an ampersand joining its words.)
            // ("Portuguese Prime Minister Rui de la Cruz": the particles are past the count.)
            // ("Portuguese Prime Minister Rui J. Tavares": a middle initial's point too.)
            if nameEnd - a >= 1, tokens[a].isWord, tokens[a].capitalized,
               case let particles = (a..<nameEnd).count(where: { QuoteAttributor.nameParticles.contains(tokens[$0])
                   || QuoteAttributor.isInitialPoint(tokens, $0) }),
               nameEnd - a - particles <= 6, nameEnd - (c + 1) - particles <= 9, (a..<nameEnd).allSatisfy({ tokens[$0].isWord
                && (tokens[$0].capitalized || QuoteAttributor.nameParticles.contains(tokens[$0]) && $0 + 1 < nameEnd
                    || $0 > a && $0 + 1 < nameEnd && QuoteAttributor.isOrganisationJoiner(tokens[$0]) && isOrganisationHead(tokens[$0 - 1]))
                || tokens[$0].punct == UInt8(ascii: ".") && (tokens[$0 - 1].lower.utf8.count == 1 || lexicon.titles.contains(tokens[$0 - 1]))
                || $0 + 1 < nameEnd && QuoteAttributor.ampersandJoins(tokens, at: $0, letters: true) }) {
                return a..<nameEnd
            }
            // ("Its co-chairs, Dr Rob Laurenson and Dr Vivek Trivedi, said": two names joined by "and" speak together.)
            // ("Its sponsors, Sen. Ann Holloway and Sen. Tom Darrow, called": with the first name's title, read from the comma.)
            if let pair = twoNamesInAppositive(tokens, c + 1, k) ?? twoNamesInAppositive(tokens, a, k) { return pair }
            // "Schiff, 56, who has served ..., told": the subject may end at an earlier comma.
            // ("Ruth Ames, a spokeswoman for the Harbour Trust, which runs the port, said": "which" is
            // about the group inside the appositive; the person before it speaks.)
            var groupInAppositive: Range<Int>? = nil
            for c2 in stride(from: c, through: floor, by: -1) where c2 > r.lowerBound && tokens[c2].punct == UInt8(ascii: ",") {
                guard let np = subject(tokens, r, endingAtComma: c2) else { continue }
                if QuoteAttributor.isPartyLabel(tokens, np) { continue }
                // ("a developer and spokeswoman for the Investment Coalition, which ...": the phrase may hold
                // its preposition.)
                if groupInAppositive == nil, tokens[c2 + 1].lower == "which", np.lowerBound > r.lowerBound,
                   QuoteAttributor.purePrepositions.contains(tokens[np.lowerBound - 1])
                    || np.contains(where: { tokens[$0].lower == "for" || QuoteAttributor.isAffiliationPreposition(tokens[$0]) }) {
                    groupInAppositive = np
                    continue
                }
                // ("Monique Goyens, director general of BEUC, the European consumer organisation, said": so is a body after
                // the preposition of a role opening at a comma; the person before the role speaks.)
                if groupInAppositive == nil, np.lowerBound - 1 > r.lowerBound, QuoteAttributor.purePrepositions.contains(tokens[np.lowerBound - 1]),
                   let c3 = (floor..<max(floor, np.lowerBound - 1)).last(where: { tokens[$0].punct == UInt8(ascii: ",") }), c3 > r.lowerBound,
                   (c3 + 1..<(np.lowerBound - 1)).allSatisfy({ tokens[$0].isWord && !tokens[$0].capitalized }),
                   (c3 + 1..<(np.lowerBound - 1)).contains(where: { lexicon.titles[tokens[$0]] != nil }) {
                    groupInAppositive = np
                    continue
                }
                return np
            }
            return groupInAppositive
        }
        // "John Dickey, the chief executive -- the company that owns it -- told me": step over a
        // parenthetical between dashes, then read the subject before it.
        if tokens[k].isDash, k - 1 > r.lowerBound,
           let open = (max(r.lowerBound, k - 30)..<(k - 1)).last(where: { tokens[$0].isDash && !tokens[$0 + 1].isDash }),
           open > r.lowerBound {
            var b = open
            while b > r.lowerBound, tokens[b - 1].isDash { b -= 1 }
            if b > r.lowerBound, let np = leftSubject(tokens, before: b, r) {
                // ("John Dickey, the chief executive -- ... -- told": the name before the appositive. Not before a name, which
                // speaks after its role: "The board's chairman, Colin Reeve -- ... -- said".)
                if np.lowerBound - 1 > r.lowerBound, tokens[np.lowerBound - 1].punct == UInt8(ascii: ","),
                   !tokens[np.lowerBound].capitalized || QuoteLexicon.determiners.contains(tokens[np.lowerBound]),
                   let name = subject(tokens, r, endingAtComma: np.lowerBound - 1) {
                    return name
                }
                return np
            }
        }
        // "Rep. Gwen Moore (D-Wis.) said": step over a short parenthetical after the name.
        k = QuoteAttributor.beforeParenthetical(tokens, k, r)
        guard tokens[k].isWord else {
            // ("63% said Clinton was justified": a share of those asked, opening its clause.)
            if let s = shareStart(tokens, endingAt: k, r) { return s..<(k + 1) }
            // ("Of the 90 economists who responded, 41 said ..., while 37 said": a bare count right before the verb, opening its
            // clause, is that many of the people named before it; not a year.)
            if tokens[k].kind == .number, k == i - 1, tokens[k].lower.utf8.allSatisfy({ ByteClass.isDigit($0) || $0 == UInt8(ascii: ",") }),
               !(tokens[k].lower.utf8.count == 4 && (tokens[k].lower.utf8[0] == UInt8(ascii: "1") || tokens[k].lower.utf8[0] == UInt8(ascii: "2"))),
               k == r.lowerBound || tokens[k - 1].punct == UInt8(ascii: ",") || QuoteAttributor.coordinators.contains(tokens[k - 1]) {
                return k..<(k + 1)
            }
            // ("the 27-year-old said": an age after its determiner is a person.)
            if QuoteAttributor.isAge(tokens[k]), k > r.lowerBound,
               QuoteLexicon.determiners.contains(tokens[k - 1]) { return (k - 1)..<(k + 1) }
            // ("Channel 4 said", "No 10 said": a name that ends in a short number after a capitalised word.)
            if QuoteAttributor.isNameNumber(tokens, k, after: r.lowerBound) {
                if tokens[k - 1].lower == "no" || tokens[k - 1].lower == "number" { return (k - 1)..<(k + 1) }
                if let np = leftSubject(tokens, before: k, r), np.upperBound == k { return np.lowerBound..<(k + 1) }
            }
            return nil
        }
        if let np = contactClauseSubject(tokens, endingAt: k, r) { return np }
        let head = tokens[k]
        // "an architect who said ...": the relative pronoun stands for the phrase before it.
        // ("family members of 9/11 victims, many of whom say ...", "residents, some of whom said": a share of the people
        // before the comma speaks for them; they are the phrase before it, as before "who".)
        let shareOfWhom = head.lower == "whom" && k - 3 > r.lowerBound && tokens[k - 1].lower == "of" && tokens[k - 3].punct == UInt8(ascii: ",")
            && (QuoteAttributor.quantifierPronouns.contains(tokens[k - 2]) || QuoteAttributor.isNumberWord(tokens[k - 2].lower))
        if head.lower == "who" || shareOfWhom, k > r.lowerBound {
            var before = shareOfWhom ? k - 3 : tokens[k - 1].punct == UInt8(ascii: ",") ? k - 1 : k
            // ("Ann Pryce, 71, who said", "Sen. Mike Lee, R-Utah, who called": an age, or a party and state label, in commas
            // after a name; the name is who.)
            if before == k - 1, let c = scanRange(from: max(r.lowerBound, before - 5), upTo: before).last(where: { tokens[$0].punct == UInt8(ascii: ",") }),
               c - 1 > r.lowerBound, c + 1 < before, tokens[c - 1].isWord, tokens[c - 1].capitalized,
               c + 2 == before && tokens[c + 1].kind == .number && tokens[c + 1].lower.utf8.count <= 3
                || QuoteAttributor.isPartyLabel(tokens, (c + 1)..<before) {
                before = c
            }
            guard before > r.lowerBound else { return nil }
            // ("treated by a doctor, who said ...", "according to a police spokesman, who said ...": the
            // person may be a preposition's object.)
            // ("protests from civil rights groups who say": people named by a bare plural right before "who" are the ones,
            // though the phrase before may read as a participle's.)
            // ("Several of those who attended said": "those" before "who" is the people.)
            guard let np = barePeople(tokens, before: before, r) ?? (tokens[before - 1].lower == "those" ? (before - 1)..<before : nil)
                    ?? leftSubject(tokens, before: before, r)
                    ?? objectOfPreposition(tokens, before: before, r) else { return nil }
            // ("donors from around the country who want": the people, not the place after their preposition.)
            var p = np.lowerBound
            while p - 1 > r.lowerBound, QuoteAttributor.purePrepositions.contains(tokens[p - 1]) || tokens[p - 1].lower == "around" { p -= 1 }
            var phrase = np
            // ("protests from civil rights groups who say": not when the phrase after the preposition names people.)
            // (Nor when the word before the preposition cannot be a person, as "who" is: "The bill now goes to Gov.
            // Dana Keller, who has said".)
            // ("took calls from black listeners to his radio program who said": or, where no subject reads there, the people's
            // noun and its modifiers, back to a determiner, a preposition or a verb.)
            // ("Mark Delaney, a father of two in Sacramento who opposed the bill": nor a relation and the number of its
            // children, one person.)
            let relationCount = p - 3 > r.lowerBound && QuoteAttributor.isNumberWord(tokens[p - 1].lower) && tokens[p - 2].lower == "of"
                && QuoteAttributor.relationNouns[tokens[p - 3]] != nil
            if p < np.lowerBound, lexicon.groups[QuoteAttributor.bare(tokens[np.upperBound - 1].lower)] != "group", mayBePeople(tokens[p - 1]) || relationCount {
                if let head = leftSubject(tokens, before: p, r), head.upperBound == p,
                   !head.contains(where: { QuoteAttributor.looksLikeVerb(tokens[$0]) }) {
                    // (With the article the relation's phrase leaves out: "a father of two".)
                    let article = relationCount && head.lowerBound - 1 > r.lowerBound && QuoteAttributor.articles.contains(tokens[head.lowerBound - 1])
                    phrase = (article ? head.lowerBound - 1 : head.lowerBound)..<np.upperBound
                } else if !tokens[p - 1].capitalized, tokens[p - 1].lower.looksPlural {
                    var h = p - 1
                    while h - 1 > r.lowerBound, p - h < 3, tokens[h - 1].isWord, !tokens[h - 1].capitalized, !QuoteAttributor.looksLikeVerb(tokens[h - 1]),
                          lexicon.verbs[tokens[h - 1]] == nil, !QuoteLexicon.phraseBreakers.contains(tokens[h - 1]),
                          !QuoteLexicon.determiners.contains(tokens[h - 1]), !tokens[h - 1].lower.endsWith("ing") { h -= 1 }
                    if h - 1 >= r.lowerBound, QuoteLexicon.determiners.contains(tokens[h - 1]) { h -= 1 }
                    phrase = h..<np.upperBound
                }
            }
            // ("Scott Wiener, a Democrat from San Francisco who wrote the bill, ...", "Ruth Ames, a lawyer who said
            // ...": a relative clause inside an appositive is about the person it describes.)
            if phrase.lowerBound - 1 > r.lowerBound, tokens[phrase.lowerBound - 1].punct == UInt8(ascii: ","),
               QuoteAttributor.articles.contains(tokens[phrase.lowerBound]), let name = appositiveAnchor(tokens, comma: phrase.lowerBound - 1, r) {
                return name
            }
            return phrase
        }
        // "the Harbour Trust, which said ...": "which" stands for a name, a group or a record before its comma.
        // ("according to the regional government, which said": a preposition's object too, as "who" may be.)
        if head.lower == "which", k - 1 > r.lowerBound, tokens[k - 1].punct == UInt8(ascii: ","),
           let np = leftSubject(tokens, before: k - 1, r) ?? objectOfPreposition(tokens, before: k - 1, r), np.upperBound == k - 1 {
            let last = QuoteAttributor.bare(tokens[np.upperBound - 1].lower)
            return tokens[np.upperBound - 1].capitalized || lexicon.groups[last] != nil || QuoteAttributor.records.contains(last) ? np : nil
        }
        // ("released a letter from his doctor that says he is healthy", "published a report that says ...": "that" right
        // before the verb stands for a text before it, perhaps with a preposition's phrase and a time after it.)
        if head.lower == "that", k - 1 > r.lowerBound, let text = textBeforeRelativeThat(tokens, k, r) { return text }
        if QuoteLexicon.pronouns[head] != nil { return k..<(k + 1) }
        // "nobody", "everyone": a phrase of its own, never after a determiner ("... that nobody would").
        if QuoteAttributor.indefinitePronouns.contains(head) {
            return head.lower == "one" && k > r.lowerBound && tokens[k - 1].lower == "no" ? (k - 1)..<(k + 1) : k..<(k + 1)
        }
        // "Some say ...", "But many argue ...", "“...,” many said": a quantifier opening its clause
        // alone is the subject. ("They all said": after a pronoun it floats, and the pronoun speaks.)
        if QuoteAttributor.isQuantifierAlone(tokens, at: k, r) { return k..<(k + 1) }
        // "Trump this week also said": a time phrase stands between the subject and the verb.
        if QuoteAttributor.timeNouns.contains(head) {
            var s = k
            while s > r.lowerBound, QuoteAttributor.timeModifiers.contains(tokens[s - 1])
                    || QuoteAttributor.timeNouns.contains(tokens[s - 1]) { s -= 1 }
            return s > r.lowerBound ? leftSubject(tokens, before: s, r) : nil
        }
        // ("About 40 backbenchers said", "At least two officials said", "..., while more than 300 doctors warned": a count of
        // people opening its clause is the subject.)
        if let q = quantityPhrase(tokens, endingAt: k, r), countOpensClause(tokens, at: q.start, r) { return q.name..<(k + 1) }
        if let s = shareStart(tokens, endingAt: k, r) { return s..<(k + 1) }
        let headWord = QuoteAttributor.bare(head.lower)
        // ("the mother of three said", "A father of two said": a relation and the number of its children is one person.)
        if k - 2 > r.lowerBound, QuoteAttributor.isNumberWord(head.lower), tokens[k - 1].lower == "of",
           QuoteAttributor.relationNouns[tokens[k - 2]] != nil, let person = leftSubject(tokens, before: k - 1, r), person.upperBound == k - 1 {
            return person.lowerBound..<(k + 1)
        }
        // A possessive cannot be the subject ("Editor's note:"), nor a capitalised gerund ("Having said that").
        // (A capitalised word in "'s" right before a helper, "said" or "told" owns nothing, which a noun would follow:
        // it is a business's name, "Sainsbury's said", "McDonald's has warned". Not before another form that
        // may be a noun or an adjective, "Clinton's comments on", "Editor's note:", "Stumpf's repeated emphasis";
        // nor a contraction, "It's".)
        // ("Harlow's, which employs 90,000 people, said": nor before the comma of a relative "which" about it.)
        if head.lower.endsWith("'s"),
           !(head.capitalized && i < r.upperBound && (k + 1 < i || QuoteAttributor.sayForms.contains(tokens[i])
                || tokens[i].punct == UInt8(ascii: ",") && i + 1 < r.upperBound && tokens[i + 1].lower == "which")
             && !QuoteAttributor.contractedOpeners.contains(headWord)) { return nil }
        // ("“...,” King said" is a name: a gerund opens its sentence and is longer than "King".)
        // ("(Having said that, ...": after an opening bracket too.)
        // (Not a name in "-ing", "Boeing said", "Manning said": a gerund here is a helper's or a cue's own.)
        if head.capitalized, head.lower.endsWith("ing"), head.lower.utf8.count > 5,
           k == r.lowerBound || tokens[k - 1].punct == UInt8(ascii: "("),
           QuoteAttributor.openingGerunds.contains(head)
            || lexicon.verbs[head] != nil { return nil }
        // ("Unions, employers and charities said": a list of bare plurals opening the sentence speaks whole.)
        if i == k + 1, k - 4 >= r.lowerBound, tokens[k - 1].lower == "and", let start = barePluralListStart(tokens, before: k - 1, r) {
            return start..<(k + 1)
        }
        // ("Prices hit a record, producers said.": a bare plural between a comma and its finite verb is a
        // group of people, listed or not. Not a quantifier after a name, "Obama, others vow", nor an
        // adverb before a participle, ", perhaps recognizing".)
        // ("Drivers complained of queues, and cyclists said": so after "and" or "but" opening a clause.)
        if !head.capitalized, lexicon.groups[headWord] == nil, i == k + 1, k - 1 > r.lowerBound,
           tokens[k - 1].punct == UInt8(ascii: ",") || (tokens[k - 1].lower == "and" || tokens[k - 1].lower == "but") && !tokens[k - 2].isWord,
           !tokens[k - 2].capitalized, head.lower.utf8.count > 3, head.lower.looksPlural, lexicon.verbs[head] == nil,
           !QuoteAttributor.quantifierPronouns.contains(head), !QuoteLexicon.determiners.contains(head),
           i < r.upperBound, !tokens[i].lower.endsWith("ing"), lexicon.verbs[tokens[i]] != nil {
            return k..<(k + 1)
        }
        if !head.capitalized, lexicon.groups[headWord] == nil {
            // ("A man accused of arson told", "A woman charged with fraud said": a bare noun governed by a
            // participle's preposition; the people before the participle speak.)
            // (The participle right before the preposition, and no "to", which may open an infinitive.)
            // (Not before a participle's cue, which the noun right before it governs: "The bank warned of emails asking".)
            if i >= r.upperBound || !tokens[i].lower.endsWith("ing"),
               let p = (max(r.lowerBound, k - 3)..<k).last(where: { QuoteAttributor.purePrepositions.contains(tokens[$0]) }),
               p > r.lowerBound, tokens[p].lower != "to", tokens[p - 1].isWord, !tokens[p - 1].capitalized,
               tokens[p - 1].lower.utf8.count > 4, tokens[p - 1].lower.endsWith("ed"),
               (p + 1...k).allSatisfy({ tokens[$0].isWord && !tokens[$0].capitalized && !QuoteLexicon.phraseBreakers.contains(tokens[$0])
                   && !QuoteAttributor.nounDeterminers.contains(tokens[$0]) && lexicon.verbs[tokens[$0]] == nil }),
               let start = participlePhraseStart(tokens, governedAt: p + 1, before: k + 1, r) {
                return start..<(k + 1)
            }
            // ("Tech firm cuts jobs as chief executive admits it hired too fast", "Fares rise as minister says": a headline
            // drops the article; a role right after a linking word ("as", "while", "after": `headlineLinks`), before a present
            // "-s" cue, is the subject.)
            if i < r.upperBound, tokens[i].lower.endsWith("s"), lexicon.titles[head] != nil || QuoteAttributor.roleNouns.contains(head),
               let link = scanRange(from: max(r.lowerBound + 1, k - 2), upTo: k).first(where: { QuoteAttributor.headlineLinks.contains(tokens[$0]) }),
               tokens[link - 1].isWord, (link + 1...k).allSatisfy({ tokens[$0].isWord && !tokens[$0].capitalized
                   && !QuoteAttributor.nounDeterminers.contains(tokens[$0]) && !QuoteLexicon.phraseBreakers.contains(tokens[$0]) }) {
                return (link + 1)..<(k + 1)
            }
            if k == i - 1, let s = barePluralAfterWhat(tokens, before: i, r) { return s }
            // A common noun with its determiner: "the announcer said", "the ad's narrator says".
            // ("The report said": a verb's form right after a determiner is a noun.)
            guard !QuoteLexicon.phraseBreakers.contains(head),
                  // ("The company's report says", "its own report": after a possessive or "own" too.)
                  lexicon.verbs[head] == nil || verbFormIsNoun(tokens, k, after: r.lowerBound),
                  // ("a Homeland Security Department official said": capitalised modifiers in between.)
                  let det0 = (max(r.lowerBound, k - 6)..<k).last(where: { QuoteAttributor.nounDeterminers.contains(tokens[$0])
                      || (tokens[$0].capitalized && tokens[$0].lower.endsWith("'s")) }),
                  // ("their report they could not resist pointing out": a helper verb ends the phrase;
                  // "the experts I interviewed said" keeps its reduced relative.)
                  // ("the Reuters/Ipsos poll": a slash joins two names.)
                  // ("the teachers' union": an apostrophe closing a plural is a possessive, not a quotation mark.)
                  // ("the 81-year-old president": an age among the modifiers; "a Channel 4 spokesman": a name's number.)
                  (det0 + 1..<k).allSatisfy({ tokens[$0].isWord && !QuoteLexicon.phraseBreakers.contains(tokens[$0])
                      && !QuoteAttributor.clauseMarkers.contains(tokens[$0]) || tokens[$0].punct == UInt8(ascii: "/")
                      || QuoteAttributor.isPluralPossessive(tokens, $0)
                      || QuoteAttributor.isAge(tokens[$0]) || QuoteAttributor.isNameNumber(tokens, $0, after: det0) }),
                  // ("The bank sent letters saying": a past verb after the phrase's noun is the clause's, not a modifier
                  // as in "the reported figure" or "a widely read column".)
                  !(min(det0 + 2, k)..<k).contains(where: { QuoteAttributor.pastVerbAfterNoun(tokens, $0, from: det0, r) }) else {
                return nil
            }
            // ("between the two countries": an article before a number word opens the phrase.)
            var det = det0 > r.lowerBound && QuoteAttributor.isNumberWord(tokens[det0].lower) && QuoteLexicon.determiners.contains(tokens[det0 - 1])
                ? det0 - 1 : det0
            // ("Ruth Ames's lawyer", "The New York Times's correspondent": a name's possessive keeps the
            // whole name, not its last word; a function word opening the sentence stays out.)
            if tokens[det].capitalized, tokens[det].lower.endsWith("'s") {
                let c = QuoteAttributor.capitalisedStart(tokens, det, r)
                det = c < det && c == r.lowerBound && lexicon.starters.contains(tokens[c]) ? c + 1 : c
            }
            if let np = participleObjectSpeakers(tokens, article: det, head: k, r) { return np }
            // ("companies that had insured Patriot's obligations agreed": the object of a relative clause;
            // "one of the docs who sent the letter called": the subject is the phrase before "who".)
            // ("She said the official had said that ...": after "said" a person's role opens the reported clause, as
            // its subject, and is no object. Not "said the loan showed that", nor after "told", whose phrase is the
            // listener.)
            if det > r.lowerBound, QuoteAttributor.looksLikeVerb(tokens[det - 1]), !reportedClauseOpensWithRole(tokens, det, head: k) {
                if let rel = (max(r.lowerBound, det - 5)..<(det - 1)).last(where: { tokens[$0].lower == "who" }), rel > r.lowerBound,
                   (rel + 1..<(det - 1)).allSatisfy({ tokens[$0].isWord && QuoteLexicon.auxiliaries.contains(tokens[$0]) }) {
                    return leftSubject(tokens, before: rel, r)
                }
                if QuoteAttributor.looksLikePredicate(tokens[det - 1]) { return nil }
            }
            // ("a move that fishermen said would ...": inside a sentence "that" before the noun is a
            // relative pronoun, not a determiner of the speaker.)
            if tokens[det].lower == "that", det > r.lowerBound, det + 1 <= k { return (det + 1)..<(k + 1) }
            if let start = startPastPreposition(tokens, det, r) { return start..<(k + 1) }
            return participlePhraseStart(tokens, governedAt: det, before: k + 1, r).map { $0..<(k + 1) }
        }
        if QuoteLexicon.phraseBreakers.contains(head) { return nil }
        // ("Campaigners fighting to save the library said": so when the object's noun is a body's, which speaks elsewhere.)
        if !head.capitalized, lexicon.groups[headWord] != nil,
           let det = (max(r.lowerBound, k - 4)..<k).last(where: { QuoteAttributor.articles.contains(tokens[$0]) }),
           (det + 1..<k).allSatisfy({ tokens[$0].isWord && !QuoteLexicon.phraseBreakers.contains(tokens[$0]) }),
           let np = participleObjectSpeakers(tokens, article: det, head: k, r) { return np }
        var s = k
        // (A name may run longer than a common noun's phrase: "the Harvard T.H. Chan School of Public Health".)
        let longest = head.capitalized ? 7 : 5
        while s - 1 >= r.lowerBound, k - s < longest {
            // ("the teachers' union said": the plural possessive belongs to the phrase.)
            if s - 2 >= r.lowerBound, QuoteAttributor.isPluralPossessive(tokens, s - 1) { s -= 2; continue }
            let t = tokens[s - 1]
            // ("On Monday the committee said", "Today the Senate said", "On Tuesday night officials said": a time
            // opening the sentence is no modifier of the speakers; nor is a word before their article, "Last week the
            // committee said".)
            // ("the country's most senior judges": not a possessive after its own determiner, which owns the phrase.)
            if t.isWord, QuoteLexicon.calendarWords.contains(t) || QuoteAttributor.timeNouns.contains(t)
                // ("The First Minister said": not "First" before a capitalised office, which it names.)
                || t.capitalized && QuoteAttributor.sentenceAdverbs.contains(t)
                    && !(t.lower == "first" && tokens[s].capitalized && lexicon.titles[QuoteAttributor.bare(tokens[s].lower)] != nil)
                || QuoteAttributor.articles.contains(tokens[s]) && !t.capitalized && !QuoteLexicon.determiners.contains(t)
                    && !(t.lower.endsWith("'s") && s - 2 >= r.lowerBound && QuoteAttributor.nounDeterminers.contains(tokens[s - 2])) { break }
            // ("..., the Office for National Statistics said": an organisation's head and its "for" or "of"
            // belong to the name.)
            // (Only with the name's own article or edge before it: not "the Court of Appeals' Board on ...";
            // capitalised words of the name may come first: "the Royal College of Surgeons".)
            // ("The United Nations High Commissioner for Human Rights said": so do an office's title and its "for" or "of", with
            // the capitalised words before the title, when the name after holds no first name: "Secretary of State Mike Pompeo"
            // is Mike Pompeo. "The plan would work, Minister for Health Ann Lee said": after a comma the office opens the
            // clause, and the name in it speaks.)
            if head.capitalized, s - 2 >= r.lowerBound, QuoteAttributor.isOrganisationJoiner(t), tokens[s - 2].capitalized,
               case let c = QuoteAttributor.capitalisedStart(tokens, s - 2, r),
               // ("The Port of London Authority said", "the Isle of Man Steam Packet Company": or the name after "of" closes
               // with a body's noun, and "the" opens the whole.)
               case let body = isOrganisationHead(tokens[s - 2]) || isOrganisationHead(head)
                   && (tokens[c].lower == "the" || c > r.lowerBound && tokens[c - 1].lower == "the"),
               body || lexicon.titles[QuoteAttributor.bare(tokens[s - 2].lower)] != nil,
               c == r.lowerBound || QuoteLexicon.determiners.contains(tokens[c - 1]) || !tokens[c - 1].isWord && !tokens[c - 1].isQuoteMark {
                if body {
                    s -= 2
                    continue
                }
                if c > r.lowerBound && tokens[c - 1].punct == UInt8(ascii: ",") || !(s...k).contains(where: { lexicon.firstName(tokens[$0]) != nil }) {
                    s = c > r.lowerBound && QuoteLexicon.determiners.contains(tokens[c - 1]) ? c - 1 : c
                    break
                }
            }
            // ("Marks & Spencer said": an ampersand between capitalised words is inside the name; so between
            // capital letters, "the A&E department".)
            if s - 2 >= r.lowerBound, QuoteAttributor.ampersandJoins(tokens, at: s - 1, letters: true) {
                s -= 2
                continue
            }
            // ("Chinese and Australian foreign ministers agreed", "Democratic and Republican lawmakers said": two
            // peoples' or parties' adjectives joined by "and" before a group both belong to it; so does a
            // group joined to it, "Doctors and nurses said", "retired generals and admirals, who cited".)
            if t.lower == "and", !head.capitalized, lexicon.groups[headWord] != nil, s - 2 >= r.lowerBound,
               lexicon.demonyms.looksLikeDemonym(tokens[s]) && lexicon.demonyms.looksLikeDemonym(tokens[s - 2])
                || s == k && tokens[s - 2].isWord && (!tokens[s - 2].capitalized || s - 2 == r.lowerBound)
                    && lexicon.groups[tokens[s - 2]] == "group" {
                s -= 2
                continue
            }
            // ("a Channel 4 spokesman said": a name's closing number is inside the phrase. Not before a plural, where
            // it may end a leading phrase: "In Game 7 officials said".)
            if !head.lower.looksPlural, QuoteAttributor.isNameNumber(tokens, s - 1, after: r.lowerBound) { s -= 1; continue }
            // ("..., Will Barclay said": inside the sentence a capitalised helper before a capitalised word is a given name.)
            guard t.isWord, !QuoteLexicon.phraseBreakers.contains(t)
                || t.capitalized && s - 1 > r.lowerBound && tokens[s].capitalized && QuoteAttributor.helperNames.contains(t) else { break }
            // ("the Security Council issued a statement calling ...": a past verb before its object's
            // determiner is no modifier; "registered voters" keeps its adjective.)
            let modifiesGroup = !head.capitalized && lexicon.groups[headWord] != nil && k - s < 2
                && !QuoteLexicon.auxiliaries.contains(t) && lexicon.verbs[t] == nil
                && !(QuoteAttributor.looksLikeVerb(t) && QuoteAttributor.nounDeterminers.contains(tokens[s]))
            // ("a boy stabbed outside his school has called": a preposition before the group's article or possessive
            // governs the phrase, though "outside" modifies a group elsewhere, "outside experts".)
            if QuoteAttributor.purePrepositions.contains(t), QuoteAttributor.nounDeterminers.contains(tokens[s]) { break }
            // ("the country's largest teaching union said": a possessive after its determiner owns the group.)
            let possessor = !head.capitalized && lexicon.groups[headWord] != nil && !t.capitalized && t.lower.endsWith("'s")
                && s - 2 >= r.lowerBound && QuoteAttributor.nounDeterminers.contains(tokens[s - 2])
            // ("The prime minister's official spokesman said": so does a title's possessive with its own modifier after the
            // determiner, which goes with it.)
            if !head.capitalized, lexicon.groups[headWord] != nil, !t.capitalized, t.lower.endsWith("'s"), s - 3 >= r.lowerBound,
               lexicon.titles[QuoteAttributor.bare(t.lower)] != nil, tokens[s - 2].isWord, !tokens[s - 2].capitalized,
               QuoteAttributor.nounDeterminers.contains(tokens[s - 3]) {
                s -= 2
                continue
            }
            guard t.capitalized || QuoteLexicon.determiners.contains(t) || lexicon.groups[t] != nil || modifiesGroup || possessor else { break }
            s -= 1
        }
        // ("the state fire agency Cal Fire said", "the water agency Ofwat": up to two lower-case modifiers of the
        // body's noun before its name, after their article; between the two a verb's form is a noun, "state".)
        if head.capitalized, s < k, !tokens[s].capitalized, lexicon.groups[QuoteAttributor.bare(tokens[s].lower)] == "org" {
            var t = s
            while t - 1 > r.lowerBound, s - t < 2, tokens[t - 1].isWord, !tokens[t - 1].capitalized,
                  !QuoteLexicon.phraseBreakers.contains(tokens[t - 1]), !QuoteAttributor.articles.contains(tokens[t - 1]),
                  !QuoteAttributor.clauseMarkers.contains(tokens[t - 1]) { t -= 1 }
            if t < s, QuoteAttributor.articles.contains(tokens[t - 1]) { s = t - 1 }
        }
        // ("It is a plan critics say will fail": "a" cannot go with a plural; the noun after it heads the
        // phrase the speakers' clause describes, and the plural alone speaks.)
        // (Not "A few analysts", "a couple of", "a dozen": words of quantity.)
        if s + 2 == k, !head.capitalized, head.lower.looksPlural, QuoteAttributor.singularDeterminers.contains(tokens[s]),
           !tokens[s + 1].capitalized, !tokens[s + 1].lower.looksPlural,
           !QuoteAttributor.quantityAfterArticle.contains(tokens[s + 1]) { s = k }
        // ("the conservative-leaning Tax Foundation said": the writer's epithet between the article and
        // an organisation's name.)
        if head.capitalized, s - 2 >= r.lowerBound, tokens[s - 1].isWord, !tokens[s - 1].capitalized,
           tokens[s - 1].lower.contains(UInt8(ascii: "-")) || tokens[s - 1].lower.endsWith("al") || tokens[s - 1].lower.endsWith("ive"),
           ["the", "a", "an"].contains(tokens[s - 2].lower), lexicon.groups[headWord] == "org" {
            s -= 2
        }
        // ("..., chief executive Dana Whitfield said": a lower-case role right before the name, opening the
        // clause after a comma, belongs to the phrase.)
        if head.capitalized, s - 1 > r.lowerBound, tokens[s - 1].isWord, !tokens[s - 1].capitalized, lexicon.titles[tokens[s - 1]] != nil {
            var t = s - 1
            while t - 1 >= r.lowerBound, s - t < 3, tokens[t - 1].isWord, !tokens[t - 1].capitalized,
                  !QuoteLexicon.phraseBreakers.contains(tokens[t - 1]), lexicon.verbs[tokens[t - 1]] == nil,
                  !QuoteAttributor.clauseMarkers.contains(tokens[t - 1]), !QuoteAttributor.looksLikeVerb(tokens[t - 1]) { t -= 1 }
            // (Only for a cue closing its sentence: "In a letter ..., budget director Karen Lutz warned
            // agencies on Friday to prepare ..." keeps its leading phrase out of the speech.)
            // ("“We must act”, chief executive Klaus Brenner told staff: “...”": or right after a quotation it attributes, whatever
            // follows the cue.)
            if t > r.lowerBound, tokens[t - 1].punct == UInt8(ascii: ","), i < r.upperBound,
               closesSentence(tokens, after: i, r)
                || t - 3 >= r.lowerBound && tokens[t - 2].isQuoteMark && (tokens[t - 3].isWord || tokens[t - 3].kind == .punct) { s = t }
        }
        // A title abbreviation belongs to the name: "Rep. Omar Diaz", "Sen. Lena Park"; so does a
        // middle initial with the names before it: "Donald J. Trump".
        while s - 2 >= r.lowerBound, k - s < 6, tokens[s - 1].punct == UInt8(ascii: "."),
              tokens[s - 2].isWord, tokens[s - 2].capitalized {
            if lexicon.titles[tokens[s - 2]] != nil {
                s -= 2
            } else if tokens[s - 2].lower.utf8.count == 1, head.capitalized, s - 3 >= r.lowerBound,
                      tokens[s - 3].isWord, tokens[s - 3].capitalized, !QuoteLexicon.phraseBreakers.contains(tokens[s - 3]) {
                s -= 3
                while s - 1 >= r.lowerBound, k - s < 7, tokens[s - 1].isWord, tokens[s - 1].capitalized,
                      !QuoteLexicon.phraseBreakers.contains(tokens[s - 1]) { s -= 1 }
            } else {
                break
            }
        }
        // ("panel Chairman Rep. Jason Chaffetz": a title word before the abbreviated one.)
        while s - 1 >= r.lowerBound, k - s < 8, tokens[s - 1].isWord, tokens[s - 1].capitalized,
              lexicon.titleShapes.mayContain(QuoteAttributor.bareShape(tokens[s - 1])),
              lexicon.titles[QuoteAttributor.bare(tokens[s - 1].lower)] != nil { s -= 1 }
        // ("“...,” state Rep. Ann Ward said": the field of the office before its title.)
        if s - 1 >= r.lowerBound, s < k, tokens[s - 1].lower == "state", !tokens[s - 1].capitalized, lexicon.titles[tokens[s]] != nil { s -= 1 }
        while s < k, s == r.lowerBound, lexicon.starters.contains(tokens[s]), !QuoteLexicon.determiners.contains(tokens[s]) {
            s += 1
        }
        if head.capitalized, lexicon.starters.contains(head), s == k { return nil }
        // ("A lawyer for the rapper known as King Lyric said": a name after "known as" names the object of a preposition
        // before it, and the phrase holding the preposition speaks; "The man known as Jihadi John said" is the name's.)
        if head.capitalized, s - 3 > r.lowerBound, tokens[s - 1].lower == "as", tokens[s - 2].lower == "known",
           let np = leftSubject(tokens, before: s - 2, r), np.upperBound == s - 2,
           np.contains(where: { QuoteAttributor.purePrepositions.contains(tokens[$0]) }) {
            return np
        }
        // ("a report by the British Hedgehog Preservation Society says": the record with its author.)
        // ("The report on Kenton Park Academy said": what a record is about, after "on" or "into", too.)
        if head.capitalized, s - 2 >= r.lowerBound, tokens[s - 1].lower == "by" || tokens[s - 1].lower == "from" || tokens[s - 1].lower == "for"
            || (tokens[s - 1].lower == "on" || tokens[s - 1].lower == "into") && QuoteAttributor.records.contains(QuoteAttributor.bare(tokens[s - 2].lower)),
           let start = startPastPreposition(tokens, s, r), start < s { return start..<(k + 1) }
        // ("A chatbot used by the appliance maker Kelvo told", "economists polled by the news agency Reuters said": so
        // past the agent's lower-case description.)
        if head.capitalized, s - 3 >= r.lowerBound, tokens[s - 1].isWord, !tokens[s - 1].capitalized,
           let by = (max(r.lowerBound + 2, s - 5)..<(s - 1)).last(where: { tokens[$0].lower == "by" }),
           QuoteAttributor.isPassiveParticiple(tokens[by - 1]),
           (by + 1..<s).allSatisfy({ tokens[$0].isWord && !tokens[$0].capitalized && lexicon.verbs[tokens[$0]] == nil
               && !QuoteAttributor.purePrepositions.contains(tokens[$0]) }),
           let start = startPastPreposition(tokens, by + 1, r), start < by + 1 { return start..<(k + 1) }
        // ("Doctors working in hospitals across the north of England said", "A woman charged with assaulting a
        // guard at Heathrow Airport said": the place ends a participle phrase about the speakers, which comes
        // before any holder of a post there.)
        if head.capitalized, s > r.lowerBound, QuoteAttributor.purePrepositions.contains(tokens[s - 1]),
           let start = participlePhraseStart(tokens, governedAt: s, before: k + 1, r) {
            return start..<(k + 1)
        }
        // ("Astronomers using the James Webb Space Telescope say": a name that is the object of a participle about a plural
        // before it; the plural speaks, with the phrase.)
        if head.capitalized, case let p = s - 1 > r.lowerBound && QuoteAttributor.articles.contains(tokens[s - 1]) ? s - 2 : s - 1,
           p > r.lowerBound, QuoteAttributor.participleAfterPeople(tokens, p),
           let np = leftSubject(tokens, before: p, r), np.upperBound == p {
            return np.lowerBound..<(k + 1)
        }
        if head.capitalized, let holder = affiliationHolder(tokens, of: s..<(k + 1), r) ?? peopleBeforePlace(tokens, of: s..<(k + 1), r) {
            return holder
        }
        // ("The Horniman Museum in London said", "The British Embassy in Moscow said": a place after "in" or "at" right
        // after a name is where that name is; the name before speaks.)
        if head.capitalized, s - 2 > r.lowerBound, tokens[s - 1].lower == "in" || tokens[s - 1].lower == "at",
           tokens[s - 2].isWord, tokens[s - 2].capitalized, !tokens[s - 2].lower.endsWith("'s"),
           let body = leftSubject(tokens, before: s - 1, r), body.upperBound == s - 1, body.count >= 2 {
            return body
        }
        if !head.capitalized {
            guard let start = startPastPreposition(tokens, s, r) else {
                if let phrase = participlePhraseStart(tokens, governedAt: s, before: k + 1, r) { return phrase..<(k + 1) }
                // ("Tom Hale of the county sheriff's office said", "Sgt. Ann Lee of the sheriff's office said": a person's name
                // before the preposition of a lower-case employer speaks, as before a named one, "Joanna Li of Redwood
                // Securities".)
                if s - 3 >= r.lowerBound, QuoteAttributor.isAffiliationPreposition(tokens[s - 1]), QuoteAttributor.nounDeterminers.contains(tokens[s]),
                   let name = personNameBefore(tokens, comma: s - 1, r), QuoteAttributor.opensClause(tokens, at: name.lowerBound, r) {
                    return name
                }
                // ("In Ohio officials said": a place after the preposition opening the sentence is its object, and the
                // people after it speak.)
                guard s - 1 == r.lowerBound, tokens[s].capitalized, lexicon.groups[headWord] == "group",
                      let people = (s + 1...k).first(where: { !tokens[$0].capitalized }) else { return nil }
                return people..<(k + 1)
            }
            s = start
            // ("A letter signed by 40 senators argues", "A petition signed by 1,100 of the school's
            // students argues": a number or a possessive between the preposition and the noun.)
            if let p = (max(r.lowerBound, s - 6)..<s).last(where: { QuoteAttributor.purePrepositions.contains(tokens[$0]) }),
               (p + 1..<s).allSatisfy({ tokens[$0].kind == .number || QuoteAttributor.nounDeterminers.contains(tokens[$0])
                   || tokens[$0].isWord && tokens[$0].lower.endsWith("'s") }),
               let phrase = participlePhraseStart(tokens, governedAt: p + 1, before: k + 1, r) {
                return phrase..<(k + 1)
            }
        }
        return s..<(k + 1)
    }

    /// "A senior envoy involved in negotiations over a prisoner exchange between the two countries
    /// said", "Doctors working in hospitals across the north of England said": the noun phrase at `x`
    /// is the object of a preposition; back over prepositional phrases to a participle, the phrase
    /// before it speaks, with the participle phrase that describes it. Returns where that phrase
    /// starts; nil when no participle with a subject phrase before it governs the chain, or when the
    /// chain does not end at the verb (`end`): in "The crowd cheered for Ruth Ames, who joked",
    /// "cheered" is the sentence's own verb.
    func participlePhraseStart(_ tokens: Tokens, governedAt x: Int, before end: Int, _ r: Range<Int>) -> Int? {
        guard end < r.upperBound, tokens[end].isWord else { return nil }
        // ("A letter sent to tenants said": an irregular participle too, right before its preposition, as a passive
        // takes no object; "The firm sent a letter to staff" is the sentence's verb.)
        // ("Detectives investigating an armed robbery at a shop in Harrogate said": a participle's form after an article is
        // an adjective, and the chain goes on past it.)
        func isParticiple(_ p: Int) -> Bool {
            let t = tokens[p]
            // ("A man aged 45 from Leeds told": "aged" before a number, shorter than the others.)
            return t.isWord && !t.capitalized && !(p > r.lowerBound && QuoteAttributor.articles.contains(tokens[p - 1]))
                && (t.lower.utf8.count > 4 && (t.lower.endsWith("ing") || t.lower.endsWith("ed"))
                || t.lower == "aged" && p + 1 < end && tokens[p + 1].kind == .number
                || QuoteAttributor.irregularParticiples.contains(t) && p + 1 < end && QuoteAttributor.purePrepositions.contains(tokens[p + 1]))
        }
        var j = x
        var steps = 0
        while j - 2 >= r.lowerBound, steps < 5, QuoteAttributor.purePrepositions.contains(tokens[j - 1]) {
            var p = j - 2
            while p > r.lowerBound, j - p < 10, tokens[p].isWord || tokens[p].kind == .number,
                  !isParticiple(p), !QuoteAttributor.purePrepositions.contains(tokens[p]) { p -= 1 }
            // ("Ruth Ames repeated that officials in Leeds said": a clause's "that" or relative word ends the object; the
            // verb before it is the sentence's own.)
            // ("Howitt wondered whether the cells in the gut might respond": so does a question's word or a subordinator.)
            guard tokens[p].isWord, !(p..<(j - 1)).contains(where: { tokens[$0].lower == "that" || QuoteAttributor.relativePronouns.contains(tokens[$0])
                || QuoteAttributor.whWords.contains(tokens[$0]) || QuoteAttributor.pureSubordinators.contains(tokens[$0]) })
            else { return nil }
            if QuoteAttributor.purePrepositions.contains(tokens[p]) {
                j = p + 1
                steps += 1
                continue
            }
            // ("accused of smuggling migrants across the Channel": a gerund governed by a preposition carries
            // the chain on to the participle before it.)
            if tokens[p].lower.endsWith("ing"), p - 2 >= r.lowerBound, QuoteAttributor.purePrepositions.contains(tokens[p - 1]) {
                j = p
                steps += 1
                continue
            }
            // ("The measure passed 71-28 after Democrats and a group of Republicans agreed": a subordinator of time past the
            // participle's next word opens the clause whose subject speaks; the participle is its sentence's own verb.
            // "Residents evacuated after the floods in Leeds said" keeps the phrase: "after" right behind the participle.)
            if isParticiple(p), p + 2 < j - 1, scanRange(from: p + 2, upTo: j - 1).contains(where: { QuoteAttributor.timeSubordinators.contains(tokens[$0]) }) {
                return nil
            }
            // (The phrase before the participle is read within the 16 tokens before it, so a chain of
            // participle phrases never walks back, call within call, through a whole long sentence.)
            // (A pronoun takes no participle phrase: "They sent a letter to Senate leaders" is its own clause.)
            // ("A doctor not involved in the study said": past a "not" that denies the participle.)
            guard isParticiple(p), p > r.lowerBound, case let q = tokens[p - 1].lower == "not" && p - 1 > r.lowerBound ? p - 1 : p,
                  let np = leftSubject(tokens, before: q, max(r.lowerBound, q - 16)..<r.upperBound), np.upperBound == q,
                  QuoteLexicon.pronouns[tokens[q - 1]] == nil else { return nil }
            return np.lowerBound
        }
        return nil
    }

    /// "People we spoke to said", "Voters I met in Ohio said", "Experts the paper consulted said": a
    /// relative clause without "who" (its own subject, a past verb, perhaps a preposition and its
    /// object) between the people and the verb they speak with. The people speak, not the clause's
    /// subject or the place at its end. Only after a group or person noun ("residents", "a witness")
    /// or "those", "many", "some": "The data the agency released said" is a record's own clause.
    func contactClauseSubject(_ tokens: Tokens, endingAt k: Int, _ r: Range<Int>) -> Range<Int>? {
        // (A cheap test first: this runs for most subjects. The clause ends in its verb or in a
        // preposition's phrase of at most three words.)
        // (Needed below: the verb is the last word, or a preposition stands among the last three.)
        guard k - 2 >= r.lowerBound, QuoteAttributor.isContactClausePreposition(tokens[k - 1])
                || QuoteAttributor.isContactClausePreposition(tokens[k - 2])
                || !tokens[k].capitalized && (QuoteAttributor.isContactClausePreposition(tokens[k]) || QuoteAttributor.looksLikeVerb(tokens[k]))
        else { return nil }
        // The clause's verb: the last word, or one before a preposition and at most three words of its object.
        var v = k
        while v > r.lowerBound, k - v < 4, tokens[v].isWord, !QuoteAttributor.looksLikeVerb(tokens[v]) { v -= 1 }
        guard v - 2 >= r.lowerBound, tokens[v].isWord, QuoteAttributor.looksLikeVerb(tokens[v]), !tokens[v].capitalized,
              v == k || QuoteAttributor.isContactClausePreposition(tokens[v + 1]),
              (v + 1..<(k + 1)).allSatisfy({ tokens[$0].isWord }) else { return nil }
        // Its subject: a pronoun ("we"), a name ("Reuters") or a determiner and a noun ("the paper").
        var p = v - 1
        if QuoteAttributor.nominativePronouns.contains(tokens[p]) {
            p -= 1
        } else if tokens[p].isWord, tokens[p].capitalized {
            while p > r.lowerBound, v - p < 3, tokens[p - 1].isWord, tokens[p - 1].capitalized { p -= 1 }
            if p > r.lowerBound, QuoteLexicon.determiners.contains(tokens[p - 1]) { p -= 1 }
            p -= 1
        } else if p - 1 >= r.lowerBound, tokens[p].isWord, !tokens[p].capitalized, ["the", "this", "our", "their"].contains(tokens[p - 1].lower) {
            p -= 2
        } else {
            return nil
        }
        // (Capitalised only as the sentence's first word: "Voters I met in Ohio said".)
        guard p >= r.lowerBound, tokens[p].isWord, !tokens[p].capitalized || p == r.lowerBound || tokens[p - 1].isQuoteMark else { return nil }
        let word = QuoteAttributor.bare(tokens[p].lower)
        let standsAlone = QuoteAttributor.contactClauseHeads.contains(tokens[p])
        // ("The letter he sent to councillors said", "The report they wrote for the council said": a text's noun too, when
        // the clause goes on past its verb; the text is what speaks.)
        let text = v < k && QuoteAttributor.textNouns.contains(tokens[p])
        guard lexicon.groups[word] != nil || QuoteAttributor.personNouns[word] != nil || standsAlone || text else { return nil }
        if standsAlone { return p..<(p + 1) }
        guard let np = leftSubject(tokens, before: p + 1, r), np.upperBound == p + 1 else { return nil }
        return np
    }

    /// A preposition that may follow a contact clause's verb: one that never opens a clause, or "after" and
    /// "before" ("The statement the club issued after the match said"): between a noun, a subject and its past
    /// verb, and the verb that speaks, they open no clause either.
    @inline(__always) static func isContactClausePreposition(_ t: Token) -> Bool {
        purePrepositions.contains(t) || t.lower == "after" || t.lower == "before"
    }

    /// The sentence opens on a noun phrase that ends right before the pronoun at `pronoun`: "The things she
    /// said", "Those remarks he made", "The book she wrote". A determiner, then one to three lower-case words
    /// that are no verb and no time ("The next day she said", "This week he said": a time before the pronoun
    /// is when the pronoun speaks).
    static func opensWithNounBefore(_ tokens: Tokens, pronoun p: Int, _ r: Range<Int>) -> Bool {
        let d = r.lowerBound
        guard p - d >= 2, p - d <= 4, contactClauseDeterminers.contains(tokens[d]) else { return false }
        for j in (d + 1)..<p {
            let t = tokens[j]
            guard t.isWord, !t.capitalized, !isTimeWord(t), !clauseTimeNouns.contains(t), !looksLikeVerb(t) else { return false }
        }
        return true
    }

    /// "to trace.", "to sign this summer.", "to speak to.": at `f`, an infinitive whose verb has no object after it, only
    /// a phrase of time or a stranded preposition before the clause ends.
    static func infinitiveWithoutObject(_ tokens: Tokens, from f: Int, _ r: Range<Int>) -> Bool {
        guard f + 1 < r.upperBound, tokens[f].lower == "to", tokens[f + 1].isWord, !tokens[f + 1].capitalized else { return false }
        var k = f + 2
        if k + 1 < r.upperBound, timeDeterminers.contains(tokens[k]), tokens[k + 1].isWord {
            k += 2
        } else if k < r.upperBound, purePrepositions.contains(tokens[k]) || objectlessAdverbs.contains(tokens[k]) {
            k += 1
        }
        if k == r.upperBound { return true }
        let p = tokens[k].punct
        return p == UInt8(ascii: ".") || p == UInt8(ascii: ",") || p == UInt8(ascii: ";") || p == UInt8(ascii: "!") || p == UInt8(ascii: "?")
            || p == UInt8(ascii: ")")
    }

    /// A lower-case noun at `n` that a relative clause without "that" may follow: "two men [they want to trace]", "the
    /// changes [he wants to make]". Its phrase neither opens the sentence nor follows a verb of telling ("told investors it
    /// plans") or a preposition other than "of" ("In the end they want"); no word of time ("Last year she wanted").
    func headsContactClause(_ tokens: Tokens, noun n: Int, _ r: Range<Int>) -> Bool {
        func isNounWord(_ t: Token) -> Bool {
            t.isWord && !t.capitalized && !QuoteAttributor.looksLikeVerb(t) && !QuoteAttributor.isTimeWord(t)
                && !QuoteAttributor.clauseTimeNouns.contains(t) && !t.lower.endsWith("ly")
                && !QuoteAttributor.prepositions.contains(t) && !QuoteAttributor.purePrepositions.contains(t)
                && !QuoteAttributor.subordinators.contains(t) && !QuoteAttributor.innerClauseOpeners.contains(t)
                && !QuoteAttributor.functionWordsBeforeVerbs.contains(t) && !QuoteAttributor.narrativeConjunctions.contains(t)
                && !QuoteAttributor.adverbsLikeNouns.contains(t)
        }
        guard isNounWord(tokens[n]), !QuoteLexicon.determiners.contains(tokens[n]) else { return false }
        var s = n
        while s - 1 > r.lowerBound, n - s < 4, tokens[s - 1].kind == .number
                || QuoteLexicon.determiners.contains(tokens[s - 1]) || isNounWord(tokens[s - 1]) { s -= 1 }
        let before = tokens[s - 1]
        guard s - 1 > r.lowerBound || before.lower == "of", before.isWord, !before.capitalized, !lexicon.isReportingVerb(before) else { return false }
        return before.lower == "of" || !QuoteAttributor.purePrepositions.contains(before) && !QuoteAttributor.prepositions.contains(before)
            && !QuoteAttributor.subordinators.contains(before) && !QuoteAttributor.innerClauseOpeners.contains(before)
    }

    /// "Priya Natarajan of Eastbridge Capital said", "analysts at Goldman Sachs said", "the head of
    /// the IMF said": the person or group before a preposition speaks, not the employer or place named
    /// after it. A name before the preposition is the subject on its own; a common noun keeps the
    /// whole phrase, which the resolver reads as a description ("analysts at Goldman Sachs"). Nil when
    /// "of" belongs to a name ("Bank of America"), or the phrase before it is a quantity ("one of the
    /// Democrats"), a capitalised title ("Secretary of State John Kerry") or a record ("a report from
    /// the Pentagon").
    func affiliationHolder(_ tokens: Tokens, of name: Range<Int>, _ r: Range<Int>) -> Range<Int>? {
        var s = name.lowerBound
        // ("Dr Anna Song of the Harvard Chan School of Public Health said", "of the John F. Kennedy School": a long name or
        // one with initials is read without its article; the preposition stands before the article.)
        if s - 2 >= r.lowerBound, tokens[s - 1].lower == "the", QuoteAttributor.isAffiliationPreposition(tokens[s - 2]) { s -= 1 }
        // ("Dr. Anne Lowe from the University of Toronto": past an organisation's own "of".)
        if s - 2 >= r.lowerBound, QuoteAttributor.isOrganisationJoiner(tokens[s - 1]), tokens[s - 2].capitalized,
           isOrganisationHead(tokens[s - 2]) {
            s -= 2
            while s - 1 >= r.lowerBound, name.lowerBound - s < 8, tokens[s - 1].isWord,
                  tokens[s - 1].capitalized || QuoteLexicon.determiners.contains(tokens[s - 1]) { s -= 1 }
        }
        // ("dockworkers in Genoa and Marseille": past places joined by "and".)
        if s - 3 >= r.lowerBound, tokens[s - 1].lower == "and", tokens[s - 2].isWord, tokens[s - 2].capitalized {
            var t = s - 2
            while t - 1 >= r.lowerBound, name.lowerBound - t < 6, tokens[t - 1].isWord, tokens[t - 1].capitalized { t -= 1 }
            if t - 1 >= r.lowerBound, QuoteAttributor.isAffiliationPreposition(tokens[t - 1]) { s = t }
        }
        // ("Unions representing dockworkers in Genoa said": a participle and its plural object after the
        // sentence's plural subject; the subject speaks, with its phrase.)
        if s - 4 >= r.lowerBound, QuoteAttributor.isAffiliationPreposition(tokens[s - 1]), tokens[s - 3].isWord, !tokens[s - 3].capitalized,
           tokens[s - 3].lower.utf8.count > 5, tokens[s - 3].lower.endsWith("ing"), tokens[s - 2].isWord, tokens[s - 2].lower.looksPlural,
           tokens[s - 4].isWord, tokens[s - 4].lower.looksPlural, lexicon.verbs[tokens[s - 4]] == nil,
           QuoteAttributor.opensClause(tokens, at: s - 4, r) {
            return (s - 4)..<name.upperBound
        }
        // ("A former aide to Mayor Rita Olsen testified": "to" after a common noun too.)
        // ("Lawyers for the pop singer Dana Rivers said", "analysts at the investment bank Goldman Sachs": past
        // a description of the name, with its determiner, back to the preposition.)
        // (Not before a name with its own article after a plural: "the regional centers The S.E.C. said". After a singular
        // noun the name is its appositive: "The director of the historical drama The Iron Crown has defended".)
        if s - 1 > r.lowerBound, tokens[s - 1].isWord, !tokens[s - 1].capitalized,
           !QuoteLexicon.determiners.contains(tokens[s]) || tokens[s].capitalized && tokens[s].lower == "the" && !tokens[s - 1].lower.looksPlural,
           let det = (max(r.lowerBound + 1, s - 5)..<(s - 1)).last(where: { QuoteLexicon.determiners.contains(tokens[$0]) }),
           (det + 1..<s).allSatisfy({ tokens[$0].isWord && !tokens[$0].capitalized && !QuoteLexicon.phraseBreakers.contains(tokens[$0])
               && lexicon.verbs[tokens[$0]] == nil && !QuoteAttributor.looksLikeVerb(tokens[$0]) }),
           QuoteAttributor.isAffiliationPreposition(tokens[det - 1]) || tokens[det - 1].lower == "for" {
            s = det
        } else if s - 3 > r.lowerBound, tokens[s - 1].isWord, !tokens[s - 1].capitalized,
                  lexicon.bodies.mayDescribe(tokens[s - 1]) || lexicon.titles[tokens[s - 1]] != nil || QuoteAttributor.personNouns[tokens[s - 1]] != nil
                    // (The phrase may already hold the body's noun, "budget firm Lumio": an organisation's noun joins its name.)
                    || !tokens[s].capitalized && lexicon.bodies.mayDescribe(tokens[s]),
                  let p = (max(r.lowerBound + 1, s - 4)..<(s - 1)).last(where: { tokens[$0].lower == "of" || tokens[$0].lower == "at" || tokens[$0].lower == "for" }),
                  // ("The father of Rovers striker Jay Okonjo": a capitalised word of the role's own, its team or party, before it.)
                  case let role = lexicon.titles[tokens[s - 1]] != nil || QuoteAttributor.personNouns[tokens[s - 1]] != nil,
                  (p + 1..<s).allSatisfy({ tokens[$0].isWord && (!tokens[$0].capitalized || role && $0 < s - 1) && !QuoteLexicon.determiners.contains(tokens[$0])
                      && lexicon.verbs[tokens[$0]] == nil && (!QuoteAttributor.looksLikeVerb(tokens[$0]) || $0 == p + 1) }),
                  tokens[p - 1].isWord, !tokens[p - 1].capitalized || p - 1 == r.lowerBound {
            // ("The chief executive of budget carrier SkyBridge said": the same with no determiner, when a business's
            // noun or a role describes the name; "The mother of victim Jane Doe said": or a noun for a person.)
            // ("The founder of collapsed payments start-up Lumio": an "-ed" word right after the preposition is an adjective.)
            s = p + 1
        }
        // ("Residents of nearby Wapping Road complained", "farmers in rural Norfolk": a word placing the name
        // between the preposition and it.)
        if s - 3 >= r.lowerBound, QuoteAttributor.placeModifiers.contains(tokens[s - 1]),
           QuoteAttributor.isAffiliationPreposition(tokens[s - 2]) {
            s -= 1
        }
        // ("Schools in parts of Cumbria announced", "Hospitals in the north of England said": a part of the place after "in".)
        if s - 4 >= r.lowerBound, tokens[s - 1].lower == "of", QuoteAttributor.placeParts.contains(tokens[s - 2]),
           case let p = tokens[s - 3].lower == "the" ? s - 4 : s - 3, p - 1 >= r.lowerBound, tokens[p].lower == "in" {
            s = p + 1
        }
        // ("Lawyers for the singer Dana Rivers said": "for" after people who act for someone.)
        guard s - 2 >= r.lowerBound, QuoteAttributor.isAffiliationPreposition(tokens[s - 1])
                || (tokens[s - 1].lower == "to" && tokens[s - 2].isWord && QuoteAttributor.headsPhraseBeforeTo(tokens, s - 2, opening: r.lowerBound)
                    && (mayBePeople(tokens[s - 2]) || QuoteAttributor.closenessWords.contains(tokens[s - 2])))
                || (tokens[s - 1].lower == "for" && actsFor(tokens[s - 2])) else { return nil }
        let h = tokens[s - 2]
        let headWord = QuoteAttributor.bare(h.lower)
        // ("The First Minister of Wales said", "the Governor of Texas": after "the", a capitalised title and the place
        // it serves are one role, as "the mayor of London" is; "Secretary of State John Kerry" has no "the".)
        if h.isWord, h.capitalized, lexicon.titles[headWord] != nil, tokens[s - 1].lower == "of" || tokens[s - 1].lower == "for",
           let the = (max(r.lowerBound, s - 5)..<(s - 2)).last(where: { !tokens[$0].isWord || !tokens[$0].capitalized || tokens[$0].lower == "the" }),
           tokens[the].lower == "the", name.upperBound - the <= 8 {
            return the..<name.upperBound
        }
        // ("the Commission on Presidential Debates", "Board on Professional Responsibility": an organisation's
        // capitalised head takes its preposition into the name.)
        // ("the office of Senator Claire Whitman said": a lower-case head is the holder, not part of a name.)
        guard h.isWord, !(h.capitalized && isOrganisationHead(h)),
              !QuoteAttributor.ofQuantities.contains(h), !QuoteAttributor.isNumberWord(h.lower),
              QuoteLexicon.pronouns[h] == nil, !h.capitalized || lexicon.titles[headWord] == nil,
              !QuoteAttributor.records.contains(headWord) else { return nil }
        // ("sources close to Downing Street said": an adjective of closeness between the people and the name.)
        if tokens[s - 1].lower == "to", QuoteAttributor.closenessWords.contains(h), s - 3 >= r.lowerBound,
           let people = leftSubject(tokens, before: s - 2, r), people.upperBound == s - 2 {
            return people.lowerBound..<name.upperBound
        }
        // ("But traders on Mill Street warned", "In recent days, advisers to Mr. Obama say": a bare plural
        // after a sentence start, a comma or a conjunction.)
        let barePlural = (!h.capitalized || s - 2 == r.lowerBound) && h.lower.utf8.count > 3 && h.lower.looksPlural
            && lexicon.verbs[h] == nil && !QuoteLexicon.auxiliaries.contains(h)
            && QuoteAttributor.opensClause(tokens, at: s - 2, r)
        // ("the owners of the only shop in Little Haddon announced": a phrase after "of" holds the place,
        // and the phrase before "of" speaks.)
        let phrase = leftSubject(tokens, before: s - 1, r)
        if phrase == nil, !barePlural, !h.capitalized,
           let of = (max(r.lowerBound + 1, s - 7)..<(s - 1)).last(where: { tokens[$0].lower == "of" }),
           (of + 1..<(s - 1)).allSatisfy({ tokens[$0].isWord && !tokens[$0].capitalized && !QuoteAttributor.looksLikeVerb(tokens[$0]) }),
           let owners = leftSubject(tokens, before: of, r), owners.upperBound == of,
           !tokens[owners.upperBound - 1].capitalized, !QuoteAttributor.ofQuantities.contains(tokens[owners.upperBound - 1]),
           QuoteAttributor.nounDeterminers.contains(tokens[owners.lowerBound]) {
            return owners.lowerBound..<name.upperBound
        }
        guard let holder = phrase ?? (barePlural ? (s - 2)..<(s - 1) : nil),
              holder.upperBound == s - 1,
              // ("The plan still needs approval from the Home Office, which said": a thing before the preposition holds
              // no post there; only people, a body or a group do.)
              // (The head may stand further back: "authors of the research published in the journal JAMA Psychiatry". A short
              // phrase or a plural is read as before: "A guard at Heathrow Airport", "allies of Karim".)
              holder.count <= 2 || h.lower.looksPlural || holder.contains(where: { x in tokens[x].isWord && (tokens[x].capitalized && x > r.lowerBound || mayNamePeople(QuoteAttributor.bare(tokens[x].lower))
                  || QuoteAttributor.placeNouns.contains(tokens[x])
                  || lexicon.groups[QuoteAttributor.bare(tokens[x].lower)] != nil || lexicon.bodies.mayDescribe(tokens[x])) }) else { return nil }
        // (A capitalised word opening the sentence is a common noun unless it is a known first name: "Protesters in Charlotte".)
        let common = !h.capitalized || (holder.count == 1 && holder.lowerBound == r.lowerBound && !isFirstName(h))
        return common ? holder.lowerBound..<name.upperBound : holder
    }

    /// "in what mountain rescue teams described as “a small miracle”": a bare plural right before the naming verb at `i`,
    /// after up to two lower-case modifiers and "what", is that verb's subject; the clause "what" opens is about the
    /// thing named, not about the sentence's own subject ("A climber who ... has been rescued").
    func barePluralAfterWhat(_ tokens: Tokens, before i: Int, _ r: Range<Int>) -> Range<Int>? {
        let k = i - 1
        guard k > r.lowerBound, i < r.upperBound, QuoteAttributor.isCharacterisingVerb(tokens[i]), case let head = tokens[k],
              head.isWord, !head.capitalized, head.lower.looksPlural, head.lower.utf8.count > 3,
              let w = (max(r.lowerBound, k - 3)..<k).last(where: { tokens[$0].lower == "what" }),
              (w + 1..<k).allSatisfy({ tokens[$0].isWord && !tokens[$0].capitalized && lexicon.verbs[tokens[$0]] == nil
                  && !QuoteLexicon.phraseBreakers.contains(tokens[$0]) && !QuoteAttributor.looksLikeVerb(tokens[$0]) }) else { return nil }
        return (w + 1)..<(k + 1)
    }

    /// "Dr Rob Laurenson and Dr Vivek Trivedi" filling `a..<k`: two names of two to four words each (a title's
    /// abbreviation and its period may open each), joined by "and". Nil otherwise.
    @inline(never)
    func twoNamesInAppositive(_ tokens: Tokens, _ a: Int, _ k: Int) -> Range<Int>? {
        guard k - a >= 4, k - a <= 11, let and = (a + 1..<k - 2).first(where: { tokens[$0].lower == "and" }) else { return nil }
        func isName(_ s: Int, _ e: Int) -> Bool {
            var words = 0
            for t in s..<e {
                if tokens[t].isWord, tokens[t].capitalized { words += 1; continue }
                // ("Dr.": the period after a title's abbreviation.)
                if tokens[t].punct == UInt8(ascii: "."), t > s, lexicon.titles[tokens[t - 1]] != nil { continue }
                return false
            }
            return words >= 2 && words <= 4
        }
        // ("The previous owners, Mike and Linda Shaw, said": a given name sharing the surname after "and".)
        let sharesSurname = and == a + 1 && tokens[a].isWord && tokens[a].capitalized && lexicon.firstName(tokens[a]) != nil
        return (sharesSurname || isName(a, and)) && isName(and + 1, k) ? a..<k : nil
    }

    /// "said the official", "says the police chief": "said" or "says" right before the determiner at `det`, and a
    /// role or a person's noun at the head `head`.
    @inline(never)
    func reportedClauseOpensWithRole(_ tokens: Tokens, _ det: Int, head: Int) -> Bool {
        let verb = tokens[det - 1].lower
        guard verb == "said" || verb == "says" else { return false }
        let noun = QuoteAttributor.bare(tokens[head].lower)
        return namesSpeaker(noun) || QuoteAttributor.insiderNouns.contains(noun)
    }

    /// People who act for someone named after "for" and speak as themselves: "lawyers", "campaigners".
    /// (Not a spokesman: "a spokesman for the Commission said" gives the Commission's words.)
    /// ("A lawyer for Ruth Ames said": one of such people acts as they do; not a singular the groups list holds as an
    /// organisation's voice, "spokesperson", whose plural the lexicon makes a group.)
    func actsFor(_ t: Token) -> Bool {
        guard t.isWord else { return false }
        let word = QuoteAttributor.bare(t.lower)
        guard let kind = lexicon.groups[word] else { return !word.looksPlural && lexicon.groups[word.description + "s"] == "group" }
        return kind == "group"
    }

    /// "R-Texas", "D-Ore.", "I-Vt.": a party initial, a hyphen and a state, which follows a legislator's name.
    static func isPartyLabel(_ tokens: Tokens, _ r: Range<Int>) -> Bool {
        guard let first = r.first, tokens[first].isWord, tokens[first].capitalized else { return false }
        let w = tokens[first].lower.utf8
        let party = w.first == UInt8(ascii: "d") || w.first == UInt8(ascii: "r") || w.first == UInt8(ascii: "i")
        // (One token, "r-texas", or three, "R", "-", "Texas".)
        if party, w.count > 2, w.dropFirst().first == UInt8(ascii: "-") { return r.count <= 2 }
        return party && w.count == 1 && r.count >= 3 && r.count <= 4 && tokens[first + 1].punct == UInt8(ascii: "-") && tokens[first + 2].capitalized
    }

    /// Where a common-noun subject starting at `s` really starts: nil when a preposition governs it
    /// ("In a statement announcing the plan"), earlier when a quantity and "of" come first ("one of
    /// his advisers", "74 percent of likely voters").
    func startPastPreposition(_ tokens: Tokens, _ s: Int, _ r: Range<Int>) -> Int? {
        guard s > r.lowerBound, QuoteAttributor.purePrepositions.contains(tokens[s - 1]) else { return s }
        // ("One in five teachers said", "Nine in ten doctors said": a ratio's "in" between two counts is no preposition.)
        func isCount(_ t: Token) -> Bool { t.kind == .number || t.isWord && QuoteAttributor.isNumberWord(t.lower) }
        if tokens[s - 1].lower == "in", s - 2 >= r.lowerBound, isCount(tokens[s]), isCount(tokens[s - 2]) { return s - 2 }
        // ("Most economists polled by Reuters said": the people a survey asked, before its agent.)
        // ("A chatbot used by the maker Kelvo told customers", "A charity run by Sir Tom Hale said": what another
        // participle's agent acts on, but a text, whose author speaks: "a statement released by Ann Lee said".)
        if tokens[s - 1].lower == "by", s - 3 >= r.lowerBound, case let noun = tokens[s - 3],
           noun.isWord, !noun.capitalized || s - 3 == r.lowerBound,
           QuoteAttributor.askedOrLedParticiples.contains(tokens[s - 2])
               ? noun.lower.looksPlural || lexicon.groups[QuoteAttributor.bare(noun.lower)] == "group"
               : QuoteAttributor.isPassiveParticiple(tokens[s - 2]) && !QuoteAttributor.namesAText(noun.lower) && lexicon.verbs[noun] == nil
                   && !QuoteLexicon.auxiliaries.contains(noun) && !QuoteLexicon.phraseBreakers.contains(noun) {
            var start = s - 3
            while start > r.lowerBound, s - 3 - start < 3, case let t = tokens[start - 1], t.isWord, !t.capitalized || start - 1 == r.lowerBound,
                  !QuoteLexicon.phraseBreakers.contains(t) || QuoteAttributor.quantifierPronouns.contains(t), lexicon.verbs[t] == nil,
                  !QuoteLexicon.auxiliaries.contains(t) {
                start -= 1
                if QuoteLexicon.determiners.contains(t) { break }
            }
            return start
        }
        // ("A source close to the family said", "Aides loyal to the party said": the people before an adjective of
        // closeness and its "to".)
        if tokens[s - 1].lower == "to", s - 3 >= r.lowerBound, QuoteAttributor.closenessWords.contains(tokens[s - 2]),
           let people = leftSubject(tokens, before: s - 2, r), people.upperBound == s - 2 {
            return people.lowerBound
        }
        // ("An aide to the mayor of Leeds said", "A spokesman for the mayor of Leeds said", "An official at the ministry, who
        // ..., said": a person's or a role's noun before "to", "for", "at", "from", "with" or "in" heads the phrase, back to
        // its determiner; the common noun after is its object. Not before a name, for which a spokesman speaks: "A
        // spokesman for Ferrand Motors said", "a spokesperson for the World Food Programme".)
        // (A group's plural is read below, and "that" after a verb opens a clause: "shows that senior officials at the
        // border agency warned".)
        if QuoteAttributor.personPrepositions.contains(tokens[s - 1]), s - 2 >= r.lowerBound, !tokens[s].capitalized,
           !(QuoteAttributor.articles.contains(tokens[s]) && s + 1 < r.upperBound && tokens[s + 1].capitalized), case let noun = tokens[s - 2],
           noun.isWord, !noun.capitalized || s - 2 == r.lowerBound, lexicon.groups[noun] != "group",
           lexicon.titles[QuoteAttributor.bare(noun.lower)] != nil || QuoteAttributor.insiderNouns.contains(noun)
            || QuoteAttributor.personNouns[noun] != nil || actsFor(noun),
           let det = (max(r.lowerBound, s - 6)..<(s - 2)).last(where: { QuoteAttributor.nounDeterminers.contains(tokens[$0]) }),
           tokens[det].lower != "that",
           (det + 1..<(s - 2)).allSatisfy({ tokens[$0].isWord && !QuoteLexicon.phraseBreakers.contains(tokens[$0])
               && !QuoteAttributor.purePrepositions.contains(tokens[$0]) && lexicon.verbs[tokens[$0]] == nil }) {
            return ownerBefore(tokens, det, r)
        }
        // ("The state commander of the group said": a role before "of" heads the phrase.)
        if tokens[s - 1].lower == "of", s - 2 >= r.lowerBound, tokens[s - 2].isWord, !tokens[s - 2].capitalized,
           lexicon.titles[QuoteAttributor.bare(tokens[s - 2].lower)] != nil || QuoteAttributor.roleHeads.contains(tokens[s - 2]),
           let det = (max(r.lowerBound, s - 6)..<(s - 1)).last(where: { QuoteAttributor.nounDeterminers.contains(tokens[$0]) }),
           (det + 1..<(s - 1)).allSatisfy({ tokens[$0].isWord && !QuoteLexicon.phraseBreakers.contains(tokens[$0]) }) {
            return det
        }
        // ("that senior officials at the border agency warned", "researchers from the university found": people
        // named by a group noun before their affiliation, anywhere in a sentence.)
        if QuoteAttributor.rolePrepositions.contains(tokens[s - 1]), s - 2 >= r.lowerBound, tokens[s - 2].isWord,
           !tokens[s - 2].capitalized || s - 2 == r.lowerBound, lexicon.groups[tokens[s - 2]] == "group" {
            var start = s - 2
            while start > r.lowerBound, s - 2 - start < 3, case let t = tokens[start - 1], t.isWord,
                  !t.capitalized || start - 1 == r.lowerBound, !QuoteLexicon.phraseBreakers.contains(t),
                  !QuoteAttributor.clauseMarkers.contains(t), !QuoteAttributor.purePrepositions.contains(t),
                  // ("elected officials from both parties": an "-ed" word right before the noun is its adjective.)
                  // (Not a verb's participle after its helper: "has also included members of".)
                  lexicon.verbs[t] == nil, !QuoteAttributor.looksLikeVerb(t) || start == s - 2
                    && (start - 1 == r.lowerBound || !tokens[start - 2].isWord || QuoteLexicon.determiners.contains(tokens[start - 2])) {
                start -= 1
                if QuoteLexicon.determiners.contains(t) { break }
            }
            return ownerBefore(tokens, start, r)
        }
        // ("..., a report by two wildlife charities says", "a letter from the residents argues": a record and
        // its author are one subject; so are a record and its client, "a survey for the Health Foundation suggests",
        // and a record and what it is about, "The report on Kenton Park Academy said", which the record says, not the school.)
        if tokens[s - 1].lower == "by" || tokens[s - 1].lower == "from" || tokens[s - 1].lower == "for"
            || (tokens[s - 1].lower == "on" || tokens[s - 1].lower == "into") && !QuoteAttributor.weekdays.contains(tokens[s]),
           s - 2 >= r.lowerBound, tokens[s - 2].isWord,
           case let record = QuoteAttributor.bare(tokens[s - 2].lower),
           QuoteAttributor.records.contains(record) || QuoteAttributor.issuedTexts.contains(record) {
            var start = s - 2
            while start > r.lowerBound, s - 2 - start < 3, case let t = tokens[start - 1], t.isWord, !t.capitalized || start - 1 == r.lowerBound,
                  !QuoteLexicon.phraseBreakers.contains(t), lexicon.verbs[t] == nil, !QuoteLexicon.auxiliaries.contains(t) {
                start -= 1
                if QuoteAttributor.nounDeterminers.contains(t) { break }
            }
            return start
        }
        guard tokens[s - 1].lower == "of", s - 2 >= r.lowerBound else { return nil }
        // ("About 40 per cent of those surveyed said", "In the poll, roughly 40 percent of voters said": a share of the people
        // after "of", with the words that make it approximate, as a share speaks alone.)
        if let share = shareStart(tokens, endingAt: s - 2, r) { return share }
        guard QuoteAttributor.ofQuantities.contains(tokens[s - 2]) || QuoteAttributor.isNumberWord(tokens[s - 2].lower) else { return nil }
        var start = s - 2
        if start > r.lowerBound, tokens[start - 1].kind == .number { start -= 1 }
        // ("More than a third of voters said", "Almost a quarter of them": so a bound or an approximation before the quantity
        // and its article; the article alone stays out, "A majority of voters".)
        if start - 1 > r.lowerBound, QuoteAttributor.articles.contains(tokens[start - 1]),
           case let opening = QuoteAttributor.countOpening(tokens, count: start - 1, r), opening < start - 1 {
            start = opening
        } else {
            start = QuoteAttributor.countOpening(tokens, count: start, r)
        }
        // ("A spokesman for one of the funds said": the role before the quantity's preposition speaks.)
        // ("The mother of one of the victims said": so does a relation.)
        if start - 2 >= r.lowerBound, QuoteAttributor.rolePrepositions.contains(tokens[start - 1]), tokens[start - 2].isWord,
           !tokens[start - 2].capitalized || start - 2 == r.lowerBound,
           lexicon.titles[tokens[start - 2]] != nil || QuoteAttributor.roleHeads.contains(tokens[start - 2])
            || lexicon.groups[tokens[start - 2]] == "group" || QuoteAttributor.relationNouns[tokens[start - 2]] != nil {
            var role = start - 2
            while role > r.lowerBound, start - role < 5, tokens[role - 1].isWord, !QuoteAttributor.purePrepositions.contains(tokens[role - 1]),
                  lexicon.verbs[tokens[role - 1]] == nil { role -= 1 }
            return role
        }
        return start
    }

    /// The point at `j` closes a capitalised single letter, a name's initial: "Mark J. Dent".
    static func isInitialPoint(_ tokens: Tokens, _ j: Int) -> Bool {
        j > 0 && tokens[j].punct == UInt8(ascii: ".") && tokens[j - 1].isWord && tokens[j - 1].capitalized && tokens[j - 1].lower.utf8.count == 1
    }

    /// The point at `j` closes a name's initial or a title's abbreviation, and a capitalised word follows it: inside a name,
    /// "Mark J. Dent", "Dr. Ann Lee".
    func isPointInsideName(_ tokens: Tokens, _ j: Int) -> Bool {
        j + 1 < tokens.count && tokens[j + 1].isWord && tokens[j + 1].capitalized && (QuoteAttributor.isInitialPoint(tokens, j)
            || j > 0 && tokens[j].punct == UInt8(ascii: ".") && tokens[j - 1].capitalized && lexicon.titles[tokens[j - 1]] != nil)
    }

    /// Where a phrase of people starting at `start` opens once the people or the relation it belongs to after "of" are
    /// read with it: "The parents of pupils at the school said", "the mother of a pupil at the school". `start` otherwise.
    func ownerBefore(_ tokens: Tokens, _ start: Int, _ r: Range<Int>) -> Int {
        guard start - 2 >= r.lowerBound, tokens[start - 1].lower == "of", case let owner = tokens[start - 2], owner.isWord,
              !owner.capitalized || start - 2 == r.lowerBound,
              lexicon.groups[owner] == "group" && owner.lower.looksPlural || QuoteAttributor.relationNouns[owner] != nil else { return start }
        let s = start - 2
        return s > r.lowerBound && QuoteLexicon.determiners.contains(tokens[s - 1]) ? s - 1 : s
    }

    /// After a determiner, a possessive or "own" a verb's form is a noun: "the report said", "The
    /// company's report says", "its own report".
    static func opensNoun(_ t: Token) -> Bool {
        QuoteLexicon.determiners.contains(t) || t.lower.endsWith("'s") || t.lower == "own"
    }

    /// An article or a possessive, after which a verb's form is a noun ("the plans", "his thinking",
    /// "the bank's plans"). (Narrower than `opensNoun`, whose determiners include modifiers such as
    /// "campaign" and "state" that are verbs' subjects too: "The campaign says".)
    static func ownsNoun(_ t: Token) -> Bool {
        QuoteAttributor.articles.contains(t) || t.lower.endsWith("'s")
    }

    /// The single mark at `j` ends a plural possessive: attached to a word ending in "s" and
    /// followed by a space ("the miners' union", "the teachers’ union").
    static func isPluralPossessive(_ tokens: Tokens, _ j: Int) -> Bool {
        isPluralApostrophe(tokens, j) && tokens[j + 1].isWord
    }

    /// The mark at `j` is a plural possessive's apostrophe, whatever follows it: "CBS' “Face the Nation”".
    static func isPluralApostrophe(_ tokens: Tokens, _ j: Int) -> Bool {
        guard j > 0, j + 1 < tokens.count, case .quoteMark(let m) = tokens[j].kind, m == .straightSingle || m == .rightSingle else { return false }
        return tokens[j - 1].isWord && tokens[j - 1].end == tokens[j].start && tokens[j - 1].lower.lastByte == UInt8(ascii: "s")
            && tokens[j + 1].start > tokens[j].end
    }

    /// The subject phrase ending just before the comma at `c` (a name or a group, not a pronoun).
    func subject(_ tokens: Tokens, _ r: Range<Int>, endingAtComma c: Int) -> Range<Int>? {
        // ("Several were restrained; one, who requested anonymity, acknowledged": a semicolon opens a clause
        // of its own.)
        var r = (r.lowerBound..<c).last(where: { tokens[$0].punct == UInt8(ascii: ";") }).map { ($0 + 1)..<r.upperBound } ?? r
        // ("“He was a good man,” a neighbour, who lives nearby, said": a quotation closing after its
        // comma opens the clause the phrase opens.)
        if let q = QuoteAttributor.closingMarkBefore(tokens, c, r) { r = (q + 1)..<r.upperBound }
        // ("But one investor, who asked not to be named, said", "Still, a senior aide, who ..., said": a discourse word
        // opening the sentence, with its comma, is not part of the phrase the clause opens with.)
        if r.lowerBound + 1 < c, QuoteAttributor.discourseOpeners.contains(tokens[r.lowerBound]) {
            r = (r.lowerBound + 1)..<r.upperBound
        } else if r.lowerBound + 2 < c, tokens[r.lowerBound + 1].punct == UInt8(ascii: ","), lexicon.starters.contains(tokens[r.lowerBound]),
                  !QuoteLexicon.determiners.contains(tokens[r.lowerBound]), QuoteLexicon.pronouns[tokens[r.lowerBound]] == nil {
            r = (r.lowerBound + 2)..<r.upperBound
        }
        guard r.lowerBound < c else { return nil }
        // "Jim Jordan (R-Ohio), a member, said": the parenthetical belongs to the name.
        var e = c
        if e - 1 > r.lowerBound, tokens[e - 1].punct == UInt8(ascii: ")"),
           let open = (max(r.lowerBound, e - 9)..<(e - 1)).last(where: { tokens[$0].punct == UInt8(ascii: "(") }) {
            e = open
        }
        // ("James Kennedy Jr., the prosecutor, said": the stop of a generation's suffix before the comma is the name's.)
        if e - 3 >= r.lowerBound, QuoteAttributor.closesGenerationSuffix(tokens, e - 1) { e -= 1 }
        // ("The 62-year-old, who has run the shop for decades, says": an age after its determiner, opening the clause, is a
        // person.)
        if e - 2 == r.lowerBound, QuoteAttributor.isAge(tokens[e - 1]), QuoteLexicon.determiners.contains(tokens[e - 2]) { return (e - 2)..<e }
        // ("The minister, speaking on condition of anonymity ..., said": a title word heads a phrase too.)
        // ("A person familiar with the negotiations, who ..., said", "One traveler, stuck in Denver, called":
        // so does a phrase opening the sentence with its determiner.)
        guard e - 1 >= r.lowerBound, tokens[e - 1].isWord else { return nil }
        // ("one, who requested anonymity, acknowledged": a pronoun opening the clause alone too.)
        // ("Hahn airport, one of those hit, said": a name opening the clause and a public service's word, in lower case.)
        var named = tokens[e - 1].capitalized || lexicon.groups[QuoteAttributor.bare(tokens[e - 1].lower)] != nil
            || lexicon.titles[tokens[e - 1]] != nil
            || e - 1 == r.lowerBound && (QuoteAttributor.indefinitePronouns.contains(tokens[e - 1]) || QuoteAttributor.quantifierPronouns.contains(tokens[e - 1]))
            // ("Jane Hale and her husband, who married in 1970, said": a relation after "his" or "her" is a person.)
            || e - 2 >= r.lowerBound && QuoteAttributor.relationNouns[tokens[e - 1]] != nil && QuoteAttributor.possessivePronouns[tokens[e - 2]] != nil
        var serviceName: Range<Int>? = nil
        if !named, e - 2 >= r.lowerBound, tokens[e - 2].capitalized, QuoteAttributor.serviceHeads.contains(tokens[e - 1]),
           (r.lowerBound..<e - 1).allSatisfy({ tokens[$0].isWord && tokens[$0].capitalized }) {
            serviceName = r.lowerBound..<e
            named = true
        }
        // ("Lawyers for the plaintiffs, a group of insurers, called": or with a group noun as its head.)
        // ("Israeli settlers, who form part of his base, said": or people in the plural before "who"; "Local
        // councils, which are responsible for most roads, said": or bodies before "which".)
        // ("Leo's grandmother, who raised concerns twice, said": or a name's possessive opening it before a person's noun.)
        guard named || QuoteAttributor.nounDeterminers.contains(tokens[r.lowerBound])
            || lexicon.groups[QuoteAttributor.bare(tokens[r.lowerBound].lower)] != nil
            || e - r.lowerBound == 2 && tokens[r.lowerBound].capitalized && tokens[r.lowerBound].lower.endsWith("'s")
                && (QuoteAttributor.relationNouns[tokens[e - 1]] != nil || QuoteAttributor.personNouns[tokens[e - 1]] != nil)
            || tokens[e - 1].lower.looksPlural && c + 1 < r.upperBound
                && (tokens[c + 1].lower == "who" || tokens[c + 1].lower == "whom" || tokens[c + 1].lower == "which")
        else { return nil }
        // ("Sen. Ron Tate of Ohio, one of the two Republicans, said": the name before its place.)
        guard let np = serviceName ?? (named ? leftSubject(tokens, before: e, r) : openingPhrase(tokens, before: e, r)),
              np.upperBound == e || (QuoteAttributor.isAffiliationPreposition(tokens[np.upperBound])
                                     && (np.upperBound..<e).allSatisfy({ tokens[$0].isWord })) else { return nil }
        // ("Thompson Rawlings, 59, of Ashton, Md., who ..., said": a place after "of" is not the subject.)
        // (Nor is the state after it: ", of Port Alder, Maine,".)
        func afterOf(_ p: Range<Int>) -> Bool {
            p.lowerBound - 1 > r.lowerBound && QuoteAttributor.purePrepositions.contains(tokens[p.lowerBound - 1])
                && tokens[p.lowerBound - 2].punct == UInt8(ascii: ",")
        }
        // ("Prof Stephen Nicholls, of Monash University in Melbourne, who ..., said": nor a place after a preposition
        // that closes such a name.)
        func inAffiliation(_ p: Range<Int>) -> Bool {
            p.lowerBound - 1 > r.lowerBound && QuoteAttributor.purePrepositions.contains(tokens[p.lowerBound - 1])
                && tokens[p.lowerBound - 2].capitalized
                && leftSubject(tokens, before: p.lowerBound - 1, r).map { $0.upperBound == p.lowerBound - 1 && afterOf($0) } == true
        }
        if afterOf(np) || inAffiliation(np) { return nil }
        // ("Lucy Grange, whose son Alfie, 8, took part, said": a name inside a relative clause is no subject; the
        // phrase before the relative word is.)
        if (r.lowerBound..<np.lowerBound).reversed().prefix(while: { tokens[$0].punct != UInt8(ascii: ",") })
            .contains(where: { QuoteAttributor.relativePronouns.contains(tokens[$0]) || tokens[$0].lower == "whose" }) { return nil }
        // ("Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said": a description
        // right after a name's comma is that name's appositive; not after a fronted place, "In Ohio, the ...".)
        if QuoteLexicon.determiners.contains(tokens[np.lowerBound]), np.lowerBound - 2 > r.lowerBound,
           tokens[np.lowerBound - 1].punct == UInt8(ascii: ","), tokens[np.lowerBound - 2].capitalized,
           let name = leftSubject(tokens, before: np.lowerBound - 1, r), name.upperBound == np.lowerBound - 1,
           tokens[name.lowerBound].capitalized, !QuoteLexicon.determiners.contains(tokens[name.lowerBound]),
           name.lowerBound == r.lowerBound || !QuoteAttributor.purePrepositions.contains(tokens[name.lowerBound - 1]) {
            return name
        }
        if np.lowerBound - 1 > r.lowerBound, tokens[np.lowerBound - 1].punct == UInt8(ascii: ","),
           let place = leftSubject(tokens, before: np.lowerBound - 1, r), place.upperBound == np.lowerBound - 1, afterOf(place) { return nil }
        return np
    }

    /// The phrase from the sentence's first word, a determiner, up to `e`, when it holds no verb and
    /// no other punctuation: "A person familiar with the negotiations", "One traveler".
    func openingPhrase(_ tokens: Tokens, before e: Int, _ r: Range<Int>) -> Range<Int>? {
        // ("An official involved in the talks, who ..., said": a participle after the noun and before its
        // preposition describes the person.)
        func describing(_ j: Int) -> Bool {
            j > r.lowerBound + 1 && j + 1 < e && QuoteAttributor.purePrepositions.contains(tokens[j + 1])
                && (tokens[j].lower.endsWith("ed") || tokens[j].lower.endsWith("ing"))
        }
        // ("A librarian at one of the threatened branches, who ..., said": so is a past form between an article and its noun.)
        func modifying(_ j: Int) -> Bool {
            j > r.lowerBound && j + 1 < e && QuoteAttributor.articles.contains(tokens[j - 1]) && tokens[j].lower.endsWith("ed") && tokens[j + 1].isWord
        }
        // ("An engineer not involved in the inquiry, who ..., said": a "not" denying that participle is part of it.)
        guard e - r.lowerBound >= 2, e - r.lowerBound <= 8,
              (r.lowerBound..<e).allSatisfy({ tokens[$0].isWord && (!QuoteAttributor.looksLikePredicate(tokens[$0]) || describing($0) || modifying($0))
                  && (!QuoteLexicon.auxiliaries.contains(tokens[$0]) || tokens[$0].lower == "not" && describing($0 + 1))
                  && (!lexicon.verbs.contains(tokens[$0]) || verbFormIsNoun(tokens, $0, after: r.lowerBound))
                  && !QuoteAttributor.subordinators.contains(tokens[$0]) }) else { return nil }
        return r.lowerBound..<e
    }

    /// A verb's form at `k` that is a noun: right after a determiner, a possessive or "own" ("The report said", "its own
    /// report"), or after an article and one modifier ("The annual report says", "a new report, published ...") or one
    /// name, not a plural's ("The Pentagon report says"; "The Democrats report that ..." is their verb).
    func verbFormIsNoun(_ tokens: Tokens, _ k: Int, after lower: Int) -> Bool {
        if k > lower, QuoteAttributor.opensNoun(tokens[k - 1]) { return true }
        // ("Five US states said": after a count and a capitalised modifier too.)
        guard k - 1 > lower, QuoteAttributor.ownsNoun(tokens[k - 2]) || tokens[k - 1].capitalized && QuoteAttributor.countsMoreThanOne(tokens[k - 2]),
              tokens[k - 1].isWord else { return false }
        // ("Five US states": "US" capitalised there is the country, no plural; the pronoun is never capitalised inside a
        // sentence.)
        if tokens[k - 1].capitalized { return !tokens[k - 1].lower.looksPlural || tokens[k - 1].lower == "us" }
        return lexicon.verbs[tokens[k - 1]] == nil && !QuoteLexicon.auxiliaries.contains(tokens[k - 1])
            && !QuoteLexicon.phraseBreakers.contains(tokens[k - 1])
    }

    /// ("said the firm risked losing customers": a past form right after a noun, with no preposition after it, is the
    /// verb of a clause that noun opens, not a modifier. "a retired officer", "the newly elected mayor" and "the man
    /// jailed for fraud" keep theirs.)
    static func pastVerbAfterNoun(_ tokens: Tokens, _ j: Int, from: Int, _ r: Range<Int>) -> Bool {
        // (`looksLikeVerb`, with each list asked by word shape first: this reads every word of a speaker phrase.)
        guard j > from + 1, case let t = tokens[j], t.isWord, !t.capitalized,
              t.lower.endsWith("ed") || predicateShapes.mayContain(t.shape) && predicateWords.contains(t)
                || irregularPastShapes.mayContain(t.shape) && irregularPast.contains(t) else { return false }
        let before = tokens[j - 1]
        guard before.isWord, !nounDeterminers.contains(before), !articles.contains(before), !before.lower.endsWith("ly") else { return false }
        return j + 1 >= r.upperBound || !purePrepositions.contains(tokens[j + 1])
    }

    /// A speaker phrase starting at `from`: names, titles, group nouns, with determiners.
    func forwardPhrase(_ tokens: Tokens, from: Int, _ r: Range<Int>, commonNouns: Bool = false) -> Range<Int>? {
        var from = from
        // "said 9/11 widow Terry Strada": a date modifier before the title.
        while from + 2 < r.upperBound, tokens[from].kind == .number, tokens[from + 1].punct == UInt8(ascii: "/"),
              tokens[from + 2].kind == .number {
            from += 2
            if from + 1 < r.upperBound, tokens[from + 1].isWord { from += 1 }
        }
        // ("said Year 10 pupil Ffion", "said Grade 5 teacher Ann Lee": a school year before the descriptor and the name.)
        if from + 3 < r.upperBound, tokens[from].capitalized, tokens[from].lower == "year" || tokens[from].lower == "grade",
           tokens[from + 1].kind == .number, tokens[from + 2].isWord, !tokens[from + 2].capitalized {
            from += 2
        }
        var j = from
        // "said the ruling", "said one Democratic source on the panel": after a determiner a
        // common noun may head the phrase.
        let determined = commonNouns && from < r.upperBound && QuoteAttributor.nounDeterminers.contains(tokens[from])
        // ("said the 34-year-old mother of two": an age is a modifier anywhere in it.)
        while j < r.upperBound, j - from < 7, tokens[j].isWord || (tokens[j].kind == .number && (j == from || QuoteAttributor.isAge(tokens[j])))
                || j > from && QuoteAttributor.isPluralPossessive(tokens, j) {
            // ("says nurses' leader Joan Mackie", "said the teachers' leader": a plural possessive owns the noun after it.)
            if !tokens[j].isWord && tokens[j].kind != .number {
                j += 1
                continue
            }
            let t = tokens[j]
            // ("said 9/11 widow Terry Strada": a lower-case descriptor right before the name.)
            // ("said coal miner Joe Smith": up to three of them.)
            // ("said the company faced a difficult Christmas": a past verb after the phrase's noun, or an article, opens
            // a clause that ends in a name; descriptors are bare.)
            // (Checked last: it looks ahead.)
            func descriptor() -> Bool {
                guard commonNouns, !t.capitalized, t.isWord,
                      let name = scanRange(from: j + 1, upTo: min(r.upperBound, j + 4)).first(where: { !tokens[$0].isWord || tokens[$0].capitalized }),
                      tokens[name].isWord, !(j..<name).contains(where: { QuoteAttributor.articles.contains(tokens[$0]) }),
                      !QuoteAttributor.pastVerbAfterNoun(tokens, j, from: from, r) else { return false }
                return scanRange(from: j, upTo: min(r.upperBound, j + 3)).allSatisfy { tokens[$0].capitalized || (lexicon.verbs[tokens[$0]] == nil
                        && !QuoteLexicon.auxiliaries.contains(tokens[$0]) && !QuoteLexicon.phraseBreakers.contains(tokens[$0])) }
            }
            let ok = t.capitalized || QuoteLexicon.determiners.contains(t) || lexicon.groups[QuoteAttributor.bare(t.lower)] != nil
                || lexicon.titles[t] != nil || QuoteLexicon.pronouns[t] != nil || t.kind == .number
                || QuoteAttributor.nounDeterminers.contains(t)
                || (determined && lexicon.verbs[t] == nil && !QuoteLexicon.auxiliaries.contains(t)
                    && !QuoteAttributor.pastVerbAfterNoun(tokens, j, from: from, r)
                    // ("said a diplomat based in Paris": a participle before its preposition describes the noun before it; its
                    // agent after "by" is read below: "said a letter signed by 40 MPs".)
                    && !(j > from + 1 && j + 1 < r.upperBound && QuoteAttributor.isPassiveParticiple(t)
                         && QuoteAttributor.purePrepositions.contains(tokens[j + 1]) && tokens[j + 1].lower != "by"))
                || descriptor()
            // ("said Will Hearn": a capitalised "Will" before another capitalised word is a first name, not the helper.)
            guard ok, !QuoteLexicon.phraseBreakers.contains(t)
                    || t.capitalized && t.lower == "will" && j + 1 < r.upperBound && tokens[j + 1].isWord && tokens[j + 1].capitalized else { break }
            // ("said Gary Moss outside the ground": a lower-case word that may open a phrase, after a
            // name, begins the next one.)
            if j > from, tokens[j - 1].capitalized, !t.capitalized, QuoteLexicon.determiners.contains(t) { break }
            j += 1
            if QuoteLexicon.pronouns[t] != nil { break }
            // "said Rep. G.K. Butterfield": a title abbreviation's period is inside the phrase.
            if j + 1 < r.upperBound, tokens[j].punct == UInt8(ascii: "."), lexicon.titles[t] != nil, tokens[j + 1].isWord {
                j += 1
            }
        }
        guard j > from else { return nil }
        // ("said Labour's housing spokesperson, Priya Nair": a possessive name owns the role after it.)
        if tokens[j - 1].capitalized, tokens[j - 1].lower.endsWith("'s") {
            var m = j
            while m < r.upperBound, m - j < 3, tokens[m].isWord, !tokens[m].capitalized, !QuoteLexicon.phraseBreakers.contains(tokens[m]),
                  lexicon.verbs[tokens[m]] == nil, !QuoteLexicon.auxiliaries.contains(tokens[m]) { m += 1 }
            if m > j, lexicon.titles[tokens[m - 1]] != nil || lexicon.groups[QuoteAttributor.bare(tokens[m - 1].lower)] != nil { j = m }
        }
        // ("said one", "said another": the pronoun alone, before what may name or describe the one meant.)
        let loneOne = j == from + 1 && (tokens[from].lower == "one" || tokens[from].lower == "another")
        // ("“...,” said one, Morag Macleod.": the name after a pronoun "one" speaks.)
        if loneOne, let name = nameAfterComma(tokens, j, r) {
            return name
        }
        // ("said one of them, Rosmarie Wydler", "said one of the organisers.": "one" with its "of" phrase, a plural pronoun
        // or "the" and up to three words, closing the clause; the name after it speaks.)
        if loneOne, j + 2 < r.upperBound, tokens[j].lower == "of" {
            var e = j + 1
            if tokens[e].lower == "them" || tokens[e].lower == "us" {
                e += 1
            } else if tokens[e].lower == "the" || tokens[e].lower == "our" || QuoteAttributor.possessivePronouns[tokens[e]] != nil {
                // ("said one of its organisers": a possessive as "the".)
                e += 1
                while e < r.upperBound, e - j <= 4, tokens[e].isWord, !tokens[e].capitalized, !lexicon.isReportingVerb(tokens[e]),
                      !QuoteLexicon.phraseBreakers.contains(tokens[e]), !QuoteLexicon.auxiliaries.contains(tokens[e]) { e += 1 }
                if e == j + 2 { e = j }
            } else {
                e = j
            }
            if e > j {
                if let name = nameAfterComma(tokens, e, r) { return name }
                // ("said one of the organisers, a lorry driver.": or a description of the one after a comma.)
                if e == r.upperBound || tokens[e].punct == UInt8(ascii: ".")
                    || tokens[e].punct == UInt8(ascii: ",") && e + 1 < r.upperBound && QuoteAttributor.articles.contains(tokens[e + 1]) { return from..<e }
            }
        }
        // ("“It hurts,” said one.": the pronoun alone, one of the people just named.)
        // ("said one, who did not want to be named": so before a relative clause about the one; "said one, a mother of
        // three": or a description of the one.)
        if loneOne, j == r.upperBound || tokens[j].punct == UInt8(ascii: ".")
            || tokens[j].punct == UInt8(ascii: ",") && j + 1 < r.upperBound
                && (tokens[j + 1].lower == "who" || QuoteAttributor.articles.contains(tokens[j + 1])) { return from..<j }
        // ("said a spokesman for Harbour Link.": the organisation, as in "A spokesman for Harbour Link said".)
        if j + 1 < r.upperBound, tokens[j].lower == "for", QuoteAttributor.spokesWords.contains(tokens[j - 1]) {
            var n = j + 1
            if n < r.upperBound, tokens[n].lower == "the" { n += 1 }
            var e = n
            while e < r.upperBound, e - n < 6, tokens[e].isWord, tokens[e].capitalized || QuoteAttributor.isOrganisationJoiner(tokens[e]) { e += 1 }
            while e > n, !tokens[e - 1].capitalized { e -= 1 }
            // ("said a spokesman for Harbour Link, Tom Lee.": a person named after it speaks.)
            if e > n, let name = nameAfterComma(tokens, e, r) { return name }
            if e > n, e == r.upperBound || !tokens[e].isWord { return n..<e }
        }
        let head = tokens[j - 1]
        // ("said Labour's deputy leader, Ann Coyle": a title closing the phrase, then the person it names.)
        if !head.capitalized, lexicon.titles[head] != nil, let name = nameAfterComma(tokens, j, r) { return name }
        // ("'We will not be bullied', says council leader in row over bins": a headline's bare role, before the phrase
        // that says where it spoke.)
        guard head.capitalized || lexicon.groups[QuoteAttributor.bare(head.lower)] != nil || QuoteLexicon.pronouns[head] != nil
            || (determined && (head.isWord || QuoteAttributor.isAge(head)) && j - from >= 2)
            || (!determined && j < r.upperBound && lexicon.titles[head] != nil && QuoteAttributor.purePrepositions.contains(tokens[j])) else {
            return nil
        }
        // ("said the union's president, Abena Mensah.": the name in the appositive after a role speaks.)
        if !head.capitalized, let name = nameAfterComma(tokens, j, r) { return name }
        // ("said the Information Commissioner, Rachel Evans.": so after an office capitalised as British papers write it.)
        if head.capitalized, tokens[from].lower == "the", lexicon.titles[QuoteAttributor.bare(head.lower)] != nil,
           let name = nameAfterComma(tokens, j, r) { return name }
        // ("said the chairman of the board, Sir Martin Webb.", "said her editor of 40 years, Tom Baines.": past
        // the role's own phrase with "of".)
        // ("said a lawyer for the family, Sam Ortiz.", "said an analyst at the bank, Tom Lee.", "said an adviser to the
        // mayor, Ann Cole.": or with another preposition between a role and whom it serves.)
        if !head.capitalized, j + 1 < r.upperBound, QuoteAttributor.rolePrepositions.contains(tokens[j]) || tokens[j].lower == "to",
           let c = scanRange(from: j + 1, upTo: min(r.upperBound, j + 6)).first(where: { !tokens[$0].isWord && tokens[$0].kind != .number }),
           (j + 1..<c).allSatisfy({ !QuoteLexicon.phraseBreakers.contains(tokens[$0]) || tokens[$0].lower == "the" }),
           let name = nameAfterComma(tokens, c, r) { return name }
        // ("“...,” said Nick Clegg and Jennifer Newstead.": a second name after "and" that closes the clause speaks with
        // the first.)
        if head.capitalized, j + 2 < r.upperBound, tokens[j].lower == "and", tokens[j + 1].isWord, tokens[j + 1].capitalized {
            var e = j + 1
            while e < r.upperBound, e - j <= 4, tokens[e].isWord, tokens[e].capitalized { e += 1 }
            if e - (j + 1) >= 2, e == r.upperBound || !tokens[e].isWord && !tokens[e].isQuoteMark { return from..<e }
        }
        // ("said a source close to the mayor.", "said people familiar with the talks.": an adjective of relation and its
        // preposition's phrase, closing the clause, describe the ones who speak.)
        // ("read a banner held by supporters of the mayor.": so do a passive participle and its agent.)
        if j + 1 < r.upperBound, QuoteAttributor.relationAdjectives.contains(head) && QuoteAttributor.purePrepositions.contains(tokens[j])
            || QuoteAttributor.isPassiveParticiple(head) && tokens[j].lower == "by" {
            var e = j + 1
            while e < r.upperBound, e - j <= 8, tokens[e].isWord || tokens[e].kind == .number { e += 1 }
            if e > j + 1, e == r.upperBound || tokens[e].kind == .punct && !tokens[e].isQuoteMark { return from..<e }
        }
        return from..<j
    }

    /// The full name in an appositive after the comma at `c`, closing its clause: two to five tokens,
    /// a title abbreviation's period inside ("said the study's lead author, Dr. Priya Raman."), then
    /// punctuation or the sentence's end. Not a date (", Monday.").
    func nameAfterComma(_ tokens: Tokens, _ c: Int, _ r: Range<Int>) -> Range<Int>? {
        guard c + 1 < r.upperBound, tokens[c].punct == UInt8(ascii: ","),
              let name = capitalisedRun(tokens, after: c, r, titlePeriods: true), name.count >= 2,
              name.upperBound == r.upperBound || tokens[name.upperBound].kind == .punct
                || employerCloses(tokens, after: name.upperBound, r) else { return nil }
        return name
    }

    /// "Unions, employers and charities said": before the "and" at `and`, bare plurals (one word each) parted by commas back
    /// to the sentence's start, two at least. The list's first token, or nil.
    func barePluralListStart(_ tokens: Tokens, before and: Int, _ r: Range<Int>) -> Int? {
        func bare(_ j: Int) -> Bool {
            let t = tokens[j]
            return t.isWord && (!t.capitalized || j == r.lowerBound) && t.lower.looksPlural && lexicon.verbs[t] == nil
                && !QuoteLexicon.determiners.contains(t)
        }
        var j = and - 1
        var items = 0
        while j >= r.lowerBound, items < 6, bare(j) {
            items += 1
            if j == r.lowerBound { return items >= 2 ? j : nil }
            guard j - 2 >= r.lowerBound, tokens[j - 1].punct == UInt8(ascii: ",") else { return nil }
            j -= 2
        }
        return nil
    }

    /// The passive participle at `p`, before its preposition, follows a plural it describes: "Emails obtained by", "Samples
    /// taken from".
    static func passiveParticipleAfterPlural(_ tokens: Tokens, _ p: Int) -> Bool {
        guard p > 0, p + 1 < tokens.count, isPassiveParticiple(tokens[p]), purePrepositions.contains(tokens[p + 1]), tokens[p - 1].isWord
        else { return false }
        return tokens[p - 1].lower.looksPlural || unmarkedPlurals.contains(tokens[p - 1])
    }

    /// The "-ing" participle at `p` follows a plural it describes: "Astronomers using", "fans supporting".
    static func participleAfterPeople(_ tokens: Tokens, _ p: Int) -> Bool {
        let t = tokens[p]
        guard p > 0, t.isWord, !t.capitalized, t.lower.utf8.count > 4, t.lower.endsWith("ing"), !purePrepositions.contains(t),
              tokens[p - 1].isWord else { return false }
        return tokens[p - 1].lower.looksPlural
    }

    /// "of the University of Sydney" or "at Barclays" closes the clause at `k`: a preposition of affiliation,
    /// then capitalised words and the small words of a name, then punctuation or the sentence's end.
    /// ("said the study's lead author, Dr Melody Ding of the University of Sydney.")
    func employerCloses(_ tokens: Tokens, after k: Int, _ r: Range<Int>) -> Bool {
        guard k + 1 < r.upperBound, ["of", "at", "from"].contains(tokens[k].lower) else { return false }
        var e = k + 1
        var capitals = 0
        while e < r.upperBound, e - k <= 8, tokens[e].isWord, tokens[e].capitalized || ["the", "of", "for", "and", "in"].contains(tokens[e].lower) {
            if tokens[e].capitalized { capitals += 1 }
            e += 1
        }
        return capitals > 0 && tokens[e - 1].capitalized && (e == r.upperBound || tokens[e].kind == .punct)
    }

    /// A verb follows the comma closing the appositive `name`, past an age: "The regulator, Ofwat, declined",
    /// "Another resident, Mark Fenwick, 58, was less forgiving".
    static func verbAfterAppositive(_ tokens: Tokens, _ name: Range<Int>, _ r: Range<Int>) -> Bool {
        var v = name.upperBound + 1
        if v + 2 < r.upperBound, tokens[v].kind == .number, tokens[v + 1].punct == UInt8(ascii: ",") { v += 2 }
        return v < r.upperBound && tokens[v].isWord && (startsPredicate(tokens[v]) || looksLikeVerb(tokens[v]))
    }

    /// One to five capitalised words between the comma at `c` and the next comma: "The regulator, Ofwat,".
    func nameBetweenCommas(_ tokens: Tokens, _ c: Int, _ r: Range<Int>) -> Range<Int>? {
        guard let name = capitalisedRun(tokens, after: c, r, titlePeriods: false),
              name.upperBound < r.upperBound, tokens[name.upperBound].punct == UInt8(ascii: ",") else { return nil }
        return name
    }

    /// The one to five capitalised words right after `c` (with `titlePeriods`, a title abbreviation's
    /// period inside: "Dr. Priya Raman"), not opening with a day or month. An ampersand joining two of them is
    /// inside the name: "The engine maker, Pratt & Whitney, said"; so are a name's particles, which the five leave
    /// out: "Fiona van der Berg" (marked capitalised by `markNameParticles`).
    private func capitalisedRun(_ tokens: Tokens, after c: Int, _ r: Range<Int>, titlePeriods: Bool) -> Range<Int>? {
        var k = c + 1
        var particles = 0
        while k < r.upperBound, k - c <= 6 + particles, tokens[k].isWord && tokens[k].capitalized
                || k > c + 1 && QuoteAttributor.ampersandJoins(tokens, at: k, letters: true)
                || titlePeriods && tokens[k].punct == UInt8(ascii: ".") && k > c + 1 && k + 1 < r.upperBound && tokens[k + 1].isWord
                    && tokens[k + 1].capitalized && lexicon.titles[tokens[k - 1]] != nil {
            if k > c + 1, particles < 3, QuoteAttributor.nameParticles.contains(tokens[k]) { particles += 1 }
            k += 1
        }
        guard k > c + 1, k - (c + 1) <= 5 + particles,
              !QuoteLexicon.calendarWords.contains(QuoteAttributor.bare(tokens[c + 1].lower)) else { return nil }
        return (c + 1)..<k
    }

    /// A narrator's present verb at `v`, after a subject's phrase: "turns to", "says:", "tells him". (An "-s" word before a
    /// preposition, a determiner, a pronoun, a colon or a quotation mark; a lexicon's cue too.)
    func presentVerbAfterPhrase(_ tokens: Tokens, _ v: Int, _ r: Range<Int>) -> Bool {
        let t = tokens[v]
        guard v + 1 < r.upperBound, t.isWord, !t.capitalized, QuoteAttributor.hasPresentEnding(t) else { return false }
        let next = tokens[v + 1]
        return lexicon.verbs[t] != nil || QuoteAttributor.purePrepositions.contains(next) || QuoteLexicon.determiners.contains(next)
            || QuoteAttributor.objectPronouns[next.lower] != nil || next.punct == UInt8(ascii: ":") || next.isQuoteMark
    }

    /// A word in "-ed" or "-ing" at `a` followed by a lower-case word: a participle opening its phrase ("Chastened by
    /// the analyses, ...", "Asked about the delay, ...").
    static func opensParticiplePhrase(_ tokens: Tokens, at a: Int, _ r: Range<Int>) -> Bool {
        (tokens[a].lower.endsWith("ed") || tokens[a].lower.endsWith("ing")) && a + 1 < r.upperBound
            && tokens[a + 1].isWord && !tokens[a + 1].capitalized
    }

    /// "About 40 backbenchers", "At least two officials", "More than 300 junior doctors": a count of people, perhaps after
    /// a word or two that make it approximate or a bound, and up to two lower-case modifiers, before the plural at `k`.
    /// Returns where the phrase starts and where its name starts: an exact count is part of the name ("40 backbenchers"),
    /// an approximate one is not ("backbenchers"). Nil when no count stands there, when the count may be a year ("In 2020
    /// officials said"), or when the plural is a span of time ("Two days later he said").
    func quantityPhrase(_ tokens: Tokens, endingAt k: Int, _ r: Range<Int>) -> (start: Int, name: Int)? {
        let head = tokens[k]
        guard head.isWord, !head.capitalized, head.lower.looksPlural || QuoteAttributor.unmarkedPlurals.contains(head),
              lexicon.verbs[head] == nil, !QuoteAttributor.looksLikeVerb(head), !QuoteAttributor.timeSpanWords.contains(head),
              !QuoteAttributor.timeNouns.contains(head) else { return nil }
        var n = k - 1
        while n >= r.lowerBound, k - n <= 2, tokens[n].isWord, !tokens[n].capitalized, !QuoteAttributor.isNumberWord(tokens[n].lower),
              !QuoteLexicon.phraseBreakers.contains(tokens[n]), lexicon.verbs[tokens[n]] == nil, !QuoteAttributor.looksLikeVerb(tokens[n]) { n -= 1 }
        guard n >= r.lowerBound else { return nil }
        let count = tokens[n]
        if count.kind == .number {
            let digits = count.lower.utf8
            guard digits.allSatisfy({ ByteClass.isDigit($0) || $0 == UInt8(ascii: ",") }),
                  !(digits.count == 4 && (digits.first == UInt8(ascii: "1") || digits.first == UInt8(ascii: "2"))) else { return nil }
        } else {
            guard count.isWord, !count.capitalized || n == r.lowerBound, QuoteAttributor.isNumberWord(count.lower),
                  count.lower != "one" else { return nil }
        }
        let s = QuoteAttributor.countOpening(tokens, count: n, r)
        return (s, s == n ? n : n + 1)
    }

    /// Where a count at `n` opens, past a word or two that make it approximate or a bound: "about 40", "at least 40".
    static func countOpening(_ tokens: Tokens, count n: Int, _ r: Range<Int>) -> Int {
        if n - 1 >= r.lowerBound, countApproximators.contains(tokens[n - 1]) { return n - 1 }
        if n - 2 >= r.lowerBound, boundsCount(tokens[n - 2], tokens[n - 1]) { return n - 2 }
        return n
    }

    /// "73 percent", "40 per cent", "63%" ending at `k`, after its count and any word that makes the share approximate:
    /// the share of people asked, which speaks when it opens its clause ("..., while 73 percent said Trump was fit"). Returns
    /// where it starts.
    func shareStart(_ tokens: Tokens, endingAt k: Int, _ r: Range<Int>) -> Int? {
        let t = tokens[k]
        var n: Int
        if t.kind == .number, t.lower.endsWith("%") {
            n = k
        } else if t.punct == UInt8(ascii: "%"), k - 1 >= r.lowerBound, tokens[k - 1].kind == .number, tokens[k - 1].end == t.start {
            n = k - 1
        } else if t.isWord, t.lower == "percent" || t.lower == "cent" && k - 1 > r.lowerBound && tokens[k - 1].lower == "per" {
            n = t.lower == "cent" ? k - 2 : k - 1
            guard n >= r.lowerBound, tokens[n].kind == .number || tokens[n].isWord && QuoteAttributor.isNumberWord(tokens[n].lower) else { return nil }
        } else {
            return nil
        }
        n = QuoteAttributor.countOpening(tokens, count: n, r)
        return countOpensClause(tokens, at: n, r) ? n : nil
    }

    /// A count's phrase at `s` opens a clause or a reported clause: at the sentence's start or after a comma, colon,
    /// quotation mark or bracket, a coordinator, "that", or a reporting verb ("said about 40 officials had ..."). (Wider
    /// than the static `opensClause`, which knows only a comma and the clause conjunctions.)
    func countOpensClause(_ tokens: Tokens, at s: Int, _ r: Range<Int>) -> Bool {
        guard s > r.lowerBound else { return true }
        let t = tokens[s - 1]
        return !t.isWord && t.kind != .number || QuoteAttributor.coordinators.contains(t) || t.lower == "that" || lexicon.verbs[t] != nil
    }

    /// The sentence's subject past leading phrases: a pronoun, a name, or a determiner phrase up to
    /// its verb ("several environmental groups granted ...").
    func sentenceSubject(_ tokens: Tokens, _ r: Range<Int>) -> Range<Int>? {
        guard var a = r.first, tokens[a].isWord else { return nil }
        if QuoteLexicon.pronouns[tokens[a]] != nil { return a..<(a + 1) }
        // ("At least 40 backbenchers have signed a letter saying ...", "About 300 doctors wrote ...": a count of people
        // opening the sentence is its subject, though "At" or "About" may open a leading phrase elsewhere.)
        for k in scanRange(from: a + 1, upTo: min(r.upperBound - 1, a + 6)) {
            guard let q = quantityPhrase(tokens, endingAt: k, r), q.start == a else { continue }
            if QuoteAttributor.startsPredicate(tokens[k + 1]) || lexicon.verbs[tokens[k + 1]] != nil
                || QuoteAttributor.adverbBeforePredicate(tokens, k + 1, r) { return q.name..<(k + 1) }
            break
        }
        // "During a speech earlier in the day, Trump attacked ...": past a leading phrase.
        // ("Recently, however, it issued ...": an adverb and a discourse word, each with its comma;
        // "Chastened by the analyses, Trump revised ...": a leading participle phrase.)
        // ("The mayor resigned, saying ...": a determiner opens the subject itself, not a leading phrase.)
        // ("At the shore, she hugged him and said, “We ...”": a pronoun after the phrase is the subject,
        // though pronouns open sentences too.)
        while QuoteAttributor.prepositions.contains(tokens[a])
                || lexicon.starters.contains(tokens[a]) && !QuoteLexicon.determiners.contains(tokens[a]) && QuoteLexicon.pronouns[tokens[a]] == nil
                    && !QuoteAttributor.nounDeterminers.contains(tokens[a])
                || (tokens[a].lower.endsWith("ly") && a + 1 < r.upperBound && tokens[a + 1].punct == UInt8(ascii: ","))
                || QuoteAttributor.opensParticiplePhrase(tokens, at: a, r),
              let comma = scanRange(from: a, upTo: min(r.upperBound, a + 24)).first(where: { tokens[$0].punct == UInt8(ascii: ",") }) {
            // A leading phrase of 14 words or more ends only at a comma inside a closing mark ("After
            // saying her foot was “so swollen,” she was"), or opens with a preposition ("With Democratic
            // leaders increasingly worried about ..., Obama").
            var b = comma + 1
            // ("On July 6, 2015, Sanders made ...": the year after the date's comma.)
            if b + 1 < r.upperBound, tokens[b].kind == .number, tokens[b + 1].punct == UInt8(ascii: ",") { b += 2 }
            // ("Asked by a member of the audience whether she would apologise for the cost of living crisis, Ms Hollins said":
            // or with a participle.)
            // ("In his 2002 book, “Make Your Kid a Millionaire,” Mr. McKinley suggested": a title opening after the comma,
            // closed by its own comma inside the mark, is the phrase's too.)
            if b < r.upperBound, tokens[b].isQuoteMark, tokens[b].start > tokens[comma].end,
               let close = scanRange(from: b + 1, upTo: min(r.upperBound - 1, b + 20)).first(where: { tokens[$0].isQuoteMark }),
               close > b + 2, tokens[close - 1].punct == UInt8(ascii: ",") {
                b = close + 1
            } else if b < r.upperBound, tokens[b].isQuoteMark { b += 1 } else if comma - a >= 14, !QuoteAttributor.prepositions.contains(tokens[a]),
                                                                        !QuoteAttributor.opensParticiplePhrase(tokens, at: a, r) { break }
            guard b < r.upperBound, tokens[b].isWord else { break }
            a = b
        }
        // ("Last year he called ... and told ...", "This week the council voted ...": a time of two words before the
        // subject, with no comma, is no part of it.)
        if a + 2 < r.upperBound, QuoteAttributor.timeModifiers.contains(tokens[a]), QuoteAttributor.timeNouns.contains(tokens[a + 1]) {
            let b = tokens[a + 2].punct == UInt8(ascii: ",") ? a + 3 : a + 2
            if b < r.upperBound, tokens[b].isWord { a = b }
        }
        if QuoteLexicon.pronouns[tokens[a]] != nil { return a..<(a + 1) }
        // ("In a post on social media he thanked ... and promised", "Later she told ...": with no comma after the leading
        // phrase or adverb, a subject pronoun within its first ten words, right before a verb, is the subject.)
        // ("The next day he phoned me and said ...", "That night she wrote ...", "Two days later he said ...": so after a
        // time phrase of up to four words with no comma, one of them a word of time.)
        if a == r.lowerBound,
           let p = scanRange(from: a + 1, upTo: min(r.upperBound - 1, a + 10)).first(where: { !tokens[$0].isWord
               || QuoteAttributor.nominativePronouns.contains(tokens[$0]) }),
           QuoteAttributor.nominativePronouns.contains(tokens[p]),
           QuoteAttributor.prepositions.contains(tokens[a]) || QuoteAttributor.sentenceAdverbs.contains(tokens[a])
            || p - a <= 4 && (a..<p).contains(where: { QuoteAttributor.timeNouns.contains(tokens[$0]) || QuoteAttributor.timeSpanWords.contains(tokens[$0]) }),
           QuoteAttributor.startsPredicate(tokens[p + 1]) || lexicon.verbs[tokens[p + 1]] != nil {
            return p..<(p + 1)
        }
        // ("Even China, Pyongyang's only ally, said": a focusing adverb before the subject.)
        if QuoteAttributor.focusAdverbs.contains(tokens[a]), a + 1 < r.upperBound, tokens[a + 1].isWord, tokens[a + 1].capitalized { a += 1 }
        // "In August, several environmental groups granted ...": a lower-case noun phrase up to its verb.
        // ("The Republican nominee also outlined ... and vowed": a capitalised determiner too.)
        if QuoteLexicon.determiners.contains(tokens[a]) || QuoteAttributor.nounDeterminers.contains(tokens[a]) {
            var e = a + 1
            // ("The union met in May and said ...": an irregular past ends the phrase too.)
            // ("A group of parents has sued ..., alleging": "of" and its noun stay in the phrase.)
            // ("The federation broadly welcomed ...": an adverb before the verb is no part of the phrase.)
            // ("The protesters' solicitor, Ann Reed, welcomed ... but said": a plural possessive's apostrophe stays in it.)
            while e < r.upperBound, e - a < 6, e > a + 1 && QuoteAttributor.isPluralPossessive(tokens, e)
                    || tokens[e].isWord && !QuoteAttributor.startsPredicate(tokens[e])
                    && lexicon.verbs[tokens[e]] == nil && !QuoteAttributor.adverbBeforePredicate(tokens, e, r)
                    && (!QuoteLexicon.phraseBreakers.contains(tokens[e]) || tokens[e].lower == "of" && e > a + 1) { e += 1 }
            // ("A federal judge on Friday temporarily blocked ...": a time and an adverb may stand between
            // the phrase and its verb.)
            var v = e
            if v + 1 < r.upperBound, QuoteAttributor.timeModifiers.contains(tokens[v]), QuoteAttributor.timeNouns.contains(tokens[v + 1]) { v += 2 }
            while v < r.upperBound, v > e, tokens[v].isWord, !tokens[v].capitalized, tokens[v].lower.endsWith("ly") { v += 1 }
            if v == e, QuoteAttributor.adverbBeforePredicate(tokens, v, r) { v += 1 }
            // (Not a phrase cut inside its "of": "The footage of an anguished wife".)
            if e > a + 1, v < r.upperBound, QuoteAttributor.startsPredicate(tokens[v]),
               tokens[e - 1].lower != "of", !QuoteAttributor.articles.contains(tokens[e - 1]) {
                return a..<e
            }
            // ("A spokesman for Acme Foods welcomed the ruling and said": a role's phrase with the name of the one it serves
            // after "for", "at", "of", "with" or "from" ends on that name, when a verb follows; the name is read as the subject,
            // as it is when the cue follows it at once: "A spokesman for Acme Foods said" speaks as Acme Foods.)
            if e > a + 1, e + 1 < r.upperBound, QuoteAttributor.rolePrepositions.contains(tokens[e]), lexicon.titles[tokens[e - 1]] != nil {
                var n = e + 1
                if tokens[n].lower == "the" { n += 1 }
                let first = n
                // ("A spokesperson for the Campaign to Protect Rural England declined ...": past a joiner inside the name.)
                while n < r.upperBound, n - first < 8, tokens[n].isWord, tokens[n].capitalized
                        || n > first && n + 1 < r.upperBound && QuoteAttributor.isOrganisationJoiner(tokens[n]) && tokens[n + 1].capitalized { n += 1 }
                if n > first, n < r.upperBound, QuoteAttributor.startsPredicate(tokens[n]) { return first..<n }
                // ("A spokesperson for the charity declined to comment but said": a body's noun after "the" ends the phrase
                // too, which is the subject whole, as "A spokesperson for the charity said" speaks.)
                if n == first, n > e + 1, n + 1 < r.upperBound, tokens[n].isWord, !tokens[n].capitalized,
                   namesBody(QuoteAttributor.bare(tokens[n].lower)), QuoteAttributor.startsPredicate(tokens[n + 1]) { return a..<(n + 1) }
            }
            // ("The regulator, Ofwat, declined to comment but said ...": the name in an appositive after the
            // description, when a verb follows it.)
            if e > a + 1, e < r.upperBound, tokens[e].punct == UInt8(ascii: ","), let name = nameBetweenCommas(tokens, e, r),
               QuoteAttributor.verbAfterAppositive(tokens, name, r) {
                return name
            }
            // ("A hiker who got lost on Ben Lomond thanked ..., saying": the person before "who".)
            if e > a + 1, e < r.upperBound, tokens[e].lower == "who", !QuoteAttributor.articles.contains(tokens[e - 1]) {
                return a..<e
            }
            // ("The National Housing Federation, which represents housing associations, welcomed ... but said": the
            // phrase before a relative clause set off by commas, when a verb follows the clause.)
            if e > a + 1, let close = QuoteAttributor.relativeClauseClose(tokens, comma: e, before: r.upperBound, window: 16),
               QuoteAttributor.startsPredicate(tokens[close + 1]) || QuoteAttributor.adverbBeforePredicate(tokens, close + 1, r) {
                return a..<e
            }
            // ("The minister, flanked by aides, turned to the crowd and said", "the old fisherman, played by Tom Reade, turns to
            // his daughter and says": so before a participle's phrase set off by commas, a past participle and a preposition.)
            if e > a + 1, e + 3 < r.upperBound, tokens[e].punct == UInt8(ascii: ","), case let p = tokens[e + 1], p.isWord, !p.capitalized,
               p.lower.endsWith("ed") || QuoteAttributor.irregularPast.contains(p), QuoteAttributor.purePrepositions.contains(tokens[e + 2]),
               let close = scanRange(from: e + 3, upTo: min(r.upperBound - 1, e + 12)).first(where: { !tokens[$0].isWord }),
               tokens[close].punct == UInt8(ascii: ","),
               QuoteAttributor.startsPredicate(tokens[close + 1]) || QuoteAttributor.adverbBeforePredicate(tokens, close + 1, r)
                || presentVerbAfterPhrase(tokens, close + 1, r) {
                return a..<e
            }
        }
        var j = a
        while j < r.upperBound, tokens[j].isWord, tokens[j].capitalized {
            j += 1
            // "Mr. Trump": a title abbreviation's period stays inside the name.
            if j + 1 < r.upperBound, tokens[j].punct == UInt8(ascii: "."), lexicon.titles[tokens[j - 1]] != nil,
               tokens[j + 1].isWord, tokens[j + 1].capitalized { j += 1 }
        }
        guard j > a, !lexicon.starters.contains(tokens[a]) else { return nil }
        // ("Trump's campaign manager, Kellyanne Conway, dismissed ...": a possessor opens the phrase; the
        // name in the appositive after its head, or else the phrase, is the subject.)
        if tokens[j - 1].lower.endsWith("'s"), let phrase = possessedSubject(tokens, a, j, r) { return phrase }
        // "Democratic candidate Hillary Clinton, like Obama, has ...": lower-case descriptors between
        // an adjective and the name; the phrase runs on to the name.
        // (One capitalised word only, and no verb among the descriptors: "Trump spoke Tuesday".)
        // ("Ohio Senate candidate Mark Delaney": more capitalised words when the descriptor is a role.)
        var k = j
        while j - a <= 3, k < r.upperBound, k - j < 3, tokens[k].isWord, !tokens[k].capitalized, !QuoteAttributor.startsPredicate(tokens[k]),
              lexicon.verbs[tokens[k]] == nil, !tokens[k].lower.looksPlural,
              !QuoteLexicon.phraseBreakers.contains(tokens[k]) { k += 1 }
        if j - a > 1, !(j..<k).contains(where: { lexicon.titles[tokens[$0]] != nil || QuoteAttributor.roleDescriptors.contains(tokens[$0]) }) { k = j }
        if k > j, k < r.upperBound, tokens[k].isWord, tokens[k].capitalized,
           !QuoteLexicon.calendarWords.contains(QuoteAttributor.bare(tokens[k].lower)) {
            while k < r.upperBound, tokens[k].isWord, tokens[k].capitalized { k += 1 }
            return a..<k
        }
        // ("Small business groups welcomed ...": a capitalised adjective and descriptors before a group noun.)
        if j - a == 1, k < r.upperBound, tokens[k].isWord, !tokens[k].capitalized, lexicon.groups[QuoteAttributor.bare(tokens[k].lower)] != nil {
            return a..<(k + 1)
        }
        // ("Consumer advocates welcomed the fine but said ...": or any plural noun the sentence's verb follows.)
        if j - a == 1, k + 1 < r.upperBound, tokens[k].isWord, !tokens[k].capitalized, tokens[k].lower.looksPlural,
           lexicon.verbs[tokens[k]] == nil, !QuoteAttributor.startsPredicate(tokens[k]), tokens[k + 1].isWord, !tokens[k + 1].capitalized,
           QuoteAttributor.isPastForm(tokens, at: k + 1) || QuoteAttributor.finiteAuxiliaries.contains(tokens[k + 1]) {
            return a..<(k + 1)
        }
        // ("Consumer rights campaigners welcomed ...": past a plural descriptor too, up to the group noun within three words.)
        if j - a == 1, k == j, let g = scanRange(from: j, upTo: min(r.upperBound, j + 3)).prefix(while: { tokens[$0].isWord && !tokens[$0].capitalized
               && !QuoteAttributor.startsPredicate(tokens[$0]) && !QuoteLexicon.phraseBreakers.contains(tokens[$0]) })
                .first(where: { lexicon.groups[QuoteAttributor.bare(tokens[$0].lower)] != nil }), g > j,
           (j..<g).allSatisfy({ lexicon.verbs[tokens[$0]] == nil }) {
            return a..<(g + 1)
        }
        // ("Health minister: “We will not resign”", "Council leader said": a role word after the capitalised
        // words, with no name after it, ends the phrase.)
        // (Not after a possessor, nor before an appositive: "Nigeria's minister of culture, Amaka Obi, said".)
        if j < r.upperBound, tokens[j].isWord, !tokens[j].capitalized, lexicon.titles[tokens[j]] != nil, !tokens[j - 1].lower.endsWith("'s"),
           j + 1 >= r.upperBound || tokens[j + 1].punct == UInt8(ascii: ":") || QuoteAttributor.looksLikeVerb(tokens[j + 1]) {
            return a..<(j + 1)
        }
        return a..<j
    }

    /// The subject of a sentence opening with the possessor `a..<j`: the name in an appositive after the
    /// possessed head ("Trump's campaign manager, Kellyanne Conway, said") when a verb follows it, else
    /// the phrase up to the head ("Trump's campaign manager said"); nil without a lower-case head.
    @inline(never)
    func possessedSubject(_ tokens: Tokens, _ a: Int, _ j: Int, _ r: Range<Int>) -> Range<Int>? {
        var e = j
        while e < r.upperBound, e - j < 4, tokens[e].isWord, !tokens[e].capitalized, !QuoteAttributor.startsPredicate(tokens[e]),
              lexicon.verbs[tokens[e]] == nil, !QuoteLexicon.phraseBreakers.contains(tokens[e]) { e += 1 }
        guard e > j else { return nil }
        if e < r.upperBound, tokens[e].punct == UInt8(ascii: ","), let name = nameBetweenCommas(tokens, e, r),
           QuoteAttributor.verbAfterAppositive(tokens, name, r) {
            return name
        }
        return e < r.upperBound && (tokens[e].isWord || tokens[e].punct == UInt8(ascii: ",")) ? a..<e : nil
    }

    /// The first of up to three capitalised words (no possessive) right before `h`, or `h`.
    static func capitalisedStart(_ tokens: Tokens, _ h: Int, _ r: Range<Int>) -> Int {
        var c = h
        while c - 1 >= r.lowerBound, h - c < 3, tokens[c - 1].isWord, tokens[c - 1].capitalized, !tokens[c - 1].lower.endsWith("'s") { c -= 1 }
        return c
    }

    /// Punctuation inside a subject phrase: "U.S.", "AT&T", "19%", "(D-N.Y.)".
    static let subjectPunctuation: Set<UInt8> = [UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "&"), UInt8(ascii: "%"),
                                                 UInt8(ascii: "("), UInt8(ascii: ")")]

    /// The noun phrase that fills the clause from its start up to the verb at `i`, with no verb of
    /// its own: at the sentence start (past "But", "However,"), after "but"/"while", or after a
    /// leading phrase and its comma ("In a statement, experts on ... said").
    func clauseSubject(_ tokens: Tokens, before i: Int, _ r: Range<Int>) -> Range<Int>? {
        var k = i - 1
        // ("All agreed that ...": "all" after "they" is an adverb, at the clause start it is the subject.)
        while k >= r.lowerBound, tokens[k].isWord,
              QuoteLexicon.auxiliaries.contains(tokens[k]) || QuoteAttributor.clauseMarkers.contains(tokens[k]),
              !(QuoteAttributor.quantifierPronouns.contains(tokens[k]) && (k == r.lowerBound || tokens[k - 1].punct == UInt8(ascii: ","))) {
            k -= 1
        }
        // "taxpayers reporting capital gains would pay": a bare participle is not a finite verb.
        if tokens[i].lower.endsWith("ing"), k == i - 1 { return nil }
        guard k >= r.lowerBound, tokens[k].isWord else { return nil }
        let head = tokens[k].lower
        guard !QuoteLexicon.phraseBreakers.contains(tokens[k]), !QuoteAttributor.notInSubject.contains(tokens[k]),
              !QuoteLexicon.determiners.contains(tokens[k]) || lexicon.groups[tokens[k]] != nil || QuoteAttributor.quantifierPronouns.contains(tokens[k])
                // ("Officials in the state said": after an article, a word that may modify a noun is the noun.)
                || k > r.lowerBound && QuoteAttributor.articles.contains(tokens[k - 1])
                // ("A spokesman for her said": after a preposition "her" is its object, not a possessive.)
                || QuoteAttributor.isObjectHer(tokens, k, after: r.lowerBound),
              !(head.endsWith("ly") && !tokens[k].capitalized), !head.endsWith("'s"),
              // ("A person familiar with the plans said", "an aide familiar with his thinking said": after an
              // article or a possessive a verb's form is a noun.)
              !head.endsWith("ing") && lexicon.verbs[tokens[k]] == nil || k > r.lowerBound && QuoteAttributor.ownsNoun(tokens[k - 1]) else { return nil }
        var s = k
        while s > r.lowerBound, k - s < 12 {
            let t = tokens[s - 1]
            if t.isWord {
                if QuoteAttributor.subjectClauseOpeners.contains(t) { break }
                // ("The move against Pagliano took place despite ...": a verb of its own.)
                // ("Grand slam winners said": a verb's base form right before the plural head is a noun of the compound.)
                guard !QuoteAttributor.clauseMarkers.contains(t), !QuoteAttributor.notInSubject.contains(t),
                      !QuoteAttributor.irregularPast.contains(t), !QuoteAttributor.subordinators.contains(t),
                      lexicon.verbs[t] == nil || s - 2 >= r.lowerBound && QuoteAttributor.ownsNoun(tokens[s - 2])
                        || s == k && !t.capitalized && lexicon.verbs[t]?.lemma == t.lower && !tokens[k].capitalized && tokens[k].lower.looksPlural
                else { return nil }
            } else if t.kind == .number {
            } else if QuoteAttributor.subjectPunctuation.contains(t.punct) {
            } else if QuoteAttributor.isPluralPossessive(tokens, s - 1) {
                // ("A spokesman for the teachers' union said": a plural possessive's apostrophe is inside the phrase.)
            } else {
                break
            }
            s -= 1
        }
        // The phrase must open its clause.
        if s > r.lowerBound {
            let before = tokens[s - 1]
            let opensClause: Bool
            if before.isQuoteMark {
                // "“...?” a narrator in the Clinton ad asks.": a trailing attribution after the quotation.
                opensClause = s - 2 >= r.lowerBound && QuoteAttributor.closesQuotation(tokens, at: s - 1)
            } else if before.isWord {
                opensClause = QuoteAttributor.subjectClauseOpeners.contains(before)
            } else if before.punct == UInt8(ascii: ":") || before.punct == UInt8(ascii: ";") {
                // ("Unions were less impressed: a spokesman for the union called ...": a colon or a semicolon opens a clause.)
                opensClause = true
            } else if before.punct == UInt8(ascii: ",") {
                // A leading phrase: "In a statement Friday, ..." or "However, ...".
                // ("Asked about the delay, ...", "Speaking to reporters, ...": a participle and a lower-case word too.)
                let first = tokens[r.lowerBound].lower
                let participle = first.count > 4 && r.lowerBound + 1 < s && QuoteAttributor.opensParticiplePhrase(tokens, at: r.lowerBound, r)
                opensClause = s - 1 - r.lowerBound <= 14
                    && (QuoteAttributor.prepositions.contains(first) || lexicon.starters.contains(first) || participle)
                    && !(r.lowerBound..<(s - 1)).contains(where: { tokens[$0].punct == UInt8(ascii: ",") })
                    || (closesSentence(tokens, after: i, r) || closesClause(tokens, after: i, r)) && namesGroup(tokens, s..<(k + 1))
            } else {
                opensClause = false
            }
            guard opensClause else { return nil }
        }
        // "But experts said": a discourse word opening the sentence is not part of the subject.
        // ("One of them said", "Neither of us said": a starter before "of" is the subject's quantity.)
        let quantity = { (j: Int) in j + 1 < k && tokens[j + 1].lower == "of" }
        while s < k, lexicon.starters.contains(tokens[s]) || QuoteAttributor.subjectClauseOpeners.contains(tokens[s]),
              !QuoteLexicon.determiners.contains(tokens[s]), !QuoteLexicon.phraseBreakers.contains(tokens[s]), !quantity(s) {
            s += 1
        }
        // ("About 40 per cent of those surveyed said", "Over half of those asked said": a preposition that makes the count
        // after it approximate opens the subject, no phrase of place or time.)
        let approximates = s + 1 < k && (tokens[s + 1].kind == .number || QuoteAttributor.isNumberWord(tokens[s + 1].lower)
            || QuoteAttributor.ofQuantities.contains(tokens[s + 1])) && QuoteAttributor.countOpening(tokens, count: s + 1, r) == s
        guard tokens[s].isWord || tokens[s].kind == .number,
              !QuoteAttributor.prepositions.contains(tokens[s]) || approximates, !QuoteLexicon.phraseBreakers.contains(tokens[s]) || approximates,
              !lexicon.starters.contains(tokens[s]) || QuoteLexicon.determiners.contains(tokens[s]) || quantity(s) else { return nil }
        return s..<(k + 1)
    }

    /// The noun phrase ending at `e` right after a preposition: "a police spokesman" in "according to
    /// a police spokesman". A determiner or a name opens it; at most six words.
    func objectOfPreposition(_ tokens: Tokens, before e: Int, _ r: Range<Int>) -> Range<Int>? {
        var s = e
        // ("treated by a doctor, who said": "by" and "of" govern the person too.)
        // ("the family of a 17-year-old boy who died": an age among the words.)
        while s > r.lowerBound, e - s < 6, tokens[s - 1].isWord || QuoteAttributor.isAge(tokens[s - 1]),
              !QuoteAttributor.purePrepositions.contains(tokens[s - 1]) { s -= 1 }
        guard s < e, s > r.lowerBound, QuoteAttributor.purePrepositions.contains(tokens[s - 1]),
              QuoteLexicon.determiners.contains(tokens[s]) || tokens[s].capitalized,
              !(s..<e).contains(where: { QuoteAttributor.looksLikeVerb(tokens[$0]) || QuoteLexicon.calendarWords.contains(tokens[$0])
                  || QuoteAttributor.timeNouns.contains(tokens[$0]) }) else { return nil }
        return s..<e
    }

    /// "Farm groups on both sides of the Atlantic urged", "Teachers from across the United States said": a name closing
    /// prepositional phrases after a plural of people that opens the clause is where they are; the people speak, with
    /// the phrase. (Only lower-case words, numbers and prepositions between: no verb.)
    @inline(never)
    func peopleBeforePlace(_ tokens: Tokens, of name: Range<Int>, _ r: Range<Int>) -> Range<Int>? {
        var s = name.lowerBound
        if s - 1 > r.lowerBound, tokens[s - 1].lower == "the" { s -= 1 }
        // ("Farmers across Britain have warned": the people may open the sentence right before the preposition.)
        guard s - 2 >= r.lowerBound, QuoteAttributor.purePrepositions.contains(tokens[s - 1]) else { return nil }
        var j = s - 1
        while j - 1 >= r.lowerBound, s - j < 10 {
            let t = tokens[j - 1]
            // ("Trade unions at the firm's plant in Dresden said", "Councils across England said": so do bodies, an
            // organisation's noun in the plural; "Potato growers in the east of England said": and people named by their
            // noun's ending.)
            if t.isWord, !t.capitalized || j - 1 == r.lowerBound, t.lower.looksPlural,
               lexicon.groups[t] == "group" || namesBodies(t) || mayNamePeople(QuoteAttributor.bare(t.lower)),
               QuoteAttributor.purePrepositions.contains(tokens[j]) {
                var start = j - 1
                while start > r.lowerBound, j - 1 - start < 2, tokens[start - 1].isWord, !QuoteAttributor.looksLikeVerb(tokens[start - 1]),
                      !QuoteLexicon.auxiliaries.contains(tokens[start - 1]), !QuoteLexicon.phraseBreakers.contains(tokens[start - 1]),
                      !QuoteAttributor.purePrepositions.contains(tokens[start - 1]) { start -= 1 }
                guard QuoteAttributor.opensClause(tokens, at: start, r) else { return nil }
                return start..<name.upperBound
            }
            // ("A nurse at the hospital in Leeds said", "One sales assistant at the firm's store in Swindon, who ..., said": so
            // does one person named by a noun for a person or a role, after "a", "an" or "one" opening the clause, and a
            // preposition of where they are. ("A spokesperson for the British Library said" still gives the words to the body.)
            // ("The union at the plant in Dresden said": and one body, after "the" too.)
            if t.isWord, !t.capitalized, ["at", "in", "from", "on"].contains(tokens[j].lower),
               case let body = lexicon.groups[t] == "org", body || QuoteAttributor.personNouns[t] != nil || lexicon.titles[t] != nil,
               let det = (max(r.lowerBound, j - 4)..<(j - 1)).last(where: { ["a", "an", "one"].contains(tokens[$0].lower) || body && tokens[$0].lower == "the" }),
               // ("A 16-year-old activist from Leeds said": an age among the words before the noun.)
               (det + 1..<(j - 1)).allSatisfy({ tokens[$0].isWord && !tokens[$0].capitalized && !QuoteAttributor.looksLikeVerb(tokens[$0])
                   || QuoteAttributor.isAge(tokens[$0]) }),
               QuoteAttributor.opensClause(tokens, at: det, r) {
                return det..<name.upperBound
            }
            // (Helpers only: "both" and "all" are among the words skipped before a verb, and belong here.)
            // ("Passengers on a delayed flight from Gatwick to Orlando said": an "-ed" word after a determiner is the noun's
            // adjective, and a name after a preposition is another place on the way.)
            let modifier = j - 2 >= r.lowerBound && QuoteAttributor.nounDeterminers.contains(tokens[j - 2])
            let place = j - 2 > r.lowerBound && (QuoteAttributor.purePrepositions.contains(tokens[j - 2]) || tokens[j - 2].capitalized)
            // ("from the Pacific island of Tuvalu", "a Scottish town": a capitalised word after a determiner and before a
            // lower-case noun modifies the noun.)
            let capitalisedModifier = modifier && tokens[j].isWord && !tokens[j].capitalized
            guard t.isWord || t.kind == .number, !t.capitalized || place || capitalisedModifier, !QuoteAttributor.looksLikeVerb(t) || modifier,
                  !QuoteAttributor.finiteAuxiliaries.contains(t), lexicon.verbs[t] == nil else { return nil }
            j -= 1
        }
        return nil
    }

    /// The name run a relative clause right after a described speaker gives: ", who gave only his first name, Adam", ", who
    /// gave his name only as Kostas", ", who identified herself as Mira". Nil unless "who" follows a comma at `e` or after up
    /// to five words of a place ("outside a school in south London"), "name", "himself" or "herself" comes within eight
    /// words, and "as" or a comma (after an optional "only") opens a name run.
    static func givenName(_ tokens: Tokens, after e: Int, _ names: [NameRun?]) -> NameRun? {
        var b = e
        while b < tokens.count, b - e < 5, tokens[b].isWord { b += 1 }
        guard b + 5 < tokens.count, tokens[b].punct == UInt8(ascii: ","), tokens[b + 1].lower == "who" else { return nil }
        var j = b + 2
        while j < tokens.count, j - b < 10, tokens[j].isWord, !QuoteAttributor.selfNamingWords.contains(tokens[j]) { j += 1 }
        guard j + 2 < tokens.count, j - b < 10, tokens[j].isWord else { return nil }
        j += 1
        if tokens[j].lower == "only" { j += 1 }
        guard j + 1 < tokens.count, tokens[j].lower == "as" || tokens[j].punct == UInt8(ascii: ","), let run = names[j + 1], run.first == j + 1 else {
            return nil
        }
        return run
    }

    /// The words after which a speaker gives the name to call them by.
    static let selfNamingWords: WordSet = ["name", "himself", "herself"]

    /// `t` is the plural of an organisation's noun: "unions", "councils".
    func namesBodies(_ t: Token) -> Bool {
        t.lower.endsWith("s") && lexicon.groups[t.lower.dropLast()] == "org"
    }

    /// A pronoun or a word that may name people: the subject of a clause that can go on to speak or act.
    func mayAct(_ t: Token) -> Bool { QuoteLexicon.pronouns[t] != nil || mayBePeople(t) }

    /// The noun `t` may name people: a capitalised word, a group noun or one of its members ("aide"), a title, a
    /// relation, a person noun ("victim", "girl"), an epithet, or a noun of one who does something ("donors", "campaigners", "a novelist"). Not a
    /// thing, which no name after "to" belongs to as an aide does: "sending the measure to Gov. Dana Keller, who said".
    func mayBePeople(_ t: Token) -> Bool {
        t.capitalized || mayNamePeople(QuoteAttributor.bare(t.lower))
    }

    /// The lower-case word `w` may name people, by the tests of `mayBePeople` after its capital.
    func mayNamePeople(_ w: Word) -> Bool {
        if lexicon.groups[w] != nil || memberOfPeople(w) || lexicon.titles[w] != nil || QuoteAttributor.relationNouns[w] != nil
            || QuoteAttributor.personNouns[w] != nil || personEpithet(w) != nil { return true }
        return QuoteAttributor.agentEndings.contains { w.endsWith($0) }
    }

    /// Endings of nouns for one who does something: "donor", "campaigners", "novelist", "residents", "employee".
    static let agentEndings: [StaticString] = ["er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ant", "ants", "ent", "ents", "man",
                                               "men", "people", "person", "persons", "folk", "folks", "ee", "ees"]

    /// A plural group of people and up to two lower-case modifiers ending before `e`, after a preposition or a verb:
    /// "civil rights groups" in "protests from civil rights groups who say", "skippers" in "met skippers who said" (before
    /// "who", a plural that may name people does).
    func barePeople(_ tokens: Tokens, before e: Int, _ r: Range<Int>) -> Range<Int>? {
        let k = e - 1
        guard k - 1 > r.lowerBound, tokens[k].isWord, !tokens[k].capitalized, tokens[k].lower.looksPlural || tokens[k].lower.endsWith("men"),
              lexicon.groups[tokens[k]] == "group" || mayNamePeople(QuoteAttributor.bare(tokens[k].lower)) else { return nil }
        var s = k
        while s - 1 > r.lowerBound, k - s < 2, tokens[s - 1].isWord, !tokens[s - 1].capitalized, !QuoteAttributor.purePrepositions.contains(tokens[s - 1]),
              !QuoteAttributor.nounDeterminers.contains(tokens[s - 1]), !QuoteAttributor.looksLikeVerb(tokens[s - 1]),
              !QuoteLexicon.auxiliaries.contains(tokens[s - 1]), !QuoteLexicon.phraseBreakers.contains(tokens[s - 1]) { s -= 1 }
        guard QuoteAttributor.purePrepositions.contains(tokens[s - 1]) || QuoteAttributor.looksLikeVerb(tokens[s - 1]) else { return nil }
        return s..<e
    }

    /// Only a short listener or time phrase follows the cue before the sentence ends: ", two people
    /// familiar with the talks told Reuters on Tuesday."
    func closesSentence(_ tokens: Tokens, after i: Int, _ r: Range<Int>) -> Bool {
        // (An inflected verb, or "say": a bare form closing a sentence is more often a noun, "... report.")
        guard tokens[i].lower == "say" || lexicon.verbs[tokens[i]].map({ tokens[i].lower != $0.lemma }) == true else { return false }
        var e = r.upperBound
        while e > i + 1, tokens[e - 1].kind == .punct || tokens[e - 1].isQuoteMark { e -= 1 }
        return e - (i + 1) <= 6 && (i + 1..<e).allSatisfy { tokens[$0].isWord || tokens[$0].kind == .number }
    }

    /// The word at `h` heads a phrase before "to" ("an aide to Mayor Olsen"): a lower-case word, or a plural
    /// capitalised only because it opens the phrase at `opening` ("Aides to Mr. Rubio said").
    static func headsPhraseBeforeTo(_ tokens: Tokens, _ h: Int, opening: Int) -> Bool {
        !tokens[h].capitalized || h == opening && tokens[h].lower.looksPlural
    }

    /// The cue at `i` closes its clause, past a short time or listener phrase, and a comma opens a subordinate
    /// clause or a participle's after it: ", two officials familiar with the request said, as Russia steps up ...".
    func closesClause(_ tokens: Tokens, after i: Int, _ r: Range<Int>) -> Bool {
        // (Nothing after a cue that closes the text: ", analysts report" with no stop.)
        guard i + 1 < r.upperBound - 1, let comma = scanRange(from: i + 1, upTo: min(r.upperBound - 1, i + 8)).first(where: { !(tokens[$0].isWord || tokens[$0].kind == .number) }),
              tokens[comma].punct == UInt8(ascii: ","), tokens[comma + 1].isWord else { return false }
        let next = tokens[comma + 1]
        return QuoteAttributor.subordinators.contains(next) || next.lower.utf8.count > 4 && next.lower.endsWith("ing")
    }

    /// The phrase's head, before any preposition, is a group noun: "two people with knowledge of the
    /// negotiations", "officials familiar with the plan".
    func namesGroup(_ tokens: Tokens, _ np: Range<Int>) -> Bool {
        let end = np.first(where: { QuoteAttributor.prepositions.contains(tokens[$0]) || tokens[$0].lower == "familiar" }) ?? np.upperBound
        return (np.lowerBound..<end).contains { tokens[$0].isWord && !tokens[$0].capitalized && lexicon.groups[QuoteAttributor.bare(tokens[$0].lower)] != nil }
    }

    /// A person's name closing right before the comma at `c`: a capitalised run of two to five words
    /// opening with a title or a known first name ("Dr Catherine Heymans", "Senator Dianne Feinstein").
    @inline(never)
    func personNameBefore(_ tokens: Tokens, comma c: Int, _ r: Range<Int>) -> Range<Int>? {
        var s = c
        while s - 1 >= r.lowerBound, tokens[s - 1].isWord && tokens[s - 1].capitalized
                || tokens[s - 1].punct == UInt8(ascii: ".") && s - 2 >= r.lowerBound && tokens[s - 2].capitalized { s -= 1 }
        // (Not a body's name that opens on a title's word: "the Premier League, Richard Masters, said".)
        guard c - s >= 2, c - s <= 5, tokens[s].isWord, !tokens[c - 1].lower.endsWith("'s"), !isOrganisationHead(tokens[c - 1]),
              lexicon.titles[QuoteAttributor.bare(tokens[s].lower)] != nil || isFirstName(tokens[s]) else { return nil }
        return s..<c
    }

    /// A person's name of two to six tokens (words and an abbreviation's period) closing right before the comma
    /// at `c`, with a first name or a title among its words ("State Sen. Scott Wiener"), opening the sentence or
    /// after a comma.
    func appositiveAnchor(_ tokens: Tokens, comma c: Int, _ r: Range<Int>) -> Range<Int>? {
        var s = c
        while s - 1 >= r.lowerBound, c - s < 8, tokens[s - 1].isWord && tokens[s - 1].capitalized
                || tokens[s - 1].punct == UInt8(ascii: ".") && s - 2 >= r.lowerBound && tokens[s - 2].capitalized { s -= 1 }
        guard c - s >= 2, c - s <= 6, tokens[s].isWord, !tokens[c - 1].lower.endsWith("'s"),
              // ("“...?” asked Mark Delaney, a father of two who ...": or after the verb that it inverts.)
              s == r.lowerBound || tokens[s - 1].punct == UInt8(ascii: ",") || !tokens[s - 1].capitalized && lexicon.isReportingVerb(tokens[s - 1]),
              (s..<c).contains(where: { tokens[$0].isWord && (lexicon.titles[QuoteAttributor.bare(tokens[$0].lower)] != nil || isFirstName(tokens[$0])) })
        else { return nil }
        return s..<c
    }

    /// The last quotation mark before `c` in `r`, when it closes speech (`closesQuotation`).
    @inline(never)
    static func closingMarkBefore(_ tokens: Tokens, _ c: Int, _ r: Range<Int>) -> Int? {
        guard r.lowerBound + 1 < c, let q = (r.lowerBound + 1..<c).last(where: { tokens[$0].isQuoteMark }),
              closesQuotation(tokens, at: q) else { return nil }
        return q
    }
}
