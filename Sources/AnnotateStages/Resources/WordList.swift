import AnnotateCore

/// Reads the simple list files in `lexicons/`: one entry per line, tab-separated columns,
/// `#` comments and blank lines ignored.
public enum WordList {
    /// The rows of a list file, each column trimmed of spaces and carriage returns.
    /// Works on UTF-8 bytes: splitting and trimming by `Character` made loading the lexicons
    /// the larger part of a short run's start-up.
    public static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        for line in text.utf8.split(separator: UInt8(ascii: "\n")) {
            let content = Substring(line).trimmed(" \t\r")
            if content.isEmpty || content.utf8.first == UInt8(ascii: "#") { continue }
            rows.append(line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map {
                Substring($0).trimmed(" \r")
            })
        }
        return rows
    }

    /// First column of every row, lower-cased.
    public static func words(_ text: String) -> Set<String> {
        Set(rows(text).map { $0[0].lowercased() })
    }

    /// A row's second column, which must be one of `allowed`: a typo in a user's list stops the pipeline with the file,
    /// the word and what the column may hold, instead of dropping the row. (`column` names it in the message: "kind".)
    static func value(of row: [String], in allowed: [String], column: String, path: String) throws -> String {
        let value = row.count > 1 ? row[1] : ""
        guard allowed.contains(value) else {
            let plural = column.hasSuffix("s") ? column + "es" : column + "s"
            throw StageSetupError("\(path): \"\(row[0])\" has \(column) \"\(value)\"; the \(plural) are \(allowed.joined(separator: ", "))")
        }
        return value
    }

    /// The second column of `row` as one of the cases of `T`, named by their raw values; any other value is the same
    /// error as `value(of:in:column:path:)`'s, listing the cases in their order.
    static func value<T: CaseIterable & RawRepresentable>(of row: [String], as type: T.Type, column: String, path: String) throws -> T
    where T.RawValue == String {
        let name = try value(of: row, in: T.allCases.map(\.rawValue), column: column, path: path)
        return T.allCases.first { $0.rawValue == name }!  // (one of them: the call above checked it)
    }
}

extension StringProtocol {
    /// Trims the given ASCII characters from both ends. ASCII bytes in UTF-8 are always whole
    /// scalars, so trimming bytes never cuts a character.
    func trimmed(_ set: StaticString) -> String {
        let drop = UnsafeBufferPointer(start: set.utf8Start, count: set.utf8CodeUnitCount)
        let s = Substring(self)
        let bytes = s.utf8
        var lower = bytes.startIndex, upper = bytes.endIndex
        while lower < upper, drop.contains(bytes[lower]) { lower = bytes.index(after: lower) }
        while upper > lower, drop.contains(bytes[bytes.index(before: upper)]) { upper = bytes.index(before: upper) }
        return String(Substring(bytes[lower..<upper]))
    }
}
