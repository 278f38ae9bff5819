@testable import AnnotateStages
import Testing

/// The entity table's open-addressing index: every value stays findable as the table grows, and entries
/// under one hash are told apart by the caller's test.
@Suite struct HashSlotsTests {
    @Test func valuesSurviveGrowth() {
        var slots = HashSlots(capacity: 2)
        for n in 0..<2_000 { slots.insert(HashSlots.hash(n * 7), n * 7) }
        #expect((0..<2_000).allSatisfy { n in slots.first(HashSlots.hash(n * 7), where: { $0 == n * 7 }) == n * 7 })
        #expect(slots.first(HashSlots.hash(3), where: { $0 == 3 }) == nil)
    }

    @Test func entriesUnderOneHashAreToldApartByTheCaller() {
        var slots = HashSlots()
        slots.insert(42, 1)
        slots.insert(42, 2)
        #expect(slots.first(42, where: { $0 == 2 }) == 2)
        #expect(slots.first(42, where: { $0 == 1 }) == 1)
        #expect(slots.first(42, where: { $0 == 3 }) == nil)
        #expect(HashSlots.hash(Word("ab")) != HashSlots.hash(Word("ba")))
    }
}
