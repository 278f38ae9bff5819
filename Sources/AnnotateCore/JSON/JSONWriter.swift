/// Appends compact JSON to a byte buffer. Strings are escaped so a line never contains a raw
/// newline or tab (JSONL consumers such as Spark's `pipe` split on newlines).
///
/// The buffer is the writer's own memory rather than an `[UInt8]`: a record is written in tens of
/// thousands of small pieces (keys, offsets, punctuation), and `Array.append(contentsOf:)` paid a
/// uniqueness and capacity check and an out-of-line call for each, a fifth of a whole run's
/// instructions. Here each piece reserves room once and copies. The writer cannot be copied, so
/// two writers never share (and overwrite) one buffer.
public struct JSONWriter: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int

    public init(capacity: Int = 4096) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// What has been written so far.
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// Makes room for `n` more bytes (doubling, so appends stay amortised linear).
    @inline(__always) private mutating func reserve(_ n: Int) {
        if count + n > capacity { grow(count + n) }
    }

    private mutating func grow(_ needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    @inline(__always) private mutating func append(_ b: UInt8) {
        reserve(1)
        base[count] = b
        count += 1
    }

    /// Copies bytes the caller has already made room for.
    @inline(__always) private mutating func copy(_ p: UnsafePointer<UInt8>, _ n: Int) {
        (base + count).update(from: p, count: n)
        count += n
    }

    @inline(__always) public mutating func raw(_ s: StaticString) {
        reserve(s.utf8CodeUnitCount)
        copy(s.utf8Start, s.utf8CodeUnitCount)
    }

    public mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { string(utf8: $0) }
    }

    public mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
        guard let src = utf8.baseAddress, utf8.count > 0 else { raw("\"\""); return }
        let n = utf8.count
        // Room for the bytes as they are and both quotation marks; an escape (up to six bytes for
        // one) makes room for itself and the rest first, so the plain runs below never check.
        reserve(n + 2)
        base[count] = UInt8(ascii: "\"")
        count += 1
        var runStart = 0
        var i = 0
        while i < n {
            // Eight bytes at a time while none of them needs a look (the usual case: prose).
            if i + 8 <= n, !JSONWriter.needsLook(ByteWord.load(src + i)) {
                i += 8
                continue
            }
            let b = src[i]
            if b >= 0x20 && b != 0x22 && b != 0x5C {
                // U+2028 / U+2029 are legal JSON but break JavaScript line readers: escape them.
                if b == 0xE2, i + 2 < n, src[i + 1] == 0x80, src[i + 2] == 0xA8 || src[i + 2] == 0xA9 {
                    copy(src + runStart, i - runStart)
                    reserve(n - i + 6)
                    raw(src[i + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                    i += 3
                    runStart = i
                    continue
                }
                i += 1
                continue
            }
            copy(src + runStart, i - runStart)
            reserve(n - i + 6)
            switch b {
            case 0x22: raw("\\\"")
            case 0x5C: raw("\\\\")
            case 0x0A: raw("\\n")
            case 0x0D: raw("\\r")
            case 0x09: raw("\\t")
            default:
                raw("\\u00")
                base[count] = JSONWriter.hexDigit(b >> 4)
                base[count + 1] = JSONWriter.hexDigit(b & 0xF)
                count += 2
            }
            i += 1
            runStart = i
        }
        copy(src + runStart, n - runStart)
        base[count] = UInt8(ascii: "\"")
        count += 1
    }

    /// Whether any of eight bytes needs escaping or is 0xE2 (the lead byte of U+2028 and U+2029).
    @inline(__always) static func needsLook(_ w: UInt64) -> Bool {
        ByteWord.endsJSONRun(w) || ByteWord.has(w, 0xE2)
    }

    /// (Computed: an array of the digits made per string cost an allocation each.)
    @inline(__always) static func hexDigit(_ n: UInt8) -> UInt8 {
        n < 10 ? UInt8(ascii: "0") + n : UInt8(ascii: "a") + n - 10
    }

    public mutating func int(_ v: Int) {
        // Twenty digits and a sign hold any Int.
        reserve(21)
        if v == 0 { base[count] = UInt8(ascii: "0"); count += 1; return }
        if v < 0 { base[count] = UInt8(ascii: "-"); count += 1 }
        // Digits are written lowest first, then turned round in place.
        var a = count
        var n = v.magnitude
        while n > 0 { base[count] = UInt8(ascii: "0") + UInt8(n % 10); count += 1; n /= 10 }
        var b = count - 1
        while a < b { (base[a], base[b]) = (base[b], base[a]); a += 1; b -= 1 }
    }

    /// Writes a double the shortest way that round-trips; integral values without a fraction.
    public mutating func double(_ v: Double) {
        guard v.isFinite else { raw("null"); return }
        if v == v.rounded(), abs(v) < 1e15 { int(Int(v)); return }
        var text = v.description
        text.withUTF8 { u in
            reserve(u.count)
            if let p = u.baseAddress { copy(p, u.count) }
        }
    }

    public mutating func bool(_ v: Bool) { v ? raw("true") : raw("false") }

    public mutating func value(_ v: JSONValue) {
        switch v {
        case .null: raw("null")
        case .bool(let b): bool(b)
        case .number(let n): double(n)
        case .string(let s): string(s)
        case .array(let a):
            append(UInt8(ascii: "["))
            for (i, e) in a.enumerated() {
                if i > 0 { append(UInt8(ascii: ",")) }
                value(e)
            }
            append(UInt8(ascii: "]"))
        case .object(let o):
            append(UInt8(ascii: "{"))
            for (i, pair) in o.pairs.enumerated() {
                if i > 0 { append(UInt8(ascii: ",")) }
                string(pair.key)
                append(UInt8(ascii: ":"))
                value(pair.value)
            }
            append(UInt8(ascii: "}"))
        }
    }

    /// Writes `"key":` (with a leading comma unless `first`).
    public mutating func key(_ k: StaticString, first: Bool = false) {
        reserve(k.utf8CodeUnitCount + 4)
        if !first { base[count] = UInt8(ascii: ","); count += 1 }
        base[count] = UInt8(ascii: "\"")
        count += 1
        copy(k.utf8Start, k.utf8CodeUnitCount)
        base[count] = UInt8(ascii: "\"")
        base[count + 1] = UInt8(ascii: ":")
        count += 2
    }

    public static func encode(_ v: JSONValue) -> String {
        var w = JSONWriter()
        w.value(v)
        return String(decoding: w.bytes, as: UTF8.self)
    }
}
