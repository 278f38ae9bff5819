import AnnotateCore

/// Sentiment directed at one mention of a target in its sentence.
///
/// VADER's per-word sentiments (negation, boosters, "but" already applied) are weighed by how
/// they bear on the target: words in the target's own clause count fully, words across a clause
/// boundary (";", "but", "although", "while", a dash) count a third; nearer words count more;
/// words inside the target's own name count half. A critical verb with the target as its object
/// ("condemned X", "criticised X") pushes toward negative, an approving one ("praised X",
/// "backed X") toward positive. The sum is normalised as VADER's compound.
struct TargetScorer: Sendable {
    let vader: VaderScorer
    /// Lower-cased verb forms that evaluate their object: -1 critical, +1 approving.
    let evaluativeVerbs: [String: Double]
    let threshold: Double
    /// Bytes over which a word's weight halves with distance from the target.
    var decay = 30.0
    /// Weight of words across a clause boundary.
    var crossClause = 0.33

    static let determiners: Set<String> = ["the", "a", "an", "his", "her", "their", "its", "our", "this", "that"]
    static let prepositions: Set<String> = ["of", "with", "by", "for", "to", "in", "on", "at", "from", "about", "over",
                                            "into", "after", "before", "during", "under", "between", "among"]
    static let lesserComparatives: Set<String> = ["less", "fewer", "worse", "weaker", "lower", "smaller", "poorer"]
    static let supportBeforeFor: Set<String> = ["vote", "votes", "voted", "voting", "support", "praise", "backing",
                                                "admiration", "respect", "enthusiasm", "affection"]
    static let winnerVerbs: Set<String> = ["leads", "led", "beats", "beat", "won", "wins", "defeated", "defeats", "tops",
                                           "topped", "trounced", "outpolled", "outraised", "edged"]
    static let winnerAdverbs: Set<String> = ["has", "have", "had", "also", "now", "still", "easily", "narrowly", "comfortably"]
    static let clauseWords: Set<String> = ["but", "although", "though", "while", "whereas", "however", "yet"]
    /// (Word-shape keys of `clauseWords`, asked first: a set of strings hashes every word it is asked about.)
    static let clauseWordShapes = ShapeFilter(clauseWords)

    /// A sentence analysed once for all the mentions it holds.
    struct Prepared {
        var text: String
        var bytes: [UInt8]
        var words: [(range: Range<Int>, word: ToneWord)]?
        /// The whole sentence's tone, used when word positions are unknown (emoji were replaced).
        var fallback: Tone?
        var boundaries: [Int]
        var lowerWords: [(Range<Int>, String)]
        /// Stand-alone quotations (see `quotedRanges`).
        var quoted: [Range<Int>]
        /// A title-case headline keeps the words inside its names.
        var titleCase: Bool
        /// Start offsets of words inside a neutral compound ("health care").
        var compoundWords: Set<Int>
    }

    func prepare(_ sentence: String) -> Prepared {
        let bytes = Array(sentence.utf8)
        let words = vader.wordScores(sentence)
        let lowerWords = TargetScorer.lowerWords(bytes)
        return Prepared(text: sentence, bytes: bytes, words: words, fallback: words == nil ? vader.score(sentence) : nil,
                        boundaries: TargetScorer.clauseBoundaries(bytes, lowerWords), lowerWords: lowerWords,
                        quoted: TargetScorer.quotedRanges(bytes), titleCase: TargetScorer.isTitleCase(bytes),
                        compoundWords: TargetScorer.neutralCompoundWords(lowerWords))
    }

    func score(sentence: String, mention: Range<Int>) -> (tone: Tone, label: String, evidence: [ToneWord]) {
        score(prepare(sentence), mention: mention)
    }

    /// Words farther than this from the target are not weighed (their weight would be tiny
    /// anyway); it also keeps a pathological sentence from costing time per mention.
    static let window = 600

