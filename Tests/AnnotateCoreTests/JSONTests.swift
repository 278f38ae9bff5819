import Testing
@testable import AnnotateCore

@Suite struct JSONTests {
    @Test func parsesAndWritesRoundTrip() throws {
        let source = #"{"id":"a1","n":-12.5,"ok":true,"none":null,"list":[1,"two",{"x":[]}],"s":"line\nbreak \"q\" \u00e9 \ud83d\ude00"}"#
        let value = try JSONParser.parse(source)
        #expect(value["id"]?.stringValue == "a1")
        #expect(value["n"]?.doubleValue == -12.5)
        #expect(value["s"]?.stringValue == "line\nbreak \"q\" é 😀")
        let again = try JSONParser.parse(JSONWriter.encode(value))
        #expect(again == value)
    }

    @Test func writerNeverEmitsRawNewlinesOrTabs() {
        let out = JSONWriter.encode(.string("a\nb\tc\r\u{2028}"))
        #expect(!out.contains("\n") && !out.contains("\t") && !out.contains("\r"))
        #expect(out == #""a\nb\tc\r\u2028""#)
    }

    @Test func writesIntegersOfEverySize() {
        for v in [0, 7, -7, 10, 1_000_000, -980_123, Int.max, Int.min] {
            var writer = JSONWriter()
            writer.int(v)
            #expect(String(decoding: writer.bytes, as: UTF8.self) == String(v))
        }
        #expect(JSONWriter.encode(.array([.number(12), .number(-3), .number(0.5)])) == "[12,-3,0.5]")
    }

    @Test func escapesAndRunsSurviveARoundTrip() throws {
        let text = "First line.\nSecond \"quoted\" line,\tthen a control \u{1} and \u{1F} and é.\\end"
        let written = JSONWriter.encode(.string(text))
        #expect(written.contains(#"\u0001"#) && written.contains(#"\u001f"#))
        #expect(try JSONParser.parse(written).stringValue == text)
        #expect(try JSONParser.parse(#""a long run before \n and after, then \"q\" at the end""#).stringValue
            == "a long run before \n and after, then \"q\" at the end")
    }

    @Test func rejectsMalformedInputWithOffset() {
        #expect(throws: JSONParser.Error.self) { try JSONParser.parse(#"{"a": }"#) }
        #expect(throws: JSONParser.Error.self) { try JSONParser.parse(#"{"a": 1} x"#) }
        #expect(throws: JSONParser.Error.self) { try JSONParser.parse("\"unterminated") }
    }

    @Test func boundsNestingDepth() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONParser.Error.self) { try JSONParser.parse(deep) }
    }

    @Test func loneSurrogateBecomesReplacementCharacter() throws {
        #expect(try JSONParser.parse(#""a\ud800b""#).stringValue == "a\u{FFFD}b")
    }

    @Test func escapesEveryPositionOfAWordAndGrowsPastItsCapacity() throws {
        // The writer skips eight bytes at a time while none needs escaping: each special
        // character goes at every offset of a word, and the writer starts smaller than its output.
        func escaped(_ text: String) -> String {
            var out = "\""
            for u in text.unicodeScalars {
                switch u {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\u{1}": out += "\\u0001"
                case "\u{2028}": out += "\\u2028"
                default: out.unicodeScalars.append(u)
                }
            }
            return out + "\""
        }
        var texts: [String] = []
        for special in ["\"", "\\", "\n", "\u{1}", "\u{2028}", "é", "’"] {
            for at in 0..<17 {
                texts.append(String(repeating: "a", count: at) + special + String(repeating: "b", count: 16 - at))
            }
        }
        var writer = JSONWriter(capacity: 1)
        writer.value(.array(texts.map { .string($0) }))
        let written = String(decoding: writer.bytes, as: UTF8.self)
        #expect(written == "[" + texts.map(escaped).joined(separator: ",") + "]")
        #expect(try JSONParser.parse(written) == .array(texts.map { .string($0) }))
        #expect(JSONWriter.encode(.string("")) == #""""#)
    }
}
