import AnnotateCore

/// Names: runs of capitalised words, titles split off, short forms merged with the full name.
extension QuoteAttributor {
    /// Names in each of `sentences`, in order. (One call for them all: its buffers are made once.)
    func findNames(_ allTokens: Tokens, _ sentences: [Range<Int>], _ utf8: [UInt8], _ table: inout EntityTable,
                   _ names: inout [NameRun?]) {
        // (The loop is a method of its own, not the closure: a non-mutating call on the table captured
        // inout by a closure copied the whole table, then destroyed the copy.)
        // (The runs written through a buffer: each write to the array asked whether it was unique.)
        names.withUnsafeMutableBufferPointer { runs in findNames(in: allTokens, sentences, utf8, &table, runs) }
    }

    private func findNames(in tokens: UnsafeBufferPointer<Token>, _ sentences: [Range<Int>], _ utf8: [UInt8],
                           _ table: inout EntityTable, _ names: UnsafeMutableBufferPointer<NameRun?>) {
        let breakerShapes = QuoteAttributor.nameBreakerShapes  // (read once: this loop is hot)
        let closingShapes = QuoteAttributor.bodyClosingShapes
        let seatShapes = QuoteAttributor.governmentSeatShapes
        let indefinites = QuoteAttributor.namelessPronouns
        // (The word lists this loop reads most, read once a document: each read of a static list calls the runtime to
        // ask whether the list is made yet.)
        let nameParticles = QuoteAttributor.nameParticles, relationNouns = QuoteAttributor.relationNouns
        let ownerNouns = QuoteAttributor.ownerNouns, courtesyTitles = QuoteAttributor.courtesyTitles
        let servedNations = QuoteAttributor.servedNations, personNouns = QuoteAttributor.personNouns
        let calendarShapes = QuoteLexicon.calendarShapes, calendarWords = QuoteLexicon.calendarWords
        let determiners = ContentBoundary.determiners, unmarkedPlurals = QuoteAttributor.unmarkedPlurals
        let places = lexicon.demonyms.places
        // (Shape keys compared in place: most runs are followed by neither word.)
        let andShape = QuoteAttributor.andShape
        let policeShape = WordShape.key(first: UInt8(ascii: "p"), second: UInt8(ascii: "o"), last: UInt8(ascii: "e"), length: 6)
        let theShape = WordShape.key(first: UInt8(ascii: "t"), second: UInt8(ascii: "h"), last: UInt8(ascii: "e"), length: 3)
        // (Buffers for each run's words, reused: a document has thousands of capitalised runs.)
        var words: [Word] = []
        words.reserveCapacity(8)
        // The last woman and the last man named so far, whom "Her husband" or "His daughter" opening a sentence may name.
        var lastWomanNamed: Int? = nil, lastManNamed: Int? = nil
        for r in sentences {
            var i = r.lowerBound
            while i < r.upperBound {
                // (Straight past tokens that are not capitalised, most of them, one flag each: only a word is capitalised.)
                if !tokens[i].capitalized {
                    i &+= 1
                    continue
                }
                // ("and I have never seen", "I'm gutted": the pronoun "I" is no name, nor is it contracted.)
                // ("Nobody said ...", "Everyone agrees": nor is a pronoun for no one or anyone opening a sentence.)
                guard tokens[i].isWord, tokens[i].lower != "i", !QuoteAttributor.isContractedI(tokens[i]),
                      !QuoteAttributor.isPartyTag(tokens, i, utf8), !indefinites.contains(tokens[i]) else {
                    i += 1
                    continue
                }
                var j = i
                // ("Voters I met in Ohio said": the pronoun after a group noun opens a clause.)
                // ("Honestly I've no excuse": contracted, it is never inside a name.)
                while j < r.upperBound, tokens[j].isWord, tokens[j].capitalized,
                      j == i || tokens[j].lower != "i" || lexicon.groups[QuoteAttributor.bare(tokens[j - 1].lower)] == nil,
                      j == i || !QuoteAttributor.isContractedI(tokens[j]) {
                    j += 1
                    // ("the Northgate Town Supporters' Trust", "the Teachers' Union": a plural's apostrophe inside a body's name.)
                    if j + 1 < r.upperBound, QuoteAttributor.isPluralPossessive(tokens, j), tokens[j + 1].capitalized,
                       lexicon.groups[tokens[j + 1]] == "org" { j += 1 }
                    // ("Marks & Spencer", "Brenner & Co": an ampersand between capitalised words; not between
                    // letters, "A&E", "R&D".)
                    if j + 1 < r.upperBound, QuoteAttributor.ampersandJoins(tokens, at: j, letters: false) { j += 1 }
                    // ("Bill de Blasio", "Ursula von der Leyen": a lower-case particle between capitalised words.)
                    while j + 1 < r.upperBound, nameParticles.contains(tokens[j]),
                          tokens[j + 1].isWord, (tokens[j + 1].capitalized || nameParticles.contains(tokens[j + 1])) { j += 1 }
                    // ("Parkinson's UK", "Alzheimer's Research UK": a charity's name goes on past its "'s" to a
                    // scope word.)
                    // ("the Information Commissioner's Office", "St Anne's Hospital": or to a body's or a place's head
                    // that closes the name.)
                    // ("Women's Aid", "the Children's Society", "People's Vote": a plural of people in "'s" owns no name; it
                    // opens a body's.)
                    // ("Italy's Ferrano Group", "Britain's Ramblers Association": but a country's possessive opening the run says
                    // where the body is; it is no part of the name.)
                    if tokens[j - 1].lower.endsWith("'s"),
                       j - 1 == i && places.contains(QuoteAttributor.bare(tokens[j - 1].lower))
                        || !QuoteAttributor.possessiveNameGoesOn(tokens, at: j, r.upperBound)
                            && !headClosesPossessiveName(tokens, at: j, r.upperBound, from: i)
                            && !(j - 1 == i && unmarkedPlurals.contains(QuoteAttributor.bare(tokens[j - 1].lower))) { break }
                    // ("Channel 4 News": a name's short number between capitalised words.)
                    if j + 1 < r.upperBound, tokens[j + 1].isWord, tokens[j + 1].capitalized, QuoteAttributor.isNameNumber(tokens, j, after: i - 1) {
                        j += 1
                    }
                    // "Ruth K. Ames": an initial's period stays inside the name.
                    if j + 1 < r.upperBound, tokens[j].punct == UInt8(ascii: "."), tokens[j - 1].lower.utf8.count == 1,
                       tokens[j + 1].isWord, tokens[j + 1].capitalized {
                        j += 1
                    }
                }
                // ("Det. Insp. Karen Doyle", "Lt. Col. Ann Ross": a title's abbreviation right after another, before a name,
                // is a title too, not the surname "Mr. King" is.)
                if j == i + 1, i >= r.lowerBound + 2, tokens[i - 1].punct == UInt8(ascii: "."), j + 1 < r.upperBound,
                   tokens[j].punct == UInt8(ascii: "."), tokens[j + 1].isWord, tokens[j + 1].capitalized,
                   lexicon.titles[tokens[i - 2]] != nil, lexicon.titles[tokens[i]] != nil {
                    i = j
                    continue
                }
                // ("the charity Save the Children", "the campaign group Stop the War Coalition": after a body's noun, a
                // capitalised word, "the" and a capitalised run are one name, a body's.)
                // (The "the" tested by shape first: nearly every one-word run is followed by none.)
                var namedAfterBody = false
                if j == i + 1, j < r.upperBound, tokens[j].shape == theShape, let end = bodyNameWithThe(tokens, i, r) {
                    j = end
                    namedAfterBody = true
                }
                // ("the Foreign, Commonwealth and Development Office": one capitalised word after "the", then a list of
                // fields that closes on an organisation's head, is one body's name.)
                if j == i + 1, i > r.lowerBound, j < r.upperBound, tokens[j].punct == UInt8(ascii: ","), tokens[i - 1].lower == "the",
                   let end = organisationFieldList(tokens, from: j, r.upperBound), isOrganisationHead(tokens[end - 1]) {
                    j = end
                }
                // "the Department of Marine Resources", "Bank of America", "the Commission on Presidential
                // Debates", "Center for American Progress": an organisation's head word, "of" (or "on", "for")
                // and a capitalised run are one name.
                // ("Committee for a Responsible Federal Budget", "Museum of the Moving Image": an article may follow.)
                // ("sent the Committee to London": "to" only before two capitalised words, "to Protect Journalists".)
                if j + 1 < r.upperBound, QuoteAttributor.isOrganisationJoiner(tokens[j]),
                   tokens[j].lower != "to" || j + 2 < r.upperBound && tokens[j + 2].isWord && tokens[j + 2].capitalized,
                   case let article = j + 2 < r.upperBound && (tokens[j + 1].lower == "a" || tokens[j + 1].lower == "the") ? 1 : 0,
                   tokens[j + 1 + article].isWord, tokens[j + 1 + article].capitalized,
                   isOrganisationHead(tokens[j - 1]) || article == 0 && forNamesABody(tokens, i, j, r.upperBound),
                   // ("the Security Council on Friday": a day or a month is no part of the name.)
                   !calendarWords.contains(tokens[j + 1 + article]) {
                    j += 1 + article
                    while j < r.upperBound, tokens[j].isWord, tokens[j].capitalized, !tokens[j - 1].lower.endsWith("'s") { j += 1 }
                    // ("Institute for the Study of War": one more "of" and its capitalised run.)
                    if j + 1 < r.upperBound, tokens[j].lower == "of", tokens[j + 1].isWord, tokens[j + 1].capitalized,
                       !tokens[j - 1].lower.endsWith("'s") {
                        j += 1
                        while j < r.upperBound, tokens[j].isWord, tokens[j].capitalized, !tokens[j - 1].lower.endsWith("'s") { j += 1 }
                    }
                    // ("Department of Health and Social Care", "Department for Environment, Food and Rural
                    // Affairs": the fields after "of" may be a list; not a person joined to the body, "the
                    // Department of Health and Ruth Ames".)
                    if let end = organisationFieldList(tokens, from: j, r.upperBound) { j = end }
                }
                if j < r.upperBound, tokens[j].shape == andShape { j = placesJoinedBeforeHead(tokens, i, j, r.upperBound) }
                // ("Donald Trump Is Right" in a headline: a capitalised helper verb ends the name, and the
                // next run starts after it.)
                var next = j
                var b = i
                while b < j, !breakerShapes.mayContain(tokens[b].shape) || !QuoteAttributor.nameBreakers.contains(tokens[b]) { b += 1 }
                if b < j {
                    guard b > i else { i += 1; continue }
                    j = b
                    next = b + 1
                }
                // ("CEO of the Refugee Council Enver Solomon told": after a title's "of the", a body's head word and two more
                // capitalised words are the body, then the person who holds the title; the next run starts at the name.)
                if j - i >= 3, i >= 3, tokens[i - 1].lower == "the", tokens[i - 2].lower == "of",
                   lexicon.titles[QuoteAttributor.bare(tokens[i - 3].lower)] != nil, isOrganisationHead(tokens[j - 3]),
                   tokens[j - 2].isWord, tokens[j - 2].capitalized, tokens[j - 1].isWord, tokens[j - 1].capitalized,
                   !isOrganisationHead(tokens[j - 1]), !isOrganisationHead(tokens[j - 2]) {
                    j -= 2
                    next = j
                }
                // ("Simon Reed KC", "Jane Hill MP": the letters of an honour or an office closing a run of three words or
                // more are no part of the name; the run still maps them to it, so the speaker shown is the person.)
                // ("One Conservative MP said": not after a count or a quantifier, which opens no person's name.)
                var postNominal = -1
                if j - i >= 3, QuoteAttributor.isPostNominal(tokens[j - 1]),
                   !QuoteAttributor.isNumberWord(tokens[i].lower), !QuoteAttributor.quantifierPronouns.contains(tokens[i]) {
                    j -= 1
                    postNominal = j
                }
                // ("made by Wetherby-based Veloxa", "London-born Ruth Ames": a place's "-based" or "-born" describes the name.)
                var first = j - i > 1 && QuoteAttributor.isPlaceOfOrigin(tokens[i]) ? i + 1 : i
                // A sentence-initial function word is not part of a name ("But", "The").
                // Sentence-initial: at the sentence start, or right after an opening quotation mark.
                // (Or after a colon: "Q: Will automation cost jobs?")
                let initial = i == r.lowerBound || tokens[i - 1].isQuoteMark || tokens[i - 1].punct == UInt8(ascii: ":")
                // ("(We never did settle on one.)", "[We] have agreed": a function word opening a bracket is none either;
                // but a lone word there is a name as anywhere else, "(UPI)", "(Reuters)".)
                let bracketed = i > r.lowerBound && (tokens[i - 1].punct == UInt8(ascii: "(") || tokens[i - 1].punct == UInt8(ascii: "["))
                // ("Even China, its only ally, said": a focusing adverb neither.)
                while first < j, (first == i && (initial || bracketed)) || first > i, lexicon.starters.contains(tokens[first])
                        || (first == i && initial && QuoteAttributor.focusAdverbs.contains(tokens[first]))
                        || calendarWords.contains(QuoteAttributor.bare(tokens[first].lower))
                        // ("Urge Congress to act": a verb opening the sentence; not the first of a new person's two names
                        // before a comma or a reporting verb, "Grant Fielding, chief economist at Merrow Bank, said", but
                        // "Say Mexico demanded ..." when Mexico is known.)
                        || (first == i && initial && j - first > 1 && lexicon.verbs[tokens[first]] != nil
                            && !(j - first == 2 && j < r.upperBound && (tokens[j].punct == UInt8(ascii: ",") || lexicon.verbs[tokens[j]] != nil)
                                 && table.find([QuoteAttributor.bare(tokens[first + 1].lower)]) == nil))
                        // ("Chipmaker Nvidia said", "Broadcaster ITV said": a trade opening the sentence describes the name.)
                        || (first == i && initial && j - first > 1 && lexicon.bodies.isLeadingTrade(tokens[first].lower))
                        // ("Owners Kate and Sam Whitfield said", "Residents Ann Lee and ...": a group's plural opening the
                        // sentence before a given name describes the people named.)
                        || (first == i && initial && j - first > 1 && tokens[first].lower.looksPlural
                            && lexicon.groups[tokens[first]] == "group" && isFirstName(tokens[first + 1]))
                        // ("Two Nasa astronauts have returned", "Several Labour MPs said": a count or a quantifier opening the
                        // sentence before a plural of people or things counts them; it is no part of the name.)
                        || (first == i && initial && j - first > 1 && j < r.upperBound
                            && (QuoteAttributor.isNumberWord(tokens[first].lower) || QuoteAttributor.quantifierPronouns.contains(tokens[first]))
                            && tokens[j].isWord && !tokens[j].capitalized && lexicon.verbs[tokens[j]] == nil
                            && (tokens[j].lower.looksPlural || QuoteAttributor.unmarkedPlurals.contains(tokens[j])))
                        // ("Injecting Clinton into ...": a sentence-initial gerund is no first name.)
                        // (But a run that is its sentence's subject is a name: "Downing Street has said".)
                        // ("Downing Street later said": past adverbs before the verb.)
                        || (first == i && initial && j - first > 1 && tokens[first].lower.utf8.count > 5
                            && tokens[first].lower.endsWith("ing") && !isFirstName(tokens[first])
                            && !QuoteAttributor.verbFollows(tokens, j, r.upperBound, lexicon)
                            // ("Downing Street declined to comment": nor before a past tense, when a place's noun closes the run.)
                            && !(j < r.upperBound && tokens[j].isWord && !tokens[j].capitalized && tokens[j].lower.endsWith("ed")
                                 && closesThingName(tokens[j - 1]))) {
                    first += 1
                }
                // (A run of function words only, a sentence's "The" or "But": nothing below names anything when no word
                // is left, so none of it is read.)
                if first == j {
                    i = next
                    continue
                }
                var kind = Entity.Kind.other
                var gender = Entity.Gender.unknown
                var role: String? = nil  // the role word before the name, which "the mayor" later names again
                var headRole: String? = nil  // the last word of a two-word role, when it names the same office
                // "Mr. King", "Rep. Bishop": right after a title abbreviation, a title word is a surname.
                let abbreviatedTitle = i >= r.lowerBound + 2 && tokens[i - 1].punct == UInt8(ascii: ".")
                    ? lexicon.titles[tokens[i - 2]] : nil
                if let g = abbreviatedTitle {
                    kind = .person
                    gender = QuoteLexicon.gender(g)
                    // ("Gov. Alan Mercer ... the governor": the abbreviation stands for the role a later
                    // "the governor" names.)
                    role = QuoteAttributor.titleAbbreviations[tokens[i - 2]]
                }
                let first0 = first
                // (In "Department of Justice" the words after "of" are no title or first name.)
                let ofAt = (first..<j).first(where: { QuoteAttributor.isOrganisationJoiner(tokens[$0]) }) ?? j
                // ("Queen Elizabeth Hospital", "the James Webb Space Telescope": a name closed by a place's, a
                // thing's or a body's noun is no person, and a title opening it is part of it.)
                // ("Queen Mary University of London": so is one whose head before "of" is a body's.)
                // (Not after "Mr" or "Mrs", which only a person's surname follows: "Mr Chambers".)
                let namesAThing = j - first >= 2 && !courtesyTitles.contains(tokens[first])
                    && (closesThingName(tokens[j - 1]) || ofAt < j && ofAt > first + 1 && isOrganisationHead(tokens[ofAt - 1])
                        // ("King's College London": a possessive's head and the body's place.)
                        || possessiveHeadBeforePlace(tokens, first, j))
                // ("Martin Luther King III said": a title's word before a generation's suffix that closes the name is its surname.)
                let runFirst = first
                func surnameBeforeSuffix(_ k: Int) -> Bool {
                    k > runFirst && k + 2 == j && QuoteAttributor.generationSuffixes.contains(tokens[j - 1])
                }
                // ("Dr Hannah King", "Tom Bishop", "Dr King": a title's word closing the run right after a first name or a
                // personal title is the surname; not after a place that is a first name too, "Virginia Governor".)
                let runOf = ofAt
                func surnameAfterFirstName(_ k: Int) -> Bool {
                    guard k == runOf - 1, k > runFirst else { return false }
                    let before = QuoteAttributor.bare(tokens[k - 1].lower)
                    return isFirstName(tokens[k - 1]) && !places.contains(before) || QuoteAttributor.personalTitles.contains(before)
                }
                if !namesAThing, let titleAt = (first..<ofAt).last(where: { lexicon.titleShapes.mayContain(QuoteAttributor.bareShape(tokens[$0]))
                    && lexicon.titles[QuoteAttributor.bare(tokens[$0].lower)] != nil
                    && !($0 == i && abbreviatedTitle != nil) && !surnameBeforeSuffix($0) && !surnameAfterFirstName($0) })
                    // ("Volcanologist Thorvaldur Thordarson said": an occupation the lexicon does not list, by its ending, opening a
                    // run of three words or more.)
                    // ("Singer-songwriter Mae Holloway", "Co-founder Ann Lee": or by a hyphen before a lower-case word.)
                    ?? (ofAt - first >= 3 && (QuoteAttributor.namesAnOccupation(tokens[first].lower)
                        || QuoteAttributor.isHyphenatedNoun(tokens[first], utf8)) ? first : nil)
                    // ("Pensioner Mavis Clegg, 82, said", "Witness Jana Krüger, 34, told": so does a noun for one person before
                    // two words, a first name and a surname, when an age between commas shows a person; not "Patient Safety
                    // Watch said" or "Victim Support Scotland said", bodies whose names open with such a noun.)
                    ?? (j - first == 3 && ofAt == j && personNouns[tokens[first]] != nil && !isOrganisationHead(tokens[j - 1])
                        && (first + 1..<j).allSatisfy({ tokens[$0].isWord }) && j + 2 < r.upperBound && tokens[j].punct == UInt8(ascii: ",")
                        && tokens[j + 1].kind == .number && tokens[j + 1].lower.utf8.count <= 3 && tokens[j + 2].punct == UInt8(ascii: ",") ? first : nil) {
                    let officeWord = QuoteAttributor.bare(tokens[titleAt].lower)
                    let g = lexicon.titles[officeWord] ?? personNouns[officeWord] ?? ""
                    gender = QuoteLexicon.gender(g)
                    kind = .person
                    first = titleAt + 1
                    // ("Minister for Health Ann Lee said", "Minister for Health Quenby Lee said": the office's field after its
                    // "for" or "of" is no part of the name; the name is its last two or three words, from a known first name,
                    // or the two after a one-word field. A run that splits at "of", "Minister of Education Stefania Giannini",
                    // never gets here.)
                    if first == ofAt, first + 3 < j {
                        if let f = (first + 1..<j).first(where: { lexicon.firstName(tokens[$0]) != nil }), (2...3).contains(j - f) {
                            first = f
                        } else if j - (first + 2) == 2, (first + 1..<j).allSatisfy({ tokens[$0].isWord && tokens[$0].capitalized }) {
                            first += 2
                        }
                    }
                    // (A one-word role, or one of two title words: "Vice President Biden" is not "the president", but he
                    // is "the vice president".)
                    let office = officeWord.description
                    // ("Mr Justice Harlow", "Mrs Justice Pryce": a courtesy title before the office gives the gender the office
                    // leaves open, and the title is no part of the role.)
                    let wordBefore = titleAt > first0 ? QuoteAttributor.bare(tokens[titleAt - 1].lower) : nil
                    let courtesy = wordBefore.map { courtesyTitles.contains($0) } ?? false
                    if courtesy, gender == .unknown, let wordBefore, let cg = lexicon.titles[wordBefore] {
                        gender = QuoteLexicon.gender(cg)
                    }
                    if let alias = lexicon.titleAliases[officeWord] {
                        // (A justice is "the judge" in a report as well as "the justice".)
                        role = office
                        headRole = alias
                    } else if courtesy {
                        role = office
                    } else if titleAt == first0 || lexicon.titles[QuoteAttributor.bare(tokens[titleAt - 1].lower)] == nil {
                        role = office
                    } else if titleAt - 1 == first0 || lexicon.titles[QuoteAttributor.bare(tokens[titleAt - 2].lower)] == nil {
                        role = QuoteAttributor.officeKey(tokens[titleAt - 1], office)
                        // ("Justice Minister Alan Pryce ... the minister said": a minister of a field is "the minister" too; a
                        // vice president or a deputy mayor is not the president or the mayor.)
                        if !QuoteAttributor.rankBeforeOffice.contains(QuoteAttributor.bare(tokens[titleAt - 1].lower)) { headRole = office }
                    }
                } else if !namesAThing, ofAt - first >= 4, tokens[first + 1].lower == "member",
                          lexicon.groups[tokens[first]] == "org", lexicon.groups[tokens[ofAt - 1]] == nil {
                    // ("Council Member Robin Wonsley", "Assembly Member Carl Ortiz": a body's member is a title before
                    // two or more names; not "EU Member States".)
                    kind = .person
                    first += 2
                }
                // The relation a noun before the name gives it ("her son" names it again).
                var relation: String? = nil
                // (The tokens on either side of the name, read once: this runs for every name.)
                let before: Token? = kind == .other && first > r.lowerBound ? tokens[first - 1] : nil
                let commaAfter = kind == .other && j < r.upperBound && tokens[j].punct == UInt8(ascii: ",")
                // ("Wetherby-based Veloxa": a place's "-based" before the name says it is a body's.)
                if let b = before, QuoteAttributor.isPlaceOfOrigin(b), b.lower.endsWith("-based") { kind = .organization }
                // ("British Gas owner Centrica", "Facebook parent Meta": one word after a name and "owner" or "parent" is the
                // body that owns it; two words with a first name are an owner's: "Chelsea owner Todd Boehly".)
                if let b = before, b.isWord, !b.capitalized, ownerNouns.contains(b), j - first == 1, first - 2 >= r.lowerBound,
                   tokens[first - 2].isWord, tokens[first - 2].capitalized, lexicon.firstName(tokens[first]) == nil {
                    kind = .organization
                } else if let b = before, b.isWord, !b.capitalized, lexicon.titleShapes.mayContain(b.shape), let g = lexicon.titles[b],
                          // ("Does she miss Sweden?", "they will judge Hale on results": not a courtesy title in lower case, nor
                          // a title's word after a subject pronoun, a helper or "to", where it is a verb.)
                          !courtesyTitles.contains(b),
                          !(first - 2 >= r.lowerBound && (QuoteAttributor.nominativePronouns.contains(tokens[first - 2])
                            || tokens[first - 2].lower == "to" || QuoteLexicon.auxiliaries.contains(tokens[first - 2]))) {
                    // ("City manager Ingrid Falk", "goalkeeper Sam Okoye": a lower-case role right before the name.)
                    kind = .person
                    gender = QuoteLexicon.gender(g)
                    role = b.lower.description
                } else if let b = before, b.isWord, !b.capitalized, (2...3).contains(j - first), QuoteAttributor.namesAnOccupation(b.lower),
                          !isOrganisationHead(tokens[j - 1]), !closesThingName(tokens[j - 1]) {
                    // ("the immunologist De’Broski Herbert at the University of Pennsylvania", "the cartographer Ivo Kral": a
                    // lower-case occupation by its ending ("-ologist", "-ician", a long "-ist"), which no list needs to hold,
                    // before a name.)
                    kind = .person
                    role = b.lower.description
                } else if let b = before, b.isWord, !b.capitalized, let g = relationNouns[b], first - 2 >= r.lowerBound,
                          case let owner = tokens[first - 2], owner.lower != "its",
                          QuoteAttributor.possessivePronouns[owner] != nil || QuoteAttributor.ownsNoun(owner) {
                    // ("The jury heard that his daughter Chloe had not known": a possessor's relation right before the
                    // name, with no comma; not "its partner Nvidia".)
                    kind = .person
                    gender = QuoteLexicon.gender(g)
                    relation = b.lower.description
                } else if let b = before, b.isWord, !b.capitalized,
                          lexicon.bodies.mayDescribe(b) {
                    // ("Power company Grid North", "the journal Marine Ecology": a business's, a public body's or an
                    // outlet's noun right before the name says what it is. A body's name is of two words or more and opens
                    // with no first name, since a surname often follows such a noun as the subject of a relative clause:
                    // "the company Jane Doe founded", "the firm Trump hired". Not every body's noun: "whose board Hunter
                    // Biden sat on", "Pittsburgh center Maurkice Pouncey".) (A trade's noun takes one word too: "the
                    // appliance maker Kelvo", "the retailer Argos".)
                    // (One word will do, too, when the noun's phrase opens its clause and a verb follows the name: "The
                    // software company Brightline will cut 1,200 jobs"; not "The company Jane founded".)
                    if lexicon.bodies.outlet.contains(b)
                        || (j - first >= 2 && lexicon.bodies.namesABodyBeforeItsName(b.lower) || lexicon.bodies.isTrade(b.lower)
                            || lexicon.bodies.namesABodyBeforeItsName(b.lower) && QuoteAttributor.phraseOpensClause(tokens, noun: first - 1, r)
                                && QuoteAttributor.verbFollows(tokens, j, r.upperBound, lexicon))
                            && lexicon.firstName(tokens[first]) == nil {
                        kind = .organization
                    }
                }
                // A relation or a role before the name's comma: "The woman's son, Peter Lang, said" (which
                // "her son" names again), "The winning candidate, Farah Siddiqui, 34, thanked".
                if let b = before, b.punct == UInt8(ascii: ","), first - 2 >= r.lowerBound, case let t = tokens[first - 2], t.isWord, !t.capitalized {
                    if let g = relationNouns[t] {
                        kind = .person
                        gender = QuoteLexicon.gender(g)
                        relation = t.lower.description
                    } else if lexicon.titleShapes.mayContain(t.shape), let g = lexicon.titles[t] {
                        kind = .person
                        gender = QuoteLexicon.gender(g)
                    } else if let g = personNouns[t], first - 3 >= r.lowerBound,
                              QuoteAttributor.possessivePronouns[tokens[first - 3]] != nil || QuoteAttributor.ownsNoun(tokens[first - 3]) {
                        // ("Her neighbour, Petro, has stayed": a person's noun after a determiner or a possessor.)
                        kind = .person
                        gender = QuoteLexicon.gender(g)
                    } else if first - 3 >= r.lowerBound, case let noun = QuoteAttributor.bare(t.lower),
                              lexicon.bodies.isBusiness(noun) || lexicon.bodies.publicBody.contains(noun)
                                || lexicon.groups[noun] == "org" && !lexicon.corporateSuffixes.contains(noun),
                              // ("Her management company, Starline Artists, said", "The parent company, Halden Group,": past
                              // a possessor and up to two lower-case modifiers.)
                              // ("A supporters' group, Torcida Verde, said": a plural possessor's mark is a possessor too.)
                              let owner = (max(r.lowerBound, first - 5)...(first - 3)).last(where: { k in
                                  QuoteAttributor.ownsNoun(tokens[k]) || QuoteAttributor.possessivePronouns[tokens[k]] != nil
                                      || QuoteAttributor.isPluralPossessive(tokens, k) }),
                              (owner + 1..<(first - 2)).allSatisfy({ tokens[$0].isWord && !tokens[$0].capitalized }),
                              // ("Leeds City Council's director of children's services, Saleem Tariq, said": not a body that is
                              // the object of a role's "of"; the role's holder is named.)
                              !(owner >= 2 && tokens[owner - 1].lower == "of" && lexicon.titles[tokens[owner - 2]] != nil),
                              // ("Speaking outside the court, Grace Adeyemi said": a first name and one more word that closes no
                              // body's name is a person after the comma.)
                              !(j - first == 2 && isFirstName(tokens[first]) && !isOrganisationHead(tokens[j - 1])) {
                        // ("The developer, Crestline Homes, argues": a business or a body in apposition; "The trust, Northern
                        // Star Learning, said": any organisation's noun, but a firm name's last word, "the capital, Antananarivo".)
                        kind = .organization
                    } else if j - first >= 2, QuoteAttributor.determinesOnePerson(tokens, noun: first - 2, r),
                              lexicon.groups[QuoteAttributor.bare(t.lower)] == nil, !QuoteAttributor.placeNouns.contains(t),
                              // (Nor a work: "Her book, River Without End, is out".)
                              !QuoteAttributor.workNouns.contains(t), !QuoteAttributor.writtenWorks.contains(t),
                              // (Nor a name that opens with "The" inside the sentence, a title's or a band's: "Her latest, The
                              // Salt Road, is shortlisted".)
                              tokens[first].lower != "the",
                              !isOrganisationHead(tokens[j - 1]) {
                        // ("A tenant, Maribel Ortiz, showed me ...", "Another resident, Tom Hale,": one person
                        // described by a common noun, not a company or a place.)
                        kind = .person
                    }
                }
                // ("The head of the World Health Organization, Tedros Adhanom Ghebreyesus, spoke": a role of a named
                // body before the comma of a name of two words or more.)
                if kind == .other, let b = before, b.punct == UInt8(ascii: ","), j - first >= 2, first - 2 > r.lowerBound, tokens[first - 2].capitalized {
                    var c = first - 2
                    while c > r.lowerBound, first - 2 - c < 8, tokens[c].isWord, tokens[c].capitalized || tokens[c].lower == "the" { c -= 1 }
                    if tokens[c].lower == "of", c - 1 >= r.lowerBound, case let role = tokens[c - 1], role.isWord, !role.capitalized,
                       role.lower == "head" || lexicon.titleShapes.mayContain(role.shape) && lexicon.titles[role] != nil {
                        kind = .person
                    }
                }
                // ("Marta Ruiz, who ran free swimming lessons ...": "who" after the name's comma is said of people.)
                // (One word will do when it is the short form of a name already known: "Visser, who is 61,".)
                if kind == .other, commaAfter, j + 1 < r.upperBound, tokens[j + 1].lower == "who",
                   j - first >= 2 || table.find([QuoteAttributor.bare(tokens[first].lower)]) != nil {
                    kind = .person
                }
                // ("Beatriz Salgado, a lawyer, moved ...": a role in the appositive right after the name.)
                // (Not the subject of the main clause after a fronted phrase: "In a post on Instagram, the singer wrote".)
                if kind == .other, commaAfter, j + 2 < r.upperBound, determiners.contains(tokens[j + 1]),
                   let roleAt = scanRange(from: j + 2, upTo: min(r.upperBound, j + 6)).prefix(while: { tokens[$0].isWord && !tokens[$0].capitalized })
                       .first(where: { lexicon.titleShapes.mayContain(tokens[$0].shape) && lexicon.titles[tokens[$0]] != nil }),
                   !QuoteAttributor.verbAfterRole(tokens, roleAt, r, lexicon) {
                    kind = .person
                    gender = QuoteLexicon.gender(lexicon.titles[tokens[roleAt]] ?? "")
                }
                var apposedBody = false
                // ("Surfers Against Sewage, a campaign group, said": a body's noun closing a short appositive right after the
                // name, with no title, says it is a body.)
                // ("Orbitra, the space company founded by Felix Amsel,": or closing its head, before a participle's or a
                // relative clause.)
                if kind == .other, commaAfter, let close = QuoteAttributor.appositiveHeadEnd(tokens, comma: j, r.upperBound),
                   case let head = tokens[close - 1],
                   lexicon.groups[head] == "org", lexicon.titles[head] == nil,
                   // (Not a place described through another's: "Rangoon, the nation's former capital,".)
                   !(j + 2..<close).contains(where: { tokens[$0].lower.endsWith("'s") }),
                   // (Not a place closing an opening phrase, before the subject: "In Yemen, a military coalition led by".)
                   !(first - 1 == r.lowerBound && QuoteAttributor.purePrepositions.contains(tokens[first - 1])) {
                    kind = .organization
                    apposedBody = true
                }
                // ("Veloxa, which is headquartered in Leeds, makes bikes", "Brightwell, which employs 400 people,": so is a
                // relative clause of what only a body does.)
                // (Not a name in "'s", a business's own, "Harlow's, which employs ...": shown whole once it speaks.)
                if kind == .other, commaAfter, j + 2 < r.upperBound, tokens[j + 1].lower == "which", !tokens[j - 1].lower.endsWith("'s"),
                   case let act = QuoteAttributor.finiteAuxiliaries.contains(tokens[j + 2]) && j + 3 < r.upperBound ? j + 3 : j + 2,
                   // ("based" in a place, not a film's "based on a true story".)
                   QuoteAttributor.bodyActs.contains(tokens[act])
                    || tokens[act].lower == "based" && act + 1 < r.upperBound && (tokens[act + 1].lower == "in" || tokens[act + 1].lower == "at") {
                    kind = .organization
                    apposedBody = true
                }
                // ("Tom Pike, the Rovers manager, was ...": the role closing an appositive right after the
                // name is the one a later "the manager" names him by.)
                var appositiveRole: String? = nil
                // ("Beatriz Salgado, a lawyer for the family, said": the role before its employer.)
                if j + 2 < r.upperBound, tokens[j].punct == UInt8(ascii: ","), determiners.contains(tokens[j + 1]),
                   case let c = scanRange(from: j + 2, upTo: min(r.upperBound, j + 10)).first(where: { !tokens[$0].isWord }) ?? min(r.upperBound, j + 10),
                   c > j + 2, c == r.upperBound || tokens[c].punct == UInt8(ascii: ",") || tokens[c].punct == UInt8(ascii: "."),
                   let at = (j + 2..<c).first(where: { $0 == c - 1 || QuoteAttributor.isAffiliationPreposition(tokens[$0 + 1]) || tokens[$0 + 1].lower == "for" }),
                   at - j <= 5,
                   // ("Rachel Reeves, the Chancellor, said": capitalised, as British papers write offices, too.)
                   case let head = tokens[at], lexicon.titleShapes.mayContain(head.shape), let g = lexicon.titles[head] {
                    appositiveRole = head.lower.description
                    if kind == .other {
                        kind = .person
                        gender = QuoteLexicon.gender(g)
                    }
                }
                // ("The town's mayor, Ruth Ames, opened the park", "The prime minister, Keir Starmer, met": the role closing a
                // phrase with "the" right before the name's comma, the name closed by a comma too, is the one a later "the
                // mayor" or a headline's "Minister" names the person by; an office of two title words by both words only, as
                // a title before the name is: "The vice president, Mike Pence," is not "the president".)
                var leadingRole: String? = nil
                if first >= r.lowerBound + 3, j < r.upperBound, tokens[j].punct == UInt8(ascii: ","), tokens[first - 1].punct == UInt8(ascii: ","),
                   case let roleAt = first - 2, tokens[roleAt].isWord, lexicon.titles[tokens[roleAt]] != nil,
                   let the = scanRange(from: max(r.lowerBound, roleAt - 3), upTo: roleAt).last(where: { tokens[$0].lower == "the" }),
                   (the + 1..<roleAt).allSatisfy({ tokens[$0].isWord }) {
                    let role = QuoteAttributor.bare(tokens[roleAt].lower)
                    leadingRole = roleAt - 1 > the && lexicon.titles[tokens[roleAt - 1]] != nil
                        ? QuoteAttributor.officeKey(tokens[roleAt - 1], role.description) : role.description
                    if kind == .other {
                        kind = .person
                        gender = QuoteLexicon.gender(lexicon.titles[tokens[roleAt]] ?? "")
                    }
                }
                // "Republican Donald Trump", "Miss Universe Alicia Machado", "Secretary of State John
                // Kerry": a descriptor before a first name is not part of the name.
                if j - first >= 3, ofAt == j, !namesAThing, !isFirstName(tokens[first]),
                   let p = scanRange(from: first + 1, upTo: min(j - 1, first + 4)).first(where: { tokens[$0].isWord && isFirstName(tokens[$0]) }) {
                    first = p
                }
                // The run's words without possessive endings and dates, each with its word-shape key.
                // (Only the first and last words' shape keys are read.)
                words.removeAll(keepingCapacity: true)
                var firstShape = WordShape.none, lastShape = WordShape.none
                for k in first..<j where tokens[k].isWord {
                    let word = QuoteAttributor.bare(tokens[k].lower)
                    let shape = word.utf8.count == tokens[k].lower.utf8.count ? tokens[k].shape : WordShape.key(word)
                    if calendarShapes.mayContain(shape), calendarWords.contains(word),
                       !monthAsSurname(tokens, k, r.upperBound) { continue }
                    if QuoteAttributor.isShortMonth(tokens, k, r.upperBound) { continue }
                    if words.isEmpty { firstShape = shape }
                    lastShape = shape
                    words.append(word)
                }
                // ("Karen and Phil Dawson": a first name joined by "and" to a first name and one surname shares the
                // surname; the mention is the first name alone.)
                // ("Peter and Jan van Dyke", "Karen and Phil De Souza": so a surname with its particle.)
                var sharedSurname: Int? = nil  // (an index, not a string: this runs for every capitalised run)
                var sharedSurnameEnd = 0
                if j - first == 1, j + 3 <= r.upperBound, tokens[j].shape == andShape, words.count == 1, tokens[j].lower == "and", isFirstName(tokens[first]),
                   tokens[j + 1].isWord, tokens[j + 1].capitalized, isFirstName(tokens[j + 1]),
                   case let last = QuoteAttributor.pastNameParticles(tokens, j + 2, r.upperBound),
                   // ("Nadia and Leila Ali": the surname may be a given name too, the two before it being given names.)
                   tokens[last].isWord, tokens[last].capitalized, !tokens[last].lower.endsWith("'s"),
                   last + 1 == r.upperBound || !tokens[last + 1].isWord || !tokens[last + 1].capitalized {
                    for k in (j + 2)..<last { words.append(tokens[k].lower) }
                    words.append(QuoteAttributor.bare(tokens[last].lower))
                    lastShape = tokens[last].shape
                    sharedSurname = j + 2
                    sharedSurnameEnd = last
                }
                if first < j, !words.isEmpty {
                    // ("Mayor Ruth Ames": a title without a gender leaves it to the first name.)
                    // (Not a name already known for a body's: "the journal Marine Ecology".)
                    // ("Labour's health spokesman, Anna Price": a role's generic "-man" beside the name leaves it to the first name too.)
                    if kind == .other || kind == .person && (gender == .unknown || gender == .male && genericMaleRoleNear(tokens, first, j, r)),
                       !namesAThing, words.count >= 2, lexicon.firstNameShapes.mayContain(firstShape) || words[0].contains(UInt8(ascii: "-")),
                       let g = lexicon.firstName(words[0]),
                       // ("Virginia Democrats", "Georgia Republicans": a place that is also a first name, before a plural of
                       // people, names a group of them.)
                       !(lexicon.groupShapes.mayContain(lastShape) && words[words.count - 1].looksPlural
                           && lexicon.groups[words[words.count - 1]] == "group") {
                        kind = .person
                        gender = QuoteLexicon.gender(g)
                    }
                    // (Not a first name or a title and one surname that a body's plural spells: "Mark Chambers", "Mr Chambers";
                    // "Sierra Club" is a body.)
                    if let last = words.last, lexicon.groupShapes.mayContain(lastShape),
                       lexicon.groups[last] == "org", !(kind == .person && words.count <= 2 && last.looksPlural) { kind = .organization }
                    // ("Natural Resources Wales", "Harbour Services Scotland": a body's word before the nation it serves.)
                    if words.count >= 2, servedNations.contains(words[words.count - 1]),
                       lexicon.groups[words[words.count - 2]] == "org" { kind = .organization }
                    // ("King's College London": a possessive's body and its place.)
                    if possessiveHeadBeforePlace(tokens, first, j), isOrganisationHead(tokens[j - 2]) { kind = .organization }
                    // ("Water UK", "Amnesty International": a scope word closing a longer name closes a body's.)
                    // ("Network Rail", "Thames Water", "British Gas", "Royal Mail": so does a public service's word.)
                    if words.count >= 2, closingShapes.mayContain(lastShape), QuoteAttributor.bodyClosingWords.contains(words[words.count - 1]) {
                        kind = .organization
                    }
                    // ("West Yorkshire Police", "Police Scotland": police closing or opening a name is a force.)
                    if words.count >= 2, tokens[j - 1].shape == policeShape && QuoteAttributor.namesAForce(tokens[j - 1])
                        || QuoteAttributor.namesAForce(words[0]) { kind = .organization }
                    // ("Department of Justice": the head word before "of".)
                    if ofAt < j, ofAt > first, isOrganisationHead(tokens[ofAt - 1]) { kind = .organization }
                    if namedAfterBody { kind = .organization }
                    // ("Oxfam said", "NASA announced": a listed organisation's name alone is a body's, whatever its place.)
                    // (Made one only once it is known to be no short form of a longer name: "Google" in "Google Stadia" is the
                    // product's, which it leaves of the kind it has.)
                    let listedBody = words.count == 1 && j - first == 1 && lexicon.organisations.contains(tokens[first], utf8)
                    if listedBody { gender = .unknown }
                    // ("Downing Street declined to comment. A spokesman said": the seat of a government stands for it.)
                    // (By the last word's shape first: nearly every name asks.)
                    if seatShapes.mayContain(lastShape), QuoteAttributor.namesAGovernmentSeat(words) { kind = .organization }
                    // ("Marks & Spencer", "Procter & Gamble": no person's name holds an ampersand.)
                    if j - first >= 3, (first + 1..<j - 1).contains(where: { tokens[$0].punct == UInt8(ascii: "&") }) {
                        kind = .organization
                        gender = .unknown
                    }
                    // ("Halyna, 68, refuses to leave": an age between commas right after a name is a person's, also a lone
                    // word's at a sentence start.)
                    let aged = kind != .organization && j + 2 < r.upperBound && tokens[j].punct == UInt8(ascii: ",")
                        && tokens[j + 1].kind == .number && tokens[j + 1].lower.utf8.count <= 3 && tokens[j + 2].punct == UInt8(ascii: ",")
                        // (Not a headline's common noun: "Pensioner, 94, completes degree".)
                        && !(j - first == 1 && (personNouns[tokens[first]] != nil || lexicon.titles[tokens[first]] != nil))
                    if aged { kind = .person }
                    let mention = TextSpan(start: tokens[first].start, end: QuoteAttributor.endWithoutPossessive(tokens[j - 1], utf8))
                    // A lone capitalised word at a sentence start is only a name if it is already known, or if the words
                    // around it show it to be a body's: "Acme, a charity, said".
                    let lone = words.count == 1 && (first == r.lowerBound || (first == i && initial))
                    // (A single capital letter is a label or an initial, never a name: "Q&A", "A:".)
                    let letter = words.count == 1 && words[0].utf8.count == 1
                    // ("Scott Wiener, a Democrat from San Francisco who ...", "an American who": one capitalised
                    // word after "a" or "an", with no noun after it, is a party or a people, no one's name.)
                    let described = words.count == 1 && first == i && first > r.lowerBound && j - first == 1
                        && (tokens[first - 1].lower == "a" || tokens[first - 1].lower == "an")
                        && (j == r.upperBound || !tokens[j].isWord || QuoteAttributor.purePrepositions.contains(tokens[j])
                            || QuoteAttributor.relativePronouns.contains(tokens[j]))
                    // ("The British Medical Association ... the BMA's committee": a word in capitals that spells the initials
                    // of a name of three words or more named before is that name.)
                    // (Its second letter read first, in place: most one-word names are written "Smith".)
                    if words.count == 1, j - first == 1, tokens[first].end - tokens[first].start >= 3,
                       ByteClass.isASCIIUpper(utf8[tokens[first].start + 1]),
                       QuoteAttributor.isAbbreviationInCapitals(tokens[first], utf8, letters: words[0].count),
                       table.find(words) == nil, let e = table.initialism(words[0]) {
                        table.add(mention, to: e, kind: .other, gender: .unknown)
                        names[first] = NameRun(first: first, last: j, entity: e)
                    } else if !letter, !described, !lone || apposedBody || aged || listedBody || table.find(words) != nil,
                              // ("Kovac ... the Croatian replied", "Greek officials": a people's word alone is no one's name.)
                              words.count > 1 || j - first > 1 || !lexicon.demonyms.contains(tokens[first]) {
                        // (A first name sharing a surname is shown with it: "Karen Dawson".)
                        // ("Pope Leo", "King Charles", "Lord Sugar": one name after a monarch's, a pope's or a peer's title is
                        // shown with the title, by which it is known.)
                        // (Not a surname inside a longer name: "Larry King Now".)
                        // ("Lord da Silva": the name's particles count with it.)
                        let styled = words.dropLast().allSatisfy({ nameParticles.contains($0) }) && j - first == words.count
                            && first > 0 && tokens[first - 1].capitalized
                            && QuoteAttributor.stylingTitles.contains(tokens[first - 1])
                            && (first < 2 || !tokens[first - 2].isWord || !tokens[first - 2].capitalized)
                        let shownFrom = styled ? tokens[first - 1].start : mention.start
                        // ("Consumer group Which? said": a body's name of one word with its own "?" or "!" after a body's noun
                        // is shown with the mark.)
                        let shownTo = words.count == 1 && j - first == 1 && QuoteAttributor.markOfNameAfterBodyNoun(tokens, j, r, lexicon)
                            ? tokens[j].end : mention.end
                        // ("One patient, Linda Shaw, died. Her husband, Gary, told the hearing ... Mr Shaw said": a spouse's or a
                        // child's first name after "her husband" or "his daughter" shares the surname of the one the possessor
                        // names, the name owning "'s" or, for a pronoun opening the sentence, the last woman or man named; the
                        // mention and the name shown stay the first name alone, and "Mr Shaw" is the husband.)
                        // (Not a pronoun inside the sentence, which may be another's than the last named: "the senator said
                        // Trump had attacked his wife, Heidi".)
                        var inferredSurname = false
                        if let relation, sharedSurname == nil, words.count == 1, j - first == 1,
                           QuoteAttributor.surnameSharingRelations.contains(relation), isFirstName(tokens[first]),
                           case let noun = tokens[first - 1].isWord ? first - 1 : first - 2, noun >= r.lowerBound + 1,
                           case let owner = tokens[noun - 1],
                           let ownerEntity = owner.lower.endsWith("'s") ? names[noun - 1]?.entity
                               : noun - 1 != r.lowerBound ? nil : owner.lower == "her" ? lastWomanNamed : owner.lower == "his" ? lastManNamed : nil,
                           table[ownerEntity].kind == .person, table.words(of: ownerEntity).count >= 2,
                           let surname = table.words(of: ownerEntity).last {
                            words.append(surname)
                            inferredSurname = true
                        }
                        let (e, _) = table.name(words, display: sharedSurname.map { k in
                                                    String(decoding: utf8[mention.start..<mention.end], as: UTF8.self) + " "
                                                        + String(decoding: utf8[tokens[k].start..<tokens[sharedSurnameEnd].end], as: UTF8.self) }
                                                    ?? String(decoding: utf8[shownFrom..<shownTo], as: UTF8.self),
                                                kind: kind, gender: gender, mention: mention)
                        if listedBody, table.words(of: e).count == 1 { table.makeOrganisation(e) }
                        if inferredSurname, table[e].name.utf8.count == mention.end - mention.start { table.markShownWithoutSurname(e) }
                        if table[e].kind == .person {
                            if table[e].gender == .female { lastWomanNamed = e } else if table[e].gender == .male { lastManNamed = e }
                        }
                        for k in first..<j { names[k] = NameRun(first: first, last: j, entity: e) }
                        if postNominal >= 0 { names[postNominal] = NameRun(first: first, last: j, entity: e) }
                        if let role, kind == .person { table.noteRole(role, e, at: mention.start) }
                        if let headRole, kind == .person { table.noteRole(headRole, e, at: mention.start) }
                        if let relation {
                            table.noteRole(relation, e, at: mention.start)
                            table.markRelative(e)
                        }
                        if let appositiveRole, kind == .person { table.noteRole(appositiveRole, e, at: mention.start) }
                        if let leadingRole, kind == .person { table.noteRole(leadingRole, e, at: mention.start) }
                        if words.count >= 2, j + 2 < r.upperBound, tokens[j].punct == UInt8(ascii: "("),
                           let short = QuoteAttributor.abbreviation(tokens, at: j + 1, of: words, utf8) {
                            table.abbreviate(short, as: e)
                        }
                    }
                }
                i = next
            }
        }
    }

