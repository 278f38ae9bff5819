import AnnotateCore
import AnnotateStages
import Testing

/// Pages in every encoding situation seen in scraped news, each read to the same clean text.
@Suite struct EncodingTests {
    func page(head: String = "", _ body: [UInt8]) -> [UInt8] {
        Array("<html><head>\(head)</head><body><p>".utf8) + body + Array("</p></body></html>".utf8)
    }

    func text(_ bytes: [UInt8], xml: Bool = false) throws -> String {
        try annotate(bytes: bytes, with: "extract", format: xml ? .xml : .html).text
    }

    @Test func utf8WithAndWithoutBOM() throws {
        let body = Array("Café “Zoë” naïve".utf8)
        #expect(try text(page(body)) == "Café “Zoë” naïve")
        #expect(try text([0xEF, 0xBB, 0xBF] + page(body)) == "Café “Zoë” naïve")
    }

    @Test func utf16WithBOM() throws {
        let html = "<html><body><p>Café “Zoë”</p></body></html>"
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in html.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(try text(utf16) == "Café “Zoë”")
    }

    @Test func windows1252DeclaredOrPassedOffAsLatin1() throws {
        // 0x93/0x94 are curly quotes in windows-1252 and control codes in real ISO-8859-1.
        let body: [UInt8] = [0x93] + Array("Caf".utf8) + [0xE9, 0x94]
        #expect(try text(page(head: #"<meta charset="windows-1252">"#, body)) == "“Café”")
        #expect(try text(page(head: #"<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">"#, body)) == "“Café”")
        // Nothing declared, and not UTF-8: windows-1252.
        #expect(try text(page(body)) == "“Café”")
    }

    @Test func bogusLabelFallsBackToTheBytes() throws {
        #expect(try text(page(head: #"<meta charset="x-made-up-8">"#, Array("Café".utf8))) == "Café")
    }

    @Test func invalidBytesInUTF8AreReplacedNotFatal() throws {
        let body = Array("Zoë said ".utf8) + [0xFF] + Array(" and “left”.".utf8)
        #expect(try text(page(head: #"<meta charset="utf-8">"#, body)) == "Zoë said \u{FFFD} and “left”.")
    }

    @Test func entitiesAreDecoded() throws {
        #expect(try text(page(Array("caf&eacute; &#8220;ok&#x201D; &amp; &nbsp;end".utf8))) == "café “ok” & end")
    }

    @Test func xmlDeclaredLatin1() throws {
        let xml = Array(#"<?xml version="1.0" encoding="ISO-8859-1"?><doc><body><p>"#.utf8) + [0x93, 0x43, 0x61, 0x66, 0xE9, 0x94]
            + Array("</p></body></doc>".utf8)
        #expect(try text(xml, xml: true) == "“Café”")
    }
}
