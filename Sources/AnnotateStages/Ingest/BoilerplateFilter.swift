/// Recognises paragraphs that are page furniture (donation appeals, newsletter boxes, "Read
/// more" links) by the cue phrases in `lexicons/boilerplate_cues.txt`.
struct BoilerplateFilter: Sendable {
    /// Cue phrases bucketed by first byte, so a paragraph is scanned once for all of them.
    private var buckets: [[(index: Int, bytes: [UInt8])]] = Array(repeating: [], count: 256)

    init(cues: [String]) {
        for (i, cue) in cues.enumerated() {
            let bytes = Array(cue.lowercased().utf8)
            if let first = bytes.first { buckets[Int(first)].append((i, bytes)) }
        }
    }

    /// True when the paragraph holds two different cues, or one cue in at most `shortWords` words.
    func isBoilerplate<C: Collection>(_ paragraph: C, shortWords: Int = 12) -> Bool where C.Element == UInt8 {
        let lower = paragraph.map(ByteClass.lower)
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
                for (index, cue) in buckets[Int(b)] where cue.count <= n - i && index != firstHit {
                    var j = 1
                    while j < cue.count, lower[i + j] == cue[j] { j += 1 }
                    guard j == cue.count, i + j == n || !isWord(lower[i + j]) else { continue }
                    if firstHit >= 0 { return true }
                    firstHit = index
                }
            }
            i += 1
        }
        return firstHit >= 0 && words <= shortWords
    }
}
