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
        let nh = hedges.reduce(0) { $0 + EpistemicMarkers.count($1, in: lower) }
        let nb = boosters.reduce(0) { $0 + EpistemicMarkers.count($1, in: lower) }
        let total = nh + nb
        return (total == 0 ? 0 : Double(nb - nh) / Double(total), nh, nb)
    }

    static func count(_ needle: [UInt8], in hay: [UInt8]) -> Int {
        guard let first = needle.first, needle.count <= hay.count else { return 0 }
        var n = 0
        var i = 0
        let isWord: (UInt8) -> Bool = { ByteClass.isASCIILetter($0) || ByteClass.isDigit($0) || $0 == UInt8(ascii: "'") }
        while i <= hay.count - needle.count {
            if hay[i] == first, hay[i..<(i + needle.count)].elementsEqual(needle),
               i == 0 || !isWord(hay[i - 1]), i + needle.count == hay.count || !isWord(hay[i + needle.count]) {
                n += 1
                i += needle.count
                continue
            }
            i += 1
        }
        return n
    }
}
