/// Indices grouped by a key in `0..<count`, each group in ascending order: what an `[[Int]]` filled by one append per
/// index holds, kept in two flat arrays. (An array per group was an allocation per sentence or paragraph that holds a
/// cue, and several more as each grew.)
struct IndexGroups {
    private let offsets: [Int]
    private let members: [Int]

    /// `keys[i]` is the group of index `i`, or nil for none; every key lies in `0..<count`.
    init(count: Int, keys: [Int?]) {
        var offsets = [Int](repeating: 0, count: count + 1)
        for case let g? in keys { offsets[g + 1] += 1 }
        for g in 0..<count { offsets[g + 1] += offsets[g] }
        var next = Array(offsets.dropLast())
        var members = [Int](repeating: 0, count: offsets[count])
        for (i, key) in keys.enumerated() {
            guard let g = key else { continue }
            members[next[g]] = i
            next[g] += 1
        }
        self.offsets = offsets
        self.members = members
    }

    var count: Int { offsets.count - 1 }
    var indices: Range<Int> { 0..<count }

    /// The indices of group `g`, ascending.
    subscript(g: Int) -> ArraySlice<Int> { members[offsets[g]..<offsets[g + 1]] }
}
