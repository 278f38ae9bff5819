/// Ids such as "q12" and "e3": a letter and a number, written as bytes. (String interpolation
/// cost a few hundred instructions an id, and a document has an id for every quote and entity.)
enum ShortID {
    static func make(_ prefix: Unicode.Scalar, _ n: Int) -> String {
        precondition(prefix.isASCII && n >= 0)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buf in
            var k = buf.count
            var v = n
            repeat {
                k -= 1
                buf[k] = UInt8(truncatingIfNeeded: 0x30 + v % 10)
                v /= 10
            } while v > 0
            k -= 1
            buf[k] = UInt8(prefix.value)
            return String(decoding: UnsafeBufferPointer(rebasing: buf[k...]), as: UTF8.self)
        }
    }

    /// The number of an id `make` wrote with this prefix ("e12" is 12), nil for any other string.
    static func number(_ id: String, _ prefix: Unicode.Scalar) -> Int? {
        var id = id
        return id.withUTF8 { b -> Int? in
            guard b.count >= 2, b.count <= 19, b[0] == UInt8(prefix.value) else { return nil }
            var n = 0
            for d in b[1...] {
                guard d &- 0x30 < 10 else { return nil }
                n = n * 10 + Int(d &- 0x30)
            }
            // ("e012" is no id `make` writes: its number would name "e12".)
            return b[1] == 0x30 && b.count > 2 ? nil : n
        }
    }
}
