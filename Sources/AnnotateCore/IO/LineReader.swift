import Foundation

/// Reads a file or stream line by line in large chunks, so stdin can be processed as it arrives
/// and a big JSONL file is never held in memory whole. A final line without `\n` still counts.
public final class LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var eof = false
    private let chunkSize = 1 << 20

    public init(handle: FileHandle) { self.handle = handle }

    /// The next line without its `\n` (and without a trailing `\r`), or nil at the end.
    public func next() -> [UInt8]? {
        while true {
            if let nl = buffer[start...].firstIndex(of: 0x0A) {
                var end = nl
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                let line = Array(buffer[start..<end])
                start = nl + 1
                return line
            }
            if eof {
                guard start < buffer.count else { return nil }
                let line = Array(buffer[start...])
                start = buffer.count
                return line
            }
            if start > 0 {
                buffer.removeFirst(start)
                start = 0
            }
            let data = handle.readData(ofLength: chunkSize)
            if data.isEmpty { eof = true } else { buffer.append(contentsOf: data) }
        }
    }
}
