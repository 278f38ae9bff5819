/// Decides how libxml2 should decode a page, and repairs what it would otherwise misread.
///
/// Declared labels are trusted when they name a real encoding; "latin-1" and "ascii" are read as
/// windows-1252 (what such pages actually contain); unknown labels are ignored. A page read as
/// UTF-8 that holds a few invalid bytes has them replaced with U+FFFD first, because libxml2
/// would otherwise switch the whole rest of the page to latin-1; a page that is mostly not
/// UTF-8 is read as windows-1252.
enum EncodingSniffer {
    /// Labels passed to libxml2 (iconv) as they are.
    static let known: Set<String> = [
        "iso-8859-2", "iso-8859-3", "iso-8859-4", "iso-8859-5", "iso-8859-6", "iso-8859-7", "iso-8859-8",
        "iso-8859-9", "iso-8859-10", "iso-8859-13", "iso-8859-15", "windows-1250", "windows-1251",
        "windows-1253", "windows-1254", "windows-1255", "windows-1256", "windows-1257", "windows-1258",
        "koi8-r", "koi8-u", "shift_jis", "euc-jp", "iso-2022-jp", "euc-kr", "gb2312", "gbk", "gb18030", "big5",
        "utf-16", "utf-16le", "utf-16be",
    ]
    static let utf8Labels: Set<String> = ["utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8"]
    static let latinLabels: Set<String> = [
        "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252",
        "x-cp1252", "iso_8859-1", "cp819", "ibm819",
    ]

    /// The bytes to parse and the encoding to force ("" lets libxml2 follow a BOM).
    static func prepare(_ bytes: [UInt8], xml: Bool) -> (bytes: [UInt8], encoding: String) {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return (bytes, "") }
        let label = declaredLabel(bytes, xml: xml)
        if let label, latinLabels.contains(label) { return (bytes, "windows-1252") }
        if let label, known.contains(label) { return (bytes, label) }
        // UTF-8 declared, or nothing usable declared.
        var body = bytes
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body.removeFirst(3) }
        let (valid, invalid) = utf8Census(body)
        if invalid == 0 { return (body, "UTF-8") }
        if label != nil && utf8Labels.contains(label!) || valid > invalid {
            return (Array(String(decoding: body, as: UTF8.self).utf8), "UTF-8")
        }
        return (body, "windows-1252")
    }

    /// Counts of well-formed multi-byte sequences and of invalid ones (a hand-written scan: ASCII,
    /// most of every page, costs one comparison per byte).
    static func utf8Census(_ bytes: [UInt8]) -> (valid: Int, invalid: Int) {
        var valid = 0, invalid = 0
        bytes.withUnsafeBufferPointer { b in
            let n = b.count
            var i = 0
            while i < n {
                let c = b[i]
                if c < 0x80 { i += 1; continue }
                let need: Int
                var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
                switch c {
                case 0xC2...0xDF: need = 1
                case 0xE0: need = 2; lo = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: need = 2
                case 0xED: need = 2; hi = 0x9F
                case 0xF0: need = 3; lo = 0x90
                case 0xF1...0xF3: need = 3
                case 0xF4: need = 3; hi = 0x8F
                default: invalid += 1; i += 1; continue
                }
                var ok = i + need < n  // the continuation bytes are all inside the input
                if ok {
                    let first = b[i + 1]
                    ok = first >= lo && first <= hi
                    var k = 2
                    while ok && k <= need { ok = b[i + k] & 0xC0 == 0x80; k += 1 }
                }
                if ok { valid += 1; i += need + 1 } else { invalid += 1; i += 1 }
            }
        }
        return (valid, invalid)
    }

    /// The encoding named by `<meta charset>` / `content="...; charset=..."` or an XML declaration.
    static func declaredLabel(_ bytes: [UInt8], xml: Bool) -> String? {
        let head = bytes.prefix(xml ? 512 : 4096).map(ByteClass.lower)
        let key = Array((xml ? "encoding" : "charset").utf8)
        guard let at = ByteSearch.firstIndex(of: key, in: head) else { return nil }
        var i = at + key.count
        while i < head.count, head[i] == 0x20 || head[i] == UInt8(ascii: "=") || head[i] == UInt8(ascii: "\"") || head[i] == UInt8(ascii: "'") { i += 1 }
        var j = i
        while j < head.count, ByteClass.isASCIILetter(head[j]) || ByteClass.isDigit(head[j]) || head[j] == UInt8(ascii: "-") || head[j] == UInt8(ascii: "_") { j += 1 }
        guard j > i else { return nil }
        return String(decoding: head[i..<j], as: UTF8.self)
    }
}
