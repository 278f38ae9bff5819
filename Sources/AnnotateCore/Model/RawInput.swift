/// What a document was before ingest: the bytes as read and how to interpret them.
public struct RawInput: Sendable {
    public var format: InputFormat
    /// Raw bytes (HTML and XML are decoded by the ingest stage, which knows their encodings).
    public var bytes: [UInt8]
    /// Where the document came from: a file path, or `FILE:LINE` for a JSONL record.
    public var source: String
    /// Targets given by the caller, with code-point offsets into the text as given.
    public var targets: [InputTarget]
    /// Set when a splitter already extracted this document's text.
    public var prepared: PreparedText?

    public init(format: InputFormat, bytes: [UInt8], source: String, targets: [InputTarget] = []) {
        self.format = format
        self.bytes = bytes
        self.source = source
        self.targets = targets
    }
}

/// A target mention named by the caller in a JSONL record (`targets: [{name, start, end}]`).
public struct InputTarget: Sendable, Hashable {
    public var name: String
    /// Code-point offsets into the record's text, as the caller gave them (may be absent).
    public var start: Int?
    public var end: Int?

    public init(name: String, start: Int?, end: Int?) {
        self.name = name
        self.start = start
        self.end = end
    }
}