    /// "The Educational Institute of Scotland (EIS)", "the National Health Service (NHS)": the word at `k`, closed by a
    /// bracket, in capitals only, two to eight letters, opening with the name's first letter. (Not a party label,
    /// "(R-Ky.)", nor a note, "(Reuters)".)
    static func abbreviation(_ tokens: Tokens, at k: Int, of words: [Word], _ utf8: [UInt8]) -> Word? {
        let t = tokens[k]
        guard t.isWord, k + 1 < tokens.count, tokens[k + 1].punct == UInt8(ascii: ")"), (2...8).contains(t.end - t.start),
              (t.start..<t.end).allSatisfy({ ByteClass.isASCIIUpper(utf8[$0]) }),
              let initial = words.first?.utf8.first, utf8[t.start] | 0x20 == initial else { return nil }
        return t.lower
    }

    /// The role at `roleAt` is followed by a verb, so its phrase is a clause's subject, no appositive.
    static func verbAfterRole(_ tokens: Tokens, _ roleAt: Int, _ r: Range<Int>, _ lexicon: QuoteLexicon) -> Bool {
        guard roleAt + 1 < r.upperBound, case let t = tokens[roleAt + 1], t.isWord, !t.capitalized else { return false }
        return lexicon.verbs[t] != nil || looksLikeVerb(t) || QuoteLexicon.auxiliaries.contains(t)
    }

