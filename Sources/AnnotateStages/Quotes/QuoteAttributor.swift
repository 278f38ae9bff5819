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

    private struct NameRun {
        var first: Int
        var last: Int
        var entity: Int
    }

    private struct Attribution {
        var cueStart: Int
        var cueEnd: Int
        var verb: QuoteLexicon.Verb
        var subject: Range<Int>?
        var sentence: Int
        var contents: [TextSpan] = []
        var speaker: SpeakerReference?
        /// "Caddell continued:" at the end of a paragraph: the quotation that follows is the content.
        var introducesNext = false

        /// The reporting verb as it appears in the output.
        func cue(_ tokens: [Token]) -> Cue {
            Cue(span: TextSpan(start: tokens[cueStart].start, end: tokens[cueEnd - 1].end), lemma: verb.lemma, framing: verb.framing)
        }
    }

    /// Words that coordinate a second attribution inside one sentence ("..., and that she believes ...").
    static let coordinators: Set<String> = ["and", "but", "while", "whereas"]

    func annotate(_ doc: inout Document) {
        var text = doc.text
        let tokens = text.withUTF8 { Tokenizer.tokenize($0) }
        guard !tokens.isEmpty else { return }
        let sentences = doc.sentences.isEmpty ? [TextSpan(start: 0, end: text.utf8.count)] : doc.sentences.map(\.span)
        // Token range of each sentence.
        var ranges: [Range<Int>] = []
        var t = 0
        for s in sentences {
            while t < tokens.count, tokens[t].start < s.start { t += 1 }
            let a = t
            while t < tokens.count, tokens[t].end <= s.end { t += 1 }
            ranges.append(a..<t)
        }
        var table = EntityTable()
        var names = [NameRun?](repeating: nil, count: tokens.count)  // by token index of every token in a run
        let utf8 = Array(text.utf8)
        // A title-case line (a headline) has no reliable names or attributions.
        let headline = ranges.map { QuoteAttributor.isTitleCase(tokens, $0) }
        for (si, r) in ranges.enumerated() where !headline[si] { findNames(tokens, r, utf8, &table, &names) }

        let quoted = QuoteMarkScanner.scan(tokens: tokens, paragraphs: doc.paragraphs.isEmpty
            ? [TextSpan(start: 0, end: text.utf8.count)] : doc.paragraphs)
        // A reporting verb inside a quotation is part of what was said, not an attribution.
        var insideQuote = [Bool](repeating: false, count: tokens.count)
        var qi0 = 0
        for (ti, tok) in tokens.enumerated() {
            while qi0 < quoted.count, quoted[qi0].span.end <= tok.start { qi0 += 1 }
            if qi0 < quoted.count, quoted[qi0].span.start < tok.start, tok.end < quoted[qi0].span.end { insideQuote[ti] = true }
        }
        var attributions: [Attribution] = []
        for (si, r) in ranges.enumerated() where !headline[si] {
            var found: [Attribution] = []
            findCues(tokens, r, sentence: si, &found)
            attributions += found.filter { !insideQuote[$0.cueStart] }
        }
        // Reported content of one cue ends where the next cue's subject begins
        // ("described X as ... and that she believes ...").
        // Attributions by sentence: each is compared only with the others of its sentence.
        var bySentence: [Int: [Int]] = [:]
        for (k, a) in attributions.enumerated() { bySentence[a.sentence, default: []].append(k) }
        for k in attributions.indices {
            let si = attributions[k].sentence
            let r = ranges[si]
            var end = r.upperBound
            for other in bySentence[si, default: []].map({ attributions[$0] }) where other.cueStart > attributions[k].cueEnd {
                let cut = other.subject?.lowerBound ?? other.cueStart
                // A later cue is a new attribution only after a coordination ("..., and that she
                // believes ..."); otherwise it is inside the content ("thought voters would repudiate ...").
                let between = attributions[k].cueEnd..<max(attributions[k].cueEnd, cut)
                let coordinated = between.contains { t in
                    QuoteAttributor.coordinators.contains(tokens[t].lower) || tokens[t].punct == UInt8(ascii: ";")
                }
                guard coordinated || other.subject == nil || cut < attributions[k].cueEnd else { continue }
                end = min(end, cut > attributions[k].cueEnd ? cut : other.cueStart)
            }
            attributions[k].contents = contents(tokens, r, attributions[k], limit: end)
            if attributions[k].contents.isEmpty, let colon = (attributions[k].cueEnd..<min(end, attributions[k].cueEnd + 5)).first(where: {
                tokens[$0].punct == UInt8(ascii: ":") }), colon + 1 >= end {
                attributions[k].introducesNext = true
            }
        }
        attributions += speakerLabels(tokens, ranges: ranges, paragraphs: doc.paragraphs, utf8: utf8)
        attributions.sort { $0.cueStart < $1.cueStart }
        resolveSpeakers(tokens, &attributions, &table, names, utf8)

        var used = Set<Int>()
        var quotes: [Quote] = []
        for a in attributions {
            guard let speaker = a.speaker else { continue }
            let cue = a.cue(tokens)
            for c in a.contents {
                // Quotations are sorted and disjoint: only those overlapping the content are looked at.
                let near = QuoteAttributor.overlapping(quoted, c)
                if let qi = near.first(where: { fits(quoted[$0].span, c) }) {
                    if used.insert(qi).inserted {
                        quotes.append(Quote(id: "", span: quoted[qi].span, kind: .direct, speaker: speaker, cue: cue))
                    }
                    continue
                }
                let inside = near.filter { c.contains(quoted[$0].span) }
                // "says of Clinton, “If she gets the chance ...”": the quotation after the comma is the speech.
                if let last = inside.last, quoted[last].span.end >= c.end - 1,
                   let before = QuoteAttributor.firstToken(tokens, startingAtOrAfter: quoted[last].span.start).map({ $0 - 1 }), before >= 0,
                   tokens[before].punct == UInt8(ascii: ",") || tokens[before].punct == UInt8(ascii: ":") {
                    if used.insert(last).inserted {
                        quotes.append(Quote(id: "", span: quoted[last].span, kind: .direct, speaker: speaker, cue: cue))
                    }
                    continue
                }
                quotes.append(Quote(id: "", span: c, kind: inside.isEmpty ? .indirect : .mixed, speaker: speaker, cue: cue))
                for qi in inside where used.insert(qi).inserted {
                    quotes.append(Quote(id: "", span: quoted[qi].span, kind: .partial, speaker: speaker, cue: cue))
                }
            }
        }
        // Quotations with no attribution of their own take the nearest one in their paragraph.
        let paragraphs = doc.paragraphs
        func paragraphIndex(_ offset: Int) -> Int? {
            var lo = 0, hi = paragraphs.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if paragraphs[mid].end <= offset { lo = mid + 1 } else { hi = mid }
            }
            return lo < paragraphs.count && paragraphs[lo].start <= offset ? lo : nil
        }
        var lastSpeakerOfParagraph: [Int: SpeakerReference] = [:]
        for q in quotes.sorted(by: { $0.span < $1.span }) {
            if let p = paragraphIndex(q.span.start), paragraphs[p].contains(q.span), let s = q.speaker { lastSpeakerOfParagraph[p] = s }
        }
        var byParagraph: [Int: [Int]] = [:]
        for (k, a) in attributions.enumerated() {
            if let p = paragraphIndex(tokens[a.cueStart].start) { byParagraph[p, default: []].append(k) }
        }
        for (qi, q) in quoted.enumerated() where !used.contains(qi) {
            // A scare quote, a title or a stage direction ("(CROSSTALK.)"), not speech.
            if (!q.looksLikeSpeech && q.wordCount <= 4) || q.wordCount < 3 { continue }
            // A title ("“Contract with America.”", "“The Steve Harvey Morning Show,”") or a markup
            // attribute value (`pic="..."`) is not speech either.
            if q.wordCount <= 8, QuoteAttributor.isQuotedTitle(tokens, q.span) { continue }
            if q.span.start > 0, utf8[q.span.start - 1] == UInt8(ascii: "=") { continue }
            var speaker: SpeakerReference? = nil
            var cue: Cue? = nil
            let para = doc.paragraphs.indices.contains(q.paragraph) ? doc.paragraphs[q.paragraph] : TextSpan(start: 0, end: text.utf8.count)
            let near = byParagraph[q.paragraph, default: []].map { attributions[$0] }.filter { a in
                a.speaker != nil && para.contains(tokens[a.cueStart].span)
            }.min { abs(tokens[$0.cueStart].start - q.span.start) < abs(tokens[$1.cueStart].start - q.span.start) }
            if let (byline, nameSpan) = dashByline(tokens, after: q.span.end, in: para, utf8: utf8) {
                // “...” — Sonya Herridge
                let words = byline.map { QuoteAttributor.bare(tokens[$0].lower) }
                let display = String(decoding: utf8[nameSpan.start..<nameSpan.end], as: UTF8.self)
                let e = table.name(words, display: display, kind: .person, gender: .unknown, mention: nameSpan).0
                speaker = SpeakerReference(name: table[e].name, entity: table[e].id, span: nameSpan, resolution: .name)
            } else if let near {
                speaker = near.speaker
                speaker?.resolution = .context
                cue = near.cue(tokens)
            } else if q.paragraph > 0, let intro = byParagraph[q.paragraph - 1, default: []].map({ attributions[$0] }).last(where: { a in
                a.introducesNext && a.speaker != nil }) {
                // "The New York Times reports:" ends the previous paragraph.
                speaker = intro.speaker
                cue = intro.cue(tokens)
            } else if q.paragraph > 0, q.continued || q.span.start == para.start, let prev = lastSpeakerOfParagraph[q.paragraph - 1] {
                // A quotation that opens its paragraph carries on the previous paragraph's speaker.
                speaker = prev
                speaker?.resolution = .context
            }
            if let s = speaker { lastSpeakerOfParagraph[q.paragraph] = s }
            quotes.append(Quote(id: "", span: q.span, kind: .direct, speaker: speaker, cue: cue))
        }
        quotes.sort { $0.span < $1.span }
        for i in quotes.indices { quotes[i].id = "q\(i + 1)" }
        doc.quotes = quotes
        doc.entities = table.final
        doc.speakers = QuoteAttributor.summarize(quotes)
    }

    /// Words after which a verb-like word is a noun: "the claims", "his latest remarks".
    static let beforeNouns: Set<String> = ["to", "the", "a", "an", "this", "his", "her", "their", "its", "our", "my", "your",
                                           "these", "those", "latest", "recent", "new", "several", "such", "many", "no", "another",
                                           "low", "high", "eventual", "public", "political"]
    static let auxiliaries: Set<String> = ["could", "would", "will", "can", "may", "might", "should", "must", "shall",
                                           "is", "are", "was", "were", "has", "have", "had"]
    static let nounDeterminers: Set<String> = ["the", "a", "an", "this", "that", "his", "her", "their", "its", "our", "my", "your", "one", "another",
                                               "each", "several", "many", "some", "most", "few", "both", "other", "all", "two",
                                               "three", "four", "five"]

    /// Most words capitalised, function words aside: a headline, not a sentence.
    static func isTitleCase(_ tokens: [Token], _ r: Range<Int>) -> Bool {
        var words = 0, capitals = 0
        for i in r where tokens[i].isWord && tokens[i].lower.utf8.count > 3 {
            words += 1
            if tokens[i].capitalized { capitals += 1 }
        }
        return words >= 4 && Double(capitals) >= 0.9 * Double(words)
    }

    /// Every longer word inside the marks is capitalised: a title of a show, book or forum.
    static func isQuotedTitle(_ tokens: [Token], _ span: TextSpan) -> Bool {
        guard var k = firstToken(tokens, startingAtOrAfter: span.start) else { return false }
        // Titles sit inside running text ("on “Fox and Friends,”", "his 1994 “Contract with America.”");
        // a quotation in a headline or after a colon is someone's words.
        guard k > 0, tokens[k - 1].kind == .number || (tokens[k - 1].isWord && !tokens[k - 1].capitalized)
            || (k > 1 && tokens[k - 2].isWord && !tokens[k - 2].capitalized) else { return false }
        var long = 0
        while k < tokens.count, tokens[k].end <= span.end {
            let t = tokens[k]
            // Two sentences ("“The Donald. Big Daddy.”") are speech, not a title.
            if t.punct == UInt8(ascii: "."), k + 1 < tokens.count, tokens[k + 1].isWord, tokens[k + 1].end <= span.end { return false }
            if t.isWord, t.lower.utf8.count > 3, !QuoteAttributor.titleFunctionWords.contains(t.lower) {
                if !t.capitalized { return false }
                long += 1
            }
            k += 1
        }
        return long >= 2
    }

    static let titleFunctionWords: Set<String> = ["with", "from", "into", "onto", "over", "upon", "about", "after", "under",
                                                  "than", "that", "this", "your", "their", "through", "without", "against",
                                                  "before", "between", "among"]

    /// Indices of the (sorted, disjoint) quotations that overlap a span.
    static func overlapping(_ quoted: [QuotedSpan], _ c: TextSpan) -> [Int] {
        var lo = 0, hi = quoted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if quoted[mid].span.end <= c.start { lo = mid + 1 } else { hi = mid }
        }
        var out: [Int] = []
        while lo < quoted.count, quoted[lo].span.start < c.end { out.append(lo); lo += 1 }
        return out
    }

    /// A quotation fills reported content when it holds it, or covers 85% of it.
    private func fits(_ q: TextSpan, _ c: TextSpan) -> Bool {
        guard q.overlaps(c) else { return false }
        if q.contains(c) { return true }
        let overlap = min(q.end, c.end) - max(q.start, c.start)
        return Double(overlap) >= 0.85 * Double(c.length) && q.length <= c.length + 8
    }

    static func summarize(_ quotes: [Quote]) -> [SpeakerSummary] {
        var order: [String] = []
        var byKey: [String: SpeakerSummary] = [:]
        for q in quotes {
            guard let s = q.speaker, s.resolution != .unresolved else { continue }
            let key = s.entity ?? "name:" + s.name.lowercased()
            if byKey[key] == nil {
                order.append(key)
                byKey[key] = SpeakerSummary(entity: s.entity, name: s.name, quoteIDs: [])
            }
            byKey[key]!.quoteIDs.append(q.id)
        }
        return order.map { byKey[$0]! }
    }

    // MARK: Names

    private func findNames(_ tokens: [Token], _ r: Range<Int>, _ utf8: [UInt8], _ table: inout EntityTable,
                           _ names: inout [NameRun?]) {
        var i = r.lowerBound
        while i < r.upperBound {
            guard tokens[i].isWord, tokens[i].capitalized else { i += 1; continue }
            var j = i
            while j < r.upperBound, tokens[j].isWord, tokens[j].capitalized {
                j += 1
                if tokens[j - 1].lower.hasSuffix("'s") { break }
            }
            var first = i
            // A sentence-initial function word is not part of a name ("But", "The").
            // Sentence-initial: at the sentence start, or right after an opening quotation mark.
            let initial = i == r.lowerBound || { if case .quoteMark = tokens[i - 1].kind { return true }; return false }()
            while first < j, (first == i && initial) || first > i, lexicon.starters.contains(tokens[first].lower)
                    || QuoteLexicon.calendarWords.contains(QuoteAttributor.bare(tokens[first].lower))
                    || (first == i && initial && j - first > 1 && lexicon.verbs[tokens[first].lower] != nil) {
                first += 1
            }
            var kind = Entity.Kind.other
            var gender = Entity.Gender.unknown
            // "Mr. King", "Rep. Bishop": right after a title abbreviation, a title word is a surname.
            let abbreviatedTitle = i >= r.lowerBound + 2 && tokens[i - 1].punct == UInt8(ascii: ".")
                ? lexicon.titles[tokens[i - 2].lower] : nil
            if let g = abbreviatedTitle {
                kind = .person
                gender = Entity.Gender(rawValue: g) ?? .unknown
            }
            if let titleAt = (first..<j).last(where: { lexicon.titles[QuoteAttributor.bare(tokens[$0].lower)] != nil
                && !($0 == i && abbreviatedTitle != nil) }) {
                let g = lexicon.titles[QuoteAttributor.bare(tokens[titleAt].lower)] ?? ""
                gender = Entity.Gender(rawValue: g) ?? .unknown
                kind = .person
                first = titleAt + 1
            }
            var words = (first..<j).map { QuoteAttributor.bare(tokens[$0].lower) }
            words.removeAll { QuoteLexicon.calendarWords.contains($0) }
            if first < j, !words.isEmpty {
                if kind == .other, let g = lexicon.firstNames[words[0]], words.count >= 2 {
                    kind = .person
                    gender = Entity.Gender(rawValue: g) ?? .unknown
                }
                if let last = words.last, lexicon.groups[last] == "org" { kind = .organization }
                let mention = TextSpan(start: tokens[first].start, end: QuoteAttributor.endWithoutPossessive(tokens[j - 1], utf8))
                // A lone capitalised word at a sentence start is only a name if it is already known.
                let lone = words.count == 1 && (first == r.lowerBound || (first == i && initial))
                if !lone || table.find(words) != nil {
                    let display = String(decoding: utf8[mention.start..<mention.end], as: UTF8.self)
                    let (e, _) = table.name(words, display: display, kind: kind, gender: gender, mention: mention)
                    for k in first..<j { names[k] = NameRun(first: first, last: j, entity: e) }
                }
            }
            i = j
        }
    }

    /// A lower-cased word without a possessive ending or a final period.
    static func bare(_ lower: String) -> String {
        // Most words end in a letter other than "s": nothing to strip, nothing to copy.
        guard let last = lower.utf8.last, last == UInt8(ascii: "s") || last == UInt8(ascii: "'") || last == UInt8(ascii: ".") else {
            return lower
        }
        var w = lower
        if w.hasSuffix("'s") { w.removeLast(2) } else if w.hasSuffix("'") { w.removeLast() }
        if w.hasSuffix("."), !w.dropLast().contains(".") { w.removeLast() }
        return w
    }

    /// The end of a word without its possessive "'s" or "’s".
    static func endWithoutPossessive(_ t: Token, _ utf8: [UInt8]) -> Int {
        guard t.lower.hasSuffix("'s") else { return t.end }
        return utf8[t.end - 2] == UInt8(ascii: "'") ? t.end - 2 : t.end - 4
    }

    // MARK: Cues

    private func findCues(_ tokens: [Token], _ r: Range<Int>, sentence: Int, _ out: inout [Attribution]) {
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
            guard lexicon.mayBeVerb(tokens[i]), let verb = lexicon.verbs[w] else { continue }
            // A capitalised form inside a sentence is a name ("the United States"), not a verb.
            if tokens[i].capitalized && i > r.lowerBound { continue }
            let next = i + 1 < r.upperBound ? tokens[i + 1].lower : ""
            // Verbs that are not always speech ("continued", "added", "tweeted") count before "that",
            // before a colon, or right after a closing quotation mark ("...,” she continued").
            let colonNext = i + 1 < r.upperBound && tokens[i + 1].punct == UInt8(ascii: ":")
            // "She continued, “...”": a comma and an opening quotation mark introduce the speech.
            let quotationNext = i + 2 < r.upperBound && tokens[i + 1].punct == UInt8(ascii: ",") && QuoteAttributor.opensQuotation(tokens[i + 2])
            if verb.needsThat && next != "that" && !colonNext && !quotationNext && !followsQuotation(tokens, i, r) { continue }
            if i > r.lowerBound {
                let prev = tokens[i - 1].lower
                if QuoteAttributor.beforeNouns.contains(prev) { continue }
            }
            // "his latest remarks will ...", "battleground states could ...": a plural noun followed by its
            // verb. ("what the senators said was ..." keeps its verb.)
            if w.hasSuffix("s"), w != "says", QuoteAttributor.auxiliaries.contains(next) { continue }
            if i == r.lowerBound, tokens[i].capitalized,
               let np = forwardPhrase(tokens, from: i + 1, r), np.upperBound < r.upperBound,
               tokens[np.upperBound].punct == UInt8(ascii: ":") || tokens[np.upperBound].punct == UInt8(ascii: ",") {
                // "Said Ellis: “...”": the verb opens the sentence and the speaker follows it.
                found.append(Attribution(cueStart: i, cueEnd: i + 1, verb: verb, subject: np, sentence: sentence))
            } else if let subject = leftSubject(tokens, before: i, r) {
                // "it" speaks only for a text or body just quoted: "“...,” it added."
                if subject.count == 1, tokens[subject.lowerBound].lower == "it", !followsQuotation(tokens, i, r) { continue }
                found.append(Attribution(cueStart: i, cueEnd: i + 1, verb: verb, subject: subject, sentence: sentence))
            } else if i > r.lowerBound, isClauseEdge(tokens[i - 1]), !w.hasSuffix("ing"),
                      let np = forwardPhrase(tokens, from: i + 1, r, commonNouns: followsQuotation(tokens, i, r)) {
                // Inverted: "..., said Smith."
                found.append(Attribution(cueStart: i, cueEnd: i + 1, verb: verb, subject: np, sentence: sentence))
            } else if i > r.lowerBound, tokens[i - 1].punct == UInt8(ascii: ",") || ["while", "before", "after", "by"].contains(tokens[i - 1].lower),
                      w.hasSuffix("ing"), let s = sentenceSubject(tokens, r), s.upperBound < i {
                // "He defended the remark, saying, “...”": the participle's subject is the sentence's.
                found.append(Attribution(cueStart: i, cueEnd: i + 1, verb: verb, subject: s, sentence: sentence))
            } else if i > r.lowerBound + 1, tokens[i - 1].lower == "and", tokens[i - 2].isWord, !tokens[i - 2].capitalized,
                      tokens[i - 2].lower.hasSuffix("ed"),
                      let s = leftSubject(tokens, before: i - 2, r) {
                // "I laughed and said, “...”": the subject of the first verb.
                found.append(Attribution(cueStart: i, cueEnd: i + 1, verb: verb, subject: s, sentence: sentence))
            } else if i > r.lowerBound, tokens[i - 1].lower == "and", let s = sentenceSubject(tokens, r) {
                // Coordinated verbs share the sentence's subject ("She resisted ... and denied that ...").
                found.append(Attribution(cueStart: i, cueEnd: i + 1, verb: verb, subject: s, sentence: sentence))
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
    private func followsQuotation(_ tokens: [Token], _ i: Int, _ r: Range<Int>) -> Bool {
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

    private func isClauseEdge(_ t: Token) -> Bool {
        if case .quoteMark = t.kind { return true }
        return t.punct == UInt8(ascii: ",")
    }

    /// The subject phrase ending just before the verb at `i`, past auxiliaries and adverbs.
    private func leftSubject(_ tokens: [Token], before i: Int, _ r: Range<Int>) -> Range<Int>? {
        var k = i - 1
        while k >= r.lowerBound, tokens[k].isWord,
              QuoteLexicon.auxiliaries.contains(tokens[k].lower) || (tokens[k].lower.hasSuffix("ly") && tokens[k].lower.utf8.count > 4) {
            k -= 1
        }
        guard k >= r.lowerBound else { return nil }
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
        let headWord = QuoteAttributor.bare(head.lower)
        // A possessive cannot be the subject ("Editor's note:"), nor a capitalised gerund ("Having said that").
        if head.lower.hasSuffix("'s") { return nil }
        // ("“...,” King said" is a name: a gerund opens its sentence and is longer than "King".)
        if head.capitalized, head.lower.hasSuffix("ing"), head.lower.utf8.count > 5, k == r.lowerBound { return nil }
        if !head.capitalized, lexicon.groups[headWord] == nil {
            // A common noun with its determiner: "the announcer said", "the ad's narrator says".
            guard !QuoteLexicon.phraseBreakers.contains(head.lower), lexicon.verbs[head.lower] == nil,
                  let det = (max(r.lowerBound, k - 3)..<k).last(where: { QuoteAttributor.nounDeterminers.contains(tokens[$0].lower)
                      || (tokens[$0].capitalized && tokens[$0].lower.hasSuffix("'s")) }),
                  (det + 1..<k).allSatisfy({ tokens[$0].isWord && !QuoteLexicon.phraseBreakers.contains(tokens[$0].lower) }) else {
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
        // A title abbreviation belongs to the name: "Rep. Omar Diaz", "Sen. Lena Park".
        while s - 2 >= r.lowerBound, k - s < 6, tokens[s - 1].punct == UInt8(ascii: "."),
              tokens[s - 2].isWord, tokens[s - 2].capitalized, lexicon.titles[tokens[s - 2].lower] != nil {
            s -= 2
        }
        while s < k, s == r.lowerBound, lexicon.starters.contains(tokens[s].lower), !QuoteLexicon.determiners.contains(tokens[s].lower) {
            s += 1
        }
        if head.capitalized, lexicon.starters.contains(head.lower), s == k { return nil }
        return s..<(k + 1)
    }

    /// "PENCE: Well, look, ..." or "Caddell: ...": a speaker label opening a paragraph; the rest of
    /// the paragraph is what the speaker said.
    private func speakerLabels(_ tokens: [Token], ranges: [Range<Int>], paragraphs: [TextSpan], utf8: [UInt8]) -> [Attribution] {
        var out: [Attribution] = []
        var si = 0
        for para in paragraphs {
            while si < ranges.count, let f = ranges[si].first, tokens[f].start < para.start { si += 1 }
            guard si < ranges.count, let a = ranges[si].first, tokens[a].start >= para.start, tokens[a].start < para.end else { continue }
            var k = a
            // Transcript labels are written in capitals ("PENCE:", "MR. SMITH:"); a title-case
            // "Stealth Over Health:" or "Correction:" is a headline or a note, not a speaker.
            while k < ranges[si].upperBound, k - a < 3, tokens[k].isWord, QuoteAttributor.isAllCaps(tokens[k], utf8) { k += 1 }
            guard k > a, k < ranges[si].upperBound, tokens[k].punct == UInt8(ascii: ":"),
                  !lexicon.starters.contains(tokens[a].lower), k + 1 < tokens.count, tokens[k + 1].start < para.end else { continue }
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
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < tokens.count ? lo : nil
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
    private func dashByline(_ tokens: [Token], after end: Int, in para: TextSpan, utf8: [UInt8]) -> ([Int], TextSpan)? {
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
    private func subject(_ tokens: [Token], _ r: Range<Int>, endingAtComma c: Int) -> Range<Int>? {
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
    private func forwardPhrase(_ tokens: [Token], from: Int, _ r: Range<Int>, commonNouns: Bool = false) -> Range<Int>? {
        var j = from
        // "said the ruling", "said one Democratic source on the panel": after a determiner a
        // common noun may head the phrase.
        let determined = commonNouns && from < r.upperBound && QuoteAttributor.nounDeterminers.contains(tokens[from].lower)
        while j < r.upperBound, j - from < 7, tokens[j].isWord || (tokens[j].kind == .number && j == from) {
            let t = tokens[j]
            let ok = t.capitalized || QuoteLexicon.determiners.contains(t.lower) || lexicon.groups[QuoteAttributor.bare(t.lower)] != nil
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
    private func sentenceSubject(_ tokens: [Token], _ r: Range<Int>) -> Range<Int>? {
        guard var a = r.first, tokens[a].isWord else { return nil }
        // "During a speech earlier in the day, Trump attacked ...": past a leading phrase.
        if QuoteAttributor.prepositions.contains(tokens[a].lower) || lexicon.starters.contains(tokens[a].lower),
           let comma = (a..<min(r.upperBound, a + 14)).first(where: { tokens[$0].punct == UInt8(ascii: ",") }),
           comma + 1 < r.upperBound, tokens[comma + 1].isWord {
            a = comma + 1
        }
        if QuoteLexicon.pronouns[tokens[a].lower] != nil { return a..<(a + 1) }
        var j = a
        while j < r.upperBound, tokens[j].isWord, tokens[j].capitalized { j += 1 }
        return j > a && !lexicon.starters.contains(tokens[a].lower) ? a..<j : nil
    }

    // MARK: Content

    private func contents(_ tokens: [Token], _ r: Range<Int>, _ a: Attribution, limit: Int) -> [TextSpan] {
        var result: [TextSpan] = []
        if a.verb.lemma == "according to" {
            guard let np = a.subject else { return [] }
            if a.cueStart == r.lowerBound {
                var f = np.upperBound
                while f < limit, tokens[f].punct == UInt8(ascii: ",") { f += 1 }
                // "According to MSNBC, basically.": too little to be a report.
                if wordCount(tokens, f, limit) >= 3, let s = span(tokens, f, limit) { result.append(s) }
            } else if let s = span(tokens, r.lowerBound, a.cueStart) {
                result.append(s)
            }
            return result
        }
        // After the verb (or after an inverted speaker).
        var f = a.cueEnd
        let speakerStart = min(a.subject?.lowerBound ?? a.cueStart, a.cueStart)
        let trailsQuotation = QuoteAttributor.closingQuotation(tokens, before: speakerStart, in: r)
        if let np = a.subject, np.lowerBound > a.cueStart {
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
        // "announced on Thursday that ...": the content starts after a nearby "that".
        if let thatAt = QuoteAttributor.complementizer(tokens, f, min(limit, f + 6)),
           thatAt == f || ["on", "in", "at", "during", "last", "this", "earlier", "later", "after", "before",
                           "yesterday", "today", "again", "also", "publicly", "privately"].contains(tokens[f].lower),
           !(f..<thatAt).contains(where: { tokens[$0].kind != .word && tokens[$0].kind != .number }) {
            f = thatAt
        }
        // "said this weekend he would ...", "revealed Tuesday the ...": a leading time is not the content.
        f = QuoteAttributor.skipTime(tokens, f, limit)
        if ["tell", "inform", "assure", "warn", "remind", "ask"].contains(a.verb.lemma) {
            // "told reporters (that) ...", "told USA Today ...": the listener is not the content.
            // ("told reporters after the meeting that was held ...": that "that" is a relative pronoun.)
            if let thatAt = QuoteAttributor.complementizer(tokens, f, min(limit, f + 8)) {
                f = thatAt
            } else {
                f = skipObject(tokens, f, limit)
            }
        }
        if f < limit, QuoteAttributor.prepositions.contains(tokens[f].lower) {
            // "said during a rally in Michigan that ...", "said at a briefing, ...": the circumstance is not the content.
            if let thatAt = QuoteAttributor.complementizer(tokens, f, min(limit, f + 12)) {
                f = thatAt
            } else if tokens[f].lower == "to" {
                // "wants to remain in the hospital, but ...": an infinitive is the content.
            } else if let comma = (f..<min(limit, f + 10)).first(where: { tokens[$0].punct == UInt8(ascii: ",") }) {
                f = comma
            } else if trailsQuotation || !hasClause(tokens, f, limit) {
                // "“...,” Earnest said at a briefing Monday before the vote.": only the circumstance follows.
                f = limit
            }
        } else if f < limit, trailsQuotation || !hasClause(tokens, f + 1, limit),
                  QuoteAttributor.subordinators.contains(tokens[f].lower) || QuoteAttributor.weekdays.contains(tokens[f].lower),
                  !(f..<min(limit, f + 12)).contains(where: { tokens[$0].lower == "that" }) {
            // "“...,” Hollande said Friday as he entered the talks", "she yells while moving along the street".
            f = limit
        }
        while f < limit, tokens[f].lower == "that" || tokens[f].punct == UInt8(ascii: ",") || tokens[f].punct == UInt8(ascii: ":") { f += 1 }
        // "..., Graham said, since the vast majority ...": a subordinate clause after the verb is the
        // reporter's, not the speaker's; the speech is before the attribution.
        if f < limit, QuoteAttributor.subordinators.contains(tokens[f].lower) || QuoteAttributor.narrativeConjunctions.contains(tokens[f].lower),
           a.cueEnd < limit,
           f > a.cueEnd, tokens[f - 1].punct == UInt8(ascii: ",") {
            f = limit
        }
        // Stop before a trailing "according to X", and before a second predicate of the speaker
        // ("claimed X, but offered no proof").
        var end = limit
        if let acc = (f..<limit).first(where: { tokens[$0].lower == "according" && $0 + 1 < limit && tokens[$0 + 1].lower == "to" }) { end = acc }
        if let cut = (f..<max(f, end - 2)).first(where: { j in
            tokens[j].punct == UInt8(ascii: ",") && ["but", "and"].contains(tokens[j + 1].lower)
                && QuoteAttributor.looksLikePredicate(tokens[j + 2]) }) {
            end = cut
        }
        end = ContentBoundary.end(tokens, from: f, to: end) { hasClause(tokens, $0, $1) }
        // "While Trump acknowledged using the tax code, he does not defend it": a cue inside a
        // fronted subordinate clause has content only up to the comma that closes that clause.
        if QuoteAttributor.subordinators.contains(tokens[r.lowerBound].lower),
           !(r.lowerBound..<a.cueStart).contains(where: { tokens[$0].punct == UInt8(ascii: ",") }),
           let comma = (a.cueEnd..<end).first(where: { tokens[$0].punct == UInt8(ascii: ",") }) {
            end = max(f, comma)
        }
        if let s = span(tokens, f, end), wordCount(tokens, f, end) >= 2, !isAdjunctOnly(tokens, f, end),
           hasClause(tokens, f, end) || (QuoteAttributor.infinitiveFramings.contains(a.verb.framing) && tokens[f].lower == "to") {
            result.append(s)
        }
        // Before the speaker, when the attribution trails its content: "“...,” Smith said." or
        // "The talks went well, Lee's office said." A leading clause followed by a speaking
        // subject and its own content ("Meeting X, Lee said ...") is not speech.
        // "After the miners' union objected, ...": the subordinator and subject are not speech.
        let frontedSubordinate = QuoteAttributor.subordinators.contains(tokens[r.lowerBound].lower)
            && !(r.lowerBound..<speakerStart).contains { tokens[$0].punct == UInt8(ascii: ",") }
        if speakerStart > r.lowerBound, !frontedSubordinate, result.isEmpty || trailsQuotation, isClauseEdge(tokens[speakerStart - 1]) {
            if let s = span(tokens, r.lowerBound, speakerStart), wordCount(tokens, r.lowerBound, speakerStart) >= 2,
               hasClause(tokens, r.lowerBound, speakerStart) {
                result.append(s)
            }
        }
        return result
    }

    /// The first "that" in a..<b introducing a clause; "the meeting that was held" is a relative.
    static func complementizer(_ tokens: [Token], _ a: Int, _ b: Int) -> Int? {
        guard a < b, let t = (a..<b).first(where: { tokens[$0].lower == "that" }) else { return nil }
        return t + 1 < tokens.count && auxiliaries.contains(tokens[t + 1].lower) ? nil : t
    }

    static let timeNouns: Set<String> = ["weekend", "week", "month", "year", "morning", "afternoon", "evening", "night",
                                         "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Skips "this weekend", "Tuesday", "last week", "on Monday morning" at `f` when a clause follows.
    static func skipTime(_ tokens: [Token], _ f: Int, _ limit: Int) -> Int {
        var k = f
        if k < limit, ["this", "last", "next", "on", "early", "late", "earlier", "later"].contains(tokens[k].lower) { k += 1 }
        guard k < limit, timeNouns.contains(tokens[k].lower) else { return f }
        k += 1
        while k < limit, timeNouns.contains(tokens[k].lower) { k += 1 }
        // "said Friday as he entered": the subordinate clause is handled by the caller.
        guard k < limit, tokens[k].isWord, !subordinators.contains(tokens[k].lower) else { return f }
        return k
    }

    /// A quotation closes just before the speaker phrase starting at `i`, with at most a short
    /// title or parenthesis between: "...,” White House press secretary Josh Earnest said",
    /// "...,” Rep. Jason Chaffetz (R-Utah) said".
    static func closingQuotation(_ tokens: [Token], before i: Int, in r: Range<Int>) -> Bool {
        var k = i - 1
        var steps = 0
        while k >= r.lowerBound, steps < 8 {
            let t = tokens[k]
            if case .quoteMark = t.kind { return true }
            guard t.isWord || t.punct == UInt8(ascii: ",") || t.punct == UInt8(ascii: "(") || t.punct == UInt8(ascii: ")")
                || t.punct == UInt8(ascii: "-") || t.punct == UInt8(ascii: ".") else { return false }
            k -= 1
            steps += 1
        }
        return false
    }

    /// Framings whose content may be an infinitive: "wants to ...", "vowed to ...", "urged X to ...".
    static let infinitiveFramings: Set<String> = ["intention", "assertive", "directive"]
    /// "“...,” Melanie said, and soon the balloons were dropping": the narrative goes on.
    static let narrativeConjunctions: Set<String> = ["and", "but", "so", "then", "yet"]
    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    static let subordinators: Set<String> = ["since", "as", "because", "while", "after", "before", "when", "although",
                                             "though", "if", "until", "despite", "even", "whereas"]
    static let prepositions: Set<String> = ["in", "on", "at", "during", "after", "before", "to", "with", "for", "from",
                                            "about", "since", "while", "outside", "inside", "ahead", "following"]
    static let clauseMarkers: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "am", "will", "would",
                                             "can", "could", "should", "shall", "may", "might", "must", "has", "have",
                                             "had", "do", "does", "did", "not", "it's", "he's", "she's", "that's",
                                             "there's", "won't", "can't", "don't", "doesn't", "didn't", "isn't", "wasn't"]

    /// Reported speech is a clause (or holds a quotation): "Machado since the Monday debate" is not.
    private func hasClause(_ tokens: [Token], _ a: Int, _ b: Int) -> Bool {
        guard a < b else { return false }
        for k in a..<b {
            let t = tokens[k]
            if case .quoteMark = t.kind { return true }
            guard t.isWord else { continue }
            if QuoteAttributor.clauseMarkers.contains(t.lower) { return true }
            if k > a, !t.capitalized, t.lower.utf8.count > 3, t.lower.hasSuffix("ed") || t.lower.hasSuffix("es") || lexicon.verbs[t.lower] != nil {
                return true
            }
        }
        return false
    }

    /// A lower-case word that starts a second predicate: "offered", "was", "also".
    static func looksLikePredicate(_ t: Token) -> Bool {
        guard t.isWord, !t.capitalized else { return false }
        return t.lower.hasSuffix("ed") || ["said", "says", "was", "is", "has", "had", "did", "does", "also", "went",
                                            "made", "gave", "took", "told", "added"].contains(t.lower)
    }

    /// Skips a listener after "told": a pronoun, "reporters", a determiner phrase or a name.
    private func skipObject(_ tokens: [Token], _ f: Int, _ limit: Int) -> Int {
        guard f < limit, tokens[f].isWord else { return f }
        let t = tokens[f]
        if ["him", "her", "them", "me", "us", "you", "reporters", "journalists", "lawmakers", "supporters", "voters"].contains(t.lower) {
            return f + 1
        }
        var k = f
        if QuoteAttributor.nounDeterminers.contains(t.lower) {
            k += 1
            while k < limit, k - f < 4, tokens[k].isWord, !QuoteAttributor.clauseMarkers.contains(tokens[k].lower) { k += 1 }
            return k
        }
        while k < limit, tokens[k].isWord, tokens[k].capitalized { k += 1 }
        // "told USA Today's weekly video show": a possessive name begins a longer listener phrase.
        if k > f, tokens[k - 1].lower.hasSuffix("'s") {
            let start = k
            while k < limit, k - start < 4, tokens[k].isWord, !tokens[k].capitalized, tokens[k].lower != "that",
                  !QuoteAttributor.clauseMarkers.contains(tokens[k].lower), !QuoteAttributor.prepositions.contains(tokens[k].lower) { k += 1 }
        }
        return k
    }

    /// "in a statement", "on Thursday": a short prepositional phrase is not reported content.
    private func isAdjunctOnly(_ tokens: [Token], _ a: Int, _ b: Int) -> Bool {
        guard a < b, ["in", "on", "at", "during", "last", "this", "after", "before", "late", "early", "to"].contains(tokens[a].lower) else { return false }
        return wordCount(tokens, a, b) <= 4
    }

    private func wordCount(_ tokens: [Token], _ a: Int, _ b: Int) -> Int {
        guard a < b else { return 0 }
        return (a..<b).reduce(0) { $0 + (tokens[$1].isWord || tokens[$1].kind == .number ? 1 : 0) }
    }

    /// The text of tokens a..<b with edge commas, periods and dashes trimmed (closing marks kept).
    private func span(_ tokens: [Token], _ a: Int, _ b: Int) -> TextSpan? {
        var a = a, b = b
        func edge(_ t: Token) -> Bool {
            guard t.kind == .punct else { return false }
            // Commas, periods, colons, semicolons and dashes (ASCII or U+2013/U+2014) are edges;
            // "%" or a bracket belongs to the content.
            return t.punct == 0 ? t.end - t.start == 3 : ",.;:-".utf8.contains(t.punct)
        }
        while a < b, edge(tokens[a]) { a += 1 }
        // A dangling conjunction at the end is not part of what was said ("... funded by Japan, and").
        while b > a, edge(tokens[b - 1]) || (b - 1 > a && ["and", "but", "or", "that"].contains(tokens[b - 1].lower)) { b -= 1 }
        guard a < b else { return nil }
        return TextSpan(start: tokens[a].start, end: tokens[b - 1].end)
    }

    // MARK: Speakers

    private func resolveSpeakers(_ tokens: [Token], _ attributions: inout [Attribution], _ table: inout EntityTable,
                                 _ names: [NameRun?], _ utf8: [UInt8]) {
        func display(_ a: Int, _ b: Int) -> String {
            var s = a
            if ["the", "a", "an"].contains(tokens[s].lower), s + 1 < b { s += 1 }
            return String(decoding: utf8[tokens[s].start..<tokens[b - 1].end], as: UTF8.self)
        }
        // Person mentions in text order, for pronoun fallback.
        var personMentions: [(Int, Int)] = []  // (offset, entity)
        var speakerHistory: [(offset: Int, entity: Int, sentence: Int)] = []
        for (i, e) in table.entities.enumerated() { for m in e.mentions { personMentions.append((m.start, i)) } }
        personMentions.sort { $0.0 < $1.0 }

        for k in attributions.indices {
            guard let np = attributions[k].subject else { continue }
            let a = np.lowerBound, b = np.upperBound
            let span = TextSpan(start: tokens[a].start, end: tokens[b - 1].end)
            let offset = tokens[a].start
            let headLower = QuoteAttributor.bare(tokens[b - 1].lower)
            if b - a == 1, let p = QuoteLexicon.pronouns[tokens[a].lower] {
                var chosen: Int? = nil
                let inanimate = tokens[a].lower == "it"
                func compatible(_ e: Int) -> Bool {
                    let ent = table[e]
                    // A publication named as a speaker was taken for a person; it has no gender.
                    if inanimate { return ent.kind != .person || ent.gender == .unknown }
                    if p.plural { return ent.kind == .group || ent.kind == .organization && ent.plural }
                    return ent.kind == .person && (p.gender == .unknown || ent.gender == .unknown || ent.gender == p.gender)
                }
                let sentence = attributions[k].sentence
                chosen = speakerHistory.last(where: { $0.sentence == sentence && $0.offset < offset && compatible($0.entity) })?.entity
                if chosen == nil {
                    chosen = speakerHistory.last(where: { $0.offset < offset && sentence - $0.sentence <= 6 && compatible($0.entity) })?.entity
                }
                // "I" outside a quotation is the writer, never an earlier name.
                if tokens[a].lower == "i" { chosen = nil } else if chosen == nil, !p.plural, !inanimate {
                    chosen = personMentions.last(where: { $0.0 < offset && compatible($0.1) })?.1
                }
                if let e = chosen {
                    if p.gender != .unknown { table.setGender(e, p.gender) }
                    attributions[k].speaker = SpeakerReference(name: table[e].name, entity: table[e].id, span: span, resolution: .pronoun)
                    speakerHistory.append((offset, e, sentence))
                } else {
                    attributions[k].speaker = SpeakerReference(name: tokens[a].lower, entity: nil, span: span, resolution: .unresolved)
                }
                continue
            }
            if let kind = lexicon.groups[headLower], !tokens[b - 1].capitalized || kind == "org" && b - a > 1 {
                let e = table.description(display(a, b), kind: kind == "org" ? .organization : .group, mention: span)
                attributions[k].speaker = SpeakerReference(name: table[e].name, entity: table[e].id, span: span, resolution: .description)
                speakerHistory.append((offset, e, attributions[k].sentence))
                continue
            }
            // A common noun ("the announcer", "the poll"): a description, not a name.
            if !tokens[b - 1].capitalized, names[b - 1] == nil {
                let plural = headLower.hasSuffix("s") && !headLower.hasSuffix("ss")
                let e = table.description(display(a, b), kind: plural ? .group : .other, mention: span)
                attributions[k].speaker = SpeakerReference(name: table[e].name, entity: table[e].id, span: span, resolution: .description)
                speakerHistory.append((offset, e, attributions[k].sentence))
                continue
            }
            // A name: the entity found for it, now known to be a speaker (a person unless it is an organisation).
            let run = names[b - 1]
            var e: Int
            if let run {
                e = run.entity
            } else {
                let words = (a..<b).map { QuoteAttributor.bare(tokens[$0].lower) }
                e = table.name(words, display: display(a, b), kind: .person, gender: .unknown, mention: span).0
            }
            table.setKind(e, .person)
            let nameSpan = run.map { TextSpan(start: tokens[$0.first].start, end: QuoteAttributor.endWithoutPossessive(tokens[$0.last - 1], utf8)) } ?? span
            let written = String(decoding: utf8[nameSpan.start..<nameSpan.end], as: UTF8.self)
            let resolution: SpeakerReference.Resolution = written == table[e].name ? .name : .alias
            attributions[k].speaker = SpeakerReference(name: table[e].name, entity: table[e].id, span: nameSpan, resolution: resolution)
            speakerHistory.append((offset, e, attributions[k].sentence))
        }
    }
}
