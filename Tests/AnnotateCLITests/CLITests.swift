import Foundation
import Testing

/// End-to-end: the built `annotate` executable, as a user runs it.
@Suite struct CLITests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var executable: URL {
        // `swift test` builds the executable product next to the test bundle.
        let candidates = [Bundle.main.bundleURL.appendingPathComponent("annotate"),
                          Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("annotate"),
                          root.appendingPathComponent(".build/debug/annotate")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2]
    }

    func run(_ arguments: [String], stdin: String? = nil) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = CLITests.executable
        process.arguments = arguments
        process.currentDirectoryURL = CLITests.root
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    @Test func checkReportsAllProblemsAndExits64() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("annotate-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("bad.json")
        try Data("""
            {"stages": [
              {"stage": "ingest", "options": {"verbatim": true, "boilerplat": false}},
              {"stage": "sentencs"},
              {"stage": "tone", "options": {"lexicons": ["no-such-lexicon.tsv"]}}
            ]}
            """.utf8).write(to: file)
        let result = try run(["check", file.path])
        #expect(result.status == 64)
        #expect(result.err.contains("stages[0].options.boilerplat: unknown option"))
        #expect(result.err.contains("did you mean \"boilerplate\""))
        #expect(result.err.contains("stages[1].stage: unknown stage \"sentencs\" (did you mean \"sentences\"?)"))
        #expect(result.err.contains("stages[2].options.lexicons[0]: file not found"))
        #expect(try run(["run", file.path, "samples"]).status == 64)
    }

    @Test func checkAcceptsTheShippedPipelines() throws {
        for name in ["default", "verbatim", "vader", "extract"] {
            let result = try run(["check", "pipelines/\(name).json"])
            #expect(result.status == 0, "\(name): \(result.err)")
        }
    }

    @Test func runWritesOneLinePerRecordInOrder() throws {
        let input = """
            {"id": "a", "text": "“It works,” said Lena Ortiz."}
            not json at all
            {"id": "c", "html": "<p>Hello there, said nobody.</p>"}

            {"id": "d"}
            """
        let result = try run(["run", "--quiet", "pipelines/default.json", "-"], stdin: input)
        #expect(result.status == 0)
        let lines = result.out.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(lines.map { $0?["id"] as? String } == ["a", "stdin:2", "c", "d"])
        #expect(lines.map { $0?["status"] as? String } == ["ok", "failed", "ok", "failed"])
    }

    @Test func stagesListsEveryBuiltin() throws {
        let result = try run(["stages"])
        for name in ["ingest", "sentences", "quotes", "tone"] { #expect(result.out.contains("\(name)\n")) }
        #expect(result.out.contains("requires: text, paragraphs, sentences"))
    }
}
