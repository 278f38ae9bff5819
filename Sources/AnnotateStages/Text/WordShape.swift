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
        let u = Array(word.utf8)
        guard u.count >= 2 else { return none }
        return key(first: u[0], second: u[1], last: u[u.count - 1], length: u.count)
    }
}
