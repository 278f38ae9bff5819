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
        for row in WordList.rows(try context.readText(options.reportingVerbs)) where row.count >= 3 {
            let polarity: Double? = row[2] == "critical" || row[2] == "denial" ? -1 : row[2] == "approving" ? 1 : nil
            guard let polarity else { continue }
            for form in row[1].split(separator: ",") { verbs[String(form).lowercased()] = polarity }
        }
        scorer = TargetScorer(vader: vader, evaluativeVerbs: verbs, threshold: options.threshold, decay: options.decay,
                              crossClause: options.crossClause)
        markers = EpistemicMarkers(rows: WordList.rows(try context.readText(options.markers)))
        configured = options.targets.sorted { $0.key < $1.key }.map { ($0.key, $0.value.map { Array($0.utf8) }) }
        entityTargets = options.entityTargets
    }

    public func process(_ document: inout Document) throws {
        var mentions: [(name: String, span: TextSpan)] = []
        let index = CodePointIndex(document.text)
        let utf8 = Array(document.text.utf8)
        for t in document.input.targets {
            if let s = t.start, let e = t.end {
                mentions.append((t.name, TextSpan(start: index.utf8Offset(ofCodePoint: s), end: index.utf8Offset(ofCodePoint: e))))
            } else {
                for span in ByteSearch.wordOccurrences(of: Array(t.name.utf8), in: utf8) { mentions.append((t.name, span)) }
            }
        }
        for (name, aliases) in configured {
            for alias in aliases {
                for span in ByteSearch.wordOccurrences(of: alias, in: utf8) where !mentions.contains(where: { $0.span.overlaps(span) }) {
                    mentions.append((name, span))
                }
            }
        }
        if entityTargets {
            for entity in document.entities where entity.kind != .group {
                for m in entity.mentions where document.quotes.contains(where: { $0.span.contains(m) })
                    && !mentions.contains(where: { $0.span.overlaps(m) }) {
                    mentions.append((entity.name, m))
                }
            }
        }
        mentions.sort { $0.span < $1.span }

        var targets: [TargetAnnotation] = []
        for (name, span) in mentions {
            guard let sentence = document.sentences.first(where: { $0.span.contains(span) || $0.span.overlaps(span) }) else {
                targets.append(TargetAnnotation(name: name, span: span, label: "neutral", tone: nil))
                continue
            }
            let text = document.string(sentence.span)
            let local = (span.start - sentence.span.start)..<(span.end - sentence.span.start)
            let r = scorer.score(sentence: text, mention: local)
            targets.append(TargetAnnotation(name: name, span: span, label: r.label, tone: r.tone, evidence: r.evidence))
        }
        document.targets = targets

        for i in document.quotes.indices {
            document.quotes[i].certainty = markers.certainty(document.string(document.quotes[i].span)).certainty
        }
        // Each speaker's stance: the target mentions inside their quotes.
        for s in document.speakers.indices {
            var byTarget: [String: (sum: Double, count: Int, quotes: [String])] = [:]
            for qid in document.speakers[s].quoteIDs {
                guard let quote = document.quotes.first(where: { $0.id == qid }) else { continue }
                for t in targets where quote.span.contains(t.span) {
                    var entry = byTarget[t.name] ?? (0, 0, [])
                    entry.sum += t.tone?.compound ?? 0
                    entry.count += 1
                    if !entry.quotes.contains(qid) { entry.quotes.append(qid) }
                    byTarget[t.name] = entry
                }
            }
            document.speakers[s].stance = byTarget.sorted { $0.key < $1.key }.map { name, e in
                let polarity = e.sum / Double(e.count)
                let label = polarity >= scorer.threshold ? "favor" : polarity <= -scorer.threshold ? "against" : "neutral"
                return SpeakerStance(target: name, polarity: (polarity * 10000).rounded() / 10000, label: label,
                                     count: e.count, quoteIDs: e.quotes)
            }
        }
    }
}
