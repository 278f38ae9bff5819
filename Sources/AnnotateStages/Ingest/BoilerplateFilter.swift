/// Recognises paragraphs that are page furniture (donation appeals, newsletter boxes, "Read
/// more" links) by the cue phrases in `lexicons/boilerplate_cues.txt`.
struct BoilerplateFilter: Sendable {
    /// Every cue's lower-case bytes, one after another.
    private var cueBytes: [UInt8] = []
    /// The cues, grouped by first byte (bucket `b` is `bucketStart[b]..<bucketStart[b + 1]`), in file order within a
    /// group, so a paragraph is scanned once for all of them. (Flat arrays of integers: the scan reads them at every
    /// word start of every paragraph, and an array of arrays was retained and released at each read.)
    private var cues: [(index: Int, start: Int, count: Int)] = []
    private var bucketStart: [Int] = Array(repeating: 0, count: 257)

    init(cues list: [String]) {
        var buckets: [[(index: Int, bytes: [UInt8])]] = Array(repeating: [], count: 256)
        for (i, cue) in list.enumerated() {
            let bytes = Array(cue.lowercased().utf8)
            if let first = bytes.first { buckets[Int(first)].append((i, bytes)) }
        }
        for b in buckets.indices {
            bucketStart[b] = cues.count
            for (index, bytes) in buckets[b] {
                cues.append((index, cueBytes.count, bytes.count))
                cueBytes += bytes
            }
        }
        bucketStart[256] = cues.count
    }

    /// True when the paragraph holds two different cues, or one cue in at most `shortWords` words.
    func isBoilerplate<C: Collection>(_ paragraph: C, shortWords: Int = 12) -> Bool where C.Element == UInt8 {
        // (Lowered through a buffer: `map` over a slice wrote byte by byte through the generic path, about a fifth of
        // plain-text ingest.)
        let lower = [UInt8](unsafeUninitializedCapacity: paragraph.count) { out, written in
            var k = 0
            for b in paragraph {
                out[k] = ByteClass.lower(b)
                k += 1
            }
            written = k
        }
        return lower.withUnsafeBufferPointer { lower in
            cueBytes.withUnsafeBufferPointer { bytes in
                cues.withUnsafeBufferPointer { cues in
                    let isWord: (UInt8) -> Bool = { ByteClass.isASCIILetter($0) || ByteClass.isDigit($0) }
                    var firstHit = -1
                    var words = 0
                    let n = lower.count
                    var i = 0
                    while i < n {
                        let b = lower[i]
                        let atWordStart = i == 0 || !isWord(lower[i - 1])
                        if isWord(b) && atWordStart { words += 1 }
                        if atWordStart {
                            for k in bucketStart[Int(b)]..<bucketStart[Int(b) + 1] where cues[k].count <= n - i && cues[k].index != firstHit {
                                let cue = cues[k]
                                var j = 1
                                while j < cue.count, lower[i + j] == bytes[cue.start + j] { j += 1 }
                                guard j == cue.count, i + j == n || !isWord(lower[i + j]) else { continue }
                                if firstHit >= 0 { return true }
                                firstHit = cue.index
                            }
                        }
                        i += 1
                    }
                    return firstHit >= 0 && words <= shortWords
                }
            }
        }
    }
}
