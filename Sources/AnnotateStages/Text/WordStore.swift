/// Bytes for words that must outlive the text they came from: a lexicon's lemmas and framings, which
/// every `ReportingVerbs.Verb` holds as `Word`s, so copying an attribution retains no string and a
/// rule compares a lemma without a string comparison. A word stays valid as long as its store, so
/// whatever keeps the verbs keeps the store too.
final class WordStore: @unchecked Sendable {  // (written only while a lexicon is built, then only read)
    private var blocks: [UnsafeMutablePointer<UInt8>] = []
    private var interned: [String: Word] = [:]

    init() {}

    deinit { for p in blocks { p.deallocate() } }

    /// The word spelling `string`, stored once however often it is asked for.
    func word(_ string: String) -> Word {
        if let w = interned[string] { return w }
        let bytes = Array(string.utf8)
        guard !bytes.isEmpty else { return .empty }
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count)
        p.initialize(from: bytes, count: bytes.count)
        blocks.append(p)
        let w = Word(base: UnsafePointer(p), count: bytes.count)
        interned[string] = w
        return w
    }
}
