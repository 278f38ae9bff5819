import AnnotateCore

/// Finds quotes and their speakers in one document.
///
/// 1. Names: runs of capitalised words, split after a title ("Prime Minister Sanae Takaichi"),
///    short forms merged into the full name.
/// 2. Cues: reporting verbs from the lexicon and "according to"; for each, the speaker phrase
///    (subject to the left, past auxiliaries; or inverted, "said Smith") and the reported content
///    (after the verb up to the sentence end, or before the speaker when the attribution trails).
/// 3. Quotation marks: a quotation that fills a content span is a direct quote; quotations inside
///    reported speech are partial quotes and the speech is mixed; reported speech without marks is
///    indirect; remaining quotations take the nearest attribution of their paragraph.
/// 4. Pronouns resolve to the most salient compatible speaker or person.
struct QuoteAttributor {
    let lexicon: QuoteLexicon

    struct NameRun {
        var first: Int
        /// One past the run's last token: the run is `first..<last`.
        var last: Int
        var entity: Int
    }

    struct Attribution {
        var cueStart: Int
        var cueEnd: Int
        var verb: QuoteLexicon.Verb
        var subject: Range<Int>?
        var sentence: Int
        var contents: [TextSpan] = []
        var speaker: SpeakerReference?
        /// "Caddell continued:" at the end of a paragraph: the quotation that follows is the content.
        var introducesNext = false
        /// No reporting verb: the speaker comes from the sentence before the quotation.
        var implicit = false
        /// The cue is a noun ("Trump's claim that ..."), inside a larger clause of the writer's.
        var noun = false
        /// The content is exactly these tokens: the name before the agent of a passive naming verb
        /// ("has been called a charlatan by fellow physicians"), the words someone used ("used the
        /// phrase “Islamic terrorism”"), or the rest of a headline ("Pier Will Close, Mayor Says").
        var fixedContent: Range<Int>? = nil
        /// The content is the speaker's own words without quotation marks: a transcript's labelled
        /// paragraph ("PENCE: Well, ...") or an interview's answer ("A: Some roles will change.").
        var verbatim = false
        /// The cue is a title-case headline's own verb ("Pier Will Close, Mayor Says").
        var inHeadline = false
        /// The speech is evidence a forum heard ("..., the court heard"), which names no speaker: its quote has none.
        var forumEvidence = false

        /// A commitment ("agreed to"), an intention ("will seek") or an act whose object is the
        /// content ("praised the pier"): inside someone's reported speech, part of that speech.
        func nestsInSpeech(_ tokens: Tokens) -> Bool {
            // ("agreed on Monday to merge": past a short circumstance before "to".)
            verb.objectContent || verb.frame == .intention
                || verb.frame == .agreement && scanRange(from: cueEnd, upTo: min(tokens.count, cueEnd + 5)).first(where: { !tokens[$0].isWord || tokens[$0].lower == "to" })
                    .map { tokens[$0].lower == "to" } == true
        }

        /// Whether the verb follows a relative pronoun right after a noun: "donors who want", not ", who want".
        func opensRestrictiveRelative(_ tokens: Tokens) -> Bool {
            cueStart >= 2 && QuoteAttributor.relativePronouns.contains(tokens[cueStart - 1]) && tokens[cueStart - 2].isWord
        }

        /// Where a quotation opening right after the verb (or after its comma or colon) starts: "chanting “...”".
        func quotationAfterCue(_ tokens: Tokens) -> Int? {
            var k = cueEnd
            if k < tokens.count, tokens[k].punct == UInt8(ascii: ",") || tokens[k].punct == UInt8(ascii: ":") { k += 1 }
            return k < tokens.count && QuoteAttributor.opensQuotation(tokens[k]) ? tokens[k].start : nil
        }

        /// The reporting verb as it appears in the output.
        func cue(_ tokens: Tokens) -> Cue {
            Cue(span: TextSpan(start: tokens[cueStart].start, end: tokens[cueEnd - 1].end), lemma: verb.lemma.description, framing: verb.framing.description,
                negated: QuoteAttributor.isNegated(tokens, cueStart) || QuoteAttributor.hasNegativeSubject(tokens, subject, before: cueStart))
        }
    }

    func annotate(_ doc: inout Document) {
        var text = doc.text
        // (The tokens' lowered words live in the arena: it must outlast every use of them.)
        let arena = WordArena(capacity: text.utf8.count)
        defer { withExtendedLifetime(arena) {} }
        var tokenArray = text.withUTF8 { Tokenizer.tokenize($0, arena: arena) }
        guard !tokenArray.isEmpty else { return }
        text.withUTF8 { QuoteAttributor.markInitialisms(&tokenArray, $0) }
        QuoteAttributor.markNameParticles(&tokenArray)
        tokenArray.withUnsafeBufferPointer { annotate(&doc, $0) }
    }

    /// `annotate` over the document's tokens, which live until it returns.
    private func annotate(_ doc: inout Document, _ tokens: Tokens) {
        let utf8 = Array(doc.text.utf8)
        let whole = TextSpan(start: 0, end: utf8.count)
        let ranges = QuoteAttributor.bounded(QuoteAttributor.sentenceRanges(tokens, doc.sentences.isEmpty ? [whole] : doc.sentences.map(\.span)))
            .map { QuoteAttributor.pastDateline(tokens, $0, utf8) }
        var table = EntityTable()
        var names = [NameRun?](repeating: nil, count: tokens.count)  // by token index of every token in a run
        // A title-case line (a headline) has no reliable names or attributions.
        let headline = ranges.map { QuoteAttributor.isTitleCase(tokens, $0) }
        // (A byline, "By Helen Cartwright", names the writer, who is no one's antecedent: "She said" later
        // is someone the writer met.)
        var nameRanges: [Range<Int>] = []
        nameRanges.reserveCapacity(ranges.count)  // (one array, not a filter's and a map's, each grown as it filled)
        for si in ranges.indices where !headline[si] && !QuoteAttributor.isByline(tokens, ranges[si]) { nameRanges.append(ranges[si]) }
        findNames(tokens, nameRanges, utf8, &table, &names)
        // (Entities after these are made for speakers while cues are read; one whose quote was dropped goes at the end.)
        let namedCount = table.entities.count

        let quoted = QuoteMarkScanner.scan(tokens: tokens, paragraphs: doc.paragraphs.isEmpty ? [whole] : doc.paragraphs)
        var attributions = findAttributions(tokens, ranges, headline: headline, quoted: quoted)
        let labelled = speakerLabels(tokens, ranges: ranges, paragraphs: doc.paragraphs, utf8: utf8, table: table)
        // A cue inside a labelled speaker's words is part of what they said, as inside a quotation.
        // (Inside an interview's answer, only the interviewee's own: "we have promised the union that ..."
        // is the answer, but "My predecessor told me: “...”" quotes someone else, whose words the answer holds.)
        if !labelled.isEmpty {
            let inside = QuoteAttributor.labelledWords(tokens, labelled)
            attributions.removeAll { a in
                let firstPerson = a.subject.map { s in s.count == 1 && ["i", "we"].contains(tokens[s.lowerBound].lower) } ?? true
                return inside[a.cueStart] & QuoteAttributor.insideLabel != 0 || firstPerson && inside[a.cueStart] & QuoteAttributor.insideAnswer != 0
            }
        }
        attributions += labelled
        attributions += colonIntroductions(tokens, ranges, headline: headline, quoted: quoted, paragraphs: doc.paragraphs, existing: attributions,
                                           table: table)
        attributions += subjectIntroductions(tokens, ranges, headline: headline, quoted: quoted,
                                             paragraphs: doc.paragraphs.isEmpty ? [whole] : doc.paragraphs, existing: attributions)
        attributions += nounIntroductions(tokens, ranges, headline: headline,
                                          paragraphs: doc.paragraphs.isEmpty ? [whole] : doc.paragraphs, existing: attributions)
        if let a = headlineQuotation(tokens, ranges, quoted: quoted, existing: attributions, utf8)
            ?? headlineNameQuotation(tokens, ranges, quoted: quoted, existing: attributions, utf8) { attributions.append(a) }
        attributions.sort { $0.cueStart < $1.cueStart }
        resolveSpeakers(tokens, ranges, &attributions, &table, names, utf8, quoted: quoted)

        var (quotes, used) = attributedQuotes(tokens, attributions, quoted)
        quotes += unattributedQuotes(tokens, attributions, quoted, used: used, attributed: quotes, doc.paragraphs, ranges, utf8, &table)
        quotes += blockQuotes(tokens, attributions, quoted, doc.paragraphs, utf8)
        quotes.sort { $0.span < $1.span }
        QuoteAttributor.speakersFromEchoes(&quotes, doc.paragraphs, utf8)
        QuoteAttributor.speakerOfInterviewHeadline(&quotes, doc.paragraphs, utf8)
        dropRestatements(&quotes, tokens)
        QuoteAttributor.quotedThoughtsAreTheReporters(&quotes)
        for i in quotes.indices { quotes[i].id = ShortID.make("q", i + 1) }
        QuoteAttributor.markNestedPartials(&quotes)
        var entities = table.takeFinal()
        QuoteAttributor.dropUnquotedSpeakers(&entities, namedCount: namedCount, &quotes)
        doc.entities = entities
        doc.quotes = quotes
        doc.speakers = QuoteAttributor.summarize(quotes, entityCount: doc.entities.count)
    }

    /// Drops the entities made for a speaker (at `namedCount` or after) that no quote names: "both sides trade" when
    /// "trade blame" reported nothing. The rest are numbered again, `e1`, `e2`, ..., and the quotes' speakers with them.
    static func dropUnquotedSpeakers(_ entities: inout [Entity], namedCount: Int, _ quotes: inout [Quote]) {
        guard entities.count > namedCount else { return }
        var quoted = [Bool](repeating: false, count: entities.count)
        // (Read through a buffer: each quote taken from the array was a copy, its strings retained and released.)
        quotes.withUnsafeBufferPointer { q in
            for k in q.indices {
                // (The table numbers its entities in order, "e1" first.)
                if let id = q[k].speaker?.entity, let n = ShortID.number(id, "e"), n >= 1, n <= entities.count, entities[n - 1].id == id {
                    quoted[n - 1] = true
                }
            }
        }
        guard let firstDropped = (namedCount..<entities.count).first(where: { !quoted[$0] }) else { return }
        // (In place, from the first one dropped: the entities before it keep their places and ids.)
        var newNumber = Array(0..<entities.count)
        var write = firstDropped
        for read in firstDropped..<entities.count where quoted[read] {
            entities.swapAt(write, read)
            entities[write].id = ShortID.make("e", write + 1)
            newNumber[read] = write
            write += 1
        }
        entities.removeLast(entities.count - write)
        // (The quotes to renumber found through a buffer first, then renumbered: a read from the array was a copy.)
        let renumbered: [(quote: Int, entity: Int)] = quotes.withUnsafeBufferPointer { q in
            q.indices.compactMap { i in
                guard let id = q[i].speaker?.entity, let n = ShortID.number(id, "e"), n > firstDropped, n <= quoted.count, quoted[n - 1]
                else { return nil }
                return (i, newNumber[n - 1])
            }
        }
        for (i, e) in renumbered { quotes[i].speaker?.entity = entities[e].id }
    }

    /// Marks of `labelledWords`: the token is inside a labelled speaker's words, or inside an interview's answer.
    static let insideLabel: UInt8 = 1, insideAnswer: UInt8 = 2

    /// For each token, whether a labelled speaker's words or an interview's answer hold it. (Asking every
    /// labelled paragraph for every cue made a long transcript quadratic: 45 s for 7 MB.)
    static func labelledWords(_ tokens: Tokens, _ labelled: [Attribution]) -> [UInt8] {
        var inside = [UInt8](repeating: 0, count: tokens.count)
        for l in labelled {
            let mark = l.verb.lemma == "answer" ? insideAnswer : insideLabel
            for c in l.contents {
                guard var t = firstToken(tokens, startingAtOrAfter: c.start) else { continue }
                while t < tokens.count, tokens[t].end <= c.end {
                    inside[t] |= mark
                    t += 1
                }
            }
        }
        return inside
    }

