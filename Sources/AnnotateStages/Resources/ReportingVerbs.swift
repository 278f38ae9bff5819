import AnnotateCore

/// The reporting-verb lexicon (`lexicons/reporting_verbs.tsv`): every inflected form with its
/// lemma, framing and whether it needs "that". Parsed once per file and shared by the quote stage
/// (speech cues) and the stance stage (critical and approving verbs evaluate their object).
struct ReportingVerbs: Sendable {
    struct Verb: Sendable {
        var lemma: String
        var framing: String
        /// Counts as a speech cue only when "that" follows ("found that", "agreed that").
        var needsThat: Bool
    }

    private(set) var byForm: [String: Verb] = [:]

    init(text: String) {
        for row in WordList.rows(text) where row.count >= 3 && row[0] != "lemma" {
            let verb = Verb(lemma: row[0], framing: row[2], needsThat: row.count > 3 && row[3] == "1")
            for form in row[1].split(separator: ",") { byForm[String(form).lowercased()] = verb }
        }
    }

    static func load(_ path: String, context: StageContext) throws -> ReportingVerbs {
        try context.shared("reporting-verbs", files: [path]) { ReportingVerbs(text: try context.readText(path)) }
    }
}
