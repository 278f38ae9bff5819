import Testing
@testable import AnnotateStages

/// `IndexGroups` holds what an array of arrays filled by one append per index would.
@Suite struct IndexGroupsTests {
    @Test func groupsMatchAppendingEachIndexToItsGroup() {
        let keys: [Int?] = [2, nil, 0, 2, 3, nil, 0, 2]
        let groups = IndexGroups(count: 5, keys: keys)
        var expected = [[Int]](repeating: [], count: 5)
        for (i, k) in keys.enumerated() { if let k { expected[k].append(i) } }
        #expect(groups.count == 5)
        for g in groups.indices { #expect(Array(groups[g]) == expected[g], "group \(g)") }
        #expect(groups[1].isEmpty && groups[4].isEmpty)
        #expect(groups[2].first(where: { $0 > 0 }) == 3)
    }

    @Test func noIndicesMakeEmptyGroups() {
        let groups = IndexGroups(count: 3, keys: [])
        #expect(groups.indices.allSatisfy { groups[$0].isEmpty })
        #expect(IndexGroups(count: 0, keys: []).count == 0)
    }
}
