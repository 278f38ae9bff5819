import AnnotateCore
import Foundation

/// VADER polarity scores computed exactly as vaderSentiment 3.3.2's `polarity_scores`,
/// including its quirks (see Hutto & Gilbert, ICWSM 2014, and the package's reference code,
/// MIT). The constants below are the published ones.
public struct VaderScorer: Sendable {
    static let bIncr = 0.293
    static let bDecr = -0.293
    static let cIncr = 0.733
    static let nScalar = -0.74

    static let negate: Set<String> = [
        "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt", "ain't", "aren't", "can't",
        "couldn't", "daren't", "didn't", "doesn't", "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt",
        "neither", "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't", "neednt", "needn't",
        "never", "none", "nope", "nor", "not", "nothing", "nowhere", "oughtnt", "shant", "shouldnt", "uhuh",
        "wasnt", "werent", "oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't", "weren't", "without", "wont",
        "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite",
    ]

    static let boosters: [String: Double] = {
        var d: [String: Double] = [:]
        for w in ["absolutely", "amazingly", "awfully", "completely", "considerable", "considerably", "decidedly",
                  "deeply", "effing", "enormous", "enormously", "entirely", "especially", "exceptional",
                  "exceptionally", "extreme", "extremely", "fabulously", "flipping", "flippin", "frackin", "fracking",
                  "fricking", "frickin", "frigging", "friggin", "fully", "fuckin", "fucking", "fuggin", "fugging",
                  "greatly", "hella", "highly", "hugely", "incredible", "incredibly", "intensely", "major", "majorly",
                  "more", "most", "particularly", "purely", "quite", "really", "remarkably", "so", "substantially",
                  "thoroughly", "total", "totally", "tremendous", "tremendously", "uber", "unbelievably", "unusually",
                  "utter", "utterly", "very"] { d[w] = bIncr }
        for w in ["almost", "barely", "hardly", "just enough", "kind of", "kinda", "kindof", "kind-of", "less",
                  "little", "marginal", "marginally", "occasional", "occasionally", "partly", "scarce", "scarcely",
                  "slight", "slightly", "somewhat", "sort of", "sorta", "sortof", "sort-of"] { d[w] = bDecr }
        return d
    }()

    /// As released in vaderSentiment 3.3.2 (the repository's later head changed "beating heart"
    /// to 3.1 and added "broken heart"; the oracle, and published results, use the release).
    static let specialCases: [String: Double] = [
        "the shit": 3, "the bomb": 3, "bad ass": 1.5, "badass": 1.5, "bus stop": 0.0, "yeah right": -2,
        "kiss of death": -1.5, "to die for": 3, "beating heart": 3.5,
    ]

    /// Lexicon keys exactly as in the file (keys with capitals can never match, as in the reference).
    let lexicon: ByteKeyMap<Double>
    let boosterMap: ByteKeyMap<Double>
    let negations: ByteKeyMap<Bool>
    public let emojis: [UInt32: String]
    /// A bit for each scalar below U+10000 that `emojis` describes: most texts hold curly quotation marks and dashes
    /// but no emoji, and a bit test per scalar tells them apart.
    private let emojiBMP: [UInt64]
    private let specialMap: ByteKeyMap<Double>

    /// Words that occur in a special-case idiom or a multi-word booster: the idiom rule is only
    /// worth running near one of them.
    let idiomWords: ByteKeyMap<Bool>

    public init(lexicon: [String: Double], emojis: [UInt32: String]) {
        self.init(pairs: lexicon.map { (Array($0.key.utf8), $0.value) }, emojis: emojis)
    }

    /// Builds the scorer straight from lexicon files (in order: a later file overrides an earlier
    /// one) and the emoji file, without an intermediate dictionary of strings.
    public init(lexiconTexts: [String], emojiText: String) {
        var pairs: [(key: [UInt8], value: Double)] = []
        for text in lexiconTexts { VaderScorer.lexiconPairs(text, into: &pairs) }
        self.init(pairs: pairs, emojis: VaderScorer.parseEmoji(emojiText))
    }

