/// A lower-cased word as UTF-8 bytes that live elsewhere: in the `WordArena` the tokenizer lowered a
/// document into, or in a string literal's static storage (`token.lower == "said"` compares against the
/// literal's bytes without building anything). A `Word` is two machine words and holds no reference,
/// so a `Token` is trivially copied: a `String` here made every read of a token retain and release,
/// and building a `String` for each word was about a tenth of the quote stage.
///
/// A word from a token is valid only while its arena lives (`QuoteAttributor.annotate` keeps it to the
/// end). Equality is by bytes, as the lexicon tables compare.
struct Word: Hashable, ExpressibleByStringLiteral, CustomStringConvertible, @unchecked Sendable {
    let base: UnsafePointer<UInt8>?
    let count: Int

    static let empty = Word(base: nil, count: 0)

    init(base: UnsafePointer<UInt8>?, count: Int) {
        self.base = base
        self.count = count
    }

    init(stringLiteral value: StaticString) {
        base = value.utf8CodeUnitCount == 0 ? nil : value.utf8Start
        count = value.utf8CodeUnitCount
    }

    init(unicodeScalarLiteral value: StaticString) { self.init(stringLiteral: value) }

    init(extendedGraphemeClusterLiteral value: StaticString) { self.init(stringLiteral: value) }

    /// The bytes, for the `String`-like reads the quote stage makes (`count`, `first`, `contains`).
    @inline(__always) var utf8: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    var description: String { String(decoding: utf8, as: UTF8.self) }

    @inline(__always) static func == (a: Word, b: Word) -> Bool {
        guard a.count == b.count else { return false }
        guard a.base != b.base, let x = a.base, let y = b.base else { return true }
        var k = 0
        while k < a.count, x[k] == y[k] { k += 1 }
        return k == a.count
    }

    /// The word spells `string` (for the few words that are not literals: a lexicon's, a name's).
    func spells(_ string: String) -> Bool {
        var s = string
        return s.withUTF8 { self == Word(base: $0.baseAddress, count: $0.count) }
    }

    func hash(into hasher: inout Hasher) { hasher.combine(bytes: UnsafeRawBufferPointer(utf8)) }

    /// The word ends with these ASCII bytes ("ing", "'s", "ly").
    @inline(__always) func endsWith(_ suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        guard count >= n, let b = base else { return n == 0 }
        let s = suffix.utf8Start
        var k = 0
        while k < n, b[count - n + k] == s[k] { k += 1 }
        return k == n
    }

    @inline(__always) var lastByte: UInt8? { count > 0 ? base![count - 1] : nil }

    /// An "-s" ending that is not "-ss": the cheap test for a plural noun ("residents", not "business").
    /// ("virus", "status", "famous" and "crisis", "analysis" are singular: a word in "-us" is a plural only of a noun in
    /// "-u", "menus", "gurus", "Hindus"; one in "-sis" never is.)
    @inline(__always) var looksPlural: Bool {
        guard count >= 2, let b = base, b[count - 1] == UInt8(ascii: "s") else { return false }
        switch b[count - 2] {
        case UInt8(ascii: "s"): return false
        case UInt8(ascii: "u"): return Word.pluralsInUs.contains(self)
        case UInt8(ascii: "i"): return !endsWith("sis")
        default: return true
        }
    }

    /// Plurals of nouns in "-u", the only plurals in "-us" (`looksPlural`).
    static let pluralsInUs: [Word] = ["menus", "gurus", "emus", "gnus", "tutus", "haikus", "hindus", "zulus", "bureaus", "plateaus",
                                      "tableaus", "tofus", "sudokus", "snafus", "kudzus", "impromptus", "bayous", "caribous"]

    /// The word holds this ASCII byte ("-" in "right-wing").
    @inline(__always) func contains(_ byte: UInt8) -> Bool { utf8.contains(byte) }

    /// The bytes after the first `n`.
    @inline(__always) func dropFirst(_ n: Int) -> Word {
        let k = Swift.min(n, count)
        return k == count ? .empty : Word(base: base.map { $0 + k }, count: count - k)
    }

    /// Without the last `n` bytes.
    @inline(__always) func dropLast(_ n: Int = 1) -> Word { Word(base: base, count: Swift.max(0, count - n)) }
}

/// Storage for one document's lowered words: allocated once at the text's size, which a lowered word
/// never exceeds (’ becomes ', a two-byte capital a one- or two-byte small letter), so the words'
/// addresses stay put.
final class WordArena: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    private var used = 0

    init(capacity: Int) {
        self.capacity = Swift.max(capacity, 1)
        storage = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    }

    deinit { storage.deallocate() }

    /// Room for `n` more bytes, to be committed with `commit`.
    @inline(__always) func reserve(_ n: Int) -> UnsafeMutableBufferPointer<UInt8> {
        precondition(used + n <= capacity, "WordArena overflow")
        return UnsafeMutableBufferPointer(start: storage + used, count: n)
    }

    /// Keeps the first `n` bytes written to the last reservation and returns them as a word.
    @inline(__always) func commit(_ n: Int) -> Word {
        let w = Word(base: UnsafePointer(storage + used), count: n)
        used += n
        return w
    }
}
