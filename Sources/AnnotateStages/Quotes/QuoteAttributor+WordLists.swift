import AnnotateCore

/// The closed word lists the quote rules read, in one place. Several lists look alike on purpose:
/// each is the set one rule needs ("prepositions" open a circumstance after a verb, "purePrepositions"
/// never open a clause), so a word belongs to a list for a reason given in its rule. Lists are
/// `WordSet`s: lookups hash bytes, not `String`s.
extension QuoteAttributor {
    // MARK: Prepositions

    /// Prepositions that open a circumstance after a verb ("said during a rally ...").
    static let prepositions: WordSet = ["in", "on", "at", "during", "after", "before", "to", "with", "for", "from",
                                            "about", "since", "while", "outside", "inside", "ahead", "following", "under", "over", "through", "via", "within"]

    /// Things that bear written words, which "read" reports: "placards reading “...”", "a sign that read “...”".
    static let signNouns: WordSet = ["sign", "signs", "banner", "banners", "placard", "placards", "poster", "posters", "billboard",
                                     "billboards", "plaque", "plaques", "sticker", "stickers", "t-shirt", "t-shirts", "shirt", "shirts",
                                     "inscription", "caption", "headline", "graffiti", "card", "cards", "note", "notice", "message"]

    /// Verbs of going and words of distance before "to" or "in" and a place: "go to Kendal", "14 miles away in Kendal".
    static let placeLeads: WordSet = ["go", "goes", "went", "gone", "going", "travel", "travels", "travelled", "traveled", "travelling",
                                      "move", "moves", "moved", "moving", "drive", "drives", "drove", "driving", "fly", "flies", "flew",
                                      "flying", "return", "returns", "returned", "returning", "away", "miles", "kilometres", "kilometers"]

    /// Nouns of a journey or what makes one, whose "to" or "from" names a place: "flights to Paris", "a jet from Faro".
    static let journeyNouns: WordSet = ["flight", "flights", "route", "routes", "train", "trains", "ferry", "ferries", "crossing",
                                        "crossings", "trip", "trips", "journey", "journeys", "voyage", "voyages", "cruise", "cruises",
                                        "holiday", "holidays", "jet", "jets", "plane", "planes", "aircraft", "airliner", "ship",
                                        "ships", "boat", "boats", "bus", "buses", "coach", "coaches", "passengers", "travellers",
                                        "travelers", "tourists", "visitors", "migrants", "refugees", "evacuees", "exports",
                                        "imports", "shipments"]
    /// Words whose "for" names where a journey goes: "a jet bound for Tenerife".
    static let boundWords: WordSet = ["bound", "headed", "heading", "destined", "sailed", "departed", "left", "leaving"]

    /// Verbs of answering a question put just before: "“Fresh bread,” she replied".
    static let replyLemmas: WordSet = ["reply", "answer", "respond", "retort"]
    /// Verbs whose object is the person they address, before the words: "accused Slater of lying", "urged Lee to resign".
    static let addressingLemmas: WordSet = ["accuse", "urge", "blame", "challenge", "criticise", "criticize", "praise", "thank", "congratulate"]

    /// What only a body does, in a relative clause after its name: "Veloxa, which is headquartered in Leeds,", "Brightwell,
    /// which employs 400 people,". (Not "located": places are located too; nor a passive a place or a building takes,
    /// "owned", "listed".)
    static let bodyActs: WordSet = ["headquartered", "employs", "manufactures", "trades", "traded", "owns", "operates"]

    /// The nouns of bodies' names that "the group" names again: "The Ramblers Association ... The group said", "the Center
    /// for American Progress ... the group". (Not "union", which "the union" names, nor a public body's.)
    static let namedAsGroup: WordSet = ["association", "federation", "coalition", "alliance", "society", "network", "campaign",
                                        "movement", "foundation", "trust", "institute", "center", "centre"]

    /// Words before "group" that make it a body that campaigns, no business "the company" could name: "Consumer group
    /// Which?", "the pressure group Fidra", "the patients' group".
    static let campaignGroupModifiers: WordSet = ["consumer", "campaign", "pressure", "lobby", "advocacy", "rights", "action",
                                                  "protest", "environmental", "activist", "community", "residents'", "parents'",
                                                  "patients'", "victims'", "families'", "civil", "voluntary", "charity", "support"]

    /// Participles that say where a body is, before "in" and a place: "a firm based in Leeds".
    static let locatedParticiples: WordSet = ["based", "headquartered", "located"]

    /// Prepositions that open an absolute phrase, a subject and its participle: ", with polls showing her ahead",
    /// "amid reports suggesting ...", "despite figures showing ...".
    static let absoluteOpeners: WordSet = ["with", "amid", "despite"]

    /// Prepositions that never open a clause ("after", "before", "since" may: "after the mogul claimed").
    /// Prepositions inside an organisation's name after its head word ("Bank of America", "Commission
    /// on Presidential Debates", "Center for American Progress", "Committee to Protect Journalists"):
    /// "of", "on", "for", "to". Compared in place rather than looked up: the test runs on every word of
    /// every name. (`findNames` takes "to" only before two capitalised words: not "the Committee to London".)
    @inline(__always) static func isOrganisationJoiner(_ t: Token) -> Bool {
        let n = t.lower.utf8.count
        return n >= 2 && n <= 3 && (t.lower == "of" || t.lower == "on" || t.lower == "for" || t.lower == "to")
    }

    /// The ampersand at `k` joins the capitalised words around it into one name: words of more than one
    /// letter ("Marks & Spencer", "Brenner & Co"), or with `letters` two capital letters ("A&E").
    @inline(__always)
    static func ampersandJoins<C: RandomAccessCollection>(_ tokens: C, at k: Int, letters: Bool) -> Bool where C.Element == Token, C.Index == Int {
        guard k > tokens.startIndex, k + 1 < tokens.endIndex, tokens[k].punct == UInt8(ascii: "&"),
              tokens[k - 1].isWord, tokens[k - 1].capitalized, tokens[k + 1].isWord, tokens[k + 1].capitalized else { return false }
        let before = tokens[k - 1].lower.count, after = tokens[k + 1].lower.count
        return before > 1 && after > 1 || letters && before == 1 && after == 1
    }

    /// Prepositions joining a speaker to the employer or place named after it ("an analyst at Goldman
    /// Sachs", "residents of Leeds"): "of", "at", "from", "in", "on", and "aboard" ("an astronaut aboard the
    /// International Space Station"). "For" is left out: "a spokesman for Smith" speaks for Smith. (Compared in
    /// place: the test runs for every subject walked back.)
    @inline(__always) static func isAffiliationPreposition(_ t: Token) -> Bool {
        let n = t.lower.utf8.count
        return n >= 2 && n <= 6 && (t.lower == "of" || t.lower == "at" || t.lower == "in" || t.lower == "on" || t.lower == "from"
            || t.lower == "aboard")
    }

    /// Prepositions between a role and whom it serves: "a spokesman for", "analysts at", "the chairman of".
    static let rolePrepositions: WordSet = ["for", "at", "of", "with", "from"]

    /// Prepositions after a person's noun that open what the person serves or where they are: "an aide to the mayor",
    /// "an official at the ministry".
    static let personPrepositions: WordSet = ["to", "for", "at", "from", "with", "in"]

    static let purePrepositions: WordSet = ["in", "on", "at", "with", "for", "from", "about", "of", "to", "during", "into", "by",
                                                "through", "across", "over", "under", "near", "against", "between", "among", "within",
                                                "outside", "inside", "behind", "beside", "beyond", "toward", "towards", "along"]

    /// A preposition and the word after it that open a circumstance of the speech act ("in a
    /// statement", "at last week's forum", "on Monday") rather than part of a named object.
    static let circumstancePrepositions: WordSet = ["in", "at", "on", "during"]

    /// Standards and measures after "according to", which no one speaks through ("according to plan", "according to the
    /// rules", "according to his body mass index").
    static let standardNouns: WordSet = ["plan", "rules", "law", "laws", "schedule", "index", "guidelines", "regulations", "standards",
                                         "criteria", "definition", "tradition", "custom", "formula", "script", "protocol", "scale"]

    /// Roles in "-man" that reports also give women ("health spokesman Anna Price"), which a first name outweighs.
    static let genericMaleRoles: WordSet = ["spokesman", "chairman", "congressman", "councilman", "businessman"]

    /// Verbs of verbal attack, praise or defence that also name a physical act ("attacked the convoy",
    /// "defended the town", "blasted the bridge", "hailed a taxi"). The physical sense reports nothing.
    static let physicalSenseVerbs: WordSet = ["attack", "assail", "blast", "slam", "defend", "hail"]

    /// Agents whose attack, blast or defence is physical: armed people, weapons, animals.
    static let armedAgents: WordSet = ["gunman", "gunmen", "militant", "militants", "rebel", "rebels", "insurgent", "insurgents",
                                       "troops", "soldier", "soldiers", "forces", "fighters", "attacker", "attackers", "assailant",
                                       "assailants", "jets", "warplanes", "planes", "drones", "bombers", "missiles", "rockets",
                                       "artillery", "tanks", "army", "armies", "mob", "rioters", "looters", "raiders", "pirates",
                                       "terrorists", "jihadists", "dog", "dogs", "shark", "bear", "wolves"]

    /// Objects of an attack, a blast or a defence that make it physical: places, buildings, vehicles,
    /// military units, and the titles that champions defend.
    static let physicalTargets: WordSet = ["station", "bridge", "town", "village", "villages", "city", "base", "bases", "camp",
                                           "camps", "convoy", "ship", "ships", "vessel", "vessels", "tanker", "embassy", "consulate",
                                           "building", "buildings", "checkpoint", "compound", "positions", "port", "airport", "airfield",
                                           "refinery", "pipeline", "train", "bus", "truck", "ferry", "boat", "outpost",
                                           "barracks", "patrol", "trenches", "mosque", "church", "synagogue", "temple", "shrine",
                                           "homes", "taxi", "cab", "title", "crown", "belt"]

    /// "-ing" words after a comma that tell an act's toll: "attacked the convoy, killing three".
    static let tollParticiples: WordSet = ["killing", "wounding", "injuring", "leaving", "destroying", "damaging"]

