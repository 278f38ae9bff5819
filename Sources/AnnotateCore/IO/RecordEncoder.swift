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
        w.key("errors"); w.raw("[")
        for (i, e) in doc.errors.enumerated() {
            comma(i)
            w.raw("{")
            w.key("stage", first: true); w.string(e.stage)
            w.key("code"); w.string(e.code)
            w.key("message"); w.string(e.message)
            w.raw("}")
        }
        w.raw("]")
        w.key("offset_unit"); w.string("codepoint")
        w.key("text"); w.string(doc.text)
        meta(doc.meta)

        w.key("paragraphs"); w.raw("[")
        for (i, p) in doc.paragraphs.enumerated() {
            comma(i)
            spanObject(p)
        }
        w.raw("]")
        w.key("sentences"); w.raw("[")
        for (i, s) in doc.sentences.enumerated() {
            comma(i)
            w.raw("{"); span(s.span, first: true)
            if let t = s.tone { w.key("tone"); tone(t) }
            w.raw("}")
        }
        w.raw("]")
        w.key("entities"); w.raw("[")
        for (i, e) in doc.entities.enumerated() {
            comma(i)
            entity(e)
        }
        w.raw("]")
        w.key("quotes"); w.raw("[")
        for (i, q) in doc.quotes.enumerated() {
            comma(i)
            quote(q)
        }
        w.raw("]")
        if let t = doc.tone { w.key("tone"); tone(t) }
        w.key("speakers"); w.raw("[")
        for (i, s) in doc.speakers.enumerated() {
            comma(i)
            speaker(s)
        }
        w.raw("]")
        if !doc.targets.isEmpty || !doc.input.targets.isEmpty {
            w.key("targets"); w.raw("[")
            for (i, t) in doc.targets.enumerated() {
                comma(i)
                w.raw("{")
                w.key("name", first: true); w.string(t.name)
                span(t.span)
                w.key("label"); w.string(t.label)
                if let tt = t.tone { w.key("tone"); tone(tt) }
                w.key("evidence"); toneWords(t.evidence)
                w.raw("}")
            }
            w.raw("]")
        }
        for (k, v) in doc.extensions.sorted(by: { $0.key < $1.key }) {
            w.raw(","); w.string(k); w.raw(":"); w.value(v)
        }
        w.raw("}\n")
    }

    /// The separator before a list's element `i`.
    @inline(__always) private mutating func comma(_ i: Int) {
        if i > 0 { w.raw(",") }
    }

    private mutating func strings(_ items: [String]) {
        w.raw("[")
        for (i, s) in items.enumerated() {
            comma(i)
            w.string(s)
        }
        w.raw("]")
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
        w.key("mentions"); w.raw("[")
        for (i, s) in e.mentions.enumerated() {
            comma(i)
            spanObject(s)
        }
        w.raw("]")
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
            if let sp = s.span {
                w.key("start"); w.int(cp.codePoint(sp.start))
                w.key("end"); w.int(cp.codePoint(sp.end))
            }
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
            w.key("stance"); w.raw("[")
            for (i, st) in s.stance.enumerated() {
                comma(i)
                w.raw("{")
                w.key("target", first: true); w.string(st.target)
                w.key("polarity"); w.double(st.polarity)
                w.key("label"); w.string(st.label)
                w.key("count"); w.int(st.count)
                w.key("quotes"); strings(st.quoteIDs)
                w.raw("}")
            }
            w.raw("]")
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
        w.raw("[")
        for (i, x) in words.enumerated() {
            comma(i)
            w.raw("{")
            w.key("token", first: true); w.string(x.token)
            w.key("valence"); w.double(x.valence)
            w.key("score"); w.double(x.score)
            w.key("rules"); strings(x.rules)
            w.raw("}")
        }
        w.raw("]")
    }
}
