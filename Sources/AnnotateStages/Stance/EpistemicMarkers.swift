import AnnotateCore

/// Hedges ("may", "perhaps", "it seems") and boosters ("clearly", "certainly") from
/// `lexicons/epistemic_markers.tsv`, matched as whole words or phrases, case-insensitively, in one
/// pass over the text (markers bucketed by first byte).
struct EpistemicMarkers: Sendable {
    /// Every marker's lower-case bytes, one after another.
    private var termBytes: [UInt8] = []
    /// The markers, grouped by first byte (bucket `b` is `bucketStart[b]..<bucketStart[b + 1]`), longest first
    /// within a group. (Flat arrays of integers: the loop below reads them at every word start of every quote,
    /// and an array of arrays was retained and released at each read.)
    private var terms: [(start: Int, count: Int, hedge: Bool)] = []
    private var bucketStart: [Int] = Array(repeating: 0, count: 257)

    init(rows: [[String]]) {
        var buckets: [[(bytes: [UInt8], hedge: Bool)]] = Array(repeating: [], count: 256)
        for row in rows where row.count >= 2 && row[0] != "term" && (row[1] == "hedge" || row[1] == "booster") {
            let term = Array(row[0].lowercased().utf8)
            if let first = term.first { buckets[Int(first)].append((term, row[1] == "hedge")) }
        }
        // Longer phrases first, so "it seems" is preferred to a shorter marker at the same place.
        for b in buckets.indices {
            bucketStart[b] = terms.count
            for (bytes, hedge) in buckets[b].sorted(by: { $0.bytes.count > $1.bytes.count }) {
                terms.append((termBytes.count, bytes.count, hedge))
                termBytes += bytes
            }
        }
        bucketStart[256] = terms.count
    }

    /// Certainty in [-1, 1]: (boosters - hedges) / (boosters + hedges), 0 with neither.
    func certainty(_ text: String) -> (certainty: Double, hedges: Int, boosters: Int) {
        var text = text
        var hedges = 0, boosters = 0
        text.withUTF8 { t in
            termBytes.withUnsafeBufferPointer { bytes in
                terms.withUnsafeBufferPointer { terms in
                    // (ASCII letters compared lowered, as the markers are written.)
                    let isWord: (UInt8) -> Bool = { ByteClass.isASCIILetter($0) || ByteClass.isDigit($0) || $0 == UInt8(ascii: "'") }
                    let n = t.count
                    var i = 0
                    while i < n {
                        guard i == 0 || !isWord(t[i - 1]) else { i += 1; continue }
                        let first = Int(ByteClass.lower(t[i]))
                        var matched = 0
                        for k in bucketStart[first]..<bucketStart[first + 1] where terms[k].count <= n - i {
                            let term = terms[k]
                            var j = 1  // (the first byte chose the bucket)
                            while j < term.count, ByteClass.lower(t[i + j]) == bytes[term.start + j] { j += 1 }
                            guard j == term.count, i + term.count == n || !isWord(t[i + term.count]) else { continue }
                            if term.hedge { hedges += 1 } else { boosters += 1 }
                            matched = term.count
                            break
                        }
                        i += max(matched, 1)
                    }
                }
            }
        }
        let total = hedges + boosters
        return (total == 0 ? 0 : Double(boosters - hedges) / Double(total), hedges, boosters)
    }
}
