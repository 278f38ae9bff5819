import Foundation
import AnnotateCore
import AnnotateStages
import Testing

/// Sentence boundaries on hand-written text, one rule per case.
@Suite struct SentenceTests {
    func sentences(_ text: String) throws -> [String] {
        let doc = try annotate(text)
        return doc.sentences.map { doc.string($0.span) }
    }

    @Test(arguments: [
        ("Mr. Okafor arrived. Dr. Lee left.", ["Mr. Okafor arrived.", "Dr. Lee left."]),
        ("The vote is on Oct. 22 in the hall.", ["The vote is on Oct. 22 in the hall."]),
        ("She moved to the U.S. The move was hard.", ["She moved to the U.S.", "The move was hard."]),
        ("He lives in the U.S. Capitol district.", ["He lives in the U.S. Capitol district."]),
        // (A country's initials before an office's abbreviation modify it; a courtesy title after them may open a sentence.)
        ("He threatened to kill U.S. Rep. Ann Ward in March.", ["He threatened to kill U.S. Rep. Ann Ward in March."]),
        ("He moved back to the U.S. Mr. Hale stayed.", ["He moved back to the U.S.", "Mr. Hale stayed."]),
        ("It rose 3.5 percent. Traders cheered.", ["It rose 3.5 percent.", "Traders cheered."]),
        ("George W. Bush spoke. Writer L. Ron Hubbard did not.", ["George W. Bush spoke.", "Writer L. Ron Hubbard did not."]),
        // (An initial that is also an abbreviation in lower case: "p. 22" is a page.)
        ("James P. Kennedy spoke. See p. 22 for more.", ["James P. Kennedy spoke.", "See p. 22 for more."]),
        ("We went, you and I. Then it rained.", ["We went, you and I.", "Then it rained."]),
        // (The platform X after a preposition is no initial.)
        ("She wrote on X. Zentor replied.", ["She wrote on X.", "Zentor replied."]),
        ("See https://example.org/a.html. Then reply.", ["See https://example.org/a.html.", "Then reply."]),
        ("“We will win. We always do,” she said. Nobody laughed.", ["“We will win.", "We always do,” she said.", "Nobody laughed."]),
        ("“Why?” he asked. Nobody knew.", ["“Why?” he asked.", "Nobody knew."]),
        ("1.) Buy bread 2.) Buy milk", ["1.) Buy bread", "2.) Buy milk"]),
        ("a. First point b. Second point", ["a. First point", "b. Second point"]),
        ("He paused . . . then went on. It worked.", ["He paused . . . then went on.", "It worked."]),
        ("It ended there. . . . The rest is lost.", ["It ended there.", ". . . The rest is lost."]),
        ("The text [...] is cut. Done.", ["The text [...] is cut.", "Done."]),
        ("Thursday, March 5, 2026 The council met today.", ["Thursday, March 5, 2026", "The council met today."]),
        ("Storm closes port In the morning the ferries stayed in.", ["Storm closes port", "In the morning the ferries stayed in."]),
        ("Hello world.Today is Tuesday.", ["Hello world.", "Today is Tuesday."]),
        ("Write to jane.doe@example.com. She replies fast.", ["Write to jane.doe@example.com.", "She replies fast."]),
        ("No, no. Forget it.", ["No, no.", "Forget it."]),
        ("The room was full (2012). Nobody left.", ["The room was full (2012).", "Nobody left."]),
        // (A dateline's abbreviated state, then the agency's tag and a dash: no sentence ends there.)
        ("OLYMPIA, Wash. (AP) — Gov. Ann Reyes said the state would appeal.", ["OLYMPIA, Wash. (AP) — Gov. Ann Reyes said the state would appeal."]),
        ("JACKSON, Miss. (Reuters) - Officials said the river had crested.", ["JACKSON, Miss. (Reuters) - Officials said the river had crested."]),
        // (A state's abbreviation that is also a word, after a place and its comma: it ends a sentence only before a
        // word that opens one; elsewhere it is the word, "felt ill.")
        ("He moved to Springfield, Ill. The town was small.", ["He moved to Springfield, Ill.", "The town was small."]),
        ("He flew to Olympia, Wash. Governor Lee met him.", ["He flew to Olympia, Wash. Governor Lee met him."]),
        ("The firm is based in Boston, Mass. Its founder left.", ["The firm is based in Boston, Mass.", "Its founder left."]),
        ("She felt ill. Smith drove her home.", ["She felt ill.", "Smith drove her home."]),
        // ("Del." is listed as a delegate's title, not as Delaware.)
        ("It was wrong, said Del. Stacey Plaskett of the Virgin Islands.", ["It was wrong, said Del. Stacey Plaskett of the Virgin Islands."]),
        ("Another possibility is Del. Jennifer McClellan, a lawyer.", ["Another possibility is Del. Jennifer McClellan, a lawyer."]),
        ("OLYMPIA, Wash. The governor signed the bill.", ["OLYMPIA, Wash. The governor signed the bill."]),
        ("NEW ORLEANS, La. The mayor closed the levee road.", ["NEW ORLEANS, La. The mayor closed the levee road."]),
        ("The vote failed. (Two members were absent.) The chair left.", ["The vote failed.", "(Two members were absent.)", "The chair left."]),
        // (German marks close with “ and ‘, French-Swiss with «: after a stop and before a space they close.)
        ("Er sagte: „Wir bleiben.“ Dann ging er.", ["Er sagte: „Wir bleiben.“", "Dann ging er."]),
        ("She said: »We stay.« Then she left.", ["She said: »We stay.«", "Then she left."]),
    ])
    func boundary(_ text: String, _ expected: [String]) throws {
        #expect(try sentences(text) == expected)
    }

