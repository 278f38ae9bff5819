import AnnotateCore
import AnnotateStages
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
}
