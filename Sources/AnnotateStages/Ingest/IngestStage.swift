import AnnotateCore

/// Turns raw input into the document's `text`, `paragraphs` and `meta`.
///
/// HTML goes through main-content extraction, XML through body detection, plain text through
/// paragraph detection and boilerplate removal. With `verbatim`, plain text (and JSONL `text`)
/// is kept exactly as given so that every offset refers to the caller's own text.
public struct IngestStage: ConfigurableStage {
    public struct Options: StageOptions {
        public var verbatim = false
        public var boilerplate = true
        public var boilerplateCues = "../lexicons/boilerplate_cues.txt"
        public var maxBytes = 64 * 1024 * 1024

        public init() {}

        public static let fields: [OptionField] = [
            OptionField("verbatim", .bool, "keep plain text exactly as given (offsets into the caller's text)"),
            OptionField("boilerplate", .bool, "drop page furniture: donation appeals, newsletter boxes, \"Read more\""),
            OptionField("boilerplateCues", .resourcePath, "cue phrases that mark boilerplate paragraphs"),
            OptionField("maxBytes", .integer, "inputs larger than this fail with `too_large`"),
        ]
    }

    public static let name = "ingest"
    public static let summary = "HTML, XML or plain text to clean text with paragraphs and metadata"
    public static let requires: [Capability] = []
    public static let provides: [Capability] = [.text, .paragraphs]

    let options: Options
    let filter: BoilerplateFilter?
    let instanceName: String

    public init(options: Options, context: StageContext) throws {
        self.options = options
        instanceName = context.instanceName.isEmpty ? Self.name : context.instanceName
        if options.boilerplate {
            let path = context.resolve(options.boilerplateCues).path
            filter = try context.resources.value("cues:" + path) {
                BoilerplateFilter(cues: WordList.rows(try context.readText(options.boilerplateCues)).map { $0[0] })
            }
        } else {
            filter = nil
        }
    }

    public func process(_ document: inout Document) throws {
        let bytes = document.input.bytes
        guard bytes.count <= options.maxBytes else {
            throw DocumentError("too_large", "input is \(bytes.count) bytes; the limit is \(options.maxBytes) (option maxBytes)")
        }
        switch document.input.format {
        case .text:
            let raw = TextDecoding.decode(bytes, keepBOM: options.verbatim)
            if options.verbatim {
                document.text = raw
                document.paragraphs = PlainTextReader.verbatimParagraphs(raw)
            } else {
                let result = PlainTextReader(boilerplate: filter).read(raw)
                document.text = result.text
                document.paragraphs = result.paragraphs
                if document.meta.published == nil { document.meta.published = result.published }
            }
        case .html:
            let result = try HTMLExtractor(boilerplate: filter).extract(bytes)
            document.text = result.text
            document.paragraphs = result.paragraphs
            result.metadata.apply(to: &document.meta)
            note(result.truncation, on: &document)
        case .xml:
            let result = try XMLExtractor().extract(bytes)
            document.text = result.text
            document.paragraphs = result.paragraphs
            if document.meta.title == nil { document.meta.title = result.title }
            if document.meta.published == nil { document.meta.published = result.published }
            if document.meta.language == nil { document.meta.language = result.language }
            note(result.truncation, on: &document)
        }
    }

    /// A parser limit cut the document short: keep what was read, and say so (`status: "partial"`).
    private func note(_ truncation: String?, on document: inout Document) {
        guard let truncation else { return }
        document.errors.append(DocumentIssue(stage: instanceName, code: "truncated",
                                             message: "libxml2 stopped early, text may be incomplete: \(truncation)"))
    }
}