    /// Prepositions that only ever name a circumstance, never a part of the object before them.
    static let circumstanceOnlyPrepositions: WordSet = ["during", "amid", "despite"]

    /// Words after which a verb form other than a gerund is a noun ("despite repeated warnings").
    static let beforeNounsUnlessGerund: WordSet = ["despite", "of", "with", "without", "amid", "against", "from", "about"]

    /// Words before a subject that make it part of a longer phrase ("Grassley and Leahy", "advisers to Obama").
    static let linksBeforeSubject: WordSet = ["and", "to", "of", "for", "from", "with", "&"]

    // MARK: Subordinators and conjunctions

    /// Words that open a subordinate clause, some of them also prepositions ("after", "since").
    static let subordinators: WordSet = ["since", "as", "because", "while", "after", "before", "when", "although",
                                             "though", "if", "until", "despite", "even", "whereas"]

    /// Lower-case words for what a named person is running as or for, between a place and the name:
    /// "Ohio Senate candidate Mark Delaney". (Not titles: "the nominee" alone names no one known.)
    static let roleDescriptors: WordSet = ["candidate", "nominee", "challenger", "incumbent", "hopeful", "contender"]

    /// Nouns that head a phrase naming a person by their place in a body: "the head of the union".
    static let roleHeads: WordSet = ["head", "member", "members", "leader", "leaders", "chief", "founder", "owner", "owners"]

    /// Words that open the question an answer would reply to: "did not say how many ...".
    static let questionOpeners: WordSet = whWords.union(["if", "when", "who", "which"])

    /// How or when something was said, right after the verb: "said privately they were pleased", "promised
    /// instead to cut fuel duty".
    static let speechAdverbs: WordSet = ["privately", "publicly", "repeatedly", "previously", "recently", "separately", "later",
                                         "earlier", "openly", "flatly", "bluntly", "candidly", "frankly", "firmly", "quietly",
                                         "afterwards", "afterward", "subsequently", "again", "instead"]
    /// How often or when again something was done: "asked twice and got no answer".
    static let repeatAdverbs: WordSet = ["twice", "again", "repeatedly", "once", "often", "later", "too"]

    /// Adverbs of frequency between a subject and its verb that are not in the helper list: "always said".
    static let frequencyAdverbs: WordSet = ["always", "sometimes", "usually"]
    /// Adverbs without "-ly" that stand between a subject and its verb: "The company flat-out denied", "Lee twice told".
    static let unmarkedAdverbs: WordSet = ["flat-out", "outright", "twice", "thrice"]
    /// Adverbs of place that stand between a subject and its verb: "Officials there said", "doctors here warned".
    static let placeAdverbs: WordSet = ["there", "here"]
    /// Adverbs of the day that stand between a subject and its verb, as British papers write them: "The minister yesterday said".
    static let dayAdverbs: WordSet = ["yesterday", "today", "tonight"]

    /// Adverbs of time between a participle describing a noun and the noun's verb: "the amounts pledged so far were".
    static let participleTimeAdverbs: WordSet = dayAdverbs.union(["so", "far", "earlier", "previously", "already", "initially"])

    static let butAnd: WordSet = ["but", "and"]
    /// Conjunctions after which a new clause, and its subject, may open: "..., but unions representing dockworkers said".
    static let clauseConjunctions: WordSet = ["but", "and", "or", "yet"]

    /// A phrase at `k` opens its clause: at the sentence's start, or after a comma or a conjunction of clauses.
    @inline(__always)
    static func opensClause(_ tokens: Tokens, at k: Int, _ r: Range<Int>) -> Bool {
        k == r.lowerBound || tokens[k - 1].punct == UInt8(ascii: ",") || clauseConjunctions.contains(tokens[k - 1])
    }
    static let refusals: WordSet = ["not", "declined", "refused", "no"]
    static let refusalShapes = ShapeFilter(refusals)

    /// What a speaker may decline to do after speaking: "but did not say how", "and declined to elaborate".
    static let unsaidVerbs: WordSet = ["say", "elaborate", "explain", "comment", "specify", "give", "provide", "answer", "offer", "identify", "name"]

    /// Pasts of what only a person does, so a thing the speech is about did not: "said sales fell and apologised".
    static let personalActs: WordSet = ["apologised", "apologized", "resigned", "thanked", "laughed", "smiled", "shrugged", "wept",
                                        "sighed", "nodded", "bowed", "waved", "stormed"]

    /// A person's gestures, right after the subject of a sentence that comes before their quotation: "Ashdown shrugs. “...”".
    static let gestureVerbs: WordSet = ["shrugs", "shrugged", "laughs", "laughed", "smiles", "smiled", "nods", "nodded", "sighs",
                                        "sighed", "grins", "grinned", "winces", "winced", "frowns", "frowned", "chuckles", "chuckled",
                                        "beams", "beamed", "bristles", "bristled"]

    /// Superlatives, after which "in a decade", "on record" measure the phrase: "the worst harvest in a decade".
    static let superlatives: WordSet = ["worst", "best", "most", "least", "first", "biggest", "largest", "highest", "lowest", "greatest",
                                        "deadliest", "heaviest", "strongest", "weakest", "fastest", "slowest", "longest", "shortest",
                                        "smallest", "hottest", "coldest", "driest", "wettest", "warmest", "toughest", "busiest",
                                        "costliest", "poorest", "richest", "oldest", "youngest", "deepest", "sharpest", "steepest"]

    /// Pasts of giving before "no": "but gave no figure", "and offered no evidence".
    static let withheldPasts: WordSet = ["gave", "offered", "provided", "cited", "presented", "produced"]

    /// Words that open an embedded question or a free relative: "how experts say ...".
    static let whWords: WordSet = ["how", "what", "why", "where", "whether"]

    /// Subordinators that always open a clause (unlike "after" or "as", also prepositions).
    static let pureSubordinators: WordSet = ["because", "although", "though", "while", "whereas", "when", "if"]

    /// Subordinators whose clause right after a reporting verb tells when or how it was said ("said as he left").
    static let circumstanceSubordinators: WordSet = ["as", "while", "after", "before"]

    /// Subordinators of a clause of time: "until she refused", "before the vote", "once it ended".
    static let timeSubordinators: WordSet = ["until", "before", "after", "once"]

    /// Lemmas of plain speech, whose words may open with a clause of time: "said after the vote the plan was dead".
    static let plainSpeechLemmas: WordSet = ["say", "add", "tell", "write"]

    /// Subordinators that open a clause after a comma inside a sentence (not the ambiguous "as", "if").
    static let clauseOpeners: WordSet = ["when", "after", "before", "because", "although", "though", "while", "since", "once"]

    /// Conjunctions that open a sentence as a link to the one before, outside its subject: "But one investor, who ...".
    static let discourseOpeners: WordSet = ["but", "and", "yet", "so"]
    /// Words that open a clause inside a sentence, so a subject may start right after them.
    static let subjectClauseOpeners: WordSet = ["but", "while", "whereas", "although", "though", "because", "yet"]

    /// Finite verbs that open speech with no subject of its own, the gap a relative clause's noun
    /// fills: "a handball that replays suggested was accidental". (`finiteAuxiliaries` without
    /// "do", "does", "did" and "shall".)
    static let gapOpeners: WordSet = ["is", "was", "were", "are", "would", "will", "could", "can", "may", "might", "should",
                                      "must", "had", "has", "have"]

    /// Words after "a" that make a quantity, not a noun: "a few", "a dozen", "a handful of".
    static let quantityAfterArticle: WordSet = ["few", "couple", "dozen", "handful", "number", "lot", "host", "score", "series",
                                                "majority", "minority", "good", "great"]

    /// Conjunctions that never end what was said. ("yet" and "though" may: "had not decided yet".)
    static let danglingConjunctions: WordSet = ["and", "but", "or", "that", "while", "whereas", "although", "because"]

    /// Words before a participle that takes the sentence's subject ("while campaigning, she said",
    /// "after saying ...").
    static let participleLeaders: WordSet = ["while", "before", "after", "by"]

    /// Words that coordinate a second attribution inside one sentence ("..., and that she believes ...").
    static let coordinators: WordSet = ["and", "but", "while", "whereas"]

    /// "“...,” Melanie said, and soon the balloons were dropping": the narrative goes on.
    static let narrativeConjunctions: WordSet = ["and", "but", "so", "then", "yet"]

    // MARK: Determiners, quantities and pronouns

    /// Words before a count's number: "more than 50", "at least 200", "nearly 3,000".
    static let countLeads: WordSet = ["more", "fewer", "less", "than", "at", "least", "most", "about", "nearly", "almost", "around",
                                      "over", "under", "up", "to", "roughly", "just", "some", "an", "estimated"]
    /// Determiners and possessives that open a noun phrase ("the", "his", "several", "two").
    static let nounDeterminers: WordSet = ["the", "a", "an", "this", "that", "his", "her", "their", "its", "our", "my", "your", "one", "another",
                                               "each", "several", "many", "some", "most", "few", "both", "other", "all", "two",
                                               "three", "four", "five"]

    /// Words after which an "-ed" or "-es" form is a noun or an adjective: "the retired", "more jokes".
    static let articles: WordSet = ["the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our", "my",
                                        "your", "more", "most", "less", "fewer"]

    /// Quantifiers before a plural noun ("several families", "many cases").
    static let quantifiers: WordSet = ["several", "many", "some", "few", "both", "all", "most", "various", "numerous"]

    /// Determiners after which a verb's base form is a noun ("a call", "an hourlong show").
    /// Determiners of a single noun phrase, whose last word is its head ("the most basic question").
    static let definiteDeterminers: WordSet = ["the", "a", "an", "this", "his", "her", "their", "its", "our", "my", "your"]

    /// Adjectives of relation that stand after a plural with their preposition: "people familiar with the matter", "sources
    /// close to the player", "residents opposed to the plan".
    static let relationAdjectives: WordSet = ["familiar", "close", "near", "loyal", "sympathetic", "opposed", "linked", "connected",
                                              "allied", "friendly", "hostile", "aligned", "involved"]

