/// Recognises paragraphs that are page furniture (donation appeals, newsletter boxes, "Read
/// more" links) by the cue phrases in `lexicons/boilerplate_cues.txt`.
struct BoilerplateFilter: Sendable {
    private let cues: [[UInt8]]

    init(cues: [String]) {
        self.cues = cues.map { Array($0.lowercased().utf8) }.filter { !$0.isEmpty }
    }

    /// True when the paragraph holds two different cues, or one cue in at most `shortWords` words.
    func isBoilerplate<C: Collection>(_ paragraph: C, shortWords: Int = 12) -> Bool where C.Element == UInt8 {
        let lower = paragraph.map(ByteClass.lower)
        var hits = 0
        for cue in cues where BoilerplateFilter.containsWord(lower, cue) {
            hits += 1
            if hits >= 2 { return true }
        }
        guard hits == 1 else { return false }
        var words = 0
        var inWord = false
        for b in lower {
            let space = b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D
            if !space && !inWord { words += 1 }
            inWord = !space
        }
        return words <= shortWords
    }

    /// Whole-word occurrence of `needle` in `hay` (ASCII letters and digits delimit words).
    static func containsWord(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= hay.count, let first = needle.first else { return false }
        var i = 0
        let last = hay.count - needle.count
        while i <= last {
            if hay[i] == first {
                var j = 1
                while j < needle.count && hay[i + j] == needle[j] { j += 1 }
                if j == needle.count {
                    let before = i == 0 ? 0x20 : hay[i - 1]
                    let after = i + j == hay.count ? 0x20 : hay[i + j]
                    let isWord: (UInt8) -> Bool = { ByteClass.isASCIILetter($0) || ByteClass.isDigit($0) }
                    if !isWord(before) && !isWord(after) { return true }
                }
            }
            i += 1
        }
        return false
    }
}
