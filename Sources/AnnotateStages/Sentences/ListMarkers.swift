/// Items of a list written on one line: "1.) The first item 2.) The second item", "a. ... b. ...",
/// "• 9. ... • 10. ...". A list counts only when it opens the paragraph and its markers run in
/// sequence; each marker then starts a sentence and its period ends nothing.
enum ListMarkers {
    struct Found {
        var starts: [Int] = []
        var periods: Set<Int> = []
    }

    private enum Style: Equatable {
        case number(suffix: [UInt8])
        case letter(suffix: [UInt8])
        case bullet
    }

    private struct Marker {
        var start: Int
        var style: Style
        var value: Int
        var periods: [Int]
    }

    static func find(_ t: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Found {
        // A list must open the paragraph: most paragraphs are rejected here.
        var s0 = start
        while s0 < end, ByteClass.spaceWidth(t, at: s0) > 0 { s0 += 1 }
        guard s0 < end, marker(t, s0, end) != nil else { return Found() }
        var markers: [Marker] = []
        var i = start
        while i < end {
            let atWordStart = i == start || ByteClass.spaceWidth(t, at: i - 1) > 0
            if atWordStart, let m = marker(t, i, end) { markers.append(m) }
            i += 1
        }
        var s = start
        while s < end, ByteClass.spaceWidth(t, at: s) > 0 { s += 1 }
        guard let first = markers.first, first.start == s else { return Found() }
        var chain = [first]
        for m in markers.dropFirst() where m.style == first.style {
            if case .bullet = m.style { chain.append(m); continue }
            if m.value == chain.last!.value + 1 { chain.append(m) }
        }
        guard chain.count >= 2 else { return Found() }
        return Found(starts: chain.map(\.start), periods: Set(chain.flatMap(\.periods)))
    }

    private static func marker(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Marker? {
        // Bullets: • (E2 80 A2), ⁃ (E2 81 83), ◦ (E2 97 A6), ▪ (E2 96 AA), optionally followed by a number.
        if t[i] == 0xE2, i + 2 < end,
           (t[i + 1] == 0x80 && t[i + 2] == 0xA2) || (t[i + 1] == 0x81 && t[i + 2] == 0x83)
            || (t[i + 1] == 0x97 && t[i + 2] == 0xA6) || (t[i + 1] == 0x96 && t[i + 2] == 0xAA) {
            var k = i + 3
            while k < end, t[k] == 0x20 { k += 1 }
            var periods: [Int] = []
            var d = k
            while d < end, ByteClass.isDigit(t[d]) { d += 1 }
            if d > k, d < end, t[d] == UInt8(ascii: ".") { periods.append(d) }
            return Marker(start: i, style: .bullet, value: 0, periods: periods)
        }
        var k = i
        var value = 0
        let style: (([UInt8]) -> Style)
        if ByteClass.isDigit(t[i]) {
            while k < end, ByteClass.isDigit(t[k]), k - i < 3 { value = value * 10 + Int(t[k] - 0x30); k += 1 }
            style = { .number(suffix: $0) }
        } else if ByteClass.isASCIILower(t[i]) {
            value = Int(t[i] - UInt8(ascii: "a"))
            k = i + 1
            style = { .letter(suffix: $0) }
        } else {
            return nil
        }
        var suffix: [UInt8] = []
        var periods: [Int] = []
        while k < end, t[k] == UInt8(ascii: ".") || t[k] == UInt8(ascii: ")"), suffix.count < 2 {
            if t[k] == UInt8(ascii: ".") { periods.append(k) }
            suffix.append(t[k])
            k += 1
        }
        guard !suffix.isEmpty, k < end, t[k] == 0x20 else { return nil }
        return Marker(start: i, style: style(suffix), value: value, periods: periods)
    }
}
