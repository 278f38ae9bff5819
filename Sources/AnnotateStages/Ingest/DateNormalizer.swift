import Foundation
/// Turns the date forms news XML uses into ISO 8601: compact ISO (`20260911T080000`, NITF),
/// RFC 822 (`Tue, 10 Jun 2003 04:00:00 GMT`, RSS) and ISO itself (passed through).
enum DateNormalizer {
    static let months = ["jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
                         "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12]

    static func iso(_ raw: String) -> String {
        let s = raw.trimmed(" \t\r\n")
        let b = Array(s.utf8)
        // Compact ISO: 8 digits, optionally T and 4 or 6 digits, optionally a zone.
        if b.count >= 8, b[0..<8].allSatisfy(ByteClass.isDigit) {
            var out = "\(s.prefix(4))-\(s.dropFirst(4).prefix(2))-\(s.dropFirst(6).prefix(2))"
            if b.count >= 13, b[8] == UInt8(ascii: "T"), b[9..<13].allSatisfy(ByteClass.isDigit) {
                out += "T\(s.dropFirst(9).prefix(2)):\(s.dropFirst(11).prefix(2))"
                if b.count >= 15, b[13..<15].allSatisfy(ByteClass.isDigit) { out += ":\(s.dropFirst(13).prefix(2))" } else { out += ":00" }
                let zone = s.dropFirst(b.count >= 15 && b[13..<15].allSatisfy(ByteClass.isDigit) ? 15 : 13)
                out += zone == "Z" ? "Z" : zoneOffset(String(zone)) ?? ""
            }
            if b.count == 8 || b[8] == UInt8(ascii: "T") { return out }
        }
        return rfc822(s) ?? s
    }

    /// "Tue, 10 Jun 2003 04:00:00 GMT" -> "2003-06-10T04:00:00Z".
    static func rfc822(_ s: String) -> String? {
        var parts = s.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        if let f = parts.first, Int(f) == nil { parts.removeFirst() }  // weekday
        guard parts.count >= 3, let day = Int(parts[0]), let month = months[String(parts[1].prefix(3)).lowercased()],
              var year = Int(parts[2]) else { return nil }
        if year < 100 { year += year < 70 ? 2000 : 1900 }
        var out = String(format: "%04d-%02d-%02d", year, month, day)
        if parts.count >= 4 {
            let t = parts[3].split(separator: ":").compactMap { Int($0) }
            guard t.count >= 2 else { return out }
            out += String(format: "T%02d:%02d:%02d", t[0], t[1], t.count > 2 ? t[2] : 0)
            if parts.count >= 5 {
                let z = parts[4]
                out += ["GMT", "UT", "UTC", "Z"].contains(z) ? "Z" : zoneOffset(z) ?? ""
            }
        }
        return out
    }

    /// "+0200" -> "+02:00".
    static func zoneOffset(_ z: String) -> String? {
        let b = Array(z.utf8)
        guard b.count == 5, b[0] == UInt8(ascii: "+") || b[0] == UInt8(ascii: "-"), b[1...].allSatisfy(ByteClass.isDigit) else {
            return b.count == 6 && b[3] == UInt8(ascii: ":") ? z : nil
        }
        return "\(z.prefix(3)):\(z.suffix(2))"
    }
}
