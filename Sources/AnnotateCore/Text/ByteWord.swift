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

    @inlinable @inline(__always) public static func hasZero(_ w: UInt64) -> Bool { (w &- ones) & ~w & highs != 0 }

    @inlinable @inline(__always) public static func has(_ w: UInt64, _ b: UInt8) -> Bool { hasZero(w ^ (ones &* UInt64(b))) }

    /// Whether any byte lies strictly between `m` and `n` (0 ≤ m ≤ 127, 0 ≤ n ≤ 128); bytes from 0x80 up never do.
    @inlinable @inline(__always) public static func hasBetween(_ w: UInt64, _ m: UInt8, _ n: UInt8) -> Bool {
        let low = w & lows
        return ((ones &* (127 &+ UInt64(n))) &- low) & ~w & (low &+ ones &* (127 &- UInt64(m))) & highs != 0
    }

    /// Whether any byte is an ASCII capital, A to Z.
    @inlinable @inline(__always) public static func hasASCIIUpper(_ w: UInt64) -> Bool { hasBetween(w, 0x40, 0x5B) }

    /// Whether any byte is below 0x20 (its top three bits are zero).
    @inlinable @inline(__always) public static func hasControl(_ w: UInt64) -> Bool { hasZero(w & 0xE0E0_E0E0_E0E0_E0E0) }

    /// Whether any byte ends a plain run inside a JSON string: a control byte, `"` or `\`.
    @inlinable @inline(__always) public static func endsJSONRun(_ w: UInt64) -> Bool {
        hasControl(w) || has(w, 0x22) || has(w, 0x5C)
    }
}
