import AnnotateCore
import Foundation

/// One output record read back for viewing: the text (as code points, the wire's offset unit)
/// and the quotes, speakers and targets over it.
struct AnnotatedRecord {
    struct QuoteView {
        var id: String
        var start: Int
        var end: Int
        var kind: String
        var speaker: String?
        var cue: String?
        var framing: String?
        /// The cue's verb is negated ("did not say"); nil without a cue.
        var negated: Bool?
        var tone: Double?
        var certainty: Double?
        /// The mixed quote a partial quote lies in (the same utterance), nil otherwise.
        var within: String?
    }

    struct StanceView {
        var target: String
        var label: String
        var polarity: Double
        var count: Int
    }

    struct SpeakerView {
        var name: String
        var quoteIDs: [String]
        var tone: Double?
        var stance: [StanceView]
    }

    var id: String
    var status: String
    var title: String?
    var scalars: [Unicode.Scalar]
    var quotes: [QuoteView]
    var speakers: [SpeakerView]
    var tone: Double?

    init?(_ value: JSONValue) {
        guard let id = value["id"]?.stringValue ?? value["id"]?.intValue.map(String.init) else { return nil }
        self.id = id
        status = value["status"]?.stringValue ?? "ok"
        title = value["meta"]?["title"]?.stringValue
        scalars = Array((value["text"]?.stringValue ?? "").unicodeScalars)
        tone = value["tone"]?["compound"]?.doubleValue
        quotes = (value["quotes"]?.arrayValue ?? []).compactMap { q in
            guard let s = q["start"]?.intValue, let e = q["end"]?.intValue else { return nil }
            return QuoteView(id: q["id"]?.stringValue ?? "", start: s, end: e, kind: q["kind"]?.stringValue ?? "",
                             speaker: q["speaker"]?["name"]?.stringValue, cue: q["cue"]?["lemma"]?.stringValue,
                             framing: q["cue"]?["framing"]?.stringValue,
                             negated: q["cue"]?["lemma"] == nil ? nil : q["cue"]?["negated"]?.boolValue ?? false,
                             tone: q["tone"]?["compound"]?.doubleValue,
                             certainty: q["certainty"]?.doubleValue, within: q["within"]?.stringValue)
        }.sorted { ($0.start, $1.end) < ($1.start, $0.end) }
        speakers = (value["speakers"]?.arrayValue ?? []).compactMap { s in
            guard let name = s["name"]?.stringValue else { return nil }
            let stance = (s["stance"]?.arrayValue ?? []).compactMap { st -> StanceView? in
                guard let t = st["target"]?.stringValue else { return nil }
                return StanceView(target: t, label: st["label"]?.stringValue ?? "", polarity: st["polarity"]?.doubleValue ?? 0,
                                  count: st["count"]?.intValue ?? 0)
            }
            return SpeakerView(name: name, quoteIDs: (s["quotes"]?.arrayValue ?? []).compactMap(\.stringValue),
                               tone: s["tone"]?["compound"]?.doubleValue, stance: stance)
        }
    }

    /// The text between two code-point offsets (clamped).
    func slice(_ start: Int, _ end: Int) -> String {
        let s = max(0, min(start, scalars.count)), e = max(s, min(end, scalars.count))
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars[s..<e])
        return String(v)
    }

    var text: String { slice(0, scalars.count) }

    /// Reads every record of a JSONL file; unreadable lines are reported and skipped.
    static func readAll(_ path: String) throws -> [AnnotatedRecord] {
        guard let handle = path == "-" ? FileHandle.standardInput : FileHandle(forReadingAtPath: path) else {
            throw CLIError("cannot read \(path)")
        }
        let reader = LineReader(handle: handle)
        var out: [AnnotatedRecord] = []
        var n = 0
        while let line = reader.next() {
            n += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            guard let value = try? JSONParser.parse(line), let record = AnnotatedRecord(value) else {
                printError("annotate: \(path):\(n): not an annotate record, skipped")
                continue
            }
            out.append(record)
        }
        return out
    }
}