    /// A plural of people that may head a phrase the verb agrees with: "People", "sources", "those" (a group's noun of
    /// `lexicons/group_nouns.txt`; not any word in "-s", "this reeks of some of the greatest fear").
    func isPeopleHead(_ t: Token) -> Bool {
        t.isWord && (QuoteAttributor.unmarkedPlurals.contains(t) || t.lower == "those" || lexicon.groups[t] == "group")
    }

    /// Plural nouns without an "-s" that may be the subject of a present verb ("the children say").
    static let unmarkedPlurals: WordSet = ["children", "men", "women", "people", "police", "media", "staff", "public",
                                               "crew", "press", "clergy", "faculty", "youth", "data"]

    /// Titles of courtesy, which only a person's name follows: "Mr Chambers", "Mrs. Banks".
    static let courtesyTitles: WordSet = ["mr", "mrs", "ms", "miss", "mx"]
    /// Titles only ever written before a person's name, never an office: "Dr King", "Sir Keir", "Prof Ann Lee".
    static let personalTitles: WordSet = courtesyTitles.union(["dr", "prof", "professor", "sir", "dame"])

    /// Words before an office that make it another office: "Vice President", "Deputy Mayor", "Prime Minister".
    static let rankBeforeOffice: WordSet = ["vice", "deputy", "assistant", "associate", "lieutenant", "shadow", "junior", "prime",
                                            "acting", "interim", "former", "chief", "under", "principal", "senior"]

    /// Plurals of people without an "-s": "Both women said".
    static let irregularPeoplePlurals: WordSet = ["men", "women", "children", "people", "businessmen", "businesswomen",
                                                  "policemen", "policewomen", "firemen", "chairmen", "fishermen", "spokesmen"]
    /// Plurals for people that neither `group_nouns.txt` nor the lists here hold, which "question" may take as its object:
    /// "questioned two suspects".
    static let questionedPeople: WordSet = ["individuals", "suspects", "detainees"]

    /// Words that may stand beside a manner adverb before a colon: "more bluntly:", "put it this way:".
    static let mannerWords: WordSet = ["more", "most", "very", "so", "quite", "rather", "this", "that", "it", "again", "then"]
    /// Nouns ending in "-ly", which the subject search must not skip as adverbs ("Her family said").
    static let nounsInLy: WordSet = ["family", "assembly", "ally", "rally", "supply", "monopoly", "anomaly"]

    /// A lower-case "-ly" adverb at `k` right before the word that opens a predicate: "broadly welcomed".
    static func adverbBeforePredicate(_ tokens: Tokens, _ k: Int, _ r: Range<Int>) -> Bool {
        k + 1 < r.upperBound && tokens[k].isWord && !tokens[k].capitalized && tokens[k].lower.endsWith("ly")
            && !nounsInLy.contains(tokens[k]) && startsPredicate(tokens[k + 1])
    }

    /// "The officer, who has since resigned, declined": the comma closing a relative clause that opens at the comma `c`
    /// with "who", "which" or "whom", within `window` tokens and before the last token before `limit`, so a word
    /// follows it; nil when a quotation mark comes first or no comma closes it.
    static func relativeClauseClose(_ tokens: Tokens, comma c: Int, before limit: Int, window: Int) -> Int? {
        guard c + 2 < limit, tokens[c].punct == UInt8(ascii: ","), relativePronouns.contains(tokens[c + 1]),
              let close = scanRange(from: c + 2, upTo: min(limit - 1, c + window)).first(where: { tokens[$0].punct == UInt8(ascii: ",") || tokens[$0].isQuoteMark }),
              tokens[close].punct == UInt8(ascii: ",") else { return nil }
        return close
    }

    /// Passives of perception before a gerund of speech: "can be heard saying", "was overheard telling".
    static let perceptionParticiples: WordSet = ["heard", "overheard", "seen", "filmed", "recorded"]

    /// Participles of report and belief whose passive lends its subject to a perfect infinitive: "is
    /// understood to have told", "was said to have warned".
    static let raisingParticiples: WordSet = ["understood", "reported", "said", "believed", "thought", "known", "alleged",
                                              "rumoured", "rumored", "claimed", "expected", "supposed"]

    /// Helpers of a finite clause that end an infinitive in a relative clause ("who threatened to kill
    /// an MP has been jailed"): the perfect's and the copula's.
    static let perfectAndCopula: WordSet = ["has", "have", "had", "was", "were", "is", "are"]

    /// Pasts of acts done in order to speak, before their object or place and "to": "took to Twitter to say",
    /// "went on television to say", "used his speech to warn", "appeared on stage to announce".
    /// (Acts of writing or issuing too: "wrote to parents to say", "issued a statement to say", "posted a video to warn".)
    static let purposeLenders: WordSet = ["took", "went", "used", "appeared", "returned", "turned", "wrote", "issued", "released",
                                          "posted", "published", "phoned", "rang", "emailed", "came"]

    /// Words of a plan after a copula that lend their subject to a speech trailed before it is given: "is expected to say",
    /// "is due to tell", "was set to announce".
    static let plannedSpeechWords: WordSet = ["expected", "due", "set"]

    /// Verbs whose subject is also the subject of the infinitive after them ("continues to insist").
    static let infinitiveLenders: WordSet = ["continue", "continues", "continued", "continuing", "begin", "begins", "began",
                                                 "start", "starts", "started", "seem", "seems", "seemed", "appear", "appears",
                                                 "appeared", "tend", "tends", "tended", "proceeded", "proceeds",
                                                 "like", "likes", "liked", "love", "loves", "loved",
                                                 // ("Lee tried to argue that ...", "sought to assure voters that ...".)
                                                 "try", "tries", "tried", "trying", "sought", "seeks", "attempted", "hastened",
                                                 // ("were quick to point out", "was keen to stress", "was at pains to say".)
                                                 "quick", "keen", "eager", "careful", "anxious", "pains"]

    /// Words after a fronted participle that make it a question put to the speaker ("Asked whether",
    /// "Pressed on", "Reached by phone").
    static let afterAskedParticiple: WordSet = ["whether", "about", "if", "why", "how", "what", "on", "by", "for", "to",
        // ("Asked in a 2019 interview what ...", "Asked at a news conference whether ...", "Asked again ...": where, when or how often.)
        "in", "at", "during", "after", "again", "later", "repeatedly", "directly", "twice"]

    /// Texts issued by a speaker that may speak for them later: "the statement said".
    static let issuedTexts: WordSet = ["statement", "letter", "memo", "release", "email", "post", "tweet", "filing", "complaint"]

    /// Texts and recordings someone puts out that say things: "posted a video saying", "launched a petition calling for".
    static let postedTexts: WordSet = ["video", "petition", "message", "note", "report", "advert", "ad"]

    /// Present verbs a preposition follows: "accounts for", "depends on", "amounts to", "remains in".
    static let prepositionalVerbs: WordSet = ["accounts", "amounts", "depends", "relies", "belongs", "refers", "points", "consists",
                                              "applies", "responds", "contributes", "leads", "results", "stems",
                                              // ("The man remains in custody, police said": where someone or something is.)
                                              "remains", "stays", "lives", "works", "lies", "sits", "stands"]
    /// Words that open a verb's object right after it ("needs the", "gives them", "costs more").
    static let objectOpeners: WordSet = ["the", "a", "an", "his", "her", "its", "their", "them", "him", "it", "no", "more", "less", "to"]

    /// Signs that go with a number: "$6.2 billion", "12%".
    static let numberSigns: Set<UInt8> = [UInt8(ascii: "$"), UInt8(ascii: "%"), Token.currency]

    /// Words of reputation whose subject a gerund after "for" shares: "was known for telling".
    static let reputationWords: WordSet = ["known", "famous", "notorious", "remembered", "renowned", "infamous", "celebrated"]

    /// Prepositions of place or time: after them comes where or when something happened, not an object.
    static let placeOrTimePrepositions: WordSet = ["on", "in", "at", "from", "into", "through", "across", "during", "near", "up", "down"]
    /// Prepositions that open a place given as town and state: "based in Columbus, Ohio", "of Ashton, Md.".
    static let townPrepositions: WordSet = ["in", "of", "from", "at", "near", "outside"]

    /// Words that open a circumstance between a verb and its "that" ("learned during the debate that").
    /// ("was quoted as saying by the Interfax news agency that ...": "by" and the agent of a passive too.)
    static let circumstanceLeads: WordSet = ["on", "in", "at", "during", "last", "this", "earlier", "later", "after", "before",
                                                 "yesterday", "today", "again", "also", "publicly", "privately", "recently", "by", "as", "only"]

    /// Listener verbs that can ask for an act: "asked the board to delay the vote".
    static let requestVerbs: WordSet = ["ask", "warn", "remind", "tell"]

    /// Prepositions after which a verb's base form is a noun: "demand from China", "a call in the night".
    static let prepositionsAfterNouns: WordSet = ["from", "of", "in", "on", "at", "by", "with"]

    /// Titles by which one name is known, shown with it: "Pope Leo", "King Charles", "Lord Sugar", "Prince Harry".
    /// (A peer's rank too: "Baroness Harding", "Earl Spencer", "Viscount Hailsham".)
    static let stylingTitles: WordSet = ["pope", "king", "queen", "prince", "princess", "lord", "lady", "emperor", "empress",
                                         "sheikh", "emir", "baroness", "baron", "viscount", "viscountess", "earl", "countess",
                                         "marquess"]

    /// Prepositions that open an adjunct fronted in a clause, which no determiner "that" takes: "said that without action,
    /// patients would die", "that despite the cuts", "that amid the crisis".
    static let adjunctPrepositions: WordSet = ["without", "despite", "amid", "amidst", "notwithstanding", "besides", "beyond"]

    /// Family relations, with the gender each implies: "The woman's son, Peter Lang, ... her son said".
    static let relationNouns = WordMap<String>(["daughter": "female", "son": "male", "wife": "female", "husband": "male",
                                                "mother": "female", "father": "male", "brother": "male", "sister": "female",
                                                "widow": "female", "widower": "male", "niece": "female", "nephew": "male",
                                                "granddaughter": "female", "grandson": "male", "grandmother": "female",
                                                "grandfather": "male", "partner": "", "fiancee": "female", "fiance": "male",
                                                "mum": "female", "mom": "female", "dad": "male", "stepmother": "female",
                                                "stepfather": "male", "aunt": "female", "uncle": "male", "cousin": ""])

