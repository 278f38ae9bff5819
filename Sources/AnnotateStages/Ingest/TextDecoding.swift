/// Turns raw bytes into UTF-8 text: a UTF-8 BOM is dropped (unless the text is kept verbatim); bytes that are not valid UTF-8 are
/// read as windows-1252 when the whole input is invalid UTF-8 (legacy files), otherwise each
/// invalid sequence becomes U+FFFD. Never fails.
enum TextDecoding {
    static func decode(_ bytes: [UInt8], keepBOM: Bool = false) -> String {
        var body = bytes[...]
        if !keepBOM, body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        // One pass: the standard library validates and copies together (checking first with a
        // scalar decoder, then decoding again, read every byte twice).
        if let text = String(validating: body, as: UTF8.self) { return text }
        return windows1252(body)
    }

    /// windows-1252, the superset that real "latin-1" files use.
    static func windows1252(_ bytes: ArraySlice<UInt8>) -> String {
        let high: [UInt32] = [
            0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
            0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
        ]
        var s = String.UnicodeScalarView()
        for b in bytes {
            let v: UInt32 = (b >= 0x80 && b < 0xA0) ? high[Int(b - 0x80)] : UInt32(b)
            s.append(Unicode.Scalar(v)!)
        }
        return String(s)
    }
}
