/// A table from lower-case words to values for the quote stage's lexicons and word lists. Swift's
/// `Dictionary<String, _>` hashes with a seeded SipHash, which dominates the cost of looking up a
/// short word; this table hashes the word's UTF-8 bytes with FNV-1a, probes linearly and compares
/// bytes, so a lookup neither hashes a `String` nor retains one. A token brings the hash the
/// tokenizer computed, and each slot keeps the top half of its word's hash beside the word's index,
/// so a token that is not in the table (most lookups) is turned away without reading its bytes.
/// Built once: no removal, no resizing.
struct WordMap<Value: Sendable>: Sendable {
    private let bytes: [UInt8]      // every word's UTF-8, one after another
    private let starts: [Int]       // word k is bytes[starts[k]..<starts[k + 1]]
    /// Open addressing, one word per slot: the top 32 bits of the word's FNV-1a hash over its index
    /// plus one; 0 for a free slot. (One 8-byte slot, where a word index and a full hash in two arrays
    /// were two cache misses a lookup: the reporting verbs' and first names' tables outgrow the
    /// first-level cache, and most lookups are misses that end at their first slot.)
    private let slots: [UInt64]
    private let mask: Int
    private let values: [Value]
    /// The words in the order they were first given.
    let keys: [String]

    /// The first value given for a word wins.
    init<S: Sequence>(_ pairs: S) where S.Element == (String, Value) {
        var keys: [String] = [], values: [Value] = []
        var seen = Set<String>()
        for (k, v) in pairs where seen.insert(k).inserted {
            keys.append(k)
            values.append(v)
        }
        // (At most a quarter full: a miss, the common lookup, then mostly reads one slot.)
        var size = 16
        while size < keys.count * 4 { size <<= 1 }
        var bytes: [UInt8] = []
        var starts: [Int] = [0]
        var slots = [UInt64](repeating: 0, count: size)
        for (k, w) in keys.enumerated() {
            let u = Array(w.utf8)
            bytes += u
            starts.append(bytes.count)
            let h = u.withUnsafeBufferPointer { WordMap.hash($0) }
            var i = WordMap.slot(h) & (size - 1)
            while slots[i] != 0 { i = (i + 1) & (size - 1) }
            slots[i] = WordMap.tag(h) | UInt64(k + 1)
        }
        self.bytes = bytes
        self.starts = starts
        self.slots = slots
        self.mask = size - 1
        self.values = values
        self.keys = keys
    }

    init(_ dictionary: [String: Value]) { self.init(dictionary.map { ($0.key, $0.value) }) }

    @inline(__always) private static func hash(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 { FNV1a.hash(b) }

    @inline(__always) private static func slot(_ fnv: UInt64) -> Int { Int(truncatingIfNeeded: fnv ^ (fnv >> 29)) }

    /// A slot's hash half: the top 32 bits of the hash, in the top 32 bits of the slot.
    @inline(__always) private static func tag(_ fnv: UInt64) -> UInt64 { fnv & 0xFFFF_FFFF_0000_0000 }

    /// The index of the word with hash `fnv`, if `word`'s bytes spell it.
    @inline(__always) private func index(_ fnv: UInt64, _ word: Word) -> Int? {
        let tag = WordMap.tag(fnv)
        var i = WordMap.slot(fnv) & mask
        while true {
            let s = slots[i]
            if s == 0 { return nil }
            if s & 0xFFFF_FFFF_0000_0000 == tag, spells(Int(truncatingIfNeeded: s & 0xFFFF_FFFF) - 1, word) {
                return Int(truncatingIfNeeded: s & 0xFFFF_FFFF) - 1
            }
            i = (i + 1) & mask
        }
    }

    @inline(__always) private func spells(_ k: Int, _ word: Word) -> Bool {
        let s = starts[k], e = starts[k + 1]
        guard word.count == e - s else { return false }
        let w = word.utf8
        return bytes.withUnsafeBufferPointer { b in
            var j = 0
            while j < w.count, b[s + j] == w[j] { j += 1 }
            return j == w.count
        }
    }

    subscript(word: Word) -> Value? { index(WordMap.hash(word.utf8), word).map { values[$0] } }

    func contains(_ word: Word) -> Bool { index(WordMap.hash(word.utf8), word) != nil }

    /// (A `String` is looked up through a `Word` over its bytes, valid for the call.)
    subscript(word: String) -> Value? {
        var word = word
        return word.withUTF8 { self[Word(base: $0.baseAddress, count: $0.count)] }
    }

    /// A token's lower-case word, hashed once by the tokenizer.
    subscript(token: Token) -> Value? { index(token.hash, token.lower).map { values[$0] } }

    func contains(_ word: String) -> Bool { self[word] != nil }

    /// A word whose hash (`FNV1a` over its bytes) is known already.
    @inline(__always) func contains(_ word: Word, hash: UInt64) -> Bool { index(hash, word) != nil }

    /// (Membership alone: the value is not read.)
    @inline(__always) func contains(_ token: Token) -> Bool { index(token.hash, token.lower) != nil }
}
