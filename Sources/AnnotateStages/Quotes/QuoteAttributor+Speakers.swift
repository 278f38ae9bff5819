import AnnotateCore

/// Speakers: each cue's subject resolved to a name, a description or, for pronouns, an earlier speaker.
extension QuoteAttributor {
    /// Where the noun phrase opening a sentence ends (a byte offset), at most seven tokens in: "House
    /// Speaker Paul Ryan", "Ms. LaBelle". It stops at a subordinator or a participle, so in "Asked
    /// whether Brandt should resign, he said" Brandt is no part of it.
    func openingPhraseEnd(_ tokens: Tokens, _ r: Range<Int>) -> Int {
        let lead = scanRange(from: r.lowerBound, upTo: min(r.upperBound, r.lowerBound + 7)).prefix(while: { k in
            let w = tokens[k].lower
            // (A title's period stays in the phrase.)
            if tokens[k].punct == UInt8(ascii: "."), k > r.lowerBound, lexicon.titles.contains(tokens[k - 1]) { return true }
            return tokens[k].isWord && !QuoteAttributor.subordinators.contains(w) && w != "whether"
                && !((w.endsWith("ed") || w.endsWith("ing")) && w.utf8.count > 4)
        })
        return lead.last.map { tokens[$0].end } ?? tokens[r.lowerBound].start
    }

    /// The spokesperson's noun among the first words of sentence `r`, after its article: "A spokesperson", "A Harbour
    /// Ferries spokeswoman", "A spokesman for the airline". A word follows it in the sentence.
    static func spokespersonHead(_ tokens: Tokens, _ r: Range<Int>) -> Int? {
        guard r.count >= 3, QuoteAttributor.articles.contains(tokens[r.lowerBound]) else { return nil }
        return scanRange(from: r.lowerBound + 1, upTo: min(r.upperBound - 1, r.lowerBound + 5)).prefix(while: { tokens[$0].isWord })
            .first(where: { QuoteAttributor.spokesWords.contains(tokens[$0]) && tokens[$0].lower != "spokespeople" })
    }

    /// "official", "aide", "investor": one of a group of people the lexicon lists by its plural ("officials said") is a
    /// person; not a body's noun ("government"), a collective listed itself ("crowd") or a record ("poll").
    func memberOfPeople(_ head: Word) -> Bool {
        guard lexicon.groups[head] == nil, !head.looksPlural, !QuoteAttributor.records.contains(head) else { return false }
        return lexicon.groups[QuoteLexicon.plural(of: head.description)] == "group"
    }

    /// The spokesperson opening sentence `r` as its subject: "A spokesperson", "A Harbour Ferries spokeswoman", "A
    /// spokesman for the airline" (with the body after "for").
    func openingSpokesperson(_ tokens: Tokens, _ r: Range<Int>) -> Range<Int>? {
        guard let head = QuoteAttributor.spokespersonHead(tokens, r) else { return nil }
        if tokens[head + 1].lower == "for" {
            // (The subject read may be the whole phrase or the body after "for", past its article or not.)
            // ("A spokesperson for Harbour Fire and Rescue Service": or read from inside the body's name, past its "and".)
            guard let body = mainSubject(tokens, r), body.upperBound > head + 2,
                  body.lowerBound <= head + 3 || (head + 2..<body.lowerBound).allSatisfy({ tokens[$0].isWord
                      && (tokens[$0].capitalized || tokens[$0].lower == "and") }) else { return nil }
            return r.lowerBound..<body.upperBound
        }
        return tokens[head + 1].isWord ? r.lowerBound..<(head + 1) : nil
    }

    /// `subject`, a sentence's main subject in `r`, is a name set off by commas after the phrase opening `r`: "His
    /// counterpart, Martin Keane, was furious", "The trust's chief executive, Dr Sarah Hale, apologised" (the name's run
    /// ends with the subject; a title may open it).
    static func isNameInApposition(_ tokens: Tokens, _ subject: Range<Int>, _ r: Range<Int>, _ names: [NameRun?]) -> Bool {
        guard subject.lowerBound > r.lowerBound + 1, tokens[subject.lowerBound - 1].punct == UInt8(ascii: ","),
              subject.upperBound < r.upperBound, tokens[subject.upperBound].punct == UInt8(ascii: ","),
              let run = names[subject.upperBound - 1] else { return false }
        return run.last == subject.upperBound && run.first >= subject.lowerBound
    }

    /// The word at `k` is a present verb in "-s" right after capitalised words that open sentence `r`: "Mary Shah laughs",
    /// not "Tesco shares fell", whose "-s" word is a plural noun before its verb, nor "Shah's".
    func presentAfterOpeningName(_ tokens: Tokens, _ k: Int, _ r: Range<Int>) -> Bool {
        let t = tokens[k]
        guard k + 1 < r.upperBound, t.lower.utf8.count > 3, QuoteAttributor.hasPresentEnding(t), k - r.lowerBound <= 4, (r.lowerBound..<k).allSatisfy({ tokens[$0].isWord && tokens[$0].capitalized }),
              !(tokens[k + 1].isWord && (QuoteAttributor.looksLikeVerb(tokens[k + 1])
                  || QuoteAttributor.finiteAuxiliaries.contains(tokens[k + 1]))) else { return false }
        // (A name, not a common word capitalised at the sentence's start, "Voting rights advocates", "But allies of Karim",
        // nor a phrase after "The".)
        let first = tokens[r.lowerBound]
        return !QuoteLexicon.determiners.contains(first) && !first.lower.endsWith("ing") && !first.lower.endsWith("ed")
            && QuoteLexicon.pronouns[first] == nil && !lexicon.starters.contains(first)
    }

    /// The subject of a sentence's first verb, read as a speaker's subject is ("Mallory did not speak",
    /// "City manager Ingrid Falk was furious", "Ellison's spokesman, Brett Kline, dismissed ...").
    func mainSubject(_ tokens: Tokens, _ r: Range<Int>) -> Range<Int>? {
        // (Not a relative clause's verb: "Asked about Kai Turner, who joined in January, she smiled.")
        guard let v = (r.lowerBound + 1..<r.upperBound).first(where: { k in
            tokens[k].isWord && !tokens[k].capitalized && tokens[k - 1].lower != "to" && !tokens[k].lower.endsWith("ing")
                && tokens[k - 1].lower != "who" && tokens[k - 1].lower != "which"
                && (QuoteAttributor.looksLikeVerb(tokens[k]) || QuoteAttributor.finiteAuxiliaries.contains(tokens[k])
                    // ("Her colleague, Dr. Iryna Bondar, remembers ...": a present verb after a name's closing comma.)
                    || k - 2 > r.lowerBound && tokens[k - 1].punct == UInt8(ascii: ",") && tokens[k - 2].capitalized && tokens[k].lower.looksPlural
                    // ("Mary Shah laughs when we put this to her": a present "-s" verb right after a name opening the sentence,
                    // no plural noun before a verb of its own, "Tesco shares fell".)
                    || presentAfterOpeningName(tokens, k, r))
        }) else { return nil }
        // ("The team, led by Dr Ingrid Solberg, analysed samples": a past participle's phrase between commas right after the
        // subject describes it; the subject is the phrase before the first comma, when a verb follows the second.)
        if v - 2 > r.lowerBound, tokens[v - 1].punct == UInt8(ascii: ","), QuoteAttributor.isPastForm(tokens, at: v),
           let close = scanRange(from: v + 1, upTo: min(r.upperBound - 1, v + 14)).first(where: { tokens[$0].punct == UInt8(ascii: ",") }),
           tokens[close + 1].isWord, !tokens[close + 1].capitalized,
           QuoteAttributor.looksLikeVerb(tokens[close + 1]) || QuoteAttributor.finiteAuxiliaries.contains(tokens[close + 1]),
           let subject = leftSubject(tokens, before: v - 1, r) {
            return subject
        }
        // ("The family of a hiker who went missing for four days have thanked ...": a relative clause with no commas between
        // the phrase opening the sentence and its verb; the phrase before "who" is the subject.)
        // ("A Cambridge start-up that recycles lithium has raised ...": or before "that".)
        if let w = scanRange(from: r.lowerBound + 2, upTo: v).first(where: { tokens[$0].lower == "who" || tokens[$0].lower == "that" }),
           QuoteAttributor.nounDeterminers.contains(tokens[r.lowerBound]),
           (r.lowerBound..<w).allSatisfy({ tokens[$0].isWord && !QuoteAttributor.looksLikeVerb(tokens[$0]) && lexicon.verbs[tokens[$0]] == nil
               && !QuoteLexicon.auxiliaries.contains(tokens[$0]) }) {
            return r.lowerBound..<w
        }
        // ("Teachers at three schools in the city walked out": a longer phrase opening the sentence.)
        return leftSubject(tokens, before: v, r) ?? clauseSubject(tokens, before: v, r)
    }

    /// "His father, speaking outside the clinic, thanked the staff.": the subject of sentence `prev` when it
    /// is a possessive and a relation of the pronoun's gender ("his father", "the boy's mother"), with no
    /// name in apposition.
    @inline(never)
    func relationSubject(_ tokens: Tokens, _ prev: Range<Int>, gender: Entity.Gender) -> Range<Int>? {
        // ("The children's mother, who asked not to be named, thanked the crew": past "the" before a possessor.)
        let s = prev.lowerBound + 3 < prev.upperBound && tokens[prev.lowerBound].lower == "the"
            && tokens[prev.lowerBound + 1].lower.endsWith("'s") ? prev.lowerBound + 1 : prev.lowerBound
        // ("My neighbour, who is 84, has been told ...": a person's noun after a possessive pronoun names one too, the
        // writer's "my" and "our" among them.)
        let pronounBefore = QuoteAttributor.possessivePronouns[tokens[s]] != nil || tokens[s].lower == "my" || tokens[s].lower == "our"
        guard s + 2 < prev.upperBound, pronounBefore || tokens[s].lower.endsWith("'s"),
              case let noun = tokens[s + 1], noun.isWord, !noun.capitalized,
              let g = QuoteAttributor.relationNouns[noun] ?? (pronounBefore ? QuoteAttributor.personNouns[noun] : nil),
              g.isEmpty || gender == .unknown || g == gender.rawValue,
              // (Not "His father, Tom Lee, ...": the name speaks.)
              !(tokens[s + 2].punct == UInt8(ascii: ",") && s + 3 < prev.upperBound && tokens[s + 3].capitalized),
              tokens[s + 2].punct == UInt8(ascii: ",") || tokens[s + 2].isWord && !tokens[s + 2].capitalized else { return nil }
        return s..<(s + 2)
    }

    /// "An independent watchdog is investigating.": the subject of sentence `prev` when it is "the", "a" or "an", at most
    /// two lower-case words, and one organisation's noun ("watchdog", "regulator", "council"), a verb or helper after it.
    /// ("By Tuesday afternoon the company had issued a clarification.": past a phrase of time opening the sentence, a
    /// preposition and at most four words of time: weekdays, times of day, months, numbers.)
    @inline(never)
    func describedBodySubject(_ tokens: Tokens, _ prev: Range<Int>) -> Range<Int>? {
        var s = prev.lowerBound
        if QuoteAttributor.purePrepositions.contains(tokens[s]),
           let d = scanRange(from: s + 2, upTo: min(prev.upperBound - 2, s + 6)).first(where: { ["the", "a", "an"].contains(tokens[$0].lower) }),
           (s + 1..<d).allSatisfy({ QuoteAttributor.isTimeWord(tokens[$0]) }) {
            s = d
        }
        guard s + 2 < prev.upperBound, ["the", "a", "an"].contains(tokens[s].lower),
              let noun = scanRange(from: s + 1, upTo: min(prev.upperBound - 1, s + 4)).first(where: { lexicon.groups[tokens[$0]] == "org" }),
              (s + 1...noun).allSatisfy({ tokens[$0].isWord && !tokens[$0].capitalized && lexicon.verbs[tokens[$0]] == nil
                  && !QuoteLexicon.phraseBreakers.contains(tokens[$0]) }),
              QuoteAttributor.startsPredicate(tokens[noun + 1]) else { return nil }
        return s..<(noun + 1)
    }

    /// "One victim, an 84-year-old widow from Bristol, lost her savings.": the subject of sentence `prev` when it is
    /// "one", "a", "an" or "another" and a person's noun, with no name in apposition. The noun's gender, and that of a
    /// person's or relation's noun in an appositive after its comma, must fit the pronoun's. So is one of a plural of
    /// people: "One of the men was hurt.", a man among "men", a woman among "women".
    @inline(never)
    func describedPersonSubject(_ tokens: Tokens, _ prev: Range<Int>, gender: Entity.Gender) -> Range<Int>? {
        let s = prev.lowerBound
        func fits(_ t: Token) -> Bool {
            guard let g = QuoteAttributor.personNouns[t] ?? QuoteAttributor.relationNouns[t] else { return true }
            return g.isEmpty || gender == .unknown || g == gender.rawValue
        }
        if let head = oneOfPeopleHead(tokens, prev) {
            let own = QuoteAttributor.genderAmong(tokens[head].lower)
            guard own == .unknown || gender == .unknown || own == gender,
                  head + 1 < prev.upperBound, QuoteAttributor.mayOpenPredicate(tokens[head + 1]) else { return nil }
            return s..<(head + 1)
        }
        guard s + 2 < prev.upperBound, QuoteAttributor.oneOf.contains(tokens[s]),
              case let noun = tokens[s + 1], noun.isWord, !noun.capitalized, QuoteAttributor.personNouns[noun] != nil, fits(noun) else { return nil }
        var after = s + 2
        // (The appositive opens on an article or a number, never a name, "One victim, Ann Lee,", and closes within ten words.)
        // (Nor an age before a name: "One patient, 67-year-old Jean Hollings,".)
        if tokens[after].punct == UInt8(ascii: ",") {
            guard after + 1 < prev.upperBound, QuoteAttributor.articles.contains(tokens[after + 1]) || tokens[after + 1].kind == .number,
                  !(tokens[after + 1].kind == .number && after + 2 < prev.upperBound && tokens[after + 2].isWord && tokens[after + 2].capitalized),
                  let close = scanRange(from: after + 2, upTo: min(prev.upperBound, after + 12)).first(where: { tokens[$0].punct == UInt8(ascii: ",") }),
                  (after + 1..<close).allSatisfy({ fits(tokens[$0]) }) else { return nil }
            after = close + 1
        }
        // ("A farmer from Kent was blunter.": a place of one to three capitalised words after "from", "in" or "of" goes with
        // the noun, with no appositive before it.)
        var end = s + 2
        if after == s + 2, after + 2 < prev.upperBound, ["from", "in", "of"].contains(tokens[after].lower) {
            var k = after + 1
            while k < prev.upperBound, k - after <= 3, tokens[k].isWord, tokens[k].capitalized { k += 1 }
            if k > after + 1 { end = k; after = k }
        }
        // (The word after is the predicate's, not "of" or "who": "One resident of the old mill" is a longer phrase.)
        guard after < prev.upperBound, QuoteAttributor.mayOpenPredicate(tokens[after]) else { return nil }
        return s..<end
    }

    /// "The boy, now 28 and an engineer, got in touch": "the" and a noun for one person of `gender` ("boy", "woman", "father")
    /// opening sentence `prev` as its subject, perhaps with an appositive of lower-case words and numbers set off by commas.
    func genderedPersonSubject(_ tokens: Tokens, _ prev: Range<Int>, gender: Entity.Gender) -> Range<Int>? {
        let s = prev.lowerBound
        guard s + 2 < prev.upperBound, tokens[s].lower == "the", case let noun = tokens[s + 1], noun.isWord, !noun.capitalized,
              let g = QuoteAttributor.personNouns[noun] ?? QuoteAttributor.relationNouns[noun], g == gender.rawValue else { return nil }
        var after = s + 2
        if tokens[after].punct == UInt8(ascii: ",") {
            guard let close = scanRange(from: after + 1, upTo: min(prev.upperBound, after + 12)).first(where: { !tokens[$0].isWord && tokens[$0].kind != .number }),
                  close > after + 1, tokens[close].punct == UInt8(ascii: ","),
                  (after + 1..<close).allSatisfy({ !tokens[$0].capitalized }) else { return nil }
            after = close + 1
        }
        guard after < prev.upperBound, QuoteAttributor.mayOpenPredicate(tokens[after]) else { return nil }
        return s..<(s + 2)
    }

    /// The plural noun closing "One of the men", "One of his sons", "One of the injured nurses" at the start of `prev`: a plural
    /// of people (a group noun of the lexicon, "men", "people", or a person noun's plural) one or two lower-case words
    /// after "the" or a possessive pronoun. Nil for other sentences.
    func oneOfPeopleHead(_ tokens: Tokens, _ prev: Range<Int>) -> Int? {
        let s = prev.lowerBound
        // ("One of them was hurt.": "them" stands for the plural itself.)
        if s + 3 < prev.upperBound, tokens[s].lower == "one", tokens[s + 1].lower == "of", tokens[s + 2].lower == "them" { return s + 2 }
        guard s + 4 < prev.upperBound, tokens[s].lower == "one", tokens[s + 1].lower == "of",
              QuoteAttributor.oneOfDeterminers.contains(tokens[s + 2]) else { return nil }
        func isPeople(_ t: Token) -> Bool { t.isWord && !t.capitalized && isPluralOfPeople(t.lower) }
        // (One word before the head at most: "the injured nurses".)
        if isPeople(tokens[s + 3]) { return s + 3 }
        return tokens[s + 3].isWord && !tokens[s + 3].capitalized && isPeople(tokens[s + 4]) ? s + 4 : nil
    }

    /// The words before the plural in "One of the men", "One of his sons" (a set, not a literal built per call).
    static let oneOfDeterminers: WordSet = ["the", "his", "her", "their", "its", "those", "these"]

    /// A plural of people: a group noun of the lexicon, "men", "people", or a person noun's plural ("nurses").
    func isPluralOfPeople(_ w: Word) -> Bool {
        lexicon.groups[w] == "group" || QuoteAttributor.irregularPeoplePlurals.contains(w)
            || w.looksPlural && QuoteAttributor.personNouns[w.dropLast()] != nil
    }

    /// The gender of one among the plural of people `w`: a man among "men", a woman among "women", else unknown.
    static func genderAmong(_ w: Word) -> Entity.Gender {
        w.endsWith("women") ? .female : w.endsWith("men") ? .male : .unknown
    }

    /// The main clause of a sentence opening with a subordinate one ("While ..., that has not ...") or a
    /// participle's ("Asked whether City could win, Guardiola shook his head"): from the first comma on. Nil
    /// for other sentences.
    @inline(never)
    static func mainClauseAfterSubordinate(_ tokens: Tokens, _ r: Range<Int>) -> Range<Int>? {
        guard r.count > 4, case let w = tokens[r.lowerBound].lower,
              // ("Born in Leeds, Webb trained ...": an irregular participle too.)
              subordinators.contains(tokens[r.lowerBound]) || w.utf8.count > 4 && (w.endsWith("ed") || w.endsWith("ing")) || w == "born",
              let comma = (r.lowerBound + 2..<r.upperBound - 2).first(where: { tokens[$0].punct == UInt8(ascii: ",") }) else { return nil }
        return (comma + 1)..<r.upperBound
    }

    /// The sentence before `sentence`, or, when the quotation a cue reports opens in an earlier sentence, the
    /// one before the quotation. -1 when there is none.
    @inline(never)
    func sentenceBeforeQuotation(_ tokens: Tokens, _ ranges: [Range<Int>], _ sentence: Int, _ contents: [TextSpan],
                                 _ quoted: [QuotedSpan]) -> Int {
        var before = sentence - 1
        guard let first = contents.min(by: { $0.start < $1.start }) else { return before }
        let start = QuoteAttributor.overlapping(quoted, first).first.map { min(quoted[$0].span.start, first.start) } ?? first.start
        while before >= 0, ranges.indices.contains(before), !ranges[before].isEmpty, tokens[ranges[before].lowerBound].start >= start { before -= 1 }
        return before
    }

    /// "The Dutch prime minister was more cautious.": the subject of sentence `prev` when it is a role
    /// with "the" (two to four words, a title of the pronoun's gender at its end, no name, not quoted).
    /// (Functions of their own, these three: their token reads inside `resolveSpeakers` made the
    /// compiler copy tokens whole there.)
    @inline(never)
    func roleSubject(_ tokens: Tokens, _ prev: Range<Int>, _ names: [NameRun?], gender: Entity.Gender, quoted: [QuotedSpan]) -> Range<Int>? {
        // "the" opening the sentence or the clause after a leading phrase's comma ("In a speech to party
        // members, the prime minister set out ..."), at most three words, a title, then a lower-case word
        // that goes on to the predicate (no "of", "and" or another noun of the phrase).
        // (A paragraph may end in "the" with no stop: the search range is then empty, never reversed.)
        guard let the = prev.prefix(16).first(where: { k in tokens[k].lower == "the"
                  && (k == prev.lowerBound || tokens[k - 1].punct == UInt8(ascii: ",")) }),
              // (The last title word is the head: "the chief financial officer said" is an officer.)
              // (Four words: "the company's chief financial officer".)
              // ("the prime minister's message": a possessive role too, its holder the one meant.)
              let head = (the + 1..<max(the + 1, min(prev.upperBound - 1, the + 5))).last(where: { isRole(tokens[$0])
                  && !(tokens[$0 + 1].isWord && isRole(tokens[$0 + 1])) }),
              // ("the prime minister's spokesman": a possessive role before the head is whose it is.)
              // ("The city's emergency planning officer": a possessor right after "the" is whose role it is.)
              (the + 1..<head).allSatisfy({ tokens[$0].isWord && (!tokens[$0].lower.endsWith("'s") || isRole(tokens[$0]) || $0 == the + 1) }),
              !tokens[head].capitalized || head == the + 1,
              let g = lexicon.titles[QuoteAttributor.bare(tokens[head].lower)], g.isEmpty || g == "unknown" || gender == .unknown || g == gender.rawValue,
              QuoteAttributor.overlapping(quoted, tokens[the].span).isEmpty else { return nil }
        // ("The prime ministers met", "the vice presidents said": a title's plural after the first title word heads a
        // phrase of several people, no one person's role.)
        if tokens[head + 1].isWord, tokens[head + 1].lower.lastByte == UInt8(ascii: "s"),
           lexicon.titles[tokens[head + 1].lower.dropLast()] != nil { return nil }
        // ("The mayor of Leeds visited": a place after "of" belongs to the role.)
        var end = head + 1
        if tokens[end].lower == "of", end + 1 < prev.upperBound, tokens[end + 1].capitalized {
            end += 1
            while end < prev.upperBound, tokens[end].isWord, tokens[end].capitalized { end += 1 }
        }
        // ("The officer, who has since resigned, declined": past a relative clause between commas.)
        let predicate = QuoteAttributor.relativeClauseClose(tokens, comma: end, before: prev.upperBound, window: 14).map { $0 + 1 } ?? end
        // (The word after is the predicate's: a verb, or a helper such as "was", not "of" or "and".)
        guard predicate < prev.upperBound, QuoteAttributor.mayOpenPredicate(tokens[predicate]) else { return nil }
        // ("The envoy overseeing the talks, Pedro Alarcón, said": a participle's phrase describes the role, and the name in
        // apposition after its comma is the subject.)
        if ContentBoundary.opensParticiple(tokens[predicate]),
           let comma = scanRange(from: predicate + 1, upTo: min(prev.upperBound - 1, predicate + 10)).first(where: { !tokens[$0].isWord }),
           tokens[comma].punct == UInt8(ascii: ","), names[comma + 1] != nil { return nil }
        return the..<end
    }

    /// A lower-case word after a subject's phrase that goes on to the predicate: a verb or a helper such as "was", not a
    /// word that carries the phrase on ("of", "and", "who").
    static func mayOpenPredicate(_ t: Token) -> Bool {
        t.isWord && !t.capitalized && (!QuoteLexicon.phraseBreakers.contains(t) || QuoteLexicon.auxiliaries.contains(t))
    }

    /// `head` is the head noun of a described speaker's name of two words or more: the word before its first
    /// post-modifier ("person" in "person familiar with the talks", "report" in "report in the Argus Leader"), else its
    /// last word ("diplomat" in "Western diplomat"; not "campaign" in "campaign aides"). (Read in place, ASCII case
    /// folded: it is asked for each recent speaker of every "the" and noun.)
    static func descriptionHead(of name: String, is head: Word) -> Bool {
        var name = name
        return name.withUTF8 { b in
            guard let base = b.baseAddress else { return false }
            func isHead(_ s: Int, _ e: Int) -> Bool {
                guard e - s == head.count, let h = head.base else { return false }
                var k = 0
                while k < head.count, b[s + k] | (ByteClass.isASCIIUpper(b[s + k]) ? 0x20 : 0) == h[k] { k += 1 }
                return k == head.count
            }
            var words = 0, prevStart = -1, prevEnd = -1, i = 0
            while i < b.count {
                while i < b.count, b[i] == UInt8(ascii: " ") { i += 1 }
                let s = i
                while i < b.count, b[i] != UInt8(ascii: " ") { i += 1 }
                guard s < i else { break }
                words += 1
                if postModifierWords.contains(Word(base: base + s, count: i - s)) { return prevStart >= 0 && isHead(prevStart, prevEnd) }
                prevStart = s
                prevEnd = i
            }
            return words >= 2 && isHead(prevStart, prevEnd)
        }
    }

    /// A role word, possessive or not: "minister", "minister's".
    func isRole(_ t: Token) -> Bool {
        lexicon.titles[t] != nil || t.lower.endsWith("'s") && lexicon.titles[QuoteAttributor.bare(t.lower)] != nil
    }