    /// Relations whose first name, given alone after "her" or "his", usually shares the surname of the one named:
    /// "Her husband, Gary,", "his daughter Chloe".
    static let surnameSharingRelations: Set<String> = ["husband", "wife", "son", "daughter"]

    /// Plural verbs after a team's singular name in British English: "Celtic have sold", "Arsenal are".
    static let teamPluralVerbs: WordSet = ["have", "are", "were"]

    /// Goods a company recalls: "recalled 80,000 vehicles", "recalls its baby formula".
    static let recalledGoods: WordSet = ["vehicles", "cars", "trucks", "products", "units", "models", "devices", "batches", "bottles",
                                         "packages", "phones", "laptops", "toys", "formula", "food", "medicines", "drugs", "tablets"]

    /// Words of approximation before a number: "nearly 500,000", "about 200".
    static let approximations: WordSet = ["nearly", "almost", "about", "around", "roughly", "some", "approximately", "over"]

    /// What a claim for money is for: "claimed 20,000 pounds in expenses".
    static let claimedMoney: WordSet = ["expenses", "compensation", "damages", "refunds", "benefits", "allowances", "reimbursement"]

    /// Words a report names a person by once it has named them, beside an age ("the 27-year-old"): an epithet ("the
    /// teenager said"), with the gender it gives. (Peoples' words, "the Spaniard said", are `lexicons/demonyms.tsv`.)
    static let personEpithets = WordMap<String>([
        "teenager": "", "teen": "", "youngster": "", "pensioner": "", "veteran": "",
        "newcomer": "", "rookie": "", "schoolgirl": "female", "schoolboy": "male",
        "democrat": "", "republican": "", "tory": "", "libertarian": "", "socialist": "",
    ])

    /// The key an office of two title words is noted and looked up by: "vice president", "prime minister", from the first
    /// title word's token and the role word.
    static func officeKey(_ first: Token, _ role: String) -> String { "\(bare(first.lower)) \(role)" }

    /// Lower-case words of standing that may stand between "the" and an epithet: "the veteran Democrat", "the freshman
    /// Republican".
    static let epithetModifiers: WordSet = ["veteran", "longtime", "long-time", "former", "freshman", "first-term", "conservative",
                                            "liberal", "moderate", "progressive", "centrist", "senior", "junior", "young",
                                            "retiring", "outgoing", "embattled", "local"]

    /// Lower-case words of a player's or an artist's craft that may stand between "the" and their position: "the fast
    /// bowler", "the left-arm spinner", "the lead singer".
    static let craftModifiers: WordSet = ["fast", "left-arm", "right-arm", "opening", "teenage", "experienced", "lead",
                                          "star", "central", "holding", "attacking"]

    /// A word that names the person mentioned last, with "the": a people's ("the Croatian") or an epithet ("the
    /// teenager"), and the gender it implies ("" when none).
    func personEpithet(_ w: Word) -> String? { lexicon.demonyms.persons[w] ?? QuoteAttributor.personEpithets[w] }

    /// Lower-case words that place a name: "residents of nearby Wapping Road", "farmers in rural Norfolk".
    static let placeModifiers: WordSet = ["nearby", "neighbouring", "neighboring", "rural", "central", "northern", "southern",
                                          "eastern", "western", "coastal", "suburban", "downtown", "greater", "inner", "outer"]

    /// Parts of a place, before "of" and its name: "in parts of Cumbria", "in the north of England".
    static let placeParts: WordSet = ["parts", "part", "much", "most", "rest", "north", "south", "east", "west", "centre", "center",
                                      "heart", "outskirts", "suburbs"]

    /// Capitalised words that open a place's name of two words: "New Mexico", "South Carolina", "San Diego".
    static let placeOpeners: WordSet = ["new", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
                                        "san", "santa", "los", "las", "saint", "st", "upper", "lower", "greater"]

    /// Words that close a charity's or a body's name after a possessive: "Parkinson's UK", "Alzheimer's Research UK".
    /// (Not countries: "Trump's America", "Putin's Russia" are a possessor and a place.)
    static let scopeWords: WordSet = ["uk", "international", "cymru", "worldwide", "global"]

    /// Words of a public service that close a body's name: "Network Rail", "Thames Water", "British Gas", "Royal Mail",
    /// "Gatwick Airport".
    static let serviceHeads: WordSet = ["rail", "railway", "railways", "water", "gas", "mail", "trains", "buses", "airport", "ferries"]

    /// The seats of governments that news writes for the government itself: "Downing Street said", "the Kremlin denied".
    static func namesAGovernmentSeat(_ words: [Word]) -> Bool {
        switch words.count {
        case 1: return governmentSeatWords.contains(words[0])
        case 2: return words[0] == "downing" && words[1] == "street" || words[0] == "white" && words[1] == "house"
            || words[0] == "blue" && words[1] == "house"
        default: return false
        }
    }
    static let governmentSeatWords: WordSet = ["kremlin", "pentagon", "elysee", "élysée", "whitehall", "quirinale", "zhongnanhai"]

    /// Words that close a sports club's name: "Westbridge United", "Dale Rovers", "Luton Town FC". (Not "City", "Town" or
    /// "County", which close places as often.)
    static let clubNameEnds: WordSet = ["united", "rovers", "athletic", "albion", "wanderers", "hotspur", "fc", "afc", "rangers", "celtic"]

    /// Other words that close a body's name, and never a person's: "Human Rights Watch", "Skyline Air", "Capital
    /// Economics", "Pew Research", "Harbor Consulting". (Not after a possessive: "Moody's Analytics" keeps "Analytics".)
    static let bodyNameEnds: WordSet = ["watch", "air", "economics", "research", "analytics", "consulting", "advisory"]

    /// Forms of the verbs that give something a name in quotation marks: "called the book “...”".
    static let namingForms: WordSet = ["call", "calls", "called", "calling", "dubbed", "dubbing", "labelled", "labeled", "labelling",
                                       "labeling", "branded", "branding"]

    /// Nations a public body's name closes with: "Natural Resources Wales", "Harbour Services Scotland".
    static let servedNations: WordSet = ["england", "scotland", "wales", "ireland", "uk", "cymru", "international"]

    /// Collective nouns for people close to each other, whom a report calls "they": "His family ... They asked for privacy".
    static let collectiveKin: WordSet = ["family", "couple", "pair", "duo", "trio", "team", "band", "crew"]

    /// Words whose "'s" is "is" or "us", never a name's: "It's", "Let's", "That's", "There's".
    static let contractedOpeners: WordSet = ["it", "let", "that", "there", "here", "what", "who", "where", "how", "he", "she",
                                             "this", "when", "why", "everyone", "nobody", "somebody", "someone", "everybody"]

    /// Professions a report names someone by after a nationality, once it has quoted them: "the Portuguese coach",
    /// "the Spanish midfielder", "the Irish singer". (Not offices: "the French ambassador" is whoever holds it.)
    static let professionEpithets: WordSet = WordSet(["coach", "manager", "boss", "striker", "midfielder", "defender", "forward", "winger",
                                              "goalkeeper", "keeper", "player", "captain", "batter", "bowler", "driver", "rider",
                                              "batsman", "spinner", "seamer", "paceman", "all-rounder", "left-armer", "wicketkeeper",
                                              "cyclist", "swimmer", "sprinter", "runner", "golfer", "boxer", "fighter", "champion",
                                              "singer", "actor", "actress", "star", "author", "writer", "novelist", "director",
                                              "artist", "chef", "designer", "musician", "rapper", "comedian",
                                              "presenter", "poet", "playwright", "pianist", "dancer", "photographer", "filmmaker"])
        .union(awardEpithets)

    /// Epithets of those who won something, after the award's name: "the Bafta winner", "the Nobel laureate".
    static let awardEpithets: WordSet = ["winner", "laureate", "medallist", "medalist"]

    /// Professions above that lead others, so that "the manager" alone may be someone other than the person named
    /// last ("Rice scored twice. “...,” the manager said").
    static let rolesOverOthers: WordSet = ["coach", "manager", "boss", "captain", "director"]

    /// "That was the verdict of ...", "Those were the words of ...": the demonstrative and the copula.
    static let demonstratives: WordSet = ["that", "this", "those", "these"]
    static let copulaForms: WordSet = ["was", "is", "were", "are"]
    /// An age: a number, or a number in words, joined to "-old": "84-year-old", "6-month-old", "eight-year-old",
    /// "twenty-one-year-old". (One notion for every rule: a person may be named by an age however it is written.)
    static func isAge(_ t: Token) -> Bool {
        guard t.lower.endsWith("-old") else { return false }
        if t.kind == .number { return true }
        guard t.isWord, let dash = t.lower.utf8.firstIndex(of: UInt8(ascii: "-")) else { return false }
        return numberWords.contains(Word(base: t.lower.base, count: dash))
    }

    /// One or two words of a listener from `from`, then "was" or "is": "told parliament was", "told me is".
    static func listenerThenCopula(_ tokens: Tokens, from: Int, _ r: Range<Int>) -> Bool {
        guard let aux = scanRange(from: from + 1, upTo: min(r.upperBound, from + 3)).first(where: { passiveAuxiliaries.contains(tokens[$0]) }) else { return false }
        return (from..<aux).allSatisfy { tokens[$0].isWord && !nominativePronouns.contains(tokens[$0]) }
    }

    /// Participles that say where or by whom a source appeared: "published in", "commissioned by".
    static let publicationParticiples: WordSet = ["published", "released", "issued", "conducted", "commissioned", "compiled", "produced"]

    /// A comma, a semicolon or a coordinating conjunction, after which a new clause may open.
    static func opensClauseBefore(_ t: Token) -> Bool {
        t.punct == UInt8(ascii: ",") || t.punct == UInt8(ascii: ";") || t.lower == "and" || t.lower == "but" || t.lower == "or" || t.lower == "so"
    }

