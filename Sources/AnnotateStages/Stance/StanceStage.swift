import AnnotateCore

/// Target-directed tone for every target mention, each speaker's stance toward the targets their
/// quotes mention, and the certainty of each quote.
///
/// Targets come from the pipeline file (`targets`: a name with its aliases), from the input
/// record's `targets`, and (with `entityTargets`) from the entities that quotes mention.
public struct StanceStage: ConfigurableStage {
    public struct Options: StageOptions {
        public var lexicons = ["../lexicons/vader_lexicon.txt", "../lexicons/news_supplement.tsv"]
        public var emoji = "../lexicons/vader_emoji.txt"
        public var reportingVerbs = "../lexicons/reporting_verbs.tsv"
        public var markers = "../lexicons/epistemic_markers.tsv"
        public var cues = "../lexicons/stance_cues.tsv"
        public var targets: [String: [String]] = [:]
        public var entityTargets = true
        public var threshold = 0.05
        public var decay = 30.0
        public var crossClause = 0.33
        public init() {}
        public static let fields: [OptionField] = [
            OptionField("lexicons", .resourcePaths, "sentiment lexicons, as for the tone stage"),
            OptionField("emoji", .resourcePath, "emoji descriptions"),
            OptionField("reportingVerbs", .resourcePath, "verbs whose 'critical' and 'approving' forms evaluate their object"),
            OptionField("markers", .resourcePath, "hedges and boosters, for quote certainty"),
            OptionField("cues", .resourcePath, "words that evaluate the target right after them (against, beat, than)"),
            OptionField("targets", .stringListMap, "targets by name with the strings that mention them"),
            OptionField("entityTargets", .bool, "also treat entities mentioned inside quotes as targets"),
            OptionField("threshold", .number, "|compound| at or above which a mention is positive or negative"),
            OptionField("decay", .number, "distance in bytes at which a word's weight on a target halves"),
            OptionField("crossClause", .number, "weight of sentiment words in another clause than the target"),
        ]
    }

    public static let name = "stance"
    public static let summary = "target-directed tone, speakers' stance toward targets, quote certainty"
    public static let requires: [Capability] = [.text, .sentences]
    public static let provides: [Capability] = [.targets]

    let scorer: TargetScorer
    let markers: EpistemicMarkers
    let configured: [(name: String, aliases: [[UInt8]])]
    let entityTargets: Bool

    public init(options: Options, context: StageContext) throws {
        let vader = try VaderScorer.load(lexicons: options.lexicons, emoji: options.emoji, context: context)
        var verbs: [String: Double] = [:]
        for (form, verb) in try ReportingVerbs.load(options.reportingVerbs, context: context).byForm {
            if verb.framing == "critical" || verb.framing == "denial" { verbs[form] = -1 }
            if verb.framing == "approving" { verbs[form] = 1 }
        }
        // "marched against X", "jabbed at Clinton", "beat Clinton", "more experience than Obama".
        for row in WordList.rows(try context.readText(options.cues)) where row.count >= 2 {
            if let polarity = Double(row[1]) { verbs[row[0].lowercased()] = polarity }
        }
        scorer = TargetScorer(vader: vader, evaluativeVerbs: verbs, threshold: options.threshold, decay: options.decay,
                              crossClause: options.crossClause)
        markers = EpistemicMarkers(rows: WordList.rows(try context.readText(options.markers)))
        configured = options.targets.sorted { $0.key < $1.key }.map { ($0.key, $0.value.map { Array($0.utf8) }) }
        entityTargets = options.entityTargets
    }

