/// Document-level metadata (`meta` on the wire).
public struct DocumentMetadata: Sendable {
    public var source: String
    public var format: InputFormat
    public var title: String?
    public var url: String?
    /// ISO 8601 date or date-time, as precise as the source gives it.
    public var published: String?
    public var authors: [String]
    public var language: String?
    public var siteName: String?
    /// Fields a JSONL record's own `meta` carried that annotate does not interpret; passed through.
    public var extra: [String: JSONValue]

    public init(source: String, format: InputFormat) {
        self.source = source
        self.format = format
        self.authors = []
        self.extra = [:]
    }
}
