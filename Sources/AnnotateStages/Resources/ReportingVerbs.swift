import AnnotateCore

/// The reporting-verb lexicon (`lexicons/reporting_verbs.tsv`): every inflected form with its
/// lemma, framing and whether it needs "that". Parsed once per file and shared by the quote stage
/// (speech cues) and the stance stage (critical and approving verbs evaluate their object).
struct ReportingVerbs: Sendable {
    struct Verb: Sendable {
        /// The lemma and the framing are `Word`s (a literal's bytes, a `WordStore`'s or a document's arena),
        /// so a verb is copied without retaining anything.
        let lemma: Word
        /// FNV-1a of the lemma's bytes, as the word tables hash a word: the rules ask several lemma lists about every
        /// candidate cue, and each asked hashed the lemma anew (see `WordSet.contains(lemmaOf:)`).
        let lemmaHash: UInt64
        /// The framing as the lexicon names it, for the output.
        let framing: Word
        /// The same framing as a code, for the rules that test it (comparing two strings cost a call).
        let frame: Frame
        /// Counts as a speech cue only when "that" follows ("found that", "agreed that").
        var needsThat: Bool
        /// The verb's object phrase is what was said, without a clause: "cited the figure",
        /// "called for a moratorium", "urged Congress to act".
        var objectContent: Bool
        /// Without "that", the object is the content when the subject is a record: "the poll shows
        /// Clinton ahead", "video of the incident shows him with his hands up".
        var evidenceObject: Bool
        /// Reports only the quoted words it gives its object after "as": "admires Putin as a “strong leader”",
        /// "rated the claim as “false”"; without them the verb is no cue ("saw the film", "sees that ...").
        var asQuoted: Bool
        /// Reports its object only when quoted words open in it: "thanked Lyle for “six years of dedication”";
        /// "thanked the crowd" is a gesture, no speech. (Its object is then the content, as `objectContent` says.)
        var quotedObject: Bool

        init(lemma: Word, framing: Word, needsThat: Bool, objectContent: Bool = false, evidenceObject: Bool = false,
             asQuoted: Bool = false, quotedObject: Bool = false) {
            self.lemma = lemma
            lemmaHash = FNV1a.hash(lemma.utf8)
            self.framing = framing
            self.frame = Frame(rawValue: framing.description) ?? .other
            self.needsThat = needsThat
            self.objectContent = objectContent
            self.evidenceObject = evidenceObject
            self.asQuoted = asQuoted
            self.quotedObject = quotedObject
        }
    }

    /// The framings of `reporting_verbs.tsv`; `other` for any a user's lexicon adds.
    enum Frame: String, Sendable {
        case neutral, assertive, distancing, admission, denial, naming, intention, agreement, directive, attitude,
             confirmation, critical, approving, tentative, other
        case emotiveManner = "emotive_manner"
    }

    private(set) var byForm: [String: Verb] = [:]
    /// The bytes of every verb's lemma and framing: whoever keeps the verbs keeps this.
    let store = WordStore()
    /// Verbs that report speech only with a particle ("called for", "called on"): form, then particle.
    private(set) var phrasal: [String: [String: Verb]] = [:]

    init(text: String) {
        for row in WordList.rows(text) where row.count >= 3 && row[0] != "lemma" {
            let verb = Verb(lemma: store.word(row[0]), framing: store.word(row[2]), needsThat: row.count > 3 && row[3] == "1",
                            objectContent: row.count > 4 && (row[4] == "object" || row[4] == "quoted"),
                            evidenceObject: row.count > 4 && row[4] == "evidence", asQuoted: row.count > 4 && row[4] == "as",
                            quotedObject: row.count > 4 && row[4] == "quoted")
            let words = row[0].split(separator: " ")
            for form in row[1].split(separator: ",") {
                let form = String(form).lowercased()
                if words.count == 2 {
                    phrasal[form, default: [:]][String(words[1])] = verb
                } else {
                    byForm[form] = verb
                }
            }
        }
    }

    static func load(_ path: String, context: StageContext) throws -> ReportingVerbs {
        try context.shared("reporting-verbs", files: [path]) { ReportingVerbs(text: try context.readText(path)) }
    }
}
