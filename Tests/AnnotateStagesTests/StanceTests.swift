import AnnotateCore
import AnnotateStages
import Testing

/// Target-directed tone: which sentiment words bear on the target.
@Suite struct StanceTests {
    func label(_ text: String, target: String, quotes: Bool = false) throws -> String {
        let pipeline = try inlinePipeline("""
            {"stages": [{"stage": "ingest", "options": {"verbatim": true}}, {"stage": "sentences"}, \(quotes ? "{\"stage\": \"quotes\"}," : "")
              {"stage": "stance", "options": {"targets": {"\(target)": ["\(target)"]}, "entityTargets": false}}]}
            """)
        var doc = Document(id: "s", input: RawInput(format: .text, bytes: Array(text.utf8), source: "t"))
        pipeline.process(&doc)
        return try #require(doc.targets.first { $0.name == target }).label
    }

    @Test func sentimentInTheTargetsClause() throws {
        #expect(try label("Critics were furious about the delay, but the new mayor was praised for a brilliant rescue plan.", target: "mayor") == "positive")
        #expect(try label("The mayor was praised for the plan, but the council was blamed for a terrible, costly delay.", target: "council") == "negative")
    }

    @Test func negationScope() throws {
        #expect(try label("The harbour authority is not trusted by anyone.", target: "harbour authority") == "negative")
    }

    @Test func evaluativeVerbWithTheTargetAsObject() throws {
        #expect(try label("Opposition leaders condemned Governor Ames on Monday.", target: "Ames") == "negative")
        #expect(try label("Teachers backed Governor Ames on Monday.", target: "Ames") == "positive")
    }

    @Test func aQuotationTheTargetIsNotInDoesNotBearOnIt() throws {
        #expect(try label("“This is a disaster, a total failure,” Governor Ames told reporters on Monday.", target: "Ames") == "neutral")
    }

    @Test func aQuotationWovenIntoTheClauseBearsOnItsSubject() throws {
        #expect(try label("The mayor said Governor Ames \"behaved very nasty\" at the hearing.", target: "Ames") == "negative")
    }

    @Test func wordsInsideNamesAreNotOpinions() throws {
        #expect(try label("Governor Ames met the United Nations envoy and the Supreme Court clerk.", target: "Ames") == "neutral")
        // A title-case headline keeps its words.
        #expect(try label("Voters Blame Governor Ames For Terrible Ferry Delays", target: "Ames") == "negative")
    }

    @Test func policyCompoundsAreNotOpinions() throws {
        #expect(try label("Governor Ames unveiled a health care bill and kept his security clearance.", target: "Ames") == "neutral")
    }

    @Test func contestsAndComparisons() throws {
        #expect(try label("Mayor Okafor beat Governor Ames by twelve points in the port district.", target: "Ames") == "negative")
        #expect(try label("The harbour plan was condemned by Governor Ames on Monday.", target: "Ames") == "neutral")
        #expect(try label("Mayor Okafor has raised more money than Governor Ames this year.", target: "Ames") == "negative")
        #expect(try label("Mayor Okafor has raised less money than Governor Ames this year.", target: "Ames") == "positive")
        #expect(try label("Governor Ames jabbed at the harbour board on Monday.", target: "harbour board") == "negative")
        #expect(try label("Governor Ames now leads the field by five points in the port district.", target: "Ames") == "positive")
        #expect(try label("Most fishermen said they would vote for Governor Ames in May.", target: "Ames") == "positive")
        #expect(try label("The union had nothing but praise for Governor Ames on Monday.", target: "Ames") == "positive")
    }

    @Test func opposingTheTarget() throws {
        #expect(try label("Thousands of fishermen marched against Governor Ames on Monday.", target: "Ames") == "negative")
        // "against" opposes its own object; after a determiner an evaluative verb form is a noun.
        #expect(try label("Lawyers spoke against the merger with Governor Ames at the hearing.", target: "Ames") == "neutral")
        #expect(try label("The council raised the question of Governor Ames and his residence.", target: "Ames") == "neutral")
    }