    /// "The WHO said", "IS claimed the attack": "WHO" and "IS" written in capitals among words in lower case are a body's
    /// initials, not the pronoun or the verb, which end a subject read leftwards. Their lowered word becomes the initials
    /// with points, "w.h.o.", which no grammatical list holds (and `OrganisationNames` knows as "WHO"). A line of capitals
    /// keeps them: "WHO IS TO BLAME?".
    static func markInitialisms(_ tokens: inout [Token], _ utf8: UnsafeBufferPointer<UInt8>) {
        func inCapitals(_ t: Token) -> Bool { t.isWord && t.end - t.start >= 2 && (t.start..<t.end).allSatisfy { ByteClass.isASCIIUpper(utf8[$0]) } }
        // (Every token's shape is read, through a buffer and against the two keys held once: this runs over the whole text.)
        let who = whoShape, isKey = isShape
        tokens.withUnsafeMutableBufferPointer { all in
            for i in all.indices {
                let shape = all[i].shape
                guard shape == who || shape == isKey, all[i].capitalized else { continue }
                let t = all[i]
                let dotted: Word
                if t.lower == "who" { dotted = "w.h.o." } else if t.lower == "is" { dotted = "i.s." } else { continue }
                guard inCapitals(t), i == 0 || !inCapitals(all[i - 1]), i + 1 == all.count || !inCapitals(all[i + 1]) else { continue }
                all[i].lower = dotted
                all[i].shape = WordShape.none
                all[i].hash = FNV1a.hash(dotted.utf8)
            }
        }
    }

    /// "Fiona van der Berg", "Ursula von der Leyen": a name's lower-case particles, after a capitalised word and before
    /// one (past at most two more particles), are marked capitalised, so that every rule reading a name as a run of
    /// capitalised words reads the whole name. (Not "drove the van to Leeds", nor "Van der" with no capital after it.)
    /// ("Jennifer von der Leyen ... In mitigation, von der Leyen's barrister said": so are particles opening a name, when
    /// the text has already given that surname with them inside a name; not "What do Americans think", nor the
    /// prepositions of other languages, "da Bahia".)
    static func markNameParticles(_ tokens: inout [Token]) {
        let particles = nameParticles, particleShapes = nameParticleShapes
        var surnames: [Word] = []  // (the words after particles inside a name so far: a text has few)
        tokens.withUnsafeMutableBufferPointer { all in
            var i = 1
            while i + 1 < all.count {
                // (The cheap tests first: nearly every token fails the shape's bitmap, before any lookup.)
                guard !all[i].capitalized, particleShapes.mayContain(all[i].shape), all[i].isWord, particles.contains(all[i]) else {
                    i += 1
                    continue
                }
                var j = i + 1
                while j < all.count, j - i < 3, all[j].isWord, !all[j].capitalized, particles.contains(all[j]) { j += 1 }
                if j < all.count, all[j].isWord, all[j].capitalized {
                    let surname = bare(all[j].lower)
                    let inside = all[i - 1].isWord && all[i - 1].capitalized
                    if inside || !QuoteLexicon.determiners.contains(all[i - 1]) && surnames.contains(surname) {
                        for k in i..<j { all[k].capitalized = true }
                        if inside, surnames.count < 64, !surnames.contains(surname) { surnames.append(surname) }
                    }
                }
                i = j
            }
        }
    }

    /// A sentence without its dateline: "NEW YORK (Reuters) - Calloway agreed ..." starts at
    /// "Calloway", so the place is never content or a speaker. A dateline is an all-capitals word,
    /// then capitalised words, commas, periods or an agency in parentheses, then a dash.
    static func pastDateline(_ tokens: Tokens, _ r: Range<Int>, _ utf8: [UInt8]) -> Range<Int> {
        // ("9:15 a.m. — About 40,000 homes ...": a live blog's time stamp before a dash.)
        if r.count > 3, tokens[r.lowerBound].kind == .number,
           let dash = scanRange(from: r.lowerBound + 1, upTo: min(r.upperBound - 1, r.lowerBound + 8)).first(where: { tokens[$0].isDash }),
           (r.lowerBound + 1..<dash).allSatisfy({ clockSuffixes.contains(tokens[$0]) || tokens[$0].kind == .number
               || tokens[$0].punct == UInt8(ascii: ".") || tokens[$0].punct == UInt8(ascii: ":") }),
           tokens[dash + 1].isWord || tokens[dash + 1].isQuoteMark {
            return (dash + 1)..<r.upperBound
        }
        // ("09:47 More than 20,000 homes ...", "10:20 “We are doing all we can,” ...": a clock time opening the sentence
        // before a capitalised word or a quotation, with no dash, is a live blog's time stamp too.)
        if r.count > 3, let after = clockTimeEnd(tokens, r, utf8), after < r.upperBound,
           tokens[after].isWord && tokens[after].capitalized || opensQuotation(tokens[after]) {
            return after..<r.upperBound
        }
        guard r.count > 3, tokens[r.lowerBound].isWord, isAllCaps(tokens[r.lowerBound], utf8) else { return r }
        var k = r.lowerBound + 1
        var depth = 0
        while k < min(r.upperBound - 1, r.lowerBound + 12) {
            let t = tokens[k]
            if depth == 0, t.isDash || t.punct == UInt8(ascii: "-") {
                var n = k + 1
                while n < r.upperBound, tokens[n].isDash { n += 1 }
                // ("LONDON (Reuters) - “We are not a luxury,” said ...": or a quotation that opens the story.)
                return n < r.upperBound && (tokens[n].isWord && tokens[n].capitalized || opensQuotation(tokens[n])) ? n..<r.upperBound : r
            }
            // ("CAIRO, March 3, 2025 (Wire) -": a date's day and year are numbers of up to four digits.)
            if t.punct == UInt8(ascii: "(") { depth += 1 } else if t.punct == UInt8(ascii: ")") { depth -= 1 }
            else if !(t.isWord && (t.capitalized || depth > 0)) && t.punct != UInt8(ascii: ",") && t.punct != UInt8(ascii: ".")
                        && !(t.kind == .number && t.end - t.start <= 4) { return r }
            k += 1
        }
        return r
    }

    /// The token after a clock time opening `r`, "09:47" or "9:47 am" (one number token holding its colon, or two numbers
    /// joined by it); nil when `r` opens otherwise.
    static func clockTimeEnd(_ tokens: Tokens, _ r: Range<Int>, _ utf8: [UInt8]) -> Int? {
        let first = tokens[r.lowerBound]
        guard first.kind == .number, first.end - first.start <= 5 else { return nil }
        var k = r.lowerBound + 1
        if !(first.start..<first.end).contains(where: { utf8[$0] == UInt8(ascii: ":") }) {
            guard k + 1 < r.upperBound, tokens[k].punct == UInt8(ascii: ":"), tokens[k].start == first.end,
                  tokens[k + 1].kind == .number, tokens[k + 1].start == tokens[k].end, tokens[k + 1].end - tokens[k + 1].start == 2 else { return nil }
            k += 2
        }
        if k < r.upperBound, clockSuffixes.contains(tokens[k]) { k += 1 }
        return k
    }

    /// "Published 7 December 2026, 10:42 GMT", "Updated: 3 March 2025": a line of at most twelve tokens that opens with
    /// a word of publishing and holds a number.
    static func isPublicationLine(_ tokens: Tokens, _ r: Range<Int>) -> Bool {
        guard r.count >= 2, r.count <= 12, tokens[r.lowerBound].capitalized, publicationWords.contains(tokens[r.lowerBound]) else { return false }
        return r.contains { tokens[$0].kind == .number }
    }

    /// Words that open a line saying when a story was published: "Published ...", "Updated ...", "First published ...".
    static let publicationWords: WordSet = ["published", "updated", "posted", "modified", "first"]

    /// "By Helen Cartwright", "By Ana Ruiz and Tom Lee": a line of "By" and capitalised names only.
    static func isByline(_ tokens: Tokens, _ r: Range<Int>) -> Bool {
        guard r.count >= 2, r.count <= 8, tokens[r.lowerBound].lower == "by", tokens[r.lowerBound].capitalized else { return false }
        return (r.lowerBound + 1..<r.upperBound).allSatisfy { k in
            tokens[k].isWord && (tokens[k].capitalized || tokens[k].lower == "and") || tokens[k].punct == UInt8(ascii: ",")
                || tokens[k].punct == UInt8(ascii: ".")
        }
    }

    /// The most tokens a sentence may have for the rules that compare its cues pairwise.
    static let maxSentenceTokens = 1_000

    /// Sentences longer than `maxSentenceTokens` cut into pieces of that length. News sentences have
    /// a few dozen tokens; a "sentence" of thousands is a list, a table or hostile input without
    /// stops, and its cues, compared pair by pair, would cost time growing with the square of its length.
    static func bounded(_ ranges: [Range<Int>]) -> [Range<Int>] {
        guard ranges.contains(where: { $0.count > maxSentenceTokens }) else { return ranges }
        var out: [Range<Int>] = []
        for r in ranges {
            var s = r.lowerBound
            while r.upperBound - s > maxSentenceTokens {
                out.append(s..<(s + maxSentenceTokens))
                s += maxSentenceTokens
            }
            out.append(s..<r.upperBound)
        }
        return out
    }

    /// Token range of each sentence.
    static func sentenceRanges(_ tokens: Tokens, _ sentences: [TextSpan]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(sentences.count)  // (one allocation, not one for each time the array grew)
        var t = 0
        for s in sentences {
            while t < tokens.count, tokens[t].start < s.start { t += 1 }
            let a = t
            while t < tokens.count, tokens[t].end <= s.end { t += 1 }
            ranges.append(a..<t)
        }
        return ranges
    }

    /// The sentence that holds token `i`. Sentence ranges are in order and disjoint (`sentenceRanges`
    /// only moves forward, `pastDateline` and `bounded` only cut), so a binary search finds it: an
    /// interview's answers each ask, and a linear search made a long transcript quadratic.
    static func sentence(of i: Int, _ ranges: [Range<Int>]) -> Int? {
        let k = ranges.partitionPoint { $0.upperBound > i }
        return k < ranges.count && ranges[k].contains(i) ? k : nil
    }

    /// How many sentences overlap the tokens `span`, counted no further than `limit`.
    static func sentenceCount(over span: Range<Int>, _ ranges: [Range<Int>], upTo limit: Int) -> Int {
        var n = 0
        var k = ranges.partitionPoint { $0.upperBound > span.lowerBound }
        while k < ranges.count, ranges[k].lowerBound < span.upperBound, n < limit {
            if ranges[k].overlaps(span) { n += 1 }
            k += 1
        }
        return n
    }