    private init(pairs: [(key: [UInt8], value: Double)], emojis: [UInt32: String]) {
        self.lexicon = ByteKeyMap(pairs)
        self.boosterMap = ByteKeyMap(VaderScorer.boosters.map { (Array($0.key.utf8), $0.value) })
        self.negations = ByteKeyMap(VaderScorer.negate.map { (Array($0.utf8), true) })
        self.emojis = emojis
        var bmp = [UInt64](repeating: 0, count: 0x10000 / 64)
        for v in emojis.keys where v < 0x10000 { bmp[Int(v >> 6)] |= 1 << UInt64(v & 63) }
        self.emojiBMP = bmp
        self.specialMap = ByteKeyMap(VaderScorer.specialCases.map { (Array($0.key.utf8), $0.value) })
        let idiomKeys = Array(VaderScorer.specialCases.keys) + VaderScorer.boosters.keys.filter { $0.contains(" ") }
        self.idiomWords = ByteKeyMap(Set(idiomKeys.flatMap { $0.split(separator: " ").map(String.init) }).map { (Array($0.utf8), true) })
    }

    /// Loads (once per process, through the stage context's cache) a scorer for lexicon files
    /// and an emoji file named in a pipeline file.
    static func load(lexicons: [String], emoji: String, context: StageContext) throws -> VaderScorer {
        try context.shared("vader", files: lexicons + [emoji]) {
            VaderScorer(lexiconTexts: try lexicons.map { try context.readText($0) }, emojiText: try context.readText(emoji))
        }
    }

    /// Calls `body` with each line's bytes, trimmed of spaces, tabs and carriage returns at both
    /// ends (Python's `line.strip()` for these files), skipping empty lines.
    static func forEachLine(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { b in
            var i = 0
            while i < b.count {
                var e = i
                while e < b.count, b[e] != 0x0A { e += 1 }
                var s = i, t = e
                while s < t, b[s] == 0x20 || b[s] == 0x09 || b[s] == 0x0D { s += 1 }
                while t > s, b[t - 1] == 0x20 || b[t - 1] == 0x09 || b[t - 1] == 0x0D { t -= 1 }
                if s < t { body(UnsafeBufferPointer(rebasing: b[s..<t])) }
                i = e + 1
            }
        }
    }

    /// `token<TAB>valence` lines as byte keys and values; "# " lines are comments.
    public static func lexiconPairs(_ text: String, into pairs: inout [(key: [UInt8], value: Double)]) {
        forEachLine(text) { line in
            guard !(line[0] == UInt8(ascii: "#") && line.count > 1 && (line[1] == 0x20 || line[1] == 0x09)),
                  let tab = line.firstIndex(of: 0x09) else { return }
            var v0 = tab + 1
            while v0 < line.count, line[v0] == 0x20 { v0 += 1 }
            var v1 = v0
            while v1 < line.count, line[v1] != 0x09, line[v1] != 0x20 { v1 += 1 }
            guard let value = parseNumber(UnsafeBufferPointer(rebasing: line[v0..<v1])) else { return }
            pairs.append((Array(line[0..<tab]), value))
        }
    }

    /// A decimal like "-1.5" or "2" (the lexicons' only form); anything else goes through Double().
    /// The mantissa and the power of ten are both exact doubles, so one division gives the
    /// correctly rounded value, the same double Python's float() gives.
    static func parseNumber(_ b: UnsafeBufferPointer<UInt8>) -> Double? {
        var i = 0, negative = false, mantissa: Int64 = 0, decimals = 0, digits = 0
        if i < b.count, b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") { negative = b[i] == UInt8(ascii: "-"); i += 1 }
        while i < b.count, ByteClass.isDigit(b[i]) { mantissa = mantissa * 10 + Int64(b[i] - 48); i += 1; digits += 1 }
        if i < b.count, b[i] == UInt8(ascii: ".") {
            i += 1
            while i < b.count, ByteClass.isDigit(b[i]) { mantissa = mantissa * 10 + Int64(b[i] - 48); decimals += 1; i += 1; digits += 1 }
        }
        guard i == b.count, digits > 0, digits <= 15 else { return Double(String(decoding: b, as: UTF8.self)) }
        var power = 1.0
        for _ in 0..<decimals { power *= 10 }
        let v = Double(mantissa) / power
        return negative ? -v : v
    }

