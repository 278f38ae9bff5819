/// Converts UTF-8 byte offsets into Unicode code-point offsets (Python `str` indices) for one text.
///
/// Built once per document in one linear pass. ASCII text needs no table at all, since the two
/// units coincide. Offsets that fall inside a multi-byte scalar round down to its start.
public struct CodePointIndex: Sendable {
    private let table: [Int32]?
    public let utf8Count: Int
    public let codePointCount: Int

    public init(_ text: String) {
        let utf8 = text.utf8
        utf8Count = utf8.count
        var isASCII = true
        for b in utf8 where b >= 0x80 { isASCII = false; break }
        if isASCII {
            table = nil
            codePointCount = utf8Count
            return
        }
        var t = [Int32](repeating: 0, count: utf8Count + 1)
        var cp: Int32 = 0
        var i = 0
        for b in utf8 {
            // A continuation byte (10xxxxxx) belongs to the scalar that started before it.
            if b & 0xC0 != 0x80 {
                t[i] = cp
                cp += 1
            } else {
                t[i] = cp - 1
            }
            i += 1
        }
        t[utf8Count] = cp
        table = t
        codePointCount = Int(cp)
    }

    /// The code-point offset of a UTF-8 offset (clamped to the text).
    @inline(__always) public func codePoint(_ utf8Offset: Int) -> Int {
        let o = min(max(utf8Offset, 0), utf8Count)
        guard let table else { return o }
        return Int(table[o])
    }

    /// The UTF-8 offset of a code-point offset (clamped to the text); binary search over the table.
    public func utf8Offset(ofCodePoint cp: Int) -> Int {
        guard let table else { return min(max(cp, 0), utf8Count) }
        if cp <= 0 { return 0 }
        if cp >= codePointCount { return utf8Count }
        var lo = 0, hi = utf8Count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(table[mid]) < cp { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