    func score(_ p: Prepared, mention: Range<Int>, silenced: [Range<Int>] = []) -> (tone: Tone, label: String, evidence: [ToneWord]) {
        guard let words = p.words else {
            let t = p.fallback ?? Tone.neutral
            return (t, t.label, [])
        }
        let boundaries = p.boundaries
        func clause(_ offset: Int) -> Int { boundaries.partitionPoint { $0 > offset } }  // boundaries at or before it
        let clauseOfMention = clause(mention.lowerBound)
        let lo = mention.lowerBound - TargetScorer.window, hi = mention.upperBound + TargetScorer.window
        var sum = 0.0
        var evidence: [ToneWord] = []
        func weight(_ r: Range<Int>) -> Double {
            let distance = r.upperBound <= mention.lowerBound ? mention.lowerBound - r.upperBound
                : r.lowerBound >= mention.upperBound ? r.lowerBound - mention.upperBound : 0
            let inside = r.overlaps(mention)
            return (clause(r.lowerBound) == clauseOfMention ? 1.0 : crossClause) * (inside ? 0.5 : 1.0) / (1.0 + Double(distance) / decay)
        }
        let quoted = p.quoted
        let mentionQuoted = TargetScorer.inside(quoted, mention.lowerBound)
        // A word VADER scored that turns out to be an evaluation's verb counts once, as that evaluation.
        // (Words, quotations and lower-case words are in text order: each is found by binary search, and only the
        // window's words are read, so a sentence of megabytes with thousands of mentions costs each mention its
        // window, not the sentence.)
        func dropVaderScore(at range: Range<Int>) {
            let k = words.partitionPoint { $0.range.lowerBound >= range.lowerBound }
            guard k < words.count, case let scored = words[k], scored.range == range else { return }
            sum -= weight(range) * scored.word.score
            evidence.removeAll { $0.token == scored.word.token && $0.valence == scored.word.valence }
        }
        for (range, word) in words[words.partitionPoint { $0.range.upperBound > lo }...] {
            if range.lowerBound >= hi { break }
            var w = weight(range)
            // "United Nations", "Supreme Court", "Justice Department": a word inside a name is
            // not an opinion (unless the whole line is a title-case headline).
            if !p.titleCase, TargetScorer.insideName(p.bytes, range) { w = 0 }
            if p.compoundWords.contains(range.lowerBound) { w = 0 }
            // "nothing but praise" means only praise; VADER negates it.
            var word = word
            if word.rules.contains("negated"), TargetScorer.follows(["nothing", "but"], range, p.lowerWords) {
                word.score = -word.score
            }
            // Words inside a quotation the target is not in are what someone said (often the target
            // itself, speaking about something else): they do not bear on the target.
            if !mentionQuoted, TargetScorer.inside(quoted, range.lowerBound) { w = 0 }
            if silenced.contains(where: { $0.contains(range.lowerBound) }) { w = 0 }
            sum += w * word.score
            var weighted = word
            weighted.score = (w * word.score * 1000).rounded() / 1000
            evidence.append(weighted)
        }
        // Evaluative verbs with the target as their object, in the same clause, shortly before it.
        for k in p.lowerWords.partitionPoint(where: { $0.0.upperBound >= mention.lowerBound - 40 })..<p.lowerWords.count {
            let (range, lower) = p.lowerWords[k]
            if range.upperBound > mention.lowerBound { break }
            // "vote for X", "support for X": the preposition carries the evaluation.
            let supportFor: Double? = lower == "for" && k > 0 && TargetScorer.supportBeforeFor.contains(p.lowerWords[k - 1].1) ? 1 : nil
            guard var polarity = evaluativeVerbs[lower] ?? supportFor, clause(range.lowerBound) == clauseOfMention else { continue }
            // "less popular than X", "fewer votes than X": the comparison favours X.
            if lower == "than", p.lowerWords[max(0, k - 6)..<k].contains(where: { TargetScorer.lesserComparatives.contains($0.1) }) {
                polarity = -polarity
            }
            // "the question of ...", "his attack": after a determiner the form is a noun.
            if k > 0, TargetScorer.determiners.contains(p.lowerWords[k - 1].1),
               range.lowerBound - p.lowerWords[k - 1].0.upperBound == 1 { continue }
            // "against" opposes its own object, not the object of a later preposition
            // ("sanctions against Russia with Mr Kislyak").
            let between = p.lowerWords[(k + 1)...].prefix { $0.0.upperBound <= mention.lowerBound }
            // "was criticised by X", "was defeated by X": X is the agent, not the one evaluated,
            // and the verb's own tone is X's act.
            if between.first?.1 == "by" {
                dropVaderScore(at: range)
                continue
            }
            if lower == "against" || lower == "than" || lower == "for", between.contains(where: { TargetScorer.prepositions.contains($0.1) })
                || p.bytes[range.upperBound..<mention.lowerBound].contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") }) { continue }
            // A verb VADER already scores ("welcome", "backed") counts once, as the evaluation.
            dropVaderScore(at: range)
            sum += 2.0 * polarity
            evidence.append(ToneWord(token: String(decoding: p.bytes[range], as: UTF8.self), valence: 2.0 * polarity,
                                     score: 2.0 * polarity, rules: ["evaluates-target"]))
        }
        // "He leads liberals by 5 points and beats Hillary": the target wins a contest.
        var j = p.lowerWords.partitionPoint { $0.0.lowerBound >= mention.upperBound }
        while j < p.lowerWords.count, TargetScorer.winnerAdverbs.contains(p.lowerWords[j].1) { j += 1 }
        if j < p.lowerWords.count, TargetScorer.winnerVerbs.contains(p.lowerWords[j].1),
           p.lowerWords[j].0.lowerBound - mention.upperBound <= 25, clause(p.lowerWords[j].0.lowerBound) == clauseOfMention {
            sum += 2.0
            evidence.append(ToneWord(token: String(decoding: p.bytes[p.lowerWords[j].0], as: UTF8.self), valence: 2.0,
                                     score: 2.0, rules: ["target-wins"]))
        }
        let compound = sum / (sum * sum + 15).squareRoot()
        let tone = Tone(neg: 0, neu: 0, pos: 0, compound: (compound * 10000).rounded() / 10000)
        let label = compound >= threshold ? "positive" : compound <= -threshold ? "negative" : "neutral"
        return (tone, label, evidence)
    }

