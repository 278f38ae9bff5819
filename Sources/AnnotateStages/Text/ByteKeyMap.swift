/// A read-only hash map from byte strings to values, looked up with a byte slice: no `String` is
/// built per lookup (open addressing, FNV-1a hashing, keys stored in one flat buffer).
struct ByteKeyMap<Value: Sendable>: Sendable {
    private var keyBytes: [UInt8] = []
    private var keyStart: [Int32] = []
    private var keyLength: [Int32] = []
    private var values: [Value] = []
    private var slots: [Int32]
    private let mask: Int
    /// A bit per hash's top bits, about 16 bits a key: most words looked up are in no table, and this bitmap, small
    /// enough for the processor's first cache, turns them away before the slots (a large lexicon's slots are not).
    private var filter: [UInt64]
    private let filterShift: UInt64

    init(_ pairs: [(key: [UInt8], value: Value)]) {
        var capacity = 16
        while capacity < pairs.count * 2 { capacity <<= 1 }
        slots = Array(repeating: -1, count: capacity)
        mask = capacity - 1
        var log2 = 10
        while 1 << log2 < pairs.count * 16, log2 < 24 { log2 += 1 }
        filterShift = UInt64(64 - log2)
        filter = [UInt64](repeating: 0, count: (1 << log2) / 64)
        for (key, value) in pairs { insert(key, value) }
    }

    /// The filter's bit for a hash: its top bits, where the slots use its bottom ones.
    @inline(__always) private func filterBit(_ hash: Int) -> Int {
        Int(truncatingIfNeeded: UInt64(bitPattern: Int64(hash)) >> filterShift)
    }

    private mutating func insert(_ key: [UInt8], _ value: Value) {
        let hash = key.withUnsafeBufferPointer { ByteKeyMap.hash($0) }
        var h = hash & mask
        while slots[h] >= 0 {
            let i = Int(slots[h])
            if keyEquals(i, key) { values[i] = value; return }  // a later entry wins
            h = (h + 1) & mask
        }
        let bit = filterBit(hash)
        filter[bit >> 6] |= 1 << UInt64(bit & 63)
        slots[h] = Int32(values.count)
        keyStart.append(Int32(keyBytes.count))
        keyLength.append(Int32(key.count))
        keyBytes.append(contentsOf: key)
        values.append(value)
    }

    private func keyEquals(_ i: Int, _ key: [UInt8]) -> Bool {
        key.withUnsafeBufferPointer { matches(i, $0) }
    }

    @inline(__always)
    private func matches(_ i: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = Int(keyLength[i])
        guard n == key.count else { return false }
        let s = Int(keyStart[i])
        for k in 0..<n where keyBytes[s + k] != key[k] { return false }
        return true
    }

    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int { Int(truncatingIfNeeded: FNV1a.hash(key)) }

    /// The value for a key given as bytes, or nil.
    @inline(__always)
    func value(_ key: UnsafeBufferPointer<UInt8>) -> Value? { value(key, hash: ByteKeyMap.hash(key)) }

    /// The value for a key whose `hash` the caller has made already (to look one word up in several maps).
    @inline(__always)
    func value(_ key: UnsafeBufferPointer<UInt8>, hash: Int) -> Value? {
        let bit = filterBit(hash)
        guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
        var h = hash & mask
        while true {
            let slot = slots[h]
            if slot < 0 { return nil }
            if matches(Int(slot), key) { return values[Int(slot)] }
            h = (h + 1) & mask
        }
    }

    func value(_ key: [UInt8]) -> Value? { key.withUnsafeBufferPointer { value($0) } }

    var count: Int { values.count }
}
