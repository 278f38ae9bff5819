/// A cheap key for a lower-case word: its first, second and last letters (a–z) and its length.
/// Lexicons mark the keys of their words in a bitmap, so most tokens are rejected without hashing
/// their text. The tokenizer computes each word's key once, while it lowers the word.
enum WordShape {
    static let none: Int32 = -1
    /// Number of distinct keys: 26 × 26 × 26 letters × 32 lengths.
    static let count = 26 * 26 * 26 * 32

    @inline(__always) static func key(first f: UInt8, second s: UInt8, last l: UInt8, length: Int) -> Int32 {
        let a = UInt8(ascii: "a"), z = UInt8(ascii: "z")
        guard length >= 2, length < 32, f >= a, f <= z, s >= a, s <= z, l >= a, l <= z else { return none }
        return Int32(((Int(f - a) * 26 + Int(s - a)) * 26 + Int(l - a)) * 32 + length)
    }

    static func key(_ word: Word) -> Int32 {
        let u = word.utf8
        guard u.count >= 2 else { return none }
        return key(first: u[0], second: u[1], last: u[u.count - 1], length: u.count)
    }

    static func key(_ word: String) -> Int32 {
        var word = word
        return word.withUTF8 { key(Word(base: $0.baseAddress, count: $0.count)) }
    }
}

/// A bitmap over `WordShape` keys of a word list: a word whose key is not marked is not in the
/// list, and most words are rejected this way without hashing their text. Words without a key
/// (digits, dots) always pass to the real lookup. Keys are hashed into a table of about 16 bits
/// per word (at least 1,024), so the many filters of the quote stage stay small enough for the
/// processor's caches; a collision only sends a word on to the real lookup.
struct ShapeFilter: Sendable {
    private var bits: [UInt64]
    private let shift: UInt64

    init<S: Sequence>(_ words: S) where S.Element == String {
        let keys = words.map { WordShape.key($0) }.filter { $0 >= 0 }
        var log2 = 10
        while 1 << log2 < keys.count * 16, log2 < 24 { log2 += 1 }
        shift = UInt64(64 - log2)
        bits = [UInt64](repeating: 0, count: (1 << log2) / 64)
        for k in keys {
            let slot = ShapeFilter.slot(k, shift)
            bits[slot >> 6] |= 1 << UInt64(slot & 63)
        }
    }

    /// Fibonacci hashing: the top bits of the key times 2^64 / φ.
    @inline(__always) private static func slot(_ key: Int32, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (UInt64(UInt32(bitPattern: key)) &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    @inline(__always) func mayContain(_ key: Int32) -> Bool {
        guard key >= 0 else { return true }
        let slot = ShapeFilter.slot(key, shift)
        return bits[slot >> 6] & (1 << UInt64(slot & 63)) != 0
    }
}
