import AnnotateCore
import AnnotateStages
import Testing

/// Every span on the wire must slice the record's `text` by code points, as Python does.
@Suite struct OffsetTests {
    static let text = """
        Café owner Zoë Müller said the new menu is “très bon 👍🏽 and worth it.” 東京 visitors agree.

        “We love 🇯🇵 and 🇫🇷 food,” said Kenji Tanaka. He added that the 👨‍👩‍👧 tables were full; e\u{301}clair sales rose.
        """

    @Test func everySpanSlicesByCodePoints() throws {
        let doc = try annotate(OffsetTests.text)
        #expect(!doc.quotes.isEmpty && !doc.sentences.isEmpty && !doc.entities.isEmpty)
        let wire = try JSONParser.parse(RecordEncoder.encode(doc))
        let text = try #require(wire["text"]?.stringValue)
        #expect(text == OffsetTests.text)
        func check(_ list: String, _ spans: [TextSpan]) {
            let items = wire[list]?.arrayValue ?? []
            #expect(items.count == spans.count)
            for (item, span) in zip(items, spans) {
                let s = item["start"]!.intValue!, e = item["end"]!.intValue!
                #expect(pySlice(text, s, e) == doc.string(span), "\(list) \(s)..<\(e)")
            }
        }
        check("paragraphs", doc.paragraphs)
        check("sentences", doc.sentences.map(\.span))
        check("quotes", doc.quotes.map(\.span))
        let mentions = (wire["entities"]?.arrayValue ?? []).flatMap { $0["mentions"]?.arrayValue ?? [] }
        let docMentions = doc.entities.flatMap(\.mentions)
        #expect(mentions.count == docMentions.count)
        for (m, span) in zip(mentions, docMentions) {
            #expect(pySlice(text, m["start"]!.intValue!, m["end"]!.intValue!) == doc.string(span))
        }
        let quoteText = doc.quotes.map { doc.string($0.span) }
        #expect(quoteText.contains("“très bon 👍🏽 and worth it.”"))
        #expect(quoteText.contains("“We love 🇯🇵 and 🇫🇷 food,”"))
    }
}
