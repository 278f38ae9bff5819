import AnnotateCore

/// The document's entities as they are found: names with their short forms merged
/// ("Takaichi" into "Sanae Takaichi"), groups and organisations that speak.
/// (Names are held as the tokens' `Word`s: the table lives no longer than their arena.)
struct EntityTable {
    private(set) var entities: [Entity] = []
    private var tokensOf: [[Word]] = []
    /// Names by the hash of their words (see `nameHash`); an entry's words are its `tokensOf`.
    private var byName = HashSlots(capacity: 64)
    private var byDescription: [String: Int] = [:]
    /// How many of the latest entities that hold a short form's first word are asked whether they own it.
    static let shortFormWindow = 256
    /// How far, in bytes of text (a dozen lines or so), a person the story has called by the surname alone keeps that
    /// surname against a later person of the same surname (see `shortFormOwner`).
    static let surnameMemory = 1_200
    /// Entities of two or more words, by each of their words (in creation order): a short form
    /// is looked up among the entities that hold its first word, not among all entities.
    private var byWord = HashSlots(capacity: 64)
    private var wordKeys: [Word] = []
    /// Per word of `wordKeys`: the node of the entity listed under it last. A node holds an entity and the node listed
    /// before it under the same word, -1 after the first. (Linked, not an array per word: that was an allocation for
    /// every word of every name.)
    private var wordLatest: [Int] = []
    private var nodeEntity: [Int] = []
    private var nodeEarlier: [Int] = []
    /// Mention starts already recorded (a mention belongs to one entity).
    private var seen = HashSlots(capacity: 256)
    /// People named with a role word before their name ("Mayor Ruth Ames", "goalkeeper Sam Okoye"), by
    /// role: (offset of the mention, entity), in text order.
    private var roleHolders: [String: [(Int, Int)]] = [:]
    /// Abbreviations defined in brackets after a name, with the entity each stands for (see `abbreviate`).
    /// (A dictionary: a hostile record may define thousands, and every one-word name asks.)
    private var abbreviations: [Word: Int] = [:]
    /// The initials of names of three words or more ("British Medical Association": "bma"), with the entity each
    /// spells. Kept apart from `abbreviations`: only a word written in capitals is read as initials ("BMA"), not a
    /// capitalised word that happens to spell them. (Keyed by the letters packed into an integer, up to eight:
    /// initials are built, not a token's bytes, and a `String` per new name cost more than the rest of the lookup.)
    private var initialisms: [UInt64: Int] = [:]
    /// Per entity: the story has called it by its last word alone ("Obama" for "Barack Obama"), which makes that
    /// word its own against a later person of the same surname.
    private var calledBySurname: [Bool] = []
    /// Entities shown by a first name alone though their words hold a surname inferred from a relative ("Her husband,
    /// Gary,"): the name shown grows when the story first writes the whole name.
    private var shownWithoutSurname: Set<Int> = []
    /// Per entity: the start of its latest mention in the text (mentions are not added in text order).
    private var latestMention: [Int] = []
    /// Per entity: the person was introduced as someone's relative ("His daughter, Claire Mercier, said"), so a
    /// surname alone goes to another person who bears it.
    private var introducedAsRelative: [Bool] = []

    init() {
        // (Room at once for the names of a usual article, a few dozen: grown from nothing, each of these arrays was
        // allocated anew six or seven times a document.)
        entities.reserveCapacity(32)
        tokensOf.reserveCapacity(32)
        calledBySurname.reserveCapacity(32)
        latestMention.reserveCapacity(32)
        introducedAsRelative.reserveCapacity(32)
        wordKeys.reserveCapacity(64)
        wordLatest.reserveCapacity(64)
        nodeEntity.reserveCapacity(64)
        nodeEarlier.reserveCapacity(64)
    }

