@testable import AnnotateStages
import Testing

/// The ids of quotes and entities ("q12", "e3") and the numbers read back from them.
@Suite struct ShortIDTests {
    @Test func idsAreTheLetterAndTheNumber() {
        #expect(ShortID.make("q", 1) == "q1")
        #expect(ShortID.make("e", 1234) == "e1234")
        #expect(ShortID.make("e", 0) == "e0")
        #expect(ShortID.make("q", Int.max) == "q\(Int.max)")
    }

    @Test func numbersAreReadOnlyFromIdsMakeWrites() {
        for n in [0, 1, 9, 10, 407, 1_000_000] { #expect(ShortID.number(ShortID.make("e", n), "e") == n) }
        for other in ["e", "q12", "e012", "e1a", "E12", "", "e-1", "e1234567890123456789"] {
            #expect(ShortID.number(other, "e") == nil, "\(other)")
        }
    }
}
