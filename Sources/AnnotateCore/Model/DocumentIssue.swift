/// A problem met while processing one document, recorded on the document (`errors` on the wire).
public struct DocumentIssue: Sendable, Hashable {
    /// The stage instance name, or `input` for problems reading the record.
    public var stage: String
    /// A short machine-readable code, e.g. `too_large`, `bad_record`, `parse_error`.
    public var code: String
    public var message: String

    public init(stage: String, code: String, message: String) {
        self.stage = stage
        self.code = code
        self.message = message
    }
}