    /// The entity a name refers to: an earlier entity whose name contains all its words (an
    /// alias), an earlier person called by this name's surname alone (which takes the full name), or a
    /// new one. Returns the index and whether the match was an alias.
    /// `display` is only built for a new entity: most mentions repeat a known name.
    /// `shortForm: false` takes no longer name for this one's owner: a known place ("China") is no short form of "South China
    /// Sea".
    mutating func name(_ words: [Word], display: @autoclosure () -> String, kind: Entity.Kind, gender: Entity.Gender,
                       mention: TextSpan, shortForm: Bool = true) -> (Int, Bool) {
        let key = EntityTable.nameHash(words)
        if let i = named(words, key) {
            add(mention, to: i, kind: kind, gender: gender)
            // ("Mary Doyle's son, Kevin, said ... Kevin Doyle said": the whole name, written at last, is shown.)
            if !shownWithoutSurname.isEmpty, shownWithoutSurname.remove(i) != nil { entities[i].name = display() }
            return (i, false)
        }
        // Short form of an earlier, longer name: every word appears in it. Latest person first.
        if shortForm, let i = shortFormOwner(words, gender: gender, at: mention.start) {
            add(mention, to: i, kind: kind, gender: gender)
            if words.count == 1, tokensOf[i].last == words[0] { calledBySurname[i] = true }
            return (i, true)
        }
        // "Elijah E. Cummings" after "Elijah Cummings": the same name with a middle initial.
        if words.count > 2, words.dropFirst().dropLast().contains(where: { $0.utf8.count == 1 }) {
            let plain = [words[0]] + words.dropFirst().dropLast().filter { $0.utf8.count > 1 } + [words[words.count - 1]]
            if let i = named(plain, EntityTable.nameHash(plain)) {
                add(mention, to: i, kind: kind, gender: gender)
                return (i, true)
            }
        }
        // ("Eleanor Vance ... Eleanor Margaret Vance was born": so with a middle name, for a person known by the other two.)
        if words.count == 3, kind == .person || kind == .other, case let plain = [words[0], words[2]],
           let i = named(plain, EntityTable.nameHash(plain)), entities[i].kind == .person {
            add(mention, to: i, kind: kind, gender: gender)
            return (i, true)
        }
        // ("Harriers win as Doyle fumes at referee ... said manager Kevin Doyle": a person the story called by the surname
        // alone before naming anyone with it in full is the first person it then names so; the name grows, the entity stays.)
        // ("Mary Doyle's son, Kevin, said ... Kevin Doyle said": so does a person called by the first name alone, who
        // must already be known as a person.)
        if words.count > 1, kind == .person, let s = grownFromSurname(words, gender: gender, at: mention.start)
            ?? grownFromFirstName(words, gender: gender, at: mention.start) {
            // (Called by the surname only when the word it was called by is the name's last.)
            calledBySurname[s] = tokensOf[s][0] == words[words.count - 1]
            tokensOf[s] = words
            entities[s].name = display()
            byName.insert(key, s)
            noteInitials(of: words, s)
            indexWords(words, s)
            add(mention, to: s, kind: kind, gender: gender)
            return (s, false)
        }
        let id = ShortID.make("e", entities.count + 1)
        // (Room for a few mentions: a name mentioned again grew its array one reallocation at a time.)
        var mentions: [TextSpan] = []
        mentions.reserveCapacity(4)
        mentions.append(mention)
        entities.append(Entity(id: id, name: display(), kind: kind, gender: gender, plural: kind == .group, mentions: mentions))
        see(mention.start)
        tokensOf.append(words)
        calledBySurname.append(false)
        latestMention.append(mention.start)
        introducedAsRelative.append(false)
        byName.insert(key, entities.count - 1)
        noteInitials(of: words, entities.count - 1)
        indexWords(words, entities.count - 1)
        return (entities.count - 1, false)
    }

    /// A person (or an entity of no known kind) the story has called by the last word of `words` alone, before `offset`,
    /// whom no person's name of two or more words ending in it holds yet.
    /// ("Ten Hag: “...” ¶ ... manager Erik ten Hag": a surname with its particles, "ten Hag", "van Dijk", "Van der Berg",
    /// counts as that word.)
    private func grownFromSurname(_ words: [Word], gender: Entity.Gender, at offset: Int) -> Int? {
        var n = 1
        while words.count - n >= 2, QuoteAttributor.nameParticles.contains(words[words.count - n - 1]) { n += 1 }
        let surname = Array(words.suffix(n))
        guard let s = named(surname, EntityTable.nameHash(surname)), tokensOf[s].count == n,
              entities[s].kind == .person || entities[s].kind == .other, entities[s].mentions[0].start < offset,
              gender == .unknown || entities[s].gender == .unknown || entities[s].gender == gender,
              !namedInFull(words[words.count - 1], last: true) else { return nil }
        return s
    }

