/// Turns one JSONL input line into a document: `{"id", "text" | "html" | "xml", "meta"?, "targets"?}`.
///
/// A line that is not a usable record still becomes a document, marked failed, so every input
/// line yields exactly one output line.
public enum RecordDecoder {
    public static func document<C: Collection>(line: C, source: String) -> Document where C.Element == UInt8 {
        let value: JSONValue
        do {
            value = try JSONParser.parse(line)
        } catch {
            return failed(id: source, source: source, code: "bad_json", message: "\(error)")
        }
        guard let record = value.objectValue else {
            return failed(id: source, source: source, code: "bad_record", message: "expected a JSON object, got \(value.typeName)")
        }
        var id = source
        switch record["id"] {
        case .string(let s)?: id = s
        case .number?: id = record["id"]!.intValue.map(String.init) ?? JSONWriter.encode(record["id"]!)
        default: break
        }
        let format: InputFormat
        let content: String
        if let t = record["text"]?.stringValue {
            format = .text; content = t
        } else if let h = record["html"]?.stringValue {
            format = .html; content = h
        } else if let x = record["xml"]?.stringValue {
            format = .xml; content = x
        } else {
            return failed(id: id, source: source, code: "bad_record",
                          message: "the record has no \"text\", \"html\" or \"xml\" string")
        }
        var targets: [InputTarget] = []
        for t in record["targets"]?.arrayValue ?? [] {
            guard let name = t["name"]?.stringValue else { continue }
            targets.append(InputTarget(name: name, start: t["start"]?.intValue, end: t["end"]?.intValue))
        }
        var doc = Document(id: id, input: RawInput(format: format, bytes: Array(content.utf8), source: source, targets: targets))
        if let meta = record["meta"]?.objectValue {
            for (k, v) in meta.pairs {
                switch k {
                case "title": doc.meta.title = v.stringValue
                case "url": doc.meta.url = v.stringValue
                case "published": doc.meta.published = v.stringValue
                case "language": doc.meta.language = v.stringValue
                case "authors": doc.meta.authors = v.arrayValue?.compactMap(\.stringValue) ?? []
                case "source", "format": break
                default: doc.meta.extra[k] = v
                }
            }
        }
        return doc
    }

    /// A document that carries only an input error.
    public static func failed(id: String, source: String, code: String, message: String) -> Document {
        var doc = Document(id: id, input: RawInput(format: .text, bytes: [], source: source))
        doc.errors.append(DocumentIssue(stage: "input", code: code, message: message))
        doc.textFailed = true
        return doc
    }
}
