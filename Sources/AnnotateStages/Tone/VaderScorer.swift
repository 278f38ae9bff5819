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

    public let lexicon: [String: Double]
    public let emojis: [UInt32: String]

    public init(lexicon: [String: Double], emojis: [UInt32: String]) {
        self.lexicon = lexicon
        self.emojis = emojis
    }

    /// Reads VADER's lexicon format (and ours): `token<TAB>valence[<TAB>...]`, the last line
    /// for a token wins, as in the reference loader.
    public static func parseLexicon(_ text: String, into dict: inout [String: Double]) {
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            let trimmed = line.trimmed(" \t\r")
            if trimmed.isEmpty || trimmed.hasPrefix("#\t") || trimmed.hasPrefix("# ") { continue }
            let cols = trimmed.split(separator: "\t", omittingEmptySubsequences: false)
            guard cols.count >= 2, let v = Double(cols[1].trimmed(" ")) else { continue }
            dict[String(cols[0])] = v
        }
    }

    /// Reads the emoji lexicon; only single-code-point keys can ever match, as in the reference.
    public static func parseEmoji(_ text: String) -> [UInt32: String] {
        var d: [UInt32: String] = [:]
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            let cols = line.trimmed(" \t\r").split(separator: "\t", omittingEmptySubsequences: false)
            guard cols.count >= 2 else { continue }
            let scalars = Array(cols[0].unicodeScalars)
            if scalars.count == 1 { d[scalars[0].value] = String(cols[1]) }
        }
        return d
    }

    // MARK: Scoring

    public func score(_ input: String) -> Tone {
        // Emoji to descriptions, code point by code point.
        var replaced = String.UnicodeScalarView()
        var prevSpace = true
        var hasEmoji = false
        for s in input.unicodeScalars {
            if s.value >= 0x80, let description = emojis[s.value] {
                if !prevSpace { replaced.append(" ") }
                replaced.append(contentsOf: description.unicodeScalars)
                prevSpace = false
                hasEmoji = true
            } else {
                replaced.append(s)
                prevSpace = s == " "
            }
        }
        let text = VaderScorer.pyStrip(hasEmoji ? String(replaced) : input)
        let words = VaderScorer.pySplit(text).map(VaderScorer.stripPunctuationIfWord)
        let lower = words.map { $0.lowercased() }
        let upper = words.map(VaderScorer.pyIsUpper)
        let allCaps = upper.filter { $0 }.count
        let capDiff = allCaps > 0 && allCaps < words.count

        var sentiments: [Double] = []
        sentiments.reserveCapacity(words.count)
        for i in words.indices {
            let item = lower[i]
            if VaderScorer.boosters[item] != nil { sentiments.append(0); continue }
            if i < words.count - 1, item == "kind", lower[i + 1] == "of" { sentiments.append(0); continue }
            sentiments.append(valence(i, lower, upper, capDiff))
        }
        butCheck(lower, &sentiments)
        return scoreValence(sentiments, text)
    }

    private func valence(_ i: Int, _ lower: [String], _ upper: [Bool], _ capDiff: Bool) -> Double {
        let item = lower[i]
        guard let base = lexicon[item] else { return 0 }
        var valence = base
        if item == "no", i != lower.count - 1, lexicon[lower[i + 1]] != nil { valence = 0 }
        if (i > 0 && lower[i - 1] == "no") || (i > 1 && lower[i - 2] == "no")
            || (i > 2 && lower[i - 3] == "no" && (lower[i - 1] == "or" || lower[i - 1] == "nor")) {
            valence = base * VaderScorer.nScalar
        }
        if upper[i] && capDiff { valence += valence > 0 ? VaderScorer.cIncr : -VaderScorer.cIncr }
        for startI in 0..<3 where i > startI && lexicon[lower[i - (startI + 1)]] == nil {
            var s = scalarIncDec(i - (startI + 1), lower, upper, valence, capDiff)
            if startI == 1 && s != 0 { s *= 0.95 }
            if startI == 2 && s != 0 { s *= 0.9 }
            valence += s
            valence = negationCheck(valence, lower, startI, i)
            if startI == 2 { valence = specialIdiomsCheck(valence, lower, i) }
        }
        return leastCheck(valence, lower, i)
    }

    private func scalarIncDec(_ j: Int, _ lower: [String], _ upper: [Bool], _ valence: Double, _ capDiff: Bool) -> Double {
        guard var scalar = VaderScorer.boosters[lower[j]] else { return 0 }
        if valence < 0 { scalar *= -1 }
        if upper[j] && capDiff { scalar += valence > 0 ? VaderScorer.cIncr : -VaderScorer.cIncr }
        return scalar
    }

    private func negated(_ word: String) -> Bool {
        VaderScorer.negate.contains(word) || word.contains("n't")
    }

    private func negationCheck(_ valence: Double, _ w: [String], _ startI: Int, _ i: Int) -> Double {
        var v = valence
        switch startI {
        case 0:
            if negated(w[i - 1]) { v *= VaderScorer.nScalar }
        case 1:
            if w[i - 2] == "never" && (w[i - 1] == "so" || w[i - 1] == "this") {
                v *= 1.25
            } else if w[i - 2] == "without" && w[i - 1] == "doubt" {
                // unchanged
            } else if negated(w[i - 2]) {
                v *= VaderScorer.nScalar
            }
        default:
            if (w[i - 3] == "never" && (w[i - 2] == "so" || w[i - 2] == "this")) || (w[i - 1] == "so" || w[i - 1] == "this") {
                v *= 1.25
            } else if w[i - 3] == "without" && (w[i - 2] == "doubt" || w[i - 1] == "doubt") {
                // unchanged
            } else if negated(w[i - 3]) {
                v *= VaderScorer.nScalar
            }
        }
        return v
    }

    private func specialIdiomsCheck(_ valence: Double, _ w: [String], _ i: Int) -> Double {
        var v = valence
        let sequences = ["\(w[i - 1]) \(w[i])", "\(w[i - 2]) \(w[i - 1]) \(w[i])", "\(w[i - 2]) \(w[i - 1])",
                         "\(w[i - 3]) \(w[i - 2]) \(w[i - 1])", "\(w[i - 3]) \(w[i - 2])"]
        for seq in sequences {
            if let s = VaderScorer.specialCases[seq] { v = s; break }
        }
        if w.count - 1 > i, let s = VaderScorer.specialCases["\(w[i]) \(w[i + 1])"] { v = s }
        if w.count - 1 > i + 1, let s = VaderScorer.specialCases["\(w[i]) \(w[i + 1]) \(w[i + 2])"] { v = s }
        for gram in [sequences[3], sequences[4], sequences[2]] {
            if let b = VaderScorer.boosters[gram] { v += b }
        }
        return v
    }

    private func leastCheck(_ valence: Double, _ w: [String], _ i: Int) -> Double {
        if i > 1, lexicon[w[i - 1]] == nil, w[i - 1] == "least" {
            if w[i - 2] != "at" && w[i - 2] != "very" { return valence * VaderScorer.nScalar }
        } else if i > 0, lexicon[w[i - 1]] == nil, w[i - 1] == "least" {
            return valence * VaderScorer.nScalar
        }
        return valence
    }

    /// The reference's "but" rule, reproduced with its quirk: each value is looked up by
    /// equality (`list.index`), so equal values earlier in the list are the ones rescaled.
    private func butCheck(_ w: [String], _ s: inout [Double]) {
        guard let bi = w.firstIndex(of: "but") else { return }
        for k in s.indices {
            let v = s[k]
            let si = s.firstIndex(of: v)!
            if si < bi { s[si] = v * 0.5 } else if si > bi { s[si] = v * 1.5 }
        }
    }

    private func scoreValence(_ sentiments: [Double], _ text: String) -> Tone {
        guard !sentiments.isEmpty else { return Tone(neg: 0, neu: 0, pos: 0, compound: 0) }
        var sum = sentiments.reduce(0, +)
        var ep = 0, qm = 0
        for b in text.utf8 {
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

    // MARK: Python string semantics

    /// Python's `round(x, n)`: round half to even on the exact binary value.
    static func pyRound(_ x: Double, _ digits: Int) -> Double {
        let text = String(format: "%.\(digits)f", x)  // C rounds the exact binary value, half to even
        return Double(text) ?? x
    }

    static func isPySpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    static func pyStrip(_ s: String) -> String {
        var v = Substring(s).unicodeScalars[...]
        while let f = v.first, isPySpace(f) { v = v.dropFirst() }
        while let l = v.last, isPySpace(l) { v = v.dropLast() }
        return String(String.UnicodeScalarView(v))
    }

    static func pySplit(_ s: String) -> [String] {
        var out: [String] = []
        var cur = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            if isPySpace(u) {
                if !cur.isEmpty { out.append(String(cur)); cur = String.UnicodeScalarView() }
            } else {
                cur.append(u)
            }
        }
        if !cur.isEmpty { out.append(String(cur)) }
        return out
    }

    static let asciiPunctuation = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars)

    /// `token.strip(string.punctuation)`, unless that leaves two characters or fewer.
    static func stripPunctuationIfWord(_ token: String) -> String {
        var v = Substring(token).unicodeScalars[...]
        while let f = v.first, asciiPunctuation.contains(f) { v = v.dropFirst() }
        while let l = v.last, asciiPunctuation.contains(l) { v = v.dropLast() }
        return v.count <= 2 ? token : String(String.UnicodeScalarView(v))
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
