import AnnotateCore

/// Counts exclamations per quote and in the whole text: a small example of a custom stage.
/// Its result appears on every output record as a top-level field named `exclamations`.
struct ExclamationStage: ConfigurableStage {
    struct Options: StageOptions {
        /// Count "?!" as an exclamation too.
        var countInterrobang = true
        init() {}
        static let fields: [OptionField] = [
            OptionField("countInterrobang", .bool, "count \"?!\" as an exclamation"),
        ]
    }

    static let name = "exclamations"
    static let summary = "counts exclamation marks in the text and in each quote"
    static let requires: [Capability] = [.text, .quotes]
    static let provides: [Capability] = ["exclamations"]

    let options: Options

    init(options: Options, context: StageContext) throws {
        self.options = options
    }

    func process(_ document: inout Document) throws {
        func count(_ s: String) -> Int {
            var n = 0
            var previous: Character = " "
            for c in s {
                if c == "!" && (options.countInterrobang || previous != "?") { n += 1 }
                previous = c
            }
            return n
        }
        var perQuote = JSONObject()
        for q in document.quotes { perQuote[q.id] = .number(Double(count(document.string(q.span)))) }
        document.extensions["exclamations"] = .object(JSONObject([
            ("text", .number(Double(count(document.text)))),
            ("quotes", .object(perQuote)),
        ]))
    }
}
