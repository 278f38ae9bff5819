/// An open-addressing index from 64-bit hashes to integers, for the per-document tables whose keys
/// the caller already holds (an entity's name words, a word's entities, a mention's offset). A lookup
/// compares the stored hash, then asks the caller whether the entry is the one wanted. Swift's
/// `Set` and `Dictionary` hash every key with a seeded SipHash, which cost more than the rest of
/// these lookups; the callers here hash with FNV-1a or a multiply, which is enough for keys that
/// come from a document rather than from an adversary choosing collisions (a collision costs a probe).
struct HashSlots {
    /// A slot: the hash and the value stored under it; `value == HashSlots.empty` for a free slot.
    /// (One array of pairs: a document makes several tables, and each was three allocations.)
    private struct Slot {
        var hash: UInt64
        var value: Int
    }

    private static let empty = Int.min
    private var slots: [Slot]
    private var count = 0

    /// Room for `capacity` entries before the first growth.
    init(capacity: Int = 8) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Slot](repeating: Slot(hash: 0, value: HashSlots.empty), count: size)
    }

    @inline(__always) private static func slot(_ h: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: h ^ (h >> 31)) & mask
    }

    /// The first value stored under `h` that `matches` accepts.
    @inline(__always) func first(_ h: UInt64, where matches: (Int) -> Bool) -> Int? {
        let mask = slots.count - 1
        var i = HashSlots.slot(h, mask)
        while slots[i].value != HashSlots.empty {
            if slots[i].hash == h, matches(slots[i].value) { return slots[i].value }
            i = (i + 1) & mask
        }
        return nil
    }

    /// Stores `value` (never `Int.min`) under `h` (beside any others stored under it).
    mutating func insert(_ h: UInt64, _ value: Int) {
        precondition(value != HashSlots.empty, "HashSlots cannot store Int.min")
        if (count + 1) * 2 > slots.count { grow() }
        place(h, value)
        count += 1
    }

    private mutating func place(_ h: UInt64, _ value: Int) {
        let mask = slots.count - 1
        var i = HashSlots.slot(h, mask)
        while slots[i].value != HashSlots.empty { i = (i + 1) & mask }
        slots[i] = Slot(hash: h, value: value)
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(hash: 0, value: HashSlots.empty), count: old.count * 2)
        for s in old where s.value != HashSlots.empty { place(s.hash, s.value) }
    }

    /// The hash of an integer key: a multiply by 2^64 / φ spreads consecutive offsets over the slots.
    @inline(__always) static func hash(_ n: Int) -> UInt64 { UInt64(bitPattern: Int64(n)) &* 0x9E37_79B9_7F4A_7C15 }

    /// The FNV-1a hash of a word's bytes.
    @inline(__always) static func hash(_ w: Word) -> UInt64 { FNV1a.hash(w.utf8) }
}