    /// "Britain's biggest water company will cut its dividend, it said.": the body opening sentence `r`
    /// that an "it" trailing its speech at `a` speaks for, a named organisation or a phrase with an
    /// organisation's noun at its end.
    @inline(never)
    func bodyBeforeTrailingIt(_ tokens: Tokens, _ a: Int, cueEnd: Int, _ r: Range<Int>, _ names: [NameRun?], _ table: EntityTable) -> Range<Int>? {
        guard QuoteAttributor.trailsSpeech(tokens, pronounAt: a, cueEnd: cueEnd, r),
              let subject = mainSubject(tokens, r), subject.upperBound < a else { return nil }
        let last = subject.upperBound - 1
        // ("Carmaker Norvik is recalling 120,000 vehicles, it said": or a name a business noun opens, which says it is a body's.)
        if let run = names[last] {
            return table[run.entity].kind == .organization
                || run.first > r.lowerBound && tokens[run.first - 1].isWord
                    && lexicon.bodies.namesABodyBeforeItsName(QuoteAttributor.bare(tokens[run.first - 1].lower)) ? subject : nil
        }
        // ("The retailer will close 40 stores, it said": a business by its trade too.)
        guard tokens[last].isWord, !tokens[last].capitalized, case let head = QuoteAttributor.bare(tokens[last].lower),
              lexicon.groups[head] == "org" || lexicon.bodies.isBusiness(head) else { return nil }
        return subject
    }

    /// "A California startup unveiled a cell that it says can charge a car", "Voltary unveiled a cell which it said
    /// ...": the body opening sentence `r` that an "it" at `a`, right after a relative "that" or "which" on a noun,
    /// speaks for: a phrase with an organisation's noun at its end, or a capitalised name with no first name or title
    /// ("it" names no person). ("Hanul has unveiled a phone it says will cost less": or with no relative word, when an
    /// article opens the noun's phrase.)
    @inline(never)
    func bodyBeforeRelativeIt(_ tokens: Tokens, _ a: Int, _ r: Range<Int>) -> Range<Int>? {
        guard a - 2 > r.lowerBound else { return nil }
        let relative = QuoteAttributor.isRelativeThatOrWhich(tokens[a - 1])
        let n = relative ? a - 2 : a - 1
        guard case let noun = tokens[n], noun.isWord, !noun.capitalized, !QuoteAttributor.looksLikeVerb(noun),
              lexicon.verbs[noun] == nil, !QuoteLexicon.phraseBreakers.contains(noun),
              relative || scanRange(from: max(r.lowerBound, n - 3), upTo: n).last(where: { QuoteAttributor.articles.contains(tokens[$0]) }).map({ d in
                  (d + 1..<n).allSatisfy { tokens[$0].isWord && !tokens[$0].capitalized && !QuoteAttributor.looksLikeVerb(tokens[$0]) } }) == true,
              let subject = mainSubject(tokens, r), subject.upperBound < n else { return nil }
        let last = tokens[subject.upperBound - 1]
        guard last.isWord else { return nil }
        if !last.capitalized { return namesBody(QuoteAttributor.bare(last.lower)) ? subject : nil }
        let first = tokens[subject.lowerBound]
        return subject.allSatisfy({ tokens[$0].isWord && tokens[$0].capitalized }) && !isFirstName(first)
            && lexicon.titles[QuoteAttributor.bare(first.lower)] == nil && QuoteLexicon.pronouns[first] == nil
            && !lexicon.starters.contains(first) ? subject : nil
    }

    /// "the founder of the company": the role (its gender, or "") of a person's word before an
    /// affiliation preposition in the lower-case phrase `a..<b`. Not a spokesman, who speaks for the body.
    @inline(never)
    func roleBeforeBody(_ tokens: Tokens, _ a: Int, _ b: Int) -> String? {
        guard !tokens[b - 1].capitalized,
              let p = (a + 1..<b - 1).first(where: { QuoteAttributor.isAffiliationPreposition(tokens[$0]) }),
              tokens[p - 1].isWord, !tokens[p - 1].capitalized, !QuoteAttributor.spokesWords.contains(tokens[p - 1]) else { return nil }
        let holder = QuoteAttributor.bare(tokens[p - 1].lower)
        guard !holder.looksPlural else { return nil }
        return lexicon.titles[holder] ?? QuoteAttributor.personNouns[holder] ?? (QuoteAttributor.roleHeads.contains(tokens[p - 1]) ? "" : nil)
    }

    /// A lower-case verb or helper follows the name `run`, before `end`: the name is a verb's subject
    /// ("Arne Slot refused", "Odalys Brennick has run").
    static func verbFollowsName(_ tokens: Tokens, _ run: NameRun, before end: Int) -> Bool {
        run.last < end && tokens[run.last].isWord && !tokens[run.last].capitalized
            && (looksLikeVerb(tokens[run.last]) || QuoteLexicon.auxiliaries.contains(tokens[run.last]))
    }

    /// "Priyanka Rao, from Austin, won the title": where someone comes from, between commas right after the name, and a
    /// lower-case verb or helper after it; the name is that verb's subject, someone's.
    static func verbFollowsHometown(_ tokens: Tokens, _ run: NameRun, before end: Int) -> Bool {
        guard run.last + 3 < end, tokens[run.last].punct == UInt8(ascii: ","), tokens[run.last + 1].lower == "from",
              var close = scanRange(from: run.last + 2, upTo: min(end - 1, run.last + 8)).first(where: { !tokens[$0].isWord || !tokens[$0].capitalized }),
              close > run.last + 2, tokens[close].punct == UInt8(ascii: ",") else { return false }
        // ("from Austin, Texas,": the town's state or country after its comma.)
        if tokens[close + 1].isWord, tokens[close + 1].capitalized,
           let next = scanRange(from: close + 2, upTo: min(end - 1, close + 5)).first(where: { !tokens[$0].isWord || !tokens[$0].capitalized }),
           tokens[next].punct == UInt8(ascii: ",") { close = next }
        return startsPredicate(tokens[close + 1])
    }

    /// "Rourke's daughter, Chloe, had not known": a name between commas, in apposition to the phrase before it, and a
    /// lower-case verb or helper right after its closing comma; the name stands for that verb's subject.
    static func verbFollowsAppositive(_ tokens: Tokens, _ run: NameRun, before end: Int) -> Bool {
        guard run.first > 0, tokens[run.first - 1].punct == UInt8(ascii: ","), run.last + 1 < end,
              tokens[run.last].punct == UInt8(ascii: ",") else { return false }
        return startsPredicate(tokens[run.last + 1])
    }

    /// "Among the protesters was Jeremy Clarkson": a name after "was" or "is" in a sentence that opens with a
    /// preposition's phrase (or "Also"); the copula stands before its subject.
    static func invertedAfterCopula(_ tokens: Tokens, _ run: NameRun, _ r: Range<Int>) -> Bool {
        guard run.first - 2 > r.lowerBound, tokens[run.first - 1].lower == "was" || tokens[run.first - 1].lower == "is",
              case let w = tokens[r.lowerBound], w.isWord, w.lower == "also" || purePrepositions.contains(w) || prepositions.contains(w)
        else { return false }
        // (Only the preposition's phrase before the copula: no verb, no other clause.)
        return (r.lowerBound + 1..<(run.first - 1)).allSatisfy { tokens[$0].isWord && !looksLikeVerb(tokens[$0]) && tokens[$0].lower != "that" }
    }

    /// ", president of the Miami-based ...", ", a spokesman for ...": a comma after the name and a lower-case role
    /// within the next three words, an appositive that says who the person is.
    @inline(never)
    func roleFollowsName(_ tokens: Tokens, _ run: NameRun, before end: Int) -> Bool {
        guard run.last + 1 < end, tokens[run.last].punct == UInt8(ascii: ",") else { return false }
        return scanRange(from: run.last + 1, upTo: min(end, run.last + 4)).contains(where: { tokens[$0].isWord && !tokens[$0].capitalized && lexicon.titles[tokens[$0]] != nil })
    }