    /// Letters after a name for an honour or an office: "KC", "MP", "OBE". (By length first, in place: this runs for
    /// every name of three words.)
    @inline(__always) static func isPostNominal(_ t: Token) -> Bool {
        t.end - t.start <= 3 && t.end - t.start >= 2 && postNominals.contains(t)
    }

    static let postNominals: WordSet = ["kc", "qc", "mp", "mep", "msp", "obe", "mbe", "cbe", "kbe", "dbe", "frs"]

    /// "(R-Ky.)", ", D-Mont.,": a party label of one token (`isPartyLabel`) whose state is capitalised, in brackets or
    /// between commas after a legislator's name.
    @inline(__always) static func isPartyTag(_ tokens: Tokens, _ i: Int, _ utf8: [UInt8]) -> Bool {
        guard i > 0, tokens[i - 1].punct == UInt8(ascii: "(") || tokens[i - 1].punct == UInt8(ascii: ","),
              isPartyLabel(tokens, i..<(i + 1)) else { return false }
        // (`isPartyLabel` read at least three bytes: the initial, the hyphen and the state's first letter.)
        return ByteClass.isASCIIUpper(utf8[tokens[i].start + 2])
    }

    /// A month's short form before its period or its day: "Nov. 8", "the Sept. 11 attacks", "Jan 5" (not "Jan Kowalski").
    @inline(__always) static func isShortMonth(_ tokens: Tokens, _ k: Int, _ end: Int) -> Bool {
        let n = tokens[k].end - tokens[k].start
        guard n == 3 || n == 4, k + 1 < end, tokens[k + 1].punct == UInt8(ascii: ".") || tokens[k + 1].kind == .number else { return false }
        return shortMonths.contains(tokens[k])
    }

