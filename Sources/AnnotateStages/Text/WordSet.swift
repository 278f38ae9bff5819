/// A set of lower-case words for the quote stage's many membership tests. Swift's `Set<String>`
/// hashes with a seeded SipHash, which dominates the cost of looking up a short word; this table
/// hashes the word's UTF-8 bytes with FNV-1a, probes linearly and compares bytes, so a lookup
/// neither hashes a `String` nor retains one. The lists are small and fixed: no removal, no resizing.
struct WordSet: Sendable, Sequence, ExpressibleByArrayLiteral {
    private let bytes: [UInt8]      // every word's UTF-8, one after another
    private let starts: [Int]       // word k is bytes[starts[k]..<starts[k + 1]]
    private let slots: [Int32]      // open addressing: a word index, or -1
    private let mask: Int
    private let words: [String]

    init<S: Sequence>(_ list: S) where S.Element == String {
        var words: [String] = []
        var seen = Set<String>()
        for w in list where seen.insert(w).inserted { words.append(w) }
        var size = 16
        while size < words.count * 4 { size <<= 1 }
        var bytes: [UInt8] = []
        var starts: [Int] = [0]
        var slots = [Int32](repeating: -1, count: size)
        for (k, w) in words.enumerated() {
            let u = Array(w.utf8)
            bytes += u
            starts.append(bytes.count)
            var i = u.withUnsafeBufferPointer { WordSet.hash($0) } & (size - 1)
            while slots[i] >= 0 { i = (i + 1) & (size - 1) }
            slots[i] = Int32(k)
        }
        self.bytes = bytes
        self.starts = starts
        self.slots = slots
        self.mask = size - 1
        self.words = words
    }

    init(arrayLiteral elements: String...) { self.init(elements) }

    @inline(__always) private static func hash(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for x in b { h = (h ^ UInt64(x)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    @inline(__always) private func contains(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = WordSet.hash(b) & mask
        while true {
            let k = Int(slots[i])
            if k < 0 { return false }
            let s = starts[k], e = starts[k + 1]
            if e - s == b.count {
                var j = 0
                while j < b.count, bytes[s + j] == b[j] { j += 1 }
                if j == b.count { return true }
            }
            i = (i + 1) & mask
        }
    }

    func contains(_ word: String) -> Bool {
        if let found = word.utf8.withContiguousStorageIfAvailable({ contains($0) }) { return found }
        return Array(word.utf8).withUnsafeBufferPointer { contains($0) }
    }

    func union<S: Sequence>(_ other: S) -> WordSet where S.Element == String { WordSet(words + Array(other)) }

    func makeIterator() -> IndexingIterator<[String]> { words.makeIterator() }
}