    func resolveSpeakers(_ tokens: Tokens, _ ranges: [Range<Int>], _ attributions: inout [Attribution], _ table: inout EntityTable,
                                 _ names: [NameRun?], _ utf8: [UInt8], quoted: [QuotedSpan]) {
        // (Read through a buffer: a field read from the array was a copy of the whole attribution, and this is read
        // for every cue many times.)
        func sentenceOf(_ k: Int) -> Int { attributions.withUnsafeBufferPointer { $0[k].sentence } }
        /// The sentence of the latest attribution before `k` in sentence `s` or an earlier one.
        func latestSentence(before k: Int, atMost s: Int) -> Int? { (0..<k).last(where: { sentenceOf($0) <= s }).map(sentenceOf) }
        func display(_ a: Int, _ b: Int) -> String {
            var s = a
            if ["the", "a", "an"].contains(tokens[s].lower), s + 1 < b { s += 1 }
            // ("the prime minister's message ... he said": a possessor shown without its "'s".)
            return String(decoding: utf8[tokens[s].start..<QuoteAttributor.endWithoutPossessive(tokens[b - 1], utf8)], as: UTF8.self)
        }
        // A description entity for the phrase at `np`, shown without its article and mentioned there.
        func describePhrase(_ np: Range<Int>, _ kind: Entity.Kind) -> Int {
            table.description(display(np.lowerBound, np.upperBound), kind: kind,
                              mention: TextSpan(start: tokens[np.lowerBound].start, end: QuoteAttributor.endWithoutPossessive(tokens[np.upperBound - 1], utf8)))
        }
        // How many sentences of front matter follow the story's first line: bylines and publication lines ("By Helen
        // Cartwright", "Published 7 December 2026, 10:42 GMT"), which the rules about a story's opening sentences pass over.
        var front = 0
        while front < 4, front + 1 < ranges.count, case let line = ranges[front + 1],
              QuoteAttributor.isByline(tokens, line) || QuoteAttributor.isPublicationLine(tokens, line) { front += 1 }
        // Person mentions in text order, for pronoun fallback.
        var personMentions: [(Int, Int)] = []  // (offset, entity)
        var speakerHistory: [(offset: Int, entity: Int, sentence: Int)] = []
        // (Each reserved at its size, or about: grown from nothing, each was allocated anew several times a document.)
        personMentions.reserveCapacity(table.entities.reduce(0) { $0 + $1.mentions.count })
        speakerHistory.reserveCapacity(attributions.count)
        for (i, e) in table.entities.enumerated() { for m in e.mentions { personMentions.append((m.start, i)) } }
        personMentions.sort { $0.0 < $1.0 }
        // (Both lists are long in a long document: searches jump to their window instead of scanning.)
        // The person mentions at offsets in a..<b.
        func mentions(_ a: Int, _ b: Int) -> ArraySlice<(Int, Int)> {
            let lo = personMentions.partitionPoint { $0.0 >= a }
            let hi = max(lo, personMentions.partitionPoint { $0.0 >= b })
            return personMentions[lo..<hi]
        }
        // The person of the gender `relation` gives who shares a surname with the person last named before `offset` that
        // the possessive `pronoun` ("her", "his") can stand for: "Ben and Sarah Lowe ... Sarah said ... Her husband".
        func relativeSharingSurname(possessive pronoun: Token, _ relation: String, before offset: Int) -> Int? {
            guard case let wanted = QuoteLexicon.gender(relation), wanted != .unknown,
                  let owner = possessiveOwner(pronoun, from: 0, before: offset, orUnknownGender: false),
                  case let ownerWords = table.words(of: owner), ownerWords.count >= 2, let surname = ownerWords.last else { return nil }
            return mentions(0, offset).last(where: { m in
                guard m.1 != owner, table[m.1].kind == .person, table[m.1].gender == wanted else { return false }
                let words = table.words(of: m.1)
                return words.count >= 2 && words.last == surname })?.1
        }
        // The person "his" or "her" (`pronoun`) stands for: the person of its gender named last at offsets in `from..<offset`,
        // or, with `orUnknownGender`, else the one named last whose gender is unknown. Nil for any other word.
        func possessiveOwner(_ pronoun: Token, from: Int, before offset: Int, orUnknownGender: Bool) -> Int? {
            let own: Entity.Gender = pronoun.lower == "her" ? .female : pronoun.lower == "his" ? .male : .unknown
            guard own != .unknown else { return nil }
            let window = mentions(from, offset)
            return window.last(where: { table[$0.1].kind == .person && table[$0.1].gender == own })?.1
                ?? (orUnknownGender ? window.last(where: { table[$0.1].kind == .person && table[$0.1].gender == .unknown })?.1 : nil)
        }
        // The words of a body's name that say what kind of body it is: "commission" in "Data Protection Commission".
        // (Before the name's first "of", "for", "on" or "to", and after the last "and" there: "University and College
        // Union" is a union, its first nouns are whom it serves; "Department for Work and Pensions" is a department.)
        func organisationKinds(_ e: Int) -> [Word] {
            let words = table.words(of: e)
            let head = words.prefix(while: { !($0 == "of" || $0 == "for" || $0 == "on" || $0 == "to") })
            let from = head.lastIndex(where: { $0 == "and" }).map { $0 + 1 } ?? head.startIndex
            let isKind = { (w: Word) in lexicon.groups[w] == "org" && !lexicon.corporateSuffixes.contains(w) }
            let kinds = head[from...].filter(isKind)
            // ("Oxfam ... the charity said": a listed organisation's name is named again by the nouns listed with it.)
            if words.count == 1, let listed = lexicon.organisations.nouns(of: words[0]) { return listed }
            // (A name whose head holds no such noun keeps the old reading: every noun of the name.)
            return kinds.isEmpty ? words.filter(isKind) : kinds
        }
        // The organisation's name `e` fits the noun `head`.
        func fits(_ e: Int, _ head: Word, kinds known: [Word]? = nil) -> Bool {
            let kinds = known ?? organisationKinds(e)
            if kinds.contains(head) || namesWorkers(e, head) { return true }
            // ("The study was funded by the British Heart Foundation. The charity said": a foundation or a trust is a charity;
            // so is an association or a society, "The Patients Association said ... A spokesperson for the charity said".)
            if head == "charity", kinds.contains(where: { $0 == "foundation" || $0 == "trust" || $0 == "association" || $0 == "society" }) { return true }
            // ("The Ramblers Association ... The group said": a campaigning body's name is named again by "group".)
            if head == "group", !kinds.isEmpty, kinds.allSatisfy({ QuoteAttributor.namedAsGroup.contains($0) }) { return true }
            // ("Unilever ... the group said": a company is named again by any noun of a business's form.)
            if lexicon.bodies.corporate.contains(head), kinds.contains(where: { lexicon.bodies.corporate.contains($0) }) { return true }
            // ("Police Scotland ... the force said": a force is the police named last.)
            if head == "force" { return table.words(of: e).contains(where: QuoteAttributor.namesAForce) }
            // ("The Financial Conduct Authority ... the regulator", "the Information Commissioner's Office ... the watchdog": a
            // regulator is a public body or an office, or a name of one word, "Ofgem"; not "Harrow Water", a utility.)
            if head == "regulator" || head == "watchdog" {
                // ("A consumer watchdog fined the app maker Brightloop ... The watchdog said": not a body the story
                // introduced as a business.)
                if introduced(e, where: { j in j >= 1 && tokens[j - 1].isWord && !tokens[j - 1].capitalized
                    && lexicon.bodies.isBusiness(QuoteAttributor.bare(tokens[j - 1].lower)) }) { return false }
                return kinds.isEmpty ? table.words(of: e).count == 1
                    : kinds.allSatisfy { lexicon.bodies.publicBody.contains($0) || $0 == "office" }
            }
            // ("Westbridge United ... the club confirmed": a club is a body whose name a club's word closes.)
            if head == "club" { return table.words(of: e).last.map(QuoteAttributor.clubNameEnds.contains) ?? false }
            // ("Harlow Foods ... the supermarket chain", "Lloyds Bank ... the lender": a trade names a business.)
            // ("campaigners from Save Our Banks ... The bank said": not a name holding the trade's plural, which is about
            // such businesses, not one of them.)
            if lexicon.bodies.isTrade(head) {
                let plural = QuoteLexicon.plural(of: head.description)
                return kinds.allSatisfy { lexicon.bodies.isBusiness($0) } && !table.words(of: e).contains(where: { $0.description == plural })
            }
            // ("Age UK said ... But the charity said": a charity's name seldom says what it is, as a company's may not; a union's
            // does, "Unite" aside, so "according to the union" is no business named just before.)
            return kinds.isEmpty ? lexicon.bodies.corporate.contains(head) || head == "charity"
                : kinds.allSatisfy({ lexicon.bodies.publicBody.contains($0) }) && lexicon.bodies.publicBody.contains(head)
        }
        // ("United Auto Workers ... the union said": a name closed by a plural of working people is a union's.)
        func namesWorkers(_ e: Int, _ head: Word) -> Bool {
            let words = table.words(of: e)
            return head == "union" && words.count >= 2 && words[words.count - 1].looksPlural && lexicon.groups[words[words.count - 1]] == "group"
        }
        // The organisation mentioned last in the three sentences before `sentence` (or earlier in it) that a
        // noun such as "company" or "agency" can name: its name holds that noun, or no organisation's noun
        // of another kind ("Unite union" is no company).
        // (Not a name inside the speech's quotation marks: "“... in partnership with Big Machine Label Group ...,” the
        // production company said" is not Big Machine speaking; "Harlow Foods cut 500 jobs, the company said" is
        // Harlow.)
        func namedOrganisation(kind head: Word, at subject: Int, sentence: Int, outside speech: [TextSpan]) -> Int? {
            let offset = tokens[subject].start
            guard ranges.indices.contains(sentence), let firstToken = ranges[max(0, sentence - 3)].first else { return nil }
            func inQuotedSpeech(_ m: (Int, Int)) -> Bool {
                speech.contains(where: { $0.start <= m.0 && m.0 < $0.end }) && !QuoteAttributor.overlapping(quoted, TextSpan(start: m.0, end: m.0 + 1)).isEmpty
            }
            // ("Priya Raman, an analyst at Hargreave Securities, said ...": an employer named after someone's job
            // is not the business the story is about.)
            func namedAsEmployer(_ m: (Int, Int)) -> Bool {
                QuoteAttributor.firstToken(tokens, startingAtOrAfter: m.0).map(isEmployer(at:)) ?? false
            }
            // ("Dan Ives said the figures showed Apple was losing ground to Huawei. The company said ...": a name after a
            // preposition inside the words someone else reported in a sentence before is part of what they said, not the
            // body the story turns to; the subject of those words, "Apple", may still be.)
            func insideAnotherReport(_ m: (Int, Int)) -> Bool {
                guard let k = QuoteAttributor.firstToken(tokens, startingAtOrAfter: m.0), k >= 1,
                      case let p = tokens[k - 1].lower == "the" && k >= 2 ? k - 2 : k - 1, QuoteAttributor.purePrepositions.contains(tokens[p]),
                      let si = QuoteAttributor.sentence(of: k, ranges), si < sentence else { return false }
                let id = table[m.1].id
                return attributions.withUnsafeBufferPointer { all in
                    var j = all.partitionPoint { $0.sentence >= si }
                    while j < all.count, all[j].sentence == si {
                        if all[j].speaker?.entity != id, all[j].contents.contains(where: { $0.start <= m.0 && m.0 < $0.end }) { return true }
                        j += 1
                    }
                    return false
                }
            }
            // ("her Netflix special", "a Netflix documentary": a one-word name between "a" or a possessive and a common noun
            // says what kind of thing the noun is; it is not the body the story speaks of. "An Apple spokesman" speaks for it.)
            func modifiesANoun(_ m: (Int, Int)) -> Bool {
                guard let k = QuoteAttributor.firstToken(tokens, startingAtOrAfter: m.0), k >= 1, k + 1 < tokens.count,
                      names[k].map({ $0.first == k && $0.last == k + 1 }) == true,
                      case let d = tokens[k - 1], d.lower == "a" || d.lower == "an" || QuoteAttributor.possessivePronouns[d] != nil,
                      case let n = tokens[k + 1], n.isWord, !n.capitalized, lexicon.verbs[n] == nil, !QuoteAttributor.looksLikeVerb(n),
                      !QuoteAttributor.spokesWords.contains(n), lexicon.titles[n] == nil, QuoteAttributor.personNouns[n] == nil
                else { return false }
                return true
            }
            // ("Budget airline SkyWest Air apologised to passengers stranded at Manchester Airport. The airline said": a
            // body introduced with the noun itself comes before one named later that the noun would only fit.)
            if let m = mentions(tokens[firstToken].start, offset).reversed().first(where: { m in
                describedAs(m.1, head) && !inQuotedSpeech(m)
                    && !namedAsEmployer(m) }) {
                return m.1
            }
            var mayBe: Int? = nil
            var mayBeListed: Int? = nil  // the offset of the mention when `mayBe` is a listed organisation
            for m in mentions(tokens[firstToken].start, offset).reversed() where (table[m.1].kind == .organization || namesWorkers(m.1, head)
                || describedAs(m.1, head)) && !inQuotedSpeech(m) {
                if namedAsEmployer(m) || modifiesANoun(m) || insideAnotherReport(m) { continue }
                // ("the industry regulator Ofwat ... Ofwat's chief executive ... the company said": nor a body that a
                // noun of another kind said what it is.)
                if knownAsAnotherKind(m.1, than: head) { continue }
                // ("the Xinhua News Agency ... citing the regional health commission. ..., the commission
                // said": the noun written after the name has an antecedent of its own.)
                // (Not one that already named this organisation as a speaker: "the supermarket chain warned ...
                // The chain also said".)
                // (After the mention: "the Twin Cities Hospitals group" holds its own noun.)
                let mentionEnd = table[m.1].mentions.first(where: { $0.start == m.0 })?.end ?? m.0
                if let from = QuoteAttributor.firstToken(tokens, startingAtOrAfter: mentionEnd),
                   (from..<max(from, subject)).contains(where: { j in tokens[j].lower == head && !tokens[j].capitalized
                       && !attributions.contains(where: { $0.subject?.contains(j) == true && $0.speaker?.entity == table[m.1].id }) }) { return mayBe }
                // ("The Data Protection Commission fined Meta ... The regulator said": a body whose name holds a kind the
                // noun fits, or that the noun introduced, comes before a later name of no kind that it merely may fit;
                // one it cannot fit is passed over, "Meta ... according to the commission".)
                if describedAs(m.1, head) { return m.1 }
                let kinds = organisationKinds(m.1)
                if fits(m.1, head, kinds: kinds) {
                    // (A listed organisation's nouns only say it may be the one, as a name of no kind may: "Tesco said ...
                    // Northwind said ... The firm said" is Northwind's.)
                    let words = table.words(of: m.1)
                    let listed = words.count == 1 && lexicon.organisations.nouns(of: words[0]) != nil
                    if !kinds.isEmpty && !listed || head == "club" || head == "force" || namesWorkers(m.1, head) { return m.1 }
                    if mayBe == nil {
                        mayBe = m.1
                        mayBeListed = listed ? m.0 : nil
                    }
                }
            }
            // ("Tesco said prices would fall. Northwind said she would be paid. The firm said": a one-word name that spoke
            // since a listed organisation was mentioned, a body only once it spoke, may be the one as well; the business
            // that spoke last decides, below or as the name mentioned last.)
            // (The speakers are read back only to the mention: a long record has thousands.)
            func spokeSince(_ at: Int, _ e: Int) -> Bool {
                for h in speakerHistory.reversed() {
                    if h.offset <= at { return false }
                    if h.offset < offset, h.entity != e, table.words(of: h.entity).count == 1, table[h.entity].kind != .group { return true }
                }
                return false
            }
            if let mayBe, !(mayBeListed.map { spokeSince($0, mayBe) } ?? false) { return mayBe }
            // ("Northwind Airways cut its forecast, blaming fuel costs. [analysts' words] The company said it would cut
            // 800 jobs": with no organisation named in the sentences before, the business that spoke last, when its
            // name shows it to be one.)
            if lexicon.bodies.corporate.contains(head) || lexicon.bodies.isTrade(head),
               let h = lastBusinessSpeaker(before: offset),
               let from = QuoteAttributor.firstToken(tokens, startingAtOrAfter: h.offset), !isEmployer(at: from), fits(h.entity, head) {
                return h.entity
            }
            // ("The Twin Cities Hospitals group said ... , the group said": a body described with the same noun that
            // spoke in the sentences just before; descriptions made while resolving are not among the mentions.)
            if let h = lastSpeaker(within: 3, of: sentence, { $0.offset < offset && table[$0.entity].kind == .organization }),
               table[h.entity].name.contains(" "), descriptionHead(h.entity) == head.description {
                return h.entity
            }
            // ("Westfield United dismissed its coach ... [eight sentences of others' words] ... the club said": with no
            // body named in the sentences just before, the first one the story opens with, headline or first sentence,
            // when the noun fits it.)
            let lead = ranges[min(1, ranges.count - 1)]
            if firstToken > ranges[0].lowerBound, let end = lead.last,
               let m = mentions(0, min(tokens[end].end, tokens[firstToken].start)).first(where: { m in
                   table[m.1].kind == .organization && !inQuotedSpeech(m)
                       && !namedAsEmployer(m)
                       && !knownAsAnotherKind(m.1, than: head) && (fits(m.1, head) || describedAs(m.1, head)) }) {
                return m.1
            }
            // ("Peter and Jan Moss were told by Brackley District Council that ... [four sentences] ... The council said": else
            // the body named last before the sentences just before, when its name ends in the noun itself; not one named
            // before another body, "watch it on Dish Network ... RT ... The network said". (The last 300 mentions only: a
            // long record has thousands.)
            if let m = mentions(0, tokens[firstToken].start).reversed().prefix(300).first(where: { m in
                table[m.1].kind == .organization && !inQuotedSpeech(m) && !namedAsEmployer(m) }), table.words(of: m.1).last == head {
                return m.1
            }
            return nil
        }
        // The "the" that opens a description right before the name at `j`, at most `words` words back, with only
        // lower-case words that are no reporting verb's between: "the trade publication Pollstar".
        func descriptionArticle(before j: Int, words: Int) -> Int? {
            guard j >= 2, let the = (max(0, j - words - 1)..<(j - 1)).last(where: { tokens[$0].lower == "the" }),
                  (the + 1..<j).allSatisfy({ tokens[$0].isWord && !tokens[$0].capitalized && lexicon.verbs[tokens[$0]] == nil })
            else { return nil }
            return the
        }
        // The organisation that spoke last before `offset` whose name shows it to be a business, past up to three bodies of
        // another kind that spoke since ("Brambly Toys said ... Consumer group Which? said ... the company said"). (Three at
        // most: a record of a thousand "the company said" would read its whole history at each.)
        func lastBusinessSpeaker(before offset: Int) -> (offset: Int, entity: Int, sentence: Int)? {
            var passed = 0
            for h in speakerHistory.reversed() where h.offset < offset && table[h.entity].kind == .organization {
                if table.words(of: h.entity).contains(where: { lexicon.corporateSuffixes.contains($0) }) { return h }
                passed += 1
                if passed > 3 { return nil }
            }
            return nil
        }
        // "the industry regulator Ofwat", "the charity Shelter": a common noun right before the name, after "the",
        // says what the body is; a business noun asks for a business.
        // ("Consumer group Which? said ... the company said": a group that campaigns is no business, with or without "the".)
        func describedAsAnotherKind(at j: Int, than head: Word) -> Bool {
            guard lexicon.bodies.isBusiness(head), j >= 2, !QuoteAttributor.articles.contains(tokens[j - 1]) else { return false }
            if tokens[j - 1].lower == "group", QuoteAttributor.campaignGroupModifiers.contains(tokens[j - 2]) { return head != "group" }
            guard let the = descriptionArticle(before: j, words: 3),
                  // (Only nouns and their modifiers between: not "The commission said Apple ...".)
                  (the + 1..<j).allSatisfy({ !QuoteAttributor.looksLikeVerb(tokens[$0]) && !QuoteAttributor.purePrepositions.contains(tokens[$0]) })
            else { return false }
            let noun = QuoteAttributor.bare(tokens[j - 1].lower)
            return noun != head && !lexicon.bodies.isBusiness(noun) && !lexicon.corporateSuffixes.contains(noun)
        }
        // The first token of one of the first mentions of entity `e`, where a body is introduced, passes `test`. (The
        // first few only: a long record mentions a body thousands of times.)
        func introduced(_ e: Int, where test: (Int) -> Bool) -> Bool {
            table[e].mentions.prefix(4).contains { m in QuoteAttributor.firstToken(tokens, startingAtOrAfter: m.start).map(test) ?? false }
        }
        // ("Campaign group Mermaids said ... A spokesperson for the group said", "the charity Shelter ... the charity"): one
        // of the first mentions of entity `e` follows the noun `head` itself, which says what it is.
        // ("Orbitra, the space company founded by Felix Amsel, ... the company said": or an appositive right after the
        // name has the noun for its head.)
        func describedAs(_ e: Int, _ head: Word) -> Bool {
            introduced(e) { j in
                if j >= 1, tokens[j - 1].isWord, !tokens[j - 1].capitalized, tokens[j - 1].lower == head { return true }
                // (The appositive closes after the noun or goes on to say more of it; "Burnley, the club said" is the
                // report's own subject.)
                var k = j
                while k < tokens.count, k - j < 6, tokens[k].isWord, tokens[k].capitalized { k += 1 }
                return QuoteAttributor.appositiveHeadEnd(tokens, comma: k, tokens.count).map { tokens[$0 - 1].lower == head } ?? false
            }
        }
        // One of the first mentions of entity `e` follows a noun of another kind than a business noun `head`.
        func knownAsAnotherKind(_ e: Int, than head: Word) -> Bool {
            introduced(e) { describedAsAnotherKind(at: $0, than: head) }
        }
        // The last word of a description's name, lower-cased ("group" in "Twin Cities Hospitals group"); nil for a name.
        func descriptionHead(_ e: Int) -> String? {
            table.words(of: e).isEmpty ? table[e].name.split(separator: " ").last?.lowercased() : nil
        }
        /// A person described by the role its head names ("housing minister", "the judge"), not a spokesperson, who speaks
        /// for a body an "it" may stand for. (Read only for "it" against a person of no known gender.)
        func describedByRole(_ e: Int) -> Bool {
            guard let head = descriptionHead(e), lexicon.titles[head] != nil else { return false }
            return !QuoteAttributor.spokesWords.contains(head)
        }
        // A name right after a job or a group of people and "at" or "with": "an analyst at Hargreave Securities",
        // "economists at Barclays".
        func isEmployer(at j: Int) -> Bool {
            if j >= 2 && (tokens[j - 1].lower == "at" || tokens[j - 1].lower == "with") && tokens[j - 2].isWord && !tokens[j - 2].capitalized
                && (lexicon.titles[QuoteAttributor.bare(tokens[j - 2].lower)] != nil || lexicon.groups[tokens[j - 2]] == "group") { return true }
            // ("Dan Ives of Wedbush Securities said": or right after "of" after a person's name.)
            if j >= 2, tokens[j - 1].lower == "of", let run = names[j - 2], run.last == j - 1, table[run.entity].kind == .person { return true }
            // ("Rebecca Lind, of broker Hartwell & Co, said": or after "of" set off by a comma after a name, past up to two
            // lower-case words that say what the body is.)
            var o = j - 1
            while o >= j - 2, o > 0, tokens[o].isWord, !tokens[o].capitalized, tokens[o].lower != "of" { o -= 1 }
            return o >= 2 && tokens[o].lower == "of" && tokens[o - 1].punct == UInt8(ascii: ",") && tokens[o - 2].isWord && tokens[o - 2].capitalized
        }
        // The entity mentioned or speaking last in the three sentences before `sentence` (or earlier in it),
        // when its name is one word of unknown gender that is no first name or title: "Apple", "Spotify".
        func oneWordBusiness(before subject: Int, sentence: Int, head: Word) -> Int? {
            guard ranges.indices.contains(sentence), let firstToken = ranges[max(0, sentence - 3)].first else { return nil }
            // (A speaker's name that opens its sentence is an entity only once it has spoken: the speakers too.)
            let from = tokens[firstToken].start, to = tokens[subject].start
            // ("made by Veloxa, a start-up in Leeds. The company said": not the place a body is in.)
            let all = mentions(from, to)
            // ("Primark's sales rose in Germany. The retailer said": nor a known place, however it is mentioned.)
            let named = all.last(where: { !mentionedAsPlace($0) && !isKnownPlace($0) })
            let spoke = speakerHistory.last(where: { $0.offset >= from && $0.offset < to }).map { ($0.offset, $0.entity) }
            // ("Meta has said it will use posts from adults in the UK ... The company said": the one who spoke, when
            // the name mentioned since is no business's.)
            let last = [named, spoke].compactMap({ $0 }).max(by: { $0.0 < $1.0 })
            // ("Ryanair cancelled 40 flights to Spain. The airline said": a place mentioned last still shows the sentence
            // whose opening subject may be the business: the offset of the last mention or speaker, place or not.)
            guard let at = [spoke?.0, all.last?.0].compactMap({ $0 }).max() else { return nil }
            // ("Streamflix will raise the price of its plan, the company said. The company said ...": or one a business noun
            // already made an organisation when it spoke.)
            func spokeAsBusiness() -> Int? {
                spoke.flatMap { (isOneWordBusiness($0) || table[$0.1].kind == .organization && table.words(of: $0.1).count == 1)
                    && !knownAsAnotherKind($0.1, than: head) ? $0.1 : nil }
            }
            // ("Primark opened its biggest store in Birmingham. The retailer said": a name mentioned after the subject of
            // its sentence is no business, when a one-word name and its verb open that sentence, or the one who spoke
            // there is a business: "Aldi plans to open stores in Britain".)
            if spoke.map({ $0.0 < at }) ?? true, let t = QuoteAttributor.firstToken(tokens, startingAtOrAfter: at),
               let si = QuoteAttributor.sentence(of: t, ranges), case let s0 = ranges[si].lowerBound, s0 + 1 < t {
                if let sp = spoke, let st = QuoteAttributor.firstToken(tokens, startingAtOrAfter: sp.0),
                   QuoteAttributor.sentence(of: st, ranges) == si, let e = spokeAsBusiness() {
                    return e
                }
                if names[s0] == nil || names[s0]?.last == s0 + 1, mayNameABody(tokens[s0]), verbFollowsOpener(s0, before: t),
                   let e = organisationOpening(at: s0, fits: { e in table[e].kind != .person && !knownAsAnotherKind(e, than: head) }) {
                    return e
                }
            }
            if let m = last, isOneWordBusiness(m), !knownAsAnotherKind(m.1, than: head) { return m.1 }
            return spokeAsBusiness()
        }
        // The name of two words or more that opens one of the five sentences before `sentence` as its verb's subject,
        // latest first, when no first name, title, gender or plural of people makes it someone and the business noun
        // `head` fits it. ("The Environment Agency said ..." between is passed over: an agency is no company.)
        func subjectBody(before sentence: Int, head: Word) -> Int? {
            guard ranges.indices.contains(sentence) else { return nil }
            for si in stride(from: sentence - 1, through: max(0, sentence - 5), by: -1) {
                let r = ranges[si]
                guard !r.isEmpty, let run = names[r.lowerBound], run.first == r.lowerBound,
                      QuoteAttributor.verbFollowsName(tokens, run, before: r.upperBound) else { continue }
                let e = table[run.entity]
                if e.kind != .person, e.kind != .group, e.gender == .unknown, table.words(of: run.entity).count >= 2,
                   !closesWithPeople(run.entity), !knownAsAnotherKind(run.entity, than: head), fits(run.entity, head) {
                    return run.entity
                }
            }
            return nil
        }
        // The body mentioned latest in the six sentences before `sentence`, up to `offset`, whose name of two words or
        // more holds one of the lower-case modifiers at `modifiers` of a business noun: "Southern Rivers Water ... the water
        // company", "Octopus Energy ... the energy firm". (No person's, nor one named only inside quoted speech. The word
        // shared is a strong sign, so the story may have turned to others between.)
        func bodyNamedByModifier(_ modifiers: Range<Int>, sentence: Int, before offset: Int) -> Int? {
            guard ranges.indices.contains(sentence), let firstToken = ranges[max(0, sentence - 6)].first else { return nil }
            let wanted = modifiers.compactMap { j in tokens[j].isWord && !tokens[j].capitalized ? tokens[j].lower : nil }
            guard !wanted.isEmpty else { return nil }
            return mentions(tokens[firstToken].start, offset).last(where: { m in
                guard table[m.1].kind != .person, table[m.1].kind != .group, case let words = table.words(of: m.1), words.count >= 2,
                      words.contains(where: { wanted.contains($0) }) else { return false }
                return QuoteAttributor.overlapping(quoted, TextSpan(start: m.0, end: m.0 + 1)).isEmpty
            })?.1
        }
        // The words written with a capital after another word, somewhere inside a sentence: names, not common nouns
        // that open a sentence. (Read once, when first asked: a long record may ask for each of thousands of cues.)
        var capitalisedInsideWords: Set<Word>? = nil
        func capitalisedInside() -> Set<Word> {
            if let known = capitalisedInsideWords { return known }
            var found: Set<Word> = []
            // (After a comma too: "The investment, Microsoft's largest, ...".)
            for j in tokens.indices.dropFirst() where tokens[j].capitalized && tokens[j].isWord
                && (tokens[j - 1].isWord || tokens[j - 1].punct == UInt8(ascii: ",")) {
                found.insert(QuoteAttributor.bare(tokens[j].lower))
            }
            capitalisedInsideWords = found
            return found
        }
        // A capitalised word opening a sentence that may name a body: no first name, title, sentence starter,
        // pronoun, group noun or verb.
        func mayNameABody(_ t: Token) -> Bool {
            t.isWord && t.capitalized && t.lower.utf8.count > 1
                && lexicon.firstName(t) == nil && lexicon.titles[t] == nil && !lexicon.starters.contains(t) && QuoteLexicon.pronouns[t] == nil
                && !QuoteAttributor.quantifierPronouns.contains(t) && lexicon.groups[QuoteAttributor.bare(t.lower)] == nil
                && lexicon.verbs[t] == nil && !QuoteAttributor.looksLikeVerb(t)
        }
        // The one-word name at `s0`, which opens its sentence, made an organisation: the entity of that word, when
        // `fits` accepts it, or a new one. (A name opening its sentence is no entity until then.)
        func organisationOpening(at s0: Int, fits: (Int) -> Bool) -> Int? {
            let t = tokens[s0]
            if let e = table.find([t.lower]) {
                guard fits(e) else { return nil }
                table.makeOrganisation(e)
                table.add(TextSpan(start: t.start, end: t.end), to: e, kind: .organization, gender: .unknown)
                return e
            }
            return table.name([t.lower], display: display(s0, s0 + 1), kind: .organization, gender: .unknown,
                              mention: TextSpan(start: t.start, end: t.end)).0
        }
        // The word opening a sentence at `s0` has its verb next, a helper or a past: "Boeing will", "Unilever is", "Nvidia
        // reported"; not "Replacement nurses". ("Boeing needs more engineers": or a present "-s" verb before its object.)
        func verbFollowsOpener(_ s0: Int, before a: Int) -> Bool {
            guard s0 + 1 < a, case let v = tokens[s0 + 1], v.isWord, !v.capitalized else { return false }
            return QuoteAttributor.clauseMarkers.contains(v) || v.lower.endsWith("ed") || QuoteAttributor.irregularPast.contains(v)
                || v.lower.looksPlural && s0 + 2 < a && QuoteAttributor.objectOpeners.contains(tokens[s0 + 2])
        }
        // The business a trailing "the company said" names in the speech before it: its first word, a capitalised
        // name of one word that its verb follows ("Boeing will cut ..."), made an organisation.
        func openingBusiness(of k: Int, before a: Int, head: Word) -> Int? {
            let si = sentenceOf(k)
            guard ranges.indices.contains(si), case let s0 = ranges[si].lowerBound, s0 + 1 < a,
                  attributions[k].contents.first?.start == tokens[s0].start,
                  case let t = tokens[s0], mayNameABody(t), verbFollowsOpener(s0, before: a),
                  // (A name, not a common noun opening the sentence, "Revenue rose 5%, the company said": written with its
                  // capital inside a sentence elsewhere, or owning something in the speech, "cut 10% of its workforce".)
                  (s0 + 1..<a).contains(where: { tokens[$0].lower == "its" }) || capitalisedInside().contains(t.lower)
            else { return nil }
            return organisationOpening(at: s0) { e in table[e].kind != .person && !knownAsAnotherKind(e, than: head) }
        }
        // The team a "the club" cue at `a` names: the one capitalised word opening the sentence its speech opens, or the
        // sentence before the cue's, when "have", "are" or "were" follows it; made an organisation.
        func openingClub(of k: Int, before a: Int) -> Int? {
            let cueSentence = sentenceOf(k)
            guard ranges.indices.contains(cueSentence) else { return nil }
            var starts: [Int] = []
            if let c = attributions[k].contents.first, let t = QuoteAttributor.firstToken(tokens, startingAtOrAfter: c.start),
               let si = QuoteAttributor.sentence(of: t, ranges), ranges[si].lowerBound == t { starts.append(t) }
            if cueSentence > 0, !ranges[cueSentence - 1].isEmpty { starts.append(ranges[cueSentence - 1].lowerBound) }
            for s0 in starts where s0 + 1 < tokens.count && s0 + 1 != a {
                guard names[s0] == nil || names[s0]?.last == s0 + 1, mayNameABody(tokens[s0]),
                      QuoteAttributor.teamPluralVerbs.contains(tokens[s0 + 1]) else { continue }
                return organisationOpening(at: s0) { e in table[e].kind != .person }
            }
            return nil
        }
        // The business a trailing "the firm said" names when a business noun introduces its name at the sentence's
        // opening, its verb next: "Software company Brightline will cut 1,200 jobs, the firm announced".
        func introducedOpeningBusiness(of k: Int, before a: Int) -> Int? {
            let si = sentenceOf(k)
            guard ranges.indices.contains(si), case let s0 = ranges[si].lowerBound, s0 + 2 < a,
                  attributions[k].contents.first?.start == tokens[s0].start,
                  let n = scanRange(from: s0 + 1, upTo: min(s0 + 4, a)).first(where: { tokens[$0].capitalized }),
                  (s0..<n).allSatisfy({ tokens[$0].isWord }), !tokens[n - 1].capitalized,
                  lexicon.bodies.isBusiness(QuoteAttributor.bare(tokens[n - 1].lower)),
                  let run = names[n], run.first == n, run.last < a, verbFollowsOpener(run.last - 1, before: a),
                  table[run.entity].kind != .person, table[run.entity].kind != .group else { return nil }
            table.makeOrganisation(run.entity)
            return run.entity
        }
        // The name opening sentence `r`, made an organisation, when no first name, title or gender made it a person
        // and the sentence gives it an "its" ("Harlow Foods will close its plant", "Ryanair cut its forecast"), or it is
        // a body already.
        func bodyOpening(_ r: Range<Int>, spokenFor: Bool = false) -> Int? {
            let first = r.lowerBound
            // ("The Bank of Westmark kept its rate": a body's name after "the".)
            // ("The Treasury welcomed the decision. A spokesman said": for a spokesperson, a name of no known kind after "the"
            // too, when a verb of the reporting lexicon follows it, a body's act; not "The Thames burst its banks".)
            if tokens[first].lower == "the", first + 1 < r.upperBound, let run = names[first + 1], run.first == first + 1 {
                let e = table[run.entity]
                if spokenFor, e.kind == .other, e.gender == .unknown, run.last < r.upperBound, lexicon.verbs[tokens[run.last]] != nil {
                    table.makeOrganisation(run.entity)
                    return run.entity
                }
                return e.kind == .organization ? run.entity : nil
            }
            // ("Developer Redwood Homes submitted the application": past a capitalised noun of the body's trade.)
            let named = names[first].flatMap({ $0.first == first ? $0 : nil })
                ?? (first + 1 < r.upperBound && tokens[first].capitalized && lexicon.bodies.isTrade(QuoteAttributor.bare(tokens[first].lower))
                    ? names[first + 1].flatMap({ $0.first == first + 1 ? $0 : nil }) : nil)
            if let run = named {
                let e = table[run.entity]
                guard e.kind != .person, e.kind != .group, e.gender == .unknown,
                      e.kind == .organization || (run.last..<r.upperBound).contains(where: { tokens[$0].lower == "its" }) else { return nil }
                table.makeOrganisation(run.entity)
                return run.entity
            }
            guard first + 1 < r.upperBound, mayNameABody(tokens[first]), !QuoteLexicon.determiners.contains(tokens[first]),
                  tokens[first + 1].isWord, !tokens[first + 1].capitalized,
                  (first + 2..<r.upperBound).contains(where: { tokens[$0].lower == "its" }) else { return nil }
            return organisationOpening(at: first) { e in table[e].kind != .person && table[e].kind != .group }
        }
        // `bodyOpening` of the sentence before `sentence`, for a word at `a` that opens `sentence` ("It said", "A spokesman"),
        // or, when `trailing`, one after a comma inside it ("Sales will fall next year, it said").
        func bodyOpeningSentenceBefore(_ a: Int, _ sentence: Int, trailing: Bool = false, spokenFor: Bool = false) -> Int? {
            // ("The General Medical Council welcomed the decision. “...,” a spokeswoman said": a spokesperson trailing a
            // quotation that opens the sentence, the comma inside its closing mark, too; a straight mark or a German
            // closing “ glued to the comma closes it as well.)
            guard sentence > 0, ranges.indices.contains(sentence), !ranges[sentence - 1].isEmpty else { return nil }
            let afterQuotation = spokenFor && a - 2 >= ranges[sentence].lowerBound && tokens[a - 1].isQuoteMark
                && (!QuoteAttributor.opensQuotation(tokens[a - 1]) || tokens[a - 1].start == tokens[a - 2].end)
                && tokens[a - 2].punct == UInt8(ascii: ",")
                && QuoteAttributor.opensQuotation(tokens[ranges[sentence].lowerBound])
            guard a == ranges[sentence].lowerBound || afterQuotation
                    || trailing && a > ranges[sentence].lowerBound && tokens[a - 1].punct == UInt8(ascii: ",")
            else { return nil }
            return bodyOpening(ranges[sentence - 1], spokenFor: spokenFor)
        }
        // ("Tory MPs", "Senate Democrats": a name closed by a plural of people names a group of them, though the entity
        // stays a name, so "Republicans" later joins "Oversight Committee Republicans"; not a firm's "Media".)
        func closesWithPeople(_ e: Int) -> Bool {
            let words = table.words(of: e)
            guard words.count >= 2, let last = words.last else { return false }
            return lexicon.groups[last] == "group" && last.looksPlural && !QuoteAttributor.bodyPlurals.contains(last)
        }
        // The mention `m` is of a one-word place the demonyms list knows: "China", "Texas".
        func isKnownPlace(_ m: (Int, Int)) -> Bool {
            table.words(of: m.1).count == 1 && QuoteAttributor.firstToken(tokens, startingAtOrAfter: m.0).map { lexicon.demonyms.places.contains(tokens[$0]) } == true
        }
        func isOneWordBusiness(_ m: (Int, Int)) -> Bool {
            let e = table[m.1]
            guard e.kind == .person || e.kind == .other, e.gender == .unknown, let k = QuoteAttributor.firstToken(tokens, startingAtOrAfter: m.0),
                  table.words(of: m.1).count == 1, tokens[k].isWord, tokens[k].capitalized,
                  lexicon.firstName(tokens[k]) == nil, lexicon.titles[tokens[k]] == nil,
                  // (Not a word that opens sentences: "Several said ...".)
                  !lexicon.starters.contains(tokens[k]), !QuoteAttributor.quantifierPronouns.contains(tokens[k]),
                  // (Not a language or a people: "In English, the company said"; nor a place, "Demand from China fell, the
                  // firm said".)
                  !lexicon.demonyms.adjectives.contains(tokens[k]), !lexicon.demonyms.places.contains(tokens[k]),
                  // (Not a name its noun follows, "the Unite union", or one a noun before it describes: "the
                  // tracking site FlightAware" is no company.)
                  k + 1 >= tokens.count || lexicon.groups[tokens[k + 1]] == nil,
                  k == 0 || !tokens[k - 1].isWord || tokens[k - 1].capitalized || QuoteAttributor.purePrepositions.contains(tokens[k - 1])
                    || ["and", "or", "but", "than", "as", "like"].contains(tokens[k - 1].lower) || lexicon.verbs[tokens[k - 1]] != nil,
                  !endsRoute(k)
            else { return false }
            return true
        }
        // Entity `e` speaks a report of `k`'s sentence whose content holds `offset` and opens with "he" or "she": of a person,
        // so itself one. (Attributions are in text order: only those of that sentence, on either side of `k`, are read.)
        func reportsOfAPerson(_ e: Int, holding offset: Int, cue k: Int) -> Bool {
            let id = table[e].id, sentence = attributions[k].sentence
            func holds(_ j: Int) -> Bool {
                attributions[j].speaker?.entity == id && attributions[j].contents.contains { c in
                    c.start <= offset && offset < c.end && QuoteAttributor.firstToken(tokens, startingAtOrAfter: c.start).map {
                        tokens[$0].lower == "he" || tokens[$0].lower == "she" } == true
                }
            }
            var j = k - 1
            while j >= 0, attributions[j].sentence == sentence { if holds(j) { return true }; j -= 1 }
            j = k + 1
            while j < attributions.count, attributions[j].sentence == sentence { if holds(j) { return true }; j += 1 }
            return false
        }
        // The name mentioned at `m` is a place: after "in" and a body's noun or "based", the place a body is in ("a start-up
        // in Leeds", "a firm based in Leeds"); after "in" or "to" and a verb of going or a word of distance, where one goes
        // ("go to Kendal", "14 miles away in Kendal"); after "to" or "from" and a journey's noun, or "for" and "bound", an end
        // of a journey ("flights to Paris", "a jet bound for Tenerife"). (Not after another verb: "invested in Veloxa" names
        // a business.)
        func mentionedAsPlace(_ m: (Int, Int)) -> Bool {
            guard let k = QuoteAttributor.firstToken(tokens, startingAtOrAfter: m.0), k >= 2, case let p = tokens[k - 1].lower,
                  case let t = tokens[k - 2], t.isWord else { return false }
            // ("A jet bound for Tenerife", "Flights to Paris", "the ferry from Calais": where a journey goes or comes from.)
            if p == "for" { return !t.capitalized && QuoteAttributor.boundWords.contains(t) }
            if p == "to" || p == "from", QuoteAttributor.journeyNouns.contains(t) { return true }
            guard p == "in" || p == "to", !t.capitalized else { return false }
            if QuoteAttributor.placeLeads.contains(t) { return true }
            return p == "in" && (QuoteAttributor.locatedParticiples.contains(t) || lexicon.bodies.mayDescribe(t))
        }
        // The name at `k` is one end of a route, "from Manchester to Tenerife": a place.
        func endsRoute(_ k: Int) -> Bool {
            if k >= 3, tokens[k - 1].lower == "to", let run = names[k - 2], run.first >= 1, tokens[run.first - 1].lower == "from" { return true }
            if k >= 1, tokens[k - 1].lower == "from", let run = names[k], run.last + 1 < tokens.count, tokens[run.last].lower == "to",
               names[run.last + 1] != nil { return true }
            return false
        }
        // Some of the words reported say "we", "our" or "us" (the first 200 tokens of each span): a body speaking as itself.
        func speaksAsWe(_ spans: [TextSpan]) -> Bool {
            spans.contains { span in
                guard let t = QuoteAttributor.firstToken(tokens, startingAtOrAfter: span.start) else { return false }
                return scanRange(from: t, upTo: min(tokens.count, t + 200)).prefix(while: { tokens[$0].start < span.end })
                    .contains(where: { tokens[$0].lower == "we" || tokens[$0].lower == "our" || tokens[$0].lower == "us" })
            }
        }

        // The mention at `at` opens `content` of attribution `j`, whose verb takes the person it addresses as its object before
        // the words ("accused Slater of lying", "urged Lee to resign"): that person is addressed, not named inside the words.
        func addressedAt(_ j: Int, _ content: TextSpan, _ at: Int) -> Bool {
            at == content.start && QuoteAttributor.addressingLemmas.contains(lemmaOf: attributions[j].verb)
        }

        // The speaker of the question put in the sentence of the reply `k` or the one before ("One pupil asked her ...
        // “...,” she replied"), when `k`'s cue is a reply; nil otherwise.
        func replyAsker(_ k: Int) -> String? {
            guard QuoteAttributor.replyLemmas.contains(lemmaOf: attributions[k].verb) else { return nil }
            var j = k - 1
            while j >= 0, attributions[j].sentence + 1 >= attributions[k].sentence {
                if attributions[j].verb.lemma == "ask" { return attributions[j].speaker?.entity }
                j -= 1
            }
            return nil
        }
        // The latest speaker at most `window` sentences before `sentence` that passes `test`. The
        // history is in sentence order, so the search stops at the window's edge.
        func lastSpeaker(within window: Int, of sentence: Int,
                         _ test: ((offset: Int, entity: Int, sentence: Int)) -> Bool) -> (offset: Int, entity: Int, sentence: Int)? {
            for h in speakerHistory.reversed() {
                if sentence - h.sentence > window { return nil }
                if test(h) { return h }
            }
            return nil
        }

        // The speaker's entity id of the latest attribution before `k`, in its sentence or the one before, whose subject is
        // the name after "for" in "a spokesman for Blake": the one that spokesperson spoke as. (Attributions are in text
        // order: the search stops at the window's edge.)
        func spokespersonsPrincipal(before k: Int, word: Word) -> String? {
            var j = k - 1
            while j >= 0, attributions[j].sentence >= sentenceOf(k) - 1 {
                if let s = attributions[j].subject, s.lowerBound >= 2, tokens[s.lowerBound - 1].lower == "for", tokens[s.lowerBound - 2].lower == word {
                    return attributions[j].speaker?.entity
                }
                j -= 1
            }
            return nil
        }

        // The person named as the subject opening sentence `index` (past a leading "Yet", "But" or "And"), outside quotations,
        // when the subject ends before `before` (the quotation's start, when it opens inside that sentence).
        func openingPersonSubject(ownSentence index: Int, before: Int?) -> Int? {
            guard ranges.indices.contains(index), !ranges[index].isEmpty else { return nil }
            var r = ranges[index]
            if let b = before {
                guard let end = QuoteAttributor.firstToken(tokens, startingAtOrAfter: b), end > r.lowerBound + 1, end <= r.upperBound else { return nil }
                r = r.lowerBound..<end
            }
            var open = r.lowerBound
            if open + 1 < r.upperBound, QuoteAttributor.narrativeConjunctions.contains(tokens[open]) { open += 1 }
            // ("The trust's chief executive, Dr Sarah Hale, apologised ... “...,” she said": or a name in apposition to the
            // phrase opening it, between its commas.)
            // (Past a conjunction at `open`, no comma stands before the name: the apposition test asks for one.)
            guard let subject = mainSubject(tokens, r), let run = names[subject.upperBound - 1],
                  subject.lowerBound == open && run.first == open || QuoteAttributor.isNameInApposition(tokens, subject, r, names),
                  table[run.entity].kind == .person,
                  QuoteAttributor.overlapping(quoted, TextSpan(start: tokens[subject.lowerBound].start, end: tokens[subject.upperBound - 1].end)).isEmpty
            else { return nil }
            return run.entity
        }

        // The entity named last before `offset`, in the three sentences before `sentence` or earlier in it, by a
        // name of two or three words that nothing made a person, a body or a place and that is the subject of
        // a verb there ("Odalys Brennick has run ..."), outside quotations and the speech at hand.
        func unlistedPersonName(before offset: Int, sentence: Int, outside speech: [TextSpan]) -> (offset: Int, entity: Int)? {
            guard ranges.indices.contains(sentence), let firstToken = ranges[max(0, sentence - 3)].first else { return nil }
            for m in mentions(tokens[firstToken].start, offset).reversed() {
                guard mayBeUnlistedPerson(m), !speech.contains(where: { $0.start <= m.0 && m.0 < $0.end }) else { continue }
                return (m.0, m.1)
            }
            return nil
        }

        // The mention `m` (offset, entity) is of a name of two or three words that nothing made a person, a body or a place,
        // outside quotations, and the subject of a verb there: a person whose first name the list lacks, "Ferris Quillon".
        func mayBeUnlistedPerson(_ m: (Int, Int)) -> Bool {
            let e = table[m.1]
            let words = table.words(of: m.1)
            guard e.kind == .other, e.gender == .unknown, (2...3).contains(words.count),
                  !words.contains(where: { lexicon.groups[$0] != nil || QuoteAttributor.placeNouns.contains($0)
                      || QuoteAttributor.thingNameHeads.contains($0) }),
                  !QuoteAttributor.weatherSystemNouns.contains(words[0]),
                  QuoteAttributor.overlapping(quoted, TextSpan(start: m.0, end: m.0 + 1)).isEmpty,
                  let k = QuoteAttributor.firstToken(tokens, startingAtOrAfter: m.0), let run = names[k] else { return false }
            return QuoteAttributor.verbFollowsName(tokens, run, before: tokens.count) || QuoteAttributor.verbFollowsHometown(tokens, run, before: tokens.count)
        }

        // A record's named source right after its preposition at `p`, past up to `within - 1` lower-case words that
        // describe it ("by the trade publication Pollstar", "from the property website Rightmove"); no person.
        func recordSource(after p: Int, before b: Int, within: Int) -> NameRun? {
            guard let at = scanRange(from: p + 1, upTo: min(b, p + within + 1)).first(where: { names[$0] != nil }),
                  (p + 1..<at).allSatisfy({ tokens[$0].isWord && !tokens[$0].capitalized }),
                  let run = names[at], run.first > p, table[run.entity].kind != .person else { return nil }
            return run
        }

        // A "he" or "she" before anyone is named: the first person of that gender named in the next three sentences.
        func personNamedAfter(_ offset: Int, sentence: Int, gender: Entity.Gender) -> Int? {
            guard ranges.indices.contains(sentence), !mentions(0, offset).contains(where: { table[$0.1].kind == .person }),
                  let last = scanRange(from: sentence, upTo: min(ranges.count, sentence + 4)).last(where: { !ranges[$0].isEmpty }) else { return nil }
            return mentions(offset, tokens[ranges[last].upperBound - 1].end).first(where: { m in
                table[m.1].kind == .person && (table[m.1].gender == .unknown || table[m.1].gender == gender) })?.1
        }

        // A noun for one person: a role, a person's noun, an insider's ("aide", "official") or a relation ("grandmother").
        func namesOnePerson(_ t: Token) -> Bool {
            lexicon.titles[t] != nil || QuoteAttributor.personNouns[t] != nil || QuoteAttributor.insiderNouns.contains(t)
                // ("A grandmother has accused council workers ... Margaret Doyle, 79, said": tabloids open with a relation.)
                || QuoteAttributor.relationNouns[t] != nil
        }
        // The head of a person described with "a" at `a` in `a..<b`, past lower-case modifiers: a role or a person's noun,
        // singular, that nothing but a preposition, a relative clause or a participle goes on from ("a former senior aide at
        // the Department", "a teacher who was stabbed", "a man aged 45"); with `verbMayFollow`, `b` ends the sentence, not the
        // phrase, and a lower-case word may follow as its verb ("a climber told").
        func storyOpeningPerson(_ a: Int, _ b: Int, verbMayFollow: Bool = false) -> Int? {
            guard let h = scanRange(from: a + 1, upTo: min(b, a + 5)).first(where: { j in
                      tokens[j].isWord && !tokens[j].capitalized && !tokens[j].lower.endsWith("'s")
                          && namesOnePerson(tokens[j]) }),
                  (a + 1..<h).allSatisfy({ tokens[$0].isWord && !tokens[$0].capitalized }) else { return nil }
            guard h + 1 < b else { return h }
            let next = tokens[h + 1]
            return next.punct == UInt8(ascii: ",") || QuoteAttributor.purePrepositions.contains(next) || ContentBoundary.relatives.contains(next)
                || next.lower == "aged" || QuoteAttributor.accusedParticiples.contains(next)
                || verbMayFollow && next.isWord && !next.capitalized && !next.lower.endsWith("'s") ? h : nil
        }
        // The person named by the name opening sentence `si`, when that is its first mention and their gender fits the noun
        // `role`, with no title of office before it and no appositive naming them with another noun after it, and who speaks
        // there or, as "he" or "she", in the sentence after. (Not "A judge said the defendant lied. John Smith, 45, was
        // jailed.", the next one named, who is someone else.) The story's opening sentence, `lede` past its description,
        // names the person again by a pronoun of their gender ("A former aide told ... that she had warned"; not "A nurse
        // said the ward was full. Jane Smith, 34, said she waited nine hours").
        func personNamedNext(_ si: Int, role: Token, lede: Range<Int>) -> Int? {
            let sentence = ranges[si]
            guard let first = sentence.first, let run = names[first], run.first == first, table[run.entity].kind == .person,
                  !mentions(0, tokens[first].start).contains(where: { $0.1 == run.entity }),
                  // (A title of address may open it, "Mrs", "Dr"; an office may not, "Officer Tom Reed".)
                  case let opening = QuoteAttributor.bare(tokens[first].lower),
                  lexicon.titles[opening].map({ !$0.isEmpty || opening == "dr" }) ?? true else { return nil }
            let own = QuoteLexicon.gender(lexicon.titles[role] ?? QuoteAttributor.personNouns[role] ?? QuoteAttributor.relationNouns[role] ?? "")
            guard own == .unknown || table[run.entity].gender == .unknown || table[run.entity].gender == own else { return nil }
            // (", a neighbour,": an appositive's noun other than the story's.)
            if run.last + 2 < sentence.upperBound, tokens[run.last].punct == UInt8(ascii: ","), QuoteAttributor.articles.contains(tokens[run.last + 1]),
               let noun = scanRange(from: run.last + 2, upTo: min(sentence.upperBound, run.last + 6)).first(where: { namesOnePerson(tokens[$0]) }),
               tokens[noun].lower != role.lower { return nil }
            // ("He" or "she" that may stand for the person named.)
            let gender = table[run.entity].gender
            func fits(_ p: QuoteLexicon.Pronoun?) -> Bool {
                p.map { !$0.plural && $0.gender != .unknown && (gender == .unknown || $0.gender == gender) } == true
            }
            guard lede.contains(where: { fits(QuoteAttributor.pronounOf(tokens[$0])) }) else { return nil }
            let speaks = attributions.contains(where: { a in
                guard let subject = a.subject else { return false }
                if a.sentence == si { return subject.lowerBound == run.first }
                return a.sentence == si + 1 && subject.count == 1 && fits(QuoteLexicon.pronouns[tokens[subject.lowerBound]])
            })
            return speaks ? run.entity : nil
        }

        func resolveSubject(_ k: Int) {
            guard var np = attributions.withUnsafeBufferPointer({ $0[k].subject }) else { return }
            // ("a study published on Wednesday suggests": a participle whose own phrase was cut off after
            // it, at a preposition, follows the head; the study speaks.)
            if np.count >= 3, np.upperBound < tokens.count, QuoteAttributor.purePrepositions.contains(tokens[np.upperBound]),
               case let last = tokens[np.upperBound - 1], last.isWord, !last.capitalized, last.lower.endsWith("ed"),
               tokens[np.upperBound - 2].isWord, !tokens[np.upperBound - 2].capitalized, lexicon.groups[tokens[np.upperBound - 2]] != nil
                || QuoteAttributor.records.contains(tokens[np.upperBound - 2]) {
                np = np.lowerBound..<(np.upperBound - 1)
                attributions[k].subject = np
            }
            // ("A Department of Health and Social Care spokesperson said": a subject starting inside a name
            // starts with the name, and its article.)
            if let run = names[np.lowerBound], run.first < np.lowerBound {
                let start = run.first > 0 && QuoteAttributor.articles.contains(tokens[run.first - 1]) ? run.first - 1 : run.first
                np = start..<np.upperBound
                attributions[k].subject = np
            }
            // ("One GP said": a lone capitalised office, which the subject reads as a name, opens with the "one" or "a"
            // before it.)
            if np.count == 1, np.lowerBound > 0, QuoteAttributor.oneOf.contains(tokens[np.lowerBound - 1]), tokens[np.lowerBound].capitalized,
               lexicon.titles[QuoteAttributor.bare(tokens[np.lowerBound].lower)] != nil,
               ranges.indices.contains(sentenceOf(k)), ranges[sentenceOf(k)].contains(np.lowerBound - 1) {
                np = (np.lowerBound - 1)..<np.upperBound
                attributions[k].subject = np
            }
            // ("Italy's Ferrano Group said", "Britain's Ramblers Association said": a country's possessive before a name that
            // closes the subject says where the body is; the name speaks.)
            if np.count >= 2, tokens[np.lowerBound].lower.endsWith("'s"), lexicon.demonyms.places.contains(QuoteAttributor.bare(tokens[np.lowerBound].lower)),
               let run = names[np.lowerBound + 1], run.first == np.lowerBound + 1, run.last == np.upperBound {
                np = run.first..<run.last
                attributions[k].subject = np
            }
            // ("said one father outside the school, who gave only his first name, Adam", "An elderly man, who gave his name
            // only as Kostas, said": the name a described speaker gave is the speaker.)
            if tokens[np.upperBound - 1].isWord, !tokens[np.upperBound - 1].capitalized, let run = QuoteAttributor.givenName(tokens, after: np.upperBound, names) {
                np = run.first..<run.last
                attributions[k].subject = np
            }
            let a = np.lowerBound, b = np.upperBound
            let span = TextSpan(start: tokens[a].start, end: tokens[b - 1].end)
            let offset = tokens[a].start
            let headLower = QuoteAttributor.bare(tokens[b - 1].lower)
            // The attribution's speaker is entity `e`, which later pronouns may name.
            func assign(_ e: Int, _ resolution: SpeakerReference.Resolution, mention: TextSpan? = nil) {
                attributions[k].speaker = SpeakerReference(name: table[e].name, entity: table[e].id, span: mention ?? span, resolution: resolution)
                speakerHistory.append((offset, e, sentenceOf(k)))
            }
            // A description as the speaker. A role word ("a council spokesman", "the chairwoman", "the
            // mayor" when no one was named "Mayor ..." before) makes it a person, with the role's gender.
            func describe(_ shown: String, _ kind: Entity.Kind, role: String? = nil) {
                // ("A Chirp spokesperson said": the name right before a spokesperson's noun is the body spoken for.)
                if b - a >= 2, QuoteAttributor.spokesWords.contains(tokens[b - 1]), let run = names[b - 2] {
                    table.setKind(run.entity, .organization)
                }
                let e = table.description(shown, kind: role != nil ? .person : kind, mention: span)
                if let role { table.setGender(e, QuoteLexicon.gender(role)) }
                assign(e, .description)
            }
            // ("his claim that ...": a possessive determiner stands for its pronoun.)
            // ("According to him, ...": an object pronoun too.)
            if b - a == 1, let p = QuoteAttributor.pronounOf(tokens[a]) {
                var chosen: Int? = nil
                var spokenForBody = false  // a spokesperson's "he" or "she" for the body she speaks for
                let inanimate = tokens[a].lower == "it" || tokens[a].lower == "its"
                func compatible(_ e: Int) -> Bool {
                    let ent = table[e]
                    // A publication named as a speaker was taken for a person; it has no gender.
                    // ("the authors cautioned that it could not prove ...": "it" is never a plural group.)
                    // ("The housing minister rejected calls ... The memo ... It says": but a person described by a role is no "it".)
                    if inanimate {
                        return (ent.kind != .person || ent.gender == .unknown && !describedByRole(e)) && !ent.plural
                    }
                    if p.plural { return ent.kind == .group || ent.kind == .organization && ent.plural }
                    return ent.kind == .person && (p.gender == .unknown || ent.gender == .unknown || ent.gender == p.gender)
                }
                // The person last named with the role a subject such as "the mayor" closes on, when they fit the pronoun.
                // ("Housing minister Tom Redfern ... The prime minister thanked him. “...,” she wrote": two title words
                // name only one named with both, as "the vice president" does; and a man is no "she".)
                func roleHolder(_ subject: Range<Int>) -> Int? {
                    let last = subject.upperBound - 1
                    let role = QuoteAttributor.bare(tokens[last].lower)
                    var key = role.description
                    if last > subject.lowerBound + 1, lexicon.titles[QuoteAttributor.bare(tokens[last - 1].lower)] != nil {
                        key = QuoteAttributor.officeKey(tokens[last - 1], role.description)
                    }
                    guard let e = table.holder(ofRole: key, before: offset), compatible(e) else { return nil }
                    return e
                }
                let sentence = sentenceOf(k)
                // (For "they", not a speaker inside the words reported: "Staff reported less stress, they found.")
                let reported = p.plural ? attributions[k].contents : []
                chosen = lastSpeaker(within: 0, of: sentence) { h in h.sentence == sentence && h.offset < offset && compatible(h.entity)
                    && !reported.contains(where: { $0.start <= h.offset && h.offset < $0.end }) }?.entity
                // ("When I speak to colleagues, they tell me ...": the plural closing a leading clause.)
                if chosen == nil, p.plural, ranges.indices.contains(sentence),
                   let h = leadClausePlural(tokens, a, ranges[sentence], names) { chosen = describePhrase(h..<(h + 1), .group) }
                // ("Astronomers have detected signs of life, though they caution that ...": the plural subject
                // of the pronoun's own sentence.)
                if chosen == nil, p.plural, tokens[a].lower == "they", ranges.indices.contains(sentence),
                   let subject = pluralSubject(tokens, ranges[sentence], names, collectives: true), subject.upperBound < a,
                   QuoteAttributor.overlapping(quoted, TextSpan(start: tokens[subject.lowerBound].start, end: tokens[subject.upperBound - 1].end)).isEmpty,
                   // ("Staff slept better, they found.": not the subject of the words they report.)
                   case let start = tokens[subject.lowerBound].start, !attributions[k].contents.contains(where: { $0.start <= start && start < $0.end }) {
                    chosen = describePhrase(subject, .group)
                }
                // "Donald Trump is drawing criticism after he appeared to suggest ...": the person named
                // at the start of the same sentence, its subject, comes before any earlier speaker.
                // ("House Speaker Paul Ryan, ..., and he does believe ...": past the title words before the name.)
                // (Not a name inside the speech itself: "Melnyk, she said, carried two patients" is someone
                // else speaking about Melnyk.)
                if chosen == nil, !p.plural, !inanimate, ranges.indices.contains(sentence) {
                    let leadEnd = openingPhraseEnd(tokens, ranges[sentence])
                    let speech = attributions[k].contents
                    func openingPerson(_ from: Int, _ end: Int) -> Int? {
                        mentions(from, min(end, offset)).first(where: { m in
                            compatible(m.1) && table[m.1].kind == .person && !speech.contains(where: { $0.start <= m.0 && m.0 < $0.end }) })?.1
                    }
                    // ("His counterpart, Martin Keane, was furious with the referee, who he said ...", "Keane's assistant, Joe
                    // Hart, was furious ..., he said": a name in apposition to the phrase opening the sentence is its subject,
                    // before the phrase's possessor.)
                    if let subject = mainSubject(tokens, ranges[sentence]), subject.upperBound < a,
                       QuoteAttributor.isNameInApposition(tokens, subject, ranges[sentence], names),
                       names[subject.upperBound - 1]?.first == subject.lowerBound {
                        chosen = openingPerson(tokens[subject.lowerBound].start, tokens[subject.upperBound - 1].end)
                    }
                    if chosen == nil { chosen = openingPerson(tokens[ranges[sentence].lowerBound].start, leadEnd) }
                    // ("Born in Leeds in 1934, Webb trained as a nurse and, as she later put it, ...": after a participle's or
                    // a subordinate clause's phrase, the subject opening the main clause.)
                    if chosen == nil, let main = QuoteAttributor.mainClauseAfterSubordinate(tokens, ranges[sentence]), main.lowerBound < a {
                        chosen = openingPerson(tokens[main.lowerBound].start, openingPhraseEnd(tokens, main))
                    }
                }
                // ("According to a pool report, the governor spent the morning at a diner, where he told patrons ...":
                // a role opening the same sentence, the person it names or else the role itself.)
                // (Most such pronouns open their sentence and are its subject: nothing to read.)
                // ("A company spokeswoman declined to comment on what she called ...": or after "a", one not named before, of
                // the pronoun's gender; read after the rules for a spokesperson who spoke for a body, below.)
                func openingRole() -> (subject: Range<Int>, indefinite: Bool)? {
                    guard !p.plural, !inanimate, ranges.indices.contains(sentence), a > ranges[sentence].lowerBound + 1,
                          // ("Asked whether the president would act, she said ...": not a role in the question the speaker was asked.)
                          !QuoteAttributor.questionParticiples.contains(tokens[ranges[sentence].lowerBound]),
                          let subject = mainSubject(tokens, ranges[sentence]), subject.count <= 3, tokens[subject.upperBound - 1].end <= offset,
                          case let head = tokens[subject.upperBound - 1], head.isWord, !head.capitalized, names[subject.upperBound - 1] == nil,
                          let office = lexicon.titles[head],
                          case let indefinite = tokens[subject.lowerBound].lower == "a" || tokens[subject.lowerBound].lower == "an",
                          tokens[subject.lowerBound].lower == "the" || indefinite && QuoteLexicon.gender(office) == p.gender,
                          QuoteAttributor.overlapping(quoted, TextSpan(start: tokens[subject.lowerBound].start, end: head.end)).isEmpty,
                          // ("The mayor knew about it, she said": not a role inside the words the pronoun reports.)
                          case let start = tokens[subject.lowerBound].start, !attributions[k].contents.contains(where: { $0.start <= start && start < $0.end })
                    else { return nil }
                    return (subject, indefinite)
                }
                // The role itself, described.
                func describeRole(_ subject: Range<Int>) -> Int {
                    let mention = TextSpan(start: tokens[subject.lowerBound].start, end: tokens[subject.upperBound - 1].end)
                    return table.description(display(subject.lowerBound + 1, subject.upperBound), kind: .person, mention: mention)
                }
                if chosen == nil, let role = openingRole(), !role.indefinite {
                    chosen = roleHolder(role.subject) ?? describeRole(role.subject)
                }
                // ("A spokeswoman for Harbour Fire and Rescue Service said ... “...,” she said": the spokesperson opening the
                // sentence just before spoke there for the body named, which speaks through her again, though a woman named
                // earlier spoke too; the body takes no gender from her. Her noun agrees with the pronoun.)
                func spokespersonsBody() -> Int? {
                    guard sentence > 0, ranges.indices.contains(sentence - 1),
                          let head = QuoteAttributor.spokespersonHead(tokens, ranges[sentence - 1]), tokens[head + 1].lower == "for",
                          case let own = QuoteLexicon.gender(lexicon.titles[tokens[head]] ?? ""), own == .unknown || own == p.gender,
                          let h = lastSpeaker(within: 1, of: sentence, { $0.offset < offset && $0.sentence == sentence - 1 }),
                          h.offset > tokens[head + 1].start, table[h.entity].kind == .organization else { return nil }
                    return h.entity
                }
                // ("Democrats seized upon Mr. Trump's RT appearance, in which he said": a pronoun opening a relative clause
                // about a thing someone owns is its owner, a person of its gender.)
                if chosen == nil, !p.plural, !inanimate, a >= 4, tokens[a - 1].lower == "which" && QuoteAttributor.purePrepositions.contains(tokens[a - 2])
                    || tokens[a - 1].lower == "where" {
                    var j = tokens[a - 1].lower == "where" ? a - 2 : a - 3
                    if j >= 0, tokens[j].punct == UInt8(ascii: ",") { j -= 1 }
                    let stop = max(0, j - 4)
                    while j > stop, tokens[j].isWord, !tokens[j].lower.endsWith("'s") { j -= 1 }
                    if j >= 0, tokens[j].isWord, tokens[j].lower.endsWith("'s"), let run = names[j], compatible(run.entity),
                       table[run.entity].kind == .person {
                        chosen = run.entity
                    }
                }
                // ("The Department for Education urged talks. A spokesman said ..., which he described as “a fair deal”": a
                // spokesperson, the last to speak, in this sentence or the one before, whose words went to the body spoken
                // for; no person of the pronoun's gender named since.)
                func spokespersonSpokeForBody() -> Int? {
                    guard let h = lastSpeaker(within: 1, of: sentence, { $0.offset < offset }), table[h.entity].kind == .organization,
                          let t = QuoteAttributor.firstToken(tokens, startingAtOrAfter: h.offset),
                          let head = scanRange(from: t, upTo: min(a, t + 4)).first(where: { QuoteAttributor.spokesWords.contains(tokens[$0]) }),
                          case let own = QuoteLexicon.gender(lexicon.titles[tokens[head]] ?? ""), own == .unknown || own == p.gender,
                          !mentions(tokens[head].end, offset).contains(where: { compatible($0.1) }) else { return nil }
                    return h.entity
                }
                if chosen == nil, !p.plural, !inanimate, p.gender != .unknown, let body = spokespersonsBody() ?? spokespersonSpokeForBody() {
                    chosen = body
                    spokenForBody = true
                }
                if chosen == nil, let role = openingRole(), role.indefinite {
                    chosen = describeRole(role.subject)
                }
                // ("An independent watchdog is investigating. It said ...": a body described by its noun as the subject of the
                // sentence before, when "it" opens its own sentence; it is nearer than any earlier speaker.)
                // ("... issued a clarification. “No agreement has been signed,” it said": or trails a quotation opening its sentence.)
                if chosen == nil, inanimate, tokens[a].lower == "it", case let s = sentenceOf(k), s > 0, ranges.indices.contains(s),
                   a == ranges[s].lowerBound || a - 2 > ranges[s].lowerBound && QuoteAttributor.opensQuotation(tokens[ranges[s].lowerBound])
                    && tokens[a - 1].isQuoteMark && tokens[a - 2].punct == UInt8(ascii: ","),
                   !ranges[s - 1].isEmpty, let subject = describedBodySubject(tokens, ranges[s - 1]),
                   // ("The council sent a letter on Thursday. It says ...": not when that sentence names a text, which speaks.)
                   !(QuoteAttributor.namedText(tokens, before: a, outside: quoted).map { $0 >= subject.upperBound } ?? false) {
                    // ("Ofcom has fined GB News. The regulator said ... It said ...": the body that description was found to
                    // name when it spoke, read back only through the sentence before.)
                    let at = tokens[subject.lowerBound].start
                    var named: Int? = nil
                    for h in speakerHistory.reversed() {
                        if h.sentence < s - 1 { break }
                        if h.sentence == s - 1, h.offset == at { named = h.entity; break }
                    }
                    chosen = named ?? describePhrase(subject, .organization)
                }
                // ("A Department of Health spokesperson said ... “...,” they said": a singular "they" for the spokesperson who
                // spoke last, in this sentence or the one before, before a group that spoke earlier.)
                // (Its name's last word says so: "spokesperson", "source".)
                func namedAsSpokesperson(_ e: Int) -> Bool {
                    table[e].kind != .group && !table[e].plural && table[e].name.split(separator: " ").last.map({ w in
                        QuoteAttributor.spokesWords.contains(w.lowercased()) || w.lowercased() == "source" }) == true
                }
                if chosen == nil, p.plural, tokens[a].lower == "they", let h = lastSpeaker(within: 1, of: sentence, { $0.offset < offset }),
                   namedAsSpokesperson(h.entity) {
                    chosen = h.entity
                }
                if chosen == nil {
                    // ("One pupil asked her what she missed. “Fresh bread,” she replied": the one who asked does not reply.)
                    let asker = replyAsker(k)
                    let earlier = lastSpeaker(within: 6, of: sentence) { h in h.offset < offset && compatible(h.entity)
                        && !reported.contains(where: { $0.start <= h.offset && h.offset < $0.end }) && table[h.entity].id != asker }
                    chosen = earlier?.entity
                    // "Sens. Jeff Merkley ... said. ... Hillary Clinton was more circumspect. Though she called ...":
                    // a later person of the pronoun's known gender beats an earlier speaker of unknown gender.
                    // (Not a name in the pronoun's own sentence: "Asked whether Brandt should resign, he said".)
                    let ownStart = ranges.indices.contains(sentence) ? tokens[ranges[sentence].lowerBound].start : offset
                    // (Not one named only inside that speaker's own words: "Okafor said Clinton doesn't show consistency.
                    // “...,” she said".)
                    // (Attributions are in text order: back to the earlier speaker's sentence only, so a long record's
                    // thousands of quotations are not read for every pronoun.)
                    func inWordsOfEarlier(_ at: Int) -> Bool {
                        guard let earlier else { return false }
                        let id = table[earlier.entity].id
                        var j = k - 1
                        while j >= 0, attributions[j].sentence >= earlier.sentence {
                            if attributions[j].speaker?.entity == id,
                               attributions[j].contents.contains(where: { $0.start <= at && at < $0.end && !addressedAt(j, $0, at) }) {
                                return true
                            }
                            j -= 1
                        }
                        return false
                    }
                    if let earlier, p.gender != .unknown, table[earlier.entity].gender == .unknown,
                       let later = mentions(earlier.offset + 1, min(offset, ownStart)).last(where: { m in table[m.1].kind == .person
                           && table[m.1].gender == p.gender && !inWordsOfEarlier(m.0) }) {
                        chosen = later.1
                    }
                    // ("Teacher recalls pupil's words ... ¶ The boy, now 28, got in touch. ... he told her: “...”": so does a person
                    // the sentence before opens with, "the" and a noun of the pronoun's gender.)
                    if let earlier, chosen == earlier.entity, p.gender != .unknown, table[earlier.entity].gender == .unknown, sentence > 0,
                       ranges.indices.contains(sentence - 1), let subject = genderedPersonSubject(tokens, ranges[sentence - 1], gender: p.gender) {
                        chosen = describePhrase(subject, .person)
                    }
                    // ("Jason Moor denies assault. Cross-examining Mr Fry, Anita Shah suggested that ... “...,” he replied": a
                    // reply is the words of the person of its gender the sentence before put the question to, named there
                    // outside anyone's words and not speaking there, before an earlier speaker.)
                    if QuoteAttributor.replyLemmas.contains(lemmaOf: attributions[k].verb), p.gender != .unknown, sentence > 0,
                       ranges.indices.contains(sentence), !ranges[sentence - 1].isEmpty, case let prev = ranges[sentence - 1] {
                        var speakers: [String] = []
                        var words: [(attribution: Int, span: TextSpan)] = []
                        var j = k - 1
                        while j >= 0, attributions[j].sentence >= sentence - 1 {
                            if let id = attributions[j].speaker?.entity { speakers.append(id) }
                            words += attributions[j].contents.map { (j, $0) }
                            j -= 1
                        }
                        if let addressed = mentions(tokens[prev.lowerBound].start, tokens[prev.upperBound - 1].end).last(where: { m in
                            table[m.1].kind == .person && table[m.1].gender == p.gender && !speakers.contains(table[m.1].id)
                                && !words.contains(where: { $0.span.start <= m.0 && m.0 < $0.span.end && !addressedAt($0.attribution, $0.span, m.0) }) }),
                           earlier.map({ $0.offset < addressed.0 }) ?? true {
                            chosen = addressed.1
                        }
                    }
                    // ("Interview: the novelist who writes at night ¶ Tessa Gray has published six novels ... “...,” she
                    // says": a speaker described by a noun only is less likely the one than a name after it whose first
                    // word is not in the list, the subject of a verb in the three sentences before.)
                    if let earlier, chosen == earlier.entity, p.gender != .unknown, table.words(of: earlier.entity).isEmpty,
                       let name = unlistedPersonName(before: offset, sentence: sentence, outside: attributions[k].contents),
                       name.offset > earlier.offset {
                        table.setKind(name.entity, .person)
                        chosen = name.entity
                    }
                    // "... he said. ¶ Mallory did not speak. In a letter, he apologized and said ...": a person
                    // who is the subject of the sentence just before, named after the last speaker, is now the
                    // topic ("Ellison's spokesman, Brett Kline, dismissed it. In an email, he wrote ...").
                    // (Not a name in a sentence of someone's quotation: "“... Obama had will.i.am.”")
                    // The subject of its first verb ("Mr. Obama's bet is ..." is about Obama), else a name
                    // opening it that is not a possessor ("Scott bristles at ...", not "Ellison's spokesman").
                    // ("Marsh dismissed the pledge. “It sounds lovely. It would cost £4m,” she said": the sentence
                    // before the quotation, not one of its own sentences.)
                    if let earlier, case let before = sentenceBeforeQuotation(tokens, ranges, sentence, attributions[k].contents, quoted),
                       before >= 0, ranges.indices.contains(before), !ranges[before].isEmpty {
                        // ("Arteta refused to get carried away. Asked if his side were favourites, he smiled. “...,” he
                        // said": a sentence whose subject is the same pronoun, with no cue of its own, carries on the
                        // topic of the one before it.)
                        // (Past a participle's or a subordinate clause opening it.)
                        var topicSentence = before
                        if topicSentence > 0, p.gender != .unknown, !ranges[topicSentence - 1].isEmpty,
                           case let r = ranges[topicSentence],
                           case let from = QuoteAttributor.mainClauseAfterSubordinate(tokens, r)?.lowerBound ?? r.lowerBound,
                           from + 1 < r.upperBound,
                           // (Attributions are in text order: those of the sentence before stand right before this one.)
                           latestSentence(before: k, atMost: topicSentence) != topicSentence,
                           // ("She remembers the night the projector caught fire": a pronoun opening the clause before a
                           // lower-case word is its subject, though the verb is none the subject reader knows.)
                           let s = QuoteLexicon.pronouns[tokens[from]] != nil && tokens[from + 1].isWord && !tokens[from + 1].capitalized
                            ? from..<(from + 1) : mainSubject(tokens, from..<r.upperBound), s.count == 1,
                           let q = QuoteLexicon.pronouns[tokens[s.lowerBound]], !q.plural, q.gender == p.gender {
                            topicSentence -= 1
                        }
                        var prev = ranges[topicSentence]
                        func isTopic(_ m: (Int, Int)) -> Bool {
                            // ("Spotify welcomed the ruling. “...,” it said": for "it", a body named first there; not
                            // a place inside the phrase: "The embassy in London said ... It urged".)
                            // ("Tom Hale said ... Ferris Quillon stood by his verdict. “...,” he told": for "he" or "she", a name
                            // whose first word the list lacks, the subject of a verb, when a pronoun of that gender follows it
                            // there; not "Harrow Theatres stood by its critic".)
                            m.0 > earlier.offset && m.1 != earlier.entity
                                && (compatible(m.1) && (table[m.1].kind == .person || inanimate && table[m.1].kind != .group && m.0 == tokens[prev.lowerBound].start)
                                    || !inanimate && !p.plural && p.gender != .unknown && mayBeUnlistedPerson(m)
                                        && prev.contains(where: { tokens[$0].start > m.0
                                            && QuoteAttributor.pronounOf(tokens[$0]).map { q in !q.plural && q.gender == p.gender } == true }))
                                && QuoteAttributor.overlapping(quoted, TextSpan(start: m.0, end: m.0 + 1)).isEmpty && !inWordsOfEarlier(m.0)
                        }
                        func isPossessor(_ offset: Int) -> Bool {
                            guard let k = QuoteAttributor.firstToken(tokens, startingAtOrAfter: offset), let run = names[k] else { return false }
                            return tokens[run.last - 1].lower.endsWith("'s")
                        }
                        // ("While Obama had ..., that has not been happening for Clinton, which concerns Henry Crespo,
                        // president of ...": the main clause after a subordinate one opening the sentence, when it
                        // names someone who may be the topic.)
                        // ("Asked whether City could win, Guardiola shook his head. “...,” he said": or after a participle's.)
                        if let main = QuoteAttributor.mainClauseAfterSubordinate(tokens, prev),
                           mentions(tokens[main.lowerBound].start, tokens[main.upperBound - 1].end).contains(where: { isTopic($0) }) {
                            prev = main
                        }
                        let from = tokens[prev.lowerBound].start
                        // (Most often no one new is named there: nothing to read.)
                        if mentions(from, tokens[prev.upperBound - 1].end).contains(where: { isTopic($0) }) {
                            let leadEnd = min(openingPhraseEnd(tokens, prev), tokens[min(prev.upperBound, prev.lowerBound + 3) - 1].end)
                            let subject = mainSubject(tokens, prev)
                            // (A pronoun subject carries the earlier referent on: "Asked about Kai Turner, she smiled.")
                            let pronounSubject = subject.map { $0.count == 1 && QuoteLexicon.pronouns[tokens[$0.lowerBound]] != nil } ?? false
                            if let subject,
                               let topic = mentions(tokens[subject.lowerBound].start, tokens[subject.upperBound - 1].end).last(where: { isTopic($0) }) {
                                chosen = topic.1
                            } else if !pronounSubject, let topic = mentions(from, leadEnd).first(where: { isTopic($0) && !isPossessor($0.0) }) {
                                chosen = topic.1
                            } else if prev.count > 4, let c = scanRange(from: prev.lowerBound + 2, upTo: min(prev.upperBound - 2, prev.lowerBound + 4)).first(where: { tokens[$0].punct == UInt8(ascii: ",") }),
                                      (prev.lowerBound..<c).allSatisfy({ tokens[$0].isWord && !tokens[$0].capitalized || $0 == prev.lowerBound }),
                                      let run = names[c + 1], run.first == c + 1, run.last < prev.upperBound, tokens[run.last].punct == UInt8(ascii: ","),
                                      let topic = mentions(tokens[run.first].start, tokens[run.last - 1].end).first(where: { isTopic($0) }) {
                                // ("Their daughter, Marta, 19, now helps ...": the name in apposition to a short phrase
                                // opening the sentence.)
                                chosen = topic.1
                            } else if let topic = mentions(from, tokens[prev.upperBound - 1].end).last(where: { isTopic($0)
                                && QuoteAttributor.givenAsExample(tokens, names, at: $0.0, prev) }) {
                                // ("others, like retired nurse Pauline Adams, worried ... “...,” she said": the
                                // person given as the subject's example.)
                                chosen = topic.1
                            } else if case let topics = mentions(from, tokens[prev.upperBound - 1].end).filter({ isTopic($0) && !isPossessor($0.0) }),
                                      let topic = topics.first, topics.allSatisfy({ $0.1 == topic.1 }), table[topic.1].kind == .person,
                                      // (Named there first: "Mr. Obama", named often before, is no newcomer.)
                                      table[topic.1].mentions.first.map({ $0.start >= from }) == true,
                                      // (The subject of a verb of its own, not an example in a list: "like Mayor Ann Ruiz, on Monday".)
                                      let k = QuoteAttributor.firstToken(tokens, startingAtOrAfter: topic.0), let run = names[k],
                                      QuoteAttributor.verbFollowsName(tokens, run, before: prev.upperBound)
                                        || roleFollowsName(tokens, run, before: prev.upperBound)
                                        || QuoteAttributor.verbFollowsAppositive(tokens, run, before: prev.upperBound)
                                        || QuoteAttributor.invertedAfterCopula(tokens, run, prev)
                                        // ("The youngest shareholder is Isla Barton, who spent her birthday money on a share": or
                                        // a relative clause about the person, introducing her.)
                                        || run.last + 2 < prev.upperBound && tokens[run.last].punct == UInt8(ascii: ",")
                                            && tokens[run.last + 1].lower == "who" && tokens[run.last + 2].isWord && !tokens[run.last + 2].capitalized,
                                      !mentions(from, tokens[prev.upperBound - 1].end).contains(where: { $0.1 == earlier.entity }),
                                      !prev.contains(where: { tokens[$0].isWord && QuoteLexicon.pronouns[tokens[$0]].map { q in
                                          !q.plural && q.gender == p.gender } == true }) {
                                // ("City trail Liverpool, whose manager Arne Slot refused to get carried away. “...,” he
                                // said": the one person named for the first time in the sentence before, when it
                                // neither names nor refers to the earlier speaker.)
                                chosen = topic.1
                            }
                        } else if !inanimate, let subject = roleSubject(tokens, prev, names, gender: p.gender, quoted: quoted) {
                            // ("The Dutch prime minister was more cautious. “...,” he told reporters.": a role
                            // with "the" as the subject of the sentence just before is the topic too; a person's, never
                            // "it"'s: "The prosecutor's office said ... It said".)
                            if let holder = roleHolder(subject) {
                                if holder != earlier.entity { chosen = holder }
                            } else {
                                chosen = describePhrase(subject, .person)
                            }
                        } else if !inanimate, !p.plural,
                                  // (A sentence with no cue of its own: a speaker's own subject is described already.)
                                  latestSentence(before: k, atMost: topicSentence) != topicSentence,
                                  let subject = describedPersonSubject(tokens, prev, gender: p.gender) ?? relationSubject(tokens, prev, gender: p.gender) {
                            // ("One victim, an 84-year-old widow, lost her savings. In a statement, she said": so is one
                            // person described by a common noun, or a relation: "The boy's mother thanked the crew.")
                            chosen = describePhrase(subject, .person)
                        } else if p.plural, tokens[a].lower == "they",
                                  latestSentence(before: k, atMost: topicSentence) != topicSentence,
                                  let subject = pluralSubject(tokens, prev, names, collectives: true),
                                  !inWordsOfEarlier(tokens[subject.lowerBound].start),
                                  QuoteAttributor.overlapping(quoted, TextSpan(start: tokens[subject.lowerBound].start, end: tokens[subject.upperBound - 1].end)).isEmpty,
                                  // (Not people something was done to: "Residents were evacuated.")
                                  !(subject.upperBound + 1 < prev.upperBound && QuoteAttributor.passiveAuxiliaries.contains(tokens[subject.upperBound])
                                    && QuoteAttributor.looksLikeVerb(tokens[subject.upperBound + 1])) {
                            // ("The unions said they would appeal. Parents voiced anger at the closure. They said ...": a plural
                            // of people acting as the subject of the sentence just before, with no cue of its own, is the new
                            // topic, before a group that spoke earlier.)
                            chosen = describePhrase(subject, .group)
                        }
                    }
                }
                // "I" outside a quotation is the writer, never an earlier name.
                // ("“John Ames is wrong,” he said": a name inside the speech is not the speaker.)
                // ("Last week we asked readers whether ...", "We also found that ...": so is "we", the writer's paper, never an
                // earlier group.)
                if tokens[a].lower == "i" || tokens[a].lower == "we" { chosen = nil } else if chosen == nil, !p.plural, !inanimate {
                    // ("The King thanked workers. Speaking to volunteers, he said ...", "In a speech in Manchester,
                    // the prime minister set out her plans. “...,” she said": with no speaker before, a role with
                    // "the" as the subject of the sentence before, rather than any name mentioned.)
                    // ("The prime minister set out her plans. Here are the main points. On tax, she said ...": or of the
                    // sentence before that, when the one between names no one.)
                    if sentence > 0, ranges.indices.contains(sentence - 1),
                       let subject = roleSubject(tokens, ranges[sentence - 1], names, gender: p.gender, quoted: quoted)
                        ?? (sentence > 1 && !ranges[sentence - 1].contains(where: { names[$0] != nil })
                            ? roleSubject(tokens, ranges[sentence - 2], names, gender: p.gender, quoted: quoted) : nil) {
                        chosen = roleHolder(subject) ?? describePhrase(subject, .person)
                    } else if sentence > 0, ranges.indices.contains(sentence - 1),
                              let subject = describedPersonSubject(tokens, ranges[sentence - 1], gender: p.gender)
                                ?? genderedPersonSubject(tokens, ranges[sentence - 1], gender: p.gender) {
                        // ("Three men were arrested. One of the men was hurt. “...,” he said": so is one person described
                        // without a name, rather than anyone named before; "The boy, now 28, got in touch": or "the" and a noun
                        // of the pronoun's gender.)
                        chosen = describePhrase(subject, .person)
                    } else {
                        let speech = attributions[k].contents
                        // (Over the last `pronounWindow` mentions only: a record naming no person among thousands of names,
                        // "He said Ab “yes” He said Ab ...", made every pronoun read back over all of them, 20,000 in 8 s.)
                        chosen = mentions(0, offset).suffix(QuoteAttributor.pronounWindow).last(where: { m in compatible(m.1)
                            && !speech.contains(where: { $0.start <= m.0 && m.0 < $0.end }) })?.1
                        // ("Okonedo, 58, received a standing ovation at the end of a performance of King Lear. “...,” he told the
                        // audience": with no one who spoke before, a person named as the subject opening the sentence before the
                        // quotation is the topic, before a name inside its object; so is one opening the quotation's own
                        // sentence before it, "Yet Sondland has amended his testimony — “I now do recall,” he said".)
                        if let c = chosen, p.gender != .unknown, let first = speech.min(by: { $0.start < $1.start }),
                           let topic = openingPersonSubject(ownSentence: sentence, before: first.start)
                            ?? openingPersonSubject(ownSentence: sentenceBeforeQuotation(tokens, ranges, sentence, speech, quoted), before: nil),
                           topic != c, compatible(topic) {
                            chosen = topic
                        }
                        // ("His father, speaking outside the clinic, thanked the staff. “...,” he said": with no one
                        // named to stand for, a relation with a possessive as the subject of the sentence before.)
                        // ("Tom Reed, 12, was hurt. His father thanked the staff. “...,” he said": or when the one named is who
                        // the relation belongs to, "his" fitting him, and no one who fits is named after it; "Sarah Jones and her
                        // brother Mark ... His sister laughed. “...,” she said" is still Sarah's.)
                        func ownsRelation(_ c: Int, _ subject: Range<Int>) -> Bool {
                            let possessor = tokens[subject.lowerBound]
                            guard QuoteAttributor.possessivePronouns[possessor] != nil, let own = QuoteAttributor.pronounOf(possessor), !own.plural,
                                  own.gender == table[c].gender || table[c].gender == .unknown else { return false }
                            return !mentions(tokens[subject.upperBound - 1].end, offset).contains(where: { compatible($0.1) && table[$0.1].kind == .person })
                        }
                        if sentence > 0, ranges.indices.contains(sentence - 1),
                           let subject = relationSubject(tokens, ranges[sentence - 1], gender: p.gender), chosen.map({ ownsRelation($0, subject) }) ?? true {
                            chosen = describePhrase(subject, .person)
                        }
                        // ("For ten years Odalys Brennick has run the bakery. “...,” she says": with no person
                        // named before at all, a name whose first word is not in the list is the one.)
                        if chosen == nil, p.gender != .unknown,
                           let e = unlistedPersonName(before: offset, sentence: sentence, outside: speech)?.entity {
                            table.setKind(e, .person)
                            chosen = e
                        }
                        // ("“I didn't think I'd see my home again,” she said. ¶ Maria Delgado, 71, had lived ...": a story
                        // opening on a quotation names its speaker after it; with no person named before, the first
                        // person of the pronoun's gender named in the next three sentences.)
                        // ("A government minister has resigned after messages in which he mocked constituents", "Allies of the
                        // former president attacked a report that he had ...": with no person named before, a role with its
                        // article earlier in the pronoun's own sentence, outside quotations and the pronoun's own words.)
                        if chosen == nil, p.gender != .unknown, ranges.indices.contains(sentence), case let s0 = ranges[sentence].lowerBound,
                           let h = (s0..<a).last(where: { j in
                               tokens[j].isWord && !tokens[j].capitalized
                                   && lexicon.titles[tokens[j]].map({ QuoteLexicon.gender($0) == .unknown || QuoteLexicon.gender($0) == p.gender }) == true }),
                           let det = (max(s0, h - 3)..<h).last(where: { QuoteAttributor.articles.contains(tokens[$0]) }),
                           (det + 1..<h).allSatisfy({ tokens[$0].isWord && !tokens[$0].capitalized }),
                           QuoteAttributor.overlapping(quoted, TextSpan(start: tokens[det].start, end: tokens[h].end)).isEmpty,
                           !speech.contains(where: { $0.start <= tokens[det].start && tokens[det].start < $0.end }) {
                            chosen = roleHolder(det..<(h + 1)) ?? describePhrase(det..<(h + 1), .person)
                        }
                        // (Only for words quoted: "Allies pushed back against a report that he had mocked veterans. ¶ “...,”
                        // Sen. Rick Dalton wrote" names no one the "he" was.)
                        if chosen == nil, p.gender != .unknown,
                           attributions[k].contents.contains(where: { !QuoteAttributor.overlapping(quoted, $0).isEmpty }),
                           let e = personNamedAfter(offset, sentence: sentence, gender: p.gender) {
                            chosen = e
                        }
                    }
                } else if chosen == nil, p.plural, tokens[a].lower == "they", sentence > 0, ranges.indices.contains(sentence - 1),
                          let subject = pluralSubject(tokens, ranges[sentence - 1], names, collectives: true) {
                    // ("Researchers at the University of Lund followed 3,200 students. They found that ...": the
                    // plural subject of the sentence before, though it said nothing.)
                    chosen = describePhrase(subject, .group)
                }
                // A body or a name of no person in the pronoun's own sentence before it, outside quoted words.
                // ("Shares slide after profit warning ¶ Shares in Brightwell fell after it warned that ...": nearer than a
                // text named in a sentence before; and read when nothing else is found.)
                let nameBeforeInSentence: Int? = {
                    guard inanimate, tokens[a].lower == "it", ranges.indices.contains(sentence) else { return nil }
                    let r = ranges[sentence]
                    guard let j = scanRange(from: r.lowerBound, upTo: a).last(where: { j in
                        guard let run = names[j], run.last == j + 1, case let ent = table[run.entity],
                              ent.kind == .organization || ent.kind == .other, !ent.plural else { return false }
                        return QuoteAttributor.overlapping(quoted, TextSpan(start: tokens[j].start, end: tokens[j].end)).isEmpty
                    }) else { return nil }
                    return names[j]?.entity
                }()
                // ("The study was observational ... it could not prove ...": "it" speaks for the text named last
                // in the 40 words before, when no body or publication was a speaker.)
                // ("..., she said in a statement. The Care Quality Commission rated the ward poor. It said ...": not a text
                // before a body that opens the sentence before the "it"; the body is nearer.)
                if chosen == nil, inanimate, tokens[a].lower == "it",
                   let t = QuoteAttributor.namedText(tokens, before: a, outside: quoted),
                   !(nameBeforeInSentence != nil && ranges.indices.contains(sentence) && t < ranges[sentence].lowerBound) {
                    let d = t > 0 && QuoteAttributor.articles.contains(tokens[t - 1]) ? t - 1 : t
                    // ("Brightline has burned through $2bn. In a filing last month, it warned ...": a text after the "In"
                    // opening the pronoun's sentence is where the body spoke; the body opening the sentence before speaks.)
                    if sentence > 0, ranges.indices.contains(sentence), t < ranges[sentence - 1].lowerBound,
                       let e = bodyOpeningSentenceBefore(a, sentence, trailing: true) {
                        chosen = e
                    } else if ranges.indices.contains(sentence), case let r = ranges[sentence], tokens[r.lowerBound].lower == "in",
                       r.lowerBound < t, a > 0, tokens[a - 1].punct == UInt8(ascii: ","), sentence > 0, !ranges[sentence - 1].isEmpty,
                       let e = bodyOpening(ranges[sentence - 1]) {
                        chosen = e
                    } else {
                        chosen = describePhrase(d..<(t + 1), .other)
                    }
                }
                // ("Britain's biggest water company will cut its dividend, it said on Tuesday.": an "it" trailing
                // its speech speaks for the body that opens the sentence, the company or a named organisation.)
                // ("A California startup unveiled a cell that it says can ...": so does an "it" in a relative clause on a noun.)
                if chosen == nil, inanimate, tokens[a].lower == "it", ranges.indices.contains(sentenceOf(k)),
                   let subject = bodyBeforeTrailingIt(tokens, a, cueEnd: attributions[k].cueEnd, ranges[sentenceOf(k)], names, table)
                    ?? bodyBeforeRelativeIt(tokens, a, ranges[sentenceOf(k)]) {
                    chosen = names[subject.upperBound - 1]?.entity ?? describePhrase(subject, .organization)
                    if let e = chosen, table[e].kind == .other { table.makeOrganisation(e) }
                }
                // ("Harlow Foods will close its plant. It said demand had fallen.": an "it" opening its sentence, with no
                // speaker before, speaks for the name that opens the sentence before, when no first name, title or
                // gender made it a person and that sentence gives it an "its", or it is a body already.)
                // ("Acme Corp cut 300 jobs. Sales will fall next year, it said.": so does an "it" trailing its speech after a
                // comma, when its own sentence opens with no body.)
                if chosen == nil, inanimate, tokens[a].lower == "it", let e = bodyOpeningSentenceBefore(a, sentenceOf(k), trailing: true) {
                    chosen = e
                }
                if chosen == nil, let e = nameBeforeInSentence { chosen = e }
                // ("A Treasury spokesperson said ... “...,” they said": a singular "they" for a spokesperson or
                // source who spoke in the sentence before or this one, when no group is there to name.)
                // ("One of the organisers said ... “...,” they said": or one of a group, of no known gender.)
                // ("Her family said in a statement that ... “Mum sang until the end,” they said": or a family, a team, a
                // body that spoke there, spoken of as its members.)
                if chosen == nil, p.plural, tokens[a].lower == "they",
                   let h = lastSpeaker(within: 1, of: sentenceOf(k), { h in
                       h.offset < offset && table[h.entity].kind != .group && !table[h.entity].plural
                           && (table[h.entity].kind == .organization || namedAsSpokesperson(h.entity)
                               || table[h.entity].kind == .person && table[h.entity].gender == .unknown
                                   && table[h.entity].name.lowercased().hasPrefix("one of ")) }) {
                    chosen = h.entity
                }
                // ("A spokesperson for Harbour Ferries welcomed the vote. “...,” they said": or for a spokesperson opening the
                // sentence before as its subject, who spoke there or not.)
                if chosen == nil, p.plural, tokens[a].lower == "they", case let s = sentenceOf(k), s > 0, ranges.indices.contains(s),
                   let np = openingSpokesperson(tokens, ranges[s - 1]) {
                    chosen = describePhrase(np, .person)
                }
                // ("A Norvane spokesperson declined to comment on what they called “rumour”": or opening the pronoun's own
                // sentence before it.)
                if chosen == nil, p.plural, tokens[a].lower == "they", case let s = sentenceOf(k), ranges.indices.contains(s),
                   let np = openingSpokesperson(tokens, ranges[s]), np.upperBound < a {
                    chosen = describePhrase(np, .person)
                }
                // ("Police said ... His family described him as “...”. They asked for privacy.": a family or a team that
                // spoke last, in the sentence before or this one, is who "they" are, before a group named earlier.)
                if p.plural, tokens[a].lower == "they",
                   let h = lastSpeaker(within: 1, of: sentenceOf(k), { h in h.offset < offset }), h.entity != chosen,
                   !table[h.entity].plural, let head = descriptionHead(h.entity), QuoteAttributor.collectiveKin.contains(head) {
                    chosen = h.entity
                }
                // ("Dick Clark Productions denies that ... ¶ “... We have no further comment,” they said": a body that spoke
                // last, in this sentence or the two before, is the "they" whose words say "we", as British papers write.)
                if chosen == nil, p.plural, tokens[a].lower == "they", speaksAsWe(attributions[k].contents),
                   let h = lastSpeaker(within: 2, of: sentenceOf(k), { $0.offset < offset }), table[h.entity].kind == .organization {
                    chosen = h.entity
                }
                if let e = chosen {
                    // (A name whose first word the list lacks, taken for "he" or "she", is a person's.)
                    if p.gender != .unknown, !p.plural, !inanimate { table.setKind(e, .person) }
                    if p.gender != .unknown, !spokenForBody { table.setGender(e, p.gender) }
                    assign(e, .pronoun)
                } else {
                    // (The pronoun as a word, lower-cased, but "I" as English writes it.)
                    // (A contraction is its pronoun: "we're" is "we", "I'm" is "I".)
                    var name = tokens[a].lower.description
                    if let apostrophe = name.utf8.firstIndex(of: UInt8(ascii: "'")), apostrophe > name.utf8.startIndex {
                        name = String(name[..<apostrophe])
                    }
                    if name == "i" { name = "I" }
                    attributions[k].speaker = SpeakerReference(name: name, entity: nil, span: span, resolution: .unresolved)
                }
                return
            }
            // ("Neighbours described hearing shouting. One, who did not want to be named, said", "“It hurts,” said
            // one.": "one" alone is one of the people just named, the plural subject of the sentence before
            // or the last group to speak; it is shown as such, "one of neighbours".)
            if b - a == 1, tokens[a].lower == "one" || tokens[a].lower == "another" {
                let sentence = sentenceOf(k)
                // ("“...,” wrote one user on X. Another posted ...": after "one" and a noun spoke, "another" is another of them.)
                if tokens[a].lower == "another",
                   let h = lastSpeaker(within: 1, of: sentence, { $0.offset < offset }), table.words(of: h.entity).isEmpty,
                   case let name = table[h.entity].name, case let lower = name.lowercased(),
                   lower.hasPrefix("one "), !lower.hasPrefix("one of "), name.utf8.count > 4 {
                    // ("One head teacher in Leeds said ... Another, in Kent, said": another of the kind, not in the first one's
                    // place.)
                    let kind = name.dropFirst(4)
                    let place = [" in ", " at ", " from ", " on ", " near "].compactMap { kind.range(of: $0)?.lowerBound }.min()
                    describe("another " + kind[..<(place ?? kind.endIndex)], .person)
                    return
                }
                var group: String? = nil
                // ("Allies of Karim were less generous, with one saying ...": the plural subject of its own sentence, before it.)
                let own = ranges.indices.contains(sentence) && a > ranges[sentence].lowerBound
                    ? pluralSubject(tokens, ranges[sentence], names).flatMap { $0.upperBound <= a ? $0 : nil } : nil
                let subjectSentence = own != nil ? sentence : sentence - 1
                if var g = own ?? (sentence > 0 && ranges.indices.contains(sentence - 1) ? pluralSubject(tokens, ranges[sentence - 1], names) : nil) {
                    // ("Not all drivers were happy. One, ..., told": the group is "drivers", past "not" and "all"; "one of many
                    // fans" keeps its quantifier.)
                    while g.count > 1, tokens[g.lowerBound].lower == "not" || tokens[g.lowerBound].lower == "all" {
                        g = (g.lowerBound + 1)..<g.upperBound
                    }
                    let shown = display(g.lowerBound, g.upperBound)
                    // (A capital that only opens the sentence is no name's.)
                    group = g.lowerBound == ranges[subjectSentence].lowerBound && names[g.lowerBound] == nil
                        ? QuoteAttributor.lowercasingFirst(shown) : shown
                } else if let h = lastSpeaker(within: 1, of: sentence, { $0.offset < offset && table.words(of: $0.entity).isEmpty
                              && table[$0.entity].name.hasPrefix("one of ") }) {
                    // ("Fans reacted. “...,” one wrote. Another said": the group of the one of them who spoke just before.)
                    group = String(table[h.entity].name.dropFirst(7))
                } else if let h = lastSpeaker(within: 2, of: sentence, { table[$0.entity].kind == .group || closesWithPeople($0.entity) }) {
                    // ("Some employees criticised the timing. “...,” one wrote": a described group's capital only opened its
                    // sentence.)
                    group = table.words(of: h.entity).isEmpty ? QuoteAttributor.lowercasingFirst(table[h.entity].name) : table[h.entity].name
                } else if sentence > 0, ranges.indices.contains(sentence - 1),
                          let g = ranges[sentence - 1].last(where: { j in tokens[j].isWord && !tokens[j].capitalized
                              && lexicon.groups[tokens[j]] == "group" && tokens[j].lower.looksPlural
                              && QuoteAttributor.overlapping(quoted, TextSpan(start: tokens[j].start, end: tokens[j].end)).isEmpty
                              // (Nor one inside the words someone reported there: "One said she supported the workers.")
                              && !attributions[max(0, k - 8)..<k].contains(where: { $0.contents.contains(where: { c in
                                  c.start <= tokens[j].start && tokens[j].start < c.end }) }) }) {
                    // ("A fundraising page set up by friends has raised £8,000. “...,” wrote one.": else the people a
                    // plural group noun in the sentence before names.)
                    group = tokens[g].lower.description
                }
                // ("One said ... Another said": another of them is a speaker apart.)
                if let group {
                    describe((tokens[a].lower == "another" ? "another of " : "one of ") + group, .person)
                    return
                }
                // (With no group found, "one" is no one's name: unresolved, as a pronoun with no antecedent.)
                attributions[k].speaker = SpeakerReference(name: tokens[a].lower.description, entity: nil, span: span, resolution: .unresolved)
                return
            }
            // ("A report by the National Audit Office found ... The report said ...": a record named again with
            // "the" speaks for the author it was given with a few sentences before.)
            // (The earlier attributions read through a buffer: reading each from the array copied it whole, which on a long
            // record of such reports was about half the stage's time.)
            if b - a == 2, tokens[a].lower == "the", QuoteAttributor.records.contains(headLower),
               case let since = sentenceOf(k) - 3,
               let priorAt = attributions.withUnsafeBufferPointer({ p in (0..<k).last(where: { j in
                   p[j].sentence >= since && p[j].speaker?.resolution == .name
                       && p[j].subject.map { np in np.contains { tokens[$0].lower == headLower } } == true }) }),
               let id = attributions.withUnsafeBufferPointer({ $0[priorAt].speaker?.entity }),
               let e = table.entities.firstIndex(where: { $0.id == id }) {
                assign(e, .context)
                return
            }
            // "In a statement, Weber said ... “...,” the statement said.": the text speaks for whoever
            // issued it in the sentences just before, when they name it too.
            // ("A leaked memo suggested officials had warned her ... The memo says": not when the text itself spoke there,
            // unless it is the same one, "The New York Post reports ... The Post has learned".)
            if b - a <= 2, b - a == 1 || tokens[a].lower == "the", QuoteAttributor.issuedTexts.contains(headLower),
               let prior = lastSpeaker(within: 2, of: sentenceOf(k), { h in
                   h.sentence <= sentenceOf(k) && ranges.indices.contains(h.sentence)
                       && ranges[h.sentence].contains(where: { tokens[$0].lower == headLower })
                       // ("In a post on Instagram, the festival said ... “...,” the post said": or a kindless description that
                       // is no text itself.)
                       && (table[h.entity].kind != .other || descriptionHead(h.entity).map { !QuoteAttributor.namesAText($0) } == true) }),
               case let priorID = table[prior.entity].id,
               !attributions.withUnsafeBufferPointer({ p in (0..<k).contains(where: { j in
                   p[j].sentence == prior.sentence && p[j].subject.map { np in np.contains { tokens[$0].lower == headLower } } == true
                       && p[j].speaker?.entity != priorID }) }) {
                assign(prior.entity, .context)
                return
            }
            // ("A Western diplomat said ... The diplomat added", "According to a person familiar with the talks, ... The
            // person said": a one described, no name, who spoke in the sentences just before is who "the" and a noun of
            // that description name now.)
            if b - a == 2, tokens[a].lower == "the", tokens[b - 1].isWord, !tokens[b - 1].capitalized,
               let prior = lastSpeaker(within: 3, of: sentenceOf(k), { h in
                   h.offset < offset && table.words(of: h.entity).isEmpty && QuoteAttributor.descriptionHead(of: table[h.entity].name, is: headLower) }) {
                assign(prior.entity, .context)
                return
            }
            // ("Ruth Ames and Tom Lee said": two people speaking together are a group of their own.)
            // (Not an "and" inside one body's name: "Harbour Fire and Rescue Service said".)
            // ("Amelia Rowe and the actor Daniel Pryce said", "Tom Hale and Green leader Ann Reed said": each name shown without
            // the second's role.)
            // ("The Royal College of Nursing and the union Unison said", "according to the Royal College of Nursing and the union
            // Unison": the first a body's name after its article.)
            if b - a > 3, case let f = QuoteAttributor.articles.contains(tokens[a]) && names[a] == nil ? a + 1 : a, tokens[f].capitalized,
               let second = names[b - 1], second.first > f + 2, names[f] != nil,
               let lead = roleLead(tokens, before: second.first, f..<b), lead - 1 > f, tokens[lead - 1].lower == "and",
               names[lead - 2] != nil, QuoteAttributor.joinerBeforeOwnRole(tokens, second.first) == nil {
                describe(display(f, lead - 1) + " and " + display(second.first, b), .group)
                return
            }
            if b - a > 2, tokens[a].capitalized, tokens[b - 1].capitalized,
               // ("Mr. and Mrs. Hale said": or a title's abbreviation before it.)
               let and = (a + 1..<b - 1).first(where: { tokens[$0].lower == "and" && tokens[$0 + 1].capitalized && names[$0] == nil
                   && (tokens[$0 - 1].capitalized || $0 - 2 >= a && tokens[$0 - 1].punct == UInt8(ascii: ".") && lexicon.titles[tokens[$0 - 2]] != nil) }) {
                // (From the first name's own run when one word that is no title stands before it: "Owners Kate and Sam
                // Whitfield" are "Kate and Sam Whitfield"; "Mr. Grassley and Mr. Leahy" keep their titles.)
                let own = names[and - 1].map { $0.first == a + 1 && lexicon.titles[QuoteAttributor.bare(tokens[a].lower)] == nil } ?? false
                describe(display(own ? a + 1 : a, b), .group)
                return
            }
            // Two names set off by commas, shown without their appositives or roles: each with an appositive after it ("Nick
            // Clegg, the company's president, and Jennifer Newstead, its chief legal officer, wrote"), or each after its role
            // ("Its chief executive, John Hale, and its research director, Duncan Simpson, wrote").
            if b - a > 6, tokens[a].capitalized, let run = names[a], run.first == a, tokens[run.last].punct == UInt8(ascii: ","),
               let second = names[b - 1],
               tokens[b - 1].capitalized && run.last + 3 < b
                && (run.last + 2..<b - 1).first(where: { tokens[$0].lower == "and" && tokens[$0 - 1].punct == UInt8(ascii: ",") }) == second.first - 1
                || run.last + 4 < b && second.last == b && tokens[run.last + 1].lower == "and" && second.first - 1 > run.last + 2
                && tokens[second.first - 1].punct == UInt8(ascii: ",")
                && (run.last + 2..<second.first - 1).allSatisfy({ tokens[$0].isWord && !tokens[$0].capitalized }) {
                describe(display(a, run.last) + " and " + display(second.first, b), .group)
                return
            }
            // ("“...,” the 27-year-old told Sky Sports", "The Irishman added", "the teenager said": an age, a
            // nationality or an epithet with "the" names the person mentioned last, of its gender.)
            // ("The 64-year-old Democrat said": an age before the epithet too, outside the phrase when the
            // epithet is capitalised.)
            // ("Jack Draper reached the quarter-finals ... The British number one, who served 14 aces, said", "the world
            // number four said": so does a rank with "the".)
            // ("The Iowa Republican said", "the New Mexico Democrat", "the veteran Democrat", "the Leeds teenager": a place, or a
            // word of standing, between "the" and the epithet too; not a title, a people's word or a group's noun, which is no
            // place.)
            let placed = (3...4).contains(b - a) && tokens[a].lower == "the" && personEpithet(headLower) != nil
                && (a + 1..<b - 1).allSatisfy({ j in
                    let w = QuoteAttributor.bare(tokens[j].lower)
                    return tokens[j].isWord && (QuoteAttributor.epithetModifiers.contains(w)
                        || tokens[j].capitalized && lexicon.titles[w] == nil && personEpithet(w) == nil && lexicon.groups[w] == nil)
                })
            // (A word of standing may be left outside the phrase, as an age is: "the veteran Democrat".)
            let outside = b - a == 1 && a >= 2 && (QuoteAttributor.isAge(tokens[a - 1]) || QuoteAttributor.epithetModifiers.contains(QuoteAttributor.bare(tokens[a - 1].lower)))
            // ("the fast bowler", "the veteran striker": a word of craft or standing may stand before a player's position or
            // an artist's craft; "the other striker" is someone else.)
            let crafted = b - a == 3 && tokens[a + 1].isWord && !tokens[a + 1].capitalized
                && (QuoteAttributor.craftModifiers.contains(tokens[a + 1]) || QuoteAttributor.epithetModifiers.contains(tokens[a + 1]))
            // ("the Bafta winner", "the Nobel laureate": an award's name before one who won it.)
            let awarded = b - a == 3 && tokens[a + 1].isWord && tokens[a + 1].capitalized && QuoteAttributor.awardEpithets.contains(headLower)
            let article = outside ? a - 2 : b - a == 3 && QuoteAttributor.isAge(tokens[a + 1]) ? a : b - a == 2 || placed || crafted || awarded ? a : -1
            let rank = b - a >= 3 && b - a <= 4 && tokens[a].lower == "the" && tokens[b - 2].lower == "number" && QuoteAttributor.isNumberWord(headLower)
            // ("Rice ... said the team had learned. “...,” the midfielder said": a player's position or an
            // artist's craft too, when no one was introduced with it; not a role that someone else in the story
            // may hold, "the manager".)
            let profession = (b - a == 2 || crafted || awarded) && QuoteAttributor.professionEpithets.contains(headLower)
                && !QuoteAttributor.rolesOverOthers.contains(headLower) && table.holder(ofRole: headLower.description, before: offset) == nil
            // ("Neil Hart has retired. The 52-year-old referee said": an age before a person's noun or a role, when no one was
            // introduced with that role, names the person mentioned last as "the 52-year-old" does.)
            // (Its gender is the role's or the noun's: "" for none, nil when it is no aged role.)
            let agedRoleGender = b - a == 3 && QuoteAttributor.isAge(tokens[a + 1]) && !tokens[b - 1].capitalized
                ? lexicon.titles[headLower] ?? QuoteAttributor.personNouns[headLower] : nil
            let agedRole = agedRoleGender != nil && table.holder(ofRole: headLower.description, before: offset) == nil
            if rank || article >= 0 && tokens[article].lower == "the"
                && (personEpithet(headLower) != nil || b - a == 2 && QuoteAttributor.isAge(tokens[b - 1]) || profession || agedRole) {
                let g = QuoteLexicon.gender(personEpithet(headLower) ?? (agedRole ? agedRoleGender : nil) ?? "")
                // (Not a name inside the words attributed: "“Emma makes you earn every point,” the American said.")
                let speech = attributions[k].contents
                // ("Speaking to Zane Lowe, the singer said": nor one named after a preposition earlier in the sentence, whom
                // the one described talks to or meets.)
                let sentenceStart = ranges.indices.contains(sentenceOf(k)) ? tokens[ranges[sentenceOf(k)].lowerBound].start : offset
                // ("The American, who beat Raducanu ..., said": nor one the description's own clause names, someone else.)
                let others = b < attributions[k].cueStart ? mentions(tokens[b].start, tokens[attributions[k].cueStart].start).map(\.1) : []
                // ("The referee said ... The winger insisted", "Lee's manager said ... The striker admitted": nor, for a player's
                // position or an artist's craft, one the story knows only by another noun, someone else; "Tom Lee scored twice.
                // The striker said" is Lee.)
                func fits(_ m: (Int, Int)) -> Bool {
                    table[m.1].kind == .person && (g == .unknown || table[m.1].gender == .unknown || table[m.1].gender == g)
                        && !(profession && descriptionHead(m.1).map({ $0 != headLower.description }) == true)
                        && !speech.contains(where: { $0.start <= m.0 && m.0 < $0.end }) && !others.contains(m.1)
                        && !(m.0 >= sentenceStart && QuoteAttributor.firstToken(tokens, startingAtOrAfter: m.0).map({ t in
                            t > 0 && QuoteAttributor.purePrepositions.contains(tokens[t - 1]) }) == true)
                }
                // ("Adele has said ... Speaking to Zane Lowe, the singer said": or one who spoke by a name that is an entity only
                // since speaking.)
                var named = mentions(0, offset).last(where: fits)
                // ("Mikel Arteta said ... Bukayo Saka scored twice and Declan Rice added a third. “...,” the Spaniard told Sky
                // Sports": a people's word names the story's subject, one who spoke in the three sentences before, rather
                // than one of two or more people merely named since in one sentence. "Raducanu will face Jessica Pegula. The
                // American, who beat Raducanu, said" is Pegula: the description's own clause leaves her alone there.)
                func amongOthers(_ m: (Int, Int)) -> Bool {
                    guard let t = QuoteAttributor.firstToken(tokens, startingAtOrAfter: m.0), let si = QuoteAttributor.sentence(of: t, ranges),
                          let last = ranges[si].last else { return false }
                    // (A name of two words or more of no known kind may be a person's too: "Bukayo Saka", a first name the list lacks;
                    // not one after "the" or a preposition, "of the United States".)
                    func mayBePerson(_ o: (Int, Int)) -> Bool {
                        guard table[o.1].kind == .other, table.words(of: o.1).count >= 2,
                              let t = QuoteAttributor.firstToken(tokens, startingAtOrAfter: o.0) else { return false }
                        return t == 0 || tokens[t - 1].lower != "the" && !QuoteAttributor.purePrepositions.contains(tokens[t - 1])
                    }
                    return mentions(tokens[ranges[si].lowerBound].start, tokens[last].end).contains { o in
                        o.1 != m.1 && !others.contains(o.1) && (fits(o) || mayBePerson(o))
                    }
                }
                let people = lexicon.demonyms.persons[headLower] != nil
                if let h = speakerHistory.last(where: { $0.offset < offset && fits(($0.offset, $0.entity)) }),
                   named.map({ h.offset > $0.0 || people && h.sentence >= sentenceOf(k) - 3 && amongOthers($0) }) ?? true {
                    named = (h.offset, h.entity)
                }
                // ("Tom Reed, 53, runs the bakery. His neighbour Sam Cole, 61, runs the cafe. The 53-year-old said": an age in
                // figures names the person the story gave that age, "Tom Reed, 53," or "53-year-old Tom Reed", before anyone
                // named since.)
                let ageToken = b - a == 2 && QuoteAttributor.isAge(tokens[b - 1]) ? b - 1 : b - a == 3 && QuoteAttributor.isAge(tokens[a + 1]) ? a + 1 : -1
                if ageToken >= 0, tokens[ageToken].kind == .number, let dash = tokens[ageToken].lower.utf8.firstIndex(of: UInt8(ascii: "-")),
                   case let years = Word(base: tokens[ageToken].lower.base, count: dash) {
                    func givenThatAge(_ m: (Int, Int)) -> Bool {
                        guard let t = QuoteAttributor.firstToken(tokens, startingAtOrAfter: m.0), let run = names[t], run.first == t else { return false }
                        if run.last + 2 < tokens.count, tokens[run.last].punct == UInt8(ascii: ","), tokens[run.last + 1].kind == .number,
                           tokens[run.last + 1].lower == years, !tokens[run.last + 2].isWord { return true }
                        return t > 0 && tokens[t - 1].kind == .number && tokens[t - 1].lower == tokens[ageToken].lower
                    }
                    // (The last 300 mentions only: a long record of ages with none given would read every mention for each.)
                    if let m = mentions(0, offset).reversed().prefix(300).first(where: { fits($0) && givenThatAge($0) }) {
                        assign(m.1, .alias)
                        return
                    }
                }
                if var m = named {
                    // ("Emma Raducanu lost 6-1 6-0 to Iga Swiatek. The Briton ... admitted": of the people in the
                    // sentence that names one last, its subject, named first, before anyone named after a verb.)
                    if let t = QuoteAttributor.firstToken(tokens, startingAtOrAfter: m.0), let si = QuoteAttributor.sentence(of: t, ranges),
                       si != sentenceOf(k), case let opening = tokens[ranges[si].lowerBound].start {
                        // (Not a possessor opening it, whose noun is the subject: "Sinner's coach, Darren Cahill, said ... The
                        // Australian added" is Cahill.)
                        if let first = mentions(opening, m.0).first(where: fits), first.0 == opening,
                           !QuoteAttributor.opensWithPossessor(tokens, names, at: ranges[si].lowerBound) {
                            m = first
                        } else if let h = speakerHistory.last(where: { $0.sentence == si && $0.offset == opening }), fits((h.offset, h.entity)) {
                            // ("The Spaniard, who had lost twice to Sinner, said ... “...,” the 21-year-old said": a subject
                            // that spoke there under a description of its own, before the name after its verb.)
                            m = (h.offset, h.entity)
                        }
                    }
                    assign(m.1, .alias)
                    return
                }
            }
            // ("Amorim said he had expected a hard start. “...,” the Portuguese coach told Sky Sports": a nationality
            // before a profession, trailing a quotation, names the person who spoke just before, when no one was named
            // with that role. Not an office, "the French ambassador", which is someone's; nor opening the sentence.)
            if b - a == 3, tokens[a].lower == "the", tokens[a + 1].capitalized,
               QuoteAttributor.professionEpithets.contains(headLower),
               case let nationality = QuoteAttributor.bare(tokens[a + 1].lower),
               lexicon.demonyms.adjectives.contains(nationality) || personEpithet(nationality) != nil,
               ranges.indices.contains(sentenceOf(k)),
               followsQuotation(tokens, attributions[k].cueStart, ranges[sentenceOf(k)]),
               table.holder(ofRole: headLower.description, before: offset) == nil,
               let h = lastSpeaker(within: 1, of: sentenceOf(k), { h in h.offset < offset && table[h.entity].kind == .person }) {
                assign(h.entity, .alias)
                return
            }
            // ("Acme Holdings cut jobs. A spokesperson for the company said": the organisation "the company" names
            // speaks through its spokesperson, as it does in "a spokesman for Acme Holdings".)
            if b - a == 5, QuoteAttributor.articles.contains(tokens[a]), QuoteAttributor.spokesWords.contains(tokens[a + 1]),
               tokens[a + 2].lower == "for", tokens[a + 3].lower == "the", !tokens[b - 1].capitalized,
               lexicon.bodies.isTrade(headLower) || lexicon.groups[headLower] == "org",
               let e = namedOrganisation(kind: headLower, at: a + 3, sentence: sentenceOf(k), outside: attributions[k].contents) {
                assign(e, .alias)
                return
            }
            // ("Knowsley Council said ... A council spokesman added": so does the body a lower-case noun of its kind before the
            // spokesperson's word names.)
            if b - a == 3, QuoteAttributor.articles.contains(tokens[a]), QuoteAttributor.spokesWords.contains(headLower),
               case let body = tokens[a + 1], body.isWord, !body.capitalized, case let kind = QuoteAttributor.bare(body.lower),
               lexicon.bodies.isTrade(kind) || lexicon.groups[kind] == "org",
               let e = namedOrganisation(kind: kind, at: a + 1, sentence: sentenceOf(k), outside: attributions[k].contents) {
                assign(e, .alias)
                return
            }
            // ("A Google spokesperson said ... , the spokesperson added": "the" and the same spokesperson's word name the
            // one described with it that spoke in the sentence before or earlier in this one; so does an insider's, "a
            // senior administration official said ... the official described".)
            if b - a == 2, tokens[a].lower == "the", QuoteAttributor.spokesWords.contains(headLower) || QuoteAttributor.insiderNouns.contains(headLower),
               let h = lastSpeaker(within: 1, of: sentenceOf(k), { h in h.offset < offset && descriptionHead(h.entity) == headLower.description }) {
                assign(h.entity, .context)
                return
            }
            // ("A spokesman for Blake said ... “...,” the spokesman said": "the" and the word of a spokesperson who spoke for
            // someone in the sentence before, or earlier in this one, name the one that spokesperson spoke as.)
            if b - a == 2, tokens[a].lower == "the", QuoteAttributor.spokesWords.contains(headLower),
               let id = spokespersonsPrincipal(before: k, word: headLower), let e = table.entities.firstIndex(where: { $0.id == id }) {
                assign(e, .context)
                return
            }
            // ("The Highways Agency urged drivers to plan journeys. “...,” a spokesman said": a spokesperson named by
            // role alone speaks for the organisation that spoke in the sentence before or earlier in this one.)
            // ("EasyJet said ... “...,” a spokeswoman said": or for a name no first name or gender makes a person's, which
            // speaking made one; were it a person's, the spokesperson would speak for that person.)
            // ("Harlow Foods apologised. A spokeswoman said ...": else for the body that opens the sentence before, though
            // it spoke not, as "It said" there would.)
            if b - a == 2, QuoteAttributor.articles.contains(tokens[a]), QuoteAttributor.spokesWords.contains(headLower),
               let e = lastSpeaker(within: 1, of: sentenceOf(k), { h in h.offset < offset && (table[h.entity].kind == .organization
                   || table[h.entity].kind == .person && table[h.entity].gender == .unknown
                       && table.words(of: h.entity).first.map { lexicon.firstName($0) == nil } == true) })?.entity
                ?? bodyOpeningSentenceBefore(a, sentenceOf(k), spokenFor: true) {
                assign(e, .context)
                return
            }
            // ("Acme Corp announced a recall. The company said ...", "The World Health Organization ... the
            // agency said": an organisation's noun with "the" names the organisation named in the last few
            // sentences, when its name is of that kind.)
            // ("The supermarket chain said", "the consumer goods giant announced", "the engineering firm": a
            // business noun with up to two modifiers, no names among them, too; a nationality is no name there,
            // "the Irish carrier said".)
            let tradeNoun = lexicon.bodies.isTrade(headLower)
            let nounWithThe = b - a == 2 || lexicon.bodies.isBusiness(headLower) && b - a >= 3 && b - a <= 4
                && (a + 1..<b - 1).allSatisfy({ tokens[$0].isWord && (names[$0] == nil || lexicon.demonyms.looksLikeDemonym(tokens[$0])) })
            // ("Southern Rivers Water discharged sewage ... said Hugh Fenwick of the group Clean Rivers Now. The water company
            // said": a business noun's modifier that is a word of a body's name before names that body, before any other body
            // the noun would fit.)
            if nounWithThe, b - a >= 3, tokens[a].lower == "the", !tokens[b - 1].capitalized, lexicon.bodies.isBusiness(headLower),
               let e = bodyNamedByModifier((a + 1)..<(b - 1), sentence: sentenceOf(k), before: offset) {
                table.makeOrganisation(e)
                assign(e, .alias)
                return
            }
            if nounWithThe, tokens[a].lower == "the", !tokens[b - 1].capitalized, tradeNoun || lexicon.groups[headLower] == "org",
               let e = namedOrganisation(kind: headLower, at: a, sentence: sentenceOf(k), outside: attributions[k].contents) {
                // (A name of no known kind that the noun names is a body: "Budget airline SkyWest Air ... the airline said".)
                table.setKind(e, .organization)
                assign(e, .alias)
                return
            }
            // ("Boeing will cut 10% of its workforce, the company said": a business noun trailing its speech names the
            // one word that opens the sentence as the speech's subject, when no first name, title or earlier person
            // makes it someone; a name opening its sentence is no entity until it speaks, so it becomes one here.
            // Before the name mentioned last: "Microsoft is to invest ... in Japan, the company said" is Microsoft's.)
            // (Or the name a business noun introduces there: "Software company Brightline will cut ..., the firm announced".)
            if nounWithThe, tokens[a].lower == "the", !tokens[b - 1].capitalized, lexicon.bodies.isBusiness(headLower),
               let e = openingBusiness(of: k, before: a, head: headLower) ?? introducedOpeningBusiness(of: k, before: a) {
                assign(e, .alias)
                return
            }
            // ("Celtic have sold their striker to Rennes, the club said", "Arsenal have signed a forward. The club said ...":
            // "the club" names the one word opening the speech's sentence, or the sentence before, when a plural verb
            // follows it, as a team's name takes in British English; no person's surname takes "have" or "are".)
            if b - a == 2, tokens[a].lower == "the", headLower == "club", let e = openingClub(of: k, before: a) {
                assign(e, .alias)
                return
            }
            // ("Apple said it would appeal. In a statement, the company accused ...": a business noun with "the"
            // names the name mentioned last, when that is one word that no first name, title or gender made
            // a person; the noun shows it to be a business.)
            // (Not the one whose report holds the noun and opens with "he" or "she", who speaks of a person: "Loomer said
            // she was told by the platform that ...".)
            if nounWithThe, tokens[a].lower == "the", !tokens[b - 1].capitalized,
               lexicon.bodies.isBusiness(headLower),
               let e = oneWordBusiness(before: a, sentence: sentenceOf(k), head: headLower), !reportsOfAPerson(e, holding: offset, cue: k) {
                table.makeOrganisation(e)
                assign(e, .alias)
                return
            }
            // ("Thames Water has been fined £10m. The company said ...": else the body whose name of two words or more
            // opens one of the five sentences before as its subject.)
            if nounWithThe, tokens[a].lower == "the", !tokens[b - 1].capitalized, lexicon.bodies.isBusiness(headLower),
               let e = subjectBody(before: sentenceOf(k), head: headLower) {
                table.makeOrganisation(e)
                assign(e, .alias)
                return
            }
            // ("The chancellor, Lucy Hale, wants to delay it; the business secretary, Owen Tate, wants it brought
            // forward. The former told MPs ...": the first or second of the last two named in the sentences before.)
            if b - a == 2, tokens[a].lower == "the", headLower == "former" || headLower == "latter",
               ranges.indices.contains(sentenceOf(k)), let first = ranges[max(0, sentenceOf(k) - 2)].first {
                var two: [Int] = []
                for m in mentions(tokens[first].start, offset).reversed()
                    where (table[m.1].kind == .person || table[m.1].kind == .organization) && !two.contains(m.1) {
                    two.append(m.1)
                    if two.count == 2 { break }
                }
                if two.count == 2 {
                    assign(headLower == "latter" ? two[0] : two[1], .alias)
                    return
                }
            }
            // ("Prime Minister Sanae Takaichi ... The Prime Minister said", "the vice president said": an office of two title
            // words with "the" names the person last named with both, and no one named with the last alone.)
            let twoWordOffice = b - a == 3 && tokens[a].lower == "the" && lexicon.titles[headLower] != nil
                && lexicon.titles[QuoteAttributor.bare(tokens[a + 1].lower)] != nil
            if twoWordOffice,
               let e = table.holder(ofRole: QuoteAttributor.officeKey(tokens[a + 1], headLower.description), before: offset) {
                assign(e, .alias)
                return
            }
            // ("Mayor Ruth Ames ... the mayor said": a role with "the" names the person last named with it.)
            // ("Chancellor Rachel Reeves ... The Chancellor added": one capitalised, as British papers write offices, too.)
            if b - a <= 3, !twoWordOffice, tokens[a].lower == "the", !tokens[b - 1].capitalized || b - a == 2 && names[b - 1] == nil,
               lexicon.titles[headLower] != nil || QuoteAttributor.namesAnOccupation(headLower),
               let e = table.holder(ofRole: headLower.description, before: offset) {
                assign(e, .alias)
                return
            }
            // ("The mayor of Eastham has promised to fight the cuts. ¶ Speaking on Tuesday, Mayor Priya Nair said": a role with
            // "the", alone or before "of" and a place, opening a story's first two sentences, which no one was named with
            // before, is the one person the story names with it later, when their gender fits.)
            if tokens[a].lower == "the", sentenceOf(k) <= 1 + front, b - a >= 2, !twoWordOffice,
               case let role = tokens[a + 1], role.isWord, !role.capitalized,
               b - a == 2 || b - a >= 4 && tokens[a + 2].lower == "of" && (a + 3..<b).allSatisfy({ tokens[$0].isWord && tokens[$0].capitalized }),
               let g = lexicon.titles[role], table.holder(ofRole: role.lower.description, before: offset) == nil,
               let e = table.soleHolder(ofRole: role.lower.description, after: offset),
               case let own = QuoteLexicon.gender(g), own == .unknown || table[e].gender == .unknown || table[e].gender == own {
                assign(e, .context)
                return
            }
            // ("A former aide told a committee that she had warned her bosses. Linda Okafor, who served as deputy chief, said":
            // a person described with "a" opening a story's first two sentences is the person named first, unmentioned
            // before, as the subject opening the next sentence, when their gender fits; not one a title of office or an
            // appositive with another noun introduces, "Officer Tom Reed", "Jane Doe, a neighbour".)
            if tokens[a].lower == "a" || tokens[a].lower == "an", sentenceOf(k) <= 1 + front, ranges.indices.contains(sentenceOf(k) + 1),
               ranges[sentenceOf(k)].lowerBound == a, let role = storyOpeningPerson(a, b),
               let e = personNamedNext(sentenceOf(k) + 1, role: tokens[role], lede: (role + 1)..<ranges[sentenceOf(k)].upperBound) {
                assign(e, .context)
                return
            }
            // ("Climber describes night on ledge ¶ A climber who spent 14 hours on a ledge ... ¶ Hannah Price, 27, ...": a
            // headline's bare noun for a person, with lower-case modifiers, is the person the story's opening description
            // with that noun is.)
            if b - a <= 3, (attributions[k].inHeadline || sentenceOf(k) == 0), ranges.indices.contains(sentenceOf(k) + 2),
               tokens[a].capitalized, !QuoteAttributor.articles.contains(tokens[a]), names[a] == nil, names[b - 1] == nil,
               case let lede = ranges[sentenceOf(k) + 1], let opening = lede.first,
               tokens[opening].lower == "a" || tokens[opening].lower == "an",
               let h = storyOpeningPerson(opening, lede.upperBound, verbMayFollow: true), tokens[h].lower == headLower,
               let e = personNamedNext(sentenceOf(k) + 2, role: tokens[h], lede: (h + 1)..<lede.upperBound) {
                assign(e, .context)
                return
            }
            // ("The woman's son, Peter Lang, ... Her son said": a possessive and a relation name the person
            // last named with it.)
            if b - a == 2, QuoteAttributor.possessivePronouns[tokens[a]] != nil || tokens[a].lower.endsWith("'s"),
               QuoteAttributor.relationNouns[headLower] != nil, let e = table.holder(ofRole: headLower.description, before: offset) {
                assign(e, .alias)
                return
            }
            // ("Ben and Sarah Lowe ... Sarah said ... Her husband said": else the person of the relation's gender who
            // shares the surname of the one "her" or "his" names.)
            if b - a == 2, let relation = QuoteAttributor.relationNouns[headLower], let e = relativeSharingSurname(possessive: tokens[a], relation, before: offset) {
                assign(e, .alias)
                return
            }
            // ("Tom Reed denied the claims. His lawyers said ... Bill Hart also denied them. His lawyers said": "his" or "her"
            // before a speaker's noun stands for the person of its gender named last, in this sentence or the three before,
            // and the speaker is that person's, "Tom Reed's lawyers", apart from another's.)
            // (One of that gender before one whose gender is unknown: "Tom Reed met Sam Lee. His lawyers said".)
            if b - a >= 2, b - a <= 4, (a + 1..<b).allSatisfy({ tokens[$0].isWord && !tokens[$0].capitalized }),
               namesSpeaker(headLower) || QuoteAttributor.relationNouns[headLower] != nil || QuoteAttributor.spokesWords.contains(tokens[b - 1]),
               ranges.indices.contains(sentenceOf(k)), let first = ranges[max(0, sentenceOf(k) - 3)].first,
               let owner = possessiveOwner(tokens[a], from: tokens[first].start, before: offset, orUnknownGender: true) {
                let noun = lexicon.groups[tokens[b - 1]]
                describe("\(table[owner].name)'s \(display(a + 1, b))", noun == "org" ? .organization : noun != nil ? .group : .person,
                         role: noun == nil ? lexicon.titles[tokens[b - 1]] ?? QuoteAttributor.personNouns[tokens[b - 1]]
                            ?? QuoteAttributor.relationNouns[headLower] ?? "" : nil)
                return
            }
            // A description shown as `a..<b` whose head noun is at `head`: a body, a group, or a person of that role.
            func describeHeaded(_ a: Int, _ b: Int, head: Int) {
                let noun = lexicon.groups[tokens[head]]
                describe(display(a, b), noun == "org" ? .organization : noun != nil ? .group : .other,
                         role: noun == nil ? lexicon.titles[tokens[head]] ?? QuoteAttributor.personNouns[tokens[head]] : nil)
            }
            // ("according to figures published by NHS England on Thursday": a record's publisher speaks, as its
            // author does, "a report by the National Audit Office".)
            if b - a > 3, let p = (a + 2..<b - 1).first(where: { tokens[$0].lower == "by" && QuoteAttributor.publishingParticiples.contains(tokens[$0 - 1]) }),
               QuoteAttributor.records.contains(QuoteAttributor.bare(tokens[p - 2].lower)) {
                if let run = recordSource(after: p, before: b, within: 4) {
                    assign(run.entity, .name)
                    return
                }
                // ("according to figures released by the health ministry", "results announced by the returning officer": so
                // does a publisher described rather than named, shown without the record.)
                if let head = scanRange(from: p + 1, upTo: min(b, p + 5)).prefix(while: { tokens[$0].isWord && !tokens[$0].capitalized && lexicon.verbs[tokens[$0]] == nil })
                    .first(where: { lexicon.groups[tokens[$0]] != nil || lexicon.titles[tokens[$0]] != nil }) {
                    describeHeaded(p + 1, head + 1, head: head)
                    return
                }
            }
            // ("A memo obtained by The Chronicle says": the name after a participle of receiving holds the
            // text; the text speaks, as "a letter signed by 40 senators argues" does.)
            // ("A chatbot used by Kelvo told customers", "A charity run by Sir Tom Hale said": so does whatever another
            // participle's agent acts on; not the people asked or led, below, nor a text, whose author speaks: "A
            // statement released by Ann Lee said".)
            if tokens[b - 1].capitalized, b - a > 3,
               let p = (a + 2..<b - 1).first(where: { tokens[$0].lower == "by" && (QuoteAttributor.receivingParticiples.contains(tokens[$0 - 1])
                   || QuoteAttributor.isPassiveParticiple(tokens[$0 - 1]) && !QuoteAttributor.askedOrLedParticiples.contains(tokens[$0 - 1])
                       && $0 - 2 >= a && !QuoteAttributor.namesAText(tokens[$0 - 2].lower)) }),
               // ("Emails obtained by the Guardian reveal": a plural opening the sentence is capitalised there.)
               tokens[p - 2].isWord, !tokens[p - 2].capitalized || p - 2 == a && tokens[p - 2].lower.looksPlural,
               !QuoteLexicon.auxiliaries.contains(tokens[p - 2]) {
                describeHeaded(a, p - 1, head: p - 2)
                return
            }
            // ("Most economists polled by Reuters said": the people asked speak, not the pollster. Not after a helper, a
            // clause of its own: "The delegation is led by Elena Sorokina, who said".)
            if tokens[b - 1].capitalized, b - a > 3,
               let p = (a + 2..<b - 1).first(where: { tokens[$0].lower == "by" && QuoteAttributor.askedOrLedParticiples.contains(tokens[$0 - 1]) }),
               tokens[p - 2].isWord, !tokens[p - 2].capitalized || p - 2 == a, !QuoteLexicon.auxiliaries.contains(tokens[p - 2]) {
                describe(display(a, p - 1), .group)
                return
            }
            // ("Head of health Sara Gorton said", "Unison's director of policy Ann Lee said": a singular role with a bare
            // field after "of", then a person's name, is that person's title, as after the verb: "said head of reptiles Nora Quill".)
            if b - a >= 5, let run = names[b - 1], run.last == b, table[run.entity].kind == .person {
                var role = tokens[a].lower == "the" ? a + 1 : a
                if tokens[role].lower.endsWith("'s") { role += 1 }
                let holder = QuoteAttributor.bare(tokens[role].lower)
                // ("The plan would work, Secretary of State Mike Pompeo said", "Minister for Health Ann Lee": so does a
                // capitalised title with its capitalised field after "of" or "for".)
                if role + 2 < run.first, run.first - (role + 2) <= 3, !holder.looksPlural,
                   tokens[role + 1].lower == "of" || tokens[role].capitalized && QuoteAttributor.isOrganisationJoiner(tokens[role + 1]),
                   lexicon.titles[holder] != nil || QuoteAttributor.roleHeads.contains(holder),
                   (role + 2..<run.first).allSatisfy({ isBareRoleWord(tokens[$0]) || tokens[role].capitalized && tokens[$0].isWord && tokens[$0].capitalized }) {
                    assign(run.entity, .name)
                    return
                }
                // ("Mother of two Kirsty Hall said": a relation and how many, unhyphenated, describe the person named.)
                if run.first == role + 3, tokens[role + 1].lower == "of", QuoteAttributor.relationNouns[holder] != nil,
                   tokens[role + 2].kind == .number || QuoteAttributor.isNumberWord(tokens[role + 2].lower) {
                    assign(run.entity, .name)
                    return
                }
            }
            // ("analysts at Goldman Sachs", "an aide to Mayor Olsen": a common noun before a preposition heads
            // the phrase; the name after it is the employer or place.)
            if tokens[b - 1].capitalized, b - a > 2,
               let p = (a + 1..<b - 1).first(where: { QuoteAttributor.isAffiliationPreposition(tokens[$0])
                   || (tokens[$0].lower == "to" && QuoteAttributor.headsPhraseBeforeTo(tokens, $0 - 1, opening: a)) || (tokens[$0].lower == "for" && actsFor(tokens[$0 - 1]))
                   // ("Farmers across Britain have warned", "Councils across England said": people or bodies spread over the place.)
                   || tokens[$0].lower == "across" && (lexicon.groups[tokens[$0 - 1]] == "group" || namesBodies(tokens[$0 - 1]))
                   // ("Astronomers using the James Webb Space Telescope say": people and a participle whose object is the name.)
                   || QuoteAttributor.participleAfterPeople(tokens, $0) }),
               // ("Lawyers for the pop singer Dana Rivers said", "Aides to Mr. Rubio said": a capitalised group noun
               // opening the sentence.)
               !tokens[p - 1].capitalized || (p - 1 == a && (names[a] == nil || lexicon.groups[QuoteAttributor.bare(tokens[a].lower)] == "group"))
                // ("The First Minister of Wales said": a capitalised title after "the", as British papers write offices.)
                || tokens[a].lower == "the" && lexicon.titles[QuoteAttributor.bare(tokens[p - 1].lower)] != nil
                // ("A lawsuit filed Monday in San Francisco accuses": a weekday is no name holding the place.)
                || p - 1 > a && QuoteAttributor.weekdays.contains(tokens[p - 1]) {
                let holder = QuoteAttributor.bare(tokens[p - 1].lower)
                // ("Data from the Office for National Statistics showed", "according to figures from Rightmove": a
                // record's source speaks, as a report's author does.)
                // ("figures from the property website Rightmove": past the source's lower-case description.)
                // ("A statement from Kent County Council read": so does a text's issuer.)
                if tokens[p].lower == "from", QuoteAttributor.records.contains(holder) || QuoteAttributor.issuedTexts.contains(holder),
                   let run = recordSource(after: p, before: b, within: 5),
                   run.last == b {
                    assign(run.entity, .name)
                    return
                }
                // ("The embassy in London said ... It urged": a body's noun heads an organisation, not a group.)
                let noun = lexicon.groups[holder]
                // ("One resident of Pontypridd said ... “...,” she said": one person's role or kind before the place
                // is a person a later pronoun can name.)
                let role = noun == nil && !holder.looksPlural
                    ? lexicon.titles[holder] ?? QuoteAttributor.personNouns[holder] ?? (memberOfPeople(holder) ? "" : nil) : nil
                describe(display(a, b), noun == "org" && !holder.looksPlural ? .organization : noun != nil || holder.looksPlural ? .group : .other,
                         role: role)
                return
            }
            // ("The founder of the company said ... He added": a person's role before its body heads the
            // phrase, so a later pronoun can name it; the body's noun at the end does not make it one.)
            if b - a > 2, let role = roleBeforeBody(tokens, a, b) {
                describe(display(a, b), .other, role: role)
                return
            }
            // ("A spokesman for the airline said ... “...,” he said": the spokesman for a body that is not named
            // is the person speaking, whom a later pronoun names.)
            let spokes = (a..<b - 1).first(where: { QuoteAttributor.spokesWords.contains(tokens[$0]) && tokens[$0 + 1].lower == "for" })
                .flatMap { lexicon.titles[tokens[$0]] }
            // ("Patients treated at the hospital said", "Others in the community said": a plural of people before a
            // participle or a preposition heads the phrase; the words after it say which ones.)
            let postmodifiedPlural = { () -> Bool in
                var h = a
                if h + 1 < b, QuoteLexicon.determiners.contains(tokens[h]) || tokens[h].kind == .number { h += 1 }
                // ("Shop owners on the street said": past a noun that modifies the plural.)
                if h + 3 < b, tokens[h].isWord, !tokens[h].lower.looksPlural, tokens[h + 1].isWord, tokens[h + 1].lower.looksPlural,
                   lexicon.groups[tokens[h + 1]] == "group" { h += 1 }
                // ("People briefed on the plan said", "women at the plant said": a plural without its "-s" too.)
                guard h + 2 < b, tokens[h].isWord, tokens[h].lower.looksPlural
                        && (lexicon.groups[tokens[h]] == "group" || QuoteAttributor.quantifierPronouns.contains(tokens[h]))
                        || QuoteAttributor.irregularPeoplePlurals.contains(tokens[h]),
                      case let n = tokens[h + 1], n.isWord, !n.capitalized else { return false }
                // ("officials familiar with the matter", "people close to the talks": an adjective taking its own preposition.)
                return QuoteAttributor.purePrepositions.contains(n) || n.lower.endsWith("ed") || n.lower.endsWith("ing")
                    || QuoteAttributor.irregularPast.contains(n) || n.lower == "familiar" || n.lower == "close"
            }
            // ("Polls show ...", "Residents said": a capitalised group noun that is no known name is a group.)
            // (Not a person's name that a body's word closes: "Mark Chambers said".)
            // (Not a body closing a plural of people's postmodifier: "Patients treated at the hospital said".)
            // ("One of the men told the Guardian ... “...,” he said", "One of the nurses ... she said": one of a plural of
            // people is one person, a man among "men" and a woman among "women".)
            if b - a >= 3, tokens[a].lower == "one", tokens[a + 1].lower == "of", !tokens[b - 1].capitalized, isPluralOfPeople(headLower) {
                let among = QuoteAttributor.genderAmong(headLower)
                describe(display(a, b), .other, role: among == .unknown ? "" : among.rawValue)
                return
            }
            if let kind = lexicon.groups[headLower], !tokens[b - 1].capitalized || names[b - 1] == nil
                || kind == "org" && b - a > 1 && names[b - 1].map({ table[$0.entity].kind != .person }) != false,
               kind != "org" || tokens[b - 1].capitalized || !postmodifiedPlural() {
                // ("the conservative-leaning Tax Foundation": a named organisation without the writer's epithet.)
                var named = a
                // (Not past a preposition: "tech staffer at the State Department" is the staffer.)
                // ("a report published Monday by the European Environment Agency": the name's own run, not
                // from the first capitalised word.)
                // (But "Transport Workers’ Union" is one name though the mark splits its run.)
                if tokens[b - 1].capitalized {
                    while named < b - 1, !tokens[named].capitalized { named += 1 }
                    if let run = names[b - 1], run.first > named,
                       (named..<run.first).contains(where: { QuoteAttributor.purePrepositions.contains(tokens[$0]) }) { named = run.first }
                }
                // (An agent after "by" is the source: "a report published by the agency".)
                if (a..<named).contains(where: { QuoteAttributor.purePrepositions.contains(tokens[$0]) && tokens[$0].lower != "by" }) { named = a }
                // ("Acme Holdings said": when the phrase shown is exactly a name found before, that name's
                // entity speaks; a description of the same words would list the body twice.)
                // (Not a run opening with "The", which the description shows without it.)
                // ("The Met Office said" opening a sentence: the article before the name's own run.)
                // ("Developer Ashcombe Homes said", "Retailer Marks Holdings said", "Campaign group Bristol Airport Action Network
                // said": a trade, or a body's noun after one more word, opening the sentence before the name's own run only
                // describes it.)
                if tokens[b - 1].capitalized, let run = names[b - 1], table[run.entity].kind == .organization,
                   run.first == named && !QuoteAttributor.articles.contains(tokens[named])
                    || run.first == named + 1 && (QuoteAttributor.articles.contains(tokens[named])
                        || named == a && lexicon.bodies.isLeadingTrade(QuoteAttributor.bare(tokens[named].lower)))
                    || named == a && run.first == a + 2 && tokens[a + 1].isWord && !tokens[a + 1].capitalized
                        && lexicon.bodies.mayDescribe(tokens[a + 1]) {
                    assign(run.entity, .name)
                    return
                }
                // ("a council spokesman ... He added": a person's role is a person a later pronoun can name.)
                describe(display(named, b), kind == "org" ? .organization : .group, role: tokens[b - 1].capitalized ? nil : spokes ?? lexicon.titles[headLower])
                return
            }
            // ("A Labour MP said", "One GP said", "a CEO said": an office after "a", "an" or "one" with no name after it
            // describes someone, though it is capitalised as British papers write offices, or is an abbreviation.)
            // (Not a title's abbreviation, which a name follows: "a speech Mrs. Clinton delivered".)
            if b - a >= 2, b - a <= 4, QuoteAttributor.oneOf.contains(tokens[a]), tokens[b - 1].capitalized, let role = lexicon.titles[headLower],
               (a + 1..<b).allSatisfy({ tokens[$0].isWord }), b == tokens.count || tokens[b].punct != UInt8(ascii: ".") {
                describe(display(a, b), .other, role: role)
                return
            }
            // ("Ruth Ames and Tom Baxter met on Friday. Both said ...": "both" alone stands for the plural subject of the
            // sentence before, as "they" does; "The two leaders pledged ..., after talks that both described as ...": or of
            // its own sentence, before it.)
            if b - a == 1, tokens[a].lower == "both", case let s = sentenceOf(k), ranges.indices.contains(s),
               let pair = pluralSubject(tokens, ranges[s], names, collectives: true).flatMap({ $0.upperBound < a ? $0 : nil })
                ?? (s > 0 && !ranges[s - 1].isEmpty ? pluralSubject(tokens, ranges[s - 1], names, collectives: true) : nil) {
                assign(describePhrase(pair, .group), .context)
                return
            }
            // A common noun ("the announcer", "the poll"): a description, not a name.
            if !tokens[b - 1].capitalized, names[b - 1] == nil {
                // ("Both women said": a plural of people without its "-s".) (Not records: "Official figures showed".)
                // (A text closing a plural's postmodifier is not the head: "people briefed on the plan".)
                let plural = (headLower.looksPlural || QuoteAttributor.irregularPeoplePlurals.contains(headLower))
                    && !QuoteAttributor.namesAText(headLower) || postmodifiedPlural()
                // ("the 26-year-old insisted ... she wrote": an age with no one named before is a person too.)
                // ("the man's partner": a relation is a person, of the relation's gender or none.)
                // ("One conductor, who has worked there for 22 years, said ... “...,” he said": anyone a relative "who" describes
                // is a person too. Not "one" and a noun alone: "one questioner claimed ... “You're right,” he said" is the
                // answer of the one asked.)
                // (One person: "a", "an", "one" or "another" and at most one word before the noun, no quantity: "a number
                // of voters who" are many.)
                let who = b - a >= 2 && b - a <= 3 && QuoteAttributor.oneOf.contains(tokens[a]) && !QuoteAttributor.quantityNouns.contains(headLower)
                    && b < tokens.count && (tokens[b].lower == "who"
                        || tokens[b].punct == UInt8(ascii: ",") && b + 1 < tokens.count && tokens[b + 1].lower == "who")
                // ("A consultant in emergency medicine accepted ... He told": a role or a person's noun before a preposition and
                // its field is the phrase's head, a person a later pronoun can name.)
                let fieldHead = b - a >= 4 ? (a + 1..<b - 1).first(where: { QuoteAttributor.isAffiliationPreposition(tokens[$0]) })
                    .map({ QuoteAttributor.bare(tokens[$0 - 1].lower) }) : nil
                describe(display(a, b), plural ? .group : .other, role: plural ? nil : spokes ?? lexicon.titles[headLower] ?? QuoteAttributor.personNouns[headLower]
                    ?? QuoteAttributor.relationNouns[headLower] ?? fieldHead.flatMap({ lexicon.titles[$0] ?? QuoteAttributor.personNouns[$0] })
                    ?? (QuoteAttributor.isAge(tokens[b - 1]) || memberOfPeople(headLower) || who ? "" : nil))
                return
            }
            // ("Engineers said ... She said": a lone capitalised plural that no name holds opens its sentence
            // as a common noun, and names a group, not a person a later "she" could be.)
            // (A known name's short form stays a name: "Sanders: ..." in a headline.)
            // ("Lloyds, which ran the branch, said", "Tesco, which runs 3,000 stores, said": "which" says it of a body,
            // not a person or a group, so a later "a spokeswoman" speaks for it.)
            let which = b + 1 < tokens.count && tokens[b].punct == UInt8(ascii: ",") && tokens[b + 1].lower == "which"
            // ("“We will not be silenced,” Jones said": not after a closing quotation mark, where a common noun is written in
            // lower case, unless a group noun: "“...,” Democrats said".)
            let afterQuotation = ranges.indices.contains(sentenceOf(k)) && a > ranges[sentenceOf(k)].lowerBound + 1
                && (tokens[a - 1].isQuoteMark || tokens[a - 1].punct == UInt8(ascii: ",") && tokens[a - 2].isQuoteMark)
            if b - a == 1, names[a] == nil, tokens[a].lower.looksPlural, !tokens[a].lower.endsWith("'s"), tokens[a].lower.utf8.count > 3,
               table.find([QuoteAttributor.bare(tokens[a].lower)]) == nil, !afterQuotation || lexicon.groups[tokens[a]] != nil {
                describe(display(a, b), which ? .organization : .group)
                return
            }
            // ("Economists are divided. Some argue ...", "Many say": a quantifier standing alone names some of a group.)
            if b - a == 1, names[a] == nil, QuoteAttributor.quantifierPronouns.contains(tokens[a]) {
                describe(display(a, b), .group)
                return
            }
            // ("The CBI and the FSB said": two names joined by "and" speak together, as one group, not the last.)
            // ("Elena Ruiz (D-Calif.) and Dana Kim said": past a member's party and state.)
            // ("Unite and the GMB said": or a capitalised word opening the subject, which no name holds as it opens a sentence.)
            if let run = names[b - 1], let c = QuoteAttributor.nameJoiner(tokens, a, run.first),
               names[QuoteAttributor.beforeParenthetical(tokens, c - 1, a..<b)] != nil
                || c - 1 == a && tokens[a].isWord && tokens[a].capitalized && QuoteLexicon.pronouns[tokens[a]] == nil
                // ("The Sudanese army and the Rapid Support Forces": or a group's noun after a determiner.)
                || groupJoinedToName(tokens, run.first..<b, a..<b)?.lowerBound == a {
                describe(display(a, b), .group)
                return
            }
            // ("Chipmaker warns of slower sales", "Minister says schools will reopen": a lone capitalised trade noun or role
            // opening the sentence, which no name holds, is the common noun a headline writes without its article.)
            if b - a == 1, names[a] == nil, ranges.indices.contains(sentenceOf(k)), ranges[sentenceOf(k)].lowerBound == a {
                // (A bare noun opening the first sentence is a headline's too.)
                let sentence = sentenceOf(k)
                let headline = attributions[k].inHeadline || sentence == 0
                // (The role first: "Lawmaker" ends as a trade does.)
                if let role = lexicon.titles[headLower] {
                    // ("Minister defends plan to close courts ¶ Justice Minister Alan Pryce has defended ...": in a headline,
                    // the one person the story names with that role. A bare role opening the first sentence is a headline's.)
                    if headline, let e = table.soleHolder(ofRole: headLower.description, after: offset) {
                        assign(e, .context)
                        return
                    }
                    // ("Dr Hannah King is a surgeon ... King said", "Tom Bishop runs the shelter. Bishop said": outside a
                    // headline, a role with no article is the surname of the person the story has already named so.)
                    if !headline, let e = table.surnameOwner(headLower, before: offset) {
                        assign(e, .alias)
                        return
                    }
                    describe(display(a, b), .other, role: role)
                    return
                }
                if lexicon.bodies.isTrade(headLower) {
                    // ("Chipmaker warns of slower sales ¶ Shares in Veltrix fell after the chipmaker cut ...": in a headline,
                    // the business the story names with "the" and the noun within its first few sentences.)
                    if headline, sentence + 1 < ranges.count,
                       case let story = ranges[sentence + 1].lowerBound..<ranges[min(ranges.count, sentence + 6) - 1].upperBound,
                       let article = story.first(where: { j in j + 1 < story.upperBound && tokens[j].lower == "the" && tokens[j + 1].lower == headLower }),
                       let s = QuoteAttributor.sentence(of: article, ranges),
                       let e = namedOrganisation(kind: headLower, at: article, sentence: s, outside: [])
                        ?? oneWordBusiness(before: article, sentence: s, head: headLower) {
                        table.makeOrganisation(e)
                        assign(e, .context)
                        return
                    }
                    describe(display(a, b), .organization)
                    return
                }
                // ("Veteran recalls day that changed his life", "Widow says inquiry failed her": a kind of person or a
                // relation, with its gender.)
                if let role = QuoteAttributor.personNouns[headLower] ?? QuoteAttributor.relationNouns[headLower] {
                    describe(display(a, b), .other, role: role)
                    return
                }
                // ("Lawsuit claims airline misled passengers", "Study finds ...": a record, which no one is.)
                if QuoteAttributor.records.contains(headLower) || QuoteAttributor.issuedTexts.contains(headLower) {
                    describe(display(a, b), .other)
                    return
                }
            }
            // ("if the Chinese pledged to cap ...", "The French said they would join": a people's adjective with "the" is
            // that people, a group; the word alone is no one's name.)
            if b - a == 2, tokens[a].lower == "the", tokens[b - 1].capitalized, names[b - 1] == nil,
               lexicon.demonyms.adjectives.contains(headLower) {
                describe(display(a, b), .group)
                return
            }
            // ("The United Nations High Commissioner for Human Rights said": a capitalised office's title with its "for" or "of"
            // right before a name that holds no first name is the office's holder, a person of that role; the name is the
            // office's field, no speaker.)
            if let field = names[b - 1], field.first - 2 >= a, QuoteAttributor.isOrganisationJoiner(tokens[field.first - 1]),
               case let title = tokens[field.first - 2], title.isWord, title.capitalized, let role = lexicon.titles[QuoteAttributor.bare(title.lower)],
               !(field.first..<field.last).contains(where: { lexicon.firstName(tokens[$0]) != nil }) {
                describe(display(a, b), .other, role: role)
                return
            }
            // ("Nobody said", "Everyone agrees", "Each said": a pronoun for no one, anyone or each one, capitalised to open the
            // sentence, is no name.)
            if b - a == 1, QuoteAttributor.namelessPronouns.contains(tokens[a]) {
                describe(display(a, b), .other)
                return
            }
            // A name: the entity found for it, now known to be a speaker (a person unless it is an organisation).
            let run = names[b - 1]
            // ("Sainsbury's said", "McDonald's has warned": a name in "'s" that speaks is a business's, shown whole.)
            // (Not a speech noun's possessor: "Stumpf's repeated emphasis that ...".)
            // (Nor the owner of the words the sentence names: "In Hale's words, ...", "Hale's reply was short: ...".)
            let ownsWords = b < tokens.count && (tokens[b].lower == "own" || QuoteAttributor.verdictNouns.contains(tokens[b]))
            let possessiveName = run == nil && tokens[b - 1].lower.endsWith("'s") && !attributions[k].noun && !ownsWords
            var e: Int
            if let run {
                e = run.entity
                // ("The children's charity Barnardo's said": so is a one-word name in "'s" found as a name, a body's noun
                // before it.)
                if run.first == b - 1, run.last == b, tokens[b - 1].lower.endsWith("'s"), !attributions[k].noun, !ownsWords,
                   table.words(of: e).count == 1 {
                    table.showWhole(e, String(decoding: utf8[tokens[b - 1].start..<tokens[b - 1].end], as: UTF8.self))
                    table.makeOrganisation(e)
                }
            } else {
                let words = (a..<b).map { QuoteAttributor.bare(tokens[$0].lower) }
                let shown = possessiveName ? String(decoding: utf8[tokens[a].start..<tokens[b - 1].end], as: UTF8.self) : display(a, b)
                // ("Oxfam said", "China said": a listed organisation is one, a known place no person.)
                let one = b - a == 1 ? tokens[a] : nil
                let place = one.map({ lexicon.demonyms.places.contains($0) }) == true
                let kind: Entity.Kind = possessiveName || which || one.map({ lexicon.organisations.contains($0, utf8) }) == true ? .organization
                    : place ? .other : .person
                e = table.name(words, display: shown, kind: kind, gender: .unknown, mention: span, shortForm: !place).0
            }
            // ("the United States said": a name after "the", with no title, is a country or a body, not a person.)
            // ("according to the trade publication Pollstar", "the charity Shelter": so is a name after "the" and one or
            // two lower-case nouns that are no person's role or kind, when the name is one word: "the disability
            // campaigner Sam Reid" is a person.)
            // ("Spanish newspaper Marca reported", "rival airline Ryanair said", "Chipmaker Nvidia said": a trade's noun right
            // before the name says so without the article.)
            func describedBody(_ first: Int, _ last: Int) -> Bool {
                guard first >= 1, last - first == 1, case let n = tokens[first - 1], lexicon.titles[n] == nil,
                      QuoteAttributor.personNouns[n] == nil, !QuoteAttributor.professionEpithets.contains(n) else { return false }
                if n.isWord, lexicon.bodies.isTrade(n.lower) || lexicon.bodies.outlet.contains(n) { return true }
                // ("Campaign group Connect said", "Parents' group Connect said", "Consumer group Which? said": a body's noun
                // after a word that opens the sentence or a possessor.)
                if n.isWord, !n.capitalized, first >= 2, lexicon.groups[n] == "org", case let m = tokens[first - 2],
                   m.isWord && m.capitalized && (first == 2 || !tokens[first - 3].isWord) || QuoteAttributor.isPluralPossessive(tokens, first - 2)
                    || m.lower.endsWith("'s") {
                    return true
                }
                return first >= 2 && descriptionArticle(before: first, words: 2) != nil
            }
            let theName = run.map { $0.first > 0 && tokens[$0.first - 1].lower == "the" || describedBody($0.first, $0.last) } ?? (tokens[a].lower == "the" || possessiveName) || which
            // ("Downing Street said", "Great Ormond Street Hospital said": a name closed by a place's or a building's noun
            // is the body that works there.)
            let placeName = run.map { QuoteAttributor.thingNameHeads.contains(QuoteAttributor.bare(tokens[$0.last - 1].lower)) } ?? false
            // ("after Republicans said", "while Democrats argued": a lone name that a group noun in the plural spells is
            // the party's members, a group, as it is when it opens the sentence.)
            // ("Several MPs said", "Labour MPs said", "Virginia Democrats said": so is a short name that such a plural closes.)
            let groupName = (run.map { $0.last - $0.first == 1 && tokens[$0.first].lower.looksPlural && lexicon.groups[tokens[$0.first]] == "group" } ?? false)
                || run != nil && table.words(of: e).count <= 3 && closesWithPeople(e)
            // ("NHS England said", "BBC Scotland said", "CBS News reported": an abbreviation in capitals among a name's words
            // in lower case is a body's; a person's initials are two letters, "JD Vance", a king's number no abbreviation,
            // and a first name makes a person: "CBS Sports Insider Jason La Canfora".)
            // (Read only when nothing else has decided.)
            func abbreviated() -> Bool {
                guard let n = run, n.last - n.first >= 2 else { return false }
                return (n.first..<n.last).contains(where: { QuoteAttributor.isAbbreviationInCapitals(tokens[$0], utf8) })
                    && (n.first..<n.last).contains(where: { QuoteAttributor.hasLowerCase(tokens[$0], utf8) })
                    && !(n.first..<n.last).contains(where: { lexicon.firstName(tokens[$0]) != nil })
            }
            // ("China said", "Texas sued": a one-word place the demonyms list knows speaks for its government, as no person;
            // it stays a place, of no kind the pronouns of a person name.)
            let knownPlace = b - a == 1 && table[e].kind == .other && lexicon.demonyms.places.contains(tokens[a])
            if !knownPlace {
                table.setKind(e, groupName ? .group : (theName || placeName || abbreviated()) && table[e].kind != .person ? .organization : .person)
            }
            // (A name shown whole with its "'s", "Barnardo's", is written with it.)
            // (Its bytes read, not its characters: this runs for every named speaker.)
            let whole = table[e].name.utf8.suffix(2).elementsEqual("'s".utf8) || table[e].name.utf8.suffix(4).elementsEqual("’s".utf8)
            // (So is one shown with its title, "Pope Leo".)
            let styled = run.map { $0.first > 0 && QuoteAttributor.stylingTitles.contains(tokens[$0.first - 1]) && tokens[$0.first - 1].capitalized
                && table[e].name.utf8.count == tokens[$0.last - 1].end - tokens[$0.first - 1].start } ?? false
            let nameSpan = run.map { TextSpan(start: tokens[styled ? $0.first - 1 : $0.first].start,
                                              end: whole ? tokens[$0.last - 1].end : QuoteAttributor.endWithoutPossessive(tokens[$0.last - 1], utf8)) } ?? span
            let written = String(decoding: utf8[nameSpan.start..<nameSpan.end], as: UTF8.self)
            let resolution: SpeakerReference.Resolution = written == table[e].name ? .name : .alias
            assign(e, resolution, mention: nameSpan)
        }

        // The speaker history entry of the attribution, earlier in `k`'s sentence, whose content holds `k`'s cue.
        // (Attributions are in text order, so only those just before are read: a 17 MB record has 75,000.)
        func reporterRemembered(_ k: Int, before end: Int) -> (offset: Int, entity: Int, sentence: Int)? {
            let cue = tokens[attributions[k].cueStart].start, sentence = sentenceOf(k)
            var j = k - 1
            while j >= 0, k - j <= 16, attributions[j].sentence >= sentence - 1 {
                let outer = attributions[j]
                if outer.sentence == sentence, outer.speaker?.entity != nil, let subject = outer.subject,
                   outer.contents.contains(where: { $0.start <= cue && cue < $0.end }) {
                    let start = tokens[subject.lowerBound].start
                    return speakerHistory[max(0, end - 16)..<end].last(where: { $0.offset == start })
                }
                j -= 1
            }
            return nil
        }

        for k in attributions.indices {
            let remembered = speakerHistory.count
            resolveSubject(k)
            // A headline's speaker is no antecedent for the body's pronouns: the story names its people again.
            if attributions[k].inHeadline { speakerHistory.removeSubrange(remembered...) }
            // ("Laura Finch said her manager had told her ... She said": a speaker inside another's reported words
            // is no antecedent before the one who reported them, who is remembered again after them.)
            if speakerHistory.count > remembered, let outer = reporterRemembered(k, before: remembered) {
                speakerHistory.append(outer)
            }
            // "Ruth Ames, who joked": like "she", the "who" beside the verb is the mention the
            // attribution rests on; the phrase before it only gives the name.
            if let np = attributions[k].subject, attributions[k].speaker?.entity != nil {
                var w = np.upperBound
                // ("nervous Democrats on Capitol Hill, who have argued": past the place after the speaker.)
                if w < attributions[k].cueStart, QuoteAttributor.isAffiliationPreposition(tokens[w]) {
                    w += 1
                    while w < attributions[k].cueStart, w - np.upperBound < 8, tokens[w].isWord, tokens[w].lower != "who" { w += 1 }
                }
                if w < tokens.count, tokens[w].punct == UInt8(ascii: ",") { w += 1 }
                // (Not when the relative clause closes before the verb: "Ruiz, who sponsored the bill, called ...".)
                // (Nor when the clause has a verb of its own before the cue's: "Relatives of residents who died in the
                // outbreak have demanded", "One of the doctors who sent the letter called".)
                if w < attributions[k].cueStart, tokens[w].lower == "who" || tokens[w].lower == "which",
                   !(w..<attributions[k].cueStart).contains(where: { tokens[$0].punct == UInt8(ascii: ",") }),
                   !(w + 1..<attributions[k].cueStart).contains(where: { QuoteAttributor.looksLikeVerb(tokens[$0])
                       && !QuoteLexicon.auxiliaries.contains(tokens[$0]) }) {
                    attributions[k].speaker?.span = TextSpan(start: tokens[w].start, end: tokens[w].end)
                    attributions[k].speaker?.resolution = .relative
                }
            }
        }
    }

