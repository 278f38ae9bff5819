import Foundation

/// Yields one document per input, in argument order: files (by extension), directories
/// (recursively, sorted, `.html .htm .xhtml .xml .txt .jsonl`), and `-` for JSONL on stdin.
/// Inputs that cannot be read become failed documents rather than disappearing.
public final class InputReader {
    private enum Pending {
        case file(path: String, id: String)
        case jsonl(path: String)
        case stdin
    }

    private var pending: [Pending] = []
    private var lines: LineReader?
    private var linesSource = ""
    private var lineNumber = 0

    public static let extensions: Set<String> = ["html", "htm", "xhtml", "xml", "txt", "jsonl"]

    public init(arguments: [String]) {
        for arg in arguments {
            if arg == "-" { pending.append(.stdin); continue }
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: arg, isDirectory: &isDir), isDir.boolValue {
                for path in InputReader.files(under: arg) { pending.append(kind(path)) }
            } else {
                pending.append(kind(arg))
            }
        }
        pending.reverse()  // popped from the end
        knownTotal = pending.allSatisfy { if case .file = $0 { return true } else { return false } } ? pending.count : nil
    }

    /// The number of documents ahead, when every input is a plain file (JSONL and stdin can hold any number).
    public private(set) var knownTotal: Int?

    private func kind(_ path: String) -> Pending {
        (path as NSString).pathExtension.lowercased() == "jsonl" ? .jsonl(path: path) : .file(path: path, id: path)
    }

    static func files(under dir: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: dir) else { return [] }
        var found: [String] = []
        while let rel = walker.nextObject() as? String {
            let ext = (rel as NSString).pathExtension.lowercased()
            guard extensions.contains(ext) else { continue }
            let full = (dir as NSString).appendingPathComponent(rel)
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue { found.append(full) }
        }
        return found.sorted()
    }

    /// The next document, or nil when every input is used up.
    public func next() -> Document? {
        while true {
            if let reader = lines {
                if let line = reader.next() {
                    lineNumber += 1
                    // Blank lines are not records (a trailing newline, say).
                    if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                    return RecordDecoder.document(line: line, source: "\(linesSource):\(lineNumber)")
                }
                lines = nil
            }
            guard let item = pending.popLast() else { return nil }
            switch item {
            case .stdin:
                open(FileHandle.standardInput, source: "stdin")
            case .jsonl(let path):
                guard let handle = FileHandle(forReadingAtPath: path) else {
                    return RecordDecoder.failed(id: path, source: path, code: "unreadable", message: "cannot open \(path)")
                }
                open(handle, source: path)
            case .file(let path, let id):
                guard let data = FileManager.default.contents(atPath: path) else {
                    return RecordDecoder.failed(id: id, source: path, code: "unreadable", message: "cannot read \(path)")
                }
                let format = InputFormat.forExtension((path as NSString).pathExtension) ?? .text
                return Document(id: id, input: RawInput(format: format, bytes: [UInt8](data), source: path))
            }
        }
    }

    private func open(_ handle: FileHandle, source: String) {
        lines = LineReader(handle: handle)
        linesSource = source
        lineNumber = 0
    }
}
