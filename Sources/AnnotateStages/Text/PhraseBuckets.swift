/// Phrases grouped by first byte, in flat arrays, for scanners that try every word start of a text against all of them
/// (the boilerplate cues of ingest, the hedges and boosters of stance). (Flat arrays of integers: such a scan reads them
/// at every word start, and an array of arrays of phrases was retained and released at each read.)
struct PhraseBuckets: Sendable {
    /// Every phrase's bytes, one after another.
    private var bytes: [UInt8] = []
    /// The phrases, grouped by first byte: bucket `b` is `bucketStart[b]..<bucketStart[b + 1]`.
    private var phrases: [(start: Int, count: Int, id: Int)] = []
    private var bucketStart: [Int] = Array(repeating: 0, count: 257)

    /// Each phrase's lower-case bytes and the caller's id for it; phrases with the same first byte are tried in the
    /// order given.
    init(_ list: [(bytes: [UInt8], id: Int)]) {
        var buckets: [[(bytes: [UInt8], id: Int)]] = Array(repeating: [], count: 256)
        for phrase in list {
            if let first = phrase.bytes.first { buckets[Int(first)].append(phrase) }
        }
        for b in buckets.indices {
            bucketStart[b] = phrases.count
            for phrase in buckets[b] {
                phrases.append((bytes.count, phrase.bytes.count, phrase.id))
                bytes += phrase.bytes
            }
        }
        bucketStart[256] = phrases.count
    }

    /// Offers `found` each phrase that `text` spells at `i` (ASCII letters compared lowered), as its id and length, in
    /// order, until `found` returns false. What must follow the phrase is the caller's to test.
    @inline(__always)
    func match(_ text: UnsafeBufferPointer<UInt8>, at i: Int, _ found: (_ id: Int, _ length: Int) -> Bool) {
        let first = Int(ByteClass.lower(text[i]))
        let bucket = bucketStart[first]..<bucketStart[first + 1]
        guard !bucket.isEmpty else { return }  // (most bytes open no phrase)
        bytes.withUnsafeBufferPointer { bytes in
            phrases.withUnsafeBufferPointer { phrases in
                for k in bucket where phrases[k].count <= text.count - i {
                    let phrase = phrases[k]
                    var j = 1  // (the first byte chose the bucket)
                    while j < phrase.count, ByteClass.lower(text[i + j]) == bytes[phrase.start + j] { j += 1 }
                    if j == phrase.count, !found(phrase.id, phrase.count) { return }
                }
            }
        }
    }
}
