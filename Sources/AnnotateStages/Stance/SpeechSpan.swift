import AnnotateCore

/// A quote as the stance stage sees it: where it is and who said it, the speaker's mention and,
/// when the speaker is resolved, every mention of that entity (sorted; mentions of one entity
/// never overlap, so their ends are sorted too).
struct SpeechSpan {
    let speaker: TextSpan
    let mentions: [TextSpan]
    let span: TextSpan

    /// The speaker is mentioned at `target`: "Judge Ames, who said ..." is Ames's own speech.
    func isSpokenBy(_ target: TextSpan) -> Bool {
        if speaker.overlaps(target) { return true }
        let k = mentions.partitionPoint { $0.start >= target.end }
        return k > 0 && mentions[k - 1].overlaps(target)
    }
}
