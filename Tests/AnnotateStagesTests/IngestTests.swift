import AnnotateCore
import AnnotateStages
import Foundation
import Testing

@Suite struct IngestTests {
    func sample(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: packageRoot.appendingPathComponent("samples/\(name)")))
    }

    @Test func htmlKeepsArticleDropsFurnitureAndReadsMetadata() throws {
        let doc = try annotate(String(decoding: try sample("wind-farm.html"), as: UTF8.self), with: "default", format: .html)
        #expect(doc.text.hasPrefix("Regulators on Friday approved"))
        #expect(doc.text.contains("construction would begin next spring"))
        for junk in ["Home", "cookies", "By Priya Raman", "Solar plan stalls", "Photo:", "All rights reserved"] {
            #expect(!doc.text.contains(junk), "\(junk)")
        }
        #expect(doc.meta.title == "Offshore wind farm approved despite fishing concerns")
        #expect(doc.meta.published == "2026-05-02T09:30:00Z")
        #expect(doc.meta.authors == ["Priya Raman"])
        #expect(doc.meta.url == "https://ledger.example/news/wind-farm-approved")
        #expect(doc.paragraphs.count == 4)
    }

    @Test func xmlBodyTitleAndDate() throws {
        let doc = try annotate(String(decoding: try sample("school-meals.xml"), as: UTF8.self), with: "default", format: .xml)
        #expect(doc.meta.title == "Free school meals extended to all primary pupils")
        #expect(doc.meta.published == "2026-09-11")
        #expect(doc.paragraphs.count == 3)
        #expect(!doc.text.contains("September 11"))
    }

    @Test func plainTextDateHeaderAndBoilerplate() throws {
        let doc = try annotate(String(decoding: try sample("harbour-bridge.txt"), as: UTF8.self), with: "default")
        #expect(doc.meta.published == "2026-03-14")
        #expect(!doc.text.contains("Subscribe"))
        #expect(doc.text.hasPrefix("The city council of Port Alder"))
    }

    @Test func verbatimKeepsTextExactly() throws {
        let text = "  date 2026-01-01\nSubscribe now!\r\n\nBody text.  "
        #expect(try annotate(text).text == text)
    }

    @Test func externalEntitiesAreNeverRead() throws {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE a [<!ENTITY secret SYSTEM "file:///etc/hostname"><!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]>
            <article><body><p>Before &secret; after &lol2;.</p></body></article>
            """
        let doc = try annotate(xml, with: "default", format: .xml)
        let hostname = (try? String(contentsOfFile: "/etc/hostname", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "\u{0}"
        #expect(doc.text.hasPrefix("Before"))
        #expect(!doc.text.contains(hostname))
        #expect(!doc.text.contains("lol"))
    }

    @Test func brokenAndBinaryInputNeverCrash() throws {
        var bytes: [UInt8] = Array("<html><body><p>Fine text</p><div><p>unclosed".utf8)
        bytes += (0..<2000).map { UInt8(truncatingIfNeeded: $0 &* 37) }
        let doc = try annotate(String(decoding: bytes, as: UTF8.self), with: "default", format: .html)
        #expect(doc.status != .failed)
        // 100,000 nested elements: HTML is read whole (the walk is iterative); XML stops at
        // libxml2's depth limit, keeps the text before it and reports the cut.
        let deep = "<p>Shallow text first.</p>" + String(repeating: "<div>", count: 100_000) + "<p>Deep text here.</p>"
        let deepDoc = try annotate(deep, with: "default", format: .html)
        #expect(deepDoc.status == .ok)
        #expect(deepDoc.text.contains("Deep text here."))
        let deepXML = "<doc><p>Shallow text first.</p>" + String(repeating: "<x>", count: 100_000) + "<p>Deep text here.</p></doc>"
        let deepXMLDoc = try annotate(deepXML, with: "default", format: .xml)
        #expect(deepXMLDoc.status == .partial)
        #expect(deepXMLDoc.errors.map(\.code) == ["truncated"])
        #expect(deepXMLDoc.text.contains("Shallow text first."))
        #expect(deepDoc.text.contains("Shallow text first."))
    }

    @Test func billionLaughsExpandsNothing() throws {
        var dtd = #"<!ENTITY lol0 "lol">"#
        for i in 1...9 { dtd += "<!ENTITY lol\(i) \"" + String(repeating: "&lol\(i - 1);", count: 10) + "\">" }
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE doc [\(dtd)]><doc><body><p>Start &lol9; end.</p></body></doc>"
        let doc = try annotate(xml, with: "extract", format: .xml)
        #expect(doc.text.count < 100)
        #expect(doc.text.hasPrefix("Start"))
        #expect(!doc.text.contains("lollol"))
    }

    @Test func fiftyMegabyteSingleLineIsReadWhole() throws {
        let sentence = "The council met again and talked about the harbour bridge. "
        let body = String(repeating: sentence, count: 50_000_000 / sentence.utf8.count)
        let doc = try annotate("<html><body><p>" + body + "</p></body></html>", with: "extract", format: .html)
        #expect(doc.status == .ok)
        #expect(doc.text.utf8.count == body.utf8.count - 1)  // the trailing space is trimmed
    }

    @Test func inputsOverTheSizeLimitFailClearly() throws {
        var doc = Document(id: "big", input: RawInput(format: .text, bytes: Array(repeating: 0x61, count: 64 * 1024 * 1024 + 1), source: "t"))
        try pipeline("extract").process(&doc)
        #expect(doc.status == .failed)
        #expect(doc.errors.first?.code == "too_large")
    }
}

/// Binary garbage read as text through the whole default pipeline: it must come back, one record,
/// with no stage doing per-mention work over the whole text (this took minutes before).
@Suite struct HostileTextTests {
    @Test func randomBytesThroughTheDefaultPipeline() throws {
        var state: UInt64 = 0x9E3779B97F4A7C15
        let bytes: [UInt8] = (0..<200_000).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return UInt8(truncatingIfNeeded: state >> 33)
        }
        var doc = Document(id: "noise", input: RawInput(format: .text, bytes: bytes, source: "noise"))
        try pipeline("default").process(&doc)
        #expect(doc.status == .ok)
        #expect(!doc.text.isEmpty)
    }
}

@Suite struct PlainTextTests {
    @Test func hardWrappedTextWithoutBlankLines() throws {
        let text = """
            The harbour authority said on Monday that the old pier would be
            closed for repairs until the end of the summer, and that ferries
            would use the north quay in the meantime.
              Local traders were unhappy. Several said the closure would cost
            them the busiest weeks of the year, when visitors arrive from the
            mainland every morning.
            """
        let doc = try annotate(text, with: "extract")
        #expect(doc.paragraphs.count == 2)
        #expect(doc.text.hasPrefix("The harbour authority said on Monday that the old pier would be closed for repairs"))
        #expect(doc.string(doc.paragraphs[1]).hasPrefix("Local traders were unhappy."))
    }

    @Test func oneParagraphPerLineWhenLinesAreNotWrapped() throws {
        let doc = try annotate("A short first line.\nA much longer second line that is clearly a paragraph on its own and keeps going for a while.\nThird.", with: "extract")
        #expect(doc.paragraphs.count == 3)
    }

    @Test func blankLinesSeparateParagraphsAndBoilerplateIsDropped() throws {
        let doc = try annotate("First paragraph\nwraps here.\n\nSubscribe to our newsletter and read more.\n\nSecond paragraph.", with: "extract")
        #expect(doc.text == "First paragraph wraps here.\n\nSecond paragraph.")
    }
}
