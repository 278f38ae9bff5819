import AnnotateCore

/// The word lists quote attribution needs, loaded once from `lexicons/`. A class, so that the
/// attributor and the closures it hands out share one copy instead of retaining every table.
final class QuoteLexicon: Sendable {
    typealias Verb = ReportingVerbs.Verb

    let verbs: WordMap<Verb>
    /// The bytes of the verbs' lemmas and framings (`Verb` holds them as `Word`s).
    private let verbWords: WordStore
    /// "called for", "called on": verb form, then particle.
    let phrasal: WordMap<WordMap<Verb>>
    /// Title words and the gender they imply ("" when none).
    let titles: WordMap<String>
    /// Another word for a title's role, from the titles' third column: "justice" is also "judge". (A `WordMap`: every
    /// titled name asks, and hashing a `String` cost 1% of the quote stage.)
    let titleAliases: WordMap<String>
    /// Group and organisation nouns: "group" or "org".
    let groups: WordMap<String>
    /// The words that close a business's name ("Corp", "Logistics"), column 3 of the group nouns, and the
    /// business nouns themselves: "Acme Corp ... the company said".
    let corporateSuffixes: WordSet
    /// The nouns that say what kind of body a name is: "power company Grid North", "the retailer said".
    let bodies: BodyNouns
    /// Words for peoples: "the Croatian replied", "the Portuguese coach".
    let demonyms: Demonyms
    /// Names of organisations that nothing around them marks: "Oxfam said", "Nato warned".
    let organisations: OrganisationNames
    let firstNames: WordMap<String>
    let starters: WordSet
    /// Word-shape filters before the title, first-name and group lookups of every name word.
    let titleShapes: ShapeFilter
    let firstNameShapes: ShapeFilter
    let groupShapes: ShapeFilter
    /// A bit for the `WordShape` key of every verb form: about nine words in ten are rejected
    /// without hashing (first letter and length alone let six in ten through).
    private let verbShapes: ShapeFilter
    /// The same for the forms of phrasal cues only ("call", "point"), so most verbs skip that lookup.
    let phrasalShapes: ShapeFilter
    /// One filter over every word that may open a cue: the verb forms, the speech nouns ("claim"), the forms of "use",
    /// "according", "words" and "per". (The cue scan of every word tested five filters and keys. A word this filter lets
    /// through wrongly is rejected by the lookups after it, as any filter's were.)
    let cueShapes: ShapeFilter

    /// A cheap test before the dictionary lookup of a reporting verb.
    @inline(__always) func mayBeVerb(_ t: Token) -> Bool {
        mayBeVerb(shape: t.shape)
    }

    /// The same test on a word's shape key alone.
    @inline(__always) func mayBeVerb(shape: Int32) -> Bool {
        shape >= 0 && verbShapes.mayContain(shape)
    }

    /// The token is a form of a reporting verb: the shape test, then the lookup.
    @inline(__always) func isReportingVerb(_ t: Token) -> Bool {
        mayBeVerb(t) && verbs[t] != nil
    }

