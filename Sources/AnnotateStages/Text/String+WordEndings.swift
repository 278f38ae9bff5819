extension String {
    /// `hasSuffix` by bytes, for the ASCII word endings the quote stage tests on most words ("ing", "'s",
    /// "ly"). The standard `hasSuffix` compares by canonical equivalence, a slow path for lower-cased
    /// words whose endings are plain ASCII.
    @inline(__always) func endsWith(_ suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        return utf8.withContiguousStorageIfAvailable { b -> Bool in
            guard b.count >= n else { return false }
            return suffix.withUTF8Buffer { s in
                var k = 0
                while k < n, b[b.count - n + k] == s[k] { k += 1 }
                return k == n
            }
        } ?? hasSuffix(suffix.description)
    }

    /// The last UTF-8 byte, without walking the view backwards.
    @inline(__always) var lastByte: UInt8? {
        utf8.withContiguousStorageIfAvailable { $0.last } ?? utf8.last
    }

    /// An "-s" ending that is not "-ss": the cheap test for a plural noun ("residents", not "business").
    @inline(__always) var looksPlural: Bool { endsWith("s") && !endsWith("ss") }
}
