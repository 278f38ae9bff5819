import AnnotateCore

/// Splits each paragraph into sentences (see `SentenceSplitter`).
public struct SentenceStage: ConfigurableStage {
    public struct Options: StageOptions {
        public var abbreviations = "../lexicons/abbreviations.tsv"
        public var starters = "../lexicons/sentence_starters.txt"
        public init() {}
        public static let fields: [OptionField] = [
            OptionField("abbreviations", .resourcePath, "abbreviations and how each may end a sentence"),
            OptionField("starters", .resourcePath, "words that start sentences, to settle ambiguous abbreviations"),
        ]
    }

    public static let name = "sentences"
    public static let summary = "rule-based, abbreviation-aware sentence boundaries"
    public static let requires: [Capability] = [.text, .paragraphs]
    public static let provides: [Capability] = [.sentences]

    let splitter: SentenceSplitter

    public init(options: Options, context: StageContext) throws {
        splitter = try context.shared("sentences", files: [options.abbreviations, options.starters]) {
            var abbreviations: [String: SentenceSplitter.AbbreviationClass] = [:]
            // (An unknown class is an error: read as `other`, a misspelt `title` would cut "Mr. | Smith" unnoticed.)
            for row in WordList.rows(try context.readText(options.abbreviations)) {
                abbreviations[row[0].lowercased()] = try WordList.value(of: row, as: SentenceSplitter.AbbreviationClass.self,
                                                                        column: "class", path: options.abbreviations)
            }
            return SentenceSplitter(abbreviations: abbreviations, starters: WordList.words(try context.readText(options.starters)))
        }
    }

    public init(splitter: SentenceSplitter) { self.splitter = splitter }

    public func process(_ document: inout Document) throws {
        var text = document.text
        let paragraphs = document.paragraphs.isEmpty
            ? [TextSpan(start: 0, end: text.utf8.count)] : document.paragraphs
        // (All paragraphs' sentences into one array, through one scratch array of cuts.)
        var spans: [TextSpan] = []
        var cuts: [Int] = []
        text.withUTF8 { buf in
            for paragraph in paragraphs { splitter.split(buf, paragraph: paragraph, into: &spans, cuts: &cuts) }
        }
        document.sentences = spans.map { Sentence(span: $0) }
    }
}