    /// `s` with its first letter in lower case: a group described at the start of its sentence, shown after "one of".
    static func lowercasingFirst(_ s: String) -> String {
        s.first.map { $0.lowercased() + s.dropFirst() } ?? s
    }

    /// The name at `offset` is given as an example of its clause's subject, set off by commas before
    /// that subject's verb: "others, like retired nurse Pauline Adams, worried about the noise".
    static func givenAsExample(_ tokens: Tokens, _ names: [NameRun?], at offset: Int, _ r: Range<Int>) -> Bool {
        guard let k = firstToken(tokens, startingAtOrAfter: offset), let run = names[k], run.last < r.upperBound else { return false }
        var j = k - 1
        while j > r.lowerBound, k - j <= 3, tokens[j].isWord, !tokens[j].capitalized, tokens[j].lower != "like", tokens[j].lower != "including" { j -= 1 }
        guard j - 1 > r.lowerBound, tokens[j].lower == "like" || tokens[j].lower == "including", tokens[j - 1].punct == UInt8(ascii: ","),
              run.last + 1 < r.upperBound, tokens[run.last].punct == UInt8(ascii: ","), tokens[run.last + 1].isWord else { return false }
        return looksLikeVerb(tokens[run.last + 1])
    }

    /// The plural noun closing a leading subordinate clause just before "they": "When I speak to
    /// colleagues, they tell me ...", "After reporters asked officials, they said ...". A group noun, or a
    /// plural after a preposition, determiner or number (so not a verb: "When he speaks, they ...").
    @inline(never)
    func leadClausePlural(_ tokens: Tokens, _ a: Int, _ r: Range<Int>, _ names: [NameRun?]) -> Int? {
        guard tokens[a].lower == "they", a - 3 >= r.lowerBound, tokens[a - 1].punct == UInt8(ascii: ","),
              QuoteAttributor.subordinators.contains(tokens[r.lowerBound]),
              !(r.lowerBound..<(a - 1)).contains(where: { tokens[$0].kind != .word && tokens[$0].kind != .number }) else { return nil }
        let h = a - 2
        let head = tokens[h], before = tokens[h - 1]
        guard head.isWord, !head.capitalized, names[h] == nil else { return nil }
        let bare = QuoteAttributor.bare(head.lower)
        guard lexicon.groups[bare] == "group"
            || head.lower.looksPlural && (QuoteAttributor.prepositions.contains(before) || ContentBoundary.determiners.contains(before)
                                          || before.kind == .number) else { return nil }
        return h
    }

