/// Text already extracted from the raw input (by a splitter that had to parse it anyway), so
/// the ingest stage does not parse the same bytes twice.
public struct PreparedText: Sendable {
    public var text: String
    public var paragraphs: [TextSpan]
    public var title: String?
    public var url: String?
    public var published: String?
    public var authors: [String]
    public var language: String?
    /// A limit that cut the input short, to be reported by the ingest stage.
    public var truncation: String?

    public init(text: String, paragraphs: [TextSpan], title: String? = nil, url: String? = nil, published: String? = nil,
                authors: [String] = [], language: String? = nil, truncation: String? = nil) {
        self.text = text
        self.paragraphs = paragraphs
        self.title = title
        self.url = url
        self.published = published
        self.authors = authors
        self.language = language
        self.truncation = truncation
    }
}
