import AnnotateCore

/// Hedges ("may", "perhaps", "it seems") and boosters ("clearly", "certainly") from
/// `lexicons/epistemic_markers.tsv`, matched as whole words or phrases, case-insensitively, in one
/// pass over the text (markers bucketed by first byte).
struct EpistemicMarkers: Sendable {
    /// The markers by first byte, longest first within a group; a marker's id is its place in `isHedge`.
    private let markers: PhraseBuckets
    private let isHedge: [Bool]

    init(rows: [[String]]) {
        var list: [(bytes: [UInt8], hedge: Bool)] = []
        for row in rows where row.count >= 2 && row[0] != "term" && (row[1] == "hedge" || row[1] == "booster") {
            list.append((Array(row[0].lowercased().utf8), row[1] == "hedge"))
        }
        // Longer phrases first, so "it seems" is preferred to a shorter marker at the same place (markers of one length
        // in file order).
        let order = list.indices.sorted { a, b in
            list[a].bytes.count != list[b].bytes.count ? list[a].bytes.count > list[b].bytes.count : a < b
        }.map { list[$0] }
        markers = PhraseBuckets(order.enumerated().map { ($0.element.bytes, $0.offset) })
        isHedge = order.map(\.hedge)
    }

    /// Certainty in [-1, 1]: (boosters - hedges) / (boosters + hedges), 0 with neither.
    func certainty(_ text: String) -> (certainty: Double, hedges: Int, boosters: Int) {
        var text = text
        var hedges = 0, boosters = 0
        text.withUTF8 { t in
            // (ASCII letters compared lowered, as the markers are written.)
            let isWord: (UInt8) -> Bool = { ByteClass.isASCIILetter($0) || ByteClass.isDigit($0) || $0 == UInt8(ascii: "'") }
            let n = t.count
            var i = 0
            while i < n {
                guard i == 0 || !isWord(t[i - 1]) else { i += 1; continue }
                var matched = 0
                markers.match(t, at: i) { id, length in
                    guard i + length == n || !isWord(t[i + length]) else { return true }
                    if isHedge[id] { hedges += 1 } else { boosters += 1 }
                    matched = length
                    return false
                }
                i += max(matched, 1)
            }
        }
        let total = hedges + boosters
        return (total == 0 ? 0 : Double(boosters - hedges) / Double(total), hedges, boosters)
    }
}
