/// The FNV-1a hash over UTF-8 bytes, shared by the word tables and the entity table's name keys:
/// a few cycles a byte, where Swift's seeded SipHash costs more than the rest of a word lookup.
enum FNV1a {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The hash of these bytes alone.
    @inline(__always) static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = offset
        add(bytes, to: &h)
        return h
    }

    @inline(__always) static func add(_ bytes: UnsafeBufferPointer<UInt8>, to h: inout UInt64) {
        for b in bytes { add(b, to: &h) }
    }

    @inline(__always) static func add(_ byte: UInt8, to h: inout UInt64) {
        h = (h ^ UInt64(byte)) &* 0x100_0000_01b3
    }
}
