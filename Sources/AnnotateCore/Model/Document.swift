/// One document as it moves through a pipeline.
///
/// `text` is fixed once ingest has run; every annotation is stand-off over it, with UTF-8 offsets.
/// Built-in results are typed fields; a custom stage writes under its own name in `extensions`,
/// which appear on the wire as top-level fields.
public struct Document: Sendable {
    public var id: String
    public var input: RawInput
    public var text: String
    public var meta: DocumentMetadata
    public var paragraphs: [TextSpan]
    public var sentences: [Sentence]
    public var entities: [Entity]
    public var quotes: [Quote]
    public var tone: Tone?
    public var speakers: [SpeakerSummary]
    public var targets: [TargetAnnotation]
    public var extensions: [String: JSONValue]
    public var errors: [DocumentIssue]
    /// Set when a stage that provides `text` failed: the document has nothing to analyse.
    public var textFailed: Bool

    public init(id: String, input: RawInput) {
        self.id = id
        self.input = input
        self.text = ""
        self.meta = DocumentMetadata(source: input.source, format: input.format)
        self.paragraphs = []
        self.sentences = []
        self.entities = []
        self.quotes = []
        self.tone = nil
        self.speakers = []
        self.targets = []
        self.extensions = [:]
        self.errors = []
        self.textFailed = false
    }

    public var status: DocumentStatus {
        if textFailed { return .failed }
        return errors.isEmpty ? .ok : .partial
    }

    /// The text under a span (UTF-8 offsets), or "" when the span is out of range.
    public func string(_ span: TextSpan) -> String {
        let utf8 = text.utf8
        guard span.start >= 0, span.start <= span.end, span.end <= utf8.count else { return "" }
        let from = utf8.index(utf8.startIndex, offsetBy: span.start)
        let to = utf8.index(from, offsetBy: span.end - span.start)
        return String(decoding: utf8[from..<to], as: UTF8.self)
    }
}