    public func process(_ document: inout Document) throws {
        let targets = score(mentions(in: document), in: document)
        document.targets = targets
        for i in document.quotes.indices {
            document.quotes[i].certainty = markers.certainty(document.string(document.quotes[i].span)).certainty
        }
        let quoteByID = Dictionary(document.quotes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let starts = targets.map(\.span.start)
        for s in document.speakers.indices {
            document.speakers[s].stance = stance(of: document.speakers[s], quotes: quoteByID, targets: targets, starts: starts)
        }
    }

    /// Every target mention in the text, sorted: the caller's targets (at their offsets, or
    /// wherever the name occurs), then the pipeline's configured targets, then (with
    /// `entityTargets`) people named inside quotes. A span claimed by an earlier source is not
    /// claimed again.
    private func mentions(in document: Document) -> [(name: String, span: TextSpan)] {
        let utf8 = Array(document.text.utf8)
        // Bytes already claimed by a mention, and bytes inside quotes: bitmaps keep both checks
        // linear in the text, whatever the number of mentions.
        var taken = [Bool](repeating: false, count: utf8.count + 1)
        func free(_ span: TextSpan) -> Bool {
            guard span.start >= 0, span.end <= utf8.count, span.start < span.end else { return false }
            return !taken[span.start..<span.end].contains(true)
        }
        func claim(_ span: TextSpan) { for i in span.start..<span.end { taken[i] = true } }
        var mentions: [(name: String, span: TextSpan)] = []
        // Only caller offsets need the code-point index; most documents have none.
        let index = document.input.targets.contains { $0.start != nil && $0.end != nil } ? CodePointIndex(document.text) : nil
        for t in document.input.targets {
            if let s = t.start, let e = t.end, let index {
                let span = TextSpan(start: index.utf8Offset(ofCodePoint: s), end: index.utf8Offset(ofCodePoint: e))
                mentions.append((t.name, span))
                if span.start < span.end { claim(span) }
            } else {
                for span in ByteSearch.wordOccurrences(of: Array(t.name.utf8), in: utf8) where free(span) {
                    mentions.append((t.name, span))
                    claim(span)
                }
            }
        }
        for (name, aliases) in configured {
            for alias in aliases {
                for span in ByteSearch.wordOccurrences(of: alias, in: utf8) where free(span) {
                    mentions.append((name, span))
                    claim(span)
                }
            }
        }
        if entityTargets, !document.quotes.isEmpty {
            var quoted = [Bool](repeating: false, count: utf8.count + 1)
            for q in document.quotes where q.span.start >= 0 && q.span.end <= utf8.count {
                for i in q.span.start..<q.span.end { quoted[i] = true }
            }
            for entity in document.entities where entity.kind != .group {
                for m in entity.mentions where m.start >= 0 && m.end <= utf8.count && m.start < m.end
                    && quoted[m.start] && quoted[m.end - 1] && free(m) {
                    mentions.append((entity.name, m))
                    claim(m)
                }
            }
        }
        mentions.sort { $0.span < $1.span }
        return mentions
    }

    /// The tone directed at each mention by its sentence. Each sentence is analysed once,
    /// however many mentions it holds.
    private func score(_ mentions: [(name: String, span: TextSpan)], in document: Document) -> [TargetAnnotation] {
        var targets: [TargetAnnotation] = []
        var si = 0
        var cache: (sentence: Int, scorer: TargetScorer.Prepared)? = nil
        // What a target itself says about something else is not said about the target: "Masipa
        // said prosecutors had not proven ... intended to kill" is neutral toward Masipa. Speech
        // that mentions its speaker ("he was delighted") stays; a partial quote is judged with the
        // mixed quote around it. Worked out once per document, not per mention. The speaker is
        // its mention and, when resolved, the entity's other mentions ("Judge Ames, who said").
        // (The entity's mentions are sorted, so whether one overlaps a span is a binary search, and
        // only the quotes overlapping the current sentence are looked at: a long document with many
        // speakers stays linear rather than cubic in its length.)
        let mentionsByEntity = Dictionary(document.entities.map { ($0.id, $0.mentions.sorted()) }, uniquingKeysWith: { a, _ in a })
        let speech = document.quotes.compactMap { q -> SpeechSpan? in
            guard q.kind != .partial, let s = q.speaker?.span, !StanceStage.refersToSpeaker(document.string(q.span)) else { return nil }
            return SpeechSpan(speaker: s, mentions: q.speaker?.entity.flatMap { mentionsByEntity[$0] } ?? [], span: q.span)
        }.sorted { $0.span.start < $1.span.start }
        var nextSpeech = 0
        var activeSpeech: [Int] = []  // quotes that start before the current sentence ends and end after it starts
        for (name, span) in mentions {
            while si < document.sentences.count, document.sentences[si].span.end <= span.start { si += 1 }
            guard si < document.sentences.count, document.sentences[si].span.overlaps(span) else {
                targets.append(TargetAnnotation(name: name, span: span, label: "neutral", tone: nil))
                continue
            }
            let sentence = document.sentences[si].span
            if cache?.sentence != si {
                cache = (si, scorer.prepare(document.string(sentence)))
                while nextSpeech < speech.count, speech[nextSpeech].span.start < sentence.end { activeSpeech.append(nextSpeech); nextSpeech += 1 }
                activeSpeech.removeAll { speech[$0].span.end <= sentence.start }
            }
            let local = (span.start - sentence.start)..<(span.end - sentence.start)
            // (Only speech that may reach the scorer's window around the mention, and of that the nearest 64 quotes: a
            // sentence of megabytes holding thousands of quotes made every mention read them all.)
            let reach = activeSpeech.partitionPoint { speech[$0].span.start >= span.end + TargetScorer.window }
            let ownSpeech = activeSpeech[max(0, reach - 64)..<reach].compactMap { i -> Range<Int>? in
                let q = speech[i]
                guard q.isSpokenBy(span), !q.span.contains(span), q.span.overlaps(sentence) else { return nil }
                return max(0, q.span.start - sentence.start)..<min(sentence.end, q.span.end) - sentence.start
            }
            let r = scorer.score(cache!.scorer, mention: local, silenced: ownSpeech)
            targets.append(TargetAnnotation(name: name, span: span, label: r.label, tone: r.tone, evidence: r.evidence))
        }
        return targets
    }

    /// A speaker's stance: the mean tone toward each target mentioned inside their quotes.
    /// `targets` are sorted by start (`starts` holds those starts), so each quote looks only at
    /// the mentions it can hold.
    private func stance(of speaker: SpeakerSummary, quotes quoteByID: [String: Quote], targets: [TargetAnnotation],
                        starts: [Int]) -> [SpeakerStance] {
        var byTarget: [String: (sum: Double, count: Int, quotes: [String])] = [:]
        for qid in speaker.quoteIDs {
            // A denied content ("denied that coercion was used against Korean laborers") is the
            // opposite of the speaker's position, so its tone says nothing about it; nor does what a
            // speaker did not say ("did not claim that ...").
            // (A partial quote within a mixed one holds words the mixed quote already counts.)
            guard let quote = quoteByID[qid], quote.within == nil, quote.cue?.framing != "denial", quote.cue?.negated != true else { continue }
            var k = starts.partitionPoint { $0 >= quote.span.start }
            while k < targets.count, targets[k].span.start < quote.span.end {
                let t = targets[k]
                k += 1
                guard quote.span.contains(t.span) else { continue }
                // (In place: a copy of the entry taken out and put back copied its list of quotes at every mention.)
                StanceStage.tally(&byTarget[t.name, default: (0, 0, [])], tone: t.tone?.compound ?? 0, quote: qid)
            }
        }
        return byTarget.sorted { $0.key < $1.key }.map { name, e in
            let polarity = e.sum / Double(e.count)
            let label = polarity >= scorer.threshold ? "favor" : polarity <= -scorer.threshold ? "against" : "neutral"
            return SpeakerStance(target: name, polarity: (polarity * 10000).rounded() / 10000, label: label,
                                 count: e.count, quoteIDs: e.quotes)
        }
    }

    /// One more mention of a target in quote `quote`. (A speaker's quotes are read one after another, so this quote, if
    /// listed, is the last: asking the whole list made a speaker quoted thousands of times quadratic.)
    static func tally(_ entry: inout (sum: Double, count: Int, quotes: [String]), tone: Double, quote: String) {
        entry.sum += tone
        entry.count += 1
        if entry.quotes.last != quote { entry.quotes.append(quote) }
    }

    static let selfReferences: Set<String> = ["he", "she", "his", "her", "him", "i", "me", "my", "we", "our", "us",
                                              "himself", "herself", "myself", "ourselves"]

    /// Speech that mentions its speaker ("he was delighted", "we will win") is about the speaker.
    static func refersToSpeaker(_ content: String) -> Bool {
        TargetScorer.lowerWords(Array(content.utf8)).contains { selfReferences.contains($0.1) }
    }
}