    /// Token `i` is a short number closing a name after a capitalised word: "Channel 4", "Formula 1", "No 10".
    /// (Not a date, "On September 11 officials said", nor a count after a determiner opening the sentence, "The 29 New
    /// Yorkers wounded".)
    static func isNameNumber(_ tokens: Tokens, _ i: Int, after lowerBound: Int) -> Bool {
        tokens[i].kind == .number && tokens[i].lower.utf8.count <= 3 && tokens[i].lower.utf8.allSatisfy({ $0 &- 0x30 < 10 })
            && i > lowerBound && tokens[i - 1].isWord && tokens[i - 1].capitalized && !QuoteLexicon.calendarWords.contains(tokens[i - 1])
            && !QuoteLexicon.determiners.contains(tokens[i - 1])
    }

    /// The sentence `r` (of three tokens or more) opens "That was", "Those were": a verdict or a "how" that
    /// points back at the quotation before.
    static func opensWithDemonstrativeCopula(_ tokens: Tokens, _ r: Range<Int>) -> Bool {
        demonstratives.contains(tokens[r.lowerBound]) && copulaForms.contains(tokens[r.lowerBound + 1])
    }

    /// Gerunds that open a sentence as no one's name: "Having said that", "Being honest, ...".
    static let openingGerunds: WordSet = ["having", "being", "getting", "feeling", "seeing", "hearing", "knowing", "thinking"]

    /// Conjunctions and linking adverbs that may stand before "according to" opening a sentence.
    static let sourceLeads: WordSet = ["but", "and", "yet", "so", "still", "however", "meanwhile", "now", "instead"]

    /// Where the sentence goes on after a linking adverbial and its comma that open it, before `end`: "However,", "In
    /// addition,", "By contrast,". Nil when none opens it.
    static func afterLinkingAdverbial(_ tokens: Tokens, _ r: Range<Int>, before end: Int) -> Int? {
        let a = r.lowerBound
        if a + 2 < end, linkingAdverbs.contains(tokens[a]), tokens[a + 1].punct == UInt8(ascii: ",") { return a + 2 }
        if a + 3 < end, tokens[a + 2].punct == UInt8(ascii: ","), let second = linkingPhrases[tokens[a]], second.contains(tokens[a + 1]) { return a + 3 }
        return nil
    }
    /// One-word linking adverbs: "However,", "Meanwhile,".
    static let linkingAdverbs: WordSet = ["however", "meanwhile", "moreover", "furthermore", "additionally", "nevertheless",
                                          "nonetheless", "separately", "similarly", "likewise", "still", "instead", "indeed"]
    /// Two-word linking adverbials by their first word: "in addition", "by contrast", "even so".
    static let linkingPhrases: WordMap<WordSet> = WordMap(["in": WordSet(["addition", "contrast"]), "by": WordSet(["contrast"]),
                                                           "even": WordSet(["so"])])

    /// The nouns and determiners of "came the reply", "came a swift response", "came his answer".
    static let replyNouns: WordSet = ["reply", "response", "answer", "retort", "rejoinder", "riposte"]
    static let replyDeterminers: WordSet = ["the", "a", "his", "her", "their", "its", "one"]

    /// Nouns for what a quotation was, in "That was the verdict of ...".
    static let verdictNouns: WordSet = ["verdict", "view", "message", "reaction", "response", "assessment", "warning", "conclusion",
                                        "judgment", "judgement", "opinion", "advice", "answer", "reply", "plea", "prediction", "promise",
                                        "words", "comments", "remarks", "thoughts"]

    /// Roles that speak for an organisation: "a spokesman for Harbour Link" gives the organisation's words.
    static let spokesWords: WordSet = ["spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative"]

    /// Adverbs of time before a subordinator: "soon after", "shortly before", "just as".
    static let timeLeads: WordSet = ["soon", "shortly", "just", "right", "long", "moments", "minutes", "hours", "days", "weeks"]
    /// Adjectives that open a noun phrase and never stand as a clause's subject, so an "-es" word after them is a plural
    /// noun: "new rules", "tougher measures", "landmark rules", "sweeping changes".
    static let adjectivesBeforePlurals: WordSet = ["new", "fresh", "further", "additional", "extra", "tougher", "stricter", "tighter",
                                                   "sweeping", "landmark", "major", "radical", "draft"]
    /// Adverbs of time relative to the day they open: "early on Wednesday", "late last night", "later that day".
    static let relativeTimes: WordSet = ["early", "late", "earlier", "later"]
    /// Words that open what follows a described speaker's head noun: "a person familiar with", "an aide to", "a report in".
    static let postModifierWords: WordSet = ["familiar", "close", "with", "to", "at", "for", "from", "in", "of", "on", "by", "who", "briefed"]
    /// Group nouns that close the names of bodies, not of groups of people: "Global Media", "Avon Police", "Port Authorities".
    static let bodyPlurals: WordSet = ["media", "police", "authorities", "sources", "polls", "governments"]

    /// Words of degree before an adjective: "the most telling", "so damning".
    static let degreeWords: WordSet = ["most", "more", "less", "least", "very", "so", "too", "really", "particularly"]
    /// Verbs that compare a figure with a forecast: "beat forecasts", "missed estimates".
    static let comparisonVerbs: WordSet = ["beat", "beats", "missed", "misses", "exceeded", "exceeds", "topped", "tops", "surpassed",
                                           "surpasses", "matched", "matches", "met", "raised", "lowered", "revised", "trimmed", "cut"]

    /// Works a writer writes, which "write" after a count takes as an object that is no speech ("wrote three novels").
    static let writtenWorks: WordSet = ["novel", "novels", "book", "books", "song", "songs", "play", "plays", "poem", "poems",
                                        "script", "scripts", "screenplay", "screenplays", "opera", "operas", "symphony", "symphonies",
                                        "memoir", "memoirs", "biography", "biographies", "album", "albums", "stories", "bestsellers"]

    /// Counts without a number: "wrote dozens of songs".
    static let manyWords: WordSet = ["several", "many", "dozens", "hundreds", "scores", "numerous"]

    /// Pronouns for anyone at all, whose "who says" is no one's speech: "Anyone who says ...".
    static let anyPerson: WordSet = ["anyone", "anybody", "everyone", "everybody", "nobody"]

    /// Title abbreviations with the role word they stand for: "Gov. Alan Mercer" is "the governor".
    static let titleAbbreviations = WordMap<String>(["gov": "governor", "sen": "senator", "rep": "representative",
                                                     "gen": "general", "col": "colonel", "lt": "lieutenant", "capt": "captain",
                                                     "sgt": "sergeant", "adm": "admiral", "cmdr": "commander", "det": "detective",
                                                     "insp": "inspector", "supt": "superintendent", "maj": "major"])

    /// A word that names a person by their occupation through its ending: "volcanologist", "cartographer", "technician",
    /// "columnist" (eight letters or more for "-ist", so not "Christ" or "Chemist", also a shop's name).
    static func namesAnOccupation(_ w: Word) -> Bool {
        w.endsWith("ologist") || w.endsWith("ographer") || w.endsWith("ician") || w.utf8.count >= 8 && w.endsWith("ist")
    }

    /// Participles of the courts and the police that follow a person's noun as a reduced relative clause: "a nurse accused of
    /// ...", "a man charged with ...", "a doctor struck off for ...".
    static let accusedParticiples: WordSet = ["accused", "charged", "convicted", "cleared", "jailed", "suspected", "sentenced",
                                              "arrested", "acquitted", "struck", "banned", "fined", "sacked", "suspended",
                                              "detained", "wanted", "injured", "rescued", "hurt"]

    /// Common nouns for one person, with the gender they carry ("" for none): "One resident ... said.
    /// “...,” she said" can then name the resident, as a role word does.
    static let personNouns = WordMap<String>(["resident": "", "witness": "", "neighbour": "", "neighbor": "", "woman": "female",
                                              "man": "male", "passenger": "", "driver": "", "customer": "", "shopper": "",
                                              "bystander": "", "student": "", "voter": "", "supporter": "", "protester": "",
                                              "victim": "", "survivor": "", "parent": "", "farmer": "", "worker": "",
                                              "employee": "", "local": "", "visitor": "", "patient": "", "owner": "",
                                              "girl": "female", "boy": "male", "mother": "female", "father": "male",
                                              "billionaire": "", "millionaire": "", "tycoon": "", "tenant": "", "pensioner": "",
                                              "teenager": "", "homeowner": "", "commuter": "", "pupil": "", "tourist": "",
                                              "veteran": "", "soldier": "", "refugee": "", "migrant": "", "widow": "female",
                                              "daughter": "female", "son": "male", "wife": "female", "husband": "male",
                                              "participant": "", "volunteer": "", "respondent": "", "attendee": "", "applicant": "",
                                              "claimant": "", "donor": "", "cyclist": "", "pedestrian": "", "motorist": "",
                                              "viewer": "", "listener": "", "contestant": "", "hiker": "", "traveller": "",
                                              "traveler": "", "onlooker": "", "eyewitness": "", "mourner": "",
                                              "assistant": "", "caller": "", "reader": "", "guest": "", "spectator": "",
                                              "campaigner": "", "subscriber": "", "diner": "", "buyer": "",
                                              "landlord": "", "householder": "", "opponent": "", "rival": ""])

    /// Subordinate and relative words that, after an attribution set between commas, continue the
    /// sentence it interrupts: "Lenox thrived, Clarke said, until it went bankrupt".
    static let continuingSubordinators: WordSet = ["until", "because", "unless", "since", "where", "which", "who", "whose"]

    /// Adverbs that can stand before "that" without being speech: "said only that ...".
    static let focusingAdverbs: WordSet = ["only", "simply", "merely", "just"]
    /// Words a naming verb takes as its object before a quotation: "calling it “a joke”".
    static let namedObjects: WordSet = ["it", "her", "this", "that"]
    /// Contractions of "has" or "is" that look like possessives: "he's said", "it's claimed".
    static let contractedSubjects: WordSet = ["he's", "she's", "it's", "that's", "who's", "there's", "what's", "one's"]

    /// Modal verbs: what follows them is possible, not done ("would do well to ...").
    /// Prepositions before a gerund that make it a circumstance inside a reported clause ("fired after
    /// calling the hotline"); "while" and "by" lead the speaker's own concurrent act instead.
    static let gerundCircumstanceLeads: WordSet = ["after", "before", "without", "for", "of", "about"]

