/// Recognises paragraphs that are page furniture (donation appeals, newsletter boxes, "Read
/// more" links) by the cue phrases in `lexicons/boilerplate_cues.txt`.
struct BoilerplateFilter: Sendable {
    /// The cues by first byte, in file order within a group, so a paragraph is scanned once for all of them; a cue's
    /// id is its line.
    private let cues: PhraseBuckets

    init(cues list: [String]) {
        cues = PhraseBuckets(list.enumerated().map { (Array($0.element.lowercased().utf8), $0.offset) })
    }

    /// True when the paragraph holds two different cues, or one cue in at most `shortWords` words.
    func isBoilerplate<C: Collection>(_ paragraph: C, shortWords: Int = 12) -> Bool where C.Element == UInt8 {
        // (Read in place: the cues are matched lowered, and a word is a word in either case, so no lowered copy is made.)
        paragraph.withContiguousStorageIfAvailable { isBoilerplate(text: $0, shortWords: shortWords) }
            ?? Array(paragraph).withUnsafeBufferPointer { isBoilerplate(text: $0, shortWords: shortWords) }
    }

    private func isBoilerplate(text: UnsafeBufferPointer<UInt8>, shortWords: Int) -> Bool {
        let isWord: (UInt8) -> Bool = { ByteClass.isASCIILetter($0) || ByteClass.isDigit($0) }
        var firstHit = -1
        var twoCues = false
        var words = 0
        let n = text.count
        var i = 0
        while i < n {
            let b = text[i]
            let atWordStart = i == 0 || !isWord(text[i - 1])
            if isWord(b) && atWordStart { words += 1 }
            if atWordStart {
                cues.match(text, at: i) { id, length in
                    guard id != firstHit, i + length == n || !isWord(text[i + length]) else { return true }
                    if firstHit >= 0 {
                        twoCues = true
                        return false
                    }
                    firstHit = id
                    return true
                }
                if twoCues { return true }
            }
            i += 1
        }
        return firstHit >= 0 && words <= shortWords
    }
}