    /// `offset` lies in one of `ranges`, which are in text order and do not overlap (as `quotedRanges` makes them).
    static func inside(_ ranges: [Range<Int>], _ offset: Int) -> Bool {
        let k = ranges.partitionPoint { $0.lowerBound > offset }
        return k > 0 && ranges[k - 1].contains(offset)
    }

    /// Byte ranges between double quotation marks (“ ” or ") that stand as utterances of their
    /// own. A quotation woven into the writer's clause ('Kelly “behaved very nasty”', 'claiming
    /// Kelly "lied"') is part of what the sentence says about its subject, so it is left out.
    static func quotedRanges(_ b: [UInt8]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var open: Int? = nil
        var i = 0
        while i < b.count {
            let isOpen = b[i] == 0xE2 && i + 2 < b.count && b[i + 1] == 0x80 && b[i + 2] == 0x9C
            let isClose = b[i] == 0xE2 && i + 2 < b.count && b[i + 1] == 0x80 && b[i + 2] == 0x9D
            let straight = b[i] == UInt8(ascii: "\"")
            if let o = open, isClose || straight {
                if !woven(b, at: o) { out.append(o..<i) }
                open = nil
            } else if open == nil, isOpen || straight {
                open = i
            }
            i += (isOpen || isClose) ? 3 : 1
        }
        if let o = open { out.append(o..<b.count) }
        return out
    }

    /// The opening mark at `o` follows a word, not a comma, colon or the sentence start.
    static func woven(_ b: [UInt8], at o: Int) -> Bool {
        var k = o - 1
        while k >= 0, b[k] == UInt8(ascii: " ") { k -= 1 }
        guard k >= 0 else { return false }
        return ByteClass.isASCIILetter(b[k]) || ByteClass.isDigit(b[k])
    }

    /// The words just before `range` are `phrase`.
    static func follows(_ phrase: [String], _ range: Range<Int>, _ words: [(Range<Int>, String)]) -> Bool {
        guard let k = words.firstIndex(where: { $0.0.lowerBound == range.lowerBound }), k >= phrase.count else { return false }
        return zip(words[(k - phrase.count)..<k], phrase).allSatisfy { $0.1 == $1 }
    }

    /// Noun compounds that name a policy area or an institution, whose parts VADER scores:
    /// "health care" and "security clearance" are no one's opinion.
    static let neutralCompounds: Set<String> = [
        "health care", "child care", "elder care", "care act", "intensive care", "foster care",
        "national security", "homeland security", "social security", "security council", "security clearance",
        "security clearances", "security forces", "security officials", "security adviser", "security advisor",
        "security services", "border security", "cyber security", "job security", "food security",
        "free trade", "free speech", "free market", "peace corps", "peace talks", "peace process",
        "trust fund", "best interests", "united states", "united nations", "united kingdom",
    ]

