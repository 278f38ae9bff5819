/// Writes a document as one line of wire format v1 (see `schema/annotate-v1.schema.json`).
/// UTF-8 offsets are converted to code points here, once, through one `CodePointIndex`.
public enum RecordEncoder {
    public static func encode(_ doc: Document) -> [UInt8] {
        var w = JSONWriter(capacity: doc.text.utf8.count * 2 + 1024)
        let cp = CodePointIndex(doc.text)
        func span(_ s: TextSpan, first: Bool = false) {
            w.key("start", first: first); w.int(cp.codePoint(s.start))
            w.key("end"); w.int(cp.codePoint(s.end))
        }
        func toneWords(_ words: [ToneWord]) {
            list(words) { x in
                w.raw("{")
                w.key("token", first: true); w.string(x.token)
                w.key("valence"); w.double(x.valence)
                w.key("score"); w.double(x.score)
                w.key("rules"); list(x.rules) { w.string($0) }
                w.raw("}")
            }
        }
        func tone(_ t: Tone) {
            w.raw("{")
            w.key("neg", first: true); w.double(t.neg)
            w.key("neu"); w.double(t.neu)
            w.key("pos"); w.double(t.pos)
            w.key("compound"); w.double(t.compound)
            if let words = t.words { w.key("words"); toneWords(words) }
            w.raw("}")
        }
        func list<T>(_ items: [T], _ body: (T) -> Void) {
            w.raw("[")
            for (i, item) in items.enumerated() {
                if i > 0 { w.raw(",") }
                body(item)
            }
            w.raw("]")
        }

        w.raw("{")
        w.key("id", first: true); w.string(doc.id)
        w.key("status"); w.string(doc.status.rawValue)
        w.key("errors")
        list(doc.errors) { e in
            w.raw("{")
            w.key("stage", first: true); w.string(e.stage)
            w.key("code"); w.string(e.code)
            w.key("message"); w.string(e.message)
            w.raw("}")
        }
        w.key("offset_unit"); w.string("codepoint")
        w.key("text"); w.string(doc.text)

        w.key("meta"); w.raw("{")
        let m = doc.meta
        w.key("source", first: true); w.string(m.source)
        w.key("format"); w.string(m.format.rawValue)
        if let v = m.title { w.key("title"); w.string(v) }
        if let v = m.url { w.key("url"); w.string(v) }
        if let v = m.published { w.key("published"); w.string(v) }
        if !m.authors.isEmpty { w.key("authors"); list(m.authors) { w.string($0) } }
        if let v = m.language { w.key("language"); w.string(v) }
        if let v = m.siteName { w.key("site_name"); w.string(v) }
        for (k, v) in m.extra.sorted(by: { $0.key < $1.key }) {
            w.raw(","); w.string(k); w.raw(":"); w.value(v)
        }
        w.raw("}")

        w.key("paragraphs"); list(doc.paragraphs) { p in w.raw("{"); span(p, first: true); w.raw("}") }
        w.key("sentences")
        list(doc.sentences) { s in
            w.raw("{"); span(s.span, first: true)
            if let t = s.tone { w.key("tone"); tone(t) }
            w.raw("}")
        }
        w.key("entities")
        list(doc.entities) { e in
            w.raw("{")
            w.key("id", first: true); w.string(e.id)
            w.key("name"); w.string(e.name)
            w.key("kind"); w.string(e.kind.rawValue)
            if e.gender != .unknown { w.key("gender"); w.string(e.gender.rawValue) }
            w.key("mentions"); list(e.mentions) { s in w.raw("{"); span(s, first: true); w.raw("}") }
            w.raw("}")
        }
        w.key("quotes")
        list(doc.quotes) { q in
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
        if let t = doc.tone { w.key("tone"); tone(t) }
        w.key("speakers")
        list(doc.speakers) { s in
            w.raw("{")
            w.key("entity", first: true)
            if let e = s.entity { w.string(e) } else { w.raw("null") }
            w.key("name"); w.string(s.name)
            w.key("quotes"); list(s.quoteIDs) { w.string($0) }
            if let t = s.tone { w.key("tone"); tone(t) }
            if !s.stance.isEmpty {
                w.key("stance")
                list(s.stance) { st in
                    w.raw("{")
                    w.key("target", first: true); w.string(st.target)
                    w.key("polarity"); w.double(st.polarity)
                    w.key("label"); w.string(st.label)
                    w.key("count"); w.int(st.count)
                    w.key("quotes"); list(st.quoteIDs) { w.string($0) }
                    w.raw("}")
                }
            }
            w.raw("}")
        }
        if !doc.targets.isEmpty || !doc.input.targets.isEmpty {
            w.key("targets")
            list(doc.targets) { t in
                w.raw("{")
                w.key("name", first: true); w.string(t.name)
                span(t.span)
                w.key("label"); w.string(t.label)
                if let tt = t.tone { w.key("tone"); tone(tt) }
                w.key("evidence"); toneWords(t.evidence)
                w.raw("}")
            }
        }
        for (k, v) in doc.extensions.sorted(by: { $0.key < $1.key }) {
            w.raw(","); w.string(k); w.raw(":"); w.value(v)
        }
        w.raw("}\n")
        return w.bytes
    }
}