    /// Nouns for places, which a name in apposition to them is ("A town, Port Alder, ...").
    static let placeNouns: WordSet = ["city", "town", "village", "country", "state", "capital", "region", "district", "island",
                                      "county", "province", "nation", "port", "suburb", "neighborhood", "neighbourhood", "river"]

    /// Nouns that close the name of a place or a thing, which a first name or a title inside it does not make a
    /// person: "Queen Elizabeth Hospital", "James Webb Space Telescope", "George Washington Bridge".
    /// (Not nouns that are common surnames too: "Park", "Hall", "Church", "Tower".)
    static let thingNameHeads: WordSet = ["hospital", "telescope", "bridge", "street", "road", "avenue", "boulevard", "square",
                                          "stadium", "arena", "station", "airport", "building", "theatre", "theater", "prize",
                                          "award", "trophy", "memorial", "tunnel", "highway", "school", "museum", "gallery",
                                          "library", "partnership", "cathedral", "infirmary", "church", "chapel", "mosque", "synagogue",
                                          "hospice", "clinic"]

    /// Nouns that open the name of a weather system, which is no person's though it is given a first name and
    /// "brings" or "hits" as a person does: "Storm Hilde", "Hurricane Maria", "Cyclone Idai".
    static let weatherSystemNouns: WordSet = ["storm", "hurricane", "typhoon", "cyclone"]

    /// Subject pronouns that stand for the people in a story ("and she closed it").
    static let personalSubjects: WordSet = ["he", "she", "i", "we", "you"]

    /// The shapes of "heard" and "told", which a forum's evidence is reported with.
    static let heardShape = WordShape.key("heard"), toldShape = WordShape.key("told")
    /// The marks of a clock time's half of the day: "9:15 a.m.", "09:47 am".
    static let clockSuffixes: WordSet = ["a.m.", "p.m.", "a.m", "p.m", "am", "pm"]

    /// Pronouns that are a clause's subject: "as she hurried", "said she thinks".
    static let nominativePronouns: WordSet = ["he", "she", "they", "we", "i"]
    /// The writer's own voice outside quotation marks: "Not important enough, I guess."
    static let firstPersonSubjects: WordSet = ["i", "we"]
    /// "sources close to Downing Street", "officials loyal to the general": between people and whom they know.
    static let closenessWords: WordSet = ["close", "closest", "closer", "loyal", "near"]
    /// People inside an institution who pass on what others said: "She said the official had said that ...".
    static let insiderNouns: WordSet = ["official", "aide", "adviser", "advisor", "insider", "staffer"]
    /// A singular subject pronoun for one person.
    static let personalPronouns: WordSet = ["he", "she"]

    /// Particles that open a surname of two words ("Van Sant", "De Niro", "McAllister" aside).
    static let surnameParticles: WordSet = ["van", "von", "de", "di", "du", "da", "le", "mc", "mac", "o", "st"]

    /// Words that open a speaker's turn, not a report: "Well, ...", "Look, ...", "Yes. ...".
    static let speechOpeners: WordSet = ["well", "look", "yes", "yeah", "no", "oh", "um", "uh", "so", "listen", "thank", "thanks"]

    /// Words of the first and second person, with which a speaker's own words speak ("we will win", "you know").
    static let speakersOwnWords: WordSet = ["i", "me", "my", "we", "us", "our", "you", "your", "we're", "we've", "we'll", "we'd",
                                            "you're", "you've", "you'll"]

    /// Words that stand for people on their own before a relative clause without "who": "Those we
    /// asked said", "Others we spoke to said".
    static let contactClauseHeads: WordSet = ["those", "many", "some", "most", "several", "few", "all", "others"]

    /// Relative pronouns that open a clause about the phrase before them.
    static let relativePronouns: WordSet = ["which", "who", "whom"]

    /// Words of degree that make "known" an adjective of fame: "best known", "little known", "widely known".
    static let degreesOfFame: WordSet = ["best", "well", "better", "little", "lesser", "least", "widely", "most", "less"]

    /// Plurals of nouns that are also reporting verbs' "-s" forms: "renewed fears", "raised hopes", "dismissed claims",
    /// "announced plans to", "faced calls to resign", "denied reports that".
    static let nounlikePlurals: WordSet = ["fears", "hopes", "claims", "promises", "doubts", "demands", "concerns", "plans", "calls", "pledges",
                                           "vows", "appeals", "estimates", "forecasts", "reports"]

    /// Words after a participle that leave it a participle, "Workers laid off say", "Those interviewed there say":
    /// particles and adverbs of place and time.
    static let adverbsAfterParticiples: WordSet = ["off", "out", "up", "down", "away", "back", "over", "here", "there", "nearby",
                                                   "abroad", "elsewhere", "online", "overnight", "yesterday", "today", "tonight",
                                                   "earlier", "later", "now", "then", "too", "also", "again", "alone", "together",
                                                   "already", "still", "since", "before", "afterwards", "first", "last", "most"]

    /// Finite forms of "say" and "tell", the verbs a relative clause without "who" comes before.
    static let sayForms: WordSet = ["said", "says", "say", "told", "tells", "tell"]

    static let modals: WordSet = ["would", "should", "could", "might", "must"]
    /// Helper verbs that are also given names and end a phrase read back as breakers: "Will Barclay". ("may" is no
    /// breaker, so "May" needs no entry there.)
    static let helperNames: WordSet = ["will"]
    /// Modals and the future: a verb after them is a predicate still to happen ("and would announce").
    static let modalsAndFuture: WordSet = modals.union(["will", "can", "may", "shall"])
    /// Helper verbs that open a finite verb group ("will face", "did not speak", "was furious").
    static let finiteAuxiliaries: WordSet = ["will", "would", "shall", "should", "can", "could", "may", "might", "must",
                                             "has", "have", "had", "did", "does", "do", "is", "was", "are", "were"]

    /// Adverbs that focus the phrase after them and belong to no name ("Even China", "Only Smith").
    static let focusAdverbs: WordSet = ["even", "only", "just", "especially", "particularly", "notably"]

    /// Words that may stand right before a verb without being its subject ("and accuse", "to question").
    static let functionWordsBeforeVerbs: WordSet = ["and", "or", "but", "nor", "to", "not", "never", "also", "then", "even",
                                                        "still", "often", "always", "now", "just", "only", "who", "that", "which"]

    /// Adverbs of time or frequency between a plural subject and its present verb: "visitors still come", "parents
    /// often forget".
    static let preverbalAdverbs: WordSet = ["still", "also", "often", "always", "never", "already", "sometimes", "now", "even",
                                            "just", "seldom", "increasingly"]

    static let singularDeterminers: WordSet = ["a", "an", "one", "each", "every"]

    /// Words after which a verb-like word is a noun: "the claims", "his latest remarks".
    static let beforeNouns: WordSet = ["to", "the", "a", "an", "this", "his", "her", "their", "its", "our", "my", "your",
                                           "these", "those", "latest", "recent", "new", "several", "such", "many", "no", "another",
                                           "low", "high", "eventual", "public", "political", "following", "same", "first",
                                           "final", "previous", "own"]

    /// Quantities before "of" in a subject: "one of his advisers", "74 percent of voters".
    static let ofQuantities: WordSet = ["one", "some", "many", "most", "several", "each", "none", "all", "both", "few",
                                            "percent", "majority", "half", "third", "quarter", "number", "dozens", "hundreds"]

    /// Prepositions that open a circumstance, not an object: "appealed after ...", "following ...", "amid ...".
    static let occasionLeads: WordSet = ["after", "following", "amid"]
    /// Nouns for a body that owns another, between the two names: "British Gas owner Centrica", "Google parent Alphabet".
    static let ownerNouns: WordSet = ["owner", "parent", "operator"]
    /// Nouns for how many, which "a" or "one" opens without naming one person: "a number of voters".
    static let quantityNouns: WordSet = ["number", "majority", "minority", "handful", "couple", "lot", "series", "range", "total"]
    /// Words that introduce one person not named yet: "a", "an", "one", "another".
    static let oneOf: WordSet = ["a", "an", "one", "another"]
    /// Words that make a count approximate or a bound, right before it: "about 40 backbenchers", "nearly 300 doctors".
    static let countApproximators: WordSet = ["about", "around", "over", "under", "nearly", "almost", "roughly", "approximately",
                                              "some", "only", "just", "barely", "perhaps", "fully"]
    /// A two-word bound right before a count: "at least", "at most", "more than", "fewer than", "less than", "up to".
    static func boundsCount(_ first: Token, _ second: Token) -> Bool {
        switch first.lower {
        case "at": second.lower == "least" || second.lower == "most"
        case "more", "fewer", "less": second.lower == "than"
        case "up": second.lower == "to"
        default: false
        }
    }
    /// Quantifiers that stand for a group already named: "To varying degrees, all agreed that ...".
    static let quantifierPronouns: WordSet = ["all", "both", "many", "most", "some", "several", "others", "few"]

    /// Pronouns for no one, someone or anyone: a phrase of their own, never a name, capitalised or not ("Nobody said").
    static let personPronouns: WordSet = ["nobody", "everyone", "everybody", "someone", "somebody", "anyone", "anybody"]
    /// Those and the distributive pronouns, which a sentence may open on but which never name anyone: "Each said",
    /// "Neither would comment".
    static let namelessPronouns: WordSet = personPronouns.union(["each", "either", "neither"])

    /// Pronouns that are a phrase of their own: "nobody said", "everyone agreed".
    /// ("“...,” one wrote": a number standing for a person; "no one" too.)
    static let indefinitePronouns: WordSet = personPronouns.union(["one"])

    /// Units of a distance in time: ", hours after", ", a week before", "said months ago that".
    static let timeDistanceUnits: WordSet = ["minutes", "minute", "hours", "hour", "days", "day", "weeks", "week", "months", "month",
                                             "years", "year", "decades", "decade", "moments", "moment"]
    /// Words of quantity before such a unit: ", just days after", ", a few hours before", "many years ago".
    static let timeQuantities: WordSet = ["a", "an", "few", "several", "many", "just", "only", "mere", "some", "barely", "hardly"]