    @Test func abbreviationsAreFoundWhateverTheirCase() throws {
        // The word before a period is lowered byte by byte when it is ASCII, by the Unicode tables otherwise.
        let doc = try annotate("He met DR. Ames at the pier. Then he left.")
        #expect(doc.sentences.count == 2)
        let accented = try annotate("Élodie met ÉCOLE. Then she left.")
        #expect(accented.sentences.count == 2)
    }

    /// A class `abbreviations.tsv` does not know was read as `other`, so a misspelt "title" cut "Mr. | Smith" unnoticed;
    /// the pipeline now stops, naming the file, the word, its class and the classes there are. (The country's initials
    /// and the titles of courtesy, two lists in the splitter's code until 7 December, are classes of the file.)
    @Test func anUnknownAbbreviationClassIsAnError() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("annotate-abbreviations-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("abbreviations.tsv")
        try "mr\ttitel\ninc\tother\n".write(to: file, atomically: true, encoding: .utf8)
        var message = ""
        do {
            _ = try inlinePipeline("""
                {"stages": [{"stage": "ingest"}, {"stage": "sentences", "options": {"abbreviations": "\(file.path)"}}]}
                """)
        } catch {
            message = "\(error)"
        }
        #expect(message.contains("\"mr\" has class \"titel\"; the classes are title, courtesy, month, prefix, other, country, state"))
    }

    @Test func paragraphsAreSplitOneByOneInOrder() throws {
        // (The stage reuses one array of cuts for every paragraph: each paragraph's sentences are the ones it has
        // alone, in order, whatever the paragraph before held.)
        let paragraphs = ["1.) Buy bread 2.) Buy milk", "Thursday, March 5, 2026 The council met today.",
                          "Mr. Okafor arrived. Dr. Lee left.", "Storm closes port In the morning the ferries stayed in."]
        let alone = try paragraphs.flatMap { try sentences($0) }
        #expect(alone.count == 8)
        #expect(try sentences(paragraphs.joined(separator: "\n\n")) == alone)
    }
}
