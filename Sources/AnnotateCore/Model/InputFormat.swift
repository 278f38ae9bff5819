/// The kind of content a document arrived as.
public enum InputFormat: String, Sendable, CaseIterable {
    case html
    case xml
    case text

    /// The format implied by a file extension, or nil when the extension is not an input type.
    public static func forExtension(_ ext: String) -> InputFormat? {
        switch ext.lowercased() {
        case "html", "htm", "xhtml": return .html
        case "xml": return .xml
        case "txt": return .text
        default: return nil
        }
    }
}