    static let shortMonths: WordSet = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]

    /// The end of a body's name holding "the" that opens at `i` after a body's noun: "the charity Save the Children".
    @inline(never)
    func bodyNameWithThe(_ tokens: UnsafeBufferPointer<Token>, _ i: Int, _ r: Range<Int>) -> Int? {
        guard i + 2 < r.upperBound, tokens[i + 1].lower == "the", tokens[i + 2].isWord, tokens[i + 2].capitalized,
              !QuoteLexicon.calendarWords.contains(tokens[i + 2]) else { return nil }
        var j = i + 3
        while j < r.upperBound, tokens[j].isWord, tokens[j].capitalized, !tokens[j - 1].lower.endsWith("'s") { j += 1 }
        if i > r.lowerBound, tokens[i - 1].isWord, !tokens[i - 1].capitalized, lexicon.groups[tokens[i - 1]] == "org" { return j }
        // ("while Save the Children called the plan ...", "Save the Children said": without the body's noun, only as
        // the subject of a reporting verb, opening a clause. Not "Yesterday the Treasury said", "Monday the Senate said".)
        let opensClause = i == r.lowerBound || tokens[i - 1].punct == UInt8(ascii: ",")
            || tokens[i - 1].isWord && !tokens[i - 1].capitalized && (tokens[i - 1].lower == "and" || tokens[i - 1].lower == "but"
                || QuoteAttributor.clauseOpeners.contains(tokens[i - 1]))
        // (Such a name opens with a verb's base form, "Save", "Stop", "Feed": any other word there is the sentence's own,
        // "Elsewhere the Kremlin said".)
        guard opensClause, j < r.upperBound, lexicon.isReportingVerb(tokens[j]), QuoteAttributor.nameOpeningVerbs.contains(tokens[i]) else { return nil }
        return j
    }

    /// The noun at `noun` has a determiner of one person before it, right before or past one lower-case
    /// word: "A tenant", "Another resident", "His opposite number", "her new agent". (Not inlined: `findNames`
    /// is long and hot.)
    @inline(never)
    static func determinesOnePerson(_ tokens: UnsafeBufferPointer<Token>, noun: Int, _ r: Range<Int>) -> Bool {
        for d in stride(from: noun - 1, through: max(r.lowerBound, noun - 2), by: -1) {
            let t = tokens[d]
            if singularDeterminers.contains(t) || t.lower == "another" || t.lower == "his" || t.lower == "her" { return true }
            guard t.isWord, !t.capitalized else { return false }
        }
        return false
    }

    /// The capitalised words from `j` to the run's end close a name whose first word is in "'s": a scope word
    /// ("UK", "International") ends them, with at most one word before it ("Research").
    @inline(never)
    static func possessiveNameGoesOn(_ tokens: UnsafeBufferPointer<Token>, at j: Int, _ end: Int) -> Bool {
        var k = j
        while k < end, k - j < 2, tokens[k].isWord, tokens[k].capitalized, !tokens[k].lower.endsWith("'s") {
            if scopeWords.contains(tokens[k]) { return k + 1 == end || !tokens[k + 1].isWord || !tokens[k + 1].capitalized }
            k += 1
        }
        return false
    }

    /// The run `first..<j` ends in a possessive, the head it names and one place word: "King's College London" (see
    /// `headClosesPossessiveName`). (A method, not a closure over the loop's variables, which would box them.)
    @inline(__always)
    func possessiveHeadBeforePlace(_ tokens: UnsafeBufferPointer<Token>, _ first: Int, _ j: Int) -> Bool {
        j - first >= 3 && tokens[j - 3].lower.endsWith("'s") && closesThingName(tokens[j - 2])
    }

    /// A body's or a place's head at `j`, right after a possessive inside a name that opened at `i`, closes that name,
    /// when the possessor is an office or a saint: "the Information Commissioner's Office", "St Anne's Hospital". (Not
    /// a person's, "Tim Kaine's Senate", "Trump's Cabinet"; nor "Trump's White House": the head must end the run.)
    /// (One capitalised word may follow the head to end the run, the place of a body that has several: "King's College
    /// London", "Queen's University Belfast".)
    func headClosesPossessiveName(_ tokens: UnsafeBufferPointer<Token>, at j: Int, _ end: Int, from i: Int) -> Bool {
        @inline(__always) func endsRun(_ k: Int) -> Bool { k == end || !tokens[k].isWord || !tokens[k].capitalized }
        guard j < end, closesThingName(tokens[j]), endsRun(j + 1) || endsRun(j + 2) else { return false }
        return lexicon.titles[QuoteAttributor.bare(tokens[j - 1].lower)] != nil || tokens[i].lower == "st" || tokens[i].lower == "saint"
    }

    /// The name run at token `k` ends in a possessive: "Sinner's coach", whose noun, not the name, is the phrase's head.
    static func opensWithPossessor(_ tokens: Tokens, _ names: [NameRun?], at k: Int) -> Bool {
        guard k < names.count, let run = names[k], run.last > k else { return false }
        return tokens[run.last - 1].lower.endsWith("'s") || tokens[run.last - 1].lower.endsWith("’s")
    }

    static let nameBreakerShapes = ShapeFilter(nameBreakers)
    /// Scope and service words, which close a body's name ("Water UK", "Network Rail"), with their shapes: every
    /// name of two words or more asks.
    static let bodyClosingWords = scopeWords.union(serviceHeads).union(clubNameEnds).union(bodyNameEnds)
    static let bodyClosingShapes = ShapeFilter(bodyClosingWords)
    /// The shapes of the last words of governments' seats ("Downing Street", "Kremlin"; see `namesAGovernmentSeat`).
    static let governmentSeatShapes = ShapeFilter(governmentSeatWords.union(["street", "house"]))
    static let thingNameShapes = ShapeFilter(thingNameHeads)

    /// The end of a name run `i..<j` extended over "and" and a second run closed by an organisation's
    /// head: "Avon and Somerset Police", "Hammersmith and Fulham Council" are one body, not "Avon" and
    /// a "Somerset Police". Two people ("Ruth Ames and Tom Hale") end in no head and stay apart.
    /// (Not inlined: `findNames` is long, and token reads in it become whole-token copies.)
    @inline(never)
    func placesJoinedBeforeHead(_ tokens: UnsafeBufferPointer<Token>, _ i: Int, _ j: Int, _ end: Int) -> Int {
        // ("West Yorkshire Fire and Rescue Service": three words before the "and" when none is a body's head, which would
        // close a body of its own.)
        guard j + 1 < end, j - i <= 2 || j - i == 3 && !(i..<j).contains(where: { isOrganisationHead(tokens[$0]) }),
              tokens[j].lower == "and", tokens[j + 1].isWord, tokens[j + 1].capitalized, !isFirstName(tokens[i]) else { return j }
        // The end of the up to four capitalised words after the "and" at `and`, none past a possessive.
        // ("Cardiff and Vale University Health Board": four.)
        @inline(__always) func runAfter(_ and: Int) -> Int {
            var k = and + 1
            while k < end, k - and <= 4, tokens[k].isWord, tokens[k].capitalized, !tokens[k - 1].lower.endsWith("'s") { k += 1 }
            return k
        }
        @inline(__always) func closesBody(_ e: Int) -> Bool { isOrganisationHead(tokens[e - 1]) || QuoteAttributor.namesAForce(tokens[e - 1]) }
        let k = runAfter(j)
        // ("Devon and Somerset Fire and Rescue Service": the body's own words may hold an "and" of their own.)
        if k > j + 1, k + 1 < end, tokens[k].lower == "and", tokens[k + 1].isWord, tokens[k + 1].capitalized,
           case let m = runAfter(k), closesBody(m) { return m }
        return closesBody(k) ? k : j
    }

    /// The "and" that joins the subject phrase opening at `a` to a name starting at `nameStart` ("The CBI
    /// and the FSB"), nil if none stands right before it (past its article).
    static func nameJoiner(_ tokens: Tokens, _ a: Int, _ nameStart: Int) -> Int? {
        let c = nameStart - 1 > a && tokens[nameStart - 1].lower == "the" ? nameStart - 2 : nameStart - 1
        if c > a, tokens[c].lower == "and" { return c }
        return joinerBeforeOwnRole(tokens, nameStart).flatMap { $0 > a ? $0 : nil }
    }

    /// The "and" before a possessive and one or two lower-case words of the second name's role, right before the name at
    /// `nameStart`: "Dr. Haugen and her colleague Dr. Piet Vos", "Tom Hale and his wife Ann". The role is the second
    /// person's relation to the first, so the two speak together.
    static func joinerBeforeOwnRole(_ tokens: Tokens, _ nameStart: Int) -> Int? {
        var nameStart = nameStart
        // (Past a title's abbreviation: "her colleague Dr. Piet Vos".)
        if nameStart >= 2, tokens[nameStart - 1].punct == UInt8(ascii: "."), tokens[nameStart - 2].isWord, tokens[nameStart - 2].capitalized { nameStart -= 2 }
        for words in 1...2 {
            let own = nameStart - words - 1
            guard own - 1 >= 0, tokens[nameStart - words].isWord, !tokens[nameStart - words].capitalized else { return nil }
            if possessivePronouns[tokens[own]] != nil, tokens[own].lower != "its", tokens[own - 1].lower == "and" { return own - 1 }
        }
        return nil
    }

    /// "Police" closing a name ("West Yorkshire Police", "Avon and Somerset Police") names a force, an
    /// organisation, though "police" alone speaks as a group ("police said").
    static func namesAForce(_ t: Token) -> Bool { namesAForce(t.lower) }
    /// ("Police Scotland": opening a name too; and "the force" names the police named last.)
    static func namesAForce(_ w: Word) -> Bool { w == "police" }

    /// The word heads an organisation's name ("Department", "Foundation"): `group_nouns.txt` marks it `org`.
    func isOrganisationHead(_ t: Token) -> Bool {
        lexicon.groups[QuoteAttributor.bare(t.lower)] == "org"
    }

    /// A capitalised noun that closes the name of a place, a thing or a body: "Hospital", "Telescope", "Bridge",
    /// "Foundation". (Not inlined: `findNames` is long and hot.)
    @inline(never)
    func closesThingName(_ t: Token) -> Bool {
        guard t.isWord, t.capitalized else { return false }
        // (By the word's shape first: most names end in neither kind of noun.)
        let shape = QuoteAttributor.bareShape(t)
        guard QuoteAttributor.thingNameShapes.mayContain(shape) || lexicon.groupShapes.mayContain(shape) else { return false }
        return QuoteAttributor.thingNameHeads.contains(QuoteAttributor.bare(t.lower)) || isOrganisationHead(t)
    }

    /// "Transport for London says", "Together for Yes said": one capitalised word that is no first name, "for"
    /// at `j` and a capitalised run right before a reporting verb are one body's name, though the first word
    /// is no organisation's noun, or before a comma and "which" when the name opens its clause. (Only there: "played
    /// Hamlet for Disney" names two.)
    @inline(never)
    func forNamesABody(_ tokens: UnsafeBufferPointer<Token>, _ i: Int, _ j: Int, _ end: Int) -> Bool {
        guard j == i + 1, tokens[j].lower == "for", !isFirstName(tokens[i]),
              // ("Mr. King for Labour said": a surname after a title's abbreviation.)
              !(i >= 2 && tokens[i - 1].punct == UInt8(ascii: ".") && lexicon.titles[tokens[i - 2]] != nil) else { return false }
        var k = j + 1
        while k < end, tokens[k].isWord, tokens[k].capitalized { k += 1 }
        // ("Transport for Westbridge, which is building the line, blamed ...": or a relative clause about the body, when the
        // name opens its clause.)
        if k + 1 < end, k > j + 1, tokens[k].punct == UInt8(ascii: ","), tokens[k + 1].lower == "which",
           i == 0 || !tokens[i - 1].isWord || tokens[i - 1].lower == "the" { return true }
        return k < end && tokens[k].isWord && lexicon.verbs[tokens[k]] != nil
    }

    /// The end of a list of fields closing an organisation's name at `j`: ", Food and Rural Affairs", "and
    /// Social Care". Each item is one to three capitalised words, none a first name or title, and the list
    /// ends with "and" and its item; nil when no such list starts at `j`.
    func organisationFieldList(_ tokens: UnsafeBufferPointer<Token>, from j: Int, _ end: Int) -> Int? {
        var k = j
        while k + 1 < end, tokens[k].punct == UInt8(ascii: ",") || tokens[k].lower == "and" {
            let last = tokens[k].lower == "and"
            var e = k + 1
            while e < end, e - k <= 3, tokens[e].isWord, tokens[e].capitalized, !tokens[e].lower.endsWith("'s"),
                  !isFirstName(tokens[e]), lexicon.titles[QuoteAttributor.bare(tokens[e].lower)] == nil { e += 1 }
            guard e > k + 1, e == end || !tokens[e].isWord || !tokens[e].capitalized else { return nil }
            if last { return e }
            k = e
        }
        return nil
    }

    /// A generic "-man" role ("spokesman", "chairman") within four words before the name `first..<j` or six after it:
    /// such roles are used for women too, so a first name's gender outweighs them. (Not inlined: rare.)
    @inline(never)
    func genericMaleRoleNear(_ tokens: UnsafeBufferPointer<Token>, _ first: Int, _ j: Int, _ r: Range<Int>) -> Bool {
        (max(r.lowerBound, first - 4)..<first).contains(where: { QuoteAttributor.genericMaleRoles.contains(tokens[$0]) })
            || (j..<min(r.upperBound, j + 6)).contains(where: { QuoteAttributor.genericMaleRoles.contains(tokens[$0]) })
    }

    /// "Mrs May", "Theresa May", "Brian May": a month that is a surname after a title or a given name, with no day after it
    /// ("in May 2019", "on June 5"). (Not inlined: rare, and `findNames` is long.)
    @inline(never)
    func monthAsSurname(_ tokens: UnsafeBufferPointer<Token>, _ k: Int, _ end: Int) -> Bool {
        guard k > 0, QuoteAttributor.monthSurnames.contains(tokens[k]), k + 1 == end || tokens[k + 1].kind != .number,
              case let before = tokens[k - 1], before.isWord, before.capitalized else { return false }
        return lexicon.titles[QuoteAttributor.bare(before.lower)] != nil || isFirstName(before)
    }

    /// The word is a known first name ("Donald", "Alicia").
    func isFirstName(_ t: Token) -> Bool {
        lexicon.firstName(t) != nil
    }

    /// The word at `k` opens what follows a noun to say more of it: a relative pronoun or a participle with its agent or
    /// seat ("the company that", "the firm behind", "the company founded by", "a charity based in"). (Not any participle
    /// before "in": "the club confirmed in a statement" is a report.)
    static func opensPostModifier(_ tokens: UnsafeBufferPointer<Token>, _ k: Int, _ end: Int) -> Bool {
        let t = tokens[k]
        guard t.isWord, !t.capitalized else { return false }
        if t.lower == "that" || t.lower == "which" || t.lower == "whose" || t.lower == "behind" { return true }
        guard k + 1 < end else { return false }
        return isPassiveParticiple(t) && tokens[k + 1].lower == "by"
            || tokens[k + 1].lower == "in" && (t.lower == "based" || t.lower == "headquartered")
    }

    /// The index just past the head noun of an appositive opened by a determiner right after the name's comma at `comma`:
    /// up to four lower-case words, closed by a comma or by words that say more of the head ("Acme, a charity,", "Orbitra,
    /// the space company founded by"). Nil for anything else.
    static func appositiveHeadEnd(_ tokens: UnsafeBufferPointer<Token>, comma: Int, _ end: Int) -> Int? {
        guard comma + 3 < end, tokens[comma].punct == UInt8(ascii: ","), ContentBoundary.determiners.contains(tokens[comma + 1]),
              let close = scanRange(from: comma + 2, upTo: min(end, comma + 6)).first(where: { !tokens[$0].isWord || tokens[$0].capitalized
                  || opensPostModifier(tokens, $0, end) }),
              close > comma + 2, tokens[close].punct == UInt8(ascii: ",") || tokens[close].isWord && !tokens[close].capitalized
        else { return nil }
        return close
    }

    /// The noun at `noun` heads a phrase that opens its clause: only lower-case words stand between it and the
    /// sentence's start, a comma or an opening "The" ("The software company", "On Monday, the company").
    static func phraseOpensClause(_ tokens: UnsafeBufferPointer<Token>, noun: Int, _ r: Range<Int>) -> Bool {
        var k = noun
        while k > r.lowerBound, noun - k < 4, tokens[k - 1].isWord, !tokens[k - 1].capitalized { k -= 1 }
        return k == r.lowerBound || tokens[k - 1].punct == UInt8(ascii: ",")
            || k - 1 == r.lowerBound && ContentBoundary.determiners.contains(tokens[k - 1])
    }

    /// A finite helper or a reporting verb is at `j`, past any adverbs ("Downing Street later said",
    /// "has also said"): the run before it is its clause's subject.
    static func verbFollows(_ tokens: UnsafeBufferPointer<Token>, _ j: Int, _ end: Int, _ lexicon: QuoteLexicon) -> Bool {
        var v = j
        while v < end, v - j < 3, tokens[v].isWord, !tokens[v].capitalized,
              tokens[v].lower.endsWith("ly") || sentenceAdverbs.contains(tokens[v]) { v += 1 }
        return v < end && tokens[v].isWord && !tokens[v].capitalized
            && (finiteAuxiliaries.contains(tokens[v]) || lexicon.isReportingVerb(tokens[v]))
    }

    static let sentenceAdverbs: WordSet = ["later", "earlier", "also", "again", "then", "now", "today", "yesterday",
                                           "previously", "recently", "never", "still", "once", "first", "since", "tonight",
                                           "tomorrow", "instead", "overall", "elsewhere", "thereafter", "afterwards", "meanwhile"]

    /// Verbs that open a body's name with "the": "Save the Children", "Stop the War Coalition", "Feed the Children".
    static let nameOpeningVerbs: WordSet = ["save", "stop", "feed", "free", "help", "fight", "defend", "protect", "end", "heal", "keep"]

    /// The `WordShape` key of `bare(t.lower)`: the token's own key unless an ending is stripped.
    static func bareShape(_ t: Token) -> Int32 {
        guard let last = t.lower.lastByte, last == UInt8(ascii: "s") || last == UInt8(ascii: "'") || last == UInt8(ascii: ".") else {
            return t.shape
        }
        return WordShape.key(bare(t.lower))
    }

    /// "I'm", "I've", "I'll", "I'd": the pronoun "I" with a verb written onto it (’ is lowered to ').
    @inline(__always) static func isContractedI(_ t: Token) -> Bool {
        let w = t.lower
        return w.count >= 3 && w.count <= 4 && w.utf8[0] == UInt8(ascii: "i") && w.utf8[1] == UInt8(ascii: "'")
    }

    /// A capitalised word whose last part, after a hyphen, is written in lower case, and is no participle: a common
    /// noun opening a sentence ("Singer-songwriter", "Co-founder", "Ex-minister"), where a name's parts are all
    /// capitalised ("Smith-Jones", "Rolls-Royce"). Not "Saudi-backed" or "Leeds-based".
    static func isHyphenatedNoun(_ t: Token, _ utf8: [UInt8]) -> Bool {
        guard t.isWord, t.capitalized, !t.lower.endsWith("ed"), !isPlaceOfOrigin(t) else { return false }
        var k = t.end - 2
        while k > t.start {
            if utf8[k] == UInt8(ascii: "-") { return ByteClass.isASCIILower(utf8[k + 1]) }
            k -= 1
        }
        return false
    }

    /// A capitalised place joined to "based" or "born": "Wetherby-based", "London-born".
    static func isPlaceOfOrigin(_ t: Token) -> Bool {
        t.isWord && t.capitalized && t.lower.count > 6 && (t.lower.endsWith("-based") || t.lower.endsWith("-born"))
    }

    /// A lower-cased word without a possessive ending or a final period (a prefix of the same bytes).
    static func bare(_ lower: Word) -> Word {
        guard let last = lower.lastByte, last == UInt8(ascii: "s") || last == UInt8(ascii: "'") || last == UInt8(ascii: ".") else {
            return lower
        }
        var w = lower
        if w.endsWith("'s") { w = w.dropLast(2) } else if w.endsWith("'") { w = w.dropLast() }
        // ("Sen." loses its period; "U.S." keeps its own.)
        if w.lastByte == UInt8(ascii: "."), w.dropLast().utf8.firstIndex(of: UInt8(ascii: ".")) == nil { w = w.dropLast() }
        return w
    }

    /// The end of a word without its possessive "'s" or "’s".
    static func endWithoutPossessive(_ t: Token, _ utf8: [UInt8]) -> Int {
        guard t.lower.endsWith("'s") else { return t.end }
        return utf8[t.end - 2] == UInt8(ascii: "'") ? t.end - 2 : t.end - 4
    }
}