    /// The subject of the sentence `r` when its head is plural people: a group noun or a plural,
    /// lower-case or opening the sentence, no name ("Researchers at the University of Lund"). With `collectives`, also a
    /// team, a family or a crew, which "they" may name ("The team, from the University of Canterbury, collected ...").
    @inline(never)
    func pluralSubject(_ tokens: Tokens, _ r: Range<Int>, _ names: [NameRun?], collectives: Bool = false) -> Range<Int>? {
        // ("The shop's owners, Alan and Jean Whitby, had run it": a plural of people opening the sentence, then names in
        // apposition between commas and the verb.)
        if let c = scanRange(from: r.lowerBound + 1, upTo: min(r.upperBound - 2, r.lowerBound + 6)).first(where: { !tokens[$0].isWord }),
           tokens[c].punct == UInt8(ascii: ","), case let head = tokens[c - 1], head.isWord, !head.capitalized, names[c + 1] != nil,
           lexicon.groups[QuoteAttributor.bare(head.lower)] == "group" || head.lower.looksPlural && QuoteAttributor.personNouns[head.lower.dropLast()] != nil,
           let close = scanRange(from: c + 2, upTo: min(r.upperBound - 1, c + 10)).first(where: { tokens[$0].punct == UInt8(ascii: ",") }),
           (c + 1..<close).allSatisfy({ names[$0] != nil || tokens[$0].lower == "and" }),
           QuoteAttributor.looksLikeVerb(tokens[close + 1]) || QuoteAttributor.finiteAuxiliaries.contains(tokens[close + 1]) {
            return r.lowerBound..<c
        }
        guard let subject = mainSubject(tokens, r) else { return nil }
        // ("Alan and Jean Whitby had run it": two people named together are plural, though the subject read is the second.)
        // (Two names of their own: not the two halves of one body's name, "Harbour Fire and Rescue Service".)
        if let second = names[subject.lowerBound], names[subject.upperBound - 1] != nil, subject.lowerBound - 2 >= r.lowerBound,
           tokens[subject.lowerBound - 1].lower == "and", let first = names[subject.lowerBound - 2],
           first.first != second.first, first.entity != second.entity {
            return min(first.first, subject.lowerBound - 2)..<subject.upperBound
        }
        if subject.count >= 3, case let and = subject.filter({ tokens[$0].lower == "and" }), and.count == 1, let j = and.first,
           j > subject.lowerBound, j + 1 < subject.upperBound, names[j - 1] != nil, tokens[j + 1].capitalized,
           names[subject.upperBound - 1] != nil {
            return subject
        }
        // The head: before a preposition ("Researchers at the University of Lund", "Lawyers for the producer"), else
        // the last word.
        // ("Two of the country's biggest care providers", "Both of the firms": past a count's own "of", to the people counted.)
        // (Not "One of the officials", who is one.)
        let counted = subject.count > 2 && tokens[subject.lowerBound + 1].lower == "of" && tokens[subject.lowerBound].lower != "one"
            && (QuoteAttributor.isNumberWord(tokens[subject.lowerBound].lower) || QuoteAttributor.quantifierPronouns.contains(tokens[subject.lowerBound]))
        let h = ((counted ? subject.lowerBound + 3 : subject.lowerBound + 1)..<subject.upperBound)
            .first(where: { QuoteAttributor.isAffiliationPreposition(tokens[$0]) || tokens[$0].lower == "for" })
            .map { $0 - 1 } ?? subject.upperBound - 1
        let head = tokens[h]
        guard !head.capitalized || h == r.lowerBound, names[h] == nil,
              lexicon.groups[QuoteAttributor.bare(head.lower)] == "group" || head.lower.looksPlural
                || collectives && QuoteAttributor.collectiveKin.contains(head) && subject.count >= 2 else { return nil }
        return subject
    }

    /// How many mentions back a pronoun with no speaker to stand for looks for a name: far more than an article holds.
    static let pronounWindow = 500
}
