/// Writes a document as one line of wire format v1 (see `schema/annotate-v1.schema.json`).
/// UTF-8 offsets are converted to code points here, once, through one `CodePointIndex`.
///
/// (A value holding the writer, with one method per part of the record, rather than nested functions and closures:
/// closures that captured the writer sent every write through the runtime's exclusivity check.)
public struct RecordEncoder: ~Copyable {
    private var w: JSONWriter
    private let cp: CodePointIndex

    private init(_ doc: Document) {
        w = JSONWriter(capacity: doc.text.utf8.count * 2 + 1024)
        cp = CodePointIndex(doc.text)
    }

    public static func encode(_ doc: Document) -> [UInt8] {
        var e = RecordEncoder(doc)
        e.document(doc)
        return e.w.bytes
    }

    private mutating func document(_ doc: Document) {
        w.raw("{")
        w.key("id", first: true); w.string(doc.id)
        w.key("status"); w.string(doc.status.rawValue)
        w.key("errors")
        list(doc.errors) { e, error in
            e.w.raw("{")
            e.w.key("stage", first: true); e.w.string(error.stage)
            e.w.key("code"); e.w.string(error.code)
            e.w.key("message"); e.w.string(error.message)
            e.w.raw("}")
        }
        w.key("offset_unit"); w.string("codepoint")
        w.key("text"); w.string(doc.text)
        meta(doc.meta)

        w.key("paragraphs"); list(doc.paragraphs) { $0.spanObject($1) }
        w.key("sentences")
        list(doc.sentences) { e, s in
            e.w.raw("{"); e.span(s.span, first: true)
            if let t = s.tone { e.w.key("tone"); e.tone(t) }
            e.w.raw("}")
        }
        w.key("entities"); list(doc.entities) { $0.entity($1) }
        w.key("quotes"); list(doc.quotes) { $0.quote($1) }
        if let t = doc.tone { w.key("tone"); tone(t) }
        w.key("speakers"); list(doc.speakers) { $0.speaker($1) }
        if !doc.targets.isEmpty || !doc.input.targets.isEmpty {
            w.key("targets")
            list(doc.targets) { e, t in
                e.w.raw("{")
                e.w.key("name", first: true); e.w.string(t.name)
                e.span(t.span)
                e.w.key("label"); e.w.string(t.label)
                if let tt = t.tone { e.w.key("tone"); e.tone(tt) }
                e.w.key("evidence"); e.toneWords(t.evidence)
                e.w.raw("}")
            }
        }
        for (k, v) in doc.extensions.sorted(by: { $0.key < $1.key }) {
            w.raw(","); w.string(k); w.raw(":"); w.value(v)
        }
        w.raw("}\n")
    }

    /// A JSON array of `items`, each written by `body`. (The encoder is passed to `body`, not captured: a closure that
    /// captured it would send every write through the exclusivity check again.)
    @inline(__always) private mutating func list<T>(_ items: [T], _ body: (inout RecordEncoder, T) -> Void) {
        w.raw("[")
        for (i, item) in items.enumerated() {
            if i > 0 { w.raw(",") }
            body(&self, item)
        }
        w.raw("]")
    }

    private mutating func strings(_ items: [String]) {
        list(items) { $0.w.string($1) }
    }

    private mutating func span(_ s: TextSpan, first: Bool = false) {
        w.key("start", first: first); w.int(cp.codePoint(s.start))
        w.key("end"); w.int(cp.codePoint(s.end))
    }

    private mutating func spanObject(_ s: TextSpan) {
        w.raw("{"); span(s, first: true); w.raw("}")
    }

    private mutating func meta(_ m: DocumentMetadata) {
        w.key("meta"); w.raw("{")
        w.key("source", first: true); w.string(m.source)
        w.key("format"); w.string(m.format.rawValue)
        if let v = m.title { w.key("title"); w.string(v) }
        if let v = m.url { w.key("url"); w.string(v) }
        if let v = m.published { w.key("published"); w.string(v) }
        if !m.authors.isEmpty { w.key("authors"); strings(m.authors) }
        if let v = m.language { w.key("language"); w.string(v) }
        if let v = m.siteName { w.key("site_name"); w.string(v) }
        for (k, v) in m.extra.sorted(by: { $0.key < $1.key }) {
            w.raw(","); w.string(k); w.raw(":"); w.value(v)
        }
        w.raw("}")
    }

    private mutating func entity(_ e: Entity) {
        w.raw("{")
        w.key("id", first: true); w.string(e.id)
        w.key("name"); w.string(e.name)
        w.key("kind"); w.string(e.kind.rawValue)
        if e.gender != .unknown { w.key("gender"); w.string(e.gender.rawValue) }
        w.key("mentions"); list(e.mentions) { $0.spanObject($1) }
        w.raw("}")
    }

    private mutating func quote(_ q: Quote) {
        w.raw("{")
        w.key("id", first: true); w.string(q.id)
        span(q.span)
        w.key("kind"); w.string(q.kind.rawValue)
        w.key("speaker")
        if let s = q.speaker {
            w.raw("{")
            w.key("name", first: true); w.string(s.name)
            if let e = s.entity { w.key("entity"); w.string(e) }
            if let sp = s.span { span(sp) }
            w.key("resolution"); w.string(s.resolution.rawValue)
            w.raw("}")
        } else {
            w.raw("null")
        }
        if let c = q.cue {
            w.key("cue"); w.raw("{"); span(c.span, first: true)
            w.key("lemma"); w.string(c.lemma)
            if let f = c.framing { w.key("framing"); w.string(f) }
            if c.negated { w.key("negated"); w.bool(true) }
            w.raw("}")
        }
        if let t = q.tone { w.key("tone"); tone(t) }
        if let c = q.certainty { w.key("certainty"); w.double(c) }
        if let p = q.within { w.key("within"); w.string(p) }
        w.raw("}")
    }

    private mutating func speaker(_ s: SpeakerSummary) {
        w.raw("{")
        w.key("entity", first: true)
        if let e = s.entity { w.string(e) } else { w.raw("null") }
        w.key("name"); w.string(s.name)
        w.key("quotes"); strings(s.quoteIDs)
        if let t = s.tone { w.key("tone"); tone(t) }
        if !s.stance.isEmpty {
            w.key("stance")
            list(s.stance) { e, st in
                e.w.raw("{")
                e.w.key("target", first: true); e.w.string(st.target)
                e.w.key("polarity"); e.w.double(st.polarity)
                e.w.key("label"); e.w.string(st.label)
                e.w.key("count"); e.w.int(st.count)
                e.w.key("quotes"); e.strings(st.quoteIDs)
                e.w.raw("}")
            }
        }
        w.raw("}")
    }

    private mutating func tone(_ t: Tone) {
        w.raw("{")
        w.key("neg", first: true); w.double(t.neg)
        w.key("neu"); w.double(t.neu)
        w.key("pos"); w.double(t.pos)
        w.key("compound"); w.double(t.compound)
        if let words = t.words { w.key("words"); toneWords(words) }
        w.raw("}")
    }

    private mutating func toneWords(_ words: [ToneWord]) {
        list(words) { e, x in
            e.w.raw("{")
            e.w.key("token", first: true); e.w.string(x.token)
            e.w.key("valence"); e.w.double(x.valence)
            e.w.key("score"); e.w.double(x.score)
            e.w.key("rules"); e.strings(x.rules)
            e.w.raw("}")
        }
    }
}
