/// The indices a rule looks through ahead of a token: `start..<bound`, or none when the bound falls
/// before the start. Rules look a few tokens past a word that may be the last of its sentence or
/// text, and there a plain reversed `..<` traps and ends the whole run (two such crashes were found
/// only by large fuzz runs), so the rules' look-ahead windows clamped by `min` go through here. (Three
/// loops keep a plain range: an echo's and an interview answer's, whose starts are checked just
/// before, and the stance stage's span inside its sentence.)
@inline(__always)
func scanRange(from start: Int, upTo bound: Int) -> Range<Int> {
    start..<max(start, bound)
}
