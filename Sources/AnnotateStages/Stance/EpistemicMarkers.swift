import AnnotateCore

/// Hedges ("may", "perhaps", "it seems") and boosters ("clearly", "certainly") from
/// `lexicons/epistemic_markers.tsv`, matched as whole words or phrases, case-insensitively.
struct EpistemicMarkers: Sendable {
    private let hedges: [[UInt8]]
    private let boosters: [[UInt8]]

    init(rows: [[String]]) {
        var h: [[UInt8]] = [], b: [[UInt8]] = []
        for row in rows where row.count >= 2 && row[0] != "term" {
            let term = Array(row[0].lowercased().utf8)
            if row[1] == "hedge" { h.append(term) } else if row[1] == "booster" { b.append(term) }
        }
        hedges = h
        boosters = b
    }

    /// Certainty in [-1, 1]: (boosters - hedges) / (boosters + hedges), 0 with neither.
    func certainty(_ text: String) -> (certainty: Double, hedges: Int, boosters: Int) {
        let lower = Array(text.lowercased().utf8)
        let nh = hedges.reduce(0) { $0 + ByteSearch.wordOccurrences(of: $1, in: lower, apostropheInWords: true).count }
        let nb = boosters.reduce(0) { $0 + ByteSearch.wordOccurrences(of: $1, in: lower, apostropheInWords: true).count }
        let total = nh + nb
        return (total == 0 ? 0 : Double(nb - nh) / Double(total), nh, nb)
    }
}