    /// A person the story has called by the first word of `words` alone, before `offset`, whom no name of two or more
    /// words holds yet.
    private func grownFromFirstName(_ words: [Word], gender: Entity.Gender, at offset: Int) -> Int? {
        let first = [words[0]]
        guard let s = named(first, EntityTable.nameHash(first)), tokensOf[s].count == 1, entities[s].kind == .person,
              entities[s].mentions[0].start < offset, gender == .unknown || entities[s].gender == .unknown || entities[s].gender == gender,
              !namedInFull(words[0], last: false) else { return nil }
        return s
    }

    /// Some person already has a name of two or more words beginning with `word` (or ending in it, when `last`).
    private func namedInFull(_ word: Word, last: Bool) -> Bool {
        guard let slot = byWord.first(HashSlots.hash(word), where: { wordKeys[$0] == word }) else { return false }
        return holders(of: slot).contains { (last ? tokensOf[$0].last : tokensOf[$0].first) == word && entities[$0].kind == .person }
    }

    /// Lists entity `i` under each word of its name of two or more words (see `byWord`).
    private mutating func indexWords(_ words: [Word], _ i: Int) {
        guard words.count > 1 else { return }
        for (k, w) in words.enumerated() where !words[..<k].contains(w) {
            let h = HashSlots.hash(w)
            nodeEntity.append(i)
            if let slot = byWord.first(h, where: { wordKeys[$0] == w }) {
                nodeEarlier.append(wordLatest[slot])
                wordLatest[slot] = nodeEntity.count - 1
            } else {
                byWord.insert(h, wordKeys.count)
                wordKeys.append(w)
                nodeEarlier.append(-1)
                wordLatest.append(nodeEntity.count - 1)
            }
        }
    }

    /// The entities listed under word `slot` of `wordKeys`, the last listed first, at most `limit` of them.
    private func holders(of slot: Int, limit: Int = .max) -> WordHolders {
        WordHolders(node: wordLatest[slot], left: limit, entity: nodeEntity, earlier: nodeEarlier)
    }

    /// The entities listed under one word, walked from the last listed back (see `wordLatest`).
    struct WordHolders: Sequence, IteratorProtocol {
        var node: Int
        var left: Int
        let entity: [Int]
        let earlier: [Int]

        mutating func next() -> Int? {
            guard node >= 0, left > 0 else { return nil }
            defer {
                node = earlier[node]
                left -= 1
            }
            return entity[node]
        }
    }

    /// The lower-case words of entity `i`'s name (none for a description).
    func words(of i: Int) -> [Word] { tokensOf[i] }

    /// A group or organisation described by a noun phrase ("South Korean officials").
    mutating func description(_ display: String, kind: Entity.Kind, mention: TextSpan) -> Int {
        let key = display.lowercased()
        if let i = byDescription[key] {
            add(mention, to: i, kind: kind, gender: .unknown)
            return i
        }
        entities.append(Entity(id: ShortID.make("e", entities.count + 1), name: display, kind: kind, plural: kind == .group, mentions: [mention]))
        see(mention.start)
        tokensOf.append([])
        calledBySurname.append(false)
        latestMention.append(mention.start)
        introducedAsRelative.append(false)
        byDescription[key] = entities.count - 1
        return entities.count - 1
    }

