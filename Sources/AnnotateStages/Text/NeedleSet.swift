/// A set of short byte strings searched for together in one pass (needles bucketed by first
/// byte), for checking class names against dozens of words on every element.
struct NeedleSet: Sendable {
    private var buckets: [[[UInt8]]] = Array(repeating: [], count: 256)

    init(_ words: [String]) {
        for w in words where !w.isEmpty {
            let bytes = Array(w.utf8)
            buckets[Int(bytes[0])].append(bytes)
        }
    }

    /// True when any needle occurs in `hay`.
    func occurs(in hay: [UInt8]) -> Bool {
        let n = hay.count
        var i = 0
        while i < n {
            for needle in buckets[Int(hay[i])] where needle.count <= n - i {
                var j = 1
                while j < needle.count, hay[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
