import AnnotateCore

/// Plain text into paragraphs. Blank lines separate paragraphs; single line breaks inside a
/// paragraph are hard wraps and become spaces. A text with no blank line at all is read as one
/// paragraph per line. A leading `date YYYY-MM-DD` line sets the published date.
struct PlainTextReader {
    struct Result {
        var text: String
        var paragraphs: [TextSpan]
        var published: String?
        var dropped: Int
    }

    var boilerplate: BoilerplateFilter?

    func read(_ raw: String) -> Result {
        var bytes = Array(raw.utf8)[...]
        let published = PlainTextReader.takeDateHeader(&bytes)
        let lines = PlainTextReader.lines(bytes)
        let hasBlank = lines.contains { $0.allSatisfy(PlainTextReader.isBlankByte) }
        let wrapWidth = hasBlank ? nil : PlainTextReader.hardWrapWidth(lines)
        var blocks: [[UInt8]] = []
        var current: [UInt8] = []
        for (i, line) in lines.enumerated() {
            if line.allSatisfy(PlainTextReader.isBlankByte) {
                if !current.isEmpty { blocks.append(current); current = [] }
                continue
            }
            if !hasBlank && wrapWidth == nil {
                // No blank lines and no wrapping: one paragraph per line.
                blocks.append(Array(line))
                continue
            }
            // An indented line starts a paragraph in hard-wrapped text.
            if let _ = wrapWidth, !current.isEmpty, PlainTextReader.isBlankByte(line.first!) {
                blocks.append(current); current = []
            }
            // ("Q: Did you expect to win?" then "A: Honestly, no." on the next line, "SMITH: ..." in a transcript: a line
            // that opens with a speaker's or an interview's label starts a paragraph; it is no hard wrap.)
            if !current.isEmpty, PlainTextReader.opensWithLabel(line) {
                blocks.append(current); current = []
            }
            if !current.isEmpty { current.append(0x20) }
            current.append(contentsOf: line)
            // In hard-wrapped text a line well short of the width ends its paragraph.
            if let width = wrapWidth, PlainTextReader.width(line) < width * 7 / 10, i + 1 < lines.count {
                blocks.append(current); current = []
            }
        }
        if !current.isEmpty { blocks.append(current) }
        var builder = TextBuilder()
        var dropped = 0
        for block in blocks {
            if let boilerplate, boilerplate.isBoilerplate(block) { dropped += 1; continue }
            builder.append(paragraph: block)
        }
        return Result(text: builder.text, paragraphs: builder.paragraphs, published: published, dropped: dropped)
    }

    /// Paragraph spans of a text kept verbatim. Unless the text is hard-wrapped, every line is a
    /// paragraph (many feeds separate paragraphs by a single line break); hard-wrapped text
    /// breaks paragraphs at blank lines only.
    static func verbatimParagraphs(_ text: String) -> [TextSpan] {
        let bytes = Array(text.utf8)
        let lines = PlainTextReader.lines(bytes[...])
        guard hardWrapWidth(lines) != nil else {
            var spans: [TextSpan] = []
            for line in lines {
                var a = line.startIndex, b = line.endIndex
                while a < b, isBlankByte(bytes[a]) { a += 1 }
                while b > a, isBlankByte(bytes[b - 1]) { b -= 1 }
                if a < b { spans.append(TextSpan(start: a, end: b)) }
            }
            return spans
        }
        return blankLineBlocks(bytes)
    }

    static func blankLineBlocks(_ bytes: [UInt8]) -> [TextSpan] {
        var spans: [TextSpan] = []
        var start: Int? = nil
        var lastNonSpace = 0
        var lineBlank = true
        for i in 0...bytes.count {
            let b: UInt8 = i < bytes.count ? bytes[i] : 0x0A
            if b == 0x0A {
                if lineBlank, let s = start {
                    spans.append(TextSpan(start: s, end: lastNonSpace))
                    start = nil
                }
                lineBlank = true
                continue
            }
            if !isBlankByte(b) {
                if start == nil { start = i }
                lineBlank = false
                lastNonSpace = i + 1
            }
        }
        if let s = start { spans.append(TextSpan(start: s, end: lastNonSpace)) }
        return spans
    }