    /// The latest entity (not a group, unless `groups`) whose longer name holds every word of a short form. One
    /// ending in the same word comes first: "Clinton" is "Hillary Clinton" before "Clinton Foundation".
    /// A short form with a gender (from its title) never joins a person of the other one: "Mrs. Clinton"
    /// is not "Bill Clinton"; and it joins one of its own before one of no known gender.
    private func shortFormOwner(_ words: [Word], groups: Bool = false, gender: Entity.Gender = .unknown, at offset: Int? = nil) -> Int? {
        // ("Van der Berg" for "Marcus van der Berg": a surname with its particles is a short form too.)
        guard words.count < 3 || words.dropLast().allSatisfy(QuoteAttributor.nameParticles.contains), let first = words.first,
              let slot = byWord.first(HashSlots.hash(first), where: { wordKeys[$0] == first }) else { return nil }
        // (The latest few hundred only: an article names no more people who share a word, and a list of
        // thousands of "John"s read in full for every "John" made a long record quadratic.)
        let candidates = holders(of: slot, limit: EntityTable.shortFormWindow)  // (the last listed first)
        func owns(_ i: Int) -> Bool {
            tokensOf[i].count > words.count && (groups || entities[i].kind != .group) && words.allSatisfy(tokensOf[i].contains)
                && (gender == .unknown || entities[i].gender == .unknown || entities[i].gender == gender)
        }
        // ("Jean-Paul Mercier ... His daughter, Claire Mercier, said ... Mercier was born in Lyon": a surname alone is not
        // the relative's, whom a story introduced through the person and calls by the first name, but the other's.)
        // ("Eleanor Vance ... Her daughter, Clare Vance, ... Ms. Vance said": nor with a title, whose gender both share.)
        func notTheRelative(_ latest: Int) -> Int? {
            guard words.count == 1, introducedAsRelative[latest] else { return nil }
            return candidates.first(where: { $0 != latest && !introducedAsRelative[$0] && entities[$0].kind == .person
                && owns($0) && tokensOf[$0].last == first })
        }
        // ("Kate and Sam Whitfield ... Mrs Whitfield": one of the title's gender before one of no known gender.)
        if gender != .unknown,
           let same = candidates.first(where: { owns($0) && entities[$0].gender == gender && tokensOf[$0].last == words.last }) {
            return notTheRelative(same) ?? same
        }
        let latest = candidates.first { owns($0) && tokensOf[$0].last == words.last }
        if let latest, let other = notTheRelative(latest) { return other }
        // ("Barack Obama ... Obama told ... Michelle Obama ... Obama paused": a surname alone stays with the person the
        // story has already called by it, before a later one of the same surname, while that person is still in the
        // story: mentioned since the other was, or within the last dozen lines or so. A chronology that moves on from
        // "Gen. Ayub Khan ... Khan" to "President Ghulam Ishaq Khan ... Khan" means the latest.)
        if words.count == 1, let offset, let latest,
           let called = candidates.first(where: { calledBySurname[$0] && entities[$0].kind == .person && owns($0) && tokensOf[$0].last == first }),
           called != latest,
           latestMention[called] >= latestMention[latest] || offset - latestMention[called] <= EntityTable.surnameMemory {
            return called
        }
        return latest ?? candidates.first(where: owns)
    }

    mutating func add(_ mention: TextSpan, to i: Int, kind: Entity.Kind, gender: Entity.Gender) {
        if see(mention.start) {
            entities[i].mentions.append(mention)
            latestMention[i] = max(latestMention[i], mention.start)
        }
        if entities[i].kind == .other && kind != .other { entities[i].kind = kind }
        if entities[i].gender == .unknown && gender != .unknown { entities[i].gender = gender }
    }

    /// Records that the person `i` was introduced as someone's relative: "His daughter, Claire Mercier".
    mutating func markRelative(_ i: Int) { introducedAsRelative[i] = true }

    /// Records that entity `i` is shown by its first name alone, its surname inferred.
    mutating func markShownWithoutSurname(_ i: Int) { shownWithoutSurname.insert(i) }

    /// Records that the person `entity` was named with `role` before their name at `offset`.
    mutating func noteRole(_ role: String, _ entity: Int, at offset: Int) {
        roleHolders[role, default: []].append((offset, entity))
    }

    /// The person named last before `offset` with this role word: "the mayor" after "Mayor Ruth Ames".
    func holder(ofRole role: String, before offset: Int) -> Int? {
        roleHolders[role]?.last(where: { $0.0 < offset })?.1
    }

    /// The one person named with this role word after `offset`, when no other is: the minister a headline's
    /// "Minister defends plan" is about, named in the story as "Justice Minister Alan Pryce".
    func soleHolder(ofRole role: String, after offset: Int) -> Int? {
        guard let holders = roleHolders[role], let first = holders.first(where: { $0.0 > offset })?.1,
              holders.allSatisfy({ $0.1 == first }) else { return nil }
        return first
    }

    /// A name taken for a person that a business noun names ("Apple ... the company") is an organisation.
    mutating func makeOrganisation(_ i: Int) { entities[i].kind = .organization }

    /// A business whose own name ends in "'s", read first without it ("Barnardo" for "Barnardo's"), is shown whole.
    mutating func showWhole(_ i: Int, _ name: String) { entities[i].name = name }

    mutating func setGender(_ i: Int, _ g: Entity.Gender) {
        if entities[i].gender == .unknown { entities[i].gender = g }
    }