    /// Words that make "read" a noun, a book's quality: "a good read", "a must read".
    static let readQualities: WordSet = ["good", "great", "quick", "easy", "must", "fun", "gripping", "compelling", "essential",
                                         "fascinating", "interesting", "hard", "tough", "light", "long", "short", "worthwhile", "riveting"]

    /// Number words that head a quantity ("Twenty-seven states ..."): with them "states" is a plural noun.
    static let numberWords: WordSet = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                           "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
                                           "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "million",
                                           "millions", "dozen", "dozens"]

    /// "everything X says is ...": heads of a relative clause whose verb reports nothing.
    static let freeRelativeHeads: WordSet = ["everything", "anything", "nothing", "something", "all", "whatever"]

    // MARK: Verbs

    /// Helper verbs that stand between a subject and its verb ("has said", "would argue").
    static let auxiliaries: WordSet = ["could", "would", "will", "can", "may", "might", "should", "must", "shall",
                                           "is", "are", "was", "were", "has", "have", "had"]

    /// Forms of "be" that make a participle passive ("was told", "is expected").
    static let passiveAuxiliaries: WordSet = ["is", "was", "are", "were", "be", "been", "being"]

    /// Helper verbs and copulas: a finite clause holds one of them or a verb form.
    /// Words that open another clause inside a speech noun's content, so a verb after them is that
    /// clause's, not the writer's ("his claim that the vote was rigged and the count was wrong").
    static let innerClauseOpeners: WordSet = ["and", "but", "or", "that", "who", "which", "what", "how", "why", "where", "whether",
                                              "if", "because", "when", "while", "as"]
    /// Framings of cues that report a plan, a commitment or a view rather than speech ("plans to",
    /// "agreed to", "were frustrated that"): "according to" keeps its source beside them.
    static let heldFramings: [ReportingVerbs.Frame] = [.intention, .agreement, .attitude]
    /// Lower-case particles inside personal names ("Bill de Blasio", "Ursula von der Leyen").
    static let nameParticles: WordSet = ["de", "del", "della", "dello", "delle", "degli", "dei", "di", "da", "do", "van", "von", "der", "den", "la",
                                         "le", "du", "des", "dos", "das", "bin", "ibn", "ten", "ter"]
    static let nameParticleShapes = ShapeFilter(nameParticles)

    /// Past the particles (up to three) opening a surname at `k` to its last word, when a capitalised word follows them:
    /// "van der Berg", "De la Cruz"; `k` itself otherwise.
    static func pastNameParticles(_ tokens: Tokens, _ k: Int, _ end: Int) -> Int {
        var last = k
        while last + 1 < end, last - k < 3, nameParticles.contains(tokens[last]), tokens[last + 1].isWord, tokens[last + 1].capitalized { last += 1 }
        return last
    }

    /// Words opening an embedded question ("asked the chairwoman why ...").
    static let questionWords: WordSet = ["why", "whether", "how", "what", "when", "where", "who", "if"]

    /// Verbs of knowing among the confirmation cues: before a question they report no speech ("understand how",
    /// "know why"), where "revealed how" and "clarified why" do.
    static let knowingLemmas: WordSet = ["understand", "know", "realize", "realise", "recognize", "recognise", "learn"]
    /// Verbs of knowing and thinking, by lemma: what follows them was not said by their subject, so a quotation after them
    /// inside another speaker's mixed quote is that speaker's wording (`quotedThoughtsAreTheReporters`). (Beside
    /// `knowingLemmas`, which keeps "learn" and the British spellings for cue finding; this list never had them.)
    static let thinkingLemmas: WordSet = ["understand", "know", "believe", "think", "feel", "recognize", "realize", "fear", "hope",
                                          "expect", "doubt", "suspect", "assume"]
    static let clauseMarkers: WordSet = ["is", "are", "was", "were", "be", "been", "being", "am", "will", "would",
                                             "can", "could", "should", "shall", "may", "might", "must", "has", "have",
                                             "had", "do", "does", "did", "not", "it's", "he's", "she's", "that's",
                                             "there's", "won't", "can't", "don't", "doesn't", "didn't", "isn't", "wasn't",
                                             // ("the village's roads cannot cope", "they're ready": every negated helper, and a
                                             // pronoun with its helper written on.)
                                             "cannot", "aren't", "weren't", "hasn't", "haven't", "hadn't", "couldn't", "wouldn't",
                                             "shouldn't", "mustn't", "needn't", "they're", "we're", "you're", "i'm", "they've",
                                             "we've", "i've", "you've", "they'll", "we'll", "i'll", "he'll", "she'll", "it'll",
                                             "he'd", "she'd", "they'd", "we'd", "i'd", "you'd"]

    /// Past participles not in "-ed" that describe a noun before a preposition: "a letter sent to tenants", "a report
    /// written by staff", "a survey taken in May".
    static let irregularParticiples: WordSet = ["sent", "written", "given", "taken", "seen", "held", "led", "brought", "shown",
                                                "drawn", "chosen", "built", "sold", "paid", "kept", "made", "found", "known", "heard",
                                                "caught", "stolen", "hidden", "spent", "bought", "lost", "won", "told", "hit", "hurt",
                                                "struck", "beaten", "broken", "driven", "thrown", "shaken", "torn", "left", "cut"]

    /// A past participle after its noun, before "by": "used by", "backed by", "run by" ("run" is read as a participle
    /// only there: "the company run by her son"). (Only read before "by".)
    static func isPassiveParticiple(_ t: Token) -> Bool {
        t.isWord && !t.capitalized && (t.lower.count >= 4 && t.lower.endsWith("ed") || irregularParticiples.contains(t) || t.lower == "run")
    }

    /// A record or a text, which speaks for whoever wrote or issued it: "figures", "a statement", "a video".
    static func namesAText(_ w: Word) -> Bool {
        records.contains(w) || issuedTexts.contains(w) || postedTexts.contains(w) || writtenTexts.contains(w)
    }

    /// The same for a word held in a `String` (a description's head noun).
    static func namesAText(_ w: String) -> Bool {
        var w = w
        return w.withUTF8 { namesAText(Word(base: $0.baseAddress, count: $0.count)) }
    }

    /// Common irregular past forms, which the "-ed" test misses: "The top fifth paid 69 percent".
    static let irregularPast: WordSet = [
        "paid", "hit", "cost", "hurt", "spread", "shut", "quit", "made", "won", "lost", "got", "went", "came", "took", "gave", "left", "kept", "held", "led",
        "sent", "spent", "put", "set", "cut", "ran", "saw", "knew", "thought", "felt", "found", "brought", "bought",
        "began", "grew", "rose", "fell", "met", "sold", "built", "became", "meant", "stood", "struck", "fought",
        "wrote", "drew", "broke", "chose", "drove", "spoke", "understood", "fled", "shot", "stole", "sought", "taught",
        "sang", "ate", "flew", "threw", "wore", "swore", "slept", "sat", "heard", "hid", "rode", "shook", "woke", "read",
        "forgot", "withdrew", "tore", "sank", "swam", "rang", "dug", "hung", "fed", "lent", "bent", "caught",
    ]

    /// Verbs whose object is the listener ("told reporters", "told The Huffington Post"): the listener
    /// is neither the content nor an inverted speaker.
    static let listenerVerbs: WordSet = ["tell", "ask", "inform", "assure", "warn", "remind"]
    /// Verbs of promising, whose listener may stand before "that": "promised voters that ...".
    static let promiseVerbs: WordSet = ["promise", "pledge", "vow", "swear", "guarantee"]
    /// Bodies that hear what is said without being organisations that speak: "told jury", "tells rally".
    static let listenerNouns: WordSet = ["jury", "jurors", "tribunal", "panel", "inquiry", "hearing", "audience", "crowd", "rally",
                                         "mps", "peers", "delegates", "conference", "summit"]
    /// Suffixes that close a name by its generation: "Martin Luther King III", "Robert Downey Jr.".
    static let generationSuffixes: WordSet = ["jr", "sr", "ii", "iii", "iv"]
    /// Gatherings whose "of" names who attends, the listener's phrase going on past it: "told a meeting of party members".
    static let gatheringNouns: WordSet = ["meeting", "audience", "gathering", "conference", "crowd", "rally", "group", "room",
                                          "roomful", "delegation", "congregation", "assembly", "convention", "panel", "committee"]
    /// The capitalised last words of news outlets' names: "the Washington Post", "Sky News", "the Associated Press".
    static let outletHeads: WordSet = ["press", "news", "times", "post", "journal", "herald", "telegraph", "guardian", "mail", "express",
                                       "mirror", "tribune", "gazette", "chronicle", "observer", "independent", "standard", "radio",
                                       "tv", "television", "today", "magazine", "examiner", "inquirer", "enquirer", "courier",
                                       "dispatch", "globe", "insider", "bulletin", "record", "register", "star"]

    /// "told the Washington Post Trump had lied", "told Sky News Boris Johnson had ...": in the run of up to seven
    /// capitalised words from `s`, which a verb follows, the end of a news outlet's name (its last word one of
    /// `outletHeads`) before the name that is the speech's subject; nil when there is none.
    static func outletNameEnd(_ tokens: Tokens, from s: Int, _ limit: Int) -> Int? {
        guard let e = capitalisedRunBeforeVerb(tokens, from: s, limit), e - s >= 2,
              let m = (s..<(e - 1)).last(where: { outletHeads.contains(tokens[$0]) }) else { return nil }
        return m + 1
    }

    /// Where the run of up to seven capitalised words from `s` ends when a lower-case verb or helper follows it before
    /// `limit`: a listener's name and the subject of the speech after it, "Sky News Boris Johnson had"; nil otherwise.
    static func capitalisedRunBeforeVerb(_ tokens: Tokens, from s: Int, _ limit: Int) -> Int? {
        var e = s
        while e < limit, e - s < 7, tokens[e].isWord, tokens[e].capitalized { e += 1 }
        guard e < limit, tokens[e].isWord, !tokens[e].capitalized,
              finiteAuxiliaries.contains(tokens[e]) || looksLikeVerb(tokens[e]) else { return nil }
        return e
    }

    /// Media after an outlet's name, part of the listener: "told Cadena SER radio", "told Channel 4 television".
    static let mediumNouns: WordSet = ["radio", "television", "tv", "programme", "program", "podcast", "station", "network", "newspaper",
                                       "magazine", "website", "channel", "broadcaster"]
    /// Listener verbs never inverted with their speaker ("“...,” said Lee", but not "told Lee").
    static let listenerOnlyVerbs: WordSet = ["tell", "inform", "assure", "remind"]
    /// Verbs that may name a listener, whose passive subject, as a listener-only verb's, is the listener and whose agent
    /// after "by" speaks: "was warned by police that".
    static let warningListenerVerbs: WordSet = ["warn", "advise", "notify"]
    /// Words right after a listener's verb that show no listener came first: "was told he must", "was told to leave".
    static let listenerlessOpeners: WordSet = ["he", "she", "they", "i", "we", "it", "that", "to", "there"]
    /// Verbs that ask or tell someone to act and always name whom first ("urged ministers to act"): right before "to"
    /// and a verb they are passive ("Ministers urged to act").
    static let listenerFirstRequests: WordSet = ["urge", "implore", "advise", "exhort", "tell", "remind"]

    /// Verbs that end a run of capitalised words ("Donald Trump Is Right", "Ames Says"). Not
    /// "May" or "Will", which are also names.
    static let nameBreakers: WordSet = ["is", "are", "was", "were", "has", "have", "had", "does", "did",
                                            "says", "said", "tells", "told"]

    /// Framings whose content may be an infinitive: "wants to ...", "vowed to ...", "urged X to ...".
    static let infinitiveFramings: [ReportingVerbs.Frame] = [.intention, .assertive, .directive, .agreement]

    // MARK: Time

    /// Days of the week, for "said Friday" and "“...,” he said Monday".
    static let weekdays: WordSet = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    static let months: WordSet = ["january", "february", "march", "april", "may", "june", "july", "august",
                                  "september", "october", "november", "december"]

    /// Times that may stand between a subject and its verb ("Trump this week said").
    static let timeNouns: WordSet = weekdays.union(["weekend", "week", "month", "year", "morning", "afternoon", "evening", "night"])

    /// Determiners that open a noun a relative clause without "that" may describe ("The book she wrote").
    static let contactClauseDeterminers: WordSet = ["the", "this", "that", "these", "those", "his", "her", "their", "our",
                                                    "my", "its", "every", "each"]

    /// Adverbs of time or place that may stand where a noun would, before a pronoun subject: "today they want to leave".
    static let adverbsLikeNouns: WordSet = ["today", "yesterday", "tonight", "tomorrow", "here", "there", "instead", "too", "ago", "already"]
    /// Words after an infinitive's verb that leave it without an object: "to sign soon", "to speak again".
    static let objectlessAdverbs: WordSet = ["soon", "now", "later", "again"]
    /// Determiners of a phrase of time after a verb: "this summer", "next year", "last week".
    static let timeDeterminers: WordSet = ["this", "next", "last"]

    /// Nouns of a moment that, after a determiner, say when ("The day she said", "That time he wrote").
    static let clauseTimeNouns: WordSet = ["day", "days", "time", "times", "moment", "hour", "hours", "minute", "minutes", "later"]

    /// A word of a phrase of time: a time noun, a weekday, a month or a number ("Tuesday afternoon", "May 2019").
    static func isTimeWord(_ t: Token) -> Bool {
        timeNouns.contains(t) || t.kind == .number || QuoteLexicon.calendarWords.contains(bare(t.lower))
    }

    /// A year of four digits from 1900 to 2099 ("in 2019").
    static func isYear(_ t: Token) -> Bool {
        let w = t.lower.utf8
        return t.kind == .number && w.count == 4 && (w[0] == UInt8(ascii: "1") && w[1] == UInt8(ascii: "9") || w[0] == UInt8(ascii: "2") && w[1] == UInt8(ascii: "0"))
    }

    /// Verbs of seeing, hearing and recording, whose object speaks in an "-ing" cue after it: "caught him calling".
    static let perceptionVerbs: WordSet = ["caught", "catch", "catches", "heard", "hear", "hears", "overheard", "filmed", "films",
                                           "recorded", "records", "captured", "captures", "saw", "seen", "see", "sees",
                                           "showed", "shows", "show", "shown"]

    /// Months that are surnames too: "Theresa May", "Brian May".
    static let monthSurnames: WordSet = ["may", "june", "april", "august"]

    /// Words before a time noun: "this week", "last month", "on Monday".
    static let timeModifiers: WordSet = ["this", "last", "next", "on", "early", "late", "earlier", "later"]
    /// Words of time that `timeNouns` leaves out, for a time phrase before a subject: "The next day he ...", "Two days later
    /// she ...".
    static let timeSpanWords: WordSet = ["day", "days", "nights", "weeks", "months", "years", "hours", "minutes", "moment", "time"]

    // MARK: Nouns and labels

    /// Nouns for what someone said, which can introduce a quotation after a colon ("made the
    /// following comment:").
    static let introducingNouns: WordSet = ["comment", "comments", "statement", "remarks", "words", "message", "tweet"]

    /// Where something was said: "in a statement", "at a rally", "in early-morning tweets".
    static let speechVenues: WordSet = ["statement", "interview", "speech", "letter", "conference", "rally", "debate",
                                            "forum", "hearing", "tweet", "post", "op-ed", "briefing", "address", "remarks",
                                            "tweets", "posts", "statements", "interviews", "speeches", "letters",
                                            // ("called for a ceasefire in his Christmas message", "in a sermon", "in an email to staff")
                                            "message", "messages", "sermon", "homily", "podcast", "email", "emails",
                                            // ("..., in an unusually direct intervention in politics", "in a television appearance")
                                            "intervention", "interventions", "appearance", "appearances", "comments"]

    /// Participles of receiving a text: "a memo obtained by The Chronicle", "documents seen by Reuters".
    /// The one after "by" holds the text and did not write it.
    /// "figures published by NHS England", "a poll conducted by YouGov": the agent after these made the record, and
    /// speaks through it. (Not "commissioned": who pays for a study did not write it.)
    static let publishingParticiples: WordSet = ["published", "released", "compiled", "issued", "produced", "conducted", "collected",
                                                 "announced"]
    static let receivingParticiples: WordSet = ["obtained", "seen", "reviewed", "received", "viewed", "acquired", "examined"]

    /// Participles after which the people before them speak, not the agent: asking them for their views ("economists
    /// polled by Reuters", "voters surveyed by Gallup") or leading them ("researchers led by Dr Hana Sato").
    static let askedOrLedParticiples: WordSet = ["polled", "surveyed", "interviewed", "questioned", "asked", "contacted", "consulted",
                                                 "led", "headed"]

    /// Records that show what they hold: the subjects of an `evidence` verb without "that".
    static let records: WordSet = ["poll", "polls", "survey", "surveys", "average", "averages", "analysis", "analyses", "study", "studies",
                                       "report", "reports", "video", "videos", "footage", "data", "figures", "numbers",
                                       "results", "transcript", "records", "documents", "document", "tally", "research",
                                       "chart", "map", "slide", "photo", "photos", "image", "images", "recording", "count",
                                       "minutes", "lawsuit", "lawsuits", "filing", "indictment", "complaint", "review", "reviews",
                                       "audit", "audits", "investigation", "investigations", "inquiry", "inquiries", "enquiry", "enquiries",
                                       "census", "statistics", "estimates", "projections"]

    /// Texts that speak for whoever issued them, so "It says ..." after one reports it.
    static let writtenTexts: WordSet = ["memo", "complaint", "lawsuit", "filing", "order", "email", "notice", "ruling",
                                            "ad", "advertisement", "bill", "website", "release", "petition", "indictment",
                                            "motion", "brief", "guidance", "warning", "plan", "proposal", "policy", "agreement",
                                            // ("a reply from March that said ...": a written answer.)
                                            "reply"]

    /// Nouns for written or broadcast works, and the participles that name them.
    static let workNouns: WordSet = ["commentary", "column", "op-ed", "essay", "editorial", "article", "book", "memoir",
                                         "novel", "song", "album", "film", "documentary", "headline", "paper", "titled", "entitled",
                                         "headlined", "dubbed"]

    /// Capitalised labels that are the publication's, not a speaker's: "CLARIFICATION: ...".
    static let editorialLabels: WordSet = ["clarification", "correction", "corrections", "update", "updated", "note",
                                               "editor's", "disclosure", "advertisement", "related", "photo", "video",
                                               "watch", "source", "sources", "breaking", "exclusive", "analysis", "opinion",
                                               // A fact check's headings: "CLAIM:", "FACTS:", "VERDICT:", "RATING:".
                                               "claim", "claims", "fact", "facts", "verdict", "rating", "background", "context"]

    /// Lower-case words a title-case title may hold ("Fox and Friends", "Live from New York").
    /// The short words a title-case line leaves in lower case: articles, prepositions, conjunctions.
    static let titleShortWords: WordSet = ["a", "an", "the", "of", "on", "in", "to", "for", "and", "or", "but", "nor", "at", "by",
                                           "as", "if", "vs", "via", "per", "off", "out", "up", "so", "yet", "is", "be", "are", "was",
                                           "has", "its", "it"]
    static let titleFunctionWords: WordSet = ["with", "from", "into", "onto", "over", "upon", "about", "after", "under",
                                                  "than", "that", "this", "your", "their", "through", "without", "against",
                                                  "before", "between", "among"]

    /// Words that cannot stand inside a plain subject noun phrase: verbs' helpers, pronouns that
    /// would head their own clause, question words and complementizers.
    static let notInSubject: WordSet = [
        "it", "there", "he", "she", "they", "we", "i", "you", "what", "how", "why", "when", "where", "whether",
        "if", "that", "which", "who", "whom", "whose", "not", "no", "as", "than", "so",
    ]

    /// Participles opening a sentence with the question its speaker was asked: "Asked whether ..., she said".
    static let questionParticiples: WordSet = ["asked", "pressed", "questioned", "quizzed"]
}
