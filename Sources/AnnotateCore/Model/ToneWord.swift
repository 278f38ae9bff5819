/// One word that moved a tone score, for explanations: the word, its lexicon valence, what it
/// contributed after the rules, and which rules applied (negated, boosted, caps, idiom, least,
/// but-dampened, but-emphasized).
public struct ToneWord: Sendable, Hashable {
    public var token: String
    public var valence: Double
    public var score: Double
    public var rules: [String]

    public init(token: String, valence: Double, score: Double, rules: [String]) {
        self.token = token
        self.valence = valence
        self.score = score
        self.rules = rules
    }
}