    /// Reads the emoji lexicon; only single-code-point keys can ever match, as in the reference.
    public static func parseEmoji(_ text: String) -> [UInt32: String] {
        var d: [UInt32: String] = [:]
        forEachLine(text) { line in
            guard let tab = line.firstIndex(of: 0x09), tab > 0 else { return }
            let key = String(decoding: UnsafeBufferPointer(rebasing: line[0..<tab]), as: UTF8.self).unicodeScalars
            guard key.count == 1 else { return }
            var end = tab + 1
            while end < line.count, line[end] != 0x09 { end += 1 }
            d[key.first!.value] = String(decoding: UnsafeBufferPointer(rebasing: line[(tab + 1)..<end]), as: UTF8.self)
        }
        return d
    }

    // MARK: Scoring

    /// One word of `words_and_emoticons`, with what the rules ask of it precomputed.
    private struct Word {
        var token: Range<Int>      // the word as scored, in the text's bytes
        var lower: Range<Int>      // in the lower-case buffer
        var upper: Bool            // Python's str.isupper()
        var valence: Double?       // lexicon value of the lower-case form
        var booster: Double?
        var negated: Bool          // in NEGATE, or contains "n't"
        var idiomWord = false      // part of a special-case idiom or a multi-word booster
    }

    /// Rule flags recorded for explanations.
    private static let ruleNames: [(UInt8, String)] = [(1, "negated"), (2, "boosted"), (4, "caps"), (8, "idiom"), (16, "least"),
                                                        (32, "but-dampened"), (64, "but-emphasized")]

    /// The reference's per-word sentiments for a text, before the final normalisation.
    private struct Analysis {
        var bytes: [UInt8]
        var words: [Word]
        var lower: [UInt8]
        var sentiments: [Double]
        var beforeBut: [Double]
        var flags: [UInt8]
        var butIndex: Int?
        /// Emoji were replaced by descriptions: byte positions no longer match the input.
        var rewritten: Bool
    }

