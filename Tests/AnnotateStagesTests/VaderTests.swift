import AnnotateCore
import AnnotateStages
import Foundation
import Testing

/// Reference values are vaderSentiment 3.3.2's `polarity_scores` on these hand-written sentences.
@Suite struct VaderTests {
    func compound(_ text: String) throws -> Double {
        try #require(try annotate(text, with: "vader").tone).compound
    }

    @Test func lexiconWordAndNegation() throws {
        #expect(try compound("The book was good.") == 0.4404)
        #expect(try compound("The book was not good.") == -0.3412)
    }

    @Test func boostersCapsAndExclamation() throws {
        #expect(try compound("The book was very good.") == 0.4927)
        #expect(try compound("The book was VERY GOOD") > compound("The book was very good"))
        #expect(try compound("The book was good!!!") > compound("The book was good."))
    }

    @Test func butShiftsWeightToTheSecondClause() throws {
        #expect(try compound("The food was good, but the service was terrible.") < 0)
    }

    @Test func emptyTextIsNeutral() throws {
        let tone = try #require(try annotate("", with: "vader").tone)
        #expect(tone == Tone(neg: 0, neu: 0, pos: 0, compound: 0))
    }

    @Test func seedStyleQuoteIsPositive() throws {
        #expect(try compound("very enjoyable and meaningful") > 0.05)
    }

    /// One sentence per rule, with vaderSentiment 3.3.2's output for it (neg, neu, pos, compound).
    @Test(arguments: [
        ("what a beating heart", 0.316, 0.211, 0.474, 0.3612),                           // special-case idiom
        ("The food was not very good.", 0.344, 0.656, 0.0, -0.3865),                     // negation + booster
        ("NOT BAD at all!!", 0.0, 0.43, 0.57, 0.6094),                                   // caps + negation + "!"
        ("It was kind of okay, but the ending was terrible.", 0.308, 0.595, 0.097, -0.5922), // "kind of", "but"
        ("At least it was not the worst.", 0.0, 0.646, 0.354, 0.5096),                   // "least", negation
        ("Without a doubt, a great idea.", 0.0, 0.392, 0.608, 0.7359),                   // "without a doubt"
        ("I love it 😍", 0.0, 0.41, 0.59, 0.802),                                         // emoji description
        ("no good news", 0.546, 0.454, 0.0, -0.3412),                                    // "no" before a lexicon word
        ("The plan is never so bad", 0.518, 0.482, 0.0, -0.7479),                        // "never so"
        // (Python's strip() of Unicode spaces at either end, and a text ending on a curly mark, which it keeps.)
        ("\u{3000}The book was good.\u{00A0}", 0.0, 0.508, 0.492, 0.4404),              // ideographic, no-break space
        ("\u{2028} Great   day \u{2003}", 0.0, 0.196, 0.804, 0.6249),                     // line separator, em space
        ("“The book was good.”", 0.0, 1.0, 0.0, 0.0),                                     // "good.”" is no lexicon word
    ])
    func matchesTheReference(_ text: String, _ neg: Double, _ neu: Double, _ pos: Double, _ compound: Double) throws {
        let tone = try #require(try annotate(text, with: "vader").tone)
        #expect(tone == Tone(neg: neg, neu: neu, pos: pos, compound: compound))
    }
}

@Suite struct ToneOptionTests {
    @Test func explanationsNameTheWordsAndRules() throws {
        let pipeline = try inlinePipeline(#"{"stages": [{"stage": "ingest", "options": {"verbatim": true}}, {"stage": "tone", "options": {"unit": "text", "explain": true}}]}"#)
        var doc = Document(id: "e", input: RawInput(format: .text, bytes: Array("The food was not very good, but the staff were LOVELY!".utf8), source: "t"))
        pipeline.process(&doc)
        let words = try #require(doc.tone?.words)
        let good = try #require(words.first { $0.token == "good" })
        #expect(good.valence == 1.9)
        #expect(good.rules.contains("negated") && good.rules.contains("boosted") && good.rules.contains("but-dampened"))
        let lovely = try #require(words.first { $0.token == "LOVELY" })
        #expect(lovely.rules.contains("caps") && lovely.rules.contains("but-emphasized"))
        #expect(!words.contains { $0.token == "food" })
    }

    @Test func speakerToneSurvivesRepeatedQuoteIDsFromACustomStage() throws {
        // A user's own quote stage may reuse ids; tone must not trap on them.
        let stage = try ToneStage(options: .init(), context: StageContext(baseDirectory: packageRoot.appendingPathComponent("pipelines"),
                                                                          resources: sharedResources))
        var doc = Document(id: "d", input: RawInput(format: .text, bytes: [], source: "t"))
        doc.text = "\"Wonderful news,\" she said. \"Terrible delays,\" he said."
        doc.quotes = [Quote(id: "q1", span: TextSpan(start: 1, end: 15), kind: .direct),
                      Quote(id: "q1", span: TextSpan(start: 30, end: 45), kind: .direct)]
        doc.speakers = [SpeakerSummary(entity: nil, name: "She", quoteIDs: ["q1"])]
        try stage.process(&doc)
        #expect(doc.quotes.allSatisfy { $0.tone != nil })
        #expect(doc.speakers[0].tone?.compound == doc.quotes[0].tone?.compound)
    }

    @Test func aUserLexiconChangesAScore() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("annotate-lex-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let lexicon = dir.appendingPathComponent("harbour.tsv")
        try Data("# a domain lexicon\nferry\t2.5\ndelays\t-2.0\n".utf8).write(to: lexicon)
        let text = "The ferry delays were announced."
        let plain = try annotate(text, with: "vader").tone!.compound
        let pipeline = try inlinePipeline("""
            {"stages": [{"stage": "ingest", "options": {"verbatim": true}},
              {"stage": "tone", "options": {"unit": "text", "lexicons": ["../lexicons/vader_lexicon.txt", "\(lexicon.path)"]}}]}
            """)
        var doc = Document(id: "u", input: RawInput(format: .text, bytes: Array(text.utf8), source: "t"))
        pipeline.process(&doc)
        #expect(plain == 0)
        #expect(doc.tone!.compound != plain)
        #expect(doc.tone!.compound > 0)  // ferry 2.5 + delays -2.0
    }
}

@Suite struct NewsSupplementTests {
    @Test func supplementAddsNewsVocabularyAndCanBeSwitchedOff() throws {
        let text = "Officials took a hawkish line on the ceasefire."
        let withSupplement = try annotate(text, with: "verbatim")
        let vaderOnly = try annotate(text, with: "vader")
        #expect(vaderOnly.tone?.compound == 0)
        let sentence = try #require(withSupplement.sentences.first?.tone)
        #expect(sentence.compound != 0)
    }

    @Test func warmPraiseInAQuoteStaysPositive() throws {
        let doc = try annotate("Minister Ana Ruiz described the talks as “very enjoyable and meaningful.”", with: "default")
        let quote = try #require(doc.quotes.first { doc.string($0.span).contains("enjoyable") })
        #expect((quote.tone?.compound ?? 0) >= 0.05)
    }
}