    /// The first words of `neutralCompounds`, and their word-shape keys.
    static let neutralCompoundOpeners = Set(neutralCompounds.map { String($0.prefix { $0 != " " }) })
    static let neutralCompoundOpenerShapes = ShapeFilter(neutralCompoundOpeners)

    /// Start offsets of words that are part of a neutral compound.
    static func neutralCompoundWords(_ words: [(Range<Int>, String)]) -> Set<Int> {
        var out = Set<Int>()
        guard words.count > 1 else { return out }
        // (The pair is joined into a string only when its first word opens a compound: joining every pair of
        // neighbours was about a tenth of the stance stage.)
        let openers = neutralCompoundOpeners, openerShapes = neutralCompoundOpenerShapes
        for k in 1..<words.count where words[k].0.lowerBound - words[k - 1].0.upperBound == 1
            && openerShapes.mayContain(WordShape.key(words[k - 1].1)) && openers.contains(words[k - 1].1)
            && neutralCompounds.contains(words[k - 1].1 + " " + words[k].1) {
            out.insert(words[k - 1].0.lowerBound)
            out.insert(words[k].0.lowerBound)
        }
        return out
    }

    /// A capitalised word, not opening the sentence, next to another capitalised word.
    static func insideName(_ b: [UInt8], _ r: Range<Int>) -> Bool {
        guard r.lowerBound > 0, r.lowerBound < b.count, ByteClass.isASCIIUpper(b[r.lowerBound]) else { return false }
        var k = r.lowerBound - 1
        while k >= 0, b[k] == UInt8(ascii: " ") { k -= 1 }
        // Only a sentence start or a quotation mark before it: the capital is the sentence's.
        guard k >= 0, b[k] != UInt8(ascii: "\"") else { return false }
        if k >= 2, b[k - 2] == 0xE2, b[k - 1] == 0x80, b[k] == 0x9C || b[k] == 0x98 { return false }  // “ or ‘
        var start = k
        while start >= 0, b[start] != UInt8(ascii: " ") { start -= 1 }
        let previousCapital = start + 1 <= k && ByteClass.isASCIIUpper(b[start + 1])
        var n = r.upperBound
        while n < b.count, b[n] == UInt8(ascii: " ") { n += 1 }
        let nextCapital = n > r.upperBound && n < b.count && ByteClass.isASCIIUpper(b[n])
        return previousCapital || nextCapital
    }

    /// Most words start with a capital: a headline.
    static func isTitleCase(_ b: [UInt8]) -> Bool {
        var words = 0, capitals = 0
        var atStart = true
        for c in b {
            if c == UInt8(ascii: " ") { atStart = true; continue }
            if atStart { words += 1; if ByteClass.isASCIIUpper(c) { capitals += 1 }; atStart = false }
        }
        return words >= 3 && capitals * 10 >= words * 7
    }

    /// Byte offsets where a new clause starts; `words` are `lowerWords(b)`.
    static func clauseBoundaries(_ b: [UInt8], _ words: [(Range<Int>, String)]) -> [Int] {
        var out: [Int] = []
        b.withUnsafeBufferPointer { t in
            for i in t.indices where t[i] == UInt8(ascii: ";") || t[i] == UInt8(ascii: ":") || ByteClass.isLongDash(t, i, t.count) {
                out.append(i)
            }
        }
        let shapes = clauseWordShapes
        for (range, lower) in words where shapes.mayContain(WordShape.key(lower)) && clauseWords.contains(lower) {
            out.append(range.lowerBound)
        }
        return out.sorted()
    }

    /// Lower-cased ASCII-letter words with their byte ranges.
    static func lowerWords(_ b: [UInt8]) -> [(Range<Int>, String)] {
        var out: [(Range<Int>, String)] = []
        out.reserveCapacity(b.count / 5 + 1)
        var i = 0
        while i < b.count {
            guard ByteClass.isASCIILetter(b[i]) else { i += 1; continue }
            let s = i
            while i < b.count, ByteClass.isASCIILetter(b[i]) { i += 1 }
            // (Lowered straight into the string: a word of 15 bytes or fewer is then held inline, with no
            // allocation, where an array of its lowered bytes was allocated for every word.)
            out.append((s..<i, String(unsafeUninitializedCapacity: i - s) { buf in
                for k in s..<i { buf[k - s] = ByteClass.lower(b[k]) }
                return i - s
            }))
        }
        return out
    }
}