    mutating func setKind(_ i: Int, _ k: Entity.Kind) {
        if entities[i].kind == .other { entities[i].kind = k }
    }

    subscript(i: Int) -> Entity { entities[i] }

    /// An existing entity with exactly these words, or one they are a short form of.
    func find(_ words: [Word]) -> Int? {
        named(words, EntityTable.nameHash(words)) ?? shortFormOwner(words, groups: true)
    }

    /// The person named before `offset` whose name ends in `word`, found as `find` finds a short form: "King" for "Hannah
    /// King" (a role's word opening a sentence, "King said", that is the surname the story gave).
    func surnameOwner(_ word: Word, before offset: Int) -> Int? {
        guard let e = find([word]), entities[e].kind == .person, tokensOf[e].last == word,
              entities[e].mentions.contains(where: { $0.start < offset }) else { return nil }
        return e
    }

    /// The entities with their mentions sorted, for the wire. Takes them out of the table, which is
    /// done with them: sorting in place copies no entity.
    mutating func takeFinal() -> [Entity] {
        var out: [Entity] = []
        swap(&out, &entities)
        for i in out.indices { out[i].mentions.sort() }
        return out
    }

    /// The entity whose name is exactly `words` (`key` is their `nameHash`), or whose abbreviation they are.
    private func named(_ words: [Word], _ key: UInt64) -> Int? {
        if let i = byName.first(key, where: { tokensOf[$0] == words }) { return i }
        // (Most documents define no abbreviation: the list is empty and this costs one test.)
        guard !abbreviations.isEmpty, words.count == 1 else { return nil }
        return abbreviations[words[0]]
    }

    /// Records that `word` abbreviates entity `i`'s name: "the Educational Institute of Scotland (EIS)". A later
    /// "EIS" is a mention of that entity. (Only for a word no entity is named by yet.)
    mutating func abbreviate(_ word: Word, as i: Int) {
        guard named([word], EntityTable.nameHash([word])) == nil else { return }
        abbreviations[word] = i
    }

    /// Records the initials of entity `i`'s name of three words or more, past the words a body's initials leave out
    /// ("Federal Bureau of Investigation": "fbi"). The first name to spell them keeps them. (Once per new entity.)
    private mutating func noteInitials(of words: [Word], _ i: Int) {
        guard words.count >= 3, words.count <= 16 else { return }
        // ("The U.S. Federal Trade Commission ... the FTC": the body's own initials leave out a country's abbreviation
        // before its name.)
        if words.count >= 4, words[0].contains(UInt8(ascii: ".")) { noteInitials(of: Array(words.dropFirst()), i) }
        var key: UInt64 = 0
        var letters = 0
        // (The joining words are short: longer words skip the set's lookup.)
        for w in words where w.count > 3 || !EntityTable.uninitialled.contains(w) {
            guard let b = w.utf8.first, b >= UInt8(ascii: "a"), b <= UInt8(ascii: "z"), letters < 8 else { return }
            key = key << 8 | UInt64(b)
            letters += 1
        }
        guard letters >= 3, initialisms[key] == nil else { return }
        initialisms[key] = i
    }

    /// The entity whose name's initials `word` spells (see `noteInitials`).
    func initialism(_ word: Word) -> Int? {
        guard !initialisms.isEmpty, word.count >= 3, word.count <= 8 else { return nil }
        var key: UInt64 = 0
        for b in word.utf8 { key = key << 8 | UInt64(b) }
        return initialisms[key]
    }

    /// Joining words a name's initials leave out: "National Association for the Advancement of Colored People".
    private static let uninitialled: WordSet = ["of", "the", "and", "for", "in", "on", "at", "to"]

    /// Records a mention's start; false when it was recorded already.
    @discardableResult
    private mutating func see(_ start: Int) -> Bool {
        let h = HashSlots.hash(start)
        if seen.first(h, where: { $0 == start }) != nil { return false }
        seen.insert(h, start)
        return true
    }

    /// A name's words hashed with FNV-1a, a space after each, so "ab c" and "a bc" differ.
    private static func nameHash(_ words: [Word]) -> UInt64 {
        var h = FNV1a.offset
        for w in words {
            FNV1a.add(w.utf8, to: &h)
            FNV1a.add(0x20, to: &h)
        }
        return h
    }
}
