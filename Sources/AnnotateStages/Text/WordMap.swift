/// A table from lower-case words to values for the quote stage's lexicons and word lists. Swift's
/// `Dictionary<String, _>` hashes with a seeded SipHash, which dominates the cost of looking up a
/// short word; this table hashes the word's UTF-8 bytes with FNV-1a, probes linearly and compares
/// bytes, so a lookup neither hashes a `String` nor retains one. Built once: no removal, no resizing.
struct WordMap<Value: Sendable>: Sendable {
    private let bytes: [UInt8]      // every word's UTF-8, one after another
    private let starts: [Int]       // word k is bytes[starts[k]..<starts[k + 1]]
    private let slots: [Int32]      // open addressing: a word index, or -1
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
        var size = 16
        while size < keys.count * 4 { size <<= 1 }
        var bytes: [UInt8] = []
        var starts: [Int] = [0]
        var slots = [Int32](repeating: -1, count: size)
        for (k, w) in keys.enumerated() {
            let u = Array(w.utf8)
            bytes += u
            starts.append(bytes.count)
            var i = u.withUnsafeBufferPointer { WordMap.hash($0) } & (size - 1)
            while slots[i] >= 0 { i = (i + 1) & (size - 1) }
            slots[i] = Int32(k)
        }
        self.bytes = bytes
        self.starts = starts
        self.slots = slots
        self.mask = size - 1
        self.values = values
        self.keys = keys
    }

    init(_ dictionary: [String: Value]) { self.init(dictionary.map { ($0.key, $0.value) }) }

    @inline(__always) private static func hash(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        var h = FNV1a.offset
        FNV1a.add(b, to: &h)
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    @inline(__always) private func index(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = WordMap.hash(b) & mask
        while true {
            let k = Int(slots[i])
            if k < 0 { return nil }
            let s = starts[k], e = starts[k + 1]
            if e - s == b.count {
                var j = 0
                while j < b.count, bytes[s + j] == b[j] { j += 1 }
                if j == b.count { return k }
            }
            i = (i + 1) & mask
        }
    }

    subscript(word: String) -> Value? {
        let k = word.utf8.withContiguousStorageIfAvailable({ index($0) }) ?? Array(word.utf8).withUnsafeBufferPointer({ index($0) })
        return k.map { values[$0] }
    }

    func contains(_ word: String) -> Bool { self[word] != nil }
}
