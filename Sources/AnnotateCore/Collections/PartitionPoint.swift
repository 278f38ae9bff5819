extension RandomAccessCollection where Index == Int {
    /// The first index whose element satisfies `isInSecondPart`, by binary search; the collection
    /// must be partitioned by it (every false before every true). `endIndex` when none does.
    @inlinable  // so callers in other modules get a specialised copy, not the generic one
    public func partitionPoint(where isInSecondPart: (Element) -> Bool) -> Int {
        var lo = startIndex, hi = endIndex
        while lo < hi {
            let mid = lo + (hi - lo) / 2
            if isInSecondPart(self[mid]) { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }
}