    /// The line opens with an interview's label, "Q:", "A:", "Q." or "A." and a space, or a speaker's name in capitals of
    /// one or two words, "CORNISH:" or "JOHN KERRY:", then a colon and a space.
    static func opensWithLabel(_ line: ArraySlice<UInt8>) -> Bool {
        var i = line.startIndex
        while i < line.endIndex, isBlankByte(line[i]) { i += 1 }
        guard i + 2 < line.endIndex, ByteClass.isASCIIUpper(line[i]) else { return false }
        if line[i] == UInt8(ascii: "Q") || line[i] == UInt8(ascii: "A"),
           line[i + 1] == UInt8(ascii: ":") || line[i + 1] == UInt8(ascii: "."), line[i + 2] == 0x20 { return true }
        var j = i
        var words = 1
        while j < line.endIndex, ByteClass.isASCIIUpper(line[j]) || line[j] == 0x20 && j > i && ByteClass.isASCIIUpper(line[j - 1]) {
            if line[j] == 0x20 { words += 1 }
            j += 1
        }
        return words <= 2 && j - i >= 2 && j + 1 < line.endIndex && line[j] == UInt8(ascii: ":") && line[j + 1] == 0x20
    }

    /// The wrap width when the text is hard-wrapped without blank lines: most lines end close to
    /// one width (within 15 characters of the longest line, which is at most 100), else nil.
    static func hardWrapWidth(_ lines: [ArraySlice<UInt8>]) -> Int? {
        let widths = lines.map(width).filter { $0 > 0 }
        guard widths.count >= 4, let longest = widths.max(), longest <= 100 else { return nil }
        let near = widths.filter { $0 >= longest - 15 }.count
        return Double(near) >= 0.6 * Double(widths.count) ? longest : nil
    }

    /// A line's length in characters (UTF-8 lead bytes), trailing spaces excluded.
    static func width(_ line: ArraySlice<UInt8>) -> Int {
        var end = line.endIndex
        while end > line.startIndex, isBlankByte(line[end - 1]) { end -= 1 }
        return line[line.startIndex..<end].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    static func isBlankByte(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0C }

    /// The lines between line feeds, empty ones included (n breaks give n + 1 lines). A plain
    /// loop over the bytes: the generic `split` cost some 30 instructions a byte here.
    static func lines(_ bytes: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        var lines: [ArraySlice<UInt8>] = []
        let base = bytes.startIndex
        var start = base
        bytes.withUnsafeBufferPointer { buffer in
            for k in 0..<buffer.count where buffer[k] == 0x0A {
                lines.append(bytes[start..<(base + k)])
                start = base + k + 1
            }
        }
        lines.append(bytes[start..<bytes.endIndex])
        return lines
    }

    /// Removes a leading `date YYYY-MM-DD` (after optional whitespace) and returns the date.
    static func takeDateHeader(_ bytes: inout ArraySlice<UInt8>) -> String? {
        var i = bytes.startIndex
        while i < bytes.endIndex, isBlankByte(bytes[i]) || bytes[i] == 0x0A { i += 1 }
        let word = Array("date ".utf8)
        guard bytes[i...].starts(with: word) else { return nil }
        var j = i + word.count
        while j < bytes.endIndex, bytes[j] == 0x20 { j += 1 }
        guard j + 10 <= bytes.endIndex else { return nil }
        let date = bytes[j..<(j + 10)]
        let pattern = Array("dddd-dd-dd".utf8)
        for (b, p) in zip(date, pattern) {
            if p == UInt8(ascii: "d") ? !ByteClass.isDigit(b) : b != p { return nil }
        }
        var k = j + 10
        if k < bytes.endIndex, !(isBlankByte(bytes[k]) || bytes[k] == 0x0A) { return nil }
        // The rest of the header line, if any, is text; a line break right after it is consumed.
        while k < bytes.endIndex, isBlankByte(bytes[k]) { k += 1 }
        if k < bytes.endIndex, bytes[k] == 0x0A { k += 1 }
        let value = String(decoding: date, as: UTF8.self)
        bytes = bytes[k...]
        return value
    }
}
