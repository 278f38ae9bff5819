import AnnotateCore

/// Substring search on bytes, plain or whole-word (ASCII letters and digits delimit words).
enum ByteSearch {
    /// The offset of the first occurrence of `needle` in `hay`, or nil.
    static func firstIndex(of needle: [UInt8], in hay: [UInt8]) -> Int? {
        guard let first = needle.first, needle.count <= hay.count else { return nil }
        for i in 0...(hay.count - needle.count) where hay[i] == first {
            var j = 1
            while j < needle.count, hay[i + j] == needle[j] { j += 1 }
            if j == needle.count { return i }
        }
        return nil
    }

    /// Non-overlapping whole-word occurrences of `needle` in `hay`.
    static func wordOccurrences(of needle: [UInt8], in hay: [UInt8], apostropheInWords: Bool = false) -> [TextSpan] {
        guard let first = needle.first, needle.count <= hay.count else { return [] }
        let isWord: (UInt8) -> Bool = {
            ByteClass.isASCIILetter($0) || ByteClass.isDigit($0) || (apostropheInWords && $0 == UInt8(ascii: "'"))
        }
        var out: [TextSpan] = []
        var i = 0
        while i <= hay.count - needle.count {
            if hay[i] == first, hay[i..<(i + needle.count)].elementsEqual(needle),
               i == 0 || !isWord(hay[i - 1]), i + needle.count == hay.count || !isWord(hay[i + needle.count]) {
                out.append(TextSpan(start: i, end: i + needle.count))
                i += needle.count
                continue
            }
            i += 1
        }
        return out
    }
}
