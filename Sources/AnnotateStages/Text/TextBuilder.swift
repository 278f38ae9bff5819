import AnnotateCore

/// Assembles clean text from paragraphs: whitespace runs collapse to one space, paragraphs are
/// joined by a blank line, and each paragraph's span is recorded (UTF-8 offsets).
struct TextBuilder {
    private(set) var bytes: [UInt8] = []
    private(set) var paragraphs: [TextSpan] = []

    /// Appends a paragraph after normalising its whitespace; empty paragraphs are skipped.
    mutating func append<C: Collection>(paragraph: C) where C.Element == UInt8 {
        if paragraph.withContiguousStorageIfAvailable({ append(normalised($0)) }) == nil {
            append(Array(paragraph).withUnsafeBufferPointer { normalised($0) })
        }
    }

    private mutating func append(_ out: [UInt8]) {
        guard !out.isEmpty else { return }
        if !bytes.isEmpty { bytes.append(contentsOf: [0x0A, 0x0A]) }
        let start = bytes.count
        bytes.append(contentsOf: out)
        paragraphs.append(TextSpan(start: start, end: bytes.count))
    }

    /// The paragraph with each run of whitespace one space, none at either end. (Written through a buffer, printable
    /// ASCII first: appending byte by byte through a generic collection's indices was about a third of plain-text
    /// ingest.)
    private func normalised(_ p: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        // (Never longer than the paragraph: a space is written only for a run of whitespace one byte long or more.)
        [UInt8](unsafeUninitializedCapacity: p.count) { out, written in
            var k = 0
            var pendingSpace = false
            var i = 0
            while i < p.count {
                let b = p[i]
                if b <= 0x20 || b >= 0x80 {
                    let width = ByteClass.spaceWidth(p, at: i)
                    if width > 0 {
                        pendingSpace = k > 0
                        i += width
                        continue
                    }
                }
                if pendingSpace {
                    out[k] = 0x20
                    k += 1
                    pendingSpace = false
                }
                out[k] = b
                k += 1
                i += 1
            }
            written = k
        }
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }
}
