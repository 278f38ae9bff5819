/// A word without its diacritics ("éric" → "eric", "łukasz" → "lukasz"), for lists that hold a name
/// in one spelling when the text may use the other: "Éric" meets "eric", "Jiri" meets "jiří".
/// Only Latin-1 and Latin Extended-A letters fold; a word with any other non-ASCII letter, or a
/// letter that is two in ASCII ("ß", "æ"), has no folded form.
enum LatinFolding {
    /// Base letters of U+00C0 to U+017F, "?" where there is none (drawn from the Unicode
    /// decompositions, plus ø, ł, đ, ħ, ı that have none).
    private static let bases: [UInt8] = Array(
        ("aaaaaa?ceeeeiiiidnooooo?ouuuuy??aaaaaa?ceeeeiiiidnooooo?ouuuuy?y"
         + "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii??jjkkklllllll"
         + "lllnnnnnn???oooooo??rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs").utf8)

    /// The folded form of a lower-case word, or nil when it is plain ASCII already or cannot fold.
    static func folded(_ word: String) -> String? {
        var out: [UInt8] = []
        var changed = false
        var k = word.utf8.startIndex
        let u = word.utf8
        while k < u.endIndex {
            let b = u[k]
            if b < 0x80 {
                out.append(b)
                k = u.index(after: k)
                continue
            }
            let next = u.index(after: k)
            guard b >= 0xC3, b <= 0xC5, next < u.endIndex else { return nil }
            let cp = LetterCase.decode(b, u[next])
            guard cp >= 0xC0, cp < 0x180, case let base = bases[Int(cp - 0xC0)], base != UInt8(ascii: "?") else { return nil }
            out.append(base)
            changed = true
            k = u.index(after: next)
        }
        return changed ? String(decoding: out, as: UTF8.self) : nil
    }
}
