@testable import AnnotateStages
import Testing

/// Words are lowered and marked capitalised by their first letter, ASCII or not.
@Suite struct TokenizerTests {
    private func words(_ text: String) -> [(String, Bool)] {
        var text = text
        let arena = WordArena(capacity: text.utf8.count)
        // (The words are read while the arena lives.)
        return withExtendedLifetime(arena) {
            text.withUTF8 { Tokenizer.tokenize($0, arena: arena) }.filter(\.isWord).map { ($0.lower.description, $0.capitalized) }
        }
    }

    /// Regression from the HTML dev pages: "‘‘...,’’" (two curly singles for a double, as some archives
    /// write it) were two single marks, so the quotation ran on past its close.
    @Test func twoCurlySinglesAreOneDoubleMark() {
        var text = "‘‘It was wrong,’’ she said. It’s ‘fine’."
        let marks = text.withUTF8 { Tokenizer.tokenize($0, arena: WordArena(capacity: $0.count)) }.compactMap { t -> QuoteMark? in
            if case .quoteMark(let m) = t.kind { return m } else { return nil }
        }
        #expect(marks == [.leftDouble, .rightDouble, .leftSingle, .rightSingle])
    }

    /// "Gen. Khalid al-Amin" was cut to "Khalid": a lower-case Arabic article and its hyphen before a capital
    /// read as a lower-case word, which ends a name.
    @Test func anArticledNameCountsAsCapitalised() {
        let got = words("Bashar al-Assad met el-Sisi and ash-Sharaa over all-out war in al-fresco style")
        #expect(got.filter(\.1).map(\.0) == ["bashar", "al-assad", "el-sisi", "ash-sharaa"])
    }

    /// "An Opec+ delegate ... said" reported nothing: the plus sign, a token of its own, cut the speaker's phrase.
    @Test func closingPlusSignsStayWithTheirName() {
        #expect(words("Opec+ and Disney+ hired C++ coders; 2+2 and A+B stay apart.").map(\.0)
                == ["opec+", "and", "disney+", "hired", "c++", "coders", "and", "a", "b", "stay", "apart"])
    }

    @Test func accentedCapitalsLowerAndCountAsCapitals() {
        let got = words("Éric ÁNGELA Łukasz Şebnem Žofie İlhan Ÿves Юлия Σοφία")
        #expect(got.map(\.0) == ["éric", "ángela", "łukasz", "şebnem", "žofie", "ilhan", "ÿves", "юлия", "σοφία"])
        let capitals = got.filter { $0.1 }.count
        #expect(capitals == got.count)
    }

    @Test func lowerCaseAccentsAndSignsAreNoCapitals() {
        let got = words("élan łódź ß naïve ĸ")
        #expect(got.map(\.0) == ["élan", "łódź", "ß", "naïve", "ĸ"])
        let capitals = got.filter { $0.1 }.count
        #expect(capitals == 0)
    }

    @Test func foldingDropsDiacriticsOfLatinLettersOnly() {
        #expect(LatinFolding.folded("éric") == "eric")
        #expect(LatinFolding.folded("łukasz") == "lukasz")
        #expect(LatinFolding.folded("jiří") == "jiri")
        #expect(LatinFolding.folded("eric") == nil)       // nothing to fold
        #expect(LatinFolding.folded("straße") == nil)     // ß is two letters
        #expect(LatinFolding.folded("юлия") == nil)       // not Latin
    }

    /// Plain ASCII words take a one-pass path; a joiner after one sends it to the general loop, so
    /// both read words the same way: commas and periods end words but join numbers and initials.
    @Test func plainWordsAndJoinersSplitAsBefore() {
        var text = "Hello, world. Costs rose 3.5 percent to 350,000 in the U.S. and a. b, said Lee's well-known aide"
        let arena = WordArena(capacity: text.utf8.count)
        let got = withExtendedLifetime(arena) {
            text.withUTF8 { Tokenizer.tokenize($0, arena: arena) }.filter { $0.kind != .punct }.map { ($0.lower.description, $0.kind, $0.capitalized) }
        }
        #expect(got.map(\.0) == ["hello", "world", "costs", "rose", "3.5", "percent", "to", "350,000", "in", "the", "u.s.", "and", "a",
                                  "b", "said", "lee's", "well-known", "aide"])
        #expect(got.filter { $0.1 == .number }.map(\.0) == ["3.5", "350,000"])
        #expect(got.filter(\.2).map(\.0) == ["hello", "costs", "u.s.", "lee's"])
    }
}
