import AnnotateCore
import Foundation

/// Builds the HTML report. Documents travel as JSON inside the page and are drawn when opened,
/// so a corpus of thousands stays light. Nothing is fetched: no `http(s)://` appears anywhere in
/// the file (URLs inside article text are written with an entity or an escaped slash).
struct ReportBuilder {
    var records: [AnnotatedRecord]
    var source: String

    struct SpeakerTotal {
        var name: String
        var quotes = 0
        var toneSum = 0.0
        var toned = 0
        var documents: Set<String> = []
        var stance: [String: (sum: Double, count: Int)] = [:]
    }

    func speakerTotals() -> [SpeakerTotal] {
        var totals: [String: SpeakerTotal] = [:]
        for r in records {
            for s in r.speakers {
                var t = totals[s.name] ?? SpeakerTotal(name: s.name)
                t.documents.insert(r.id)
                // (A partial quote within a mixed one is the same utterance: it counts once.)
                for q in r.quotes where q.within == nil && s.quoteIDs.contains(q.id) {
                    t.quotes += 1
                    if let tone = q.tone { t.toneSum += tone; t.toned += 1 }
                }
                for st in s.stance {
                    let prev = t.stance[st.target] ?? (0, 0)
                    t.stance[st.target] = (prev.sum + st.polarity * Double(st.count), prev.count + st.count)
                }
                totals[s.name] = t
            }
        }
        return totals.values.sorted { ($0.quotes, $1.name) > ($1.quotes, $0.name) }
    }

    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "/": out += "&#47;"  // keeps "http://" out of the file
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    func html() -> String {
        let speakers = speakerTotals()
        let quotes = records.reduce(0) { $0 + $1.quotes.count }
        let statuses = Dictionary(grouping: records, by: \.status).mapValues(\.count)
        let toned = records.compactMap(\.tone)
        let meanTone = toned.isEmpty ? 0 : toned.reduce(0, +) / Double(toned.count)
        var h = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>annotate report: \(ReportBuilder.escape(source))</title>
            <style>\(ReportBuilder.css)</style></head>
            <body>
            <header><h1>annotate report</h1><p class="muted">\(ReportBuilder.escape(source))</p></header>
            <section class="cards">
            <div class="card"><b>\(records.count)</b><span>documents</span></div>
            <div class="card"><b>\(quotes)</b><span>quotes</span></div>
            <div class="card"><b>\(speakers.count)</b><span>speakers</span></div>
            <div class="card"><b>\(String(format: "%+.2f", meanTone))</b><span>mean document tone</span></div>
            <div class="card"><b>\(statuses["ok"] ?? 0) / \(statuses["partial"] ?? 0) / \(statuses["failed"] ?? 0)</b><span>ok / partial / failed</span></div>
            </section>
            <section><h2>Speakers: mean tone of their quotes</h2>
            \(chart(Array(speakers.prefix(25))))
            </section>
            <section><h2>Stance</h2>\(stanceTable(speakers))</section>
            <section><h2>Documents</h2>
            <input id="filter" type="search" placeholder="Filter by id, title or speaker">
            <div id="docs"></div></section>
            <div id="tip" hidden></div>
            <script type="application/json" id="data">\(dataJSON())</script>
            <script>\(ReportBuilder.script)</script>
            </body></html>
            """
        h += "\n"
        return h
    }

    /// A horizontal bar chart, zero in the middle, as inline SVG.
    func chart(_ speakers: [SpeakerTotal]) -> String {
        guard !speakers.isEmpty else { return "<p class=\"muted\">No attributed quotes.</p>" }
        let rowH = 22, labelW = 240, barW = 420, width = labelW + barW + 90
        let height = speakers.count * rowH + 30
        let mid = labelW + barW / 2
        var svg = "<svg class=\"chart\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-label=\"Speaker tone chart\">"
        svg += "<line x1=\"\(mid)\" y1=\"0\" x2=\"\(mid)\" y2=\"\(height - 20)\" class=\"axis\"/>"
        for (i, s) in speakers.enumerated() {
            let tone = s.toned == 0 ? 0 : s.toneSum / Double(s.toned)
            let y = i * rowH + 4
            let w = Int((abs(tone) * Double(barW / 2)).rounded())
            let x = tone >= 0 ? mid : mid - w
            let cls = tone >= 0.05 ? "pos" : tone <= -0.05 ? "neg" : "neu"
            let name = s.name.count > 32 ? String(s.name.prefix(31)) + "…" : s.name
            svg += "<g><title>\(ReportBuilder.escape(s.name)): \(s.quotes) quotes, mean tone \(String(format: "%+.3f", tone))</title>"
            svg += "<text x=\"\(labelW - 8)\" y=\"\(y + 14)\" text-anchor=\"end\">\(ReportBuilder.escape(name))</text>"
            svg += "<rect x=\"\(x)\" y=\"\(y + 3)\" width=\"\(max(w, 1))\" height=\"\(rowH - 8)\" class=\"\(cls)\"/>"
            svg += "<text x=\"\(labelW + barW + 8)\" y=\"\(y + 14)\" class=\"muted\">\(String(format: "%+.2f", tone)) · \(s.quotes)</text></g>"
        }
        svg += "<text x=\"\(labelW)\" y=\"\(height - 4)\" class=\"muted\">−1</text><text x=\"\(mid - 4)\" y=\"\(height - 4)\" class=\"muted\">0</text>"
        svg += "<text x=\"\(labelW + barW - 10)\" y=\"\(height - 4)\" class=\"muted\">+1</text></svg>"
        return svg
    }

    func stanceTable(_ speakers: [SpeakerTotal]) -> String {
        var rows: [(String, String, Double, Int)] = []
        for s in speakers {
            for (target, e) in s.stance where e.count > 0 { rows.append((s.name, target, e.sum / Double(e.count), e.count)) }
        }
        guard !rows.isEmpty else { return "<p class=\"muted\">No stance: run a pipeline with the stance stage and targets.</p>" }
        rows.sort { ($0.3, abs($0.2)) > ($1.3, abs($1.2)) }
        var t = "<table><thead><tr><th>Speaker</th><th>Target</th><th>Stance</th><th>Polarity</th><th>Mentions</th></tr></thead><tbody>"
        for (speaker, target, polarity, count) in rows.prefix(300) {
            let label = polarity >= 0.05 ? "favor" : polarity <= -0.05 ? "against" : "neutral"
            t += "<tr><td>\(ReportBuilder.escape(speaker))</td><td>\(ReportBuilder.escape(target))</td>"
            t += "<td class=\"\(label)\">\(label)</td><td>\(String(format: "%+.2f", polarity))</td><td>\(count)</td></tr>"
        }
        return t + "</tbody></table>"
    }

    /// The documents as JSON for the page's script; "/" is written "\/" so no URL appears literally
    /// and "</script>" cannot end the block early.
    func dataJSON() -> String {
        var docs: [JSONValue] = []
        for r in records {
            let quotes: [JSONValue] = r.quotes.map { q in
                .array([.number(Double(q.start)), .number(Double(q.end)), q.speaker.map(JSONValue.string) ?? .null,
                        .string(q.kind), q.cue.map(JSONValue.string) ?? .null, q.tone.map(JSONValue.number) ?? .null])
            }
            docs.append(.object(JSONObject([
                ("id", .string(r.id)), ("title", r.title.map(JSONValue.string) ?? .null), ("status", .string(r.status)),
                ("tone", r.tone.map(JSONValue.number) ?? .null), ("text", .string(r.text)), ("quotes", .array(quotes)),
                ("speakers", .array(r.speakers.map { .string($0.name) })),
            ])))
        }
        return JSONWriter.encode(.array(docs)).replacingOccurrences(of: "/", with: "\\/")
    }

    static let css = """
        body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:1100px;padding:1rem 2rem;color:#1d2430;background:#fafbfc}
        h1{margin:.2rem 0}h2{margin-top:2rem;border-bottom:1px solid #dde;padding-bottom:.3rem}.muted{color:#6b7280;font-size:.85em}
        .cards{display:flex;gap:1rem;flex-wrap:wrap}.card{background:#fff;border:1px solid #e3e6ea;border-radius:8px;padding:.7rem 1rem;min-width:120px}
        .card b{display:block;font-size:1.4em}.card span{color:#6b7280;font-size:.85em}
        svg.chart text{font-size:12px;fill:#1d2430}svg.chart .muted{fill:#6b7280}svg.chart .axis{stroke:#9aa3ad}
        rect.pos{fill:#2e9d5b}rect.neg{fill:#d0453b}rect.neu{fill:#c2a23a}
        table{border-collapse:collapse;width:100%;background:#fff}th,td{border:1px solid #e3e6ea;padding:.3rem .5rem;text-align:left}
        td.favor{color:#2e9d5b}td.against{color:#d0453b}
        #filter{width:100%;padding:.5rem;margin:.5rem 0;font-size:1em}
        details{background:#fff;border:1px solid #e3e6ea;border-radius:6px;margin:.4rem 0;padding:.4rem .8rem}
        summary{cursor:pointer}.doc{white-space:pre-wrap;margin:.6rem 0}
        mark{background:#eef3ff;border-bottom:2px solid #6b7280;padding:0 1px;cursor:help}
        mark.pos{border-color:#2e9d5b;background:#e9f7ee}mark.neg{border-color:#d0453b;background:#fdecea}mark.neu{border-color:#c2a23a;background:#fbf6e4}
        .spk{font-size:.75em;color:#3b5bdb;margin-left:2px}
        #tip{position:fixed;background:#1d2430;color:#fff;padding:.4rem .6rem;border-radius:4px;font-size:.8em;pointer-events:none;max-width:320px}
        """

    static let script = """
        (function(){
          var docs = JSON.parse(document.getElementById('data').textContent);
          var box = document.getElementById('docs'), tip = document.getElementById('tip');
          function esc(s){return String(s).replace(/[&<>"]/g,function(c){return {'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[c];});}
          function cls(t){return t===null?'neu':t>=0.05?'pos':t<=-0.05?'neg':'neu';}
          function render(d){
            var cps = Array.from(d.text), out = '', pos = 0, qs = d.quotes.slice().sort(function(a,b){return a[0]-b[0]||b[1]-a[1];});
            qs.forEach(function(q){
              if (q[0] < pos) return;
              out += esc(cps.slice(pos, q[0]).join(''));
              var info = (q[2]||'unattributed') + ' \\u00b7 ' + q[3] + (q[4]?' \\u00b7 '+q[4]:'') + ' \\u00b7 tone ' + (q[5]===null?'\\u2013':q[5].toFixed(2));
              out += '<mark class="'+cls(q[5])+'" data-info="'+esc(info)+'">'+esc(cps.slice(q[0], q[1]).join(''))+'</mark>';
              out += '<span class="spk">'+esc(q[2]||'?')+'</span>';
              pos = q[1];
            });
            return out + esc(cps.slice(pos).join(''));
          }
          var frag = document.createDocumentFragment();
          docs.forEach(function(d, i){
            var det = document.createElement('details');
            det.dataset.key = (d.id + ' ' + (d.title||'') + ' ' + d.speakers.join(' ')).toLowerCase();
            det.innerHTML = '<summary><b>'+esc(d.id)+'</b> '+esc(d.title||'')+' <span class="muted">['+d.status+'] '+d.quotes.length+' quotes, tone '+(d.tone===null?'\\u2013':d.tone.toFixed(2))+'</span></summary><div class="doc"></div>';
            det.addEventListener('toggle', function(){ var el = det.querySelector('.doc'); if (det.open && !el.dataset.done){ el.innerHTML = render(d); el.dataset.done = '1'; } });
            frag.appendChild(det);
          });
          box.appendChild(frag);
          document.getElementById('filter').addEventListener('input', function(e){
            var q = e.target.value.toLowerCase();
            Array.prototype.forEach.call(box.children, function(det){ det.hidden = q && det.dataset.key.indexOf(q) < 0; });
          });
          document.addEventListener('mouseover', function(e){
            var m = e.target.closest && e.target.closest('mark');
            if (!m){ tip.hidden = true; return; }
            tip.textContent = m.dataset.info; tip.hidden = false;
            var r = m.getBoundingClientRect(); tip.style.left = r.left + 'px'; tip.style.top = (r.bottom + 6) + 'px';
          });
          if (box.firstChild) { box.firstChild.open = true; box.firstChild.dispatchEvent(new Event('toggle')); }
          document.body.dataset.ready = 'yes';
        })();
        """
}
