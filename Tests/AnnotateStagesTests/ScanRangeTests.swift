@testable import AnnotateStages
import Testing

/// The look-ahead windows of the quote rules: clamped, never reversed.
@Suite struct ScanRangeTests {
    @Test func aWindowInsideItsBoundIsThePlainRange() {
        #expect(scanRange(from: 3, upTo: min(10, 3 + 4)) == 3..<7)
        #expect(scanRange(from: 3, upTo: min(5, 3 + 4)) == 3..<5)
        #expect(scanRange(from: 0, upTo: 0).isEmpty)
    }

    /// "But what the minister told" crashed the process: the window after "told" started past the
    /// sentence's last token, and `from + 1..<min(end, from + 3)` was reversed.
    @Test func aWindowStartingPastItsBoundIsEmpty() {
        let end = 5, from = 5
        let window = scanRange(from: from + 1, upTo: min(end, from + 3))
        #expect(window.isEmpty)
        #expect(window.first(where: { _ in true }) == nil)
        #expect(scanRange(from: 12, upTo: -1).lowerBound == 12)
    }
}
