import AnnotateCore

/// Quotes of every kind with their speakers, the document's entities and a per-speaker summary.
public struct QuoteStage: ConfigurableStage {
    public struct Options: StageOptions {
        public var reportingVerbs = "../lexicons/reporting_verbs.tsv"
        public var titles = "../lexicons/person_titles.txt"
        public var groups = "../lexicons/group_nouns.txt"
        public var bodies = "../lexicons/body_nouns.tsv"
        public var demonyms = "../lexicons/demonyms.tsv"
        public var organisations = "../lexicons/organisation_names.txt"
        public var firstNames = "../lexicons/first_names.tsv"
        public var starters = "../lexicons/sentence_starters.txt"
        public init() {}
        public static let fields: [OptionField] = [
            OptionField("reportingVerbs", .resourcePath, "reporting verbs with lemma and framing"),
            OptionField("titles", .resourcePath, "titles that precede person names"),
            OptionField("groups", .resourcePath, "group and organisation nouns that can speak"),
            OptionField("bodies", .resourcePath, "nouns that say what kind of body a name is: company, trade, public, outlet"),
            OptionField("demonyms", .resourcePath, "words for peoples that name someone named before: \"the Croatian replied\""),
            OptionField("organisations", .resourcePath, "one-word names of organisations, never persons: \"Oxfam\", \"Nato\""),
            OptionField("firstNames", .resourcePath, "given names with gender, a hint for pronouns"),
            OptionField("starters", .resourcePath, "sentence-initial function words (not names)"),
        ]
    }

    public static let name = "quotes"
    public static let summary = "direct, partial, mixed and indirect quotes with speakers; entities; speakers"
    public static let requires: [Capability] = [.text, .paragraphs, .sentences]
    public static let provides: [Capability] = [.quotes, .entities, .speakers]

    let attributor: QuoteAttributor

    public init(options: Options, context: StageContext) throws {
        let files = [options.reportingVerbs, options.titles, options.groups, options.bodies, options.demonyms,
                     options.organisations, options.firstNames, options.starters]
        let lexicon = try context.shared("quotes", files: files) {
            try QuoteLexicon(context: context, verbs: options.reportingVerbs, titles: options.titles, groups: options.groups,
                             bodies: options.bodies, demonyms: options.demonyms,
                             organisations: options.organisations, firstNames: options.firstNames, starters: options.starters)
        }
        attributor = QuoteAttributor(lexicon: lexicon)
    }

    public func process(_ document: inout Document) throws {
        attributor.annotate(&document)
    }
}
