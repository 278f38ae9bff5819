import AnnotateCore
import Foundation

/// Renders one record as terminal text.
struct Inspector {
    var record: AnnotatedRecord
    var color: Bool
    var speakerFilter: String?

    func paint(_ s: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }

    static func toneText(_ t: Double?) -> String {
        guard let t else { return "–" }
        return String(format: "%+.2f", t)
    }

    func toneColor(_ t: Double?) -> String {
        guard let t else { return "0" }
        return t >= 0.05 ? "32" : t <= -0.05 ? "31" : "33"
    }

    func matches(_ speaker: String?) -> Bool {
        guard let f = speakerFilter?.lowercased() else { return true }
        return speaker?.lowercased().contains(f) ?? false
    }

    func render() -> String {
        var out = paint("━━ \(record.id)", "1") + "  [\(record.status)]"
        if let t = record.title { out += "  " + paint(t, "1") }
        out += "  tone \(Inspector.toneText(record.tone))\n\n"
        // The text with outermost quotes marked; nested quotes are listed in the table below.
        let shown = record.quotes.filter { matches($0.speaker) }
        var outer: [AnnotatedRecord.QuoteView] = []
        for q in shown where !outer.contains(where: { $0.start <= q.start && q.end <= $0.end }) {
            if let last = outer.last, q.start < last.end { continue }
            outer.append(q)
        }
        var pos = 0
        var body = ""
        for q in outer {
            body += record.slice(pos, q.start)
            let label = "\(q.speaker ?? "?") · \(q.kind)\(q.cue.map { " · \($0)" } ?? "") · \(Inspector.toneText(q.tone))"
            if color {
                body += paint(record.slice(q.start, q.end), "4;" + toneColor(q.tone)) + paint(" [\(label)]", "2;36")
            } else {
                body += "⟦" + record.slice(q.start, q.end) + "⟧[" + label + "]"
            }
            pos = q.end
        }
        body += record.slice(pos, record.scalars.count)
        out += body + "\n\n"
        // Quotes and speakers.
        if !shown.isEmpty {
            out += paint("Quotes", "1") + "\n"
            for q in shown {
                let text = record.slice(q.start, q.end).replacingOccurrences(of: "\n", with: " ")
                let short = text.count > 90 ? String(text.prefix(87)) + "..." : text
                out += "  \(q.id.padding(toLength: 4, withPad: " ", startingAt: 0)) \(paint((q.speaker ?? "?"), "36")) (\(q.kind), \(q.cue ?? "–"), tone \(Inspector.toneText(q.tone))): \(short)\n"
            }
            out += "\n"
        }
        let speakers = record.speakers.filter { matches($0.name) }
        if !speakers.isEmpty {
            let width = min(32, max(8, speakers.map(\.name.count).max() ?? 8))
            out += paint("Speaker".padding(toLength: width, withPad: " ", startingAt: 0), "1") + "  quotes  tone   stance\n"
            for s in speakers {
                let stance = s.stance.map { "\($0.target): \($0.label)" }.joined(separator: "; ")
                let name = s.name.count > width ? String(s.name.prefix(width - 1)) + "…" : s.name
                out += name.padding(toLength: width, withPad: " ", startingAt: 0)
                    + "  " + String(s.quoteIDs.count).padding(toLength: 6, withPad: " ", startingAt: 0)
                    + "  " + paint(Inspector.toneText(s.tone), toneColor(s.tone)).padding(toLength: color ? 14 : 5, withPad: " ", startingAt: 0)
                    + "  " + (stance.isEmpty ? "–" : stance) + "\n"
            }
        }
        return out + "\n"
    }
}
