/// Eight bytes read as one `UInt64`, so scanners can pass over plain text a word at a time.
/// The tests are the classic has-zero-byte tricks: exact for "is there any such byte".
/// (Public and inlinable: the sentence splitter's scans use them too, and a call a word would cost
/// more than the test.)
public enum ByteWord {
    @usableFromInline static let ones: UInt64 = 0x0101_0101_0101_0101
    @usableFromInline static let highs: UInt64 = 0x8080_8080_8080_8080
    @usableFromInline static let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// The eight bytes at `p`, in memory order (any alignment).
    @inlinable @inline(__always) public static func load(_ p: UnsafePointer<UInt8>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self))
    }

    /// The high bit of each zero byte. (A borrow from a zero byte may mark a 0x01 byte above it too: the lowest mark,
    /// and whether there is any, are exact.)
    @inlinable @inline(__always) public static func zeroBytes(_ w: UInt64) -> UInt64 { (w &- ones) & ~w & highs }

    @inlinable @inline(__always) public static func hasZero(_ w: UInt64) -> Bool { zeroBytes(w) != 0 }

    /// The high bit of each byte equal to `b` (the lowest exact, as in `zeroBytes`).
    @inlinable @inline(__always) public static func bytes(_ w: UInt64, equalTo b: UInt8) -> UInt64 { zeroBytes(w ^ (ones &* UInt64(b))) }

    @inlinable @inline(__always) public static func has(_ w: UInt64, _ b: UInt8) -> Bool { bytes(w, equalTo: b) != 0 }

    /// The high bit of each byte strictly between `m` and `n` (0 ≤ m ≤ 127, 0 ≤ n ≤ 128); bytes from 0x80 up never are.
    /// Exact for every byte: no byte's sums carry into the next.
    @inlinable @inline(__always) public static func bytes(_ w: UInt64, between m: UInt8, and n: UInt8) -> UInt64 {
        let low = w & lows
        return ((ones &* (127 &+ UInt64(n))) &- low) & ~w & (low &+ ones &* (127 &- UInt64(m))) & highs
    }

    /// The high bit of each byte below `n` (n ≤ 128), and perhaps of some bytes above one: none is missed, and the
    /// lowest mark is exact.
    @inlinable @inline(__always) public static func bytes(_ w: UInt64, below n: UInt8) -> UInt64 { (w &- ones &* UInt64(n)) & ~w & highs }

    /// The high bit of each ASCII capital, A to Z.
    @inlinable @inline(__always) public static func upperBytes(_ w: UInt64) -> UInt64 { bytes(w, between: 0x40, and: 0x5B) }

    /// Whether any byte is an ASCII capital, A to Z.
    @inlinable @inline(__always) public static func hasASCIIUpper(_ w: UInt64) -> Bool { upperBytes(w) != 0 }

    /// The offset (0 to 7) of the first byte a mask of high bits marks; 8 for none.
    @inlinable @inline(__always) public static func firstMarked(_ mask: UInt64) -> Int { mask.trailingZeroBitCount >> 3 }

    /// Whether any byte is below 0x20 (its top three bits are zero).
    @inlinable @inline(__always) public static func hasControl(_ w: UInt64) -> Bool { hasZero(w & 0xE0E0_E0E0_E0E0_E0E0) }

    /// Whether any byte ends a plain run inside a JSON string: a control byte, `"` or `\`.
    @inlinable @inline(__always) public static func endsJSONRun(_ w: UInt64) -> Bool {
        hasControl(w) || has(w, 0x22) || has(w, 0x5C)
    }
}