    @Test func whatTheTargetSaysAboutSomethingElseIsNotAboutTheTarget() throws {
        #expect(try label("Judge Ames said the prosecutors had failed to prove the terrible murder charge.", target: "Ames", quotes: true) == "neutral")
        // Speech about the speaker still bears on the speaker.
        #expect(try label("Judge Ames said she was delighted and proud of the verdict.", target: "Ames", quotes: true) == "positive")
        #expect(try label("Judge Ames said she had \"nothing but praise for the crews.\"", target: "Ames", quotes: true) == "positive")
        // The speaker named before "who" is the same speaker.
        #expect(try label("The court heard Judge Ames, who said the prosecutors had failed to prove the terrible murder charge.", target: "Ames", quotes: true) == "neutral")
    }

    @Test func neutralMentionStaysNeutral() throws {
        #expect(try label("The ferry to Port Alder leaves at nine.", target: "Port Alder") == "neutral")
    }

    @Test func speakerStanceAndCertainty() throws {
        let pipeline = try inlinePipeline("""
            {"stages": [{"stage": "ingest", "options": {"verbatim": true}}, {"stage": "sentences"}, {"stage": "quotes"},
              {"stage": "stance", "options": {"targets": {"the bridge plan": ["bridge plan"]}}}]}
            """)
        var doc = Document(id: "s", input: RawInput(format: .text, bytes: Array(
            "“The bridge plan is clearly a wonderful idea,” Mayor Helen Okafor said. “Perhaps the bridge plan might fail,” said Councillor James Whitby.".utf8), source: "t"))
        pipeline.process(&doc)
        let okafor = try #require(doc.speakers.first { $0.name == "Helen Okafor" })
        #expect(okafor.stance.first?.target == "the bridge plan")
        #expect(okafor.stance.first?.label == "favor")
        let quotes = doc.quotes.sorted { $0.span < $1.span }
        #expect((quotes.first?.certainty ?? 0) > 0)   // "clearly"
        #expect((quotes.last?.certainty ?? 0) < 0)    // "Perhaps", "might"
    }

    @Test func aDeniedContentIsNotTheSpeakersStance() throws {
        let pipeline = try inlinePipeline("""
            {"stages": [{"stage": "ingest", "options": {"verbatim": true}}, {"stage": "sentences"}, {"stage": "quotes"},
              {"stage": "stance", "options": {"targets": {"the harbour board": ["harbour board"]}}}]}
            """)
        var doc = Document(id: "s", input: RawInput(format: .text, bytes: Array(
            "Mayor Helen Okafor denied that the harbour board had committed terrible fraud.".utf8), source: "t"))
        pipeline.process(&doc)
        let okafor = try #require(doc.speakers.first { $0.name == "Helen Okafor" })
        #expect(okafor.stance.isEmpty)
    }

    /// A speaker's tone and stance weighed the quoted words of a mixed quote twice, once in it and once as the
    /// partial quote within it: each utterance now counts once.
    @Test func aNestedPartialIsNotCountedTwiceInTheSpeakersToneAndStance() throws {
        let pipeline = try inlinePipeline("""
            {"stages": [{"stage": "ingest", "options": {"verbatim": true}}, {"stage": "sentences"}, {"stage": "quotes"},
              {"stage": "tone"}, {"stage": "stance", "options": {"targets": {"the harbour board": ["harbour board"]}}}]}
            """)
        var doc = Document(id: "s", input: RawInput(format: .text, bytes: Array(
            "Mayor Helen Okafor said the plan would help and that \u{201C}the harbour board is a disgrace\u{201D}.".utf8), source: "t"))
        pipeline.process(&doc)
        let mixed = try #require(doc.quotes.first { $0.kind == .mixed })
        let okafor = try #require(doc.speakers.first { $0.name == "Helen Okafor" })
        #expect(okafor.quoteIDs.count == 2)
        #expect(okafor.tone?.compound == mixed.tone?.compound)
        #expect(okafor.stance.first?.count == 1)
        #expect(okafor.stance.first?.quoteIDs == [mixed.id])
    }
}
