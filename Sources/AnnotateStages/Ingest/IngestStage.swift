import AnnotateCore

/// Turns raw input into the document's `text`, `paragraphs` and `meta`.
///
/// HTML goes through main-content extraction, XML through its preset (or XPath expressions), plain
/// text through paragraph detection and boilerplate removal. With `verbatim`, plain text (and
/// JSONL `text`) is kept exactly as given so that every offset refers to the caller's own text.
/// An XML feed or dump is split into one document per article before the pipeline runs.
public struct IngestStage: ConfigurableStage, DocumentSplitter {
    public struct Options: StageOptions {
        public var verbatim = false
        public var boilerplate = true
        public var boilerplateCues = "../lexicons/boilerplate_cues.txt"
        public var maxBytes = 64 * 1024 * 1024
        public var xmlPreset = "auto"
        public var xmlArticles: String?
        public var xmlBody: String?
        public var xmlTitle: String?
        public var xmlDate: String?
        public var xmlID: String?

        public init() {}

        public static let fields: [OptionField] = [
            OptionField("verbatim", .bool, "keep plain text exactly as given (offsets into the caller's text)"),
            OptionField("boilerplate", .bool, "drop page furniture: donation appeals, newsletter boxes, \"Read more\""),
            OptionField("boilerplateCues", .resourcePath, "cue phrases that mark boilerplate paragraphs"),
            OptionField("maxBytes", .integer, "inputs larger than this fail with `too_large`"),
            OptionField("xmlPreset", .choice(["auto", "nitf", "newsml", "tei", "jats", "rss", "atom", "generic"]),
                        "XML layout; auto detects it from the root element"),
            OptionField("xmlArticles", .string, "XPath selecting article elements (one record each)"),
            OptionField("xmlBody", .string, "XPath, relative to an article, selecting its body"),
            OptionField("xmlTitle", .string, "XPath, relative to an article, for its title"),
            OptionField("xmlDate", .string, "XPath, relative to an article, for its publication date"),
            OptionField("xmlID", .string, "XPath, relative to an article, for its id (appended to the record id after #)"),
        ]
    }

    public static let name = "ingest"
    public static let summary = "HTML, XML or plain text to clean text with paragraphs and metadata; splits feeds"
    public static let requires: [Capability] = []
    public static let provides: [Capability] = [.text, .paragraphs]

    let options: Options
    let filter: BoilerplateFilter?
    let instanceName: String
    let xml: XMLArticles

    public init(options: Options, context: StageContext) throws {
        self.options = options
        instanceName = context.instanceName.isEmpty ? Self.name : context.instanceName
        if options.boilerplate {
            filter = try context.shared("cues", files: [options.boilerplateCues]) {
                BoilerplateFilter(cues: WordList.rows(try context.readText(options.boilerplateCues)).map { $0[0] })
            }
        } else {
            filter = nil
        }
        let queries = XMLArticles.Queries(
            articles: try options.xmlArticles.map(XPathQuery.init), body: try options.xmlBody.map(XPathQuery.init),
            title: try options.xmlTitle.map(XPathQuery.init), date: try options.xmlDate.map(XPathQuery.init),
            id: try options.xmlID.map(XPathQuery.init))
        xml = XMLArticles(preset: options.xmlPreset == "auto" ? nil : XMLPreset.all[options.xmlPreset], queries: queries)
    }

    public func split(_ document: Document) throws -> [Document] {
        guard document.input.format == .xml, document.input.prepared == nil else { return [document] }
        try checkSize(document)
        let articles = try xml.extract(document.input.bytes)
        guard articles.count > 1 else {
            var single = document
            single.input.prepared = articles.first?.prepared ?? PreparedText(text: "", paragraphs: [])
            return [single]
        }
        return articles.enumerated().map { i, article in
            var input = RawInput(format: .xml, bytes: [], source: document.input.source)
            input.prepared = article.prepared
            var d = Document(id: "\(document.id)#\(article.id ?? String(i + 1))", input: input)
            d.meta.extra = document.meta.extra
            return d
        }
    }

    public func process(_ document: inout Document) throws {
        if let prepared = document.input.prepared {
            apply(prepared, to: &document)
            return
        }
        try checkSize(document)
        let bytes = document.input.bytes
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
            // Not split first (a stage driven directly): every article's text, in order.
            let articles = try xml.extract(bytes)
            var builder = TextBuilder()
            for a in articles {
                let utf8 = Array(a.prepared.text.utf8)
                for p in a.prepared.paragraphs { builder.append(paragraph: utf8[p.start..<p.end]) }
            }
            var combined = articles.first?.prepared ?? PreparedText(text: "", paragraphs: [])
            combined.text = builder.text
            combined.paragraphs = builder.paragraphs
            apply(combined, to: &document)
        }
    }

    private func checkSize(_ document: Document) throws {
        let n = document.input.bytes.count
        guard n <= options.maxBytes else {
            throw DocumentError("too_large", "input is \(n) bytes; the limit is \(options.maxBytes) (option maxBytes)")
        }
    }

    private func apply(_ prepared: PreparedText, to document: inout Document) {
        document.text = prepared.text
        document.paragraphs = prepared.paragraphs
        let m = document.meta
        if m.title == nil { document.meta.title = prepared.title }
        if m.url == nil { document.meta.url = prepared.url }
        if m.published == nil { document.meta.published = prepared.published }
        if m.authors.isEmpty { document.meta.authors = prepared.authors }
        if m.language == nil { document.meta.language = prepared.language }
        note(prepared.truncation, on: &document)
    }

    /// A parser limit cut the document short: keep what was read, and say so (`status: "partial"`).
    private func note(_ truncation: String?, on document: inout Document) {
        guard let truncation else { return }
        document.errors.append(DocumentIssue(stage: instanceName, code: "truncated",
                                             message: "libxml2 stopped early, text may be incomplete: \(truncation)"))
    }
}
