import AnnotateCore

/// Hedges ("may", "perhaps", "it seems") and boosters ("clearly", "certainly") from
/// `lexicons/epistemic_markers.tsv`, matched as whole words or phrases, case-insensitively, in one
/// pass over the text (markers bucketed by first byte).
struct EpistemicMarkers: Sendable {
    private var buckets: [[(bytes: [UInt8], hedge: Bool)]] = Array(repeating: [], count: 256)

    init(rows: [[String]]) {
        for row in rows where row.count >= 2 && row[0] != "term" && (row[1] == "hedge" || row[1] == "booster") {
            let term = Array(row[0].lowercased().utf8)
            if let first = term.first { buckets[Int(first)].append((term, row[1] == "hedge")) }
        }
        // Longer phrases first, so "it seems" is preferred to a shorter marker at the same place.
        for i in buckets.indices { buckets[i].sort { $0.bytes.count > $1.bytes.count } }
    }

    /// Certainty in [-1, 1]: (boosters - hedges) / (boosters + hedges), 0 with neither.
    func certainty(_ text: String) -> (certainty: Double, hedges: Int, boosters: Int) {
        let lower = Array(text.utf8).map(ByteClass.lower)
        let isWord: (UInt8) -> Bool = { ByteClass.isASCIILetter($0) || ByteClass.isDigit($0) || $0 == UInt8(ascii: "'") }
        var hedges = 0, boosters = 0
        var i = 0
        let n = lower.count
        while i < n {
            guard i == 0 || !isWord(lower[i - 1]) else { i += 1; continue }
            var matched = 0
            for (term, hedge) in buckets[Int(lower[i])] where term.count <= n - i {
                guard lower[i..<(i + term.count)].elementsEqual(term), i + term.count == n || !isWord(lower[i + term.count]) else { continue }
                if hedge { hedges += 1 } else { boosters += 1 }
                matched = term.count
                break
            }
            i += max(matched, 1)
        }
        let total = hedges + boosters
        return (total == 0 ? 0 : Double(boosters - hedges) / Double(total), hedges, boosters)
    }
}