    /// Every cue outside quotations, with its reported content.
    /// The quotation that opens inside `content` and closes after it, at a sentence's end ("“a start. We need more
    /// money.”"), when the content was cut inside it; nil otherwise (and when it closes on a comma, "...,” she added", whose
    /// words another cue gives). `quoted` is in text order, searched by halves.
    static func quotationRunningOn(from content: TextSpan, _ quoted: [QuotedSpan], _ tokens: Tokens) -> TextSpan? {
        let lo = quoted.partitionPoint { $0.span.start >= content.start }
        guard lo < quoted.count, case let q = quoted[lo].span, q.start < content.end, q.end > content.end, quoted[lo].looksLikeSpeech else { return nil }
        // The closing mark's token (the last one starting before the quotation's end), and the one before it: sentence punctuation.
        let a = (firstToken(tokens, startingAtOrAfter: q.end) ?? tokens.count) - 1
        guard a > 0, tokens[a].end == q.end, tokens[a].isQuoteMark,
              [UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!")].contains(tokens[a - 1].punct) || tokens[a - 1].lower == "…" else { return nil }
        return q
    }

    func findAttributions(_ tokens: Tokens, _ ranges: [Range<Int>], headline: [Bool], quoted: [QuotedSpan]) -> [Attribution] {
        // A reporting verb inside a quotation is part of what was said, not an attribution.
        var insideQuote = [Bool](repeating: false, count: tokens.count)
        var qi0 = 0
        for (ti, tok) in tokens.enumerated() {
            while qi0 < quoted.count, quoted[qi0].span.end <= tok.start { qi0 += 1 }
            if qi0 < quoted.count, quoted[qi0].span.start < tok.start, tok.end < quoted[qi0].span.end { insideQuote[ti] = true }
        }
        var attributions: [Attribution] = []
        var found: [Attribution] = []  // (one buffer for every sentence's cues)
        for (si, r) in ranges.enumerated() {
            if headline[si] {
                if let a = headlineCue(tokens, r, sentence: si) { attributions.append(a) }
                continue
            }
            found.removeAll(keepingCapacity: true)
            findCues(tokens, QuoteAttributor.kickerEnd(tokens, r).map { $0 + 1..<r.upperBound } ?? r, sentence: si,
                     previous: attributions.withUnsafeBufferPointer { $0.last.map { (sentence: $0.sentence, subject: $0.subject) } },
                     sentenceBefore: si > 0 ? ranges[si - 1].lowerBound : 0, &found)
            // ("Inquest told teenager's death was 'entirely preventable'", "Jury told nurse 'falsified records'": a headline's
            // bare "told" after the forum that heard it is passive; the forum is no speaker, and the headline names none.)
            // (The subject and cue passed alone: passing the attribution copied it, arrays and all, for every cue.)
            for i in found.indices where QuoteAttributor.heardByForum(tokens, subject: found[i].subject, cue: found[i].cueStart, r) {
                found[i].subject = nil
            }
            // ("..., Leeds Crown Court heard.", "The inquest heard that ...": evidence given to a forum.)
            // (Not when the evidence holds a report of its own, "Price told the cashier to empty the till, the court heard":
            // that report is the speech, and the forum heard it.)
            // ("The accused planned the killing “...”, the court heard": but a plan's object is no report, so the forum
            // heard the whole clause.)
            func plansObject(_ c: Attribution) -> Bool {
                c.verb.frame == .intention && c.cueEnd < r.upperBound && tokens[c.cueEnd].lower != "to" && tokens[c.cueEnd].lower != "that"
            }
            // ("Plan was doomed, inquiry told": a headline's "told" with no helper was read as the forum's own telling; the
            // forum's reading replaces it.)
            if let a = forumHeard(tokens, r, sentence: si), let heard = a.fixedContent,
               !found.contains(where: { $0.cueStart == a.cueStart ? a.verb.lemma != "tell" : heard.contains($0.cueStart) && !plansObject($0) }) {
                found.removeAll { heard.contains($0.cueStart) || $0.cueStart == a.cueStart }
                found.append(a)
            }
            // ("He called for warning signs to be installed", "pushed for labelling rules": an "-ing" form right after a
            // phrasal cue's particle opens that cue's object; it reports nothing of its own.)
            // (Not a gerund with its own clause or listener: "insisted on saying that ...", "called for telling them".)
            if found.count > 1 {
                var particleEnds: [Int] = []  // (allocated only when a phrasal cue is found)
                for o in found where o.cueEnd - 1 > o.cueStart && QuoteAttributor.purePrepositions.contains(tokens[o.cueEnd - 1]) { particleEnds.append(o.cueEnd) }
                if !particleEnds.isEmpty {
                    found.removeAll { a in particleEnds.contains(a.cueStart) && tokens[a.cueStart].lower.endsWith("ing") && a.cueEnd < r.upperBound
                        && tokens[a.cueEnd].isWord && !tokens[a.cueEnd].capitalized && tokens[a.cueEnd].lower != "that"
                        && !QuoteAttributor.personalObjects.contains(tokens[a.cueEnd]) }
                }
            }
            // ("Residents opposing the plan said ...": a cue inside another cue's subject phrase describes
            // the speakers; it reports nothing of its own.)
            for a in found where !insideQuote[a.cueStart]
                && !found.contains(where: { o in o.cueStart != a.cueStart && o.subject?.contains(a.cueStart) == true }) {
                attributions.append(a)
            }
        }
        // Reported content of one cue ends where the next cue's subject begins
        // ("described X as ... and that she believes ...").
        // Attributions by sentence: each is compared only with the others of its sentence.
        let bySentence = IndexGroups(count: ranges.count, keys: attributions.map { $0.sentence })
        // Cues that are the next predicate of a reported clause (by cue start): part of that speech.
        var clausePredicates: Set<Int> = []
        // Coordinators and semicolons of each long sentence holding attributions, in order: there the
        // coordination test below reads only these, not every token between two cues (a hostile
        // sentence of thousands of cues made that scan cubic). Short sentences, nearly all, are
        // scanned directly: listing their joints costs more than it saves.
        var joints: [Int: [Int]] = [:]
        for si in bySentence.indices where !bySentence[si].isEmpty && ranges[si].count > 200 {
            joints[si] = ranges[si].filter { QuoteAttributor.coordinators.contains(tokens[$0]) || tokens[$0].punct == UInt8(ascii: ";") }
        }
        for k in attributions.indices {
            let si = attributions[k].sentence
            let r = ranges[si]
            var end = r.upperBound
            let sentenceJoints = joints[si]
            // (Read through a buffer, not copied: each attribution read from the array, or bound to a name, was a copy
            // of the whole, several for every pair of cues in a sentence. Nothing here changes the attributions.)
            attributions.withUnsafeBufferPointer { atts in
                for o in bySentence[si] where atts[o].cueStart > atts[k].cueEnd {
                    let cut = atts[o].subject?.lowerBound ?? atts[o].cueStart
                    // (A cue past the end found so far cannot end this content sooner: the words that lead it
                    // are a few helpers at most.)
                    if min(cut, atts[o].cueStart) > end + 8 { continue }
                    // ("said volunteers will help and donors from around the region who want to see more trees will send money":
                    // a wish, an act or a belief in a restrictive relative clause describes a noun inside the reported clause; it
                    // neither ends that clause nor speaks: "said tenants who think an increase is too high can apply".)
                    if atts[o].nestsInSpeech(tokens) || atts[o].verb.frame == .tentative, atts[o].cueStart - 2 > atts[k].cueEnd, atts[o].opensRestrictiveRelative(tokens) { continue }
                    // ("announced new rules, a move critics said was overdue": a later speaker in the writer's appositive note on
                    // the content, an article, a word or two and a relative clause with or without "that", ends the content at
                    // the note's comma.)
                    if let c = QuoteAttributor.appositiveNoteComma(tokens, before: cut, after: atts[k].cueEnd) {
                        end = min(end, c)
                        continue
                    }
                    // A later cue is a new attribution only after a coordination ("..., and that she
                    // believes ..."); otherwise it is inside the content ("thought voters would repudiate ...").
                    // A verb that would be part of the speech ("said the fishermen and their unions
                    // praised the pier") starts a new attribution only after ", and" or ";".
                    // ("said investigators had found cans and video showing him near the church", "and a video that showed him": a
                    // cue in a participle or a relative clause about a noun of the speech, after the speech's own clause, describes
                    // that noun; it ends nothing. Not an absolute phrase's, "with drivers complaining of queues and cyclists saying".)
                    if let s = atts[o].subject, s.lowerBound - 1 > atts[k].cueEnd,
                       s.upperBound == atts[o].cueStart && tokens[atts[o].cueStart].lower.endsWith("ing")
                        || s.upperBound + 1 == atts[o].cueStart && (QuoteAttributor.isRelativeThatOrWhich(tokens[s.upperBound]) || tokens[s.upperBound].lower == "who"),
                       tokens[s.lowerBound - 1].isWord, tokens[s.lowerBound - 1].lower != "with", !tokens[atts[k].cueStart].lower.endsWith("ing"),
                       hasClause(tokens, atts[k].cueEnd, s.lowerBound) { continue }
                    let between = atts[k].cueEnd..<max(atts[k].cueEnd, cut)
                    let nestable = atts[o].nestsInSpeech(tokens)
                    // (An object holding no clause opener, and a later cue right after its subject: not "cite the uncertainty over
                    // whether the United States and China could agree", where China is inside the object.)
                    // (Read only at such an "and": this runs for every pair of cues in a sentence.)
                    func objectFirst() -> Bool {
                        (atts[k].verb.objectContent
                            || atts[k].cueEnd < r.upperBound && QuoteAttributor.purePrepositions.contains(tokens[atts[k].cueEnd]))
                            && atts[o].subject?.upperBound == atts[o].cueStart
                            && !between.contains(where: { QuoteAttributor.whWords.contains(tokens[$0]) || tokens[$0].lower == "that"
                                || tokens[$0].lower == "if" || QuoteAttributor.relativePronouns.contains(tokens[$0]) })
                    }
                    // ("said they were convinced the department erred and Democrats accused ...": after a
                    // clause of its own, "and" coordinates without a comma too.)
                    // ("said the strike was illegal and that the company would seek an injunction": "and that"
                    // continues the same speech; the company's intention is part of it.)
                    func joins(_ t: Int) -> Bool {
                        // ("denied the claims and police said ...", "complained of queues and cyclists said ...": after an
                        // object or a preposition's phrase, which holds no clause, an "and" right before the later subject
                        // opens a sentence of its own.)
                        if t == cut - 1, tokens[t].lower == "and", t > atts[k].cueEnd, objectFirst() { return true }
                        // ("said the union and the firm had claimed ...": an "and" right before the later
                        // subject, with no clause before it, joins two noun phrases, not two speeches.)
                        if t == cut - 1, tokens[t].lower == "and", t > atts[k].cueEnd, tokens[t - 1].punct != UInt8(ascii: ","),
                           !hasClause(tokens, atts[k].cueEnd, t) { return false }
                        // ("said his client accepted the errors but would argue that he never intended to deceive anyone": a later
                        // cue in the "that"-clause of a verb after the coordination is inside that verb's clause; a second act of the
                        // speaker's, "but warned that ...", is a cue of its own and ends the content there.)
                        if cut - 2 > t, tokens[cut - 1].lower == "that", tokens[cut - 2].isWord, !tokens[cut - 2].capitalized,
                           lexicon.verbs[tokens[cut - 2]] != nil || QuoteAttributor.looksLikeVerb(tokens[cut - 2]) { return false }
                        // ("wrote that while he supported “reform,” the measure ...": a coordinator right after the content's
                        // "that", as "while" or "whereas" stand there, opens a clause inside it, not a second speech.)
                        if t - 1 >= atts[k].cueEnd, tokens[t - 1].lower == "that" { return false }
                        return QuoteAttributor.coordinators.contains(tokens[t])
                            && !(t + 1 < tokens.count && tokens[t + 1].lower == "that")
                            && (!nestable || tokens[t - 1].punct == UInt8(ascii: ",") || hasClause(tokens, atts[k].cueEnd, t))
                            || tokens[t].punct == UInt8(ascii: ";")
                    }
                    let coordinated: Bool
                    if let sentenceJoints {
                        let first = sentenceJoints.partitionPoint { $0 >= between.lowerBound }
                        coordinated = sentenceJoints[first...].prefix(while: { $0 < between.upperBound }).contains(where: joins)
                    } else {
                        coordinated = between.contains(where: joins)
                    }
                    // (", sources said." closing the sentence attributes what comes before it, so it ends the content too.)
                    // ("scolded him: “... you called ‘miracles,’” she said.": the comma may sit inside closing marks.)
                    var beforeCut = cut - 1
                    while beforeCut > r.lowerBound, tokens[beforeCut].isQuoteMark { beforeCut -= 1 }
                    // (", the companies said in a joint statement, creating ...": a short circumstance may follow the verb.)
                    var afterCircumstance = atts[o].cueEnd < r.upperBound && QuoteAttributor.prepositions.contains(tokens[atts[o].cueEnd]) && tokens[atts[o].cueEnd].lower != "to"
                        ? scanRange(from: atts[o].cueEnd, upTo: min(r.upperBound, atts[o].cueEnd + 7)).first(where: { !tokens[$0].isWord }) ?? r.upperBound : atts[o].cueEnd
                    // (", a spokesperson told a news briefing.": so may the listener of a verb that takes one, a few words
                    // with no clause; not "told staff that rules were for losers".)
                    if afterCircumstance == atts[o].cueEnd, atts[o].cueEnd < r.upperBound, QuoteAttributor.listenerOnlyVerbs.contains(lemmaOf: atts[o].verb),
                       let stop = scanRange(from: atts[o].cueEnd, upTo: min(r.upperBound, atts[o].cueEnd + 5)).first(where: { !tokens[$0].isWord }),
                       !(atts[o].cueEnd..<stop).contains(where: { tokens[$0].lower == "that" }), !hasClause(tokens, atts[o].cueEnd, stop) {
                        afterCircumstance = stop
                    }
                    // (", a spokesman announced Monday morning.": or a time of a few words.)
                    if afterCircumstance == atts[o].cueEnd, case let e = atts[o].cueEnd,
                       let stop = scanRange(from: e, upTo: min(r.upperBound, e + 4)).first(where: { !tokens[$0].isWord && tokens[$0].kind != .number }),
                       stop > e, (e..<stop).allSatisfy({ QuoteAttributor.isTimeWord(tokens[$0]) || QuoteAttributor.timeModifiers.contains(tokens[$0]) }) {
                        afterCircumstance = stop
                    }
                    let trailing = cut > r.lowerBound && tokens[beforeCut].punct == UInt8(ascii: ",")
                        && (afterCircumstance >= r.upperBound || tokens[afterCircumstance].kind == .punct)
                    // ("said officials were reviewing costs and would announce a decision": a verb after a modal,
                    // sharing the sentence's subject, is the reported clause's next predicate, not a second speech.)
                    // ("said they had run out of cots and were asking for blankets": so is a progressive.)
                    // ("and would not comment on ...": past a negation.)
                    // ("and was now asking residents to pay", "and would soon announce": past an adverb before the verb.)
                    var helperAt = atts[o].cueStart - 1
                    while helperAt - 1 > atts[k].cueEnd, helperAt > atts[o].cueStart - 3,
                          QuoteAttributor.preverbalAdverbs.contains(tokens[helperAt]) || QuoteAttributor.objectlessAdverbs.contains(tokens[helperAt])
                            || tokens[helperAt].isWord && !tokens[helperAt].capitalized && tokens[helperAt].lower.endsWith("ly") { helperAt -= 1 }
                    if helperAt - 1 > atts[k].cueEnd, tokens[helperAt].lower == "not" { helperAt -= 1 }
                    let helper = tokens[max(0, helperAt)]
                    let modalPredicate = (atts[o].subject?.lowerBound ?? 0) < atts[k].cueEnd && atts[o].cueStart - 1 > atts[k].cueEnd
                        && (QuoteAttributor.modalsAndFuture.contains(helper)
                            || QuoteAttributor.passiveAuxiliaries.contains(helper) && tokens[atts[o].cueStart].lower.endsWith("ing")
                            // ("wrote that he was embarrassed and had asked for a review": and a perfect.)
                            || helper.lower == "had" && helperAt > 0 && tokens[helperAt - 1].lower == "and"
                            // ("said engineers had modelled the effect and found that ...": a participle sharing the
                            // reported clause's "had".)
                            // (Not a verb of speech before "that": "said heavy rain had hampered the search and warned
                            // that ..." is the speaker's second act; a finding, "found that", is not speech.)
                            || helper.lower == "and" && QuoteAttributor.looksLikeVerb(tokens[atts[o].cueStart])
                                && !(atts[o].cueEnd < r.upperBound && tokens[atts[o].cueEnd].lower == "that" && !atts[o].verb.needsThat
                                     && atts[o].verb.frame != .confirmation)
                                // (Only when the clause's subject, right before its "had", may act: in "said that the talks had ended
                                // and insisted ..." the speaker insists.)
                                && (atts[k].cueEnd..<(atts[o].cueStart - 1)).contains(where: { t in
                                    ["had", "have", "has"].contains(tokens[t].lower) && t + 1 < atts[o].cueStart && QuoteAttributor.looksLikeVerb(tokens[t + 1])
                                        && mayAct(tokens[t - 1]) })
                                && !(atts[k].cueEnd..<atts[o].cueStart).contains(where: { tokens[$0].punct == UInt8(ascii: ",") })
                            // ("said she was furious about the findings and intended to appeal": so is an intention after "and"
                            // and a clause of its own; it is the reported clause's subject's, which no speech of the speaker's reports.)
                            // ("said Trump supported the deal but wanted “more money”": or "but".)
                            || (helper.lower == "and" || helper.lower == "but") && atts[o].verb.frame == .intention && helperAt - 1 > atts[k].cueEnd
                                && hasClause(tokens, atts[k].cueEnd, helperAt)
                                && !(atts[k].cueEnd..<atts[o].cueStart).contains(where: { tokens[$0].punct == UInt8(ascii: ",") }))
                    // ("said she was fired after calling the hotline": a gerund after a preposition is a
                    // circumstance inside the reported clause.)
                    // (Not after a comma: "said the pier was unsafe, before warning that ..." is a second act.)
                    let gerund = atts[o].cueStart - 2 > atts[k].cueEnd && tokens[atts[o].cueStart].lower.endsWith("ing")
                        && tokens[atts[o].cueStart - 2].punct != UInt8(ascii: ",")
                        && QuoteAttributor.gerundCircumstanceLeads.contains(tokens[atts[o].cueStart - 1])
                    if modalPredicate { clausePredicates.insert(atts[o].cueStart) }
                    // ("Of the economists who responded, 41 said ...": a later speaker right after the verb's comma opens a
                    // sentence of its own; the verb before it reports nothing.)
                    let opensAfterComma = atts[o].subject != nil && cut > atts[k].cueEnd && tokens[atts[k].cueEnd].punct == UInt8(ascii: ",")
                        && cut == atts[k].cueEnd + 1
                    guard !modalPredicate, !gerund, coordinated || trailing || atts[o].subject == nil || cut < atts[k].cueEnd || opensAfterComma else { continue }
                    // (", before warning that ...", "and has asked ...": the word that leads a participle, or
                    // the helper and "and" before a verb, go with it.)
                    var before = atts[o].cueStart
                    while before - 1 > atts[k].cueEnd, QuoteAttributor.participleLeaders.contains(tokens[before - 1])
                            || QuoteAttributor.finiteAuxiliaries.contains(tokens[before - 1]) { before -= 1 }
                    if before < atts[o].cueStart, before - 1 > atts[k].cueEnd, QuoteAttributor.coordinators.contains(tokens[before - 1]) { before -= 1 }
                    // ("what Hale says his plan would do and how experts say ...": a wh-word and "and" before
                    // the later speaker open that speaker's clause.)
                    var subjectLead = cut
                    if cut - 2 > atts[k].cueEnd, QuoteAttributor.whWords.contains(tokens[cut - 1]),
                       QuoteAttributor.coordinators.contains(tokens[cut - 2]) { subjectLead = cut - 2 }
                    end = min(end, cut > atts[k].cueEnd ? subjectLead : before)
                }
            }
            attributions[k].contents = contents(tokens, r, attributions[k], limit: end)
            // ("Dr Lister put it bluntly when I called her": what "put it" reports is never a subordinate clause after it,
            // which says when or why.)
            if attributions[k].verb.lemma == "put it", let first = attributions[k].contents.first, first.start >= tokens[attributions[k].cueEnd - 1].end,
               let f = QuoteAttributor.firstToken(tokens, startingAtOrAfter: first.start), QuoteAttributor.subordinators.contains(tokens[f]) {
                attributions[k].contents = []
            }
            // ("Lee said the plan was “a start. We need more money.”": a quotation opened inside the speech and closed at a
            // sentence's end in a later sentence carries the speech on to its close.)
            if let last = attributions[k].contents.last, let q = QuoteAttributor.quotationRunningOn(from: last, quoted, tokens) {
                attributions[k].contents[attributions[k].contents.count - 1] = TextSpan(start: last.start, end: q.end)
            }
            // ("said when asked about the criticism on Tuesday:": a circumstance of up to a dozen words may come before the colon.)
            if attributions[k].contents.isEmpty, let colon = scanRange(from: attributions[k].cueEnd, upTo: min(end, attributions[k].cueEnd + 12)).first(where: {
                tokens[$0].punct == UInt8(ascii: ":") }), colon + 1 >= end {
                attributions[k].introducesNext = true
            }
        }
        // ("told reporters who asked about the plan that it would pass": a cue in the listener's relative clause, between the
        // verb and its words, reports none of the words told.)
        for k in attributions.indices {
            guard let c = attributions[k].contents.first, QuoteAttributor.listenerVerbs.contains(lemmaOf: attributions[k].verb) else { continue }
            for o in bySentence[attributions[k].sentence] where o != k && attributions[o].cueStart > attributions[k].cueEnd
                && tokens[attributions[o].cueStart].start < c.start && attributions[o].contents.first == c {
                attributions[o].contents = []
            }
        }
        // ("Fry said the group wasted money, a claim Pike denied.": a cue in the writer's note on an earlier report answers
        // that report's words, not the clause that tells who made it.)
        for k in attributions.indices {
            // (The comma first: it rules out nearly every attribution before any word is looked up.)
            guard let s = attributions[k].subject, s.lowerBound >= 3,
                  case let noun = tokens[s.lowerBound - 1].lower == "that" ? s.lowerBound - 2 : s.lowerBound - 1,
                  noun >= 2, tokens[noun - 2].punct == UInt8(ascii: ","), QuoteAttributor.articles.contains(tokens[noun - 1]),
                  ContentBoundary.speechNouns.contains(tokens[noun]), let c = attributions[k].contents.first else { continue }
            if let o = bySentence[attributions[k].sentence].first(where: { o in
                   o != k && attributions[o].cueStart < noun && c.contains(tokens[attributions[o].cueStart].span) && !attributions[o].contents.isEmpty }) {
                attributions[k].contents = attributions[o].contents
            }
        }
        // "officials said they have agreed to provide ...", "he said the allies will seek new
        // sanctions": a commitment, an intention or an act reported inside someone's speech is
        // part of that speech, not a second quote. (An act before a trailing ", sources said" is the
        // sentence's own predicate and stays: "Rules called for the boats to move, sources said.")
        // "Clinton said she thinks America is strongest ...": a view, an order or an act the speaker reports
        // of themselves, its pronoun opening the speech ("said she would ask the office to review it",
        // "insisted that he had declared all his interests"), is that same speech, not a second one.
        func ownReport(_ a: Attribution, in speech: TextSpan, by outer: Attribution) -> Bool {
            // ("The company said it disagreed with the decision": "it" for a body too, one that an
            // organisation's noun or a name heads; not "the authors cautioned that it could not prove".)
            guard let s = a.subject, s.count == 1 else { return false }
            if tokens[s.lowerBound].lower == "it" {
                // ("In a statement, it said it supported “all pathways”": or "it" again.)
                guard let o = outer.subject, case let head = tokens[o.upperBound - 1], head.isWord, !head.lower.looksPlural,
                      head.capitalized || lexicon.groups[QuoteAttributor.bare(head.lower)] == "org" || o.count == 1 && head.lower == "it"
                else { return false }
            } else if !QuoteAttributor.nominativePronouns.contains(tokens[s.lowerBound]) { return false }
            return tokens[s.lowerBound].start == speech.start
                || s.lowerBound > 0 && tokens[s.lowerBound - 1].lower == "that" && tokens[s.lowerBound - 1].start == speech.start
        }
        // (What to drop is read first, through a buffer, then dropped in one pass: the removal read a second reference
        // to the array, so removing copied the whole array first, and each read of another attribution copied it too.)
        let drop: [Bool] = attributions.withUnsafeBufferPointer { all in all.indices.map { k in
            // ("X argues the campaign would do well to target voters, emphasizing ...": a participle after a
            // comma inside someone's reported speech is part of it too.)
            let participle = all[k].cueStart > 0 && tokens[all[k].cueStart - 1].punct == UInt8(ascii: ",") && tokens[all[k].cueStart].lower.endsWith("ing")
            return bySentence[all[k].sentence].contains { o in
                guard all[o].cueStart != all[k].cueStart, let speech = all[o].contents.first(where: { $0.contains(tokens[all[k].cueStart].span) }) else { return false }
                // ("said Canada would respond “in a measured way”": speech yet to come, inside someone's
                // speech, is part of what they said.)
                // ("said Britain would not accept “a bad deal”": past a "not" inside the speech.)
                let helper = all[k].cueStart - 2 >= 0 && tokens[all[k].cueStart - 1].start > speech.start && tokens[all[k].cueStart - 1].lower == "not"
                    ? all[k].cueStart - 2 : all[k].cueStart - 1
                let future = helper >= 0 && tokens[helper].start >= speech.start && QuoteAttributor.modalsAndFuture.contains(tokens[helper])
                // ("The study did not prove that night work causes diabetes, the authors cautioned": a record's verb whose
                // subject opens a trailing speaker's words is part of them, as after a leading "said".)
                let recordInTrailingSpeech = all[o].cueStart > all[k].cueEnd
                    && all[k].subject.map { !$0.isEmpty && tokens[$0.lowerBound].start >= speech.start
                        && QuoteAttributor.records.contains(QuoteAttributor.bare(tokens[$0.upperBound - 1].lower)) } == true
                // ("Donors who want to see more trees will send money, she said.": so is one in a restrictive relative clause
                // inside the speech, before the verb too; and a belief there, wherever the verb stands.)
                let relative = all[k].opensRestrictiveRelative(tokens) && tokens[all[k].cueStart - 2].start >= speech.start
                return (all[k].nestsInSpeech(tokens) || participle)
                    && (all[o].cueStart < all[k].cueStart || all[k].verb.frame == .agreement || all[o].verb.lemma == "according to" || relative)
                    || all[k].verb.frame == .tentative && relative
                    || all[o].cueStart < all[k].cueStart && (ownReport(all[k], in: speech, by: all[o]) || future || clausePredicates.contains(all[k].cueStart))
                    || recordInTrailingSpeech
            } || all[k].noun && bySentence[all[k].sentence].contains { o in
                // ("told the court in his opening statement that ...": the noun's clause is the verb's content.)
                all[o].cueStart < all[k].cueStart && !all[o].noun && !all[k].contents.isEmpty && all[o].contents == all[k].contents
            }
        } }
        var k = 0
        attributions.removeAll { _ in
            defer { k += 1 }
            return drop[k]
        }
        return attributions
    }

    /// Quotes from the contents of attributions: a quotation filling the content is direct,
    /// quotations inside it are partial. Returns the quotes and the quotations used.
    func attributedQuotes(_ tokens: Tokens, _ attributions: [Attribution], _ quoted: [QuotedSpan]) -> ([Quote], [Bool]) {
        var used = [Bool](repeating: false, count: quoted.count)  // (by quotation: no hashing)
        var quotes: [Quote] = []
        // The narrowest reported speech holding each quotation: in nested speech ("the aide told colleagues
        // the minister had said that the policy was “dead in the water”") the quoted words are the
        // innermost speaker's.
        // (Arrays by quotation, not a dictionary: this runs for every content of every attribution.)
        var owner = [Int](repeating: -1, count: quoted.count)
        var ownerLength = [Int](repeating: Int.max, count: quoted.count)
        // (Not a record's evidence: in "said the figures showed “the plan is working”" the words are hers.)
        for (k, a) in attributions.enumerated() where (a.speaker != nil || a.forumEvidence) && !a.verbatim && !a.verb.evidenceObject {
            for c in a.contents {
                for qi in QuoteAttributor.overlapping(quoted, c) where c.contains(quoted[qi].span) && c.end - c.start < ownerLength[qi] {
                    owner[qi] = k
                    ownerLength[qi] = c.end - c.start
                }
            }
        }
        for (k, a) in attributions.enumerated() {
            guard a.speaker != nil || a.forumEvidence else { continue }
            let speaker = a.speaker
            let cue = a.implicit ? nil : a.cue(tokens)
            // Each quotation is a quote once, with the first attribution that claims it.
            func claim(_ qi: Int, _ kind: Quote.Kind) {
                if !used[qi] {
                    used[qi] = true
                    quotes.append(Quote(id: "", span: quoted[qi].span, kind: kind, speaker: speaker, cue: cue))
                }
            }
            for c in a.contents {
                // Quotations are sorted and disjoint: only those overlapping the content are looked at.
                let near = QuoteAttributor.overlapping(quoted, c)
                // A title in quotation marks ("on Fox News's “Fox and Friends.”") is no one's words.
                // ("chanting “U-S-A! U-S-A!”", 'singing "It's Our Time."': what a voice utters right after
                // its verb is words, however it is capitalised.)
                // ('She said, “Thanks, Dad.”': so is a quotation after the verb and its comma.)
                let afterComma = a.cueEnd < tokens.count && tokens[a.cueEnd].punct == UInt8(ascii: ",")
                let uttered = a.verb.frame == .emotiveManner || afterComma ? a.quotationAfterCue(tokens) : nil
                let titles = near.filter { quoted[$0].span.start != uttered
                    && quoted[$0].wordCount <= 8 && QuoteAttributor.isQuotedTitle(tokens, quoted[$0].span) }
                if let qi = near.first(where: { fits(quoted[$0].span, c, tokens) }) {
                    if titles.contains(qi) { continue }
                    // (What a naming verb puts in quotation marks is a label, not a whole utterance:
                    // "a move opponents call “a slow death”" is a partial quote.)
                    // ("“It was slow,” the patient described.": before the verb it is a whole utterance.)
                    let before = quoted[qi].span.end <= tokens[a.cueStart].start
                    // ("came to England with, she says, “two suitcases and a rolling pin”": lower-case words completing a
                    // preposition or an article of the writer's, past a cue set off by commas, are a fragment.)
                    let opensLowerCase = QuoteAttributor.firstToken(tokens, startingAtOrAfter: quoted[qi].span.start).map { open in
                        open + 1 < tokens.count && tokens[open + 1].isWord && !tokens[open + 1].capitalized } == true
                    let completesWriter = !before && opensLowerCase && a.subject.map { s in
                        s.lowerBound >= 2 && tokens[s.lowerBound - 1].punct == UInt8(ascii: ",")
                            && (QuoteAttributor.purePrepositions.contains(tokens[s.lowerBound - 2]) || QuoteAttributor.articles.contains(tokens[s.lowerBound - 2]))
                    } == true
                    // ("urged “maximum restraint”", "demanded “a full inquiry”": a short lower-case phrase that reads as no
                    // speech, the object of a verb whose object is what was said, is the speaker's wording of a phrase.)
                    let objectPhrase = !before && opensLowerCase && a.verb.objectContent && !quoted[qi].looksLikeSpeech
                    claim(qi, a.verb.frame == .naming && !before || completesWriter || objectPhrase ? .partial : .direct)
                    continue
                }
                // "told his audience, “What has happened is this. ...”": a quotation opening after a comma,
                // a colon or the verb itself ("chanting “U-S-A! U-S-A!”") and running past the sentence is the speech.
                if let qi = near.first(where: { quoted[$0].span.start > c.start && quoted[$0].span.end > c.end && !titles.contains($0) }),
                   let open = QuoteAttributor.firstToken(tokens, startingAtOrAfter: quoted[qi].span.start), open > 0,
                   tokens[open - 1].punct == UInt8(ascii: ",") || tokens[open - 1].punct == UInt8(ascii: ":") || open == a.cueEnd {
                    claim(qi, .direct)
                    continue
                }
                let inside = near.filter { c.contains(quoted[$0].span) && !titles.contains($0) }
                // "says of Clinton, “If she gets the chance ...”": the quotation after the comma is the speech.
                // ("said that if his candidate won, “she would sign it”": a clause before the comma
                // makes the whole content mixed.)
                // (Not a quotation that a speaker reported inside the content owns: "said a senior manager had told her:
                // “Don't make trouble.”" is the manager's.)
                if !a.verbatim, let last = inside.last, quoted[last].span.end >= c.end - 1,
                   owner[last] < 0 || owner[last] == k || tokens[a.cueStart].start > c.start
                    || !c.contains(tokens[attributions[owner[last]].cueStart].span),
                   let before = QuoteAttributor.firstToken(tokens, startingAtOrAfter: quoted[last].span.start).map({ $0 - 1 }), before >= 0,
                   tokens[before].punct == UInt8(ascii: ",") || tokens[before].punct == UInt8(ascii: ":"),
                   let first = QuoteAttributor.firstToken(tokens, startingAtOrAfter: c.start),
                   !QuoteAttributor.quotationCompletesSubject(tokens, from: first, comma: before),
                   tokens[before].punct == UInt8(ascii: ":")
                    // ("said in a statement that Montanans wanted action, “not more partisan games.”": a clause
                    // with a verb of its own is reported speech the quotation completes, a mixed quote.)
                    // ("recalled that he said, “...”", "recalled thinking, “...”": not when a verb of speech or
                    // thought right before the comma introduces the quotation.)
                    || !(first..<before).contains(where: { QuoteAttributor.clauseMarkers.contains(tokens[$0]) })
                        && (!hasClause(tokens, first, before) || before > first && lexicon.isReportingVerb(tokens[before - 1])) {
                    // (A clause of its own before the colon is reported too, an indirect quote before the direct one.)
                    if inside.count == 1, let s = clauseBeforeColon(tokens, a, from: first, colon: before) {
                        quotes.append(Quote(id: "", span: s, kind: .indirect, speaker: speaker, cue: cue))
                    }
                    claim(last, .direct)
                    continue
                }
                // "likened the rules to “burning the Constitution”", "described as “an intentional act”",
                // "call them “lone wolves”": when only the verb's object stands before the quotation, the
                // quoted words are all that was said, a partial quote with no mixed one around it.
                if !a.verbatim, inside.count == 1, quoted[inside[0]].span.end >= c.end - 1,
                   namingComplement(tokens, from: c.start, to: quoted[inside[0]].span.start, a.verb) {
                    claim(inside[0], .partial)
                    continue
                }
                quotes.append(Quote(id: "", span: c, kind: a.verbatim ? .direct : inside.isEmpty ? .indirect : .mixed, speaker: speaker, cue: cue))
                // (Quotation marks inside someone's own words quote another voice, not a part of theirs.)
                if !a.verbatim { for qi in inside where owner[qi] < 0 || owner[qi] == k { claim(qi, .partial) } }
            }
        }
        return (quotes, used)
    }

    /// "writes that her chancellor, Robert Vane, “never once told me the truth”": the content from `first` to the comma at
    /// `comma` is a subject's phrase and the quotation after the comma opens in lower case, so it is that subject's
    /// predicate and the whole content a mixed quote. Not after a phrase holding a preposition or a subordinator: "says
    /// of Clinton, “...”", "As for complexity, “...”", "described Montalvo as an individual, “...”".
    static func quotationCompletesSubject(_ tokens: Tokens, from first: Int, comma: Int) -> Bool {
        comma > first && tokens[comma].punct == UInt8(ascii: ",") && opensNounPhrase(tokens[first])
            && comma + 2 < tokens.count && tokens[comma + 2].isWord && !tokens[comma + 2].capitalized
            && (first..<comma).allSatisfy({ !prepositions.contains(tokens[$0]) && !subordinators.contains(tokens[$0]) })
    }

    /// "Mark Hughes told the BBC he was worried about the exams: “She has lost so much time.”": the clause of its own from
    /// `first` to the colon at `colon`, which `a` reports before the quotation, or nil. Only after a verb that reports a
    /// clause, its subject opening a clause of its own (after a discourse word at most): not "cited examples, including:",
    /// nor "the impact it said Clinton would have on women:", nor the front of a trailing "she said".
    func clauseBeforeColon(_ tokens: Tokens, _ a: Attribution, from first: Int, colon: Int) -> TextSpan? {
        guard tokens[colon].punct == UInt8(ascii: ":"), colon > first + 1, first >= a.cueEnd,
              !a.verb.objectContent, !a.verb.evidenceObject, let subject = a.subject, subject.upperBound <= a.cueStart,
              subject.lowerBound == 0 || !tokens[subject.lowerBound - 1].isWord
                || QuoteAttributor.discourseOpeners.contains(tokens[subject.lowerBound - 1]),
              !lexicon.isReportingVerb(tokens[colon - 1]), hasClause(tokens, first, colon) else { return nil }
        return span(tokens, first, colon)
    }

    /// The quotation `q` opens its sentence (after a full stop, a question or exclamation mark, or at its paragraph's
    /// start) and closes on a comma, the way speech runs on to its attribution: "“Not a chance,” came the reply."
    func opensSentenceBeforeItsComma(_ tokens: Tokens, _ q: QuotedSpan, _ paragraphs: [TextSpan]) -> Bool {
        guard let open = QuoteAttributor.firstToken(tokens, startingAtOrAfter: q.span.start), open + 2 < tokens.count,
              let close = (open + 1..<tokens.count).first(where: { tokens[$0].end >= q.span.end }), close > open + 1,
              tokens[close - 1].punct == UInt8(ascii: ",") else { return false }
        if open == 0 { return true }
        if paragraphs.indices.contains(q.paragraph), tokens[open].start == paragraphs[q.paragraph].start { return true }
        return QuoteAttributor.isSentenceStop(tokens, at: open - 1)
    }

    /// The quotation `q` opens its paragraph and a colon follows its closing mark, with more of the paragraph after it.
    func opensParagraphBeforeColon(_ tokens: Tokens, _ q: QuotedSpan, _ paragraphs: [TextSpan]) -> Bool {
        guard paragraphs.indices.contains(q.paragraph), q.span.start == paragraphs[q.paragraph].start,
              let after = QuoteAttributor.firstToken(tokens, startingAtOrAfter: q.span.end), after + 1 < tokens.count,
              tokens[after].punct == UInt8(ascii: ":") else { return false }
        return tokens[after + 1].start < paragraphs[q.paragraph].end
    }

    /// Of `speaking` (indices into `attributions` that have a speaker, by cue place), the one whose cue starts nearest
    /// `offset`; on a tie the earlier.
    static func nearest(_ speaking: [Int], _ attributions: [Attribution], _ tokens: Tokens, to offset: Int) -> Int? {
        func place(_ k: Int) -> Int { tokens[attributions[k].cueStart].start }
        let pivot = speaking.partitionPoint { place($0) >= offset }
        var before = pivot - 1
        while before > 0, place(speaking[before - 1]) == place(speaking[before]) { before -= 1 }
        switch (before >= 0 ? speaking[before] : nil, pivot < speaking.count ? speaking[pivot] : nil) {
        case let (b?, a?): return place(a) - offset < offset - place(b) ? a : b
        case let (b, a): return b ?? a
        }
    }

    /// Quotations with no attribution of their own take the nearest one in their paragraph, a dash
    /// byline, an introduction ending the previous paragraph, or the previous paragraph's speaker.
    func unattributedQuotes(_ tokens: Tokens, _ attributions: [Attribution], _ quoted: [QuotedSpan], used: [Bool],
                            attributed: [Quote], _ paragraphs: [TextSpan], _ ranges: [Range<Int>], _ utf8: [UInt8],
                            _ table: inout EntityTable) -> [Quote] {
        var quotes: [Quote] = []
        func paragraphIndex(_ offset: Int) -> Int? { QuoteAttributor.paragraphIndex(paragraphs, offset) }
        // (By paragraph in arrays, not dictionaries, and the attributed quotes sorted by index, not copied: this runs for
        // every document. A quotation's paragraph may lie past `paragraphs` when the document has none.)
        let paragraphCount = max(paragraphs.count, (quoted.map(\.paragraph).max() ?? -1) + 1)
        var lastSpeakerOfParagraph = [SpeakerReference?](repeating: nil, count: paragraphCount)
        // ("Dunn said firefighters had told residents to stay put. ¶ “...”": a quotation inside the last speaker's own is
        // speech she reports; she speaks on.)
        var lastSpan = [TextSpan?](repeating: nil, count: paragraphCount)
        for i in attributed.indices.sorted(by: { attributed[$0].span < attributed[$1].span }) {
            if let p = paragraphIndex(attributed[i].span.start), paragraphs[p].contains(attributed[i].span), let s = attributed[i].speaker,
               lastSpan[p].map({ !$0.contains(attributed[i].span) }) ?? true {
                lastSpeakerOfParagraph[p] = s
                lastSpan[p] = attributed[i].span
            }
        }
        let byParagraph = IndexGroups(count: paragraphCount, keys: attributions.map { paragraphIndex(tokens[$0.cueStart].start) })
        // (Those of a paragraph's attributions that have a speaker, made when a quotation there first asks.)
        var speakingByParagraph = [[Int]?](repeating: nil, count: paragraphCount)
        // The last attribution of paragraph `p` that introduces the next paragraph and has a speaker ("The New York Times
        // reports:"), looked for once per paragraph (-2: not yet; -1: none).
        var introducers = [Int](repeating: -2, count: paragraphCount)
        func introducer(_ p: Int) -> Int? {
            if introducers[p] == -2 {
                introducers[p] = byParagraph[p].last(where: { attributions[$0].introducesNext && attributions[$0].speaker != nil }) ?? -1
            }
            return introducers[p] >= 0 ? introducers[p] : nil
        }
        for (qi, q) in quoted.enumerated() where !used[qi] {
            // ("‘Grossly unfair’: teachers condemn pay offer": a quotation opening its paragraph before a colon is
            // speech, as headlines quote it, though it is short and has no punctuation of its own.)
            // ("“Not a chance,” came the reply.": so is one opening its sentence and closing on a comma.)
            let looksLikeSpeech = q.looksLikeSpeech || opensParagraphBeforeColon(tokens, q, paragraphs)
                || q.wordCount >= 2 && opensSentenceBeforeItsComma(tokens, q, paragraphs)
            // A scare quote, a title or a stage direction ("(CROSSTALK.)"), not speech.
            // ("... the president added. “We're America.”": two words that are a sentence of their own are speech.)
            if (!looksLikeSpeech && q.wordCount <= 4) || q.wordCount < 2 { continue }
            if q.wordCount == 2 {
                guard let open = QuoteAttributor.firstToken(tokens, startingAtOrAfter: q.span.start) else { continue }
                let before = open > 0 ? tokens[open - 1] : nil
                let paragraphStart = paragraphs.indices.contains(q.paragraph) ? paragraphs[q.paragraph].start : 0
                if let b = before, b.start >= paragraphStart,
                   b.punct != UInt8(ascii: "."), b.punct != UInt8(ascii: "!"), b.punct != UInt8(ascii: "?") { continue }
            }
            // A quoted phrase after a preposition ("took her into “a living room in western
            // Pennsylvania”") cites words inside the writer's sentence; with no cue it is no one's speech.
            if !looksLikeSpeech, let open = QuoteAttributor.firstToken(tokens, startingAtOrAfter: q.span.start), open > 0,
               QuoteAttributor.purePrepositions.contains(tokens[open - 1]) { continue }
            // A title ("“Contract with America.”", "“The Steve Harvey Morning Show,”") or a markup
            // attribute value (`pic="..."`) is not speech either.
            if q.wordCount <= 8, QuoteAttributor.isQuotedTitle(tokens, q.span) { continue }
            if q.span.start > 0, utf8[q.span.start - 1] == UInt8(ascii: "=") { continue }
            // A quoted title-case line that is a paragraph of its own is a subheading: "'All Bets Are Off.'"
            if q.wordCount <= 8, paragraphs.indices.contains(q.paragraph), QuoteAttributor.isWholeTitleCaseParagraph(tokens, q.span, paragraphs[q.paragraph], utf8) { continue }
            var speaker: SpeakerReference? = nil
            var cue: Cue? = nil
            let para = paragraphs.indices.contains(q.paragraph) ? paragraphs[q.paragraph] : TextSpan(start: 0, end: utf8.count)
            // ("thanked the council for “working through the night”": a lower-case quotation that a word of
            // the writer's sentence runs into is a fragment of someone's words, not an utterance.)
            let open = QuoteAttributor.firstToken(tokens, startingAtOrAfter: q.span.start)
            let fragment = open.map { open in open > 0 && open + 1 < tokens.count && tokens[open - 1].isWord && tokens[open - 1].start >= para.start
                && tokens[open + 1].isWord && !tokens[open + 1].capitalized } ?? false
            // The paragraph's attribution with a speaker whose cue is nearest, the earlier on a tie. (Found from where the
            // quotation falls among the cues, sorted by place: reading every cue of the paragraph for every quotation was
            // quadratic in a paragraph of thousands.)
            if speakingByParagraph[q.paragraph] == nil {
                let speaking = byParagraph[q.paragraph].filter { k in
                    attributions[k].speaker != nil && para.contains(tokens[attributions[k].cueStart].span)
                }
                // ("Dunn said firefighters had told residents to stay put. “I did not believe them.”": a cue inside the
                // content of one of the few before it is speech reported there, no speaker a quotation of its own carries on.)
                speakingByParagraph[q.paragraph] = speaking.indices.filter { x in
                    let cue = tokens[attributions[speaking[x]].cueStart].span
                    return !speaking[max(0, x - 3)..<x].contains { attributions[$0].contents.contains { $0.contains(cue) } }
                }.map { speaking[$0] }
            }
            let near = QuoteAttributor.nearest(speakingByParagraph[q.paragraph] ?? [], attributions, tokens, to: q.span.start).map { attributions[$0] }
            if let (byline, nameSpan) = dashByline(tokens, after: q.span.end, in: para, utf8: utf8) {
                // “...” — Sonya Herridge
                let words = byline.map { QuoteAttributor.bare(tokens[$0].lower) }
                let display = String(decoding: utf8[nameSpan.start..<nameSpan.end], as: UTF8.self)
                let e = table.name(words, display: display, kind: .person, gender: .unknown, mention: nameSpan).0
                speaker = SpeakerReference(name: table[e].name, entity: table[e].id, span: nameSpan, resolution: .name)
            } else if fragment, let open, let si = QuoteAttributor.sentence(of: open, ranges), near.map({ $0.sentence != si }) ?? true,
                      let np = sentenceSubject(tokens, ranges[si]), np.upperBound < open, tokens[np.upperBound - 1].capitalized,
                      let e = table.find(np.map { QuoteAttributor.bare(tokens[$0].lower) }), table[e].kind == .person {
                // ("Harvey dedicated it to “everyone who speaks for the Earth”. The chair called the book ...": a fragment
                // in a sentence with no cue is the words of the person its sentence is about, not of the speaker
                // of the sentence beside it.)
                let span = TextSpan(start: tokens[np.lowerBound].start, end: QuoteAttributor.endWithoutPossessive(tokens[np.upperBound - 1], utf8))
                speaker = SpeakerReference(name: table[e].name, entity: table[e].id, span: span, resolution: .context)
            } else if let near {
                speaker = near.speaker
                speaker?.resolution = .context
                cue = near.implicit ? nil : near.cue(tokens)
            } else if q.paragraph > 0, let intro = introducer(q.paragraph - 1).map({ attributions[$0] }) {
                // "The New York Times reports:" ends the previous paragraph.
                speaker = intro.speaker
                cue = intro.implicit ? nil : intro.cue(tokens)
            } else if q.paragraph > 0, q.continued || q.span.start == para.start, let prev = lastSpeakerOfParagraph[q.paragraph - 1] {
                // A quotation that opens its paragraph carries on the previous paragraph's speaker.
                speaker = prev
                speaker?.resolution = .context
            } else if q.paragraph > 1, q.span.start == para.start, lastSpeakerOfParagraph[q.paragraph - 1] == nil,
                      byParagraph[q.paragraph - 1].isEmpty, paragraphs.indices.contains(q.paragraph - 1),
                      QuoteAttributor.isBareQuestion(paragraphs[q.paragraph - 1], utf8),
                      let prev = lastSpeakerOfParagraph[q.paragraph - 2] {
                // ("“...,” Peaker said. ¶ What about rent increases? ¶ “Rent can only go up once a year ...”": in a question and
                // answer, a quotation answering a question of its own paragraph is the last answer's speaker again.)
                speaker = prev
                speaker?.resolution = .context
            }
            if let s = speaker { lastSpeakerOfParagraph[q.paragraph] = s }
            quotes.append(Quote(id: "", span: q.span, kind: fragment ? .partial : .direct, speaker: speaker, cue: cue))
        }
        return quotes
    }

    /// The paragraph is one question of the writer's: it ends with "?" and holds no quotation mark.
    static func isBareQuestion(_ para: TextSpan, _ utf8: [UInt8]) -> Bool {
        var e = para.end
        while e > para.start, utf8[e - 1] == 0x20 || utf8[e - 1] == 0x0A || utf8[e - 1] == 0x0D { e -= 1 }
        guard e > para.start, utf8[e - 1] == UInt8(ascii: "?"), e - para.start <= 300 else { return false }
        // (Straight double marks and curly ones, U+2018, U+201C and U+201D; not U+2019, which is mostly an apostrophe:
        // "Can’t my landlord ...?")
        var i = para.start
        while i < e {
            let b = utf8[i]
            if b == 0x22 || b == 0xE2 && i + 2 < e && utf8[i + 1] == 0x80 && (utf8[i + 2] == 0x98 || utf8[i + 2] == 0x9C || utf8[i + 2] == 0x9D) { return false }
            i += 1
        }
        return true
    }

    /// The paragraph holding a byte offset (binary search), nil in a gap between paragraphs.
    static func paragraphIndex(_ paragraphs: [TextSpan], _ offset: Int) -> Int? {
        let p = paragraphs.partitionPoint { $0.end > offset }
        return p < paragraphs.count && paragraphs[p].start <= offset ? p : nil
    }

    /// The colon after a headline's kicker, one to four capitalised words: "Ange Kovac: Rovers boss says squad 'not good
    /// enough'", "Council Budget: Finance chief says bins will be collected fortnightly". The clause after it opens where
    /// the colon ends, so its bare subject ("Rovers boss") is found as at a headline's start, and the kicker is no one's
    /// subject. (A headline only: "Smith: I never said that." is a label's words. Not "Storm warning:", whose second
    /// word is lower-case and may be a verb: "Smith warns: ...".)
    static func kickerEnd(_ tokens: Tokens, _ r: Range<Int>) -> Int? {
        guard r.count > 5, endsWithoutStop(tokens, r) else { return nil }
        var k = r.lowerBound
        while k < r.lowerBound + 4, tokens[k].isWord, tokens[k].capitalized { k += 1 }
        guard k > r.lowerBound, k + 3 < r.upperBound, tokens[k].punct == UInt8(ascii: ":"), tokens[k + 1].isWord else { return nil }
        return k
    }

    /// A headline's "Forum told ...": the cue is "told" right after a one-word subject opening the line that names a
    /// forum which hears evidence, and the line ends without a stop.
    static func heardByForum(_ tokens: Tokens, subject: Range<Int>?, cue: Int, _ r: Range<Int>) -> Bool {
        guard let s = subject, s.count == 1, s.lowerBound == r.lowerBound, s.upperBound == cue,
              tokens[cue].lower == "told", hearingForums.contains(tokens[s.lowerBound]) else { return false }
        return endsWithoutStop(tokens, r)
    }

    /// The line ends as a headline does, without a stop: on a word, a number, or a quotation closed after a word.
    static func endsWithoutStop(_ tokens: Tokens, _ r: Range<Int>) -> Bool {
        guard let last = r.last else { return false }
        return tokens[last].isWord || tokens[last].kind == .number || last > r.lowerBound && tokens[last].isQuoteMark && tokens[last - 1].isWord
    }

    /// Bodies that hear evidence, which a headline says were told something: "Jury told", "MPs told". (And the members
    /// who sit in them: "Jurors were told Lee had stolen £2m", "Councillors heard that ...".)
    static let hearingForums: WordSet = ["jury", "inquest", "court", "tribunal", "hearing", "inquiry", "trial", "committee",
                                         "mps", "msps", "peers", "commons", "parliament", "jurors", "magistrates", "councillors"]

    /// Most words capitalised, function words aside: a headline, not a sentence.
    static func isTitleCase(_ tokens: Tokens, _ r: Range<Int>) -> Bool {
        var words = 0, capitals = 0
        // (Counted without branches: this reads every token of the document, and whether a word is long or capitalised
        // is too irregular for the processor to guess.)
        for i in r {
            let long = tokens[i].isWord && tokens[i].lower.utf8.count > 3 ? 1 : 0
            words &+= long
            capitals &+= long & (tokens[i].capitalized ? 1 : 0)
        }
        guard words >= 4 && Double(capitals) >= 0.9 * Double(words) else { return false }
        // ("Tom Lane met Sarah Holt on Monday.": a short word in lower case that no title leaves small, a verb such as
        // "met", makes a sentence of names.) (Read only for lines that pass the first test: few do.)
        return !r.contains(where: { i in
            tokens[i].isWord && tokens[i].lower.utf8.count <= 3 && !tokens[i].capitalized && !titleShortWords.contains(tokens[i])
        })
    }

    /// The quotation is its paragraph, all of it, and every longer word in it is capitalised: a
    /// subheading in quotation marks ("'All Bets Are Off.'").
    static func isWholeTitleCaseParagraph(_ tokens: Tokens, _ span: TextSpan, _ para: TextSpan, _ utf8: [UInt8]) -> Bool {
        var s = para.start, e = para.end
        while s < e, utf8[s] == 0x20 || utf8[s] == 0x0A { s += 1 }
        while e > s, utf8[e - 1] == 0x20 || utf8[e - 1] == 0x0A { e -= 1 }
        guard span.start == s, span.end == e, let first = firstToken(tokens, startingAtOrAfter: span.start) else { return false }
        var words = 0
        var k = first
        while k < tokens.count, tokens[k].end <= span.end {
            let t = tokens[k]
            if t.isWord {
                words += 1
                if t.lower.utf8.count > 3, !titleFunctionWords.contains(t), !t.capitalized { return false }
            }
            k += 1
        }
        return words >= 2
    }

    /// A naming verb and a determiner stand before the noun at `noun`: "called the book", "calling his film".
    static func namesItsObject(_ tokens: Tokens, _ noun: Int) -> Bool {
        noun >= 2 && articles.contains(tokens[noun - 1]) && namingForms.contains(tokens[noun - 2])
    }

    /// Every longer word inside the marks is capitalised: a title of a show, book or forum.
    static func isQuotedTitle(_ tokens: Tokens, _ span: TextSpan) -> Bool {
        guard var k = firstToken(tokens, startingAtOrAfter: span.start) else { return false }
        // Titles sit inside running text ("on “Fox and Friends,”", "his 1994 “Contract with America.”");
        // a quotation in a headline or after a colon is someone's words.
        // "Ouisa Davis' commentary, “Melania, tell your story,”", "an essay titled “...”": a work named
        // after its noun is a title whatever its case.
        // (But "called the book “a novel about our world”", "calling the article “a hit job”": what a naming verb
        // calls the work, in lower case, is the speaker's words about it.)
        if k > 1, tokens[k - 1].punct == UInt8(ascii: ",") ? workNouns.contains(tokens[k - 2]) : workNouns.contains(tokens[k - 1]),
           !(tokens[k - 1].isWord && k + 1 < tokens.count && tokens[k + 1].isWord && !tokens[k + 1].capitalized && namesItsObject(tokens, k - 1)),
           // ("critics of the film “have forgotten that ...”": a lower-case helper verb opening it carries on the
           // sentence's clause; it is words, not a title.)
           // ("said that the paper “cannot go on losing money”": so does a negated or modal one.)
           !(k + 1 < tokens.count && tokens[k + 1].isWord && !tokens[k + 1].capitalized
             && (QuoteLexicon.auxiliaries.contains(tokens[k + 1]) || QuoteAttributor.clauseMarkers.contains(tokens[k + 1]))) {
            return true
        }
        // ("the so-called “gig economy”": the writer's term, set apart, is no one's words.)
        if k > 0, tokens[k - 1].lower == "so-called" { return true }
        // ("said the term “ultra-processed” was unhelpful": so is a term or a label named as such after "the"; the words a
        // speaker used, "used the word “disgraceful”", stay theirs.)
        if k > 1, tokens[k - 1].lower == "term" || tokens[k - 1].lower == "label", tokens[k - 2].lower == "the" { return true }
        // A quotation opening a sentence is someone's words: "He left. “We're all America now,” he said."
        if k > 0, [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(tokens[k - 1].punct) { return false }
        // ("Turner said: “Nonsense.”": so is one after a colon, unless a work's noun stands before it.)
        if k > 1, tokens[k - 1].punct == UInt8(ascii: ":"), !workNouns.contains(tokens[k - 2]) { return false }
        // ("on Fox News's “Fox and Friends.”": after a possessive name too.)
        guard k > 0, tokens[k - 1].kind == .number || (tokens[k - 1].isWord && (!tokens[k - 1].capitalized || tokens[k - 1].lower.endsWith("'s")))
            || (k > 1 && tokens[k - 2].isWord && !tokens[k - 2].capitalized) else { return false }
        var long = 0, words = 0, lowerShort = 0
        var firstCapitalised = false
        while k < tokens.count, tokens[k].end <= span.end {
            let t = tokens[k]
            // Two sentences ("“The Donald. Big Daddy.”") are speech, not a title.
            if t.punct == UInt8(ascii: "."), k + 1 < tokens.count, tokens[k + 1].isWord, tokens[k + 1].end <= span.end { return false }
            if t.isWord {
                if words == 0 { firstCapitalised = t.capitalized }
                words += 1
                if t.lower.utf8.count > 3, !QuoteAttributor.titleFunctionWords.contains(t) {
                    if !t.capitalized { return false }
                    long += 1
                } else if !t.capitalized && !["and", "of", "the", "a", "an", "in", "on", "for", "to"].contains(t.lower) {
                    lowerShort += 1
                }
            }
            k += 1
        }
        // ("“Fox and Friends”": short capitalised words count when nothing else is lower-case.)
        // (A title opens with a capital: "“all the way to the Supreme Court”" is words, though it
        // ends in a name.)
        if !firstCapitalised && lowerShort > 0 { return false }
        return long >= 2 || (long == 1 && words >= 2 && lowerShort == 0)
    }

    /// The comma opening an appositive note that ends right before a later speaker's subject at `subject`: ", a move
    /// critics said", ", a step that officials said": "a", "an" or "the" and one or two lower-case words, then perhaps "that".
    /// (After a comma inside a closing mark, the index after the mark.)
    static func appositiveNoteComma(_ tokens: Tokens, before subject: Int, after start: Int) -> Int? {
        var e = subject
        if e - 1 > start, tokens[e - 1].lower == "that" { e -= 1 }
        var d = e - 1
        while d > start, e - d <= 3, tokens[d].isWord, !tokens[d].capitalized, !articles.contains(tokens[d]) { d -= 1 }
        guard d < e - 1, d - 1 > start, ["a", "an", "the"].contains(tokens[d].lower) else { return nil }
        // ("said the government had “no more money to give,” a position the union called “fantasy”": the comma may sit
        // inside a closing mark, which then ends the content.)
        if tokens[d - 1].isQuoteMark, d - 2 > start, tokens[d - 2].punct == UInt8(ascii: ",") { return d }
        return tokens[d - 1].punct == UInt8(ascii: ",") ? d - 1 : nil
    }

    /// Indices of the (sorted, disjoint) quotations that overlap a span. (A range, not an array: this runs
    /// for every content and many subjects, and an array was an allocation each time.)
    static func overlapping(_ quoted: [QuotedSpan], _ c: TextSpan) -> Range<Int> {
        let lo = quoted.partitionPoint { $0.span.end > c.start }
        var hi = lo
        while hi < quoted.count, quoted[hi].span.start < c.end { hi += 1 }
        return lo..<hi
    }

    /// The words from `start` to the quotation at `end` are a naming verb's object, or the object of
    /// a verb whose object is its content, ending in "as"/"to"/"like" or being one object pronoun:
    /// "as", "them", "the rules to"; at most four words, so a clause ("he would") never is.
    func namingComplement(_ tokens: Tokens, from start: Int, to end: Int, _ verb: QuoteLexicon.Verb) -> Bool {
        guard let first = QuoteAttributor.firstToken(tokens, startingAtOrAfter: start) else { return false }
        // (After a naming verb "it" and "her" are objects too: "calling it “a joke”".)
        func isObject(_ t: Token) -> Bool {
            QuoteAttributor.objectPronouns[t.lower] != nil || verb.frame == .naming && QuoteAttributor.namedObjects.contains(t)
        }
        var words = 0, last = -1, allObjects = true
        var k = first
        while k < tokens.count, tokens[k].start < end {
            if tokens[k].isWord {
                words += 1
                last = k
                if allObjects, !isObject(tokens[k]) { allObjects = false }
            } else if tokens[k].kind == .punct && !tokens[k].isQuoteMark { return false }
            k += 1
        }
        guard last >= 0, words <= 4 else { return false }
        let w = tokens[last].lower
        if words == 1, w == "as" { return true }
        // (Not after an order: "exhorted fishermen to “mend the nets”" says who was told to act.)
        guard verb.frame == .naming || verb.objectContent && verb.frame != .directive else { return false }
        return w == "as" || w == "to" || w == "like" || allObjects
    }

    /// A quotation fills reported content when it holds it, or covers 85% of it with no word of the
    /// content before it: 'said he “would make amends”' is mixed, however short the subject.
    func fits(_ q: TextSpan, _ c: TextSpan, _ tokens: Tokens) -> Bool {
        guard q.overlaps(c) else { return false }
        if q.contains(c) { return true }
        let overlap = min(q.end, c.end) - max(q.start, c.start)
        guard Double(overlap) >= 0.85 * Double(c.length) && q.length <= c.length + 8 else { return false }
        guard c.start < q.start, var k = QuoteAttributor.firstToken(tokens, startingAtOrAfter: c.start) else { return true }
        while k < tokens.count, tokens[k].start < q.start {
            if tokens[k].isWord, tokens[k].lower != "that" { return false }
            k += 1
        }
        return true
    }

    /// The quotes before `i`, nearest first and up to eight back (quotes are sorted by span, so one holding `i` starts at or
    /// before it), mixed ones and, with `indirectToo`, indirect ones, that hold quote `i` and its cue at `cueStart` and have
    /// their own cue before it: the speeches quote `i`'s attribution sits inside.
    static func enclosingQuotes(_ quotes: [Quote], _ i: Int, cueStart: Int, indirectToo: Bool) -> [Int] {
        var found: [Int] = []
        // (Read through a buffer: each quote read from the array was a copy.)
        quotes.withUnsafeBufferPointer { q in
            for j in stride(from: i - 1, through: max(0, i - 8), by: -1)
            where (q[j].kind == .mixed || indirectToo && q[j].kind == .indirect) && q[j].span.contains(q[i].span)
                && q[j].span.start <= cueStart && cueStart < q[j].span.end {
                if let c = q[j].cue?.span.start, c < cueStart { found.append(j) }
            }
        }
        return found
    }

    /// "Ham explained how he believes the cuts left generals' hands tied", "the $18 million he says he raised", "condemned
    /// what she called a “reckless” decision": an attribution inside the content of the same speaker's earlier one, in a
    /// relative or complement clause, is the same utterance told again, and the outer quote reports it. Not one after a
    /// subordinator or a coordinator ("said the deal collapsed after she told the board ...": another time, another
    /// act), nor one whose outer cue comes later ("X said she felt ... because “...,” she said": a writer's doubled verb).
    /// A claim in a relative clause on what a verb of praise or blame acts on is a claim of its own: "praised two harbour
    /// staff who she said had saved a life" keeps both; a name given there is the act's own word ("what she called").
    /// Quotes are sorted by span; an outer quote starts at or before its inner one, a few quotes back at most.
    func dropRestatements(_ quotes: inout [Quote], _ tokens: Tokens) {
        func verb(_ cue: Cue) -> ReportingVerbs.Verb? {
            QuoteAttributor.firstToken(tokens, startingAtOrAfter: cue.span.start).flatMap { lexicon.verbs[tokens[$0]] }
        }
        var drop = [Bool](repeating: false, count: quotes.count)
        // (Read through a buffer: each quote read from the array was a copy, its strings retained and released.)
        quotes.withUnsafeBufferPointer { q in
            for i in q.indices where q[i].kind == .indirect || q[i].kind == .mixed {
                guard let cueStart = q[i].cue?.span.start, let mention = q[i].speaker?.span, q[i].speaker?.entity != nil
                else { continue }
                let nested = QuoteAttributor.enclosingQuotes(quotes, i, cueStart: cueStart, indirectToo: true).contains { j in
                    guard q[j].span.length > q[i].span.length, q[j].span.contains(mention),
                          q[j].speaker?.entity == q[i].speaker?.entity, let outerCue = q[j].cue, let cue = q[i].cue else { return false }
                    return verb(outerCue)?.objectContent != true || verb(cue)?.frame == .naming
                }
                guard nested, let k = QuoteAttributor.firstToken(tokens, startingAtOrAfter: mention.start), k > 0,
                      !QuoteAttributor.subordinators.contains(tokens[k - 1]), !QuoteAttributor.coordinators.contains(tokens[k - 1]),
                      tokens[k - 1].lower != "or" else { continue }
                drop[i] = true
            }
        }
        // (One pass, in order: removing each at its index moved the rest every time, quadratic on a long record.)
        var k = 0
        quotes.removeAll { _ in
            defer { k += 1 }
            return drop[k]
        }
    }

    /// "A spokesman added that the government understood “the pressures families are under.”": a quotation after a verb of
    /// knowing or thinking inside another speaker's mixed quote is that speaker's wording, not words the one who thinks
    /// said. It is a partial quote of the outer speaker's, within the mixed quote.
    static func quotedThoughtsAreTheReporters(_ quotes: inout [Quote]) {
        // (Found first, reading through a buffer, then changed: each quote read from the array was a copy, its strings
        // retained and released. A quote changed here is never read again as an outer one: that one is mixed.)
        var moves: [(quote: Int, outer: Int)] = []
        quotes.withUnsafeBufferPointer { q in
            for i in q.indices where q[i].kind == .direct {
                guard let cueStart = q[i].cue?.span.start,
                      let m = QuoteAttributor.enclosingQuotes(quotes, i, cueStart: cueStart, indirectToo: false).first(where: {
                          q[$0].speaker != q[i].speaker }),
                      let lemma = q[i].cue?.lemma, QuoteAttributor.thinkingLemmas.contains(lemma) else { continue }
                moves.append((i, m))
            }
        }
        for (i, m) in moves {
            quotes[i].kind = .partial
            quotes[i].speaker = quotes[m].speaker
            quotes[i].cue = quotes[m].cue
        }
    }

    /// A partial quote inside the mixed quote of the same attribution (same speaker, same cue) is the same
    /// utterance seen twice: it names the mixed quote in `within`. (By key, not by sorted order: a mixed quote
    /// that opens with its quotation sorts after it.) So is one whose own attribution lies inside a mixed quote of the
    /// same speaker (see `dropRestatements`): "condemned what she called a “reckless” decision".
    static func markNestedPartials(_ quotes: inout [Quote]) {
        // (Keyed by where the cue and the speaker's mention start, then compared in full: hashing the names' strings
        // for every quote cost more than the rest.)
        func key(_ q: Quote) -> Int { (q.cue?.span.start ?? -1) &* 1_000_003 &+ (q.speaker?.span?.start ?? -1) }
        var mixed: [Int: [Int]] = [:]
        for i in quotes.indices where quotes[i].kind == .mixed { mixed[key(quotes[i]), default: []].append(i) }
        guard !mixed.isEmpty else { return }
        for i in quotes.indices where quotes[i].kind == .partial {
            guard let candidates = mixed[key(quotes[i])] else { continue }
            if let m = candidates.first(where: { quotes[$0].span.contains(quotes[i].span) && quotes[$0].speaker == quotes[i].speaker
                                                   && quotes[$0].cue == quotes[i].cue }) {
                quotes[i].within = quotes[m].id
            }
        }
        for i in quotes.indices where quotes[i].kind == .partial && quotes[i].within == nil {
            guard let cueStart = quotes[i].cue?.span.start, quotes[i].speaker?.entity != nil,
                  let m = QuoteAttributor.enclosingQuotes(quotes, i, cueStart: cueStart, indirectToo: false).first(where: {
                      quotes[$0].speaker?.entity == quotes[i].speaker?.entity }) else { continue }
            quotes[i].within = quotes[m].id
        }
    }

    /// Each speaker's quotes, in order of first quote. `entityCount` is the document's number of entities ("e1" to "eN").
    static func summarize(_ quotes: [Quote], entityCount: Int) -> [SpeakerSummary] {
        // (Summaries found by key through an index: no summary is copied. A speaker that is an entity is found by its
        // id's number, "e12", in an array: hashing the id as a string was most of this loop. Names without an entity,
        // and any other id, go through the dictionary.)
        var summaries: [SpeakerSummary] = []
        var byEntity = [Int](repeating: -1, count: entityCount + 1)
        var index: [String: Int] = [:]
        for i in quotes.indices {
            guard let s = quotes[i].speaker, s.resolution != .unresolved else { continue }
            let n = s.entity.flatMap { ShortID.number($0, "e") }.flatMap { $0 < byEntity.count ? $0 : nil }
            let key = n == nil ? s.entity ?? "name:" + s.name.lowercased() : ""
            if let k = n.map({ byEntity[$0] }) ?? index[key], k >= 0 {
                summaries[k].quoteIDs.append(quotes[i].id)
                continue
            }
            if let n { byEntity[n] = summaries.count } else { index[key] = summaries.count }
            summaries.append(SpeakerSummary(entity: s.entity, name: s.name, quoteIDs: [quotes[i].id]))
        }
        return summaries
    }

    /// "Neither side said ...", "No one said ...", "None of the officials said ...": a subject before the verb that
    /// opens with a word no one is in (or right after one: "Neither" is no part of the speaker "side"), with only
    /// words up to the verb. ("No 10 said" is Downing Street: not before a number.)
    static func hasNegativeSubject(_ tokens: Tokens, _ subject: Range<Int>?, before cueStart: Int) -> Bool {
        guard let s = subject, s.upperBound <= cueStart else { return false }
        // ("Not everyone agrees", "Not all experts agree": no one speaks for the whole.)
        // ("Not one of the ministers said": nor for any one of them.)
        if s.lowerBound > 0, tokens[s.lowerBound - 1].lower == "not",
           QuoteAttributor.wholeQuantifiers.contains(tokens[s.lowerBound]) || tokens[s.lowerBound].lower == "one" { return true }
        // ("Neither the union nor the company would comment": the subject after "nor" is denied as the first is.)
        if s.lowerBound > 0, tokens[s.lowerBound - 1].lower == "nor" { return true }
        for k in max(0, s.lowerBound - 1)...s.lowerBound where QuoteAttributor.negativeSubjects.contains(tokens[k]) {
            if tokens[k].lower == "no", k + 1 < cueStart, tokens[k + 1].kind == .number { return false }
            return (k..<cueStart).allSatisfy { tokens[$0].isWord }
        }
        return false
    }

    /// "did not say", "didn't find", "has never claimed": a negation among the two words before the verb.
    /// ("could not resist pointing out" is a cue of "pointing", past "resist": not negated.)
    static func isNegated(_ tokens: Tokens, _ cueStart: Int) -> Bool {
        for k in stride(from: cueStart - 1, through: max(0, cueStart - 2), by: -1) {
            let t = tokens[k]
            guard t.isWord else { return false }
            if t.lower == "not" || t.lower == "never" || t.lower.endsWith("n't") { return true }
            if k < cueStart - 1 || !QuoteLexicon.auxiliaries.contains(t) && !modalsAndFuture.contains(t) { return false }
        }
        return false
    }
}
