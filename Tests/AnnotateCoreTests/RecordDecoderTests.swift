import Testing
@testable import AnnotateCore

@Suite struct RecordDecoderTests {
    @Test func readsTextHTMLMetaAndTargets() {
        let doc = RecordDecoder.document(line: Array(#"{"id": 7, "html": "<p>x</p>", "meta": {"title": "T", "desk": "world"}, "targets": [{"name": "Japan", "start": 0, "end": 5}]}"#.utf8), source: "f:1")
        #expect(doc.id == "7")
        #expect(doc.input.format == .html)
        #expect(doc.meta.title == "T")
        #expect(doc.meta.extra["desk"] == .string("world"))
        #expect(doc.input.targets == [InputTarget(name: "Japan", start: 0, end: 5)])
    }

    @Test func badLinesBecomeFailedRecords() {
        let bad = RecordDecoder.document(line: Array("{not json".utf8), source: "in.jsonl:3")
        #expect(bad.status == .failed && bad.id == "in.jsonl:3" && bad.errors.first?.code == "bad_json")
        let noText = RecordDecoder.document(line: Array(#"{"id": "x"}"#.utf8), source: "in.jsonl:4")
        #expect(noText.status == .failed && noText.id == "x" && noText.errors.first?.code == "bad_record")
    }
}
