/// Converts UTF-8 byte offsets into Unicode code-point offsets (Python `str` indices) for one text.
///
/// Built once per document in one linear pass. ASCII text needs no table at all, since the two
/// units coincide. Offsets that fall inside a multi-byte scalar round down to its start.
public struct CodePointIndex: Sendable {
    private let table: [Int32]?
    public let utf8Count: Int
    public let codePointCount: Int

    public init(_ text: String) {
        var text = text
        // Contiguous UTF-8 (native strings already are), read through a buffer pointer: this runs
        // over every byte of every record.
        let (table, count, codePoints) = text.withUTF8 { utf8 -> ([Int32]?, Int, Int) in
            var isASCII = true
            for b in utf8 where b >= 0x80 { isASCII = false; break }
            if isASCII { return (nil, utf8.count, utf8.count) }
            var cp: Int32 = 0
            let t = [Int32](unsafeUninitializedCapacity: utf8.count + 1) { out, initialized in
                for (i, b) in utf8.enumerated() {
                    // A continuation byte (10xxxxxx) belongs to the scalar that started before it.
                    if b & 0xC0 != 0x80 {
                        out[i] = cp
                        cp += 1
                    } else {
                        out[i] = cp - 1
                    }
                }
                out[utf8.count] = cp
                initialized = utf8.count + 1
            }
            return (t, utf8.count, Int(cp))
        }
        self.table = table
        utf8Count = count
        codePointCount = codePoints
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
