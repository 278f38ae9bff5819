import AnnotateCore

/// VADER tone for each sentence, each quote, each speaker (the mean over their quotes) and the
/// document (the mean of its sentences' scores; with `unit: "text"`, the whole text scored as
/// one unit, exactly as `polarity_scores(text)`).
public struct ToneStage: ConfigurableStage {
    public struct Options: StageOptions {
        public var lexicons = ["../lexicons/vader_lexicon.txt"]
        public var emoji = "../lexicons/vader_emoji.txt"
        public var unit = "sentences"
        public var explain = false
        public init() {}
        public static let fields: [OptionField] = [
            OptionField("lexicons", .resourcePaths, "TSV lexicons (token, valence); a later file overrides an earlier one"),
            OptionField("emoji", .resourcePath, "emoji descriptions (VADER's emoji_utf8_lexicon format)"),
            OptionField("unit", .choice(["sentences", "text"]), "score sentences, quotes and speakers, or the whole text as one unit"),
            OptionField("explain", .bool, "attach to every score the words that moved it, their valence and the rules applied"),
        ]
    }

    public static let name = "tone"
    public static let summary = "VADER-exact tone for sentences, quotes, speakers and the document"
    public static let requires: [Capability] = [.text]
    public static let provides: [Capability] = [.tone]

    let scorer: VaderScorer
    let wholeText: Bool
    let explain: Bool

    public init(options: Options, context: StageContext) throws {
        scorer = try VaderScorer.load(lexicons: options.lexicons, emoji: options.emoji, context: context)
        wholeText = options.unit == "text"
        explain = options.explain
    }

    public func process(_ document: inout Document) throws {
        if wholeText {
            document.tone = scorer.score(document.text, explain: explain)
            return
        }
        for i in document.sentences.indices {
            document.sentences[i].tone = scorer.score(document.string(document.sentences[i].span), explain: explain)
        }
        for i in document.quotes.indices {
            document.quotes[i].tone = scorer.score(document.string(document.quotes[i].span), explain: explain)
        }
        // The first quote wins a repeated id (a custom upstream stage may repeat them). A partial quote
        // within a mixed one is left out: its words are already in the mixed quote's tone.
        let byID = Dictionary(document.quotes.map { ($0.id, $0.within == nil ? $0.tone : nil) }, uniquingKeysWith: { first, _ in first })
        for i in document.speakers.indices {
            document.speakers[i].tone = Tone.mean(document.speakers[i].quoteIDs.compactMap { byID[$0] ?? nil })
        }
        document.tone = Tone.mean(document.sentences.compactMap(\.tone))
            ?? (document.text.isEmpty ? nil : scorer.score(document.text, explain: explain))
    }
}