    static let pronouns = WordMap<Pronoun>(pronounTable)
    private static let pronounTable: [String: Pronoun] = [
        "he": (.male, false), "she": (.female, false), "they": (.unknown, true), "we": (.unknown, true),
        "i": (.unknown, false), "it": (.unknown, false),
        // Contracted with a helper verb: "He's claiming that ...", "They've said ...".
        "he's": (.male, false), "she's": (.female, false), "they're": (.unknown, true), "we're": (.unknown, true),
        "i'm": (.unknown, false), "he'd": (.male, false), "she'd": (.female, false), "they've": (.unknown, true),
        "we've": (.unknown, true), "i've": (.unknown, false), "he'll": (.male, false), "she'll": (.female, false),
        "they'll": (.unknown, true),
        // ("I'd argue", "We'd said", "I'll say this": with "would", "had" or "will".)
        "i'd": (.unknown, false), "i'll": (.unknown, false), "we'd": (.unknown, true), "we'll": (.unknown, true),
        "they'd": (.unknown, true),
    ]
    typealias Pronoun = (gender: Entity.Gender, plural: Bool)
    /// Words that may stand between a subject and its reporting verb ("Trump has also said").
    static let auxiliaries: WordSet = [
        "has", "have", "had", "also", "previously", "repeatedly", "later", "then", "recently", "once", "again",
        "further", "now", "publicly", "privately", "already", "often", "never", "not", "did", "does", "do", "will",
        "would", "could", "may", "might", "is", "was", "were", "are", "reportedly", "earlier", "separately",
        "flatly", "strongly", "simply", "just", "still", "even", "both", "all", "firmly", "quickly", "had",
        "long", "frequently", "openly", "similarly", "likewise", "herself", "himself", "themselves", "itself",
    ]
    /// Words that end a subject noun phrase when reading leftwards.
    static let phraseBreakers: WordSet = [
        "in", "on", "at", "of", "for", "with", "by", "from", "to", "about", "after", "before", "during", "under",
        "over", "between", "into", "through", "toward", "towards", "against", "among", "since", "as", "than",
        "and", "or", "but", "that", "which", "who", "whom", "because", "while", "when", "if", "although",
        "though", "so", "where", "whether", "yet", "nor", "said", "says", "say", "is", "was", "are", "were",
        "be", "been", "has", "have", "had", "will", "would", "it", "this", "there", "what", "how", "why",
    ]
    static let determiners: WordSet = [
        "the", "a", "an", "many", "some", "several", "other", "most", "few", "two", "three", "four", "five",
        "both", "all", "its", "his", "her", "their", "our", "senior", "top", "former", "local", "foreign",
        "federal", "state", "government", "administration", "military", "party", "campaign", "white", "house",
        "health", "police", "election", "independent", "outside", "anonymous", "u.s.", "european", "western",
    ]
    static let calendarShapes = ShapeFilter(calendarWords)
    static let calendarWords: WordSet = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]

    /// The gender a first name carries ("" for none), found as written or without its diacritics
    /// ("Éric" under "eric"); nil for a word that is no known first name.
    func firstName(_ word: Word) -> String? {
        firstNames[word] ?? firstNameWithoutDiacritics(word) ?? compoundFirstName(word)
    }

    /// `firstName(_:)` for a token, its word-shape filter first (most words are no name; a word with a
    /// non-ASCII letter has no shape key).
    func firstName(_ t: Token) -> String? {
        if firstNameShapes.mayContain(t.shape), let g = firstNames[t] { return g }
        if t.shape == WordShape.none && t.isWord, let g = firstNameWithoutDiacritics(t.lower) { return g }
        return t.isWord ? compoundFirstName(t.lower) : nil
    }

    /// A hyphenated first name the list does not hold ("Jean-Marc", "Marie-Claire", "Hans-Peter"): both parts must be
    /// first names, so "Rolls-Royce" is none; the gender is the first part's, or the second's when the first is
    /// given to both ("Jean" is a woman's name in English, a man's in French). "Jean-Marie" is listed for itself.
    private func compoundFirstName(_ word: Word) -> String? {
        let u = word.utf8
        guard let h = u.firstIndex(of: UInt8(ascii: "-")), h >= 2, u.count - h > 2 else { return nil }
        let first = Word(base: word.base, count: h), second = word.dropFirst(h + 1)
        guard let a = firstNames[first] ?? firstNameWithoutDiacritics(first),
              let b = firstNames[second] ?? firstNameWithoutDiacritics(second) else { return nil }
        return a == "male" || a == "female" ? a : b
    }

    /// The entry of a word with a non-ASCII letter under its spelling without diacritics.
    private func firstNameWithoutDiacritics(_ word: Word) -> String? {
        guard word.utf8.contains(where: { $0 >= 0x80 }), let plain = LatinFolding.folded(word.description) else { return nil }
        return firstNames[plain]
    }

    /// The gender a lexicon's column names ("male", "female"); `.unknown` for anything else, as
    /// `Entity.Gender(rawValue:) ?? .unknown` gives, without its search of the cases' names (a name's
    /// title and first name are looked up for every capitalised run).
    static func gender(_ code: String) -> Entity.Gender {
        code == "male" ? .male : code == "female" ? .female : .unknown
    }

    /// The plural of a lower-case title: "chairmen", "secretaries", "coaches", "attorneys", "managers".
    static func plural(of word: String) -> String {
        if word.hasSuffix("man") { return String(word.dropLast(3)) + "men" }
        if ["s", "x", "z", "ch", "sh"].contains(where: { word.hasSuffix($0) }) { return word + "es" }
        if word.hasSuffix("y"), let before = word.dropLast().last, !"aeiou".contains(before) { return String(word.dropLast()) + "ies" }
        return word + "s"
    }

    init(context: StageContext, verbs: String, titles: String, groups: String, bodies: String, demonyms: String,
         organisations: String, firstNames: String, starters: String) throws {
        let reporting = try ReportingVerbs.load(verbs, context: context)
        verbWords = reporting.store
        self.verbs = WordMap(reporting.byForm)
        self.phrasal = WordMap(reporting.phrasal.mapValues { WordMap($0) })
        verbShapes = ShapeFilter(Array(reporting.byForm.keys) + Array(reporting.phrasal.keys))
        phrasalShapes = ShapeFilter(reporting.phrasal.keys)
        cueShapes = ShapeFilter(Array(reporting.byForm.keys) + Array(reporting.phrasal.keys) + QuoteAttributor.speechNouns.keys
                                + Array(QuoteAttributor.useForms) + ["according", "words", "per"])
        var titleTable: [String: String] = [:], groupTable: [String: String] = [:], firstNameTable: [String: String] = [:]
        var aliasTable: [String: String] = [:]
        for row in WordList.rows(try context.readText(titles)) {
            titleTable[row[0].lowercased()] = row.count > 1 ? row[1] : ""
            if row.count > 2, !row[2].isEmpty { aliasTable[row[0].lowercased()] = row[2].lowercased() }
        }
        let bodyNouns = try BodyNouns(text: try context.readText(bodies), path: bodies)
        var firmEnds = Array(bodyNouns.corporate)
        for row in WordList.rows(try context.readText(groups)) {
            groupTable[row[0].lowercased()] = row.count > 1 ? row[1] : "group"
            if row.count > 2, row[2] == "firm" { firmEnds.append(row[0].lowercased()) }
        }
        for row in WordList.rows(try context.readText(firstNames)) { firstNameTable[row[0].lowercased()] = row.count > 1 ? row[1] : "" }
        // ("Jiri" for "jiří": each name also under its spelling without diacritics, unless that is a name of its own.)
        for (name, gender) in firstNameTable {
            if let plain = LatinFolding.folded(name), firstNameTable[plain] == nil { firstNameTable[plain] = gender }
        }
        // ("which ministers say will ...", "and managers said": the plural of a title names people who
        // speak together, as a group noun does. Not the abbreviations, "mr" would make "mrs" a group.)
        for title in titleTable.keys.sorted() where title.utf8.count > 3 {
            let plural = QuoteLexicon.plural(of: title)
            if titleTable[plural] == nil, groupTable[plural] == nil { groupTable[plural] = "group" }
        }
        // ("said Voltary's co-founder, Lena Hoffmann", "the vice-chair", "an ex-minister": a role with a hyphenated
        // prefix is that role, written as one word. Not the abbreviations, "co-mr" names nothing. After the plurals:
        // "the co-founders said" reads as any plural of people, and a plural for each would cost every start a few
        // milliseconds.)
        for (title, gender) in Array(titleTable) where title.utf8.count > 3 && !title.contains("-") {
            for prefix in ["co-", "vice-", "ex-"] where titleTable[prefix + title] == nil { titleTable[prefix + title] = gender }
        }
        self.titles = WordMap(titleTable)
        titleAliases = WordMap(aliasTable)
        self.groups = WordMap(groupTable)
        corporateSuffixes = WordSet(firmEnds)
        self.bodies = bodyNouns
        self.demonyms = try Demonyms(text: try context.readText(demonyms), path: demonyms)
        self.organisations = OrganisationNames(text: try context.readText(organisations))
        self.firstNames = WordMap(firstNameTable)
        self.starters = WordSet(WordList.words(try context.readText(starters)))
        titleShapes = ShapeFilter(titleTable.keys)
        firstNameShapes = ShapeFilter(firstNameTable.keys)
        groupShapes = ShapeFilter(groupTable.keys)
    }
}
