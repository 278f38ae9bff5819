import AnnotateCore

/// Assembles clean text from paragraphs: whitespace runs collapse to one space, paragraphs are
/// joined by a blank line, and each paragraph's span is recorded (UTF-8 offsets).
struct TextBuilder {
    private(set) var bytes: [UInt8] = []
    private(set) var paragraphs: [TextSpan] = []

    /// Appends a paragraph after normalising its whitespace; empty paragraphs are skipped.
    mutating func append<C: Collection>(paragraph: C) where C.Element == UInt8 {
        var out: [UInt8] = []
        out.reserveCapacity(paragraph.count)
        var pendingSpace = false
        var i = paragraph.startIndex
        while i != paragraph.endIndex {
            let b = paragraph[i]
            let width = ByteClass.spaceWidth(paragraph, at: i)
            if width > 0 {
                pendingSpace = !out.isEmpty
                i = paragraph.index(i, offsetBy: width)
                continue
            }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            out.append(b)
            i = paragraph.index(after: i)
        }
        guard !out.isEmpty else { return }
        if !bytes.isEmpty { bytes.append(contentsOf: [0x0A, 0x0A]) }
        let start = bytes.count
        bytes.append(contentsOf: out)
        paragraphs.append(TextSpan(start: start, end: bytes.count))
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }
}