    private func analyze(_ input: String, keepFlags: Bool) -> Analysis {
        let replaced = replaceEmoji(input)
        let text = VaderScorer.pyStrip(replaced)
        var bytes = Array(text.utf8)
        let (words, lowerBuf) = tokenize(&bytes)
        var sentiments: [Double] = []
        sentiments.reserveCapacity(words.count)
        var flags = [UInt8](repeating: 0, count: keepFlags ? words.count : 0)
        var butIndex: Int? = nil
        var beforeBut: [Double] = []
        lowerBuf.withUnsafeBufferPointer { low in
            let allCaps = words.reduce(0) { $0 + ($1.upper ? 1 : 0) }
            let capDiff = allCaps > 0 && allCaps < words.count
            func w(_ i: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: low[words[i].lower]) }
            func eq(_ i: Int, _ s: StaticString) -> Bool {
                let a = w(i)
                guard a.count == s.utf8CodeUnitCount else { return false }
                for k in 0..<a.count where a[k] != s.utf8Start[k] { return false }
                return true
            }
            for i in words.indices {
                if words[i].booster != nil { sentiments.append(0); continue }
                if i < words.count - 1, eq(i, "kind"), eq(i + 1, "of") { sentiments.append(0); continue }
                let (v, rules) = valence(i, words, capDiff, eq, w)
                sentiments.append(v)
                if keepFlags { flags[i] = rules }
            }
            beforeBut = keepFlags ? sentiments : []
            // "but": the first "but" splits the text; quirk: values are looked up by equality.
            if let bi = words.indices.first(where: { eq($0, "but") }) {
                butIndex = bi
                for k in sentiments.indices {
                    let v = sentiments[k]
                    let si = sentiments.firstIndex(of: v)!
                    if si < bi { sentiments[si] = v * 0.5 } else if si > bi { sentiments[si] = v * 1.5 }
                }
            }
        }
        return Analysis(bytes: bytes, words: words, lower: lowerBuf, sentiments: sentiments, beforeBut: beforeBut,
                        flags: flags, butIndex: butIndex, rewritten: replaced.utf8.count != input.utf8.count || text.utf8.count != input.utf8.count)
    }

    /// `polarity_scores(input)`; with `explain`, the words that moved it are attached.
    public func score(_ input: String, explain: Bool = false) -> Tone {
        let a = analyze(input, keepFlags: explain)
        var tone = scoreValence(a.sentiments, a.bytes)
        if explain { tone.words = explanation(a).map(\.word) }
        return tone
    }

    /// The words of `input` that carry sentiment, with their byte ranges in `input` (nil when emoji
    /// descriptions or stripped whitespace moved the positions), for target-directed scoring.
    public func wordScores(_ input: String) -> [(range: Range<Int>, word: ToneWord)]? {
        let a = analyze(input, keepFlags: true)
        guard !a.rewritten else { return nil }
        return explanation(a)
    }

    private func explanation(_ a: Analysis) -> [(range: Range<Int>, word: ToneWord)] {
        a.bytes.withUnsafeBufferPointer { t in
            a.words.indices.compactMap { i -> (Range<Int>, ToneWord)? in
                guard let base = a.words[i].valence, a.sentiments[i] != 0 else { return nil }
                var rules = a.flags[i]
                if a.sentiments[i] != a.beforeBut[i], let bi = a.butIndex { rules |= i < bi ? 32 : 64 }
                let word = ToneWord(token: String(decoding: UnsafeBufferPointer(rebasing: t[a.words[i].token]), as: UTF8.self),
                                    valence: base, score: a.sentiments[i],
                                    rules: VaderScorer.ruleNames.filter { rules & $0.0 != 0 }.map(\.1))
                return (a.words[i].token, word)
            }
        }
    }

    private func replaceEmoji(_ input: String) -> String {
        // Fast path: ASCII text, or no scalar with a description (on the bytes: scalars are decoded only past
        // ASCII, and looked up in the dictionary only beyond U+FFFF).
        var bytes = input
        let needs = bytes.withUTF8 { b -> Bool in
            var i = 0
            let n = b.count
            while i < n {
                let c = b[i]
                if c < 0x80 { i += 1; continue }
                // (A String's bytes are valid UTF-8: a lead byte is followed by its continuation bytes.)
                let v: UInt32, w: Int
                if c >= 0xF0 {
                    v = UInt32(c & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F)
                    w = 4
                } else if c >= 0xE0 {
                    v = UInt32(c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
                    w = 3
                } else {
                    v = UInt32(c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
                    w = 2
                }
                if v < 0x10000 ? emojiBMP[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 : emojis[v] != nil { return true }
                i += w
            }
            return false
        }
        guard needs else { return input }
        var replaced = String.UnicodeScalarView()
        var prevSpace = true
        for s in input.unicodeScalars {
            if s.value >= 0x80, let description = emojis[s.value] {
                if !prevSpace { replaced.append(" ") }
                replaced.append(contentsOf: description.unicodeScalars)
                prevSpace = false
            } else {
                replaced.append(s)
                prevSpace = s == " "
            }
        }
        return String(replaced)
    }

    /// Python's `text.split()` then `strip(string.punctuation)` unless two characters or fewer
    /// remain; each word lower-cased into one buffer.
    private func tokenize(_ b: inout [UInt8]) -> ([Word], [UInt8]) {
        var words: [Word] = []
        words.reserveCapacity(b.count / 5 + 1)
        var lowerBuf: [UInt8] = []
        lowerBuf.reserveCapacity(b.count)
        b.withUnsafeBufferPointer { t in
            var i = 0
            let n = t.count
            while i < n {
                let sw = VaderScorer.pySpaceWidth(t, i)
                if sw > 0 { i += sw; continue }
                // The word runs to the next space. (Printable ASCII, most bytes, is tested first; its letters set the
                // case flags on the way. Stripping takes punctuation only, so the flags hold for the stripped word too.)
                var e = i
                var ascii = true, hasUpper = false, hasLower = false
                while e < n {
                    let c = t[e]
                    if c > 0x20 && c < 0x80 {
                        if c &- 0x41 < 26 { hasUpper = true } else if c &- 0x61 < 26 { hasLower = true }
                        e += 1
                        continue
                    }
                    if VaderScorer.pySpaceWidth(t, e) > 0 { break }
                    if c >= 0x80 { ascii = false }
                    e += 1
                }
                // Strip ASCII punctuation; keep the token whole if two code points or fewer remain.
                var s2 = i, e2 = e
                while s2 < e2, VaderScorer.isASCIIPunct(t[s2]) { s2 += 1 }
                while e2 > s2, VaderScorer.isASCIIPunct(t[e2 - 1]) { e2 -= 1 }
                if s2 > i || e2 < e {
                    // (Counted only up to three: whether more than two remain is all that is asked.)
                    var cps = 0
                    var k = s2
                    while k < e2, cps <= 2 {
                        if t[k] & 0xC0 != 0x80 { cps += 1 }
                        k += 1
                    }
                    if cps <= 2 { s2 = i; e2 = e }
                }
                let lowerStart = lowerBuf.count
                var upper = hasUpper && !hasLower
                if ascii {
                    // (The word copied at once, then lowered in place when it has a capital: appending byte by byte
                    // checked the array's room and uniqueness for every byte of every text scored.)
                    lowerBuf.append(contentsOf: UnsafeBufferPointer(rebasing: t[s2..<e2]))
                    if hasUpper {
                        lowerBuf.withUnsafeMutableBufferPointer { low in
                            for k in lowerStart..<low.count { low[k] = ByteClass.lower(low[k]) }
                        }
                    }
                } else {
                    let word = String(decoding: UnsafeBufferPointer(rebasing: t[s2..<e2]), as: UTF8.self)
                    lowerBuf.append(contentsOf: word.lowercased().utf8)
                    upper = VaderScorer.pyIsUpper(word)
                }
                let range = lowerStart..<lowerBuf.count
                words.append(Word(token: s2..<e2, lower: range, upper: upper, valence: nil, booster: nil, negated: false))
                i = e
            }
        }
        // (Written through a buffer: each write to an element of the array asked whether it was uniquely held.)
        lowerBuf.withUnsafeBufferPointer { low in
            words.withUnsafeMutableBufferPointer { words in
                for k in words.indices {
                    let key = UnsafeBufferPointer(rebasing: low[words[k].lower])
                    // (Hashed once for the four tables.)
                    let h = ByteKeyMap<Double>.hash(key)
                    words[k].valence = lexicon.value(key, hash: h)
                    words[k].booster = boosterMap.value(key, hash: h)
                    words[k].negated = negations.value(key, hash: h) != nil || VaderScorer.containsNT(key)
                    words[k].idiomWord = idiomWords.value(key, hash: h) != nil
                }
            }
        }
        return (words, lowerBuf)
    }

    private func valence(_ i: Int, _ words: [Word], _ capDiff: Bool,
                         _ eq: (Int, StaticString) -> Bool, _ w: (Int) -> UnsafeBufferPointer<UInt8>) -> (Double, UInt8) {
        guard let base = words[i].valence else { return (0, 0) }
        var valence = base
        var rules: UInt8 = 0
        if eq(i, "no"), i != words.count - 1, words[i + 1].valence != nil { valence = 0 }
        if (i > 0 && eq(i - 1, "no")) || (i > 1 && eq(i - 2, "no")) || (i > 2 && eq(i - 3, "no") && (eq(i - 1, "or") || eq(i - 1, "nor"))) {
            valence = base * VaderScorer.nScalar
            rules |= 1
        }
        if words[i].upper && capDiff { valence += valence > 0 ? VaderScorer.cIncr : -VaderScorer.cIncr; rules |= 4 }
        for startI in 0..<3 where i > startI && words[i - (startI + 1)].valence == nil {
            let j = i - (startI + 1)
            var s = 0.0
            if var scalar = words[j].booster {
                if valence < 0 { scalar *= -1 }
                if words[j].upper && capDiff { scalar += valence > 0 ? VaderScorer.cIncr : -VaderScorer.cIncr }
                s = scalar
            }
            if startI == 1 && s != 0 { s *= 0.95 }
            if startI == 2 && s != 0 { s *= 0.9 }
            if s != 0 { rules |= 2 }
            valence += s
            // Negation within three words ("never so", "without doubt" are exceptions).
            switch startI {
            case 0:
                if words[i - 1].negated { valence *= VaderScorer.nScalar; rules |= 1 }
            case 1:
                if eq(i - 2, "never") && (eq(i - 1, "so") || eq(i - 1, "this")) {
                    valence *= 1.25
                } else if eq(i - 2, "without") && eq(i - 1, "doubt") {
                    // unchanged
                } else if words[i - 2].negated {
                    valence *= VaderScorer.nScalar
                    rules |= 1
                }
            default:
                if (eq(i - 3, "never") && (eq(i - 2, "so") || eq(i - 2, "this"))) || (eq(i - 1, "so") || eq(i - 1, "this")) {
                    valence *= 1.25
                } else if eq(i - 3, "without") && (eq(i - 2, "doubt") || eq(i - 1, "doubt")) {
                    // unchanged
                } else if words[i - 3].negated {
                    valence *= VaderScorer.nScalar
                    rules |= 1
                }
                let lo = max(0, i - 3), hi = min(words.count - 1, i + 2)
                if (lo...hi).contains(where: { words[$0].idiomWord }) {
                    let before = valence
                    valence = specialIdioms(valence, i, words.count, w)
                    if valence != before { rules |= 8 }
                }
            }
        }
        // "least" as negation, except "at least" and "very least".
        if i > 1, words[i - 1].valence == nil, eq(i - 1, "least") {
            if !eq(i - 2, "at") && !eq(i - 2, "very") { valence *= VaderScorer.nScalar; rules |= 16 }
        } else if i > 0, words[i - 1].valence == nil, eq(i - 1, "least") {
            valence *= VaderScorer.nScalar
            rules |= 16
        }
        return (valence, rules)
    }

    /// Special-case idioms around word `i`, and booster n-grams before it.
    private func specialIdioms(_ valence: Double, _ i: Int, _ count: Int, _ w: (Int) -> UnsafeBufferPointer<UInt8>) -> Double {
        // (Each n-gram is spelled into one buffer on the stack and looked up in a hash map: building an array for each
        // of eight n-grams and comparing it with every idiom cost about ten thousand instructions a call, and "the",
        // "of", "to" and "for" bring most lexicon words here. No idiom or booster is as long as the buffer, so an
        // n-gram that does not fit matches none.)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: VaderScorer.longestGram + 1) { buf in
            func lookup<V>(_ map: ByteKeyMap<V>, _ words: Int...) -> V? {
                var n = 0
                for (x, k) in words.enumerated() {
                    let word = w(k)
                    let space = x > 0 ? 1 : 0
                    guard n + space + word.count <= buf.count else { return nil }
                    if space > 0 { buf[n] = 0x20 }
                    n += space
                    if let from = word.baseAddress { (buf.baseAddress! + n).update(from: from, count: word.count) }
                    n += word.count
                }
                return map.value(UnsafeBufferPointer(rebasing: buf[0..<n]))
            }
            var v = valence
            // The reference's order: "i-1 i", "i-2 i-1 i", "i-2 i-1", "i-3 i-2 i-1", "i-3 i-2"; the first found wins.
            if let s = lookup(specialMap, i - 1, i) ?? lookup(specialMap, i - 2, i - 1, i) ?? lookup(specialMap, i - 2, i - 1)
                ?? lookup(specialMap, i - 3, i - 2, i - 1) ?? lookup(specialMap, i - 3, i - 2) {
                v = s
            }
            if count - 1 > i, let s = lookup(specialMap, i, i + 1) { v = s }
            if count - 1 > i + 1, let s = lookup(specialMap, i, i + 1, i + 2) { v = s }
            if let b = lookup(boosterMap, i - 3, i - 2, i - 1) { v += b }
            if let b = lookup(boosterMap, i - 3, i - 2) { v += b }
            if let b = lookup(boosterMap, i - 2, i - 1) { v += b }
            return v
        }
    }

    /// The longest idiom or booster, in bytes: the n-grams `specialIdioms` spells are never longer.
    static let longestGram = (Array(specialCases.keys) + Array(boosters.keys)).map(\.utf8.count).max() ?? 0

    private func scoreValence(_ sentiments: [Double], _ text: [UInt8]) -> Tone {
        guard !sentiments.isEmpty else { return Tone(neg: 0, neu: 0, pos: 0, compound: 0) }
        var sum = sentiments.reduce(0, +)
        var ep = 0, qm = 0
        for b in text {
            if b == UInt8(ascii: "!") { ep += 1 } else if b == UInt8(ascii: "?") { qm += 1 }
        }
        let epAmp = Double(min(ep, 4)) * 0.292
        let qmAmp: Double = qm > 1 ? (qm <= 3 ? Double(qm) * 0.18 : 0.96) : 0
        let amp = epAmp + qmAmp
        if sum > 0 { sum += amp } else if sum < 0 { sum -= amp }
        var compound = sum / (sum * sum + 15).squareRoot()
        compound = min(1, max(-1, compound))
        var posSum = 0.0, negSum = 0.0, neuCount = 0.0
        for s in sentiments {
            if s > 0 { posSum += s + 1 }
            if s < 0 { negSum += s - 1 }
            if s == 0 { neuCount += 1 }
        }
        if posSum > abs(negSum) { posSum += amp } else if posSum < abs(negSum) { negSum -= amp }
        let total = posSum + abs(negSum) + neuCount
        return Tone(neg: VaderScorer.pyRound(abs(negSum / total), 3), neu: VaderScorer.pyRound(abs(neuCount / total), 3),
                    pos: VaderScorer.pyRound(abs(posSum / total), 3), compound: VaderScorer.pyRound(compound, 4))
    }

    @inline(__always) static func containsNT(_ w: UnsafeBufferPointer<UInt8>) -> Bool {
        guard w.count >= 3 else { return false }
        for k in 0...(w.count - 3) where w[k] == UInt8(ascii: "n") && w[k + 1] == UInt8(ascii: "'") && w[k + 2] == UInt8(ascii: "t") {
            return true
        }
        return false
    }

    @inline(__always) static func isASCIIPunct(_ c: UInt8) -> Bool {
        (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60) || (c >= 0x7B && c <= 0x7E)
    }

    /// Width of a Python whitespace character at `i` (str.isspace), else 0.
    @inline(__always) static func pySpaceWidth(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let c = t[i]
        if c < 0x80 { return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) ? 1 : 0 }
        let n = t.count
        if c == 0xC2, i + 1 < n { return t[i + 1] == 0x85 || t[i + 1] == 0xA0 ? 2 : 0 }
        if c == 0xE1, i + 2 < n { return t[i + 1] == 0x9A && t[i + 2] == 0x80 ? 3 : 0 }
        if c == 0xE2, i + 2 < n {
            if t[i + 1] == 0x80, t[i + 2] <= 0x8A || t[i + 2] == 0xA8 || t[i + 2] == 0xA9 || t[i + 2] == 0xAF { return 3 }
            if t[i + 1] == 0x81, t[i + 2] == 0x9F { return 3 }
            return 0
        }
        if c == 0xE3, i + 2 < n { return t[i + 1] == 0x80 && t[i + 2] == 0x80 ? 3 : 0 }
        return 0
    }

    // MARK: Python string semantics

    /// Python's `round(x, n)`: round half to even on the exact binary value.
    static func pyRound(_ x: Double, _ digits: Int) -> Double {
        let scale = digits == 3 ? 1000.0 : 10000.0
        let scaled = x * scale
        let frac = scaled - scaled.rounded(.down)
        // Away from a tie the product's rounding error cannot change the result; near one, ask
        // printf, which rounds the exact binary value half to even, as Python's round does.
        if abs(frac - 0.5) > 1e-6 { return scaled.rounded() / scale }
        let text = String(format: "%.\(digits)f", x)
        return Double(text) ?? x
    }

    static func pyStrip(_ s: String) -> String {
        // Fast path: nothing to strip (checked on the bytes, no copy).
        var s = s
        let edge = s.withUTF8 { b -> Bool in
            guard let first = b.first, let last = b.last else { return false }
            return first <= 0x20 || last <= 0x20 || first >= 0x80 || last >= 0x80
        }
        guard edge else { return s }
        // (On the bytes: a sentence closing on a curly quotation mark comes here, and stepping through its scalars and
        // building the string again was about a fifth of VADER's instructions.)
        let stripped = s.withUTF8 { b -> String? in
            var a = 0, e = b.count
            while a < e {
                let w = pySpaceWidth(b, a)
                if w == 0 { break }
                a += w
            }
            while e > a {
                var k = e - 1
                while k > a, b[k] & 0xC0 == 0x80 { k -= 1 }
                guard pySpaceWidth(b, k) == e - k else { break }
                e = k
            }
            return a == 0 && e == b.count ? nil : String(decoding: UnsafeBufferPointer(rebasing: b[a..<e]), as: UTF8.self)
        }
        return stripped ?? s
    }

    /// Python's `str.isupper()`: at least one cased character and no lower-case ones.
    static func pyIsUpper(_ s: String) -> Bool {
        var cased = false
        for u in s.unicodeScalars {
            let p = u.properties
            if p.isLowercase || p.generalCategory == .titlecaseLetter { return false }
            if p.isUppercase { cased = true }
        }
        return cased
    }
}
