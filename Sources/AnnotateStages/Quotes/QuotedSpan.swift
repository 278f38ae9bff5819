import AnnotateCore

/// A stretch of text between quotation marks (marks included).
struct QuotedSpan: Sendable {
    var span: TextSpan
    /// Words inside the marks.
    var wordCount: Int
    /// Ends with sentence punctuation inside the marks or holds more than one clause.
    var looksLikeSpeech: Bool
    /// The quote opened in an earlier paragraph and continues here.
    var continued: Bool
    var paragraph: Int
}
