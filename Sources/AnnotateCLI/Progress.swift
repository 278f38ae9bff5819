import Foundation

/// A one-line progress display on standard error: documents, documents per second, and the time
/// left when the total is known. Redrawn at most a few times a second.
final class Progress {
    private let total: Int?
    private let started = Date()
    private var count = 0
    private var lastDraw = Date.distantPast

    init(total: Int?) { self.total = total }

    func tick() {
        count += 1
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.25 else { return }
        lastDraw = now
        draw(now)
    }

    func finish() {
        if count > 0 { draw(Date()) }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    private func draw(_ now: Date) {
        let elapsed = max(now.timeIntervalSince(started), 0.001)
        let rate = Double(count) / elapsed
        var line = String(format: "annotate: %d", count)
        if let total {
            line += String(format: "/%d documents, %.0f docs/s", total, rate)
            if rate > 0, total > count { line += String(format: ", %.0fs left", Double(total - count) / rate) }
        } else {
            line += String(format: " documents, %.0f docs/s", rate)
        }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
    }
}
