/// Eight bytes read as one `UInt64`, so scanners can pass over plain text a word at a time.
/// The tests are the classic has-zero-byte trick: exact for "is there any such byte".
enum ByteWord {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `p`, in memory order (any alignment).
    @inline(__always) static func load(_ p: UnsafePointer<UInt8>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self))
    }

    @inline(__always) static func hasZero(_ w: UInt64) -> Bool { (w &- ones) & ~w & highs != 0 }

    @inline(__always) static func has(_ w: UInt64, _ b: UInt8) -> Bool { hasZero(w ^ (ones &* UInt64(b))) }

    /// Whether any byte is below 0x20 (its top three bits are zero).
    @inline(__always) static func hasControl(_ w: UInt64) -> Bool { hasZero(w & 0xE0E0_E0E0_E0E0_E0E0) }

    /// Whether any byte ends a plain run inside a JSON string: a control byte, `"` or `\`.
    @inline(__always) static func endsJSONRun(_ w: UInt64) -> Bool {
        hasControl(w) || has(w, 0x22) || has(w, 0x5C)
    }
}
