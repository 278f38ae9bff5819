/// An error a stage throws about one document; its code and message land in the record's `errors`.
public struct DocumentError: Error, CustomStringConvertible, Sendable {
    public var code: String
    public var message: String

    public init(_ code: String, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "\(code): \(message)" }
}
