/// Reads the simple list files in `lexicons/`: one entry per line, tab-separated columns,
/// `#` comments and blank lines ignored.
public enum WordList {
    public static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            let trimmed = line.trimmed(" \t\r")
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            rows.append(line.split(separator: "\t", omittingEmptySubsequences: false).map {
                String($0).trimmed(" \r")
            })
        }
        return rows
    }

    /// First column of every row, lower-cased.
    public static func words(_ text: String) -> Set<String> {
        Set(rows(text).map { $0[0].lowercased() })
    }
}

extension StringProtocol {
    /// Trims the given ASCII characters from both ends.
    func trimmed(_ set: String) -> String {
        let chars = Set(set.unicodeScalars)
        var scalars = Substring(self).unicodeScalars[...]
        while let f = scalars.first, chars.contains(f) { scalars = scalars.dropFirst() }
        while let l = scalars.last, chars.contains(l) { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
