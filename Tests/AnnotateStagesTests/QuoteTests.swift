import AnnotateCore
@testable import AnnotateStages
import Foundation
import Testing

@Suite struct QuoteTests {
    @Test func directQuoteWithTrailingAttribution() throws {
        let doc = try annotate("“The harbour will reopen in May,” Harriet Cole said.")
        #expect(doc.quoteSummary.map(\.kind) == ["direct"])
        #expect(doc.quoteSummary.first?.speaker == "Harriet Cole")
        #expect(doc.quoteSummary.first?.text == "“The harbour will reopen in May,”")
        #expect(doc.quotes.first?.cue?.lemma == "say")
    }

    @Test func invertedAttributionWithTitle() throws {
        let doc = try annotate("“We have no money left,” said Finance Minister Tomas Berg.")
        #expect(doc.quoteSummary.first?.speaker == "Tomas Berg")
        #expect(doc.entities.first { $0.name == "Tomas Berg" }?.kind == .person)
    }

    @Test func indirectSpeechAndSurnameAlias() throws {
        let doc = try annotate("Governor Ruth Ames visited the plant on Monday. Ames said the factory would stay open.")
        let q = try #require(doc.quotes.first)
        #expect(q.kind == .indirect)
        #expect(doc.string(q.span) == "the factory would stay open")
        #expect(q.speaker?.name == "Ruth Ames")
        #expect(q.speaker?.resolution == .alias)
        #expect(doc.entities.first { $0.name == "Ruth Ames" }?.mentions.count == 2)
    }

    @Test func partialQuoteInsideReportedSpeech() throws {
        let doc = try annotate("Paulo Reyes said the talks were “productive but slow” and would resume.")
        let kinds = doc.quoteSummary.map(\.kind)
        #expect(kinds.contains("mixed") && kinds.contains("partial"))
        #expect(doc.quoteSummary.first { $0.kind == "partial" }?.text == "“productive but slow”")
        #expect(doc.quoteSummary.allSatisfy { $0.speaker == "Paulo Reyes" })
    }

    @Test func pronounResolvesToEarlierSpeaker() throws {
        let doc = try annotate("Senator Maria Lopez spoke first. She said the bill was unfair to farmers.")
        let q = try #require(doc.quotes.first)
        #expect(q.speaker?.name == "Maria Lopez")
        #expect(q.speaker?.resolution == .pronoun)
        #expect(doc.string(q.speaker!.span!) == "She")
    }

    @Test func likenTakesItsObjectAndAnAppositiveNameMayHaveAnInitial() throws {
        let doc = try annotate("Another critic, Ruth K. Ames, likened the tolls to “robbing the fleet” last week.")
        #expect(doc.quoteSummary.contains { $0.kind == "partial" && $0.text == "“robbing the fleet”" && $0.speaker == "Ruth K. Ames" })
    }

    @Test func whoStandsForThePeopleBeforeTheirPrepositionAndUnlikeOpensASentence() throws {
        let a = try annotate("Several pilots from around the bay, who said the pier was safe, stayed home.")
        #expect(a.quoteSummary.map(\.speaker) == ["Several pilots from around the bay"])
        let b = try annotate("Unlike Harbour Coal, the board paid its debts. Harbour Coal said the debts were unfair.")
        #expect(b.quoteSummary.map(\.speaker) == ["Harbour Coal"])
        // "and" before a second past verb ends an object.
        let c = try annotate("The pilots praised the harbour master and thanked the crews.")
        #expect(c.quoteSummary.map(\.text) == ["the harbour master"])
    }

    @Test func whichStandsForANamedBodyAndARelativeClauseEndsBeforeTheMainVerb() throws {
        let a = try annotate("The plan was criticized by the Harbour Trust, which said the tolls were reckless.")
        // (The passive "was criticized by the Harbour Trust" is a report of its own, of "The plan".)
        #expect(a.quoteSummary.map(\.text) == ["The plan", "the tolls were reckless"])
        let q = try #require(a.quotes.first { $0.cue?.lemma == "say" })
        #expect(a.string(q.span) == "the tolls were reckless")
        #expect(q.speaker?.name == "Harbour Trust")
        #expect(q.speaker?.resolution == .relative)
        let b = try annotate("Tom Hale, who said the pier was unsafe, closed it on Monday.")
        #expect(b.quoteSummary.map(\.text) == ["the pier was unsafe"])
    }

    @Test func aRelativePronounIsTheMentionAndItsAntecedentTheName() throws {
        // Like "she", the "who" next to the verb is the mention; the phrase before it gives the name.
        let doc = try annotate("The crowd cheered for Ruth Ames, who joked of the pier, “I have not seen it yet.”")
        let q = try #require(doc.quotes.first)
        #expect(q.speaker?.name == "Ruth Ames")
        #expect(q.speaker?.resolution == .relative)
        #expect(doc.string(q.speaker!.span!) == "who")
    }

    @Test func mismatchedClosingMarkStillCloses() throws {
        let doc = try annotate("Dana Kim described the show as “loud and wonderful\" and that she would return.")
        #expect(doc.quoteSummary.contains { $0.kind == "partial" && $0.text == "“loud and wonderful\"" && $0.speaker == "Dana Kim" })
    }

    @Test func accordingToAndGroupSpeakers() throws {
        let doc = try annotate("According to local officials, the road will close for a week. Many experts say the delay is avoidable.")
        #expect(doc.quoteSummary.contains { $0.speaker == "local officials" && $0.text == "the road will close for a week" })
        #expect(doc.quoteSummary.contains { $0.speaker == "Many experts" && $0.text == "the delay is avoidable" })
    }

    @Test func quoteMarkStyles() throws {
        for (open, close) in [("«", "»"), ("„", "“"), ("\"", "\""), ("‘", "’")] {
            let doc = try annotate("\(open)Nothing will change for ordinary families soon,\(close) said Ivo Novak.")
            #expect(doc.quoteSummary.first?.text == "\(open)Nothing will change for ordinary families soon,\(close)", "\(open)\(close)")
            #expect(doc.quoteSummary.first?.speaker == "Ivo Novak")
        }
    }

    /// Regression: "„Das ist inakzeptabel“, said the German finance minister, Klaus Berger, when asked" gave the quotation to
    /// "German": a closing mark shaped like an opening one (German „…“) was not read as closing a quotation before the cue.
    @Test func aClosingMarkShapedLikeAnOpeningOneClosesTheQuotationBeforeTheCue() throws {
        for (open, close) in [("„", "“"), ("»", "«"), ("›", "‹"), ("“", "”"), ("\"", "\"")] {
            let doc = try annotate("\(open)Nothing will change\(close), said the German finance minister, Klaus Berger, when asked.")
            #expect(doc.quoteSummary.map(\.speaker) == ["Klaus Berger"], "\(open)\(close)")
            #expect(doc.quoteSummary.first?.text == "\(open)Nothing will change\(close)", "\(open)\(close)")
        }
        // A pointing-right mark between spaces opens nothing: "Home » News" is a trail of links.
        #expect(try annotate("Home » News » Politics. The vote is on Monday, officials said.").quoteSummary.map(\.text) == ["The vote is on Monday"])
    }

    @Test func scareQuotesAreNotSpeech() throws {
        let doc = try annotate("The so-called “green corridor” opened on Friday.")
        #expect(doc.quotes.isEmpty)
    }

    @Test func capitalisedVerbFormIsANameNotACue() throws {
        let doc = try annotate("Officials in the United States reported no injuries.")
        #expect(!doc.quotes.contains { $0.cue?.lemma == "state" })
    }

    /// Regression: a coordinated verb takes the sentence's subject, which starts before the first
    /// cue; the first cue's content limit must not fall before its own start (this crashed).
    @Test func coordinatedVerbsSharingASubject() throws {
        let doc = try annotate("Lee Ames said the talks went well and denied that money changed hands.")
        #expect(doc.quoteSummary.contains { $0.speaker == "Lee Ames" && $0.text == "money changed hands" })
    }

    @Test func reportingVerbInsideAQuotationIsNotAnAttribution() throws {
        let doc = try annotate("Mayor Helen Okafor said the plan was final and that “we will welcome anyone who wants to help.”")
        #expect(doc.quotes.allSatisfy { $0.speaker?.name == "Helen Okafor" })
    }

    @Test func colonIntroducesTheNextParagraphsQuotation() throws {
        let doc = try annotate("Governor Ruth Ames continued:\n\n“The harbour will be rebuilt, and nobody will lose a job because of it.”")
        #expect(doc.quoteSummary.contains { $0.kind == "direct" && $0.speaker == "Ruth Ames" })
    }

    @Test func subjectWithParentheticalAndCommonNoun() throws {
        let doc = try annotate("“We need the money now,” Sen. Lena Park (D-Ore.) said. “It is late,” the announcer said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Lena Park", "announcer"])
    }

    @Test func headlinesGiveNoSpeakers() throws {
        let doc = try annotate("Black Lawmakers Rip The Budget Plan As Unfair\n\n“It is a disgrace,” Rep. Omar Diaz said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Omar Diaz"])
    }

    @Test func transcriptSpeakerLabels() throws {
        let doc = try annotate("HOST: Will the bridge open on time this year?\nOKAFOR: It will, and we have the money for it.")
        #expect(doc.quoteSummary.map(\.speaker) == ["HOST", "OKAFOR"])
        #expect(doc.quoteSummary.last?.text == "It will, and we have the money for it.")
    }

    @Test func dashBylineAfterAQuotation() throws {
        let doc = try annotate("“The ferry is the only way we can get to work on time.” ― Marta Silva")
        #expect(doc.quoteSummary.first?.speaker == "Marta Silva")
    }

    @Test func possessiveIsNotASubject() throws {
        let doc = try annotate("Editor’s note: this story was updated on Friday with new figures from the port.")
        #expect(doc.quotes.isEmpty)
    }

    @Test func appositiveNameRelativeWhoAndQuantifiedSubjects() throws {
        let doc = try annotate("The port's chairman, Omar Diaz, said the cranes would be replaced. An engineer who said the cranes were unsafe was ignored. Several dock workers said the night shift would end.")
        let speakers = doc.quoteSummary.map(\.speaker)
        #expect(speakers.contains("Omar Diaz"))
        #expect(speakers.contains("engineer"))
        #expect(speakers.contains("Several dock workers"))
    }

    @Test func speechBeforeAMidSentenceAttribution() throws {
        let doc = try annotate("The harbour will need new cranes within a year, Omar Diaz said, since the old ones keep failing.")
        #expect(doc.quoteSummary.contains { $0.text == "The harbour will need new cranes within a year" && $0.speaker == "Omar Diaz" })
    }

    @Test func accordingToACommonNounAndNamingVerbs() throws {
        let doc = try annotate("The ferry fare will rise by 10 percent, according to the port's annual report. Mayor Helen Okafor called the increase “unfair to islanders.”")
        #expect(doc.quoteSummary.contains { $0.speaker == "port's annual report" && $0.text == "The ferry fare will rise by 10 percent" })
        #expect(doc.quoteSummary.contains { $0.kind == "mixed" && $0.speaker == "Helen Okafor" && $0.text.hasPrefix("the increase") })
        #expect(doc.entities.first { $0.name == "port's annual report" }?.kind != .person)
    }

    @Test func intentionsWithAnInfinitive() throws {
        let doc = try annotate("Mayor Helen Okafor wants to rebuild the harbour bridge by 2028.")
        #expect(doc.quoteSummary.contains { $0.speaker == "Helen Okafor" && $0.text == "to rebuild the harbour bridge by 2028" })
        #expect(doc.quotes.first?.cue?.framing == "intention")
    }

    @Test func aVerbInsideTheContentDoesNotCutIt() throws {
        let doc = try annotate("Omar Diaz thought voters would reject the plan and back the mayor.")
        #expect(doc.quoteSummary.contains { $0.speaker == "Omar Diaz" && $0.text == "voters would reject the plan and back the mayor" })
    }

    @Test func tweetsAreAttributed() throws {
        let doc = try annotate("“The ferry is late again!” Mayor Helen Okafor tweeted on Monday.")
        #expect(doc.quoteSummary.first?.speaker == "Helen Okafor")
        #expect(doc.quotes.first?.cue?.lemma == "tweet")
    }

    @Test func theWritersCommentAfterTheContentIsNotSpeech() throws {
        let cases = [
            ("Ruth Ames admitted the ferry plan had failed, which made her unpopular in the port.", "the ferry plan had failed"),
            ("Ruth Ames said the tunnel would cost more, arguing that steel prices had doubled.", "the tunnel would cost more"),
            ("Ruth Ames said the port would close early, and the fishermen were furious about it.", "the port would close early"),
            ("Ruth Ames said she did not support Tom Hale, the longtime harbour master.", "she did not support Tom Hale"),
            ("Ruth Ames said the budget was balanced, although the auditors found a large gap.", "the budget was balanced"),
            ("Ruth Ames said the ferries were safe; the inspectors disagreed.", "the ferries were safe"),
            ("While Ruth Ames admitted the ferry plan had failed, she does not regret it.", "the ferry plan had failed"),
            ("Last spring, when Ruth Ames announced the ferry plan had failed, the council laughed.", "the ferry plan had failed"),
            ("Ruth Ames called the delay a “sorry mess,” but refused to resign.", "the delay a “sorry mess,”"),
            ("Ruth Ames said this weekend she would run again.", "she would run again"),
            ("Ruth Ames said the money was better spent with the coast guard, the agency that runs the harbour patrols.", "the money was better spent with the coast guard"),
            ("Ruth Ames said the ferry was a “floating disgrace” during a visit to the port.", "the ferry was a “floating disgrace”"),
            ("Ruth Ames said the families want “justice for the crew,” but pledged to remain calm.", "the families want “justice for the crew,”"),
        ]
        for (sentence, content) in cases {
            let doc = try annotate(sentence)
            #expect(doc.quoteSummary.contains { $0.speaker == "Ruth Ames" && $0.text == content }, "\(sentence)")
        }
    }

    @Test func commasInsideAQuotationDoNotEndTheContent() throws {
        let doc = try annotate("Ruth Ames said the plan was “late, costly and, frankly, a mess” for the town.")
        #expect(doc.quoteSummary.contains { $0.kind == "mixed" && $0.text == "the plan was “late, costly and, frankly, a mess” for the town" })
    }

    @Test func titlesAndMarkupValuesAreNotSpeech() throws {
        let doc = try annotate("She spoke on “The Harbour Morning Show,” then read from her 2019 book “Tides of the North Sea.”\n\n<photo src=\"the ferry at dawn, seen from the pier\">")
        #expect(doc.quotes.isEmpty)
        // A quoted headline is someone's words.
        let headline = try annotate("Mayor Okafor: ‘We Will Rebuild The Bridge Soon.’")
        #expect(headline.quotes.count == 1)
    }

    @Test func aCircumstanceAfterATrailingAttributionIsNotSpeech() throws {
        let doc = try annotate("“The ferry is safe,” Harriet Cole said at a briefing Monday before the council vote. “Nobody was hurt,” Tom Hale said Friday as he entered the hall.")
        #expect(doc.quoteSummary.map(\.kind) == ["direct", "direct"])
        #expect(doc.quoteSummary.map { $0.speaker ?? "" } == ["Harriet Cole", "Tom Hale"])
    }

    @Test func pluralNounsBeforeTheirVerbAreNotCues() throws {
        let doc = try annotate("His latest remarks will do little to calm the port. Several coastal states could be decisive.")
        #expect(doc.quotes.isEmpty)
        let relative = try annotate("Ruth Ames praised the budget, which she said was balanced at last.")
        #expect(relative.quoteSummary.contains { $0.text == "was balanced at last" })
    }

    @Test func aSurnameThatLooksLikeATitleOrAGerund() throws {
        let doc = try annotate("“They would get them,” Mr. King said. “It was fine,” Fleming said.")
        #expect(doc.quoteSummary.map { $0.speaker ?? "" } == ["King", "Fleming"])
    }

    @Test func speakersAfterTheQuotationInLessCommonShapes() throws {
        let cases: [(String, String)] = [
            ("“The pier is unsafe,” said one senior engineer on the project.", "one senior engineer"),
            ("“The pier is unsafe,” said the ruling.", "ruling"),
            ("“We ask for a fair hearing,” the letter reads.", "letter"),
            ("“The pier will hold,” Tom Hale concluded.", "Tom Hale"),
            ("“It is fine,” Jim Jordan (R-Ohio), a harbour board member, said.", "Jim Jordan"),
            ("Tom Hale defended the plan, saying, “The pier will hold for decades.”", "Tom Hale"),
            ("Tom Hale spoke first.\n\nHe continued, “The pier will hold for decades.”", "Tom Hale"),
            ("The council met. Said Hale: “The pier will hold for decades.”", "Hale"),
            ("Tom Hale this week also said, “The pier will hold for decades.”", "Tom Hale"),
            ("In a speech, Tom Hale attacked “the reckless plan of the harbour board.”", "Tom Hale"),
            ("Tom Hale spoke first.\n\nHe then defended the plan, saying, “The pier will hold for decades.”", "Tom Hale"),
            ("“The pier will hold for decades,” my father often said.", "my father"),
            ("During a visit to the port, Tom Hale praised the crews, saying, “The pier will hold for decades.”", "Tom Hale"),
            // An "-ed" adjective after the verb's object is no verb of its own.
            ("The Harbour Board left its mooring fee unchanged at 4.25 percent on Thursday, saying costs were too high.", "Harbour Board"),
            // A cue in the clause before the comma is its verb: the participle is the cue's subject's.
            ("Ferry shares fell 14 percent after the company forecast weaker sales for the quarter, citing softer demand.", "company"),
            ("“The pier will hold,” Tom Hale, 56, who has run the port for a decade, told the Harbour Gazette's morning show.", "Tom Hale"),
        ]
        for (text, speaker) in cases {
            let doc = try annotate(text)
            #expect(doc.quoteSummary.first?.speaker == speaker, "\(text)")
        }
    }

    @Test func itSpeaksForATextJustQuoted() throws {
        let doc = try annotate("“The harbour needs a new pier,” the Harbour Gazette wrote. “It should open by May,” it added.")
        let q = try #require(doc.quotes.last)
        #expect(q.speaker?.name == "Harbour Gazette")
        #expect(doc.string(q.speaker!.span!) == "it")
        // Elsewhere "it" is not a speaker.
        #expect(try annotate("It said nothing about the pier closing soon.").quotes.isEmpty)
    }

    @Test func notReports() throws {
        // A short remark after "according to", a noun after "another", a listener phrase after "told".
        #expect(try annotate("According to the harbour board, basically.").quotes.isEmpty)
        #expect(try annotate("Another challenge: most ferries are old.").quotes.isEmpty)
        let told = try annotate("“The pier will hold,” Tom Hale told the Harbour Gazette's morning show.")
        #expect(told.quoteSummary.map(\.kind) == ["direct"])
        let relative = try annotate("“The pier will hold,” Tom Hale told reporters after the meeting that was held on a boat.")
        #expect(relative.quoteSummary.map(\.kind) == ["direct"])
    }

    @Test func aTranscriptQuotedAsAWhole() throws {
        let doc = try annotate("The exchange went on.\n\n\"HALE: Well, look, the mayor thinks this is an episode of “Harbour Watch.” But this is a real port, and it needs a real pier.")
        let q = try #require(doc.quotes.first { $0.speaker?.name == "HALE" })
        // The curly quotation nested in the straight one does not end it.
        #expect(doc.string(q.span).hasSuffix("it needs a real pier."))
    }

    @Test func moreSubjectsAndContents() throws {
        // A common noun with capitalised modifiers, "now" before the verb, a pronoun clause,
        // and "that," before a fronted condition.
        let a = try annotate("A Harbour Safety Board official said Friday that the pier had cracked.")
        #expect(a.quoteSummary.contains { $0.speaker == "Harbour Safety Board official" && $0.text == "the pier had cracked" })
        let b = try annotate("Tom Hale now says he began to doubt the plan.")
        #expect(b.quoteSummary.contains { $0.speaker == "Tom Hale" && $0.text == "he began to doubt the plan" })
        let c = try annotate("Tom Hale said that, if elected, he would rebuild the pier.")
        #expect(c.quoteSummary.contains { $0.speaker == "Tom Hale" && $0.text.hasSuffix("he would rebuild the pier") })
        // "state" after a singular name is a noun; after a coordinated subject it is a verb.
        #expect(try annotate("The Port Alder state harbour master is away.").quotes.isEmpty)
        let d = try annotate("Tom Hale and Ruth Ames state that the pier is safe.")
        #expect(d.quoteSummary.contains { $0.text == "the pier is safe" })
    }

    @Test func passivesNarrativeParticiplesAndNounsAreNotCues() throws {
        // In the passive the subject does not speak.
        #expect(try annotate("The harbour festival is observed as a day of rest across the port.").quotes.isEmpty)
        // After a trailing attribution a participle is the writer's narrative ...
        let narrative = try annotate("“The pier will hold,” Tom Hale said, cutting off a reporter who asked about the cost.")
        #expect(narrative.quoteSummary.map(\.kind) == ["direct"])
        // ... unless it is itself a reporting verb with its own content.
        let adding = try annotate("“The pier will hold,” the mayor said, adding that repairs would start in May.")
        #expect(adding.quoteSummary.contains { $0.text == "repairs would start in May" && $0.speaker == "mayor" })
        // "a swing state crucial to ...": after "a" the base form is a noun.
        #expect(try annotate("Port Alder, a swing state crucial to the vote, will see the candidates this week.").quotes.isEmpty)
        // Content never opens with a conjunction.
        #expect(try annotate("Support lags below what she wants and the fishermen continue to doubt her.").quotes.isEmpty)
    }

    @Test func aThatClauseIsContentWhateverItsVerb() throws {
        let doc = try annotate("Critics argued that schools lack the kitchens to cope.")
        #expect(doc.quoteSummary.contains { $0.speaker == "Critics" && $0.text == "schools lack the kitchens to cope" })
    }

    @Test func aNounPhraseOpeningTheClauseIsItsSubject() throws {
        // Neither a name nor a known group, but the whole clause up to the verb.
        let a = try annotate("Engineers on the harbour project and local divers said the pier would hold.")
        #expect(a.quoteSummary.contains { $0.speaker == "Engineers on the harbour project and local divers" && $0.text == "the pier would hold" })
        let b = try annotate("The pier held. Another 40 percent said they would not fish there again.")
        #expect(b.quoteSummary.contains { $0.speaker == "Another 40 percent" && $0.text == "they would not fish there again" })
        let c = try annotate("The former harbour master and port warden said the pier was unsafe.")
        #expect(c.quoteSummary.contains { $0.speaker?.hasSuffix("port warden") == true && $0.text == "the pier was unsafe" })
        // A bare participle has no subject of its own.
        #expect(try annotate("Under the plan, fishermen reporting losses would receive aid.").quotes.isEmpty)
        // "What he said was wrong": the speech is the subject, not reported content.
        #expect(try annotate("What he said was wrong.").quotes.isEmpty)
    }

    @Test func subjectsAcrossYearsAndCoordinatedAuxiliaries() throws {
        let a = try annotate("The board met Hale, who in 2019 said the pier would never close.")
        #expect(a.quoteSummary.contains { $0.speaker == "Hale" && $0.text == "the pier would never close" })
        let b = try annotate("Ruth Ames has visited the harbour twice but has said she will not rebuild the pier.")
        #expect(b.quoteSummary.contains { $0.speaker == "Ruth Ames" && $0.text == "she will not rebuild the pier" })
        // After a first cue, "but said" continues the same report.
        let c = try annotate("Ruth Ames said the pier should reopen but said “the question is the timing.”")
        #expect(c.quoteSummary.contains { $0.kind == "mixed" && $0.text.hasPrefix("the pier should reopen but said") })
    }

    @Test func frontedContentWithIrregularVerbsInitialsAndShowTitles() throws {
        // "paid" is a finite verb although it does not end in "-ed".
        let a = try annotate("The top fifth paid most of the harbour tax, the agency said.")
        #expect(a.quoteSummary.contains { $0.speaker == "agency" && $0.text == "The top fifth paid most of the harbour tax" })
        // A middle initial belongs to the name.
        let b = try annotate("The pier will close, Ruth K. Ames said.")
        #expect(b.quoteSummary.contains { $0.speaker == "Ruth K. Ames" && $0.text == "The pier will close" })
        // A phrase naming a show in quotation marks is where the speaker spoke, not speech.
        let c = try annotate("In an interview on “Harbour Hour,” Ruth Ames said the pier would close.")
        #expect(c.quoteSummary.map(\.text) == ["the pier would close"])
    }

    @Test func objectPhrasesOfSomeVerbsAreWhatWasSaid() throws {
        // "called for" is a phrasal cue; its object is the content, without where it was said.
        let a = try annotate("Ruth Ames called for a moratorium on new piers in a statement on Thursday.")
        let q = try #require(a.quotes.first)
        #expect(a.string(q.span) == "a moratorium on new piers")
        #expect(q.cue?.lemma == "call for" && q.cue?.framing == "directive")
        #expect(q.speaker?.name == "Ruth Ames")
        let b = try annotate("The harbour master cited the figure at last week's forum.")
        #expect(b.quoteSummary.map(\.text) == ["the figure"])
        let c = try annotate("Tom Hale criticized the council for closing the pier.")
        #expect(c.quoteSummary.contains { $0.speaker == "Tom Hale" && $0.text == "the council for closing the pier" })
        // "called" alone names, and a relative clause puts the object before the verb.
        #expect(try annotate("The fishermen called the pier a disgrace.").quotes.allSatisfy { $0.cue?.lemma != "call for" })
        #expect(try annotate("The four reasons he cited are weak.").quotes.isEmpty)
    }

    @Test func coordinatedCueAfterAnAdverbAndATitle() throws {
        let a = try annotate("Recently, however, it issued a paper and called for new piers.")
        #expect(a.quoteSummary.contains { $0.text == "new piers" && $0.speaker == "it" })
        let b = try annotate("Mr. Hale has attacked the plan, and has called for a new vote.")
        #expect(b.quoteSummary.contains { $0.text == "a new vote" && $0.speaker?.hasSuffix("Hale") == true })
    }

    @Test func asTheSpeakerNotedTheMainClauseIsTheContent() throws {
        let a = try annotate("As Ruth Ames noted, the pier failed its last inspection.")
        #expect(a.quoteSummary.contains { $0.speaker == "Ruth Ames" && $0.text == "the pier failed its last inspection" })
        // "pointed out" is a phrasal cue.
        let b = try annotate("As many engineers have pointed out, the pier is older than the harbour.")
        #expect(b.quoteSummary.contains { $0.speaker == "many engineers" && $0.text == "the pier is older than the harbour" })
        // A fronted circumstance with "as" keeps the content after the verb.
        let c = try annotate("As the pier closed, Tom Hale said the plan had failed.")
        #expect(c.quoteSummary.map(\.text) == ["the plan had failed"])
        // A helper verb ends a determiner phrase; a reduced relative does not.
        let d = try annotate("All the engineers I interviewed said the pier was sound.")
        // (Engineers are a group noun, shown with their quantifier: "All the engineers".)
        #expect(d.quoteSummary.contains { $0.speaker?.contains("engineers") == true && $0.text == "the pier was sound" })
        #expect(try annotate("In their report they could not resist noting the cost.").quoteSummary.allSatisfy { $0.speaker?.contains("report") != true })
    }

    @Test func objectContentsEndWhereANewClauseBegins() throws {
        let a = try annotate("The council condemned the closure of the pier as the fishermen gathered outside.")
        #expect(a.quoteSummary.map(\.text) == ["the closure of the pier"])
        let b = try annotate("Some officials praised the repairs but also had to delay the opening.")
        #expect(b.quoteSummary.map(\.text) == ["the repairs"])
        // "as" and "after" before a noun phrase belong to the object.
        let c = try annotate("Tom Hale cited the storm as the reason for the delay.")
        #expect(c.quoteSummary.map(\.text) == ["the storm as the reason for the delay"])
    }

    @Test func labelsNamingVerbsAndQuantitiesThatAreNotSpeakers() throws {
        // An editorial label is not a transcript speaker.
        #expect(try annotate("CLARIFICATION: The first paragraph has been changed to show the pier is open.").quotes.isEmpty)
        // "called into a show" names nothing.
        #expect(try annotate("She called into a radio show when she was home sick.").quotes.isEmpty)
        // After a number, "states" is a plural noun.
        #expect(try annotate("Twenty-seven states led by the coast are challenging the rules in court.").quotes.isEmpty)
        // An indefinite pronoun is a subject of its own.
        let d = try annotate("He told the paper that nobody would question the repairs were needed.")
        #expect(d.quoteSummary.allSatisfy { $0.speaker != "that nobody" })
    }

    @Test func aPlaceAfterTheCircumstanceIsNotTheContent() throws {
        let doc = try annotate("“The judge will be fair,” Hale said at a rally in Kenansville, N.C., “but people will be watching.”")
        #expect(doc.quoteSummary.map(\.text) == ["“The judge will be fair,”", "“but people will be watching.”"])
        #expect(doc.quoteSummary.allSatisfy { $0.speaker == "Hale" })
    }

    @Test func titlesAfterAVerbAreNotItsWords() throws {
        // A show named after the reporting verb's circumstance is not what was said.
        let a = try annotate("“We are tired,” Hale, a harbour pilot, said Thursday on Port Radio’s “Tide and Time.” “I mean it.”")
        #expect(a.quoteSummary.map(\.text) == ["“We are tired,”", "“I mean it.”"])
        // A work named after its noun is a title whatever its case.
        let b = try annotate("Ruth Ames' column, “Fix the pier before it falls,” is thoughtful.")
        #expect(b.quotes.allSatisfy { $0.kind != .direct })
        // Inside reported speech a title is not a partial quote.
        let c = try annotate("Hale said the book “Harbour of Ghosts” was a success.")
        #expect(c.quoteSummary.map(\.kind) == ["indirect"])
    }

    @Test func speakersAcrossDashesDescriptorsAndPutIt() throws {
        // A "that" inside the quotation is the speaker's.
        let a = try annotate("Footage showed Hale saying during the debate, “That makes me smart.”")
        #expect(a.quoteSummary.contains { $0.text == "“That makes me smart.”" && $0.speaker == "Hale" })
        // Lower-case descriptors before the name after an inverted verb.
        let b = try annotate("“It is late,” said coal miner Joe Smith.")
        #expect(b.quoteSummary.first?.speaker == "Joe Smith")
        // A parenthetical between dashes, after an appositive.
        let c = try annotate("Ruth Ames, the harbour master -- the one who runs the port -- told me, “We are open.”")
        #expect(c.quoteSummary.first?.speaker == "Ruth Ames")
        // "as X put it".
        let d = try annotate("As Ruth Ames put it, the pier is doomed.")
        #expect(d.quoteSummary.contains { $0.speaker == "Ruth Ames" && $0.text == "the pier is doomed" })
        // "the following comment" is a noun.
        #expect(try annotate("Hale made the following comment: “It is late.”").quoteSummary.allSatisfy { $0.speaker != "following" })
        // The speech inside dashes ends at the closing dash.
        let e = try annotate("Hale — even as he says the pier is safe — has closed it twice.")
        #expect(e.quoteSummary.contains { $0.text == "the pier is safe" })
    }

    @Test func shortQuotationsBeforeTrailingAttributions() throws {
        // A descriptor between the closing mark and the name.
        let a = try annotate("“Permits are not optional,” harbour Chairman Tom Hale said.")
        #expect(a.quoteSummary.map(\.text) == ["“Permits are not optional,”"])
        #expect(a.quoteSummary.first?.speaker == "Tom Hale")
        // One quoted word before a mid-sentence attribution is the speaker's.
        let b = try annotate("“Hopefully,” the mayor said, “the pier will reopen.”")
        #expect(b.quoteSummary.map(\.text) == ["“Hopefully,”", "“the pier will reopen.”"])
        #expect(b.quoteSummary.allSatisfy { $0.speaker == "mayor" })
    }

    @Test func aPronounContractedWithItsHelperVerbSpeaks() throws {
        let doc = try annotate("Ruth Ames toured the pier. She’s claiming that the pier is “a danger to everyone.”")
        #expect(doc.quoteSummary.contains { $0.kind == "mixed" && $0.speaker == "Ruth Ames" && $0.text == "the pier is “a danger to everyone.”" })
    }

    @Test func aClauseBeforeTheQuotationMakesTheContentMixed() throws {
        let a = try annotate("Tom Hale said Friday that if the council were to agree, “the pier would reopen in May.”")
        #expect(a.quoteSummary.contains { $0.kind == "mixed" && $0.text.hasPrefix("if the council were to agree") })
        // A phrase without a clause before the comma leaves the quotation direct.
        let b = try annotate("Tom Hale said of the council, “They have no plan.”")
        #expect(b.quoteSummary.map(\.kind) == ["direct"])
        // "concluded with" is not speech; "concluded that" is.
        #expect(try annotate("The film concludes with footage of the pier, “a ruin,” at dawn.").quotes.allSatisfy { $0.cue?.lemma != "conclude" })
    }

    @Test func participlesTakeTheSentenceSubject() throws {
        // Not the place in the appositive before the comma.
        let a = try annotate("Ruth Ames spoke on Tuesday about the storm in Tulsa, Oklahoma, arguing that the pier must close.")
        #expect(a.quoteSummary.contains { $0.speaker == "Ruth Ames" && $0.text == "the pier must close" })
        // Past a leading phrase and a participle phrase.
        let b = try annotate("In August, several harbour groups granted an extension, saying the pier was safe.")
        #expect(b.quoteSummary.contains { $0.speaker == "several harbour groups" && $0.text == "the pier was safe" })
        let c = try annotate("Chastened by the report, Tom Hale changed his plan, promising to rebuild the pier.")
        #expect(c.quoteSummary.map(\.text) == ["to rebuild the pier"])
        #expect(c.quoteSummary.first?.speaker == "Tom Hale")
    }

    @Test func nounFormsAfterPrepositionsParticiplesAndTimeAdjectives() throws {
        #expect(try annotate("The vote went ahead despite repeated warnings from the harbour master that it was unsafe.").quoteSummary
            .allSatisfy { $0.speaker?.contains("vote") != true })
        #expect(try annotate("The ad shows Hale making remarks about the pier.").quotes.isEmpty)
        #expect(try annotate("The footage undercut the port's earlier claim that the pier was safe.").quotes.allSatisfy { $0.cue?.lemma != "claim" })
    }

    @Test func namingVerbsAndDeterminedSentenceSubjects() throws {
        // "branded", "is calling": naming verbs with their own speaker, not the next sentence's.
        let a = try annotate("Japan branded the port an “outlaw harbour.” Norway insisted that the pier stay open.")
        #expect(a.quoteSummary.contains { $0.kind == "partial" && $0.speaker == "Japan" })
        let b = try annotate("Tom Hale’s doctor is calling the candidate “extremely fit.”")
        #expect(b.quoteSummary.contains { $0.kind == "partial" && $0.speaker?.hasSuffix("doctor") == true })
        // A coordinated verb takes a sentence subject that opens with "The".
        let c = try annotate("The harbour master also outlined his plan and vowed to rebuild the pier.")
        #expect(c.quoteSummary.contains { $0.speaker == "harbour master" && $0.text == "to rebuild the pier" })
    }

    @Test func invertedSpeakersClosingTheSentenceAndWholeFrontedSentences() throws {
        let a = try annotate("The talks went badly for the council, and the meeting ended early, said one harbour source in the room.")
        #expect(a.quoteSummary.contains { $0.speaker == "one harbour source" && $0.text.hasPrefix("The talks went badly") })
        // Not a date after an appositive, nor the object of the verb.
        let b = try annotate("“The pier will close,” Senate Majority Leader Tom Hale, R-Ky., said Tuesday.")
        #expect(b.quoteSummary.first?.speaker == "Tom Hale")
        let c = try annotate("Ruth Ames, the mayor's daughter, noted the rule in the interview last week.")
        #expect(c.quoteSummary.allSatisfy { $0.speaker != "rule" })
        // A whole sentence before ", one slide says", though its verb is unknown to the clause test.
        let d = try annotate("Six hundred harbour jobs depend on the pier, one slide says.")
        #expect(d.quoteSummary.contains { $0.speaker == "one slide" && $0.text == "Six hundred harbour jobs depend on the pier" })
    }

    @Test func aClosingShapeTypedBeforeAWordOpensAQuotation() throws {
        let doc = try annotate("Comments.\n\n”Fear. I am truly afraid that the pier will fall.” ― Edwin Monroy")
        #expect(doc.quoteSummary.map(\.text) == ["”Fear. I am truly afraid that the pier will fall.”"])
        #expect(doc.quoteSummary.first?.speaker == "Edwin Monroy")
    }

    @Test func aParagraphAfterAColonCueIsABlockQuotation() throws {
        let doc = try annotate("“It is a disgrace,” the governor said.\n\nThe governor added:\n\nIt is typical of the council. It knows nothing about the pier.")
        #expect(doc.quoteSummary.contains { $0.kind == "indirect" && $0.speaker == "governor"
            && $0.text == "It is typical of the council. It knows nothing about the pier." })
        // A paragraph with its own quotation or cue is left to them.
        let other = try annotate("The governor added:\n\nTom Hale said the pier was safe.")
        #expect(other.quoteSummary.map(\.text) == ["the pier was safe"])
    }

    @Test func aHeadlineLabelNamingAKnownSpeakerIsAnAttribution() throws {
        let doc = try annotate("Hale: Pier Will Close Before Winter\n\nHarbour master Tom Hale said on Monday the pier is unsafe.")
        #expect(doc.quoteSummary.contains { $0.text == "Pier Will Close Before Winter" && $0.speaker == "Tom Hale" })
        // A label that names no one in the article is a headline, not a speaker.
        let other = try annotate("Stealth Over Health: What the Pier Hides\n\nTom Hale said on Monday the pier is unsafe.")
        #expect(other.quoteSummary.map(\.text) == ["the pier is unsafe"])
    }

    @Test func aQuotationAfterAColonBelongsToTheSentenceSubject() throws {
        let a = try annotate("Mayor Ruth Ames is rolling out a new campaign message: “It is about the pier.”")
        #expect(a.quoteSummary.map(\.text) == ["“It is about the pier.”"])
        #expect(a.quoteSummary.first?.speaker == "Ruth Ames")
        // A fronted participle's subject follows it, past a comma inside the closing mark.
        let b = try annotate("After saying the pier was “so weak it could barely stand,” Ruth Ames closed it.")
        #expect(b.quoteSummary.first?.speaker == "Ruth Ames")
    }

    @Test func embeddedQuestionsParticiplesBeforeThatAndNewVerbs() throws {
        let a = try annotate("The harbour master has repeatedly wondered whether the council will be fair to him.")
        #expect(a.quoteSummary.contains { $0.text == "whether the council will be fair to him" && $0.speaker == "harbour master" })
        #expect(try annotate("She spent years learning how to sail.").quotes.isEmpty)
        // A participle after a time and "that": the sentence subject speaks.
        let b = try annotate("Tom Hale sent a series of messages early Friday saying that the pier was unsafe.")
        #expect(b.quoteSummary.contains { $0.text == "the pier was unsafe" && $0.speaker == "Tom Hale" })
        #expect(try annotate("It goes without saying that the pier is old.").quotes.isEmpty)
        // "exhorted X to ...", "blasted X for ...".
        let c = try annotate("Ruth Ames exhorted fishermen to “mend the nets.”")
        #expect(c.quoteSummary.contains { $0.kind == "mixed" && $0.speaker == "Ruth Ames" })
        let d = try annotate("Ruth Ames blasted the council for closing the pier.")
        #expect(d.quoteSummary.contains { $0.text == "the council for closing the pier" })
    }

    @Test func commitmentsQuantifiersAndPhrasalObjects() throws {
        let a = try annotate("In the end, the harbour board agreed to lend the fishermen $5 million.")
        #expect(a.quoteSummary.contains { $0.text == "to lend the fishermen $5 million" })
        let b = try annotate("To varying degrees, all agreed that the pier would need repairs.")
        #expect(b.quoteSummary.contains { $0.speaker == "all" && $0.text == "the pier would need repairs" })
        let c = try annotate("Tom Hale warned against cuts to the harbour budget.")
        #expect(c.quoteSummary.contains { $0.text == "cuts to the harbour budget" && $0.speaker == "Tom Hale" })
        // A fronted "while" clause after "And" ends at its comma.
        let d = try annotate("And while Tom Hale has railed against the pier tax, he has sought to protect the marina.")
        #expect(d.quoteSummary.contains { $0.text == "the pier tax" })
    }

    @Test func aNamingVerbWithAnUnquotedNameAndASubjectBeforeItsRelativeClause() throws {
        let a = try annotate("At the hearing, Ruth Ames called the harbour budget a disgrace.")
        #expect(a.quoteSummary.map(\.text) == ["the harbour budget a disgrace"])
        // A phone call names nothing.
        #expect(try annotate("Ruth Ames called her brother a week later.").quotes.isEmpty)
        // "as" gives the name too; a bare object does not.
        let c = try annotate("Ruth Ames described the harbour budget as ruinous for the fleet.")
        #expect(c.quoteSummary.map(\.text) == ["the harbour budget as ruinous for the fleet"])
        #expect(try annotate("Ruth Ames described the storm.").quotes.isEmpty)
        let b = try annotate("One of the pilots who signed the letter called the new pier a hazard.")
        #expect(b.quoteSummary.map(\.speaker) == ["One of the pilots"])
    }

    @Test func aSpeechNounBeforeAColonIntroducesTheNextParagraph() throws {
        let doc = try annotate("On July 6, 2015, Ruth Ames made the following comment:\n\n“The pier is unsafe and the council knows it.”\n\nThe board then read this statement by Tom Hale on June 11:\n\n“If you look at the harbour, the pier is fine.”")
        #expect(doc.quoteSummary.map(\.speaker) == ["Ruth Ames", "Tom Hale"])
        // No reporting verb, so no cue.
        #expect(doc.quotes.allSatisfy { $0.cue == nil })
    }

    @Test func aTitleWordBeforeAnAbbreviatedTitleBelongsToTheSpeaker() throws {
        let doc = try annotate("The pilots stayed away. “Subpoenas are not optional,” panel Chairman Rep. Ruth Ames (D-Maine) said after the vote.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Ruth Ames"])
    }

    @Test func aQuotationOpeningASentenceIsNeverATitle() throws {
        // "We're all America now" has as many capitals as a title, but it opens its sentence.
        let doc = try annotate("Tom Hale left. “We're all Harbour Town now,” he said.")
        #expect(doc.quoteSummary.map(\.text) == ["“We're all Harbour Town now,”"])
        #expect(doc.quoteSummary.first?.speaker == "Tom Hale")
    }

    @Test func aTwoWordSentenceAfterTheSpeakersQuotationIsSpeech() throws {
        let doc = try annotate("“We are not a burden on the harbour,” the mayor added. “Absolutely not.”")
        #expect(doc.quoteSummary.map(\.text) == ["“We are not a burden on the harbour,”", "“Absolutely not.”"])
        #expect(doc.quoteSummary.allSatisfy { $0.speaker == "mayor" })
        // Two quoted words ending someone else's sentence are a phrase, not speech.
        #expect(try annotate("The pilots were described as “harbour heroes.”").quotes.isEmpty)
    }

    @Test func aQuotedPhraseAfterAPrepositionWithoutACueIsNoOnesSpeech() throws {
        #expect(try annotate("She went into “a living room in western Pennsylvania” to watch.").quotes.isEmpty)
        // A whole quoted sentence still is speech.
        let doc = try annotate("Ruth Ames spoke. “We will reopen the harbour wall in May,” she said.")
        #expect(doc.quoteSummary.count == 1)
    }

    @Test func aQuotationRunningPastTheSentenceAfterAListenerIsTheSpeech() throws {
        let doc = try annotate("Ruth Ames told her radio audience, “What has happened is this. The council has lied about the pier.”")
        #expect(doc.quoteSummary.count == 1)
        #expect(doc.quoteSummary.first?.kind == "direct")
        #expect(doc.quoteSummary.first?.speaker == "Ruth Ames")
    }

    @Test func aCueInsideAMidSentenceSubordinateClauseEndsAtItsComma() throws {
        // "his piece" is all he said; the main clause after the comma is the writer's.
        #expect(try annotate("Tom Hale cares about few rules and once he has said his piece, he is ready to leave.").quotes.isEmpty)
    }

    @Test func verbalAttacksTakeTheirObjectAndAClauseBeforeAndStartsANewReport() throws {
        let a = try annotate("Ruth Ames mocked the harbour plan.")
        #expect(a.quoteSummary.map(\.text) == ["the harbour plan"])
        let r = try annotate("A harbour judge has rejected a request to unseal the file.")
        #expect(r.quoteSummary.map(\.text) == ["a request to unseal the file"])
        let d = try annotate("Ruth Ames is defending her early-morning posts about the pier.")
        #expect(d.quoteSummary.map(\.text) == ["her early-morning posts about the pier"])
        // "attacked" takes its object; where it was said is not part of it.
        let t = try annotate("Tom Hale attacked Ruth Ames in early-morning posts.")
        #expect(t.quoteSummary.map(\.text) == ["Ruth Ames"])
        let q = try annotate("Ruth Ames has questioned the very need for a new pier.")
        #expect(q.quoteSummary.map(\.text) == ["the very need for a new pier"])
        // "questions" after a verb is mostly a noun: "took questions from the pilots".
        #expect(try annotate("The mayor took questions from the pilots.").quotes.isEmpty)
        // "agree" reports a clause without "that" too; alone it reports nothing.
        let g = try annotate("The harbour pilots agreed it was still a costly plan.")
        #expect(g.quoteSummary.map(\.text) == ["it was still a costly plan"])
        #expect(try annotate("In the end, the two boards agreed.").quotes.isEmpty)
        // A counterfactual reports nothing.
        #expect(try annotate("Few pilots would have described the pier as safe in 2008.").quotes.isEmpty)
        // A passive participle names no speaker.
        #expect(try annotate("The court heard two pilots accused of smuggling.").quotes.isEmpty)
        let b = try annotate("The pilots said the council had erred and the mayor accused them of stalling.")
        #expect(b.quoteSummary.map(\.speaker) == ["pilots", "mayor"])
    }

    @Test func aLeadingAlthoughIsNotPartOfTheSpeakerAndANegatedPassiveReportsNothing() throws {
        let a = try annotate("Although Ruth Ames said the pier was safe, the council closed it.")
        #expect(a.quoteSummary.map(\.speaker) == ["Ruth Ames"])
        #expect(try annotate("The harbour board is not thought to be ready for the storm.").quotes.isEmpty)
    }

    @Test func aHometownAfterOfIsNotTheSpeakerAndStateNeedsThat() throws {
        let a = try annotate("Ruth Ames, 59, of Port Alder, Maine, who watched the ceremony, said the day brought back memories.")
        #expect(a.quoteSummary.map(\.speaker) == ["Ruth Ames"])
        // "state" is mostly a noun or an adjective; as a verb it takes "that".
        #expect(try annotate("Ruth Ames sued the council and state election offices in Maine.").quotes.isEmpty)
        let b = try annotate("Ruth Ames stated that the pier was safe.")
        #expect(b.quoteSummary.map(\.text) == ["the pier was safe"])
    }

    @Test func aSpeechNounWithItsPossessorReportsTheClauseAfterThat() throws {
        let a = try annotate("Fact-checkers looked at Tom Hale’s claim that there have been “thousands of storms” in the bay.")
        #expect(a.quoteSummary.contains { $0.kind == "mixed" && $0.speaker == "Tom Hale" && $0.text.hasPrefix("there have been") })
        // The clause ends at the comma that returns to the writer's sentence.
        let b = try annotate("Ruth Ames spoke first. Contrary to her claim that the pier would “stay open,” the council closed it.")
        #expect(b.quoteSummary.contains { $0.speaker == "Ruth Ames" && $0.text == "the pier would “stay open,”" })
        // A relative "that" reports nothing.
        #expect(try annotate("The council heard the claim that was made by the pilots.").quotes.isEmpty)
    }

    @Test func aCapitalisedHelperVerbEndsAName() throws {
        let doc = try annotate("Harbour Watch: Tom Hale Is Right, Storms Are Rising in the Bay this Year.\n\nTom Hale said the storms were rising.")
        #expect(doc.entities.contains { $0.name == "Tom Hale" })
        #expect(!doc.entities.contains { $0.name.contains("Is ") || $0.name.hasPrefix("Are") })
    }

    @Test func anAttributionBetweenCommasSplitsItsContent() throws {
        let a = try annotate("The new pier, the mayor said on Monday, will reopen in May.")
        #expect(a.quoteSummary.map(\.text) == ["The new pier", "will reopen in May"])
        #expect(a.quoteSummary.allSatisfy { $0.speaker == "mayor" })
        // A leading adjunct is part of the speech the attribution interrupts.
        let b = try annotate("In 2010, the mayor said, the pier was closed.")
        #expect(b.quoteSummary.map(\.text) == ["In 2010", "the pier was closed"])
    }

    @Test func aParticiplePhraseBetweenCommasBelongsToTheNameBeforeIt() throws {
        let doc = try annotate("Many pilots were surprised when Tom Hale, after railing against the pier tax, produced a plan.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Tom Hale"])
    }

    @Test func aParticipleBeforeTheSubjectReportsUpToTheComma() throws {
        let a = try annotate("After saying the pier was unsafe, Ruth Ames closed it.")
        #expect(a.quoteSummary.map(\.text) == ["the pier was unsafe"])
        #expect(a.quoteSummary.first?.speaker == "Ruth Ames")
        let b = try annotate("Citing the storm damage, the harbour master closed the pier.")
        #expect(b.quoteSummary.map(\.text) == ["the storm damage"])
        #expect(b.quoteSummary.first?.speaker == "harbour master")
        let c = try annotate("Bemoaning the “rigged budget,” Ruth Ames walked out.")
        #expect(c.quoteSummary.contains { $0.kind == "mixed" && $0.speaker == "Ruth Ames" })
    }

    @Test func afterWhatANamingVerbNamesOnlyTheQuotation() throws {
        let doc = try annotate("The port had been involved with what several pilots called “fraud” lead the council to act.")
        #expect(doc.quoteSummary.map(\.text) == ["“fraud”"])
        #expect(doc.quoteSummary.first?.speaker == "several pilots")
    }

    @Test func aFrontedSubordinateClauseAndASecondPredicateAreNotSpeech() throws {
        // The clause before ", the mayor said" only says when.
        #expect(try annotate("But when the council cut the ferry budget last year, the mayor said nothing.").quotes.isEmpty)
        // A whole sentence before it still is speech.
        let a = try annotate("If the council cuts the budget, the ferry will stop, the mayor said.")
        #expect(a.quoteSummary.map(\.text) == ["If the council cuts the budget, the ferry will stop"])
        // "... and kept going": the speaker's next act, not what was chanted.
        let b = try annotate("The fishermen chanted “Save our pier!” and kept marching until midnight.")
        #expect(b.quoteSummary.map(\.text) == ["“Save our pier!”"])
    }

    @Test func aQuotationAfterASentenceWithANamedSubjectIsThatPersonsSpeech() throws {
        let doc = try annotate("Senator Ruth Ames named the fishermen's fatigue as one reason to act. “The younger crews are sick and tired of waiting for the pier.”")
        let q = try #require(doc.quotes.first)
        #expect(q.speaker?.name == "Ruth Ames")
        // No reporting verb, so no cue.
        #expect(q.cue == nil)
        // A group or a later cue in the paragraph does not make the earlier subject the speaker.
        let b = try annotate("Ruth Ames named one reason to act. “The crews are sick and tired of waiting,” a pilot said.")
        #expect(b.quotes.first?.speaker?.name == "pilot")
    }

    @Test func freeRelativesDitransitiveDenialsAndStrandedPrepositionsReportNothing() throws {
        #expect(try annotate("Everything the mayor says is a lie unless proven otherwise.").quotes.isEmpty)
        #expect(try annotate("If they fail, the board could deny them fishing permits until the work is done.").quotes.isEmpty)
        #expect(try annotate("They got harbour passes in the mail they never asked for or simply lost.").quotes.isEmpty)
        // A preposition before a number keeps its object.
        let doc = try annotate("The harbour master said about 20 boats had left.")
        #expect(doc.quoteSummary.map(\.text) == ["about 20 boats had left"])
    }

    @Test func whatASpeakerTalksAboutIsTheContent() throws {
        let a = try annotate("Ruth Ames talked about the pier budget.")
        #expect(a.quoteSummary.map(\.text) == ["the pier budget"])
        let b = try annotate("Tom Hale has commented on the closure of the fish market.")
        #expect(b.quoteSummary.map(\.text) == ["the closure of the fish market"])
        // Without its particle "talk" reports nothing.
        #expect(try annotate("Ruth Ames talked to the pilots.").quotes.isEmpty)
    }

    @Test func aRecordShowsWhatItHolds() throws {
        let a = try annotate("The Gazette/Harbour poll shows Tom Hale ahead by four points.")
        #expect(a.quoteSummary.map(\.text) == ["Tom Hale ahead by four points"])
        #expect(a.quoteSummary.map(\.speaker) == ["Gazette/Harbour poll"])
        let b = try annotate("Video of the storm shows the old pier collapsing into the bay.")
        #expect(b.quoteSummary.map(\.text) == ["the old pier collapsing into the bay"])
        // A person showing something says nothing.
        #expect(try annotate("Tom Hale shows the new boats to visitors.").quotes.isEmpty)
        // However long the phrase that names the record.
        let c = try annotate("The latest Gazette/Harbour poll released Friday shows that Tom Hale leads by four points.")
        #expect(c.quoteSummary.map(\.text) == ["Tom Hale leads by four points"])
        #expect(c.quoteSummary.first?.speaker?.hasSuffix("poll") == true)
        let d = try annotate("Data from the 2014 harbour survey show that most boats are small.")
        #expect(d.quoteSummary.first?.speaker == "Data")
        // "find" is an evidence verb too; a coordinated verb keeps the sentence's subject.
        let e = try annotate("One study found the pier would cost twice as much.")
        #expect(e.quoteSummary.map(\.text) == ["the pier would cost twice as much"])
        let f = try annotate("The Gazette checked the harbour log, which keeps a running tally, and found the pier was busy.")
        #expect(f.quoteSummary.allSatisfy { $0.speaker != "running tally" })
    }

    @Test func aBareFormBeforeAHelperVerbIsANoun() throws {
        let doc = try annotate("Tom Hale said the pier was safe and his harbour comment was a joke.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Tom Hale"])
        // So is an "-s" form before "as".
        #expect(try annotate("The Gazette rated 32% of Harbour claims as “false” or “pants on fire,” compared to 11% of Pier claims.").quoteSummary.allSatisfy { $0.speaker != "Harbour" })
        // So is one a word after "a" or "an".
        #expect(try annotate("The two taped an hourlong show that aired on Thursday.").quotes.isEmpty)
    }

    @Test func aCommitmentInsideReportedSpeechIsNotASecondQuote() throws {
        let doc = try annotate("Harbour officials said they have agreed to repair the pier by May.")
        #expect(doc.quoteSummary.map(\.text) == ["they have agreed to repair the pier by May"])
        // So are an intention and an act whose object is the content.
        let b = try annotate("Ruth Ames spoke on Monday. She said the harbour board and its allies will seek new tariffs.")
        #expect(b.quoteSummary.map(\.text) == ["the harbour board and its allies will seek new tariffs"])
        let c = try annotate("Ruth Ames said the fishermen and their unions praised the new pier.")
        #expect(c.quoteSummary.map(\.speaker) == ["Ruth Ames"])
        // After ", and" the verb begins a report of its own.
        let d = try annotate("Ruth Ames said the pier was safe, and the fishermen praised the new pier.")
        #expect(d.quoteSummary.map(\.speaker) == ["Ruth Ames", "fishermen"])
    }

    @Test func asidesFreeRelativesAndPrepositionalObjectsAreNotAttributions() throws {
        #expect(try annotate("It's worth noting that the pier is old.").quotes.isEmpty)
        #expect(try annotate("That was what Ruth Ames said when she resigned from the board.").quotes.isEmpty)
        let doc = try annotate("In a statement announcing the plan, the harbour board called Hale a “champion” of the port.")
        #expect(doc.quoteSummary.allSatisfy { $0.speaker != "statement" })
        // A quantity before "of" keeps the group as the subject.
        let q = try annotate("Hawaii, as one of the mayor's climate advisers pointed out, rarely gets hurricanes.")
        #expect(q.quoteSummary.contains { $0.speaker == "one of the mayor's climate advisers" })
    }

    @Test func addingThingsIsNotSpeechAndATrailingAttributionEndsTheContent() throws {
        let a = try annotate("Tom Hale said the builders had widened the pier by adding a few planks to the old frame.")
        #expect(a.quoteSummary.map(\.text) == ["the builders had widened the pier by adding a few planks to the old frame"])
        let b = try annotate("“It was personal,” he said, adding he would never vote for the plan.")
        #expect(b.quoteSummary.contains { $0.text == "he would never vote for the plan" })
        let c = try annotate("Harbour rules called for the boats to be moved to the north dock, sources said.")
        #expect(c.quoteSummary.contains { $0.text == "the boats to be moved to the north dock" })
    }

    @Test func subjectsAfterAQuotationAndBeforeLongLeadingPhrases() throws {
        // A trailing attribution whose subject holds a prepositional phrase.
        let a = try annotate("“Why didn’t he pay?” a narrator in the council ad asks.")
        #expect(a.quoteSummary.first?.speaker == "narrator in the council ad")
        // A participle phrase with its own preposition stays in the subject.
        let b = try annotate("Protesters marching through the streets chanted “What curfew?” and kept going.")
        #expect(b.quoteSummary.allSatisfy { $0.speaker == "Protesters marching through the streets" })
        // A long leading prepositional phrase before the subject.
        let c = try annotate("With harbour leaders increasingly worried about a lack of passion for the pier among young fishermen, Mayor Ruth Ames is rolling out a new message: “It is about me.”")
        #expect(c.quoteSummary.first?.speaker == "Ruth Ames")
    }

    @Test func aGenderedPronounPrefersALaterPersonOfItsGender() throws {
        let doc = try annotate("“The pier must close,” Sen. Tom Merrow said.\n\nMayor Ruth Ames was more careful. Though she called the plan “bold,” she made no promise.")
        #expect(doc.quoteSummary.contains { $0.text == "“bold,”" && $0.speaker == "Ruth Ames" })
    }

    @Test func aColonEndingAParagraphDoesNotIntroduceTheNextOnesLabels() throws {
        let doc = try annotate("Partial transcript as follows:\n\n“WALLACE: Let us start with the pier.”\n\n“AMES: Well, look, the pier is closed.”")
        #expect(doc.quoteSummary.allSatisfy { $0.speaker != "Partial" })
    }

    @Test func nounFormsAfterArticlesAndVerbsAfterAParentheticalCue() throws {
        // "jokes" after "more" is a noun, so "tell more jokes" reports nothing.
        #expect(try annotate("Ruth Ames needs to relax and tell more jokes.").quotes.isEmpty)
        // After a parenthetical cue the content opens with its own verb.
        let doc = try annotate("The museum, Ruth Ames said, celebrated several of her heroes.")
        #expect(doc.quoteSummary.contains { $0.text == "celebrated several of her heroes" && $0.speaker == "Ruth Ames" })
        // ... but not with a participle before a preposition.
        let other = try annotate("The top fifth paid most of the tax, the group said, compared with a tenth for the rest.")
        #expect(other.quoteSummary.allSatisfy { !$0.text.hasPrefix("compared") })
    }

    @Test func aUserReportingVerbLexiconAddsObjectAndPhrasalCues() throws {
        // A user's own lexicon: "slam" takes its object as content; "hit out at" is a phrasal cue.
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("annotate-verbs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let verbs = dir.appendingPathComponent("verbs.tsv")
        try Data("lemma\tforms\tframing\tneeds_that\tcontent\nsay\tsay,says,said\tneutral\t0\nslam\tslams,slammed\tcritical\t0\tobject\nhit at\thits,hit\tcritical\t0\tobject\n".utf8)
            .write(to: verbs)
        let pipeline = try inlinePipeline("""
            {"stages": [{"stage": "ingest", "options": {"verbatim": true}}, {"stage": "sentences"},
              {"stage": "quotes", "options": {"reportingVerbs": "\(verbs.path)"}}]}
            """)
        func run(_ text: String) -> [String] {
            var doc = Document(id: "u", input: RawInput(format: .text, bytes: Array(text.utf8), source: "t"))
            pipeline.process(&doc)
            return doc.quotes.map { q in doc.string(q.span) }
        }
        #expect(run("Ruth Ames slammed the harbour budget.") == ["the harbour budget"])
        #expect(run("Ruth Ames hit at the harbour budget.") == ["the harbour budget"])
        // Without its particle the phrasal form is no cue.
        #expect(run("The storm hit the harbour.").isEmpty)
    }

    @Test func aTextOfCapitalWordsOnlyIsNotALabel() throws {
        // The label scan must stop at the end of the text ("NEWS ALERT" crashed it).
        #expect(try annotate("NEWS ALERT").quotes.isEmpty)
        #expect(try annotate("Harbour News").quotes.isEmpty)
    }

    @Test func aPluralAfterAPrepositionAndAPossessiveIsANoun() throws {
        // "because of the mayor's budget claims," is a noun phrase: "claims" reports nothing here.
        let doc = try annotate("The board may not act because of Ruth Ames's Harbour Act claims, the pilots rarely sail there, and the pier stays shut.")
        #expect(doc.quotes.isEmpty)
        // A possessive subject phrase still has its verb: "Ruth Ames's lawyer claims ...".
        let verb = try annotate("Ruth Ames's lawyer claims the pier was unsafe.")
        #expect(verb.quoteSummary.contains { $0.text == "the pier was unsafe" })
    }

    @Test func anObjectEndsAtWhileOrBecause() throws {
        // A noun phrase as content does not run on through "while" or "because".
        let doc = try annotate("Ruth Ames spoke about her years on the harbour board while at the pilots' dinner.")
        #expect(doc.quoteSummary.map(\.text) == ["her years on the harbour board"])
        let other = try annotate("Ruth Ames criticized the new toll because of the long queues.")
        #expect(other.quoteSummary.map(\.text) == ["the new toll"])
    }

    @Test func aBaseFormAfterASingularNounPhraseIsANoun() throws {
        // "question" after "the most basic" is a noun: a present verb needs a plural subject.
        #expect(try annotate("The returns would settle the most basic question: How much does he pay?").quotes.isEmpty)
        // Plural subjects keep their verb, also through a prepositional phrase and after "and".
        let plural = try annotate("Pilots around the harbour say the toll is too high.")
        #expect(plural.quoteSummary.contains { $0.text == "the toll is too high" })
        let and = try annotate("The pilots will stay calm and question the toll.")
        #expect(and.quoteSummary.contains { $0.text == "the toll" })
    }

    @Test func anObjectEndsAtDuringUnlessItHoldsAClause() throws {
        let doc = try annotate("The pilots could call on their help during storms.")
        #expect(doc.quoteSummary.map(\.text) == ["their help"])
        // A clause inside the object keeps its own circumstance.
        let clause = try annotate("Ruth Ames accused him of sleeping when late calls came in during the storm.")
        #expect(clause.quoteSummary.map(\.text) == ["him of sleeping when late calls came in during the storm"])
    }

    @Test func aRestrictiveRelativeClauseStandsBetweenTheSubjectAndItsVerb() throws {
        // "who live near the pier" is the subject's relative clause: the residents speak.
        let a = try annotate("Residents who live near the pier said the tolls were too high.")
        #expect(a.quoteSummary.contains { $0.text == "the tolls were too high" && $0.speaker == "Residents" })
        let b = try annotate("Officials who declined to be named said the pier would close.")
        #expect(b.quoteSummary.contains { $0.text == "the pier would close" && $0.speaker == "Officials" })
        // A name inside the relative clause does not speak for the main verb.
        let c = try annotate("Pilots who worked with Ruth Ames said the tolls were too high.")
        #expect(c.quoteSummary.contains { $0.text == "the tolls were too high" && $0.speaker == "Pilots" })
    }

    @Test func whichAboutAGroupInsideAnAppositiveLeavesThePersonSpeaking() throws {
        let a = try annotate("Ruth Ames, a spokeswoman for the Harbour Trust, which runs the port, said the tolls were too high.")
        #expect(a.quoteSummary.contains { $0.text == "the tolls were too high" && $0.speaker == "Ruth Ames" })
        // Without a person before it, the group speaks.
        let b = try annotate("The Harbour Trust, which runs the port, said the tolls were too high.")
        #expect(b.quoteSummary.contains { $0.text == "the tolls were too high" && $0.speaker == "Harbour Trust" })
    }

    @Test func aCircumstanceBetweenCommasBeforeThatIsNotContent() throws {
        let doc = try annotate("The mayor insisted, most recently in an interview with Harbour Radio, that he wants a new pier.")
        #expect(doc.quoteSummary.map(\.text) == ["he wants a new pier"])
        // A comma right before the end of the sentence leaves nothing to read.
        #expect(try annotate("The mayor insisted, then.").quotes.isEmpty)
    }

    @Test func aVerbLendingItsSubjectToAnInfinitiveReportsSpeech() throws {
        let a = try annotate("The mayor continues to insist that he wants a new pier.")
        #expect(a.quoteSummary.contains { $0.text == "he wants a new pier" && $0.speaker == "mayor" })
        let b = try annotate("Ruth Ames went on to say the pier was unsafe.")
        #expect(b.quoteSummary.contains { $0.text == "the pier was unsafe" && $0.speaker == "Ruth Ames" })
        // Declining to say reports nothing.
        #expect(try annotate("Ruth Ames declined to say whether the pier was unsafe.").quotes.isEmpty)
    }

    @Test func aPastPerfectAfterAndIsTheReportedClausesNextPredicate() throws {
        let doc = try annotate("Marc Olsen wrote that he was “personally embarrassed” and had asked for a full review of the ferry.")
        #expect(doc.quoteSummary.first?.text == "he was “personally embarrassed” and had asked for a full review of the ferry")
        // A present perfect is the speaker's own act, cut with its helper and "and".
        let own = try annotate("Ruth Ames said the pier was safe and has asked the council to reopen it.")
        #expect(own.quoteSummary.map(\.text) == ["the pier was safe", "the council to reopen it"])
        // A claim for money is no statement.
        #expect(try annotate("Passengers on late ferries can claim up to 600 euros in compensation.").quoteSummary.isEmpty)
    }

    @Test func aGerundAfterAPrepositionStaysInsideTheReportedClause() throws {
        let doc = try annotate("A former pilot told reporters she had been fired in 2013 after calling the harbour's ethics hotline.")
        #expect(doc.quoteSummary.map(\.text) == ["she had been fired in 2013 after calling the harbour's ethics hotline"])
        // After a comma, the word leading a second act goes with it.
        let second = try annotate("Ruth Ames said the pier was unsafe, before warning that the ferry would stop.")
        #expect(second.quoteSummary.map(\.text) == ["the pier was unsafe", "the ferry would stop"])
    }

    @Test func aFactChecksHeadingsAreNoSpeakers() throws {
        let doc = try annotate("CLAIM: “Crime is up 40 percent in our harbour towns,” Gov. Ron Baker said.\n\nTHE FACTS: Not true.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Ron Baker"])
        #expect(doc.quoteSummary.map(\.kind) == ["direct"])
    }

    @Test func aShortConcessionBetweenCommasBeforeTheVerbIsInsideTheContent() throws {
        let doc = try annotate("Analysts said the fine, while large, was unlikely to hurt the ferry company.")
        #expect(doc.quoteSummary.map(\.text) == ["the fine, while large, was unlikely to hurt the ferry company"])
        // A writer's concession after the content still ends it.
        #expect(try annotate("Ruth Ames said the pier was safe, although it was old.").quoteSummary.map(\.text) == ["the pier was safe"])
    }

    @Test func aPronounAfterALeadingPhraseIsTheSubjectAndAMannerAdverbIsNoSpeech() throws {
        // The pronoun after "At the shore," is the subject, not the first word of the quotation.
        let doc = try annotate("At the far shore, she hugged her father and said, “We did well, Dad.”")
        #expect(doc.quoteSummary.first?.speaker == "she")
        // A manner adverb between commas before a quotation is neither speech nor the rest of an
        // interrupted sentence.
        let quietly = try annotate("At the shore, she said, quietly, “We did well, Dad.”")
        #expect(quietly.quoteSummary.map(\.text) == ["“We did well, Dad.”"])
        #expect(quietly.quoteSummary.map(\.kind) == ["direct"])
        // A short title-case quotation right after "said," is an utterance, not a title.
        #expect(try annotate("She hugged him and said, “Thanks, Dad.”").quoteSummary.map(\.text) == ["“Thanks, Dad.”"])
    }

    @Test func aNameInAppositionToACommonNounIsAPerson() throws {
        let doc = try annotate("“The logs were unreliable,” a judge wrote.\n\nA tenant, Maribel Ortiz, showed me a wall black with mold. Her son has asthma, she told me.")
        #expect(doc.quoteSummary.last?.speaker == "Maribel Ortiz")
    }

    @Test func aParticipleAboutTheSourceAfterAccordingToIsSkipped() throws {
        let doc = try annotate("According to the lawsuit, filed in state court, Greystone ignored 1,200 complaints from tenants.")
        #expect(doc.quoteSummary.map(\.text) == ["Greystone ignored 1,200 complaints from tenants"])
    }

    @Test func postedAfterAQuotationReportsIt() throws {
        let doc = try annotate("“Stay inside. Stay away from the pier,” the harbour office posted on social media.")
        #expect(doc.quoteSummary.first?.speaker == "harbour office")
        #expect(try annotate("Ruth Ames posted a photo of the pier.").quoteSummary.isEmpty)
        // A word inside a quotation is never the subject that names the next quotation's speaker.
        let signs = try annotate("The storm hit at noon.\n\n“Stay inside. Stay away from the pier,” the signs flashed all night. “This is a dangerous storm.”")
        #expect(signs.quoteSummary.allSatisfy { $0.speaker != "Stay" })
    }

    @Test func aQuotationBeforeARoleAndItsNameIsDirect() throws {
        let doc = try annotate("“We should have left,” his wife, Carmen Ortega, said.")
        #expect(doc.quoteSummary.map(\.kind) == ["direct"])
        #expect(doc.quoteSummary.map(\.text) == ["“We should have left,”"])
        #expect(doc.quoteSummary.first?.speaker == "Carmen Ortega")
        let mayor = try annotate("“The pier is safe,” the mayor, Ruth Ames, said.")
        #expect(mayor.quoteSummary.map(\.text) == ["“The pier is safe,”"])
        // The name after "named" in an appositive speaks.
        let named = try annotate("Another passenger, a retired teacher named Joseph Adeyemi, said the crew had “simply disappeared.”")
        #expect(named.quoteSummary.first?.speaker == "Joseph Adeyemi")
        let pair = try annotate("“This decision is flawed,” the company's president, Nick Harlow, and its chief legal officer, Jennifer Nwosu, wrote.")
        #expect(pair.quoteSummary.map(\.kind) == ["direct"])
        let neighbor = try annotate("“It was loud,” a neighbor, Tom Hale, said.")
        #expect(neighbor.quoteSummary.map(\.kind) == ["direct"])
        // A clause before the name keeps its words.
        #expect(try annotate("The pier closes, Ruth Ames said.").quoteSummary.map(\.text) == ["The pier closes"])
    }

    @Test func aPhraseAfterTheVerbThatCouldBeTheSubjectIsNoCircumstance() throws {
        let doc = try annotate("The woman's son, Gareth Price, said his mother, who has dementia, had been left in a chair.")
        #expect(doc.quoteSummary.map(\.text) == ["his mother, who has dementia, had been left in a chair"])
        // A circumstance still makes the attribution interrupt the speech.
        let statement = try annotate("The pier, Ruth Ames said in a statement, was unsafe.")
        #expect(statement.quoteSummary.map(\.text) == ["The pier", "was unsafe"])
    }

    @Test func aParticleInAnAppositiveNameAndAPossessorBeforeACoordinatedCue() throws {
        let doc = try annotate("“These objects were taken by force,” the museum's director, Pieter van Dam, told reporters.")
        #expect(doc.quoteSummary.first?.speaker == "Pieter van Dam")
        let possessor = try annotate("Nigeria's minister of culture, Amaka Obi, said the return was welcome and thanked the museum for its “courage.”")
        #expect(possessor.quoteSummary.allSatisfy { $0.speaker == "Amaka Obi" })
    }

    @Test func twoDeterminerPhrasesAfterACommaSpeakTogether() throws {
        let doc = try annotate("Ferry crews will get a raise, their union and the operator said on Friday.")
        #expect(doc.quoteSummary.map(\.text) == ["Ferry crews will get a raise"])
        #expect(doc.quoteSummary.first?.speaker == "their union and the operator")
    }

    @Test func aSourceWordBeforeReportsThatNamesWhoReported() throws {
        let doc = try annotate("Olivia Grant resigned after newspaper reports that she had used the money for a second home.")
        #expect(doc.quoteSummary.map(\.text) == ["she had used the money for a second home"])
        #expect(doc.quoteSummary.first?.speaker == "newspaper reports")
        // With a possessor, reports are a record's, not a speech noun.
        #expect(try annotate("The harbour's reports that fares rose were wrong.").quoteSummary.isEmpty)
    }

    @Test func aHeadlinesBareRoleAfterSaysSpeaks() throws {
        let doc = try annotate("Harbour 'will not be bullied' over ferry strike, says council leader")
        #expect(doc.quoteSummary.first?.speaker == "council leader")
        #expect(try annotate("It is what it is, says nothing.").quoteSummary.isEmpty)
    }

    @Test func askedMayBeInvertedAfterAQuestion() throws {
        let doc = try annotate("“Who is going to watch my kids?” asked Tamika Brooks, a nurse.")
        #expect(doc.quoteSummary.first?.speaker == "Tamika Brooks")
    }

    @Test func anInvertedRoleWithTheNameInAnAppositive() throws {
        let doc = try annotate("“Nobody goes into nursing to strike,” said the union's president, Abena Mensah.")
        #expect(doc.quoteSummary.first?.speaker == "Abena Mensah")
        // Not past a relative clause.
        let who = try annotate("“The pier is safe,” said the harbour master, who asked not to be named.")
        #expect(who.quoteSummary.first?.speaker == "harbour master")
    }

    @Test func aLowerCaseQuotationInsideTheWritersSentenceIsAFragment() throws {
        // ("thanked" reports its object when quoted words open in it: the object is mixed, the quotation a partial in it.)
        let doc = try annotate("Ellen Park thanked the council for “working through the night to save the pier.”")
        #expect(doc.quoteSummary.map(\.kind) == ["mixed", "partial"])
        // A quotation opening its sentence is an utterance.
        #expect(try annotate("The council met. “We worked through the night to save the pier.”").quoteSummary.map(\.kind) == ["direct"])
    }

    @Test func aPronounSubjectKeepsTheReferentPastANameInALeadingPhrase() throws {
        // "Kai Turner" in the leading phrase, and the verb of its relative clause, are not the sentence's subject.
        let doc = try annotate("Sally Dunne said her side had “earned the right to dream.” Asked about Kai Turner, who joined in January, she smiled. “He's 19,” she said.")
        #expect(doc.quoteSummary.last?.speaker == "Sally Dunne")
        // A named subject is still the new topic.
        let topic = try annotate("“We lost,” Graham Ellis said. The goalkeeper, Sam Whitlock, made eight saves. “I've dreamed of this,” he said.")
        #expect(topic.quoteSummary.last?.speaker == "Sam Whitlock")
    }

    @Test func givenNamesFromOutsideTheEnglishSpeakingWorldMakePeople() throws {
        let doc = try annotate("“No offer was made,” Andre Costa said.\n\nThe agent, Federico Bianchi, struck a different note. “The striker is ambitious,” he said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Andre Costa", "Federico Bianchi"])
    }

    @Test func aPronounAfterTheSentencesNamedSubjectIsThatPerson() throws {
        // Lee spoke last, but "he" in the subordinate clause is the sentence's subject.
        let doc = try annotate("Tom Lee said the pier was unsafe. John Ames is drawing criticism after he suggested that the tolls were fair.")
        #expect(doc.quoteSummary.contains { $0.text == "the tolls were fair" && $0.speaker == "John Ames" })
        // A name inside a quotation is not the sentence's subject.
        let quoted = try annotate("Tom Lee spoke first. “John Ames is wrong,” he said.")
        #expect(quoted.quoteSummary.contains { $0.speaker == "Tom Lee" })
    }

    @Test func aClauseOfWhenItWasSaidIsNotContent() throws {
        // "as he entered the talks" tells when the mayor spoke, after the quotation or not.
        #expect(try annotate("The mayor said Friday as he entered the talks.").quotes.isEmpty)
        #expect(try annotate("“We will rebuild,” the mayor said Friday as he entered the talks.").quoteSummary.map(\.kind) == ["direct"])
        // A weekday before the content is not that clause.
        #expect(try annotate("The mayor said Friday he would resign.").quoteSummary.map(\.text) == ["he would resign"])
    }

    @Test func aDescriptorBeforeAFirstNameIsNotPartOfTheName() throws {
        // "Republican Ruth Ames" is Ruth Ames; her surname alone later is the same person.
        let doc = try annotate("Republican Ruth Ames said the pier was unsafe. Ames added that the tolls were too high.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Ruth Ames", "Ruth Ames"])
    }

    @Test func aSurnameIsThePersonBeforeAnOrganisationThatHoldsIt() throws {
        // "Ames" is Ruth Ames, not the later "Ames Foundation", nor "Neither Ames".
        let doc = try annotate("Ruth Ames spoke first. The Ames Foundation paid for the pier. Neither Ames nor Lee came. Ames said the tolls were too high.")
        #expect(doc.quoteSummary.last?.speaker == "Ruth Ames")
    }

    @Test func speakerNamesPastTitlesDescriptorsAndFocusingAdverbs() throws {
        // A clergy title abbreviation after an inverted verb.
        let rev = try annotate("“The city will change,” said the Rev. Peter White, the pastor.")
        #expect(rev.quoteSummary.first?.speaker == "Peter White")
        // A party adjective and lower-case descriptors before the name, for a coordinated verb.
        let party = try annotate("Democratic candidate Ruth Ames, like Lee, has backed the pier but has said she will cut the tolls.")
        #expect(party.quoteSummary.contains { $0.text == "she will cut the tolls" && $0.speaker == "Ruth Ames" })
        // "Even" focuses the name and is not part of it.
        let even = try annotate("Even Norway, the pier's only backer, said it was opposed to the tolls.")
        #expect(even.quoteSummary.first?.speaker == "Norway")
        // "Having said that" inside brackets names nobody.
        let having = try annotate("(Having said that, some economists argue that taxes should be low.)")
        #expect(having.quoteSummary.allSatisfy { $0.speaker != "Having" })
    }

    @Test func commonNewsFormulasReportWhatWasSaidOnly() throws {
        // Not responding to a request is no speech.
        #expect(try annotate("The harbour board did not respond to a request for comment.").quotes.isEmpty)
        // A fronted "Asked ..." phrase is the question, not what the minister said.
        let asked = try annotate("Asked whether he would resign, the minister said he would stay.")
        #expect(asked.quoteSummary.map(\.text) == ["he would stay"])
        // A long participle phrase between the subject and its verb.
        let anon = try annotate("The minister, speaking on condition of anonymity because he was not authorized to discuss the talks, said they had stalled.")
        #expect(anon.quoteSummary.contains { $0.text == "they had stalled" && $0.speaker == "minister" })
    }

    @Test func aRelativeClauseInsideTheContentsSubjectStaysInTheContent() throws {
        let doc = try annotate("Police said the man, who has not been named, was arrested at his home.")
        #expect(doc.quoteSummary.map(\.text) == ["the man, who has not been named, was arrested at his home"])
        // A comment closed by the attribution itself is still cut.
        let comment = try annotate("The pier is unsafe, which worries the pilots, Ruth Ames said.")
        #expect(comment.quoteSummary.allSatisfy { !$0.text.contains("said") })
    }

    @Test func aParentheticalAttributionBeforeAPrepositionalPhrase() throws {
        // The phrase after "he said," continues the speech before it, and is the speech's second part.
        let doc = try annotate("She has come up with a plan, she said, for how the pier could reopen.")
        #expect(doc.quoteSummary.map(\.text) == ["She has come up with a plan", "for how the pier could reopen"])
        // "as well as" adds to the speech.
        let also = try annotate("The pier, the mayor said, is the town's oldest landmark, as well as its busiest.")
        #expect(also.quoteSummary.contains { $0.text == "is the town's oldest landmark, as well as its busiest" })
    }

    @Test func aSentenceInitialGerundIsNotPartOfAName() throws {
        // "Injecting Ames into the race" must not make "Injecting Ames" the later "Ames".
        let doc = try annotate("Ruth Ames spoke first. Injecting Ames into the race was a gamble. Ames said the tolls were too high.")
        #expect(doc.quoteSummary.last?.speaker == "Ruth Ames")
    }

    @Test func pronounsAfterTitledSubjectsAndUnisexFirstNames() throws {
        // "he" after the titled name that opens its sentence is that person, not an earlier speaker.
        let a = try annotate("“We will win,” Senate Leader Tom Hale said. Harbour Speaker John Ames, despite his doubts, said he does believe Hale is right.")
        #expect(a.quoteSummary.last?.speaker == "John Ames")
        // "Terry" may be a woman: "she" can be Terry Lane.
        let b = try annotate("“It is time,” said harbour widow Terry Lane. “We have waited too long,” she said.")
        #expect(b.quoteSummary.last?.speaker == "Terry Lane")
    }

    @Test func aNameWithAMiddleInitialIsTheSamePersonAsWithout() throws {
        let doc = try annotate("Ruth Ames spoke first. “No,” said Ruth K. Ames.")
        #expect(doc.quoteSummary.first?.speaker == "Ruth Ames")
        #expect(doc.entities.filter { $0.name.hasPrefix("Ruth") }.count == 1)
    }

    @Test func aPassiveNamingVerbWithItsAgent() throws {
        let doc = try annotate("The harbour master has been called a tyrant by local pilots for raising the tolls.")
        #expect(doc.quoteSummary.map(\.text) == ["a tyrant"])
        #expect(doc.quoteSummary.first?.speaker == "local pilots")
        // "called out by" is another verb, and a passive without "by" names no speaker.
        #expect(try annotate("He has been called out by local pilots.").quotes.isEmpty)
        #expect(try annotate("The pier was called a wonder.").quotes.isEmpty)
    }

    @Test func twoNamesJoinedByAndSpeakTogether() throws {
        let doc = try annotate("But Ruth Ames and Tom Lee said the pier was unsafe. They added that the tolls would rise.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Ruth Ames and Tom Lee", "Ruth Ames and Tom Lee"])
        // Inside a list before "who", only the last name speaks.
        let list = try annotate("Guests included Tom Hale, Ruth Ames and Tom Lee, who joked that the pier was haunted.")
        #expect(list.quoteSummary.first?.speaker == "Tom Lee")
        // An object before "and" is not part of the subject.
        #expect(try annotate("The pilots thanked Ruth Ames and Tom Lee said nothing.").quoteSummary.allSatisfy { $0.speaker != "Ruth Ames and Tom Lee" })
    }

    @Test func namingWithTheBaseFormCallAndTypedWords() throws {
        // "call them “...”" names; "call" elsewhere does not.
        let doc = try annotate("While the toll rises, Ruth Ames and Tom Lee call them “pirates” and describe the board as a cartel.")
        #expect(doc.quoteSummary.contains { $0.text == "“pirates”" && $0.kind == "partial" && $0.speaker == "Ruth Ames and Tom Lee" })
        #expect(doc.quoteSummary.contains { $0.text == "the board as a cartel" && $0.speaker == "Ruth Ames and Tom Lee" })
        #expect(try annotate("The pilots call it a day at noon.").quotes.isEmpty)
        // "typed" reports written words.
        let typed = try annotate("On the form, a clerk had typed “no fault found.”")
        #expect(typed.quoteSummary.contains { $0.kind == "direct" && $0.speaker == "clerk" })
    }

    @Test func wordsSomeoneUsedAreTheirs() throws {
        let doc = try annotate("Ruth Ames has used the phrase “harbour pirates” often in her campaign.")
        #expect(doc.quoteSummary.map(\.text) == ["“harbour pirates”"])
        #expect(doc.quoteSummary.first?.speaker == "Ruth Ames")
        // Without a subject, nobody is named.
        #expect(try annotate("A refusal to use the words “harbour pirates” was noted.").quotes.isEmpty)
    }

    @Test func organisationNamesAndRelativeThat() throws {
        // An organisation's head word, "of" and a name are one organisation, title words after "of" too.
        let org = try annotate("According to the state Department of Marine Resources, the fleet has shrunk. The Department of Justice said the pier was safe.")
        #expect(org.quoteSummary.map(\.speaker) == ["Department of Marine Resources", "Department of Justice"])
        #expect(org.entities.allSatisfy { $0.kind == .organization })
        // A writer's epithet before a named organisation is not part of its name.
        let epithet = try annotate("The fleet will shrink, the conservative-leaning Harbour Foundation said.")
        #expect(epithet.quoteSummary.first?.speaker == "Harbour Foundation")
        // "that" before the speaker inside a sentence is a relative pronoun.
        let rel = try annotate("The board voted on a move that fishermen said would drive them out.")
        #expect(rel.quoteSummary.first?.speaker == "fishermen")
    }

    @Test func aPresentVerbBeforeItsObjectMakesAClause() throws {
        // "needs" is the verb of "the pier needs $3 million": the participle reports it.
        let doc = try annotate("Ruth Ames defended the increase, saying the pier needs $3 million in repairs.")
        #expect(doc.quoteSummary.contains { $0.text == "the pier needs $3 million in repairs" && $0.speaker == "Ruth Ames" })
        // A plural noun after a noun is no verb.
        #expect(try annotate("She met the board members on Monday, saying hello.").quoteSummary.allSatisfy { !$0.text.contains("members") })
    }

    @Test func aNameInsideAFrontedQuestionIsNotThePronounsPerson() throws {
        // "he" is Klein, who spoke last, not Brandt, asked about.
        let doc = try annotate("Chancellor Tom Brandt thanked her. “It is over,” said Jonas Klein, the party leader. Klein added that his party would call for an inquiry. Asked whether Brandt should resign, he said: “That is for the voters to decide.”")
        #expect(doc.quoteSummary.last?.speaker == "Jonas Klein")
        // A title abbreviation opening the sentence still leads to its person.
        let ms = try annotate("Tom Hale spoke first. Ms. Ruth Ames got a roar when, at the end of her song, she said, “Thank you very much, friends.”")
        #expect(ms.quoteSummary.last?.speaker == "Ruth Ames")
    }

    @Test func aStatementSpeaksForWhoIssuedIt() throws {
        // "the statement said" after "In a statement, Weber said": Weber's words.
        let doc = try annotate("In a statement, Anna Weber said she took “full responsibility.” “I have made mistakes,” the statement said.")
        #expect(doc.quoteSummary.last?.speaker == "Anna Weber")
        // "issued a statement calling ...": the issuer speaks; the verb is not part of its name.
        let issued = try annotate("The Harbour Council issued a statement calling the vote “a disgrace.”")
        #expect(issued.quoteSummary.allSatisfy { $0.speaker == "Harbour Council" })
        // A past participle adjective stays with its noun.
        let registered = try annotate("Only 52 percent of registered voters said the tolls were fair.")
        #expect(registered.quoteSummary.first?.speaker?.contains("registered voters") == true)
    }

    @Test func anOpeningPhraseWithAnAppositiveSpeaks() throws {
        let a = try annotate("A person familiar with the talks, who was not authorized to speak publicly, said they could resume on Tuesday.")
        #expect(a.quoteSummary.contains { $0.text == "they could resume on Tuesday" && $0.speaker == "person familiar with the talks" })
        let b = try annotate("One traveler, stuck in Denver with two children, called the delay “a nightmare.”")
        #expect(b.quoteSummary.contains { $0.kind == "partial" && $0.speaker == "One traveler" })
        // A name after a title abbreviation in the appositive speaks for the phrase.
        let c = try annotate("The minister of the harbour, Mr. Tom Hale, argues the tolls are fair.")
        #expect(c.quoteSummary.first?.speaker == "Tom Hale")
    }

    @Test func andThatContinuesTheSameSpeech() throws {
        // The board's intention after "and that" is part of what Ames said.
        let doc = try annotate("Ruth Ames said the strike was illegal and that the board would seek an injunction.")
        #expect(doc.quoteSummary.map(\.text) == ["the strike was illegal and that the board would seek an injunction"])
    }

    @Test func straightSingleQuotationMarks() throws {
        let doc = try annotate("'We were surprised by how fast it changed,' said Professor Helen Shaw. 'The trend is clear.'")
        #expect(doc.quoteSummary.map(\.kind) == ["direct", "direct"])
        #expect(doc.quoteSummary.allSatisfy { $0.speaker == "Helen Shaw" })
        // An apostrophe inside the quotation, a plural possessive and a decade are no marks.
        let inner = try annotate("'The pilots' union is angry about the '90s rules,' she said.")
        #expect(inner.quoteSummary.map(\.text) == ["'The pilots' union is angry about the '90s rules,'"])
        // A quoted title-case line on its own is a subheading.
        #expect(try annotate("The pier closed.\n\n'All Bets Are Off.'\n\nThe tolls rose.").quotes.isEmpty)
    }

    @Test func aCoordinatedVerbAfterAnIrregularPast() throws {
        let doc = try annotate("The union met in May and said the tolls were a nightmare for crews.")
        #expect(doc.quoteSummary.map(\.text) == ["the tolls were a nightmare for crews"])
    }

    @Test func accordingToAnObjectPronoun() throws {
        let doc = try annotate("Sean Burke tells a different story. According to him, it was Doyle who climbed the tower.")
        #expect(doc.quoteSummary.first?.speaker == "Sean Burke")
    }

    @Test func aParticipleAfterAClauseTakesThatClausesSubject() throws {
        // "The mayor resigned, saying ...": the sentence opens with its subject, not a leading phrase.
        let a = try annotate("The mayor resigned, saying she was tired.")
        #expect(a.quoteSummary.contains { $0.text == "she was tired" && $0.speaker == "mayor" })
        let b = try annotate("The harbour board declined to comment, citing the inquiry.")
        #expect(b.quoteSummary.contains { $0.text == "the inquiry" && $0.speaker == "harbour board" })
        // The nearest clause's subject: "she", not the camera.
        let c = try annotate("At this point the camera is facing the ground, and she becomes upset, shouting that the pier is on fire.")
        #expect(c.quoteSummary.contains { $0.text == "the pier is on fire" && $0.speaker == "she" })
        // After a modal the participle is advice, not speech.
        #expect(try annotate("The board would do well to cut the tolls, emphasizing that the pier is old.").quotes.isEmpty)
        // A base form before a preposition is a noun: "demand from China".
        #expect(try annotate("Exports slid as demand from China cooled.").quotes.isEmpty)
    }

    @Test func thatAfterACircumstanceForVerbsThatNeedIt() throws {
        // "learn" needs "that"; a circumstance may stand between them.
        let doc = try annotate("The pilots learned again during the long winter that the harbour board would not listen.")
        #expect(doc.quoteSummary.map(\.text) == ["the harbour board would not listen"])
        // Without "that" it reports nothing.
        #expect(try annotate("The pilots learned during the winter to mend their nets.").quotes.isEmpty)
    }

    @Test func aTextReadsItsWords() throws {
        let doc = try annotate("“The pier is closed,” the notice read.")
        #expect(doc.quoteSummary.first?.speaker == "notice")
        let sign = try annotate("The sign reads: “No fishing from the pier.”")
        #expect(sign.quoteSummary.first?.kind == "direct")
        // Reading something reports nothing.
        #expect(try annotate("She read the report on the pier.").quotes.isEmpty)
    }

    @Test func aRequestKeepsItsListener() throws {
        // Like "urged Congress to act", a request names whom it asks.
        let doc = try annotate("Ruth Ames asked the harbour board to delay the vote.")
        #expect(doc.quoteSummary.map(\.text) == ["the harbour board to delay the vote"])
        let warn = try annotate("The council warned the pilots to stay away from the pier.")
        #expect(warn.quoteSummary.map(\.text) == ["the pilots to stay away from the pier"])
    }

    @Test func aPastVerbBeforeAParticipleEndsTheSubject() throws {
        let doc = try annotate("The ad seizes on remarks the harbour master made questioning why the pier is closed.")
        #expect(doc.quoteSummary.first?.speaker == "harbour master")
        // A reduced relative before a finite verb stays in the subject. (Of a common noun: a group noun, "The experts I
        // interviewed", "The pilots I interviewed", is named alone.)
        let finite = try annotate("The sailors I interviewed said the pier was safe.")
        #expect(finite.quoteSummary.first?.speaker == "sailors I interviewed")
    }

    @Test func aClosedRelativeClauseLeavesTheNameAsTheMention() throws {
        // The verb follows the closed relative clause: the mention is the name, not "who".
        let doc = try annotate("Senate President Alan Ruiz, who sponsored the bill, called the veto a mistake.")
        #expect(doc.quotes.first?.speaker?.resolution == .name)
        let inside = try annotate("Ruth Ames, who said the pier was unsafe, left.")
        #expect(inside.quotes.first?.speaker?.resolution == .relative)
    }

    @Test func moreIrregularPastVerbsEndTheRelativeClausesSpeech() throws {
        let doc = try annotate("Tom Hale, who joked about the pier, sang for the crowd.")
        #expect(doc.quoteSummary.map(\.text) == ["the pier"])
    }

    @Test func lendersWithAPlainNounPhraseAndNoNameI() throws {
        // "like to say" lends its subject; "Harbour pilots" has no determiner.
        let doc = try annotate("Harbour pilots like to say the pier is “falling apart.”")
        #expect(doc.quoteSummary.contains { $0.kind == "mixed" && $0.speaker == "Harbour pilots" })
        // The pronoun "I" is no entity.
        let me = try annotate("I have fished here for years, and I have never seen the board this careless.")
        #expect(me.entities.isEmpty)
    }

    @Test func theSpeakerBeforeAnEmployerOrPlaceSpeaks() throws {
        // A name before "of", "at", "from", "in" or "on" speaks, not its employer or town.
        let named = try annotate("Nadia Brandt of Eastbridge Capital said the harbour plan was too slow.")
        #expect(named.quoteSummary.first?.speaker == "Nadia Brandt")
        let org = try annotate("Dr. Tom Hale from the University of Port Alder said the water was clean.")
        #expect(org.quoteSummary.first?.speaker == "Tom Hale")
        // A common noun keeps its whole phrase as a description.
        let analyst = try annotate("An analyst at Harbor Securities said the shares were cheap.")
        #expect(analyst.quoteSummary.first?.speaker == "analyst at Harbor Securities")
        let traders = try annotate("Traders on Mill Street warned that the loss of parking would hurt them.")
        #expect(traders.quoteSummary.first?.speaker == "Traders on Mill Street")
        let bare = try annotate("But shopkeepers on Mill Street warned that the loss of parking would hurt them.")
        #expect(bare.quoteSummary.first?.speaker == "shopkeepers on Mill Street")
        // "to" after a common noun, and a bare plural after a comma, with a base-form verb.
        let aide = try annotate("A former aide to Mayor Rita Olsen testified that she was pressured.")
        #expect(aide.quoteSummary.first?.speaker == "former aide to Mayor Rita Olsen")
        let advisers = try annotate("But in recent days, advisers to Mayor Olsen say, the mayor has grown tired of the campaign.")
        #expect(advisers.quoteSummary.first?.speaker == "advisers to Mayor Olsen")
        // Names that hold their preposition stay whole.
        let bank = try annotate("Bank of Port Alder said profits rose.")
        #expect(bank.quoteSummary.first?.speaker == "Bank of Port Alder")
        let commission = try annotate("The Commission on Harbour Safety said the pier was closed.")
        #expect(commission.quoteSummary.first?.speaker == "Commission on Harbour Safety")
        // "for" names whom a spokesman speaks for.
        let spokesman = try annotate("A spokesman for Ruth Ames said the mayor was ill.")
        #expect(spokesman.quoteSummary.first?.speaker == "Ruth Ames")
    }

    @Test func aDescriptionAfterANamesCommaIsItsAppositive() throws {
        let doc = try annotate("Scott Lyle, the attorney general of Maine, one of the states suing, said the rule was illegal.")
        #expect(doc.quoteSummary.first?.speaker == "Scott Lyle")
        // A fronted place is no name: the description speaks.
        let place = try annotate("In Port Alder, the mayor said the talks would go on.")
        #expect(place.quoteSummary.first?.speaker == "mayor")
    }

    @Test func aPronounNamesTheRoleThatIntroducedAPerson() throws {
        // "A council spokesman" and "the chairwoman" are people a later pronoun can name.
        let doc = try annotate("Ruth Ames said the plan was bad. A council spokesman said work would begin soon. He added that a review would follow.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Ruth Ames", "council spokesman", "council spokesman"])
        let chair = try annotate("Tom Hale said the pier was fine. The chairwoman said the vote was fair. She added that the board would meet again.")
        #expect(chair.quoteSummary.last?.speaker == "chairwoman")
        // "The mayor" with no one named "Mayor ..." before is a new person too.
        let mayor = try annotate("Tom Hale said the pier was fine. The mayor said the vote was fair. He added that the board would meet again.")
        #expect(mayor.quoteSummary.last?.speaker == "mayor")
    }

    @Test func aBareGroupNounAfterTellIsTheListener() throws {
        // "told analysts on a call" reports no content; "told analysts the ..." reports what follows.
        let none = try annotate("Laura Chen told analysts on a conference call.")
        #expect(none.quotes.isEmpty)
        let content = try annotate("Laura Chen told analysts the market was softer than expected.")
        #expect(content.quoteSummary.map(\.text) == ["the market was softer than expected"])
    }

    @Test func aShortSubjectBeforeTheQuotationMakesItMixed() throws {
        // "he" is as much a subject as "she": the speech is mixed, not a direct quote.
        for pronoun in ["he", "she", "we"] {
            let doc = try annotate("Tom Hale said \(pronoun) \"would make amends.\"")
            #expect(doc.quoteSummary.map(\.kind) == ["mixed", "partial"])
        }
        // "that" alone before the quotation leaves it direct.
        let that = try annotate("Tom Hale said that \"the pier is closed.\"")
        #expect(that.quoteSummary.map(\.kind) == ["direct"])
    }

    @Test func aPersonOpeningTheSentenceBeforeIsThePronounsTopic() throws {
        let text = """
        Tom Alvarez said the theft had forced the hospice to cut services. "We had to turn families away," he said.

        Brian Mallory did not speak during the hearing. In a letter, he apologized to the staff and said he was sorry.
        """
        let doc = try annotate(text)
        #expect(doc.quoteSummary.last?.speaker == "Brian Mallory")
        // A name opening a sentence inside someone's quotation is not the topic.
        let quoted = try annotate("Tom Alvarez was blunt: “No one writes songs for her. Obama had a band.” Later he said the campaign was tired.")
        #expect(quoted.quoteSummary.last?.speaker == "Tom Alvarez")
    }

    @Test func butWithAReportingVerbAndThatIsASecondSpeech() throws {
        let doc = try annotate("Karin Holm said she was pleased but warned that time was running out.")
        #expect(doc.quoteSummary.map(\.text) == ["she was pleased", "time was running out"])
        #expect(doc.quoteSummary.allSatisfy { $0.speaker == "Karin Holm" })
    }

    @Test func aLowerCaseRoleBeforeANameMakesAPerson() throws {
        // The role makes "Ingrid Falk" a woman, so "She" names her rather than the earlier speaker.
        let text = """
        Diego Santos said he had dreamed of this. City manager Ingrid Falk was furious. She claimed the ball had gone out of play.
        """
        let doc = try annotate(text)
        #expect(doc.quoteSummary.last?.speaker == "Ingrid Falk")
        // The role in an appositive leaves the name as the speaker.
        let appositive = try annotate("His teammate, goalkeeper Sam Okoye, called him “the best finisher I have played with.”")
        #expect(appositive.quoteSummary.first?.speaker == "Sam Okoye")
        // A name with its place before an appositive.
        let place = try annotate("Sen. Ron Tate of Ohio, one of the two Republicans, said that Ruiz was unfit.")
        #expect(place.quoteSummary.first?.speaker == "Ron Tate")
    }

    @Test func aDashAfterTheVerbAndADeterminerThatAreNoContent() throws {
        // The narrative after "said —" is the writer's.
        let dash = try annotate("“We will learn from this,” Joanna Reyes said — but she declined to say whether the company would pay.")
        #expect(dash.quoteSummary.map(\.text) == ["“We will learn from this,”"])
        // "that criticism" is a noun phrase, not a clause.
        let det = try annotate("The company rejected that criticism, saying it had trimmed trees.")
        #expect(det.quoteSummary.map(\.text) == ["that criticism", "it had trimmed trees"])
        let clause = try annotate("Tom Hale said that prices rose.")
        #expect(clause.quoteSummary.map(\.text) == ["prices rose"])
    }

    @Test func aHeadlineReportsWithItsOwnVerb() throws {
        let trailing = try annotate("Pier Will Close in Spring, Harbour Master Says\n\nThe pier will close.")
        #expect(trailing.quoteSummary.first.map { [$0.speaker, $0.text] } == ["Harbour Master", "Pier Will Close in Spring"])
        let leading = try annotate("Mayor Ames Says Museum Will Open in May\n\nThe museum will open.")
        #expect(leading.quoteSummary.first.map { [$0.speaker, $0.text] } == ["Mayor Ames", "Museum Will Open in May"])
        // A verb whose object is the content reports nothing in a headline.
        let object = try annotate("Harbour Board Defends Pick for Pier Post\n\nThe board met.")
        #expect(object.quotes.isEmpty)
    }

    @Test func interviewAnswersAreTheIntervieweesWords() throws {
        let text = """
        Nora Quist took over the port authority in June. She spoke to us about cranes.

        Q: Will automation cost jobs?

        A: Some roles will change. But we have promised the union that nobody will be laid off.

        Q: The union says it was never consulted.

        A: That is not true.
        """
        let doc = try annotate(text)
        let answers = doc.quoteSummary.filter { $0.speaker == "Nora Quist" }
        #expect(answers.map(\.text) == ["Some roles will change. But we have promised the union that nobody will be laid off.", "That is not true."])
        #expect(answers.allSatisfy { $0.kind == "direct" })
        // A cue inside an answer is part of it.
        #expect(!doc.quoteSummary.contains { $0.text.hasPrefix("the union that") })
        // Without a question there is no interview: "A." is only a letter.
        let none = try annotate("Nora Quist spoke.\n\nA: Some roles will change.")
        #expect(none.quotes.isEmpty)
    }

    @Test func aTranscriptLabelGivesTheSpeakersOwnWords() throws {
        let doc = try annotate("The debate was tense.\n\nPENCE: Well, look, we will win this state and we will win it big.")
        #expect(doc.quoteSummary.map(\.kind) == ["direct"])
    }

    @Test func theTermsOfAnInterviewAndAnAddresseeAreNoSpeech() throws {
        let anonymous = try annotate("One organiser, who asked not to be named for fear of losing her job, said morale was low.")
        #expect(anonymous.quoteSummary.map(\.text) == ["morale was low"])
        // "wrote to staff": the group after "to" is the addressee.
        let letter = try annotate("The chief executive, Dr. Alan Price, wrote to staff on Tuesday.")
        #expect(letter.quotes.isEmpty)
    }

    @Test func aCapitalisedAdjectiveAndDescriptorsBeforeAGroupNounAreTheSubject() throws {
        let doc = try annotate("Small business groups welcomed the penalty but said it came too late.")
        #expect(doc.quoteSummary.first?.speaker == "Small business groups")
    }

    @Test func anAttitudeNounsClauseEndsAtTheWritersVerb() throws {
        let doc = try annotate("Judge Ruth Ames's conclusion that the plan would fail was ignored by the board.")
        #expect(doc.quoteSummary.map(\.text) == ["the plan would fail"])
        let belief = try annotate("Tom Hale's belief that the pier was safe proved wrong.")
        #expect(belief.quoteSummary.map(\.text) == ["the pier was safe"])
        // A coordinated clause stays whole.
        let both = try annotate("He rejected Tom Hale's claim that the vote was rigged and the count was wrong.")
        #expect(both.quoteSummary.contains { $0.text == "the vote was rigged and the count was wrong" })
    }

    @Test func anAttitudeAdjectiveBeforeThatReportsAView() throws {
        let doc = try annotate("Harbour pilots were frustrated that the board had ignored their report.")
        #expect(doc.quoteSummary.first.map { [$0.speaker, $0.text] } == ["Harbour pilots", "the board had ignored their report"])
        #expect(doc.quotes.first?.cue?.framing == "attitude")
        // Without "that" the adjective reports nothing.
        let plain = try annotate("The frustrated pilots left the meeting early.")
        #expect(plain.quotes.isEmpty)
    }

    @Test func aTitledShortFormKeepsItsGender() throws {
        let doc = try annotate("Ruth Hale spoke first. Tom Hale spoke later. Mrs. Hale said she would win. Mr. Hale said he agreed.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Ruth Hale", "Tom Hale"])
    }

    @Test func theSubjectOfTheSentenceBeforeIsThePronounsTopic() throws {
        // The appositive name is the subject, not the possessor before it.
        let text = """
        Mark Ellison said the plan would "bankrupt the state." Ellison's spokesman, Brett Kline, dismissed the analysis. In an email, he wrote that the campaign "can't do basic math."
        """
        let doc = try annotate(text)
        #expect(doc.quoteSummary.last?.speaker == "Brett Kline")
    }

    @Test func anEmbeddedQuestionAfterTheListenerIsTheContent() throws {
        // "that report" is a noun phrase, not a "that" clause; the question follows the listener.
        let doc = try annotate("Tom Hale asked the chairwoman why the board ignored that report.")
        #expect(doc.quoteSummary.map(\.text) == ["why the board ignored that report"])
    }

    @Test func aLongListenerPhraseBeforeThat() throws {
        let doc = try annotate("Tom Hale told one of his young deckhands on a regular basis that the pier was unsafe.")
        #expect(doc.quoteSummary.map(\.text) == ["the pier was unsafe"])
    }

    @Test func labelsAndSentenceOpeningGroupNounsAreNoNames() throws {
        let doc = try annotate("Q&A: The harbour master on the pier\n\nQ: Will the pier close?\n\nA: Not this year.")
        #expect(!doc.entities.contains { ["A", "Q", "Will", "The"].contains($0.name) })
        let polls = try annotate("Polls show a close race.")
        #expect(polls.entities.first.map { [$0.name, $0.kind.rawValue] } == ["Polls", "group"])
    }

    @Test func earlyOrLateOpenATimeOnlyBeforeATimeWord() throws {
        let doc = try annotate("Marco Sala called for early elections.")
        #expect(doc.quoteSummary.map(\.text) == ["early elections"])
        let time = try annotate("Marco Sala said early Tuesday that the pier was closed.")
        #expect(time.quoteSummary.map(\.text) == ["the pier was closed"])
    }

    @Test func theRoleNamesThePersonLastNamedWithIt() throws {
        let doc = try annotate("Mayor Bill de Blasio opened the meeting. Tom Hale said the pier was fine. The mayor said the vote was fair.")
        #expect(doc.quoteSummary.last?.speaker == "Bill de Blasio")
        // A two-word title is not its last word: "Vice President" is not "the president".
        let vice = try annotate("Vice President Ruth Ames spoke. “It was good,” the president said.")
        #expect(vice.quoteSummary.last?.speaker != "Ruth Ames")
    }

    @Test func aRecordNamedWithAVerbsFormSpeaks() throws {
        // "report" is also a reporting verb; after "the" it is the record that speaks.
        let doc = try annotate("The report said costs had doubled.")
        #expect(doc.quoteSummary.first.map { [$0.speaker, $0.text] } == ["report", "costs had doubled"])
        let appositive = try annotate("The report, released Tuesday, said costs had doubled.")
        #expect(appositive.quoteSummary.first?.speaker == "report")
    }

    @Test func quotedAsSayingReportsTheSubjectsWords() throws {
        let doc = try annotate("Ruth Ames was quoted as saying the pier was unsafe.")
        #expect(doc.quoteSummary.first.map { [$0.speaker, $0.text] } == ["Ruth Ames", "the pier was unsafe"])
    }

    @Test func accordingToKeepsItsSourceBesideAPlan() throws {
        let doc = try annotate("Ruth Ames plans to visit the pier on Sunday, according to a campaign aide.")
        #expect(doc.quoteSummary.map { [$0.speaker, $0.text] } == [["campaign aide", "Ruth Ames plans to visit the pier on Sunday"]])
        // Beside a speech verb the subject speaks.
        let said = try annotate("Ruth Ames said she would visit the pier, according to a campaign aide.")
        #expect(said.quoteSummary.first?.speaker == "Ruth Ames")
    }

    @Test func aHeadlinesSpeakerIsNoAntecedent() throws {
        let text = "Retired Captain Says Pier Is Unsafe\n\nRetired harbour captain Tom Hale is speaking out, and he believes the pier will fail."
        let doc = try annotate(text)
        #expect(doc.quoteSummary.last?.speaker == "Tom Hale")
    }

    @Test func theyNamesThePluralSubjectOfTheSentenceBefore() throws {
        let doc = try annotate("Researchers at the University of Port Alder followed 3,200 students. They found that sleep mattered.")
        #expect(doc.quoteSummary.first?.speaker == "Researchers at the University of Port Alder")
        // A singular subject leaves "they" unresolved.
        let single = try annotate("Tom Hale visited his lawyers. They said the pier would close.")
        #expect(single.quoteSummary.first?.speaker == "they")
    }

    @Test func listenersAppositivesAndASecondPhrasalCue() throws {
        // A pronoun or a determiner after the listener opens the content.
        let told = try annotate("Mira Santos told the committee her company had spent $200 million on testing.")
        #expect(told.quoteSummary.map(\.text) == ["her company had spent $200 million on testing"])
        let members = try annotate("Tom Hale told the board members the plan was dead.")
        #expect(members.quoteSummary.map(\.text) == ["the plan was dead"])
        // An appositive about the source of "according to" is not the content.
        let source = try annotate("According to a statement from the Harbour Alliance, an industry group, the audits would cost millions.")
        #expect(source.quoteSummary.map(\.text) == ["the audits would cost millions"])
        // "but" and a cue with its particle start a second speech.
        let but = try annotate("Dale Whitcomb agreed that audits were needed but cautioned against rules that “freeze the industry.”")
        #expect(but.quoteSummary.map(\.text).prefix(2) == ["audits were needed", "rules that “freeze the industry.”"])
    }

    @Test func aNameAfterTheIsNoPerson() throws {
        let doc = try annotate("“We will not accept it,” the Harbour Republic said.")
        #expect(doc.entities.first { $0.name == "Harbour Republic" }?.kind == .organization)
        // A title after "the" still makes a person.
        let rev = try annotate("“We will win,” the Rev. Peter White said.")
        #expect(rev.entities.first { $0.name == "Peter White" }?.kind == .person)
    }

    @Test func oneStandsForAPerson() throws {
        let doc = try annotate("Many fans sent support. “Take all the time you need,” one wrote.")
        #expect(doc.quoteSummary.first?.speaker == "one of many fans")
        #expect(doc.entities.first { $0.name == "one of many fans" }?.kind == .person)
        let none = try annotate("No one said the pier was safe.")
        #expect(none.quoteSummary.first?.speaker == "No one")
    }

    @Test func internationalFirstNamesGiveGender() throws {
        // "Ingrid" marks a woman, so "she" passes over the man who spoke last.
        let doc = try annotate("Ingrid Falk met the board. Diego Santos said the pier was fine. She said it was not.")
        #expect(doc.quoteSummary.last?.speaker == "Ingrid Falk")
    }

    @Test func aQuotationAfterOnlyTheVerbsObjectIsPartialAlone() throws {
        // The object before the quotation adds nothing to what was said: no mixed quote around it.
        for text in ["Nora Quill likened the rules to \"burning the pier down\".",
                     "Nora Quill described the blaze as “an intentional act.”",
                     "Councillors call them “ghost boats.”"] {
            let doc = try annotate(text)
            #expect(doc.quoteSummary.map(\.kind) == ["partial"], "\(text)")
        }
        // A subject before the quotation still makes the speech mixed.
        let mixed = try annotate("Nora Quill said the council “would make amends.”")
        #expect(mixed.quoteSummary.map(\.kind) == ["mixed", "partial"])
    }

    @Test func wordsChantedOrSungAreNoTitle() throws {
        // Capitalised like a title, but uttered right after a verb of voice.
        let sung = try annotate("The band leader waved the mayors onto the stage, singing “It's Our Night.” The crowd cheered.")
        #expect(sung.quoteSummary.map(\.text) == ["“It's Our Night.”"])
        // After a naming verb a capitalised quotation stays a title.
        let title = try annotate("Nora Quill wrote a report titled “The Harbour Plan.”")
        #expect(!title.quotes.contains { $0.kind == .direct || $0.kind == .partial })
    }

    @Test func aCueAfterAQuotationsClosingMarksEndsTheContentBefore() throws {
        // The comma sits inside the closing marks; "she said" still closes the first speech.
        let doc = try annotate("Nora Quill scolded him: “You sold boats you called ‘unsinkable,’” she said. “It is wrong.”")
        #expect(doc.quoteSummary.map(\.kind) == ["direct", "direct"])
        #expect(doc.quoteSummary.first?.text == "“You sold boats you called ‘unsinkable,’”")
    }

    @Test func aShortQuotationRightAfterTheVerbIsSpeech() throws {
        // One word per sentence, but opened right after the verb: what was said.
        let chant = try annotate("The crowd chanted “Lock! Lock!” and waved.")
        #expect(chant.quoteSummary.map(\.text) == ["“Lock! Lock!”"])
        let no = try annotate("Asked whether she would run again, Ruth Ames said “No.”")
        #expect(no.quoteSummary.map(\.kind) == ["direct"])
    }

    @Test func anAttributionBetweenCommasSplitsItsContentInTwo() throws {
        // A leading adjunct or subordinate clause, then the main clause: both are what was said.
        let adjunct = try annotate("Too often, Tom Clarke said, the debate over the harbour is tribal.")
        #expect(adjunct.quoteSummary.map(\.text) == ["Too often", "the debate over the harbour is tribal"])
        let subordinate = try annotate("But even if the ferry fails, Ruth Ames said, the town has gained a pier.")
        #expect(subordinate.quoteSummary.map(\.text) == ["even if the ferry fails", "the town has gained a pier"])
        // A main clause, then a subordinate one.
        let until = try annotate("The yard was busy, Tom Clarke said, until it went bankrupt in 1999.")
        #expect(until.quoteSummary.map(\.text) == ["The yard was busy", "until it went bankrupt in 1999"])
        let modifier = try annotate("Too often, Kofi Mensah said, planting budgets are spent in green districts.")
        #expect(modifier.quoteSummary.map(\.text) == ["Too often", "planting budgets are spent in green districts"])
        // "protest" after "of" is a noun, so the part before is a phrase, not a clause.
        let phrase = try annotate("Acts of protest, Ruth Ames said, are acts of faith.")
        #expect(phrase.quoteSummary.map(\.text) == ["Acts of protest", "are acts of faith"])
        let relative = try annotate("The effect was strongest in poor districts, the researchers wrote, where tree cover is lowest.")
        #expect(relative.quoteSummary.map(\.text) == ["The effect was strongest in poor districts", "where tree cover is lowest"])
        // A leading participle describes the speaker, and one linking word is no speech.
        // A gerund phrase before a predicate is the speech's subject.
        let gerund = try annotate("Keeping the ferry fares high for too long, critics say, could empty the harbour.")
        #expect(gerund.quoteSummary.map(\.text) == ["Keeping the ferry fares high for too long", "could empty the harbour"])
        let asked = try annotate("Asked about the ferry, Ruth Ames said, she had no comment.")
        #expect(asked.quoteSummary.map(\.text) == ["she had no comment"])
        let however = try annotate("However, Ruth Ames said, the ferry was sound.")
        #expect(however.quoteSummary.map(\.text) == ["the ferry was sound"])
        // Not when the commas hold a verb's own content: "reported at the time that ...".
        let reported = try annotate("Still, the Harbour Gazette reported on Friday that the old pier, long a landmark, was unsafe.")
        #expect(reported.quoteSummary.map(\.text) == ["the old pier, long a landmark, was unsafe"])
    }

    @Test func theAgencyQuotedSomeoneAsSayingGivesThePersonQuoted() throws {
        let doc = try annotate("The agency quoted Deputy Harbour Minister Oleg Varin as saying that the port was “closed to blackmail.”")
        #expect(doc.quoteSummary.first?.speaker == "Oleg Varin")
        #expect(doc.quoteSummary.first?.text == "the port was “closed to blackmail.”")
        // "cited ... as saying" is the official's speech, not something the paper cited.
        let cited = try annotate("The Harbour Gazette cited a senior official as saying the talks had failed.")
        #expect(cited.quoteSummary.map(\.text) == ["the talks had failed"])
        #expect(cited.quoteSummary.map(\.speaker) == ["senior official"])
    }

    @Test func anAgeBeforeTheNameInAnAppositiveAndNoInversionAfterTold() throws {
        let doc = try annotate("A patient who waited 19 hours, 84-year-old Walter Briggs, told the Evening Post he had been left on a trolley.")
        #expect(doc.quoteSummary.map(\.text) == ["he had been left on a trolley"])
        #expect(doc.quoteSummary.first?.speaker == "Walter Briggs")
    }

    @Test func aTrailingGroupWithItsModifiersSpeaks() throws {
        let doc = try annotate("Port Alder Council will sell the ferry, two people with knowledge of the talks told the Gazette on Tuesday.")
        #expect(doc.quoteSummary.map(\.text) == ["Port Alder Council will sell the ferry"])
        #expect(doc.quoteSummary.first?.speaker == "two people with knowledge of the talks")
    }

    @Test func theSourceAfterAccordingToMaySpeakInARelativeClause() throws {
        let doc = try annotate("The victim was in stable condition, according to a police spokesman, who said the two did not know each other.")
        #expect(doc.quoteSummary.map(\.text) == ["The victim was in stable condition", "the two did not know each other"])
        #expect(doc.quoteSummary.map(\.speaker) == ["police spokesman", "police spokesman"])
        // Nor when the one speaking is the source's appositive.
        let owner = try annotate("No one was hurt, according to the pier's owner, Castell Marine, which said the fire started in a shed.")
        #expect(owner.quoteSummary.map(\.text) == ["No one was hurt", "the fire started in a shed"])
        // A day is nobody.
        #expect(try annotate("The pier was closed on Monday, who said the wound was deep.").quoteSummary.isEmpty)
    }

    @Test func aPronounAfterWhoSaysTheRelativeClause() throws {
        let doc = try annotate("Carla Nunes praised two harbour staff who she said had saved a life.")
        #expect(doc.quoteSummary.last?.text == "had saved a life")
        #expect(doc.quoteSummary.last?.speaker == "Carla Nunes")
    }

    @Test func anImpersonalPassiveWithAnAdverbHasNoSpeaker() throws {
        let doc = try annotate("“Rates will fall,” one harbour banker said. For crews the debate is real, and surveys show that many have cut spending.\n\nIt is often said that bankers would rather be late than sorry.")
        #expect(!doc.quoteSummary.contains { $0.text.hasPrefix("bankers would rather") })
    }

    @Test func thePhraseBeforeOfSpeaksPastAPlaceNamedAfterIt() throws {
        let doc = try annotate("When the owners of the only shop in Little Haddon announced they would retire, residents were upset.")
        #expect(doc.quoteSummary.first?.speaker == "owners of the only shop in Little Haddon")
    }

    @Test func aBaseFormVerbAgreesWithAPluralSubject() throws {
        // The plural before a prepositional phrase is the subject of "say".
        let doc = try annotate("Observers around the country say the pier is safe.")
        #expect(doc.quoteSummary.first?.speaker == "Observers around the country")
        // After a singular head and its phrase, a base form is a noun.
        let noun = try annotate("The board wanted a copy of the harbour report.")
        #expect(!noun.quotes.contains { $0.cue?.lemma == "report" })
    }

    @Test func aBareLabelBeforeAColonSpeaksTheQuotation() throws {
        let doc = try annotate("The ferry sank on Monday. Elena Vasquez: “We will not close the harbour.”")
        #expect(doc.quoteSummary.first?.speaker == "Elena Vasquez")
        // Not an editorial label.
        let label = try annotate("Update: “We will not close the harbour,” the harbour master said.")
        #expect(label.quoteSummary.first?.speaker == "harbour master")
    }

    @Test func writingSomethingIsAuthorshipNotSpeech() throws {
        let doc = try annotate("Samia Benali said she had written it over eleven years.")
        #expect(doc.quoteSummary.map(\.text) == ["she had written it over eleven years"])
        // With a clause after "it", "wrote" reports.
        #expect(try annotate("Samia Benali wrote it was time to go.").quoteSummary.map(\.text) == ["it was time to go"])
    }

    @Test func aPastVerbAfterCommaAndIsTheSpeakersNextAct() throws {
        let doc = try annotate("Mark Feld wrote in a note to clients that the ferry boom “looks a lot like a peak,” and cut his price target to $18.")
        #expect(doc.quoteSummary.first?.text == "the ferry boom “looks a lot like a peak,”")
        // A past verb with its own subject after ", and" is still a clause of the speech when it holds quoted words.
        let quoted = try annotate("Ruth Ames says the pier has been neglected for years, and “we are going to fix” that if she is elected.")
        #expect(quoted.quoteSummary.first?.text == "the pier has been neglected for years, and “we are going to fix” that if she is elected")
    }

    @Test func aNameWithItsEmployerInAnAppositiveSpeaks() throws {
        let doc = try annotate("Another analyst, Joanna Li of Redwood Securities, said the ferry company had been “too optimistic.”")
        #expect(doc.quoteSummary.first?.speaker == "Joanna Li")
        // A one-word party and state after a name is the name's description.
        let party = try annotate("Senator Dianne Feinstein, Democrat of California, said the ferry program had failed.")
        #expect(party.quoteSummary.first?.speaker == "Dianne Feinstein")
    }

    @Test func thatBeforeAFiniteVerbIsTheReportedClausesSubject() throws {
        let doc = try annotate("The first time, Graham Ellis said that was “a question for the chairman.”")
        #expect(doc.quoteSummary.first?.text == "that was “a question for the chairman.”")
        let plain = try annotate("Graham Ellis said that would be a mistake.")
        #expect(plain.quoteSummary.map(\.text) == ["that would be a mistake"])
        // The complementizer still opens a clause with its own subject.
        #expect(try annotate("Graham Ellis said that the club was safe.").quoteSummary.map(\.text) == ["the club was safe"])
    }

    @Test func remindAndAssureReportWhatTheListenerWasTold() throws {
        let remind = try annotate("The prosecutor reminded jurors that the payments were never reported.")
        #expect(remind.quoteSummary.map(\.text) == ["the payments were never reported"])
        let assure = try annotate("The minister assured farmers that help was coming.")
        #expect(assure.quoteSummary.map(\.text) == ["help was coming"])
        // The writer's idiom reports nothing, nor does a memory.
        #expect(try annotate("Rest assured, the pier is safe.").quoteSummary.isEmpty)
        #expect(try annotate("The song reminded me of my father.").quoteSummary.isEmpty)
        // A plea in court is no speech either.
        let plea = try annotate("Wren, who pleaded guilty last year and is awaiting sentencing, said he paid $120,000.")
        #expect(plea.quoteSummary.map(\.text) == ["he paid $120,000"])
        #expect(try annotate("Price pleaded not guilty to all counts.").quoteSummary.isEmpty)
    }

    @Test func aRecordSpeaksThroughItsVerbWithoutTheVerbBeforeIt() throws {
        // "cite" before the record is no modifier of it.
        let record = try annotate("Supporters cite research showing that teenagers who sleep longer do better in class.")
        #expect(record.quoteSummary.last?.speaker == "research")
        // A meeting's minutes are a record; minutes of time are not.
        let minutes = try annotate("Two members voted for a cut, minutes released alongside the decision showed.")
        #expect(minutes.quoteSummary.map(\.text) == ["Two members voted for a cut"])
        #expect(minutes.quoteSummary.map(\.speaker) == ["minutes"])
        #expect(try annotate("Minutes later, the crowd showed its anger.").quoteSummary.isEmpty)
    }

    @Test func aClauseJoinedByAndAfterAnInterruptingAttributionGoesOnWithTheSpeech() throws {
        let doc = try annotate("Ferry fares rose 8 percent, the harbour board said in its annual report, and pier fees rose 12 percent.")
        #expect(doc.quoteSummary.map(\.text) == ["Ferry fares rose 8 percent", "pier fees rose 12 percent"])
        #expect(doc.quoteSummary.map(\.speaker) == ["harbour board", "harbour board"])
        // The speaker's own next act is narrative, and so is a clause with a cue of its own.
        let act = try annotate("The pier was unsafe, Ruth Ames said on Friday, and she closed it the same day.")
        #expect(act.quoteSummary.map(\.text) == ["The pier was unsafe"])
        let cue = try annotate("Fares rose 8 percent, the board said, and the union said wages had not.")
        #expect(cue.quoteSummary.map(\.text) == ["Fares rose 8 percent", "wages had not"])
        // With commas of its own before the attribution, and a modal predicate after it.
        let modal = try annotate("The board will track fares, fees and sailings, she said, and would end the trial if results were poor.")
        #expect(modal.quoteSummary.map(\.text) == ["The board will track fares, fees and sailings", "would end the trial if results were poor"])
        let according = try annotate("Ferry fares rose 8 percent, according to the harbour board, and pier fees rose 12 percent.")
        #expect(according.quoteSummary.map(\.text) == ["Ferry fares rose 8 percent", "pier fees rose 12 percent"])
    }

    @Test func evenIfIsTheSpeakersConditionAndAnOrganisationNameMayHoldAnArticle() throws {
        let doc = try annotate("The Committee for a Sound Harbour reported that the pier would cost $15 million, even if the grants came through.")
        #expect(doc.quoteSummary.map(\.text) == ["the pier would cost $15 million, even if the grants came through"])
        #expect(doc.quoteSummary.first?.speaker == "Committee for a Sound Harbour")
        // "even as" stays the writer's.
        let asDoc = try annotate("Ruth Ames said the pier was safe, even as the council closed it.")
        #expect(asDoc.quoteSummary.map(\.text) == ["the pier was safe"])
    }

    @Test func aCoordinatedClauseWithTheSpeakersQuotedWordsContinuesTheSpeech() throws {
        let doc = try annotate("Ruth Ames says the pier has been neglected for years, and “we are going to fix” that if she is elected.")
        #expect(doc.quoteSummary.first?.text == "the pier has been neglected for years, and “we are going to fix” that if she is elected")
        // Without quoted words the second clause is the writer's.
        let plain = try annotate("The harbour board announced that it is lowering its forecast, and the downgrade is casting a shadow on the town.")
        #expect(plain.quoteSummary.map(\.text) == ["it is lowering its forecast"])
        // An apostrophe is no quotation mark.
        let apostrophe = try annotate("Ruth Ames agreed to lend the club $5,000, and the sailors' union also stepped in with money.")
        #expect(apostrophe.quoteSummary.map(\.text) == ["to lend the club $5,000"])
    }

    @Test func groupHeadsAndRolesAroundAppositivesAndParentheticals() throws {
        // A group noun heading the sentence speaks past its appositive.
        let lawyers = try annotate("Lawyers for the fishermen, a group of trawler owners, called the ruling “a disgrace.”")
        #expect(lawyers.quoteSummary.first?.speaker == "Lawyers for the fishermen")
        // A lower-case role before the name inside the commas.
        let role = try annotate("The subsidy, council chair Miriam Oduya said, would keep fares low.")
        #expect(role.quoteSummary.map(\.text) == ["The subsidy", "would keep fares low"])
    }

    @Test func aQuotationKeepsItsWordsInsideAnObjectAndARoleMayHaveAModifier() throws {
        // "when" inside the quoted words does not end the object.
        let doc = try annotate("One, retired nurse Alan Pryce, likened the ferry to \"a bus that only runs when it feels like it.\"")
        #expect(doc.quoteSummary.map(\.text) == ["\"a bus that only runs when it feels like it.\""])
        #expect(doc.quoteSummary.first?.speaker == "Alan Pryce")
        // "including Mr. ..." is no role: the group speaks.
        let group = try annotate("As many tax experts, including Mr. Hale, have pointed out, the harbour levy is too high.")
        #expect(group.quoteSummary.first?.speaker == "many tax experts")
    }

    @Test func aThatInsideAnInfinitiveComplementIsNotTheVerbs() throws {
        let doc = try annotate("Harbour Link agreed on Monday to pay $3 million to settle claims that it overcharged islanders.")
        #expect(doc.quoteSummary.map(\.text) == ["to pay $3 million to settle claims that it overcharged islanders"])
        // A listener after "to" still lets "that" open the content.
        let listener = try annotate("Ruth Ames said in a letter to the board that the pier was unsafe.")
        #expect(listener.quoteSummary.map(\.text) == ["the pier was unsafe"])
    }

    @Test func aDatelineIsNeitherContentNorSpeaker() throws {
        let doc = try annotate("PORT ALDER (Harbour Wire) - Harbour Link will pay $3 million, according to court papers.")
        #expect(doc.quoteSummary.map(\.text) == ["Harbour Link will pay $3 million"])
        // A name before a dash pair is no dateline.
        let nato = try annotate("NATO — the alliance — said it was ready.")
        #expect(nato.quoteSummary.first?.speaker == "NATO")
    }

    @Test func aVerbAfterAModalInsideTheSpeechIsNoSecondCue() throws {
        let doc = try annotate("A spokeswoman said officials were reviewing costs and would announce a decision next week.")
        #expect(doc.quoteSummary.map(\.text) == ["officials were reviewing costs and would announce a decision next week"])
        let progressive = try annotate("Volunteers at the shelter said they had run out of cots by midnight and were asking for blankets.")
        #expect(progressive.quoteSummary.map(\.text) == ["they had run out of cots by midnight and were asking for blankets"])
        // A past verb after "and" is still a second speech.
        let second = try annotate("Ruth Ames said the pier was closed and warned that the ferry would stop too.")
        #expect(second.quoteSummary.count == 2)
    }

    @Test func aRecordAfterAPossessiveSpeaksAndNamingVerbsTakeIt() throws {
        let doc = try annotate("The council's own report, published last month, estimates that the levy would raise $1.2 million.")
        #expect(doc.quoteSummary.first?.speaker == "council's own report")
        #expect(doc.quoteSummary.map(\.text) == ["the levy would raise $1.2 million"])
        let company = try annotate("The company's report says profits fell.")
        #expect(company.quoteSummary.first?.speaker == "company's report")
        // "calling it “a joke”": after a naming verb "it" is the object.
        let joke = try annotate("Maria Santos blamed the referee, calling it “a joke.”")
        #expect(joke.quoteSummary.last?.kind == "partial")
        #expect(!joke.quoteSummary.contains { $0.kind == "mixed" })
    }

    /// Regression (fuzz): an object whose end falls before its start must not build a reversed
    /// range while marking quoted words (this crashed).
    @Test func anEmptyObjectRangeDoesNotCrash() throws {
        let doc = try annotate("Citing on Friday , the mayor said, about an Are Video on Friday Is Says ( Citing Everything")
        #expect(doc.quotes.allSatisfy { $0.span.start <= $0.span.end })
    }

    /// Regression (fuzz): an empty appositive between two commas must not build a reversed range
    /// while looking for a name's employer (this crashed).
    @Test func anEmptyAppositiveDoesNotCrash() throws {
        let doc = try annotate("Alan Pryce, , said the pier was unsafe.")
        #expect(doc.quotes.allSatisfy { $0.span.start <= $0.span.end })
    }

    @Test func aPluralPossessiveBelongsToTheSpeakersPhrase() throws {
        let straight = try annotate("The teachers' union said the offer was too low.")
        #expect(straight.quoteSummary.first?.speaker == "teachers' union")
        // A curly apostrophe after a quotation is no closing mark of it.
        let curly = try annotate("“We will appeal,” the teachers’ union said.")
        #expect(curly.quoteSummary.map(\.kind) == ["direct"])
        #expect(curly.quoteSummary.first?.speaker == "teachers’ union")
    }

    @Test func aRoleInTheAppositiveMakesAPersonAndPossessivesStayWithTheListener() throws {
        // "Beatriz" is no listed first name, but "a lawyer" makes her a person the pronoun can name.
        let text = "Janet Okoro, a nurse, has lived there for years. Beatriz Salgado, a lawyer, moved in 2019. " +
            "“You cannot represent a place you just found,” Okoro told a forum. Salgado laughed at the remark. She said voters cared about rents."
        let doc = try annotate(text)
        #expect(doc.quoteSummary.last?.speaker == "Beatriz Salgado")
        // "told a candidates' forum": the listener keeps its apostrophe; nothing after it is speech.
        let forum = try annotate("“You cannot represent a place you found,” she told a candidates' forum last week.")
        #expect(forum.quoteSummary.count == 1)
        // "calls that “...”": "that" is the naming verb's object.
        let that = try annotate("Janet Okoro calls that “a landlord's argument.”")
        #expect(that.quoteSummary.map(\.kind) == ["partial"])
    }

    @Test func itSpeaksForATextNamedJustBefore() throws {
        let doc = try annotate("The council sent a letter on Thursday. It says the ferry company broke the contract.")
        #expect(doc.quoteSummary.map(\.text) == ["the ferry company broke the contract"])
        // Without a text before it, "it" is no speaker.
        #expect(doc.quoteSummary.first?.speaker == "letter")
        // "it" is never a plural group; it speaks for the text named before it.
        // ("could not prove" would be a modal inside the authors' speech, part of it: a past verb keeps its own quote.)
        let study = try annotate("The study was small, and the authors cautioned that it did not prove that walking itself caused the benefit.")
        #expect(study.quoteSummary.map(\.speaker) == ["authors", "study"])
        // "bring it back, arguing ...": "it" before a particle is an object, not the participle's subject.
        let object = try annotate("Two harbour pilots urged her to bring it back, arguing that it calmed the crews.")
        #expect(object.quoteSummary.last?.speaker == "Two harbour pilots")
        let none = try annotate("The ferry was late again. It says a lot that nobody complained.")
        #expect(none.quotes.isEmpty)
    }

    @Test func courtsRuleAndAppealsCourtIsANoun() throws {
        let doc = try annotate("A federal appeals court ruled that the harbour levy was unlawful.")
        #expect(doc.quoteSummary.map(\.text) == ["the harbour levy was unlawful"])
        #expect(doc.quoteSummary.first?.speaker == "court")
        // "rules" and "ruling" stay nouns.
        #expect(try annotate("The harbour rules that apply to ferries are old.").quotes.isEmpty)
    }

    @Test func aRequestAfterATimeNeedsNoCommaOrThat() throws {
        let doc = try annotate("Ruth Ames wrote to staff on Tuesday urging them to return to the office.")
        #expect(doc.quoteSummary.map(\.text) == ["them to return to the office"])
        // "asked for" takes what was asked for as content, but not anonymity.
        let meeting = try annotate("Graham Pell wrote to the minister on Monday asking for a meeting.")
        #expect(meeting.quoteSummary.map(\.text) == ["a meeting"])
        let anonymous = try annotate("The officer, who asked for anonymity, said the pier was closed.")
        #expect(anonymous.quoteSummary.map(\.text) == ["the pier was closed"])
    }

    @Test func aFreeRelativesSpeechEndsAtTheWritersVerb() throws {
        let doc = try annotate("What residents say they want is simpler.")
        #expect(doc.quoteSummary.map(\.text) == ["they want"])
        // The speech's own predicate stays: "what the senators said was ...".
        let own = try annotate("The plan amounts to what the senators said was gerrymandering.")
        #expect(own.quoteSummary.map(\.text) == ["was gerrymandering"])
    }

    @Test func theNameOfASourceAfterAccordingToIsNoContent() throws {
        let doc = try annotate("According to the newspaper, Harbour Gazette, the firm won six of the nine tenders.")
        #expect(doc.quoteSummary.map(\.text) == ["the firm won six of the nine tenders"])
        // A name that is the content's subject stays.
        let smith = try annotate("According to police, John Smith, 45, was arrested on Friday.")
        #expect(smith.quoteSummary.map(\.text) == ["John Smith, 45, was arrested on Friday"])
        let mayor = try annotate("According to the report, Ruth Ames, the mayor, resigned in May.")
        #expect(mayor.quoteSummary.map(\.text) == ["Ruth Ames, the mayor, resigned in May"])
    }

    @Test func whoAfterANameAndARoleBeforeItMakeAPerson() throws {
        // "Marta" is no listed first name; "who" after the name says it is a person "she" can name.
        let who = try annotate("Marta Ruiz, who ran the baths for forty years, has died. Her daughter spoke first. " +
            "Ruiz arrived in 1958 with, as she liked to say, “one suitcase and one swimsuit.”")
        #expect(who.entities.first { $0.name == "Marta Ruiz" }?.kind == .person)
        #expect(who.quoteSummary.last?.speaker == "Marta Ruiz")
        // A role before the name's comma.
        let role = try annotate("The new chair, Farah Siddiqui, 34, thanked the volunteers. She said the flood defences came first.")
        #expect(role.quoteSummary.last?.speaker == "Farah Siddiqui")
    }

    @Test func anAdverbBeforeACircumstanceIsNoSpeech() throws {
        #expect(try annotate("Peter Walsh conceded shortly after the result was announced.").quotes.isEmpty)
        let that = try annotate("Peter Walsh said shortly after the count that he would resign.")
        #expect(that.quoteSummary.map(\.text) == ["he would resign"])
    }

    @Test func anInvertedSpeakerEndsBeforeAWordThatOpensAPhrase() throws {
        // "outside" can open a phrase ("outside experts"); after the name it starts the place.
        let doc = try annotate("\"He owes this club everything,\" said Gary Moss outside the ground.")
        #expect(doc.quoteSummary.first?.speaker == "Gary Moss")
    }

    @Test func aCompanyNamedByItsIndustryWordIsAnOrganisation() throws {
        let text = "Veltron Semiconductor warned that the shortage would last. Anika Rao, a director, said Veltron would build a plant. " +
            "Asked about prices, she said only that it was “talking to customers.”"
        let doc = try annotate(text)
        #expect(doc.entities.first { $0.name == "Veltron Semiconductor" }?.kind == .organization)
        #expect(doc.quoteSummary.last?.speaker == "Anika Rao")
        // "only" before "that" is not part of what she said.
        #expect(doc.quoteSummary.contains { $0.text == "it was “talking to customers.”" })
    }

    @Test func britishSingleQuotesCloseAfterAWordThatIsNoPluralAndButCalledIsASecondSpeech() throws {
        let doc = try annotate("The minister, Hamish Grant, said he understood the 'anger and frustration' but called the blockade 'reckless'.")
        #expect(doc.quoteSummary.filter { $0.kind == "partial" }.map(\.text) == ["'anger and frustration'", "'reckless'"])
        #expect(doc.quoteSummary.contains { $0.kind == "mixed" && $0.text == "the blockade 'reckless'" })
        // "the pilots' union" keeps its apostrophe.
        let union = try annotate("The pilots' union said it would strike.")
        #expect(union.quoteSummary.first?.speaker == "pilots' union")
    }

    @Test func aBareTimeNounIsNoAdverbAndAPredicateNeedsTheFrontAsSubject() throws {
        // "night" alone is a modifier, not "last night".
        let night = try annotate("Linda Carver said night staff were “the backbone of the place.”")
        #expect(night.quoteSummary.first?.text == "night staff were “the backbone of the place.”")
        let last = try annotate("Linda Carver said last night the ward was full.")
        #expect(last.quoteSummary.map(\.text) == ["the ward was full"])
        // "nurses" looks like a verb, but "cost" after the attribution needs it as its subject.
        let nurses = try annotate("Agency nurses, Linda Carver said, cost twice as much as permanent staff.")
        #expect(nurses.quoteSummary.map(\.text) == ["Agency nurses", "cost twice as much as permanent staff"])
    }

    @Test func aBareCallBeforeAQuotationNamesAndItsLabelIsPartial() throws {
        let doc = try annotate("The council approved a plan that opponents call “a slow death for small shops.”")
        #expect(doc.quoteSummary.map(\.kind) == ["partial"])
        #expect(doc.quoteSummary.first?.speaker == "opponents")
    }

    @Test func aRelationNamedInAnAppositiveIsNamedAgainByItsPossessive() throws {
        let doc = try annotate("Marta Ruiz died on Sunday, her daughter, Elena Park, said. “She loved the baths,” her daughter said.")
        #expect(doc.quoteSummary.last?.speaker == "Elena Park")
        #expect(doc.entities.first { $0.name == "Elena Park" }?.gender == .female)
        // With no one named as a son before, "his son" stays a description.
        let none = try annotate("“It was hard,” his son said.")
        #expect(none.quoteSummary.first?.speaker == "his son")
    }

    /// Regression: a quotation before "a spokesman for <Name> said" had no quote at all.
    @Test func aQuotationBeforeASpokesmanForANameIsTheirs() throws {
        let doc = try annotate("It rained all week. “We will respond,” a spokesman for the Harbour Commission told reporters.")
        #expect(doc.quoteSummary.map(\.kind) == ["direct"])
        #expect(doc.quoteSummary.first?.speaker == "Harbour Commission")
    }

    @Test func aParticipleOfCircumstanceAfterTheCueIsNoSpeechEvenWithAClauseLater() throws {
        let doc = try annotate("No decision has been made, the officials said, speaking on condition of anonymity because the talks are private.")
        #expect(doc.quoteSummary.map(\.text) == ["No decision has been made"])
        // A gerund subject with its own verb is still speech.
        let gerund = try annotate("Ruth Ames said, replacing the pier would be hard.")
        #expect(gerund.quoteSummary.map(\.text) == ["replacing the pier would be hard"])
    }

    @Test func aStarterBeforeOfIsTheSubjectsQuantity() throws {
        // "One" and "Neither" can open a sentence, but before "of" they are the subject.
        #expect(try annotate("One of them said the pier was unsafe.").quoteSummary.first?.speaker == "One of them")
        #expect(try annotate("Neither of them said the pier was safe.").quoteSummary.first?.speaker == "Neither of them")
    }

    /// Regression: one word and a writer's clause after the verb were reported as speech.
    @Test func oneWordBeforeASubordinateClauseIsAnObjectNotSpeech() throws {
        #expect(try annotate("Nonetheless, I write this because I am sure of them.").quoteSummary.isEmpty)
        #expect(try annotate("She grew upset, shouting insults as she hurried to the gate.").quoteSummary.isEmpty)
        // A clause before "because" is still the speech, reason and all.
        let reason = try annotate("He said the harbour would close because the pier was unsafe.")
        #expect(reason.quoteSummary.map(\.text) == ["the harbour would close because the pier was unsafe"])
    }

    /// Regression: "seek" was an intention cue, but seeking is something done, not said.
    @Test func seekingToActIsNoStatedPosition() throws {
        #expect(try annotate("The harbour board has sought to protect the marina from the tax.").quoteSummary.isEmpty)
        // A stated plan still is one.
        let plan = try annotate("The harbour board plans to protect the marina from the tax.")
        #expect(plan.quoteSummary.map(\.text) == ["to protect the marina from the tax"])
    }

    /// Regression: speech inside "how X say ..." ran on into the writer's verb, and the clause before
    /// it kept the "and how" that opens the next speaker's clause.
    @Test func speechInsideAnEmbeddedQuestionEndsAtTheWritersVerb() throws {
        let gap = try annotate("The gap between what the mayor says the plan would do and how experts say it would change traffic has grown since May.")
        #expect(gap.quoteSummary.map(\.text) == ["the plan would do", "it would change traffic"])
        #expect(gap.quoteSummary.map(\.speaker) == ["mayor", "experts"])
        let how = try annotate("How experts say the bridge would change traffic has become the main question.")
        #expect(how.quoteSummary.map(\.text) == ["the bridge would change traffic"])
    }

    /// Regression: a fragment opening with "Not" counted as a clause, so a parenthetical "I guess"
    /// after it reported it.
    @Test func aFragmentOpeningWithNotIsNoClause() throws {
        #expect(try annotate("The hearing was for show. Not important enough, I guess.").quoteSummary.isEmpty)
        let clause = try annotate("Not everyone will like it, I guess.")
        #expect(clause.quoteSummary.map(\.text) == ["Not everyone will like it"])
    }

    /// Acknowledging, mentioning, deriding or demanding something reports a position whose object
    /// is the content, as praising and criticising do.
    @Test func verbsOfPositionTakeTheirObjectAsContent() throws {
        #expect(try annotate("Ruth Hale acknowledged the uncertainty.").quoteSummary.map(\.text) == ["the uncertainty"])
        #expect(try annotate("Tom Reyes derided the deal.").quoteSummary.map(\.text) == ["the deal"])
        // A time after "since" is when, not part of the object.
        #expect(try annotate("Ruth Ames has not mentioned the pier since the Monday meeting.").quoteSummary.map(\.text) == ["the pier"])
        // Set between commas, such a verb has no object: the speech is around it.
        let aside = try annotate("All of this, he acknowledges, could be undone by the vote.")
        #expect(aside.quoteSummary.map(\.text) == ["All of this", "could be undone by the vote"])
        // After an object, "but said" starts a second report by the same speaker.
        let second = try annotate("Raymond Oduya praised the video but said the officers had followed their training.")
        #expect(second.quoteSummary.map(\.text) == ["the video", "the officers had followed their training"])
        #expect(second.quoteSummary.map(\.speaker) == ["Raymond Oduya", "Raymond Oduya"])
    }

    /// Records: plural averages, "it" for a record just named, an absolute "with X showing ..." whose
    /// subject is X, and a gapped figure of another source that ends the content.
    @Test func recordsSpeakThroughItAndAbsolutePhrases() throws {
        let polls = try annotate("Polling averages show Hale with a lead, with the Gazette tracker showing her ahead 3 points, HarbourPoll 4.3 points, and the Courier 2.1 points.")
        #expect(polls.quoteSummary.map(\.text) == ["Hale with a lead", "her ahead 3 points"])
        #expect(polls.quoteSummary.map(\.speaker) == ["Polling averages", "Gazette tracker"])
        let video = try annotate("The police released the video on Friday. It shows an officer aiming a gun at an unseen driver while others shout at him.")
        #expect(video.quoteSummary.map(\.text) == ["an officer aiming a gun at an unseen driver"])
        #expect(video.quoteSummary.first?.speaker == "video")
        // A month before its day is a date, not another source.
        let date = try annotate("He said the vote was set for Tuesday, March 3, at noon.")
        #expect(date.quoteSummary.map(\.text) == ["the vote was set for Tuesday, March 3, at noon"])
    }

    @Test func opposingStatesAPositionOnItsObject() throws {
        let doc = try annotate("Several harbour pilots have opposed the new landing fee since it was first proposed.")
        #expect(doc.quoteSummary.map(\.text) == ["the new landing fee"])
        #expect(doc.quoteSummary.first?.speaker == "Several harbour pilots")
    }

    /// Regression: "said she thinks X" gave X again as a second quote of the same speaker.
    @Test func aViewTheSpeakerStatesAsTheirOwnIsOneQuote() throws {
        let own = try annotate("Ruth Ames said she thinks the harbour is strongest when people work together.")
        #expect(own.quoteSummary.map(\.text) == ["she thinks the harbour is strongest when people work together"])
        let that = try annotate("He said that he believes the pier is unsafe.")
        #expect(that.quoteSummary.map(\.text) == ["he believes the pier is unsafe"])
        // Someone else's view, reported by the speaker, is a second attribution.
        let other = try annotate("Ruth Ames said Tom Hale believes the pier is unsafe.")
        #expect(other.quoteSummary.map(\.speaker) == ["Ruth Ames", "Tom Hale"])
    }

    /// Regressions from a held-out business and health set: a second act after "but", a negated
    /// predicate of the reported clause, an agreement inside a trailing attribution, and a subject
    /// with a participle phrase that ends in places.
    @Test func secondActsNegatedPredicatesAndParticiplePhrases() throws {
        let urged = try annotate("The editors wrote that the findings were “robust” but urged health ministries to wait for more data.")
        #expect(urged.quoteSummary.map(\.text) == ["the findings were “robust”", "“robust”", "health ministries to wait for more data"])
        let negated = try annotate("A spokesman said the commission had not been notified and would not comment on a deal that exists only in a press release.")
        #expect(negated.quoteSummary.map(\.text) == ["the commission had not been notified and would not comment on a deal that exists only in a press release"])
        let merger = try annotate("The two firms agreed on Monday to merge in a share deal, the companies said in a joint statement.")
        #expect(merger.quoteSummary.map(\.text) == ["The two firms agreed on Monday to merge in a share deal"])
        #expect(merger.quoteSummary.first?.speaker == "companies")
        let unions = try annotate("Unions representing dockworkers in Genoa and Marseille said they feared job cuts.")
        #expect(unions.quoteSummary.first?.speaker == "Unions representing dockworkers in Genoa and Marseille")
    }

    /// Regressions from a held-out set (launch, election, protest): the question put to a speaker,
    /// an answer not given, a relative clause about an according-to source, and a clause of when
    /// after a chanted quotation.
    @Test func questionsPutAnswersNotGivenAndChants() throws {
        let asked = try annotate("Hana Okafor announced a deal with Northlight. Asked whether Lumen planned to make films, she said: “We make the best screen.”")
        #expect(asked.quoteSummary.map(\.text) == ["“We make the best screen.”"])
        #expect(asked.quoteSummary.last?.speaker == "Hana Okafor")
        #expect(try annotate("Lumen did not say how many headsets it had sold.").quoteSummary.isEmpty)
        #expect(try annotate("Police would not say whether the man was armed.").quoteSummary.isEmpty)
        let sources = try annotate("According to two people familiar with the sales, who asked not to be named because the figures are private, shipments fell short of targets.")
        #expect(sources.quoteSummary.map(\.text) == ["shipments fell short of targets"])
        let chant = try annotate("Thousands marched on Saturday, chanting “Water, not mines!” as they passed the regional government building.")
        #expect(chant.quoteSummary.map(\.text) == ["“Water, not mines!”"])
        #expect(chant.quoteSummary.map(\.kind) == ["direct"])
    }

    /// A Q&A without labels: the answers are the interviewee's, and a quotation inside an answer
    /// stays with the person it quotes.
    @Test func anUnlabelledInterviewGivesTheAnswersToTheInterviewee() throws {
        let text = """
        Ferry pilot Agnes Moody has crossed the sound every day since 1990. We asked her about the job.

        Do you ever get tired of the crossing?

        Never. I see something new every morning.

        What was your worst day?

        A January storm in 2004. My skipper told me then: “The sea decides, we only ask.”

        Will you miss it when the bridge opens?

        I will miss the people more than the water.
        """
        let doc = try annotate(text)
        let answers = doc.quoteSummary.filter { $0.speaker == "Agnes Moody" }
        #expect(answers.map(\.text) == ["Never. I see something new every morning.",
                                        "A January storm in 2004. My skipper told me then: “The sea decides, we only ask.”",
                                        "I will miss the people more than the water."])
        #expect(doc.quoteSummary.contains { $0.text == "“The sea decides, we only ask.”" && $0.speaker == "My skipper" })
        #expect(doc.quotes.filter { $0.speaker?.name == "Agnes Moody" }.allSatisfy { $0.cue?.lemma == "answer" && $0.kind == .direct })
    }

    /// An essay's rhetorical questions are answered in the writer's own voice, not an interviewee's.
    @Test func rhetoricalQuestionsInAnEssayAreNoInterview() throws {
        let text = """
        Mayor Ruth Ames wants a new bridge. I have my doubts.

        Who will pay for it?

        The council has not said. I asked twice and got no answer.

        Who will use it?

        Fewer people than the plan claims. I count the cars every week.

        What happens to the ferry?

        Nobody seems to know, and I worry about the crews.
        """
        let doc = try annotate(text)
        #expect(!doc.quoteSummary.contains { $0.speaker == "Ruth Ames" })
    }

    /// Regressions from a held-out set (talks, feature, study, border town, live blog).
    @Test func liveBlogStampsObjectsWithThatAndAddingTo() throws {
        // A German given name makes the pronoun's referent a person.
        let feature = try annotate("Every evening, Konrad Baier rides through the old town. “It's a job,” he told me.")
        #expect(feature.quoteSummary.first?.speaker == "Konrad Baier")
        // "that" before a noun and a place is a determiner after a verb whose object is its content.
        let rejected = try annotate("His counterpart, Leyla Demir, rejected that account in a statement posted late Thursday.")
        #expect(rejected.quoteSummary.map(\.text) == ["that account"])
        // "adding to" is to increase; the report before the comma stays.
        let adding = try annotate("Bees can learn by watching, researchers reported on Wednesday, adding to evidence that insects learn socially.")
        #expect(adding.quoteSummary.map(\.text) == ["Bees can learn by watching"])
        // A live blog's time stamp is not part of the report.
        let blog = try annotate("9:15 a.m. — About 40,000 homes are without power, according to the grid operator.")
        #expect(blog.quoteSummary.map(\.text) == ["About 40,000 homes are without power"])
    }

    /// Regressions from a held-out political set (hearing, poll, debate, tariffs, housing plan).
    @Test func partyLabelsRanksFutureActsAndWhatWasLeftUnsaid() throws {
        // A party and state label is about the legislator named before it.
        let label = try annotate("Sen. Richard Cole, R-Texas, the committee's ranking Republican, said he had heard similar promises.")
        #expect(label.quoteSummary.first?.speaker == "Richard Cole")
        // Abbreviated ranks before a name in an appositive.
        let rank = try annotate("A Pentagon spokeswoman, Lt. Col. Dana Whitfield, said in an email that the department welcomes oversight.")
        #expect(rank.quoteSummary.first?.speaker == "Dana Whitfield")
        // Speech yet to come, inside someone's speech, is part of it; so is an order the speaker will give.
        let future = try annotate("She said Canada would respond “in a measured way” but did not say how.")
        #expect(future.quoteSummary.map(\.text) == ["Canada would respond “in a measured way”", "“in a measured way”"])
        let order = try annotate("Ellison said she would ask the audit office to conduct its own review.")
        #expect(order.quoteSummary.map(\.text) == ["she would ask the audit office to conduct its own review"])
        // What the speaker declined to add is the writer's note; "would not comment" inside the speech is not.
        #expect(try annotate("He said the bridge would close, but declined to elaborate.").quoteSummary.map(\.text) == ["the bridge would close"])
        let inside = try annotate("A spokesman said the board had not been told and would not comment on a plan “that exists only on paper.”")
        #expect(inside.quoteSummary.first?.text == "the board had not been told and would not comment on a plan “that exists only on paper.”")
    }

    /// Regressions from a held-out political set (ruling, resignation, farm bill, veterans row, summit).
    @Test func ownActsSecondNonSpeechActsAndRolesOfABody() throws {
        // An act the speaker reports of themselves inside their speech is that speech.
        let own = try annotate("He insisted that he had declared all of his interests and welcomed an inquiry.")
        #expect(own.quoteSummary.map(\.text) == ["he had declared all of his interests and welcomed an inquiry"])
        // After a name given in quotation marks, a second act that is no speech ends the content.
        let voted = try annotate("Rep. Dale Hutchins, R-Kan., called its removal “a surrender” and voted against the bill.")
        #expect(voted.quoteSummary.map(\.text) == ["its removal “a surrender”", "“a surrender”"])
        let referred = try annotate("In his posts he called the mayor “a fraud” and referred to her “secret deals.”")
        #expect(referred.quoteSummary.first?.text == "the mayor “a fraud” and referred to her “secret deals.”")
        // A role before "of" heads the phrase, past a relative clause; a group noun after a verb with its own verb is no inverted speaker.
        let role = try annotate("The state commander of one group, who asked not to be identified, said members were “tired of being used.”")
        #expect(role.quoteSummary.first?.speaker == "state commander of one group")
    }

    /// Regression: "Ohio Senate candidate Mark Delaney" opened the sentence, and a participle after
    /// the clause took "Ohio Senate" as its speaker.
    @Test func aPlaceAndARaceBeforeTheNameOpenTheSubject() throws {
        let doc = try annotate("Ohio Senate candidate Mark Delaney on Tuesday defended comments he made about veterans' health care, saying his words had been twisted.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Mark Delaney", "Mark Delaney"])
    }

    /// Regression: "had modelled ... and found that" split the reported clause and gave the finding
    /// to the speaker as a second quote.
    @Test func aParticipleSharingTheReportedClausesHadStaysInIt() throws {
        let doc = try annotate("She said engineers had modelled the wall's effect and found that it would raise the river by “a few centimetres.”")
        #expect(doc.quoteSummary.map(\.text) == ["engineers had modelled the wall's effect and found that it would raise the river by “a few centimetres.”",
                                                 "“a few centimetres.”"])
    }

    /// Regressions from a held-out set (runway, rescue dog, chess): a question put to the speaker
    /// between commas, and "who" after a known name's short form making it a person.
    @Test func askedBetweenCommasAndWhoAfterAShortName() throws {
        let asked = try annotate("Kulkarni, asked how he planned to celebrate, said he would have ice cream.")
        #expect(asked.quoteSummary.map(\.text) == ["he would have ice cream"])
        let text = "He drew with the grandmaster Jan Visser. “He plays like he has nowhere else to be,” his coach, Vidya Rao, said. "
            + "Visser, who is 61, was gracious in defeat. He told reporters he had been “outplayed by a boy.”"
        let doc = try annotate(text)
        #expect(doc.quoteSummary.last?.speaker == "Jan Visser")
    }

    /// Regressions from a held-out court and transfer set.
    @Test func listenersTypedLettersAndStatementNouns() throws {
        // A relative "that" after a clause is not the complementizer of "told"; "typed letters" is no speech.
        let told = try annotate("The witness, Natalie Osei, told jurors she had typed letters to investors that she knew contained false returns.")
        #expect(told.quoteSummary.map(\.text) == ["she had typed letters to investors that she knew contained false returns"])
        // The clause after a speech noun inside the verb's circumstance is the verb's content, once.
        let statement = try annotate("His lawyer, Martin Kessler, told the court in his opening statement that Osei was “a disgruntled employee.”")
        #expect(statement.quoteSummary.map(\.kind) == ["mixed", "partial"])
    }

    /// Regression: a request inside the sentence's subject ran on into the writer's verb.
    @Test func aRequestInsideTheSubjectEndsAtTheWritersVerb() throws {
        let doc = try annotate("A petition calling on the company to reconsider has gathered more than 8,000 signatures.")
        #expect(doc.quoteSummary.map(\.text) == ["the company to reconsider"])
        // A clause shown by a record keeps its own verbs.
        let shown = try annotate("Supporters cite research showing teenagers who get more sleep perform better and are less likely to crash.")
        #expect(shown.quoteSummary.first?.text.hasSuffix("are less likely to crash") == true)
    }

    /// Regression: "he" later in a sentence opened by "the governor" went to the last speaker.
    @Test func aRoleOpeningTheSentenceIsThePronounsReferent() throws {
        let text = "“Ask me after the election,” Senator Jim Oakes said. According to a pool report, the governor spent the morning at a diner, where he told patrons the race was “tighter than the papers think.”"
        let doc = try annotate(text)
        #expect(doc.quoteSummary.last?.speaker == "governor")
        // The person the role names, when one was named with it.
        let named = try annotate("Governor Alan Mercer toured the dam. “It held,” Senator Jim Oakes said. Later the governor visited a diner, where he told patrons the dam had held.")
        #expect(named.quoteSummary.last?.speaker == "Alan Mercer")
    }

    /// Regression: a resident described by a common noun could not be "she", so her words went to
    /// an earlier detective.
    @Test func aPersonDescribedByACommonNounIsAPronounsReferent() throws {
        let text = "“This was a planned raid,” said Detective Inspector Sam Whitley. One resident, who lives opposite the shop, said she was woken by the noise. “It was over before I'd found my glasses,” she said."
        let doc = try annotate(text)
        #expect(doc.quoteSummary.last?.speaker == "One resident")
    }

    /// Regressions from a held-out set (budget defeat, white giraffe).
    @Test func aDayInsideAPhrasalCueAndANameGivenByTheWriter() throws {
        let called = try annotate("The leader of the opposition, Marta Kowalczyk, called on Wednesday for an early general election.")
        #expect(called.quoteSummary.map(\.text) == ["an early general election"])
        #expect(try annotate("She called on Congress to act.").quoteSummary.map(\.text) == ["Congress to act"])
        // "a condition called sepsis" is the writer naming it; the condition says nothing.
        let named = try annotate("He was treated for a condition called sepsis, doctors said.")
        #expect(named.quoteSummary.map(\.speaker) == ["doctors"])
        #expect(try annotate("The mayor called the plan a disaster.").quoteSummary.map(\.text) == ["the plan a disaster"])
    }

    /// Regressions from a held-out set (library pledge, growth figures).
    @Test func anAdjectiveBeforeTheListenerComparisonsAndOrganisationNames() throws {
        // After a determiner an "-ed" word is an adjective: the "that" after the listener is the complementizer.
        let packed = try annotate("Councillor Janet Moss told a packed meeting on Monday night that closing the library was not on the table.")
        #expect(packed.quoteSummary.map(\.text) == ["closing the library was not on the table"])
        // An organisation's head with "for" before the name; a comparison after the attribution is the writer's.
        let growth = try annotate("Gross domestic product rose 0.6 percent between July and September, the Office for National Statistics said, compared with the 0.4 percent forecast.")
        #expect(growth.quoteSummary.map(\.text) == ["Gross domestic product rose 0.6 percent between July and September"])
        #expect(growth.quoteSummary.first?.speaker == "Office for National Statistics")
    }

    /// Regressions from a held-out set (phone ban, volcano).
    @Test func descriptorsBeforeATrailingNameAndAClauseOfWhenAfterAnObject() throws {
        let isavia = try annotate("Flights were not affected, the airport operator Isavia said in a statement.")
        #expect(isavia.quoteSummary.map(\.text) == ["Flights were not affected"])
        #expect(isavia.quoteSummary.first?.speaker == "Isavia")
        let ban = try annotate("He criticized the deal as residents protested outside.")
        #expect(ban.quoteSummary.map(\.text) == ["the deal"])
    }

    /// Regression: "the senator" after "Sen. Ann Ward" was a new description, not Ward.
    @Test func anAbbreviatedTitleIsTheRoleALaterDefiniteNames() throws {
        let doc = try annotate("Sen. Ann Ward spoke first. “We will vote no,” the senator said.")
        #expect(doc.quoteSummary.first?.speaker == "Ann Ward")
        let gov = try annotate("Gov. Alan Mercer toured the dam on Monday. “It held,” the governor said.")
        #expect(gov.quoteSummary.first?.speaker == "Alan Mercer")
    }

    /// Regression: a headline label "Council leader:" gave "Council" as the speaker.
    @Test func aRoleWordAfterCapitalisedWordsEndsALabel() throws {
        let doc = try annotate("Council leader: “We will not close the library”\n\nThe leader of Bramford council, Janet Moss, spoke on Monday.")
        #expect(doc.quoteSummary.first?.speaker == "Council leader")
        // A possessor's role with an appositive name keeps the name.
        let name = try annotate("Nigeria's minister of culture, Amaka Obi, said the loan was welcome and thanked the museum for its “courage.”")
        #expect(name.quoteSummary.allSatisfy { $0.speaker == "Amaka Obi" })
    }

    /// Regression: "Residents who we spoke to said" found no speaker: a past form after a stranded
    /// "to" was read as a noun.
    @Test func aReportingVerbAfterAStrandedPrepositionIsTheClausesVerb() throws {
        let doc = try annotate("Residents who we spoke to said the water had risen overnight.")
        #expect(doc.quoteSummary.map(\.text) == ["the water had risen overnight"])
        #expect(doc.quoteSummary.first?.speaker == "Residents")
        // "said" as an adjective after "to" is still no cue.
        #expect(try annotate("He went to said meeting.").quoteSummary.isEmpty)
    }

    /// Regression: "treated by a doctor, who said" found no speaker ("by" was not read as governing the person).
    @Test func thePersonAfterByIsTheAntecedentOfWhoSaid() throws {
        let doc = try annotate("She was treated at the scene by a doctor, who said the cut would heal.")
        #expect(doc.quoteSummary.map(\.text) == ["the cut would heal"])
        #expect(doc.quoteSummary.first?.speaker == "doctor")
    }

    /// Regression: a name whose first letter is not ASCII ("Éric", "Łukasz") was not lowered, so it
    /// missed its first-name entry and its gender, or was not even capitalised and fell out of the name.
    @Test func namesWithAnAccentedInitialAreNamesWithAGender() throws {
        let eric = try annotate("Éric Vautrin arrived late. He said the plan was dead.")
        #expect(eric.quoteSummary.first?.speaker == "Éric Vautrin")
        let nowak = try annotate("“We will not retreat,” said Łukasz Nowak.")
        #expect(nowak.quoteSummary.first?.speaker == "Łukasz Nowak")
        // Folded both ways: "Jiri" meets the list's "jiří".
        let jiri = try annotate("The court heard Jiri Hasek on Monday. He said the verdict was fair.")
        #expect(jiri.quoteSummary.first?.speaker == "Jiri Hasek")
    }

    /// Regression: a relative clause without "who" between the people and their verb gave no quote
    /// ("People we talked to said"), the place at its end ("Ohio") or its own subject as the speaker.
    @Test func aRelativeClauseWithoutWhoLeavesThePeopleAsSpeakers() throws {
        let cases = [
            ("People we talked to said the water tasted of metal.", "People"),
            ("Voters I met in Ohio said the economy mattered most.", "Voters"),
            ("Experts the paper consulted said the bridge was unsafe.", "Experts"),
            ("Those we asked said the plan was fine.", "Those"),
            ("Others we spoke to said they would not vote.", "Others"),
        ]
        for (text, speaker) in cases {
            let doc = try annotate(text)
            #expect(doc.quoteSummary.count == 1, "\(text)")
            #expect(doc.quoteSummary.first?.speaker == speaker, "\(text)")
        }
        // A verb before a noun form of "question" is no such clause.
        #expect(try annotate("He asked questions about the fund.").quoteSummary.isEmpty)
    }

    /// Regression: a text's contact clause that went on past its verb ("The letter he sent to councillors said")
    /// gave no quote, the clause's own verb as a cue ("they wrote" with the words "for the council said costs rose"),
    /// or its subject and verb as the speaker ("mayor sent to the council").
    @Test func aTextsContactClauseWithAPrepositionLeavesTheTextAsSpeaker() throws {
        let cases = [
            ("The letter he sent to councillors said the plan was unlawful.", "letter", "the plan was unlawful"),
            ("The report they wrote for the council said costs rose.", "report", "costs rose"),
            ("The letter the mayor sent to the council said the plan was unlawful.", "letter", "the plan was unlawful"),
            ("The email she sent to staff said the office would close.", "email", "the office would close"),
        ]
        for (text, speaker, content) in cases {
            let doc = try annotate(text)
            #expect(doc.quoteSummary.count == 1, "\(text)")
            #expect(doc.quoteSummary.first?.speaker == speaker, "\(text)")
            #expect(doc.quoteSummary.first?.text == content, "\(text)")
        }
    }

    /// Regression: a contact clause whose preposition was "after" or "before" ("The statement the club issued
    /// after the match said") gave the preposition's object ("match") as the speaker.
    @Test func aContactClauseWithAPrepositionOfTimeLeavesItsHeadAsSpeaker() throws {
        let cases = [
            ("The statement the club issued after the match said the coach would stay.", "statement", "the coach would stay"),
            ("The letter she sent before the hearing said the evidence was weak.", "letter", "the evidence was weak"),
            ("Residents we spoke to after the flood said they felt abandoned.", "Residents", "they felt abandoned"),
        ]
        for (text, speaker, content) in cases {
            let doc = try annotate(text)
            #expect(doc.quoteSummary.count == 1, "\(text)")
            #expect(doc.quoteSummary.first?.speaker == speaker, "\(text)")
            #expect(doc.quoteSummary.first?.text == content, "\(text)")
        }
        // A clause of time of the sentence's own speaker still reports: "he said after the match".
        let after = try annotate("The coach said after the match that the team had played well.")
        #expect(after.quoteSummary.first?.speaker == "coach")
    }

    /// Regression: a verb of speech in a relative clause without "that" about the sentence's opening noun ("The things
    /// she said about him were cruel", "The book she wrote about the war sold ...") was a cue, and gave the pronoun the
    /// rest of the sentence as its words.
    @Test func aContactClauseAboutTheOpeningNounReportsNoSpeech() throws {
        #expect(try annotate("The things she said about him were cruel.").quoteSummary.isEmpty)
        #expect(try annotate("The book she wrote about the war sold a million copies.").quoteSummary.isEmpty)
        #expect(try annotate("Those remarks he made to the committee were later withdrawn.").quoteSummary.isEmpty)
        let publisher = try annotate("The book she wrote about the war sold a million copies, her publisher said.")
        #expect(publisher.quoteSummary.count == 1)
        #expect(publisher.quoteSummary.first?.text == "The book she wrote about the war sold a million copies")
        // Before a finite helper the clause's verb reports, its subject gapped.
        #expect(try annotate("The plan he said would save money was dropped.").quoteSummary.map(\.text) == ["would save money"])
        // A time before the pronoun is no noun the clause describes: the pronoun's verb reports.
        let cases = [
            ("The next day she said the plan was off.", "the plan was off"),
            ("This week he said the talks had failed.", "the talks had failed"),
            ("That evening they said the road would reopen.", "the road would reopen"),
        ]
        for (text, content) in cases {
            let doc = try annotate(text)
            #expect(doc.quoteSummary.count == 1, "\(text)")
            #expect(doc.quoteSummary.first?.text == content, "\(text)")
        }
    }

    /// Regression: "Residents who signed the petition say the plan is unfair" reported nothing: a base form after a
    /// determiner and a singular noun was read as a noun ("the petition say"), though the noun is the object of the
    /// relative clause about the plural before "who", whose verb the base form is.
    @Test func aPresentVerbAfterARelativeClauseWithAnObjectReports() throws {
        let cases = [
            ("Residents who signed the petition say the plan is unfair.", "Residents", "the plan is unfair"),
            ("Thousands of residents who signed the petition say the plan is unfair.", "Thousands of residents", "the plan is unfair"),
            ("Parents who attended the meeting say the school ignored them.", "Parents", "the school ignored them"),
        ]
        for (text, speaker, content) in cases {
            let doc = try annotate(text)
            #expect(doc.quoteSummary.map(\.speaker) == [speaker], "\(text)")
            #expect(doc.quoteSummary.first?.text == content, "\(text)")
        }
        // A singular noun and a base form with no such clause before them stay a noun: "the most basic question".
        #expect(try annotate("He made the final call on Friday.").quoteSummary.isEmpty)
    }

    /// Regression: "He is one of the residents who say the system is unfair", "A group of residents say ..." reported
    /// nothing: a singular determiner opening the subject made the base form a noun, though the phrase ends on the
    /// plural after "of" that the verb agrees with. And "met skippers who said" gave no speaker: before "who", only a
    /// plural in the list of groups was taken for people.
    @Test func aPluralAfterOfOrBeforeWhoTakesThePresentVerb() throws {
        let one = try annotate("He is one of the residents who say the system is unfair.")
        #expect(one.quoteSummary.map(\.speaker) == ["one of the residents"])
        #expect(one.quoteSummary.first?.text == "the system is unfair")
        let group = try annotate("A group of residents say the plan is unfair.")
        #expect(group.quoteSummary.map(\.text) == ["the plan is unfair"])
        let skippers = try annotate("He met skippers who said the quota was unfair.")
        #expect(skippers.quoteSummary.map(\.speaker) == ["skippers"])
        let fishermen = try annotate("She joined fishermen who say the quota is unfair.")
        #expect(fishermen.quoteSummary.map(\.speaker) == ["fishermen"])
        // A singular head with no plural after it keeps the base form a noun.
        #expect(try annotate("A swing state crucial to the race say.").quoteSummary.isEmpty)
    }

    /// Regression: "Biden vowed to press ahead despite a court ruling that struck down a key rule" gave the vow the words
    /// "struck down a key rule": "to press" was read as "to the press", a listener, so the "that" after it opened the
    /// content. A verb after "to" with a particle or an object ("press ahead", "press its case") is an infinitive.
    @Test func aNounThatIsAlsoAVerbAfterToWithAnObjectIsAnInfinitive() throws {
        let cases = [
            ("Lee vowed to press ahead despite a court ruling that struck down a key rule.",
             "to press ahead despite a court ruling that struck down a key rule"),
            ("Lee vowed to press ahead with the plan despite a ruling that struck it down.",
             "to press ahead with the plan despite a ruling that struck it down"),
            ("The union vowed to press its case after a ruling that went against it.",
             "to press its case after a ruling that went against it"),
        ]
        for (text, content) in cases {
            let doc = try annotate(text)
            #expect(doc.quoteSummary.map(\.text) == [content], "\(text)")
        }
        // The listener after "to" stays one: "said in an email to staff that".
        #expect(try annotate("She said in an email to staff that the office would close.").quoteSummary.map(\.text) == ["the office would close"])
    }

    /// Regression: "The regulator had written to the airline, according to a person familiar with the matter" reported
    /// nothing: a verb of speech earlier in the sentence made the sentence's subject the speaker and dropped the source,
    /// though the verb, with only its listener after it, reports no words.
    @Test func aSourceAfterAVerbOfSpeechWithOnlyItsListenerStays() throws {
        let cases = [
            ("The regulator had written to the airline, according to a person familiar with the matter.", "person familiar with the matter",
             "The regulator had written to the airline"),
            ("The firm complained to the council, according to a source.", "source", "The firm complained to the council"),
        ]
        for (text, speaker, content) in cases {
            let doc = try annotate(text)
            #expect(doc.quoteSummary.map(\.speaker) == [speaker], "\(text)")
            #expect(doc.quoteSummary.first?.text == content, "\(text)")
        }
        // A verb with words of its own keeps them, and the source is dropped.
        let said = try annotate("Lee said the plan would fail, according to a transcript.")
        #expect(said.quoteSummary.map(\.speaker) == ["Lee"])
    }

    /// Regression: "“About time,” said one, a mother of three travelling to Malaga." gave the quotation no speaker: "one"
    /// alone was the speaker only at the sentence's end or before "who". (As there, it is one of the people just named.)
    @Test func aLoneOneBeforeItsDescriptionSpeaks() throws {
        let doc = try annotate("Passengers were relieved. \u{201C}About time,\u{201D} said one, a mother of three travelling to Malaga.")
        #expect(doc.quoteSummary.map(\.speaker) == ["one of passengers"])
        let nurse = try annotate("\u{201C}We are exhausted,\u{201D} said another, an intensive care nurse.")
        #expect(nurse.quoteSummary.map(\.speaker) == ["another"])
    }

    /// Regression: "Its chairman, the Rev. John Ellery, said" gave the words to "Its chairman": the article before an
    /// abbreviated title hid the name in the appositive.
    @Test func theNameAfterAnArticleAndAnAbbreviatedTitleInTheAppositiveSpeaks() throws {
        let doc = try annotate("The parish council objected. Its chairman, the Rev. John Ellery, said the plan was wrong.")
        #expect(doc.quoteSummary.map(\.speaker) == ["John Ellery"])
        // Without the article, as before.
        let rev = try annotate("Its vicar, Rev. Anne Hale, said the plan was wrong.")
        #expect(rev.quoteSummary.map(\.speaker) == ["Anne Hale"])
    }

    /// Regression: "One patient, 67-year-old Jean Hollings from Hull, has waited 14 months. “...,” she said." gave the
    /// quotation to "One patient": an appositive opening on an age was read as a description, though a name follows it.
    @Test func anAgeBeforeANameInTheAppositiveLeavesTheNameTheAntecedent() throws {
        let doc = try annotate("One patient, 67-year-old Jean Hollings from Hull, has waited 14 months. \u{201C}Some days I can't get out of bed,\u{201D} she said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Jean Hollings"])
        // An age before a description stays a description.
        let widow = try annotate("One victim, an 84-year-old widow from Bristol, lost her savings. \u{201C}I trusted them,\u{201D} she said.")
        #expect(widow.quoteSummary.map(\.speaker) == ["One victim"])
    }

    /// Regression: "Staff at Northgate University walked out. The University and College Union said ... The university
    /// said ..." gave the university's words to the union: an organisation's noun before "and" in a name is what the
    /// body is made of or for, not its kind ("University and College Union" is a union).
    @Test func anOrganisationsNounBeforeAndInItsNameIsNotItsKind() throws {
        let doc = try annotate("Staff at Northgate University walked out on Wednesday. The University and College Union said 600 members had joined. The university said the cuts were needed.")
        #expect(doc.quoteSummary.map(\.speaker) == ["University and College Union", "Northgate University"])
        // The noun after "and" is the kind: "the union" is the union.
        let union = try annotate("Staff at Northgate University walked out on Wednesday. The University and College Union called the strike. The union said 600 members had joined.")
        #expect(union.quoteSummary.map(\.speaker) == ["University and College Union"])
    }

    /// Regression: "The ministry urged “maximum restraint”" made the two quoted words a `direct` quote, a whole utterance:
    /// a short lower-case noun phrase in quotation marks as the object of a verb whose object is what was said is the
    /// speaker's wording of a phrase, a `partial` quote (with no `mixed` one around it, as after "call them").
    @Test func aQuotedPhraseAsTheObjectOfAVerbOfRequestIsPartial() throws {
        let urged = try annotate("The ministry urged \u{201C}maximum restraint\u{201D}.")
        #expect(urged.quoteSummary.map(\.kind) == ["partial"])
        #expect(urged.quoteSummary.first?.speaker == "ministry")
        let called = try annotate("The union called for \u{201C}an immediate halt\u{201D} to the cuts.")
        #expect(called.quoteSummary.map(\.kind).contains("partial"))
        // A quotation that reads as speech stays direct.
        let stop = try annotate("The protesters demanded, \u{201C}Stop the war now!\u{201D}")
        #expect(stop.quoteSummary.map(\.kind) == ["direct"])
    }

    /// Regression: "I’d like to think the new banks will be better" gave "I’d" as a name, and "We'd argue the plan is
    /// flawed" reported nothing: "I'd", "I'll", "we'd", "we'll" and "they'd" were missing from the contracted pronouns.
    @Test func aPronounContractedWithWouldOrWillIsThePronoun() throws {
        #expect(try annotate("I\u{2019}d argue the plan is flawed.").quoteSummary.map(\.speaker) == ["I"])
        #expect(try annotate("We'd argue the plan is flawed.").quoteSummary.map(\.speaker) == ["we"])
        #expect(try annotate("They'd said the plan was flawed.").quoteSummary.map(\.speaker) == ["they"])
    }

    /// Regression: "NEW DELHI: Their American dream shattered, nearly 150 Indians returned home ..." made the dateline a
    /// transcript's speaker label and the paragraph its words: a place of two words or more in capitals before a colon,
    /// opening one of the first paragraphs, the only such label in the story, with no "I", "we" or "you" after it, is a
    /// dateline.
    @Test func aDatelineWithAColonIsNoSpeakerLabel() throws {
        let text = "Deportees return home\n\nNEW DELHI: Nearly 150 Indians returned home on Wednesday after being deported.\n\nOfficials said the flight landed at 6am."
        #expect(try annotate(text).quoteSummary.map(\.speaker) == ["Officials"])
        // Labels that take turns stay labels.
        let transcript = "The debate began.\n\nPENCE: Well, look, the economy is growing.\n\nKAINE: It is not growing for everyone."
        #expect(try annotate(transcript).quoteSummary.map(\.speaker) == ["PENCE", "KAINE"])
        // A single label that opens on a first name, or of one word, stays a label.
        #expect(try annotate("KEVIN CIRILLI: So has she ruled it out?").quoteSummary.map(\.speaker) == ["KEVIN CIRILLI"])
        #expect(try annotate("CORNISH: That's Jason Furman.").quoteSummary.map(\.speaker) == ["CORNISH"])
        #expect(try annotate("VAN SANT: The service usually starts at about 9:45 a.m.").quoteSummary.map(\.speaker) == ["VAN SANT"])
        #expect(try annotate("HARBOUR MASTER: Well, the ferry usually starts at about 9:45 a.m.").quoteSummary.count == 1)
    }

    /// Regression: a role given in the appositive after a name ("Tom Pike, the Rovers manager,") did not
    /// make a later "the manager said" that person; it stayed a description.
    @Test func aRoleInTheAppositiveAfterANameIsTheRoleALaterDefiniteNames() throws {
        let pike = try annotate("Tom Pike, the Rovers manager, was furious. “We were robbed,” the manager said.")
        #expect(pike.quoteSummary.first?.speaker == "Tom Pike")
        let salgado = try annotate("Beatriz Salgado, a lawyer for the family, spoke first. The lawyer said the police lied.")
        #expect(salgado.quoteSummary.first?.speaker == "Beatriz Salgado")
        // A role that is not the appositive's head ("the manager's wife") names no one.
        let wife = try annotate("Ann Pike, the manager's wife, was furious. “We were robbed,” the manager said.")
        #expect(wife.quoteSummary.first?.speaker == "manager")
    }

    /// Regressions from a held-out set (heat report, mountaineer interview): a participle after a
    /// cue's content took the subject inside the speech ("it"), and "always" joined the subject.
    @Test func aParticipleAfterSpeechIsTheSpeakersAndFrequencyAdverbsAreNoSubject() throws {
        let argued = try annotate("Environmental campaigners said it did not go far enough, arguing that only rapid cuts would slow the warming.")
        #expect(argued.quoteSummary.map(\.speaker) == ["Environmental campaigners", "Environmental campaigners"])
        // A clause of its own before the participle keeps its subject.
        let closed = try annotate("The mayor said the pier was unsafe, and the council closed it, citing a report.")
        #expect(closed.quoteSummary.last?.speaker == "council")
        let father = try annotate("My father always said the sea was cruel.")
        #expect(father.quoteSummary.first?.speaker == "My father")
    }

    /// Regression: "according to a report published Monday by the European Environment Agency" gave
    /// "Monday by the European Environment Agency": the source is the agency's name after "by".
    @Test func theAgentOfAPublishedTextIsTheSource() throws {
        let eea = try annotate("Heat waves will last longer, according to a report published Monday by the European Environment Agency.")
        #expect(eea.quoteSummary.first?.speaker == "European Environment Agency")
        // ("figures from the Office for National Statistics": a record's source after "from" speaks too.)
        let ons = try annotate("Sales fell, according to figures from the Office for National Statistics.")
        #expect(ons.quoteSummary.first?.speaker == "Office for National Statistics")
    }

    /// Regression: "“...,” she told the meeting, to applause from residents packed into the chamber"
    /// gave the applause as a second speech.
    @Test func aPrepositionalPhraseAfterATrailingAttributionIsNoSpeech() throws {
        let doc = try annotate("“We will win,” she told the meeting, to applause from residents packed into the chamber.")
        #expect(doc.quoteSummary.map(\.text) == ["“We will win,”"])
        // A participle with its clause still adds speech.
        let added = try annotate("“We will win,” she told the meeting, adding that the library would stay open.")
        #expect(added.quoteSummary.map(\.text) == ["“We will win,”", "the library would stay open"])
    }

    /// Regressions from a held-out set (album review): after "sings on “Certain,”" the content began at
    /// the title's closing mark and took the writer's appositive; a front already attributed
    /// ("“We lost,” he said, the club would appeal") became the content of a later verb.
    @Test func aTitlesClosingMarkAnAppositiveAndAnAttributedFrontAreNoSpeech() throws {
        let song = try annotate("“We were young,” she sings on “Certain,” a line that would be profound if it were not repeated.")
        #expect(song.quoteSummary.map(\.text) == ["“We were young,”"])
        let claim = try annotate("“We lost,” he said, a claim that the club denies.")
        #expect(claim.quoteSummary.map(\.text) == ["“We lost,”"])
        let appeal = try annotate("“We lost,” he said, the club would appeal.")
        #expect(appeal.quoteSummary.map(\.text) == ["“We lost,”"])
    }

    /// Regression: "who did not want to be named" was a quote ("to be named"); the terms of an interview
    /// are no speech whatever verb states them.
    @Test func wantingNotToBeNamedIsNoSpeech() throws {
        let doc = try annotate("The owner of the warehouse, who did not want to be named, said staff were shaken.")
        #expect(doc.quoteSummary.map(\.text) == ["staff were shaken"])
        let diplomat = try annotate("A diplomat, who declined to be identified, said the talks had stalled.")
        #expect(diplomat.quoteSummary.map(\.text) == ["the talks had stalled"])
    }

    /// Regressions from a held-out set (derby draw): an object ran on through "after they came ..."
    /// (an irregular past was not read as the clause's verb), and the British "criticise" lacked the
    /// object column its American spelling has.
    @Test func anObjectEndsBeforeAClauseWithAnIrregularPast() throws {
        let praised = try annotate("He praised his young side after they came from two goals down to draw.")
        #expect(praised.quoteSummary.map(\.text) == ["his young side"])
        let criticised = try annotate("She criticised the council after it cut the budget.")
        #expect(criticised.quoteSummary.map(\.text) == ["the council"])
        // A preposition "after" with a noun phrase stays in the object.
        let work = try annotate("He praised her work after the attacks.")
        #expect(work.quoteSummary.map(\.text) == ["her work after the attacks"])
    }

    /// Regressions from a held-out set (prisoner swap): a participle phrase between the speakers and
    /// their verb gave the last noun of its objects ("two countries", "England") as the speaker; a lone
    /// capitalised plural opening a sentence ("Engineers") became a person a later "she" could name.
    @Test func aParticiplePhraseAfterTheSpeakersIsNotTheSpeaker() throws {
        let envoy = try annotate("A senior envoy involved in negotiations over a prisoner exchange between the two countries said on Sunday that a deal was close.")
        #expect(envoy.quoteSummary.first?.speaker == "senior envoy involved in negotiations over a prisoner exchange between the two countries")
        let doctors = try annotate("Doctors working in hospitals across the north of England said the strike would go ahead.")
        #expect(doctors.quoteSummary.first?.speaker == "Doctors working in hospitals across the north of England")
        let engineers = try annotate("Engineers said the pier was safe. She said it was not.")
        #expect(engineers.quoteSummary.map(\.speaker) == ["Engineers", "she"])
        // A name split by a possessive mark stays whole.
        let union = try annotate("The Transport Workers’ Union on Monday rejected a 4 percent pay offer.")
        #expect(union.quoteSummary.first?.speaker == "Transport Workers’ Union")
    }

    /// Regression: "Said one fan: “...”" gave "Said" as the speaker: an inverted attribution opening
    /// the sentence, with its speech after a colon.
    @Test func anInvertedAttributionOpeningTheSentence() throws {
        let fan = try annotate("Said one fan: “We were robbed.”")
        #expect(fan.quoteSummary.map(\.speaker) == ["one fan"])
        let coach = try annotate("Added the coach, who was smiling: “We will be back.”")
        #expect(coach.quoteSummary.map(\.speaker) == ["coach"])
        // A verb opening a label is no speaker.
        #expect(try annotate("Added to the list: “Milk”.").quoteSummary.allSatisfy { $0.speaker != "Added" })
    }

    /// Regression: "apologised for saying that ..." left the quoted words without a speaker: a
    /// participle after "for" and the sentence's own past verb is the subject's speech.
    @Test func aParticipleAfterForAndThePastVerbIsTheSubjects() throws {
        let mayor = try annotate("The mayor apologised on Thursday for saying that residents had “chosen to live in a bathtub.”")
        #expect(mayor.quoteSummary.allSatisfy { $0.speaker == "mayor" })
        #expect(mayor.quoteSummary.count == 2)
        // Not after an object ("thanked them"), whose speech it is.
        #expect(try annotate("She thanked them for saying the fund was safe.").quoteSummary.isEmpty)
    }

    /// Regression: "called several families to apologise" was a naming with content: after a quantifier
    /// an "-es" word ("families") was read as a verb, which made the object a clause.
    @Test func anEsWordAfterAQuantifierIsAPluralNoun() throws {
        #expect(try annotate("He called several families to apologise.").quoteSummary.isEmpty)
        #expect(try annotate("He said two sides agreed.").quoteSummary.map(\.text) == ["two sides agreed"])
    }

    /// Regression from a held-out set (nurse feature): in "Melnyk, she said, carried two patients" the
    /// name opening the sentence is inside the speech, so "she" is the colleague just introduced
    /// ("Her colleague, Dr. Iryna Bondar, remembers ..."), not Melnyk.
    @Test func aNameInsideTheSpeechIsNotThePronounsReferent() throws {
        let doc = try annotate("“I am just here,” Oksana Melnyk told me.\n\nHer colleague, Dr. Iryna Bondar, remembers the night differently. Melnyk, she said, carried two patients down the stairs.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Oksana Melnyk", "Iryna Bondar", "Iryna Bondar"])
    }

    /// Regression: "The office of Senator Claire Whitman denied ..." gave the senator as the speaker: a
    /// lower-case organisation head before "of" holds the phrase ("Department of Justice" stays a name).
    @Test func aLowerCaseOfficeOfANameIsTheSpeaker() throws {
        let office = try annotate("The office of Senator Claire Whitman said the report was false.")
        #expect(office.quoteSummary.first?.speaker == "office of Senator Claire Whitman")
        let doj = try annotate("The Department of Justice said the report was false.")
        #expect(doj.quoteSummary.first?.speaker == "Department of Justice")
    }

    /// Regressions from a held-out set (court transcript, outage): the labels "THE COURT:" and
    /// "MR. DALTON:" were not read (a function word and a title's period inside a capitals label),
    /// and "asked that her company not be named" was a request reported as speech.
    @Test func transcriptLabelsWithArticlesAndTitlesAndAnonymityRequests() throws {
        let doc = try annotate("THE COURT: Mr. Dalton, anything to add?\n\nMR. DALTON: Only that the time ran out, Your Honor.\n\nTHE COURT: The motion is denied.")
        #expect(doc.quoteSummary.map(\.speaker) == ["COURT", "Dalton", "COURT"])
        // A subhead in capitals names no one.
        #expect(try annotate("THE BOTTOM LINE: Prices will rise again next year.").quoteSummary.isEmpty)
        let founder = try annotate("The founder, who asked that her company not be named, said the outage was costly.")
        #expect(founder.quoteSummary.map(\.text) == ["the outage was costly"])
        // After "said that" the same words are reported speech.
        #expect(try annotate("He said that the firm would not be named in the suit.").quoteSummary.count == 1)
    }

    /// Regressions from a held-out set (stopgap bill): "that" before a plural noun was read as a
    /// determiner ("She said that agencies must prepare" kept "that"; after "warned" the noun was lost),
    /// and an order to a bare plural listener ("warned agencies to prepare", "told agencies to ...")
    /// reported nothing.
    @Test func thatBeforeAPluralAndOrdersToBarePlurals() throws {
        #expect(try annotate("She said that agencies must prepare.").quoteSummary.map(\.text) == ["agencies must prepare"])
        #expect(try annotate("She warned that agencies must prepare.").quoteSummary.map(\.text) == ["agencies must prepare"])
        #expect(try annotate("He rejected that analysis.").quoteSummary.map(\.text) == ["that analysis"])
        #expect(try annotate("She warned agencies to delay the vote.").quoteSummary.map(\.text) == ["agencies to delay the vote"])
        #expect(try annotate("He told reporters to expect delays.").quoteSummary.map(\.text) == ["reporters to expect delays"])
    }

    /// Regression (fuzz): a past verb opening the text before a time and "for saying" read the token
    /// before the text's first one and crashed.
    @Test func aPastVerbOpeningTheTextBeforeForSayingDoesNotCrash() throws {
        let doc = try annotate("criticised Monday for saying the vote was rigged.")
        #expect(doc.quoteSummary.count <= 1)
    }

    /// Regression (fuzz): a 100 KB "sentence" of 4,000 cues took minutes, its cues compared pair by
    /// pair; sentences are cut into pieces of at most `maxSentenceTokens` tokens, others kept whole.
    @Test func overlongSentencesAreCutIntoBoundedPieces() throws {
        let cap = QuoteAttributor.maxSentenceTokens
        let pieces = QuoteAttributor.bounded([0..<10, 10..<(10 + 2 * cap + 5)])
        #expect(pieces == [0..<10, 10..<(10 + cap), (10 + cap)..<(10 + 2 * cap), (10 + 2 * cap)..<(10 + 2 * cap + 5)])
        #expect(QuoteAttributor.bounded([0..<5, 5..<9]) == [0..<5, 5..<9])
        // Each piece still reads its cues. (Each cue with content of its own: a cue inside the same speaker's content is the
        // same utterance told again, see `aSpeakersAttributionInsideTheirOwnSpeechIsNotASecondQuote`.)
        let text = Array(repeating: "people we talked to said they agreed, and", count: 600).joined(separator: " ")
        #expect(try annotate(text).quoteSummary.count > 100)
    }

    /// Regressions from a held-out set (central bank, doping ban): "signalled that" and "indicated that"
    /// report a position, and "denied wrongdoing" gives the denied object as content.
    @Test func signalIndicateAndDenyWithAnObject() throws {
        #expect(try annotate("The bank signalled that it could cut rates in March.").quoteSummary.map(\.text) == ["it could cut rates in March"])
        #expect(try annotate("The data indicated that prices were falling.").quoteSummary.map(\.text) == ["prices were falling"])
        #expect(try annotate("Kiprop, 27, denied wrongdoing.").quoteSummary.map(\.text) == ["wrongdoing"])
        // Not a noun: "Traffic signals failed", nor a passive: "was denied bail".
        #expect(try annotate("Traffic signals failed across the city.").quoteSummary.isEmpty)
        #expect(try annotate("He was denied bail.").quoteSummary.isEmpty)
    }

    /// Regression: "Cruz and his aides signaled that ..." gave "his aides": a name and the people of
    /// that name's own, by a possessive, speak together.
    @Test func aNameAndItsOwnPeopleSpeakTogether() throws {
        let doc = try annotate("Over the past few days, Cruz and his aides increasingly signaled that they were coming around.")
        #expect(doc.quoteSummary.first?.speaker == "Cruz and his aides")
    }

    /// Regression: "She would not comment on the merits" was a quote: a comment not given reports
    /// nothing. (Inside reported speech, "said he would listen but could not comment", it stays part
    /// of what was said.)
    @Test func aCommentNotGivenIsNoQuote() throws {
        #expect(try annotate("She would not comment on the merits of the application.").quoteSummary.isEmpty)
        #expect(try annotate("A spokesman did not comment on the report.").quoteSummary.isEmpty)
        let okafor = try annotate("Ben Okafor said he would “listen to every voice” but could not comment on the merits.")
        #expect(okafor.quoteSummary.map(\.text) == ["he would “listen to every voice” but could not comment on the merits", "“listen to every voice”"])
        // A comment given is one.
        #expect(try annotate("He commented on the case, saying it was weak.").quoteSummary.count == 2)
    }

    /// Regressions from a held-out set (budget column): speech inside a relative clause set off by
    /// commas ran on into the writer's main clause ("which the council promised “...,” are cut"), and
    /// "Go and tell them" gave the imperative verb as a speaker.
    @Test func speechInARelativeClauseEndsAtItsCommaAndImperativesHaveNoSpeaker() throws {
        #expect(try annotate("The plan, which the mayor said would save money, was dropped.").quoteSummary.map(\.text) == ["would save money"])
        #expect(try annotate("Road repairs, which the council promised “would not be touched,” are cut by a quarter.").quoteSummary.map(\.text)
            == ["“would not be touched,”"])
        // A comma inside the quotation is not the clause's.
        let vrba = try annotate("Vrba blamed wage growth, which she described as \"robust, perhaps too robust.\"")
        #expect(vrba.quoteSummary.map(\.text).contains("\"robust, perhaps too robust.\""))
        #expect(try annotate("Go and tell them what you think.").quoteSummary.isEmpty)
    }

    /// Regression from a held-out set (opinion column): the byline's name was the antecedent of a later
    /// "She said" about someone the writer met; a byline names the writer, no one's antecedent.
    @Test func aBylineNameIsNoAntecedent() throws {
        let doc = try annotate("By Helen Cartwright\n\nI asked a librarian what the cuts would mean. She said: “It means the children will have nowhere to go.”")
        #expect(doc.quoteSummary.last?.speaker != "Helen Cartwright")
        #expect(QuoteAttributor.isByline(Tokens(start: nil, count: 0), 0..<0) == false)
    }

    /// Regression from a held-out set (phone battery): "Vireo disputed the findings" reported nothing
    /// ("dispute" was marked both as needing "that" and as taking its object, so the object never
    /// counted); only its inflected forms take an object, so a headline's "border dispute" stays a noun.
    @Test func disputedTakesItsObject() throws {
        #expect(try annotate("Vireo disputed the findings.").quoteSummary.map(\.text) == ["the findings"])
        #expect(try annotate("The woman disputes the idea that she needed care.").quoteSummary.count == 1)
        #expect(try annotate("Talks on border dispute end without agreement").quoteSummary.isEmpty)
        // The same for "championed" and "faulted" (not "welcomed": "As he welcomed several hundred guests").
        #expect(try annotate("She championed the bill in the Senate.").quoteSummary.count == 1)
        #expect(try annotate("As he welcomed several hundred guests, the band played.").quoteSummary.isEmpty)
    }

    /// Regression: a quantifier standing alone as the subject ("Some say", "But many argue", "“...,”
    /// many said") reported nothing, because "Some" and "Many" open sentences as starters and a
    /// lower-case "many" wanted a noun after it. After a pronoun it floats: "They all said" is "they".
    @Test func aQuantifierAloneIsItsClausesSubject() throws {
        let cases = [
            ("Some say the campaign is worried about its chances.", "Some", "the campaign is worried about its chances"),
            ("Several said the plan would fail.", "Several", "the plan would fail"),
            ("But many argue the rules are too strict.", "many", "the rules are too strict"),
            ("Few believe the ceasefire will hold.", "Few", "the ceasefire will hold"),
            ("“The plan is flawed,” many said.", "many", "“The plan is flawed,”"),
            ("They all said the plan was flawed.", "they", "the plan was flawed"),
        ]
        for (text, speaker, quote) in cases {
            let doc = try annotate(text)
            #expect(doc.quoteSummary.map(\.text) == [quote], "\(text)")
            #expect(doc.quoteSummary.first?.speaker == speaker, "\(text)")
        }
        // The content before ends before the conjunction that opens the quantifier's clause (as before
        // any subject: "while critics said" left "while" in the first speech).
        let video = try annotate("The police released the video. It shows an officer aiming a gun at a driver while others shout at him.")
        #expect(video.quoteSummary.first?.text == "an officer aiming a gun at a driver")
        #expect(try annotate("He said the plan was good while critics said it was bad.").quoteSummary.map(\.text)
            == ["the plan was good", "it was bad"])
        // A quantifier before its noun is a determiner: the people speak.
        #expect(try annotate("Many residents say the plan is flawed.").quoteSummary.first?.speaker == "Many residents")
    }

    /// Regressions from a held-out set (wildfire, chip launch): a dateline with an AP state
    /// abbreviation ("PINE HOLLOW, Calif. (AP) —") was cut into two sentences, so the wire tag opened
    /// the officials' speech; a naming participle after a comma ("The chip, called the Orion N5,")
    /// was read as an inverted attribution with the name as its speaker.
    @Test func stateAbbreviationsAndNamingParticiples() throws {
        let fire = try annotate("PINE HOLLOW, Calif. (AP) — A wildfire forced 6,000 people to flee their homes on Sunday, fire officials said.")
        #expect(fire.quoteSummary.map(\.text) == ["A wildfire forced 6,000 people to flee their homes on Sunday"])
        #expect(fire.quoteSummary.first?.speaker == "fire officials")
        // A state abbreviation still ends a sentence before a common sentence starter.
        #expect(try annotate("The firm is based in Austin, Tex. Its founder said the move was cheap.").quoteSummary.first?.speaker == "Its founder")
        let chip = try annotate("The chip, called the Orion N5, had been designed for laptops, she said.")
        #expect(chip.quoteSummary.map(\.speaker) == ["she"])
        #expect(chip.quoteSummary.map(\.text) == ["The chip, called the Orion N5, had been designed for laptops"])
        // "Va." is left out: "the VA." ends its sentence before a name.
        #expect(try annotate("He said the clip was about the VA. Delaney said he disagreed.").quoteSummary.count == 2)
    }

    /// Regression from a held-out set (school board): the signers spoke for a petition ("A petition
    /// signed by 1,100 of the school's 1,600 students argues"): a number or possessive between the
    /// participle's preposition and the noun hid the participle phrase.
    @Test func aParticiplePhraseReachesPastNumbersAndPossessives() throws {
        #expect(try annotate("A letter signed by 40 senators argues that the deal is flawed.").quoteSummary.first?.speaker
            == "letter signed by 40 senators")
        #expect(try annotate("A petition signed by 1,100 of the school's 1,600 students argues that the start is too early.")
            .quoteSummary.first?.speaker == "petition signed by 1,100 of the school's 1,600 students")
        // A preposition further back, before a verb of the sentence, is no part of the phrase.
        #expect(try annotate("A poll released in late August found that 74 percent of likely voters said he should resign.")
            .quoteSummary.last?.speaker == "74 percent of likely voters")
    }

    /// Regressions from a held-out set (Commons debate, football, heart study): a base form after "and"
    /// made a second report of a past cue's speech ("asked whether the minister could “look patients in
    /// the eye” and promise that ..."); speech in a relative clause with a gap ran past its comma ("a
    /// handball that replays suggested was accidental, drew criticism"); "according to a large study
    /// published on Wednesday" named the "study published on" as the source.
    @Test func tenseGapsAndSourcesAfterAccordingTo() throws {
        let hale = try annotate("Hale asked whether the minister could look patients in the eye and promise that the lists would fall.")
        #expect(hale.quoteSummary.map(\.text) == ["whether the minister could look patients in the eye and promise that the lists would fall"])
        // Two past cues, or two present ones, are two reports.
        #expect(try annotate("She said the plan was fair and insisted that it would pass.").quoteSummary.count == 2)
        #expect(try annotate("They say the plan is fair and insist that it will pass.").quoteSummary.count == 2)
        let penalty = try annotate("The decision, for a handball that replays suggested was accidental, drew criticism.")
        #expect(penalty.quoteSummary.map(\.text) == ["was accidental"])
        let study = try annotate("Nurses were more likely to develop heart disease, according to a large study published on Wednesday.")
        #expect(study.quoteSummary.first?.speaker == "large study")
        // Who the people are stays: "people briefed on the talks" are a source because they were briefed.
        #expect(try annotate("Prices rose, according to people briefed on the talks.").quoteSummary.first?.speaker == "people briefed on the talks")
    }

    /// Regression from a held-out set (librarian Q&A): an unresolved "I" was named "i".
    @Test func anUnresolvedFirstPersonIsNamedI() throws {
        #expect(try annotate("I said the plan was fine.").quoteSummary.first?.speaker == "I")
        #expect(try annotate("He said the plan was fine.").quoteSummary.first?.speaker == "he")
    }

    /// Regression from a held-out set (librarian Q&A): a Q&A whose questions never say "you" gave its
    /// answers to no one; a headline opening with "Q&A" announces the shape.
    @Test func aQAndAHeadlineAnnouncesUnlabelledAnswers() throws {
        let questions = ["Why does the old press matter?", "Does anyone still use it?", "What happens to it now?"]
        let answers = ["It is not the machine. It is the people who set the type by hand.",
                       "Almost nobody prints on it. But I open the shop on Saturdays for children.",
                       "The council will keep it in the museum. I will train two volunteers."]
        let body = zip(questions, answers).map { "\($0)\n\n\($1)" }.joined(separator: "\n\n")
        let intro = "Ada Quill has run the Eastfield print shop for 40 years. We asked her about its last press."
        let qa = try annotate("Q&A: The printer who saved a press\n\n\(intro)\n\n\(body)\n")
        #expect(qa.quoteSummary.filter { $0.kind == "direct" }.map(\.speaker) == ["Ada Quill", "Ada Quill", "Ada Quill"])
        // Without the headline's label, questions that never address "you" may be an essay's.
        let essay = try annotate("The printer who saved a press\n\n\(intro)\n\n\(body)\n")
        #expect(essay.quoteSummary.filter { $0.kind == "direct" }.isEmpty)
    }

    /// Regression from a held-out set (children's data lawsuit): "A group of parents has sued Lumio, ...,
    /// alleging that ..." reported nothing: the sentence's subject stopped at "of". Guarded: a phrase
    /// cut inside its "of" is none ("The footage of an anguished wife ... pleading"), and a verb joined
    /// to a cue inside a "that"-clause keeps that clause's subject only in the same tense.
    @Test func anOfPhraseSubjectReachesItsParticiple() throws {
        let suit = try annotate("A group of parents has sued Lumio, the maker of a tablet, alleging that the company stored their voices.")
        #expect(suit.quoteSummary.map(\.text) == ["the company stored their voices"])
        #expect(suit.quoteSummary.first?.speaker == "group of parents")
        let founder = try annotate("A former clerk of Harbour Bank testified that the founder, Ivo Marsh, boasted about his tricks and once told staff that rules were for losers.")
        #expect(founder.quoteSummary.first?.text == "the founder, Ivo Marsh, boasted about his tricks and once told staff that rules were for losers")
        // (What the founder told staff is his.)
        #expect(founder.quoteSummary.dropFirst().map(\.speaker) == ["Ivo Marsh"])
        let may = try annotate("The prime minister said that the country would declare its intention by March and suggested that it would leave the market.")
        #expect(may.quoteSummary.last?.speaker == "prime minister")
    }

    /// Regressions from a held-out set (council row, swimmer): a headline's bare role after a quotation
    /// closing with its comma, or before the headline's second clause, named no one ("“We will not be
    /// bullied,” says council leader as row deepens"); "Andrea" was a woman's name, so "he" after
    /// "Andrea Bellini" found no antecedent.
    @Test func headlineRolesAndNamesOfEitherGender() throws {
        #expect(try annotate("“We will not be bullied,” says council leader as row over homes deepens").quoteSummary.first?.speaker == "council leader")
        #expect(try annotate("'We will not be bullied', says council leader").quoteSummary.first?.speaker == "council leader")
        let coach = try annotate("Her coach, Andrea Bellini, said he had seen it coming. “She never complained,” he said.")
        #expect(coach.quoteSummary.map(\.speaker) == ["Andrea Bellini", "Andrea Bellini"])
    }

    /// Regressions from a held-out set (olive oil, hospital report): a bare plural not in the group list
    /// closing a sentence gave no quote (", producers said"); "that" after a preposition was trimmed as
    /// a dangling conjunction ("would hold the government to that").
    @Test func bareTrailingPluralsAndPronounThat() throws {
        let oil = try annotate("Prices have hit a record high, producers said on Monday.")
        #expect(oil.quoteSummary.map(\.speaker) == ["producers"])
        // Not a quantifier after a name ("Obama, others vow"), nor an adverb before a participle.
        #expect(try annotate("World leaders denounce test; Obama, others vow consequences").quoteSummary.allSatisfy { $0.speaker != "others" })
        #expect(try annotate("The aides were kind, perhaps recognizing that praise is cheap.").quoteSummary.allSatisfy { $0.speaker != "perhaps" })
        #expect(try annotate("Nurses' leaders said they would hold the government to that.").quoteSummary.first?.text
            == "they would hold the government to that")
    }

    /// Regressions from a held-out set (ceasefire talks): "An official involved in the talks, who spoke on
    /// condition of anonymity, said" gave no quote, since the participle hid the opening phrase; an
    /// absolute phrase ", with mediators saying ..." gave none either.
    @Test func participlesInOpeningPhrasesAndAbsolutePhrases() throws {
        let official = try annotate("An official involved in the talks, who spoke on condition of anonymity, said the gaps remained.")
        #expect(official.quoteSummary.map(\.speaker) == ["official involved in the talks"])
        let talks = try annotate("Negotiators returned to Cairo for more talks, with mediators saying the two sides were closer to a deal.")
        #expect(talks.quoteSummary.map(\.text) == ["the two sides were closer to a deal"])
        #expect(talks.quoteSummary.first?.speaker == "mediators")
        let debate = try annotate("The candidates clashed on Tuesday, with each accusing the other of distorting the record.")
        #expect(debate.quoteSummary.first?.speaker == "each")
        #expect(try annotate("He left the room, with his head down.").quoteSummary.isEmpty)
    }

    /// Regression from a held-out set (startup fraud): "A spokesman for one of the funds said" named
    /// "one of the funds"; the role before the quantity's preposition speaks.
    @Test func aRoleBeforeAQuantitySpeaks() throws {
        #expect(try annotate("A spokesman for one of the funds said it was reviewing the matter.").quoteSummary.first?.speaker
            == "spokesman for one of the funds")
        #expect(try annotate("Lawyers for two of the families said the deal was unfair.").quoteSummary.first?.speaker
            == "Lawyers for two of the families")
        #expect(try annotate("Some of the victims said the deal was unfair.").quoteSummary.first?.speaker == "Some of the victims")
    }

    /// Regressions from a held-out set (senator's travel): after a semicolon, "one, who requested
    /// anonymity, acknowledged that ..." gave no quote, and its "but said" went to the first clause's
    /// subject; "made clear that he intended to fight" reported "to fight" as his intention.
    @Test func semicolonClausesAndMakeClear() throws {
        let doc = try annotate("Several colleagues were restrained; one, who requested anonymity, acknowledged that the report was bad but said the senator deserved a chance.")
        #expect(doc.quoteSummary.map(\.text) == ["the report was bad", "the senator deserved a chance"])
        // (Shown as one of the colleagues the clause before the semicolon names.)
        #expect(doc.quoteSummary.map(\.speaker) == ["one of several colleagues", "one of several colleagues"])
        let clear = try annotate("Holbrook made clear that he intended to fight.")
        #expect(clear.quoteSummary.map(\.text) == ["he intended to fight"])
        #expect(clear.quotes.first?.cue?.lemma == "make clear")
        #expect(try annotate("The team made clear progress this year.").quoteSummary.isEmpty)
    }

    /// Regression from a held-out set (sea crossing): "who asked that his surname not be used" was read
    /// as a request reported, so the place before it ("from Sudan") spoke it and the next quotation.
    @Test func aNameNotToBeUsedIsTheTermsOfAnInterview() throws {
        let doc = try annotate("“We drank seawater,” said Ibrahim, 19, from Sudan, who asked that his surname not be used. “Some of us could not stand.”")
        #expect(doc.quoteSummary.map(\.speaker) == ["Ibrahim", "Ibrahim"])
        // A request about something else is still reported.
        #expect(try annotate("The mayor asked that the report not be published before the vote.").quoteSummary.count == 1)
    }

    /// Regressions from a held-out set (lunar ice): "Scientists studying the data say" named "data", and
    /// "Scientists working on the orbiter say" gave no quote ("say" after a participle's prepositional
    /// phrase was read as a noun).
    @Test func participlesAfterTheSpeakers() throws {
        #expect(try annotate("Scientists studying the data say the ice is there.").quoteSummary.first?.speaker == "Scientists studying the data")
        // "they" right before "have found" is that verb's subject, not the record "data" further back.
        #expect(try annotate("Scientists analysing data say they have found evidence of ice.").quoteSummary.map(\.text)
            == ["they have found evidence of ice"])
        // A cue inside the subject phrase describes the speakers and reports nothing of its own.
        #expect(try annotate("Residents opposing the plan said it was rushed.").quoteSummary.map(\.text) == ["it was rushed"])
        #expect(try annotate("Scientists working on the orbiter say the ice is there.").quoteSummary.first?.speaker
            == "Scientists working on the orbiter")
        // A noun in "-ing" is no participle: the engineers found it.
        let mayor = try annotate("She spoke at a packed council meeting that engineers had found “serious corrosion” in the supports.")
        #expect(mayor.quoteSummary.first?.speaker == "engineers")
        #expect(try annotate("A full copy of the harbour report.").quoteSummary.isEmpty)
        // "a" or "an" opening a preposition's object after the plural subject: the base form is the verb.
        #expect(try annotate("Scientists analysing data from an orbiter say the ice is there.").quoteSummary.first?.speaker
            == "Scientists analysing data from an orbiter")
        #expect(try annotate("He appeared in an hourlong show that aired on Sunday.").quoteSummary.isEmpty)
    }

    /// Regression from a held-out set (airport runway): "others, like retired nurse Pauline Adams,
    /// worried about the noise. “...,” she said" gave "she" to the minister who spoke before; the
    /// person given as the subject's example is the topic.
    @Test func aNameGivenAsTheSubjectsExampleIsThePronounsTopic() throws {
        let doc = try annotate("Helen Dobson said she was confident. Some welcomed the jobs; others, like retired nurse Pauline Adams, worried about the noise. “I moved here for the quiet,” she said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Helen Dobson", "Pauline Adams"])
        // Not a name inside a list after the verb.
        let list = try annotate("Helen Dobson said she was confident. Residents met leaders, like Mayor Ann Ruiz, on Monday. “We are ready,” she said.")
        #expect(list.quoteSummary.last?.speaker == "Helen Dobson")
    }

    /// Regression from a held-out set (senator's travel): "dismissed the report as “a partisan hit job”"
    /// gave the quotation no speaker; a denial naming its object in quoted words after "as" reports
    /// them. (Its first form trapped on a verb closing its sentence: "The case was dismissed.")
    @Test func aDenialNamingItsObjectReportsTheQuotedWords() throws {
        let doc = try annotate("Holbrook dismissed the report as “a partisan hit job.”")
        #expect(doc.quoteSummary.map(\.speaker) == ["Holbrook", "Holbrook"])
        #expect(doc.quoteSummary.last?.text == "“a partisan hit job.”")
        #expect(try annotate("The judge dismissed the case.").quoteSummary.isEmpty)
        #expect(try annotate("The judge dismissed it as").quoteSummary.isEmpty)
        #expect(try annotate("He dismissed").quoteSummary.isEmpty)
        // After "and" it stays inside the first speech.
        let brief = try annotate("Her brief said that was not her view and dismissed those reports as “old allegations.”")
        #expect(brief.quoteSummary.first?.text == "that was not her view and dismissed those reports as “old allegations.”")
    }

    /// Regression from a held-out set (rescued hiker): "A hiker who got lost on Ben Lomond thanked the
    /// strangers, saying ..." gave the mountain the hiker's words: a name after a preposition was read
    /// as the subject of the verb after it.
    @Test func aNameAfterAPrepositionIsNoParticiplesSubject() throws {
        let doc = try annotate("A hiker who got lost on Ben Lomond thanked the strangers, saying he would not be here without them.")
        #expect(doc.quoteSummary.map(\.speaker) == ["hiker"])
        #expect(try annotate("The bank left its rate unchanged, saying inflation was easing.").quoteSummary.first?.speaker == "bank")
    }

    /// Regression from a held-out set (theatre review): "when the mother turns to her son and says,
    /// “...”" found no subject for "says" (no sentence subject, no earlier cue), so the quotation went
    /// to "people" in the next sentence; the verb in the cue's tense before "and" lends its subject.
    @Test func aCoordinatedVerbInTheCuesTenseLendsItsSubject() throws {
        let doc = try annotate("There is a moment, near the end of the play, when the mother turns to her son and says, simply, “I was always here.” It is the line people were still repeating.")
        #expect(doc.quoteSummary.first?.speaker == "mother")
        #expect(try annotate("When the mayor walked in and said hello, nobody moved.").quoteSummary.isEmpty)
    }

    /// Regression from a held-out set (factory closure): "The company said ... It said it would offer
    /// ..." gave the second report no quote: "it" spoke only for a text named before, not for a body
    /// that had just spoken.
    @Test func itSpeaksForABodyThatJustSpoke() throws {
        let doc = try annotate("The company said the plant was no longer competitive. It said it would offer redundancy packages.")
        #expect(doc.quoteSummary.map(\.speaker) == ["company", "company"])
        #expect(try annotate("The company built the plant in 1990. It said nothing then.").quoteSummary.allSatisfy { $0.speaker != "company" })
    }

    /// Regression from a held-out set (car ban): "a move supporters say will cut pollution" gave no
    /// quote: "a move supporters" was read as one phrase, and "a" before a base form made "say" a noun.
    @Test func aContactClauseAfterASingularNoun() throws {
        let doc = try annotate("It is a plan critics say will fail.")
        #expect(doc.quoteSummary.map(\.speaker) == ["critics"])
        #expect(doc.quoteSummary.map(\.text) == ["will fail"])
        #expect(try annotate("A few analysts said the plan would fail.").quoteSummary.first?.speaker == "few analysts")
    }

    /// Regression from a held-out set (abortion ruling): "A federal judge on Friday temporarily blocked
    /// the law, saying ..." gave no quote: a time and an adverb between the subject and its verb hid
    /// the sentence's subject from the participle.
    @Test func aTimeBetweenTheSubjectAndItsVerb() throws {
        let doc = try annotate("A federal judge on Friday temporarily blocked the law, saying it was likely unconstitutional.")
        #expect(doc.quoteSummary.map(\.speaker) == ["federal judge"])
        #expect(doc.quoteSummary.map(\.text) == ["it was likely unconstitutional"])
    }

    /// Regression from a held-out set (leaked memo): "shows that senior officials at the border agency
    /// warned that ..." gave the officials no quote: a group noun before its affiliation was a subject
    /// only at the start of a sentence.
    @Test func aGroupBeforeItsAffiliationInsideAClause() throws {
        let doc = try annotate("The memo shows that senior officials at the border agency warned that the plan would fail.")
        #expect(doc.quoteSummary.map(\.speaker) == ["memo", "senior officials at the border agency"])
        #expect(doc.quoteSummary.last?.text == "the plan would fail")
        #expect(try annotate("Elected officials from both parties say he works hard.").quoteSummary.first?.speaker == "Elected officials from both parties")
        #expect(try annotate("The lobbying has included members of the government, which has denied any role.").quoteSummary.first?.speaker
            == "members of the government")
    }

    /// Regression from a held-out set (leaked memo): "A memo obtained by The Chronicle says" gave the
    /// newspaper the memo's words; the one who receives a text does not speak it.
    @Test func theHolderOfATextIsNotItsSpeaker() throws {
        #expect(try annotate("A memo obtained by The Chronicle says officials lied.").quoteSummary.first?.speaker == "memo")
        #expect(try annotate("Documents reviewed by The Associated Press show that the company knew.").quoteSummary.first?.speaker == "Documents")
        #expect(try annotate("A report published by the Harbour Agency said the water was cleaner.").quoteSummary.first?.speaker == "Harbour Agency")
    }

    /// Regression from a held-out set (a senator's trial): the headline "Ex-aide tells jury senator
    /// pressured staff" reported "jury senator pressured staff"; a verb that always names its listener
    /// takes a bare institution as that listener.
    @Test func aBareInstitutionAfterTellIsTheListener() throws {
        #expect(try annotate("Ex-aide tells jury senator pressured staff").quoteSummary.first?.text == "senator pressured staff")
        #expect(try annotate("Mayor tells council budget is broken").quoteSummary.first?.text == "budget is broken")
        #expect(try annotate("She told court rulings had been ignored.").quoteSummary.first?.text == "court rulings had been ignored")
    }

    /// Regression from a held-out set (parish): "Maureen Kelly, 78, a retired teacher, said" gave no
    /// quote, and with "One parishioner," before it the parishioner spoke: "Kelly" was skipped as an
    /// adverb in "-ly" ("always said"). A capitalised word is a name.
    @Test func aNameEndingInLyIsNoAdverb() throws {
        #expect(try annotate("Maureen Kelly, 78, a retired teacher, said she had cried.").quoteSummary.first?.speaker == "Maureen Kelly")
        #expect(try annotate("One parishioner, Emily Daly, 78, said she had cried.").quoteSummary.first?.speaker == "Emily Daly")
        #expect(try annotate("The minister publicly said the plan was dead.").quoteSummary.first?.speaker == "minister")
    }

    /// Regression from a held-out set (hospital delays): "said in an email to staff that ..." kept the
    /// circumstance in the speech: "to staff" was read as an infinitive.
    @Test func aListenerAfterToIsNoInfinitive() throws {
        let doc = try annotate("The chief executive said in an email to staff that the findings were disappointing.")
        #expect(doc.quoteSummary.first?.text == "the findings were disappointing")
        #expect(try annotate("The firm agreed to pay staff that had been laid off.").quoteSummary.first?.text == "to pay staff that had been laid off")
    }

    /// Regression from a held-out set (football report): "“...,” the 27-year-old told Sky Sports" gave
    /// no speaker, and "The Irishman added" named a nationality: an age or a nationality with "the"
    /// names the person mentioned last.
    @Test func anAgeOrANationalityNamesThePersonMentionedLast() throws {
        let doc = try annotate("Jean-Pierre Dubois scored in the last minute. “I just hit it,” the 27-year-old told reporters.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Jean-Pierre Dubois"])
        let coach = try annotate("Rovers manager Sean O'Brien was pleased. The Irishman said his team had character.")
        #expect(coach.quoteSummary.map(\.speaker) == ["Sean O'Brien"])
        #expect(try annotate("The Frenchwoman said it was over.").quoteSummary.first?.speaker == "Frenchwoman")
        let teen = try annotate("Kwame Asante, 19, won the race. “I just jumped,” the teenager said.")
        #expect(teen.quoteSummary.map(\.speaker) == ["Kwame Asante"])
    }

    /// Regression from a held-out set (coffee study): "said the study's lead author, Dr. Priya Raman."
    /// named the role: the title abbreviation's period ended the name in the appositive.
    @Test func theNameAfterAnInvertedRoleKeepsItsTitle() throws {
        let doc = try annotate("“Coffee is fine,” said the study's lead author, Dr. Priya Raman.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Priya Raman"])
    }

    /// Regression from a held-out set (a singer's lawsuit): "Lawyers for the pop singer Dana Rivers said"
    /// gave the lawyers' words to the singer. People acting for someone speak as themselves; a
    /// spokesman still gives the organisation's words.
    @Test func lawyersForSomeoneSpeakAsThemselves() throws {
        #expect(try annotate("Lawyers for the pop singer Dana Rivers said the lawsuit had no merit.").quoteSummary.first?.speaker
            == "Lawyers for the pop singer Dana Rivers")
        #expect(try annotate("Analysts at the investment bank Goldman Sachs said growth would slow.").quoteSummary.first?.speaker
            == "Analysts at the investment bank Goldman Sachs")
        #expect(try annotate("A spokesman for Ferrand Motors said the plant would stay open.").quoteSummary.first?.speaker == "Ferrand Motors")
        // (A name with its own article is no description's: "the regional centers The S.E.C.".)
        let joined = try annotate("It cut its oversight of the regional centers The Agency said it would act.")
        #expect(joined.quoteSummary.first?.speaker == "Agency")
    }

    /// Regression from a held-out set (transfer story, poll): "Corriere dello Sport reported" named
    /// "Sport", and "The Confederation of British Industry said" named "Confederation".
    @Test func particlesAndOrganisationHeadsKeepANameWhole() throws {
        #expect(try annotate("But the newspaper Corriere dello Sport reported that the agent had held talks.").quoteSummary.first?.speaker
            == "Corriere dello Sport")
        #expect(try annotate("The Confederation of British Industry said the plan was no answer.").quoteSummary.first?.speaker
            == "Confederation of British Industry")
    }

    /// Regression from a held-out set (solar farm): "Its chairman, retired engineer Colin Bates, said"
    /// named the chairman: only a listed title could stand before the name in the appositive.
    @Test func aDescriptionBeforeTheNameInAnAppositive() throws {
        #expect(try annotate("Its chairman, retired engineer Colin Bates, said the plan was wrong.").quoteSummary.first?.speaker == "Colin Bates")
        #expect(try annotate("The group's founder, former police officer Colin Bates, said it was wrong.").quoteSummary.first?.speaker == "Colin Bates")
        #expect(try annotate("The company, a unit of General Motors, said the plan was wrong.").quoteSummary.first?.speaker == "company")
    }

    /// Regression from a held-out set (hedgehog report): "..., a report by two wildlife charities says."
    /// gave no quote: a record and its author after "by" or "from" were no subject.
    @Test func aRecordAndItsAuthorAreOneSubject() throws {
        let doc = try annotate("Hedgehog numbers have fallen by half, a report by two wildlife charities says.")
        #expect(doc.quoteSummary.map(\.text) == ["Hedgehog numbers have fallen by half"])
        #expect(try annotate("A letter from the residents argues that the plan is flawed.").quoteSummary.first?.speaker == "letter from the residents")
    }

    /// Regression from a held-out set (city budget): "The city, according to the mayor's office, faces a
    /// shortfall" reported only "The city"; the predicate after the source is the report's second part.
    @Test func aSourceBetweenCommasSplitsTheReport() throws {
        let doc = try annotate("Some 40 people, according to the Red Cross, died in the floods.")
        #expect(doc.quoteSummary.map(\.text) == ["Some 40 people", "died in the floods"])
        let coordinated = try annotate("Prices rose last year, according to the agency, and are expected to rise again.")
        #expect(coordinated.quoteSummary.map(\.text) == ["Prices rose last year", "are expected to rise again"])
    }

    /// Regression from a held-out set (city budget): "According to the mayor's spokesman, Dan Pierce, ..."
    /// named the role; "Pierce is quoted in the city's newsletter as saying" named the newsletter.
    @Test func theNamedSourceAndThePassiveQuotation() throws {
        #expect(try annotate("According to the mayor's spokesman, Dan Pierce, the city faces a shortfall.").quoteSummary.first?.speaker
            == "Dan Pierce")
        #expect(try annotate("According to police, John Smith, 45, was arrested.").quoteSummary.first?.speaker == "police")
        #expect(try annotate("Pierce is quoted in the city's newsletter as saying that cuts are coming.").quoteSummary.first?.speaker == "Pierce")
        #expect(try annotate("The agency quoted Deputy Minister Oleg Varin as saying talks had failed.").quoteSummary.first?.speaker == "Oleg Varin")
    }

    /// Regression from a held-out set (car recall): "recalled 80,000 vehicles over a software fault that
    /// can cause ..." reported twice: a product recall as memory, and "fault" as the verb "to fault".
    @Test func aProductRecallAndAFaultAreNoSpeech() throws {
        #expect(try annotate("Shares fell after the company recalled 80,000 vehicles over a software fault that can cause the brakes to fail.")
            .quoteSummary.isEmpty)
        #expect(try annotate("He recalled how the crowd had cheered.").quoteSummary.first?.text == "how the crowd had cheered")
    }

    /// Regression from PolNeAR: "“... he said, 'Our approach failed,'” Mitchell recalled" gave the quotation
    /// no speaker: the closing mark after a nested quotation's own mark was not seen as closing.
    @Test func aCueAfterANestedQuotationsClosingMarks() throws {
        let doc = try annotate("“In 2011, he said, 'Our approach failed,'” Mitchell recalled in an interview.")
        #expect(doc.quoteSummary.first?.speaker == "Mitchell")
    }

    /// Regression from a held-out set (teachers' strike): "..., the country's largest teaching union
    /// announced on Friday." gave no quote: the group's phrase stopped before its possessor, so it did
    /// not open the trailing clause.
    @Test func aTrailingGroupWithItsPossessor() throws {
        let doc = try annotate("Teachers have voted for strike action, the country's largest teaching union announced on Friday.")
        #expect(doc.quoteSummary.map(\.speaker) == ["country's largest teaching union"])
    }

    /// Regression from a held-out set (minister's expenses): "said Labour's housing spokesperson, Priya
    /// Nair." named Labour, and "claimed more than 20,000 pounds in expenses" reported the money.
    @Test func aPossessorsRoleAndAClaimForMoney() throws {
        #expect(try annotate("“This is wrong,” said Labour's housing spokesperson, Priya Nair.").quoteSummary.first?.speaker == "Priya Nair")
        #expect(try annotate("He claimed more than 20,000 pounds in expenses for a second home.").quoteSummary.isEmpty)
        #expect(try annotate("She claimed more than 20 people had died.").quoteSummary.first?.text == "more than 20 people had died")
        #expect(try annotate("They claimed the damages were exaggerated.").quoteSummary.first?.text == "the damages were exaggerated")
        // (A claim closing its sentence: the money test's window was an upside-down range and trapped; the
        // fuzz sets found it.)
        #expect(try annotate("They claimed. Smith claimed").quoteSummary.isEmpty)
    }

    /// Known miss mended: "“...,” said a spokesman for Harbour Link." named "spokesman", while "A
    /// spokesman for Harbour Link said" names the company; the inverted form now names it too.
    @Test func anInvertedSpokesmanSpeaksForHisOrganisation() throws {
        #expect(try annotate("“We are reviewing it,” said a spokesman for Harbour Link.").quoteSummary.first?.speaker == "Harbour Link")
        #expect(try annotate("“No,” said a spokeswoman for the Department of Transport.").quoteSummary.first?.speaker == "Department of Transport")
        #expect(try annotate("“No,” said a spokesman for Harbour Link, Tom Lee.").quoteSummary.first?.speaker == "Tom Lee")
        #expect(try annotate("“No,” said a spokesman for the company.").quoteSummary.first?.speaker == "spokesman")
    }

    /// Regression from a held-out set (floods): "promised to rebuild every home ..., in a televised
    /// address to the nation" kept where it was said in the speech.
    @Test func aTrailingVenueIsNotTheSpeech() throws {
        #expect(try annotate("She said the plan would work, in an interview with the BBC.").quoteSummary.first?.text == "the plan would work")
        #expect(try annotate("She promised to rebuild every home, in a televised address to the nation.").quoteSummary.first?.text
            == "to rebuild every home")
        #expect(try annotate("He said that voters, in a speech he gave in 2010, were angry.").quoteSummary.first?.text
            == "voters, in a speech he gave in 2010, were angry")
    }

    /// Regression from a held-out set (a composer's interview): a headline opening "Interview:"
    /// announces questions and answers as "Q&A:" does, so answers to questions that never say "you"
    /// are the interviewee's.
    @Test func anInterviewHeadlineAnnouncesAnswers() throws {
        let text = "Interview: the composer who writes for robots\n\nLena Hartmann writes music for machines. We spoke to her.\n\n"
            + "Why robots?\n\nBecause they never get tired. I can write anything.\n\nIsn't that soulless?\n\nPeople said that about the piano.\n\n"
            + "What's next?\n\nAn opera, I promise."
        let doc = try annotate(text)
        let answers = doc.quoteSummary.filter { $0.speaker == "Lena Hartmann" }.map(\.text)
        #expect(answers.contains("People said that about the piano."))
        #expect(answers.contains("An opera, I promise."))
    }

    /// Regression from a held-out set (ferry cancellations): "“...,” said one, Morag Macleod." gave the
    /// quotation to the group before it with no cue, and "“...,” said one." gave no quote at all.
    @Test func anInvertedOneAndItsName() throws {
        let named = try annotate("Islanders were unimpressed. “Sorry doesn't help,” said one, Morag Macleod.")
        #expect(named.quoteSummary.map(\.speaker) == ["Morag Macleod"])
        let alone = try annotate("Residents were angry. “It hurts,” said one.")
        #expect(alone.quoteSummary.map(\.text) == ["“It hurts,”"])
        #expect(try annotate("The ferry said one thing.").quoteSummary.isEmpty)
    }

    /// Regression from a held-out set (a senator's farewell): a quotation opening its own sentence
    /// after "The senator spoke for nearly an hour." had no speaker; a role with "the" introduces it
    /// as a name does, and the quotation's later paragraphs follow it.
    @Test func aRoleSubjectIntroducesTheNextQuotation() throws {
        let doc = try annotate("The senator spoke for an hour. “I came here thirty years ago.\n\n“So today I am leaving.”")
        #expect(doc.quoteSummary.map(\.speaker) == ["senator", "senator"])
        #expect(try annotate("The committee met for an hour. “We are done.”").quoteSummary.first?.speaker == nil)
    }

    /// Regression from a held-out set (rail fares): "The rail industry body, the Rail Delivery Group,
    /// said" named the description: a name in the appositive could not have its own article, nor an
    /// organisation's own "of" ("the Department of Marine Resources").
    @Test func anAppositiveNameWithItsArticle() throws {
        #expect(try annotate("The rail industry body, the Rail Delivery Group, said it understood.").quoteSummary.first?.speaker
            == "Rail Delivery Group")
        #expect(try annotate("The agency, the Department of Marine Resources, said it would act.").quoteSummary.first?.speaker
            == "Department of Marine Resources")
        #expect(try annotate("Another analyst, Joanna Li of Redwood Securities, said it would fall.").quoteSummary.first?.speaker == "Joanna Li")
        #expect(try annotate("The company, the largest employer in Harlow, said it would close.").quoteSummary.first?.speaker == "company")
    }

    /// Regression from a held-out set (job cuts): "..., chief executive Dana Whitfield told employees on
    /// Wednesday." gave no quote: the role before the name kept the name from opening the trailing clause.
    @Test func aTrailingRoleAndName() throws {
        let doc = try annotate("Nexora will cut 10,000 jobs, chief executive Dana Whitfield told employees on Wednesday.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Dana Whitfield"])
        #expect(doc.quoteSummary.map(\.text) == ["Nexora will cut 10,000 jobs"])
        #expect(try annotate("In a letter seen by the AP, budget director Karen Lutz warned agencies on Friday to prepare for a lapse.")
            .quoteSummary.allSatisfy { !$0.text.hasPrefix("In a letter") })
    }

    /// Regression from a held-out set (protest): "said the protest had been “entirely peaceful” until
    /// police “waded in.”" ended the speech at "until"; a clause of its own after "until" inside
    /// reported speech is the speaker's, while after a quotation that is the whole content it is not.
    @Test func untilWithAClauseInsideReportedSpeech() throws {
        let doc = try annotate("He said the protest had been “entirely peaceful” until police “waded in.”")
        #expect(doc.quoteSummary.first?.text == "the protest had been “entirely peaceful” until police “waded in.”")
        let narrated = try annotate("She repeatedly says, “Don't you do it,” until gunshots are heard.")
        #expect(narrated.quoteSummary.map(\.text) == ["“Don't you do it,”"])
    }

    /// Regression from the HTML dev pages: "“It was an attempt to mislead voters,’’ Will Moy ... said"
    /// gave the quotation no speaker and ran it to the paragraph's end.
    @Test func aQuotationClosedByTwoCurlySingles() throws {
        let doc = try annotate("“It was an attempt to mislead voters,’’ Will Moy, chief executive of Full Fact, said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Will Moy"])
        #expect(doc.quoteSummary.map(\.text) == ["“It was an attempt to mislead voters,’’"])
    }

    /// Regression from the HTML dev pages (a case report): "“...,” the patient described in the case
    /// report." gave the quotation no speaker; "recounted" was no cue; a naming verb after a quotation
    /// made it a label ("partial"), not an utterance.
    @Test func aQuotationBeforeDescribedOrRecounted() throws {
        let doc = try annotate("“It was slow,” the patient described in the case report. “I was asleep.”")
        #expect(doc.quoteSummary.map(\.speaker) == ["patient", "patient"])
        #expect(try annotate("“It was slow,” she recounted.").quoteSummary.first?.speaker == "she")
        #expect(try annotate("“It was slow,” she described.").quotes.first?.kind == .direct)
        #expect(try annotate("She described the plan as “a disaster”.").quotes.first?.kind == .partial)
        #expect(try annotate("She called it “brave” before describing for the jury the details of the “fight” that night.")
            .quoteSummary.allSatisfy { !$0.text.hasPrefix("for the jury") })
    }

    /// Regression from the HTML dev pages: "But when Dr. Owen Dempsey, a pulmonologist, took a look, he
    /// disagreed and performed a scan." reported the leading clause as what he said.
    @Test func aLeadingSubordinateClauseBeforeASecondPredicate() throws {
        #expect(try annotate("But when Dr. Owen Dempsey, a pulmonologist, took a look, he disagreed and performed a scan.").quoteSummary.isEmpty)
        #expect(try annotate("If the talks fail, the strike will go ahead, the union said.").quoteSummary.first?.text
            == "If the talks fail, the strike will go ahead")
    }

    /// Regressions from the HTML dev pages: "the most telling contradiction was his claim that ..." made
    /// "telling" a cue with "most" speaking; "production beat forecasts and sent prices lower" made
    /// "forecasts" one; an unresolved "we're" was named "we're".
    @Test func adjectivesInIngObjectsInSAndContractions() throws {
        let claim = try annotate("But perhaps the most telling contradiction was his claim that he visited in 2010.")
        #expect(claim.quoteSummary.map(\.text) == ["he visited in 2010"])
        #expect(try annotate("Norway's oil production beat forecasts and sent prices lower.").quoteSummary.isEmpty)
        #expect(try annotate("We're recommending it to anybody with a keyboard.").quoteSummary.first?.speaker == "we")
    }

    /// Regressions from the HTML dev pages: "In a three-hour recorded interview with the FBI, Webb
    /// confessed ..." reported the venue, and "“...,” Trump tweeted soon after the committee concluded
    /// its hearing" reported the time clause, as speech.
    @Test func aVenueOrATimeIsNoSpeech() throws {
        let venue = try annotate("In a three-hour recorded interview with the FBI, Webb confessed, admitting that he drove away.")
        #expect(venue.quoteSummary.map(\.text) == ["he drove away"])
        let time = try annotate("“We will win,” Trump tweeted soon after the committee concluded its hearing.")
        #expect(time.quoteSummary.map(\.text) == ["“We will win,”"])
        #expect(try annotate("The plan would fail, she said after the meeting.").quoteSummary.map(\.text) == ["The plan would fail"])
    }

    /// Regression from the HTML dev pages: "Israeli settlers, who form part of his base, said the US
    /// policy change paved the way ..." found no subject (a lower-case plural after an adjective opened
    /// the sentence), and the front was reported as the speech of "the US".
    @Test func aPluralBeforeWhoOpeningTheSentence() throws {
        let doc = try annotate("Israeli settlers, who form part of his base, said the US policy change paved the way for annexation.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Israeli settlers"])
        #expect(doc.quoteSummary.map(\.text) == ["the US policy change paved the way for annexation"])
        #expect(try annotate("A person familiar with the negotiations, who asked not to be named, said talks would resume.")
            .quoteSummary.first?.speaker == "person familiar with the negotiations")
    }

    /// Wire copy: "The bank will cut 2,000 jobs, it said on Tuesday." reported nothing, because "it"
    /// spoke only for a text or body named before; trailing its speech, it speaks for the body that
    /// opens the sentence. Not when "it said" has a clause of its own.
    @Test func itTrailingItsSpeech() throws {
        let bank = try annotate("Acme Bank will cut 2,000 jobs, it said on Tuesday, after profits fell.")
        #expect(bank.quoteSummary.map(\.text) == ["Acme Bank will cut 2,000 jobs"])
        #expect(bank.quoteSummary.map(\.speaker) == ["Acme Bank"])
        let company = try annotate("The country's largest water company will cut its dividend, it said.")
        #expect(company.quoteSummary.map(\.speaker) == ["country's largest water company"])
        #expect(try annotate("Prices rose 3% in May, it said.").quoteSummary.map(\.speaker) == ["it"])
        #expect(try annotate("The plan failed badly, it said it would sue.").quoteSummary.map(\.text) == ["it would sue"])
    }

    /// "The regulator, Ofwat, declined to comment but said its ruling was final." found no subject for
    /// the second predicate: the name in the appositive after a description is the subject.
    @Test func anAppositiveNameBeforeASecondPredicate() throws {
        let doc = try annotate("The regulator, Ofwat, declined to comment but said its ruling was final.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Ofwat"])
        #expect(doc.quoteSummary.map(\.text) == ["its ruling was final"])
    }

    /// "“...,” his longtime friend Tom Gould said." reported nothing (two descriptor words at most
    /// before the name), and "“...,” her editor of 30 years, Tom Gould, said." took the role for speech
    /// (a number ended the role phrase).
    @Test func longerRolesAfterAQuotation() throws {
        let friend = try annotate("“She was a hero,” his longtime friend Tom Gould said.")
        #expect(friend.quoteSummary.map(\.text) == ["“She was a hero,”"])
        #expect(friend.quoteSummary.map(\.speaker) == ["Tom Gould"])
        let editor = try annotate("“She made them heroes,” her editor of 30 years, Tom Gould, said.")
        #expect(editor.quoteSummary.map(\.text) == ["“She made them heroes,”"])
        #expect(editor.quoteSummary.map(\.kind) == ["direct"])
    }

    /// "The founder of the company said ... He added" left "he" unresolved: the body's noun at the end
    /// made the phrase an organisation, though a person's role heads it.
    @Test func aRoleBeforeItsBodyIsAPerson() throws {
        let doc = try annotate("The founder of the company said the plant would close. He added that staff would be paid.")
        #expect(doc.quoteSummary.map(\.speaker) == ["founder of the company", "founder of the company"])
        let head = try annotate("The head of the union said talks had failed. He added that strikes would go ahead.")
        #expect(head.quoteSummary.map(\.speaker) == ["head of the union", "head of the union"])
    }

    /// An interview whose answers stand in quotation marks after question paragraphs: two questions
    /// are shape enough, the answers are the first person named, and the writer's paragraph after
    /// them is no answer.
    @Test func quotedAnswersAfterQuestionParagraphs() throws {
        let doc = try annotate("""
            The new head of the museum, Dr. Lena Hoffmann, talked to us about her plans.

            What will change first?

            "The opening hours. People work late now."

            Will the museum return objects taken during the colonial era?

            "Where there is a clear claim, yes."

            Hoffmann takes up her post in January.
            """)
        #expect(doc.quoteSummary.map(\.speaker) == ["Lena Hoffmann", "Lena Hoffmann"])
        #expect(doc.quoteSummary.map(\.text) == ["\"The opening hours. People work late now.\"", "\"Where there is a clear claim, yes.\""])
    }

    /// A quotation opening its own paragraph after a paragraph whose last sentence has a named subject
    /// and its verb, with no cue in either paragraph, belongs to that subject; not after a caption.
    @Test func aQuotationAfterAParagraphAboutItsSpeaker() throws {
        let doc = try annotate("""
            The report's author, Professor David Lin, did not hold back when he presented it to the committee.

            "For twenty years we have known what needs to be done."
            """)
        #expect(doc.quoteSummary.map(\.speaker) == ["David Lin"])
        let caption = try annotate("""
            Protesters marched through the town on Sunday afternoon.

            Reuters/Alamy.

            "We are not going away."
            """)
        #expect(caption.quoteSummary.map(\.speaker) == [nil])
    }

    /// "The Dutch prime minister was more cautious. 'We are not there yet,' he told reporters." gave
    /// the words to the French president who spoke before: a role with "the" as the subject of the
    /// sentence just before is the pronoun's topic.
    @Test func aRoleSubjectBeforeAPronounIsItsTopic() throws {
        let doc = try annotate("The French president described the mood as «serious but hopeful». The Dutch prime minister was more cautious. 'We are not there yet,' he told reporters.")
        #expect(doc.quoteSummary.map(\.speaker) == ["French president", "Dutch prime minister"])
    }

    /// "The prime minister paid tribute to him as “a public servant of rare integrity”." left the
    /// quoted words without a speaker: paying tribute is praise, a phrasal cue like "call for".
    @Test func payingTributeIsACue() throws {
        let doc = try annotate("The prime minister paid tribute to him as “a public servant of rare integrity”.")
        #expect(doc.quoteSummary.map(\.speaker) == ["prime minister"])
        #expect(try annotate("Colleagues paid tribute to the nurse, who died on Monday.").quoteSummary.isEmpty)
    }

    /// "“...,” she said in the video, which was viewed a million times." reported the relative clause
    /// as her speech: a relative clause after the attribution's comma is the writer's.
    @Test func aRelativeClauseAfterTheAttributionIsNoSpeech() throws {
        let video = try annotate("“I will not apologize,” she said in the video, which was viewed a million times.")
        #expect(video.quoteSummary.map(\.text) == ["“I will not apologize,”"])
        let parenthetical = try annotate("The plan failed, he said, which surprised nobody.")
        #expect(parenthetical.quoteSummary.map(\.text) == ["The plan failed"])
    }

    /// British reporting of unattributed briefings: "is understood to have told colleagues that ...",
    /// "is reported to have said ... that" found no subject; the passive's subject speaks.
    @Test func aPassiveOfReportBeforeAPerfectInfinitive() throws {
        let told = try annotate("The defence secretary is understood to have told colleagues that he will resign.")
        #expect(told.quoteSummary.map(\.speaker) == ["defence secretary"])
        #expect(told.quoteSummary.map(\.text) == ["he will resign"])
        let said = try annotate("Mr Hale is said to have told aides that the plan was dead.")
        #expect(said.quoteSummary.map(\.speaker) == ["Hale"])
    }

    /// "Downing Street has said ..." named "Street": a sentence-initial word in "-ing" was taken for a
    /// gerund, though the run is the subject of the verb after it.
    @Test func anIngNameBeforeItsVerb() throws {
        let doc = try annotate("Downing Street has said it does not comment on private conversations.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Downing Street"])
        #expect(try annotate("Injecting Clinton into the race was a mistake, he said.").quoteSummary.map(\.speaker) == ["he"])
    }

    /// "In Webb's words, the budget is “a house of cards”." reported no source: a sentence opening with
    /// whose words it gives names its source as "according to" does. "In other words" names no one.
    @Test func inSomeonesWords() throws {
        let doc = try annotate("Marcus Webb spoke first. In Webb's words, the budget is “a house of cards”.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Marcus Webb", "Marcus Webb"])
        #expect(doc.quoteSummary.map(\.kind) == ["mixed", "partial"])
        let aide = try annotate("In the words of one aide, the campaign was in trouble.")
        #expect(aide.quoteSummary.map(\.speaker) == ["one aide"])
        #expect(aide.quoteSummary.map(\.text) == ["the campaign was in trouble"])
        #expect(try annotate("In other words, the plan failed.").quoteSummary.isEmpty)
    }

    /// "Her opponent, world number four Jessica Pegula, described ..." named "Her opponent" (a number
    /// word among the description), and "“Emma makes you earn every point,” the American said." gave
    /// the words to Emma, named inside them.
    @Test func aRankBeforeTheNameAndAnEpithetPastTheQuotedName() throws {
        let doc = try annotate("""
            Emma Raducanu lost in three sets. Her opponent, world number four Jessica Pegula, described the match as one of her toughest.             “Emma makes you earn every point,” the American said.
            """)
        #expect(doc.quoteSummary.map(\.speaker) == ["Jessica Pegula", "Jessica Pegula"])
    }

    /// "The King thanked workers. Speaking to volunteers, he said ..." left "he" unresolved: with no
    /// one named before, a role with "the" as the subject of the sentence before is the pronoun's.
    @Test func aPronounAfterARoleWithNoOneNamed() throws {
        let king = try annotate("The King thanked workers on Monday. Speaking to volunteers, he said the country owed them a debt.")
        #expect(king.quoteSummary.map(\.speaker) == ["King"])
        let mayor = try annotate("The mayor visited the site. She said the pier would reopen in May.")
        #expect(mayor.quoteSummary.map(\.speaker) == ["mayor"])
    }

    /// Regression from the HTML dev pages: "just like the above-displayed tweets, these sites offered
    /// no evidence" read "tweets" as a verb; after "like", an article and one word it ends a noun
    /// phrase. ("Video of the incident shows him ..." keeps its verb.)
    @Test func anSFormAfterLikeAndAnArticleIsANoun() throws {
        #expect(try annotate("Just like the angry tweets, these sites offered no evidence.").quoteSummary.isEmpty)
        let video = try annotate("Video of the incident shows that he raised his hands.")
        #expect(video.quoteSummary.map(\.text) == ["he raised his hands"])
    }

    /// "In a speech to party members in Manchester, the prime minister set out her plans. “...,” she
    /// said." gave the words to Manchester, the last capitalised word: with no speaker before, the role
    /// opening the clause of the sentence before comes first, with a place after "of" in its name.
    @Test func aRoleAfterALeadingPhraseBeforeAPronoun() throws {
        let doc = try annotate("In a speech to party members in Manchester, the prime minister set out her plans. “We will build homes,” she said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["prime minister"])
        let leeds = try annotate("The mayor of Leeds visited the pier. She said it would reopen in May.")
        #expect(leeds.quoteSummary.map(\.speaker) == ["mayor of Leeds"])
    }

    /// "The drivers, whom the company calls “partners”, say they are underpaid." ran the company's
    /// naming on into the drivers' speech: after a relative pronoun, as after "what", a naming verb's
    /// content is its quotation alone.
    @Test func aNamingVerbAfterARelativePronoun() throws {
        let doc = try annotate("The drivers, whom the company calls “partners”, say they are underpaid.")
        #expect(doc.quoteSummary.map(\.text) == ["“partners”", "they are underpaid"])
        #expect(doc.quoteSummary.map(\.speaker) == ["company", "drivers"])
    }

    /// "Uber's drivers, whom the firm values, say they are underpaid." found no subject: people in the
    /// plural before "whom" are the subject, as before "who".
    @Test func aPluralBeforeWhom() throws {
        let doc = try annotate("Uber's drivers, whom the firm values, say they are underpaid.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Uber's drivers"])
    }

    /// "was quoted as saying by the Interfax news agency that ..." kept the agent in the speech, and
    /// "the Institute for the Study of War said" named "War": "by" and its agent lead to "that" as a
    /// circumstance does, and an organisation's name takes one more "of" and its run.
    @Test func aQuotingAgentAndAnOrganisationWithTwoJoiners() throws {
        let quoted = try annotate("Sergei Ryabkov was quoted as saying by the Interfax news agency that Moscow would respond.")
        #expect(quoted.quoteSummary.map(\.text) == ["Moscow would respond"])
        let institute = try annotate("The Institute for the Study of War said the threat was a bluff.")
        #expect(institute.quoteSummary.map(\.speaker) == ["Institute for the Study of War"])
    }

    /// "Her rival has called that position “naive”." read "that" as a complementizer and lost it:
    /// before a noun or two and a naming verb's quotation it is a determiner.
    @Test func thatBeforeANounAndANamingQuotation() throws {
        let doc = try annotate("Her rival has called that position “naive”.")
        #expect(doc.quoteSummary.map(\.text) == ["that position “naive”", "“naive”"])
    }

    /// "Sondland was known for telling others that he was in charge." found no subject for the gerund:
    /// a word of reputation after its copula lends its subject, as a past verb does ("was criticised
    /// for saying"), when "that" follows.
    @Test func aGerundAfterAWordOfReputation() throws {
        let doc = try annotate("Sondland was known for telling others that he was in charge.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Sondland"])
        #expect(doc.quoteSummary.map(\.text) == ["he was in charge"])
        #expect(try annotate("Smith is best known for saying that the sky is falling.").quoteSummary.map(\.speaker) == ["Smith"])
    }

    /// Three misses from an article set: "The company said it disagreed with ..." gave a second quote
    /// for "it disagreed" (a body's own report inside its speech is that speech, as "she thinks" is);
    /// "Revenue rose 12% to $6.2 billion, the company said, ..." lost the front at its signs; and "the
    /// 26-year-old insisted ... she wrote" left "she" unresolved (an age is a person).
    @Test func aBodysOwnReportNumberSignsAndAnAge() throws {
        let own = try annotate("The company said it disagreed with the decision and was considering its options.")
        #expect(own.quoteSummary.map(\.text) == ["it disagreed with the decision and was considering its options"])
        let revenue = try annotate("Revenue for the quarter rose 12% to $6.2 billion, the company said, slightly ahead of expectations.")
        #expect(revenue.quoteSummary.map(\.text) == ["Revenue for the quarter rose 12% to $6.2 billion"])
        let age = try annotate("The sprinter was banned. The 26-year-old insisted she was innocent. “I am clean,” she wrote.")
        #expect(age.quoteSummary.map(\.speaker) == ["26-year-old", "26-year-old"])
    }

    /// "Is the market about to crash? Not according to most economists." reported "Not": one word
    /// closing the sentence with its source is no report, while "This, according to attendees, is
    /// both a problem and an opportunity." still reports both parts.
    @Test func oneWordBeforeATrailingSourceIsNoReport() throws {
        #expect(try annotate("Is the market about to crash? Not according to most economists.").quoteSummary.isEmpty)
        let this = try annotate("This, according to attendees, is both a problem and an opportunity.")
        #expect(this.quoteSummary.map(\.text) == ["This", "is both a problem and an opportunity"])
    }

    /// Found by fuzzing: a paragraph ending in "the" with no stop, before a pronoun's cue, trapped the
    /// role-antecedent search on a reversed range. The record keeps its quote.
    @Test func aParagraphEndingInTheBeforeAPronoun() throws {
        let doc = try annotate("In May, the\n\nShe said the plan failed.")
        #expect(doc.quoteSummary.map(\.text) == ["the plan failed"])
        let alone = try annotate("the\n\nShe said the plan failed.")
        #expect(alone.quoteSummary.map(\.text) == ["the plan failed"])
    }

    /// Nested speech gave the quoted words to the outer speaker: "The aide told colleagues the
    /// minister had said privately that the policy was “dead in the water”." The narrowest speech
    /// holding a quotation owns it, but not a record's evidence ("said the figures showed “...”").
    @Test func quotedWordsBelongToTheInnermostSpeech() throws {
        let doc = try annotate("The aide told colleagues the minister had said privately that the policy was “dead in the water”.")
        #expect(doc.quoteSummary.filter { $0.kind == "partial" }.map(\.speaker) == ["minister"])
        let figures = try annotate("Chancellor Rachel Ward said the figures showed “the plan is working”.")
        #expect(figures.quoteSummary.filter { $0.kind == "partial" }.map(\.speaker) == ["Rachel Ward"])
    }

    /// "Avon and Somerset Police said ... Police said ..." named the second speaker "Somerset Police", a
    /// person: two places joined by "and" before an organisation's head (or "Police") are one name,
    /// and a name ending in "Police" is an organisation.
    @Test func twoPlacesJoinedBeforeAnOrganisationHead() throws {
        let doc = try annotate("Avon and Somerset Police said officers were called to the street. Police said there was no wider risk.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Avon and Somerset Police", "Avon and Somerset Police"])
        #expect(doc.entities.first { $0.name == "Avon and Somerset Police" }?.kind == .organization)
        let council = try annotate("Hammersmith and Fulham Council said the plan would cost £4m.")
        #expect(council.quoteSummary.map(\.speaker) == ["Hammersmith and Fulham Council"])
        let two = try annotate("Ruth Ames and Tom Hale said the plan would fail.")
        #expect(two.entities.filter { $0.kind == .person }.map(\.name) == ["Ruth Ames", "Tom Hale"])
    }

    /// "He vowed to fight “all the way to the Supreme Court”." lost its partial quote: two capitalised
    /// words made the quotation a title. A title opens with a capital; “the Squad” and “Fox and
    /// Friends” stay titles.
    @Test func aQuotationEndingInANameIsNoTitle() throws {
        let doc = try annotate("He vowed to fight “all the way to the Supreme Court”.")
        #expect(doc.quoteSummary.map(\.kind) == ["mixed", "partial"])
        #expect(try annotate("She appeared on “Fox and Friends” on Monday.").quoteSummary.isEmpty)
    }

    /// "He added that the case was “election interference” and that he would appeal “all the way”."
    /// ended the speech at "and" and made “all the way” a direct quote of "appeal": "and that" opens a
    /// second clause of the same speech whatever verb it holds.
    @Test func andThatContinuesTheSpeechPastAnotherCue() throws {
        let doc = try annotate("He added that the case was “election interference” and that he would appeal “all the way”.")
        #expect(doc.quoteSummary.map(\.kind) == ["mixed", "partial", "partial"])
        #expect(doc.quoteSummary.first?.text == "the case was “election interference” and that he would appeal “all the way”")
    }

    /// "Tim Cook called the device “the best phone we have made” at an event in Cupertino." ran the
    /// speech on into the venue: after a naming verb's quotation a place or time is the writer's, but
    /// a gerund after "before" is a second act ("... before describing the “physical fight”").
    @Test func aNamingQuotationEndsBeforeItsCircumstance() throws {
        let doc = try annotate("Tim Cook called the device “the best phone we have made” at an event in Cupertino.")
        #expect(doc.quoteSummary.first?.text == "the device “the best phone we have made”")
        let second = try annotate("Her mother described the day as “awful” before describing for the jury the “physical fight” that followed.")
        #expect(second.quoteSummary.map(\.text).contains("“physical fight”"))
    }

    /// "He told reporters later that he was frustrated." began the speech at "later": "reporters"
    /// looked like a verb, so the listener was skipped without looking for "that" past a time word.
    @Test func aTimeBetweenTheListenerAndThat() throws {
        let doc = try annotate("He told reporters later that he was frustrated.")
        #expect(doc.quoteSummary.map(\.text) == ["he was frustrated"])
    }

    /// "When I speak to colleagues, they tell me they feel watched." gave "they" to the ministers who
    /// spoke before: the plural closing a leading clause just before "they" is its antecedent.
    @Test func theyAfterALeadingClauseWithAPlural() throws {
        let doc = try annotate("Ministers say the problem is solved. When I speak to colleagues, they tell me they feel watched.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Ministers", "colleagues"])
        let verb = try annotate("Officials say the plan works. When he speaks, they say he is wrong.")
        #expect(verb.quoteSummary.last?.speaker == "Officials")
    }

    /// "At a news conference, the Taoiseach was asked ... “No,” he said." left "he" unresolved:
    /// Ireland's head of government is a role (`person_titles.txt`), as "the premier" is.
    @Test func theTaoiseachIsARole() throws {
        let doc = try annotate("At a news conference on Monday, the Taoiseach was asked whether he would call an election.\n\n“No,” he said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Taoiseach"])
    }

    /// "“I have no plans,” she told the broadcaster in an interview released on Sunday." reported "an
    /// interview released on Sunday": the listener ran on over "in"; it ends at a preposition.
    @Test func theListenerEndsAtAPreposition() throws {
        let doc = try annotate("“I have no plans,” she told the broadcaster in an interview released on Sunday.")
        #expect(doc.quoteSummary.map(\.text) == ["“I have no plans,”"])
        let that = try annotate("He told the committee on Tuesday that the plan had failed.")
        #expect(that.quoteSummary.map(\.text) == ["the plan had failed"])
    }

    /// "The school's headteacher said ... She said an action plan was in place." gave "She" to Ofsted,
    /// an earlier speaker: a headteacher is a person's role (`person_titles.txt`).
    @Test func aHeadteacherIsARole() throws {
        let doc = try annotate("Ofsted said leaders had failed to act. The school's headteacher said she was disappointed. She said a plan was in place.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Ofsted", "school's headteacher", "school's headteacher"])
    }

    /// "Dr Catherine Heymans, Scotland's Astronomer Royal, said" named "Astronomer Royal": after a
    /// person's name (a title or first name opening it) a capitalised appositive is a role. A body's
    /// name in an appositive still speaks ("The rail industry body, the Rail Delivery Group, said").
    @Test func aCapitalisedRoleAfterAPersonsName() throws {
        let doc = try annotate("Dr Catherine Heymans, Scotland's Astronomer Royal, said the gas could have other sources.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Catherine Heymans"])
        let body = try annotate("The rail industry body, the Rail Delivery Group, said fares would rise.")
        #expect(body.quoteSummary.map(\.speaker) == ["Rail Delivery Group"])
    }

    /// "Erik ten Hag" lost "Erik ten": "ten" and "ter" are name particles, as "van" and "von" are.
    @Test func tenAndTerAreNameParticles() throws {
        let doc = try annotate("United manager Erik ten Hag said the squad was ready.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Erik ten Hag"])
    }

    /// "Astronomers have detected signs of life, though they caution that more work is needed." left
    /// "they" unresolved: the plural subject of its own sentence, outside any quotation, is its antecedent.
    @Test func theyNamesThePluralSubjectOfItsSentence() throws {
        let doc = try annotate("Astronomers have detected signs of life, though they caution that more work is needed.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Astronomers"])
        let quoted = try annotate("“The members of the council will act,” they said.")
        #expect(quoted.quoteSummary.map(\.speaker) == ["they"])
    }

    /// "accused the board of 'pricing out ordinary fans' after prices rose" read "fans'" as a plural
    /// possessive and ran the quotation on: a word no possessive takes as its noun ("after", "and")
    /// after "s'" means the mark closes. "the players' union" stays a possessive.
    @Test func aStraightSingleMarkAfterAPluralClosesBeforeAFunctionWord() throws {
        let doc = try annotate("Members accused the board of 'pricing out ordinary fans' after prices rose. One member said: 'We are not against change.'")
        #expect(doc.quoteSummary.filter { $0.kind != "mixed" }.map(\.text) == ["'pricing out ordinary fans'", "'We are not against change.'"])
        let union = try annotate("The players' union said it was 'deeply concerned'.")
        #expect(union.quoteSummary.map(\.speaker) == ["players' union", "players' union"])
    }

    /// "In the recording, the controller can be heard saying: “...”" had no speaker: a passive of
    /// perception ("can be heard", "was overheard") lends its subject to the gerund of speech after it.
    @Test func aPassiveOfPerceptionBeforeAGerundOfSpeech() throws {
        let doc = try annotate("In the recording, the controller can be heard saying: “We are sending everyone.”\n\nMinutes later she adds: “Tell them to stay put.”")
        #expect(doc.quoteSummary.map(\.speaker) == ["controller", "controller"])
        let yelling = try annotate("Maria Lopez can be heard yelling to the officers that her son was unarmed.")
        #expect(yelling.quoteSummary.map(\.speaker) == ["Maria Lopez"])
    }

    /// "Tester said in a statement that Montanans wanted action, “not more partisan games.”" kept only
    /// the quotation, as a direct quote: a clause with its own verb before the comma is reported speech
    /// the quotation completes (mixed). A verb of speech right before the comma still introduces it.
    @Test func aClauseBeforeACommaAndAClosingQuotationIsMixed() throws {
        let doc = try annotate("Tester said in a statement that Montanans wanted action, “not more partisan games.”")
        #expect(doc.quoteSummary.map(\.kind) == ["mixed", "partial"])
        let said = try annotate("The clerk recalled that he said, “I will be back.”")
        #expect(said.quoteSummary.map(\.kind).contains("direct"))
    }

    /// "The officer said revenue would fall, adding that demand had slowed." lost the second speech:
    /// the modal made the clause before the comma hypothetical, but it is the officer's reported speech.
    @Test func aParticipleAfterReportedSpeechWithAModal() throws {
        let doc = try annotate("The officer said revenue would fall, adding that demand had slowed in China.")
        #expect(doc.quoteSummary.map(\.text) == ["revenue would fall", "demand had slowed in China"])
    }

    /// "“He was a good man,” a neighbour, who lives nearby, said." had no speaker: a phrase with its
    /// determiner before a relative clause counted only at the sentence's start; after a closing
    /// quotation it opens the attribution's clause too.
    @Test func aDescribedSpeakerWithARelativeClauseAfterAQuotation() throws {
        let doc = try annotate("“He was a good man,” a neighbour, who lives nearby, said. “He did not deserve this.”")
        #expect(doc.quoteSummary.map(\.speaker) == ["neighbour", "neighbour"])
    }

    /// "The company's chief financial officer said ... “...,” she said." gave "she" to a new "company's
    /// chief": a role antecedent's head is its last title word, up to four words after "the".
    @Test func aRoleAntecedentEndsAtItsLastTitleWord() throws {
        let doc = try annotate("The company's chief financial officer said revenue would fall. “We are cautious,” she said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["company's chief financial officer", "company's chief financial officer"])
        #expect(doc.entities.count == 1)
    }

    /// "The study did not find that walking faster helped." read as a finding: the cue now says the
    /// verb is negated, so a reader (and the speaker's stance) can tell what was not said.
    @Test func aNegatedCueIsMarked() throws {
        let doc = try annotate("The study did not find that walking faster helped. He never claimed that it did. She said it might.")
        #expect(doc.quotes.map { $0.cue?.negated } == [true, true, false])
        let resist = try annotate("He could not resist pointing out that the plan had failed.")
        #expect(resist.quotes.allSatisfy { $0.cue?.negated != true })
    }

    /// "One journalist said staff felt “let down” by the leadership." made "staff felt" a speech of its
    /// own and gave them the quoted words: a feeling named in quoted words is the reporter's source's.
    @Test func aFeelingInQuotedWordsIsNoSpeech() throws {
        let doc = try annotate("One journalist said staff felt “let down” by the leadership.")
        #expect(doc.quoteSummary.map(\.speaker) == ["One journalist", "One journalist"])
    }

    /// "Opposition politicians were quick to point out that ..." found no subject: an adjective of
    /// readiness before "to" lends its subject to the infinitive ("quick", "keen", "at pains").
    @Test func quickToPointOutLendsItsSubject() throws {
        let doc = try annotate("Opposition politicians were quick to point out that the minister had voted against it.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Opposition politicians"])
        let keen = try annotate("The minister was keen to stress that no decision had been made.")
        #expect(keen.quoteSummary.map(\.speaker) == ["minister"])
    }

    /// "The billionaire wrote: “...” In a second post, he called ..." left "he" unresolved: a
    /// billionaire (like a tenant, a pensioner or a son) is one person, whom a pronoun can name.
    @Test func moreCommonNounsForOnePerson() throws {
        let doc = try annotate("The billionaire responded on X, writing: “The media is lying.” In a second post, he called the reporters “enemies”.")
        #expect(Set(doc.quoteSummary.map(\.speaker)) == ["billionaire"])
    }

    /// "The union welcomed that decision." reported "that decision": for a verb that needs "that", a
    /// determiner "that" opens no clause.
    @Test func aDeterminerThatAfterAVerbNeedingThat() throws {
        #expect(try annotate("The union welcomed that decision.").quoteSummary.isEmpty)
        #expect(try annotate("The union welcomed that the decision was made.").quoteSummary.count == 1)
    }

    /// "As the author, Alan Grey, said, the scheme was doomed." reported "As the author" as speech:
    /// "as" and a noun phrase before an interrupting attribution is the speaker's capacity.
    @Test func asAndARoleBeforeAnInterruptingAttribution() throws {
        let doc = try annotate("As the author, Alan Grey, said, the scheme was doomed.")
        #expect(doc.quoteSummary.map(\.text) == ["the scheme was doomed"])
    }

    /// "The pilots' union and the drivers' association said ..." named only the association: two
    /// phrases joined by "and" that open the sentence are one subject.
    @Test func twoPhrasesJoinedByAndOpeningTheSentence() throws {
        let doc = try annotate("The pilots' union and the drivers' association said they would strike.")
        #expect(doc.quoteSummary.map(\.speaker) == ["pilots' union and the drivers' association"])
        let inner = try annotate("The minister said the union and the association had struck a deal.")
        #expect(inner.quoteSummary.map(\.speaker) == ["minister"])
    }

    /// "Officials said the union and the firm had agreed." lost the officials' report: the "and" between
    /// the two phrases read as joining two speeches. With no clause before it, it joins the phrases.
    @Test func andBetweenTwoPhrasesInsideSpeech() throws {
        let doc = try annotate("Officials said the union and the firm had agreed.")
        #expect(doc.quoteSummary.map(\.text) == ["the union and the firm had agreed"])
        let two = try annotate("He said the plan was sound and she said it was not.")
        #expect(two.quoteSummary.map(\.text) == ["the plan was sound", "it was not"])
    }

    /// "Edna Cole has died aged 94, her family said." reported nothing: the subject search skipped
    /// "family" as an "-ly" adverb. A few nouns end in "-ly"; "family", "friends" and "colleagues"
    /// are speaking groups (`group_nouns.txt`).
    @Test func aFamilySpeaks() throws {
        let doc = try annotate("Edna Cole has died aged 94, her family said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Edna Cole's family"])
        #expect(try annotate("My father always said the plan would fail.").quoteSummary.map(\.speaker) == ["My father"])
    }

    /// "said Blake had been drinking heavily and had not intended to carry out the threats" cut the
    /// speech at "and had not" and made "intended" a speech of its own: a negation may stand between
    /// the shared "had" and the clause's next predicate.
    @Test func aNegatedPerfectIsTheClausesNextPredicate() throws {
        let doc = try annotate("His barrister said Blake had been drinking heavily and had not intended to carry out the threats.")
        #expect(doc.quoteSummary.map(\.text) == ["Blake had been drinking heavily and had not intended to carry out the threats"])
    }

    /// "A man who threatened to kill an MP in a series of emails has been jailed." ran the threat on
    /// into "has been jailed": an infinitive in a relative clause ends at the sentence's own verb.
    @Test func aRelativeInfinitiveEndsAtTheMainVerb() throws {
        let doc = try annotate("A man who threatened to kill an MP in a series of emails has been jailed for two years.")
        #expect(doc.quoteSummary.map(\.text) == ["to kill an MP in a series of emails"])
    }

    /// "Officials who promised to fix the roads said the work would start in May." gave the speech
    /// to "roads": a relative clause whose verb of speech takes an infinitive holds no clause whose
    /// subject could be the speaker, so the subject is the phrase before "who". ("People who think
    /// Lee said it" still leaves Lee alone.)
    @Test func aRelativeClauseWithASpeechVerbAndInfinitive() throws {
        let doc = try annotate("Officials who promised to fix the roads said the work would start in May.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Officials", "Officials"])
        #expect(doc.quoteSummary.map(\.text) == ["to fix the roads", "the work would start in May"])
    }

    /// "The CBI and the FSB said the plan was late." gave the words to the FSB alone: two names
    /// joined by "and", the second after its article, speak together, as one group (as two people's
    /// names already did). A name with "and" inside stays one name.
    @Test func twoNamedBodiesJoinedByAndSpeakTogether() throws {
        #expect(try annotate("The CBI and the FSB said the plan was late.").quoteSummary.map(\.speaker) == ["CBI and the FSB"])
        #expect(try annotate("Avon and Somerset Police said a man had been arrested.").quoteSummary.map(\.speaker) == ["Avon and Somerset Police"])
    }

    /// "A sign outside the shop read: “Closed until further notice.”" had no speaker: "read", whose
    /// past is its base form, was taken for a noun after a singular noun. Before a colon or a
    /// quotation it is the text's verb, unless a book's quality makes it a noun ("a good read").
    @Test func aSignReadsBeforeAColon() throws {
        let sign = try annotate("A sign outside the shop read: “Closed until further notice.”")
        #expect(sign.quoteSummary.map(\.speaker) == ["sign outside the shop"])
        #expect(try annotate("A placard read: “No more cuts.”").quoteSummary.map(\.speaker) == ["placard"])
        #expect(try annotate("The book is a gripping read: “The Pier” keeps you guessing.").quotes.allSatisfy { $0.cue?.lemma != "read" })
    }

    /// "His aides haven't said he will attend." named "His aides haven't": the contracted negative
    /// helper closing the subject is not part of the speaker.
    @Test func aContractedNegativeHelperIsNotTheSpeaker() throws {
        #expect(try annotate("His aides haven't said he will attend.").quoteSummary.map(\.speaker) == ["His aides"])
    }

    /// "Marks & Spencer said sales had risen." named "Spencer": an ampersand between capitalised
    /// words of more than one letter is inside the name ("A&E" stays letters).
    @Test func anAmpersandInsideAName() throws {
        #expect(try annotate("Marks & Spencer said sales had risen.").quoteSummary.map(\.speaker) == ["Marks & Spencer"])
        #expect(try annotate("Analysts at Brenner & Co wrote that the guidance was weak.").quoteSummary.map(\.speaker) == ["Analysts at Brenner & Co"])
        #expect(try annotate("Marks & Spencer said sales had risen.").entities.map(\.name) == ["Marks & Spencer"])
    }

    /// "The A&E department said it was full." named "E department": an ampersand between two capital
    /// letters joins them inside the speaker's phrase too.
    @Test func anAmpersandBetweenLetters() throws {
        #expect(try annotate("The A&E department said it was full.").quoteSummary.map(\.speaker) == ["A&E department"])
    }

    /// "A newspaper reported that the firm had done exactly that." lost its last word: a "that"
    /// before the sentence's stop is a pronoun, not a conjunction left dangling.
    @Test func aThatClosingTheSentenceIsAPronoun() throws {
        #expect(try annotate("A newspaper reported that the firm had done exactly that.").quoteSummary.map(\.text) == ["the firm had done exactly that"])
        #expect(try annotate("He said he would do that.").quoteSummary.map(\.text) == ["he would do that"])
    }

    /// "said it would never sell data, hours after a newspaper reported the opposite" ran the speech
    /// into the writer's time line: after a comma, a distance in time and "after" or "before" that
    /// close the sentence are not the speech. Between commas inside it, they are.
    @Test func aTimeLineAfterACommaEndsTheSpeech() throws {
        let doc = try annotate("Vance said the firm would never sell data, hours after a newspaper reported the opposite.")
        #expect(doc.quoteSummary.map(\.text) == ["the firm would never sell data"])
        let inside = try annotate("He said the talks, a week after they began, had stalled.")
        #expect(inside.quoteSummary.map(\.text) == ["the talks, a week after they began, had stalled"])
    }

    /// "Dunn said mistakes had been made but insisted she would stay." kept "but insisted ..." inside
    /// the speech: after a first cue, "but" and a verb of another kind are the speaker's second act.
    /// ("but said" still stays inside the first speech.)
    @Test func butAndAnotherVerbIsASecondAct() throws {
        let doc = try annotate("Dunn said mistakes had been made but insisted she would stay.")
        #expect(doc.quoteSummary.map(\.text) == ["mistakes had been made", "she would stay"])
        #expect(doc.quoteSummary.map(\.speaker) == ["Dunn", "Dunn"])
        let same = try annotate("Dunn said the plan failed but said she would stay.")
        #expect(same.quoteSummary.map(\.text) == ["the plan failed but said she would stay"])
    }

    /// "Outside court, the solicitor said ... “He maintains his innocence,” she said." gave the words
    /// to the judge named before: "solicitor" and "barrister" were not roles, so the solicitor was no
    /// person a later "she" could be.
    @Test func aSolicitorIsAPersonAPronounCanName() throws {
        let doc = try annotate("Judge Ann Ward spoke first. Outside court, the solicitor said his client intended to appeal. “He maintains his innocence,” she said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["solicitor", "solicitor"])
    }

    /// "The company lost money last year, according to its annual report, published on Thursday."
    /// made "published on Thursday" a second report: a short participle of time after a clause is
    /// about the source. ("Some 40 people, according to the Red Cross, died in the floods" still
    /// splits its clause around the source.)
    @Test func aParticipleAfterTheSourceIsAboutIt() throws {
        let doc = try annotate("The company lost money last year, according to its annual report, published on Thursday.")
        #expect(doc.quoteSummary.map(\.text) == ["The company lost money last year"])
        let split = try annotate("Some 40 people, according to the Red Cross, died in the floods on Monday.")
        #expect(split.quoteSummary.map(\.text) == ["Some 40 people", "died in the floods on Monday"])
    }

    /// "The prime minister's message was simple. ... he told delegates" named "prime": the role's head
    /// was read without its possessive, so the last title word was "prime". A possessive role is a
    /// role, and a speaker's phrase is shown without its "'s".
    @Test func aPossessiveRoleIsAnAntecedent() throws {
        let doc = try annotate("The prime minister’s message was simple. In a speech, he told delegates: “Divided parties lose.”")
        #expect(doc.quoteSummary.map(\.speaker) == ["prime minister"])
    }

    /// "In the words of the foreign minister, Karin Holm, the agreement was ..." gave the words to the
    /// role and began them at the name: the name after the role is the source, as after "according to".
    @Test func inTheWordsOfARoleAndItsName() throws {
        let doc = try annotate("In the words of the foreign minister, Karin Holm, the agreement was “the best we could get”.")
        #expect(doc.quoteSummary.first?.speaker == "Karin Holm")
        #expect(doc.quoteSummary.first?.text == "the agreement was “the best we could get”")
    }

    /// "Trump urged supporters at a Michigan rally to vote early." reported only "supporters": the
    /// venue ended the object. After a verb asking someone to act, an infinitive past the venue is
    /// still the content. ("praised the team at a ceremony to mark ..." keeps its object alone.)
    @Test func aVenueBeforeADirectivesInfinitive() throws {
        let doc = try annotate("Trump urged supporters at a Michigan rally to vote early.")
        #expect(doc.quoteSummary.map(\.text) == ["supporters at a Michigan rally to vote early"])
        #expect(try annotate("The mayor praised the team at a ceremony to mark the anniversary.").quoteSummary.map(\.text) == ["the team"])
    }

    /// "Most economists polled by Reuters said ..." gave the words to Reuters: the people a poll asked
    /// speak, not the pollster after "by".
    @Test func thePeoplePolledSpeakNotThePollster() throws {
        #expect(try annotate("Most economists polled by Reuters said the cut would come in September.").quoteSummary.map(\.speaker) == ["Most economists"])
        #expect(try annotate("Voters surveyed by Gallup said the economy was their top concern.").quoteSummary.map(\.speaker) == ["Voters"])
    }

    /// "The bank has said repeatedly that it needs more evidence." began the speech at "repeatedly":
    /// an "-ly" adverb before "that" is no part of it.
    @Test func anAdverbBeforeThatIsNotTheSpeech() throws {
        #expect(try annotate("The bank has said repeatedly that it needs more evidence.").quoteSummary.map(\.text) == ["it needs more evidence"])
    }

    /// "Conway dismissed the results, saying internal polls showed a tie." gave "a tie" to the results:
    /// a participle of speech after a comma opens its own clause, so the record before it is not the
    /// subject of the evidence verb after it, and the participle's speech is Conway's.
    @Test func aRecordBeforeAParticipleOfSpeechIsAnotherClauses() throws {
        let doc = try annotate("Conway dismissed the results, saying internal polls showed a tie.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Conway"])
        #expect(doc.quoteSummary.map(\.text) == ["internal polls showed a tie"])
    }

    /// "Trump's campaign manager, Kellyanne Conway, dismissed the poll, saying it was wrong." gave the
    /// participle's words to Trump: a sentence opening with a possessor has the possessed head, or the
    /// name in the appositive after it, as its subject.
    @Test func aSentenceOpeningWithAPossessor() throws {
        #expect(try annotate("Trump's campaign manager, Kellyanne Conway, dismissed the poll, saying it was wrong.").quoteSummary.map(\.speaker)
                == ["Kellyanne Conway"])
        #expect(try annotate("Trump's campaign manager dismissed the poll, saying it was wrong.").quoteSummary.map(\.speaker)
                == ["Trump's campaign manager"])
    }

    /// "he asked the crowd, which chanted “Lock her up.”" gave the chant to the speaker before: "crowd",
    /// "audience" and other gatherings are groups (`group_nouns.txt`), so "which" stands for them.
    @Test func aCrowdChants() throws {
        let doc = try annotate("“Where were they?” he asked the crowd, which chanted “Lock her up.”")
        #expect(doc.quoteSummary.last?.speaker == "crowd")
    }

    /// "Doctors have warned of a “perfect storm” this winter." began the content at "of": "warn of" is a
    /// phrasal cue like "warn about", its object the content.
    @Test func warnOfIsAPhrasalCue() throws {
        let doc = try annotate("Doctors have warned of a “perfect storm” this winter.")
        #expect(doc.quoteSummary.first?.text == "a “perfect storm” this winter")
    }

    /// "Nurses will strike, the Royal College of Surgeons said." reported nothing: an organisation's
    /// "of" joined its head only right after the article, and "Royal" stood between.
    @Test func anOrganisationsNameWithWordsBeforeItsHead() throws {
        #expect(try annotate("Nurses will strike, the Royal College of Surgeons said.").quoteSummary.map(\.speaker) == ["Royal College of Surgeons"])
    }

    /// "The Committee to Protect Journalists called for his release." named "Protect Journalists": "to"
    /// joins an organisation's head to the rest of its name, as "of", "on" and "for" do.
    @Test func toInsideAnOrganisationsName() throws {
        #expect(try annotate("The Committee to Protect Journalists called for his release.").quoteSummary.map(\.speaker)
                == ["Committee to Protect Journalists"])
        // (Not a place after "to": "sent the Committee to London" names two.)
        #expect(try annotate("He sent the Committee to London, officials said.").entities.map(\.name).contains("London"))
    }

    /// "said heavy rain had hampered the search and warned that more slides were possible" kept the
    /// warning inside the first speech: a speech verb with "that" after "and" is the speaker's second act,
    /// even when the reported clause has "had" (a finding, "and found that", still shares it).
    @Test func aWarningAfterAReportedPerfectIsASecondAct() throws {
        let doc = try annotate("The chief administrator said heavy rain had hampered the search and warned that more slides were possible.")
        #expect(doc.quoteSummary.map(\.text) == ["heavy rain had hampered the search", "more slides were possible"])
        #expect(doc.quoteSummary.map(\.speaker) == ["chief administrator", "chief administrator"])
    }

    /// "A person familiar with the bank's thinking said ..." reported nothing: "thinking" and "plans" are
    /// verbs' forms, which ended the subject; after an article or a possessive they are nouns.
    /// ("The campaign says the candidate will announce plans": not after a modifier such as "campaign".)
    @Test func aVerbsFormAfterAnArticleInsideTheSubject() throws {
        #expect(try annotate("A person familiar with the bank's thinking said officials were unlikely to change course.").quoteSummary.map(\.text)
                == ["officials were unlikely to change course"])
        #expect(try annotate("People with knowledge of the plans said a deal was close.").quoteSummary.map(\.speaker)
                == ["People with knowledge of the plans"])
        let text = "Ann Lee plans to run.\n\nThe campaign says the candidate will announce plans Friday for a new program."
        #expect(try annotate(text).quoteSummary.map(\.speaker) == ["Ann Lee", "campaign"])
    }

    /// "Ministers ignored repeated warnings that the defences were inadequate." gave "Ministers ignored" a
    /// speech: an "-ed" form right after a past verb and before a noun is an adjective, not a cue.
    @Test func anAdjectiveAfterAPastVerbIsNoCue() throws {
        #expect(try annotate("Ministers ignored repeated warnings that the defences were inadequate.").quoteSummary.isEmpty)
        #expect(try annotate("The minister repeated warnings that the defences were inadequate.").quoteSummary.map(\.speaker) == ["minister"])
        #expect(try annotate("Officials who were consulted warned that the plan was flawed.").quoteSummary.map(\.speaker) == ["Officials"])
    }

    /// A Q&A whose interviewee is named only in the closing editor's note ("This interview with former MP
    /// Dennis Clark has been edited for length.") gave no answers: no person was named before the first question.
    @Test func anInterviewNamedOnlyInItsClosingNote() throws {
        let text = "Q: Why did you leave the party?\n\nA: I did not leave it. It left me.\n\nQ: Will you run again?\n\n"
            + "A: Never say never.\n\nThis interview with former MP Dennis Clark has been edited for length."
        let doc = try annotate(text)
        #expect(doc.quoteSummary.map(\.text) == ["I did not leave it. It left me.", "Never say never."])
        #expect(doc.quoteSummary.map(\.speaker) == ["Dennis Clark", "Dennis Clark"])
    }

    /// "Ruth Ames's lawyer said" named the speaker "Ames's lawyer", and "Le Monde's editor" "Monde's editor":
    /// a name's possessive keeps the whole name.
    @Test func aPossessiveKeepsTheWholeName() throws {
        #expect(try annotate("Ruth Ames's lawyer said the claim was false.").quoteSummary.map(\.speaker) == ["Ruth Ames's lawyer"])
        #expect(try annotate("Le Monde's editor said the minister had been booed.").quoteSummary.map(\.speaker) == ["Le Monde's editor"])
        // (A function word opening the sentence stays out.)
        #expect(try annotate("But Ruth Ames's lawyer said the claim was false.").quoteSummary.map(\.speaker) == ["Ruth Ames's lawyer"])
    }

    /// "They say lorries arrive throughout the night." reported nothing: a bare clause whose verb is a
    /// plain present form after its plural subject was not read as a clause. ("things such as" is no verb.)
    @Test func aPresentVerbAfterAPluralOpensTheReportedClause() throws {
        #expect(try annotate("Residents are angry. They say lorries arrive throughout the night.").quoteSummary.map(\.text)
                == ["lorries arrive throughout the night"])
        #expect(try annotate("She said the prices rise every year.").quoteSummary.map(\.text) == ["the prices rise every year"])
        #expect(try annotate("Jo Lee described Ann's approach in terms of lowering expectations.").quoteSummary.isEmpty)
    }

    /// "He said months ago that he would go." began the content at "months": a distance in time before
    /// "that" is the writer's, like "last week".
    @Test func aDistanceInTimeBeforeThat() throws {
        #expect(try annotate("He said months ago that he would go.").quoteSummary.map(\.text) == ["he would go"])
        #expect(try annotate("She said two years later that the plan was dead.").quoteSummary.map(\.text) == ["the plan was dead"])
    }

    /// "Acme Holdings said it was sorry." listed "Acme Holdings" twice among the entities, once as a name and
    /// once as a description of the same words; the speaker now is the name's entity.
    @Test func anOrganisationsNameIsOneEntity() throws {
        let doc = try annotate("Acme Holdings said it was sorry.")
        #expect(doc.entities.map(\.name) == ["Acme Holdings"])
        #expect(doc.quotes.first?.speaker?.entity == doc.entities.first?.id)
    }

    /// "The Security Council on Friday condemned" named "Security Council on Friday": "on" joins an
    /// organisation's head to a capitalised run, but a day or a month is none of the name.
    @Test func aDayAfterAnOrganisationsHeadIsNoPartOfIt() throws {
        let doc = try annotate("The Security Council on Friday condemned the test, calling it reckless.")
        #expect(doc.entities.map(\.name).contains("Security Council"))
        #expect(!doc.entities.map(\.name).contains("Security Council on Friday"))
    }

    /// "The company, Fastway Logistics, said ... It said it would install new barriers." dropped the second
    /// speech: "it" speaks for a body named as the speaker a sentence or two before.
    @Test func itSpeaksForTheBodyThatSpokeJustBefore() throws {
        let text = "The company, Fastway Logistics, said it was working with the community. It said it would install new barriers."
        #expect(try annotate(text).quoteSummary.map(\.speaker) == ["Fastway Logistics", "Fastway Logistics"])
        // (Not after a person: "It said a lot about the company" is no one's speech.)
        #expect(try annotate("Kevin Doyle said the noise was awful. It said a lot about the company that nobody came.").quoteSummary.count == 1)
    }

    /// "Maria Lopez and her business partner, Janet Wu, disagree about almost everything." gave Wu the words
    /// before her name: a phrase an appositive speaker renames is no sentence of speech before the cue.
    @Test func thePhraseAnAppositiveRenamesIsNoSpeech() throws {
        #expect(try annotate("Maria Lopez and her business partner, Janet Wu, disagree about almost everything.").quoteSummary.isEmpty)
        #expect(try annotate("Six million jobs depend on exports, one slide says.").quoteSummary.map(\.text) == ["Six million jobs depend on exports"])
    }

    /// "What mattered, she says, was giving the town somewhere to make things again." lost its subject: a
    /// free relative before an attribution between commas is the speech's subject, though it has a verb.
    @Test func aFreeRelativeBeforeAnInterruptingAttribution() throws {
        let doc = try annotate("What mattered, she says, was giving the town somewhere to make things again.")
        #expect(doc.quoteSummary.map(\.text) == ["What mattered", "was giving the town somewhere to make things again"])
    }

    /// "... that the union had called the action and that contingency plans were in place" gave the union a
    /// speech, "the action and that ...": a naming verb's object with no name before "and that" names nothing.
    @Test func aNamingVerbsObjectBeforeAndThatNamesNothing() throws {
        let doc = try annotate("A spokesperson said it was “disappointed” that the union had called the action and that plans were in place.")
        #expect(doc.quoteSummary.map(\.speaker) == ["spokesperson", "spokesperson"])
        // (A name given before "and" still counts: "called the charges unsubstantiated and fabricated".)
        #expect(try annotate("The campaign called the charges unsubstantiated and fabricated by former employees.").quoteSummary.count == 1)
    }

    /// "Senator Rachel Moore will retire. The 64-year-old Democrat said ..." left "Democrat" as a speaker of
    /// its own: a party's member with "the" (and an age) names the person mentioned last.
    @Test func aPartyEpithetNamesThePersonMentionedLast() throws {
        #expect(try annotate("Senator Rachel Moore will retire. The 64-year-old Democrat said she was tired.").quoteSummary.map(\.speaker)
                == ["Rachel Moore"])
        #expect(try annotate("Senator Rachel Moore will retire. The Democrat said she was tired.").quoteSummary.map(\.speaker)
                == ["Rachel Moore"])
    }

    /// "Acme Corp announced a recall. The company said ..." gave the words to a description, "company", apart
    /// from Acme: an organisation's noun with "the" names the organisation named just before, when its name
    /// is of that kind, and the noun was not written after it for another body.
    @Test func theCompanyNamesTheOrganisationNamedJustBefore() throws {
        let doc = try annotate("Acme Corp announced a recall on Monday. The company said no one had been hurt.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Acme Corp"])
        #expect(doc.quotes.first?.speaker?.resolution == .alias)
        #expect(try annotate("The World Health Organization declared the outbreak over. The agency said no cases had been reported.")
                .quoteSummary.map(\.speaker) == ["World Health Organization"])
        // (Not a body of another kind, nor past the noun written for another body.)
        #expect(try annotate("The Unite union called a strike. The company said the offer was fair.").quoteSummary.map(\.speaker)
                == ["company"])
        #expect(try annotate("The Xinhua News Agency cited the regional health commission. No one is ill, the commission said.")
                .quoteSummary.last?.speaker == "commission")
    }

    /// "Teachers at three schools in the city walked out. They say ..." left "they" unresolved: the sentence
    /// before's subject, with two phrases after its head, was not found.
    @Test func theyNamesALongPluralSubjectOfTheSentenceBefore() throws {
        let doc = try annotate("Teachers at three schools in the city walked out on Wednesday. They say class sizes have grown.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Teachers at three schools in the city"])
    }

    /// "A report by the National Audit Office found that ..." gave the finding to "report", where "said" gives
    /// it to the Office: a record's named author goes with it after an evidence verb too.
    @Test func aRecordsNamedAuthorFindsAsItSays() throws {
        #expect(try annotate("A report by the National Audit Office found that the programme was over budget.").quoteSummary.map(\.speaker)
                == ["National Audit Office"])
        #expect(try annotate("A report by the National Audit Office said the programme was over budget.").quoteSummary.map(\.speaker)
                == ["National Audit Office"])
    }

    /// "“Absolutely not,” said the chairman of the board, Sir Martin Webb." gave the words to "chairman": the
    /// name after a role's own "of" phrase speaks, as after a bare role ("said the chairman, Martin Webb").
    @Test func theNameAfterARolesOfPhraseSpeaks() throws {
        #expect(try annotate("“Absolutely not,” said the chairman of the board, Sir Martin Webb.").quoteSummary.map(\.speaker) == ["Martin Webb"])
        #expect(try annotate("“No,” said the head of the union, Ann Lee.").quoteSummary.map(\.speaker) == ["Ann Lee"])
        // (Any role, a number in its phrase too.)
        #expect(try annotate("“She was a force of nature,” said her editor of 40 years, Tom Baines.").quoteSummary.map(\.speaker)
                == ["Tom Baines"])
    }

    /// "She reiterated that position on Friday, telling ..." reported "position on Friday": "that" before a
    /// noun and a short time closing the clause is a determiner, whatever the verb. (Not before a
    /// preposition: "suggest that at some point ..." opens a clause.)
    @Test func thatBeforeANounAndATimeIsADeterminer() throws {
        #expect(try annotate("She reiterated that position on Friday.").quoteSummary.isEmpty)
        #expect(try annotate("The facts suggest that at some point in history, rats made scent receptors.").quoteSummary.map(\.text)
                == ["at some point in history, rats made scent receptors"])
    }

    /// "His father, speaking outside the clinic, thanked the staff. “They saved my son,” he said." left "he"
    /// unresolved: with no one named, a possessive and a relation as the sentence before's subject speaks.
    @Test func anUnnamedRelationBeforeAPronoun() throws {
        let doc = try annotate("His father, speaking outside the clinic, thanked the staff. “They saved my son,” he said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["His father"])
        // (A person named before still comes first: his sister is Sarah Jones.)
        let named = try annotate("Sarah Jones and her brother Mark run the bakery. His sister laughed. “That's true,” she said.")
        #expect(named.quoteSummary.map(\.speaker) == ["Sarah Jones"])
    }

    /// "Neighbours described hearing shouting. One, who did not want to be named, said ..." named a person
    /// "One": "one" alone is one of the people just named, and is shown as such.
    @Test func oneAloneIsOneOfThePeopleJustNamed() throws {
        let doc = try annotate("Neighbours described hearing shouting. One, who did not want to be named, said: “We called the police twice.”")
        #expect(doc.quoteSummary.last?.speaker == "one of neighbours")
        #expect(try annotate("Two officials spoke to reporters. One said the talks had failed.").quoteSummary.map(\.speaker)
                == ["one of two officials"])
        #expect(try annotate("Fans queued for hours. “It hurts,” said one.").quoteSummary.map(\.speaker) == ["one of fans"])
    }

    /// "The study's lead author, Dr Amanda Paluch of the University of Massachusetts, told ..." gave the words
    /// to "study's lead author": the employer after the appositive name may hold "the" and its own "of".
    @Test func anEmployerWithItsArticleAfterTheAppositiveName() throws {
        let text = "The study's lead author, Dr Amanda Paluch of the University of Massachusetts, told reporters the result was clear."
        #expect(try annotate(text).quoteSummary.map(\.speaker) == ["Amanda Paluch"])
    }

    /// "The suspect told officers he had acted alone." reported "officers he had acted alone": after "told" a
    /// bare plural or group noun before the clause's subject is the listener, as "reporters" is.
    @Test func aBarePluralAfterToldIsTheListener() throws {
        #expect(try annotate("The suspect told officers he had acted alone.").quoteSummary.map(\.text) == ["he had acted alone"])
        #expect(try annotate("The suspect told police the car was stolen.").quoteSummary.map(\.text) == ["the car was stolen"])
    }

    /// "A man accused of arson told police he acted alone." reported nothing: a bare noun after a
    /// participle's preposition ended the subject; the people before the participle speak.
    @Test func aPersonAccusedOfABareNounSpeaks() throws {
        #expect(try annotate("A man accused of arson told police he acted alone.").quoteSummary.map(\.speaker) == ["man accused of arson"])
        #expect(try annotate("A woman charged with fraud said she was innocent.").quoteSummary.map(\.speaker) == ["woman charged with fraud"])
        // (Not past an infinitive's "to": "called on Trump to stop attacking" is Palmieri's.)
        #expect(try annotate("Palmieri called on Trump to stop attacking Machado and apologize.").quoteSummary.first?.speaker == "Palmieri")
    }

    /// "Court documents show he had been ill since March." cut the content before "since March": "since" and a
    /// time end a verb's object only when the object is a noun phrase, not a clause of its own.
    @Test func sinceATimeInsideARecordsClause() throws {
        #expect(try annotate("Court documents show he had been ill since March.").quoteSummary.map(\.text) == ["he had been ill since March"])
        #expect(try annotate("He has not mentioned Machado since the Monday debate.").quoteSummary.map(\.text) == ["Machado"])
    }

    /// "A spokesman for the airline said ... “...,” he said." left "he" unresolved: the spokesman for a body
    /// that is not named is a person (of the word's gender), whom a later pronoun names.
    @Test func aSpokesmanForAnUnnamedBodyIsAPerson() throws {
        let doc = try annotate("A spokesman for the airline said the flight was diverted. “It was an emergency,” he said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["spokesman for the airline", "spokesman for the airline"])
        let council = try annotate("A spokeswoman for the council said the road was closed. “It is unsafe,” she said.")
        #expect(council.quoteSummary.last?.speaker == "spokeswoman for the council")
    }

    /// "Her challenger, Rob Turner, shot back: “I have a plan.”" gave no speaker, and "shot back that ..." made
    /// "back" the cue: "shoot back", "fire back" and "hit back" are phrasal cues, and a phrasal cue's
    /// particle is no cue of its own.
    @Test func aRetortIsAPhrasalCue() throws {
        #expect(try annotate("Her challenger, Rob Turner, shot back: “I have a plan.”").quoteSummary.map(\.speaker) == ["Rob Turner"])
        let doc = try annotate("Turner hit back that the governor had no record.")
        #expect(doc.quotes.first?.cue?.lemma == "hit back")
        #expect(doc.quoteSummary.map(\.speaker) == ["Turner"])
    }

    /// "Downing Street later said ..." named "Street": a sentence-opening "-ing" word is part of the name
    /// when the run is its clause's subject, past an adverb before the verb too.
    @Test func anIngNameBeforeAnAdverbAndItsVerb() throws {
        #expect(try annotate("Downing Street later said the prime minister stood by every word.").quoteSummary.map(\.speaker)
                == ["Downing Street"])
    }

    /// "A report by the National Audit Office found ... The report said ..." gave the second speech to
    /// "report": a record named again with "the" speaks for the author it was given with just before.
    @Test func theRecordNamedAgainSpeaksForItsAuthor() throws {
        let doc = try annotate("A report by the National Audit Office found that the programme was over budget. The report said ministers had been warned.")
        #expect(doc.quoteSummary.map(\.speaker) == ["National Audit Office", "National Audit Office"])
        // (Not a record someone else talked about.)
        #expect(try annotate("Smith said the report was biased. The report said ministers had been warned.").quoteSummary.last?.speaker == "report")
    }

    /// "The video had been altered to show Lee failing to answer, when, in fact, he responded quickly." gave
    /// Lee the writer's words: a subordinator set off by commas before the speaker opens the verb's clause.
    @Test func aSubordinateClauseBeforeTheSpeakerHasNoSpeechBeforeIt() throws {
        #expect(try annotate("The video had been altered to show Lee failing to answer, when, in fact, he responded quickly.").quoteSummary.isEmpty)
        #expect(try annotate("The plan, as we know, failed, he said.").quoteSummary.map(\.text) == ["The plan, as we know, failed"])
    }

    /// "The Chinese embassy in London said ... It urged the UK to stop." dropped the second speech: "it" may
    /// speak for the last speaker when that phrase holds an organisation's noun, wherever in it.
    @Test func itAfterAPhraseHoldingAnOrganisationsNoun() throws {
        let doc = try annotate("The Chinese embassy in London said the claims were false. It urged the UK to stop.")
        #expect(doc.quoteSummary.map(\.text) == ["the claims were false", "the UK to stop"])
        // (A body's noun before its place heads an organisation, which "it" names.)
        #expect(doc.quoteSummary.map(\.speaker) == ["Chinese embassy in London", "Chinese embassy in London"])
    }

    /// "Residents of Mill Lane say they have been waiting six months." reported nothing: "say" after the
    /// singular name "Mill Lane" was read as a noun, though the phrase's head is the plural that opens it.
    @Test func aCapitalisedPluralOpeningTheSentenceHeadsItsPhrase() throws {
        #expect(try annotate("Residents of Mill Lane say they have been waiting six months.").quoteSummary.map(\.speaker)
                == ["Residents of Mill Lane"])
    }

    /// "Turner said: “Nonsense.”" reported nothing: one capitalised word in quotation marks read as a
    /// title, though a quotation after the verb and its colon is what the speaker said.
    @Test func oneWordQuotedAfterTheVerbAndAColon() throws {
        #expect(try annotate("Asked about the claim, Turner said: “Nonsense.”").quoteSummary.map(\.text) == ["“Nonsense.”"])
        #expect(try annotate("Lee replied: “Whoo! OK.”").quoteSummary.map(\.speaker) == ["Lee"])
    }

    /// "Harlow Foods ... the supermarket chain warned ... The retailer said" gave "supermarket chain" and
    /// "retailer" as speakers of their own: a trade with "the" names the business named last, as "the
    /// company" does, and so does the same noun again once it has named it.
    @Test func aTradeNounNamesTheBusinessNamedLast() throws {
        let doc = try annotate("Shares in Harlow Foods fell after the supermarket chain warned that profits would fall. The retailer said costs had risen. The chain also said it would cut prices.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Harlow Foods", "Harlow Foods", "Harlow Foods"])
        #expect(try annotate("Lloyds Bank cut 500 jobs. The lender said the roles were in branches.").quoteSummary.map(\.speaker) == ["Lloyds Bank"])
        // (Not a body of another kind.)
        #expect(try annotate("The Environment Agency fined the site. The retailer said it would appeal.").quoteSummary.map(\.speaker) == ["retailer"])
        // (Two modifiers before the trade: "the consumer goods giant".)
        #expect(try annotate("Harlow Foods cut 500 jobs, the consumer goods giant announced.").quoteSummary.map(\.speaker) == ["Harlow Foods"])
        // (A trade alone as the subject: no modifiers to read, and no crash.)
        #expect(try annotate("Prices will rise, bank said.").quoteSummary.map(\.speaker) == ["bank"])
    }

    /// "Defending, Paul Okonjo said his client was “deeply ashamed”" gave the words to "Defending": a
    /// participle set off by a comma at the start of the sentence is a role, not a cue.
    @Test func aLeadingParticipleAndCommaIsNoCue() throws {
        let doc = try annotate("Defending, Paul Okonjo said his client was “deeply ashamed” and had repaid the money.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Paul Okonjo", "Paul Okonjo"])
        #expect(doc.quoteSummary.first?.text == "his client was “deeply ashamed” and had repaid the money")
    }

    /// "Bees take longer to get home, a study published on Wednesday suggests." named "study published":
    /// a participle whose phrase was cut off at a preposition follows the record's or group's noun.
    @Test func aParticipleCutOffAfterTheHeadIsNotTheSpeaker() throws {
        #expect(try annotate("Bees take longer to get home, a study published on Wednesday suggests.").quoteSummary.map(\.speaker) == ["study"])
        #expect(try annotate("A report released on Monday said the scheme had failed.").quoteSummary.map(\.speaker) == ["report"])
        // (With nothing after it the participle stays: "the people affected".)
        #expect(try annotate("The people affected said they were angry.").quoteSummary.map(\.speaker) == ["people affected"])
    }

    /// "Police have appealed for witnesses" gave "for witnesses" as the content: "appeal for" is a phrasal
    /// cue whose object is what was asked for, as "call for" is.
    @Test func appealForIsAPhrasalCue() throws {
        let doc = try annotate("Police have appealed for witnesses.")
        #expect(doc.quoteSummary.map(\.text) == ["witnesses"])
        #expect(doc.quotes.first?.cue?.lemma == "appeal for")
    }

    /// "Apple said it would appeal. In a statement, the company accused ..." gave the speech to "company": a
    /// business noun with "the" names a one-word name just before that nothing made a person, which is then
    /// an organisation.
    @Test func theCompanyNamesAOneWordNameJustBefore() throws {
        let doc = try annotate("Apple was fined by the regulator. Apple said it would appeal. In a statement, the company accused the regulator of ignoring evidence.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Apple", "Apple"])
        #expect(doc.entities.first(where: { $0.name == "Apple" })?.kind == .organization)
        // (Not a person named in full.)
        #expect(try annotate("Tom Okafor runs the firm. Okafor said sales were up. The company said it would appeal.").quoteSummary.map(\.speaker)
                == ["Tom Okafor", "company"])
        // (Nor a name a noun before it describes: the company here is the airline.)
        #expect(try annotate("The airline cancelled 200 flights, according to the tracking site FlightAware. According to the company, a software fault was to blame.")
                .quoteSummary.map(\.speaker) == ["FlightAware", "company"])
        // (Nor a word that is no name: "several said ...".)
        #expect(try annotate("Analysts expect the central bank to hold rates. Several said a cut could come sooner. The bank has said it needs more evidence.")
                .quoteSummary.map(\.speaker) == ["Several", "bank"])
    }

    /// "Spotify welcomed the ruling. “...,” it said." gave "it" to the last speaker: a body opening the
    /// sentence before, named after that speaker, is the topic "it" stands for, as a person is for "he".
    @Test func itNamesTheBodyOpeningTheSentenceBefore() throws {
        let doc = try annotate("The ruling follows a complaint by Spotify. Apple said it would appeal. Spotify welcomed the ruling. “This is an important message,” it said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Apple", "Spotify"])
    }

    /// "A Department of Health and Social Care spokesperson said" gave "Social Care spokesperson": the fields
    /// after an organisation's "of" may be a list ending in "and", and a subject starting inside a name
    /// starts with the name.
    @Test func anOrganisationsFieldsJoinedByAnd() throws {
        #expect(try annotate("A Department of Health and Social Care spokesperson said: “We are fixing it.”").quoteSummary.map(\.speaker)
                == ["Department of Health and Social Care spokesperson"])
        #expect(try annotate("The Department for Environment, Food and Rural Affairs said the ban would stay.").quoteSummary.map(\.speaker)
                == ["Department for Environment, Food and Rural Affairs"])
        // (A person after "and" is no field: two speakers.)
        #expect(try annotate("The Department of Health and Ruth Ames said the plan was working.").entities.map(\.name)
                .contains("Ruth Ames"))
    }

    /// "A Treasury spokesperson said ... “...,” they said." left "they" unresolved: with no group to name, a
    /// singular "they" stands for the spokesperson who spoke just before.
    @Test func singularTheyForASpokesperson() throws {
        let doc = try annotate("A Treasury spokesperson said the firms were protected. “Over half of employers will see no change,” they said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Treasury spokesperson", "Treasury spokesperson"])
        // (A group that spoke comes first.)
        #expect(try annotate("Officials said the firms were protected. “Over half will see no change,” they said.").quoteSummary.map(\.speaker)
                == ["Officials", "Officials"])
    }

    /// "Orders fell in September, data showed on Thursday, adding to signs that the economy is struggling."
    /// took the words after "signs that": a "that" inside a participle's clause after the comma is no
    /// complement of the verb, so the speech is the clause before it.
    @Test func aThatInsideAParticiplesClauseIsNotTheVerbs() throws {
        #expect(try annotate("German orders fell in September, data showed on Thursday, adding to signs that the economy is struggling.")
                .quoteSummary.map(\.text) == ["German orders fell in September"])
        // (A participle closed by a comma before "that" is a circumstance.)
        #expect(try annotate("The minister said on Monday, speaking in Leeds, that the plan would go ahead.").quoteSummary.map(\.text)
                == ["the plan would go ahead"])
    }

    /// "“Unacceptable.” That was the verdict of Sir Keith Hall, ..." found no quote: a sentence naming whose
    /// verdict, view or message the quotation before it was gives that quotation its speaker.
    @Test func thatWasTheVerdictOf() throws {
        let doc = try annotate("“Unacceptable.” That was the verdict of the head teacher, Graham Price, on the report.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Graham Price"])
        #expect(doc.quoteSummary.map(\.text) == ["“Unacceptable.”"])
        #expect(doc.quotes.first?.cue?.lemma == "verdict")
        #expect(try annotate("\"We will not back down.\" That was the message from Sharon Graham on Monday.").quoteSummary.map(\.speaker) == ["Sharon Graham"])
        // ("Those were the words of ...", after the quotation's own paragraph.)
        #expect(try annotate("“It's the best day of my life.”\n\nThose were the words of Layla Hussain, 9, after she found her cat.")
                .quoteSummary.map(\.speaker) == ["Layla Hussain"])
        // (Not after a sentence that is no quotation.)
        #expect(try annotate("He left early. That was the view of most people.").quoteSummary.isEmpty)
    }

    /// "“It worked,” Anna Kowalski said. Their daughter, Marta, 19, now helps at weekends. She said ..." gave
    /// "she" to Anna: the name in apposition to a short phrase opening the sentence before is its topic.
    @Test func theNameInAppositionOpeningTheSentenceBeforeIsTheTopic() throws {
        let doc = try annotate("“It worked,” Anna Kowalski said. Their daughter, Marta, 19, now helps at weekends. She said she hoped to take over one day.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Anna Kowalski", "Marta"])
    }

    /// "More than 300 doctors have signed an open letter urging the government to ..." and "She posted a
    /// video saying ..." reported nothing: a text the sentence's own past verb put out says what its
    /// authors say, with or without "that".
    @Test func aTextPutOutSaysWhatItsAuthorsSay() throws {
        let doc = try annotate("More than 300 doctors have signed an open letter urging the government to ban junk food adverts. “The evidence is overwhelming,” the letter says.")
        #expect(doc.quoteSummary.map(\.speaker) == ["doctors", "doctors"])
        #expect(doc.quoteSummary.first?.text == "the government to ban junk food adverts")
        #expect(try annotate("She posted a video saying she was fine.").quoteSummary.map(\.text) == ["she was fine"])
        // (Not a text someone merely holds.)
        #expect(try annotate("The girl holding a letter smiled.").quoteSummary.isEmpty)
    }

    /// "“I never thought I'd be here,” said the 34-year-old mother of two." had no speaker: an age is a
    /// modifier anywhere in the phrase after the verb, not only first.
    @Test func anAgeInsideTheInvertedSpeakersPhrase() throws {
        #expect(try annotate("“I never thought I'd be here,” said the 34-year-old mother of two.").quoteSummary.map(\.speaker)
                == ["34-year-old mother"])
        #expect(try annotate("“I never thought I'd be here,” said the 34-year-old.").quoteSummary.map(\.speaker) == ["34-year-old"])
    }

    /// "The former told MPs ... The latter said ..." gave the speech to "former" and "latter": they name the
    /// first and the second of the last two people or bodies named in the sentences before.
    @Test func theFormerAndTheLatter() throws {
        let doc = try annotate("The chancellor, Lucy Hale, met the business secretary, Owen Tate, on Monday. The former told MPs that the economy could not afford it. The latter said that was “nonsense”.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Lucy Hale", "Owen Tate", "Owen Tate"])
    }

    /// "The band said goodbye to fans at a sold-out show." reported speech: a reporting verb's form after an
    /// article and modifiers in "-ed", "-ing" or with a hyphen is a noun ("show"), not a clause's verb.
    @Test func aVerbFormAfterAnArticleAndItsModifiersIsANoun() throws {
        #expect(try annotate("The band said goodbye to fans at a sold-out show.").quoteSummary.isEmpty)
        #expect(try annotate("Rail workers will strike, the union confirmed on Monday, in a long-running dispute over pay.").quoteSummary.map(\.text)
                == ["Rail workers will strike"])
        // (After a plain noun the form is the verb: "a report shows".)
        #expect(try annotate("She said a report shows growth.").quoteSummary.map(\.text) == ["a report shows growth"])
    }

    /// "Lee repeated his claim that the economy had collapsed." gave two quotes, "his claim that ..." and
    /// "the economy had collapsed": when a verb's object is a speech noun with its possessor and clause,
    /// the noun's cue alone carries the speech.
    @Test func aVerbWhoseObjectIsASpeechNounLeavesTheSpeechToIt() throws {
        let doc = try annotate("Tom Lee repeated his claim that the economy had collapsed.")
        #expect(doc.quoteSummary.map(\.text) == ["the economy had collapsed"])
        #expect(doc.quoteSummary.map(\.speaker) == ["Tom Lee"])
    }

    /// "Dr Lee said Obama claimed it.\nasked Lee\nHe warned." crashed (a reversed range): the apposition
    /// rule for the sentence before read a range from its third token to two before its end, and that
    /// sentence had two tokens. Found by the fuzz run.
    @Test func aTwoWordSentenceBeforeAPronounDoesNotCrash() throws {
        let doc = try annotate("Dr Lee said Obama claimed it.\nasked Lee\nHe warned.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Lee"])
    }

    /// "But according to a statement from the police union, officers had been told ..." gave "But" as the
    /// report: a conjunction or linking adverb before "according to" still lets the source open the sentence.
    @Test func aConjunctionBeforeAccordingTo() throws {
        #expect(try annotate("But according to a statement from the police union, officers had been told to reclassify offences.")
                .quoteSummary.map(\.text) == ["officers had been told to reclassify offences"])
        #expect(try annotate("However, according to the report, sales fell sharply in March.").quoteSummary.map(\.text)
                == ["sales fell sharply in March"])
    }

    /// "Boeing said deliveries fell." and "Manning said the trial was unfair." reported nothing: a capitalised
    /// word in "-ing" opening the sentence was taken for a gerund ("Having said that"); only a helper's or a
    /// cue's own gerund is one.
    @Test func aNameInIngBeforeTheVerb() throws {
        #expect(try annotate("Boeing said deliveries fell. The company said it expected a recovery.").quoteSummary.map(\.speaker)
                == ["Boeing", "Boeing"])
        #expect(try annotate("Manning said the trial was unfair.").quoteSummary.map(\.speaker) == ["Manning"])
        #expect(try annotate("Having said that, the plan is sound.").quoteSummary.isEmpty)
    }

    /// "City trail Liverpool, whose manager Arne Slot refused to get carried away. “It is November,” he said."
    /// gave the words to the earlier speaker: the one person named for the first time in the sentence
    /// before, when that sentence neither names nor refers to the earlier speaker, is the topic.
    @Test func thePersonFirstNamedInTheSentenceBefore() throws {
        let doc = try annotate("“We will respond,” Pep Guardiola said. City trail Liverpool, whose manager Arne Slot refused to get carried away. “It is November,” he said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Pep Guardiola", "Arne Slot"])
        // (Not when the earlier speaker is there too.)
        #expect(try annotate("“We will respond,” Pep Guardiola said. He said he admired Arne Slot. “He is good,” he said.").quoteSummary.last?.speaker
                == "Pep Guardiola")
    }

    /// "For ten years Odalys Brennick has run the bakery. “It is everything,” she says." left "she" unresolved, and
    /// a later "she" went to a spokeswoman: a name whose first word is not in the list was no person. With no
    /// person of the pronoun's gender named before, the last name of two or three words that is a verb's
    /// subject in the sentences just before is that person.
    @Test func aPronounNamesAnUnlistedNameWhenNoPersonIsKnown() throws {
        let doc = try annotate("""
            For ten years Odalys Brennick has run the only bakery in the street. “It is everything,” she says.

            In a statement, a council spokeswoman said the fees were “among the lowest in the region”.

            Brennick is not persuaded. “I know my customers will find me,” she says.
            """)
        #expect(doc.quoteSummary.filter { $0.kind == "direct" }.map(\.speaker) == ["Odalys Brennick", "Odalys Brennick"])
        // (Not a place, nor a name that is no verb's subject.)
        #expect(try annotate("In New York the rain fell all day. “It is cold,” she said.").quoteSummary.map(\.speaker) == ["she"])
    }

    /// "Catrin Morgan" and "Huw Pryce" had no gender: the first-name list lacked many British, Irish, Welsh,
    /// African and Asian names, so "she" after both skipped to whoever was named before.
    @Test func namesFromTheWiderListCarryTheirGender() throws {
        let doc = try annotate("Catrin Morgan spoke first. Huw Pryce spoke next. “It was a gross breach of trust,” she said. “We agree,” he said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Catrin Morgan", "Huw Pryce"])
    }

    /// "Mr Starmer was later asked whether he would rule out further tax rises." made Starmer the asker: a
    /// time adverb ("later", "then", "again") between the passive helper and its participle hid the passive.
    @Test func aTimeAdverbInsideAPassive() throws {
        #expect(try annotate("Mr Starmer was later asked whether he would rule out further tax rises.").quoteSummary.isEmpty)
        #expect(try annotate("She was then told that the contract had been cancelled.").quoteSummary.isEmpty)
        #expect(try annotate("The minister later said the contract had been cancelled.").quoteSummary.map(\.speaker) == ["minister"])
    }

    /// "A man accused of smuggling migrants across the Channel told police he was only the driver." gave
    /// "Channel" as the speaker, and "A woman charged with assaulting a guard at Heathrow Airport said ..."
    /// the guard: a gerund after the participle's preposition ("accused of smuggling") carries the chain of
    /// phrases on, back to the people before the participle.
    @Test func aGerundInsideAParticiplePhraseBeforeTheVerb() throws {
        #expect(try annotate("A man accused of smuggling migrants across the Channel told police he was only the driver.")
                .quoteSummary.map(\.speaker) == ["man accused of smuggling migrants across the Channel"])
        #expect(try annotate("A woman charged with assaulting a guard at Heathrow Airport said she had acted in self-defence.")
                .quoteSummary.map(\.speaker) == ["woman charged with assaulting a guard at Heathrow Airport"])
        // (The guard still speaks for an employer when no participle governs: "a guard at Heathrow Airport said".)
        #expect(try annotate("A guard at Heathrow Airport said the queues were long.").quoteSummary.map(\.speaker) == ["guard at Heathrow Airport"])
    }

    /// "More than 200 doctors have signed a letter to the health secretary warning that plans to cut beds will
    /// cost lives." reported nothing: the letter's addressee stood between the text and its participle.
    @Test func aTextsAddresseeBeforeItsParticiple() throws {
        let doc = try annotate("More than 200 doctors have signed a letter to the health secretary warning that plans to cut beds will cost lives.")
        #expect(doc.quoteSummary.map(\.text) == ["plans to cut beds will cost lives"])
        #expect(doc.quoteSummary.map(\.speaker) == ["doctors"])
        // (Not a verb among the words after the text: "a letter to staff announcing" is the letter's own.)
        #expect(try annotate("The firm sent a letter to staff who were leaving saying that pensions were safe.").quoteSummary.isEmpty)
    }

    /// "State Sen. Scott Wiener, a Democrat from San Francisco who wrote the bill, dismissed those concerns." gave
    /// "the bill, dismissed those concerns" as what the Democrat wrote: a relative clause right after its noun,
    /// with no comma before "who", ends where the main clause's verb follows a comma too.
    @Test func aRelativeClauseInsideAnAppositiveEndsAtItsComma() throws {
        #expect(try annotate("State Sen. Scott Wiener, a Democrat from San Francisco who wrote the bill, dismissed those concerns.")
                .quoteSummary.isEmpty)
        #expect(try annotate("Ruth Ames, a lawyer who said the ruling was wrong, has filed an appeal.").quoteSummary.map(\.speaker)
                == ["Ruth Ames"])
        // (A speaker closing the text after its verb has no token after it: "It works, said Smith".)
        #expect(try annotate("It works, said Smith").quoteSummary.map(\.speaker) == ["Smith"])
        // ("a Democrat" is no one's name: the "he" after it is Wiener.)
        #expect(try annotate("State Sen. Scott Wiener, a Democrat from San Francisco who wrote the bill, dismissed those concerns. Companies already report the data, he said.")
                .quoteSummary.map(\.speaker) == ["Scott Wiener"])
    }

    /// "“...,” he told BBC Sport. Arteta refused to get carried away. Asked if his side were favourites, he smiled.
    /// “It's December,” he said." gave the last words to the earlier speaker: a sentence whose subject is the
    /// same pronoun, and which reports nothing, carries on the topic of the sentence before it.
    @Test func aPronounSentenceCarriesTheTopicOn() throws {
        let doc = try annotate("""
            “We weren't at our level today,” Eddie Howe told BBC Sport. Arsenal manager Mikel Arteta refused to get carried away. Asked if his side were favourites, he smiled. “It's December,” he said.
            """)
        #expect(doc.quoteSummary.map(\.speaker) == ["Eddie Howe", "Mikel Arteta"])
        // (Not past a sentence about the earlier speaker: "He smiled" is still Howe.)
        #expect(try annotate("“We weren't at our level today,” Eddie Howe told BBC Sport. He smiled. “It's December,” he said.")
                .quoteSummary.map(\.speaker) == ["Eddie Howe", "Eddie Howe"])
    }

    /// "Shares in Halden Group fell after the engineering firm cut its forecast, blaming weak demand." gave
    /// "engineering firm" as the speaker: "the company" or "the firm" with modifiers names the business too,
    /// as a trade with modifiers ("the supermarket chain") did.
    @Test func aBusinessNounWithModifiersNamesTheBusiness() throws {
        let doc = try annotate("Shares in Halden Group fell 12% on Thursday after the engineering firm cut its profit forecast for the second time this year, blaming weak demand in China.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Halden Group"])
        // (Not a business named inside the quotation itself.)
        let other = try annotate("Harlow Foods denied the report. “We made no deal with Big Machine Label Group,” the supermarket company said.")
        #expect(other.quoteSummary.last?.speaker == "Harlow Foods")
    }

    /// "The bank cut its growth forecast, citing weak demand." gave "its growth" as the speaker: "forecast" was
    /// read as a verb with "its growth" its subject. A phrase opening with "its" after a verb is an object.
    @Test func aPossessivePhraseAfterAVerbIsNoSubject() throws {
        #expect(try annotate("The bank cut its growth forecast, citing weak demand.").quoteSummary.map(\.speaker) == ["bank"])
    }

    /// "Ministers have promised to crack down on the so-called “gig economy”." made "gig economy" the ministers'
    /// words: a quotation after "so-called" is the writer's term.
    @Test func aSoCalledTermIsNoOnesWords() throws {
        let doc = try annotate("Ministers have promised to crack down on the so-called “gig economy”, where workers are paid per task.")
        #expect(!doc.quoteSummary.contains { $0.kind == "partial" })
        #expect(try annotate("“The so-called gig economy is a scandal,” she said.").quoteSummary.map(\.kind) == ["direct"])
    }

    /// "The plans, described by one union as a “game changer”, would give riders sick pay." reported nothing: in
    /// the passive of a naming verb the agent may come first, and the quoted name after "as".
    @Test func aPassiveNamingVerbWithItsAgentFirst() throws {
        let doc = try annotate("The plans, described by one union as a “game changer”, would give riders sick pay.")
        #expect(doc.quoteSummary.map(\.text) == ["a “game changer”", "“game changer”"])
        #expect(doc.quoteSummary.map(\.speaker) == ["one union", "one union"])
        // (No quotation, no quote: "described by witnesses as tall".)
        #expect(try annotate("The man, described by witnesses as tall, ran off.").quoteSummary.isEmpty)
    }

    /// "Police Scotland has apologised. In a statement, the force said ..." gave "force" as a speaker of its own:
    /// "the force" names the police force named last, and "Police Scotland" is a force as "West Yorkshire
    /// Police" is.
    @Test func theForceNamesThePolice() throws {
        let doc = try annotate("Police Scotland has apologised. In a statement, the force said officers had attended the wrong address.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Police Scotland"])
        let other = try annotate("West Yorkshire Police said the road was closed. The force added that no one was hurt.")
        #expect(other.quoteSummary.map(\.speaker) == ["West Yorkshire Police", "West Yorkshire Police"])
    }

    /// "Kim has called for his forces to be ready for war, state media reported." ran the call on into ", state
    /// media reported", and "Prices will rise, state media reported." gave nothing: "media" is a group that speaks.
    @Test func stateMediaReport() throws {
        let doc = try annotate("Kim has called for his forces to be ready for war, state media reported on Thursday.")
        #expect(doc.quoteSummary.map(\.speaker) == ["state media", "Kim"])
        #expect(doc.quoteSummary.last?.text == "his forces to be ready for war")
        #expect(try annotate("Iranian media said the ship had been seized.").quoteSummary.map(\.speaker) == ["Iranian media"])
    }

    /// "A water company manager said signs warning of cold water had been put up around the site." gave the
    /// manager a warning: a plural right after the reporting verb opens its clause, and the participle after
    /// it describes the signs.
    @Test func aParticipleDescribingTheReportedClausesSubject() throws {
        let doc = try annotate("A water company manager said signs warning of cold water had been put up around the site.")
        #expect(doc.quoteSummary.map(\.text) == ["signs warning of cold water had been put up around the site"])
        #expect(doc.quoteSummary.map(\.speaker) == ["water company manager"])
    }

    /// "Her family said in a statement that she had died peacefully. “Mum sang until the very end,” they said."
    /// left "they" unresolved: a family or another body that spoke just before is "they" as its members.
    @Test func theyForABodyThatJustSpoke() throws {
        let doc = try annotate("Her family said in a statement that she had died peacefully. “Mum sang until the very end,” they said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Her family", "Her family"])
    }

    /// "Meta has said it will use public posts from adults in the UK. The company said users could object." gave
    /// "company" as a speaker of its own: "the UK", named since, is no business; the one-word name that spoke is.
    @Test func theCompanyIsTheOneWordNameThatSpokeWhenTheLaterNameIsNoBusiness() throws {
        let doc = try annotate("Meta has said it will use public posts from adults in the UK to train its models. The company said users could object.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Meta", "Meta"])
        // (Only the one who spoke: not a name mentioned before the last speaker, "polled by Reuters".)
        let other = try annotate("Most economists polled by Reuters said the cut would come in September, though several said it could come sooner. The bank has said it needs more evidence.")
        #expect(other.quoteSummary.last?.speaker == "bank")
    }

    /// "The prime minister's spokesman would not be drawn. Asked repeatedly by reporters, he said only that ..."
    /// left "he" unresolved: a role's possessive holder may stand before the role that is the subject.
    @Test func aRoleWithItsHoldersPossessiveBeforeIt() throws {
        let doc = try annotate("The prime minister's spokesman would not be drawn on the matter. Asked repeatedly by reporters, he said only that the minister was working.")
        #expect(doc.quoteSummary.map(\.speaker) == ["prime minister's spokesman"])
    }

    /// "The Highways Agency urged drivers to plan journeys carefully. “If you don't need to travel, don't,” a
    /// spokesman said." gave "spokesman" as a speaker of its own: a spokesperson named by role alone speaks for
    /// the organisation that spoke just before.
    @Test func aSpokesmanSpeaksForTheBodyThatJustSpoke() throws {
        let doc = try annotate("The Highways Agency urged drivers to plan journeys carefully. “If you don't need to travel, don't,” a spokesman said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Highways Agency", "Highways Agency"])
        // (Not a person who spoke: "Ruth Ames said ... A spokesman said" is someone else's.)
        #expect(try annotate("Ruth Ames said the plan was sound. A spokesman said talks would go on.").quoteSummary.last?.speaker == "spokesman")
    }

    /// "A report by the Food Foundation has found that ..." gave "report" as the speaker, though "A report by the
    /// Food Foundation found" gave the foundation: the helper before the verb hid the record's author.
    @Test func aRecordsAuthorBeforeAPerfectVerb() throws {
        #expect(try annotate("A report by the Food Foundation has found that one in five children lives in a home without enough food.")
                .quoteSummary.map(\.speaker) == ["Food Foundation"])
    }

    /// "“It's the worst I've ever seen.” That was how one farmer described the damage after hailstones fell on the
    /// vale." reported the damage as the farmer's words: after "That was how" the cue reports the quotation before.
    @Test func thatWasHowSomeoneDescribedIt() throws {
        let doc = try annotate("“It's the worst I've ever seen.” That was how one farmer described the damage after hailstones the size of golf balls fell on the vale.")
        #expect(doc.quoteSummary.map(\.kind) == ["direct"])
        #expect(doc.quoteSummary.map(\.speaker) == ["one farmer"])
    }

    /// "Rents rose 6%, according to new figures from the property website Rightmove." and "Data from the Office for
    /// National Statistics showed ..." gave the record as the speaker, though "a report by the National Audit Office
    /// found" gives the office: a record's named source after "from" speaks too.
    @Test func aRecordsSourceAfterFromSpeaks() throws {
        #expect(try annotate("Rents rose 6%, according to new figures from the property website Rightmove.").quoteSummary.map(\.speaker) == ["Rightmove"])
        #expect(try annotate("Data from the Office for National Statistics showed that prices rose.").quoteSummary.map(\.speaker)
                == ["Office for National Statistics"])
        // (Not people from a body: "Staff from the ..." are the staff.)
        #expect(try annotate("Staff from the Office for National Statistics said prices rose.").quoteSummary.map(\.speaker)
                == ["Staff from the Office for National Statistics"])
    }

    /// "Asked whether he would serve a full term, the 81-year-old president said: “Absolutely.”" reported nothing:
    /// an age among a common noun's modifiers broke the subject after a leading clause.
    @Test func anAgeAmongTheModifiersOfTheSubject() throws {
        let doc = try annotate("Asked whether he would serve a full term, the 81-year-old president said: “Absolutely.”")
        #expect(doc.quoteSummary.map(\.speaker) == ["81-year-old president"])
        #expect(doc.quoteSummary.map(\.text) == ["“Absolutely.”"])
    }

    /// "Astronomers say they have found the most distant galaxy ever observed, seen as it was ..." gave "most distant
    /// galaxy ever" a quote of its own: a participle after "ever" and a common noun describes the noun.
    @Test func aParticipleAfterEverDescribesItsNoun() throws {
        let doc = try annotate("Astronomers say they have found the most distant galaxy ever observed, seen as it was just 290 million years after the Big Bang.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Astronomers"])
        #expect(try annotate("It was the biggest crowd ever recorded at the ground, the club said.").quoteSummary.map(\.speaker) == ["club"])
    }

    /// "Transport for London says more than 95% of journeys are paid for by card" gave "London" as the speaker: a
    /// single capitalised word, "for" and a name just before a reporting verb are one body's name.
    @Test func aBodyNamedWithFor() throws {
        #expect(try annotate("Transport for London says more than 95% of journeys are now paid for by card.").quoteSummary.map(\.speaker)
                == ["Transport for London"])
        #expect(try annotate("Together for Yes said the result was historic.").quoteSummary.map(\.speaker) == ["Together for Yes"])
    }

    /// "Figures published by the Office for National Statistics showed ..." gave "Figures" as the speaker, though
    /// "a report by the National Audit Office found" gives the office: a record's publisher speaks, as its author does.
    @Test func aRecordsPublisherSpeaks() throws {
        #expect(try annotate("Figures published by the Office for National Statistics showed that prices rose by 3% last year.")
                .quoteSummary.map(\.speaker) == ["Office for National Statistics"])
        #expect(try annotate("Waiting lists fell for a third month, according to figures published by NHS England on Thursday.")
                .quoteSummary.map(\.speaker) == ["NHS England"])
        #expect(try annotate("A poll conducted by YouGov found that most voters backed the plan.").quoteSummary.map(\.speaker) == ["YouGov"])
        // (Not one who paid for it: "A study commissioned by the council" is the study's.)
        #expect(try annotate("A study commissioned by the council found that most roads were in poor repair.").quoteSummary.map(\.speaker)
                == ["study"])
    }

    /// "Marsh dismissed the pledge. “It sounds lovely. It would cost £4m a year,” she said." gave the quotation to the
    /// other woman who spoke before: the topic was read from the quotation's own first sentence, not the one before it.
    @Test func theTopicIsTheSentenceBeforeAQuotationOfTwoSentences() throws {
        let doc = try annotate("""
            Helen Marsh leads the council. Priya Anand wants her job. “The roads are worse than ever,” Anand said. She has promised to freeze parking charges.

            Marsh dismissed the pledge as unaffordable. “It sounds lovely. It would cost £4m a year,” she said.
            """)
        #expect(doc.quoteSummary.map(\.speaker) == ["Priya Anand", "Priya Anand", "Helen Marsh"])
    }

    /// "On the final defeat, he was candid. “We were second best on the night.”" had no speaker, though "Hale was candid"
    /// gave one: in the same paragraph, a "he" or "she" subject introduces the quotation too.
    @Test func aPronounSubjectIntroducesTheNextQuotation() throws {
        let doc = try annotate("""
            Tom Hale spoke to the BBC about his years in charge.

            On the final defeat, he was candid. “We were second best on the night.”
            """)
        #expect(doc.quoteSummary.map(\.speaker) == ["Tom Hale"])
    }

    /// "While Obama had ..., that has not been happening for Clinton, which concerns Henry Crespo, president of ... ¶ “...,”
    /// he said" gave the quotation to the earlier speaker: a person named with a role after a comma in the main clause
    /// is the new topic. (Team-written text of the same shape.)
    @Test func aPersonIntroducedWithARoleInTheMainClauseIsTheTopic() throws {
        let doc = try annotate("""
            Ken Doyle ran the bus company for a decade. “The buses never come on time,” Dan Pike said.

            While Doyle once ran buses every ten minutes, that has not been true for years, which worries Omar Field, chairman of the Eastside Residents' Association.

            “People have simply stopped waiting. They drive or they stay home,” he said.
            """)
        #expect(doc.quoteSummary.map(\.speaker) == ["Dan Pike", "Omar Field"])
    }

    /// "The minister will be sacked this week, sources close to Downing Street said." reported nothing, though "sources
    /// close to the prime minister said" did: "close" between the people and a name is no verb.
    @Test func sourcesCloseToANamedPlace() throws {
        #expect(try annotate("The minister will be sacked this week, sources close to Downing Street have said.").quoteSummary.map(\.speaker)
                == ["sources close to Downing Street"])
    }

    /// "Amorim said he had expected a hard start. “I knew this would take time,” the Portuguese coach told Sky Sports."
    /// gave the quotation to "Portuguese coach": a nationality before a profession, trailing a quotation, names the
    /// person who spoke just before.
    @Test func aNationalityAndAProfessionNameThePersonJustQuoted() throws {
        let doc = try annotate("Ruben Amorim said he had expected a difficult start. “I knew this would take time,” the Portuguese coach told Sky Sports.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Ruben Amorim", "Ruben Amorim"])
        // (Not an office: "the French ambassador" is whoever holds it.)
        #expect(try annotate("Ruth Ames said the talks went well. “Nothing has been agreed,” the French ambassador said.").quoteSummary.last?.speaker
                == "French ambassador")
        // (Nor a people: "the Chinese pledged" is China's, not the last person named.)
        // (A pledge that happened: one in a condition reports nothing, see `aConditionReportsNothing`.)
        #expect(try annotate("Mr. Obama sent Mr. Xi a letter. The United States acted after the Chinese pledged to cap their emissions.")
                .quoteSummary.map(\.speaker) == ["Chinese"])
    }

    /// "The James Webb Space Telescope spotted it. “...,” he said" gave the quotation to the telescope, a male person by its
    /// first name, and "Patients at Queen Elizabeth Hospital" named a woman "Elizabeth Hospital": a name closed by a
    /// place's, a thing's or a body's noun is no person, and a title opening it is part of it ("General Assembly").
    @Test func aNameClosedByAThingsNounIsNoPerson() throws {
        let scope = try annotate("The James Webb Space Telescope spotted the galaxy. “It's astonishing,” he said.")
        #expect(scope.entities.first { $0.name == "James Webb Space Telescope" }?.kind != .person)
        #expect(scope.quoteSummary.map(\.speaker) != ["James Webb Space Telescope"])
        let ward = try annotate("Patients at Queen Elizabeth Hospital were moved. “It was chaos,” she said.")
        #expect(ward.entities.contains { $0.name == "Queen Elizabeth Hospital" && $0.kind != .person })
        #expect(ward.quoteSummary.map(\.speaker) != ["Queen Elizabeth Hospital"])
        let vote = try annotate("The General Assembly voted on Monday. The Justice Department said it would appeal.")
        #expect(vote.entities.contains { $0.name == "General Assembly" })
        #expect(vote.quoteSummary.map(\.speaker) == ["Justice Department"])
        // (Not a surname that is also a place's noun: "Dr Helen Park" is a woman.)
        #expect(try annotate("Dr Helen Park said the trust was sorry.").entities.first { $0.name == "Helen Park" }?.kind == .person)
    }

    /// "The Met Office said ..." opening a sentence listed the Met Office twice among the entities, once as named and
    /// once as the speaker's description: the article before the name's own run is not part of it.
    @Test func anOrganisationSpeakingAfterTheIsTheEntityNamedBefore() throws {
        let doc = try annotate("Forecasters at the Met Office issued a warning on Monday. The Met Office said winds would reach 90mph.")
        #expect(doc.entities.filter { $0.name == "Met Office" }.count == 1)
        #expect(doc.quoteSummary.map(\.speaker) == ["Met Office"])
    }

    /// "U.S. employers added 254,000 jobs in September, far more than economists had expected, the Labor Department said
    /// Friday." gave the employers a second quote: "added" before a number counts, as before a word it does.
    @Test func addedBeforeANumberIsNoSpeech() throws {
        let doc = try annotate("U.S. employers added 254,000 jobs in September, far more than economists had expected, the Labor Department said Friday.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Labor Department"])
    }

    /// "She said one senior official had replied that the warnings were “alarmist”." gave the quoted word to her, and
    /// "The mayor said the police chief had told him that ..." had no inner speech: after "said" a role opening the
    /// reported clause is its subject, not the verb's object, so the innermost speaker gets the words.
    @Test func aRoleAfterSaidOpensTheReportedClause() throws {
        let doc = try annotate("Dr Lena Marsh said one senior official had replied that the warnings were “alarmist”.")
        #expect(doc.quoteSummary.last?.speaker == "one senior official")
        #expect(try annotate("The mayor said the police chief had told him that crime was falling in every district.").quoteSummary.map(\.speaker)
                == ["mayor", "police chief"])
        // (Not a thing: "said the loan showed that ..." stays one speech.)
        #expect(try annotate("The director said the loan showed that museums could build trust.").quoteSummary.map(\.speaker) == ["director"])
    }

    /// "Its co-chairs, Dr Rob Laurenson and Dr Vivek Trivedi, said ..." gave "Its co-chairs" as the speaker, and "The couple,
    /// Ruth Ames and Tom Hale, said" gave "couple": two names joined by "and" in the appositive speak together.
    @Test func twoNamesInAnAppositiveSpeakTogether() throws {
        #expect(try annotate("Its junior doctors committee co-chairs, Dr Rob Laurenson and Dr Vivek Trivedi, said the strike could be called off.")
                .quoteSummary.map(\.speaker) == ["Dr Rob Laurenson and Dr Vivek Trivedi"])
        #expect(try annotate("The couple, Ruth Ames and Tom Hale, said they would appeal.").quoteSummary.map(\.speaker) == ["Ruth Ames and Tom Hale"])
    }

    /// "according to figures released by the trade publication Pollstar on Sunday" kept the figures as the speaker: a
    /// publisher's name may follow a lower-case description of it.
    @Test func aRecordsPublisherAfterItsDescription() throws {
        #expect(try annotate("The tour grossed more than $2bn, according to figures released by the trade publication Pollstar on Sunday.")
                .quoteSummary.map(\.speaker) == ["Pollstar"])
        #expect(try annotate("A report by the think tank Resolution Foundation found that wages fell last year.").quoteSummary.map(\.speaker)
                == ["Resolution Foundation"])
    }

    /// "Associated British Ports says offshore wind now accounts for more than half its income" reported nothing: a present
    /// verb that takes its preposition ("accounts for", "depends on") makes the clause.
    @Test func aPresentVerbWithItsPreposition() throws {
        #expect(try annotate("The port's owner, Associated British Ports, says offshore wind now accounts for more than half its income.")
                .quoteSummary.map(\.speaker) == ["Associated British Ports"])
        #expect(try annotate("Ruth Ames says the decision depends on the weather.").quoteSummary.map(\.text) == ["the decision depends on the weather"])
    }

    /// "an edited transcript of an interview with the chancellor" then "Q: ..." and "A: ..." gave the answers to no one, though
    /// "an interview with Rachel Reeves" gave them to her: with no one named, the role after "with" answers.
    @Test func anInterviewWithARoleAnswers() throws {
        let doc = try annotate("""
            The following is an edited transcript of an interview with the chancellor, recorded on Tuesday.

            Q: Will you raise taxes in the budget?
            A: I'm not going to write the budget on the radio. But I have been clear that working people will not pay more.
            """)
        #expect(doc.quoteSummary.map(\.speaker) == ["chancellor"])
    }

    /// "Asked whether City could still win the title, Guardiola shook his head. “...,” he said." gave the quotation to the
    /// other manager, who spoke last: the topic is read from the main clause after a participle's opening one.
    @Test func theTopicAfterAnOpeningParticipleClause() throws {
        let doc = try annotate("""
            Pep Guardiola said he did not doubt his players. Tottenham boss Ange Postecoglou praised his side. “We were brave,” he said.

            Asked whether City could still win the title, Guardiola shook his head. “Right now, we have to win one game,” he said.
            """)
        #expect(doc.quoteSummary.map(\.text).last == "“Right now, we have to win one game,”")
        #expect(doc.quoteSummary.last?.speaker == "Pep Guardiola")
    }

    /// "“It works,” Ruth Ames said, standing in what was left of her kitchen." reported the standing as her speech: after
    /// the quotation a cue attributes, a participle that is no speech verb says how it was said.
    @Test func aParticipleAfterACueThatTrailsAQuotationIsNoSpeech() throws {
        #expect(try annotate("“It works,” Ruth Ames said, standing in what was left of her kitchen.").quoteSummary.map(\.text) == ["“It works,”"])
        // (A speech verb there is a second cue: ", adding that ...".)
        #expect(try annotate("“It works,” Ruth Ames said, adding that the plan was sound.").quoteSummary.count == 2)
    }

    /// "“I didn't think I'd ever see my home again,” she said. ¶ Maria Delgado, 71, had lived ..." left "she" unresolved: a
    /// story opening on a quotation names its speaker after it, when no one was named before.
    @Test func aPronounBeforeAnyoneIsNamedLooksAhead() throws {
        let doc = try annotate("""
            “I didn't think I'd ever see my home again,” she said.

            Maria Delgado, 71, had lived on Ocean Avenue for forty years before the storm.
            """)
        #expect(doc.quoteSummary.map(\.speaker) == ["Maria Delgado"])
        // (Only someone of the pronoun's gender.)
        #expect(try annotate("“We were told it would be safe,” he said.\n\nRuth Ames lost her boat in the storm.").quoteSummary.map(\.speaker) == ["he"])
    }

    /// "Acme Holdings cut jobs. A spokesperson for the company said ..." kept "spokesperson for the company", though "The
    /// company said" and "a spokesman for Acme Holdings said" give Acme: the organisation the noun names speaks.
    @Test func aSpokespersonForTheCompanyNamedBefore() throws {
        #expect(try annotate("Acme Holdings cut jobs on Thursday. A spokesperson for the company said the cuts were needed.")
                .quoteSummary.map(\.speaker) == ["Acme Holdings"])
    }

    /// "“We avoided chaos,” Ruth Ames told deputies after the result was announced." reported "deputies after the result was
    /// announced" as a second speech: after the quotation it attributes, "tell" has its listener and a circumstance.
    @Test func tellAfterItsQuotationHasAListenerNotASecondSpeech() throws {
        #expect(try annotate("“We avoided chaos,” Ruth Ames told deputies after the result was announced.").quoteSummary.map(\.text) == ["“We avoided chaos,”"])
        // ("that" still opens one.)
        #expect(try annotate("“We avoided chaos,” Ruth Ames told deputies that the budget would pass.").quoteSummary.count == 2)
    }

    /// "Harris aides said privately they were pleased" put "privately" in the speech: an adverb of how or when the words
    /// were said, right after the verb, is not part of them.
    @Test func anAdverbAfterTheVerbIsNotSpeech() throws {
        #expect(try annotate("Harris aides said privately they were pleased with her performance.").quoteSummary.map(\.text)
                == ["they were pleased with her performance"])
        // (An adjective in "-ly" opens the clause: "early voting".)
        #expect(try annotate("Aides said early voting was up in every county.").quoteSummary.map(\.text) == ["early voting was up in every county"])
    }

    /// "Shares in Burberry jumped after the luxury fashion house said ..." kept "luxury fashion house", and so "The company
    /// said" after it named no one: a "house" of fashion or auctions is a business noun.
    @Test func aFashionHouseIsABusiness() throws {
        let doc = try annotate("Shares in Burberry jumped 15% after the luxury fashion house said a turnaround plan was working. The company said sales fell 20% in the quarter.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Burberry", "Burberry"])
    }

    /// "Almost all the firms that took part said they would continue" gave "took part" as the speaker, and "Firms that
    /// joined the trial said" reported nothing: "that" or "which" with a verb right after a noun opens a relative
    /// clause, and the noun before it speaks, as with "who".
    @Test func aRelativeClauseWithThatBeforeTheVerb() throws {
        #expect(try annotate("Almost all the firms that took part said they would continue with a shorter week.").quoteSummary.map(\.speaker) == ["firms"])
        #expect(try annotate("Firms that joined the trial said they would continue.").quoteSummary.map(\.speaker) == ["Firms"])
        // (Not a complementizer: "He warned that officials said ..." has two speeches.)
        #expect(try annotate("He warned that officials said the plan would fail.").quoteSummary.map(\.speaker) == ["he", "officials"])
    }

    /// "Researchers led by Dr Hana Sato at Kyoto University found that ..." gave the finding to Sato alone: the people a
    /// leader led speak, as the people a pollster asked do.
    @Test func thePeopleLedBySomeoneSpeak() throws {
        #expect(try annotate("Researchers led by Dr Hana Sato at Kyoto University found that the risk rose by 20%.").quoteSummary.map(\.speaker)
                == ["Researchers"])
    }

    /// "Local councils, which are responsible for most roads, said they needed long-term funding." reported nothing, though
    /// "Local councils, who run most roads, said" did: bodies in the plural before "which" head the phrase too.
    @Test func pluralBodiesBeforeWhichSpeak() throws {
        #expect(try annotate("Local councils, which are responsible for most roads, said they needed long-term funding.").quoteSummary.map(\.speaker)
                == ["Local councils"])
    }

    /// "a scheme which ministers say will repair roads" and "the scheme was flawed and managers said it would fail"
    /// reported nothing, though "which officials say will" did: the plural of a title names people who speak
    /// together, as a group noun does.
    @Test func thePluralOfATitleIsAGroup() throws {
        #expect(try annotate("The council will fund a scheme which ministers say will repair a million roads.").quoteSummary.map(\.speaker)
                == ["ministers"])
        #expect(try annotate("The scheme was flawed and managers said it would fail.").quoteSummary.map(\.speaker) == ["managers"])
        #expect(try annotate("He left after chairmen of two clubs said the rules were unfair.").quoteSummary.map(\.speaker)
                == ["chairmen of two clubs"])
        // (Not an abbreviation's: "Mrs" stays a title.)
        #expect(try annotate("Mrs Okafor said the rules were unfair.").entities.map(\.kind) == [.person])
    }

    /// "Chinese and Australian foreign ministers agreed" gave "Australian foreign ministers", and "Doctors and nurses said"
    /// gave "nurses": two peoples' adjectives, or two groups, joined by "and" are one subject.
    @Test func groupsJoinedByAndSpeakTogether() throws {
        #expect(try annotate("Chinese and Australian foreign ministers agreed on Thursday to restart a dialogue on trade.").quoteSummary
                .map(\.speaker) == ["Chinese and Australian foreign ministers"])
        #expect(try annotate("Doctors and nurses said the ward was full.").quoteSummary.map(\.speaker) == ["Doctors and nurses"])
    }

    /// "His opposite number, Regis Le Bris, was less happy. The Frenchman said ..." gave the words to the manager named
    /// before: a possessive "his" or "her", with an adjective or not, introduces one person by a common noun, as "A
    /// tenant, Maribel Ortiz," does, so a first name the list lacks still makes a person.
    @Test func aPossessiveDescriptionBeforeANameMakesAPerson() throws {
        let doc = try annotate("Daniel Farke praised his side. His opposite number, Regis Le Bris, was less happy. The Frenchman said his players had stopped playing. “We must learn to close games,” he told reporters.")
        #expect(doc.quoteSummary.map(\.speaker).suffix(2) == ["Regis Le Bris", "Regis Le Bris"])
    }

    /// "Sainsbury's said sales rose" and "McDonald's has said" reported nothing: a capitalised word in "'s" right before
    /// "said" or a helper owns nothing, and is a business's name, shown whole. Not before a form that may be a noun or
    /// an adjective ("Editor's note:", "Stumpf's repeated emphasis that"), nor a contraction ("It's").
    @Test func aBusinessNamedInThePossessiveSpeaks() throws {
        let doc = try annotate("McDonald's has said it would raise prices.")
        #expect(doc.quoteSummary.map(\.speaker) == ["McDonald's"])
        #expect(doc.entities.map(\.kind) == [.organization])
        #expect(try annotate("Sainsbury's said sales rose 4% in the quarter.").quoteSummary.map(\.speaker) == ["Sainsbury's"])
        #expect(try annotate("Editor's note: this story was updated on Friday.").quotes.isEmpty)
        // (A speech noun's possessor stays a possessor.)
        #expect(try annotate("Senators pressed him. Stumpf's repeated emphasis that only 1 percent of staff were involved angered them.")
                .quoteSummary.map(\.speaker) == ["Stumpf"])
    }

    /// "Police said ... His family described him as “a gentle giant”. They asked for privacy." gave the request to the
    /// police: a family or a team that spoke last, in the sentence before, is who "they" are.
    @Test func theyAfterAFamilyIsTheFamily() throws {
        let doc = try annotate("Police said two boys were in custody. His family described him as “a gentle giant”. They asked for privacy.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Police", "His family", "His family"])
    }

    /// "Residents of nearby Wapping Road complained about noise" gave the complaint to the road: a word placing the
    /// name after the preposition ("nearby", "rural", "central") keeps the people before it as the speakers.
    @Test func aPlaceModifierAfterAnAffiliationPreposition() throws {
        #expect(try annotate("Residents of nearby Wapping Road complained about noise.").quoteSummary.map(\.speaker)
                == ["Residents of nearby Wapping Road"])
        #expect(try annotate("Farmers in rural Norfolk said the rain came too late.").quoteSummary.map(\.speaker) == ["Farmers in rural Norfolk"])
    }

    /// "Most voters believe the NHS is worse, a survey for the Health Foundation suggests." put the survey inside the
    /// voters' belief: a record and its client after "for" are one subject, as a record and its author after "by" are.
    @Test func aRecordForAClientTrailsItsFinding() throws {
        let doc = try annotate("Most voters believe the NHS is worse, a survey for the Health Foundation suggests.")
        #expect(doc.quoteSummary.map(\.text) == ["Most voters believe the NHS is worse", "the NHS is worse"])
    }

    /// "Business leaders warned the closure would hit tourism" lost "the closure", taken for whom they warned: a phrase
    /// right before a helper verb is the reported clause's subject. And "told her she had" read "her" as a determiner.
    @Test func aSubjectBeforeAHelperIsNoListener() throws {
        #expect(try annotate("Business leaders warned the closure would hit tourism.").quoteSummary.map(\.text)
                == ["the closure would hit tourism"])
        #expect(try annotate("The judge told her she had betrayed the trust of every taxpayer.").quoteSummary.map(\.text)
                == ["she had betrayed the trust of every taxpayer"])
        // (A listener stays one: "warned the council it would lose".)
        #expect(try annotate("She warned the council it would lose the case.").quoteSummary.map(\.text) == ["it would lose the case"])
    }

    /// "The National Federation of Fishermen's Organisations said" gave "Organisations", and "The British Chambers of
    /// Commerce said" gave "British Chambers": the plurals of "organisation" and "chamber" head a body's name too.
    @Test func pluralOrganisationHeadsCloseAName() throws {
        #expect(try annotate("The National Federation of Fishermen's Organisations said the decision was wrong.").quoteSummary.map(\.speaker)
                == ["National Federation of Fishermen's Organisations"])
        #expect(try annotate("The British Chambers of Commerce said firms were hoping for relief.").quoteSummary.map(\.speaker)
                == ["British Chambers of Commerce"])
    }

    /// "Staff slept better, researchers found." reported nothing: a verb that reports only before "that" ("found",
    /// "learned") closing its sentence after a comma and its subject trails its content, as "said" does. And "they"
    /// there is not the plural inside the words it reports.
    @Test func aFindingVerbTrailsItsContent() throws {
        let doc = try annotate("Staff slept better and took fewer days off, researchers found.")
        #expect(doc.quoteSummary.map(\.speaker) == ["researchers"])
        #expect(doc.quoteSummary.map(\.text) == ["Staff slept better and took fewer days off"])
        let they = try annotate("Researchers studied 61 firms for a year. Staff reported less stress, they found.")
        #expect(they.quoteSummary.map(\.speaker) == ["Researchers"])
    }

    /// "Tesco, which runs 3,000 stores, said ..." made Tesco a person, so "a spokeswoman said" after it named no one:
    /// "which" after a speaker's name says it of a body.
    @Test func aNameBeforeWhichIsABody() throws {
        let doc = try annotate("Tesco, which runs 3,000 stores, said sales rose. Prices would fall next year, a spokeswoman said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Tesco", "Tesco"])
        #expect(doc.entities.map(\.kind) == [.organization])
        let plural = try annotate("Lloyds, which ran the branch, said few customers used it. A hub will open in the spring, a spokeswoman said.")
        #expect(plural.quoteSummary.map(\.speaker) == ["Lloyds", "Lloyds"])
    }

    /// "The economy ministry said in a statement it expected a recovery" put "in a statement" in the speech: a short
    /// circumstance after the verb, then a subject pronoun, is when or how it was said.
    @Test func aCircumstanceBeforeAPronounSubjectIsNotSpeech() throws {
        #expect(try annotate("The economy ministry said in a statement it expected a gradual recovery next year.").quoteSummary.map(\.text)
                == ["it expected a gradual recovery next year"])
    }

    /// "One of them, a retired bus driver called Winston, says he comes for the conversation" gave two speeches of
    /// "called": a naming participle between a common noun and a name says what the person is called.
    @Test func aNamingParticipleAfterANounIsNoCue() throws {
        let doc = try annotate("One of them, a retired bus driver called Winston, says he comes for the conversation.")
        #expect(doc.quoteSummary.map(\.text) == ["he comes for the conversation"])
        // (A naming verb with its own subject still names: "The president called Trump a liar.")
        #expect(try annotate("The president called Trump a liar.").quoteSummary.map(\.text) == ["Trump a liar"])
    }

    /// "Laura Finch said her manager had told her the emails were not needed. She said ..." gave the second speech to
    /// the manager: a speaker inside another's reported words is no antecedent before the one who reported them.
    @Test func aNestedSpeakerIsNoAntecedentBeforeItsReporter() throws {
        let doc = try annotate("Laura Finch said her manager had told her the emails were not needed. She said she had been uncomfortable.")
        #expect(doc.quoteSummary.last?.speaker == "Laura Finch")
    }

    /// "promised instead to cut fuel duty" kept "instead" in the promise: it says how the promise was made.
    @Test func insteadAfterTheVerbIsNotSpeech() throws {
        #expect(try annotate("Dean Morris called that a gimmick and promised instead to cut fuel duty.").quoteSummary.map(\.text).last
                == "to cut fuel duty")
    }

    /// "Drivers have voted to strike, the union announced on Monday, threatening disruption in the run-up to Christmas."
    /// gave a second speech to "threatening": a demand or threat with a plain object and no "to" or "that" asks nothing.
    @Test func aThreatWithAPlainObjectIsNoSpeech() throws {
        let doc = try annotate("Drivers have voted to strike, the union announced on Monday, threatening disruption in the run-up to Christmas.")
        #expect(doc.quotes.compactMap(\.cue?.lemma) == ["announce"])
        #expect(try annotate("The union walked out on Monday, urging ministers to act.").quotes.compactMap(\.cue?.lemma) == ["urge"])
    }

    /// "Parkinson's UK said" gave "UK": a charity's name goes on past its "'s" to a scope word ("UK", "International").
    /// Not a possessor before a country ("Trump's America") or a name ("Google's DeepMind").
    @Test func aCharityNameGoesOnPastItsPossessive() throws {
        #expect(try annotate("Parkinson's UK said the findings offered real hope.").quoteSummary.map(\.speaker) == ["Parkinson's UK"])
        #expect(try annotate("The charity Alzheimer's Research UK said the drug was promising.").quoteSummary.map(\.speaker)
                == ["Alzheimer's Research UK"])
        #expect(try annotate("Google's DeepMind said the model was safe.").quoteSummary.map(\.speaker) == ["DeepMind"])
    }

    /// "said Moscow would respond, without giving details" kept the writer's ", without giving details" in the speech:
    /// "without" and a gerund after a comma tell what was left unsaid. (", without doubt" may be the speaker's.)
    @Test func withoutAndAGerundAfterACommaIsTheWriters() throws {
        #expect(try annotate("Its spokesman said Moscow would respond, without giving details.").quoteSummary.map(\.text) == ["Moscow would respond"])
        #expect(try annotate("He said the bill would pass, without doubt.").quoteSummary.map(\.text) == ["the bill would pass, without doubt"])
    }

    /// "Jack Draper beat Alex de Minaur. The British number one, who served 14 aces, said ..." kept "British number one":
    /// a rank with "the" names the person mentioned last, as an epithet does.
    @Test func aRankNamesThePersonMentionedLast() throws {
        let doc = try annotate("Jack Draper beat Alex de Minaur on Monday. The British number one, who served 14 aces, said he had felt in control.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Jack Draper"])
    }

    /// "The company said" gave the analyst's employer ("an analyst at Hargreave Securities") instead of the airline the
    /// story is about: an employer named after someone's job is no antecedent, and with no business named in the
    /// sentences before, the business that spoke last is "the company".
    @Test func theCompanyIsTheBusinessThatSpokeNotAnAnalystsEmployer() throws {
        let doc = try annotate("""
            Shares in Kestrel Airways fell on Monday after the carrier cut its forecast, blaming fuel costs.

            Analysts were unconvinced. "This is a business that has lost its way," said Ravi Patel, an analyst at Dunmore Securities. \
            Another analyst said the board was under pressure.

            The company said it would cut 500 jobs.
            """)
        #expect(doc.quoteSummary.last?.speaker == "Kestrel Airways")
    }

    /// "According to the team, led by Nikku Madhusudhan of the University of Cambridge, the signal was detected" kept
    /// the participle's phrase in the report: it ran past the eight words the rule read.
    @Test func aLongParticiplePhraseAboutTheSourceIsNotTheReport() throws {
        let doc = try annotate("According to the survey, carried out by researchers at the University of Leeds over two years, most tenants felt unsafe.")
        #expect(doc.quoteSummary.map(\.text) == ["most tenants felt unsafe"])
    }

    /// "Natural Resources Wales said ... One resident of Pontypridd said ... “...,” she said" gave the last quotation to
    /// the agency, taken for a person: one person's role before a place ("One resident of") is a person a pronoun can
    /// name, and "Resources" or "Services" in a name is an organisation's.
    @Test func oneResidentOfAPlaceIsAPersonAndResourcesNameABody() throws {
        let doc = try annotate("""
            Harbour Services Scotland said 12 ferries had been cancelled. One resident of Oban said the pier had flooded "in an hour".             "We have never seen it this bad," she said.
            """)
        #expect(doc.quoteSummary.map(\.speaker) == ["Harbour Services Scotland", "One resident of Oban", "One resident of Oban", "One resident of Oban"])
        #expect(doc.entities.first { $0.name == "Harbour Services Scotland" }?.kind == .organization)
    }

    /// "The chair of the judges called the book “a novel about our world”" gave no quotation: after a work's noun a
    /// quotation was taken for its title. What a naming verb calls the work, in lower case, is the speaker's words.
    @Test func whatANamingVerbCallsAWorkIsAPartialQuote() throws {
        #expect(try annotate("The critic called the film \u{201C}a triumph of patience\u{201D}.").quoteSummary.map(\.kind) == ["mixed", "partial"])
        #expect(try annotate("She reviewed the film \u{201C}Summer of Rain\u{201D} for the magazine.").quotes.isEmpty)
    }

    /// "Harvey dedicated it to “everyone who speaks for and not against the Earth”. The chair ... called the book ..." gave
    /// the fragment to the chair, whose cue was nearest in the paragraph. A fragment in a sentence with no cue is the
    /// words of the person its sentence is about.
    @Test func aFragmentWithoutACueIsItsSentenceSubjects() throws {
        let doc = try annotate("""
            Margaret Okoro won the prize on Tuesday. Okoro dedicated it to \u{201C}everyone who still believes a small press can change things\u{201D}. \
            The chair of the judges called the book \u{201C}quietly radical\u{201D}.
            """)
        #expect(doc.quoteSummary.first?.speaker == "Margaret Okoro")
        #expect(doc.quoteSummary.first?.kind == "partial")
    }

    /// "A 31-year-old man remains in custody, South Wales Police said." reported nothing: "remains" before "in" was not
    /// taken for a verb, so the content had no clause. Verbs of where someone is ("remains in", "lives in") are.
    @Test func aVerbOfPlaceMakesTheContentAClause() throws {
        #expect(try annotate("The driver remains in hospital, police said.").quoteSummary.map(\.text) == ["The driver remains in hospital"])
        #expect(try annotate("The family lives in Leeds, a neighbour said.").quoteSummary.map(\.text) == ["The family lives in Leeds"])
    }

    /// "A statement from Kent County Council read: “...”" gave the words to "statement from Kent County Council": a text
    /// speaks for its issuer, as a report speaks for its author.
    @Test func aStatementFromABodySpeaksForTheBody() throws {
        let doc = try annotate("A statement from Mersey Harbour Trust said the pier would reopen in May.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Mersey Harbour Trust"])
    }

    /// "told supporters that the election was “the most important in our history,” and repeated his claim that ..." ran the
    /// speech on into "and repeated": it stopped only where the next cue's phrase ("his claim") began.
    @Test func aSecondPredicateBeforeTheNextCueIsNotTheSpeech() throws {
        let quoted = try annotate("The mayor told residents that the plan was \u{201C}the best we could do,\u{201D} and repeated her claim that the delay was not her fault.")
        #expect(quoted.quoteSummary.first?.text == "the plan was \u{201C}the best we could do,\u{201D}")
        let plain = try annotate("The mayor told residents that the plan was good and repeated her claim that the delay was not her fault.")
        #expect(plain.quoteSummary.map(\.text) == ["the plan was good", "the delay was not her fault"])
    }

    /// "Senate Republicans blocked a bill that would have protected access, arguing that the measure was a stunt" reported
    /// nothing: a modal before the comma made the participle hypothetical, though it was inside a relative clause.
    @Test func aModalInARelativeClauseDoesNotMakeTheParticipleHypothetical() throws {
        let doc = try annotate("The council scrapped a plan that would have closed the library, arguing that it was too important to lose.")
        #expect(doc.quoteSummary.map(\.text) == ["it was too important to lose"])
        #expect(try annotate("If the council had money it would reopen the library, arguing that it was vital.").quotes.isEmpty)
        // ("vetoed a bill on Friday that would have expanded drilling, saying": a day between the noun and "that".)
        let vetoed = try annotate("The governor vetoed a bill on Friday that would have expanded drilling, saying it ignored the climate crisis.")
        #expect(vetoed.quoteSummary.map(\.text) == ["it ignored the climate crisis"])
    }

    /// "Serena Mills won her first title. “...,” the 21-year-old said" kept "21-year-old": "Serena" was not in the list of
    /// first names, so Mills was no person. And once both players are people, "Emma Raducanu lost to Iga Swiatek. The
    /// Briton ... admitted" must still be Raducanu: of the people in the sentence that names one last, its subject.
    @Test func moreFirstNamesAndTheSubjectBeforeTheObjectForAnEpithet() throws {
        let won = try annotate("Serena Mills won her first title on Saturday. \u{201C}It has not sunk in yet,\u{201D} the 21-year-old said.")
        #expect(won.quoteSummary.map(\.speaker) == ["Serena Mills"])
        let lost = try annotate("Jelena Horvat lost 6-1 6-0 to Aryna Petrova on Saturday. The Croat admitted she had been outclassed.")
        #expect(lost.quoteSummary.map(\.speaker) == ["Jelena Horvat"])
    }

    /// "The commission found that ... subsidies, a spokesperson told a news briefing." ran the finding on into the trailing
    /// cue: a trailing "told" ends the content before it only when nothing or a short circumstance follows, and here its
    /// listener did.
    @Test func aTrailingTellWithItsListenerEndsTheContentBeforeIt() throws {
        let doc = try annotate("The inspectors found that the bridge had been poorly maintained, a council officer told the hearing.")
        #expect(doc.quoteSummary.map(\.text).contains("the bridge had been poorly maintained"))
    }

    /// "said the study's lead author, Dr Melody Ding of the University of Sydney." kept "study's lead author": the name in
    /// the appositive speaks only when it closes the clause, and here the employer came after it.
    @Test func anAppositiveNameWithItsEmployerSpeaks() throws {
        let doc = try annotate("\u{201C}The effect was larger than we expected,\u{201D} said the report's co-author, Dr Hannah Wells of the University of Bristol.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Hannah Wells"])
    }

    /// "..., the industry regulator Ofwat said. ... said David Black, Ofwat's chief executive. In response, the company said"
    /// gave the company's answer to the regulator. A body that a noun of another kind introduced ("the industry regulator
    /// Ofwat", "the charity Shelter") is not what "the company" names.
    @Test func aBodyIntroducedAsAnotherKindIsNotTheCompany() throws {
        let doc = try annotate("""
            Severn Mills was fined on Tuesday, the industry regulator Ofgas said. \u{201C}Customers were let down,\u{201D} said Ann Bell, \
            Ofgas's chief executive. In response, the company said it was disappointed.
            """)
        #expect(doc.quoteSummary.last?.speaker != "Ofgas")
        let apple = try annotate("The commission said Zentor had broken the rules. Zentor said it would appeal. The company said the ruling was wrong.")
        #expect(apple.quoteSummary.last?.speaker == "Zentor")
    }

    /// "Critics accused him of writing misleading ballot language, a charge he denied" kept the writer's ", a charge he
    /// denied" in the accusation: an appositive naming the speech itself ("a charge", "a claim", "a view") is the writer's.
    @Test func anAppositiveNamingTheSpeechIsTheWriters() throws {
        let doc = try annotate("Opponents accused the mayor of hiding the costs, a charge she rejected.")
        #expect(doc.quoteSummary.first?.text == "the mayor of hiding the costs")
    }

    /// "The Twin Cities Hospitals group said ... , the group said" gave the second report to a new "group": a body
    /// described while speakers are resolved was not among the mentions "the group" looks back at. The one that spoke
    /// in the sentences just before, described with the same noun, is it.
    @Test func aBodyDescribedWithTheSameNounIsTheOneItNames() throws {
        let doc = try annotate("The Harbour Clinics group said it had offered a pay rise. Agency nurses had been hired, the group said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Harbour Clinics group", "Harbour Clinics group"])
    }

    /// "The only way to be sure, he added, is to bring the samples back" lost its first part: "to be" read as the
    /// front's own verb, so the front looked like a clause of its own rather than the subject of "is".
    @Test func anInfinitiveInTheFrontOfAnInterruptedSentenceIsNoVerb() throws {
        let doc = try annotate("Mira Lund spoke to reporters. The only way to be sure, she added, is to test the water again.")
        #expect(doc.quoteSummary.map(\.text) == ["The only way to be sure", "is to test the water again"])
    }

    /// "The Software Alliance said in a statement that it supported “sensible guardrails” but warned that a pause would ..."
    /// gave the warning to "it", inside the first speech, and lost it: a pronoun subject of the "that"-clause names the
    /// speaker again, so a verb coordinated after it is the speaker's second act.
    @Test func aVerbAfterAPronounsClauseIsTheSpeakersSecondAct() throws {
        let doc = try annotate("The union said on Monday that it backed \u{201C}fair rules\u{201D} but warned that a strike was likely.")
        #expect(doc.quoteSummary.map(\.text) == ["it backed \u{201C}fair rules\u{201D}", "\u{201C}fair rules\u{201D}", "a strike was likely"])
    }

    /// "Judge Sarah Whitfield said Kemp had shown “a callous disregard” for the people he targeted" made Kemp a speaker:
    /// what a person shows, quoted or not, is the object of an act; only a record's "shows" reports.
    @Test func whatAPersonShowsInQuotedWordsIsNoSpeech() throws {
        let doc = try annotate("The judge said Morton had shown \u{201C}no remorse\u{201D} for his victims.")
        #expect(!doc.quoteSummary.map(\.speaker).contains("Morton"))
        #expect(doc.quoteSummary.first?.speaker == "judge")
    }

    /// "Rice, who was named player of the match, said ... “...,” the midfielder said" left "midfielder" a bare description:
    /// a player's position (or an artist's craft) with "the" names the person mentioned last, as a nationality does; a
    /// role that leads others ("the manager") does not, since someone else in the story may hold it.
    @Test func aPlayersPositionNamesThePersonMentionedLast() throws {
        let doc = try annotate("Tom Hale scored twice. Hale said the side had improved. \u{201C}We never gave up,\u{201D} the striker said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Tom Hale", "Tom Hale"])
        let manager = try annotate("Tom Hale scored twice. \u{201C}He was superb,\u{201D} the manager said.")
        #expect(manager.quoteSummary.first?.speaker != "Tom Hale")
    }

    /// "Council Member Robin Wonsley said" named the speaker "Council Member Robin Wonsley": a body's "Member" before
    /// two or more names is a title; "the EU Member States" stays one name.
    @Test func aBodysMemberIsATitleBeforeAName() throws {
        let doc = try annotate("Assembly Member Dana Ruiz said the budget was late. Ruiz said it was unfair.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Dana Ruiz", "Dana Ruiz"])
        let states = try annotate("The EU Member States said the deal was fair.")
        #expect(states.quoteSummary.first?.speaker == "EU Member States")
    }

    /// "“They want to freeze us into submission,” he was quoted as saying by the state news agency" gave the quotation to
    /// "They", the quotation's own first word read as the sentence's subject: the subject of "was quoted" says it.
    @Test func aQuotationBeforeQuotedAsSayingIsTheSubjects() throws {
        let doc = try annotate("Mara Voss spoke on Monday. \u{201C}They want us to give up,\u{201D} she was quoted as saying by a radio station.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Mara Voss"])
    }

    /// "Ukraine has asked its allies for more systems, two officials familiar with the request said, as Russia steps up
    /// attacks" lost the officials' attribution: a group's trailing cue was read only when nothing but a short phrase
    /// followed it; a comma and a subordinate clause or a participle after it close its clause too.
    @Test func aGroupsTrailingCueBeforeASubordinateClauseReports() throws {
        let doc = try annotate("Lisbon has asked the state for more buses, two officials familiar with the request said, as ridership grows.")
        #expect(doc.quoteSummary.map(\.speaker) == ["two officials familiar with the request"])
        #expect(doc.quoteSummary.first?.text == "Lisbon has asked the state for more buses")
    }

    /// "..., the state fire agency Cal Fire said." found no attribution: the speaker's phrase stopped at "agency", and the
    /// content kept ", the state fire". Up to two lower-case modifiers of a body's noun before its name belong to it.
    @Test func modifiersOfABodysNounBeforeItsNameBelongToTheSpeaker() throws {
        let doc = try annotate("The fire had burned 9,000 acres by noon, the state fire agency Cal Blaze said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Cal Blaze"])
        #expect(doc.quoteSummary.first?.text == "The fire had burned 9,000 acres by noon")
    }

    /// "The head of the World Health Organization, Tedros Adhanom Ghebreyesus, spoke to us" then "Q: ..." and "A: ..."
    /// left the answers with no one: an unknown first name made no person. A role of a named body before the name's
    /// comma does, and the interview's answers are that person's.
    @Test func aRoleOfANamedBodyBeforeANamesCommaMakesAPerson() throws {
        let doc = try annotate("""
            The head of the Harbour Authority, Zoltanu Brekke, spoke to us about the port.

            Q: Will it reopen?

            A: It will reopen in May.
            """)
        #expect(doc.quoteSummary.map(\.speaker) == ["Zoltanu Brekke"])
    }

    /// "More observations would be needed, she said, to rule out the possibility ..." lost its second part: an
    /// infinitive of purpose after the attribution continues the clause it interrupts, as a subordinate clause does.
    @Test func anInfinitiveAfterAnInterruptingCueContinuesTheSpeech() throws {
        let doc = try annotate("Nora Lind studies rivers. More samples would be needed, she said, to confirm the result.")
        #expect(doc.quoteSummary.map(\.text) == ["More samples would be needed", "to confirm the result"])
    }

    /// "Everytown called it “a victory for survivors,” while the National Rifle Association said it was disappointed but
    /// noted the ruling was narrow" gave the note to Everytown: a verb coordinated after a cue in a clause of its own,
    /// opened by ", while", shares that cue's subject.
    @Test func aVerbCoordinatedInAWhileClauseSharesItsSubject() throws {
        let doc = try annotate("The union called it \u{201C}a win,\u{201D} while the Trade Board said it was sorry but noted the vote was close.")
        #expect(doc.quoteSummary.map(\.speaker) == ["union", "Trade Board", "Trade Board"])
    }

    /// "Boeing will cut 10% of its workforce, the company said" left the speaker "company": a name opening its sentence
    /// is no entity until it speaks. A business noun trailing the speech names that one word, its verb next, when no
    /// first name, title or earlier person makes it someone.
    @Test func aTrailingCompanyNamesTheOneWordThatOpensItsSpeech() throws {
        let doc = try annotate("Zentora will close two of its plants, the company said on Monday.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Zentora"])
        let person = try annotate("Ruth Ames founded Zentora. Ames will step down, the company said.")
        #expect(person.quoteSummary.map(\.speaker) != ["Ruth Ames"])
    }

    /// "A Google spokesperson said ... . Search had brought “many benefits” ..., the spokesperson added." left the second
    /// report with a bare "spokesperson": "the" and the same word name the spokesperson described with it who spoke just before.
    @Test func theSpokespersonNamesTheOneWhoSpokeJustBefore() throws {
        let doc = try annotate("A Zentor spokesperson said the firm would appeal. The ruling was unfair, the spokesperson added.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Zentor spokesperson", "Zentor spokesperson"])
    }

    /// "Starbucks is recalling nearly 500,000 glass mugs" made the mugs Starbucks's words: a recall of a number of goods
    /// is no memory, past a word of approximation too.
    @Test func aRecallOfNearlyANumberOfGoodsIsNoSpeech() throws {
        let doc = try annotate("Zentor is recalling nearly 40,000 kettles because they can overheat, regulators said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["regulators"])
    }

    /// "Most of the deaths were in the province, the ministry said in a statement broadcast on state television." took
    /// the statement's description for the content: "in" a text with a participle about where it appeared is a circumstance.
    @Test func aStatementWithItsParticipleAfterTheCueIsACircumstance() throws {
        let doc = try annotate("The road will stay closed, the council said in a statement published on its website.")
        #expect(doc.quoteSummary.map(\.text) == ["The road will stay closed"])
    }

    /// "Rents Will Keep Rising Until 2027, Landlords' Group Warns" found no cue: the plural's possessive apostrophe
    /// broke the speaker's words before a headline's closing verb.
    @Test func aHeadlinesSpeakerMayHoldAPluralsPossessive() throws {
        let doc = try annotate("Fares Will Rise Again, Drivers' Union Warns\n\nBus fares will rise in May.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Drivers' Union"])
    }

    /// "Lawyers for the producer did not respond ... They have previously described the allegations as “baseless”" left
    /// "they" unresolved: the head of the plural subject before it stands before "for" too, as before "at" or "of".
    @Test func theyNamesAPluralSubjectWithItsForPhrase() throws {
        let doc = try annotate("Lawyers for the builder declined to comment. They said last week that the claims were false.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Lawyers for the builder"])
    }

    /// "“The ball just came out nicely today,” the left-armer said" stayed a bare description: a cricketer's role
    /// ("spinner", "seamer", "left-armer") is a player's position like "striker".
    @Test func aCricketersRoleNamesThePersonMentionedLast() throws {
        let doc = try annotate("Adam Voss took five wickets. \u{201C}The ball turned a lot,\u{201D} the spinner said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Adam Voss"])
    }

    /// "Revenue rose 5% in the quarter, the company said" named "Revenue" the company: the word opening the speech is
    /// a business's name only when it is written with its capital inside a sentence elsewhere, or owns something in
    /// the speech ("cut 10% of its workforce").
    @Test func aCommonNounOpeningTheSpeechIsNoBusiness() throws {
        let doc = try annotate("Revenue rose 5% in the quarter, the company said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["company"])
        let named = try annotate("Zentora will close two plants, the company said. Analysts said Zentora had struggled.")
        #expect(named.quoteSummary.first?.speaker == "Zentora")
    }

    /// "The United Auto Workers approved a deal. The union said ..." left the speaker "union": a name closed by a plural
    /// of working people ("Workers", "Nurses") is what "the union" names.
    @Test func theUnionNamesABodyOfWorkers() throws {
        let doc = try annotate("The Harbour Dock Workers approved the deal. The union said it was historic.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Harbour Dock Workers"])
    }

    /// "Aides to Mr. Rubio said he had missed votes" gave the words to Rubio: a plural opening the sentence, capitalised
    /// only for that, heads its phrase before "to", as "advisers to" does inside a sentence.
    @Test func aPluralOpeningTheSentenceBeforeToHeadsThePhrase() throws {
        let doc = try annotate("Aides to Mr. Hale said he had missed votes because he was campaigning.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Aides to Mr. Hale"])
    }

    /// "..., a senior administration official said. ... banks that the official described as “central ...”" left "official"
    /// bare: "the official", like "the spokesperson", names the insider described with the same word who spoke just before.
    @Test func theOfficialNamesTheInsiderWhoSpokeJustBefore() throws {
        let doc = try annotate("New fines are planned, a senior treasury official said. The official described them as \u{201C}overdue.\u{201D}")
        #expect(doc.quoteSummary.map(\.speaker) == ["senior treasury official", "senior treasury official"])
    }

    /// "“We knew it was coming, but not this fast” — that was the reaction of Malcolm Kerby" gave the quotation no one:
    /// "that was the reaction of" names whose words it was after a dash in the same sentence too.
    @Test func aVerdictAfterADashNamesTheQuotationsSpeaker() throws {
        let doc = try annotate("The sea is rising. \u{201C}We saw it coming\u{201D} \u{2014} that was the reaction of Mara Lind, a campaigner.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Mara Lind"])
    }

    /// "according to the trade publication Pollstar ... Swift thanked her fans. “...,” she wrote" gave the words to
    /// Pollstar, made a person when it spoke: a one-word name after "the" and a noun that is no person's role is a body.
    @Test func aOneWordNameDescribedByANonPersonNounIsABody() throws {
        let doc = try annotate("""
            Sales rose 9%, according to the trade magazine Gridline. Taylor Vance thanked her fans on Sunday. \u{201C}You made this,\u{201D} she wrote.
            """)
        #expect(doc.quoteSummary.map(\.speaker) == ["Gridline", "Taylor Vance"])
        #expect(doc.entities.first(where: { $0.name == "Gridline" })?.kind == .organization)
    }

    /// A mixed quote's quoted words are also a partial quote of their own, so a count of quotes per speaker counted
    /// one utterance twice: the partial now names the mixed quote it lies in, `within`, and nothing else does.
    @Test func aNestedPartialNamesTheMixedQuoteItLiesIn() throws {
        let doc = try annotate("""
            The mayor said the levy was \u{201C}a tax on farmers\u{201D} and would go. Critics called it \u{201C}a slow death\u{201D}.
            """)
        let mixed = try #require(doc.quotes.first { $0.kind == .mixed })
        let partials = doc.quotes.filter { $0.kind == .partial }
        #expect(partials.count == 2)
        #expect(partials.first { mixed.span.contains($0.span) }?.within == mixed.id)
        #expect(partials.first { !mixed.span.contains($0.span) }?.within == nil)
        #expect(mixed.within == nil)
    }

    /// "Microsoft is to invest $10 billion in data centres in Japan ..., the company said" gave the speech to Japan, the
    /// last one-word name: a business that opens the speech as its subject comes first, and "Microsoft's" after a comma
    /// ("The investment, Microsoft's largest") shows its capital is a name's.
    @Test func aTrailingCompanyNamesTheBusinessOpeningTheSpeechBeforeANameInIt() throws {
        let doc = try annotate("""
            Corvex is to build two data centres in Norway over the next four years, the company said on Tuesday. \
            The investment, Corvex's largest, will create 300 jobs, the company added.
            """)
        #expect(doc.quoteSummary.map(\.speaker) == ["Corvex", "Corvex"])
    }

    /// "Prof Stephen Nicholls, of Monash University in Melbourne, who led the study, said" gave the speech to Melbourne:
    /// a place after a preposition that closes a name after ", of" belongs to the affiliation, not the subject.
    @Test func aPlaceInsideAnAffiliationBeforeWhoIsNotTheSubject() throws {
        let doc = try annotate("Prof Alan Reyes, of Tarn University in Leeds, who led the study, said the results were encouraging.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Alan Reyes"])
    }

    /// "The Slovenian attacked on the final climb" reported 'on the final climb' as what he said: a verb whose object is
    /// its content takes none when a preposition of place or time follows it and no "that"-clause comes after.
    @Test func anObjectVerbBeforeAPrepositionOfPlaceTakesNoObject() throws {
        #expect(try annotate("The Dane attacked on the final climb to Col du Rousset and crossed the line alone.").quotes.isEmpty)
        let doc = try annotate("The senator acknowledged on Sunday that the votes were not there.")
        #expect(doc.quoteSummary.map(\.speaker) == ["senator"])
    }

    /// 'he said the administration would “work with Congress” but gave no figure' kept the writer's note in the speech:
    /// "but gave no ...", "and offered no ..." says what the speaker withheld, as "but did not say how" does.
    @Test func butGaveNoFigureIsTheWritersNote() throws {
        let doc = try annotate("Asked about funding, the envoy said the state would \u{201C}work with the council\u{201D} but gave no figure.")
        let mixed = try #require(doc.quotes.first { $0.kind == .mixed })
        #expect(doc.string(mixed.span).hasSuffix("council\u{201D}"))
    }

    /// "Leaders Agree Climate Fund Deal After All-Night Talks" reported the deal as the leaders' words: in a headline
    /// "Agree" takes what was agreed, and title case hides whether a clause follows.
    @Test func agreeInAHeadlineReportsNoSpeech() throws {
        let doc = try annotate("Union Agrees Pay Deal With Tram Operators\n\nDrivers will get a rise of 5% from April.")
        #expect(doc.quotes.isEmpty)
    }

    /// "Tottenham boss Ange Postecoglou was left frustrated ... He said" gave "He" to the manager quoted before: "boss"
    /// before a name is a role, as "manager" is, so the name whose first word is not listed is a person.
    @Test func bossBeforeANameMakesAPerson() throws {
        let doc = try annotate("""
            Enzo Marsh said his side were not ready. Harlow boss Ange Kostaki was left frustrated by his side's defending. \
            He said the team had switched off.
            """)
        #expect(doc.quoteSummary.map(\.speaker) == ["Enzo Marsh", "Ange Kostaki"])
    }

    /// "Authors including John Grisham and Jodi Picoult said" gave the speech to Jodi Picoult, and "Several authors,
    /// including John Grisham, said" to Grisham: names given as examples after "including", "like" or "such as" are
    /// not the subject; the plural or group before them speaks.
    @Test func namesGivenAsExamplesAreNotTheSubject() throws {
        let doc = try annotate("""
            Novelists including Mara Quell and Tobias Renn said the firm had copied their books. \
            Several poets, including Ada Morrow, said the firm had ignored their letters.
            """)
        #expect(doc.quoteSummary.map(\.speaker) == ["Novelists", "Several poets"])
    }

    /// "The minister warned workers’ jobs were at risk" gave the content "’ jobs were at risk": "workers" was skipped as
    /// the listener. A plural possessive owns the reported clause's subject and hears nothing.
    @Test func aPluralPossessiveAfterWarnIsNoListener() throws {
        let doc = try annotate("The minister warned nurses\u{2019} jobs were at risk.")
        #expect(doc.quoteSummary.map(\.text) == ["nurses\u{2019} jobs were at risk"])
    }

    /// "its products now threaten writers' livelihoods" reported the livelihoods as speech, and "rose 12%, the company said,
    /// slightly ahead of analysts' expectations" took the words after the cue: a plural possessive's apostrophe was read
    /// as a quotation, which made any phrase a clause. It is none; and a present "-s" verb after a clause's possessive and
    /// noun ("said its approach protects privacy") is a verb, so such a clause still reports.
    @Test func aPluralPossessiveApostropheMakesNoClause() throws {
        #expect(try annotate("The new rules now threaten farmers' incomes.").quotes.isEmpty)
        let doc = try annotate("Sales rose 9% to $2 billion, the company said, slightly ahead of traders' forecasts. Harlow has said its design protects privacy.")
        #expect(doc.quoteSummary.map(\.text) == ["Sales rose 9% to $2 billion", "its design protects privacy"])
    }

    /// "Opponents call the levy “a slow death”" found nothing where "Opponents called the levy ..." did: the base form
    /// "call" names with a quotation after a pronoun object only. A determiner and up to three lower-case words count too.
    @Test func baseCallNamesAfterADeterminerPhrase() throws {
        let doc = try annotate("Farmers call the new levy \u{201C}a slow death\u{201D}.")
        #expect(doc.quoteSummary.map(\.kind) == ["mixed", "partial"])
        #expect(doc.quoteSummary.map(\.speaker) == ["Farmers", "Farmers"])
        #expect(try annotate("They call the plan a disaster.").quotes.isEmpty)
    }

    /// "Ryanair has warned ... The Irish carrier said" left "Irish carrier" bare: a nationality before a business noun
    /// is no name, so "the Irish carrier" names the business mentioned last, as "the budget carrier" does.
    @Test func aNationalityBeforeABusinessNounIsNoName() throws {
        let doc = try annotate("Skyvale has warned that fares could fall. The Danish carrier said bookings were 7% lower.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Skyvale", "Skyvale"])
    }

    /// "Boeing needs more engineers, officials said" found nothing: a present "-s" verb before its object was a verb only
    /// after a lower-case noun. A one-word name opening the sentence is a subject too; after a verb it is not ("the band
    /// leader called Democratic bigwigs to the stage" reports nothing).
    @Test func aPresentVerbAfterANameOpeningTheSentenceMakesAClause() throws {
        let doc = try annotate("Corvex needs more engineers, officials said.")
        #expect(doc.quoteSummary.map(\.text) == ["Corvex needs more engineers"])
        #expect(try annotate("At the picnic the band leader called Democratic bigwigs to the stage.").quotes.isEmpty)
    }

    /// "Neither side would say how much the deal was worth" reported the question as the side's speech, where "would not
    /// say how much" reports nothing: a negative subject ("neither", "no one", "nobody", "none") denies the answer too.
    @Test func aNegativeSubjectGivesNoAnswer() throws {
        #expect(try annotate("Neither club would say how much the transfer was worth.").quotes.isEmpty)
        #expect(try annotate("No official would say why the plan had failed.").quotes.isEmpty)
    }

    /// "The mayor went on television to say the road was closed" found nothing: an infinitive took its subject only from
    /// a verb right before "to" ("continued to insist"). An act done in order to speak ("took to social media to say",
    /// "used his speech to warn"), with its object or place between, lends its subject too. ("is expected to say" is a
    /// speech trailed before it is given, which its speaker's plan lends: see aSpeechTrailedBeforeItIsGivenIsItsSpeakers.)
    @Test func aPurposeInfinitiveTakesTheSubjectOfTheActBeforeIt() throws {
        let doc = try annotate("The mayor went on television to say the road was closed. The council used its report to warn that costs would rise.")
        #expect(doc.quoteSummary.map(\.speaker) == ["mayor", "council"])
        #expect(try annotate("The mayor is expected to say the road is closed.").quoteSummary.map(\.speaker) == ["mayor"])
    }

    /// "Tom Lane met Sarah Holt on Monday. He said ..." left "He" unresolved: every longer word of the first sentence is
    /// capitalised, so it was read as a headline, whose names are not read. A short lower-case word that no title leaves
    /// small ("met") makes it a sentence; "Obama Sees 'Personal Insult' if Blacks Don't Rally" stays a headline.
    @Test func aShortLowerCaseVerbMakesASentenceOfNames() throws {
        let doc = try annotate("Tom Lane met Sarah Holt on Monday. He said the talks were useful. She said they were not.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Tom Lane", "Sarah Holt"])
    }

    /// "Harlow Foods will close its plant. It said demand had fallen." found nothing: "it" speaks only for a body that
    /// spoke or a text named before. A name opening the sentence just before, which that sentence gives an "its", is a
    /// body that acts, and "It said" is its speech; a person's sentence ("Tom Hale will close his shop") gives none.
    @Test func itSpeaksForTheBodyOpeningTheSentenceBefore() throws {
        let doc = try annotate("Corvex cut its forecast on Monday. It said fares would fall. Brindle Foods will close its plant. It said demand had slowed.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Corvex", "Brindle Foods"])
        #expect(try annotate("Tom Hale will close his shop. It said demand had fallen.").quotes.isEmpty)
    }

    /// "Many teachers, in the words of one head teacher, are “...”" gave the quotation to the critics of the sentence
    /// before: "in the words of" named a source only opening its sentence. Between commas inside it, it is a source as
    /// "according to" is, and a quotation right after the source completes the front, as a predicate does.
    @Test func inTheWordsOfBetweenCommasIsASource() throws {
        let doc = try annotate("""
            Critics say the rules are too strict. Many nurses, in the words of one ward sister, are \u{201C}worn to the bone\u{201D}.
            """)
        #expect(doc.quoteSummary.map(\.speaker) == ["Critics", "one ward sister", "one ward sister", "one ward sister"])
        let plan = try annotate("The plan is, in the words of one official, \u{201C}dead in the water\u{201D}.")
        #expect(plan.quoteSummary.map(\.kind) == ["indirect", "direct"])
    }

    /// "Southwark Crown Court heard that Adrian Kemp, 52, telephoned his victims and told them ..." gave the telling to the
    /// court: a verb after "and" shares the sentence's subject. With no cue before it, a past verb joined to the past verb
    /// of a "that"-clause after the sentence's verb is that clause's subject's.
    @Test func aVerbContinuingAThatClauseTakesItsSubject() throws {
        let doc = try annotate("The jury heard that Colin Barr, 47, phoned the pensioners and told them their savings were at risk.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Colin Barr"])
    }

    /// "“Enough is enough.” With those words, the mayor ended the meeting." gave the quotation no one: "With those words,"
    /// (or "these remarks") opening the next sentence names its subject as whose words they were, as "That was the
    /// verdict of" does.
    @Test func withThoseWordsNamesTheSpeakerOfTheQuotationBefore() throws {
        let doc = try annotate("The hall fell silent. \u{201C}We will rebuild.\u{201D} With those words, Mayor Ruth Ames closed the meeting.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Ruth Ames"])
    }

    /// Regression (fuzz): "and said, Obama" trapped in `embeddedClauseSubject`: the sentence's subject found after the
    /// cue ("Obama") ends past the "and", and the "that"-clause search between them built a reversed range.
    @Test func aSubjectAfterTheAndDoesNotCrash() throws {
        let doc = try annotate("and said, Obama")
        #expect(doc.quotes.count <= 1)
    }

    /// "Boeing needs more engineers, the company said" stayed "company": the business opening the speech had to be
    /// followed by a helper or a past. A present "-s" verb before its object counts too, under the same limits
    /// ("Revenue needs more work, the company said" stays "company").
    @Test func aTrailingCompanyNamesTheBusinessBeforeAPresentVerb() throws {
        let doc = try annotate("Corvex needs more engineers, the company said. Shares in Corvex rose.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Corvex"])
        #expect(try annotate("Revenue needs more work, the company said.").quoteSummary.map(\.speaker) == ["company"])
    }

    /// "Harlow Foods apologised. A spokeswoman said ..." left "spokeswoman" bare: a spokesperson named by role alone spoke
    /// for an organisation only if it had spoken. The body opening the sentence before counts too, as for "It said";
    /// a person's sentence ("Tom Hale apologised") gives none.
    @Test func aBareSpokespersonSpeaksForTheBodyOpeningTheSentenceBefore() throws {
        let doc = try annotate("Brindle Foods apologised on Monday. A spokeswoman said the firm had fallen short.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Brindle Foods"])
        #expect(try annotate("Tom Hale apologised. A spokesman said he had fallen short.").quoteSummary.map(\.speaker) == ["spokesman"])
    }

    /// Regression (fuzz): "In the words of , ..." with no source before the comma trapped in `resolveSpeakers`: the
    /// source was an empty range, and the spokesperson search over it built a reversed one. No source, no cue.
    @Test func inTheWordsOfWithNoSourceDoesNotCrash() throws {
        let doc = try annotate("In the words of , the company said. In the words of , Q: Lee")
        #expect(doc.quotes.allSatisfy { $0.cue?.lemma != "according to" })
    }

    /// Regression (fuzz): a cue that is the last token of a text after a comma (",y advise") trapped in `closesClause`,
    /// whose search for a comma after the cue built a reversed range.
    @Test func aCueClosingTheTextAfterACommaDoesNotCrash() throws {
        #expect(try annotate(",y advise").quotes.count <= 1)
        #expect(try annotate(",\u{D7FF} report").quotes.count <= 1)
    }

    /// "Neither side said the deal was fair" was reported as the side's statement: a subject no one is in
    /// ("Neither side", "No one", "None of the officials", "Nobody") negates the cue as "did not say" does.
    /// "No 10" is Downing Street, not a negation.
    @Test func aNegativeSubjectNegatesTheCue() throws {
        for text in ["Neither side said the deal was fair.", "No one said the plan would work.",
                     "None of the officials said the bridge was safe.", "Nobody said the ferry would close."] {
            #expect(try annotate(text).quotes.map { $0.cue?.negated } == [true], "\(text)")
        }
        #expect(try annotate("No 10 said the prime minister had confidence in her.").quotes.allSatisfy { $0.cue?.negated == false })
        #expect(try annotate("Officials said no one was hurt.").quotes.map { $0.cue?.negated } == [false])
    }

    /// "“I'm sorry,” was all she said." found no quote: the quotation opening the sentence is all that the subject
    /// after "was all" (or "is all", "was what") said, its direct quote.
    @Test func aQuotationThatWasAllSomeoneSaidIsTheirs() throws {
        let doc = try annotate("Ruth Ames left the hall without a word to reporters. \u{201C}I'm sorry,\u{201D} was all she said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Ruth Ames"])
        #expect(doc.quotes.map(\.kind) == [.direct])
        let brief = try annotate("Tom Hale stopped at the door. \u{201C}No comment\u{201D} is all he would say.")
        #expect(brief.quoteSummary.map(\.speaker) == ["Tom Hale"])
        #expect(brief.quotes.map { $0.cue?.lemma } == ["say"])
        #expect(try annotate("\u{201C}Fine,\u{201D} was all.").quotes.isEmpty)
        // (Words after the verb to the end; a trailing speaker of the whole keeps it.)
        #expect(try annotate("Tom Hale stopped. \u{201C}Fine,\u{201D} was all he would say to reporters on Monday.").quoteSummary.map(\.speaker) == ["Tom Hale"])
        #expect(try annotate("\u{201C}Thank you\u{201D} is all we ask, the mayor said.").quoteSummary.map(\.speaker) == ["mayor", "mayor"])
    }

    /// "Channel 4 said ..." and "No 10 said ..." found no quote: a subject ending in a number was no subject. A short
    /// number after a capitalised word closes a name ("Channel 4", "Formula 1"); "No 10" and "Number 10" are one, and
    /// "No" before a number negates nothing.
    @Test func aNameEndingInANumberSpeaks() throws {
        let channel = try annotate("Channel 4 said the programme would air as planned.")
        #expect(channel.quoteSummary.map(\.speaker) == ["Channel 4"])
        let no10 = try annotate("No 10 said the prime minister had full confidence in the chancellor.")
        #expect(no10.quoteSummary.map(\.speaker) == ["No 10"])
        #expect(no10.quotes.map { $0.cue?.negated } == [false])
        #expect(try annotate("In 2020 Smith said the plan would work.").quoteSummary.map(\.speaker) == ["Smith"])
    }

    /// "Asked about the delay, a spokesman for the council said it was “working hard”." found nothing: a participle
    /// opening the sentence was no leading phrase, so a subject with a preposition after its comma was taken only when
    /// the speech was a few plain words. A participle and the lower-case word after it open a leading phrase, as a
    /// preposition does.
    @Test func aLeadingParticipleClauseLeavesTheSubjectAfterItsComma() throws {
        let quoted = try annotate("Asked about the delay, a spokesman for the council said it was \u{201C}working hard\u{201D}.")
        #expect(quoted.quoteSummary.map(\.speaker) == ["spokesman for the council", "spokesman for the council"])
        let long = try annotate("Pressed on the delay, an official at the council said the contractor had run out of steel for the bridge.")
        #expect(long.quoteSummary.map(\.speaker) == ["official at the council"])
    }

    /// "“It's a disgrace,” the mother of three said." found nothing: a subject ending in "of" and a number word was no
    /// subject. A relation noun with the number of its children ("mother of three", "a father of two") is one person.
    @Test func aParentOfSoManySpeaks() throws {
        let quoted = try annotate("\u{201C}It's a disgrace,\u{201D} the mother of three said.")
        #expect(quoted.quoteSummary.map(\.speaker) == ["mother of three"])
        let told = try annotate("A father of two said the school had failed his son.")
        #expect(told.quoteSummary.map(\.speaker) == ["father of two"])
    }

    /// "“We'll see,” he shrugged." found no speaker: a gesture or expression right after a quotation ("shrugged",
    /// "smiled", "grinned", "chuckled") attributes it as "laughed" does. Elsewhere the verb is no cue: "He shrugged off
    /// the criticism" reports no speech.
    @Test func aGestureAfterAQuotationAttributesIt() throws {
        for verb in ["shrugged", "smiled", "grinned", "chuckled"] {
            let doc = try annotate("Mark Dunn was asked about the vote. \u{201C}We'll see,\u{201D} he \(verb).")
            #expect(doc.quoteSummary.map(\.speaker) == ["Mark Dunn"], "\(verb)")
            #expect(doc.quotes.map { $0.cue?.framing } == ["emotive_manner"], "\(verb)")
        }
        #expect(try annotate("He shrugged off the criticism and smiled at the crowd.").quotes.isEmpty)
    }

    /// "“It will air,” a Channel 4 spokesman said." gave the speaker "spokesman": a name ending in a short number
    /// ("Channel 4", "Formula 1") was no modifier of the noun after it, so the phrase lost its organisation.
    @Test func aNameEndingInANumberModifiesTheSpeaker() throws {
        let doc = try annotate("\u{201C}The programme will air as planned,\u{201D} a Channel 4 spokesman said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Channel 4 spokesman"])
        let told = try annotate("A Formula 1 spokeswoman told reporters the race would go ahead.")
        #expect(told.quoteSummary.map(\.speaker) == ["Formula 1 spokeswoman"])
        #expect(try annotate("On September 11 officials said the bridge was safe.").quoteSummary.map(\.speaker) == ["officials"])
        #expect(try annotate("In Game 7 officials said the ice was fine.").quoteSummary.map(\.speaker) == ["officials"])
    }

    /// "A spokesperson for Harbour Ferries welcomed the vote. “...,” they said." left "they" unresolved: the singular
    /// "they" named a spokesperson only when one had spoken. A spokesperson opening the sentence before as its subject
    /// is who "they" are, spoken through or not.
    @Test func aSingularTheyAfterASpokespersonWhoActed() throws {
        let doc = try annotate("A spokesperson for Harbour Ferries welcomed the vote. \u{201C}Reliable crossings are what passengers ask for,\u{201D} they said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["spokesperson for Harbour Ferries"])
        let airline = try annotate("A spokesman for the airline declined to give figures. \u{201C}We are reviewing the schedule,\u{201D} they said.")
        #expect(airline.quoteSummary.map(\.speaker) == ["spokesman for the airline"])
        let group = try annotate("Residents packed the hall on Monday. \u{201C}We will not give up,\u{201D} they said.")
        #expect(group.quoteSummary.map(\.speaker) == ["Residents"])
    }

    /// "Streamly said it would appeal. In English, the company said ..." gave the company's words to "English": the one
    /// capitalised word named last was taken for a business's name. A language or a people ("English", "French",
    /// "Japanese") names no business.
    @Test func aLanguageIsNoBusiness() throws {
        let doc = try annotate("Streamly said it would appeal. In English, the company said the ruling was flawed.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Streamly", "Streamly"])
        let french = try annotate("Veltrane said it would appeal. In French, the company said the ruling was unfair.")
        #expect(french.quoteSummary.map(\.speaker) == ["Veltrane", "Veltrane"])
    }

    /// "“We will not back down,” says nurses' leader" gave the speaker "nurses": a plural possessive ended the phrase
    /// after an inverted verb. The noun it owns heads the phrase, as before the verb ("the teachers' union said").
    @Test func anInvertedSpeakerPastAPluralPossessive() throws {
        let doc = try annotate("\u{201C}We will not back down,\u{201D} says nurses' leader Joan Mackie.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Joan Mackie"])
        let bare = try annotate("\u{201C}We will not back down,\u{201D} said the teachers' leader.")
        #expect(bare.quoteSummary.map(\.speaker) == ["teachers' leader"])
        let headline = try annotate("'We will not back down,' says striking nurses' leader")
        #expect(headline.quoteSummary.map(\.speaker) == ["striking nurses' leader"])
    }

    /// An unlabelled interview's last answer ran on over the writer's next paragraph ("Her publisher, Harlan Press, said
    /// the novel had sold 40,000 copies."), which became the interviewee's words. A paragraph after the answer's first
    /// that reports speech ("said", "says", "told") with no first person outside quotation marks is the writer's again.
    @Test func anInterviewAnswerEndsWhereTheWriterReportsAgain() throws {
        let text = """
        Interview: the author who wrote a novel in a lighthouse

        Elena Marsh spent a winter alone on a rock. We spoke to her about solitude and storms.

        Why a lighthouse?

        I wanted somewhere I couldn't escape from.

        Were you lonely?

        Terribly, at first. Then you stop noticing.

        What will you write next?

        A book about a city. I think I've had enough of the sea.

        Her publisher, Harlan Press, said the novel had already sold 40,000 copies. \u{201C}Readers found something we didn't expect,\u{201D} said editor Ruth Okafor.
        """
        let doc = try annotate(text)
        let answers = doc.quoteSummary.filter { $0.speaker == "Elena Marsh" }.map(\.text)
        #expect(answers == ["I wanted somewhere I couldn't escape from.", "Terribly, at first. Then you stop noticing.",
                            "A book about a city. I think I've had enough of the sea."])
        #expect(doc.quoteSummary.map(\.speaker).contains("Harlan Press"))
        // (A long question that reports someone's words and asks "you" is the interviewer's; the answer goes on after it.)
        let long = """
        Interview: the baker who opened at midnight

        Tom Hale runs the only all-night bakery in Wexley. We asked him about sleep.

        Why open at midnight?

        Because nobody else does.

        A rival baker, Ruth Ames, said last year that night shifts would ruin him. Do you think she was wrong? Did you ever doubt it?

        I doubted it every night for a month.

        What sells best?

        Rye bread. We sell out by two.

        Do you sleep at all?

        Not much, but I never did.
        """
        let answered = try annotate(long).quoteSummary.filter { $0.speaker == "Tom Hale" }.map(\.text)
        #expect(answered == ["Because nobody else does.", "I doubted it every night for a month.", "Rye bread. We sell out by two.", "Not much, but I never did."])
    }

    /// "Every writer says they want peace, but what they really want is no excuses." reported 'is no excuses' as what
    /// "they" want: "what" and a cue opening a clause after a conjunction or a comma make a free relative, the subject
    /// of "is", as at a sentence's start. After a preposition it still reports: "amounting to what the senators said
    /// was gerrymandering".
    @Test func aFreeRelativeAfterAConjunctionReportsNothing() throws {
        let doc = try annotate("Every writer says they want peace, but what they really want is no excuses.")
        #expect(doc.quoteSummary.map(\.text) == ["they want peace"])
        let comma = try annotate("The plan is popular, and what voters said was clear.")
        #expect(comma.quotes.isEmpty)
    }

    /// "What the minister told parliament was misleading." reported 'parliament was misleading' as the minister's: a
    /// free relative opening its clause is the subject of the "was" after the listener of "told".
    @Test func aFreeRelativeWithAListenerReportsNothing() throws {
        #expect(try annotate("What the minister told parliament was misleading.").quotes.isEmpty)
        #expect(try annotate("What he told me is none of your business.").quotes.isEmpty)
        #expect(try annotate("Nobody asked what the minister told parliament.").quoteSummary.map(\.speaker) != ["minister"])
    }

    /// "Water UK said ... A spokesperson added: “...”" left the spokesperson bare: "Water UK" was taken for a person, so
    /// no body spoke before. A name of two words or more closed by a scope word ("UK", "International", "Global") is a
    /// body's.
    @Test func aNameClosedByAScopeWordIsABody() throws {
        let doc = try annotate("Water UK said its members were investing. A spokesperson added: \u{201C}It will take time.\u{201D}")
        #expect(doc.quoteSummary.map(\.speaker) == ["Water UK", "Water UK"])
        #expect(doc.entities.first?.kind == .organization)
        let amnesty = try annotate("Harbour Watch International said the port was unsafe.")
        #expect(amnesty.entities.first?.kind == .organization)
    }

    /// "Commuters at Waterloo station on Monday morning had mixed views. One said ..." gave the speaker "One" as a
    /// name: with no group found before, "one" or "another" alone became a person called "One". It is an unresolved
    /// "one", as a pronoun with no antecedent is.
    @Test func aLoneOneWithNoGroupIsNoName() throws {
        let doc = try annotate("Commuters at Waterloo station on Monday morning had mixed views. One said she supported the workers. Another said: \u{201C}I just want my train.\u{201D}")
        #expect(doc.quotes.map { $0.speaker?.name } == ["one", "another"])
        #expect(doc.quotes.map { $0.speaker?.resolution } == [.unresolved, .unresolved])
        #expect(doc.entities.map(\.name) == ["Waterloo"])
    }

    /// "Every sample contained plastic, according to the study, published in the journal Polar Letters." reported
    /// 'published in the journal Polar Letters' as a second part of the study's report: a participle of publication
    /// after the source says where the source appeared, with or without a time.
    @Test func aPublicationParticipleAfterTheSourceIsAboutIt() throws {
        let doc = try annotate("Every sample contained plastic particles, according to the study, published in the journal Polar Letters.")
        #expect(doc.quoteSummary.map(\.text) == ["Every sample contained plastic particles"])
        // (A clause split by the source keeps its predicate: "Some 40 people, according to the Red Cross, died".)
        let split = try annotate("Some 40 people, according to the Red Cross, died in the floods.")
        #expect(split.quoteSummary.map(\.text) == ["Some 40 people", "died in the floods"])
    }

    /// "The prosecutor's office said it would appeal. It said the charges were serious." gave the second report to
    /// "prosecutor", the office's possessor: the role opening the sentence before was read as the topic for "it" as
    /// for "he". A role names a person, never "it".
    @Test func anInanimateItIsNoRole() throws {
        let doc = try annotate("The prosecutor's office said it would appeal. It said the charges were serious.")
        #expect(doc.quoteSummary.map(\.speaker) == ["prosecutor's office", "prosecutor's office"])
        let statement = try annotate("The prosecutor's office said it would appeal. In a brief statement, it said the charges were serious.")
        #expect(statement.quoteSummary.map(\.speaker) == ["prosecutor's office", "prosecutor's office"])
    }

    /// "Channel 4 News said the report was accurate." gave the speaker "News": a name's number between capitalised words
    /// ended the run. A short number after a capitalised word and before another is inside the name.
    @Test func aNumberInsideANameKeepsTheRun() throws {
        let doc = try annotate("Channel 4 News said the report was accurate.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Channel 4 News"])
        #expect(try annotate("On June 4 Smith said the plan would work.").quoteSummary.map(\.speaker) == ["Smith"])
        #expect(try annotate("The 29 New Yorkers hurt in the blast were treated in hospital.").entities.map(\.name) == ["New Yorkers"])
    }

    /// "Karen and Phil Dawson ... “...,” Mrs Dawson said" gave the speaker "Dawson": the first name before "and" was a
    /// name of its own, so no woman was named Dawson. A first name joined by "and" to a first name and a surname shares
    /// the surname: "Karen Dawson" and "Phil Dawson", and the title's gender picks between them.
    @Test func aCoupleSharesTheSurname() throws {
        let doc = try annotate("Karen and Phil Dawson had been due to fly to Malaga. \u{201C}We only found out at 5am,\u{201D} Mrs Dawson said. \u{201C}The kids are upset,\u{201D} Mr Dawson added.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Karen Dawson", "Phil Dawson"])
        // (Two people with names of their own stay apart: "Ruth and Tom Hale" only when the second has the surname.)
        let two = try annotate("Ruth Ames and Tom Hale met on Monday. \u{201C}It went well,\u{201D} Ames said.")
        #expect(two.quoteSummary.map(\.speaker) == ["Ruth Ames"])
    }

    /// "Not everyone agrees that the plan will work." reported everyone agreeing: "not" before "everyone", "all" or
    /// "every" makes a subject no one speaks for as a whole, so the cue is negated, as after "No one".
    @Test func notEveryoneNegatesTheCue() throws {
        for text in ["Not everyone agrees that the plan will work.", "Not all experts agree that the plan will work.",
                     "But not everybody says the bridge is safe."] {
            #expect(try annotate(text).quotes.map { $0.cue?.negated } == [true], "\(text)")
        }
        #expect(try annotate("Everyone agrees that the plan will work.").quotes.map { $0.cue?.negated } == [false])
    }

    /// "The developer, Crestline Homes, argues ... In a statement, the firm said ..." left "firm" a description: a name
    /// in apposition to "the" and a business noun ("the developer", "the company", "the lender") is a business's, so
    /// "the firm" names it later.
    @Test func aNameAfterABusinessNounIsABusiness() throws {
        let doc = try annotate("The developer, Crestline Homes, argues the scheme will help. In a statement, the firm said it had listened to residents.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Crestline Homes", "Crestline Homes"])
        #expect(doc.entities.first?.kind == .organization)
    }

    /// "Her daughter, Ann Webb, said ... Born in Leeds, Webb trained as a nurse and, as she later put it, “...”" gave the
    /// words to the daughter, the last speaker: a sentence opening with a participle's phrase names its subject after
    /// the comma, and that subject, before the pronoun, is who "she" is.
    @Test func aSubjectAfterAnOpeningParticipleIsThePronoun() throws {
        let doc = try annotate("Rose Webb has died aged 90. Her daughter, Ann Carter, said she had been ill. Born in Leeds in 1934, Webb trained as a nurse with, as she later put it, \u{201C}one coat and no fear.\u{201D}")
        #expect(doc.quoteSummary.map(\.speaker) == ["Ann Carter", "Rose Webb"])
        // (A pronoun opening the main clause names no one new: "Asked whether Brandt should resign, he said".)
        let asked = try annotate("Tom Hale said the vote was close. Asked whether Ben Brandt should resign, he said \u{201C}not yet.\u{201D}")
        #expect(asked.quoteSummary.map(\.speaker) == ["Tom Hale", "Tom Hale"])
    }

    /// "Brightline has burned through $2bn. In a filing last month, it warned that ..." gave the warning to "filing": a
    /// text opening the sentence after "in" is where the body spoke, not who, so "it" is the body opening the sentence
    /// before.
    @Test func aVenueOpeningTheSentenceIsNotTheSpeaker() throws {
        let doc = try annotate("Brightline Motors makes vans. Brightline has burned through $2bn since 2021. In a filing last month, it warned that it might need to raise more money.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Brightline Motors"])
        // (A text named in the sentence before still speaks: "The study was small. It found that ...".)
        let study = try annotate("The study was small. It found that sleep improved.")
        #expect(study.quoteSummary.map(\.speaker) == ["study"])
    }

    /// "A drone struck fuel tanks overnight, officials said on Thursday, hours after talks in Geneva ended." reported
    /// "hours after talks in Geneva ended": a time and a subordinator after the cue's comma say when it was said, so
    /// the speech is the clause before.
    @Test func aTimeAfterTheCueIsNotTheSpeech() throws {
        for text in ["A drone struck fuel tanks overnight, officials said on Thursday, hours after talks in Geneva ended.",
                     "A drone struck fuel tanks overnight, officials said, a day after the talks collapsed."] {
            #expect(try annotate(text).quoteSummary.map(\.text) == ["A drone struck fuel tanks overnight"], "\(text)")
        }
        // (Speech introduced by "that" after the time is still the speech.)
        let that = try annotate("The ministry said on Friday, hours after the strike ended, that the port would reopen.")
        #expect(that.quoteSummary.map(\.text) == ["the port would reopen"])
    }

    /// "A retired officer, who did not want to be named, says searching “should be a funded service, not a hobby.”" cut the
    /// speech at ", not a hobby", as if the cue were inside the relative clause ("The board, which said the pier was
    /// unsafe, closed it"). A cue right after the comma that closes the relative clause is the sentence's own verb.
    @Test func aCueAfterAClosedRelativeClauseKeepsItsSpeech() throws {
        let doc = try annotate("A retired officer, who did not want to be named, says searching should be a funded service, not a hobby.")
        #expect(doc.quoteSummary.map(\.text) == ["searching should be a funded service, not a hobby"])
        let board = try annotate("The harbour board, which said the pier was unsafe, closed it on Monday.")
        #expect(board.quoteSummary.map(\.text) == ["the pier was unsafe"])
    }

    /// "Dev Sharma's phone buzzes. ... “Ditches first,” he tells them." left "he" unresolved: "Dev" was no first name the
    /// list knew, so a possessive name was no person. Common given names from more languages are in the list.
    @Test func moreGivenNamesMakePeople() throws {
        let doc = try annotate("At 2am Dev Sharma's phone buzzes. \u{201C}Ditches first,\u{201D} he tells them.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Dev Sharma"])
    }

    /// "Her comments came after 40 Labour MPs signed a letter calling for a freeze." gave the call to "Her comments": the
    /// issuer of a text is the subject of the verb that issued it, here the one after "after", not the sentence's.
    @Test func aTextsIssuerIsItsVerbsOwnSubject() throws {
        let doc = try annotate("Her comments came after 40 Labour MPs signed a letter calling for a freeze.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Labour MPs"])
        #expect(try annotate("The union issued a statement calling for a freeze.").quoteSummary.map(\.speaker) == ["union"])
    }

    /// "Officials said the bill was dead. Another said it was over." found no second report: after "another" a past form
    /// was read as a noun ("another claim"). Standing alone at the start of a clause, "another" is the subject.
    @Test func anotherAloneIsASubject() throws {
        let doc = try annotate("Officials said the bill was dead. Another said it was over.")
        #expect(doc.quoteSummary.map(\.text) == ["the bill was dead", "it was over"])
        #expect(doc.quoteSummary.map(\.speaker) == ["Officials", "another of officials"])
        // (A noun after it is still a noun: "another claim" is no verb.)
        #expect(try annotate("Officials said the bill was dead. Another claim was that it was over.").quoteSummary.count == 1)
    }

    /// "“...,” wrote one user on X. Another posted a photo with the caption: “Value for money.”" left "another"
    /// unresolved: after "one user" spoke, "another" alone is another user.
    @Test func anotherAfterOneNamesTheSameKind() throws {
        let doc = try annotate("\u{201C}Paying \u{00A3}5,000 to stand,\u{201D} wrote one user on X. Another wrote: \u{201C}Value for money.\u{201D}")
        #expect(doc.quoteSummary.map(\.speaker) == ["one user", "another user"])
    }

    /// "Tory MPs said the bill was dead. One said it was over." left "one" unresolved: a name closed by a plural of
    /// people ("MPs", "Democrats") names a group, so "one" is one of them.
    @Test func aNameClosedByAPluralOfPeopleIsAGroup() throws {
        let doc = try annotate("Tory MPs said the bill was dead. One said it was over.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Tory MPs", "one of Tory MPs"])
        // (Not a body's name: "Global Media said ... One said" stays unresolved.)
        #expect(try annotate("Global Media said the bill was dead. One said it was over.").quoteSummary.map(\.speaker) == ["Global Media", "one"])
    }

    /// "Lofgren said afterward that Democrats would offer an alternative." reported "afterward that ...": the American
    /// spelling of "afterwards" is an adverb of when it was said too.
    @Test func afterwardIsNoPartOfTheSpeech() throws {
        #expect(try annotate("Lofgren said afterward that Democrats would offer an alternative.").quoteSummary.map(\.text)
            == ["Democrats would offer an alternative"])
    }

    /// "A Western diplomat said ... The diplomat added ..." made "diplomat" a second speaker: a person described with "a" who
    /// spoke in the sentences just before is who "the" and the same noun name.
    @Test func theSameNounNamesTheDescribedSpeaker() throws {
        let doc = try annotate("A Western diplomat said the talks had stalled. The diplomat added that no date was set.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Western diplomat", "Western diplomat"])
        let person = try annotate("According to a person familiar with the talks, leaders discussed aid. The person said no decision had been made.")
        #expect(person.quoteSummary.map(\.speaker) == ["person familiar with the talks", "person familiar with the talks"])
        // (Not a plural group's: "Officials said ... The official said" is one of no group's.)
        let officials = try annotate("Officials said the talks had stalled. The official said no date was set.")
        #expect(officials.quoteSummary.map(\.speaker) == ["Officials", "official"])
        // (The noun must head the description: "campaign aides" are no "campaign".)
        let aides = try annotate("Campaign aides said the plan was sound. The campaign later acknowledged that it had failed.")
        #expect(aides.quoteSummary.map(\.speaker) == ["Campaign aides", "campaign"])
    }

    /// "Parcelway said drivers had been given extra water and told to take breaks “whenever they need to.”" made "told" a
    /// second cue of Parcelway's and cut the speech before it: "told" with no listener before "to" and a verb is a
    /// passive ("were told to leave"), its helper left out after "and", so it is part of the speech.
    @Test func toldToWithoutAListenerIsPassive() throws {
        let doc = try annotate("Parcelway said drivers had been given extra water and told to take breaks \u{201C}whenever they need to.\u{201D}")
        #expect(doc.quoteSummary.map(\.text) == ["drivers had been given extra water and told to take breaks \u{201C}whenever they need to.\u{201D}",
                                                 "\u{201C}whenever they need to.\u{201D}"])
        // (With a listener it is the speaker's: "She told staff that they should take breaks.")
        #expect(try annotate("She told staff that they should take breaks.").quoteSummary.map(\.text) == ["they should take breaks"])
    }

    /// "She was told by a senior civil servant that there was no money left." found no speech: a passive telling verb with
    /// its agent after "by" and a clause after "that" reports the agent's words to the subject.
    @Test func aPassiveTellingNamesItsAgent() throws {
        let doc = try annotate("She was told by a senior civil servant that there was no money left.")
        #expect(doc.quoteSummary.map(\.text) == ["there was no money left"])
        #expect(doc.quoteSummary.map(\.speaker) == ["senior civil servant"])
        // (Without an agent the passive still reports no one: "He was told that the plan had failed.")
        #expect(try annotate("He was told that the plan had failed.").quoteSummary.isEmpty)
    }

    /// "A fundraising page set up by friends has raised £8,000. “He'd be so embarrassed,” wrote one." left "one"
    /// unresolved: with no plural subject or group speaking before, the people a plural group noun in the sentence
    /// before names are whom "one" is one of.
    @Test func oneOfTheGroupNamedInTheSentenceBefore() throws {
        let doc = try annotate("A fundraising page set up by friends has raised \u{00A3}8,000. \u{201C}He'd be so embarrassed,\u{201D} wrote one.")
        #expect(doc.quoteSummary.map(\.speaker) == ["one of friends"])
        // (Not a word inside a quotation: a banner reading “power to voters” names no one.)
        let quoted = try annotate("The banner read \u{201C}Voters first\u{201D}. \u{201C}It went well,\u{201D} said one.")
        #expect(quoted.quoteSummary.last?.speaker == "one")
    }

    /// "Streamflix will raise the price of its plan, the company said. The company said in a letter that ..." gave the
    /// second report to "company": the one-word name had been made an organisation when it first spoke, and only names
    /// not yet known as bodies were asked for. A one-word organisation that spoke just before is "the company" too.
    @Test func theCompanyAgainNamesTheOneWordBodyThatSpoke() throws {
        let doc = try annotate("Streamflix will raise the price of its plan, the company said on Tuesday. The company said in a letter that revenue would rise.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Streamflix", "Streamflix"])
    }

    /// "Four-day week trial a resounding success, says report" found nothing: "report" closing a headline after "says"
    /// was read as a second reporting verb, though the headline role nouns list it. A role noun that is also a verb is
    /// the headline's bare speaker.
    @Test func aHeadlineSaysReport() throws {
        let doc = try annotate("Four-day week trial a resounding success, says report\n\nCompanies kept the shorter week.")
        #expect(doc.quoteSummary.map(\.text) == ["Four-day week trial a resounding success"])
        #expect(doc.quoteSummary.map(\.speaker) == ["report"])
    }

    /// "“...,” says Maureen. Joan is quieter. She remembers the night the projector caught fire. “...,” she says." gave the
    /// second quotation to Maureen: the sentence before it opens with "she", which carries Joan on as the topic, but its
    /// subject was read as "the projector", the subject of the first verb the reader knew.
    @Test func anOpeningPronounCarriesTheTopicOn() throws {
        let doc = try annotate("Maureen Pryce and Joan Pryce run the Regal. \u{201C}People say we should retire,\u{201D} says Maureen. Joan is quieter. She remembers the night the projector caught fire. \u{201C}I put it out with my cardigan,\u{201D} she says.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Maureen Pryce", "Joan Pryce"])
    }

    /// "The family of a 17-year-old boy who died in a crash on the A38 have described him as “...”" gave the words to
    /// "A38", and without "on the A38" found no quote: the phrase before "who" was read as a preposition's object
    /// only when every word of it was a word, and an age is a number. An age is a modifier there too.
    @Test func anAgeInsideThePhraseBeforeWho() throws {
        let doc = try annotate("The family of a 17-year-old boy who died in a crash on the A38 have described him as \u{201C}the kindest lad.\u{201D}")
        #expect(doc.quoteSummary.map(\.speaker) == ["family of a 17-year-old boy"])
        let said = try annotate("The family of a 17-year-old boy who died said he was kind.")
        #expect(said.quoteSummary.map(\.speaker) == ["family of a 17-year-old boy"])
    }

    /// "Ice is melting faster than predicted, scientists said in a study published on Wednesday." reported "in a study
    /// published on Wednesday": the text a finding came in, with a participle about where it appeared, was a venue
    /// only for a statement, letter or report, not for a study, survey, article, paper or research.
    @Test func aStudyPublishedAfterTheCueIsWhereItWasSaid() throws {
        for venue in ["a study", "a new survey", "an article", "a paper", "research"] {
            let doc = try annotate("Ice is melting faster than predicted, scientists said in \(venue) published on Wednesday.")
            #expect(doc.quoteSummary.map(\.text) == ["Ice is melting faster than predicted"], "\(venue)")
        }
    }

    /// "Thames Water has been fined £10m for missing leakage targets. The company said it was sorry." left "company" bare:
    /// "the company" named only an organisation, or a one-word name; a name of two words opening the sentence before, of
    /// no kind yet, was never asked. A business noun names the body whose name opens a recent sentence as its subject,
    /// passing over one the noun does not fit ("The Environment Agency said ...").
    @Test func theCompanyNamesTheBodyOpeningARecentSentence() throws {
        let fined = try annotate("Thames Water has been fined \u{00A3}10m for missing leakage targets. The company said it was sorry.")
        #expect(fined.quoteSummary.map(\.speaker) == ["Thames Water"])
        let agency = try annotate("Harrow Water will pay \u{00A3}4m after sewage spills. The Environment Agency said the firm had failed to report them. \u{201C}It was a choice,\u{201D} said Mark Ellery. The company said it accepted the penalty.")
        #expect(agency.quoteSummary.map(\.speaker) == ["Environment Agency", "Mark Ellery", "Harrow Water"])
        // (A train operator and a service provider are trades too.)
        let trains = try annotate("Southern Rail cancelled 200 trains on Monday. The operator said staff shortages were to blame.")
        #expect(trains.quoteSummary.map(\.speaker) == ["Southern Rail"])
    }

    /// "Marks & Spencer reported a rise in profits. The retailer said ..." left "retailer" bare: the name was made a
    /// person, whom no business noun names. No person's name holds an ampersand; a name joined by one is a body's.
    @Test func aNameJoinedByAnAmpersandIsABody() throws {
        let doc = try annotate("Marks & Spencer reported a rise in profits on Wednesday. The retailer said food sales were strong.")
        #expect(doc.entities.first?.kind == .organization)
        #expect(doc.quoteSummary.map(\.speaker) == ["Marks & Spencer"])
    }

    /// "Laura Finch said the driver would be found. The man's partner said he was lucky to be alive. She said ..." gave
    /// the last words to Laura Finch: a partner, of no gender, was described as no person at all, so "she" passed over
    /// her. A relation noun heads a description of a person, as a role or "passenger" does.
    @Test func aRelationOfNoGenderIsAPersonAPronounCanName() throws {
        let doc = try annotate("Laura Finch said the driver would be found. The man's partner said he was lucky to be alive. She said he had been riding home from work.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Laura Finch", "man's partner", "man's partner"])
    }

    /// "Primark opened its biggest store in Birmingham on Saturday. The retailer said ..." gave the words to Birmingham:
    /// a business noun named the one-word name mentioned last, and a place after "in" is mentioned after the subject.
    /// When the sentence naming it opens with a one-word name and its verb, that subject is the business.
    @Test func theRetailerIsTheSubjectNotThePlace() throws {
        let store = try annotate("Primark opened its biggest store in Birmingham on Saturday. The retailer said the shop would create 400 jobs.")
        #expect(store.quoteSummary.map(\.speaker) == ["Primark"])
        let plant = try annotate("Nissan will build a new battery plant in Sunderland. The carmaker said the plant would open in 2027.")
        #expect(plant.quoteSummary.map(\.speaker) == ["Nissan"])
        let flights = try annotate("Ryanair cancelled 40 flights to Spain. The airline said strikes were to blame.")
        #expect(flights.quoteSummary.map(\.speaker) == ["Ryanair"])
        // (A name inside a phrase opening the sentence is no subject: "Shares in Aviva fell ...".)
        let shares = try annotate("Shares in Aviva fell 5% on Monday. The insurer said claims had risen.")
        #expect(shares.quoteSummary.map(\.speaker) == ["Aviva"])
    }

    /// "Aldi plans to open 35 stores. The German discounter said ..." left "German discounter" bare: a discounter is a
    /// trade, as a retailer or a grocer is.
    @Test func aDiscounterIsATrade() throws {
        let doc = try annotate("Aldi plans to open 35 stores in Britain this year. The German discounter said it was hiring 1,000 staff.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Aldi", "Aldi"])
    }

    /// "according to a report by the charity Save the Children. It found ..." gave the report to "Children": a name
    /// holding "the" was cut there. After a body's noun, a capitalised word, "the" and a capitalised run are one name.
    @Test func aCharityNamedWithTheInside() throws {
        let doc = try annotate("Child poverty has risen, according to a report by the charity Save the Children. It found that 4.3 million children were poor.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Save the Children", "Save the Children"])
        #expect(doc.entities.first(where: { $0.name == "Save the Children" })?.kind == .organization)
    }

    /// "“...,” said Labour's deputy leader, Ann Coyle." found no speaker, and the paragraph's last group took the
    /// words: a possessive name's role was kept only when it was a group's noun ("spokesperson"), not a title.
    @Test func saidAPossessiveNamesTitledPerson() throws {
        let doc = try annotate("Opposition parties said the resignation was overdue. \u{201C}This is a government that thinks the rules are for other people,\u{201D} said Labour's deputy leader, Ann Coyle.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Opposition parties", "Ann Coyle"])
    }

    /// "The Information Commissioner's Office has fined Dataline £2.1m. The watchdog said ..." left "watchdog" bare: a
    /// regulator's noun was no body's noun. "The regulator" and "the watchdog" name the public body named last.
    @Test func theWatchdogNamesThePublicBodyNamedLast() throws {
        let fine = try annotate("The Information Commissioner's Office has fined software company Dataline \u{00A3}2.1m. The watchdog said hackers had been able to access bank details.")
        #expect(fine.quoteSummary.map(\.speaker) == ["Information Commissioner's Office"])
        let authority = try annotate("The Financial Conduct Authority banned two traders on Monday. The regulator said they had misled clients.")
        #expect(authority.quoteSummary.map(\.speaker) == ["Financial Conduct Authority"])
        // (A utility is no regulator: "Harrow Water will pay £4m, the regulator said" leaves "regulator" to the body named later.)
        let utility = try annotate("Harrow Water will pay \u{00A3}4m after sewage spills, the regulator said on Tuesday.")
        #expect(utility.quoteSummary.map(\.speaker) == ["regulator"])
        // (A person's possessive before a body's noun stays the person's: "Tim Kaine's Senate".)
        let kaine = try annotate("Tim Kaine's Senate office said he would vote against the bill.")
        #expect(kaine.entities.map(\.name).contains("Tim Kaine"))
        let hospital = try annotate("Margaret Quinn was taken to St Anne's Hospital in March.")
        #expect(hospital.entities.map(\.name).contains("St Anne's Hospital"))
    }

    /// "Anna Lee said the show was dark. Kate Morley was furious. “...,” she said." gave the words to Anna Lee: "Kate" was
    /// not in the list of first names, so "she" could not name her. The list now holds 163 more common given names.
    @Test func commonFirstNamesGiveTheirGender() throws {
        let doc = try annotate("Anna Lee said the show was dark. Kate Morley was furious. \u{201C}I don't need you to confess,\u{201D} she said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Anna Lee", "Kate Morley"])
        let liam = try annotate("Tom Hale said the plan was sound. Liam Byrne disagreed. \u{201C}It will never work,\u{201D} he said.")
        #expect(liam.quoteSummary.map(\.speaker) == ["Tom Hale", "Liam Byrne"])
    }

    /// "Neighbours described hearing shouting. One said ... Another said ..." made the two neighbours one speaker, "one of
    /// neighbours"; and "Fans reacted. “...,” one wrote. Another said ..." left "another" unresolved, the fans having
    /// said nothing. "Another" is another of the group, a speaker apart, and the group of a "one of" just before is its.
    @Test func anotherIsAnotherOfTheGroup() throws {
        let neighbours = try annotate("Neighbours described hearing shouting. One said it went on for hours. Another said she called the police.")
        #expect(neighbours.quoteSummary.map(\.speaker) == ["Neighbours", "one of neighbours", "another of neighbours"])
        let fans = try annotate("Torres cancelled her tour. Fans reacted with sympathy. \u{201C}Take all the time you need,\u{201D} one wrote. Another said she had travelled from Dublin.")
        #expect(fans.quoteSummary.map(\.speaker) == ["one of fans", "another of fans"])
    }

    /// "A rail strike planned for Friday will go ahead" reported "for Friday will go ahead" as the strike's plan, and "Talks
    /// announced on Monday will begin next week" reported the talks' announcement: a past participle right after its
    /// noun, then a short phrase of time or place and the clause's own helper, describes the noun and reports nothing.
    @Test func aParticipleDescribingItsNounBeforeTheHelper() throws {
        #expect(try annotate("A rail strike planned for Friday will go ahead, the union said.").quoteSummary.map(\.speaker) == ["union"])
        #expect(try annotate("Talks announced on Monday will begin next week.").quoteSummary.isEmpty)
        #expect(try annotate("The rally planned for next month was cancelled.").quoteSummary.isEmpty)
        // (A subject after the phrase opens the reported clause: "announced on Monday the cuts would go ahead".)
        #expect(try annotate("The council announced on Monday the cuts would go ahead.").quoteSummary.map(\.text) == ["the cuts would go ahead"])
    }

    /// "Network Rail said it was disappointed. “...,” a spokesman said." left "spokesman" bare: "Network Rail" was a name
    /// of no kind, and a spokesperson speaks only for an organisation. A name closed by a public service's word (rail,
    /// water, gas, mail, airport) is a body's.
    @Test func aServiceNameIsABody() throws {
        let rail = try annotate("Network Rail said it was disappointed. \u{201C}We will run as many services as we can,\u{201D} a spokesman said.")
        #expect(rail.quoteSummary.map(\.speaker) == ["Network Rail", "Network Rail"])
        let gas = try annotate("British Gas apologised to customers on Monday. A spokesman said the fault had been fixed.")
        #expect(gas.quoteSummary.map(\.speaker) == ["British Gas"])
    }

    /// "The governor brushed aside protests from civil rights groups who say it will make voting harder" gave the words to
    /// "governor brushed aside protests from civil rights groups": "who" was taken for the phrase before the
    /// preposition, as in "donors from around the country who want". A group of people after the preposition is the one.
    @Test func whoAfterAPrepositionsGroupIsThatGroup() throws {
        let doc = try annotate("The governor brushed aside protests from civil rights groups who say it will make voting harder.")
        #expect(doc.quoteSummary.map(\.speaker) == ["civil rights groups"])
    }

    /// "Farm groups on both sides of the Atlantic urged ..." gave the words to "Atlantic", and "Teachers from across the
    /// United States said" to "United States": a place closing prepositional phrases after a plural of people is where
    /// the people are; the people speak, with the phrase.
    @Test func peopleBeforeAPlacePhraseSpeak() throws {
        let farm = try annotate("Farm groups on both sides of the Atlantic urged the negotiators to keep talking.")
        #expect(farm.quoteSummary.map(\.speaker) == ["Farm groups on both sides of the Atlantic"])
        let teachers = try annotate("Teachers from across the United States said the plan was unfair.")
        #expect(teachers.quoteSummary.map(\.speaker) == ["Teachers from across the United States"])
    }

    /// "Tenants of a block of flats in Salford said the mould was bad" gave the words to "Salford": "tenants" was no group
    /// noun, so the people before the place went unseen. Thirty common plurals of people are group nouns now.
    @Test func morePluralsOfPeopleAreGroups() throws {
        let doc = try annotate("Tenants of a block of flats in Salford said the mould was bad.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Tenants of a block of flats in Salford"])
        let they = try annotate("Tenants of a block of flats in Salford are suing their landlord over mould they say has made their children ill.")
        #expect(they.quoteSummary.map(\.speaker) == ["Tenants of a block of flats in Salford"])
    }

    /// "A letter sent to tenants said repairs would be scheduled" found no speaker: a participle phrase before the verb
    /// was read only for participles in "-ed" or "-ing", and "sent" is neither.
    @Test func anIrregularParticiplePhraseBeforeTheVerb() throws {
        let doc = try annotate("A letter sent to tenants said repairs would be scheduled.")
        #expect(doc.quoteSummary.map(\.speaker) == ["letter sent to tenants"])
        let report = try annotate("A report written for ministers warned that the scheme would fail.")
        #expect(report.quoteSummary.map(\.speaker) == ["report written for ministers"])
    }

    /// "Tom Barker, a media analyst at Hargreave Capital, said the firm risked losing customers to cheaper rivals" gave
    /// "Tom Barker, a media analyst at Hargreave Capital" as the words of "firm risked losing customers": after a
    /// determiner the inverted speaker's phrase took in the reported clause's verb. A past form right after a noun,
    /// with no preposition after it, is that clause's verb.
    @Test func aPastVerbAfterTheNounEndsAnInvertedSpeakersPhrase() throws {
        let doc = try annotate("Tom Barker, a media analyst at Hargreave Capital, said the firm risked losing customers to cheaper rivals.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Tom Barker"])
        #expect(doc.quoteSummary.map(\.text) == ["the firm risked losing customers to cheaper rivals"])
        let lost = try annotate("Tom Barker, an analyst, said the firm lost customers.")
        #expect(lost.quoteSummary.map(\.speaker) == ["Tom Barker"])
        let retired = try annotate("The money was never found, said a retired officer.")
        #expect(retired.quoteSummary.map(\.speaker) == ["retired officer"])
    }

    /// "The bomb went off without warning, said a witness" gave "said a witness" as the words of "bomb went off
    /// without": "warning" was read as a participle cue. A gerund after "without" is an act that did not happen.
    @Test func aGerundAfterWithoutReportsNothing() throws {
        let doc = try annotate("The bomb went off without warning, said a witness.")
        #expect(doc.quoteSummary.map(\.speaker) == ["witness"])
        #expect(doc.quoteSummary.map(\.text) == ["The bomb went off without warning"])
        let left = try annotate("The minister resigned without explaining why.")
        #expect(left.quotes.isEmpty)
    }

    /// "Two sisters who were separated at birth have been reunited after a DNA test revealed they lived ten miles apart"
    /// gave the words to the sisters: "who" twelve words back was taken to open the clause of "revealed". The
    /// sentence's own verb ("have been reunited") closes the relative clause, and the clause after "after" has its
    /// own subject.
    @Test func aRelativeClauseClosedByTheMainVerbLendsNoSubject() throws {
        let doc = try annotate("Two sisters who were separated at birth have been reunited after a DNA test revealed they lived ten miles apart.")
        #expect(doc.quoteSummary.map(\.speaker) == ["DNA test"])
        let officials = try annotate("Officials who met after the vote said the count was fair.")
        #expect(officials.quoteSummary.map(\.speaker) == ["Officials"])
    }

    /// "Labour MP Apsana Begum said ..." named "Labour MP Apsana Begum": "MP" was no title, so with a given name not in
    /// the list the party and the title stayed in the name. "MP", "MEP" and "MSP" are titles.
    @Test func parliamentaryInitialsAreTitles() throws {
        let doc = try annotate("Labour MP Apsana Begum said knife crime had devastated families.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Apsana Begum"])
        let mep = try annotate("Green MEP Ciarán Cuffe said the vote was a disgrace.")
        #expect(mep.quoteSummary.map(\.speaker) == ["Ciarán Cuffe"])
    }

    /// "Chancellor Rachel Reeves said ... The Chancellor added ..." gave the second speech to a new "Chancellor": a role
    /// written with a capital, as British papers write offices, was read as a name. "The" and a one-word title name the
    /// person last named with it, capitalised or not, as "the mayor" does; so does a capitalised title in an appositive.
    @Test func aCapitalisedTitleWithTheNamesItsHolder() throws {
        let doc = try annotate("Chancellor Rachel Reeves said taxes would not rise. The Chancellor added that growth was the priority.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Rachel Reeves", "Rachel Reeves"])
        let appositive = try annotate("Rachel Reeves, the Chancellor, said taxes would not rise. The Chancellor added that growth was the priority.")
        #expect(appositive.quoteSummary.map(\.speaker) == ["Rachel Reeves", "Rachel Reeves"])
        let mp = try annotate("Labour MP Apsana Begum said the cuts were cruel. The MP added that families would suffer.")
        #expect(mp.quoteSummary.map(\.speaker) == ["Apsana Begum", "Apsana Begum"])
    }

    /// "According to the national grid operator, Ukrenergo, power cuts would be introduced" gave "Ukrenergo, power cuts
    /// ..." as the words of the operator: only a person's name after a role was read as the source. A body's name
    /// between commas after a body's or a trade's noun is the source too.
    @Test func aBodysNameAfterItsNounIsTheSourceOfAccordingTo() throws {
        let doc = try annotate("According to the national grid operator, Ukrenergo, power cuts would be introduced in five regions.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Ukrenergo"])
        #expect(doc.quoteSummary.map(\.text) == ["power cuts would be introduced in five regions"])
        let regulator = try annotate("According to the regulator, Ofwat, bills will rise by a fifth.")
        #expect(regulator.quoteSummary.map(\.speaker) == ["Ofwat"])
    }

    /// "Simon Reed KC said ..." named "Simon Reed KC", and "Jane Hill MP" lost its person once "MP" became a title:
    /// letters in capitals after a name, for an honour or an office, are no part of it.
    @Test func lettersAfterANameAreNoPartOfIt() throws {
        let doc = try annotate("Simon Reed KC said the case was strong. Mr Reed added that the evidence was clear.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Simon Reed", "Simon Reed"])
        let mp = try annotate("Jane Hill MP said the cuts were cruel. “Families will suffer,” she said.")
        #expect(mp.quoteSummary.map(\.speaker) == ["Jane Hill", "Jane Hill"])
    }

    /// "Sampson wrote twenty-two novels, many set in the towns where she grew up" reported the novels as her words, and
    /// "Anyone who says they have no regrets has not done very much" gave "Anyone" a speech: a count of works written is
    /// no speech, and one who would say something is no speaker.
    @Test func worksWrittenAndAnyoneWhoSaysAreNoSpeech() throws {
        let novels = try annotate("Sampson wrote twenty-two novels, many set in the towns where she grew up.")
        #expect(novels.quotes.isEmpty)
        let songs = try annotate("He wrote dozens of songs about the sea.")
        #expect(songs.quotes.isEmpty)
        let anyone = try annotate("Anyone who says they have no regrets has not done very much.")
        #expect(anyone.quotes.isEmpty)
        let whoever = try annotate("Whoever says the war is over is lying.")
        #expect(whoever.quotes.isEmpty)
        let critics = try annotate("Critics who say the plan will fail were ignored.")
        #expect(critics.quoteSummary.map(\.speaker) == ["Critics"])
    }

    /// "Skyjet said it had rebooked most passengers. “...,” a spokeswoman said" left "spokeswoman" bare: a name of no
    /// known kind speaks as a person, and the spokesperson rule took organisations only. A name no first name or gender
    /// makes a person's is the one the spokesperson speaks for; a person with a given name is not.
    @Test func aSpokespersonSpeaksForANameOfNoKnownKindThatSpokeBefore() throws {
        let doc = try annotate("Skyjet said it had rebooked most passengers. “Our teams are working around the clock,” a spokeswoman said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Skyjet", "Skyjet"])
        let grid = try annotate("Electricity North West said 3,000 homes were still without power. A spokeswoman said most would be reconnected by Saturday.")
        #expect(grid.quoteSummary.map(\.speaker) == ["Electricity North West", "Electricity North West"])
        let person = try annotate("Maria Lopez said she would appeal. A spokeswoman said the hearing was set for June.")
        #expect(person.quoteSummary.map(\.speaker) == ["Maria Lopez", "spokeswoman"])
    }

    /// "She said that debt, inflation and tensions were weighing on growth" kept "that" in the speech, and with "high
    /// debt, ageing populations and ..." the speech was lost: "that" before a noun and a comma was read as a determiner
    /// ("rejected that criticism, ..."), and the "-ing" word after the comma as narrative. A comma that opens a list of
    /// the clause's subjects leaves "that" the complementizer.
    @Test func aListAfterThatIsTheReportedClausesSubject() throws {
        let doc = try annotate("She said that debt, inflation and tensions were weighing on growth.")
        #expect(doc.quoteSummary.map(\.text) == ["debt, inflation and tensions were weighing on growth"])
        let ageing = try annotate("Kristalina Georgieva said that high debt, ageing populations and trade tensions were weighing on growth.")
        #expect(ageing.quoteSummary.map(\.text) == ["high debt, ageing populations and trade tensions were weighing on growth"])
        let told = try annotate("Kristalina Georgieva told an audience in Washington that high debt, ageing populations and trade tensions were weighing on growth.")
        #expect(told.quoteSummary.map(\.text) == ["high debt, ageing populations and trade tensions were weighing on growth"])
    }

    /// "Hahn airport, one of those hit, said the decision would cost jobs" found no speaker: before an appositive only a
    /// capitalised word, a group noun or a title closed a subject. A name and a public service's word do too.
    @Test func aNameAndAServiceWordBeforeAnAppositiveSpeak() throws {
        let doc = try annotate("Hahn airport, one of those hit, said the decision would cost jobs.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Hahn airport"])
    }

    /// "In a post on Instagram, the singer wrote that she was devastated" gave the words to "Instagram": the name before
    /// the comma and "the singer" after it were read as a name and its appositive role. A role followed by a verb is
    /// the subject of the main clause after a fronted phrase.
    @Test func aRoleBeforeItsVerbIsNoAppositive() throws {
        let doc = try annotate("Lena Ray cancelled the show. In a post on Instagram, the singer wrote that she was devastated.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Lena Ray"])
        let lawyer = try annotate("Beatriz Salgado, a lawyer, said the ruling was unjust. “We will appeal,” she said.")
        #expect(lawyer.quoteSummary.map(\.speaker) == ["Beatriz Salgado", "Beatriz Salgado"])
    }

    /// "Critics who say the plan will fail were ignored" reported "the plan will fail were ignored", and "A man who
    /// threatened staff with a knife has been jailed" ran the threat into "has been jailed": in a relative clause about
    /// the sentence's opening subject, the sentence's own verb ends the speech. (A threat with no "to" or "that" is then
    /// no speech, as in "He threatened the cashier with a knife".)
    @Test func theSentencesOwnVerbEndsSpeechInARelativeClauseAboutItsSubject() throws {
        let critics = try annotate("Critics who say the plan will fail were ignored.")
        #expect(critics.quoteSummary.map(\.text) == ["the plan will fail"])
        let man = try annotate("A man who threatened staff at a petrol station with a knife has been jailed for four years.")
        #expect(man.quotes.isEmpty)
        let urged = try annotate("Officials who urged ministers to act were ignored.")
        #expect(urged.quoteSummary.map(\.text) == ["ministers to act"])
    }

    /// "Price told the cashier to empty the till, Bristol Crown Court heard" reported ", Bristol Crown Court heard" as
    /// part of what Price told: court reporting's ", the court heard" closing a sentence is the writer's note.
    @Test func theCourtHeardClosingASentenceIsNoPartOfTheSpeech() throws {
        let doc = try annotate("Price told the cashier to empty the till, Bristol Crown Court heard.")
        #expect(doc.quoteSummary.map(\.text) == ["the cashier to empty the till"])
        let jury = try annotate("She said she had never met him, the jury heard.")
        #expect(jury.quoteSummary.map(\.text) == ["she had never met him"])
    }

    /// "A lawsuit filed on Monday says the hospital broke the law" named the speaker "lawsuit filed": the time before the
    /// verb was stepped over, as in "Trump on Monday said", leaving the participle, and "lawsuit" was no record, whose
    /// participle cut off so goes ("a study published on Wednesday suggests" is the study's). Legal filings are records.
    @Test func aLawsuitIsARecord() throws {
        let doc = try annotate("A lawsuit filed on Monday says the hospital broke the law.")
        #expect(doc.quoteSummary.map(\.speaker) == ["lawsuit"])
        let trump = try annotate("Donald Trump on Monday said the talks had failed.")
        #expect(trump.quoteSummary.map(\.speaker) == ["Donald Trump"])
    }

    /// "Rowling has said she will not apologise for her views, after a row over her comments" reported the row as her
    /// words: after a comma, "after" opens the writer's time line, as ", hours after ..." does.
    @Test func afterACommaAfterOpensTheWritersTimeLine() throws {
        let doc = try annotate("Rowling has said she will not apologise for her views, after a row over her comments.")
        #expect(doc.quoteSummary.map(\.text) == ["she will not apologise for her views"])
        let plain = try annotate("He said he would resign after the vote.")
        #expect(plain.quoteSummary.map(\.text) == ["he would resign after the vote"])
    }

    /// "The charity Shelter said ... A spokesperson for the charity said" left the spokesperson bare: a one-word name
    /// holds no noun of its kind. The noun written right before one of its first mentions says what it is.
    @Test func aNounBeforeANameSaysWhatTheSpokespersonSpeaksFor() throws {
        let charity = try annotate("The charity Shelter said the figures were shocking. A spokesperson for the charity said: “Nobody should be homeless.”")
        #expect(charity.quoteSummary.map(\.speaker) == ["Shelter", "Shelter"])
        let group = try annotate("Campaign group Mermaids said the comments were hurtful. A spokesperson for the group said: “Words have consequences.”")
        #expect(group.quoteSummary.map(\.speaker) == ["Mermaids", "Mermaids"])
    }

    /// "Consumer group Which? said subscribers should check their plans" was missed: the "?" stood between the name and
    /// its verb. A "?" or "!" written onto a name that a body's noun introduces is the name's own (and, since 6 December,
    /// shown with it).
    @Test func aNamesOwnQuestionMarkEndsNoSubject() throws {
        let doc = try annotate("Consumer group Which? said subscribers should check their plans.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Which?"])
        #expect(doc.quoteSummary.map(\.text) == ["subscribers should check their plans"])
    }

    /// "“I let the lads down and I'm gutted,” Varga wrote" made "I'm" an entity: the pronoun "I" was no name alone,
    /// but its contractions ("I'm", "I’ve", "I'll", "I'd") were read as a capitalised word of their own.
    @Test func theFirstPersonContractedIsNoName() throws {
        let doc = try annotate("“I let the lads down and I'm gutted. Honestly I’ve no excuse and I'll be back,” Tomas Varga wrote.")
        #expect(doc.entities.map(\.name) == ["Tomas Varga"])
        #expect(doc.quoteSummary.map(\.speaker) == ["Tomas Varga"])
    }

    /// "on Nov. 8", "the Sept. 11 attacks" and "(We never did settle on one.)" made "Nov", "Sept" and "We" entities: a
    /// month's short form before its period or its day is a date, and a word right after an opening bracket is a
    /// sentence's first word. A first name that is also a month's short form stays a name ("Jan Kowalski").
    @Test func shortMonthsAndWordsAfterABracketAreNoNames() throws {
        let doc = try annotate("The vote is on Nov. 8, after the Sept. 11 attacks and on Jan 5. (We never did settle on one.) Jan Kowalski said it was fine. [We] agreed, said Anna Berg.")
        #expect(doc.entities.map(\.name) == ["Jan Kowalski", "Anna Berg"])
    }

    /// "Sen. Rand Paul (R-Ky.) said" made "R-Ky" an entity, and "Jerrold Nadler (D-N.Y.)" made "D-N" one: a party's
    /// initial and a state after a legislator's name is a label, as the subject readers already take it.
    @Test func aPartyLabelIsNoName() throws {
        let doc = try annotate("Sen. Rand Paul (R-Ky.) said the bill would fail. Rep. Jerrold Nadler (D-N.Y.) and Sen. Jon Tester, D-Mont., disagreed.")
        #expect(doc.entities.map(\.name) == ["Rand Paul", "Jerrold Nadler", "Jon Tester"])
        #expect(doc.quoteSummary.map(\.speaker) == ["Rand Paul"])
    }

    /// "Tomas Varga apologised ... “...,” the 27-year-old wrote" gave the words to the manager quoted before: "Tomas"
    /// was no known given name, so Varga was no person for the age to name. (Tomas, Mick, Yvette, Pieter, Giorgos
    /// and Lakisha join the list.)
    @Test func anAgeNamesAPersonWithALessCommonGivenName() throws {
        let doc = try annotate("“It was a good win,” Paolo Conti said. Tomas Varga apologised to supporters. “I let the lads down today,” the 27-year-old wrote.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Paolo Conti", "Tomas Varga"])
        let she = try annotate("Yvette Cole spoke first. She said the plan had failed.")
        #expect(she.quoteSummary.map(\.speaker) == ["Yvette Cole"])
        #expect(she.entities.first?.gender == .female)
    }

    /// "The firm blamed weak demand for smartphones" read "demand" as a cue with "firm blamed weak" as its subject, not
    /// "blamed" with the firm as its own: a present form needs a plural subject, so after a past verb and one singular word it is that verb's object. Not
    /// after a plural, a particle or an adverb: "The plant closed and workers demand answers", "Workers laid off say",
    /// "Those polled recently say".
    @Test func aBaseFormAfterAPastVerbAndASingularWordIsANoun() throws {
        let doc = try annotate("The firm blamed weak demand for smartphones and a build-up of unsold chips.")
        #expect(doc.quotes.map { $0.cue?.lemma } == ["blame"])
        #expect(doc.quoteSummary.map(\.speaker) == ["firm"])
        let workers = try annotate("The plant closed and workers demand answers.")
        #expect(workers.quoteSummary.map(\.speaker) == ["workers"])
        let laidOff = try annotate("Workers laid off say the plant was profitable.")
        #expect(laidOff.quoteSummary.map(\.text) == ["the plant was profitable"])
        let polled = try annotate("Those polled recently say the economy is weak.")
        #expect(polled.quoteSummary.map(\.text) == ["the economy is weak"])
    }

    /// "A leaked memo suggested officials had warned her ... The memo says the system was not ready" gave the memo's
    /// words to the officials: a text named again speaks for whoever spoke in a sentence that names it, which here
    /// were the officials inside the memo's own words. When the text itself spoke there, it speaks again.
    @Test func aTextThatSpokeBeforeSpeaksAgain() throws {
        let doc = try annotate("A leaked memo suggested officials had warned her about problems.\n\nThe memo says the system was not ready.")
        #expect(doc.quoteSummary.map(\.speaker) == ["leaked memo", "leaked memo"])
        let weber = try annotate("In a statement, Anna Weber said the firm would appeal. “We are confident,” the statement said.")
        #expect(weber.quoteSummary.map(\.speaker) == ["Anna Weber", "Anna Weber"])
        let post = try annotate("The New York Post reports that the plan failed. The mayor knew of it, The Post has learned.")
        #expect(post.quoteSummary.map(\.speaker) == ["New York Post", "New York Post"])
    }

    /// "“We will not give in”, says French union leader" (a headline) and "“...,” says Labour leader." found no speaker:
    /// a role closing its sentence after "says" was read in lower case only. A party's, a people's or a body's name
    /// may come before the role.
    @Test func aNameBeforeABareRoleClosingTheSentence() throws {
        let headline = try annotate("“We will not give in”, says French union leader\n\nThe leader has vowed to keep up strikes.")
        #expect(headline.quoteSummary.first?.speaker == "French union leader")
        let labour = try annotate("“We will win this seat,” says Labour leader.")
        #expect(labour.quoteSummary.map(\.speaker) == ["Labour leader"])
    }

    /// "Economists are divided. Some argue the reform does not go far enough" made "Some" a person's name: a lone
    /// capitalised subject that no name holds became one. A quantifier standing alone names some of a group.
    @Test func aQuantifierOpeningTheSentenceIsNoName() throws {
        let doc = try annotate("Economists are divided. Some argue the reform does not go far enough. Many say it is unfair.")
        #expect(doc.quotes.map { $0.speaker?.resolution } == [.description, .description])
        #expect(doc.entities.map(\.kind) == [.group, .group])
    }

    /// "The annual report, published by the Trust, blames the loss of hedgerows" read "report" as the cue and "published
    /// by the Trust, blames ..." as what was reported: a base form closing its clause was kept a verb for "“...,” the
    /// notice read", but only after a quotation does it close one. And "The annual report says" had no subject: a verb's
    /// form after an article and one modifier is a noun, as it is right after the article.
    @Test func aNounBeforeACommaIsNoCueWithoutAQuotation() throws {
        let doc = try annotate("The annual report, published by the Trust, blames the loss of hedgerows.")
        #expect(doc.quotes.map { $0.cue?.lemma } == ["blame"])
        let annual = try annotate("The annual report says hedgerows were lost.")
        #expect(annual.quoteSummary.map(\.speaker) == ["annual report"])
        let notice = try annotate("“The pier is closed until further notice,” the sign read.")
        #expect(notice.quoteSummary.map(\.speaker) == ["sign"])
    }

    /// "The Pentagon report says the strike was lawful" found no speaker, though "The Pentagon study says" did: a verb's
    /// form after an article and a name is a noun too. Not after a plural name: "The Democrats report that ...".
    @Test func aVerbsFormAfterAnArticleAndANameIsANoun() throws {
        let doc = try annotate("The Pentagon report says the strike was lawful. The Lancet report, published on Monday, says the drug works.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Pentagon report", "Lancet report"])
        let democrats = try annotate("The Democrats report that turnout was high.")
        #expect(democrats.quoteSummary.map(\.speaker) == ["Democrats"])
    }

    /// "He says the drug works." and "She said the new drug helps patients." reported nothing: the "-s" verb of the
    /// reported clause was taken for a plural noun unless an object opener followed it. After the singular noun that
    /// opens the clause with its article or possessive, an "-s" form before a word is the clause's verb, and one of the
    /// verbs that take no object ("works", "fails") is at the clause's end; "said the magic words" stays a plural noun.
    @Test func aPresentVerbAfterTheClausesSingularNoun() throws {
        let doc = try annotate("He says the drug works. She said the new drug helps patients. They said his plan makes sense.")
        #expect(doc.quoteSummary.map(\.text) == ["the drug works", "the new drug helps patients", "his plan makes sense"])
        let words = try annotate("He said the magic words. She said the opening remarks.")
        #expect(words.quotes.isEmpty)
    }

    /// "She said Britain needs more homes.", "She said the government knows this." and "He said inflation remains high."
    /// reported nothing. A one-word name right after "said" opens a clause as one opening the sentence does; a body's
    /// noun after its article is a singular noun; and a bare noun before a verb that takes no object is a subject.
    /// "He said nice things about her." stays no report.
    @Test func moreReportedClausesWithPresentVerbs() throws {
        let doc = try annotate("She said Britain needs more homes. She said the government knows this. He said inflation remains high.")
        #expect(doc.quoteSummary.map(\.text) == ["Britain needs more homes", "the government knows this", "inflation remains high"])
        let nice = try annotate("He said nice things about her.")
        #expect(nice.quotes.isEmpty)
    }

    /// "Ben and Sarah Lowe set off ... Sarah said ... Her husband said" left "Her husband" bare: no one had been
    /// introduced as a husband. A relation after "her" or "his" names the person of that relation's gender who shares
    /// the surname of the one the possessive names. With no such person the relation stays a description, of the one
    /// the possessive names.
    @Test func aRelationNamesTheRelativeSharingTheSurname() throws {
        let doc = try annotate("Ben and Sarah Lowe set off on Friday. “We thought we might not make it,” Sarah said. Her husband said the bark of the dog was the best sound he had heard.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Sarah Lowe", "Ben Lowe"])
        let alone = try annotate("Anna Berg said the deal was done. Her husband said nothing had changed.")
        #expect(alone.quoteSummary.map(\.speaker) == ["Anna Berg", "Anna Berg's husband"])
    }

    /// "Asked at a press conference whether he felt abandoned, Wilmore said no." gave the question as Wilmore's words:
    /// the question put to a speaker was known only with "whether" or "about" right after "Asked". Where and when he
    /// was asked may come between.
    @Test func theQuestionPutIsNoSpeechPastWhereItWasAsked() throws {
        let doc = try annotate("Asked at a press conference last month whether he felt abandoned, Wilmore said no.")
        #expect(!doc.quoteSummary.map(\.text).contains("Asked at a press conference last month whether he felt abandoned"))
        let plain = try annotate("Asked whether he would resign, Smith said he would not.")
        #expect(plain.quoteSummary.map(\.text) == ["he would not"])
    }

    /// "The previous owners, Mike and Linda Shaw, said they were delighted" gave the words to "previous owners": two
    /// people named in an appositive were known only with a surname each. A given name may share the surname after "and".
    @Test func aCoupleSharingASurnameInAnAppositive() throws {
        let doc = try annotate("The previous owners, Mike and Linda Shaw, said they were delighted.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Mike and Linda Shaw"])
    }

    /// "A source close to the family said they were devastated" found no speaker, though "a source close to the talks"
    /// did: a group's noun after "to" was read as a subject governed by a preposition, with nothing before it. After an
    /// adjective of closeness the people before it speak, with their phrase.
    @Test func aSourceCloseToAGroup() throws {
        let doc = try annotate("A source close to the family said they were devastated. Aides loyal to the party said the vote was lost.")
        #expect(doc.quoteSummary.map(\.speaker) == ["source close to the family", "Aides loyal to the party"])
    }

    /// "Officials fear the toll will rise." reported nothing: "fear" was no reporting verb, though "believe" and
    /// "suspect" are. Fearing a clause reports a view as believing one does; "Residents fear for their safety" reports none, and
    /// "fears about", "over" or "of" are a noun's, as are fears, hopes or claims right after a past verb ("renewed fears").
    @Test func fearingAClauseReportsAView() throws {
        let doc = try annotate("Officials fear the toll will rise. Residents fear for their safety.")
        #expect(doc.quoteSummary.map(\.text) == ["the toll will rise"])
        #expect(doc.quotes.first?.cue?.lemma == "fear")
        let noun = try annotate("Current fears about a plague outbreak are being fuelled by rumours.")
        #expect(noun.quotes.isEmpty)
        let renewed = try annotate("But Russia's annexation of Crimea renewed fears along Europe's eastern flank.")
        #expect(renewed.quotes.isEmpty)
        #expect(!renewed.entities.contains { $0.name.hasSuffix("renewed") })
    }

    /// "He said the village's roads cannot cope." reported nothing: "cannot", "couldn't", "aren't" and the other
    /// negated helpers but a few, and a pronoun with its helper written on ("they're"), were no signs of a clause.
    @Test func negatedAndContractedHelpersMakeAClause() throws {
        let doc = try annotate("He said the village's roads cannot cope. She said the council's plans couldn't work. He said the team's fans aren't happy. She said they're ready.")
        #expect(doc.quoteSummary.map(\.text) == ["the village's roads cannot cope", "the council's plans couldn't work",
                                                  "the team's fans aren't happy", "they're ready"])
        let would = try annotate("He said he'd never seen anything like it.")
        #expect(would.quoteSummary.map(\.text) == ["he'd never seen anything like it"])
    }

    /// "..., according to the traders' association." named "traders" the source: the source's words stopped at the
    /// apostrophe, which is a quotation mark's token. A plural possessive's apostrophe stays inside the source.
    @Test func accordingToAPluralPossessive() throws {
        let doc = try annotate("A legal challenge has not been ruled out, according to the traders' association.")
        #expect(doc.quoteSummary.map(\.speaker) == ["traders' association"])
    }

    /// "Save the Children called the plan a broken promise" gave the words to "Children", and left entities "Save" and
    /// "Children": a name with "the" inside was one only after a body's noun ("the charity Save the Children"). Opening
    /// a clause and followed by a reporting verb, a capitalised word, "the" and a capitalised run are one name too; a
    /// sentence's opening word or a day is not part of it.
    @Test func aBodyNamedWithTheSpeaks() throws {
        let doc = try annotate("Oxfam said the cuts were cruel, while Save the Children called the plan “a broken promise”. Save the Children said clinics had closed.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Oxfam", "Save the Children", "Save the Children", "Save the Children"])
        #expect(!doc.entities.contains { $0.name == "Save" || $0.name == "Children" })
        let day = try annotate("Yesterday the Treasury said the figures were wrong. On Monday the Senate said it would vote. Elsewhere the Kremlin said it would respond. Tonight the President said he would sign.")
        #expect(day.quoteSummary.map(\.speaker) == ["Treasury", "Senate", "Kremlin", "President"])
    }

    /// "On Monday the committee said it would vote." and "On Monday officials said ..." reported nothing, and "Today the
    /// committee said" made "Today the committee" the speaker: the day opening the sentence was read as a modifier of
    /// the speakers, and the phrase as a preposition's object. A time word, or any lower-case word before the article,
    /// is no part of the speakers' phrase.
    @Test func aTimeOpeningTheSentenceIsNoPartOfTheSpeakers() throws {
        let doc = try annotate("On Monday the committee said it would vote. On Tuesday night officials said the vote was delayed. Today the council said it agreed. Last week the union said talks had failed.")
        #expect(doc.quoteSummary.map(\.speaker) == ["committee", "officials", "council", "union"])
        let direct = try annotate("On Monday the committee said: “We will vote.”")
        #expect(direct.quoteSummary.map(\.speaker) == ["committee"])
    }

    /// "In Ohio officials said the count would finish on Friday." reported nothing: "Ohio officials" was read as the
    /// object of "In". After a preposition opening the sentence, the capitalised place is its object, and the people
    /// named after it speak.
    @Test func peopleAfterAPlaceOpeningTheSentence() throws {
        let doc = try annotate("In Ohio officials said the count would finish on Friday.")
        #expect(doc.quoteSummary.map(\.speaker) == ["officials"])
        let object = try annotate("A letter from Ohio officials said the count would finish on Friday.")
        #expect(object.quoteSummary.map(\.speaker) == ["letter from Ohio officials"])
    }

    /// "Not everyone agrees on what that means for today." reported "means for today": the "that" after "what" was read
    /// as the one opening a reported clause. After a question word it is a pronoun, and the clause has no report.
    @Test func thatAfterAQuestionWordOpensNoClause() throws {
        let doc = try annotate("Not everyone agrees on what that means for today.")
        #expect(doc.quotes.isEmpty)
    }

    /// "Chipmaker warns of slower sales" and "Minister says schools will reopen" made persons named "Chipmaker" and
    /// "Minister": a lone capitalised word opening the sentence was taken for a name. A trade noun or a role there,
    /// which no name holds, is the common noun a headline writes without its article.
    @Test func aHeadlineNounWithoutItsArticleIsNoName() throws {
        let doc = try annotate("Chipmaker says sales will fall\n\nMinister says schools will reopen\n\nSmith says the plan will work")
        #expect(doc.quotes.map { $0.speaker?.resolution } == [.description, .description, .name])
        #expect(doc.entities.map(\.kind) == [.organization, .person, .person])
        let record = try annotate("Lawsuit claims airline misled passengers over refunds")
        #expect(record.quotes.map { $0.speaker?.resolution } == [.description])
        #expect(record.entities.map(\.kind) == [.other])
    }

    /// "“We think this is the future,” Orbis chief product officer Nadia Kim said." took its speaker from the context, not
    /// from the cue after it: between the closing mark and the name only lower-case words could stand. The employer's
    /// name may come first, before the role.
    @Test func anEmployerAndARoleBetweenTheQuotationAndTheName() throws {
        let doc = try annotate("“We think this is the future,” Orbis chief product officer Nadia Kim said. “It is,” Acme's chief executive Tom Reed said.")
        #expect(doc.quotes.map { $0.speaker?.resolution } == [.name, .name])
        #expect(doc.quoteSummary.map(\.speaker) == ["Nadia Kim", "Tom Reed"])
    }

    /// "A memorial service will be held at St Mary's Church" left entities "St Mary" and "Church": a church, a chapel, a
    /// mosque or a synagogue closed no place's name, as a hospital or a cathedral does.
    @Test func aPlaceOfWorshipClosesAName() throws {
        let doc = try annotate("Ruth Ames said a memorial service will be held at St Mary's Church next month.")
        #expect(doc.entities.map(\.name) == ["Ruth Ames", "St Mary's Church"])
    }

    /// "The BBC understands the talks collapsed on Friday." reported nothing: "understand" was no reporting verb. A
    /// newsroom that understands a clause reports what its sources told it, as one that has learned it does; understanding
    /// a thing ("the risks") reports nothing.
    @Test func understandingAClauseReportsIt() throws {
        let doc = try annotate("The BBC understands the talks collapsed on Friday. Officials understood the risks.")
        #expect(doc.quoteSummary.map(\.text) == ["the talks collapsed on Friday"])
        #expect(doc.quoteSummary.map(\.speaker) == ["BBC"])
    }

    /// "She knew that the plan would fail." and "Residents worry that the plant will close." reported nothing: "know" and
    /// "worry" were no reporting verbs, though "realise" and "fear" are. With "that" they report what the subject knows or
    /// fears; knowing a person reports nothing.
    @Test func knowingOrWorryingThatReportsIt() throws {
        let doc = try annotate("She knew that the plan would fail. Residents worry that the plant will close. I know him well. He is known for his temper.")
        #expect(doc.quoteSummary.map(\.text) == ["the plan would fail", "the plant will close"])
        #expect(doc.quotes.map { $0.cue?.lemma } == ["know", "worry"])
    }

    /// "Ceasefire talks stall as both sides trade blame" left an entity "both sides trade", and "But campaigners fear the
    /// village's roads and school cannot cope" one for "campaigners": a speaker's phrase became an entity while its cue was
    /// read, and stayed when the cue reported nothing. An entity made only for a speaker whose quote was dropped goes;
    /// names found in the text stay, and the ids are numbered again without gaps.
    @Test func aSpeakerWithoutAQuoteLeavesNoEntity() throws {
        let doc = try annotate("Ceasefire talks stall as both sides trade blame. Ruth Ames, a mediator, said the talks would resume. Officials said they were hopeful.")
        #expect(doc.entities.map(\.name) == ["Ruth Ames", "Officials"])
        #expect(doc.entities.map(\.id) == ["e1", "e2"])
        #expect(doc.quotes.compactMap { $0.speaker?.entity } == ["e1", "e2"])
        #expect(doc.speakers.map(\.entity) == ["e1", "e2"])
    }

    /// "A microphone had caught him calling the residents “a bunch of cranks”" gave the words to "microphone caught him":
    /// the phrase before the "-ing" cue was read as its subject. The object of a verb of seeing, hearing or recording
    /// speaks in the cue right after it.
    @Test func theObjectOfAVerbOfHearingSpeaks() throws {
        let doc = try annotate("Mayor Phil Ostrowski apologised on Friday. A microphone had caught him calling the residents “a bunch of cranks”. Cameras filmed Ruth Ames saying the vote was rigged.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Phil Ostrowski", "Phil Ostrowski", "Ruth Ames"])
    }

    /// "Spanish newspaper Marca reported ..." and "rival airline Ryanair said" made persons of the bodies, and "Chipmaker
    /// Nvidia said" a person named "Chipmaker Nvidia": a trade's noun said a name was a body's only after an article, and
    /// opening the sentence it was taken into the name.
    @Test func aTradeBeforeANameMakesItABody() throws {
        let doc = try annotate("Spanish newspaper Marca reported that two sides were preparing bids. Rival airline Ryanair said fares would rise. Chipmaker Nvidia said sales rose.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Marca", "Ryanair", "Nvidia"])
        #expect(doc.entities.map(\.kind) == [.organization, .organization, .organization])
    }

    /// "Mrs May told MPs she would not resign." gave the words to "Mrs", and "Theresa May said" to "Theresa": a month's
    /// name was never a name's word. After a title or a given name, with no day after it, "May" is a surname.
    @Test func aMonthAfterATitleIsASurname() throws {
        let doc = try annotate("Theresa May said the deal was good. Mrs May told MPs she would not resign. In May 2019 the talks failed.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Theresa May", "Theresa May"])
        #expect(doc.entities.map(\.name) == ["Theresa May", "MPs"])
    }

    /// "Kate and Sam Whitfield said ... Her husband said ... Mrs Whitfield said" gave "Mrs Whitfield" to Sam Whitfield and
    /// left "her husband" unnamed: "Sam", given to both, was no known given name, so the couple was not read as sharing a
    /// surname. Such names are listed without a gender: they mark a given name and give no hint.
    @Test func aGivenNameOfEitherGenderMarksACouple() throws {
        let doc = try annotate("Kate and Sam Whitfield said they were delighted. Mrs Whitfield said she was proud.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Kate and Sam Whitfield", "Kate Whitfield"])
        // (A group's plural opening the sentence before the names describes them: "Owners Kate and Sam Whitfield".)
        let owners = try annotate("Owners Kate and Sam Whitfield said they were delighted.")
        #expect(owners.quoteSummary.map(\.speaker) == ["Kate and Sam Whitfield"])
        #expect(!owners.entities.contains { $0.name.hasPrefix("Owners") })
    }

    /// "Kate and Sam Whitfield, who opened the shop in 2015, said they were delighted." gave the words to Sam alone: the
    /// name before the relative clause was the subject. Two names opening the sentence, the second before its appositive
    /// or relative clause, speak together.
    @Test func twoNamesBeforeAnAppositiveSpeakTogether() throws {
        let doc = try annotate("Kate and Sam Whitfield, who opened the shop in 2015, said they were delighted. Ruth Ames and Tom Lee, the owners, said sales were up. Police thanked Ann Cole and Joe Hart, who said they were relieved.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Kate and Sam Whitfield", "Ruth Ames and Tom Lee", "Joe Hart"])
    }

    /// "Westbridge United have opened talks ..., the club confirmed" left "the club" bare: a club's name was no body's,
    /// and "club" named no organisation whose name holds no such noun. "United", "Rovers", "FC" and the like close a
    /// club's name, which "the club" names.
    @Test func theClubIsTheClubNamedBefore() throws {
        let doc = try annotate("Westbridge United have opened talks with the striker. The club said an offer would be made within weeks.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Westbridge United"])
        #expect(doc.entities.first?.kind == .organization)
    }

    /// "Homes were evacuated as Storm Hilde brought heavy rain. “Stay indoors,” she said." gave the words to the storm:
    /// a name of two words that is the subject of a verb was taken for a person's. A storm's, a hurricane's, a typhoon's
    /// or a cyclone's name is no person's.
    @Test func aStormIsNoSpeaker() throws {
        let doc = try annotate("Homes were evacuated as Storm Hilde brought heavy rain. “Stay indoors,” she said. Cyclone Idai hit Beira. “We have no power,” he said.")
        #expect(doc.quotes.map { $0.speaker?.resolution } == [.unresolved, .unresolved])
        #expect(!doc.entities.contains { $0.kind == .person })
    }

    /// "Harbour Fire and Rescue Service said ..." listed the service twice, once as its name and once as a group of two
    /// named speakers, "Harbour Fire" and "Rescue Service": the "and" inside one body's name was read as joining two.
    @Test func anAndInsideOneNameJoinsNoPair() throws {
        let doc = try annotate("Harbour Fire and Rescue Service said crews were busy. Ruth Ames and Tom Lee said they were safe.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Harbour Fire and Rescue Service", "Ruth Ames and Tom Lee"])
        #expect(doc.entities.map(\.name) == ["Harbour Fire and Rescue Service", "Ruth Ames", "Tom Lee", "Ruth Ames and Tom Lee"])
        #expect(doc.entities.first?.kind == .organization)
    }

    /// "A spokeswoman for Harbour Fire and Rescue Service said ... “...,” she said." left "she" unresolved, or gave it to
    /// a person named earlier: the body named after "for" speaks through its spokesperson, and no body is a "she". The
    /// "he" or "she" of the sentence after is that spokesperson again, so the body's voice, and the body gets no gender.
    @Test func aSpokespersonsPronounIsTheBodysVoice() throws {
        let doc = try annotate("Ruth Ames watched the water rise. A spokeswoman for Harbour Fire and Rescue Service said crews were busy. “Please stay away from the river,” she said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Harbour Fire and Rescue Service", "Harbour Fire and Rescue Service"])
        let body = try #require(doc.entities.first { $0.name == "Harbour Fire and Rescue Service" })
        #expect(body.kind == .organization && body.gender == .unknown)
    }

    /// "Resident Jean Pollard, 78, said ..." named "Resident Jean Pollard": "Jean", a given name of either gender by
    /// language, was no known given name, so the role before it was not told apart from the name.
    @Test func aGivenNameOfEitherGenderByLanguageMarksAName() throws {
        let doc = try annotate("Resident Jean Pollard, 78, said the water came in quickly. Andrea Conti said the road was shut.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Jean Pollard", "Andrea Conti"])
        #expect(doc.entities.allSatisfy { $0.kind == .person && $0.gender == .unknown })
    }

    /// "The find would help scientists understand how quickly forests could return" reported what "help scientists" said:
    /// a verb of knowing ("understand", "know", "realise", "learn") before a question reports no speech, whoever knows.
    @Test func knowingBeforeAQuestionReportsNoSpeech() throws {
        let doc = try annotate("The find would help scientists understand how quickly forests could return. We understand why people are angry, the minister said. Few realise what the job involves. The BBC understands the minister will resign.")
        #expect(doc.quotes.map { $0.cue?.lemma } == ["say", "understand"])
        #expect(doc.quoteSummary.map(\.speaker) == ["minister", "BBC"])
    }

    /// "‘Grossly unfair’: teachers condemn pay offer" reported no quotation: a short quotation with no punctuation of
    /// its own and no cue was taken for a scare quote. Opening its paragraph before a colon, as headlines quote, it is
    /// speech, and the words after the colon say whose.
    @Test func aQuotationOpeningAHeadlineBeforeAColonIsSpeech() throws {
        let doc = try annotate("‘Grossly unfair’: teachers condemn pay offer\n\nTeachers say the offer is unfair.")
        #expect(doc.quoteSummary.map(\.text) == ["‘Grossly unfair’", "pay offer", "the offer is unfair"])
        #expect(doc.quoteSummary.first?.speaker == "teachers")
        let families = try annotate("“We were told nothing”: families demand answers\n\nThe home closed on Friday.")
        #expect(families.quoteSummary.first?.text == "“We were told nothing”")
        // (Not a term inside a sentence: "The “war room”: a place where ...".)
        let term = try annotate("Inside the “war room”: staff worked through the night.")
        #expect(!term.quoteSummary.contains { $0.text == "“war room”" })
    }

    /// "Budget airline SkyWest Air apologised to passengers stranded at Manchester Airport. The airline said ..." gave the
    /// words to the airport: the body named last that a trade's noun could fit spoke, though the story had introduced
    /// another as that very trade. A body introduced with the noun itself comes first.
    @Test func aBodyIntroducedWithTheNounIsTheOneItNames() throws {
        let doc = try annotate("Budget airline SkyWest Air has apologised to passengers stranded at Manchester Airport. The airline said it was sorry.")
        #expect(doc.quoteSummary.map(\.speaker) == ["SkyWest Air"])
    }

    /// "Veteran recalls day that changed his life" (and "Pensioner", "Mum", "Widow") made a person named "Veteran": only
    /// a role, a trade or a record opening a headline without its article was read as the common noun. A kind of person
    /// or a relation is one too.
    @Test func aHeadlinesPersonNounIsNoName() throws {
        let doc = try annotate("Veteran recalls day that changed his life\n\nWidow says inquiry failed her family\n\nArthur Penrose was 19.")
        #expect(doc.quotes.map { $0.speaker?.resolution } == [.description, .description])
        #expect(doc.entities.map(\.name) == ["Arthur Penrose", "Veteran", "Widow"])
        #expect(doc.entities.last?.gender == .female)
    }

    /// "Devon and Somerset Fire and Rescue Service said" named "Somerset Fire and Rescue Service" beside a lone "Devon":
    /// two places joined before a body's head were one name only when no "and" stood inside the body's own words.
    @Test func placesJoinedBeforeABodyWithAnAndOfItsOwn() throws {
        let doc = try annotate("Devon and Somerset Fire and Rescue Service said crews had rescued 40 people. Avon and Somerset Police said two men were held.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Devon and Somerset Fire and Rescue Service", "Avon and Somerset Police"])
        #expect(doc.entities.map(\.name) == ["Devon and Somerset Fire and Rescue Service", "Avon and Somerset Police"])
    }

    /// "A spokesperson for Harbour Fire and Rescue Service welcomed the vote. “...,” they said." left "they" unresolved,
    /// where "A spokesperson for Harbour Ferries" named it: the subject read for the sentence began inside the body's
    /// name, past its "and", so no spokesperson was seen opening it.
    @Test func aSpokespersonForABodyWithAnAndOpensTheSentence() throws {
        let doc = try annotate("A spokesperson for Harbour Fire and Rescue Service welcomed the vote. “It is good news,” they said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["spokesperson for Harbour Fire and Rescue Service"])
    }

    /// "BERLIN, Oct 3 (AP) — Germany will raise its defence budget, the government said." kept the dateline in the
    /// content: a dateline's date ("March 3", "Oct. 3, 2025") has numbers, and only words, commas, periods and an
    /// agency in parentheses were read before the dash.
    @Test func aDatelineWithADateIsNoContent() throws {
        let doc = try annotate("BERLIN, Oct 3 (AP) — Germany will raise its defence budget, the government said.\n\nCAIRO, March 3, 2025 (Wire) - Talks stalled on Sunday, officials said.")
        #expect(doc.quoteSummary.map(\.text) == ["Germany will raise its defence budget", "Talks stalled on Sunday"])
    }

    /// "She often said that a teacher who believed in her had “changed everything”." reported what the teacher said,
    /// "in her had ...": believing in someone is trust, which reports nothing.
    @Test func believingInSomeoneReportsNothing() throws {
        let doc = try annotate("She often said that a teacher who believed in her had “changed everything”. Voters believe in the plan, the poll shows.")
        #expect(!doc.quotes.contains { $0.cue?.lemma == "believe" })
        #expect(doc.quotes.map { $0.cue?.lemma } == ["say", "say", "show"])
    }

    /// "You've said the seabed is less well mapped than Mars." made a person named "You've": "You" opening a sentence
    /// is no name, but its contractions were capitalised words like any other.
    @Test func youContractedIsNoName() throws {
        let doc = try annotate("Dr Kiri Tane leads the project.\n\nYou've said the seabed is less mapped than Mars. You're right that it matters.")
        #expect(doc.entities.map(\.name) == ["Kiri Tane", "Mars"])
        #expect(!doc.quoteSummary.contains { $0.speaker == "You've" })
    }

    /// "“We will not be silenced,” Jones said." made "Jones" a group, as it made "Engineers said" one: a lone capitalised
    /// word ending in "s" that no name held was read as a plural noun. After a closing quotation mark a common noun is
    /// written in lower case, so there a capitalised one that no group noun lists is a surname.
    @Test func aSurnameEndingInSAfterAQuotationIsAPerson() throws {
        let doc = try annotate("“We will not be silenced,” Jones said. “He is right,” Williams said. “We will fight this,” Democrats said. Engineers said the bridge was safe.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Jones", "Williams", "Democrats", "Engineers"])
        #expect(doc.entities.map(\.kind) == [.person, .person, .group, .group])
        // (A paragraph opening after one that ends on a quotation opens its own sentence: "Figures" is a plural noun.)
        let figures = try annotate("The minister said: “We will act.”\n\nFigures published today show a record rise.")
        #expect(figures.entities.last?.kind == .group)
    }

    /// "A Labour MP said ..." made a person named "Labour", and "One GP said", "A CEO said" persons named "GP" and
    /// "CEO": a capitalised office after "a" or "one", with no name after it, was read as a name. It describes someone.
    @Test func anOfficeAfterAnIndefiniteArticleDescribesSomeone() throws {
        let doc = try annotate("A Labour MP said the plan was wrong. One GP said: “I see it every week.” A CEO said it was fine. A senior GP said it was not.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Labour MP", "One GP", "CEO", "senior GP"])
        #expect(doc.quotes.allSatisfy { $0.speaker?.resolution == .description })
        #expect(doc.entities.filter { $0.kind == .person }.map(\.name) == ["Labour MP", "One GP", "CEO", "senior GP"])
    }

    /// "Prime Minister Sanae Takaichi met reporters. The Prime Minister said ..." made a person "Prime Minister": an office
    /// of two capitalised words with "the" names the person last named with it, as "the minister" does.
    @Test func aCapitalisedOfficeOfTwoWordsNamesItsHolder() throws {
        let doc = try annotate("Prime Minister Sanae Takaichi met reporters. The Prime Minister said the talks went well.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Sanae Takaichi"])
        #expect(doc.entities.map(\.name) == ["Sanae Takaichi"])
    }

    /// "Downing Street said the minister had its support." made Downing Street a person, as any name of two words that
    /// speaks is, and "Great Ormond Street Hospital said" too: a name closed by a place's or a building's noun that
    /// speaks is the body that works there.
    @Test func aPlaceThatSpeaksIsABody() throws {
        let doc = try annotate("Downing Street said the minister had its support. Great Ormond Street Hospital said the ward would reopen.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Downing Street", "Great Ormond Street Hospital"])
        #expect(doc.entities.map(\.kind) == [.organization, .organization])
    }

    /// "Downing Street declined to comment." made an entity "Street": a sentence's opening word in "-ing" before a name is
    /// read as a gerund ("Injecting Clinton into ..."), kept only before a reporting verb or an auxiliary.
    @Test func aPlaceNameInIngBeforeAPastTenseKeepsItsFirstWord() throws {
        let doc = try annotate("Downing Street declined to comment on the report. Injecting Clinton into the race changed it.")
        #expect(doc.entities.map(\.name) == ["Downing Street", "Clinton"])
    }

    /// "Floods: ‘We lost everything in an hour’" gave the words to a group "Floods", and "Brexit: ‘...’" to a person
    /// "Brexit": a bare label before a colon was read as the speaker whatever it named. A label that is no role, group,
    /// first name or name in the article is the story's topic.
    @Test func aTopicLabelIsNoSpeaker() throws {
        let doc = try annotate("Floods: ‘We lost everything in an hour’\n\nBrexit: ‘We will not back down’\n\nMinister: ‘I will not resign’\n\nSandra Wells: ‘It was terrifying’")
        #expect(doc.quoteSummary.map(\.speaker) == [nil, nil, "Minister", "Sandra Wells"])
    }

    /// "Floods: ‘We lost everything in an hour’" over a body where Sandra Wells says those words named no one: a
    /// quotation at the top of the story takes the speaker of a later quotation that holds its words.
    @Test func aHeadlineQuotationTakesTheSpeakerOfItsEcho() throws {
        let doc = try annotate("Floods: ‘We Lost Everything in an Hour’\n\nResidents are counting the cost.\n\n“The water came fast. We lost everything in an hour,” said Sandra Wells.\n\n“It is over,” said Tom Reed.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Sandra Wells", "Sandra Wells", "Tom Reed"])
        #expect(doc.quotes.first?.speaker?.resolution == .context)
        // (Two words recur by chance: no speaker.)
        let short = try annotate("Storm: ‘It’s over’\n\n“It’s over for us,” said Tom Reed.")
        #expect(short.quotes.filter { $0.span.start < 20 }.allSatisfy { $0.speaker == nil })
    }

    /// "Former United captain Gary Neville described ..." made an organisation "Former United": "Former" opening a
    /// sentence is the adjective, no part of a name.
    @Test func formerOpeningASentenceIsNoName() throws {
        let doc = try annotate("Former United captain Gary Neville described the winner as “a moment of pure class”.")
        #expect(doc.entities.map(\.name) == ["United", "Gary Neville"])
    }

    /// "Software company Brightline will cut 1,200 jobs, the firm announced." gave the words to "the firm", a
    /// description: the trailing business noun names the body that opens the sentence only when its name is the first
    /// word. A name that a business noun introduces there is that body too.
    @Test func aTrailingBusinessNounNamesTheBodyItsSentenceIntroduces() throws {
        let doc = try annotate("Software company Brightline will cut 1,200 jobs, the firm announced on Wednesday. Budget airline SkyWest Air cancelled 40 flights, the airline said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Brightline", "SkyWest Air"])
        #expect(doc.entities.map(\.kind) == [.organization, .organization])
    }

    /// "A source said she was furious about the findings and intended to appeal." gave the source an intention, "to
    /// appeal", as a second quote: an intention after "and" and a reported clause of its own continues that clause.
    @Test func anIntentionAfterAReportedClauseContinuesIt() throws {
        let doc = try annotate("A source close to the minister said she was furious about the findings and intended to appeal. The council said the road was unsafe and warned drivers to avoid it.")
        #expect(doc.quoteSummary.map(\.text) == ["she was furious about the findings and intended to appeal", "the road was unsafe", "drivers to avoid it"])
    }

    /// "Police appeal after teenager injured in hit-and-run" reported the accident as what the police said: a
    /// directive verb with no object, then "after", is an act at a time.
    @Test func aDirectiveThenAfterReportsNothing() throws {
        let doc = try annotate("Police appeal after teenager injured in hit-and-run\n\nPolice are appealing for witnesses after a boy was injured. Officials urged calm amid the protests.")
        #expect(doc.quoteSummary.map(\.text) == ["witnesses", "calm"])
    }

    /// "Police are appealing for witnesses after a 15-year-old boy was seriously injured." ran the object into the
    /// circumstance, though "after a boy was injured" ended it: a subordinator, a determiner and a noun then a verb
    /// open a clause, and so they do with an age or an adjective before the noun.
    @Test func anObjectEndsBeforeAClauseWhoseNounHasModifiers() throws {
        let doc = try annotate("Police are appealing for witnesses after a 15-year-old boy was seriously injured. Officers appealed for information after a young cyclist was hurt.")
        #expect(doc.quoteSummary.map(\.text) == ["witnesses", "information"])
    }

    /// "The mayor praised the crews after a long night." kept the time in the object: "after" or "before" a time,
    /// with one adjective at most, says when it was said.
    @Test func aTimeAfterTheObjectIsNoPartOfIt() throws {
        let doc = try annotate("The mayor praised the crews after a long night. The minister urged calm before the weekend.")
        #expect(doc.quoteSummary.map(\.text) == ["the crews", "calm"])
    }

    /// "The deal collapsed after Republicans said the plan did not go far enough" made a person named "Republicans": a
    /// capitalised word inside the sentence is read as a name, and a name that speaks was a person. A lone name that a
    /// plural group noun spells is the group, as it is when it opens the sentence.
    @Test func aPartysPluralInsideASentenceIsAGroup() throws {
        let doc = try annotate("The deal collapsed after Republicans said the plan did not go far enough. Harlan said he was disappointed.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Republicans", "Harlan"])
        #expect(doc.entities.map(\.kind) == [.group, .person])
    }

    /// "Last year he told a US senator to “grow up”." reported nothing: a request's infinitive after its listener was
    /// looked for right after "to", where the quotation mark stood.
    @Test func aRequestsQuotedInfinitiveIsItsContent() throws {
        let doc = try annotate("Last year Kane told a US senator to “grow up”. She told him to “stop the nonsense”.")
        #expect(doc.quoteSummary.map(\.text) == ["a US senator to “grow up”", "“grow up”", "him to “stop the nonsense”", "“stop the nonsense”"])
    }

    /// "Last year he called the minister a fool and told reporters the plan was dead." gave the second speech to a
    /// person named "Last": the verb after "and" takes the sentence's subject, which was read from the sentence's
    /// first capitalised word. A time of two words opening the sentence is no part of its subject.
    @Test func aLeadingTimeIsNoSubjectOfACoordinatedVerb() throws {
        let doc = try annotate("Victor Kane has clashed with regulators. Last year he called the minister a fool and told reporters the plan was dead.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Victor Kane", "Victor Kane"])
        #expect(doc.entities.map(\.name) == ["Victor Kane"])
    }

    /// "The Educational Institute of Scotland (EIS) said ... the EIS said" listed "EIS" as an entity of its own: an
    /// abbreviation defined in brackets right after a name is that name's.
    @Test func anAbbreviationInBracketsAfterANameIsThatName() throws {
        let doc = try annotate("The Educational Institute of Scotland (EIS) said members backed action. The EIS said talks would resume.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Educational Institute of Scotland", "Educational Institute of Scotland"])
        #expect(doc.entities.first?.mentions.count == 3)
        #expect(!doc.entities.contains { $0.name == "EIS" })
    }

    /// "Parents' group Connect said ..." and "Campaign group Connect said ..." made a person named "Connect": a body's
    /// noun right before a one-word name, after the word that opens the sentence or a possessor, says it is a body.
    @Test func aBodysNounBeforeAOneWordNameNamesABody() throws {
        for text in ["Parents' group Connect said families were worried.", "Campaign group Connect said families were worried.",
                     "Consumer group Which? said prices rose."] {
            let doc = try annotate(text)
            #expect(doc.entities.map(\.kind) == [.organization], "\(text)")
        }
    }

    /// "Patients treated at the hospital said the staff were rude." described a speaker of no kind: the phrase's last
    /// noun, "hospital", was taken for its head. A plural noun before a participle or a preposition heads the phrase.
    @Test func aPluralBeforeItsPostmodifierHeadsTheDescription() throws {
        let doc = try annotate("Patients treated at the hospital said the staff were rude. Parents of pupils at the school said they were worried.")
        #expect(doc.entities.map(\.kind) == [.group, .group])
        #expect(doc.quoteSummary.map(\.speaker) == ["Patients treated at the hospital", "Parents of pupils at the school"])
    }

    /// "The parents of pupils at the school said ..." gave the words to "pupils at the school": the people before
    /// "at" were taken for the speakers, without the people or the relation whose they are.
    @Test func thePeopleOfAGroupBeforeItsPlaceSpeak() throws {
        let doc = try annotate("The parents of pupils at the school said they were worried. The mother of a pupil at the school said she was angry.")
        #expect(doc.quoteSummary.map(\.speaker) == ["parents of pupils at the school", "mother of a pupil at the school"])
    }

    /// "Interview: 'I never planned to be a politician'" over an interview of unlabelled questions and answers left the
    /// headline's words with no speaker, and "My mum still asks ..." described a speaker of no kind. The headline's
    /// quotation is the interviewee's; a mother is a woman.
    @Test func anInterviewsHeadlineQuotationIsTheIntervieweesWords() throws {
        let text = """
            Interview: 'I never planned to be a politician'

            Amara Okafor was a nurse before she was elected. She spoke to us about why she nearly quit.

            You were a nurse for two decades. Why politics?

            Honestly, I got angry. I watched colleagues leave, and nobody seemed to care.

            Was it a difficult decision for you?

            Very. My mum still asks when I'm going back to a proper job.

            What has surprised you most?

            How slow it is. In a hospital you fix it in ten minutes. Here it takes ten months.
            """
        let doc = try annotate(text)
        #expect(doc.quoteSummary.first?.speaker == "Amara Okafor")
        #expect(doc.entities.first { $0.name == "My mum" }.map { $0.kind == .person && $0.gender == .female } == true)
    }

    /// "Storm Agnes: thousands without power as winds reach 80mph" over a story that names Storm Agnes again gave the
    /// headline to a person named "Storm Agnes": a known name before a headline's colon speaks, but a storm's is the topic.
    @Test func aStormsNameBeforeAHeadlinesColonIsTheTopic() throws {
        let doc = try annotate("Storm Agnes: thousands without power as winds reach 80mph\n\nMore than 40,000 homes lost power as Storm Agnes arrived.")
        #expect(doc.quotes.isEmpty)
    }

    /// "Minister defends plan to close rural courts" over "Justice Minister Alan Pryce has defended plans ..." gave the
    /// headline to a description, "Minister"; and "Both women said" described a speaker of no kind. A headline's bare
    /// role is the one person the story names with it; "women" is a plural.
    @Test func aHeadlinesRoleIsThePersonTheStoryNamesWithIt() throws {
        let doc = try annotate("Minister defends plan to close rural courts\n\nJustice Minister Alan Pryce has defended plans to close 30 courts, insisting the move would save money. Both women said they were opposed.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Alan Pryce", "Alan Pryce", "Alan Pryce", "Both women"])
        #expect(doc.entities.first { $0.name == "Both women" }?.kind == .group)
        let two = try annotate("Minister defends plan\n\nMinister Alan Pryce said the plan was sound. Minister Jo Hale said it was not.")
        #expect(two.quoteSummary.first?.speaker == "Minister")
        // ("Justice Minister Alan Pryce ... the minister said": a minister of a field is the minister; a vice president
        // is not the president.)
        let field = try annotate("Justice Minister Alan Pryce defended the plans. The minister said the move would save money. Vice President Joe Hale agreed. The president said nothing would change.")
        #expect(field.quoteSummary.map(\.speaker) == ["Alan Pryce", "Alan Pryce", "president"])
    }

    /// "said Amy Fox, who chairs the Northgate Town Supporters' Trust" listed an entity "Northgate Town Supporters": the
    /// name ended at the plural's apostrophe. Before a body's noun the apostrophe is inside the name.
    @Test func aPluralsApostropheInsideABodysName() throws {
        let doc = try annotate("“It was the right call,” said Amy Fox, who chairs the Northgate Town Supporters' Trust. The Teachers' Union said it agreed.")
        #expect(doc.entities.map(\.name) == ["Amy Fox", "Northgate Town Supporters' Trust", "Teachers' Union"])
        #expect(doc.quoteSummary.map(\.speaker) == ["Amy Fox", "Teachers' Union"])
    }

    /// "Prof Stephen Duffy, of Queen Mary University of London, said" listed "Mary University of London", a woman: the
    /// title "Queen" was split off the name. A name whose head before "of" is a body's keeps its title word.
    @Test func aTitleOpeningABodysNameWithOfStaysInIt() throws {
        let doc = try annotate("Prof Stephen Duffy, of Queen Mary University of London, said the study was sound.")
        #expect(doc.entities.map(\.name) == ["Stephen Duffy", "Queen Mary University of London"])
        #expect(doc.entities.last.map { $0.kind == .organization && $0.gender == .unknown } == true)
    }

    /// "Surfers Against Sewage, a campaign group, said the spill was “yet another example”" made a person of the group:
    /// a body's noun closing a short appositive right after a name says it is a body.
    @Test func aBodysNounInAnAppositiveMakesTheNameABody() throws {
        let doc = try annotate("Surfers Against Sewage, a campaign group, said the spill was a scandal. Tom Pike, a family friend, said he was shocked.")
        #expect(doc.entities.map(\.kind) == [.organization, .person])
        // (Not a place described through another's: "Rangoon, the nation's former capital,".)
        let place = try annotate("Obama's 2012 visit to Rangoon, the nation's former capital, was a success, aides said.")
        #expect(place.entities.first { $0.name == "Rangoon" }?.kind == .other)
    }

    /// "Mark Chambers, who led Westshire Police, ... Mr Chambers declined to comment" made an organisation of him: the
    /// surname is a body's word ("Brick Court Chambers"). A first name or a title and one surname name a person.
    @Test func aSurnameSpellingABodysWordAfterAFirstNameIsAPerson() throws {
        let doc = try annotate("Mark Chambers, who led Westshire Police, said he had done nothing wrong. Mr Chambers said he was relieved. The Michael Fox Foundation said it agreed. The Sierra Club said it agreed too.")
        #expect(doc.entities.map(\.kind) == [.person, .organization, .organization, .organization])
        #expect(doc.quoteSummary.map(\.speaker) == ["Mark Chambers", "Mark Chambers", "Michael Fox Foundation", "Sierra Club"])
    }

    /// "Chirp opened an inquiry. ... a Chirp spokesperson said it was reviewing the request" left "Chirp" of no kind:
    /// the name right before a spokesperson's noun is the body the spokesperson speaks for.
    @Test func theNameBeforeASpokespersonIsABody() throws {
        let doc = try annotate("Regulators opened an inquiry into Chirp. Asked on Monday, a Chirp spokesperson said it was reviewing the request.")
        #expect(doc.entities.first { $0.name == "Chirp" }?.kind == .organization)
    }

    /// "Storm Agnes: ‘We have never seen wind like this’" over a story that gives the words to a farmer gave them to
    /// "Storm Agnes": the storm check sat only in the headline path without quotation marks, and a label whose first
    /// word is a first name ("Agnes") may speak before a colon. A label opening with a storm's noun is the topic.
    @Test func aStormsNameBeforeAQuotationsColonIsTheTopic() throws {
        let doc = try annotate("Storm Agnes: “We have never seen wind like this”\n\nStorm Agnes brought down trees across the county. “We have never seen wind like this,” said farmer Tom Reilly.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Tom Reilly", "Tom Reilly"])
    }

    /// "But one large investor, who asked not to be named, said the board had been too slow to react" reported nothing:
    /// a description before a relative clause's comma had to open the sentence, and "But" or "Still," came first. A
    /// discourse word opening the sentence is not part of the phrase.
    @Test func aDiscourseWordBeforeADescriptionWithARelativeClause() throws {
        let but = try annotate("But one large investor, who asked not to be named, said the board had been too slow to react.")
        #expect(but.quoteSummary.map(\.speaker) == ["one large investor"])
        let still = try annotate("Still, a senior aide, who was at the meeting, said the plan was dead.")
        #expect(still.quoteSummary.map(\.speaker) == ["senior aide"])
        // (A name after the word was found already, and stays found.)
        let name = try annotate("However, Tom Hale, who chairs the board, said it had been too slow.")
        #expect(name.quoteSummary.map(\.speaker) == ["Tom Hale"])
    }

    /// "Sarah Lindqvist said ... A spokeswoman for the charity, Marston Homes Trust, said it welcomed the sentence. “...,”
    /// she added" gave the last words to Sarah Lindqvist: the spokeswoman's "she" was read for the body she speaks for
    /// only when no woman had spoken before. The spokesperson opening the sentence just before is nearer than any
    /// earlier speaker, when her noun agrees with the pronoun.
    @Test func aSpokespersonsPronounBeatsAnEarlierSpeaker() throws {
        let doc = try annotate("Sarah Lindqvist said her client was ashamed. A spokeswoman for the charity, Marston Homes Trust, said it welcomed the sentence. “Our tenants deserve better,” she added.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Sarah Lindqvist", "Marston Homes Trust", "Marston Homes Trust"])
        // (A spokesman's noun says he is no "she": the woman named before speaks.)
        let man = try annotate("Sarah Lindqvist said her client was ashamed. A spokesman for the charity, Marston Homes Trust, said it welcomed the sentence. “Our tenants deserve better,” she added.")
        #expect(man.quoteSummary.map(\.speaker) == ["Sarah Lindqvist", "Marston Homes Trust", "Sarah Lindqvist"])
    }

    /// "An official said the plan was dead. “We tried everything,” she added" left "she" unresolved and "official" of no
    /// kind, as "an aide to Mayor Olsen" and "one large investor": only titles and a short list of person nouns made a
    /// description a person. One of a group of people the lexicon lists ("officials", "aides", "investors") is a person.
    @Test func oneMemberOfAGroupOfPeopleIsAPerson() throws {
        let doc = try annotate("An official said the plan was dead. “We tried everything,” she added.")
        #expect(doc.quoteSummary.map(\.speaker) == ["official", "official"])
        #expect(doc.entities.first { $0.name == "official" }.map { $0.kind == .person && $0.gender == .female } == true)
        let aide = try annotate("An aide to Mayor Olsen said the plan was dead. One large investor said it was not.")
        #expect(aide.entities.first { $0.name == "aide to Mayor Olsen" }?.kind == .person)
        #expect(aide.entities.first { $0.name == "One large investor" }?.kind == .person)
        // (A record is no person, though polls speak as groups do.)
        let poll = try annotate("A new poll said voters disagreed.")
        #expect(poll.entities.first { $0.name == "new poll" }?.kind == .other)
    }

    /// "NHS England said the rise was driven by strikes" made "NHS England" a person, as "BBC Scotland" and "ITV News":
    /// a name that speaks is a person unless something shows a body. An abbreviation in capitals among a name's words
    /// in mixed case shows one; a person's initials are two letters ("JD Vance") and a king's number is no abbreviation.
    @Test func anAbbreviationInsideANameMakesItABody() throws {
        let doc = try annotate("NHS England said the rise was driven by strikes. BBC Scotland said it would appeal. JD Vance said he agreed. Henry VIII said nothing.")
        #expect(doc.entities.first { $0.name == "NHS England" }?.kind == .organization)
        #expect(doc.entities.first { $0.name == "BBC Scotland" }?.kind == .organization)
        #expect(doc.entities.first { $0.name == "JD Vance" }?.kind == .person)
        #expect(doc.entities.first { $0.name == "Henry VIII" }?.kind == .person)
    }

    /// "The British Medical Association ... of the BMA's junior doctors committee ... The BMA said" made "BMA" an entity of
    /// its own: only an abbreviation defined in brackets joined its name. A word in capitals that spells the initials of
    /// a name of three words or more named before is that name; a capitalised word that spells them is not.
    @Test func aWordInCapitalsSpellingANamesInitialsIsThatName() throws {
        let doc = try annotate("The British Medical Association blamed the government. Dr Rob Laurenson, of the BMA's junior doctors committee, said nobody wanted to strike. The BMA said it would ballot members again.")
        #expect(doc.quoteSummary.map(\.speaker) == ["British Medical Association", "Rob Laurenson", "British Medical Association"])
        #expect(!doc.entities.contains { $0.name == "BMA" })
        // ("Federal Bureau of Investigation ... FBI": past "of".)
        let fbi = try annotate("The Federal Bureau of Investigation opened an inquiry. The FBI said it had no comment.")
        #expect(fbi.quoteSummary.map(\.speaker) == ["Federal Bureau of Investigation"])
    }

    /// "Hungary's Viktor Orban went further, saying Brussels was trying to “punish” countries" gave the words to a
    /// description "Hungary's Viktor Orban went": "further" may stand before a verb as a helper ("he further said"),
    /// and was read as the clause's verb. After a verb it is that verb's adverb.
    @Test func anAdverbAfterAVerbBeforeAParticiplesComma() throws {
        let doc = try annotate("Hungary's Viktor Orban went further, saying Brussels was trying to punish countries.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Viktor Orban"])
        let role = try annotate("The Hungarian leader went further, saying Brussels was wrong.")
        #expect(role.quoteSummary.map(\.speaker) == ["Hungarian leader"])
    }

    /// "Another resident, Mark Fenwick, 58, was less forgiving: “...”" gave the words to "another shop owner": the name
    /// in the appositive after a description speaks only when a verb follows its comma, and an age stood between.
    @Test func anAgeAfterTheNameInADescriptionsAppositive() throws {
        let doc = try annotate("“He has done a lot for the town,” said one shop owner. Another resident, Mark Fenwick, 58, was less forgiving: “If it was anyone else, they would be gone already.”")
        #expect(doc.quoteSummary.map(\.speaker) == ["one shop owner", "Mark Fenwick"])
        let possessed = try annotate("The victim's neighbour, Ruth Ames, 61, was blunt: “Nobody listened to us.”")
        #expect(possessed.quoteSummary.map(\.speaker) == ["Ruth Ames"])
    }

    /// "Her management company, Starline Artists, said ..." made "Starline Artists" a person: a business's noun before a
    /// name's comma made it a body only right after "the". A possessor or modifiers before the noun do too.
    @Test func aBusinessNounWithModifiersBeforeANamesComma() throws {
        let doc = try annotate("Her management company, Starline Artists, said all tickets would be refunded. The parent company, Halden Group, said it was not consulted.")
        #expect(doc.entities.first { $0.name == "Starline Artists" }?.kind == .organization)
        #expect(doc.entities.first { $0.name == "Halden Group" }?.kind == .organization)
        // (A person's role is no body: "Her campaign manager, Tom Hale, said".)
        let person = try annotate("Her campaign manager, Tom Hale, said the tour was over.")
        #expect(person.entities.first { $0.name == "Tom Hale" }?.kind == .person)
    }

    /// "But allies of Karim were less generous, with one saying Duncan had “a lot of explaining to do”" left "one"
    /// unresolved: "one" alone was read as one of the plural subject of the sentence before, or of the last group to
    /// speak. The plural subject of its own sentence, before it, comes first.
    @Test func oneAfterAPluralSubjectInItsOwnSentence() throws {
        let doc = try annotate("Price welcomed her into the race. But allies of Karim were less generous, with one saying Duncan had “a lot of explaining to do”.")
        let opening = try annotate("Price welcomed her. Allies of Karim were less generous, with one saying Duncan had “a lot of explaining to do”.")
        #expect(opening.quoteSummary.first?.speaker == "one of allies of Karim")
        #expect(doc.quoteSummary.first?.speaker == "one of allies of Karim")
    }

    /// "Chipmaker warns of slower sales" over "Shares in Veltrix fell after the chipmaker cut its forecast" gave the
    /// headline to a body of its own, "Chipmaker": a headline's trade noun without its article is the business the
    /// story goes on to call "the chipmaker".
    @Test func aHeadlinesTradeNounIsTheBusinessTheStoryNamesWithIt() throws {
        let doc = try annotate("Chipmaker warns of slower sales\n\nShares in Veltrix fell 12% on Thursday after the chipmaker cut its forecast, blaming weak demand.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Veltrix", "Veltrix"])
        #expect(!doc.entities.contains { $0.name == "Chipmaker" })
        // (With no such body named, the noun stays a description of a body.)
        let alone = try annotate("Chipmaker warns of slower sales\n\nOrders for phone chips fell again in March.")
        #expect(alone.entities.first { $0.name == "Chipmaker" }?.kind == .organization)
    }

    /// "Democrats seized upon Mr. Trump's appearance, in which he said he was skeptical" gave "he" to King, named a
    /// sentence before, once a reader of no gender had spoken earlier: a name in the pronoun's own sentence was passed
    /// over. A pronoun opening a relative clause about a thing someone owns is its owner.
    @Test func aPronounInARelativeClauseAboutAPossessionIsItsOwner() throws {
        let doc = try annotate("A reader would now ask: “Why is he there?” These are the times of Donald Trump, who sat for an interview on Mr. King's show. Democrats seized upon Mr. Trump's appearance, in which he said he was skeptical of the intelligence.")
        #expect(doc.quoteSummary.map(\.speaker) == ["reader", "Donald Trump"])
    }

    /// "Westfield United dismissed its coach ... [eight sentences of other speakers] ... Vickers will take charge, the club
    /// said" left "the club" a body of its own: an organisation's noun looked back three sentences only. When none is
    /// named there, the body the story opens with, when the noun fits it, is the one meant.
    @Test func anOrganisationsNounFarFromItsNameIsTheBodyTheStoryOpensWith() throws {
        let doc = try annotate("""
        Westfield United dismissed head coach Paolo Renzi on Sunday.

        Renzi won only four of his 17 matches. He did not respond to requests for comment.

        Captain Luke Dawson said the players shared the blame. “We have to look at ourselves,” he said.

        One fan, Carl Mitchell, said the problem went higher. “They sold our best players,” he said.

        Assistant coach Tony Vickers will take charge of the team on Wednesday, the club said.
        """)
        #expect(doc.quoteSummary.last?.speaker == "Westfield United")
        #expect(!doc.entities.contains { $0.name == "club" })
        // (A noun the opening body does not fit stays a description: a club is no ministry.)
        let other = try annotate("""
        The Ministry of Defence confirmed the order on Monday.

        Captain Luke Dawson said the players shared the blame. “We have to look at ourselves,” he said.

        One fan, Carl Mitchell, said the problem went higher. “They sold our best players,” he said.

        Assistant coach Tony Vickers will take charge of the team on Wednesday, the club said.
        """)
        #expect(other.quoteSummary.last?.speaker == "club")
    }

    /// "Jean-Marc Fabre said ..." left Fabre of no gender: a hyphenated first name the lexicon does not list has the
    /// gender of its first part, or of its second when the first is given to both ("Jean" in English and French).
    @Test func aHyphenatedFirstNameHasTheGenderOfItsParts() throws {
        let doc = try annotate("Jean-Marc Fabre, a grower, said prices were falling. Marie-Claire Dubois said they were not. Hans-Peter Braun said nothing had changed.")
        #expect(doc.entities.first { $0.name == "Jean-Marc Fabre" }?.gender == .male)
        #expect(doc.entities.first { $0.name == "Marie-Claire Dubois" }?.gender == .female)
        #expect(doc.entities.first { $0.name == "Hans-Peter Braun" }?.gender == .male)
        // (A listed compound keeps its own entry: "Jean-Marie" is a man's name though "Marie" is a woman's.)
        let listed = try annotate("Jean-Marie Roux said the talks had failed.")
        #expect(listed.entities.first { $0.name == "Jean-Marie Roux" }?.gender == .male)
    }

    /// "Shop owners along the route say they will lose trade" reported nothing, and "Shop owners on the street said"
    /// was a speaker of no kind: "along" was no preposition a subject may hold, and a plural of people after a noun
    /// that modifies it ("shop owners") was not seen as the head a preposition's phrase follows.
    @Test func aPluralSubjectWithAModifierAndAPlace() throws {
        let along = try annotate("Shop owners along the route say they will lose trade.")
        #expect(along.quoteSummary.map(\.speaker) == ["Shop owners along the route"])
        #expect(along.entities.first { $0.name == "Shop owners along the route" }?.kind == .group)
        let on = try annotate("Shop owners on the street said they would lose trade.")
        #expect(on.entities.first { $0.name == "Shop owners on the street" }?.kind == .group)
    }

    /// "Marco Bellini said half his customers arrive by car" reported nothing: a present verb after a plural was a
    /// clause's only when the plural opened it alone or after one determiner. "all", "half" or "both" may stand
    /// before that determiner.
    @Test func aPredeterminerBeforeThePluralOpeningAClause() throws {
        let half = try annotate("Marco Bellini said half his customers arrive by car.")
        #expect(half.quoteSummary.map(\.speaker) == ["Marco Bellini"])
        let all = try annotate("The owner said all the shops close at six.")
        #expect(all.quoteSummary.count == 1)
    }

    /// "Ireland's Data Protection Commission fined Meta ... The regulator said the company had continued ..." gave the
    /// regulator's words to Meta, and "according to the commission" later made a body of its own: the noun named the
    /// organisation mentioned last, or none when that one did not fit. A body whose name holds the noun's kind now comes
    /// before one that merely may be of it, and one that cannot be is passed over.
    @Test func anOrganisationsNounPrefersTheBodyWhoseNameHoldsItsKind() throws {
        let doc = try annotate("""
        The Data Protection Commission fined Meta €1.2 billion on Monday for sending users' data abroad.

        The regulator said the company had ignored a ruling. Meta said it would appeal. Max Schrems said the fine could have been higher.

        According to the commission, Meta has five months to stop the transfers.
        """)
        #expect(doc.quoteSummary.map(\.speaker) == ["Data Protection Commission", "Meta", "Max Schrems", "Data Protection Commission"])
        #expect(!doc.entities.contains { $0.name == "commission" })
    }

    /// "“This decision is flawed,” Nick Clegg and Jennifer Newstead wrote in a blog post" reported nothing: two names
    /// joined by "and" spoke together only opening the sentence or after a comma. Right after the quotation they do too.
    @Test func twoNamesJoinedByAndAfterAQuotation() throws {
        let doc = try annotate("Meta said it would appeal. “This decision is flawed,” Nick Clegg and Jennifer Newstead wrote in a blog post.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Meta", "Nick Clegg and Jennifer Newstead"])
        #expect(doc.quoteSummary.last?.kind == "direct")
    }

    /// "Obama: 'We have more work to do'" over a story of Barack Obama that later quotes Michelle Obama gave the headline
    /// and "Obama paused" to Michelle: a surname alone named the latest person of that surname. Once the story has
    /// called one of them by the surname alone, the surname stays theirs.
    @Test func aSurnameAloneStaysWithThePersonTheStoryFirstCalledByIt() throws {
        let doc = try annotate("""
        Obama: 'We have more work to do'

        Former President Barack Obama urged young voters to turn out. “I know a lot of you are frustrated,” Obama told students in Philadelphia.

        Michelle Obama, who did not attend, wrote on Instagram that she was proud of them.

        Asked what advice he would give his younger self, Obama paused.
        """)
        let barack = try #require(doc.entities.first { $0.name == "Barack Obama" })
        let michelle = try #require(doc.entities.first { $0.name == "Michelle Obama" })
        #expect(barack.mentions.count == 4)
        #expect(michelle.mentions.count == 1)
        #expect(doc.quoteSummary.first?.speaker == "Barack Obama")
        // (With no surname alone before, the latest person of that name is still the one.)
        let later = try annotate("Barack Obama spoke first. Michelle Obama spoke next. Obama said the evening had gone well.")
        #expect(later.quoteSummary.first?.speaker == "Michelle Obama")
        // (Nor once the story has long moved on from the first: a chronology names the latest.)
        let years = String(repeating: "The economy grew slowly that year. ", count: 40)
        let chronology = try annotate("Gen. Ayub Khan took power in 1958. Khan ruled for a decade. \(years)In 1993 President Ghulam Ishaq Khan dissolved parliament. Khan said the government was corrupt.")
        #expect(chronology.quoteSummary.last?.speaker == "Ghulam Ishaq Khan")
    }

    /// "Hillary Clinton spoke at the debate. Okafor said Clinton doesn't show consistency. “...,” she said" gave the
    /// quotation to Clinton: a later woman beat an earlier speaker of unknown gender even when she was only named
    /// inside that speaker's own reported words.
    @Test func aPronounIsNotSomeoneNamedInsideTheLastSpeakersWords() throws {
        let doc = try annotate("Hillary Clinton spoke at the debate. Okafor said Clinton doesn't show consistency. “It's not something that she continuously says,” she said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Okafor", "Okafor"])
        // (A woman named after the speaker outside those words still is: "Sens. Jeff Merkley ... said. Hillary Clinton was
        // more circumspect. Though she called ...".)
        let outside = try annotate("Okafor said the plan was weak. Hillary Clinton was more circumspect. “We will look at it,” she said.")
        #expect(outside.quoteSummary.last?.speaker == "Hillary Clinton")
    }

    /// "One Napa County reporting station hasn’t seen rain since May" reported "station hasn’t seen rain" as Napa
    /// County's words, and the body took a later "he said": an "-ing" form of a reporting verb between a name and a
    /// bare noun that a verb follows modifies that noun ("reporting station", "warning center"); nothing is reported.
    @Test func anIngFormModifyingANounIsNoCue() throws {
        let station = try annotate("One Napa County reporting station hasn’t seen rain since May.")
        #expect(station.quoteSummary.isEmpty)
        let center = try annotate("The Miami warning center has issued an alert.")
        #expect(center.quoteSummary.isEmpty)
        // (A participle with its object still reports: "with Smith warning residents that ...".)
        let with = try annotate("The river rose overnight, with Mayor Ruth Ames warning residents that the bridge would close.")
        #expect(with.quoteSummary.map(\.speaker) == ["Ruth Ames"])
    }

    /// "... stranded at Glasgow Airport ... The airport said it had opened a lounge" made a description "airport" of no
    /// kind, so "A spokesman added" spoke for no one: an airport, a hospital, a museum, a school, a zoo, a prison or a
    /// library named by its noun is an organisation, as "the council" is.
    @Test func anAirportOrAHospitalIsAnOrganisationItsNounNames() throws {
        let doc = try annotate("Passengers were stranded overnight at Glasgow Airport. The airport said it had opened a lounge for families. A spokesman added: “We understand how frustrating this was.”")
        #expect(doc.quoteSummary.map(\.speaker) == ["Glasgow Airport", "Glasgow Airport"])
        let hospital = try annotate("A nurse raised concerns at St Aidan's Hospital in 2019. The hospital said it had changed since then.")
        #expect(hospital.quoteSummary.map(\.speaker) == ["St Aidan's Hospital"])
    }

    /// "“This decision is flawed,” said Nick Clegg and Jennifer Newstead." gave the words to Clegg alone: an inverted
    /// speaker's phrase ended at "and". A second name after "and" that closes the clause speaks with the first.
    @Test func twoInvertedNamesJoinedByAnd() throws {
        let doc = try annotate("“This decision is flawed,” said Nick Clegg and Jennifer Newstead.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Nick Clegg and Jennifer Newstead"])
        // (Not a name that opens a clause of its own: "said Ruth Ames and Tom Lee agreed" is no such pair.)
        let clause = try annotate("“It is over,” said Ruth Ames, and Tom Lee agreed.")
        #expect(clause.quoteSummary.map(\.speaker) == ["Ruth Ames"])
    }

    /// "SkyBridge Airways has apologised to passengers stranded at Glasgow Airport ... [four sentences] ... The airport
    /// said" left "airport" a body of its own: the lead's first body was tried alone, and an airline is no airport. The
    /// first body in the lead that the noun fits is the one.
    @Test func theLeadsFirstBodyThatTheNounFits() throws {
        let doc = try annotate("""
        SkyBridge Airways has apologised to passengers stranded overnight at Glasgow Airport.

        Graham Lennox said they slept on the floor. Tessa Marr said staff had been unhelpful. SkyBridge said the fault was unexpected. The carrier said passengers would be paid.

        The airport said it had opened a lounge for families.
        """)
        #expect(doc.quoteSummary.last?.speaker == "Glasgow Airport")
    }

    /// "“This decision is flawed,” Nick Clegg, the company's president, and Jennifer Newstead, its chief legal officer,
    /// wrote" reported nothing, and opening a sentence the same pair gave Newstead alone: two names joined by "and"
    /// each with its appositive speak together too, shown without the appositives.
    @Test func twoNamesEachWithAnAppositiveSpeakTogether() throws {
        let after = try annotate("Meta said it would appeal. “This decision is flawed,” Nick Clegg, the company's president, and Jennifer Newstead, its chief legal officer, wrote.")
        #expect(after.quoteSummary.map(\.speaker) == ["Meta", "Nick Clegg and Jennifer Newstead"])
        let opening = try annotate("Nick Clegg, the company's president, and Jennifer Newstead, its chief legal officer, said the decision was flawed.")
        #expect(opening.quoteSummary.map(\.speaker) == ["Nick Clegg and Jennifer Newstead"])
    }

    /// "Sophie Trent, a retail analyst at Greystone, said the company faced a difficult Christmas." gave the analyst's
    /// name and appositive as the words of "Christmas": "faced a difficult" was read as lower-case descriptors before a
    /// name ("said coal miner Joe Smith"). A past verb right after the phrase's noun, or an article, is no descriptor.
    @Test func aClauseEndingInANameIsNoInvertedSpeaker() throws {
        let doc = try annotate("Sophie Trent, a retail analyst at Greystone, said the company faced a difficult Christmas.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Sophie Trent"])
        #expect(doc.quoteSummary.map(\.text) == ["the company faced a difficult Christmas"])
    }

    /// "Harriers snatch late win as Doyle fumes at referee ... said Ashford manager Kevin Doyle. Doyle said" kept the
    /// headline's "Doyle" as a person of its own, and the later "Doyle" went to it, not to Kevin Doyle. A person first
    /// called by the surname alone is the first person the story then names in full with it.
    @Test func aSurnameBeforeTheFullNameIsThatPerson() throws {
        let doc = try annotate("""
        Harriers snatch late win as Doyle fumes at referee

        Ashford lost 2-1. “It's a disgrace,” said Ashford manager Kevin Doyle. Doyle said he would write to the league.
        """)
        #expect(doc.quoteSummary.map(\.speaker) == ["Kevin Doyle", "Kevin Doyle"])
        #expect(doc.entities.filter { $0.name.hasSuffix("Doyle") }.map { [$0.name, "\($0.mentions.count)"] } == [["Kevin Doyle", "3"]])
    }

    /// "The First Minister of Wales said ..." and "The Governor of Texas said ..." gave the words to "Wales" and
    /// "Texas", made persons: a capitalised title was read as the start of a name ("Secretary of State John Kerry"),
    /// so its place spoke. After "the", the title and its place are one role, as "the mayor of London" is.
    @Test func aCapitalisedTitleOfAPlaceSpeaksNotThePlace() throws {
        let doc = try annotate("The First Minister of Wales said the novelist had given a voice to the valleys. The Governor of Texas said the deal was good.")
        #expect(doc.quoteSummary.map(\.speaker) == ["First Minister of Wales", "Governor of Texas"])
        #expect(!doc.entities.contains { ($0.name == "Wales" || $0.name == "Texas") && $0.kind == .person })
    }

    /// "Orbis Retail reported a fall in profits ... The chain said" made "Orbis Retail" a person, and "the chain" a body of
    /// its own: a company name closing with its trade's word ("Retail", "Brands", "Properties") names a business.
    @Test func aNameClosedByItsTradeIsABusiness() throws {
        let doc = try annotate("Orbis Retail reported a fall in profits, blaming cautious shoppers. The chain said it would not cut jobs.")
        #expect(doc.entities.first { $0.name == "Orbis Retail" }?.kind == .organization)
        #expect(doc.quoteSummary.map(\.speaker) == ["Orbis Retail", "Orbis Retail"])
    }

    /// "Junior doctors have rejected the offer, with their union warning that strikes will continue" gave the warning to
    /// the doctors, through "their": "union warning" was read as a speech noun and its modifier ("their final warning
    /// that"). A noun of people or of a body before the "-ing" form is the participle's subject.
    @Test func aBodyBeforeWarningIsTheParticiplesSubject() throws {
        let doc = try annotate("Junior doctors have rejected the offer, with their union warning that strikes will continue.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Junior doctors", "their union"])
        let noun = try annotate("The minister repeated his stark warning that the deal was dead.")
        #expect(noun.quoteSummary.map(\.text) == ["the deal was dead"])
    }

    /// "Downing Street declined to comment on the row. A spokesman said ..." left the spokesman speaking for no one:
    /// "Downing Street" was a name of no kind, so no body opened the sentence before. The seat of a government stands
    /// for the government: an organisation.
    @Test func theSeatOfAGovernmentIsABody() throws {
        let doc = try annotate("Downing Street declined to comment on the row. A spokesman said a decision would be taken soon.")
        #expect(doc.entities.first { $0.name == "Downing Street" }?.kind == .organization)
        #expect(doc.quoteSummary.map(\.speaker) == ["Downing Street"])
    }

    /// "Human Rights Watch called for an inquiry" made a person of "Human Rights Watch", and "Skyline Air" was a name of no
    /// kind: "Watch" and "Air" close bodies' names, never people's.
    @Test func watchAndAirCloseABodysName() throws {
        let doc = try annotate("Human Rights Watch called for an inquiry. Skyline Air said it would cooperate.")
        #expect(doc.entities.filter { $0.kind == .organization }.map(\.name) == ["Human Rights Watch", "Skyline Air"])
    }

    /// "FreshWay, based in Columbus, Ohio, said it would fight" gave the words to "Ohio": the state after the town's
    /// comma was read as an appositive name. A state or country closing a place opened by a preposition is part of that
    /// place; the appositive opens at the comma before it.
    @Test func aStateAfterItsTownIsNoAppositive() throws {
        let based = try annotate("FreshWay, based in Columbus, Ohio, said it would fight the case.")
        #expect(based.quoteSummary.map(\.speaker) == ["FreshWay"])
        let lawyer = try annotate("John Smith, a lawyer in Austin, Texas, said the case was weak.")
        #expect(lawyer.quoteSummary.map(\.speaker) == ["John Smith"])
        // (A person's name after the town's comma is the appositive: "an aide to the mayor of Leeds, Tom Lee, said".)
        let aide = try annotate("Speaking to reporters, an aide to the mayor of Leeds, Tom Lee, said the plan was dead.")
        #expect(aide.quoteSummary.map(\.speaker) == ["Tom Lee"])
        let head = try annotate("On Monday, the chief executive of a charity in Leeds, Tom Lee, said the plan was dead.")
        #expect(head.quoteSummary.map(\.speaker) == ["Tom Lee"])
    }

    /// "The U.S. Federal Trade Commission sued ... The FTC said" made "FTC" a body of its own: the initials were taken
    /// with the country's abbreviation ("UFTC"). A body's own initials leave out "U.S." before its name.
    @Test func initialsLeaveOutTheCountrysAbbreviation() throws {
        let doc = try annotate("The U.S. Federal Trade Commission sued FreshWay on Tuesday. The FTC said prices were too high.")
        #expect(doc.quoteSummary.map(\.speaker) == ["U.S. Federal Trade Commission"])
    }

    /// "The Spaniard, who had lost twice to Sinner, said he had changed his tactics. “I was too passive,” the 21-year-old
    /// said" gave the quotation to Sinner, the person named last: the sentence's subject spoke as "the Spaniard", which
    /// is no name's mention. The subject that spoke at the start of that sentence comes first, as a named one does.
    @Test func anEpithetNamesTheSubjectThatSpokeUnderADescription() throws {
        let doc = try annotate("""
        Carlos Alcaraz beat Jannik Sinner in Paris on Saturday.

        The Spaniard, who had lost his previous two matches against Sinner, said he had changed his tactics. "I was too passive," the 21-year-old said.
        """)
        #expect(doc.quoteSummary.map(\.speaker) == ["Carlos Alcaraz", "Carlos Alcaraz"])
    }

    /// "The team, from the University of Canterbury, collected samples ... Every sample contained plastic, they reported"
    /// left "they" unresolved: only a plural or a group noun could be the sentence before's plural subject. A team, a
    /// family or a crew is one too.
    @Test func theyNamesTheTeamThatOpenedTheSentenceBefore() throws {
        let doc = try annotate("The team, from the University of Canterbury, collected samples from 19 sites. Every sample contained plastic, they reported.")
        #expect(doc.quoteSummary.map(\.speaker) == ["team"])
    }

    /// "... some Democrats said it was unfair. Virginia Democrats said the plan was fair." made "Virginia Democrats" a
    /// woman (Virginia is a first name), and the earlier "Democrats" then took that name as a surname before its full
    /// name. A first name before a plural of people is a place naming a group of them, no person. (A name that speaks
    /// is still shown as a person, as "Tory MPs" is: see the README.)
    @Test func aFirstNameBeforeAPluralOfPeopleNamesAGroup() throws {
        let doc = try annotate("The plan split the party, and some Democrats said it was unfair. Virginia Democrats said the plan was fair.")
        #expect(doc.entities.first { $0.name == "Virginia Democrats" }?.gender == .unknown)
        #expect(doc.quoteSummary.map(\.speaker) == ["Democrats", "Virginia Democrats"])
    }

    /// "... led by foreign minister Elena Sorokina, who said her country wanted “a lasting peace, not a pause”." cut the
    /// speech at the comma inside the quotation: a relative clause's speech ends at a comma before the main clause's
    /// verb, and "not" can open a predicate. A comma inside an open quotation is the speaker's own.
    @Test func aRelativeClausesSpeechDoesNotEndInsideAQuotation() throws {
        let doc = try annotate("The delegation is led by foreign minister Elena Sorokina, who said her country wanted “a lasting peace, not a pause”.")
        #expect(doc.quoteSummary.map(\.text) == ["her country wanted “a lasting peace, not a pause”", "“a lasting peace, not a pause”"])
        #expect(doc.quotes.last?.within != nil)
    }

    /// "The delegation is led by Elena Sorokina, who said ..." gave the words to "delegation is": the rule for "Most
    /// economists polled by Reuters said" (the people asked speak) read "is led by" as such a phrase. After a helper
    /// the participle is the clause's own passive verb, and "who" is the name before it.
    @Test func aPassiveClauseBeforeWhoLeavesTheNameSpeaking() throws {
        let doc = try annotate("The delegation is led by Elena Sorokina, who said the talks were useful.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Elena Sorokina"])
        #expect(doc.entities.map(\.name) == ["Elena Sorokina"])
    }

    /// "Mayor Tom Ames defended not paying a builder, Sam Reid, who said he was owed money after he finished the roof,
    /// saying, “...”" gave the quotation to Reid: the participle took the pronoun opening "after he finished", a
    /// subordinate clause inside the relative clause's speech. A participle goes on with the clause it follows, not with
    /// a subordinate clause's subject, a cue's speech or a relative clause's speaker.
    @Test func aParticipleSkipsSubjectsOfSubordinateClauses() throws {
        let doc = try annotate("Mayor Tom Ames defended not paying a builder, Sam Reid, who said he was owed money after he finished the roof, saying, “Maybe he didn’t do a good job.”")
        #expect(doc.quoteSummary.map(\.speaker) == ["Sam Reid", "Tom Ames"])
    }

    /// "One engineer, who had worked at the company for six years, said ... “...,” she said" left "she" unresolved:
    /// "engineer" was no title, so the engineer was no person. Common occupations are titles in
    /// `lexicons/person_titles.txt`, and their plurals groups.
    @Test func anOccupationNamesAPerson() throws {
        let doc = try annotate("Staff were angry. One engineer, who had worked there for years, said she had lost her job. \"There was no warning,\" she said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["One engineer", "One engineer"])
        #expect(doc.entities.first?.kind == .person)
        // (Engineers at a body are people of it, no organisation.)
        let group = try annotate("Engineers at the harbour authority said the bridge was safe.")
        #expect(group.entities.first?.kind == .group)
    }

    /// "According to Lena Fischer, chief economist at Harbor Capital, the committee had ..." began the content at the
    /// source's role. A phrase after the source's name that holds a title and no clause, before a comma and a clause, is
    /// the source's appositive.
    @Test func accordingToSkipsTheRoleAfterTheSourcesName() throws {
        let doc = try annotate("According to Lena Fischer, chief economist at Harbor Capital, the committee had all but promised a cut in March.")
        #expect(doc.quoteSummary.first?.text == "the committee had all but promised a cut in March")
        #expect(doc.quoteSummary.first?.speaker == "Lena Fischer")
    }

    /// "Unemployment is expected to peak at 5.1%, it said." reported nothing: an "it" trailing speech needed a word or a
    /// number before its comma, and "%" is neither.
    @Test func aTrailingItMayFollowAPercentage() throws {
        let doc = try annotate("The Bank of Westmark said rates would stay high. Unemployment is expected to peak at 5.1%, it said.")
        #expect(doc.quoteSummary.map(\.text) == ["rates would stay high", "Unemployment is expected to peak at 5.1%"])
        #expect(doc.quoteSummary.map(\.speaker) == ["Bank of Westmark", "Bank of Westmark"])
    }

    /// "The Bank of Westmark kept its rate at 4.5%. It said unemployment would rise." reported nothing, and "Acme Corp cut
    /// 300 jobs on Monday. Sales will fall next year, it said." left "it" unresolved. A body's name after "the" opening
    /// the sentence before counts as a body that acts, and so does that body for an "it" trailing its speech.
    @Test func itNamesTheBodyAfterTheOrTrailingItsSpeech() throws {
        let opening = try annotate("The Bank of Westmark kept its rate at 4.5%. It said unemployment would rise.")
        #expect(opening.quoteSummary.map(\.speaker) == ["Bank of Westmark"])
        let trailing = try annotate("Acme Corp cut 300 jobs on Monday. Sales will fall next year, it said.")
        #expect(trailing.quoteSummary.map(\.speaker) == ["Acme Corp"])
        let both = try annotate("The Bank of Westmark kept its rate at 4.5%. Unemployment will rise next year, it said.")
        #expect(both.quoteSummary.map(\.speaker) == ["Bank of Westmark"])
    }

    /// "Mr Justice Harlow ordered ... the judge said" kept "the judge" apart from Harlow, who had no gender: the role was
    /// "mr justice", and "Justice" gives none. A courtesy title before an office gives the gender and is no part of the
    /// role, and a justice is "the judge" as well as "the justice".
    @Test func aJusticeIsTheJudge() throws {
        let doc = try annotate("Mr Justice Harlow ordered the paper to pay damages. In a written ruling, the judge said the photographs were intrusive.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Harlow"])
        #expect(doc.entities.map(\.gender) == [.male])
        let us = try annotate("Justice Elena Kagan wrote the opinion. The justice said the law was clear.")
        #expect(us.quoteSummary.map(\.speaker) == ["Elena Kagan"])
    }

    /// "Mission controllers in Darmstadt, Germany, confirmed ...", "Residents of Marston, Ohio, said" and "John Smith of
    /// Austin, Texas, said" gave the words to the state, made a person: the town-and-state rule looked for a comma
    /// opening an appositive before the town, and with none the state was the appositive. With no comma before the
    /// preposition, the place is inside the subject.
    @Test func aTownAndStateInsideTheSubject() throws {
        let team = try annotate("Mission controllers in Darmstadt, Germany, confirmed that they had received its first signals.")
        #expect(team.quoteSummary.map(\.speaker) == ["Mission controllers in Darmstadt"])
        #expect(team.entities.first { $0.name == "Germany" }?.kind == .other)
        let residents = try annotate("Residents of Marston, Ohio, said the water smelled.")
        #expect(residents.quoteSummary.map(\.speaker) == ["Residents of Marston"])
        let person = try annotate("John Smith of Austin, Texas, said the plan had failed.")
        #expect(person.quoteSummary.map(\.speaker) == ["John Smith"])
    }

    /// "Organisers ... cancelled the event on Friday, hours before the gates were due to open, blaming a storm" gave the
    /// blame to "the gates", the subject of the clause after "before". A participle goes on with a subordinate clause's
    /// subject only when it can speak: "after the chipmaker cut its forecast, blaming weak demand" is the chipmaker's.
    @Test func aParticipleSkipsASubordinateSubjectThatCannotSpeak() throws {
        let doc = try annotate("Organisers of the festival cancelled the event on Friday, hours before the gates were due to open, blaming a storm forecast to bring high winds.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Organisers"])
        let maker = try annotate("Shares in Veltrix fell 12% on Thursday after the chipmaker cut its forecast, blaming weak demand from phone makers.")
        #expect(maker.quoteSummary.map(\.speaker) == ["Veltrix"])
    }

    /// "Capital Economics said prices could rise" made a person of the firm (a name that speaks, with no kind). Research
    /// and advisory firms' last words close a body's name, never a person's.
    @Test func researchFirmsAreOrganisations() throws {
        let doc = try annotate("Capital Economics said prices could rise. Pew Research said most voters agreed.")
        #expect(doc.entities.map(\.kind) == [.organization, .organization])
    }

    /// "The trust that runs the school, Northern Star Learning, said" made the trust's name a person: a name in
    /// apposition was a body only after a business or public body's noun. Any organisation's noun from
    /// `lexicons/group_nouns.txt` says so, but a firm name's last word ("the capital, Antananarivo" is a city).
    @Test func aNameAfterAnOrganisationsNounIsABody() throws {
        let doc = try annotate("The trust that runs the school, Northern Star Learning, said it accepted the findings.")
        #expect(doc.entities.map(\.kind) == [.organization])
        let city = try annotate("Ravalomanana quit after challenges supported by Rajoelina, who was mayor of the capital, Antananarivo, at the time.")
        #expect(city.entities.first { $0.name == "Antananarivo" }?.kind == .other)
    }

    /// "Andry Rajoelina, the mayor of the capital, Antananarivo, said" gave the words to the city: the name in the last
    /// appositive speaks ("The state's campaign chairman, Phil Lovas, said"). After a place's noun, a name with no first
    /// name is the place, and the appositive opens at the comma before it.
    @Test func aNameAfterAPlacesNounIsThePlace() throws {
        let doc = try annotate("Andry Rajoelina, the mayor of the capital, Antananarivo, said he would run.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Andry Rajoelina"])
        let aide = try annotate("On Monday, an aide to the mayor of the city, Tom Lee, said the plan was dead.")
        #expect(aide.quoteSummary.map(\.speaker) == ["Tom Lee"])
    }

    /// "a landscape by the 17th-century painter Jan van Goyen" left the painter's name of no kind: artists' occupations
    /// are titles too.
    @Test func anArtistsOccupationNamesAPerson() throws {
        let doc = try annotate("The work, a landscape by the 17th-century painter Jan van Goyen, was taken in 2005.")
        #expect(doc.entities.map(\.kind) == [.person])
    }

    /// "Of Darmstadt, Germany, insisted the tests were safe." read the token before the sentence (the town-and-state
    /// rule's name before a preposition that opens the sentence): a trap in a debug build, a stray read in a release one.
    /// (The sentence has no subject; its speech is still found, as on the session's start build.)
    @Test func aTownAndStateOpeningTheSentenceReadsNothingBeforeIt() throws {
        let doc = try annotate("Of Darmstadt, Germany, insisted the tests were safe.")
        #expect(doc.quoteSummary.map(\.text) == ["the tests were safe"])
    }

    /// "Power company Grid North said it had engineers on standby" made Grid North a person, and "published in the
    /// journal Marine Ecology" a woman ("Marine" is a first name): a body's or an outlet's noun right before a name says
    /// what it is, unless a first name opens a body's (not an outlet's) name: "the company Jane Doe founded".
    @Test func aNameAfterABodysNounIsThatBody() throws {
        let power = try annotate("Power company Grid North said it had engineers on standby.")
        #expect(power.entities.map(\.kind) == [.organization])
        #expect(power.quoteSummary.map(\.speaker) == ["Grid North"])
        let ferry = try annotate("The ferry company Island Link suspended all sailings.")
        #expect(ferry.entities.map(\.kind) == [.organization])
        let journal = try annotate("The study was published in the journal Marine Ecology.")
        #expect(journal.entities.map(\.kind) == [.organization])
        let founder = try annotate("The company Jane Doe founded has closed.")
        #expect(founder.entities.first { $0.name == "Jane Doe" }?.kind == .person)
        let spokesman = try annotate("Foreign ministry spokesman Wang Wenbin said the talks were useful.")
        #expect(spokesman.entities.first { $0.name == "Wang Wenbin" }?.kind == .person)
    }

    /// "according to results announced by the returning officer shortly after 2am" made the whole phrase the speaker,
    /// and "figures released by the health ministry" too: a publisher described, not named, speaks for its record, as a
    /// named one does ("figures published by the Office for National Statistics").
    @Test func aRecordsDescribedPublisherSpeaks() throws {
        let officer = try annotate("Lindqvist won 9,481 votes, according to results announced by the returning officer shortly after 2am.")
        #expect(officer.quoteSummary.map(\.speaker) == ["returning officer"])
        let ministry = try annotate("According to figures released by the health ministry, 40 people have died.")
        #expect(ministry.quoteSummary.map(\.speaker) == ["health ministry"])
        #expect(ministry.entities.map(\.kind) == [.organization])
        let named = try annotate("Sales fell 4%, according to figures announced by the Office for National Statistics on Wednesday.")
        #expect(named.quoteSummary.map(\.speaker) == ["Office for National Statistics"])
    }

    /// An obituary's "His daughter, Claire Mercier, said ... Mercier said he was proud of the port" gave the dead man's
    /// words to his daughter, the latest Mercier: a relative introduced through the person is called by the first name
    /// after, and the surname alone stays with the other.
    @Test func aSurnameAloneIsNotTheRelatives() throws {
        let doc = try annotate("Jean-Paul Mercier, the architect, has died at 91. His daughter, Claire Mercier, said he died peacefully. "
            + "Mercier was born in Lyon. Mercier said he was proud of the port.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Claire Mercier", "Jean-Paul Mercier"])
        let wife = try annotate("Senator Ann Cole and her husband, Peter Cole, arrived on Monday. Cole said the vote was close.")
        #expect(wife.quoteSummary.map(\.speaker) == ["Ann Cole"])
        let alone = try annotate("The woman's son, Peter Lang, said she was well. Lang said she would recover.")
        #expect(alone.quoteSummary.map(\.speaker) == ["Peter Lang", "Peter Lang"])
    }

    /// "An artificial intelligence chatbot used by the home appliance maker Kelvo told customers that ..." gave the words
    /// to Kelvo: the name after a participle's "by" is its agent, and the noun before the participle speaks, as "A memo
    /// obtained by The Chronicle says" does; the people asked still speak for themselves ("economists polled by Reuters").
    @Test func theNounBeforeAParticiplesAgentSpeaks() throws {
        let bot = try annotate("A chatbot used by the appliance maker Kelvo told customers that the heater was safe.")
        #expect(bot.quoteSummary.map(\.speaker) == ["chatbot"])
        let charity = try annotate("A charity run by Sir Tom Hale said the money had been spent.")
        #expect(charity.quoteSummary.map(\.speaker) == ["charity"])
        let polled = try annotate("Most economists polled by Reuters said rates would rise.")
        #expect(polled.quoteSummary.map(\.speaker) == ["Most economists"])
        let described = try annotate("Most economists polled by the news agency Reuters said rates would rise.")
        #expect(described.quoteSummary.map(\.speaker) == ["Most economists"])
        let statement = try annotate("A statement released by Ann Lee said she was innocent.")
        #expect(statement.quoteSummary.map(\.speaker) == ["Ann Lee"])
    }

    /// "the home appliance maker Kelvo ... The maker said" left "the maker" a description of its own, and Kelvo a person
    /// once it spoke: "maker" after its product is a trade's noun, as "carmaker" is.
    @Test func aMakerIsABusiness() throws {
        let doc = try annotate("Kelvo, the home appliance maker, said the heater was safe. The maker said it would recall 60,000 units.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Kelvo", "Kelvo"])
        #expect(doc.entities.map(\.kind) == [.organization])
        let named = try annotate("A chatbot used by the appliance maker Kelvo gave bad advice. Kelvo said it was sorry.")
        #expect(named.entities.first { $0.name == "Kelvo" }?.kind == .organization)
    }

    /// "Grant Fielding, chief economist at Merrow Bank, said ..." made the speaker "Fielding": "Grant" opening the
    /// sentence was read as the reporting verb. Two names before a comma or a reporting verb are a person's. ("Grant"
    /// is not made a first name: it is a surname as often, "Kirsty and Dan Grant".)
    @Test func aFirstNameThatIsAlsoAVerbStaysWithTheName() throws {
        let doc = try annotate("Grant Fielding, chief economist at Merrow Bank, said a cut was likely. \u{201C}We will see,\u{201D} he said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Grant Fielding", "Grant Fielding"])
        let verb = try annotate("Grant Fielding said a cut was likely.")
        #expect(verb.quoteSummary.map(\.speaker) == ["Grant Fielding"])
        let say = try annotate("The rules of Mexico are strict. Say Mexico demanded proof that a migrant was Mexican.")
        #expect(say.quoteSummary.map(\.speaker) == ["Mexico"])
    }

    /// "Inflation fell to 2.1% in October, official figures showed" made the figures a group of people: a plural
    /// record is no group, as a record in the singular is none.
    @Test func pluralRecordsAreNoGroup() throws {
        let doc = try annotate("Inflation fell to 2.1% in October, official figures showed on Wednesday.")
        #expect(doc.quoteSummary.map(\.speaker) == ["official figures"])
        #expect(doc.entities.map(\.kind) == [.other])
        let people = try annotate("Both women said the plan was unfair.")
        #expect(people.entities.map(\.kind) == [.group])
    }

    /// A mayor's statement read out in three quoted paragraphs after "The mayor, Rosa Delgado, read a statement outside
    /// City Hall on Monday morning." had no speaker: "read", whose past is its base form, did not end the appositive's
    /// subject, and a paragraph introduced with a colon needed a capitalised subject ("The company issued the
    /// following statement:" had none either).
    @Test func aStatementReadOutHasItsReader() throws {
        let doc = try annotate("The mayor, Rosa Delgado, read a statement outside City Hall on Monday morning.\n\n"
            + "\u{201C}The bridge will close. I will not take risks.\n\n\u{201C}We expect the repairs to take four months.\u{201D}")
        #expect(doc.quoteSummary.map(\.speaker) == ["Rosa Delgado", "Rosa Delgado"])
        let colon = try annotate("The company issued the following statement:\n\n\u{201C}We regret the error.\u{201D}")
        #expect(colon.quoteSummary.map(\.speaker) == ["company"])
    }

    /// "A supporters' group, Torcida Verde, said" made a person of the group: a plural possessor's mark before a body's
    /// noun in apposition is a possessor, as "The club's owner" is.
    @Test func aPluralPossessorsBodyInAppositionIsABody() throws {
        let doc = try annotate("A supporters' group, Torcida Verde, said the money was wasted.")
        #expect(doc.entities.map(\.kind) == [.organization])
        #expect(doc.quoteSummary.map(\.speaker) == ["Torcida Verde"])
    }

    /// "a public health expert at King's College London" gave an entity "College London" of no kind: a title's or a
    /// saint's possessive before a body's head goes on to one place word after it.
    @Test func aPossessiveBodysNameGoesOnToItsPlace() throws {
        let doc = try annotate("Jon Reeve, an expert at King's College London, said the findings were sound. Staff at Queen's University Belfast agreed.")
        #expect(doc.entities.map(\.name) == ["Jon Reeve", "King's College London", "Queen's University Belfast"])
        #expect(doc.entities.map(\.kind) == [.person, .organization, .organization])
        // (Not a person's possessive: "Trump's Cabinet" is Trump's.)
        let person = try annotate("Donald Trump's Cabinet Office said it agreed.")
        #expect(person.entities.first?.name == "Donald Trump")
    }

    /// "The software company Brightline will cut about 1,200 jobs ... Brightline said" made a person of the firm: a
    /// business's one-word name was taken only before a reporting verb. It is taken before any verb when the noun's
    /// phrase opens the clause; a name after the noun deeper in the sentence may open a relative clause.
    @Test func aBusinessNounOpeningItsClauseNamesABodyOfOneWord() throws {
        let doc = try annotate("The software company Brightline will cut 1,200 jobs. Brightline said the cuts were needed.")
        #expect(doc.entities.map(\.kind) == [.organization])
        let relative = try annotate("She sold shares in the company Kessler founded. Kessler said she was wrong.")
        #expect(relative.entities.map(\.kind) == [.person])
    }

    /// "An uncrewed rocket built by Orbitra, the space company founded by billionaire Felix Amsel, exploded ... in Texas
    /// ... No one was hurt, the company said." gave the words to Texas: an appositive's body noun was taken only when a
    /// comma closed it. It may go on to a participle's or a relative clause, and "the company" then finds the body it
    /// described.
    @Test func anAppositiveBodyNounBeforeAParticipleMakesABody() throws {
        let doc = try annotate("A rocket built by Orbitra, the space company founded by Felix Amsel, exploded in Texas. No one was hurt, the company said.")
        #expect(doc.entities.map(\.kind) == [.organization, .person, .other])
        #expect(doc.quoteSummary.map(\.speaker) == ["Orbitra"])
        // (A lone word opening the sentence is a name when its appositive says it is a body's.)
        let lone = try annotate("Acme, a charity based in Leeds, said it would help.")
        #expect(lone.entities.first.map { $0.name == "Acme" && $0.kind == .organization } == true)
        // (Not a place closing an opening phrase: its comma is before the subject.)
        let place = try annotate("In Yemen, a military coalition led by Saudi Arabia bombed schools.")
        #expect(place.entities.first.map { $0.name == "Yemen" && $0.kind == .other } == true)
        // (Nor the report's own subject after a name: "Burnley, the club said".)
        let club = try annotate("Westfield United sacked its coach. His assistant will take charge for the match against Burnley, the club said.")
        #expect(club.quoteSummary.map(\.speaker) == ["Westfield United"])
        // (Nor a report's participle before "in": "the club confirmed in a statement" says no more of the club.)
        let confirmed = try annotate("Westfield United sacked its coach. His assistant will take charge for the match against Burnley, the club confirmed in a statement.")
        #expect(confirmed.quoteSummary.map(\.speaker) == ["Westfield United"])
    }

    /// "Two cabinet ministers disagreed openly on Tuesday over whether the government should back a new nuclear power
    /// station" gave the content "on Tuesday over whether ...": a manner adverb right after the verb hid the time after
    /// it, and a question's preposition was kept.
    @Test func aMannerAdverbAndAQuestionsPrepositionAreNoContent() throws {
        let doc = try annotate("Two ministers disagreed openly on Tuesday over whether the plant should be built.")
        #expect(doc.quoteSummary.map(\.text) == ["whether the plant should be built"])
        let that = try annotate("The minister said openly on Tuesday that the plant was needed.")
        #expect(that.quoteSummary.map(\.text) == ["the plant was needed"])
    }

    /// "The school's head teacher, Mrs Anita Shah, wrote to parents to say that counsellors would be available" had no
    /// quote: an act of writing or issuing done in order to speak lends its subject to the infinitive, as "went on
    /// television to say" did, and the act's own "to" ("took to Twitter", "wrote to parents") no longer stops it.
    @Test func anActOfWritingLendsItsSubjectToSay() throws {
        let doc = try annotate("The head teacher, Anita Shah, wrote to parents to say that counsellors would be available.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Anita Shah"])
        #expect(doc.quoteSummary.map(\.text) == ["counsellors would be available"])
        let twitter = try annotate("Mr Lee took to Twitter overnight to accuse the campaign of being \u{201C}duped\u{201D} and encourage Americans to watch.")
        // (A second infinitive after "and", with its object, is not the first one's content.)
        #expect(twitter.quoteSummary.first?.text == "the campaign of being \u{201C}duped\u{201D}")
        let lies = try annotate("Mr Lee took to Twitter to accuse the campaign of fraud and lies.")
        #expect(lies.quoteSummary.map(\.text) == ["the campaign of fraud and lies"])
        // (Not a refusal: "declined to say".)
        let declined = try annotate("Anita Shah declined to say whether the school would close.")
        #expect(declined.quotes.isEmpty)
    }

    /// "Speaking as the airline reported record half-year profits of £640m, Michael Grant said demand ... remained
    /// strong" made "record half-year profits of £640m, Michael Grant said demand ..." the airline's report: a cue inside
    /// a subordinate clause after a leading gerund ends at the clause's comma, as after a leading "As".
    @Test func aSubordinateClauseAfterALeadingGerundEndsAtItsComma() throws {
        let doc = try annotate("Speaking as the airline reported record profits of 640m, Tom Grant said demand remained strong.")
        #expect(doc.quoteSummary.map(\.text) == ["demand remained strong"])
    }

    /// "The chief executive of budget carrier SkyBridge has defended a 12% rise in average fares, telling investors
    /// that ..." gave both reports to SkyBridge: the holder before "of" was kept only when a determiner opened the
    /// name's description ("Lawyers for the pop singer Dana Rivers"). A business's noun or a role right before the name
    /// does it without one.
    @Test func aRoleOfADescribedBusinessSpeaksWithoutADeterminer() throws {
        let doc = try annotate("The chief executive of budget carrier SkyBridge has defended a rise in fares, telling investors that passengers were happy.")
        #expect(doc.quoteSummary.map(\.speaker) == ["chief executive of budget carrier SkyBridge", "chief executive of budget carrier SkyBridge"])
        #expect(doc.entities.first.map { $0.name == "SkyBridge" && $0.kind == .organization } == true)
    }

    /// "Her record label, Northern Lights Music, said" made a person of the label, and "The industry regulator Ofwat has
    /// fined ..." left Ofwat of no kind: a record label is a business ("label" is a trade noun), and a regulator or a
    /// watchdog before a name makes a body, as an agency does.
    @Test func aRecordLabelAndARegulatorAreBodies() throws {
        let doc = try annotate("Her record label, Northern Lights Music, said refunds would be issued.")
        #expect(doc.entities.map(\.kind) == [.organization])
        let regulator = try annotate("The industry regulator Ofwat has fined the company. Ofwat said it was a record.")
        #expect(regulator.entities.map(\.kind) == [.organization])
    }

    /// "The Centers for Disease Control and Prevention (CDC) said" split into "Centers", "Disease Control" and a person
    /// "Prevention", who spoke: a body's head in the plural ("Centers", "Centres", "Institutes") heads its name as the
    /// singular does, as "Services" did.
    @Test func aPluralBodysHeadTakesItsFieldsIntoTheName() throws {
        let doc = try annotate("The Centers for Disease Control and Prevention (CDC) said the risk was low.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Centers for Disease Control and Prevention"])
        #expect(doc.entities.map(\.kind) == [.organization])
    }

    /// The headline "'We will not be bullied', says council leader in row over bins" had no speaker: a bare role after
    /// an inverted verb was taken only when it closed the sentence. It is taken before a preposition's phrase too.
    @Test func aHeadlinesBareRoleBeforeAPhraseSpeaks() throws {
        let doc = try annotate("'We will not be bullied', says council leader in row over bins")
        #expect(doc.quoteSummary.map(\.speaker) == ["council leader"])
    }

    /// `lexicons/body_nouns.tsv` is the user's to extend: a trade of their beat, added as a row, names the business
    /// named before it ("the shipyard said") and, marked `leads`, describes the name after it at a sentence's opening.
    @Test func aUserBodyNounLexiconAddsTrades() throws {
        let shipped = try String(contentsOf: packageRoot.appendingPathComponent("lexicons/body_nouns.tsv"), encoding: .utf8)
        func speakers(_ bodiesPath: String) throws -> [String] {
            let pipeline = try inlinePipeline("""
                {"stages": [{"stage": "ingest", "options": {"verbatim": true}}, {"stage": "sentences"},
                  {"stage": "quotes", "options": {"bodies": "\(bodiesPath)"}}]}
                """)
            let text = "The shipyard Harland Marine will cut 300 jobs. Orders have fallen by half, the shipyard said.\n\n"
                + "Shipbuilder Kestrel Docks said it would hire."
            var doc = Document(id: "u", input: RawInput(format: .text, bytes: Array(text.utf8), source: "t"))
            pipeline.process(&doc)
            return doc.quoteSummary.map { $0.speaker ?? "" }
        }
        let own = try withLexiconFile("bodies.tsv", shipped + "shipyard\ttrade\nshipbuilder\ttrade\tleads\n") { try speakers($0.path) }
        #expect(own == ["Harland Marine", "Kestrel Docks"])
        // The shipped file knows neither trade.
        #expect(try speakers("../lexicons/body_nouns.tsv") != ["Harland Marine", "Kestrel Docks"])
    }

    /// A row of `body_nouns.tsv` with a kind the stage does not know stops the pipeline with the file, the word and the
    /// kinds, instead of dropping the row.
    @Test func aBodyNounOfUnknownKindIsAnError() throws {
        let message = try quoteStageError(option: "bodies", rows: "company\tcompany\nbakery\tshop\n")
        #expect(message.contains("\"bakery\" has kind \"shop\""))
        #expect(message.contains("company, trade, public, outlet, body"))
    }

    /// "Ange Kovac: Rovers boss says squad 'not good enough' after cup exit" gave the whole headline after the colon to
    /// Kovac as his words. Words with their own reporting verb are the headline's report, whose speaker is its subject.
    @Test func aHeadlinesNameBeforeAReportIsNoSpeaker() throws {
        let doc = try annotate("""
            Ange Kovac: Rovers boss says squad 'not good enough' after cup exit

            Rovers manager Ange Kovac admitted his side had been poor.
            """)
        #expect(!doc.quoteSummary.contains { $0.kind == "direct" })
        #expect(doc.quoteSummary.contains { $0.kind == "mixed" && $0.text == "squad 'not good enough' after cup exit" })
        // A headline of the name's own words keeps them.
        let own = try annotate("""
            Ange Kovac: We were second best all night

            Rovers manager Ange Kovac admitted his side had been poor.
            """)
        #expect(own.quoteSummary.contains { $0.kind == "direct" && $0.speaker == "Ange Kovac" && $0.text == "We were second best all night" })
        // A kicker is no one's subject: "Council Budget:" spoke the whole line, and the bare role after it nothing.
        let kicker = try annotate("Council Budget: Finance chief says bins will be collected fortnightly\n\nThe council meets on Monday.")
        #expect(kicker.quoteSummary.map { "\($0.kind) \($0.speaker ?? "") \($0.text)" }
                == ["indirect Finance chief bins will be collected fortnightly"])
    }

    /// "Asked whether he feared for his job, the Croatian replied: ..." made an organisation "Croatian" the speaker: the
    /// word was missing from the peoples' nouns. They are `lexicons/demonyms.tsv` now, with the Croatian among them.
    @Test func aPeoplesNounWithTheNamesThePersonBefore() throws {
        let doc = try annotate("""
            Rovers manager Ange Kovac said his side had been poor. Asked whether he feared for his job, the Croatian replied: \
            "That is not a question for me."
            """)
        #expect(doc.quoteSummary.contains { $0.kind == "direct" && $0.speaker == "Ange Kovac" && $0.text.hasPrefix("\"That is") })
        #expect(!doc.entities.contains { $0.name == "Croatian" })
    }

    /// A row of `demonyms.tsv` with a form the stage does not know stops the pipeline with the file, the word and the forms.
    @Test func aDemonymOfUnknownFormIsAnError() throws {
        let message = try quoteStageError(option: "demonyms", rows: "croatian\tperson\nwelsh\tadj\n")
        #expect(message.contains("\"welsh\" has form \"adj\"; the forms are person, adjective"))
    }

    /// "Developer Ashcombe Homes said" was a person, "Developer Ashcombe Homes", and "Retailer Marks Holdings said" spoke as
    /// a description of all three words. "Homes" closes a business's name ("firm" in `group_nouns.txt`), "developer"
    /// and four more trades never open one (`leads` in `body_nouns.tsv`), and a trade opening the sentence before a
    /// body's name only describes it.
    @Test func aTradeOpeningTheSentenceDescribesTheBodyNamedAfterIt() throws {
        let doc = try annotate("Developer Ashcombe Homes said the estate would include a school. Retailer Marks Holdings said sales rose.")
        #expect(doc.quoteSummary.map { $0.speaker ?? "" } == ["Ashcombe Homes", "Marks Holdings"])
        #expect(doc.entities.contains { $0.name == "Ashcombe Homes" && $0.kind == .organization })
        #expect(!doc.entities.contains { $0.name.hasPrefix("Developer") || $0.name.hasPrefix("Retailer") })
        // A body's noun after one word: "Campaign group Harbour Action Network said" spoke as all five words.
        let group = try annotate("Campaign group Harbour Action Network said it would seek a judicial review.")
        #expect(group.quoteSummary.map { $0.speaker ?? "" } == ["Harbour Action Network"])
    }

    /// "Jury told nurse 'falsified records' after patient's death" gave the words to a person "Jury": a headline's bare
    /// "told" after a forum that hears evidence is passive. The forum is no speaker, and the headline names none, so the
    /// words are no one's rather than the jury's.
    @Test func aForumTheHeadlineSaysWasToldIsNoSpeaker() throws {
        for headline in ["Jury told nurse 'falsified records' after patient's death", "Inquiry told of 'culture of fear' at hospital"] {
            let doc = try annotate(headline + "\n\nA nurse falsified records, a court has heard.")
            #expect(!doc.quoteSummary.contains { $0.speaker == "Jury" || $0.speaker == "Inquiry" })
            #expect(!doc.entities.contains { $0.kind == .person })
        }
        // A forum that speaks in a sentence of its own still does: "The jury told the judge it could not agree."
        let jury = try annotate("The jury told the judge it could not reach a verdict.")
        #expect(jury.quoteSummary.contains { $0.speaker == "jury" || $0.speaker == "The jury" })
    }

    /// "The mayor urged Tom Hale, the harbour master, to close the pier." gave the content "Tom Hale": the appositive's
    /// comma closed it. A name's appositive before "to" is set inside the content, which goes on to the infinitive.
    @Test func aListenersAppositiveBeforeTheInfinitiveStaysInTheContent() throws {
        let doc = try annotate("The mayor urged Tom Hale, the harbour master, to close the pier.")
        #expect(doc.quoteSummary.map(\.text) == ["Tom Hale, the harbour master, to close the pier"])
    }

    /// "Rival Nexor said ..." made a name "Rival Nexor": "rival", "embattled" and "outgoing" open sentences
    /// before names, as "former" does (`sentence_starters.txt`). (Not "fellow", "Fellow Republicans urged" names whose
    /// fellows they are, nor "veteran", a headline's subject: "Veteran recalls day ...".)
    @Test func anAdjectiveOpeningTheSentenceIsNoPartOfTheName() throws {
        let doc = try annotate("Rival Nexor said it would launch a folding laptop. Embattled Harbour Trust said it would not close.")
        #expect(doc.quoteSummary.map { $0.speaker ?? "" } == ["Nexor", "Harbour Trust"])
    }

    /// "Ruth Ames told Salisbury Coroner's Court that ..." split the court into "Salisbury Coroner" and "Court": a title's
    /// possessive before a body's head closes one name, and "coroner", "magistrate" and "pathologist" are titles now.
    @Test func aCoronersCourtIsOneName() throws {
        let doc = try annotate("Ruth Ames told Salisbury Coroner's Court that she had warned the school.")
        #expect(doc.entities.contains { $0.name == "Salisbury Coroner's Court" && $0.kind == .organization })
        #expect(!doc.entities.contains { $0.name == "Court" })
    }

    /// "Sinner's coach, Darren Cahill, said ... The Australian added that ..." gave the words to Sinner: a people's word
    /// with "the" takes the subject of the sentence that named someone last, and a possessor opening that sentence was
    /// taken for its subject. The possessor's noun is the subject, and the name after it.
    @Test func aPossessorOpeningTheSentenceIsNotTheSubjectAPeoplesWordNames() throws {
        let doc = try annotate("""
            Jannik Sinner lost the final. Sinner's coach, Darren Cahill, said the world number one would learn a lot. \
            The Australian added that his player was tired.
            """)
        #expect(doc.quoteSummary.last?.speaker == "Darren Cahill")
    }

    @Test func whoAfterAThingSentToAPersonStandsForThePerson() throws {
        // "who" stands for people: the bill is no one, so the governor it goes to is the speaker.
        let doc = try annotate("The bill now goes to Gov. Dana Keller, who has said she will sign it.")
        let q = try #require(doc.quotes.first)
        #expect(q.speaker?.name == "Dana Keller")
        #expect(q.speaker?.resolution == .relative)
        #expect(!doc.entities.contains { $0.name.contains("bill") })
        // An aide is someone: the phrase before "to" still speaks.
        let aide = try annotate("An aide to Gov. Dana Keller said the vote was close.")
        #expect(aide.quoteSummary.map(\.speaker) == ["aide to Gov. Dana Keller"])
    }

    @Test func aNegatedVerbYetToComeInsideSpeechIsPartOfIt() throws {
        // "would not accept" is speech yet to come, like "would accept": the quoted words stay the minister's.
        let doc = try annotate("The minister, Dan Reeve, said Britain would not accept “a bad deal for our fishing towns”.")
        #expect(doc.quoteSummary.map(\.kind) == ["mixed", "partial"])
        #expect(doc.quoteSummary.allSatisfy { $0.speaker == "Dan Reeve" })
    }

    @Test func aClaimForMoneyWithAnAdjectiveBeforeItsPurposeIsNoStatement() throws {
        // "claimed thousands of pounds in improper expenses": money claimed, however the expenses are described.
        let doc = try annotate("Tom Hale claimed thousands of pounds in improper expenses.")
        #expect(doc.quotes.isEmpty)
        let said = try annotate("Tom Hale claimed thousands of people had left the town.")
        #expect(said.quoteSummary.map(\.text) == ["thousands of people had left the town"])
    }

    @Test func aReviewAnAuditAndAnInvestigationAreRecordsThatSpeak() throws {
        // "It said" after a review reports the review, as after a report.
        let doc = try annotate("""
            An independent review found that Tom Hale had charged meals to the charity. \
            It said there was no evidence of fraud.
            """)
        #expect(doc.quoteSummary.map(\.speaker) == ["independent review", "independent review"])
        #expect(doc.quoteSummary.last?.text == "there was no evidence of fraud")
        let audit = try annotate("An audit found the council had lost track of its spending.")
        #expect(audit.quoteSummary.map(\.speaker) == ["audit"])
    }

    @Test func aRecordAfterAWordOpeningAClauseIsThatClausesSubject() throws {
        // "after" is a preposition in "according to" lists, but here it opens a clause whose subject the report is.
        let doc = try annotate("Tom Hale resigned after a report found he had lied to the board.")
        #expect(doc.quoteSummary.map(\.speaker) == ["report"])
        #expect(doc.quoteSummary.map(\.text) == ["he had lied to the board"])
        let front = try annotate("Before the figures showed a loss, Ruth Ames had sold her shares.")
        #expect(front.quoteSummary.map(\.speaker) == ["figures"])
    }

    @Test func aNamesAgeOrAppositiveBeforeACircumstanceStaysInTheContent() throws {
        // The commas around "24" and "a nurse" set off the name's appositive; the time after it is the content's.
        let age = try annotate("The prosecution claimed that Cole punched Lewis Barry, 24, after an argument in a queue.")
        #expect(age.quoteSummary.map(\.text) == ["Cole punched Lewis Barry, 24, after an argument in a queue"])
        let role = try annotate("Police said the driver hit Ruth Ames, a nurse, as she crossed the road.")
        #expect(role.quoteSummary.map(\.text) == ["the driver hit Ruth Ames, a nurse, as she crossed the road"])
        // A writer's time line after the content itself still ends it.
        let after = try annotate("Tom Hale said the pier was safe, after a row over the repairs.")
        #expect(after.quoteSummary.map(\.text) == ["the pier was safe"])
    }

    @Test func textsAParticipleDescribesSpeakForWhoeverPutThemOut() throws {
        // Letters the bank sent say what the bank says; a plural text counts as a singular one does.
        let sent = try annotate("The bank sent letters saying the branch would close.")
        #expect(sent.quoteSummary.map(\.speaker) == ["bank"])
        #expect(sent.quoteSummary.map(\.text) == ["the branch would close"])
        // Letters it received, or emails it warned of, are someone else's: the bank never asks for anything.
        let received = try annotate("The bank has received letters asking for a refund.")
        #expect(!received.quoteSummary.contains { $0.speaker == "bank" })
        let warned = try annotate("The bank warned of emails asking for bank details.")
        #expect(warned.quoteSummary.map(\.speaker) == ["bank"])
        #expect(warned.quoteSummary.map(\.text) == ["emails asking for bank details"])
        let wary = try annotate("The bank urged customers to be wary of emails asking for personal information.")
        #expect(wary.quoteSummary.map(\.text) == ["customers to be wary of emails asking for personal information"])
    }

    @Test func aBodyInsideAPersonsRoleIsNoSpeakerWhenItsDescriptionFollows() throws {
        // "the port's owner" describes the trust inside Ames's appositive; Ames speaks, as without it.
        let doc = try annotate("Ruth Ames, director of Harbour Trust, the port's owner, said the fine was welcome.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Ruth Ames"])
        let unknown = try annotate("Ilse Varga, director general of Consumo, the national consumer body, called it “a first step”.")
        #expect(unknown.quoteSummary.map(\.speaker) == ["Ilse Varga"])
    }

    @Test func referringToSomethingAsAWordNamesIt() throws {
        // "referred to X as “...”" names X in the speaker's words; "referred to the report" only mentions it.
        let doc = try annotate("In the messages, Councillor Tom Hale referred to cyclists as “pests”.")
        #expect(doc.quoteSummary.map(\.kind) == ["partial"])
        #expect(doc.quoteSummary.map(\.speaker) == ["Tom Hale"])
        #expect(doc.quotes.first?.cue?.lemma == "refer to")
        let mention = try annotate("Tom Hale referred to the report in his speech.")
        #expect(mention.quotes.isEmpty)
    }

    @Test func aRoleWithItsOwnOfPhraseBeforeTheNameIsTheInvertedSpeaker() throws {
        // "said head of reptiles Nora Quill": the bare role keeps its "of" phrase; the name after it speaks.
        let doc = try annotate("“The eggs are due any day,” said head of reptiles Nora Quill. “We are all waiting.”")
        #expect(doc.quoteSummary.map(\.speaker) == ["Nora Quill", "Nora Quill"])
        let director = try annotate("“Nobody saw this coming,” says director of public health Omar Tilley.")
        #expect(director.quoteSummary.map(\.speaker) == ["Omar Tilley"])
        let police = try annotate("“Nobody saw this coming,” said head of police Ada Brandt.")
        #expect(police.quoteSummary.map(\.speaker) == ["Ada Brandt"])
    }

    @Test func aClauseAfterAParentheticalCueIsItsSpeechNotATrailingReport() throws {
        // "she said," inside the sentence splits her speech; "it would not continue" is the second half, not "it" continuing.
        let doc = try annotate("Ruth Ames spoke next. If fewer people used the bus, she said, it would not continue.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Ruth Ames", "Ruth Ames"])
        #expect(doc.quoteSummary.map(\.text) == ["If fewer people used the bus", "it would not continue"])
        // A subject and its verb alone after the comma still report the clause before.
        let found = try annotate("Staff slept better, researchers found.")
        #expect(found.quoteSummary.map(\.speaker) == ["researchers"])
    }

    @Test func aNameInsideAWhoseClauseIsNotTheSpeaker() throws {
        // The son is named inside the relative clause, with his age; his mother, before "whose", speaks.
        let doc = try annotate("Nadia Fenn, whose son Leo, 9, joined the trial, said he could now run again.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Nadia Fenn"])
    }

    @Test func quotedWordsAfterAWorksNounThatCarryOnTheClauseAreNoTitle() throws {
        // "the film" before the quotation, but "have" opens a predicate: the speaker's words, not the film's name.
        let doc = try annotate("Ida Rowe said critics who had seen the film “have missed the point entirely”.")
        #expect(doc.quoteSummary.map(\.kind) == ["mixed", "partial"])
        #expect(doc.quoteSummary.map(\.speaker) == ["Ida Rowe", "Ida Rowe"])
        // A title after its noun stays a title.
        let title = try annotate("Ida Rowe said critics who had seen the film “Winter Light” were kind.")
        #expect(title.quoteSummary.map(\.kind) == ["indirect"])
    }

    @Test func aNameDescribedAfterAPrepositionIsNotTheHoldersVoice() throws {
        // A work's title with its own "The", after its singular noun, is the object of "of"; the director speaks.
        let work = try annotate("The director of the crime drama The Iron Gate has defended its ending.")
        #expect(work.quoteSummary.map(\.speaker) == ["director of the crime drama The Iron Gate"])
        // A person named after a noun for a person, with no article: the relative before "of" speaks.
        let victim = try annotate("The mother of victim Carla Dunn said the sentence was too short.")
        #expect(victim.quoteSummary.map(\.speaker) == ["mother of victim Carla Dunn"])
    }

    @Test func claimingForSomethingIsNoStatement() throws {
        // An expenses claim reports nothing; the audit's finding is the only speech.
        let doc = try annotate("An audit found that Tom Rees had claimed for meals on days when he was on leave.")
        #expect(doc.quoteSummary.map(\.speaker) == ["audit"])
        let said = try annotate("Tom Rees claimed he had never been paid.")
        #expect(said.quoteSummary.map(\.text) == ["he had never been paid"])
    }

    @Test func aLongRelativeClauseDoesNotHideItsSubject() throws {
        // Fifteen words of relative clause, ending in a place name: the boy before "who" speaks, not the place.
        let doc = try annotate("A boy who spent nine hours in the water after being swept off rocks in Cornwall has described how he survived.")
        #expect(doc.quoteSummary.map(\.speaker) == ["boy"])
    }

    @Test func aSecondCueAfterAnEmbeddedPastVerbIsTheSpeakersWhenItsSubjectCannotSpeak() throws {
        // "the talks had ended and insisted": talks cannot insist; the board's second act, a speech of its own.
        let doc = try annotate("The Water Board said that the talks had ended and insisted it had made a fair offer.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Water Board", "Water Board"])
        #expect(doc.quoteSummary.map(\.text) == ["the talks had ended", "it had made a fair offer"])
        // A person inside the speech may go on: "the driver had stopped and told ..." is the driver's.
        let person = try annotate("Police said the driver had stopped and told a passer-by that he was sorry.")
        #expect(person.quoteSummary.map(\.speaker).last == "driver")
    }

    @Test func peopleAboardAVesselSpeakNotTheVessel() throws {
        // "aboard" places the astronaut as "on" would; the station says nothing.
        let doc = try annotate("An astronaut aboard the Polar Star has described the storm as “terrifying”.")
        #expect(doc.quoteSummary.map(\.speaker) == ["astronaut aboard the Polar Star"])
    }

    @Test func anObjectAndThenAnotherSpeakerAreTwoSentences() throws {
        // After an object or a preposition's phrase, "and" before a new speaker opens a sentence of its own.
        let denied = try annotate("The mayor denied the claims and police said they had made arrests.")
        #expect(denied.quoteSummary.map(\.text) == ["the claims", "they had made arrests"])
        let complained = try annotate("Drivers complained of longer queues, and cyclists said the lanes were safe.")
        #expect(complained.quoteSummary.map(\.speaker) == ["Drivers", "cyclists"])
        #expect(complained.quoteSummary.map(\.text) == ["of longer queues", "the lanes were safe"])
        // The first clause, cue and all, is no part of the second speaker.
        let residents = try annotate("Residents complained about the noise and the council said it would act.")
        #expect(residents.quoteSummary.map(\.speaker) == ["Residents", "council"])
        // A name inside the object's own clause stays there.
        let inside = try annotate("Traders cited doubt over whether Ruritania and Elbonia could agree a deal as the reason.")
        #expect(inside.quoteSummary.map(\.speaker) == ["Traders"])
    }

    @Test func aBareCountSpeaksForThatManyOfThePeopleBefore() throws {
        // "41 said", "37 said": counts of the economists; "who responded," reports nothing of its own.
        let doc = try annotate("Of the 90 economists who responded, 41 said a recession was likely, while 37 said growth would slow.")
        #expect(doc.quoteSummary.map(\.speaker) == ["41", "37"])
        #expect(doc.quoteSummary.map(\.text) == ["a recession was likely", "growth would slow"])
        // A year is no count.
        let year = try annotate("In 2019 the council said the bridge was safe.")
        #expect(year.quoteSummary.map(\.speaker) == ["council"])
    }

    @Test func aShortQuotationOpeningItsSentenceOnACommaIsSpeech() throws {
        // Three words, no cue the lexicon knows: kept as speech, since it opens its sentence and runs on to a comma.
        let doc = try annotate("The minister was asked if she would resign. “Not a chance,” came the reply.")
        #expect(doc.quoteSummary.map(\.kind) == ["direct"])
        // A short quoted term inside a sentence is still no one's speech.
        let term = try annotate("The plan, known locally as “the big dig,” will take a year.")
        #expect(term.quotes.isEmpty)
    }

    @Test func aParticipleOfBeliefBeforeToBeReportsNoSpeaker() throws {
        // "long thought to be", "once thought to be", "said to be": what is believed of the thing, not anyone's speech.
        let doc = try annotate("The chemist who made a compound long thought to be unstable has won a prize.")
        #expect(doc.quotes.isEmpty)
        let species = try annotate("A frog once thought to be extinct has been found in Peru.")
        #expect(species.quotes.isEmpty)
        // A cue around it still reports the whole clause.
        let said = try annotate("Rangers said the frog was once thought to be extinct.")
        #expect(said.quoteSummary.map(\.text) == ["the frog was once thought to be extinct"])
    }

    @Test func aPresentVerbInAThatClauseLeadsBackToItsHolder() throws {
        // "that holds the records of ... patients": the company speaks, not the patients.
        let doc = try annotate("A clinic chain that holds the records of two million patients has blamed a staff error for the leak.")
        #expect(doc.quoteSummary.map(\.speaker) == ["clinic chain"])
        // A plural right after "that" is the reported clause's subject, and the verb before "that" is no participle of it.
        let claim = try annotate("Ruth Ames repeated the claim that officials in Leeds said the bridge was safe.")
        #expect(claim.quoteSummary.map(\.speaker) == ["Ruth Ames", "officials in Leeds"])
    }

    @Test func anInquiryFindsAndShoutingAtStaffIsNoSpeech() throws {
        // "It" after an inquiry is the inquiry; what it found is its report, and "shouted at staff" says nothing.
        let doc = try annotate("The inquiry interviewed 20 staff. It found that Tom Vale had shouted at staff, mocked them in meetings and sent abusive emails.")
        #expect(doc.quoteSummary.map(\.speaker) == ["inquiry"])
        #expect(doc.quoteSummary.map(\.text) == ["Tom Vale had shouted at staff, mocked them in meetings and sent abusive emails"])
        // Words shouted at someone are still speech.
        let words = try annotate("Tom Vale shouted at the crowd: “Go home!”")
        #expect(words.quoteSummary.map(\.speaker) == ["Tom Vale"])
    }

    @Test func twoAbsolutePhrasesAfterWithHaveTwoSubjects() throws {
        // "with drivers complaining of ... and cyclists saying ...": each participle has its own subject.
        let doc = try annotate("A row has broken out, with drivers complaining of queues and cyclists saying the lanes are safe.")
        #expect(doc.quoteSummary.map(\.speaker) == ["drivers", "cyclists"])
        #expect(doc.quoteSummary.map(\.text) == ["of queues", "the lanes are safe"])
        // One absolute phrase keeps its whole subject.
        let one = try annotate("Talks resumed, with the mediators saying the sides were closer.")
        #expect(one.quoteSummary.map(\.speaker) == ["mediators"])
        // Ten words back to "with".
        let long = try annotate("A row has broken out, with drivers complaining of much longer queues and cyclists saying the lanes are safe.")
        #expect(long.quoteSummary.map(\.speaker) == ["drivers", "cyclists"])
    }

    @Test func aReplyThatCameFromSomeoneIsTheirs() throws {
        // "came the reply from X": X replied, not the person quoted in the sentence before.
        let doc = try annotate("Tom Reyes said the tower would bring jobs. “Not a chance,” came the reply from Green councillor Ellie Shaw. "
            + "“Never,” came a swift response from the council's leader, Ann Hale.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Tom Reyes", "Ellie Shaw", "Ann Hale"])
        #expect(doc.quoteSummary.map(\.text) == ["the tower would bring jobs", "“Not a chance,”", "“Never,”"])
        #expect(doc.quotes.last?.cue?.lemma == "reply")
    }

    @Test func oneOfThemAfterAnInvertedCueSpeaksOrNamesTheOneWhoDid() throws {
        // "said one of them, NAME": the name speaks, not the group named in the sentence before.
        let doc = try annotate("The women say the heat harms them. “We are very happy,” said one of them, Rosa Wendt, 73. "
            + "“It worked,” said one of the organisers.")
        #expect(doc.quoteSummary.map(\.speaker) == ["women", "Rosa Wendt", "one of the organisers"])
    }

    @Test func aRoleWithABareFieldBeforeANameIsThatPersonsTitle() throws {
        // "Head of health Sara Gorton said": the person speaks, not the whole phrase as a description.
        let doc = try annotate("Head of health Sara Gorton said the deal was fair.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Sara Gorton"])
        let owned = try annotate("The union's head of health Tom Reyes said talks would resume.")
        #expect(owned.quoteSummary.map(\.speaker) == ["Tom Reyes"])
        // A plural with an article and a name after "for" is not a title: the lawyers speak.
        let lawyers = try annotate("Lawyers for the pop singer Dana Rivers said she would appeal.")
        #expect(lawyers.quoteSummary.map(\.speaker) != ["Dana Rivers"])
    }

    @Test func anOccupationByItsEndingOpeningANameIsNoPartOfIt() throws {
        // "Volcanologist Tormod Eskeland": no first name the lexicon knows, but "-ologist" names an occupation.
        let doc = try annotate("Volcanologist Tormod Eskeland said the eruption could last for weeks. Later, the volcanologist said it might end.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Tormod Eskeland", "Tormod Eskeland"])
        // A short "-ist" word is no occupation by its ending: "Chemist Warehouse" is a shop.
        #expect(!QuoteAttributor.namesAnOccupation(Word("chemist")))
        #expect(QuoteAttributor.namesAnOccupation(Word("cartographer")))
    }

    @Test func willBeforeACapitalisedWordAfterTheCueIsAFirstName() throws {
        // "said Will Hearn": not the helper "will", which would end the phrase and leave the quotation to the context.
        let doc = try annotate("Ann Pike said the farm would be sold. “They are taking our future,” said Will Hearn, who drove from Devon.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Ann Pike", "Will Hearn"])
    }

    @Test func aVerbWithItsOwnPronounInsideASpeechNounsClauseIsNoWritersVerb() throws {
        // "a home he rarely used": "used" has its own subject, so the content of "reports that" runs on to it.
        let doc = try annotate("The minister quit after newspaper reports that he claimed expenses for a second home he rarely used.")
        #expect(doc.quoteSummary.map(\.text) == ["he claimed expenses for a second home he rarely used"])
        // A verb with no subject of its own still ends the clause.
        let ignored = try annotate("Lee's claim that the plan would fail was ignored.")
        #expect(ignored.quoteSummary.map(\.text) == ["the plan would fail"])
    }

    @Test func aRecordBeforeAVerbOfSayingIsNotTheReportedClausesSubject() throws {
        // "who led the investigation, said the family had shown": the family showed dignity; Holt said so.
        let doc = try annotate("Karen Holt, who led the investigation, said the family had shown great dignity.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Karen Holt"])
        #expect(doc.quoteSummary.map(\.text) == ["the family had shown great dignity"])
        // A verb of saying in brackets does not close the record's clause.
        let poll = try annotate("A new poll has lower numbers (44 percent say they want a vote), but also shows that most voters are undecided.")
        #expect(poll.quoteSummary.map(\.speaker).contains("new poll"))
    }

    @Test func aFirstNameAfterABodysNounAndItsCommaIsAPerson() throws {
        // "Speaking outside the court, Grace Adeyemi said": she is no name of the court, so "she" names her.
        let doc = try annotate("The mother of a boy who was stabbed has called for change. Speaking outside the court, Grace Adeyemi said "
            + "no family should suffer. \"Tobi was kind,\" she said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["mother of a boy", "Grace Adeyemi", "Grace Adeyemi"])
        // A body's name in apposition is still a body: "The parent company, Halden Group,".
        let firm = try annotate("The parent company, Halden Group, said the sale was complete.")
        #expect(firm.entities.first?.kind == .organization)
    }

    @Test func aPersonAccusedOrChargedBeforeTheCueSpeaksNotTheVictims() throws {
        // "A nurse accused of poisoning four patients told": the nurse speaks, not the patients; the participle's
        // phrase stays in the description, as in "man accused of arson".
        let doc = try annotate("A nurse accused of poisoning four elderly patients at a care home told a jury she was innocent.")
        #expect(doc.quoteSummary.map(\.speaker) == ["nurse accused of poisoning four elderly patients at a care home"])
        let charged = try annotate("A man charged with attacking two officers told the court he was sorry.")
        #expect(charged.quoteSummary.map(\.speaker) == ["man charged with attacking two officers"])
        #expect(charged.quoteSummary.map(\.text) == ["he was sorry"])
        let struck = try annotate("A doctor struck off for lying to patients has said she will appeal.")
        #expect(struck.quoteSummary.map(\.text) == ["she will appeal"])
    }

    @Test func anAbsolutePhrasesWholeSubjectSpeaks() throws {
        // ", with mediators in Geneva saying": the mediators speak, not the place closing their phrase.
        let doc = try annotate("Talks resumed on Monday, with mediators in Geneva saying a deal was close.")
        #expect(doc.quoteSummary.map(\.speaker) == ["mediators in Geneva"])
        // ", with Democrats and Republicans saying": both parties, not the last one.
        let both = try annotate("The bill passed, with Democrats and Republicans saying it was overdue.")
        #expect(both.quoteSummary.map(\.speaker) == ["Democrats and Republicans"])
    }

    @Test func goodsRecalledAreNoMemoryTold() throws {
        // "recalled several of its salads": a product recall, not speech; the same in a headline's bare plural.
        let doc = try annotate("A supermarket chain has recalled several of its ready-made salads after tests found listeria in a batch.")
        #expect(doc.quotes.isEmpty)
        let headline = try annotate("Supermarket recalls salads over listeria fears")
        #expect(headline.quotes.isEmpty)
        // A clause after "recalled" is still what was recalled.
        let told = try annotate("Ruth Ames recalled the president had said he would stay.")
        #expect(told.quoteSummary.map(\.text) == ["the president had said he would stay"])
    }

    @Test func aPronounAfterAnotherOfficeIsNotTheMinisterNamedBefore() throws {
        // "the prime minister" is not the "Housing minister" named before; and a man named so is no "she".
        let doc = try annotate("Housing minister Tom Redfern has resigned. He said he had done nothing wrong. "
            + "The prime minister thanked him for his service. “He has been a loyal colleague,” she wrote.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Tom Redfern", "prime minister"])
        let he = try annotate("Housing minister Tom Redfern has resigned. He said he had done nothing wrong. "
            + "The prime minister thanked him for his service. “He has been a loyal colleague,” he said.")
        #expect(he.quoteSummary.map(\.speaker) == ["Tom Redfern", "prime minister"])
        // The minister named so is still "the minister" later.
        let same = try annotate("Housing minister Tom Redfern has resigned. The minister thanked his staff. "
            + "“They have been wonderful,” he said.")
        #expect(same.quoteSummary.map(\.speaker) == ["Tom Redfern"])
    }

    @Test func aPlaceWithARelativeClauseBeforeTheSubjectIsNoSpeech() throws {
        // "In the town of X, where ...,": where it happened; the relative clause's verb makes it no report.
        let doc = try annotate("In the town of Millbrook, where water reached the first floor of some houses, residents described a night of fear.")
        #expect(doc.quotes.isEmpty)
        // A main clause after the place and its relative clause is still what was said.
        let said = try annotate("In Paris, where it rained all week, the talks went well, officials said.")
        #expect(said.quoteSummary.map(\.text) == ["In Paris, where it rained all week, the talks went well"])
    }

    @Test func aPronounAfterASpokespersonWhoSpokeForABodyIsThatBody() throws {
        // "A spokesman said ..., which he described as ...": he speaks for the body his words went to, not the union leader.
        let doc = try annotate("Union leader Daniel Kebede said members were angry. The Department for Education urged the union to return "
            + "to talks. A spokesman said the government had accepted the offer in full, which he described as “a fair deal”.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Daniel Kebede", "Department for Education", "Department for Education",
                                                    "Department for Education"])
        // A person of the pronoun's gender named after the spokesperson is who "he" is.
        let named = try annotate("The Department for Education urged the union to return to talks. A spokesman said the offer was fair. "
            + "Union leader Daniel Kebede disagreed. “It is an insult,” he said.")
        #expect(named.quoteSummary.last?.speaker == "Daniel Kebede")
    }

    @Test func aBodyNamedAfterSomeonesOfIsTheirEmployerNotTheCompany() throws {
        // "Rebecca Lind, of broker Hartwell & Co,": her firm; "the company" later is still the one the story is about.
        let doc = try annotate("Shares in Valence Semiconductor fell after the company warned that demand would weaken. Rebecca Lind, of broker "
            + "Hartwell & Co, said the warning suggested a downturn. The company also confirmed reports that it was in talks to sell a division.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Valence Semiconductor", "Rebecca Lind", "Valence Semiconductor"])
    }

    @Test func aClauseBeforeAColonAndItsQuotationIsReportedToo() throws {
        // "told the BBC he was worried about X: “...”": the clause is indirect speech, the quotation after the colon direct.
        let doc = try annotate("Mark Hughes told the BBC he was worried about his daughter's exams: “She has already lost so much time.”")
        #expect(doc.quoteSummary.map(\.kind) == ["indirect", "direct"])
        #expect(doc.quoteSummary.map(\.text) == ["he was worried about his daughter's exams", "“She has already lost so much time.”"])
        // After "But" opening the sentence too.
        let but = try annotate("Kirsty Bell met the volunteers. But she warned that the population remained fragile: "
            + "“One outbreak could wipe them out again.”")
        #expect(but.quoteSummary.map(\.kind) == ["indirect", "direct"])
        // Not a list's lead-in: "cited examples, including:".
        let cited = try annotate("The paper cited examples of long questions, including: “Were you ever subject to trafficking?”")
        #expect(!cited.quoteSummary.map(\.kind).contains("indirect"))
    }

    @Test func aRoleInAStorysLeadIsThePersonNamedWithItLater() throws {
        // "The mayor of Eastham has promised ..." then "Mayor Priya Nair said": the lead's mayor is her.
        let doc = try annotate("The mayor of Eastham has promised to stop plans to cut 12 bus routes.\n\n"
            + "Speaking at a public meeting, Mayor Priya Nair said the cuts would leave residents cut off.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Priya Nair", "Priya Nair"])
        // Not when two people are named with the role later.
        let two = try annotate("The mayor has promised to stop the cuts.\n\nMayor Priya Nair said the cuts were wrong. "
            + "Mayor Tom Bell of Westham said they were needed.")
        #expect(two.quoteSummary.first?.speaker == "mayor")
    }

    @Test func aClauseAfterAQuotationAndWhileIsNoTrailingAttribution() throws {
        // '“bad faith”, while a rebel commander told Reuters ...': "while" opens a clause of its own, whose "told" reports.
        let doc = try annotate("A spokesman accused the rebels of “bad faith”, while a rebel commander told Reuters the government had "
            + "“never been serious about peace”.")
        #expect(doc.quoteSummary.map(\.kind) == ["mixed", "partial", "mixed", "partial"])
        #expect(doc.quoteSummary[2].text == "the government had “never been serious about peace”")
        #expect(doc.quoteSummary[2].speaker == "rebel commander")
    }

    @Test func aNameAfterAnOfficeOfAPlaceIsTheHoldersThoughItsFirstNameIsUnlisted() throws {
        // "The foreign minister of Jordan, Ayman Safadi, urged": he speaks, not the office; "Ayman" is in no list.
        let doc = try annotate("The foreign minister of Jordan, Ayman Safadi, urged both sides to return to the table.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Ayman Safadi"])
        // A town's state after its comma is still a place: the office speaks.
        let state = try annotate("The mayor of Albany, New York, said the plan was wrong.")
        #expect(state.quoteSummary.map(\.speaker) == ["mayor of Albany"])
    }

    @Test func aCapitalisedWordAndAPluralDescriptorBeforeAGroupNounIsTheGroup() throws {
        // "Consumer rights campaigners welcomed ... but said": the campaigners speak, not a person named "Consumer".
        let doc = try annotate("Consumer rights campaigners welcomed the climbdown but said questions remained.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Consumer rights campaigners"])
    }

    @Test func aLowerCaseQuotationAfterASubjectsAppositiveIsItsPredicate() throws {
        // "writes that her chancellor, Robert Vane, “never once told me ...”": the quotation completes the clause, a mixed quote.
        let doc = try annotate("In the book, Ashby writes that her chancellor, Robert Vane, “never once told me the truth about the numbers”.")
        #expect(doc.quoteSummary.map(\.kind) == ["mixed", "partial"])
        #expect(doc.quoteSummary.first?.text == "her chancellor, Robert Vane, “never once told me the truth about the numbers”")
        // After a preposition's phrase the quotation is the whole speech.
        let asFor = try annotate("As for complexity, “closing loopholes always takes some work,” Ann Lee said.")
        #expect(asFor.quoteSummary.map(\.kind) == ["direct"])
    }

    @Test func aNamesRelativeBeforeARelativeClauseSpeaks() throws {
        // "Leo's grandmother, who raised concerns twice, said": she speaks, and her "she said" is not an earlier woman's.
        let doc = try annotate("The author, Margaret Dunn, said agencies had failed. Leo's grandmother, who raised concerns with the council "
            + "twice, said the apology had come too late. “They didn't listen to me,” she said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Margaret Dunn", "Leo's grandmother", "Leo's grandmother"])
    }

    @Test func aLongOpeningParticiplePhraseEndsAtItsComma() throws {
        // A participle's phrase of 14 words or more: the subject after its comma speaks for "but insisted" too.
        let doc = try annotate("Asked by a member of the audience whether she would apologise for the cost of living crisis, Ms Hollins said "
            + "she was sorry but insisted her decisions had been right.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Hollins", "Hollins"])
    }

    @Test func fearingForSomethingIsNoReport() throws {
        // "fear for homes": worry about them, not something said; "fear that ..." still reports.
        let doc = try annotate("Residents fear for homes as cliff crumbles")
        #expect(doc.quotes.isEmpty)
        let that = try annotate("Residents fear that the cliff will collapse.")
        #expect(that.quoteSummary.map(\.text) == ["the cliff will collapse"])
    }

    @Test func aNameInAppositionToARelationIsTheNextPronounsTopic() throws {
        // "Tanner's niece, Ruby, had ...": the name between commas is the subject, so the next "she" is Ruby, not the
        // woman who spoke earlier.
        let doc = try annotate("Councillor Joan Pike told the hearing the lease was void. The panel heard that Tanner's niece, Ruby, "
            + "had signed the papers. In a statement, she said: “Nobody explained what I was signing.”")
        #expect(doc.quoteSummary.map(\.speaker) == ["Joan Pike", "Ruby"])
    }

    @Test func aRelationRightBeforeANameMakesItAPerson() throws {
        // "his niece Ruby": a possessor's relation before the name, no comma; the name is a woman's and speaks for "she".
        let doc = try annotate("Councillor Joan Pike told the hearing the lease was void. The panel heard that his niece Ruby had signed "
            + "the papers. In a statement, she said: “Nobody explained what I was signing.”")
        #expect(doc.quoteSummary.map(\.speaker) == ["Joan Pike", "Ruby"])
        #expect(doc.entities.first(where: { $0.name == "Ruby" })?.gender == .female)
    }

    @Test func aRelativeClauseAfterAPrepositionEndsAtTheSentencesVerb() throws {
        // "Emails in which he mocked rivals were leaked": the writer's "were leaked" is no part of what he mocked.
        let doc = try annotate("The coach quit after emails in which he mocked rivals were leaked to a newspaper.")
        #expect(doc.quoteSummary.map(\.text) == ["rivals"])
        // A clause's verb group that opens on a helper ends before the writer's finite verb.
        let clause = try annotate("Parents who say the timetable was rushed were ignored.")
        #expect(clause.quoteSummary.map(\.text) == ["the timetable was rushed"])
        // Where the relative clause is about the object, the speech runs to the end.
        let object = try annotate("They printed emails in which he mocked rivals and referees.")
        #expect(object.quoteSummary.map(\.text) == ["rivals and referees"])
    }

    @Test func aPersonDescribedByACommonNounIsTheNextPronounsTopic() throws {
        // "One victim, a retired widow from Leeds, lost her savings": she is the "she" of the next quotation, not the judge.
        let doc = try annotate("Judge Ann Cole told the court the scheme was cruel. One victim, a retired widow from Leeds, lost her savings. "
            + "In a statement, she said: “I trusted him.”")
        #expect(doc.quoteSummary.map(\.speaker) == ["Ann Cole", "One victim"])
        // A noun of the other gender in the appositive keeps the earlier speaker.
        let other = try annotate("Judge Ann Cole told the court the scheme was cruel. One victim, a retired farmer and grandfather, lost "
            + "his savings. In her ruling, she said: “This was theft.”")
        #expect(other.quoteSummary.map(\.speaker) == ["Ann Cole", "Ann Cole"])
    }

    @Test func aTimeLedByAsOrOnlyBeforeThatIsNoSpeech() throws {
        // "said as recently as Friday that ...", "said only last month that ...": when it was said, not what.
        let doc = try annotate("The coach said as recently as Friday that he was staying. Her agent said only last month that she was happy.")
        #expect(doc.quoteSummary.map(\.text) == ["he was staying", "she was happy"])
    }

    @Test func aRelationAndHowManyBeforeANameDescribeThePerson() throws {
        // "Mother of three Priya Malik said": the unhyphenated "mother of three" describes Priya Malik, who speaks.
        let doc = try annotate("Mother of three Priya Malik said the crossing was dangerous. Grandfather of five Dev Malik said it was worse.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Priya Malik", "Dev Malik"])
    }

    @Test func aRelationAfterTheAndAPossessorIsTheNextPronounsTopic() throws {
        // "The girl's mother, who asked not to be named, thanked the crew": after a man spoke, she is the next "she".
        let doc = try annotate("Coxswain Ian Bray said the sea was rough. The girl's mother, who asked not to be named, thanked the crew. "
            + "“We owe them everything,” she said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Ian Bray", "girl's mother"])
        // After a woman spoke, too, when the relation's sentence has no cue of its own.
        let after = try annotate("Coxswain Jill Bray said the sea was rough. The girl's mother thanked the crew. “We owe them everything,” she said.")
        #expect(after.quoteSummary.map(\.speaker) == ["Jill Bray", "girl's mother"])
    }

    @Test func anAgeOrAPersonsNounInAppositionMakesAOneWordNameAPerson() throws {
        // "Oksana, 71, will not leave": the age makes the lone word at the sentence start a person, whom "she" names.
        let doc = try annotate("Oksana, 71, will not leave. “Where would I go?” she asks. Her neighbour, Bohdan, sent his family west. "
            + "He stays. “The goats need me,” he says.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Oksana", "Bohdan"])
        // A headline's common noun with an age is no name.
        let headline = try annotate("Pensioner, 94, completes degree")
        #expect(headline.entities.isEmpty)
    }

    @Test func aQuotedLikenessAfterAVerbOfCryingOutIsNoSpeech() throws {
        // "cried “like children”": how they cried; the quoted words stay a partial of the one who reported it.
        let doc = try annotate("Her husband, Tomas, said the staff had cried “like children” when the news came.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Tomas", "Tomas"])
        #expect(doc.quoteSummary.map(\.kind) == ["mixed", "partial"])
    }

    @Test func aFieldThatIsAlsoAVerbBeforeATitleInAnAppositive() throws {
        // "state Sen. Rosa Diaz", "state Senator Rosa Diaz": "state" is the office's field here, not the verb; the name speaks.
        let doc = try annotate("The bill's author, state Sen. Rosa Diaz, called the veto “a betrayal”. "
            + "Its co-sponsor, state Senator Tom Avery, said he would try again.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Rosa Diaz", "Rosa Diaz", "Tom Avery"])
    }

    @Test func itSpeaksForABodyDescribedByItsNounInTheSentenceBefore() throws {
        // "An independent watchdog is investigating. It said ...": the watchdog, though it was not named.
        let doc = try annotate("An independent regulator is investigating. It said three managers had been suspended.")
        #expect(doc.quoteSummary.map(\.speaker) == ["independent regulator"])
        // Not a team's or a person's noun: "it" there is no body that speaks.
        let team = try annotate("The squad is improving. It said the coach was tired.")
        #expect(team.quotes.isEmpty)
    }

    @Test func aRoleWithAPossessorAndARelativeClauseIsTheNextPronounsTopic() throws {
        // "The council's flood officer, who has since resigned, declined to attend": he is the next "he", not the man before.
        let doc = try annotate("Retired builder Sam Cole said the drains were blocked. The council's flood officer, who has since resigned, "
            + "declined to attend. In a letter, he said he had followed the plan.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Sam Cole", "council's flood officer"])
    }

    /// "Passengers on a flight from Manchester to Tenerife waited nine hours. The airline said ..." gave the words to
    /// Tenerife: a business noun named the one-word name mentioned last. Names on either side of "from ... to ..."
    /// are a route's ends, places.
    @Test func aRoutesEndIsNoBusiness() throws {
        let route = try annotate("Passengers on a flight from Manchester to Tenerife waited nine hours. The airline said a fault had been found.")
        #expect(!route.quoteSummary.map(\.speaker).contains("Tenerife"))
        #expect(route.quoteSummary.count == 1)
        let start = try annotate("Buses from Leeds to York were cancelled. The company said a strike was to blame.")
        #expect(!start.quoteSummary.map(\.speaker).contains("York"))
        // (The business that opens the sentence still speaks.)
        let airline = try annotate("Jetline cancelled flights from Leeds to Faro. The airline said strikes were to blame.")
        #expect(airline.quoteSummary.map(\.speaker) == ["Jetline"])
    }

    /// "The National Housing Federation, which represents housing associations, welcomed the plan but said it wanted
    /// more social homes" lost its "said" (no subject was found past the relative clause), and "broadly welcomed" put
    /// the adverb into the speaker's name.
    @Test func aBodyBeforeARelativeClauseIsTheSubject() throws {
        let relative = try annotate("The National Housing Federation, which represents housing associations, welcomed the plan but said it wanted more social homes.")
        #expect(relative.quoteSummary.map(\.speaker) == ["National Housing Federation"])
        #expect(relative.quoteSummary.map(\.text) == ["it wanted more social homes"])
        let adverb = try annotate("The National Housing Federation broadly welcomed the plan but said it wanted more social homes.")
        #expect(adverb.quoteSummary.map(\.speaker) == ["National Housing Federation"])
        // (A noun in "-ly" stays the head: "The royal family ... said".)
        let family = try annotate("The royal family welcomed the news but said it would not comment further.")
        #expect(family.quoteSummary.map(\.speaker) == ["royal family"])
    }

    /// "Reservoirs are at 19% of capacity, according to the regional government, which said households would face
    /// cuts" lost the second report: "which" stood only for a subject, not for a preposition's object as "who" does.
    @Test func whichAfterAPrepositionsObjectSpeaks() throws {
        let doc = try annotate("Reservoirs are at 19% of capacity, according to the regional government, which said households would face cuts.")
        #expect(doc.quoteSummary.map(\.speaker) == ["regional government", "regional government"])
        #expect(doc.quoteSummary.map(\.text) == ["Reservoirs are at 19% of capacity", "households would face cuts"])
        let by = try annotate("The drought was declared by the government, which said households would face cuts.")
        #expect(by.quoteSummary.map(\.speaker) == ["government"])
        // (Not a place: "which" after a town opens no speech.)
        let place = try annotate("Farmers met in Seville, which has seen no rain since May.")
        #expect(place.quoteSummary.isEmpty)
    }

    /// "Her book, River Without End, is published this week" made the book's title a person, who then answered a Q&A
    /// whose interviewee's first name ("Ilka Brennan spent ...") is not in the list and so was no person yet. A work's
    /// noun names no one; the interviewee may be the name of two words that opens a sentence and its verb.
    @Test func aBooksTitleAnswersNoInterview() throws {
        let questions = ["Why walk the whole river?", "What surprised you most?", "Was it ever dangerous?"]
        let answers = ["“I had just turned fifty and lost my job.”", "“How generous people were.”", "“Once, dogs followed me for two hours.”"]
        let body = zip(questions, answers).map { "\($0)\n\n\($1)" }.joined(separator: "\n\n")
        let intro = "Ilka Brennan spent eight months walking the Danube. Her book, River Without End, is published this week."
        let qa = try annotate("Q&A: the author who walked a river\n\n\(intro)\n\n\(body)\n")
        #expect(qa.quoteSummary.filter { $0.kind == "direct" }.map(\.speaker) == ["Ilka Brennan", "Ilka Brennan", "Ilka Brennan"])
        let book = try annotate("Tom Lee spoke first. Her book, River Without End, is out now. She said it sold well.")
        #expect(!book.quoteSummary.map(\.speaker).contains("River Without End"))
    }

    /// "Relatives of residents who died during an outbreak at a care home have demanded an inquiry" gave the demand to
    /// the residents, who died: the phrase before "who" stopped at "of" because residents are people. The verb after a
    /// relative clause is the whole phrase's.
    @Test func relativesOfResidentsWhoDiedDemand() throws {
        let doc = try annotate("Relatives of residents who died during an outbreak at a care home in Swansea have demanded an independent inquiry.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Relatives of residents"])
        // (The clause's own verb still speaks for the people in it: "groups who say".)
        let groups = try annotate("The bill drew protests from civil rights groups who say it is unfair.")
        #expect(groups.quoteSummary.map(\.speaker) == ["civil rights groups"])
    }

    /// "The army's delegation, led by Gen. Khalid al-Amin, said" made "Khalid" the person and "Syrian President
    /// Bashar al-Assad said" was shown whole as a description: the name stopped at its lower-case article.
    @Test func anArabicArticleStaysInsideTheName() throws {
        let assad = try annotate("Syrian President Bashar al-Assad said the war was over. Al-Assad added that elections would follow.")
        #expect(assad.quoteSummary.map(\.speaker) == ["Bashar al-Assad", "Bashar al-Assad"])
        let sisi = try annotate("Abdel Fattah el-Sisi said the canal would reopen.")
        #expect(sisi.quoteSummary.map(\.speaker) == ["Abdel Fattah el-Sisi"])
    }

    /// "Several MPs spoke about the deaths of their relatives", "Labour MPs said": a capitalised name closed by a plural
    /// of people was made a person; only a lone plural ("Republicans said") was a group.
    @Test func aNameClosedByAPluralOfPeopleSpeaksAsAGroup() throws {
        let mps = try annotate("Several MPs said the bill was flawed. They said it would be amended.")
        #expect(mps.entities.first(where: { $0.name == "Several MPs" })?.kind == .group)
        #expect(mps.quoteSummary.map(\.speaker) == ["Several MPs", "Several MPs"])
        let party = try annotate("Virginia Democrats said the map was unfair.")
        #expect(party.entities.first(where: { $0.name == "Virginia Democrats" })?.kind == .group)
    }

    /// "The review's author, Jane Parry, wrote that the case showed a pattern of optimism" gave "showed" to the review
    /// and lost "wrote": the record before a verb of speech and its "that" belongs to the speaker's clause, as it does
    /// before "said".
    @Test func aRecordBeforeWroteThatIsNotTheShowingOne() throws {
        let doc = try annotate("The review's author, Jane Parry, wrote that the case showed a pattern of optimism.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Jane Parry"])
        #expect(doc.quoteSummary.map(\.text) == ["the case showed a pattern of optimism"])
        // (A record's own verb still speaks for it: "The review found that the case showed ...".)
        let found = try annotate("The review found that staff were overstretched.")
        #expect(found.quoteSummary.map(\.speaker) == ["review"])
    }

    /// "Leeds City Council's director of children's services, Saleem Tariq, said" made Saleem Tariq an organisation (a
    /// possessor's body noun before the comma), so "He told reporters" found no one: the body is the object of the
    /// role's "of", and the name is the role's holder.
    @Test func aRolesBodyBeforeTheCommaNamesNoBody() throws {
        let doc = try annotate("Leeds City Council's director of children's services, Saleem Tariq, said the council was sorry. He told reporters that changes had been made.")
        #expect(doc.entities.first(where: { $0.name == "Saleem Tariq" })?.kind == .person)
        #expect(doc.quoteSummary.map(\.speaker) == ["Saleem Tariq", "Saleem Tariq"])
        // (A body in apposition still is one: "Her management company, Starline Artists, said".)
        let firm = try annotate("Her management company, Starline Artists, said all tickets would be refunded.")
        #expect(firm.entities.first(where: { $0.name == "Starline Artists" })?.kind == .organization)
    }

    /// "Among the protesters was Jeremy Clarkson, the television presenter who owns a farm. He said ..." gave "He" to the
    /// union's president quoted before: a name after "was" in a sentence opening with a preposition's phrase is that
    /// sentence's subject, its topic.
    @Test func aNameAfterAFrontedPhraseAndWasIsTheTopic() throws {
        let doc = try annotate("Tom Bradshaw told the crowd the tax was unfair. Among the protesters was Jeremy Clarkson, the television presenter who owns a farm. He said the government did not understand the countryside.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Tom Bradshaw", "Jeremy Clarkson"])
        // (Not a name after "was" in a clause of its own: "The man he met was Tom Hill" is about the man.)
        let other = try annotate("Tom Bradshaw told the crowd the tax was unfair. The man who greeted him was Jeremy Clarkson. He said the crowd was huge.")
        #expect(other.quoteSummary.map(\.speaker).first == "Tom Bradshaw")
    }

    /// "The Horniman Museum in London said the return was “the right thing to do”" gave the words to London: the last
    /// name before the verb was the place after "in". A place after "in" or "at" right after a name is where the name's
    /// body is, and the body speaks.
    @Test func aPlaceAfterABodysNameIsNotTheSpeaker() throws {
        let museum = try annotate("The Horniman Museum in London said the return was right.")
        #expect(museum.quoteSummary.map(\.speaker) == ["Horniman Museum"])
        let embassy = try annotate("The British Embassy in Moscow said the report was false.")
        #expect(embassy.quoteSummary.map(\.speaker) == ["British Embassy"])
        // (People before the place still speak with it: "Sources in Washington said".)
        let sources = try annotate("Sources in Washington said the deal was close.")
        #expect(sources.quoteSummary.map(\.speaker) == ["Sources in Washington"])
    }

    /// "She said a senior manager had told her: “Don't make trouble.”" gave the quotation to her: the colon's quotation
    /// went to the first cue's speech, though a speaker reported inside it introduced the quotation. It is now the
    /// manager's, and her speech is a mixed quote around it, as with a comma.
    @Test func aQuotationAfterAReportedTellersColonIsTheTellers() throws {
        let doc = try annotate("Laura Finch said a senior manager had told her: “Don't make trouble.”")
        #expect(doc.quoteSummary.map(\.kind) == ["mixed", "direct"])
        #expect(doc.quoteSummary.map(\.speaker) == ["Laura Finch", "senior manager"])
        // (Her own clause before the colon still reports her: "told the BBC he was worried: “...”".)
        let own = try annotate("Mark Hughes told the BBC he was worried about the exams: “She has lost so much time.”")
        #expect(own.quoteSummary.map(\.speaker) == ["Mark Hughes", "Mark Hughes"])
    }

    /// "The study did not prove that night work causes diabetes, the authors cautioned" reported the study's "prove" as
    /// a second quote inside the authors' words. A record's verb whose subject opens a trailing speaker's words is part
    /// of them, as it is after a leading "said".
    @Test func aRecordInsideTrailingSpeechIsPartOfIt() throws {
        let doc = try annotate("The study did not prove that night work causes diabetes, the authors cautioned.")
        #expect(doc.quoteSummary.map(\.speaker) == ["authors"])
        let poll = try annotate("The poll shows Clinton ahead, the campaign said.")
        #expect(poll.quoteSummary.map(\.speaker) == ["campaign"])
        // (A record with no speaker around it still speaks: "Night work causes diabetes, the study shows.")
        let alone = try annotate("Night work causes diabetes, the study shows.")
        #expect(alone.quoteSummary.map(\.speaker) == ["study"])
    }

    /// Review of the thirteenth session: "The Federation, which" closing a paragraph, before an unattributed quotation,
    /// crashed the process (the new relative-clause rule of a sentence's subject built a range past the sentence's end
    /// when "which" was its last word).
    @Test func aSentenceEndingOnWhichDoesNotCrash() throws {
        let doc = try annotate("The Federation, which\n\n\u{201C}We will not stop.\u{201D}\n")
        #expect(doc.quoteSummary.map(\.kind) == ["direct"])
    }

    /// Found by `Benchmarks/run-fuzz.sh BIN 3 20000` (short records, seed 2): "But what the minister told" with nothing
    /// after "told" crashed the process; the listener check built a range from past the sentence's end.
    @Test func aTellEndingTheTextDoesNotCrash() throws {
        let doc = try annotate("But what the minister told")
        #expect(doc.quoteSummary.isEmpty)
        #expect(try annotate("What the minister told parliament was misleading.").quoteSummary.isEmpty)
    }

    /// "A man planned the attack for weeks, a jury at Bristol Crown Court heard on Monday." made "planned" a cue with
    /// ", a jury ... heard on Monday" as its clause: the hearing's note may name the court's town and the day.
    @Test func aJuryAtACourtHeardOnADayIsNoPartOfTheSpeech() throws {
        #expect(try annotate("A woman planned the robbery for months, a jury at Leeds Crown Court heard on Monday.").quoteSummary.isEmpty)
        let inquest = try annotate("A nurse told colleagues she had been threatened, an inquest in Truro heard.")
        #expect(inquest.quoteSummary.map(\.text) == ["she had been threatened"])
        let magistrates = try annotate("The driver said he never saw the cyclist, magistrates in Salford heard yesterday.")
        #expect(magistrates.quoteSummary.map(\.text) == ["he never saw the cyclist"])
    }

    /// "The union called a strike after talks collapsed" reported "a strike after talks collapsed" as what the union
    /// called: "call" naming nothing, with a clause of the writer's after its object, is an act.
    @Test func callingAStrikeOrAnAmbulanceNamesNothing() throws {
        #expect(try annotate("The union called a strike after talks with the company collapsed.").quoteSummary.isEmpty)
        #expect(try annotate("Neighbours called the fire brigade when they saw smoke.").quoteSummary.isEmpty)
        #expect(try annotate("The chairman called a meeting which was held on Friday.").quoteSummary.isEmpty)
        #expect(try annotate("The pair called 999 at about 7pm when they could no longer see the path.").quoteSummary.isEmpty)
        let named = try annotate("He called the ruling an outrage that would be appealed.")
        #expect(named.quoteSummary.map(\.text) == ["the ruling an outrage that would be appealed"])
        let heroes = try annotate("She called them heroes who had saved lives.")
        #expect(heroes.quoteSummary.map(\.text) == ["them heroes who had saved lives"])
        #expect(try annotate("She called them after the crash had happened.").quoteSummary.isEmpty)
        let quoted = try annotate("She called the delay “a scandal” after the report was published.")
        #expect(quoted.quoteSummary.map(\.kind).contains("partial"))
    }

    /// "The company said it had informed regulators and that “patient safety remains our priority”" gave the
    /// quotation to "informed" as a direct quote of its own: the "and that" continues what the company said.
    @Test func aListenerThenAndThatContinuesTheOuterSpeech() throws {
        let doc = try annotate("The company said it had informed regulators and that \u{201C}patient safety remains our first priority\u{201D}.")
        #expect(doc.quoteSummary.map(\.kind) == ["mixed", "partial"])
        #expect(doc.quotes.map { $0.cue?.lemma } == ["say", "say"])
        let police = try annotate("She said she had told police and that officers visited the house twice.")
        #expect(police.quoteSummary.map(\.text) == ["she had told police and that officers visited the house twice"])
    }

    /// "One participant, who asked not to be named, told the Observer ... “...,” she said" gave the quotation to the doctor
    /// quoted before: "participant" was no noun for one person, so "she" passed over it.
    @Test func aParticipantOrAMotoristIsOnePersonForALaterPronoun() throws {
        let doc = try annotate("""
        Dr Anjali Mehta said pauses were normal.

        One participant, who asked not to be named, told the Observer she had been taken to hospital twice. \
        \u{201C}Nobody explained what was happening to me,\u{201D} she said.
        """)
        #expect(doc.quoteSummary.last?.speaker == "One participant")
        let motorist = try annotate("""
        Dr Anjali Mehta said the road was closed.

        A motorist told the Observer she had waited for hours. \u{201C}Nobody told us anything,\u{201D} she said.
        """)
        #expect(motorist.quoteSummary.last?.speaker == "motorist")
    }

    /// "Passengers on a flight from Gatwick to Orlando have described ..." gave the words to Orlando: the people before a
    /// route speak, past another place and an adjective ("a delayed flight") on the way.
    @Test func peopleOnAFlightFromOnePlaceToAnotherSpeak() throws {
        let doc = try annotate("Passengers on a flight from Gatwick to Orlando have described being left without food after a long delay.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Passengers on a flight from Gatwick to Orlando"])
        let delayed = try annotate("Passengers on a delayed flight to Orlando said they were left without food.")
        #expect(delayed.quoteSummary.map(\.speaker) == ["Passengers on a delayed flight to Orlando"])
    }

    /// "The founder of collapsed payments start-up Lumio has denied ..." and "The founder of budget firm Lumio said" gave
    /// the words to Lumio: an adjective after "of", or a body's noun already in the name's phrase, still describes it.
    @Test func theFounderOfADescribedFirmSpeaksNotTheFirm() throws {
        let doc = try annotate("The founder of collapsed payments start-up Lumio has denied misleading investors.")
        #expect(doc.quoteSummary.map(\.speaker) == ["founder of collapsed payments start-up Lumio"])
        let firm = try annotate("The founder of budget firm Lumio said the figures were accurate.")
        #expect(firm.quoteSummary.map(\.speaker) == ["founder of budget firm Lumio"])
        // (The firm itself still speaks after its own noun.)
        let own = try annotate("Budget firm Lumio said the figures were accurate.")
        #expect(own.quoteSummary.first?.speaker == "Lumio")
    }

    /// "The prime ministers said ... “...,” they said" showed the speaker as "prime": the first word of a two-word
    /// office before its plural is no role of one person.
    @Test func thePluralOfATwoWordOfficeIsNoOnePersonsRole() throws {
        let doc = try annotate("The prime ministers said the commitment would set the standard. \u{201C}This is the fastest way,\u{201D} they said.")
        #expect(doc.quoteSummary.last?.speaker == "prime ministers")
        let vice = try annotate("The vice presidents said the rules would change. \u{201C}We will act,\u{201D} they said.")
        #expect(vice.quoteSummary.last?.speaker == "vice presidents")
    }

    /// "Pensioner Mavis Clegg, 82, said" and "Witness Jana Krüger, 34, said" kept the noun in the name when the first name
    /// was not in the list: a noun for one person before an unlisted name and an age is the person's description.
    @Test func aPersonNounBeforeAnUnlistedNameIsNoPartOfIt() throws {
        let doc = try annotate("Pensioner Mavis Clegg, 82, said the bus was late. The pensioner said she would complain.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Mavis Clegg", "Mavis Clegg"])
        #expect(try annotate("Witness Jana Krüger, 34, said the car did not stop.").quoteSummary.first?.speaker == "Jana Krüger")
        // (A body's name that opens with such a noun keeps it.)
        let body = try annotate("Resident Doctors Committee said the rota was unsafe.")
        #expect(body.quoteSummary.first?.speaker == "Resident Doctors Committee")
        #expect(body.entities.first?.kind == .organization)
        #expect(try annotate("Patient Safety Watch said the trust had failed.").quoteSummary.first?.speaker == "Patient Safety Watch")
        #expect(try annotate("Victim Support Scotland said it would help.").quoteSummary.first?.speaker == "Victim Support Scotland")
    }

    /// "The player was filmed responding to chants from the away end" reported "to chants ..." as his response: what one
    /// responds or replies to is the matter, however bare its noun, and no content follows it.
    @Test func respondingToABareNounReportsNothing() throws {
        #expect(try annotate("The player was filmed responding to chants from the away end.").quoteSummary.isEmpty)
        let reply = try annotate("\u{201C}No,\u{201D} she replied to reporters.")
        #expect(reply.quoteSummary.map(\.kind) == ["direct"])
    }

    /// "He has written to the Cabinet Office asking for an inquiry" gave the request to the Cabinet Office: a name after a
    /// verb's "to" is whom it was written to, and the participle's subject is the sentence's.
    @Test func theOneWrittenToIsNotTheParticiplesSubject() throws {
        let doc = try annotate("Clive Hartley criticised the plan. He has written to the Cabinet Office asking for an inquiry.")
        #expect(doc.quoteSummary.last?.speaker == "Clive Hartley")
        // (A noun that the participle describes still asks: the emails ask.)
        let emails = try annotate("The bank warned of emails asking customers for passwords.")
        #expect(emails.quoteSummary.first?.speaker == "bank")
    }

    /// "A nurse at the hospital in Leeds said" and "One sales assistant at the firm's store in Swindon, who ..., said" gave
    /// the words to the town: one person named by a noun, with where they are, speaks with the phrase.
    @Test func onePersonAtAPlaceSpeaksNotThePlace() throws {
        #expect(try annotate("A nurse at the hospital in Leeds said she was exhausted.").quoteSummary.first?.speaker == "nurse at the hospital in Leeds")
        let assistant = try annotate("One sales assistant at the firm's store in Swindon, who has worked there for 17 years, said she found out by text.")
        #expect(assistant.quoteSummary.first?.speaker == "One sales assistant at the firm's store in Swindon")
        // ("A spokesperson for" a body still gives the words to the body.)
        #expect(try annotate("A spokesperson for the British Library said it was in talks.").quoteSummary.first?.speaker == "British Library")
    }

    /// "A spokesperson for the Foreign, Commonwealth and Development Office said" gave the words to "Commonwealth and
    /// Development Office": one capitalised word after "the", then a list of fields closing on a body's head, is one name.
    @Test func aBodysNameMayOpenWithAListOfFields() throws {
        let doc = try annotate("A spokesperson for the Foreign, Commonwealth and Development Office said it was helping the family.")
        #expect(doc.quoteSummary.first?.speaker == "Foreign, Commonwealth and Development Office")
        let defra = try annotate("The Department for Environment, Food and Rural Affairs said it would respond.")
        #expect(defra.quoteSummary.first?.speaker == "Department for Environment, Food and Rural Affairs")
    }

    /// "“We must act”, chief executive Klaus Brenner told staff: “...”" lost the first quotation: a lower-case role
    /// before the name joined the speaker's phrase only when the cue closed the sentence, so the role stood between the
    /// quotation and its speaker. Right after a quotation it attributes, the role belongs to the phrase whatever follows.
    @Test func aRoleBeforeTheNameAfterAQuotationDoesNotCutItOff() throws {
        let colon = try annotate("\u{201C}We must act\u{201D}, chief executive Klaus Brenner told staff: \u{201C}We have no choice at all.\u{201D}")
        #expect(colon.quoteSummary.map(\.text) == ["\u{201C}We must act\u{201D}", "\u{201C}We have no choice at all.\u{201D}"])
        #expect(colon.quoteSummary.allSatisfy { $0.speaker == "Klaus Brenner" })
        let adding = try annotate("\u{201E}Wir müssen handeln\u{201C}, chief executive Klaus Brenner told staff, adding that cuts were needed.")
        #expect(adding.quoteSummary.map(\.kind) == ["direct", "indirect"])
    }

    /// "Mike Wood pressed her on claims that officers had been told to avoid arrests" made "her" the claimant: the words
    /// between a possessor and a speech noun are its modifiers, never a preposition.
    @Test func aPronounBeforeAPrepositionOwnsNoClaim() throws {
        let doc = try annotate("Conservative MP Mike Wood pressed her on claims that officers had been told to avoid arrests.")
        #expect(doc.quoteSummary.isEmpty)
        let own = try annotate("Mike Wood repeated his earlier claim that the data was lost.")
        #expect(own.quoteSummary.map(\.text) == ["the data was lost"])
    }

    /// "an app that reads supermarket labels aloud for people who are blind" made "labels" a naming cue spoken by "reads
    /// supermarket": an "-s" form after a bare noun that a reporting verb's form precedes is a plural noun, its object.
    @Test func aPluralAfterAVerbsBareNounIsNoCue() throws {
        let doc = try annotate("A teenager has built a smartphone app that reads supermarket labels aloud for people who are blind.")
        #expect(doc.quoteSummary.isEmpty)
        let verb = try annotate("The company says it labels its products clearly.")
        #expect(verb.quoteSummary.map(\.text) == ["it labels its products clearly"])
    }

    /// "has promised a veto and attempted to make the case ..." reported the veto and all that followed, and "demanded
    /// higher pay and improved conditions" lost the conditions: after a noun phrase with no verb of its own, "and" and a
    /// past verb with its own object start the speaker's second act; an "-ed" word before a bare noun is an adjective.
    @Test func aSecondActAfterANounPhraseIsNotTheContent() throws {
        // (A promise of a thing, or agreement with someone, is no speech of its own: nothing is left to report.)
        #expect(try annotate("The company has promised a refund and attempted to contact every customer.").quoteSummary.isEmpty)
        #expect(try annotate("Ms Okafor largely agreed with the inspectors and seemed to think the report was fair.").quoteSummary.isEmpty)
        #expect(try annotate("She denied the charges and appeared calm in court.").quoteSummary.map(\.text) == ["the charges"])
        #expect(try annotate("The council condemned the attack and urged calm.").quoteSummary.map(\.text).first == "the attack")
        #expect(try annotate("The union demanded higher pay and improved conditions.").quoteSummary.map(\.text) == ["higher pay and improved conditions"])
        // (A clause's subject joined by "and" is still the clause's.)
        #expect(try annotate("Police said officers and injured bystanders were taken to hospital.").quoteSummary.map(\.text)
            == ["officers and injured bystanders were taken to hospital"])
    }

    /// "said the scheme would include 360 affordable homes, a primary school and a new cycle route" ended the speech at the
    /// first comma, as if ", a primary school" were the writer's appositive: a phrase whose "and" and determiner open one
    /// more item is the list going on.
    @Test func aListsNextItemIsNoAppositive() throws {
        #expect(try annotate("The developer said the scheme would include 360 homes, a primary school and a new cycle route.").quoteSummary.map(\.text)
            == ["the scheme would include 360 homes, a primary school and a new cycle route"])
        // (An appositive at the end is still the writer's.)
        #expect(try annotate("Ann Ames said the fire began in the kitchen, the oldest part of the house.").quoteSummary.map(\.text)
            == ["the fire began in the kitchen"])
    }

    /// "One of the men, a 27-year-old from Eritrea, told the Guardian ... “...,” he said" gave the words to a man named
    /// before: "one of" a plural of people is one person, whom "he" or "she" can name (a man among "men"), and a
    /// singular "they" too.
    @Test func oneOfAPluralOfPeopleIsOnePerson() throws {
        let text = "Sir John Hayes said the ruling was wrong.\n\nOne of the men told the Guardian that he had fled. \u{201C}I crossed the sea,\u{201D} he said."
        #expect(try annotate(text).quoteSummary.last?.speaker == "One of the men")
        let nurse = try annotate("Dr Paul Reid praised the staff.\n\nOne of the nurses said she was exhausted. \u{201C}We cannot go on,\u{201D} she said.")
        #expect(nurse.quoteSummary.last?.speaker == "One of the nurses")
        let organiser = try annotate("One of the organisers said they were delighted. \u{201C}We sold out,\u{201D} they said.")
        #expect(organiser.quoteSummary.last?.speaker == "One of the organisers")
    }

    /// "Her coach, the Ukrainian grandmaster Oleksandr Petrenko, said" gave the words to "Her coach": the name in the
    /// appositive speaks past an article and a nationality before its description, as it does past the description alone.
    @Test func theNameSpeaksPastAnArticleAndNationalityInTheAppositive() throws {
        #expect(try annotate("Her coach, the Ukrainian grandmaster Oleksandr Petrenko, said she had trained hard.").quoteSummary.first?.speaker
            == "Oleksandr Petrenko")
        #expect(try annotate("His lawyer, the veteran barrister Anne Reed, said he would appeal.").quoteSummary.first?.speaker == "Anne Reed")
        #expect(try annotate("The club's owner, American businessman Tom Hale, said he was sorry.").quoteSummary.first?.speaker == "Tom Hale")
        // (An appositive with no name after its description still leaves the head speaking.)
        #expect(try annotate("The union, the largest in the country, said it would strike.").quoteSummary.first?.speaker == "union")
    }

    /// "In a post on social media he thanked the firefighters and promised that “...”" left the quotation with no speaker,
    /// and "Later he thanked ... and promised" gave it to "Later": with no comma after a leading phrase or a time adverb,
    /// the subject pronoun right before the first verb is the sentence's subject, which a coordinated cue shares.
    @Test func aPronounAfterALeadingPhraseWithNoCommaIsTheSubject() throws {
        let post = try annotate("Kyriakos Mitsotakis cut short a visit. In a post on social media he thanked the firefighters and promised that \u{201C}the state will stand by every family\u{201D}.")
        #expect(post.quoteSummary.map(\.speaker) == ["Kyriakos Mitsotakis"])
        let later = try annotate("Kyriakos Mitsotakis cut short a visit. Later he thanked the firefighters and promised that \u{201C}the state will stand by every family\u{201D}.")
        #expect(later.quoteSummary.map(\.speaker) == ["Kyriakos Mitsotakis"])
    }

    /// "“We are not asking for charity,” Tuvalu's foreign minister, Simon Kofe, told delegates." made a mixed quote of the
    /// quotation and "Tuvalu's foreign minister": a role after a quotation may open with a possessor's name, a plural's
    /// apostrophe standing apart included.
    @Test func aPossessorsRoleBeforeTheNameAfterAQuotationIsTheSpeakers() throws {
        let kofe = try annotate("\u{201C}We are not asking for charity,\u{201D} Tuvalu's foreign minister, Simon Kofe, told delegates.")
        #expect(kofe.quoteSummary.map(\.kind) == ["direct"])
        #expect(kofe.quoteSummary.first?.speaker == "Simon Kofe")
        let stege = try annotate("\u{201C}Our people are moving inland,\u{201D} the Marshall Islands\u{2019} climate envoy, Tina Stege, said.")
        #expect(stege.quoteSummary.map(\.kind) == ["direct"])
    }

    /// "One conductor, who has worked for the railway for 22 years, said ... “...,” he said" gave the words to a man quoted
    /// before: one person a relative "who" describes is a person, whom a later "he" or "she" can name. Not "a number of
    /// voters who", nor "one" and a noun with no "who" ("one questioner claimed ... “You're right,” he said" answers him).
    @Test func onePersonARelativeWhoDescribesIsAPerson() throws {
        let text = "David Simpson said he was relieved.\n\nOne conductor, who has worked for the railway for 22 years, said the deal fell short. \u{201C}I'll vote against it,\u{201D} he said."
        #expect(try annotate(text).quoteSummary.last?.speaker == "One conductor")
        let asked = "Donald Trump spoke at a forum.\n\nOne questioner said the army was too soft. \u{201C}You're right,\u{201D} he said."
        #expect(try annotate(asked).quoteSummary.last?.speaker == "Donald Trump")
    }

    /// "A nurse who asked not to be named said the ward was full." reported nothing: "asked" is a cue, so the relative
    /// clause was taken for reported speech whose subject might be the one who said. The terms of anonymity after it
    /// are no speech, so the phrase before "who" speaks.
    @Test func aRelativeClauseAskingAnonymityLeavesThePhraseBeforeItSpeaking() throws {
        #expect(try annotate("A nurse who asked not to be named said the ward was full.").quoteSummary.map(\.text) == ["the ward was full"])
        #expect(try annotate("Officials who requested anonymity said talks had stalled.").quoteSummary.first?.speaker == "Officials")
    }

    /// "British Gas owner Centrica has reported profits ... The company said" gave the words to British Gas, since Centrica
    /// was taken for a person: one word after a name and "owner" or "parent" is the body that owns it, which "the company"
    /// names next. Two words with a first name stay a person: "Chelsea owner Todd Boehly".
    @Test func theOwnerAfterABodysNameIsABody() throws {
        let doc = try annotate("British Gas owner Centrica has reported profits. The company said the rise was driven by trading.")
        #expect(doc.quoteSummary.first?.speaker == "Centrica")
        #expect(try annotate("Chelsea owner Todd Boehly said he was sorry.").entities.first(where: { $0.name == "Todd Boehly" })?.kind == .person)
    }

    /// "The company told users between 2017 and 2018 that a setting called “Location History” was the only one." reported
    /// nothing, and unquoted "a setting called Location History was" became the setting's naming: "called" after a noun
    /// with its determiner names that noun when the name, quoted or not, is closed by the noun phrase's helper verb too.
    @Test func aNounCalledANameBeforeItsVerbIsNoNaming() throws {
        let quoted = try annotate("The company told users between 2017 and 2018 that a setting called \u{201C}Location History\u{201D} was the only one.")
        #expect(quoted.quoteSummary.map(\.text) == ["a setting called \u{201C}Location History\u{201D} was the only one"])
        let plain = try annotate("The firm told users a setting called Location History was the only one.")
        #expect(plain.quoteSummary.map(\.speaker) == ["firm"])
        // (A naming that is speech stays: "The mayor called the plan “a disgrace”".)
        #expect(try annotate("The mayor called the plan \u{201C}a disgrace\u{201D}.").quoteSummary.first?.kind == "mixed")
    }

    /// "She told staff in May that the branch would close" reported "staff in May that ...": the capitalised month was
    /// read as the helper verb "may" of a clause, so "that" was taken for a relative pronoun. Only a lower-case helper
    /// stops the listener's phrase.
    @Test func theMonthMayIsNoHelperAfterAListener() throws {
        #expect(try annotate("She told staff in May that the branch would close.").quoteSummary.map(\.text) == ["the branch would close"])
        #expect(try annotate("The firm told users between May and June that the setting was off.").quoteSummary.map(\.text) == ["the setting was off"])
    }

    /// "„Wir bereuen nichts“, one of the defendants, Lena Krüger, 24, told reporters" made a mixed quote of the quotation and
    /// "one of the defendants": a role between a quotation and the speaker's name may follow a comma set after the
    /// closing mark, as British and German papers set it, though its head is no title.
    @Test func aRoleAfterACommaOutsideTheClosingMarkIsTheSpeakers() throws {
        let german = try annotate("\u{201E}Wir bereuen nichts\u{201C}, one of the defendants, Lena Kr\u{00FC}ger, 24, told reporters.")
        #expect(german.quoteSummary.map(\.kind) == ["direct"])
        let british = try annotate("\u{201C}We regret nothing\u{201D}, one of the defendants, Lena Kr\u{00FC}ger, told reporters.")
        #expect(british.quoteSummary.map(\.kind) == ["direct"])
        #expect(british.quoteSummary.first?.speaker == "Lena Kr\u{00FC}ger")
    }

    /// "Ruth Ames openly admires the governor as a “strong leader”" reported nothing: "admire", "regard", "see", "rate" and
    /// their kind report no speech, but the quoted words they give their object after "as" are the subject's.
    @Test func quotedWordsAVerbGivesItsObjectAfterAsAreTheSubjects() throws {
        let admires = try annotate("Ruth Ames openly admires the governor as a \u{201C}strong leader,\u{201D} comparing her favourably to her predecessor.")
        #expect(admires.quoteSummary.map(\.kind) == ["mixed", "partial"])
        #expect(admires.quoteSummary.first?.text == "the governor as a \u{201C}strong leader,\u{201D}")
        #expect(admires.quoteSummary.allSatisfy { $0.speaker == "Ruth Ames" })
        let pounding = try annotate("Senator Tom Hale has been pounding the mayor as a \u{201C}con artist\u{201D} for months.")
        #expect(pounding.quoteSummary.first?.speaker == "Tom Hale")
        let rated = try annotate("The watchdog rated 32% of the claims as \u{201C}false\u{201D} or \u{201C}misleading.\u{201D}")
        #expect(rated.quoteSummary.first?.speaker == "watchdog")
        let dismissed = try annotate("Lena Ortiz dismissed the island as being in the \u{201C}suburbs of the capital.\u{201D}")
        #expect(dismissed.quoteSummary.first?.kind == "mixed")
        #expect(dismissed.quoteSummary.first?.speaker == "Lena Ortiz")
        // A passive names no speaker, and without quoted words nothing is reported.
        #expect(try annotate("The plan is widely seen as \u{201C}a disaster.\u{201D}").quoteSummary.allSatisfy { $0.speaker == nil })
        #expect(try annotate("She saw the film as a teenager and regards it as her favourite.").quoteSummary.isEmpty)
        #expect(try annotate("The minister sees that the strike will fail.").quoteSummary.isEmpty)
    }

    /// "Three men were arrested. One of the men was hurt. “It hurt,” he said" left "he" unresolved, and with a person named
    /// before it went to that person: one of a plural of people opening the sentence before is the one a pronoun names,
    /// a man among "men", a woman among "women", as "One victim" is.
    @Test func oneOfAPluralOfPeopleBeforeTheQuotationIsWhomAPronounNames() throws {
        let men = try annotate("Three men were arrested after the raid. One of the men was hurt. \u{201C}It hurt,\u{201D} he said.")
        #expect(men.quoteSummary.first?.speaker == "One of the men")
        let named = try annotate("Police named the driver as Ann Reed. One of the injured nurses was in tears. \u{201C}It hurt,\u{201D} she said.")
        #expect(named.quoteSummary.first?.speaker == "One of the injured nurses")
        let earlier = try annotate("Tom Reed spoke at the rally. \u{201C}We are here,\u{201D} he said. One of the nurses was in tears. \u{201C}It hurt,\u{201D} she said.")
        #expect(earlier.quoteSummary.map(\.speaker) == ["Tom Reed", "One of the nurses"])
        // The pronoun's gender must fit: a man is not one of the women.
        #expect(try annotate("One of the women was hurt. \u{201C}It hurt,\u{201D} he said.").quoteSummary.first?.speaker == "he")
    }

    /// "The team, led by Dr Ingrid Solberg of the Polar Institute, analysed samples. Every one contained plastic, they reported"
    /// left "they" unresolved: a past participle's phrase between commas after the subject was read as the sentence's verb.
    @Test func aParticiplePhraseBetweenCommasIsNotTheSubjectsVerb() throws {
        let led = try annotate("The team, led by Dr Ingrid Solberg of the Polar Institute, analysed samples from 22 sites. Every one contained plastic particles, they reported in the journal.")
        #expect(led.quoteSummary.first?.speaker == "team")
        let quoted = try annotate("The team, led by two biologists, analysed samples. \u{201C}Every one contained plastic,\u{201D} they said.")
        #expect(quoted.quoteSummary.first?.speaker == "team")
    }

    /// "Marcus Heyward said his client accepted that mistakes had been made but would argue that he had never intended to
    /// deceive anyone" ended the speech at "argue" and gave "to deceive anyone" to Heyward: a cue in the "that"-clause of a
    /// verb after "but" was read as a second speech coordinated with the first.
    @Test func aCueInsideTheThatClauseOfACoordinatedVerbStaysInTheSpeech() throws {
        let doc = try annotate("Marcus Heyward said his client accepted that mistakes had been made but would argue that he had never intended to deceive anyone.")
        #expect(doc.quoteSummary.map(\.text) == ["his client accepted that mistakes had been made but would argue that he had never intended to deceive anyone"])
        // A second act of the speaker's still ends the first speech.
        let warned = try annotate("The mayor said the pier was unsafe and warned that she would close it.")
        #expect(warned.quoteSummary.map(\.text) == ["the pier was unsafe", "she would close it"])
    }

    /// "Ministers urged to act as waiting lists hit record" made the ministers speakers: a request that names its listener
    /// first ("urged ministers to act"), right before "to" and a verb, is a headline's passive with its helper left out.
    @Test func aRequestRightBeforeToAndAVerbIsAPassive() throws {
        #expect(try annotate("Ministers urged to act as hospital waiting lists hit record").quoteSummary.isEmpty)
        #expect(try annotate("Commuters advised to avoid the bridge after crash").quoteSummary.isEmpty)
        // With its listener it is a request.
        #expect(try annotate("The mayor urged residents to stay indoors.").quoteSummary.map(\.text) == ["residents to stay indoors"])
    }

    /// "Consumer advocates welcomed the fine but said it was too small" gave the speech to "Consumer": a capitalised word
    /// opening the sentence and a plural noun the sentence's verb follows are one subject.
    @Test func aCapitalisedWordAndAPluralBeforeTheVerbAreOneSubject() throws {
        let doc = try annotate("Consumer advocates welcomed the fine but said it was too small to change behavior.")
        #expect(doc.quoteSummary.last?.speaker == "Consumer advocates")
        #expect(try annotate("Smith gets the job and said he was pleased.").quoteSummary.first?.speaker == "Smith")
    }

    /// "The line is due to open in 2027, she said, a year later than planned." reported only "a year later than planned":
    /// a noun phrase after an attribution set between commas sums up the clause before it, and both are the speech. A
    /// note on the speech after it ("a charge critics denied") is the writer's, and the clause alone is the speech.
    @Test func aPhraseAfterAnInterruptingAttributionKeepsTheClauseBefore() throws {
        let line = try annotate("The line is due to open in 2027, she said, a year later than planned.")
        #expect(line.quoteSummary.map(\.text) == ["The line is due to open in 2027", "a year later than planned"])
        let charge = try annotate("Sales rose 5%, the company said, a charge critics denied.")
        #expect(charge.quoteSummary.map(\.text) == ["Sales rose 5%"])
    }

    /// "My father thought I was wasting my life. The next day he phoned me and said he was proud." gave the speech to "next day
    /// he": a time phrase of up to four words before a subject pronoun, with no comma, is no part of the subject.
    @Test func aTimePhraseBeforeASubjectPronounIsNoPartOfTheSubject() throws {
        let next = try annotate("My father thought I was wasting my life. The next day he phoned me and said he was proud.")
        #expect(next.quoteSummary.last?.speaker == "My father")
        let later = try annotate("Tom Reed left the hearing early. Two days later he phoned the paper and said he regretted it.")
        #expect(later.quoteSummary.first?.speaker == "Tom Reed")
    }

    /// "Transport for Westbridge, which is building the line, blamed inflation" gave the speech to "Westbridge": one
    /// capitalised word, "for" and a name opening a clause, before a comma and "which", are one body's name, as they are
    /// right before a reporting verb ("Transport for London says").
    @Test func aBodyNamedWithForBeforeARelativeClauseIsOneName() throws {
        let doc = try annotate("Transport for Westbridge, which is building the line, blamed inflation and problems with contractors.")
        #expect(doc.quoteSummary.first?.speaker == "Transport for Westbridge")
        let hamlet = try annotate("She played Hamlet for Disney, which paid well, and said it was fun.")
        #expect(!hamlet.entities.contains { $0.name == "Hamlet for Disney" })
    }

    /// "Q&A: ‘I never planned to be a chef’" gave the headline's quotation to a person named "Q": an interview's
    /// announcement before a colon names no speaker.
    @Test func anInterviewsAnnouncementBeforeAColonIsNoSpeaker() throws {
        let doc = try annotate("Q&A: \u{2018}I never planned to be a chef\u{2019}\n\nMarisol Vega opened her first restaurant at 23. We spoke to her about food.")
        #expect(!doc.entities.contains { $0.name == "Q" })
        #expect(doc.quoteSummary.first?.speaker != "Q")
    }

    /// "Councillor Beth Marlow claimed ... My neighbour, who is 84, has been told to take her glass to a bank. “Nobody
    /// listens,” she said" gave the words to the councillor: a person's noun after a possessive pronoun, the writer's "my"
    /// and "our" among them, names the one a pronoun after it stands for, as a relation does ("His sister").
    @Test func aPersonsNounAfterAPossessiveIsWhomAPronounNames() throws {
        let neighbour = try annotate("Councillor Beth Marlow claimed the scheme was a success. My neighbour, who is 84, has been told to take her glass to a bank. \u{201C}Nobody listens,\u{201D} she said.")
        #expect(neighbour.quoteSummary.last?.speaker == "My neighbour")
        let sister = try annotate("Councillor Beth Marlow claimed the scheme was a success. My sister moved away. \u{201C}Nobody listens,\u{201D} she said.")
        #expect(sister.quoteSummary.last?.speaker == "My sister")
    }

    /// "The Treasury welcomed the decision. A spokesman said ..." gave the words to "spokesman": a spokesperson speaks for
    /// a name after "the" opening the sentence before when a verb of the reporting lexicon follows it, a body's act, though
    /// the name was of no known kind ("Treasury"); not for "The Thames burst its banks".
    @Test func aSpokespersonSpeaksForANameWhoseActOpensTheSentenceBefore() throws {
        let doc = try annotate("The Treasury welcomed the decision. A spokesman said the chancellor remained committed to \u{201C}bringing down inflation for good.\u{201D}")
        #expect(doc.quoteSummary.first?.speaker == "Treasury")
        let river = try annotate("The Thames burst its banks. A spokesman said the barrier held.")
        #expect(river.quoteSummary.first?.speaker == "spokesman")
    }

    /// "According to Park, the policy was modeled on one adopted last year, which she said had cut referrals by a third."
    /// lost its "according to": a cue inside a relative clause was taken for the sentence's own speaking subject.
    @Test func aCueInsideARelativeClauseKeepsTheSentencesAccordingTo() throws {
        let doc = try annotate("According to Park, the policy was modeled on one adopted by a neighboring district last year, which she said had cut referrals by a third.")
        #expect(doc.quotes.contains { $0.cue?.lemma == "according to" && $0.speaker?.name == "Park" })
        // A speaking subject of the sentence's own still is the speaker.
        let own = try annotate("According to the report, which officials said was flawed, Smith said the plan failed.")
        #expect(!own.quotes.contains { $0.cue?.lemma == "according to" })
    }

    /// "Carmaker Norvik is recalling about 120,000 vehicles because of a brake fault, it said on Wednesday." left "it"
    /// unresolved: a name that a business noun opens is a body's, which a trailing "it" speaks for.
    @Test func aTrailingItSpeaksForANameABusinessNounOpens() throws {
        let doc = try annotate("Carmaker Norvik is recalling about 120,000 vehicles worldwide because of a brake fault, it said on Wednesday.")
        #expect(doc.quoteSummary.first?.speaker == "Norvik")
        #expect(doc.entities.first { $0.name == "Norvik" }?.kind == .organization)
    }

    /// "In a video posted online, he said the company had “let people down” and promised a full review of its suppliers."
    /// reported "In a video posted online" as the promise: a verb coordinated after its subject's first predicate trails
    /// no speech, and the phrase before the subject is none of its content.
    @Test func aCoordinatedVerbTakesNoSpeechFromBeforeItsSubject() throws {
        let doc = try annotate("In a video posted online, he said the company had \u{201C}let people down\u{201D} and promised a full review of its suppliers.")
        #expect(!doc.quoteSummary.contains { $0.text == "In a video posted online" })
        // An appositive's "and" between the speaker and the verb still leaves the speech before it.
        let trailing = try annotate("These methods have shortcomings, Ann Veld, project coordinator and professor at the university, told reporters.")
        #expect(trailing.quoteSummary.map(\.text) == ["These methods have shortcomings"])
    }

    /// "“We love it,” Mrs Whitby said. The youngest shareholder is nine-year-old Isla Barton, who spent her birthday money on
    /// a share. “I want to buy sweets here,” she said." gave the girl's words to Mrs Whitby: a person named first in the
    /// sentence before, a relative clause about her after her name, is the new topic.
    @Test func aPersonIntroducedWithARelativeClauseIsTheNewTopic() throws {
        let doc = try annotate("\u{201C}We love it,\u{201D} Mrs Whitby said. The youngest shareholder is nine-year-old Isla Barton, who spent her birthday money on a share. \u{201C}I want to buy sweets here,\u{201D} she said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Whitby", "Isla Barton"])
        // Not when the sentence refers to the earlier speaker with the same pronoun.
        let thanked = try annotate("\u{201C}We love it,\u{201D} Mr Whitby said. He thanked Tom Reed, who organised the appeal. \u{201C}It was hard,\u{201D} he said.")
        #expect(thanked.quoteSummary.map(\.speaker) == ["Whitby", "Whitby"])
    }

    /// "The shop's owners, Alan and Jean Whitby, had run it for 31 years. They said they were overjoyed." left "They"
    /// unresolved, and so did "Alan and Jean Whitby had run it ...": a plural of people before names in apposition, and
    /// two people named together, are the plural subject a "they" after them names.
    @Test func aPluralBeforeNamesAndTwoNamesTogetherAreWhomTheyNames() throws {
        let owners = try annotate("The shop's owners, Alan and Jean Whitby, had run it for 31 years. They said they were overjoyed.")
        #expect(owners.quoteSummary.first?.speaker == "shop's owners")
        let pair = try annotate("Alan and Jean Whitby had run it for 31 years. They said they were overjoyed.")
        #expect(pair.quoteSummary.first?.speaker == "Alan and Jean Whitby")
    }

    /// Three faults of one probe article. "Activists chanted “Phase out now!” as delegates left." made the circumstance part
    /// of a mixed quote (a clause of when after a quotation that is the whole content so far is the writer's, a noun for
    /// its subject as well as a pronoun); "told exhausted negotiators that ..." kept the listener in the speech (an "-ed"
    /// word right after the verb, before its noun, is an adjective); "In a statement, it said it supported “all pathways”"
    /// made a second speech of "it supported" (a body's "it" again opening its own speech is that speech).
    @Test func aCircumstanceAListenersAdjectiveAndItAgain() throws {
        let chant = try annotate("Activists outside the venue chanted \u{201C}Phase out now!\u{201D} as delegates left.")
        #expect(chant.quoteSummary.map(\.text) == ["\u{201C}Phase out now!\u{201D}"])
        let told = try annotate("The summit's president, Khalid Al-Rashid, told exhausted negotiators that the final text was the best they could do.")
        #expect(told.quoteSummary.map(\.text) == ["the final text was the best they could do"])
        let again = try annotate("Saudi Arabia's delegation did not respond. In a statement, it said it supported \u{201C}all pathways\u{201D} to lower emissions.")
        #expect(again.quoteSummary.map(\.kind) == ["mixed", "partial"])
    }

    /// "The General Medical Council, which brought the case, welcomed the decision. “...,” a spokeswoman said." gave the
    /// words to "spokeswoman": a spokesperson trailing a quotation that opens the sentence speaks for the body opening
    /// the sentence before, as one opening the sentence does ("Harlow Foods apologised. A spokeswoman said").
    @Test func aSpokespersonAfterAQuotationSpeaksForTheBodyBefore() throws {
        let doc = try annotate("The General Medical Council, which brought the case, welcomed the decision. \u{201C}Patients must be able to trust their records,\u{201D} a spokeswoman said.")
        #expect(doc.quoteSummary.first?.speaker == "General Medical Council")
        let foods = try annotate("Harlow Foods apologised. \u{201C}We are sorry,\u{201D} a spokeswoman said.")
        #expect(foods.quoteSummary.first?.speaker == "Harlow Foods")
    }

    /// "Political observers in Virginia and around the country say ..." gave the words to "country", "Nurses in Leeds and
    /// across the region say ..." reported nothing (the base form read as a noun after "the region"), and "Teachers around
    /// the country said ..." went to "country": places joined by "and" after a plural of people, and a place noun after a
    /// past verb, are where the people are; the plural before them speaks.
    @Test func placesAfterAPluralOfPeopleAreWhereTheyAre() throws {
        let observers = try annotate("Political observers in Ohio and around the country say the senator deserves a second term.")
        #expect(observers.quoteSummary.first?.speaker == "Political observers in Ohio and around the country")
        let nurses = try annotate("Nurses in Leeds and across the region say their pay is too low.")
        #expect(nurses.quoteSummary.first?.speaker == "Nurses in Leeds and across the region")
        let teachers = try annotate("Teachers around the country said the new exams were rushed.")
        #expect(teachers.quoteSummary.first?.speaker == "Teachers around the country")
        // A singular head before the place keeps the words.
        let mayor = try annotate("The mayor of the city said the roads were closed.")
        #expect(mayor.quoteSummary.first?.speaker == "mayor of the city")
    }

    /// "The study found that in the three largest counties, which include Leeds and York, voters have been removed from the
    /// rolls." ended the content at "counties": after a leading phrase with no clause of its own, a relative clause
    /// describes the phrase's noun, and the clause after its closing comma is still the content.
    @Test func aRelativeInsideALeadingPhraseKeepsTheContentGoing() throws {
        let doc = try annotate("The study found that in the three largest counties, which include Leeds and York, voters have been removed from the rolls.")
        #expect(doc.quoteSummary.map(\.text) == ["in the three largest counties, which include Leeds and York, voters have been removed from the rolls"])
        // A relative after a clause is still the writer's comment.
        let comment = try annotate("The report said the plan would help, which critics doubt, and cited figures.")
        #expect(comment.quoteSummary.first?.text == "the plan would help")
    }

    /// "The groups said they would appeal. Parents voiced anger at the closure. They said it was unfair." gave the last
    /// words to the groups: a plural of people acting as the subject of the sentence just before, with no cue of its own,
    /// is the new topic for "they", before a group that spoke earlier.
    @Test func theyIsThePluralSubjectOfTheSentenceBefore() throws {
        let parents = try annotate("The groups said they would appeal. Parents voiced anger at the closure. They said it was unfair.")
        #expect(parents.quoteSummary.map(\.speaker) == ["groups", "Parents"])
        let crews = try annotate("Officials said the fire started at dawn. Firefighters battled the blaze for hours. They said no one was hurt.")
        #expect(crews.quoteSummary.map(\.speaker) == ["Officials", "Firefighters"])
        // Not people something was done to.
        let moved = try annotate("Officials said the fire started at dawn. Residents were evacuated. They said no one was hurt.")
        #expect(moved.quoteSummary.map(\.speaker) == ["Officials", "Officials"])
    }

    /// "plans to employ the president and the first lady, Michelle Obama, as much as possible in the coming weeks" ended
    /// the content at the name: a name in apposition to a common noun, closed by a comma before words the content goes
    /// on with ("as", "to", a preposition), is inside the content, as one after a name already was.
    @Test func aNameInAppositionToACommonNounKeepsTheContentGoing() throws {
        let doc = try annotate("The campaign plans to employ the president and the first lady, Michelle Obama, as much as possible in the coming weeks.")
        #expect(doc.quoteSummary.map(\.text) == ["to employ the president and the first lady, Michelle Obama, as much as possible in the coming weeks"])
    }

    /// "To fund the schools he has promised, he will raise taxes." reported "he will raise taxes" as the promise, and
    /// "her acknowledgment that to pay for the programs she has proposed, she needs to raise revenue" reported nothing of
    /// the acknowledgment: a verb in a clause with no relative pronoun after its noun, closed by a comma, reports nothing
    /// ("the schools he has promised"); "acknowledgment" is a speech noun; and after a speech noun's leading infinitive
    /// or prepositional phrase, the comma opens the clause's own subject and verb.
    @Test func aContactClauseReportsNothingAndALeadingPhraseKeepsANounsClause() throws {
        let schools = try annotate("The mayor spoke. To fund the schools he has promised, he will raise taxes.")
        #expect(schools.quoteSummary.isEmpty)
        let ack = try annotate("She has been frank in her acknowledgment that to pay for the programs she has proposed, she needs to raise revenue.")
        #expect(ack.quoteSummary.map(\.text) == ["to pay for the programs she has proposed, she needs to raise revenue"])
        // A clause before the comma still ends a speech noun's content.
        let claim = try annotate("Contrary to his claim that people would learn nothing, the records were released.")
        #expect(claim.quoteSummary.first?.text == "people would learn nothing")
    }

    /// "The scheme still needs approval from the Department for Environment, which said ..." gave the words to "scheme still
    /// needs approval from the Department for Environment": a phrase before an affiliation's preposition holds a post
    /// there only when it names people, a body, a group or a place ("Analysts at Goldman Sachs"); a thing ("approval")
    /// does not, and "which" stands for the name after the preposition.
    @Test func aThingBeforeAPrepositionHoldsNoPost() throws {
        let doc = try annotate("The scheme still needs approval from the Department for Environment, which said in a statement that it would consider the application.")
        #expect(doc.quoteSummary.first?.speaker == "Department for Environment")
        let analysts = try annotate("Analysts at Goldman Sachs said growth would slow.")
        #expect(analysts.quoteSummary.first?.speaker == "Analysts at Goldman Sachs")
        let office = try annotate("The office of Senator Claire Whitman said the bill was dead.")
        #expect(office.quoteSummary.first?.speaker == "office of Senator Claire Whitman")
    }

    /// "A consumer watchdog has fined the app maker Brightloop ... The watchdog said ..." gave the watchdog's words to
    /// Brightloop: a regulator or a watchdog is no body the story introduced as a business ("the app maker Brightloop").
    @Test func aWatchdogIsNoBusinessIntroducedAsOne() throws {
        let doc = try annotate("A consumer watchdog has fined the app maker Brightloop for misleading customers. Brightloop said it accepted the findings. The watchdog said it was examining other firms.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Brightloop", "watchdog"])
    }

    /// "She had claimed thousands of pounds for a second home" reported the sum as a claim: a sum in words and its
    /// currency after "claim" is money claimed, as a figure is; "claimed thousands of people had been misled" reports.
    @Test func aSumInWordsClaimedIsMoney() throws {
        let money = try annotate("The transport minister, Claire Dunmore, resigned after it emerged that she had claimed thousands of pounds for a second home she rarely used.")
        #expect(money.quoteSummary.isEmpty)
        let people = try annotate("The minister resigned. She claimed thousands of people had been misled.")
        #expect(people.quoteSummary.map(\.text) == ["thousands of people had been misled"])
    }

    /// In a question and answer, "“No. Section 21 is abolished,” Peaker said. ¶ What about rent increases? ¶ “Rent can only
    /// go up once a year.”" left the second answer with no speaker: a quotation opening its paragraph right after a
    /// paragraph that is one question of the writer's answers it, as the last answer's speaker.
    @Test func anAnswerAfterAQuestionParagraphIsTheLastAnswersSpeaker() throws {
        let doc = try annotate("Can my landlord still evict me?\n\n\u{201C}No. Section 21 is abolished,\u{201D} Giles Peaker said.\n\nWhat about rent increases?\n\n\u{201C}Rent can only go up once a year, and tenants can challenge an increase.\u{201D}")
        #expect(doc.quoteSummary.map(\.speaker) == ["Giles Peaker", "Giles Peaker"])
        // A question with an apostrophe is still a bare question.
        let apostrophe = try annotate("Can my landlord still evict me?\n\n\u{201C}No. Section 21 is abolished,\u{201D} Giles Peaker said.\n\nAnd rents? Can\u{2019}t they still go up?\n\n\u{201C}Rent can only go up once a year, and tenants can challenge an increase.\u{201D}")
        #expect(apostrophe.quoteSummary.map(\.speaker) == ["Giles Peaker", "Giles Peaker"])
        // Not after a paragraph that is no bare question.
        let told = try annotate("\u{201C}No. Section 21 is abolished,\u{201D} Giles Peaker said.\n\nThe law passed in May.\n\n\u{201C}Rent can only go up once a year, and tenants can challenge an increase.\u{201D}")
        #expect(told.quoteSummary.map(\.speaker) == ["Giles Peaker", nil])
    }

    /// "Its sponsors, Sen. Holloway and Sen. Darrow, called it ..." spoke as "Its sponsors", and "Sen. Ann Holloway and Sen.
    /// Tom Darrow" lost the first title: two names joined by "and" in the appositive are read from its comma, each with
    /// its title's abbreviation.
    @Test func twoTitledNamesInAnAppositiveSpeakTogether() throws {
        let short = try annotate("Its sponsors, Sen. Holloway and Sen. Darrow, called it a fair deal.")
        #expect(short.quoteSummary.first?.speaker == "Sen. Holloway and Sen. Darrow")
        let full = try annotate("Its sponsors, Sen. Ann Holloway and Sen. Tom Darrow, called it a fair deal.")
        #expect(full.quoteSummary.first?.speaker == "Sen. Ann Holloway and Sen. Tom Darrow")
    }

    /// "He promised voters that taxes would fall." reported "voters that taxes would fall": the people a promise is made to,
    /// before "that", are not what was promised.
    @Test func aPromisesListenerIsNotItsContent() throws {
        let doc = try annotate("The mayor spoke. He promised voters that taxes would fall.")
        #expect(doc.quoteSummary.map(\.text) == ["taxes would fall"])
        let plain = try annotate("The mayor spoke. He promised that taxes would fall.")
        #expect(plain.quoteSummary.map(\.text) == ["taxes would fall"])
    }

    /// "She came to England with, she says, “two suitcases and a rolling pin”." was a direct quote: lower-case words
    /// completing the writer's preposition or article past a cue set off by commas are a fragment, a partial quote.
    @Test func aQuotationCompletingTheWritersPrepositionIsPartial() throws {
        let doc = try annotate("Marta Kowalczyk came to England in 2004 with, she says, \u{201C}two suitcases and a rolling pin\u{201D}.")
        #expect(doc.quoteSummary.map(\.kind) == ["partial"])
        // A whole utterance after a cue's comma stays direct.
        let whole = try annotate("Marta Kowalczyk laughed and said, \u{201C}Everybody needs bread.\u{201D}")
        #expect(whole.quoteSummary.map(\.kind) == ["direct"])
    }

    /// "The chief executive of the Premier League, Richard Masters, said ..." spoke as "Premier League": a body's name that
    /// opens on a title's word ("Premier") and closes on an organisation's head is no person's name before the appositive.
    @Test func aBodysNameOpeningOnATitleIsNoPerson() throws {
        let doc = try annotate("The chief executive of the Premier League, Richard Masters, said prices would rise.")
        #expect(doc.quoteSummary.first?.speaker == "Richard Masters")
    }

    /// "According to the Saudi Interior Ministry over 345 pilgrims have been killed in a stampede during the annual Hajj."
    /// read fifteen words as the source: with no comma after a source opening the sentence, its name ends it when a
    /// clause's subject (a determiner, a pronoun, "over" and a number) follows.
    @Test func aSourceWithNoCommaEndsAtItsName() throws {
        let doc = try annotate("According to the Saudi Interior Ministry over 345 Muslim pilgrims have been killed in a stampede during the annual Hajj pilgrimage near Mecca.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Saudi Interior Ministry"])
        #expect(doc.quoteSummary.first?.text == "over 345 Muslim pilgrims have been killed in a stampede during the annual Hajj pilgrimage near Mecca")
        let name = try annotate("According to Rathbun the property was returned by mail shortly after he left.")
        #expect(name.quoteSummary.map(\.speaker) == ["Rathbun"])
    }

    /// "Yet our State Department experts somehow cannot explain why they were silent" reported the question with "experts
    /// somehow cannot" as the speaker: an answer that cannot be given reports nothing, as one not given does.
    @Test func anAnswerThatCannotBeGivenReportsNothing() throws {
        let doc = try annotate("Yet our State Department experts somehow cannot explain why they were silent.")
        #expect(doc.quoteSummary.isEmpty)
    }

    /// "Critics call it a “gimmick”." reported nothing: the base form "call" names with a quotation after its pronoun,
    /// an article and up to three lower-case words, as after a determiner's noun ("call the levy “a slow death”").
    @Test func callItAQuotedNameNames() throws {
        let doc = try annotate("Supporters love it. Critics call it a \u{201C}gimmick\u{201D}.")
        #expect(doc.quoteSummary.map(\.kind) == ["mixed", "partial"])
        #expect(doc.quoteSummary.first?.speaker == "Critics")
        // "Call it a day" names nothing.
        let day = try annotate("Supporters love it. Critics call it a day and go home.")
        #expect(day.quoteSummary.isEmpty)
    }

    /// "Revenue was broadly unchanged, they found, while staff sickness fell." reported nothing: a verb that needs "that"
    /// before its content reports the words before it when set off by commas before a subordinate clause of the
    /// writer's, as when it closes the sentence.
    @Test func aParentheticalFindBeforeTheWritersClauseReports() throws {
        let doc = try annotate("The researchers ran the trial. Revenue was broadly unchanged, they found, while staff sickness fell by two-thirds.")
        #expect(doc.quoteSummary.map(\.text) == ["Revenue was broadly unchanged"])
        #expect(doc.quoteSummary.first?.speaker == "researchers")
    }

    /// "What’s changed for renters? ¶ “Rent can only go up once a year ...”" gave the answer to "What’s": a question's
    /// subject does not speak the quotation after it; the answer is the last answer's speaker's.
    @Test func aQuestionsSubjectDoesNotSpeakTheAnswer() throws {
        let doc = try annotate("Can my landlord still evict me?\n\n\u{201C}No. Section 21 is abolished,\u{201D} Giles Peaker said.\n\nWhat\u{2019}s changed for rent increases?\n\n\u{201C}Rent can only go up once a year, and tenants can challenge an increase.\u{201D}")
        #expect(doc.quoteSummary.map(\.speaker) == ["Giles Peaker", "Giles Peaker"])
    }

    /// "Officials in the state said the roads were closed." reported nothing: "state", a word that may modify a noun
    /// ("state officials"), is the noun after an article, and the people before its place speak.
    @Test func theStateAfterAnArticleIsAPlace() throws {
        let doc = try annotate("Officials in the state said the roads were closed.")
        #expect(doc.quoteSummary.first?.speaker == "Officials in the state")
        let across = try annotate("Residents across the state said the storm was the worst in memory.")
        #expect(across.quoteSummary.first?.speaker == "Residents across the state")
    }

    /// "laws banning illegal migrants from claiming asylum" reported a claim, and "said of his time at Second City that
    /// they had decided ..." kept "of his time at Second City" in the speech: a verb's "-ing" form after "from" is kept
    /// from happening, and what the words were about, after "of", is no part of them before "that".
    @Test func fromAGerundAndOfATopicBeforeThat() throws {
        let barred = try annotate("Sunak has made migration a priority, with laws banning illegal migrants from claiming asylum in the UK expected next month.")
        #expect(barred.quoteSummary.isEmpty)
        let topic = try annotate("In an interview, Stephen Colbert said of his time at Second City that they had decided on not doing political humor.")
        #expect(topic.quoteSummary.map(\.text) == ["they had decided on not doing political humor"])
    }

    /// "said members will help him raise cash and donors from around the country who want to see more African Americans
    /// in the Senate will send checks" ended the speech at "around" and gave the rest to "country": a wish in a restrictive
    /// relative clause describes a noun inside the reported clause; it neither ends the clause nor speaks. (Nor before a
    /// trailing "she said".)
    @Test func aWishInARelativeClauseStaysInTheSpeech() throws {
        let doc = try annotate("Ann Cole spoke on Monday. Cole said volunteers will help her clean the park and donors from around the region who want to see more trees will send money.")
        #expect(doc.quoteSummary.map(\.text) == ["volunteers will help her clean the park and donors from around the region who want to see more trees will send money"])
        #expect(doc.quoteSummary.first?.speaker == "Ann Cole")
        let trailing = try annotate("Donors who want to see more trees will send money, Ann Cole said.")
        #expect(trailing.quoteSummary.map(\.text) == ["Donors who want to see more trees will send money"])
    }

    /// "offered up whatever he wanted, from saying that he feels as good as a 30-year-old to playing up his stamina" gave
    /// the range after the comma to "wanted": a wish's words follow its verb at once ("wanted to win").
    @Test func aWishTakesNoWordsAfterAComma() throws {
        let doc = try annotate("The show let Ann Cole say whatever she wanted, from saying that she feels young to playing up her stamina.")
        #expect(doc.quoteSummary.isEmpty)
        let wish = try annotate("Ann Cole wanted to win the seat.")
        #expect(wish.quoteSummary.map(\.text) == ["to win the seat"])
    }

    /// "said Machado was “disgusting” and “a con” and encouraged Americans to “check out” her sex tape" kept the urging in
    /// the speech: "encourage" is a directive verb like "urge", whose object is what was urged. A passive "was
    /// encouraged by" reports nothing.
    @Test func encourageIsADirective() throws {
        let doc = try annotate("Ann Cole said the mayor was \u{201C}reckless\u{201D} and encouraged residents to sign the petition.")
        #expect(doc.quoteSummary.map(\.text) == ["the mayor was \u{201C}reckless\u{201D}", "\u{201C}reckless\u{201D}", "residents to sign the petition"])
        #expect(doc.quotes.last?.cue?.lemma == "encourage")
        let passive = try annotate("Ann Cole was encouraged by the turnout.")
        #expect(passive.quoteSummary.isEmpty)
    }

    /// "These voters specifically point to the 1994 crime bill" and "said polls were noise and pointed to her fundraising"
    /// reported nothing of what was pointed to: "point to" is a phrasal cue whose object is what was cited, as "point out".
    @Test func pointToCitesItsObject() throws {
        let doc = try annotate("Ann Cole said the polls were noise and pointed to her fundraising.")
        #expect(doc.quoteSummary.map(\.text) == ["the polls were noise", "her fundraising"])
        #expect(doc.quotes.last?.cue?.lemma == "point to")
        let point = try annotate("Ann Cole pointed out that the polls were noise.")
        #expect(point.quotes.first?.cue?.lemma == "point out")
    }

    /// "calling for a process to identify a potential successor, not that he is calling for that potential successor to be
    /// immediately identified" was one call: a clause set against the speech after ", not that" is another claim or the
    /// writer's aside ("said the plan was a mistake, not that it mattered").
    @Test func notThatEndsTheSpeech() throws {
        let doc = try annotate("Ann Cole said the plan was a mistake, not that it mattered.")
        #expect(doc.quoteSummary.map(\.text) == ["the plan was a mistake"])
        let call = try annotate("The note says that Ann Cole is calling for a process to pick a successor, not that she is calling for a successor to be named now.")
        #expect(call.quoteSummary.map(\.text) == ["Ann Cole is calling for a process to pick a successor", "a successor to be named now"])
    }

    /// "said tenants who think an increase is above the market rate can apply to a tribunal" gave the tenants a belief
    /// running to the end of the sentence: a belief in a restrictive relative clause inside the speech describes the
    /// noun, like a wish there.
    @Test func aBeliefInARelativeClauseStaysInTheSpeech() throws {
        let doc = try annotate("Sofia Grant said tenants who think an increase is above the market rate can apply to a tribunal.")
        #expect(doc.quoteSummary.map(\.text) == ["tenants who think an increase is above the market rate can apply to a tribunal"])
        let own = try annotate("Sofia Grant thinks the increase is above the market rate.")
        #expect(own.quoteSummary.map(\.text) == ["the increase is above the market rate"])
    }

    /// "Reps. Elena Ruiz (D-Calif.), Marcus Hale (D-Ill.) and Dana Kim (D-Wash.) wrote" spoke as Dana Kim alone, and
    /// "Ted Cruz, Ron Johnson, Mike Lee and Rand Paul said" as the last two: every name of a list before "and" speaks, past
    /// each member's party and state and with the list's plural title.
    @Test func aListOfNamesSpeaksTogether() throws {
        let doc = try annotate("In a letter, Reps. Elena Ruiz (D-Calif.), Marcus Hale (D-Ill.) and Dana Kim (D-Wash.) wrote that the files were missing.")
        #expect(doc.quoteSummary.first?.speaker == "Reps. Elena Ruiz (D-Calif.), Marcus Hale (D-Ill.) and Dana Kim")
        let plain = try annotate("Ann Cole, Tom Lee and Joe Ray said the plan was dead.")
        #expect(plain.quoteSummary.first?.speaker == "Ann Cole, Tom Lee and Joe Ray")
        let places = try annotate("Speaking in Paris, Berlin and Rome, Ann Cole and Tom Lee said the plan was dead.")
        #expect(places.quoteSummary.first?.speaker == "Ann Cole and Tom Lee")
    }

    /// "said abandoning Ukraine would “reward aggression,” adding that she had visited the country in June" lost the
    /// addition: a participle after a comma inside a closing quotation mark follows a comma, as one after a bare comma.
    @Test func aParticipleAfterACommaInsideAClosingMark() throws {
        let doc = try annotate("Nora Vance said abandoning Ukraine would \u{201C}reward aggression,\u{201D} adding that she had visited the country in June.")
        #expect(doc.quoteSummary.map(\.text).last == "she had visited the country in June")
        #expect(doc.quotes.last?.cue?.lemma == "add")
        let straight = try annotate("Nora Vance said abandoning Ukraine would \"reward aggression,\" adding that she had visited the country in June.")
        #expect(straight.quoteSummary.last?.speaker == "Nora Vance")
    }

    /// "“We will appeal,” said a lawyer for the family, Sam Ortiz." spoke as "lawyer": the name in the appositive after a
    /// role speaks past the role's phrase with "for", "at" or "to", as with "of" ("said the chairman of the board, ...").
    @Test func theNameAfterARoleWithItsEmployerSpeaks() throws {
        let doc = try annotate("The family sued the city. \u{201C}We will appeal,\u{201D} said a lawyer for the family, Sam Ortiz.")
        #expect(doc.quoteSummary.first?.speaker == "Sam Ortiz")
        let bank = try annotate("Shares fell. \u{201C}It is a bad sign,\u{201D} said an analyst at the bank, Tom Lee.")
        #expect(bank.quoteSummary.first?.speaker == "Tom Lee")
        let date = try annotate("\u{201C}We are ready,\u{201D} said a spokesman for the team, Monday.")
        #expect(date.quoteSummary.first?.speaker == "spokesman")
    }

    /// "In his 2002 book, ''Make Your Kid a Millionaire,'' Mr. McKinley suggested looking at ... and asking yourself
    /// this: ..." spoke as "Make Your Kid": a title opening after a leading phrase's comma, closed by its own comma
    /// inside the mark, is part of that phrase, and the sentence's subject follows it.
    @Test func aTitleAfterALeadingPhraseIsNoSubject() throws {
        let doc = try annotate("Tom McKinley wrote a book about saving.\n\nIn his 2002 book, \u{201C}Make Your Kid a Millionaire,\u{201D} Mr. McKinley suggested looking at your card statement and asking yourself this: Would I rather save for college?")
        #expect(doc.quoteSummary.first?.speaker == "Tom McKinley")
    }

    /// "Her best known, “River Songs” (1971), was praised by critics" gave "River Songs" to "Her best" under the cue
    /// "know": after a word of degree ("best", "well", "little") "known" is an adjective of fame.
    @Test func bestKnownIsNoCue() throws {
        let doc = try annotate("Miriam Osei published eleven collections. Her best known, \u{201C}River Songs\u{201D} (1971), was praised by critics.")
        #expect(doc.quoteSummary.isEmpty)
    }

    /// "Fry accused the group of waste, a charge Pike rejected." gave Pike the whole clause, "Fry accused the group of
    /// waste", as the words rejected: a cue in the writer's note on an earlier report answers that report's words.
    @Test func aNoteOnAReportAnswersItsWords() throws {
        let doc = try annotate("Tom Fry accused the group of waste, a charge Ann Pike rejected.")
        #expect(doc.quoteSummary.map(\.text) == ["the group of waste", "the group of waste"])
        #expect(doc.quoteSummary.map(\.speaker) == ["Tom Fry", "Ann Pike"])
        #expect(doc.quotes.last?.cue?.lemma == "reject")
    }

    /// "said a reporter with the local paper, Ann Cole." spoke as "reporter": the role's phrase may use any preposition
    /// between a role and whom it serves (`rolePrepositions`: "with", "from" too), and "to".
    @Test func theNameAfterARoleWithOrFromSpeaks() throws {
        let doc = try annotate("\u{201C}It was chaos,\u{201D} said a reporter with the local paper, Ann Cole. \u{201C}We left,\u{201D} said a student from the college, Tom Lee.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Ann Cole", "Tom Lee"])
    }

    /// "“Show me the data after two thousand cycles,” he said. The company declined to say ... It said it was in talks"
    /// gave the talks to "data": "it" spoke for the last text named, though that one was inside the professor's words.
    /// A text named inside a quotation is the speaker's, not something the writer's "it" can stand for.
    @Test func aTextNamedInsideAQuotationIsNoAntecedentForIt() throws {
        let doc = try annotate("""
            Professor Ian Moss said fast charging shortened a battery's life. \u{201C}Show me the data after two thousand cycles,\u{201D} he said.
            The company declined to say how much the battery would cost. It said it was in talks with two carmakers.
            """)
        #expect(doc.quoteSummary.map(\.speaker) == ["Ian Moss", "Ian Moss", "company"])
        // (A text the writer names keeps speaking: "The report was published on Monday. It said ...".)
        let report = try annotate("Ann Cole said the roads were unsafe. The council's report was published on Monday. It said repairs would cost £4m.")
        #expect(report.quoteSummary.map(\.speaker) == ["Ann Cole", "report"])
    }

    /// "Nadia Amar's new memoir begins with a sentence her mother used to repeat: «...»" gave the sentence to "Nadia
    /// Amar's new memoir begins": the subject before the colon was read up to "with", over the present verb. An "-s"
    /// word before a preposition or an article that names no speaker and no text ends the subject as a verb, and the
    /// colon's quotation goes to the one who repeats it.
    @Test func aPresentVerbIsNoHeadOfTheSubjectBeforeAColon() throws {
        let doc = try annotate("Nadia Amar's new memoir begins with a sentence her mother used to repeat: \u{AB} Books are the only luggage you never lose. \u{BB}")
        #expect(doc.quoteSummary.map(\.speaker) == ["Nadia Amar's mother"])
        // (A noun of a text or of a group keeps its subject: "The piece used ...:", "Residents in the town were blunt:".)
        let piece = try annotate("The piece used one of her quotes as its headline: \u{201C}Finally, someone like me.\u{201D}")
        #expect(piece.quoteSummary.map(\.speaker) == ["piece"])
    }

    /// "Her mother used to say that books were luggage" reported nothing: "used" before "to" was read as an act done in
    /// order to speak ("used his speech to warn"), which needs its object. The habitual "used to" lends its subject as
    /// "continued to" does; the passive "was used to tell" does not.
    @Test func theHabitualUsedToLendsItsSubject() throws {
        let doc = try annotate("Her mother used to say that books were luggage. Tom Lee used to tell reporters that he would never retire.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Her mother", "Tom Lee"])
        #expect(try annotate("The phrase was used to tell voters that the plan was dead.").quotes.isEmpty)
    }

    /// "a novel, which she describes as “a ghost story”" gave the words no cue: an "-s" form right before "as" was taken
    /// for a plural noun ("rated claims as “false”"). After a subject pronoun it is the verb.
    @Test func aPresentNamingVerbAfterItsPronounNamesTheWords() throws {
        let doc = try annotate("Nadia Amar is working on a novel, which she describes as \u{201C}a ghost story\u{201D}.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Nadia Amar"])
        #expect(doc.quotes.first?.cue?.lemma == "describe")
    }

    /// "bracing for job cuts after reports that it plans to lay off 4,000 people" gave the plan to "reports": "it"
    /// spoke for the text named last. The text whose "that"-clause holds the pronoun is what the clause is about, never
    /// the one it stands for.
    @Test func aTextIsNoAntecedentForItInsideItsOwnThatClause() throws {
        let doc = try annotate("Staff at Norvane are bracing for job cuts after reports that it plans to lay off 4,000 people.")
        #expect(!doc.quoteSummary.contains { $0.speaker == "reports" })
        // (A text that spoke before the clause still speaks: "The report was published on Monday. It said ...".)
        let report = try annotate("The audit report was published on Monday. It said the council had overspent.")
        #expect(report.quoteSummary.map(\.speaker) == ["report"])
    }

    /// "A Norvane spokesperson declined to comment on what they called “rumour and speculation.”" left "they"
    /// unresolved: a singular "they" named a spokesperson opening the sentence before, not the pronoun's own.
    @Test func aSingularTheyNamesTheSpokespersonOpeningItsOwnSentence() throws {
        let doc = try annotate("A Norvane spokesperson declined to comment on what they called \u{201C}rumour and speculation.\u{201D}")
        #expect(doc.quoteSummary.map(\.speaker) == ["Norvane spokesperson"])
    }

    /// "A spokesman for Acme Foods welcomed the ruling and said the firm would appeal" reported nothing: the subject of
    /// the first verb stopped at "for", and "A spokesman" alone read as no subject. A role's phrase naming the one it
    /// serves ends on that name when a verb follows, and the name speaks, as it does when the cue follows at once.
    @Test func aRolesPhraseNamingItsBodyIsTheSubjectOfJoinedVerbs() throws {
        let doc = try annotate("""
            A spokesman for Acme Foods welcomed the ruling and said the firm would appeal. \
            A lawyer for Tom Hale thanked the jury and said he would rest.
            """)
        #expect(doc.quoteSummary.map(\.speaker) == ["Acme Foods", "Tom Hale"])
        #expect(try annotate("A spokesman for Acme Foods said the firm would appeal.").quoteSummary.map(\.speaker) == ["Acme Foods"])
    }

    /// "said the cost of the recall, which she estimated at €40m, was “manageable”" gave the estimate the words after
    /// the clause's closing comma, "was “manageable” ...", a second quote of the sentence's own words. A relative
    /// clause set off by commas that closes before any words it reports holds none.
    @Test func aRelativeClauseClosingBeforeItsWordsReportsNone() throws {
        let doc = try annotate("Julia Brandt said the cost of the recall, which she estimated at \u{20AC}40m, was \u{201C}manageable\u{201D} for the firm.")
        #expect(!doc.quotes.contains { $0.cue?.lemma == "estimate" })
        #expect(doc.quoteSummary.map(\.kind) == ["mixed", "partial"])
        // (The words before its comma are still reported: "The plan, which the mayor said would save money, was dropped".)
        #expect(try annotate("The plan, which the mayor said would save money, was dropped.").quoteSummary.map(\.text) == ["would save money"])
    }

    /// "The union has rejected a pay offer, which it described as “an insult.”" lost the quotation: "it" speaks for a
    /// body whose noun came right before a reporting verb, and "has" stood between. The verb's helpers do not hide it.
    @Test func aBodysHelperVerbsDoNotHideThatItSpoke() throws {
        let doc = try annotate("The union has rejected a pay offer, which it described as \u{201C}an insult.\u{201D}")
        #expect(doc.quoteSummary.map(\.kind) == ["indirect", "partial"])
        #expect(doc.quotes.last?.cue?.lemma == "describe")
        #expect(doc.quotes.last?.speaker?.name == "union")
    }

    /// "His editor told him it was “the story of the century” and then asked him to cut it" ended the told words on
    /// "and then": a dangling "and" before the next cue was trimmed, but not with its "then". A "then" or "also" after a
    /// closing "and" or "but" dangles with it.
    @Test func aDanglingAndThenClosesNoContent() throws {
        let doc = try annotate("His editor told him it was \u{201C}the story of the century\u{201D} and then asked him to cut it.")
        #expect(doc.quoteSummary.map(\.text) == ["it was \u{201C}the story of the century\u{201D}", "\u{201C}the story of the century\u{201D}", "him to cut it"])
        #expect(try annotate("Tom Hale said the plan was sound and also urged caution.").quoteSummary.map(\.text) == ["the plan was sound", "caution"])
    }

    /// In a Q&A without labels, "“Because they are cheap,” she says. “And because ...”" after a question became a third
    /// quote, the whole paragraph as an answer around the two the writer attributes. A first answer paragraph whose
    /// quotations the writer attributes is no unlabelled answer; and straight marks, which open and close alike, no
    /// longer hide the "says" between them.
    @Test func anAttributedParagraphIsNoUnlabelledAnswer() throws {
        for (open, close) in [("\u{201C}", "\u{201D}"), ("\"", "\"")] {
            let doc = try annotate("""
                Interview: the cook who loves beans

                Ada Bell runs a busy cafe. We asked her about beans.

                Why do you cook beans?

                \(open)Because they are cheap,\(close) she says. \(open)And because my mother cooked them.\(close)

                Is it hard to sell them to your customers?

                \(open)At first, yes. Now our stew sells best.\(close)

                What have you changed?

                \(open)We close two days a week now.\(close)
                """)
            #expect(!doc.quoteSummary.contains { $0.text.contains("she says") })
            #expect(doc.quotes.filter { $0.cue?.lemma == "answer" }.count == 2)
        }
    }

    /// "argued that Mr Pollard had never complained until she refused to sell him land" gave the complaint the words
    /// "until she refused ...": a clause of time right after a verb that says no words of its own tells when. After
    /// "say" and its kind the speech may open so ("said after the vote the plan was dead").
    @Test func aClauseOfTimeAfterACueIsNoContent() throws {
        let doc = try annotate("Ms Reid argued that Mr Pollard had never complained until she refused to sell him land.")
        #expect(doc.quotes.map { $0.cue?.lemma } == ["argue"])
        #expect(try annotate("Tom Hale said after the vote the plan was dead.").quoteSummary.map(\.text) == ["after the vote the plan was dead"])
    }

    /// "By Tuesday afternoon the company had issued a clarification. “No agreement has been signed,” it said" left "it"
    /// unresolved, and so did "It said ..." after that sentence: a body described by its noun spoke through "it" only
    /// when it opened the sentence before and "it" opened its own. A phrase of time may open that sentence first, and
    /// "it" may trail a quotation that opens its own. That subject is nearer than an earlier speaker: the second "It
    /// said" went to the company.
    @Test func itSpeaksForABodyAfterAPhraseOfTimeAndAQuotation() throws {
        let doc = try annotate("""
            By Tuesday afternoon the company had issued a clarification. \u{201C}No agreement has been signed,\u{201D} it said. \
            On Monday the council voted to close the pool. It said repairs were too costly.
            """)
        #expect(doc.quoteSummary.map(\.speaker) == ["company", "council"])
    }

    /// "announced new rules, a move critics said was overdue" gave the announcement the critics' clause too, cue and
    /// all: a later speaker inside the content only ended it after a coordination. One in the writer's appositive note
    /// on the content (an article, a few words, then a relative clause with or without "that") ends it at the comma.
    /// (The example's first verb was "announced", whose noun phrase "new rules" was content only while "rules" was read as a
    /// verb; "criticised", whose object is its content, keeps what the test is about.)
    @Test func aSpeakerInTheWritersNoteEndsTheContentAtItsComma() throws {
        let doc = try annotate("The council criticised the new rules, a move critics said was overdue. The board announced that fares would rise, a step that staff said was unfair.")
        #expect(doc.quoteSummary.map(\.text) == ["the new rules", "was overdue", "fares would rise", "was unfair"])
        // (A later speaker set off by commas inside the speech is no note: "said the plan, the mayor added, was sound".)
    }

    /// "took calls from listeners to his radio program who said they had misgivings" gave the misgivings to "his radio
    /// program", and "met black listeners to his radio program who said" to "met black listeners ...": the people before
    /// the preposition were read as a subject, which failed after "from" and ran over the irregular past "met". Where no
    /// subject without a verb reads there, the plural of people and its modifiers, back to a determiner, a preposition or
    /// a verb, head the phrase.
    @Test func thePeopleBeforeAPrepositionAreTheRelativesAntecedent() throws {
        let doc = try annotate("""
            Sharpton took calls from listeners to his radio program who said they had misgivings. \
            He met black listeners to his radio program who said they were angry.
            """)
        #expect(doc.quoteSummary.map(\.speaker) == ["listeners to his radio program", "black listeners to his radio program"])
    }

    /// "published a report that says the roads are unsafe" and "released a letter from his doctor that says he is
    /// healthy" reported nothing: "that" right before the verb was read as a complementizer. It is a relative pronoun for
    /// the text before it (perhaps with a preposition's phrase), which speaks, or whose issuer does: "He released a letter
    /// that says ..." speaks as he does.
    @Test func aRelativeThatBeforeTheVerbStandsForTheText() throws {
        let doc = try annotate("""
            The council published a report that says the roads are unsafe. \
            Tom Hale released a letter from his doctor that says he is healthy. Ann Cole released a letter that says she will stand.
            """)
        #expect(doc.quoteSummary.map(\.speaker) == ["report", "letter from his doctor", "Ann Cole"])
        #expect(doc.quoteSummary.map(\.text) == ["the roads are unsafe", "he is healthy", "she will stand"])
    }

    /// "As Tom Lee said last week, the plan is dead." reported nothing: after a fronted "as", the main clause is what was
    /// said only when the comma followed the verb at once. A short time may stand between ("last week", "on Monday", "in
    /// 2019"), and it stays out of the words.
    @Test func aFrontedAsReportsTheMainClauseAfterATime() throws {
        let doc = try annotate("As Tom Lee said last week, the plan is dead. As the mayor noted in 2019, the pier is unsafe.")
        #expect(doc.quoteSummary.map(\.text) == ["the plan is dead", "the pier is unsafe"])
        #expect(doc.quoteSummary.map(\.speaker) == ["Tom Lee", "mayor"])
    }

    /// "As stated in Davis' commentary, there are conflicting stories ..." and "As reported by the Guardian, the plan is
    /// dead." reported nothing: the participle has no subject. A sentence opening with "As", a reporting verb's
    /// participle and "in" or "by" names its source as "according to" does, with the verb for its cue.
    @Test func asStatedInNamesASource() throws {
        let doc = try annotate("As stated in Davis' commentary, there are conflicting stories. As reported by the Guardian, the plan is dead.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Davis' commentary", "Guardian"])
        #expect(doc.quoteSummary.map(\.text) == ["there are conflicting stories", "the plan is dead"])
        #expect(doc.quotes.map { $0.cue?.lemma } == ["state", "report"])
        #expect(try annotate("As expected by analysts, the bank cut rates.").quotes.isEmpty)
    }

    /// "used his message to call for an end to the wars in Ukraine and the Middle East" ended the call at "Ukraine":
    /// after an infinitive, "and" before a bare word and a name was read as a second infinitive. A determiner or a
    /// preposition after "and" opens a noun's phrase, still the call's.
    @Test func aDeterminerAfterAndInAnInfinitivesObjectIsNoSecondVerb() throws {
        let doc = try annotate("Pope Leo used his message to call for an end to the wars in Ukraine and the Middle East.")
        #expect(doc.quoteSummary.map(\.text) == ["an end to the wars in Ukraine and the Middle East"])
        // (A bare verb still is: "used the speech to accuse Clinton of lying and encourage Americans to vote".)
        let two = try annotate("Tom Hale used the speech to accuse Clinton of lying and encourage Americans to vote.")
        #expect(two.quoteSummary.map(\.text) == ["Clinton of lying", "Americans to vote"])
    }

    /// "told reporters who asked about the plan that it would pass" gave the telling the words "who asked about the plan
    /// that it would pass", and the asking the told words too; "told a young woman who suggested that he was harsh that
    /// “...”" started at "who". A listener's relative clause, its verb and the "that" of a verb of speech in it, stands
    /// before the "that" of what was told, and a cue in it reports none of the told words.
    @Test func aListenersRelativeClauseStandsBeforeTheToldWords() throws {
        let doc = try annotate("""
            Tom Lee told reporters who asked about the plan that it would pass. \
            Ann Cole told a young woman who suggested that she was too harsh that \u{201C}nobody is tougher than me.\u{201D}
            """)
        #expect(doc.quoteSummary.map(\.text) == ["it would pass", "\u{201C}nobody is tougher than me.\u{201D}"])
        #expect(doc.quoteSummary.map(\.speaker) == ["Tom Lee", "Ann Cole"])
        // (A relative "that" before its past verb belongs to the clause too: "who covered the story that broke on Monday
        // that ..." began the words at "broke".)
        let story = try annotate("Tom Lee told reporters who covered the story that broke on Monday that he would resign.")
        #expect(story.quoteSummary.map(\.text) == ["he would resign"])
    }

    /// "The firm will cut jobs, according to the union, as the firm looks for savings." gave the union a second report,
    /// "as the firm looks for savings": after a source between commas, a word in "-s" before an article read as a present
    /// verb ("faces a shortfall"), and "as" ends in "s". The writer's clause of circumstance is not the report's.
    @Test func asAfterAMidSentenceSourceIsNoPresentVerb() throws {
        let doc = try annotate("The firm will cut jobs, according to the union, as the firm looks for savings.")
        #expect(doc.quoteSummary.map(\.text) == ["The firm will cut jobs"])
        #expect(try annotate("The firm, according to the union, faces a shortfall.").quoteSummary.map(\.text) == ["The firm", "faces a shortfall"])
    }

    /// "Its co-chairs, Dr Rob Lane and Dr Vik Rao, said ... A Department of Health spokesperson said ... “...,” they said"
    /// gave the last words to the co-chairs: a plural "they" took the group that spoke earlier before the singular
    /// spokesperson who spoke last. A spokesperson who spoke last, in the sentence before or this one, comes first.
    @Test func aSingularTheyTakesTheSpokespersonWhoSpokeLast() throws {
        let doc = try annotate("""
            Its co-chairs, Dr Rob Lane and Dr Vik Rao, said doctors had been left no choice.

            A Department of Health spokesperson said ministers had made a fair offer. \u{201C}We urge the union to call off the strikes,\u{201D} they said.
            """)
        #expect(doc.quoteSummary.last?.speaker == "Department of Health spokesperson")
        // (So does a source: "A senior council source said ... “...,” they said".)
        let source = try annotate("Residents said the road was unsafe. A senior council source said repairs were planned. \u{201C}The money is there,\u{201D} they said.")
        #expect(source.quoteSummary.last?.speaker == "senior council source")
    }

    /// "Analysts at Cornwall Insight predict a small fall in April, but warn that prices will stay high." reported only the
    /// warning: `predict` needed a clause. Its object is what was predicted, as `cite`'s is what was cited.
    @Test func predictTakesItsObjectAsContent() throws {
        let doc = try annotate("Analysts at Cornwall Insight predict a small fall in April, but warn that prices will stay high.")
        #expect(doc.quoteSummary.map(\.text) == ["a small fall in April", "prices will stay high"])
        #expect(doc.quotes.first?.cue?.lemma == "predict")
    }

    /// "Pope Leo called for peace. ... the pontiff urged leaders to “...”" spoke as "pontiff", a description: the titles'
    /// third column names a role another way ("justice" is also "judge"), and "pope" had none. "The pontiff" is now the
    /// pope named before.
    @Test func thePontiffIsThePopeNamedBefore() throws {
        let doc = try annotate("Pope Leo called for peace. Speaking from the balcony, the pontiff urged leaders to \u{201C}have the courage to negotiate.\u{201D}")
        #expect(doc.quoteSummary.map(\.speaker) == ["Pope Leo", "Pope Leo", "Pope Leo"])
    }

    /// "described his side's 4-0 win over Everton as “close to perfect” after they moved to the top" kept the writer's
    /// "after" clause: a naming verb's quotation ended before a circumstance only when it opened within four words of
    /// the object, and a number ("4-0") stopped the search. An object of up to eleven words and numbers before "as"
    /// counts too.
    @Test func aLongNamingObjectEndsBeforeTheCircumstance() throws {
        let doc = try annotate("Pep Guardiola described his side's 4-0 win over Everton as \u{201C}close to perfect\u{201D} after they moved to the top.")
        #expect(doc.quoteSummary.first?.text == "his side's 4-0 win over Everton as \u{201C}close to perfect\u{201D}")
    }

    /// "At least 40 backbenchers have signed a letter saying ..." and "About 40 backbenchers said ..." reported nothing:
    /// "At" and "About" read as a leading phrase's preposition. A count of people opening its clause, with the words that
    /// make it approximate or a bound, is the subject, named by its noun as "More than 300 doctors" already was; an exact
    /// count stays in the name; a year before a plural is not a count.
    @Test func aCountOfPeopleWithItsBoundIsTheSubject() throws {
        let letter = try annotate("At least 40 backbenchers have signed a letter saying the target is \u{201C}unrealistic\u{201D}.")
        #expect(letter.quoteSummary.first?.speaker == "backbenchers")
        #expect(letter.quoteSummary.first?.text == "the target is \u{201C}unrealistic\u{201D}")
        let about = try annotate("About 40 backbenchers said the target was too high, and up to 12 ministers warned that it would fail.")
        #expect(about.quoteSummary.map(\.speaker) == ["backbenchers", "ministers"])
        let exact = try annotate("Forty backbenchers said the target was too high.")
        #expect(exact.quoteSummary.first?.speaker == "Forty backbenchers")
        let year = try annotate("In 2020 officials said the target was too high.")
        #expect(year.quoteSummary.first?.speaker == "officials")
    }

    /// "Acme said it was good news. It warned that prices would rise." lost the warning, and so did "The Campaign for
    /// Better Transport said it was good news, though it warned ...": "it" was kept only after a body's name of two
    /// capitalised words, and only one that spoke in an earlier sentence. A one-word name that is no first name, title or
    /// group, and never a longer name's last word before, is a body's too; so is a name with an organisation's "for" or
    /// "of"; and the speaker earlier in the same sentence counts.
    @Test func itSpeaksForABodyNamedInOneWordOrWithItsFor() throws {
        let acme = try annotate("Acme said it was good news. It warned that prices would rise.")
        #expect(acme.quoteSummary.map(\.speaker) == ["Acme", "Acme"])
        #expect(acme.quoteSummary.last?.text == "prices would rise")
        let campaign = try annotate("The Campaign for Better Transport said it was good news, though it warned that a freeze would mean little.")
        #expect(campaign.quoteSummary.map(\.speaker) == ["Campaign for Better Transport", "Campaign for Better Transport"])
        let surname = try annotate("Tom Lee spoke first. Lee said it was good news. It warned that prices would rise.")
        #expect(surname.quoteSummary.map(\.speaker) == ["Tom Lee"])
    }

    /// "Interview: the novelist who writes only at night ¶ Tessa Gray has published six novels, and she wrote every one
    /// of them at night. ¶ “...,” she says" went to "novelist": the headline's speaker, described by a noun only, was
    /// the last compatible speaker, and "Tessa" is not in the first-names list. A name after such a speaker, whose
    /// first word is not in the list and which is the subject of a verb in the three sentences before, is the one; a
    /// described speaker after the name still is ("The manager said ... “...,” she said").
    @Test func aNameAfterASpeakerDescribedByANounIsThePronounsOne() throws {
        let doc = try annotate("Interview: the novelist who writes only at night\n\nTessa Gray has published six novels, and she wrote every one of them at night.\n\n\u{201C}The house is quiet,\u{201D} she says.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Tessa Gray"])
        let manager = try annotate("Odalys Brennick has run the bakery for ten years. The manager said the shop would stay open. \u{201C}We are busy,\u{201D} she said.")
        #expect(manager.quoteSummary.map(\.speaker) == ["manager", "manager"])
    }

    /// "Age UK said ... The Department for Work and Pensions said ... But the charity said ..." left "charity" a
    /// description: a name that says no kind could be named only by a company's noun. A charity's name seldom says what it
    /// is either; a union's does, so "according to the union" after a business named just before stays the union.
    @Test func theCharityNamesABodyWhoseNameSaysNoKind() throws {
        let doc = try annotate("Age UK said its helpline was busy. The Department for Work and Pensions said pensions had risen. But the charity said the rise had been swallowed by bills.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Age UK", "Department for Work and Pensions", "Age UK"])
        let union = try annotate("Peabody Energy said the plan was sound. A few weeks later it cut jobs, according to the union.")
        #expect(union.quoteSummary.last?.speaker == "union")
    }

    /// "It came after the landlord dropped plans to demolish the block" reported "to demolish the block" as planned by
    /// "landlord dropped": "plans" right after a past verb is that verb's object, as "renewed fears" and "dismissed claims"
    /// are; so are "faced calls to resign" and "denied reports that". A plan with its own subject still reports.
    @Test func aCuesPluralAfterAPastVerbIsItsObject() throws {
        let dropped = try annotate("It came after the landlord dropped plans to demolish the block.")
        #expect(dropped.quoteSummary.isEmpty)
        let calls = try annotate("The minister faced calls to resign.")
        #expect(calls.quoteSummary.isEmpty)
        let plans = try annotate("Acme plans to cut 300 jobs.")
        #expect(plans.quoteSummary.map(\.speaker) == ["Acme"])
    }

    /// "Two Nasa astronauts have returned to Earth. Nasa said ..." spoke as "Two Nasa": a count opening the sentence
    /// before a plural is no part of the name it counts by. A name of a number and a word with no plural after it stays
    /// whole ("Five Guys said").
    @Test func aCountOpeningTheSentenceIsNoPartOfTheName() throws {
        let doc = try annotate("Two Nasa astronauts have returned to Earth. Nasa said both astronauts were in good health.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Nasa"])
        let chain = try annotate("Five Guys said it would open more shops.")
        #expect(chain.quoteSummary.map(\.speaker) == ["Five Guys"])
    }

    /// "A tribunal found that Dr Simon Akers had lied. It said his dishonesty was “persistent and serious”" lost the second
    /// report: "tribunal" was no body's noun, so "it" had no body that spoke before. "tribunal", "panel", "jury" and
    /// "inquiry" are bodies in `group_nouns.txt`, as "court" and "committee" were.
    @Test func aTribunalIsABodyThatItStandsFor() throws {
        let doc = try annotate("A tribunal found that Dr Simon Akers had lied. It said his dishonesty was \u{201C}persistent and serious\u{201D}.")
        #expect(doc.quoteSummary.map(\.speaker) == ["tribunal", "tribunal", "tribunal"])
        #expect(doc.quoteSummary.map(\.kind) == ["indirect", "mixed", "partial"])
    }

    /// "Priyanka Rao, from Austin, won the title. “I am shaking,” she said." left "she" unresolved: a name whose first
    /// word is not in the list stood for a "he" or "she" only when a verb followed it at once. Where the person comes from,
    /// between commas, may stand between ("from Austin, Texas," too).
    @Test func aNameBeforeItsHometownIsThePronounsOne() throws {
        let doc = try annotate("Priyanka Rao, from Austin, won the title. \u{201C}I am shaking,\u{201D} she said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Priyanka Rao"])
        let state = try annotate("Priyanka Rao, from Austin, Texas, won the title. \u{201C}I am shaking,\u{201D} she said.")
        #expect(state.quoteSummary.map(\.speaker) == ["Priyanka Rao"])
    }

    /// A broadcast transcript, "Presenter: ... ¶ Minister: ... ¶ Presenter: ...", gave no one's words (and a bogus belief
    /// from "Why should anyone believe ...?"): a label in capitals or one the article named were the only labels read.
    /// Labels that each open two paragraphs or more, two of them taking turns, each naming someone by its last word, are
    /// speakers too. A shop's "New Release:" and "Price Drop:" lines name no one.
    @Test func labelsTakingTurnsAreATranscriptsSpeakers() throws {
        let doc = try annotate("Presenter: Why should anyone believe this plan will work?\n\nMinister: Because this time we are putting the money where it is needed.\n\nPresenter: Will you resign if the target is missed?\n\nMinister: I am not going to miss it.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Presenter", "Minister", "Presenter", "Minister"])
        #expect(doc.quoteSummary.last?.text == "I am not going to miss it.")
        let shop = try annotate("New Release: Earphones, $139\n\nPrice Drop: Smart watch, $169\n\nNew Release: Games console, $199\n\nPrice Drop: Tablet, $99")
        #expect(shop.quoteSummary.isEmpty)
    }

    /// "Dr Ruth Ames, who as a young surgeon worked in the main hospital of the city for a decade under three different
    /// chief executives and later retired from the health service as its medical director, said that ..." reported
    /// nothing: the comma opening a relative clause between subject and verb was looked for in the 28 tokens before the
    /// verb. 40 now, 28 still when a quotation mark stands in the way.
    @Test func aLongRelativeClauseBetweenSubjectAndVerb() throws {
        let doc = try annotate("Dr Ruth Ames, who as a young surgeon worked in the main hospital of the city for a decade under three different chief executives and later retired from the health service as its medical director, said that in 1998 the ward had been closed.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Ruth Ames"])
        #expect(doc.quoteSummary.first?.text == "in 1998 the ward had been closed")
    }

    /// "“We will not go back, Tom,” Ann Lee said, going on to say that voters were tired." gave the words to "Tom", a name
    /// closing the quotation, and "Ann Lee said the plan was bad, going on to say that ..." lost them: "going on to say"
    /// after a comma read its subject as an appositive's. A participle after a comma lends the subject of the clause
    /// before it.
    @Test func goingOnToSayAfterACommaTakesTheClausesSubject() throws {
        let quoted = try annotate("\u{201C}We will not go back, Tom,\u{201D} Ann Lee said, going on to say that voters were tired.")
        #expect(quoted.quoteSummary.map(\.speaker) == ["Ann Lee", "Ann Lee"])
        #expect(quoted.quoteSummary.last?.text == "voters were tired")
        let reported = try annotate("Ann Lee said the plan was bad, going on to say that voters were tired.")
        #expect(reported.quoteSummary.map(\.speaker) == ["Ann Lee", "Ann Lee"])
    }

    /// "This has not gone over well with relatives of the victims, many of whom say the claims are unfounded." reported
    /// nothing: "whom" after a share ("many of", "some of", "two of") speaks for the people before the comma, as "who"
    /// does.
    @Test func aShareOfWhomSpeaksForThePeopleBefore() throws {
        let doc = try annotate("This has not gone over well with relatives of the victims, many of whom say the claims are unfounded.")
        #expect(doc.quoteSummary.map(\.speaker) == ["relatives of the victims"])
        #expect(doc.quoteSummary.first?.text == "the claims are unfounded")
        let drivers = try annotate("The firm employs 300 drivers, some of whom said they had not been paid.")
        #expect(drivers.quoteSummary.map(\.speaker) == ["drivers"])
    }

    /// "About 40 per cent said they would vote." and "63% said Clinton was justified." reported nothing: a share of those
    /// asked opening its clause is the subject, with a word that makes it approximate, as "73 percent" after "while"
    /// already was.
    @Test func aShareOfThoseAskedIsTheSubject() throws {
        let percent = try annotate("Only 52 percent agreed, while 73 percent said Trump was fit.")
        #expect(percent.quoteSummary.map(\.speaker) == ["73 percent"])
        let perCent = try annotate("About 40 per cent said they would vote.")
        #expect(perCent.quoteSummary.map(\.speaker) == ["About 40 per cent"])
        let sign = try annotate("63% said Clinton was justified.")
        #expect(sign.quoteSummary.map(\.speaker) == ["63%"])
    }

    /// "The family of a hiker who went missing for four days have thanked the volunteers ... In a statement, they said ..."
    /// left "they" unresolved: the sentence's subject was read before its verb "have", inside the relative clause. A
    /// relative clause with no commas between the opening phrase and its verb leaves the phrase before "who" the subject.
    @Test func aRelativeClauseInsideTheSubjectBeforeItsVerb() throws {
        let doc = try annotate("The family of a hiker who went missing for four days have thanked the volunteers who found him. In a statement, they said they were grateful.")
        #expect(doc.quoteSummary.map(\.speaker) == ["family of a hiker"])
    }

    /// "Mikel Arteta hailed his side's performance as “close to perfect” after they beat Chelsea 3-0." kept the writer's
    /// "after" clause: only a naming verb ended its quotation before a circumstance. An object verb's "as" and quotation
    /// end the same way, and report the quoted words, as "described ... as “...”" does.
    @Test func anObjectVerbsAsQuotationEndsBeforeTheCircumstance() throws {
        let doc = try annotate("Mikel Arteta hailed his side's performance as \u{201C}close to perfect\u{201D} after they beat Chelsea 3-0.")
        #expect(doc.quoteSummary.map(\.text) == ["\u{201C}close to perfect\u{201D}"])
        let plain = try annotate("Mikel Arteta praised his players for their energy after the match.")
        #expect(plain.quoteSummary.first?.text == "his players for their energy after the match")
    }

    /// "Republicans back the tariffs, with 81 percent saying they will help the economy." reported nothing: an absolute
    /// phrase after ", with" was read as words only, and a count stopped it. Counts ("81 percent", "81%", "300 residents")
    /// are among its words.
    @Test func aCountInAnAbsolutePhraseSpeaks() throws {
        let percent = try annotate("Republicans back the tariffs, with 81 percent saying they will help the economy.")
        #expect(percent.quoteSummary.map(\.speaker) == ["81 percent"])
        let sign = try annotate("Republicans back the tariffs, with 81% saying they will help.")
        #expect(sign.quoteSummary.map(\.speaker) == ["81%"])
        let residents = try annotate("The plan was approved, with 300 residents saying it was overdue.")
        #expect(residents.quoteSummary.map(\.speaker) == ["300 residents"])
    }

    /// "The bill's sponsor, state Sen. Maria Lopez (D-Tucson), said she was stunned." spoke as "bill's sponsor": a
    /// bracketed party label closing the appositive hid the name in it. The name before the bracket speaks, past a
    /// lower-case field ("state") and a title ("Sen.").
    @Test func aNameInAnAppositiveClosedByABracketedLabel() throws {
        let doc = try annotate("The bill's sponsor, state Sen. Maria Lopez (D-Tucson), said she was stunned.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Maria Lopez"])
        let plain = try annotate("Rep. Gwen Moore (D-Wis.) said the plan was dead.")
        #expect(plain.quoteSummary.map(\.speaker) == ["Gwen Moore"])
    }

    /// "Actor Sam Okonedo has returned to the stage. ¶ Okonedo, 58, received a standing ovation at the end of a performance
    /// of King Lear. “...,” he told the audience." spoke as "Lear": with no one who spoke before, "he" took the last male
    /// name, inside the object. A person named as the subject opening the sentence before the quotation (or the
    /// quotation's own sentence, before it) is the topic first.
    @Test func theSubjectOpeningTheSentenceBeforeIsTheTopic() throws {
        let doc = try annotate("Actor Sam Okonedo has returned to the stage.\n\nOkonedo, 58, received a standing ovation at the end of a performance of King Lear. \u{201C}I didn't know if I would ever do this again,\u{201D} he told the audience.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Sam Okonedo"])
    }

    /// "Sen. Tom Blake sold shares. A spokesman for Blake said ... “...,” the spokesman said." gave the first report to Tom
    /// Blake and the second to a new "spokesman": "the spokesman" named only a spokesperson described as one that spoke.
    /// It names whoever "a spokesman for" someone in the sentence before spoke as.
    @Test func theSpokesmanSpeaksAsTheOneSpokenForBefore() throws {
        let doc = try annotate("Sen. Tom Blake sold shares. A spokesman for Blake said the trades were made by an adviser. \u{201C}Senator Blake never used information from his work,\u{201D} the spokesman said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Tom Blake", "Tom Blake"])
    }

    /// "No deal is near, according to officials familiar with the matter. They said the gap was wide." left "they"
    /// unresolved: a described plural of people counted as plural only when its last word looked plural ("the talks"),
    /// so "people" (no "-s") and a postmodifier opened by "familiar" or "close" made a kindless description, and a text
    /// closing the postmodifier ("the plan") unmade the plural. The plural before its postmodifier heads the phrase.
    @Test func aPluralOfPeopleBeforeItsPostmodifierIsAGroup() throws {
        let familiar = try annotate("No deal is near, according to officials familiar with the matter. They said the gap was wide.")
        #expect(familiar.quoteSummary.map(\.speaker) == ["officials familiar with the matter", "officials familiar with the matter"])
        let people = try annotate("No deal is near, people briefed on the plan said. They said the gap was wide.")
        #expect(people.quoteSummary.map(\.speaker) == ["people briefed on the plan", "people briefed on the plan"])
        let women = try annotate("No deal is near, women at the plant said. They said the gap was wide.")
        #expect(women.quoteSummary.map(\.speaker) == ["women at the plant", "women at the plant"])
    }

    /// "Shares in Norvex fell 8% after the chipmaker reported a drop in profit and warned that demand would stay weak."
    /// spoke as "Shares": a verb joined by "and" took the sentence's subject. When that subject is no one who could speak
    /// (a common noun that is no group, body, title or kind of person), a past verb after a clause of time or cause
    /// continues that clause and is its subject's.
    @Test func aVerbJoinedInsideAClauseOfTimeAfterASubjectThatCannotSpeak() throws {
        let shares = try annotate("Norvex makes chips. Shares in Norvex fell 8% after the chipmaker reported a drop in profit and warned that demand would stay weak.")
        #expect(shares.quoteSummary.map(\.speaker) == ["Norvex"])
        let dollar = try annotate("The dollar fell after the governor met bankers and warned that rates would rise.")
        #expect(dollar.quoteSummary.map(\.speaker) == ["governor"])
        // Either may speak here, so the sentence's subject keeps the second act.
        let smith = try annotate("Smith resigned after the board accused him of lying and said he would sue.")
        #expect(smith.quoteSummary.map(\.speaker) == ["board", "Smith"])
    }

    /// "A 16-year-old activist from the city of Leeds said ..." and "A man from the Pacific island of Nauru said ..." spoke as
    /// the place, a person then for any later "she": the person before the place's preposition was read only past
    /// lower-case words. An age before the noun and a capitalised word between a determiner and a lower-case noun
    /// ("the Pacific island") belong to the phrase.
    @Test func aPersonBeforeAPlaceWithAnAgeOrACapitalisedModifier() throws {
        let age = try annotate("A 16-year-old activist from the city of Leeds said the sea was rising.")
        #expect(age.quoteSummary.map(\.speaker) == ["16-year-old activist from the city of Leeds"])
        let island = try annotate("A man from the Pacific island of Nauru said the sea was rising.")
        #expect(island.quoteSummary.map(\.speaker) == ["man from the Pacific island of Nauru"])
    }

    /// "Dr. Haugen and her colleague Dr. Piet Vos said they would try. They believe ..." gave the words to Piet Vos alone,
    /// and "they" to an earlier group: a second name after "and" joined the first only right after the "and". A
    /// possessive and one or two words of the second person's role ("her colleague", "his wife") may stand between.
    @Test func twoNamesJoinedPastTheSecondsRole() throws {
        let doc = try annotate("Dr. Ingrid Haugen led the team. Dr. Haugen and her colleague Dr. Piet Vos said they would try. They believe it comes from tyres.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Dr. Haugen and her colleague Dr. Piet Vos", "Dr. Haugen and her colleague Dr. Piet Vos"])
        let wife = try annotate("Tom Hale and his wife Ann said they were thrilled.")
        #expect(wife.quoteSummary.map(\.speaker) == ["Tom Hale and his wife Ann"])
        // Two clauses: the second name speaks alone.
        let clauses = try annotate("Tom Hale thanked the crowd and his wife Ann said she was thrilled.")
        #expect(clauses.quoteSummary.map(\.speaker) == ["Ann"])
    }

    /// "Sandra Ko thanked Lyle for “six years of dedication” and said ..." lost the quoted words: "thank" needed "that",
    /// which it never takes. Thanks report their object when quoted words open in it (lexicon column `quoted`);
    /// "thanked the crowd" is a gesture, and a quotation after "and" is the next verb's.
    @Test func thanksReportAnObjectHoldingQuotedWords() throws {
        let doc = try annotate("Sandra Ko thanked Lyle for \u{201C}six years of dedication\u{201D} and said the search would begin.")
        #expect(doc.quoteSummary.map(\.text) == ["Lyle for \u{201C}six years of dedication\u{201D}", "\u{201C}six years of dedication\u{201D}", "the search would begin"])
        #expect(doc.quoteSummary.map(\.speaker) == ["Sandra Ko", "Sandra Ko", "Sandra Ko"])
        #expect(try annotate("He thanked the crowd and left.").quoteSummary.isEmpty)
        #expect(try annotate("Sales rose, thanks to strong demand.").quoteSummary.isEmpty)
        let next = try annotate("Marco Ruiz thanked his staff and said the team would \u{201C}come back stronger\u{201D}.")
        #expect(next.quoteSummary.map(\.text) == ["the team would \u{201C}come back stronger\u{201D}", "\u{201C}come back stronger\u{201D}"])
    }

    /// "Neil Hart has retired. The 52-year-old referee said he was tired." gave the words to a new "52-year-old referee":
    /// only an age alone ("the 52-year-old") named the person mentioned last. An age before a person's noun or a role
    /// that no one was introduced with does too; the role alone does not ("the referee" may be someone else).
    @Test func anAgeBeforeARoleNamesThePersonMentionedLast() throws {
        let doc = try annotate("Neil Hart has retired. The 52-year-old referee said he was tired.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Neil Hart"])
        let role = try annotate("Neil Hart was sent off. The referee said he had no choice.")
        #expect(role.quoteSummary.map(\.speaker) == ["referee"])
        let mayor = try annotate("Mayor Tom Reilly spoke. Ann Lee listened. The 60-year-old mayor said he was tired.")
        #expect(mayor.quoteSummary.map(\.speaker) == ["Tom Reilly"])
    }

    /// "Krieger and colleagues said ..." spoke as "colleagues", and "But he and other experts stressed that ..." as "other
    /// experts": two subjects joined by "and" spoke together only when the second had a determiner and the first was more
    /// than one word. A bare plural of people (or "others") after a name or a pronoun joins it, past an opening "But".
    @Test func aNameOrPronounAndABarePluralSpeakTogether() throws {
        let doc = try annotate("Krieger and colleagues said the robot worked.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Krieger and colleagues"])
        let he = try annotate("Axel Krieger led the project. But he and other experts stressed that surgery on people was years away.")
        #expect(he.quoteSummary.map(\.speaker) == ["he and other experts"])
        // A clause before "and" keeps its own subject.
        let clause = try annotate("He resigned and aides said he was tired.")
        #expect(clause.quoteSummary.map(\.speaker) == ["aides"])
    }

    /// "When the immunologist De’Broski Herbert at the University of Pennsylvania looked ..., he thought ..." left "he"
    /// unresolved: a name with an unknown first name became a person only before its verb. A lower-case occupation by
    /// its ending (`namesAnOccupation`: "-ologist", "-ician", a long "-ist") right before a name of two or three words makes
    /// it a person; a body's name keeps its kind.
    @Test func anOccupationByItsEndingBeforeANameMakesAPerson() throws {
        let doc = try annotate("When the immunologist Quenby Herbert at the University of Pennsylvania looked inside, he thought he was seeing things.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Quenby Herbert"])
        let party = try annotate("The socialist Workers Party said it would stand.")
        #expect(party.entities.first(where: { $0.name == "Workers Party" })?.kind == .organization)
    }

    /// "Dick Clark Productions denies that ... ¶ “Any final agreement must come from her team. We have no further comment,”
    /// they said." left "they" unresolved, and the body was a man named Dick: "Productions" closed no business's name, and
    /// "they" named a body that spoke only in the sentence just before. A body that spoke in the two sentences before is
    /// the "they" whose words say "we".
    @Test func theyWhoseWordsSayWeIsTheBodyThatSpokeBefore() throws {
        let doc = try annotate("Dick Clark Productions denies that the deal was done.\n\n\u{201C}Any final agreement must come from her team. We have no further comment,\u{201D} they said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Dick Clark Productions", "Dick Clark Productions"])
        #expect(doc.entities.first { $0.name == "Dick Clark Productions" }?.kind == .organization)
    }

    /// "The United Nations High Commissioner for Human Rights said ..." spoke as "Human Rights", a person: an office's
    /// title and its "for" or "of" were no part of the subject, which began at the name after them. They are, with the
    /// capitalised words before the title, when that name holds no first name; the office's holder speaks, a person a
    /// later pronoun can name. "Secretary of State Mike Pompeo said" is still Mike Pompeo.
    @Test func anOfficesTitleWithItsFieldSpeaks() throws {
        let doc = try annotate("The UN High Commissioner for Refugees said camps were full. She said more tents were needed.")
        #expect(doc.quoteSummary.map(\.speaker) == ["UN High Commissioner for Refugees", "UN High Commissioner for Refugees"])
        let named = try annotate("Secretary of State Mike Pompeo said the plan would work.")
        #expect(named.quoteSummary.map(\.speaker) == ["Mike Pompeo"])
    }

    /// "In a post on Instagram, the festival said ... “Safety has to come first,” the post said." gave the quotation to a
    /// new "post": a text speaking again named its issuer only when the issuer had a kind. A kindless description that is
    /// no text itself ("the festival") issues it too.
    @Test func thePostSpeaksForTheDescriptionThatIssuedIt() throws {
        let doc = try annotate("In a post on Instagram, the festival said it was \u{201C}heartbroken\u{201D}. \u{201C}Safety has to come first,\u{201D} the post said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["festival", "festival", "festival"])
    }

    /// "The company flat-out denied the allegations." spoke as "company flat-out", and "The moderator, Keith Lam, twice
    /// asked the candidates to stop" reported nothing: an adverb without "-ly" between the subject and its verb was read
    /// as part of the subject. "flat-out", "outright", "twice" and "thrice" are skipped as "always" is.
    @Test func anAdverbWithoutLyBeforeTheVerbIsNoPartOfTheSubject() throws {
        #expect(try annotate("The company flat-out denied the allegations.").quoteSummary.map(\.speaker) == ["company"])
        #expect(try annotate("Lee twice told reporters the plan was bad.").quoteSummary.map(\.speaker) == ["Lee"])
    }

    /// "CEO of the Refugee Council Enver Solomon told Sky News ..." spoke as "Refugee Council Enver Solomon": the body's
    /// name ran on into the person's. After a title's "of the", a body's head word and two more capitalised words are the
    /// body and then the title's holder.
    @Test func aBodyAfterATitlesOfTheEndsBeforeItsHoldersName() throws {
        let doc = try annotate("After the leak, CEO of the Refugee Council Enver Solomon told Sky News the process was flawed.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Enver Solomon"])
        #expect(doc.entities.first { $0.name == "Refugee Council" }?.kind == .organization)
    }

    /// "Analysts asked whether the Gulf states' oil wealth will last." added a report by "Gulf" with the cue "states": a
    /// plural possessive read as the verb "state". A verb's form closed by a possessive's apostrophe is a noun.
    @Test func aPluralPossessiveIsNoVerb() throws {
        let doc = try annotate("Analysts asked whether the Gulf states' oil wealth will last.")
        #expect(doc.quotes.map { $0.cue?.lemma } == ["ask"])
    }

    /// "Minister for Health Ann Lee said ..." spoke as "for Health Ann Lee", and "The plan would work, Minister for Health
    /// Ann Lee said." and "..., Secretary of State Mike Pompeo said." reported nothing: the office's field after "for" stayed
    /// in the name, and after a comma the office was no part of the subject. The field is no part of the name, and the
    /// office opening the clause after a comma is part of the subject, whose named person speaks.
    @Test func anOfficeWithItsFieldBeforeAPersonsName() throws {
        #expect(try annotate("Minister for Health Ann Lee said the plan would work.").quoteSummary.map(\.speaker) == ["Ann Lee"])
        // (A first name the list lacks: the two words after a one-word field.)
        #expect(try annotate("Minister for Health Quenby Lee said the plan would work.").quoteSummary.map(\.speaker) == ["Quenby Lee"])
        #expect(try annotate("The plan would work, Minister for Health Ann Lee said.").quoteSummary.map(\.speaker) == ["Ann Lee"])
        #expect(try annotate("The plan would work, Secretary of State Mike Pompeo said.").quoteSummary.map(\.speaker) == ["Mike Pompeo"])
    }

    /// "Gunmen attacked the convoy, killing three guards", "Troops defended the town for weeks", "The jets blasted the
    /// bridge overnight" and "Lee hailed a taxi" were reported as speech: these verbs of criticism, praise and defence
    /// also name physical acts. An armed agent, a place, a vehicle or a title for object, or a toll after a comma,
    /// is the physical sense, which reports nothing; a person, a plan or a chamber keeps the verbal one.
    @Test func physicalAttacksAndDefencesAreNoSpeech() throws {
        #expect(try annotate("Gunmen attacked the convoy, killing three guards.").quotes.isEmpty)
        #expect(try annotate("Rebels attacked a police station near the border.").quotes.isEmpty)
        #expect(try annotate("Troops defended the town for weeks.").quotes.isEmpty)
        #expect(try annotate("The jets blasted the bridge overnight.").quotes.isEmpty)
        #expect(try annotate("The dog attacked a child in the park.").quotes.isEmpty)
        #expect(try annotate("The champion defended her title in Paris.").quotes.isEmpty)
        #expect(try annotate("Lee hailed a taxi.").quotes.isEmpty)
        #expect(try annotate("Critics attacked the mayor over the cuts.").quoteSummary.map(\.text) == ["the mayor over the cuts"])
        #expect(try annotate("Trump attacked the House over the inquiry.").quoteSummary.map(\.text) == ["the House over the inquiry"])
        #expect(try annotate("Activists attacked the pipeline plan.").quoteSummary.map(\.text) == ["the pipeline plan"])
        #expect(try annotate("Lee hailed the deal as historic.").quoteSummary.map(\.text) == ["the deal as historic"])
    }

    /// "Trump officially endorsed one in July" gave "one in July" as what he endorsed: a month or a year after a verb's
    /// plain noun phrase is when the act took place. The time of an event asked for or foreseen, or of a clause inside
    /// the object, stays in it.
    @Test func aMonthOrYearAfterAnObjectIsWhenItWasSaid() throws {
        #expect(try annotate("Trump officially endorsed one in July.").quoteSummary.map(\.text) == ["one"])
        #expect(try annotate("The senator criticized the bill in May.").quoteSummary.map(\.text) == ["the bill"])
        #expect(try annotate("Smith praised the plan in 2019.").quoteSummary.map(\.text) == ["the plan"])
        #expect(try annotate("Lee called for elections in May.").quoteSummary.map(\.text) == ["elections in May"])
        #expect(try annotate("Analysts predicted a small fall in April.").quoteSummary.map(\.text) == ["a small fall in April"])
        #expect(try annotate("Kerry urged Iran to resume talks it abandoned in 2009.").quoteSummary.map(\.text)
            == ["Iran to resume talks it abandoned in 2009"])
    }

    /// "Smith accused Tom Hale, who runs the port, of hiding the losses" gave "Tom Hale" alone as the accusation, and
    /// "urged the council, which meets on Monday, to drop the plan" gave "the council, which meets": a relative clause
    /// set between commas ended the object. When the object's own "of" or infinitive follows the closing comma, the
    /// content goes on through the relative clause; "to the dismay of" is the writer's.
    @Test func aRelativeClauseBeforeTheObjectsOwnOfOrInfinitive() throws {
        #expect(try annotate("Smith accused Tom Hale, who runs the port, of hiding the losses.").quoteSummary.map(\.text)
            == ["Tom Hale, who runs the port, of hiding the losses"])
        #expect(try annotate("Lee urged the council, which meets on Monday, to drop the plan.").quoteSummary.map(\.text)
            == ["the council, which meets on Monday, to drop the plan"])
        #expect(try annotate("Smith accused Ann Ross, who was born and raised in Leeds, of lying.").quoteSummary.map(\.text)
            == ["Ann Ross, who was born and raised in Leeds, of lying"])
        #expect(try annotate("He proposed to form a task force, which would include the army, to crack down on hackers.").quoteSummary.map(\.text)
            == ["to form a task force, which would include the army, to crack down on hackers"])
        #expect(try annotate("Lee criticized the plan, which was drafted in May, to the dismay of her party.").quoteSummary.map(\.text) == ["the plan"])
    }

    /// "Lee said the plan was “a start, but also a risk.”" cut the speech at ", but also" inside the open quotation,
    /// leaving "the plan was “a start" and a stray partial: the cut at a comma, "but" or "and", and a predicate word
    /// read the speaker's own comma as the writer's. Inside an open quotation the words are the speaker's.
    @Test func butAlsoInsideAnOpenQuotationIsTheSpeakers() throws {
        #expect(try annotate("Lee said the plan was “a start, but also a risk.”").quoteSummary.map(\.kind) == ["mixed", "partial"])
        #expect(try annotate("Lee said the plan was “a start, but also a risk.”").quoteSummary.first?.text == "the plan was “a start, but also a risk.”")
        // (Outside the quotation the writer's second predicate still ends the speech.)
        #expect(try annotate("Lee said the plan was good, but also warned of risks.").quoteSummary.map(\.text) == ["the plan was good", "risks"])
    }

    /// "Lee was at the venue when police located her and told her to leave" gave the telling to Lee: a past verb after
    /// "and" took the sentence's subject. The same object pronoun after the verb before "and" and after the cue joins
    /// the two under the first verb's subject (Lee telling "her" would be telling someone else). "campus security" and
    /// "law enforcement" now name groups that can speak ("security", "enforcement" and "guards" in group_nouns).
    @Test func aPronounObjectRepeatedAfterBothVerbsSharesTheirSubject() throws {
        #expect(try annotate("Lee was at the venue when police located her and told her to leave.").quoteSummary.map(\.speaker) == ["police"])
        #expect(try annotate("She was at the venue when campus security located her and told her to leave.").quoteSummary.map(\.speaker)
            == ["campus security"])
        // (Another object after the cue leaves the second act the sentence's subject's.)
        #expect(try annotate("Smith resigned after the board accused him of lying and said he would sue.").quoteSummary.map(\.speaker)
            == ["board", "Smith"])
    }

    /// "Democrats demanded that the Department of Energy explain why the records were deleted" reported the department
    /// explaining: a base form in the clause a demand or request opens is the act asked for, not speech. After "said
    /// that", a present verb still reports.
    @Test func aBaseFormAfterADemandThatIsNoSpeech() throws {
        #expect(try annotate("Democrats demanded that the Department of Energy explain why the records were deleted.").quoteSummary.map(\.speaker)
            == ["Democrats"])
        #expect(try annotate("Lee said that officials say the plan failed.").quoteSummary.map(\.speaker) == ["Lee", "officials"])
    }

    /// "The report says the company “reports having 987 subsidiaries, according to its own website.”" cut the speech at
    /// the quoted "according to", leaving "the company “reports having 987 subsidiaries" and a stray partial. The cut
    /// at "according to" now skips one inside an open quotation, which is the source's own.
    @Test func accordingToInsideAnOpenQuotationIsTheSpeakers() throws {
        let doc = try annotate("The report says the company “reports having 987 subsidiaries, according to its own website.”")
        #expect(doc.quoteSummary.map(\.kind) == ["mixed", "partial"])
        #expect(doc.quoteSummary.first?.text == "the company “reports having 987 subsidiaries, according to its own website.”")
        #expect(try annotate("The report says the company has 987 subsidiaries, according to its website.").quoteSummary.first?.text
            == "the company has 987 subsidiaries")
    }

    /// "Det. Insp. Karen Doyle appealed for witnesses. “Someone knows who did this,” she said." gave the quotation to a
    /// person named "Insp": after a title's abbreviation a title word is read as a surname ("Mr. King"). A title's
    /// abbreviation right after another, before a capitalised name, is a title too.
    @Test func twoAbbreviatedTitlesBeforeAName() throws {
        let doc = try annotate("Det. Insp. Karen Doyle appealed for witnesses. “Someone knows who did this,” she said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Karen Doyle", "Karen Doyle"])
        #expect(try annotate("Lt. Col. Ann Ross said the base was safe.").quoteSummary.map(\.speaker) == ["Ann Ross"])
    }

    /// "Labour's health spokesman, Anna Price, said ministers were wrong. She accused Grant of hiding." left "She"
    /// unresolved: "spokesman" made Anna Price a man. Reports give women "-man" roles, so beside one of them a first
    /// name's gender decides; a courtesy title still does ("Mr. Kim Lee").
    @Test func aGenericMaleRoleLeavesTheGenderToTheFirstName() throws {
        #expect(try annotate("Labour's health spokesman, Anna Price, said ministers were wrong. She accused Grant of hiding.").quoteSummary
            .map(\.speaker) == ["Anna Price", "Anna Price"])
        #expect(try annotate("Chairman Anna Price said the plan failed. She resigned. She said she was sorry.").quoteSummary
            .map(\.speaker) == ["Anna Price", "Anna Price"])
        #expect(try annotate("Spokesman John Price said ministers were wrong. He accused Grant of hiding.").quoteSummary
            .map(\.speaker) == ["John Price", "John Price"])
    }

    /// "The plan will fail, Labour leader Keir Starmer said." and "..., Republican presidential nominee Donald Trump said."
    /// reported nothing: the speaker's phrase started at the name, and the words before it ("Labour leader") were left
    /// dangling at the end of the speech. A body's name, a role and its modifiers, or an initial, between the comma and
    /// the name, are the speaker's phrase too; a relative ("..., which Mr. Obama championed") is not.
    @Test func aRoleAndItsBodyBeforeANameAfterTheSpeech() throws {
        #expect(try annotate("The plan will fail, Labour leader Keir Starmer said.").quoteSummary.map(\.text) == ["The plan will fail"])
        #expect(try annotate("The plan will fail, Republican presidential nominee Donald Trump said.").quoteSummary.map(\.speaker)
            == ["Donald Trump"])
        #expect(try annotate("The radar found the signal, ISRO chairman S. Somanath told a news conference.").quoteSummary.map(\.text)
            == ["The radar found the signal"])
        #expect(try annotate("It will fail, Acme's chief executive Tim Cook said on Monday.").quoteSummary.map(\.speaker) == ["Tim Cook"])
        #expect(try annotate("They backed the overhaul of the courts, which Mr. Obama championed.").quotes.isEmpty)
    }

    /// "Lee said there is a big gap, when it comes to pay." ended the speech at the comma: "when" after a comma opened a
    /// writer's clause of time. "When it comes to" names the speech's topic and stays in it; "when it rained" does not.
    @Test func whenItComesToStaysInTheSpeech() throws {
        #expect(try annotate("Lee said there is a big gap, when it comes to pay.").quoteSummary.map(\.text) == ["there is a big gap, when it comes to pay"])
        #expect(try annotate("Lee said there remains a “big gap in pay,” when it comes to how many women work there.").quoteSummary.first?.text
            == "there remains a “big gap in pay,” when it comes to how many women work there")
        #expect(try annotate("Lee said the plan failed, when it rained.").quoteSummary.map(\.text) == ["the plan failed"])
    }

    /// "Two city councillors who rarely agree have joined forces to fight a plan." reported "agree" with "have joined
    /// forces ..." as its content: a verb whose subject is the relative pronoun before it, followed by a finite helper,
    /// ends its clause there; the helper is the sentence's own verb.
    @Test func aRelativesOwnVerbBeforeTheSentencesHelperReportsNothing() throws {
        #expect(try annotate("Two city councillors who rarely agree have joined forces to fight a plan.").quotes.isEmpty)
        #expect(try annotate("Critics who say the plan will fail were ignored.").quoteSummary.map(\.text) == ["the plan will fail"])
    }

    /// "The man who police said was armed was arrested." gave the man as speaker of "was armed was arrested": the group
    /// right after "who" is the one who said, "who" being the speech's gapped subject, and the speech ends before the
    /// sentence's own verb.
    @Test func aGroupAfterWhoSaysTheGappedSpeech() throws {
        let doc = try annotate("The man who police said was armed was arrested.")
        #expect(doc.quoteSummary.map(\.speaker) == ["police"])
        #expect(doc.quoteSummary.map(\.text) == ["was armed"])
        #expect(try annotate("The plan that officials said would save money was dropped.").quoteSummary.map(\.text) == ["would save money"])
    }

    /// "Defences failed, a federal report found." and "..., an independent review has found." reported nothing: the
    /// record's phrase stopped at "federal" (a word of the determiner list), leaving its article behind the speech. A
    /// modifier of that list takes the article before it into the record's phrase.
    @Test func aRecordsArticleBeforeAModifierOfTheDeterminerList() throws {
        #expect(try annotate("Defences failed, a federal report found.").quoteSummary.map(\.text) == ["Defences failed"])
        #expect(try annotate("Defences failed because they were old, an independent review has found.").quoteSummary.map(\.text)
            == ["Defences failed because they were old"])
        #expect(try annotate("Defences failed, government figures showed.").quoteSummary.map(\.text) == ["Defences failed"])
    }

    /// "The issue grew after the debate, when Clinton suggested that Trump “doesn't want the people, all of you watching,
    /// to know.”" cut the speech at the comma inside the quotation: a cue inside a clause opened by "when" has content
    /// up to the comma that closes the clause, and the first comma was taken. The comma looked for is now one outside an
    /// open quotation (a closing mark's own comma, "“bold,”", still counts).
    @Test func theCommaClosingAFrontedClauseIsNotInsideAQuotation() throws {
        let doc = try annotate("The issue grew after the debate, when Clinton suggested that Trump “doesn't want the people, all of you watching, to know.”")
        #expect(doc.quoteSummary.map(\.kind) == ["mixed", "partial"])
        #expect(doc.quoteSummary.first?.text == "Trump “doesn't want the people, all of you watching, to know.”")
        #expect(try annotate("While Trump acknowledged using the tax code, he does not defend it.").quoteSummary.first?.text == "using the tax code")
    }

    /// "Lee said the plan was “a start. We need more money.”" cut the speech at its sentence's end, inside the
    /// quotation: an indirect "the plan was “a start" and a stray partial. A quotation opened inside the speech and
    /// closed at a sentence's end in a later sentence carries the speech on to its close; one closed on a comma before
    /// another cue ("...,” she added") does not.
    @Test func aQuotationOpenedInTheSpeechCarriesItIntoTheNextSentence() throws {
        let doc = try annotate("Lee said the plan was “a start. We need more money.”")
        #expect(doc.quoteSummary.map(\.kind) == ["mixed", "partial"])
        #expect(doc.quoteSummary.first?.text == "the plan was “a start. We need more money.”")
        let added = try annotate("Lee said the plan was “a start. We need more money,” she added.")
        #expect(added.quoteSummary.map(\.kind) == ["indirect", "direct"])
    }

    /// "Players must leave the field, according to the rules." and "He is overweight according to his body mass index."
    /// gave the rules and the index as sources that spoke: after "according to", a standard or a measure the claim
    /// follows reports nothing. A body named by such a word's compound still does ("according to the law firm").
    @Test func aStandardAfterAccordingToIsNoSource() throws {
        #expect(try annotate("Players must leave the field, according to the rules.").quotes.isEmpty)
        #expect(try annotate("He is overweight according to his body mass index.").quotes.isEmpty)
        #expect(try annotate("According to the law firm, tenants must be given notice.").quoteSummary.map(\.speaker) == ["law firm"])
    }

    /// "Ham went on to explain how he believes the cuts left generals' hands tied" gave Ham a second quote, "the cuts left
    /// ...", by "believes"; so did "the $18 million he says he raised" and "condemned what she called a “reckless”
    /// decision" (PolNeAR: Ham, Trump, Clinton, Ban Ki-moon, Johnnie Wilson). An attribution inside the content of the
    /// same speaker's earlier one, in a relative or complement clause, is the same utterance told again. One after a
    /// subordinator is another act and stays ("after she told the board ..."), as does another speaker's, and a claim
    /// about what praise or blame acts on.
    @Test func aSpeakersAttributionInsideTheirOwnSpeechIsNotASecondQuote() throws {
        #expect(try annotate("Ham went on to explain how he believes the cuts left generals' hands tied.").quoteSummary.map(\.text)
            == ["how he believes the cuts left generals' hands tied"])
        #expect(try annotate("Trump said he would spend the $18 million he says he raised on ads.").quoteSummary.map(\.text)
            == ["he would spend the $18 million he says he raised on ads"])
        #expect(try annotate("Lee said the school copied a policy which she said had cut absences by a third.").quotes.count == 1)
        let called = try annotate("The mayor condemned what she called a “reckless” decision by the board.")
        #expect(called.quoteSummary.map(\.kind) == ["mixed", "partial"])
        #expect(called.quotes.last?.within == called.quotes.first?.id)
        #expect(try annotate("Lee said the deal collapsed after she told the board the terms were unfair.").quoteSummary.map(\.text)
            == ["the deal collapsed after she told the board the terms were unfair", "the terms were unfair"])
        #expect(try annotate("Lee said Kim told her the plan was dead.").quoteSummary.map(\.speaker) == ["Lee", "Kim"])
        // Praise or blame acts on its object; a claim about it in a relative clause is a claim of its own.
        #expect(try annotate("Carla Nunes praised two harbour staff who she said had saved a life.").quoteSummary.map(\.text)
            == ["two harbour staff who she said had saved a life", "had saved a life"])
    }

    /// "Kim told her the plan was dead" gave the content "her the plan was dead": "her" before a noun is a determiner,
    /// and "the" was taken for that noun. Before an article or another determiner, "her" is the listener.
    @Test func herBeforeAnArticleIsTheListener() throws {
        #expect(try annotate("Kim told her the plan was dead.").quoteSummary.map(\.text) == ["the plan was dead"])
        #expect(try annotate("Kim told her this was the end.").quoteSummary.map(\.text) == ["this was the end"])
        #expect(try annotate("Kim told her staff the plan was dead.").quoteSummary.map(\.text) == ["the plan was dead"])
    }

    /// "SkyLink said the cancellations were caused by illness and apologised to passengers" gave the apology as part of
    /// what was said. After a speech whose subject is a thing, "and" and an act only a person does is the speaker's next
    /// act; after a person or a group, who may have done it, the speech goes on.
    @Test func aPersonsActAfterAThingsSpeechIsTheSpeakers() throws {
        #expect(try annotate("SkyLink said the flights were cancelled because of illness and apologised to passengers.").quoteSummary.map(\.text)
            == ["the flights were cancelled because of illness"])
        #expect(try annotate("The firm said sales fell and thanked its staff.").quoteSummary.map(\.text) == ["sales fell"])
        #expect(try annotate("Lee said the plan was a mistake and resigned.").quoteSummary.map(\.text) == ["the plan was a mistake"])
        #expect(try annotate("Lee said residents were frightened and wept.").quoteSummary.map(\.text) == ["residents were frightened and wept"])
        #expect(try annotate("Lee said she was tired and smiled.").quoteSummary.map(\.text) == ["she was tired and smiled"])
    }

    /// "Cars will be banned from the centre, the council announced on Wednesday, in one of the boldest schemes yet" gave
    /// "in one of the boldest schemes yet" as what was announced: after an attribution set off by commas, with its time,
    /// what follows its closing comma is the writer's; the speech is before. A clause there still goes on with it.
    @Test func afterAnAttributionSetOffByCommasWithItsTimeTheSpeechIsBefore() throws {
        #expect(try annotate("Cars will be banned from the centre, the council announced on Wednesday, in one of the boldest schemes yet.")
            .quoteSummary.map(\.text) == ["Cars will be banned from the centre"])
        #expect(try annotate("The new line, the council announced on Monday, will open in May.").quoteSummary.map(\.text)
            == ["The new line", "will open in May"])
        #expect(try annotate("African-Americans, he said, can “rock like Jimi.”").quoteSummary.first?.text == "can “rock like Jimi.”")
        #expect(try annotate("Lee said on Monday, the company will close.").quoteSummary.map(\.text) == ["the company will close"])
    }

    /// "Farmers are warning of the worst harvest in a decade" gave "the worst harvest": "in a" read as a venue ("in a
    /// statement"). After a superlative, the span it is measured over belongs to the phrase.
    @Test func theSpanASuperlativeIsMeasuredOverStaysInTheObject() throws {
        #expect(try annotate("Farmers are warning of the worst harvest in a decade.").quoteSummary.map(\.text) == ["the worst harvest in a decade"])
        #expect(try annotate("The firm praised the best results in its history.").quoteSummary.map(\.text) == ["the best results in its history"])
        #expect(try annotate("Lee criticized the plan in a statement.").quoteSummary.map(\.text) == ["the plan"])
    }

    /// "Fans had called for his departure for weeks" gave "his departure for weeks": how long something was said, closing
    /// an object, is not what was said. A counted length may be what was asked ("a ceasefire for 30 days"), and a length
    /// of a verb inside the object is its own ("of ignoring warnings for years").
    @Test func howLongItWasSaidIsNotTheObject() throws {
        #expect(try annotate("Fans had called for his departure for weeks.").quoteSummary.map(\.text) == ["his departure"])
        #expect(try annotate("Unions have demanded higher pay for the past two years.").quoteSummary.map(\.text) == ["higher pay"])
        #expect(try annotate("Lee called for a ceasefire for 30 days.").quoteSummary.map(\.text) == ["a ceasefire for 30 days"])
        #expect(try annotate("The union accused ministers of ignoring warnings for years.").quoteSummary.map(\.text)
            == ["ministers of ignoring warnings for years"])
    }

    /// "She pointed to a speech in which, she said, Delgado had called for cuts" gave "She pointed to a speech in which"
    /// as what she said, and "a speech in which" as what she pointed to. An attribution right after a relative word
    /// speaks the relative clause, not what stands before it; and the relative word left before another attribution's
    /// comma is no part of the object.
    @Test func anAttributionAfterARelativeWordSpeaksItsClause() throws {
        let doc = try annotate("She pointed to a speech in which, she said, Delgado had called for cuts.")
        #expect(!doc.quoteSummary.contains { $0.text.hasPrefix("She pointed") })
        #expect(doc.quoteSummary.first?.text == "a speech")
        #expect(try annotate("He cited a report which, he said, showed the plan had failed.").quoteSummary.map(\.text)
            == ["a report", "showed the plan had failed"])
    }

    /// "He said his government would not sign a deal that kept what he called “a wall”" gave the name to "deal": the
    /// relative clause's noun was taken for the subject of every verb in it. A free relative inside the clause, or a
    /// pronoun right before the cue, is the cue's own subject.
    @Test func aFreeRelativeInsideARelativeClauseBringsItsOwnSubject() throws {
        let doc = try annotate("Richard Hale accused them. He said his government would not sign a deal that kept what he called “a wall.”")
        #expect(doc.quoteSummary.last?.kind == "partial")
        #expect(doc.quoteSummary.last?.speaker == "Richard Hale")
        #expect(try annotate("Firms that joined the trial said profits rose.").quoteSummary.map(\.speaker) == ["Firms"])
        // Regression (fuzz): a relative clause of one word before the cue made an empty range the wrong way round, a trap.
        #expect(try annotate("Firms that joined said profits rose.").quoteSummary.map(\.speaker) == ["Firms"])
    }

    /// "A series of offensive posts he wrote a decade ago resurfaced online" gave "he" the speech "a decade ago resurfaced
    /// online": a clause with no relative pronoun right after its noun has its object in that noun. Past a time, the
    /// predicate left is the sentence's own, or a reporting verb with speech of its own.
    @Test func aVerbWhoseObjectIsTheNounBeforeItsClauseReportsNothing() throws {
        #expect(try annotate("A series of offensive posts he wrote a decade ago resurfaced online.").quotes.isEmpty)
        #expect(try annotate("The letter she wrote last week was leaked.").quotes.isEmpty)
        #expect(try annotate("The plan he said would save money was dropped.").quoteSummary.map(\.text) == ["would save money"])
        #expect(try annotate("Lee said he wrote the letter last week.").quoteSummary.map(\.text) == ["he wrote the letter last week"])
    }

    /// "He nominated an ally, a choice critics say threatens the court" reported nothing: a speech whose subject a
    /// relative clause gaps was read only when it opened on a finite helper ("a choice critics say will hurt the court").
    /// A present verb opens it too, and the sentence's own verb after it ends it.
    @Test func aGappedSpeechMayOpenOnAPresentVerb() throws {
        #expect(try annotate("He nominated an ally, a choice critics say threatens the court.").quoteSummary.map(\.text) == ["threatens the court"])
        #expect(try annotate("A plan experts say threatens jobs was approved.").quoteSummary.map(\.text) == ["threatens jobs"])
        #expect(try annotate("Officials say prices rose.").quoteSummary.map(\.text) == ["prices rose"])
    }

    /// "“We've had enough,” said one of the organisers, a lorry driver." gave the quotation to no one, and the next one
    /// to the police named before: "one of the ..." was read as the speaker only when the sentence ended after it. A
    /// description after its comma closes it too, and a possessive may stand for "the" ("one of its organisers").
    @Test func oneOfThemWithADescriptionSpeaks() throws {
        #expect(try annotate("“We've had enough,” said one of the organisers, a lorry driver.").quoteSummary.map(\.speaker) == ["one of the organisers"])
        #expect(try annotate("“We've had enough,” said one of its organisers.").quoteSummary.map(\.speaker) == ["one of its organisers"])
        #expect(try annotate("“We've had enough,” said one of the organisers, Tom Hale.").quoteSummary.map(\.speaker) == ["Tom Hale"])
    }

    /// "A spokesman added that the government understood “the pressures families are under.”" gave the government a direct
    /// quote of words it never said. A quotation after a verb of knowing or thinking inside another speaker's mixed quote
    /// is that speaker's wording: a partial quote of theirs, within the mixed quote. Words told to someone stay the teller's.
    @Test func aQuotedThoughtInsideAnotherSpeechIsTheReportersWording() throws {
        let doc = try annotate("A spokesman added that the government understood “the pressures families are under.”")
        #expect(doc.quoteSummary.map(\.kind) == ["mixed", "partial"])
        #expect(doc.quoteSummary.map(\.speaker) == ["spokesman", "spokesman"])
        #expect(doc.quotes.last?.within == doc.quotes.first?.id)
        let told = try annotate("Lee said the minister told her “the plan will work.”")
        #expect(told.quoteSummary.map(\.kind) == ["mixed", "direct"])
        #expect(told.quoteSummary.last?.speaker == "minister")
    }

    /// "Nobody said the plan would fail" and "Everyone said ..." made people named "Nobody" and "Everyone": a pronoun for no
    /// one or anyone, capitalised to open the sentence, was read as a name. It is a description, as "No one" is.
    @Test func aPronounForNoOneOpeningASentenceIsNoName() throws {
        let doc = try annotate("Nobody said the plan would fail. Everyone said it would work.")
        #expect(doc.quotes.map { $0.speaker?.resolution } == [.description, .description])
        #expect(doc.entities.allSatisfy { $0.kind != .person })
    }

    /// "The plan, which, officials said, cost millions, was dropped" gave the speech "cost millions, was dropped": an
    /// attribution set between commas right after "which" speaks the relative clause, whose gapped subject "which" is,
    /// up to the comma before the sentence's own verb. On the sentence's last noun the clause runs on.
    @Test func anAttributionBetweenCommasAfterWhichSpeaksTheRelativeClause() throws {
        #expect(try annotate("The plan, which, officials said, cost millions, was dropped.").quoteSummary.map(\.text) == ["cost millions"])
        #expect(try annotate("The park is near the stadium, which, Tompkins said, is usually full of activities, including bounce houses.")
            .quoteSummary.map(\.text) == ["is usually full of activities, including bounce houses"])
    }

    /// "If the plan rejected single mothers, families would suffer" reported the plan rejecting them, and "If someone
    /// wanted to re-record a chapter, ..." someone wanting it: a condition tells what would follow if it happened, and
    /// reports nothing that was said. A speech that holds a condition still reports it.
    @Test func aConditionReportsNothing() throws {
        #expect(try annotate("If the plan rejected single mothers, families would suffer.").quotes.isEmpty)
        #expect(try annotate("If they really believed the plan would fail, they would have stopped it.").quotes.isEmpty)
        #expect(try annotate("Lee said that if the board rejects the deal, the firm will close.").quoteSummary.map(\.text)
            == ["if the board rejects the deal, the firm will close"])
    }

    /// "Lee noted that Trump — even as aides say it works — has done little" reported nothing, and "said the mayor, even as
    /// she left, was happy" nothing: the content stopped at the aside, leaving a subject with no verb. An aside of the writer's
    /// kind ("even as", "although") or a name's appositive, set between commas or dashes after the subject and followed by its
    /// verb, belongs to the content; the speech inside it is still a quote of its own.
    @Test func anAsideBeforeTheContentsVerbStaysInIt() throws {
        #expect(try annotate("Kay noted that Moss — even as aides say his plan works — has done little.").quoteSummary.map(\.text)
            == ["Moss — even as aides say his plan works — has done little", "his plan works"])
        #expect(try annotate("Kay said the mayor, even as she left, was happy.").quoteSummary.map(\.text)
            == ["the mayor, even as she left, was happy"])
        #expect(try annotate("The paper reports that Hale Foods, the firm that owns the mill, has filed a notice.").quoteSummary.map(\.text)
            == ["Hale Foods, the firm that owns the mill, has filed a notice"])
    }

    /// "failing to say that the drivers’ deal was only “temporary,” meaning it could end in May" kept the writer's ", meaning
    /// ..." in the speech: the plural possessive's apostrophe was counted as a quotation mark, so the comma inside
    /// "“temporary,”" looked like one inside an open quotation. With no quotation open, such an apostrophe opens none.
    @Test func aPluralPossessiveOpensNoQuotationForTheContentsEnd() throws {
        #expect(try annotate("Unions criticised the board for failing to say that the drivers’ deal was only “temporary,” meaning it could end in May.")
            .quoteSummary.first?.text == "the board for failing to say that the drivers’ deal was only “temporary,”")
        #expect(try annotate("Kay said the miners’ union called the offer “an insult,” and walked out.").quoteSummary.first?.text
            == "the miners’ union called the offer “an insult,”")
    }

    /// "The town's fire chief praised crews' work at a blaze in which two homes burned, saying they had been “fearless.”"
    /// gave the participle to "two homes": a possessive in the earlier cue's subject was read as making its verb a noun
    /// ("Burma's bipartisan appeal"). A subject ending on a speaker's noun is still the participle's.
    @Test func aPossessiveSubjectEndingOnASpeakerKeepsTheParticiple() throws {
        let summary = try annotate("The town's fire chief praised crews' work at a blaze in which two homes burned, saying they had been \"fearless.\"")
            .quoteSummary
        #expect(summary.map(\.speaker) == ["town's fire chief", "town's fire chief", "town's fire chief"])
        #expect(summary.map(\.text) == ["crews' work", "they had been \"fearless.\"", "\"fearless.\""])
    }

    /// "Fares will keep rising, as the transport board warned on Monday." reported nothing: an attribution after "as" that
    /// closes the sentence reports the clause before its comma (the last one, when commas part clauses), with a quotation
    /// in it a mixed quote. Not after a denial: "He served 144 days — not 49, as Moss has claimed" is no claim of 144 days.
    @Test func aTrailingAsAttributionReportsTheClauseBeforeIt() throws {
        let fares = try annotate("Fares will keep rising, as the transport board warned on Monday.").quoteSummary
        #expect(fares.map(\.text) == ["Fares will keep rising"])
        #expect(fares.map(\.speaker) == ["transport board"])
        #expect(try annotate("Most buyers must show income, but the main test is a \"lawful source of funds,\" as one memo put it.")
            .quoteSummary.map(\.text) == ["the main test is a \"lawful source of funds,\"", "\"lawful source of funds,\""])
        #expect(try annotate("He served 144 days — not 49, as Moss has claimed.").quotes.isEmpty)
    }

    /// "The retailer Sainsbury's said it would close ten stores." reported nothing: after a name in "'s" inside the sentence
    /// "said" was read as a noun, as "report" is in "The council's report estimates". A form of "say" or "tell" there is
    /// the business's verb.
    @Test func aSayFormAfterADescribedNameInApostropheSIsAVerb() throws {
        #expect(try annotate("The retailer Harwood's said it would close ten stores.").quoteSummary.map(\.text)
            == ["it would close ten stores"])
        #expect(try annotate("The chain Petrie's says it will hire 500 staff.").quoteSummary.map(\.text) == ["it will hire 500 staff"])
        #expect(try annotate("The council's report estimates costs will rise.").quoteSummary.map(\.speaker) == ["council's report"])
    }

    /// "Birch added that the cuts would be reviewed in March, as the company had promised the council." gave the company
    /// "Birch added that ...": a trailing "as" attribution after a clause that reports speech reports that speech.
    @Test func aTrailingAsAttributionAfterReportedSpeechReportsThatSpeech() throws {
        let summary = try annotate("Alan Birch added that the cuts would be reviewed in March, as the company had promised the council.")
            .quoteSummary
        #expect(summary.map(\.text) == ["the cuts would be reviewed in March", "the cuts would be reviewed in March"])
        #expect(summary.map(\.speaker) == ["Alan Birch", "company"])
    }

    /// "She said the government had “no more money to give,” a position the union described as “fantasy.”" gave the union
    /// her sentence and her the union's word: with the comma inside the closing mark, "a position" was read as a
    /// descriptor of the union, and the writer's note stayed in her speech. The note after a closing mark ends the speech,
    /// and the union's word in it is the union's.
    @Test func aWritersNoteAfterAClosingMarkEndsTheSpeech() throws {
        let summary = try annotate("Lowe said the government had “no more money to give,” a position the union described as “fantasy.”")
            .quoteSummary
        #expect(summary.map(\.text) == ["the government had “no more money to give,”", "“no more money to give,”", "“fantasy.”"])
        #expect(summary.map(\.speaker) == ["Lowe", "Lowe", "union"])
        #expect(try annotate("“We lost,” a club spokesman said.").quoteSummary.map(\.speaker) == ["club spokesman"])
    }

    /// In a transcript whose questions are labelled too ("Herald: ... ¶ Osei: Reading. Too many ..."), the question-then-answer
    /// reading gave the answers again, label and all ("Osei: Reading. ..."), and an answer opening with a one-word sentence
    /// lost its label's reading (only the label's sentence was counted for three words). The label's paragraph counts, and
    /// an answer that opens with its speaker's label is that label's alone.
    @Test func aLabelledTranscriptGivesEachAnswerOnceWithoutItsLabel() throws {
        let text = "Q&A: the new schools chief\n\nDr. Amara Osei took over as the city's schools superintendent this month. She spoke to the Herald about budgets, teachers and phones.\n\nHerald: What is your first priority?\n\nOsei: Reading. Too many of our children leave primary school unable to read well. That has to change.\n\nHerald: Teachers say they are exhausted. What will you do for them?\n\nOsei: I hear them. We will cut paperwork by a third this year, and I have asked the board for money to hire more classroom assistants.\n\nHerald: Will you ban phones?\n\nOsei: Yes, in classrooms. Not in schools altogether \u{2014} parents want to reach their children.\n\nThe board's chairman, Victor Lam, said he backed her \"completely.\" Some teachers are less sure. \"We've heard promises before,\" said one, who did not want to be named."
        let answers = try annotate(text).quoteSummary.filter { $0.speaker == "Amara Osei" }.map(\.text)
        #expect(answers.count == 3)
        #expect(answers.first == "Reading. Too many of our children leave primary school unable to read well. That has to change.")
        #expect(!answers.contains { $0.hasPrefix("Osei:") })
    }

    /// "“We've heard promises before,” said one, who did not want to be named." gave the quotation to no one, and in an
    /// article to the last person named: the lone "one" before a relative clause about it is the speaker, one of the
    /// people just named.
    @Test func aLoneOneBeforeARelativeClauseSpeaks() throws {
        #expect(try annotate("Lam backed her. Some teachers are less sure. “We've heard promises before,” said one, who did not want to be named.")
            .quoteSummary.map(\.speaker) == ["one of some teachers"])
    }

    /// "Mary Doyle's son, Kevin, said ... Kevin Doyle said ..." made two people, "Kevin" and "Kevin Doyle": a person the
    /// story calls by the first name alone before naming anyone with it in full is the first person it then names so, as
    /// a person first called by the surname is. Not when someone already has that first name in full.
    @Test func aPersonFirstCalledByTheFirstNameGrowsIntoTheFullName() throws {
        let doc = try annotate("Mary Doyle's son, Kevin, said his mother had been ignored. Kevin Doyle said that was no excuse.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Kevin Doyle", "Kevin Doyle"])
        #expect(doc.entities.filter { $0.name.hasPrefix("Kevin") }.map(\.name) == ["Kevin Doyle"])
        let two = try annotate("Kevin Moss said the plan was late. His son, Kevin, said it was fine. Kevin Doyle said it was not.")
        #expect(two.quoteSummary.map(\.speaker) == ["Kevin Moss", "Kevin Moss", "Kevin Doyle"])
    }

    /// "He was taken to hospital, a spokesman for the Coastguard Agency said." reported nothing: the body speaks, and the
    /// words before it, "a spokesman for", hid the comma that closes what it reports. They belong to the speaker's phrase.
    @Test func aTrailingSpokesmanForABodyReportsTheClauseBefore() throws {
        let summary = try annotate("He was taken to hospital, a spokesman for the Coastguard Agency said.").quoteSummary
        #expect(summary.map(\.text) == ["He was taken to hospital"])
        #expect(summary.map(\.speaker) == ["Coastguard Agency"])
    }

    /// "He was taken to hospital, a spokesman for the Maritime and Coastguard Agency said." reported nothing: the speaker
    /// found was the name's part after "and", and the words before it hid the comma. The name's words before it and their
    /// "the" come first (only after "the": "for Marks and Spencer" would give "Spencer" alone, so it stays unread).
    @Test func aTrailingSpokesmanForABodyNamedWithAndReportsTheClauseBefore() throws {
        let summary = try annotate("He was taken to hospital, a spokesman for the Maritime and Coastguard Agency said.").quoteSummary
        #expect(summary.map(\.text) == ["He was taken to hospital"])
        #expect(summary.map(\.speaker) == ["Maritime and Coastguard Agency"])
        #expect(try annotate("He was taken to hospital, a spokeswoman for Marks and Spencer said.").quotes.isEmpty)
    }

    /// "A spokesman for the teachers' union said the offer was too low." reported nothing: the subject of a clause was
    /// read back to the apostrophe, which is a plural possessive's and no quotation mark.
    @Test func aSpokespersonForABodyWithAPluralPossessive() throws {
        let plain = try annotate("A spokesman for the teachers' union said the offer was too low.").quoteSummary
        #expect(plain.map(\.text) == ["the offer was too low"])
        #expect(plain.map(\.speaker) == ["spokesman for the teachers' union"])
        let curly = try annotate("A spokeswoman for the nurses’ union called the offer “an insult.”").quoteSummary
        #expect(curly.map(\.kind) == ["mixed", "partial"])
        #expect(curly.map(\.speaker) == ["spokeswoman for the nurses’ union", "spokeswoman for the nurses’ union"])
    }

    /// "Unions were less impressed: a spokesman for the union called the decision “a missed chance.”" left the partial
    /// quote with no speaker (and a document gave it the last one quoted): after a colon or a semicolon a new clause
    /// opens, and its subject speaks.
    @Test func aSubjectOpensAClauseAfterAColonOrASemicolon() throws {
        for mark in [":", ";"] {
            let summary = try annotate("Unions were less impressed\(mark) a spokesman for the union called the decision “a missed chance.”").quoteSummary
            #expect(summary.map(\.kind) == ["mixed", "partial"], "\(mark)")
            #expect(summary.map(\.speaker) == ["spokesman for the union", "spokesman for the union"], "\(mark)")
        }
        let said = try annotate("The vote was close: a spokesman for the council said the result stood.").quoteSummary
        #expect(said.map(\.text) == ["the result stood"])
        #expect(said.map(\.speaker) == ["spokesman for the council"])
    }

    /// "“Range anxiety is real,” said Voltary's co-founder, Lena Hoffmann." gave "Voltary": a title with "co-", "vice-" or
    /// "ex-" before it was no title, so the possessive name was read as the speaker, not the role's holder after it.
    @Test func aTitleWithAHyphenatedPrefixIsATitle() throws {
        for role in ["co-founder", "vice-president", "ex-chairman"] {
            let doc = try annotate("“Range anxiety is real,” said Voltary's \(role), Lena Hoffmann.")
            #expect(doc.quoteSummary.map(\.speaker) == ["Lena Hoffmann"], "\(role)")
        }
        // Their plurals are people who speak together, as a title's plural is.
        let plural = try annotate("The co-founders said the firm would stay independent.")
        #expect(plural.quoteSummary.map(\.speaker) == ["co-founders"])
    }

    /// "Eleanor Vance ... Her daughter, Clare Vance, confirmed the death. Ms. Vance often said ..." gave the daughter the
    /// words: a surname with a title took the latest person of its gender before the rule that a relative introduced
    /// through the person is not the one the surname alone means. The title's gender only narrows that rule's people.
    @Test func aTitledSurnameIsNotTheRelativeIntroducedThroughThePerson() throws {
        let text = "Eleanor Vance, an architect, died on Saturday. Her daughter, Clare Vance, confirmed the death. " +
            "Ms. Vance often said that she had been underestimated."
        #expect(try annotate(text).quoteSummary.map(\.speaker) == ["Eleanor Vance"])
        // The title's gender still picks the one person of that gender.
        let son = "Eleanor Vance, an architect, died on Saturday. Her son, Peter Vance, confirmed the death. " +
            "Mr. Vance said that she had never retired."
        #expect(try annotate(son).quoteSummary.map(\.speaker) == ["Peter Vance"])
    }

    /// An obituary's "Eleanor Margaret Vance was born in 1935" made a second entity beside "Eleanor Vance", and the
    /// "Ms. Vance" after it went to the new one: a person's name with a middle name is the person named without it, as
    /// with a middle initial.
    @Test func aMiddleNameJoinsThePersonNamedWithoutIt() throws {
        let text = "Eleanor Vance, an architect, died on Saturday. Eleanor Margaret Vance was born in 1935 in Glasgow. " +
            "“The roof didn't leak,” Ms. Vance said."
        let doc = try annotate(text)
        #expect(doc.entities.filter { $0.name.hasPrefix("Eleanor") }.map(\.name) == ["Eleanor Vance"])
        #expect(doc.entities.first { $0.name == "Eleanor Vance" }?.mentions.count == 3)
        #expect(doc.quoteSummary.map(\.speaker) == ["Eleanor Vance"])
    }

    /// "Asked in a 2019 interview what she hoped people would remember, Ms. Vance laughed." reported "people would
    /// remember, Ms. Vance laughed" as her hope: the question put opens "Asked" and a preposition of place or time, an
    /// adverb of repetition, or the question's own word, and reports no one's words.
    @Test func aQuestionPutWithAPlaceOrTimeAfterAsked() throws {
        for opening in ["Asked in a 2019 interview", "Asked at a news conference", "Asked during the hearing", "Asked again", "Asked later"] {
            let text = "Ms. Vance retired in 2001. \(opening) what she hoped people would remember, Ms. Vance laughed."
            #expect(try annotate(text).quotes.isEmpty, "\(opening)")
        }
        // The answer after the question still reports.
        let answer = try annotate("Ms. Vance retired in 2001. Asked in an interview whether she missed work, she said she did not.")
        #expect(answer.quoteSummary.map(\.text) == ["she did not"])
    }

    /// "Here is what Smith said: “We will win.”" gave the quotation to "Here": "what Smith said" with nothing after "said"
    /// is the speech itself, but a colon and a quotation after it are that speech, and Smith speaks.
    @Test func whatSomeoneSaidBeforeAColonAndAQuotation() throws {
        let doc = try annotate("Here is what Smith said: “We will win.”")
        #expect(doc.quoteSummary.map(\.speaker) == ["Smith"])
        #expect(doc.quoteSummary.map(\.kind) == ["direct"])
        // ("That was what Liz Wahl said.": still no report without a quotation.)
        #expect(try annotate("That was what Liz Wahl said. She left.").quotes.isEmpty)
    }

    /// "The lender said profits rose. It said it would hire." dropped the second report: "lender", "carmaker", "startup"
    /// and the other nouns of a business were no organisation's nouns, so "it" had no body to speak for.
    @Test func aBusinessNounIsABodyThatItMayStandFor() throws {
        for noun in ["lender", "carmaker", "startup", "retailer", "insurer", "tech giant"] {
            let doc = try annotate("The \(noun) said profits rose. It said it would hire 200 people.")
            #expect(doc.quoteSummary.map(\.text) == ["profits rose", "it would hire 200 people"], "\(noun)")
            #expect(doc.quoteSummary.map(\.speaker) == [noun, noun], "\(noun)")
        }
    }

    /// "A California startup unveiled a battery cell that it says can charge a car in ten minutes." reported nothing: an
    /// "it" after a relative "that" or "which" spoke only for a body named before. In a relative clause on a noun, with
    /// a body for the sentence's subject, that body speaks.
    @Test func itInARelativeClauseSpeaksForTheBodyOpeningTheSentence() throws {
        let startup = try annotate("A California startup on Tuesday unveiled a battery cell that it says can charge a car in ten minutes.")
        #expect(startup.quoteSummary.map(\.text) == ["can charge a car in ten minutes"])
        #expect(startup.quoteSummary.map(\.speaker) == ["California startup"])
        let named = try annotate("Voltary unveiled a cell which it said could charge a car in ten minutes.")
        #expect(named.quoteSummary.map(\.speaker) == ["Voltary"])
        // (Not a person, whom "it" never names.)
        #expect(try annotate("Ruth Ames unveiled a cell that it says can charge a car.").quotes.isEmpty)
    }

    /// "Startup unveils battery it says can charge a car in ten minutes" over its story gave the lead's "it says" to
    /// "minutes", read as a text (the minutes of a meeting): a text noun after a count is a quantity of units, which "it"
    /// never stands for.
    @Test func aTextNounAfterACountIsNoTextThatSpeaks() throws {
        let text = "Startup unveils battery it says can charge a car in ten minutes\n\n" +
            "A California startup on Tuesday unveiled a battery cell that it says can charge an electric car in 12 minutes."
        #expect(try annotate(text).quoteSummary.map(\.speaker) == ["California startup"])
        // (A text named alone still speaks: "The council sent a letter on Thursday. It says ...".)
        let letter = try annotate("The council sent a letter on Thursday. It says the road will close.")
        #expect(letter.quoteSummary.map(\.speaker) == ["letter"])
    }

    /// "A man whose car was stolen said the police never came." reported nothing, and "one woman whose home in Tewkesbury
    /// was flooded last week wrote: “...”" had no speaker: a relative clause with "whose" stands between the subject and
    /// its verb as one with "who" does; the phrase before it speaks ("Residents who live near the pier said" gives
    /// "Residents").
    @Test func aWhoseClauseBetweenTheSubjectAndTheCue() throws {
        let man = try annotate("A man whose car was stolen said the police never came.").quoteSummary
        #expect(man.map(\.text) == ["the police never came"])
        #expect(man.map(\.speaker) == ["man"])
        let residents = try annotate("Residents whose homes were flooded last winter say the river defences failed.").quoteSummary
        #expect(residents.map(\.speaker) == ["Residents"])
        let woman = try annotate("Posting on Facebook, one woman whose home in Tewkesbury was flooded last week wrote: “We didn't choose this.”")
        #expect(woman.quoteSummary.map(\.speaker) == ["one woman"])
    }

    /// "Their barrister, Catherine de la Cruz, argued that ..." gave "Their barrister", and "Catherine de la Cruz said"
    /// gave "Cruz": "la" was no name particle, so the name stopped at it.
    @Test func aNameWithDeLa() throws {
        let plain = try annotate("Catherine de la Cruz said the assessment was flawed.")
        #expect(plain.quoteSummary.map(\.speaker) == ["Catherine de la Cruz"])
        let appositive = try annotate("Their barrister, Catherine de la Cruz, argued that the assessment was flawed.")
        #expect(appositive.quoteSummary.map(\.speaker) == ["Catherine de la Cruz"])
    }

    /// "Judge Marcus van der Berg heard the case. Van der Berg said ..." made "Van der Berg" a person of its own: a short
    /// form of three words or more joined no longer name. A surname with its particles is one short form.
    @Test func aSurnameWithParticlesIsAShortForm() throws {
        let doc = try annotate("Judge Marcus van der Berg heard the case. Van der Berg said he would rule next month.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Marcus van der Berg"])
        #expect(doc.entities.filter { $0.kind == .person }.map(\.name) == ["Marcus van der Berg"])
    }

    /// "Neither the union nor the company would comment on the talks." gave the company a report, not negated: a subject
    /// after "nor" is as negative as one after "neither".
    @Test func aSubjectAfterNorIsNegative() throws {
        let doc = try annotate("Neither the union nor the company would comment on the talks.")
        #expect(doc.quotes.allSatisfy { $0.cue?.negated == true })
        #expect(try annotate("The union and the company would comment on the talks later.").quotes.allSatisfy { $0.cue?.negated != true })
    }

    /// "She studied at the Glasgow School of Art, where, she later recalled, a tutor told her to go home." gave her the
    /// clause before "where": a relative "where" set off by commas just before the speaker opens the clause she speaks,
    /// as "when" does.
    @Test func anAttributionAfterWhereSetOffByCommas() throws {
        let doc = try annotate("She studied at the Glasgow School of Art, where, she later recalled, the winters were bitterly cold.")
        #expect(doc.quoteSummary.map(\.text) == ["the winters were bitterly cold"])
        // (A report inside the clause is its own, as after "in which, she said,"; the clause before "where" is still no speech.)
        let tutor = try annotate("She studied at the Glasgow School of Art, where, she later recalled, a tutor told her to go home.")
        #expect(tutor.quoteSummary.map(\.text) == ["her to go home"])
    }

    /// "Lee and Park met on Friday. Both said the talks were good." gave the speaker "Both": "both" alone stands for the
    /// two the sentence before has for its plural subject, as "they" does.
    @Test func bothAloneStandsForThePluralSubjectBefore() throws {
        let names = try annotate("Ruth Ames and Tom Baxter met on Friday. Both said the talks were good.")
        #expect(names.quoteSummary.map(\.speaker) == ["Ruth Ames and Tom Baxter"])
        let leaders = try annotate("The two leaders met in Rome on Friday. Both said the talks had been frank.")
        #expect(leaders.quoteSummary.map(\.speaker) == ["two leaders"])
        // (With no plural subject before, "Both" stays the description it was.)
        #expect(try annotate("Both said the talks were good.").quoteSummary.map(\.speaker) == ["Both"])
    }

    /// "The prime ministers of Italy and Greece pledged to work together, after talks in Rome that both described as “frank
    /// and friendly.”" gave the partial the cue "pledge": "both" right after a relative "that" was skipped as the adverb of
    /// "they both said", so the clause had no subject. There it is the subject, and stands for the sentence's plural one.
    @Test func bothAfterARelativeThatIsTheSubject() throws {
        let doc = try annotate("The prime ministers of Italy and Greece pledged to work together, after talks in Rome that both described as “frank and friendly.”")
        let partial = doc.quoteSummary.filter { $0.kind == "partial" }
        #expect(partial.map(\.speaker) == ["prime ministers of Italy and Greece"])
        #expect(doc.quotes.filter { $0.kind == .partial }.map { $0.cue?.lemma } == ["describe"])
        // ("they both said" keeps "both" as the adverb it is.)
        #expect(try annotate("Lee and Park met. They both said the talks were good.").quoteSummary.map(\.text) == ["the talks were good"])
    }

    /// "A former aide to the ex-mayor of Carlsbridge told a court ...", "A spokesman for the mayor of Leeds said" and
    /// "A lawyer for the family of Ruth Ames said" gave the words to the place or the person at the end of the phrase. A
    /// role after "to" or "for" is still the object of the person noun before it, who speaks with the whole phrase; a
    /// lawyer acts for a client as lawyers do, and speaks as themselves.
    @Test func aPersonBeforeARoleOfAPlaceSpeaks() throws {
        let aide = try annotate("A former aide to the ex-mayor of Carlsbridge told a court that she had deleted the emails.")
        #expect(aide.quoteSummary.map(\.speaker) == ["former aide to the ex-mayor of Carlsbridge"])
        let spokesman = try annotate("A spokesman for the mayor of Leeds said the bridge would reopen.")
        #expect(spokesman.quoteSummary.map(\.speaker) == ["spokesman for the mayor of Leeds"])
        let lawyer = try annotate("A lawyer for the family of Ruth Ames said the verdict was unjust.")
        #expect(lawyer.quoteSummary.map(\.speaker) == ["lawyer for the family of Ruth Ames"])
        #expect(try annotate("A lawyer for Ruth Ames said the verdict was unjust.").quoteSummary.map(\.speaker) == ["lawyer for Ruth Ames"])
        // (A spokesman still gives the organisation's words, and the mayor of a place is one role.)
        #expect(try annotate("A spokesman for Ferrand Motors said the plant would stay open.").quoteSummary.map(\.speaker) == ["Ferrand Motors"])
        #expect(try annotate("The mayor of Leeds said the bridge would reopen.").quoteSummary.map(\.speaker) == ["mayor of Leeds"])
    }

    /// "Detectives investigating an armed robbery at a jewellery shop in Harrogate on Thursday have appealed for witnesses,
    /// saying ..." gave both reports to Harrogate: "armed" after its article was read as the participle that governs the
    /// chain of places. A participle's form after an article is an adjective, and the chain goes on to "investigating".
    @Test func aParticiplesFormAfterAnArticleIsAnAdjective() throws {
        let doc = try annotate("Detectives investigating an armed robbery at a jewellery shop in Harrogate on Thursday have appealed for witnesses, saying the raid was planned.")
        #expect(doc.quoteSummary.last?.speaker == "Detectives investigating an armed robbery at a jewellery shop in Harrogate")
        #expect(try annotate("Doctors treating the injured workers at a clinic in Leeds said the fumes were toxic.").quoteSummary.map(\.speaker)
            == ["Doctors treating the injured workers at a clinic in Leeds"])
        // (The chain back from a place stops at a question's word: "wondered" is the sentence's verb, and "respond" has no
        // speaker, so the question stays Howitt's.)
        let question = try annotate("Howitt wondered whether the cells in the intestines might respond to the bacteria in the gut.")
        #expect(question.quoteSummary.map(\.speaker) == ["Howitt"])
    }

    /// "Three men entered the shop shortly after 10 a.m., threatened staff with a hammer and escaped with watches, police
    /// said." gave a threat to "staff", who were threatened, and made its content the clause before. A verb after a comma
    /// whose phrase goes on to "and" and another verb is one of a series of the subject's acts, not an inverted cue.
    @Test func aVerbInASeriesOfActsIsNoInvertedCue() throws {
        let doc = try annotate("Three men entered the shop, threatened staff with a hammer and escaped with watches, police said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["police"])
        // (An inverted cue still reads: "..., warned Ruth Ames on Tuesday.")
        #expect(try annotate("The plan would fail, warned Ruth Ames on Tuesday.").quoteSummary.map(\.speaker) == ["Ruth Ames"])
        #expect(try annotate("The plan would fail, said Ruth Ames and Tom Lee.").quoteSummary.map(\.speaker) == ["Ruth Ames and Tom Lee"])
    }

    /// "A year after the school banned phones, teachers say pupils are calmer, more focused and talking again." gave the
    /// teachers the clause before the cue and the words after the second comma, as if "teachers say pupils are calmer"
    /// stood between commas like "she said". A clause of its own after the verb, with a helper or a copula, is the speech.
    @Test func aClauseAfterTheCueIsNoParentheticalCircumstance() throws {
        let doc = try annotate("A year after the school banned phones, teachers say pupils are calmer, more focused and talking again.")
        #expect(doc.quoteSummary.map(\.text) == ["pupils are calmer, more focused and talking again"])
        // (A circumstance still stands between the commas: "Too often, Clarke said in a speech, the debate is shallow.")
        let aside = try annotate("Too often, Clarke said in a speech, the debate is shallow.")
        #expect(aside.quoteSummary.map(\.text) == ["Too often", "the debate is shallow"])
    }

    /// "He said under oath that managers had ordered him to stop" took "under oath that" into the speech: "under",
    /// "over", "through" and "via" open a circumstance between the verb and "that" as "in" does.
    @Test func aCircumstanceUnderOathIsNoSpeech() throws {
        #expect(try annotate("He said under oath that managers had ordered him to stop.").quoteSummary.map(\.text)
            == ["managers had ordered him to stop"])
        #expect(try annotate("She said over dinner that the deal was done.").quoteSummary.map(\.text) == ["the deal was done"])
        #expect(try annotate("The mayor said through a spokesman that the bridge would reopen.").quoteSummary.map(\.text)
            == ["the bridge would reopen"])
    }

    /// "Mick Lynch, the general secretary of the RMT, hit back within minutes." reported "within minutes": "within" opens
    /// a circumstance after the verb, as "on Tuesday" does, and no speech follows it.
    @Test func aTimeWithinMinutesIsNoSpeech() throws {
        #expect(try annotate("Mick Lynch hit back within minutes.").quotes.isEmpty)
        #expect(try annotate("The union said within hours that the strike would go ahead.").quoteSummary.map(\.text)
            == ["the strike would go ahead"])
    }

    /// "Inflation will fall sharply next year, the governor of the Bank of England, Andrew Bailey, said" took the role into
    /// the speech: a role before the name's comma may end in a capitalised name after its preposition, and its head is
    /// the noun before that preposition.
    @Test func aRoleOfANamedBodyBeforeTheNameIsNoSpeech() throws {
        let doc = try annotate("Inflation will fall sharply next year, the governor of the Bank of England, Andrew Bailey, said on Thursday.")
        #expect(doc.quoteSummary.map(\.text) == ["Inflation will fall sharply next year"])
        #expect(doc.quoteSummary.map(\.speaker) == ["Andrew Bailey"])
        let ceo = try annotate("Sales would recover, the chief executive of Tesco, Ken Murphy, told investors.")
        #expect(ceo.quoteSummary.map(\.text) == ["Sales would recover"])
    }

    /// "She said it twice." reported "it twice": "it" before an adverb of repetition is the verb's object, a word said
    /// before, and no clause of its own; "She said it was late" still reports a clause.
    @Test func saidItTwiceReportsNothing() throws {
        #expect(try annotate("She said it twice.").quotes.isEmpty)
        #expect(try annotate("He said it again on Monday.").quotes.isEmpty)
        #expect(try annotate("She said it was late.").quoteSummary.map(\.text) == ["it was late"])
        #expect(try annotate("The firm said it again raised prices.").quoteSummary.map(\.text) == ["it again raised prices"])
    }

    /// "Moreau, she said, kept her awake by singing. ¶ “He knows every word,” she said" gave the second quotation to Moreau:
    /// "by singing" was a cue of Moreau's, with nothing said, and made him the last speaker. A verb of manner after "by"
    /// is the means of an act, no report, unless a quotation follows it.
    @Test func aMannerVerbAfterByIsNoCue() throws {
        let doc = try annotate("Helen Strand spent the night with her partner, Luc Moreau. Moreau, she said, kept her awake by singing.\n\n“He knows every word of every song,” she said, laughing.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Helen Strand", "Helen Strand", "Helen Strand"])
        #expect(try annotate("She answered by shouting “Get out!”").quoteSummary.map(\.text) == ["“Get out!”"])
    }

    /// "The board's chairman, Colin Reeve — who has backed the plan since 2019 — said" gave the words to "board's
    /// chairman": past a parenthetical between dashes, the phrase before an appositive's comma speaks only when the
    /// appositive is a description ("John Dickey, the chief executive — ... — told"); a name there speaks itself.
    @Test func aNameBeforeDashesSpeaksAfterItsRole() throws {
        #expect(try annotate("The board's chairman, Colin Reeve — who has backed the plan since 2019 — said the expansion would create jobs.")
            .quoteSummary.map(\.speaker) == ["Colin Reeve"])
        #expect(try annotate("John Dickey, the chief executive — the company that owns it — told me the plan was dead.")
            .quoteSummary.map(\.speaker) == ["John Dickey"])
    }

    /// "An official at the ministry, who asked not to be named, said ..." and "A senior official at the energy ministry,
    /// speaking on condition of anonymity ..., told Reuters that ..." reported nothing: before an appositive's comma, a
    /// person's noun before "at", "from", "with" or "in" and a common noun's phrase heads the subject, as before "to" and "for".
    @Test func aPersonAtACommonNounsPlaceSpeaksBeforeAnAppositive() throws {
        #expect(try annotate("An official at the ministry, who asked not to be named, said drones had been used.").quoteSummary.map(\.speaker)
            == ["official at the ministry"])
        let anonymous = try annotate("A senior official at the energy ministry, speaking on condition of anonymity because he was not authorised to talk to the media, told Reuters that drones had been used.")
        #expect(anonymous.quoteSummary.map(\.speaker) == ["senior official at the energy ministry"])
        #expect(anonymous.quoteSummary.map(\.text) == ["drones had been used"])
    }

    /// "A man has been jailed for life and told he must serve at least 24 years" gave the man the judge's words: a verb
    /// coordinated after a passive participle shares its helper, and the passive subject does not speak.
    @Test func aVerbCoordinatedWithAPassiveIsPassive() throws {
        #expect(try annotate("A man has been jailed for life and told he must serve at least 24 years.").quotes.isEmpty)
        #expect(try annotate("She was jailed and told she would serve ten years.").quotes.isEmpty)
        // (An active first verb still gives its subject the second: "I laughed and said ...".)
        #expect(try annotate("Ruth Ames laughed and said the plan was dead.").quoteSummary.map(\.speaker) == ["Ruth Ames"])
        // (Nor a verb without a listener: "was arrested and said he was innocent" is his.)
        #expect(try annotate("Tom Lee was arrested and said he was innocent.").quoteSummary.map(\.speaker) == ["Tom Lee"])
    }

    /// "The plan, she said, “will never work.”" reported only the quoted words: quoted words that open in lower case
    /// after an attribution set off by commas go on with the interrupted sentence, and the phrase before is its subject,
    /// a part of the speech as in "The plan, she said, will never work".
    @Test func quotedWordsContinuingAnInterruptedSentenceKeepTheirSubject() throws {
        let doc = try annotate("The plan, Ruth Ames said, “will never work.”")
        #expect(doc.quoteSummary.map(\.text) == ["The plan", "“will never work.”"])
        // (Not a subject far from the verb: "During the call, he asked about it and said, “somebody ...”".)
        let call = try annotate("During the call, he asked about the plan and said, “somebody ought to stop it.”")
        #expect(!call.quoteSummary.map(\.text).contains("During the call"))
        // (A quotation opening in capitals is what the cue introduces: "At the shore, she said, quietly, “Thanks, Dad.”")
        let shore = try annotate("At the shore, Ruth Ames said, “Thanks, Dad.”")
        #expect(shore.quoteSummary.map(\.text) == ["“Thanks, Dad.”"])
    }

    /// "His wife said the worst part had been the second night, when the wind “sounded like the mountain was falling
    /// down.”" ended the speech at "night": a "when" after a noun of time describes that time, as "which" would a thing,
    /// and goes on with the speech; "said the plan would fail, when asked" still stops.
    @Test func aWhenAfterANounOfTimeGoesOnWithTheSpeech() throws {
        let doc = try annotate("She said the worst part had been the second night, when the wind howled.")
        #expect(doc.quoteSummary.map(\.text) == ["the worst part had been the second night, when the wind howled"])
        #expect(try annotate("She said the plan would fail, when asked about it.").quoteSummary.map(\.text) == ["the plan would fail"])
    }

    /// "Not all drivers were happy. One, who asked not to be named, told the BBC the deal was bad." named "one of all
    /// drivers": "not all" opening the plural subject is no part of the group "one" belongs to; "one of many residents"
    /// keeps its quantifier.
    @Test func oneOfAGroupDropsNotAll() throws {
        let doc = try annotate("Not all drivers were happy. One, who asked not to be named, told the BBC the deal was bad.")
        #expect(doc.quoteSummary.map(\.speaker) == ["one of drivers"])
        let many = try annotate("Many residents were angry. One said the council had ignored them.")
        #expect(many.quoteSummary.map(\.speaker) == ["one of many residents"])
    }

    /// "Argyll and Bute Council says the school costs £40,000 per pupil per year to run" reported nothing: a present verb
    /// before a sum in pounds (or euros, or yen) has its object, as before "$3 million".
    @Test func aVerbBeforeASumInPoundsMakesAClause() throws {
        #expect(try annotate("The council says the school costs £40,000 per pupil per year to run.").quoteSummary.map(\.text)
            == ["the school costs £40,000 per pupil per year to run"])
        #expect(try annotate("The council says the school costs €40,000 a year.").quoteSummary.map(\.text) == ["the school costs €40,000 a year"])
    }

    /// "The calf was born at Chester Zoo, in what keepers described as “a huge boost” for the species" reported nothing,
    /// though "what officials called “a huge boost”" did: the "as" after "described" read as a subordinator, which after
    /// "what ... said" ends the speech ("what Liz Wahl said when she resigned"). A naming verb's "as" before a
    /// quotation names what it is called; "what she said as she left" still reports nothing.
    @Test func whatANamingVerbDescribedAsNamesTheQuotation() throws {
        let doc = try annotate("The calf was born last week, in what officials described as \u{201C}a huge boost\u{201D} for the species.")
        #expect(doc.quoteSummary.map(\.text) == ["\u{201C}a huge boost\u{201D}"])
        #expect(doc.quoteSummary.first?.speaker == "officials")
        #expect(try annotate("That was what Ruth Ames said as she left the hall.").quotes.isEmpty)
        // (Keepers, like the other occupations added with them, are people who speak.)
        let keepers = try annotate("The calf was born at the zoo, in what keepers described as \u{201C}a huge boost\u{201D} for the species.")
        #expect(keepers.quoteSummary.first?.speaker == "keepers")
    }

    /// "Tom Hurst said that the sentence reflected “the scale of the offending”" gave the quotation to "sentence" as well
    /// as to Hurst, and "The decision reflected “a change of heart”" to "decision": a quotation right after a verb that is
    /// not plain speech is its object, and a subject that is no one, nor a text or a record, does not speak it. A text
    /// still does ("The sign read “No entry”"), and so does a person ("Ruth Ames reflected “we were lucky”").
    @Test func aQuotedObjectOfAThingThatCannotSpeakIsNoSpeech() throws {
        let nested = try annotate("Tom Hurst said that the sentence reflected \u{201C}the scale of the offending\u{201D}.")
        #expect(nested.quoteSummary.map(\.speaker) == ["Tom Hurst", "Tom Hurst"])
        #expect(try annotate("The decision reflected \u{201C}a change of heart\u{201D}.").quotes.isEmpty)
        #expect(try annotate("The phone call revealed \u{201C}a plan to kill\u{201D}.").quotes.isEmpty)
        #expect(try annotate("The sign read \u{201C}No entry\u{201D}.").quoteSummary.map(\.speaker) == ["sign"])
        #expect(try annotate("Ruth Ames reflected \u{201C}we were lucky\u{201D}.").quoteSummary.map(\.speaker) == ["Ruth Ames"])
    }

    /// "..., despite figures showing completions fell" named "despite figures" as the speaker, "Shares fell amid reports
    /// suggesting that the deal had collapsed" named "Shares", and ", with polls showing her ahead" reported nothing: the
    /// phrase after "despite", "amid" (or "with" after a comma) is the subject of the participle right after it.
    @Test func aParticiplesSubjectAfterDespiteOrAmid() throws {
        let despite = try annotate("The minister insisted the target would be met, despite figures showing that completions fell.")
        #expect(despite.quoteSummary.map(\.speaker) == ["minister", "figures"])
        #expect(despite.quoteSummary.map(\.text) == ["the target would be met", "completions fell"])
        let amid = try annotate("Shares fell amid reports suggesting that the deal had collapsed.")
        #expect(amid.quoteSummary.map(\.speaker) == ["reports"])
        let with = try annotate("Clinton is confident, with polls showing her ahead in Ohio.")
        #expect(with.quoteSummary.map(\.speaker) == ["polls"])
    }

    /// "The bike is made by Veloxa, a start-up in Leeds. The company said ..." gave the words to Leeds: the one-word name
    /// mentioned last, which "the company" took for a business. A name after "in" that follows a body's noun or "based"
    /// is the place the body is in; the business is the name before it. "The fund invested in Veloxa" still names one.
    @Test func thePlaceABodyIsInIsNoBusiness() throws {
        let startUp = try annotate("The bike is made by Veloxa, a start-up in Leeds. The company said sales were strong.")
        #expect(startUp.quoteSummary.map(\.speaker) == ["Veloxa"])
        let based = try annotate("The bike is made by Veloxa, which is based in Leeds. The company said sales were strong.")
        #expect(based.quoteSummary.map(\.speaker) == ["Veloxa"])
        let invested = try annotate("The fund invested in Veloxa. The company said sales were strong.")
        #expect(invested.quoteSummary.map(\.speaker) == ["Veloxa"])
    }

    /// "The Fold One, made by Wetherby-based Veloxa" named "Wetherby-based Veloxa", which "the company" did not name
    /// later: a capitalised place's "-based" (or "-born") before a name describes it and is no part of it. "-based" says
    /// the name is a body's, "-born" a person's.
    @Test func aPlacesBasedBeforeANameDescribesIt() throws {
        #expect(try annotate("London-based Veloxa said sales were strong.").quoteSummary.map(\.speaker) == ["Veloxa"])
        let later = try annotate("The bike is made by Wetherby-based Veloxa. The company said sales were strong.")
        #expect(later.quoteSummary.map(\.speaker) == ["Veloxa"])
        let born = try annotate("London-born Ruth Ames said she was delighted.")
        #expect(born.quoteSummary.map(\.speaker) == ["Ruth Ames"])
        #expect(born.entities.first?.gender == .female)
    }

    /// "Protesters held placards reading “Stop the war on motorists”. One of them, Gary Hughes, said: “...”" gave the
    /// slogan to Hughes, and "a sign that read “No entry”" reported nothing: the words a sign, a banner or a placard bears
    /// are the text's, the noun right before "reading", or before "that read".
    @Test func theWordsASignBearsAreTheSigns() throws {
        let doc = try annotate("Protesters held placards reading \u{201C}Stop the war on motorists\u{201D}. One of them, Gary Hughes, said: \u{201C}This will add ten minutes.\u{201D}")
        #expect(doc.quoteSummary.map(\.speaker) == ["placards", "Gary Hughes"])
        let sign = try annotate("Residents put up a sign that read \u{201C}No entry\u{201D}.")
        #expect(sign.quoteSummary.map(\.speaker) == ["sign"])
        #expect(sign.quoteSummary.map(\.text) == ["\u{201C}No entry\u{201D}"])
    }

    /// "in what many called “a necessary step”" and "in what both firms called “a necessary step”" reported nothing: a
    /// quantifier right after "what" stands alone as the subject, as it does opening a clause, and a plural of a body's noun
    /// ("firms") names someone who can speak.
    @Test func whatAQuantifierOrAPluralBodyCalledIsReported() throws {
        let many = try annotate("The firms made the move in what many called \u{201C}a necessary step\u{201D}.")
        #expect(many.quoteSummary.map(\.text) == ["\u{201C}a necessary step\u{201D}"])
        let both = try annotate("The firms made the move in what both firms called \u{201C}a necessary step\u{201D}.")
        #expect(both.quoteSummary.map(\.text) == ["\u{201C}a necessary step\u{201D}"])
    }

    /// "in what both described as “an unusual but necessary” step" and "in what many described as “...”" reported nothing:
    /// "both" after "what" opens its clause as the subject (not the adverb of "they both said"), and after a quantifier
    /// standing alone a naming verb before "as" and a quotation is the verb, not a noun.
    @Test func whatBothOrManyDescribedAsIsReported() throws {
        let both = try annotate("The firms made the move in what both described as \u{201C}a necessary step\u{201D}.")
        #expect(both.quoteSummary.map(\.text) == ["\u{201C}a necessary step\u{201D}"])
        let many = try annotate("The firms made the move in what many described as \u{201C}a necessary step\u{201D}.")
        #expect(many.quoteSummary.map(\.text) == ["\u{201C}a necessary step\u{201D}"])
    }

    /// "The nearest branch is now 14 miles away in Kendal. ... The bank says fewer than 200 customers used the branch"
    /// gave the words to Kendal: a one-word name after "in" or "to" that follows a verb of going or a word of distance
    /// ("go to Kendal", "miles away in Kendal") is a place, which "the bank" does not name.
    @Test func aPlaceGoneToIsNoBusiness() throws {
        let away = try annotate("The nearest branch is now 14 miles away in Kendal. The bank says few customers used the branch.")
        #expect(away.quoteSummary.map(\.speaker) == ["bank"])
        let go = try annotate("Now they just go to Kendal. The bank says few customers used the branch.")
        #expect(go.quoteSummary.map(\.speaker) == ["bank"])
    }

    /// "One pupil asked her what she missed most about home. “Fresh bread,” she replied" gave the reply to the pupil, and
    /// made the pupil female: the one who asks does not answer. A reply's pronoun passes over the speaker of the question
    /// put in its sentence or the one before.
    @Test func aReplyIsNotTheAskers() throws {
        let doc = try annotate("""
            Rhian Evans said she loved life in space. One pupil asked her what she missed most about home. \
            \u{201C}Fresh bread,\u{201D} she replied.
            """)
        #expect(doc.quoteSummary.map(\.speaker) == ["Rhian Evans", "One pupil", "Rhian Evans"])
    }

    /// "The prime minister set out her plans in a speech. Here are the main points. On tax, she said ..." left "she"
    /// unresolved: the role opening a sentence names the pronoun's speaker two sentences on, when the sentence between
    /// names no one.
    @Test func aRoleSubjectTwoSentencesBackWithNoOneBetween() throws {
        let doc = try annotate("""
            The prime minister set out her plans in a speech on Thursday. Here are the main points. \
            On tax, she said there would be no rise in income tax.
            """)
        #expect(doc.quoteSummary.map(\.speaker) == ["prime minister"])
    }

    /// "Some employees criticised the timing. “...,” one wrote" named "one of Some employees": the capital of a group
    /// described at the start of its sentence is no name's, and "one of" shows it in lower case.
    @Test func oneOfAGroupOpeningItsSentenceIsLowerCase() throws {
        let doc = try annotate("Some employees criticised the timing. \u{201C}Record profits, then layoffs. Make it make sense,\u{201D} one wrote on X.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Some employees", "one of some employees"])
    }

    /// "One caller, an 84-year-old widow from Doncaster, told the charity she had no heating. “I sit in my coat all day,”
    /// she said" gave the quotation to the charity's director, who spoke before: "caller" was no person's noun, so "One
    /// caller" was no person for "she". A caller, a reader, a guest and a few more now are, as a resident is.
    @Test func oneCallerIsAPersonForALaterPronoun() throws {
        let doc = try annotate("""
            Caroline Abrahams said older people were cold. One caller, an 84-year-old widow from Doncaster, told the \
            charity she had been without heating. \u{201C}I sit in my coat all day,\u{201D} she said.
            """)
        #expect(doc.quoteSummary.map(\.speaker) == ["Caroline Abrahams", "One caller", "One caller"])
    }

    /// Regression: "The measure passed 71-28 after Democrats and a group of Republicans agreed to drop
    /// the clause" named "measure passed 71-28 after Democrats and a group of Republicans": "passed" was
    /// read as a participle describing "The measure" ("A letter sent to tenants said"), with "after" as its
    /// preposition. A word between the participle and "after" ("71-28") makes "passed" the sentence's own
    /// verb, and "after" opens the clause whose subject speaks.
    @Test func aSubordinatorPastTheVerbsObjectOpensTheSpeakersClause() throws {
        let measure = try annotate("The measure passed 71-28 after Democrats and a group of Republicans agreed to drop the clause.")
        #expect(measure.quoteSummary.map(\.speaker) == ["Democrats and a group of Republicans"])
        // A participle with "after" right behind it still describes the people before it.
        let residents = try annotate("Residents evacuated after the floods in Leeds said the council had failed them.")
        #expect(residents.quoteSummary.map(\.speaker) == ["Residents evacuated after the floods in Leeds"])
        // So does one with a number that is its own complement, before a plain preposition.
        let man = try annotate("A man aged 45 from Leeds told the court he was innocent.")
        #expect(man.quoteSummary.map(\.speaker) == ["man aged 45 from Leeds"])
    }

    /// Regression: "Unite and the GMB said" named "GMB", and "after Democrats and a group of Republicans agreed" named
    /// "group of Republicans": a capitalised word opening the sentence is no name of the table's, so the pair was not
    /// read as two speaking together; and two phrases joined by "and" were one subject only opening the sentence, not a
    /// clause after a subordinator.
    @Test func twoPhrasesJoinedByAndSpeakTogetherAfterASubordinatorToo() throws {
        let unions = try annotate("Unite and the GMB said the offer was not enough.")
        #expect(unions.quoteSummary.map(\.speaker) == ["Unite and the GMB"])
        let parties = try annotate("The bill passed after Labour and the Liberal Democrats agreed to back it.")
        #expect(parties.quoteSummary.map(\.speaker) == ["Labour and the Liberal Democrats"])
        // After a preposition that opens no clause, "and" still joins the clause that follows.
        let storm = try annotate("The plant closed during the storm and the workers said they were sent home.")
        #expect(storm.quoteSummary.map(\.speaker) == ["workers"])
        // A common noun after the subordinator is the circumstance's, not a speaker of its own.
        let vote = try annotate("The plant closed after the vote and the workers said they were sent home.")
        #expect(vote.quoteSummary.map(\.speaker) == ["workers"])
    }

    /// Regression: "Two of the country's biggest care providers have agreed to share the cost, in what both described as
    /// “an unusual but necessary” step" kept "in what both described as ..." in the commitment and left "both" unnamed:
    /// someone's naming of the act after a comma is a speech of its own, and "Two of" counts the providers, the plural
    /// head that "both" stands for. ", a move both called “bold”" gave the partial no speaker at all.
    @Test func aNamingOfTheActAfterACommaIsASpeechOfItsOwn() throws {
        let providers = try annotate("Two of the country's biggest care providers have agreed to share the cost, in what both described as “an unusual but necessary” step.")
        #expect(providers.quoteSummary.map(\.text) == ["to share the cost", "“an unusual but necessary”"])
        #expect(providers.quoteSummary.map(\.speaker) == ["Two of the country's biggest care providers", "Two of the country's biggest care providers"])
        let move = try annotate("The firms agreed to share the cost, a move both called “bold”.")
        #expect(move.quoteSummary.map(\.text) == ["to share the cost", "“bold”"])
        #expect(move.quoteSummary.map(\.speaker) == ["firms", "firms"])
        let critics = try annotate("The firms agreed to share the cost, in a move critics called “reckless”.")
        #expect(critics.quoteSummary.map(\.speaker) == ["firms", "critics"])
        // A noun the phrase names, with no subject of its own before the verb, stays in the speech.
        let parasite = try annotate("She said the mice carried a parasite, a common single-celled parasite called Tritrichomonas.")
        #expect(parasite.quoteSummary.map(\.text) == ["the mice carried a parasite, a common single-celled parasite called Tritrichomonas"])
        // "One of the officials" is one person: "Another" is another of them.
        let officials = try annotate("One of the officials said the president was angry. Another cautioned that the timing depended on the talks.")
        #expect(officials.quoteSummary.map(\.speaker) == ["One of the officials", "another of officials"])
    }

    /// Regression: "Veloxa, which is headquartered in Leeds, makes bikes. The company said ..." left "company" unnamed:
    /// a lone word opening its sentence is no name until the words around it show it to be a body's, and a relative
    /// clause of what only a body does ("which is headquartered", "which employs") shows it.
    @Test func aRelativeClauseOfWhatABodyDoesMakesTheOpeningWordABody() throws {
        let veloxa = try annotate("Veloxa, which is headquartered in Leeds, makes bikes. The company said sales had doubled.")
        #expect(veloxa.quoteSummary.map(\.speaker) == ["Veloxa"])
        let employs = try annotate("Brightwell, which employs 400 people, makes boilers. The firm said it would hire more.")
        #expect(employs.quoteSummary.map(\.speaker) == ["Brightwell"])
        // A place the clause locates is no body.
        let leeds = try annotate("Leeds, which is located on the River Aire, is growing. The company said sales had doubled.")
        #expect(leeds.entities.allSatisfy { $0.name != "Leeds" || $0.kind != .organization })
    }

    /// Regression: "Harlow's, which employs 90,000 people, said it would open 12 new stores" reported nothing: a
    /// capitalised word in "'s" was a business's name only right before its verb, not before a relative "which"
    /// about it.
    @Test func aBusinessNameInPossessiveFormSpeaksPastItsRelativeClause() throws {
        let harlows = try annotate("Harlow's, which employs 90,000 people, said it would open 12 new stores next year.")
        #expect(harlows.quoteSummary.map(\.speaker) == ["Harlow's"])
        #expect(harlows.quoteSummary.map(\.text) == ["it would open 12 new stores next year"])
        // A possessive before a noun still owns it.
        let plan = try annotate("Harlow's plan, which critics called reckless, was dropped.")
        #expect(plan.quoteSummary.allSatisfy { $0.speaker != "Harlow's" })
    }

    /// Regression: "The singer Amelia Rowe and the actor Daniel Pryce have announced they are separating" and "Labour
    /// leader Tom Hale and Green leader Ann Reed said" named only the second: two names joined by "and" spoke together
    /// only with nothing between "and" and the second name, and only when the first opened the clause itself, not
    /// after its role.
    @Test func twoNamesEachAfterTheirRoleSpeakTogether() throws {
        let couple = try annotate("The singer Amelia Rowe and the actor Daniel Pryce have announced they are separating.")
        #expect(couple.quoteSummary.map(\.speaker) == ["Amelia Rowe and Daniel Pryce"])
        let leaders = try annotate("Labour leader Tom Hale and Green leader Ann Reed said they would work together.")
        #expect(leaders.quoteSummary.map(\.speaker) == ["Tom Hale and Ann Reed"])
        // A role word that is the second name's own relation still reads as before.
        let wife = try annotate("Tom Hale and his wife Ann said they were delighted.")
        #expect(wife.quoteSummary.map(\.speaker) == ["Tom Hale and his wife Ann"])
        // Not a clause of its own before "and".
        let clause = try annotate("The singer Amelia Rowe left early and the actor Daniel Pryce said she was unwell.")
        #expect(clause.quoteSummary.map(\.speaker) == ["Daniel Pryce"])
        // Nor one person's roles in a list.
        let roles = try annotate("Chairman, CEO and president Craig Menear said sales were below expectations.")
        #expect(roles.quoteSummary.map(\.speaker) == ["Craig Menear"])
    }

    /// Regression: "The chief executive of Lomax Engineering has stepped down. ... the firm said" left "firm" unnamed, and
    /// "Corvell Chemicals" became a person: words that close a business's name lacked "engineering", "chemicals" and other
    /// trades' plurals (`group_nouns.txt`, column 3).
    @Test func aTradeClosingANameMakesABusinessTheFirmCanName() throws {
        let lomax = try annotate("The chief executive of Lomax Engineering has stepped down. Mark Ruddock will leave immediately, the firm said.")
        #expect(lomax.quoteSummary.map(\.speaker) == ["Lomax Engineering"])
        #expect(lomax.entities.first { $0.name == "Lomax Engineering" }?.kind == .organization)
    }

    /// Passive attribution: "The allegations were denied by the transport minister, Rachel Dunn" reported nothing. A verb
    /// whose object is what was said, in the passive with its agent after "by", is the agent's report of the passive's
    /// subject, as PolNeAR annotates "has been endorsed by dozens of papers".
    @Test func aPassiveReportingVerbWithItsAgentReportsTheSubject() throws {
        let denied = try annotate("The allegations were denied by the transport minister, Rachel Dunn, on Tuesday.")
        #expect(denied.quoteSummary.map(\.speaker) == ["Rachel Dunn"])
        #expect(denied.quoteSummary.map(\.text) == ["The allegations"])
        #expect(denied.quotes.first?.cue?.lemma == "deny")
        let welcomed = try annotate("The decision has been welcomed by campaigners.")
        #expect(welcomed.quoteSummary.map(\.speaker) == ["campaigners"])
        #expect(welcomed.quoteSummary.map(\.text) == ["The decision"])
        let papers = try annotate("The nominee has been endorsed by dozens of papers ranging from the Times to the Sun.")
        #expect(papers.quoteSummary.map(\.speaker) == ["dozens of papers"])
        // Not a ground after the agent, nor a verb whose passive is an act ("was questioned by detectives").
        #expect(try annotate("The plan was criticised by teachers for its cost.").quotes.isEmpty)
        #expect(try annotate("The suspect was questioned by detectives.").quotes.isEmpty)
        // A verb that is no report of its object stays silent in the passive, as does one with no agent.
        #expect(try annotate("The bridge was designed by Ruth Ames.").quotes.isEmpty)
        #expect(try annotate("The allegations were denied on Tuesday.").quotes.isEmpty)
    }

    /// Regression: "The father of Rovers striker Jay Okonjo has defended his son" named the striker: a role between "of"
    /// and the name it describes was read back to the holder only when every word of it was lower-case, and "Rovers" is
    /// the role's team.
    @Test func aRelationOfANameDescribedWithItsTeamIsTheSpeaker() throws {
        let father = try annotate("The father of Rovers striker Jay Okonjo has defended his son.")
        #expect(father.quoteSummary.map(\.speaker) == ["father of Rovers striker Jay Okonjo"])
        let mother = try annotate("The mother of England captain Harry Kane said he was tired.")
        #expect(mother.quoteSummary.map(\.speaker) == ["mother of England captain Harry Kane"])
        // The name itself, with no relation before it, still speaks.
        let striker = try annotate("Rovers striker Jay Okonjo said he was sorry.")
        #expect(striker.quoteSummary.map(\.speaker) == ["Jay Okonjo"])
    }

    /// Regression: "Brambly Toys said ... Consumer group Which? said ... Parents can return them, the company said" gave the
    /// company's words to Which?: a group that campaigns is no business "the company" can name, and the business that
    /// spoke last is found past bodies of another kind that spoke since.
    @Test func theCompanyPassesOverAConsumerGroup() throws {
        let recall = try annotate("""
            Brambly Toys said no injuries had been reported. The regulator said it was working with the firm. \
            Consumer group Which? said the recall showed a problem. Its head of policy called for tougher checks. \
            Parents can return them for a refund, the company said.
            """)
        #expect(recall.quoteSummary.map(\.speaker).last == "Brambly Toys")
        // "the group" still names it.
        let group = try annotate("Consumer group Which? said the recall showed a problem. The group said checks were too weak.")
        #expect(group.quoteSummary.map(\.speaker) == ["Which?", "Which?"])
    }

    /// Regression: "Chris Lloyd said Ms Price had done everything right by staying still and calling for help" cut the
    /// speech at "and" and reported Lloyd "calling for help": a gerund joined by "and" to one a preposition governs,
    /// inside the speech of an earlier cue, is the act of that speech's subject, no report of the speaker's.
    @Test func aGerundJoinedToAPrepositionsGerundInsideASpeechIsNoCue() throws {
        let lloyd = try annotate("Team leader Chris Lloyd said Ms Price had done everything right by staying still and calling for help.")
        #expect(lloyd.quoteSummary.map(\.text) == ["Ms Price had done everything right by staying still and calling for help"])
        #expect(lloyd.quoteSummary.map(\.speaker) == ["Chris Lloyd"])
        // With no cue before, the subject's own call stays a report.
        let praised = try annotate("She was praised for staying calm and calling for help.")
        #expect(praised.quoteSummary.map(\.text) == ["help"])
    }

    /// Regression: "a flat that a judge described as a “death trap”" gave the judge a mixed quote 'as a “death trap”':
    /// the relative "that" is the naming verb's object, so the quotation alone is named, also past an article before it.
    @Test func aNamingVerbsQuotationPastAnArticleIsTheWholeSpeech() throws {
        let judge = try annotate("He rented out a flat that a judge described as a “death trap”.")
        #expect(judge.quoteSummary.map(\.text) == ["“death trap”"])
        #expect(judge.quoteSummary.map(\.kind) == ["partial"])
        let called = try annotate("He rented out a flat that a judge called a “death trap”.")
        #expect(called.quoteSummary.map(\.text) == ["“death trap”"])
    }

    /// Regression: "Brian May is a guitarist. May said on Instagram he was thrilled" reported nothing: a capitalised "May"
    /// opening its sentence was skipped as a helper, and "said" had no subject. A helper that is also a name, right before a
    /// form no helper takes, is the name.
    @Test func mayBeforeAPastVerbIsAName() throws {
        let may = try annotate("Brian May is a guitarist. May said on Instagram he was thrilled.")
        #expect(may.quoteSummary.map(\.speaker) == ["Brian May"])
        let theresa = try annotate("Theresa May spoke first. May told MPs the deal was good.")
        #expect(theresa.quoteSummary.map(\.speaker) == ["Theresa May"])
        // The helper itself still stands before its verb.
        let officials = try annotate("Officials may say the plan failed.")
        #expect(officials.quoteSummary.map(\.speaker) == ["Officials"])
    }

    /// "Rep. Tom Kerr called it damning. The Iowa Republican said ..." made "Iowa Republican" a body of its own: a
    /// party's member or another epithet with "the", after a state or a word such as "veteran", names the person
    /// mentioned last, as it does alone.
    @Test func aPlacedPartyEpithetNamesThePersonMentionedLast() throws {
        #expect(try annotate("Rep. Tom Kerr called it damning. The Iowa Republican said the committee would act.").quoteSummary.map(\.speaker)
                == ["Tom Kerr", "Tom Kerr"])
        #expect(try annotate("Senator Ann Reed spoke first. The New Mexico Democrat said she was tired.").quoteSummary.map(\.speaker)
                == ["Ann Reed"])
        #expect(try annotate("Senator Ann Reed spoke first. The veteran Democrat said she was tired.").quoteSummary.map(\.speaker)
                == ["Ann Reed"])
        #expect(try annotate("Jo Hart, 17, won gold. The Leeds teenager said she was thrilled.").quoteSummary.map(\.speaker)
                == ["Jo Hart"])
        // A party's own body keeps its name.
        #expect(try annotate("Senator Ann Reed spoke first. The Iowa Republican Party said it was shocked.").quoteSummary.map(\.speaker)
                == ["Iowa Republican Party"])
    }

    /// "“Every bed is full,” a pediatrician there told The Associated Press" gave the words to the doctors of the sentence
    /// before, and "Officials there said the plan failed" reported nothing: "there" or "here" between a noun and its verb
    /// places the speaker and is no part of the subject's reading.
    @Test func thereBetweenASubjectAndItsVerbIsSkipped() throws {
        let doctor = try annotate("Doctors reported a rise. “Every bed is full,” a pediatrician there told The Associated Press by phone.")
        #expect(doctor.quoteSummary.map(\.speaker) == ["pediatrician"])
        let officials = try annotate("Officials there said the plan failed.")
        #expect(officials.quoteSummary.map(\.text) == ["the plan failed"])
        #expect(officials.quoteSummary.map(\.speaker) == ["Officials"])
        // "There" opening a clause is no place after a subject.
        #expect(try annotate("There said to be no plan.").quoteSummary.isEmpty)
    }

    /// "Helen Okoro spoke. The mayor knew about it, she said." gave the words to "mayor": a role opening the sentence was
    /// taken for the "she" that reports it. A role inside the words reported is someone spoken about, not the speaker.
    @Test func aRoleInsideTheReportedWordsIsNoAntecedentOfItsPronoun() throws {
        let mayor = try annotate("Helen Okoro spoke. The mayor knew about it, she said.")
        #expect(mayor.quoteSummary.map(\.text) == ["The mayor knew about it"])
        #expect(mayor.quoteSummary.map(\.speaker) == ["Helen Okoro"])
        #expect(try annotate("Helen Okoro spoke. The minister had lied, she said.").quoteSummary.map(\.speaker) == ["Helen Okoro"])
        // A role opening the sentence outside the words still names its pronoun.
        let governor = try annotate("According to a pool report, the governor spent the morning at a diner, where he told patrons the race was close.")
        #expect(governor.quoteSummary.last?.speaker == "governor")
    }

    /// "A former aide told a committee that she had warned her bosses. Linda Okafor, who served as deputy chief, said ..."
    /// gave the story's first words to a description apart from the woman named next: a person described with "a" opening
    /// the story, whom the next sentence names as its opening subject, is that person, unless a role of their own
    /// introduces them as someone else.
    @Test func aStoryOpeningDescriptionIsThePersonTheNextSentenceNames() throws {
        let aide = try annotate("A former aide told a committee on Wednesday that she had warned her bosses. Linda Okafor, who served as deputy chief until March, said she raised the issue.")
        #expect(aide.quoteSummary.map(\.speaker) == ["Linda Okafor", "Linda Okafor"])
        let teacher = try annotate("A teacher who was stabbed in a school corridor has said she forgives her attacker. Helen Ward, 52, told the BBC she had thought she would die.")
        #expect(teacher.quoteSummary.map(\.speaker) == ["Helen Ward", "Helen Ward"])
        // Someone introduced with a role of their own, or of the other gender, is someone else.
        let witness = try annotate("A witness told police she saw a car speed away. Officer Tom Reed said the car was stolen.")
        #expect(witness.quoteSummary.map(\.speaker) == ["witness", "Tom Reed"])
        let neighbour = try annotate("A woman said she heard screams. Jane Doe, a neighbour, said the house was quiet.")
        #expect(neighbour.quoteSummary.map(\.speaker) == ["woman", "Jane Doe"])
        let man = try annotate("A man said he heard screams. Jane Doe told reporters the house was quiet.")
        #expect(man.quoteSummary.map(\.speaker) == ["man", "Jane Doe"])
        // Nor someone the next sentence names who does not speak there or after it.
        let judge = try annotate("A judge said the defendant had lied to the court. John Smith, 45, was jailed for six years. The case took a week.")
        #expect(judge.quoteSummary.map(\.speaker) == ["judge"])
        // Nor when the story's first sentence names no one again by "he" or "she".
        let nurse = try annotate("A nurse said the ward was full. Jane Smith, 34, said she waited nine hours.")
        #expect(nurse.quoteSummary.map(\.speaker) == ["nurse", "Jane Smith"])
    }

    /// "Climber describes night on ledge ¶ A climber who spent 14 hours on a ledge has described ... ¶ Hannah Price, 27,
    /// ..." linked the story's "a climber" to Hannah Price but left the headline's "Climber" a speaker apart: a headline's
    /// bare noun for a person is the person the story's opening description with that noun is.
    @Test func aHeadlinesBareNounIsThePersonTheStoryOpensWith() throws {
        let text = "Climber describes night trapped on ledge\n\nA climber who spent 14 hours on a ledge has described the moment rescuers reached her.\n\nHannah Price, 27, fell on Saturday. “I kept talking to myself,” she said."
        let climber = try annotate(text)
        #expect(climber.quoteSummary.map(\.speaker) == ["Hannah Price", "Hannah Price", "Hannah Price"])
        let aide = try annotate("Former aide says she warned of lapses\n\nA former senior aide told a committee on Wednesday that she had warned her bosses.\n\nLinda Okafor, who served as deputy chief, said she raised the issue.")
        #expect(aide.quoteSummary.map(\.speaker) == ["Linda Okafor", "Linda Okafor", "Linda Okafor"])
        // A headline noun the story opens with otherwise stays a description.
        let nurse = try annotate("Nurse says wards are full\n\nA doctor told reporters the wards were full.\n\nHannah Price, 27, said she was tired.")
        #expect(nurse.quoteSummary.first?.speaker == "Nurse")
    }

    /// "'We will not back down': nurses vote to strike" left the headline's quotation without a speaker: a quotation
    /// opening a headline before a colon is the words of the subject of the clause after it, when that names someone.
    @Test func aHeadlinesQuotationBeforeAColonIsItsClausesSubjects() throws {
        let nurses = try annotate("'We will not back down': nurses vote to strike\n\nNurses in England have voted to strike over pay.")
        #expect(nurses.quoteSummary.first?.text == "'We will not back down'")
        #expect(nurses.quoteSummary.first?.speaker == "nurses")
        let mps = try annotate("“It is a betrayal”: Tory MPs turn on minister\n\nThe minister faced a revolt on Monday.")
        #expect(mps.quoteSummary.first?.speaker == "Tory MPs")
        // A phrase that names no one speaks nothing.
        let airline = try annotate("'Cheap at twice the price': the rise of the budget airline\n\nBudget airlines carried more people than ever.")
        #expect(airline.quoteSummary.first?.speaker == nil)
        // Nor a label with a relative clause, whose quotation the story gives to its speaker.
        let novelist = try annotate("'I never wanted to be famous': the novelist who hid for 20 years\n\nMargaret Lindqvist wrote under a man's name. \"I never wanted to be famous,\" she says.")
        #expect(novelist.quoteSummary.first?.speaker == "Margaret Lindqvist")
        // Nor words the story gives to someone later.
        let echoed = try annotate("'We will not back down': nurses vote to strike\n\nPat Cullen said: \"We will not back down.\"")
        #expect(echoed.quoteSummary.first?.speaker == "Pat Cullen")
    }

    /// "Tom Hale said the review was cruel. Ferris Quillon stood by his verdict. He said the play was weak." gave "he" to
    /// Tom Hale: a name whose first word the list lacks was no person, so the subject of the sentence before was passed
    /// over for the last speaker. A name of two words that is the subject of a verb there is the topic "he" names.
    @Test func anUnlistedNameOpeningTheSentenceBeforeIsThePronounsTopic() throws {
        let critic = try annotate("The actor Tom Hale said the review was cruel. Ferris Quillon stood by his verdict. He said the play was weak.")
        #expect(critic.quoteSummary.map(\.speaker) == ["Tom Hale", "Ferris Quillon"])
        let quoted = try annotate("The actor Tom Hale said the review was cruel. Ferris Quillon stood by his verdict. “I call them as I see them,” he told the Stage.")
        #expect(quoted.quoteSummary.map(\.speaker) == ["Tom Hale", "Ferris Quillon"])
        // A body's name is no "he".
        let firm = try annotate("The actor Tom Hale said the review was cruel. Harrow Theatres stood by its critic. He said the play was weak.")
        #expect(firm.quoteSummary.map(\.speaker) == ["Tom Hale", "Tom Hale"])
    }

    /// "Tom Reed denied the claims. His lawyers said ... Bill Hart also denied them. His lawyers said ..." made both one
    /// speaker, "His lawyers": a possessive pronoun before a speaker's noun stands for the person it names, so each is
    /// that person's ("Tom Reed's lawyers"), a speaker apart.
    @Test func aPossessivePronounsSpeakerIsNamedForItsOwner() throws {
        let doc = try annotate("Tom Reed denied the claims. His lawyers said he was innocent. Bill Hart also denied them. His lawyers said the case was weak.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Tom Reed", "Tom Reed's lawyers", "Bill Hart's lawyers"])
        #expect(doc.speakers.count == 3)
        let wife = try annotate("Tom Reed was injured in the crash. His wife said he was recovering.")
        #expect(wife.quoteSummary.map(\.speaker) == ["Tom Reed's wife"])
        // One of its gender before one whose gender is unknown.
        let met = try annotate("Tom Reed met Sam Lee on Monday. His lawyers said the talks went well.")
        #expect(met.quoteSummary.map(\.speaker) == ["Tom Reed's lawyers"])
        // With no one of its gender named, it stays as written.
        let none = try annotate("Ann Lee was injured in the crash. His lawyers said the case was weak.")
        #expect(none.quoteSummary.map(\.speaker) == ["His lawyers"])
    }

    /// "The town's mayor, Ruth Ames, opened the park. ... the mayor said" left "mayor" a description apart from Ames, and
    /// "Minister says schools will reopen" stayed apart from "The education minister, Ann Reed": a role closing a phrase
    /// with "the" right before a name set off by commas is the role a later "the mayor", or a headline's bare role, names
    /// that person by, as a role in an appositive after the name is.
    @Test func aRoleBeforeANamesCommaIsTheRoleItIsKnownBy() throws {
        let mayor = try annotate("The town's mayor, Ruth Ames, opened the park. Tom Lee was there. Later the mayor said it was a good day.")
        #expect(mayor.quoteSummary.map(\.speaker) == ["Ruth Ames"])
        let minister = try annotate("Minister says schools will reopen\n\nThe education minister, Ann Reed, said on Monday that schools would reopen.")
        #expect(minister.quoteSummary.map(\.speaker) == ["Ann Reed", "Ann Reed"])
        let pm = try annotate("The prime minister, Keir Starmer, met Ann Reed. Later the prime minister said talks went well.")
        #expect(pm.quoteSummary.map(\.speaker) == ["Keir Starmer"])
        // An office of two title words is known by both, not by its last: "The vice president, Mike Pence," is not "the
        // president", as "Vice President Mike Pence" is not.
        let vice = try annotate("The vice president, Mike Pence, spoke first. Later the president said the talks went well.")
        #expect(vice.quoteSummary.map(\.speaker) == ["president"])
    }

    /// An unlabelled Q&A's closing editor's note ("This interview has been edited for length and clarity.")
    /// was read as the rest of the last answer and given to the interviewee. A note about the interview is
    /// the publisher's and ends the answers.
    @Test func anEditorsNoteIsNoAnswer() throws {
        let questions = ["Why does the old press matter?", "Does anyone still use it?", "What happens to it now?"]
        let answers = ["It is not the machine. It is the people who set the type by hand.",
                       "Almost nobody prints on it. But I open the shop on Saturdays for children.",
                       "The council will keep it in the museum. I will train two volunteers."]
        let body = zip(questions, answers).map { "\($0)\n\n\($1)" }.joined(separator: "\n\n")
        let intro = "Ada Quill has run the Eastfield print shop for 40 years. We asked her about its last press."
        for note in ["This interview has been edited for length and clarity.", "This conversation has been condensed and edited.",
                     "Answers have been edited for brevity."] {
            let qa = try annotate("Q&A: The printer who saved a press\n\n\(intro)\n\n\(body)\n\n\(note)\n")
            #expect(qa.quoteSummary.filter { $0.kind == "direct" }.map(\.text) == answers)
        }
        // (A second paragraph of an answer still is one.)
        let more = try annotate("Q&A: The printer who saved a press\n\n\(intro)\n\n\(body)\n\nI have edited every page of it myself.\n")
        #expect(more.quoteSummary.filter { $0.kind == "direct" }.count == 4)
    }

    /// "'We were left to drown': flood victims demand inquiry" gave the headline's quotation to "flood victims" by the
    /// cue after its colon, though the story quotes a resident saying the words. A quotation opening a top paragraph
    /// before a colon takes the speaker of a later quotation that holds its words, as one without a speaker does.
    @Test func aHeadlineQuotationBeforeACueTakesTheSpeakerOfItsEcho() throws {
        let body = "'We wrote letters. We were left to drown,' said Ruth Pemberton, 67."
        let doc = try annotate("'We were left to drown': flood victims demand inquiry\n\nResidents have demanded an inquiry.\n\n\(body)")
        #expect(doc.quoteSummary.first?.speaker == "Ruth Pemberton")
        #expect(doc.quotes.first?.cue == nil)
        // (Unechoed, the clause after the colon still speaks.)
        let alone = try annotate("'We were left to drown': flood victims demand inquiry\n\nResidents have demanded an inquiry.")
        #expect(alone.quoteSummary.first?.speaker == "flood victims")
        // (Nor does an echo reach a quotation attributed in a sentence of the body.)
        let said = try annotate("Ruth Pemberton spoke first.\n\nTom Hale said: 'We were left to drown.'\n\n\(body)")
        #expect(said.quoteSummary.first(where: { $0.text.hasPrefix("'We were left") })?.speaker == "Tom Hale")
    }

    /// "Detectives released images of two men they want to trace." reported "to trace" as the detectives' intention:
    /// a pronoun and a verb of intent right after a noun, with the infinitive's object missing, are a relative clause
    /// without "that" about the noun. Guarded: a verb of telling before the noun ("told investors it plans to expand")
    /// and an opening phrase of place or time ("In the end they want to leave") keep their reports.
    @Test func aVerbOfIntentInAContactRelativeReportsNothing() throws {
        #expect(try annotate("Detectives released images of two men they want to trace.").quoteSummary.isEmpty)
        #expect(try annotate("He set out the changes he wants to make.").quoteSummary.isEmpty)
        #expect(try annotate("She named the three players she wants to sign this summer.").quoteSummary.isEmpty)
        #expect(try annotate("Police want to speak to anyone who saw the car.").quoteSummary.map(\.text) == ["to speak to anyone who saw the car"])
        #expect(try annotate("The company told investors it plans to expand.").quoteSummary.map(\.text) == ["it plans to expand"])
        #expect(try annotate("In the end they want to leave.").quoteSummary.map(\.text) == ["to leave"])
        #expect(try annotate("Last year she wanted to resign.").quoteSummary.map(\.text) == ["to resign"])
    }

    /// "A retired couple say their lives have been “made a misery” by a hedge." reported nothing: "couple" was no
    /// speaking noun, so the plural verb after it read as a noun ("the couple's say"). A couple, a pair, a duo, a trio
    /// and a band are collective nouns like "family", which British reports give a plural verb.
    @Test func aCoupleSayReportsTheirWords() throws {
        #expect(try annotate("A retired couple say their lives have been \"made a misery\" by a hedge.").quoteSummary.first?.speaker == "retired couple")
        for noun in ["couple", "pair", "duo", "trio", "band"] {
            #expect(try annotate("The \(noun) say the tour is over.").quoteSummary.map(\.speaker) == [noun])
        }
        // (A quantity before "of" still is one.)
        #expect(try annotate("A couple of analysts say the tour is over.").quoteSummary.map(\.speaker) == ["couple of analysts"])
    }

    /// "messages in which she appeared to mock homeless people were published" reported "homeless people were published by a
    /// newspaper": the relative clause's end was found only for a cue right after its subject. A verb that lends its subject
    /// to the infinitive ("appeared to", "seemed to") may stand between.
    @Test func aRelativeClauseWithALenderEndsBeforeTheSentencesVerb() throws {
        let doc = try annotate("She resigned after messages in which she appeared to mock homeless people were published by a newspaper.")
        #expect(doc.quoteSummary.map(\.text) == ["homeless people"])
        let plain = try annotate("She resigned after messages in which she mocked homeless people were published by a newspaper.")
        #expect(plain.quoteSummary.map(\.text) == ["homeless people"])
    }

    /// "“Ivan is our player until he isn't,” he joked at a news conference." gave the quotation no speaker: "at" after a
    /// verb of manner was read as shouting at someone, behaviour rather than speech. Right after the quotation it
    /// attributes, the verb reports it whatever follows.
    @Test func aVerbOfMannerAfterItsQuotationReportsItBeforeAt() throws {
        let doc = try annotate("Thomas Frank refused to be drawn. \"Ivan is our player until he isn't,\" he joked at a news conference.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Thomas Frank"])
        #expect(try annotate("The manager had shouted at staff and humiliated them.").quoteSummary.isEmpty)
    }

    /// "said investigators had found gasoline cans in the truck and video showing him near the church" ended the
    /// prosecutor's words at "and": the record's verb in a participle or relative clause about a noun of the speech
    /// ("video showing", "a video that showed") was read as a second report coordinated with the first.
    @Test func aRecordsVerbDescribingANounOfTheSpeechEndsNothing() throws {
        let doc = try annotate("Brennan said investigators had found gasoline cans in the truck and video showing him near the church.")
        #expect(doc.quoteSummary.first?.text == "investigators had found gasoline cans in the truck and video showing him near the church")
        let that = try annotate("Brennan said investigators had found cans in the truck and a video that showed him near the church.")
        #expect(that.quoteSummary.first?.text == "investigators had found cans in the truck and a video that showed him near the church")
        // (A report of its own after "and" still ends the first: "and police said ...".)
        let two = try annotate("Brennan said the cans were found in the truck, and police said the video showed him near the church.")
        #expect(two.quoteSummary.first?.text == "the cans were found in the truck")
    }

    /// "A girl who wrote to the council complaining that the swings had been broken for two years has been told they will
    /// be replaced." ran the complaint on into "has been told ...": in a relative clause about the sentence's opening
    /// subject, a participle's speech ends before the sentence's own verb, as a finite cue's does ("Critics who say ...").
    @Test func aParticiplesSpeechInARelativeClauseEndsBeforeTheSentencesVerb() throws {
        let doc = try annotate("A girl who wrote to the council complaining that the swings had been broken for two years has been told they will be replaced.")
        #expect(doc.quoteSummary.map(\.text) == ["the swings had been broken for two years"])
        let finite = try annotate("A girl who complained that the swings had been broken for two years has been told they will be replaced.")
        #expect(finite.quoteSummary.map(\.text) == ["the swings had been broken for two years"])
    }

    /// "Lord Vallance said when asked about the criticism on Tuesday:" and a quotation as the next paragraph left the
    /// quotation without a speaker: a cue with no words of its own introduced the next paragraph only when its colon came
    /// within five tokens. A longer circumstance before the colon ends the sentence the same way.
    @Test func aCueWithALongCircumstanceBeforeItsColonIntroducesTheNextParagraph() throws {
        let quote = "\"We want Britain to be the best place in the world.\""
        let doc = try annotate("Lord Vallance said when asked about the criticism on Tuesday:\n\n\(quote)")
        #expect(doc.quoteSummary.map(\.speaker) == ["Lord Vallance"])
        let what = try annotate("Here is what the science minister, Lord Vallance, said when asked about the criticism on Tuesday:\n\n\(quote)")
        #expect(what.quoteSummary.filter { $0.kind == "direct" }.map(\.speaker) == ["Lord Vallance"])
    }

    /// "Here is what the science minister, Lord Vallance, said when asked:" reported "Here is what the science minister" as
    /// his words: the speaker is an appositive inside a free relative ("what the minister ... said"), and nothing before
    /// the name is speech. The paragraph after the colon is still his.
    @Test func aFreeRelativeBeforeTheSpeakersAppositiveIsNoSpeech() throws {
        let doc = try annotate("Here is what the science minister, Lord Vallance, said when asked on Tuesday:\n\n\"We want Britain to be the best place in the world.\"")
        #expect(doc.quoteSummary.map(\.kind) == ["direct"])
        #expect(doc.quoteSummary.first?.speaker == "Lord Vallance")
        #expect(try annotate("That is what the minister, Ann Lee, said on Monday.").quoteSummary.isEmpty)
        // (A clause before the role's phrase still is: "The plan will fail, the minister, Ann Lee, said.")
        #expect(try annotate("The plan will fail, the minister, Ann Lee, said.").quoteSummary.map(\.text) == ["The plan will fail"])
    }

    /// "Here is what Lord Vallance said when asked about it:" gave the next paragraph's quotation to a person called
    /// "Here": the capitalised opener was read as a name. "Here" joins the sentence starters, as "There" is.
    @Test func hereOpeningASentenceIsNoName() throws {
        let doc = try annotate("Here is what Lord Vallance said when asked about it:\n\n\"We want it.\"")
        #expect(!doc.quoteSummary.contains { $0.speaker == "Here" })
        #expect(!doc.entities.contains { $0.name == "Here" })
    }

    /// "Astronomers using the telescope say they have found it." reported nothing: a base form after a singular noun and
    /// its determiner reads as a noun ("the most basic question"), though the noun here closes a participle's phrase
    /// about the plural before it, which the verb agrees with.
    @Test func aPluralsParticiplePhraseKeepsItsVerb() throws {
        #expect(try annotate("Astronomers using the telescope say they have found it.").quoteSummary.map(\.speaker) == ["Astronomers using the telescope"])
        // (After a singular's phrase the base form is still a noun.)
        #expect(try annotate("The firm said a man using the lift report was hurt.").quoteSummary.map(\.speaker) == ["firm"])
    }

    /// "The Campaign for Real Ale says more than 50 pubs close in Britain every month." reported nothing: a base-form verb
    /// after a plural opened the clause only after a determiner; a count ("50 pubs", "more than 50 pubs") opens it too.
    @Test func aCountedPluralOpensTheReportedClause() throws {
        #expect(try annotate("The group says 50 pubs close every month.").quoteSummary.map(\.text) == ["50 pubs close every month"])
        #expect(try annotate("The Campaign for Real Ale says more than 50 pubs close in Britain every month.").quoteSummary.map(\.text)
                == ["more than 50 pubs close in Britain every month"])
        // (A past after the count reads as before.)
        #expect(try annotate("Police said 50 people were hurt.").quoteSummary.map(\.text) == ["50 people were hurt"])
    }

    /// "GPs say many parents simply forget the second dose." reported nothing: a base-form verb opened the reported clause
    /// only right after its plural; an adverb in "-ly" may stand between ("parents simply forget", "voters rarely turn out").
    @Test func anAdverbBetweenAPluralAndItsVerbKeepsTheClause() throws {
        #expect(try annotate("Doctors say many parents simply forget the second dose.").quoteSummary.map(\.text) == ["many parents simply forget the second dose"])
        #expect(try annotate("Officials say voters rarely turn out in winter.").quoteSummary.map(\.text) == ["voters rarely turn out in winter"])
    }

    /// "A passenger jet bound for Tenerife was forced to return ..., the airline said" gave the words to Tenerife: a
    /// one-word name a journey's noun goes to or comes from ("flights to Paris", "a jet from Faro", "the ferry to
    /// Calais"), or that a craft is bound for, is a place, which "the airline" or "the operator" does not name.
    @Test func aJourneysEndIsNoBusiness() throws {
        let bound = try annotate("A passenger jet bound for Tenerife was forced to return on Saturday, the airline said.")
        #expect(bound.quoteSummary.map(\.speaker) == ["airline"])
        let flights = try annotate("Flights to Paris were cancelled, the airline said.")
        #expect(flights.quoteSummary.map(\.speaker) == ["airline"])
        let from = try annotate("A jet from Faro landed safely, the airline said.")
        #expect(from.quoteSummary.map(\.speaker) == ["airline"])
        let ferry = try annotate("The ferry to Calais was cancelled. The operator said the sea was too rough.")
        #expect(ferry.quoteSummary.map(\.speaker) == ["operator"])
        // (A business a share, a bid or a product goes with keeps its noun: "Shares in Veloxa fell, the company said".)
        let shares = try annotate("Shares in Veloxa fell sharply on Monday, the company said.")
        #expect(shares.quoteSummary.map(\.speaker) == ["Veloxa"])
    }

    /// "An engineer not involved in the investigation, who asked not to be named, said damage ... would be checked"
    /// reported nothing: a participle phrase after its noun may be denied ("a doctor not involved in the study"), and the
    /// noun before the "not" still speaks.
    @Test func aDeniedParticiplePhraseKeepsItsSpeaker() throws {
        let doctor = try annotate("A doctor not involved in the study said the results were striking.")
        #expect(doctor.quoteSummary.map(\.speaker) == ["doctor not involved in the study"])
        let experts = try annotate("Experts not involved in the research said the results were striking.")
        #expect(experts.quoteSummary.map(\.speaker) == ["Experts not involved in the research"])
        let engineer = try annotate("An engineer not involved in the investigation, who asked not to be named, said the blades would be checked.")
        #expect(engineer.quoteSummary.map(\.text) == ["the blades would be checked"])
        // (A denied verb of the sentence's own is no phrase: "The doctors did not take part in the study" reports nothing.)
        let own = try annotate("The doctors did not take part in the study, the hospital said.")
        #expect(own.quoteSummary.map(\.speaker) == ["hospital"])
    }

    /// "Among them was retired teacher Ann Pryce, 71, who said she had used her library every week" gave the words to "71":
    /// the age in commas after a name is no antecedent of "who"; the name before it is.
    @Test func anAgeBeforeWhoIsNoSpeaker() throws {
        let doc = try annotate("""
            Among them was retired teacher Ann Pryce, 71, who said she had used her library every week. \
            \u{201C}It's the only warm place some people have,\u{201D} she said.
            """)
        #expect(doc.quoteSummary.map(\.speaker) == ["Ann Pryce", "Ann Pryce"])
    }

    /// "Adele has said she still gets stage fright. Speaking to Zane Lowe on Apple Music, the singer said she had been
    /// terrified" gave the words to Zane Lowe: a person named after a preposition earlier in the sentence ("speaking to",
    /// "in an interview with") is someone the described subject talks to, not the one "the singer" names.
    @Test func aPersonSpokenToIsNotTheDescribedSpeaker() throws {
        let doc = try annotate("""
            Adele has said she still gets stage fright. Speaking to Zane Lowe on Apple Music, the singer said she had been \
            terrified before every show.
            """)
        #expect(doc.quoteSummary.map(\.speaker) == ["Adele", "Adele"])
        let with = try annotate("""
            Adele has said she still gets stage fright. In an interview with Zane Lowe, the singer said she had been terrified.
            """)
        #expect(with.quoteSummary.map(\.speaker) == ["Adele", "Adele"])
        // (One named as the sentence's subject before is: "Rice scored twice, and the midfielder said".)
        let rice = try annotate("Declan Rice scored twice on Sunday, and the midfielder said the team had earned it.")
        #expect(rice.quoteSummary.map(\.speaker) == ["Declan Rice"])
    }

    /// "Schools in parts of Cumbria have already announced they will close" gave the words to Cumbria: a part of a place
    /// after "in" ("in parts of", "in the north of") places the people or bodies before it, as "Schools in Cumbria" does.
    @Test func aPartOfAPlacePlacesTheSpeakers() throws {
        let parts = try annotate("Schools in parts of Cumbria have already announced they will close on Friday.")
        #expect(parts.quoteSummary.map(\.speaker) == ["Schools in parts of Cumbria"])
        let north = try annotate("Hospitals in the north of England said they were full.")
        #expect(north.quoteSummary.map(\.speaker) == ["Hospitals in the north of England"])
    }

    /// "'I still get stage fright': Adele on her return to live shows" and "Adele: 'I still get stage fright'" left the
    /// headline's quotation with no speaker: a name that speaks in the story, after the quotation's colon with "on" and
    /// its topic, or before a colon and the quotation, speaks it. (Not a name that never speaks: "Rome on a budget".)
    @Test func aHeadlineNameOnATopicOrBeforeAColonSpeaks() throws {
        let on = try annotate("""
            \u{2018}I still get stage fright\u{2019}: Adele on her return to live shows

            Adele has said she still suffers from stage fright.
            """)
        #expect(on.quoteSummary.map(\.speaker) == ["Adele", "Adele"])
        let before = try annotate("""
            Adele: \u{2018}I still get stage fright\u{2019}

            Adele has said she still suffers from stage fright.
            """)
        #expect(before.quoteSummary.map(\.speaker) == ["Adele", "Adele"])
        let rome = try annotate("""
            \u{2018}Cheap at twice the price\u{2019}: Rome on a budget

            Rome is expensive, but there are ways to save, the guide says.
            """)
        #expect(rome.quoteSummary.map(\.speaker) == [nil, "guide"])
        let topic = try annotate("""
            Brexit: \u{2018}We will not back down\u{2019}

            The prime minister said she would keep talking.
            """)
        #expect(topic.quoteSummary.map(\.speaker) == [nil, "prime minister"])
    }

    /// "Q&A: What the new AI rules mean for you ... We asked Dr Sandra Wachter, a professor ..., what it means." gave the
    /// answers to no one, since most were impersonal ("It sorts AI systems by risk."): "we asked" and the person named
    /// right after it say whose answers follow, first person or not. (Without it, impersonal answers stay the writer's:
    /// an explainer's.)
    @Test func weAskedNamesTheIntervieweeOfImpersonalAnswers() throws {
        let questions = ["What does the law do?", "Will people notice?", "Is it enough?"]
        let answers = ["It sorts systems by risk. Some uses are banned outright.",
                       "Probably not straight away. Firms must label generated images.",
                       "Nobody believes it is the final word. Much depends on enforcement."]
        let body = zip(questions, answers).map { "\($0)\n\n\($1)" }.joined(separator: "\n\n")
        let asked = try annotate("""
            Q&A: What the new rules mean

            The law began to apply this month. We asked Dr Ann Blake, a professor of law at Leeds, what it means.

            \(body)
            """)
        #expect(asked.quoteSummary.filter { $0.kind == "direct" }.map(\.speaker) == ["Ann Blake", "Ann Blake", "Ann Blake"])
        let explainer = try annotate("""
            Q&A: What the new rules mean

            The law began to apply this month. Dr Ann Blake, a professor of law at Leeds, has studied it for years.

            \(body)
            """)
        #expect(explainer.quoteSummary.filter { $0.kind == "direct" }.isEmpty)
    }

    /// "A lawsuit filed Monday in federal court in San Francisco accuses the maker ..." gave the words to San Francisco: a
    /// weekday between a participle and its place ("filed Monday in") is no name that holds the place; the phrase speaks,
    /// as "A lawsuit filed in San Francisco" does.
    @Test func aWeekdayBeforeAPlaceKeepsTheDescribedSpeaker() throws {
        let suit = try annotate("A lawsuit filed Monday in San Francisco accuses the company of selling data.")
        #expect(suit.quoteSummary.map(\.speaker) == ["lawsuit filed Monday in San Francisco"])
        let court = try annotate("A lawsuit filed Monday in federal court in San Francisco accuses the company of selling data.")
        #expect(court.quoteSummary.map(\.speaker) == ["lawsuit filed Monday in federal court in San Francisco"])
    }

    /// "Reuters could not independently verify either side's claims" reported Reuters verifying "either side's claims": a
    /// confirmation denied ("could not verify", "did not confirm that ...") reports nothing, as "did not comment" does.
    @Test func aDeniedConfirmationReportsNothing() throws {
        #expect(try annotate("Reuters could not independently verify either side's claims.").quoteSummary.isEmpty)
        #expect(try annotate("The BBC could not confirm that the footage was genuine.").quoteSummary.isEmpty)
        #expect(try annotate("Police have not confirmed that a man died.").quoteSummary.isEmpty)
        // (One given still reports: "Police confirmed that a man had died".)
        #expect(try annotate("Police confirmed that a man had died.").quoteSummary.map(\.speaker) == ["Police"])
    }

    /// "Farmers across Britain have warned that food production could fall" gave the words to Britain: people opening the
    /// sentence right before the preposition of the place speak, as they do with a word before them ("Many farmers across
    /// Britain").
    @Test func peopleOpeningTheSentenceBeforeAPlaceSpeak() throws {
        let farmers = try annotate("Farmers across Britain have warned that food production could fall.")
        #expect(farmers.quoteSummary.map(\.speaker) == ["Farmers across Britain"])
        let teachers = try annotate("Many teachers across Wales said they were tired.")
        #expect(teachers.quoteSummary.map(\.speaker) == ["Many teachers across Wales"])
    }

    /// "Contracts had to be signed “in days, not months”, he said, and “some mistakes were inevitable”." lost the second
    /// clause: a clause joined by "and" after an interrupting attribution goes on with the speech when it opens with a
    /// quotation mark too.
    @Test func aCoordinateClauseMayOpenWithAQuotation() throws {
        let doc = try annotate("""
            Lord Bethell spoke. Contracts had to be signed \u{201C}in days, not months\u{201D}, he said, and \u{201C}some mistakes were inevitable\u{201D}.
            """)
        #expect(doc.quoteSummary.filter { $0.kind != "partial" }.map(\.text) == [
            "Contracts had to be signed \u{201C}in days, not months\u{201D}", "\u{201C}some mistakes were inevitable\u{201D}"])
    }

    /// "The mother of a 16-year-old boy stabbed to death outside his school has called for metal detectors" gave the words
    /// to "outside his school": a preposition before a group's noun and its determiner is no modifier of the group; the
    /// participle's phrase describes the boy, and his mother speaks.
    @Test func aPrepositionBeforeAGroupsDeterminerIsNoModifier() throws {
        let doc = try annotate("The mother of a boy stabbed outside his school has called for metal detectors.")
        #expect(doc.quoteSummary.map(\.speaker) == ["mother of a boy stabbed outside his school"])
    }

    /// "Raducanu will face Jessica Pegula next. The American, who beat Raducanu in their only previous meeting, said ..."
    /// gave the words to Raducanu, the subject of the sentence before: a person the description's own relative clause
    /// names is someone else, and the next person back speaks.
    @Test func aPersonInTheDescriptionsRelativeClauseIsSomeoneElse() throws {
        let doc = try annotate("""
            Emma Raducanu won on Wednesday. Raducanu will face Jessica Pegula next. The American, who beat Raducanu in \
            their only previous meeting, said she expected a tough match.
            """)
        #expect(doc.quoteSummary.map(\.speaker) == ["Jessica Pegula"])
    }

    /// "The Isle of Man Steam Packet Company admitted breaching safety rules" gave the words to "Isle": after "the", a
    /// capitalised word, "of" and a name closed by an organisation's noun are one body's name ("The Port of London
    /// Authority"), as "The Royal Society of Chemistry" is. (Not a person's name before "of": "Jane Smith of Acme Company".)
    @Test func anOrganisationsNameRunsOverItsOf() throws {
        let ferry = try annotate("The Isle of Man Steam Packet Company admitted breaching safety rules.")
        #expect(ferry.quoteSummary.map(\.speaker) == ["Isle of Man Steam Packet Company"])
        let port = try annotate("The Port of London Authority said the river was closed.")
        #expect(port.quoteSummary.map(\.speaker) == ["Port of London Authority"])
        let person = try annotate("Jane Smith of Acme Company said the river was closed.")
        #expect(person.quoteSummary.map(\.speaker) == ["Jane Smith"])
    }

    /// "Pat Cummins took five wickets ... Cummins said his side had stuck to its plans. “...,” the fast bowler said" left
    /// "fast bowler" a bare description: a word of a player's or an artist's craft ("fast", "left-arm", "lead") or of
    /// standing ("veteran") may stand between "the" and the position; "the other striker" is someone else.
    @Test func aPositionWithACraftWordNamesThePersonMentionedLast() throws {
        let doc = try annotate("""
            Pat Cummins took five wickets. Cummins said his side had stuck to its plans. \u{201C}It's a good feeling,\u{201D} the \
            fast bowler said.
            """)
        #expect(doc.quoteSummary.map(\.speaker) == ["Pat Cummins", "Pat Cummins"])
        let veteran = try annotate("Tom Hale scored twice. \u{201C}We never gave up,\u{201D} the veteran striker said.")
        #expect(veteran.quoteSummary.map(\.speaker) == ["Tom Hale"])
        let other = try annotate("Tom Hale scored twice. \u{201C}He was superb,\u{201D} the other striker said.")
        #expect(other.quoteSummary.first?.speaker != "Tom Hale")
    }

    /// "Tech firm cuts 1,200 jobs as chief executive admits it hired too fast" reported nothing: a headline drops the
    /// article, so a role right after a linking "as" or "while", before a present "-s" cue, is the cue's subject, as "the
    /// chief executive" would be. A role in a capacity ("Lee, who served as chief executive, said") is not.
    @Test func aHeadlinesRoleAfterAsSpeaks() throws {
        let doc = try annotate("Veloxa cuts 300 jobs as chief executive admits it grew too fast")
        #expect(doc.quoteSummary.map(\.speaker) == ["chief executive"])
        #expect(doc.quoteSummary.map(\.text) == ["it grew too fast"])
        let boss = try annotate("Rail fares to rise as minister says costs have soared")
        #expect(boss.quoteSummary.map(\.speaker) == ["minister"])
        let served = try annotate("Ann Lee, who served as chief executive, said the firm grew too fast.")
        #expect(served.quoteSummary.map(\.speaker) == ["Ann Lee"])
    }

    /// "Her lawyer, Daniel Okafor of Pearce & Co, said" gave the words to the client's lawyer, undescribed: an ampersand
    /// joining an employer's capitalised words ("Pearce & Co", "Marks & Spencer") belongs to the name after the
    /// appositive's person, as "of Pearce Legal" does.
    @Test func anEmployersAmpersandKeepsTheAppositivesPerson() throws {
        let doc = try annotate("Ruth Begum said she cried. Her lawyer, Daniel Okafor of Pearce & Co, said the judgment was clear.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Ruth Begum", "Daniel Okafor"])
        let marks = try annotate("One analyst, Joanna Li of Marks & Spencer, said sales were weak.")
        #expect(marks.quoteSummary.map(\.speaker) == ["Joanna Li"])
    }

    /// "Redwood Homes submitted the application last month. It says the scheme would include 160 homes" reported
    /// nothing: "it" may stand for a body whose name, closed by an organisation's noun ("Homes", "Corp", "Council"),
    /// opens the sentence before as the subject of its verb, as it may when "its" follows the name there.
    @Test func itStandsForABodyNamedAsTheSubjectBefore() throws {
        let doc = try annotate("""
            Redwood Homes submitted the application last month. It says the scheme would include 160 affordable homes.
            """)
        #expect(doc.quoteSummary.map(\.speaker) == ["Redwood Homes"])
        let corp = try annotate("Acme Corp cut 200 jobs. It said the market was weak.")
        #expect(corp.quoteSummary.map(\.speaker) == ["Acme Corp"])
        // (Past a capitalised noun of its trade: "Developer Redwood Homes".)
        let developer = try annotate("Developer Redwood Homes submitted the plans. It says the scheme would include 160 homes.")
        #expect(developer.quoteSummary.map(\.speaker) == ["Redwood Homes"])
        // (A headline without a full stop before it is a sentence apart, not the opening of the sentence before; and its
        // "fight plans for" holds no verb of intent, so "Villagers fight" never spoke.)
        let headline = try annotate("""
            Villagers fight plans for 400 homes

            Developer Redwood Homes submitted the plans. It says the scheme would include 160 homes.
            """)
        #expect(headline.quoteSummary.map(\.speaker) == ["Redwood Homes"])
        // (A thing's name is no body: "Tower Bridge reopened. It said nothing" has no speaker to give.)
        let bridge = try annotate("Tower Bridge reopened on Monday. It said the repairs were done.")
        #expect(bridge.quoteSummary.isEmpty)
    }

    /// "Stallholder Rukhsana Begum said she cried" named the speaker "Stallholder Rukhsana Begum": a capitalised noun
    /// before a name loses its place as a descriptor only when the given name is known, and the list lacked "Rukhsana".
    /// A few more given names from South Asia, Africa, the Middle East and Europe are listed now.
    @Test func aDescriptorBeforeAListedGivenNameIsDropped() throws {
        let doc = try annotate("Stallholder Rukhsana Begum said she cried when she heard the news.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Rukhsana Begum"])
        let sadiq = try annotate("Councillor Sadiq Anwar said he would vote against the plan.")
        #expect(sadiq.quoteSummary.map(\.speaker) == ["Sadiq Anwar"])
    }

    /// "A friend suggested a swim might help. “It was February and the water was six degrees,” she remembers" gave the
    /// quotation to the friend's "suggested", the cue before it: "remember" is a cue, a speaker's recollection, trailing
    /// a quotation or before "that" (as "recall" is); "Residents remember the flood" reports nothing.
    @Test func rememberIsACue() throws {
        let doc = try annotate("""
            Brenda Holt started swimming after her husband died. A friend suggested a swim might help. \
            \u{201C}It was February and the water was six degrees,\u{201D} she remembers.
            """)
        #expect(doc.quotes.map(\.cue?.lemma) == ["suggest", "remember"])
        let alone = try annotate("""
            Brenda Holt started swimming in 1993. \u{201C}It was February and the water was six degrees,\u{201D} she remembers.
            """)
        #expect(alone.quoteSummary.map(\.speaker) == ["Brenda Holt"])
        let that = try annotate("Brenda Holt remembers that the water was freezing.")
        #expect(that.quoteSummary.map(\.text) == ["the water was freezing"])
        let flood = try annotate("Residents remember the flood of 1953.")
        #expect(flood.quoteSummary.isEmpty)
    }

    /// "warned that services inflation, which the Bank of England watches closely, remained “sticky”" cut the speech at
    /// "services inflation": a relative clause between commas after the speech's subject belongs to the speech when a
    /// finite verb, not only a helper, follows its closing comma and the words before it hold no clause of their own.
    @Test func aRelativeClauseBeforeTheSpeechsOwnVerbBelongsToIt() throws {
        let doc = try annotate("Liz McKeown said that services inflation, which the bank watches closely, remained high.")
        #expect(doc.quoteSummary.map(\.text) == ["services inflation, which the bank watches closely, remained high"])
        let past = try annotate("Ann Lee said the new road, which opened in May, cut journey times.")
        #expect(past.quoteSummary.map(\.text) == ["the new road, which opened in May, cut journey times"])
        // (After a clause of its own the relative is the writer's note: "said the firm had cut jobs in Leeds, which
        // employs 200 people".)
        let note = try annotate("Ann Lee said the firm had cut jobs in Leeds, which employs 200 people.")
        #expect(note.quoteSummary.map(\.text) == ["the firm had cut jobs in Leeds"])
    }

    /// "Premier League: Villa edge past Spurs in five-goal thriller" gave the headline to a speaker "Premier League": a
    /// headline's label closed by a body's or a thing's noun names a speaker only when the article names it outside the
    /// label too, as "Hale: Pier Will Close Before Winter" over "Harbour master Tom Hale said" does.
    @Test func aHeadlineLabelKnownOnlyFromItselfIsNoSpeaker() throws {
        let doc = try annotate("""
            Premier League: Villa edge past Spurs in five-goal thriller

            Aston Villa came from behind to beat Tottenham 3-2 on Sunday.
            """)
        #expect(doc.quotes.isEmpty)
        let known = try annotate("Hale: Pier will close before winter\n\nHarbour master Tom Hale said on Monday the pier is unsafe.")
        #expect(known.quoteSummary.contains { $0.text == "Pier will close before winter" && $0.speaker == "Tom Hale" })
        // (A name closed by no body's or thing's noun, a person's, needs no other mention.)
        let person = try annotate("Tucker Carlson: Mark Zuckerberg and Michael Flynn, a tale of two liars")
        #expect(person.quoteSummary.map(\.speaker) == ["Tucker Carlson"])
    }

    /// "A lawyer for the rapper known as King Lyric said Monday that his client would plead not guilty" gave the words to
    /// the lawyer through "known" and to "Lyric" through "said": "known as" names, it is no cue; and a name after it
    /// names the object of the preposition before it, so the phrase holding the preposition speaks. "The man known as
    /// Jihadi John said" is the man so named.
    @Test func aNameAfterKnownAsIsTheNameOfTheNounBefore() throws {
        let doc = try annotate("A lawyer for the rapper known as King Lyric said Monday that his client would plead not guilty.")
        #expect(doc.quotes.count == 1)
        #expect(doc.quoteSummary.first?.speaker == "lawyer for the rapper")
        let man = try annotate("The man known as Jihadi John said he would kill them.")
        #expect(man.quoteSummary.map(\.speaker) == ["Jihadi John"])
    }

    /// "The decision was welcomed by savers' groups" gave the welcome to "savers": a plural's possessive apostrophe
    /// inside an agent after "by" owns the noun after it, without an article too ("by the teachers' union" was read).
    @Test func aPluralPossessiveInsideAnAgentKeepsItsNoun() throws {
        let doc = try annotate("The decision was welcomed by savers' groups but criticised by some business organisations.")
        #expect(doc.quoteSummary.first?.speaker == "savers' groups")
    }

    /// A lower-case role opening the text before a present cue ("minister says the plan works.") trapped on a reversed
    /// range in the headline-role rule, which looks back for a linking word before the role: the look-back is empty there.
    @Test func aRoleOpeningTheTextBeforeAPresentCueDoesNotTrap() throws {
        let doc = try annotate("minister says the plan works.")
        #expect(doc.quoteSummary.map(\.text) == ["the plan works"])
    }

    /// "said that inflation, which the bank watches closely, remained high" kept "that" in the speech, read as the
    /// determiner of "that inflation", and after "warned" the speech opened at "which": a relative clause between commas
    /// after the noun, then a finite verb, makes the noun the speech's subject and "that" its complementizer. "rejected
    /// that claim, which he called absurd" keeps the determiner.
    @Test func thatBeforeANounAndARelativeClauseIsTheComplementizer() throws {
        let said = try annotate("Liz McKeown said that inflation, which the bank watches closely, remained high.")
        #expect(said.quoteSummary.map(\.text) == ["inflation, which the bank watches closely, remained high"])
        let warned = try annotate("Liz McKeown warned that inflation, which the bank watches closely, remained high.")
        #expect(warned.quoteSummary.map(\.text) == ["inflation, which the bank watches closely, remained high"])
        let claim = try annotate("Ann Lee rejected that claim, which he called absurd.")
        #expect(claim.quoteSummary.map(\.text) == ["that claim"])
    }

    /// "Of 24 toys bought online, 14 failed safety tests, Which? said." reported nothing: a name's own "?" or "!" glued to
    /// it closes the subject after a comma too, right before a trailing cue, as it does after a body's noun ("Consumer
    /// group Which? said"). Not a question word: "..., Why? asked Lee" is Lee's.
    @Test func aNamesOwnMarkBeforeATrailingCueClosesTheSubject() throws {
        let doc = try annotate("Of 24 toys bought online, 14 failed safety tests, Which? said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Which"])
        #expect(doc.quoteSummary.map(\.text) == ["Of 24 toys bought online, 14 failed safety tests"])
    }

    /// "said about 500 estates a year would pay the tax, and that the money was needed" lost its first clause: "about"
    /// before a number is an approximation, not a preposition opening a circumstance to pass over up to a later "that".
    @Test func aboutBeforeANumberOpensTheSpeech() throws {
        let doc = try annotate("James Murray said about 500 estates a year would pay the tax, and that the money was needed.")
        #expect(doc.quoteSummary.map(\.text) == ["about 500 estates a year would pay the tax, and that the money was needed"])
        // (A circumstance before "that" is still passed over: "said during a rally in Leeds that ...".)
        let rally = try annotate("James Murray said during a rally in Leeds that the money was needed.")
        #expect(rally.quoteSummary.map(\.text) == ["the money was needed"])
    }

    /// "Police are appealing for witnesses after an 84-year-old man's car was stolen from outside his home" ran the object
    /// into the circumstance: the clause's noun had an age and an owner before it, three words where two were read.
    @Test func anObjectEndsBeforeAClauseWhoseNounHasAnOwner() throws {
        let doc = try annotate("Police are appealing for witnesses after an 84-year-old man's car was stolen from outside his home. The mayor hailed the scheme as a bold new housing plan.")
        #expect(doc.quoteSummary.map(\.text) == ["witnesses", "the scheme as a bold new housing plan"])
    }

    /// "The engine maker, Pratt & Whitney, said last year that ..." gave the words to the airline named before: the
    /// name between the commas stopped at the ampersand, so no name stood there. An ampersand between two capitalised
    /// words is inside the name, as it is in a name that opens the sentence.
    @Test func anAppositiveNameMayHoldAnAmpersand() throws {
        let doc = try annotate("Skyway Airlines said its flights were safe. The engine maker, Pratt & Whitney, said last year that a flaw existed. Her adviser, Jo Reed, said she would appeal. According to the engine maker, Pratt & Whitney, the flaw is rare.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Skyway Airlines", "Pratt & Whitney", "Jo Reed", "Pratt & Whitney"])
    }

    /// "Loomer said she was told by the platform that her account broke its rules" lost the platform's report once
    /// "platform" named a business (as "the airline" had lost it): a one-word name of unknown gender may be a business, so
    /// "the platform" was taken for Loomer, whose report already held it. A report opening with "he" or "she" speaks of a
    /// person, and its speaker is no business its own words name. A body's report of a woman stays a body's:
    /// "Big Machine says she will be allowed ... But the company says".
    @Test func aNameReportingOfAPersonIsNoBusinessItsWordsName() throws {
        let doc = try annotate("Loomer said she was told by the platform that her account broke its rules. Tesco said prices would fall. The supermarket said it would open stores. Northwind said she would be paid. The firm said it regretted the delay.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Loomer", "platform", "Tesco", "Tesco", "Northwind", "Northwind"])
    }

    /// "The billionaire owner of social media platform Chirp has accused ..." gave the accusation to Chirp: "platform"
    /// was no body's noun, so the owner's phrase stopped short of it. A platform is a business by its trade.
    @Test func aPlatformIsABusinessByItsTrade() throws {
        let doc = try annotate("The billionaire owner of social media platform Chirp has accused regulators of censorship. Chirp has 90 million users. The platform said it would appeal.")
        #expect(doc.quoteSummary.map(\.speaker) == ["billionaire owner of social media platform Chirp", "Chirp"])
    }

    /// "The report on Kenton Park Academy said leaders had “an overly positive view”" gave the words to the school the
    /// report was about. A record and what it is "on" or "into" are one subject, as a record and its author are; the
    /// record speaks.
    @Test func aRecordSpeaksForItselfNotForWhatItIsAbout() throws {
        let doc = try annotate("Inspectors visited in May. The report on Kenton Park Academy said leaders had failed. An inquiry into Northfield Council said its finances were weak. A report from the Pentagon said troops would stay.")
        #expect(doc.quoteSummary.map(\.speaker) == ["report on Kenton Park Academy", "inquiry into Northfield Council", "Pentagon"])
    }

    /// "The prime minister conceded defeat on Saturday night after his government lost its majority" read "defeat ... lost
    /// its majority" as a clause: "concede" took no object. It does now, as "acknowledge" does, and an adverb of time
    /// before "after" or a day's phrase ends the object: "conceded defeat shortly after midnight", "early on Wednesday".
    /// The time of an event asked for stays: "called for elections early next year".
    @Test func aConcededDefeatIsTheContentWithoutItsTime() throws {
        let doc = try annotate("The prime minister conceded defeat on Saturday night after his government lost its majority. Grace Nkosi conceded defeat shortly after midnight. Frank Ellison conceded defeat early on Wednesday. Lee conceded that the plan had failed. Tom Reed called for elections early next year.")
        #expect(doc.quoteSummary.map(\.text) == ["defeat", "defeat", "defeat", "the plan had failed", "elections early next year"])
    }

    /// "His former manager at Aston Villa, Unai Emery, said" gave the words to the description: two capitalised words after
    /// a place's comma, the first no known first name, were read as a state ("Austin, Texas"). After an office "at" a place,
    /// as after one "of" it, they are the office holder's name.
    @Test func anOfficeAtAPlaceThenANameIsItsHolder() throws {
        let doc = try annotate("Blake scored twice. His former manager at Aston Villa, Unai Emery, said Blake was special. John Smith, a lawyer at Hale Partners in Austin, Texas, said the deal was fair.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Unai Emery", "John Smith"])
    }

    /// "Singer-songwriter Mae Holloway has returned to the stage" kept the role in the speaker's name: an occupation the
    /// lexicon lacks was known only by its ending. A capitalised word whose part after a hyphen is in lower case is a
    /// common noun opening the sentence; a name's parts are all capitalised, "Ann Smith-Jones".
    @Test func aHyphenatedRoleBeforeANameIsNoPartOfIt() throws {
        let doc = try annotate("Singer-songwriter Mae Holloway said she was grateful. Co-founder Ann Lee said sales rose. Lucy Smith-Jones said she agreed.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Mae Holloway", "Ann Lee", "Lucy Smith-Jones"])
    }

    /// "Jason Moor denies assault. Cross-examining Mr Fry, barrister Anita Shah suggested that the actor had thrown the
    /// first punch. “That's simply not true,” he replied." gave the reply to Moor, the last man who spoke. A reply is the
    /// words of the one the question was put to: a person of the pronoun's gender named in the sentence before, outside
    /// anyone's words and not speaking there.
    @Test func aReplyIsTheAddresseesWords() throws {
        let doc = try annotate("The actor Daniel Fry said he was terrified. Jason Moor, 31, denies assault. Cross-examining Mr Fry, barrister Anita Shah suggested that the actor had thrown the first punch. “That's simply not true,” he replied. Tom Hale said the case was weak. Ann Cole asked Jim Reed about the plan. “It is fine,” he replied. Tom Hale said he agreed. “It is fine,” he replied.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Daniel Fry", "Jason Moor", "Anita Shah", "Daniel Fry", "Tom Hale", "Jim Reed", "Tom Hale", "Tom Hale"])
    }

    /// "Astronomers using the James Webb Space Telescope say they have found ..." reported nothing: the name before "say"
    /// was read as its singular subject, and a base form after a singular name is no verb. A name that is the object of a
    /// participle about a plural before it belongs to the plural's phrase, which speaks.
    @Test func aPluralWithAParticipleAndANameSpeaks() throws {
        let doc = try annotate("Astronomers using the James Webb Space Telescope say they have found a galaxy. Fans supporting Leeds United said the result was fair.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Astronomers using the James Webb Space Telescope", "Fans supporting Leeds United"])
    }

    /// "Sarah Quinn said customers should be alert to scam emails and calls." lost "and calls": "calls" was read as a
    /// second cue, where the content had to end. An "-s" form joined to a plural by "and", closing the clause with nothing
    /// after it, is a plural noun. "Quinn denied the report and claims she was framed" keeps its second cue.
    @Test func aPluralJoinedToAPluralClosingTheClauseIsNoCue() throws {
        let doc = try annotate("Sarah Quinn said customers should be alert to scam emails and calls. Tom Reed said he had read the letters and claims. Jo Hale denied the report and claims she was framed.")
        #expect(doc.quoteSummary.map(\.text) == ["customers should be alert to scam emails and calls", "he had read the letters and claims", "the report", "she was framed"])
    }

    /// "Work and Pensions Secretary Mel Stride said" made a group of "Work" and Mel Stride: the "and" of an office's
    /// fields was read as joining two speakers. Capitalised words with no first name or title before "and", and a
    /// capitalised title after it before a name, are one office's fields; its holder speaks. Two people still speak
    /// together: "Health Secretary Wes Streeting and Chancellor Rachel Reeves said".
    @Test func anOfficesFieldsJoinedByAndAreNoTwoSpeakers() throws {
        let doc = try annotate("Work and Pensions Secretary Mel Stride said the change was needed. Health Secretary Wes Streeting and Chancellor Rachel Reeves said the plan was fair.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Mel Stride", "Health Secretary Wes Streeting and Chancellor Rachel Reeves"])
    }

    /// "Pope calls for ceasefire in Christmas message" kept the message in what was called for: a message, a sermon, a
    /// podcast or an email is where something was said, as a speech or a letter is.
    @Test func aMessageIsWhereItWasSaid() throws {
        let doc = try annotate("Pope Francis called for peace in his Christmas message. The bishop called for calm in a sermon on Sunday. Reed urged staff to stay home in an email.")
        #expect(doc.quoteSummary.map(\.text) == ["peace", "calm", "staff to stay home"])
    }

    /// "she would keep Labour's manifesto promise not to raise taxes" made "Labour's manifesto" promise something: a base
    /// form after a determiner and a singular noun is a noun, and a possessive name stands as that determiner, as "the
    /// party's" does.
    @Test func aBaseFormAfterAPossessiveNameAndANounIsANoun() throws {
        let doc = try annotate("Rachel Reeves said she would keep Labour's manifesto promise not to raise taxes. Labour's leaders promise to cut fares.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Rachel Reeves", "Labour's leaders"])
    }

    /// "The EU agreed new rules on Friday" reported "new rules on Friday", as if "rules" were a verb with "new" its subject:
    /// an "-es" word after an adjective that only opens a noun phrase is a plural noun, as one after a number is. A clause
    /// after "that" stays one.
    @Test func anEsWordAfterNewIsAPluralNoun() throws {
        let doc = try annotate("The EU agreed new rules on Friday. The minister announced tougher measures on knife crime. Leaders agreed that the deal was fair.")
        #expect(doc.quoteSummary.map(\.text) == ["the deal was fair"])
    }

    /// "Dr Agostinho Sousa, of the agency, advised people to check on elderly neighbours." gave "people" the doctor's name
    /// as their words: after a comma, "advised" was read as inverted, "..., said Smith". A phrase and an infinitive after
    /// a directive are whom it asks and what; the sentence is no inverted report. "“Stay inside,” advised Dr Lee" still is.
    @Test func aDirectivesObjectAndInfinitiveAreNoInvertedSubject() throws {
        let doc = try annotate("Dr Agostinho Sousa, of the agency, advised people to check on elderly neighbours. “Stay inside,” advised Dr Lee.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Lee"])
    }

    /// "Women's Aid said the case showed why police needed better training" gave the words to "Aid": a name's run stopped
    /// at the possessive, as in "Sinner's coach". A plural of people in "'s" owns no name and opens a body's: "Women's
    /// Aid", "the Children's Society".
    @Test func aPeoplesPluralPossessiveOpensABodysName() throws {
        let doc = try annotate("Women's Aid said the case showed why police needed training. The Children's Society said more help was needed. Sinner's coach said he was tired.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Women's Aid", "Children's Society", "Sinner's coach"])
    }

    /// "The Sudanese army and the Rapid Support Forces have both denied blocking aid" gave the denial to the Rapid Support
    /// Forces alone: a joint subject was read only between two names. A group's noun after a determiner opening the
    /// clause, joined by "and" to a name, speaks with it. A name alone still speaks alone after a clause's opening word
    /// that is no determiner: "After the talks and Hamas said" is no subject of two.
    @Test func aGroupAndANameSpeakTogether() throws {
        let doc = try annotate("The Sudanese army and the Rapid Support Forces have both denied blocking aid. The police and Hamas said the crossing was closed. Officials met on Monday, and Hamas said the talks had failed.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Sudanese army and the Rapid Support Forces", "police and Hamas", "Hamas"])
    }

    /// "Fishermen in Cornwall say new limits will put them out of business" reported nothing: a capitalised subject
    /// without its "-s" before a base form was taken for one person's name, which "say" cannot agree with. A plural of
    /// people without its "-s" ("Fishermen", "Women") is a plural subject, as "Some" is. A name before a base form still
    /// reports nothing: "Carmen say the talks failed."
    @Test func aPluralOfPeopleWithoutItsSIsAPluralSubject() throws {
        let doc = try annotate("Fishermen in Cornwall say new limits will put them out of business. Women say the plan is unfair. Carmen say the talks failed.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Fishermen in Cornwall", "Women"])
    }

    /// "Her lawyer, Ben Cole, said she would appeal, adding: “This fight is not over.”" gave the added words to "she":
    /// "appeal", a cue inside the lawyer's speech, was taken for the clause the participle goes on from. A cue whose
    /// subject follows an earlier cue with no punctuation between is part of what was said; the participle goes on with
    /// the one who said it. After a quotation, "the mayor said, adding" is still the mayor's.
    @Test func aParticipleAfterReportedSpeechGoesOnWithTheReporter() throws {
        let doc = try annotate("Her lawyer, Ben Cole, said she would appeal, adding: “This fight is not over.” “We lost,” the mayor said, adding that he was sorry.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Ben Cole", "Ben Cole", "mayor", "mayor"])
    }

    /// "Oxfam says two in five children live in poverty" reported nothing, and "The charity estimates that one in five
    /// children lives in poverty" kept "that" in the content: a share's "in" was read as a place after a noun, so the
    /// clause had no verb after its opening plural and "that" looked like a determiner. A share ("two in five", "three out
    /// of four") opens the clause as its whole's number does, and a count in words counts as one in figures ("ten
    /// families live"). "rejected that one, saying" still keeps its determiner.
    @Test func aShareOpensAClause() throws {
        let doc = try annotate("Oxfam says two in five children live in poverty. The charity estimates that one in five children lives in poverty. Pollsters say three out of four voters back the plan. Oxfam says ten families live in tents. Ann Lee rejected that one, saying it was too costly.")
        #expect(doc.quoteSummary.map(\.text) == ["two in five children live in poverty", "one in five children lives in poverty",
                                                 "three out of four voters back the plan", "ten families live in tents", "that one", "it was too costly"])
    }

    /// "Critics, including several Conservative MPs, argue the policy will push up prices" gave the words to "Conservative
    /// MPs": the examples after "including" were read only when capitalised words followed it at once. A quantifier or a
    /// count may stand before the names; the subject is still the plural before "including".
    @Test func examplesAfterIncludingMayOpenWithAQuantifier() throws {
        let doc = try annotate("Critics, including several Conservative MPs, argue the policy will push up prices. Unions, including 12 Labour affiliates, said the deal was poor.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Critics", "Unions"])
    }

    /// "Ms Reeves is expected to say in her speech on Monday that growth is ..." reported nothing: "expected" lent no
    /// subject to its infinitive, and a base form before a preposition was read as a noun ("demand from China"). A speech
    /// trailed before it is given ("is expected to say", "is due to tell") is its speaker's, and a base form after a modal
    /// or such a "to" is a verb: "will say on Monday that". "The decision is expected to say a lot" reports nothing.
    @Test func aSpeechTrailedBeforeItIsGivenIsItsSpeakers() throws {
        let doc = try annotate("Ms Reeves is expected to say in her speech on Monday that growth is the government's “number one mission”. The minister is due to tell MPs that the plan will go ahead. Tom Hale will say on Monday that the plan works. The decision is expected to say a lot about the court.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Reeves", "Reeves", "minister", "Tom Hale"])
        #expect(doc.quoteSummary.map(\.text) == ["growth is the government's “number one mission”", "“number one mission”", "the plan will go ahead", "the plan works"])
    }

    /// "Demand from China fell, the firm said" gave the words to China: a one-word name of no kind, mentioned last, was
    /// taken for the business "the firm" names. A known place (a country, a region, a state or a large city, listed in
    /// `lexicons/demonyms.tsv`) is no such business. A business that opens the words still speaks: "Boeing will cut 10% of
    /// its workforce, the company said", and so does one a share goes with: "Shares in Veloxa fell".
    @Test func aKnownPlaceIsNoBusiness() throws {
        let doc = try annotate("Demand from China fell, the firm said. Boeing will cut 10% of its workforce, the company said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["firm", "Boeing"])
    }

    /// "The 62-year-old says business has never been worse" reported nothing: after a number an "-s" form was read as a
    /// plural noun ("Twenty-seven states"), and an age was no phrase a relative clause or an appositive could follow
    /// ("The 62-year-old, who is a widow, said"). An age is a person: the "-s" form after it is a verb, and an age after
    /// its determiner opening the clause is the subject before the commas. "Twenty-seven states led by Texas sued"
    /// still reports nothing.
    @Test func anAgeIsAPersonBeforeItsVerb() throws {
        let doc = try annotate("Joan Smith runs a shop. The 62-year-old says business is bad. The 62-year-old, who is a widow, said rents were high. The 62-year-old, a mother of two, said she would stay. Twenty-seven states led by Texas sued.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Joan Smith", "Joan Smith", "Joan Smith"])
        #expect(doc.quoteSummary.map(\.text) == ["business is bad", "rents were high", "she would stay"])
    }

    /// "Marvin Rees set out his plans in a speech on Thursday. Here are the key passages: ¶ “...”" left the speech with no
    /// speaker: "Here are" opens no subject, and a colon closing its paragraph hands nothing on. A sentence that only
    /// presents what follows hands the quotation to the subject of the sentence before it in its paragraph, and the
    /// paragraphs the quotation runs on into go with it. A bare "Update:" still hands on nothing.
    @Test func aPresentativeHandsTheQuotationToTheSubjectBefore() throws {
        let doc = try annotate("The mayor, Marvin Rees, set out his plans in a speech on Thursday. Here are the key passages:\n\n“When I became mayor, I made a promise.\n\n“But I also said we would not leave anyone behind.”\n\nUpdate:\n\n“The meeting is over.”")
        #expect(doc.quoteSummary.map(\.speaker) == ["Marvin Rees", "Marvin Rees", nil])
    }

    /// "Residents have described a “night of terror” as Storm Darragh brought winds of 90mph" kept the storm in what was
    /// described: "as" after a naming verb's quotation was read as naming it. "as" with a subject and a past verb of its
    /// own opens a clause of time, which is the writer's. "described “Project Fear” as a lie" still names.
    @Test func anAsClauseOfTimeEndsANamingVerbsContent() throws {
        let doc = try annotate("Residents have described a “night of terror” as Storm Darragh brought winds of 90mph. They called the move “reckless” as the crisis deepened. He described “Project Fear” as a lie.")
        #expect(doc.quoteSummary.map(\.text) == ["a “night of terror”", "“night of terror”", "the move “reckless”", "“reckless”", "“Project Fear” as a lie"])
    }

    /// "she said that without action, patients would die" kept "that" in the content: "that" before "without action" and a
    /// comma was read as a determiner. A preposition that opens a fronted adjunct ("without", "despite", "amid") takes no
    /// such determiner; "that" is the complementizer. "rejected that claim, saying ..." keeps its determiner.
    @Test func thatBeforeAFrontedAdjunctIsTheComplementizer() throws {
        let doc = try annotate("Ann Lee said that without action, patients would die. She said that despite the cuts, services would survive. Tom Hale rejected that claim, saying it was false.")
        #expect(doc.quoteSummary.map(\.text) == ["without action, patients would die", "despite the cuts, services would survive", "that claim", "it was false"])
    }

    /// "The children's charity Barnardo's said the figures were shocking" showed the speaker as "Barnardo": a name in "'s"
    /// that speaks is a business's, shown whole, only when no name had been found for it; after a body's noun it had. A
    /// one-word name in "'s" right before its verb is shown whole and is an organisation either way.
    @Test func aNameInPossessiveThatSpeaksIsShownWholeAfterItsNoun() throws {
        let doc = try annotate("The children's charity Barnardo's said the figures were shocking. Sainsbury's said sales rose.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Barnardo's", "Sainsbury's"])
        #expect(doc.entities.first { $0.name == "Barnardo's" }?.kind == .organization)
    }

    /// "The Duke of Sussex said" and "The Archbishop of Canterbury said" showed "Duke" and "Archbishop": the words were no
    /// titles, so the name stopped before its "of". A peer's, a prelate's or a monarch's title ("duke", "duchess",
    /// "archbishop", "baroness", "emir") is one, as "Bishop of Durham" and "Prince of Wales" were.
    @Test func aPeersTitleOfAPlaceIsOneName() throws {
        let doc = try annotate("The Duke of Sussex said he was saddened. The Archbishop of Canterbury said the plan was cruel. Duke University said the study was sound.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Duke of Sussex", "Archbishop of Canterbury", "Duke University"])
    }

    /// "Pope Leo said", "King Charles said", "Lord Sugar told" showed "Leo", "Charles" and "Sugar": a title before a name is
    /// dropped from it, which loses how one known by a single name is named. One name after a pope's, a monarch's or a
    /// peer's title is shown with it, and a later "Leo" is the same person. "Larry King Now" has no king.
    @Test func oneNameAfterAStylingTitleIsShownWithIt() throws {
        let doc = try annotate("Pope Leo said the world must not look away. Leo added that peace was possible. King Charles said he was touched. Larry King Now was a good show, Tom Hale said.")
        #expect(doc.quoteSummary.map(\.speaker) == ["Pope Leo", "Pope Leo", "King Charles", "Tom Hale"])
        #expect(!doc.entities.contains { $0.name == "King Now" })
    }

    /// "Oxfam said it would help. ... She said ..." gave "she" to Oxfam: a one-word name that opens its sentence, with no
    /// first name, title or "its" to say what it is, was taken for a person. Organisations the news names in one word are
    /// listed in `lexicons/organisation_names.txt`; a listed name is a body, so "she" looks past it to the woman named
    /// before. A known place that speaks ("China said") is no person either. A name listed in capitals is one only in
    /// capitals: "according to WHO" is the agency, "Who said ..." a question.
    @Test func aListedOrganisationOrAPlaceIsNoPerson() throws {
        let doc = try annotate("Maria Lopez, a nurse, spoke at the rally. Oxfam said it would help families in the region. She said the help came too late. China said it would retaliate. She said the talks had failed. Cases are rising, according to WHO. Who said the vaccine was safe?")
        #expect(doc.quoteSummary.map { $0.speaker ?? "" } == ["Oxfam", "Maria Lopez", "China", "Maria Lopez", "WHO"])
        #expect(doc.entities.first { $0.name == "Oxfam" }?.kind == .organization)
        #expect(doc.entities.first { $0.name == "China" }?.kind == .other)
        #expect(doc.entities.first { $0.name == "WHO" }?.kind == .organization)
        #expect(!doc.entities.contains { $0.name == "Who" })
    }

    /// "The RSPCA urged visitors to keep away. ... the charity said" spoke as a description, "charity", and "Greggs ...
    /// the company said" as "company": a listed name had no noun to be named again by. The nouns listed with it do: the
    /// RSPCA is "the charity", Greggs "the company", "the firm" or "the group". A news outlet named in passing is no
    /// company the story is about ("told the BBC ... The firm said"), and nor is a name that only says what kind of thing
    /// a noun is ("her Netflix documentary").
    @Test func aListedOrganisationIsNamedAgainByItsNouns() throws {
        let doc = try annotate("The RSPCA has been called to the beach. Visitors should keep their distance, the charity said. Greggs opened 120 shops last year. Costs will rise, the firm warned. Aurora Electronics cut its forecast. Sales are slowing, an analyst told the BBC. The firm said it would cut jobs. Harbor Productions denied the claims. Sara Diaz said it had blocked her Netflix documentary. The company said the claims were false.")
        #expect(doc.quoteSummary.map { $0.speaker ?? "" } == ["RSPCA", "Greggs", "analyst", "Aurora Electronics", "Harbor Productions", "Sara Diaz", "Harbor Productions"])
    }

    /// `lexicons/organisation_names.txt` is the user's to extend: a body of their beat, added with its noun, is no person
    /// and is named again by the noun.
    @Test func aUserOrganisationListAddsBodies() throws {
        let shipped = try String(contentsOf: packageRoot.appendingPathComponent("lexicons/organisation_names.txt"), encoding: .utf8)
        func speakers(_ path: String) throws -> [String] {
            let pipeline = try inlinePipeline("""
                {"stages": [{"stage": "ingest", "options": {"verbatim": true}}, {"stage": "sentences"},
                  {"stage": "quotes", "options": {"organisations": "\(path)"}}]}
                """)
            let text = "Ana Ruiz chairs the board. Fernlea said it would close two clinics. She said the decision was final. Staff were told on Monday, the trust said."
            var doc = Document(id: "u", input: RawInput(format: .text, bytes: Array(text.utf8), source: "t"))
            pipeline.process(&doc)
            return doc.quoteSummary.map { $0.speaker ?? "" }
        }
        let own = try withLexiconFile("organisations.txt", shipped + "Fernlea\ttrust\n") { try speakers($0.path) }
        #expect(own == ["Fernlea", "Ana Ruiz", "Fernlea"])
        // The shipped file does not know the trust.
        #expect(try speakers("../lexicons/organisation_names.txt") != own)
    }

    /// "Dan Ives of Wedbush Securities said the figures showed Apple was losing ground to Huawei. The company said ..." gave
    /// the company's words to Huawei, and before Huawei was a listed business to Wedbush Securities. A name after a
    /// preposition inside the words someone else reported in an earlier sentence is part of what they said, and a name
    /// right after "of" after a person's name is that person's employer; neither is the business "the company" names.
    /// The subject of the reported words still may be: "Mia Chen said Greggs was losing ground to Tesco. The firm said"
    /// is Greggs.
    @Test func aNameInsideAnotherReportOrAnEmployerIsNoCompanyNamedAgain() throws {
        let doc = try annotate("Apple reported a fall in iPhone sales. Chief executive Tim Cook said demand in China was weak. Dan Ives of Wedbush Securities said the figures showed Apple was losing ground to Huawei. The company said revenue from services rose. Analyst Mia Chen said Greggs was losing ground to Tesco. The firm said its sales rose.")
        #expect(doc.quoteSummary.map { $0.speaker ?? "" } == ["Apple", "Tim Cook", "Dan Ives", "Apple", "Mia Chen", "Greggs"])
    }

    /// "The WHO said it would send experts" reported nothing: "WHO" was lowered to the pronoun "who", which ends a subject
    /// read leftwards, so "said" had none. "WHO" and "IS" in capitals among words in lower case are a body's initials;
    /// so are initials with points, "U.N.", which match "UN" in `lexicons/organisation_names.txt`. A line in capitals
    /// keeps its words: "WHO IS TO BLAME" is a question.
    @Test func initialsInCapitalsAreABodyNotThePronoun() throws {
        let doc = try annotate("Lucy Hart is a nurse. The WHO said it would send experts. Cases rose, the WHO said. IS said it carried out the attack. The U.N. said it was alarmed. She said help was late. “WHO IS TO BLAME?” he asked.")
        #expect(doc.quoteSummary.map { $0.speaker ?? "" } == ["WHO", "WHO", "IS", "U.N.", "Lucy Hart", "he"])
        #expect(doc.entities.first { $0.name == "WHO" }?.kind == .organization)
        #expect(doc.entities.first { $0.name == "U.N." }?.kind == .organization)
    }

    /// "“I was wrong,” she said the next morning, still in the dress she had worn" reported "the next morning, still in the
    /// dress she had worn" as her words: after a quotation the cue trails, a phrase set off by a comma tells how the words
    /// were said only when it opens with a preposition or a participle. It may also open with an adverb before the
    /// preposition ("still in"), and come after a time and its comma. "she said, still hoping he would return" stays.
    @Test func aCircumstanceAfterATrailingCueMayOpenWithAnAdverbOrFollowATime() throws {
        let doc = try annotate("“I was wrong,” she said the next morning, still in the dress she had worn. “I was tired,” he said, visibly in pain as he had been all day. “I was lost,” she said, still hoping he would return.")
        #expect(doc.quoteSummary.map(\.text) == ["“I was wrong,”", "“I was tired,”", "“I was lost,”", "still hoping he would return"])
    }

    /// "The study, published in the journal Heart, was funded by the British Heart Foundation. The charity said ..." gave the
    /// charity's words to the journal: a foundation was no charity, so the name of no kind before it was the one "the
    /// charity" could name. A foundation or a trust is a charity.
    @Test func aFoundationOrATrustIsACharity() throws {
        let doc = try annotate("The study, published in the journal Heart, was funded by the British Heart Foundation. The charity said the results were reassuring. The work was paid for by the Wellcome Trust. The charity said it was proud.")
        #expect(doc.quoteSummary.map { $0.speaker ?? "" } == ["British Heart Foundation", "Wellcome Trust"])
    }

    /// "Campaigner Gill George, who helped organise the protest, said ..." showed the speaker as "Campaigner Gill George": a
    /// capitalised descriptor before a first name the list lacks stays in the name unless it is a title. "campaigner" and
    /// "protester" are roles in `lexicons/person_titles.txt` now, as "activist" was.
    @Test func aCampaignerOrAProtesterIsARole() throws {
        let doc = try annotate("Campaigner Gill George, who helped organise the protest, said the turnout was huge. Protester Ianto Rees said he would march again.")
        #expect(doc.quoteSummary.map { $0.speaker ?? "" } == ["Gill George", "Ianto Rees"])
    }

    /// "Acme Corp has cut jobs. The company said sales had fallen. It said the cuts were needed." gave the second report to
    /// a description, "company", though "the company" had just been found to be Acme Corp: an "it" opening its sentence
    /// took the subject of the sentence before as a new description. It now takes the body that subject was found to name
    /// when it spoke there.
    @Test func itAfterADescriptionThatSpokeIsTheBodyItNamed() throws {
        let doc = try annotate("Acme Corp has cut jobs. The company said sales had fallen. It said the cuts were needed. Ofcom has fined GB News. The regulator said the channel had failed. It said the breach was serious.")
        #expect(doc.quoteSummary.map { $0.speaker ?? "" } == ["Acme Corp", "Acme Corp", "Ofcom", "Ofcom"])
    }

    /// "Mikel Arteta said his side were perfect. Bukayo Saka scored twice and Declan Rice added a third. “...,” the Spaniard
    /// told Sky Sports." gave the words to Saka: a people's word named the subject of the sentence that names someone last.
    /// When that sentence names two people or more, the people's word names the one who spoke in the three sentences
    /// before, the story's subject. A person left alone there by the description's own clause is still the one: "Raducanu
    /// will face Jessica Pegula of the United States next. The American, who beat Raducanu, said ..." is Pegula.
    @Test func aPeoplesWordNamesTheSpeakerBeforeTwoPeopleNamedSince() throws {
        let doc = try annotate("Mikel Arteta said his side were “perfect”. Bukayo Saka scored twice and Declan Rice added a third. “We were the better team,” the Spaniard told Sky Sports.\n\nEmma Raducanu said she was tired. Raducanu will face Jessica Pegula of the United States next. The American, who beat Raducanu last year, said she expected a tough match.")
        #expect(doc.quoteSummary.filter { $0.kind != "partial" }.map { $0.speaker ?? "" } == ["Mikel Arteta", "Mikel Arteta", "Emma Raducanu", "Jessica Pegula"])
    }

    /// "Teacher praised for quick thinking" reported "for quick thinking" as the teacher's praise: a headline's participle
    /// with its helper left out was read as an active verb. A verb of praise or blame in "-ed" right before "for" or "over"
    /// is passive, as one before "of" or "by" is: the active gives its object first, "The mayor praised the staff for
    /// their work".
    @Test func aVerbOfPraiseOrBlameBeforeForIsPassive() throws {
        let doc = try annotate("Teacher praised for quick thinking\n\nCouncil slammed over bin delays\n\nThe mayor praised the staff for their work.")
        #expect(doc.quoteSummary.map { "\($0.speaker ?? "") \($0.text)" } == ["mayor the staff for their work"])
    }

    /// "Tom Lee was rescued from the river. The eight-year-old said he was scared." gave the words to a description,
    /// "eight-year-old": an age was a number token only, and two rules knew only "-year-old". An age is one notion now,
    /// a number or a number in words joined to "-old", for every rule that reads one.
    @Test func anAgeInWordsNamesThePersonBefore() throws {
        let doc = try annotate("Tom Lee was rescued from the river. The eight-year-old said he was scared. Amy Fox was found safe. The six-year-old says she wants to go home.")
        #expect(doc.quoteSummary.map { $0.speaker ?? "" } == ["Tom Lee", "Amy Fox"])
    }

    /// "Tom Reed, 53, runs the bakery. His neighbour Sam Cole, 61, runs the cafe next door. The 53-year-old said ..." gave
    /// the words to Sam Cole, the man named last. An age in figures names the person the story gave that age ("Tom Reed,
    /// 53," or "53-year-old Tom Reed") before anyone named since.
    @Test func anAgeNamesThePersonGivenThatAge() throws {
        let doc = try annotate("Tom Reed, 53, runs the bakery. His neighbour Sam Cole, 61, runs the cafe next door. The 53-year-old said business was slow.\n\n47-year-old Ann Fox chairs the board. The chief executive, Jo Hart, spoke first. Asked about the vote, the 47-year-old said: “It was close.”")
        #expect(doc.quoteSummary.map { $0.speaker ?? "" } == ["Tom Reed", "Ann Fox"])
    }

    /// "The girls' coach, Imran Siddiqui, told reporters the claim was false" reported nothing: the apostrophe of the plural
    /// possessive was read as the closing mark of a quotation the speaker's phrase trails, whose words the verb would then
    /// report. A plural possessive closes no quotation. "The protesters’ solicitor, Ann Reed, welcomed the apology but said
    /// ..." reported nothing either: the sentence's subject phrase stopped at the apostrophe, so "but said" had no subject.
    @Test func aPluralPossessiveBeforeTheSpeakerClosesNoQuotation() throws {
        let doc = try annotate("The girls' coach, Imran Siddiqui, told reporters the claim was false. The protesters’ solicitor, Ann Reed, welcomed the apology but said her clients would seek damages.")
        #expect(doc.quoteSummary.map { $0.text } == ["the claim was false", "her clients would seek damages"])
        #expect(doc.quoteSummary.map { $0.speaker ?? "" } == ["Imran Siddiqui", "Ann Reed"])
    }

    /// "Southern Rivers Water discharged sewage ... said Hugh Fenwick of the group Clean Rivers Now. The water company said
    /// ..." gave the company's words to the campaign group, the body a noun of a business's form ("group") named last. A
    /// business noun's modifier that is a word of a body's name in the sentences before ("water", "Southern Rivers Water")
    /// names that body first.
    @Test func aBusinessNounsModifierNamesTheBodyWhoseNameHoldsIt() throws {
        let doc = try annotate("Southern Rivers Water discharged sewage into rivers 3,000 times last year. Campaigners were angry. They said the figures were a scandal. “Our rivers are open sewers,” said Hugh Fenwick of the group Clean Rivers Now. He called for fines. The water company said most discharges were permitted.\n\nOctopus Energy raised its prices. Ofgem said the rise was fair. The energy firm said costs had doubled.")
        #expect(doc.quoteSummary.map { $0.speaker ?? "" } == ["Campaigners", "Hugh Fenwick", "Hugh Fenwick", "Southern Rivers Water", "Ofgem", "Octopus Energy"])
    }

    /// "Marguerite Osei has written six novels. Her latest, The Salt Road, is shortlisted. “I tried a computer once,” she
    /// says" gave the words to the book: a name after "Her latest," was taken for the one person the common noun describes,
    /// and then for the nearest "she". A name that opens with "The" inside a sentence is a title's or a band's, no person's.
    @Test func aNameOpeningWithTheIsNoPersonInAnAppositive() throws {
        let doc = try annotate("Marguerite Osei has written six novels. Her latest, The Salt Road, is shortlisted for a prize.\n\n“I tried a computer once,” she says.")
        #expect(doc.quoteSummary.map { $0.speaker ?? "" } == ["Marguerite Osei"])
        #expect(doc.entities.first(where: { $0.name == "The Salt Road" })?.kind == .other)
    }

    /// "Oliver's parents, Jade and Liam Grant, said ... “He was perfect,” Mrs Grant said" gave the words to a new "Grant":
    /// "Jade" was no known given name, so the pair was not read as two people sharing a surname. The given names now
    /// include the US census lists' (public domain), filtered as the lexicon says. Without "Terence", the "he" later went to
    /// Liam Grant.
    @Test func censusGivenNamesShareASurnameAndGiveAGender() throws {
        let doc = try annotate("Oliver's parents, Jade and Liam Grant, said they were heartbroken. “He was perfect,” Mrs Grant said.\n\nTerence Hale runs the shop. Asked about the fire, he said: “We lost everything.”")
        #expect(doc.quoteSummary.map { $0.speaker ?? "" } == ["Jade and Liam Grant", "Jade Grant", "Terence Hale"])
        #expect(doc.entities.first(where: { $0.name == "Terence Hale" })?.gender == .male)
    }

    /// "A climber who spent three nights on a ledge has been rescued in what mountain rescue teams described as “a small
    /// miracle”" gave the words to the climber: a bare plural after "what" with modifiers of its own was no subject, and
    /// the relative clause's subject was read first. It is the naming verb's.
    @Test func aBarePluralAfterWhatNamesWithItsVerb() throws {
        let doc = try annotate("A climber who spent three nights on a ledge has been rescued in what mountain rescue teams described as “a small miracle”. He was in hospital on Tuesday.")
        #expect(doc.quoteSummary.map { $0.speaker ?? "" } == ["mountain rescue teams"])
        #expect(doc.quoteSummary.map { $0.text } == ["“a small miracle”"])
    }

    /// "Russo said some landlords might sell up, but that evidence from Scotland, which brought in similar rules in 2017,
    /// suggested the effect would be small" cut the speech at "Scotland": a relative clause after the subject of the
    /// speech's second "that"-clause was read as the writer's comment, because the speech held a clause before it.
    @Test func aRelativeClauseInsideASecondThatClauseStaysInTheSpeech() throws {
        let doc = try annotate("Russo said some landlords might sell up, but that evidence from Scotland, which brought in similar rules in 2017, suggested the effect would be small.")
        #expect(doc.quoteSummary.first?.text == "some landlords might sell up, but that evidence from Scotland, which brought in similar rules in 2017, suggested the effect would be small")
        #expect(doc.quoteSummary.first?.speaker == "Russo")
    }

    /// "..., according to two people with knowledge of the plans who asked not to be named because the talks are private"
    /// showed the speaker as the first fifteen words, cut at "because the". A relative clause about the source is no part
    /// of its name.
    @Test func aRelativeClauseAfterASourceIsNoPartOfItsName() throws {
        let doc = try annotate("The cuts will fall mainly on back-office staff, according to two people with knowledge of the plans who asked not to be named because the talks are private.")
        #expect(doc.quoteSummary.map { $0.speaker ?? "" } == ["two people with knowledge of the plans"])
        #expect(doc.quoteSummary.map { $0.text } == ["The cuts will fall mainly on back-office staff"])
    }

    /// An interview written "Q: Did you expect to win?\nA: Honestly, no." with single line breaks gave its answers to no
    /// one: plain text joined the two lines into one paragraph, as a hard wrap, and the answer's label was then inside
    /// it. A line that opens with a label starts a paragraph.
    @Test func aLineOpeningWithALabelStartsAParagraph() throws {
        let doc = try annotate("Amara Nwosu, 26, won the chess championship. She spoke to us.\n\nQ: Did you expect to win?\nA: Honestly, no. I was seeded sixth.\n\nQ: What's next?\nA: The qualifiers in March.", with: "default")
        #expect(doc.quoteSummary.map { $0.text } == ["Honestly, no. I was seeded sixth.", "The qualifiers in March."])
        #expect(doc.quoteSummary.map { $0.speaker ?? "" } == ["Amara Nwosu", "Amara Nwosu"])
    }

    /// "The prime minister's official spokesman said ..." showed the speaker as "minister's official spokesman": a
    /// possessive with a modifier of its own before the group's noun lost that modifier.
    @Test func aTitlesPossessiveKeepsItsModifier() throws {
        let doc = try annotate("The prime minister's official spokesman said no decision had been taken.")
        #expect(doc.quoteSummary.map { $0.speaker ?? "" } == ["prime minister's official spokesman"])
    }

    /// "One of the country's most senior judges warned that ..." showed the speaker as "most senior judges": "most", read as
    /// an article, closed the phrase before the possessive that owns it.
    @Test func aPossessiveBeforeMostStaysInThePhrase() throws {
        let doc = try annotate("One of the country's most senior judges warned that the system is in crisis.")
        #expect(doc.quoteSummary.map { $0.speaker ?? "" } == ["One of the country's most senior judges"])
    }

    /// "One patient, Linda Shaw, died. Her husband, Gary, told the hearing ... “...,” Mr Shaw said" gave the quotation to a
    /// new "Shaw", apart from Gary. A spouse's or a child's first name after "her husband" or "his daughter" shares the
    /// surname of the one the possessor names, while the name shown stays "Gary".
    @Test func aSpousesFirstNameSharesTheSurnameOfTheOneNamed() throws {
        let doc = try annotate("One patient, Linda Shaw, died in 2021. Her husband, Gary, told the hearing he had begged the doctor to refer her. “He told us it was indigestion,” Mr Shaw said.\n\nTom Reed runs the farm. His daughter Chloe said the harvest was late. “It rained for weeks,” Ms Reed said.")
        #expect(doc.quoteSummary.map { $0.speaker ?? "" } == ["Gary", "Gary", "Chloe", "Chloe"])
        // (Not "his" inside a sentence, which may be another's than the man named last.)
        let inside = try annotate("Ted Cruz spoke on Monday. The senator said Tom Hale had attacked his wife, Heidi, in public. Later Heidi Cruz said she was hurt.")
        #expect(inside.entities.first(where: { $0.name == "Heidi Cruz" })?.mentions.count == 2)
    }

    /// "A spokesman for Cardiff and Vale University Health Board said" spoke as "Vale University Health Board": two places
    /// joined by "and" before a body's head were read as one name only with up to three words after the "and".
    @Test func twoPlacesJoinedBeforeAFourWordBodyAreOneName() throws {
        let doc = try annotate("A spokesman for Cardiff and Vale University Health Board said: “We are very sorry.”")
        #expect(doc.quoteSummary.map { $0.speaker ?? "" } == ["Cardiff and Vale University Health Board"])
    }

    /// "Consumer group Which? said the fine sent a strong message" showed the speaker as "Which": a body's one-word name
    /// with its own "?" after a body's noun is shown with the mark.
    @Test func aBodysNameKeepsItsOwnQuestionMark() throws {
        let doc = try annotate("Consumer group Which? said the fine sent a strong message.")
        #expect(doc.quoteSummary.map { $0.speaker ?? "" } == ["Which?"])
    }

    /// "Celtic have sold their striker to Rennes, the club said" spoke as the bare "club": a one-word club's name is no
    /// body to the rules, and most such names are places. "The club" names the word opening the speech's sentence, or the
    /// sentence before, when a plural verb follows it, as a team's name takes; no person's surname takes "have".
    @Test func theClubNamesTheTeamOpeningTheSentenceWithAPluralVerb() throws {
        let doc = try annotate("Celtic have sold their striker to Rennes for £10m, the club said.\n\nArsenal have signed a forward. The club said the fee was a record.\n\nSmith has signed a new deal, the club said.")
        #expect(doc.quoteSummary.map { $0.speaker ?? "" } == ["Celtic", "Arsenal", "club"])
    }

    /// "UN Secretary-General António Guterres said" showed the whole run as the speaker, and "Secretary-General Kovacs"
    /// was a person of its own: a title written with a hyphen, as offices with "general" or "vice" are, was no title.
    @Test func aHyphenatedTitleIsSplitFromTheName() throws {
        let doc = try annotate("UN Secretary-General António Guterres said he was alarmed. The Attorney-General, Zoltan Kovacs, said it was lawful. Later, Attorney-General Kovacs added that the advice was clear. Vice-President Ana Ruiz said nothing had changed.")
        #expect(doc.quoteSummary.map { $0.speaker ?? "" } == ["António Guterres", "Zoltan Kovacs", "Zoltan Kovacs", "Ana Ruiz"])
    }

    /// "She reached four other grand slam finals" reported "finals" as the words of "other grand", and "Dozens of grand slam
    /// champions said they would play" gave the speech to "Dozens of grand" with the cue "slam". A count of more than one
    /// before a singular word still asks for its plural noun, so the base form after that word is a noun of the compound.
    @Test func aCountBeforeASingularWordMakesTheBaseFormANoun() throws {
        let doc = try annotate("She reached four other grand slam finals. Dozens of grand slam champions said they would play. Three court appeal judges warned that the law was unclear. Critics of the new law slam it as cruel.")
        // (The subject of "said" and "warned" is still cut at the compound's verb form: a known miss.)
        #expect(doc.quoteSummary.map { $0.speaker ?? "" } == ["judges", "Critics of the new law"])
        #expect(doc.quoteSummary.map { $0.text } == ["the law was unclear", "it as cruel"])
    }

    /// "A person close to her said the account was false" reported nothing, though "close to him" spoke: "her" was read as
    /// a possessive, which makes the verb's form after it a noun ("her claims"). After a preposition "her" is its object,
    /// and "said" or "told" after it is the verb.
    @Test func herAfterAPrepositionIsAnObjectBeforeTheVerb() throws {
        let doc = try annotate("A person close to her said the account was false. A spokesman for her told reporters she was resting. Her claims were denied.")
        #expect(doc.quoteSummary.map { $0.speaker ?? "" } == ["person close to her", "spokesman for her"])
        #expect(doc.quoteSummary.map { $0.text } == ["the account was false", "she was resting"])
    }

    /// "“When the moment came, they ran,” Ashby writes of the ministers who resigned" reported "of the ministers who
    /// resigned" as a second speech. After the quotation a cue attributes, "of" and its phrase say whom the words are
    /// about; only a "that" after them opens a speech of its own.
    @Test func ofAfterAQuotationsCueNamesWhatTheWordsAreAbout() throws {
        let doc = try annotate("“When the moment came, they ran,” Ashby writes of the ministers who resigned. “It was a disaster,” Lee said of the launch, adding that staff had done their best.")
        #expect(doc.quoteSummary.map { $0.text } == ["“When the moment came, they ran,”", "“It was a disaster,”", "staff had done their best"])
    }

    /// "Even if Mr. Clarke's venture proves short-lived, Mr. Morgan said, he has already ..." left the words before the
    /// attribution out of the speech: the period of "Mr." was read as punctuation that no speech's front may hold.
    /// "Though the change was seamless, he said, replacing her would be much harder" lost its front too: a clause with a
    /// gerund for its subject after the attribution was read as the writer's participle.
    @Test func aSpeechInterruptedByItsAttributionKeepsATitlesPeriodAndAGerundSubject() throws {
        let doc = try annotate("Even if Mr. Clarke's venture proves short-lived, Mr. Morgan said, he has already done a great deal. Though the change was seamless, he said, replacing her would be much harder.")
        #expect(doc.quoteSummary.map { $0.text } == ["Even if Mr. Clarke's venture proves short-lived", "he has already done a great deal",
                                                    "Though the change was seamless", "replacing her would be much harder"])
    }

    /// "Is that a worry? Not yet, she said." reported nothing: the words before an attribution that closes the sentence
    /// were speech only with a clause of their own or five words. A short answer that is the whole sentence before it is
    /// the speech too; a place or a time opening it is not ("In the end, she said." has no words of hers).
    @Test func aShortAnswerBeforeAnAttributionClosingTheSentenceIsTheSpeech() throws {
        let doc = try annotate("Is that a worry? Not yet, she said. Who would replace him? People like Scott, he told reporters. In the end, she said. Not important enough, I guess. His neighbour, Fiona Ross, disagrees.")
        #expect(doc.quoteSummary.map { $0.text } == ["Not yet", "People like Scott"])
    }

    /// "That's why, he argued, the party should be prepared" and "He has come up with a model, he said, for how the
    /// industry can keep producing coal" each lost a part of the speech around the attribution: a front ending in a
    /// question word waits for the clause after, and a preposition before a question word goes on with the clause before.
    @Test func aSpeechInterruptedAtAQuestionWordKeepsBothParts() throws {
        let doc = try annotate("That's why, he argued, the party should be prepared. He has come up with a model, he said, for how the industry can keep producing coal.")
        #expect(doc.quoteSummary.map { $0.text } == ["That's why", "the party should be prepared", "He has come up with a model",
                                                    "for how the industry can keep producing coal"])
    }

    /// Runs `body` with a temporary lexicon file holding `contents`, removed afterwards.
    private func withLexiconFile<T>(_ name: String, _ contents: String, _ body: (URL) throws -> T) throws -> T {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("annotate-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent(name)
        try Data(contents.utf8).write(to: file)
        return try body(file)
    }

    /// The error a pipeline stops with when the quote stage's `option` names a file of `rows` ("" when it builds).
    private func quoteStageError(option: String, rows: String) throws -> String {
        try withLexiconFile("\(option).tsv", rows) { file in
            do {
                _ = try inlinePipeline("""
                    {"stages": [{"stage": "ingest"}, {"stage": "sentences"}, {"stage": "quotes", "options": {"\(option)": "\(file.path)"}}]}
                    """)
            } catch {
                return "\(error)"
            }
            return ""
        }
    }
}
