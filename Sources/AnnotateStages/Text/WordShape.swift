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

    static func key(_ word: String) -> Int32 {
        let u = word.utf8
        guard u.count >= 2, let f = u.first, let l = u.last else { return none }
        return key(first: f, second: u[u.index(after: u.startIndex)], last: l, length: u.count)
    }
}

/// A bitmap over `WordShape` keys of a word list: a word whose key is not marked is not in the
/// list, and most words are rejected this way without hashing their text. Words without a key
/// (digits, dots) always pass to the real lookup.
struct ShapeFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: WordShape.count / 64)

    init<S: Sequence>(_ words: S) where S.Element == String {
        for w in words {
            let k = Int(WordShape.key(w))
            if k >= 0 { bits[k >> 6] |= 1 << UInt64(k & 63) }
        }
    }

    @inline(__always) func mayContain(_ key: Int32) -> Bool {
        let k = Int(key)
        return k < 0 || bits[k >> 6] & (1 << UInt64(k & 63)) != 0
    }
}
