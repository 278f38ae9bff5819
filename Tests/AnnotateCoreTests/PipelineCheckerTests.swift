import Foundation
import Testing
@testable import AnnotateCore

/// A stage made for these tests: counts words into an extension field.
struct WordCountStage: ConfigurableStage {
    struct Options: StageOptions {
        var minLength = 1
        var stopwords: String? = nil
        init() {}
        static let fields: [OptionField] = [
            OptionField("minLength", .integer, "shortest word counted"),
            OptionField("stopwords", .resourcePath, "words not counted"),
        ]
    }
    static let name = "wordcount"
    static let summary = "counts words"
    static let requires: [Capability] = [.text]
    static let provides: [Capability] = ["wordcount"]
    let minLength: Int
    init(options: Options, context: StageContext) throws { minLength = options.minLength }
    func process(_ document: inout Document) throws {
        let n = document.text.split(separator: " ").filter { $0.count >= minLength }.count
        document.extensions["wordcount"] = .number(Double(n))
    }
}

/// Provides text from the raw bytes, as an ingest stage would.
struct RawTextStage: ConfigurableStage {
    static let name = "rawtext"
    static let summary = "raw bytes as text"
    static let requires: [Capability] = []
    static let provides: [Capability] = [.text]
    init(options: NoOptions, context: StageContext) throws {}
    func process(_ document: inout Document) throws {
        if document.input.bytes.isEmpty { throw DocumentError("empty", "no input") }
        document.text = String(decoding: document.input.bytes, as: UTF8.self)
    }
}

@Suite struct PipelineCheckerTests {
    let registry = StageRegistry().registering(WordCountStage.self).registering(RawTextStage.self)

    func spec(_ json: String) throws -> PipelineSpec {
        PipelineSpec(json: try JSONParser.parse(json), file: "test.json", baseDirectory: URL(fileURLWithPath: "/nonexistent"))
    }

    @Test func reportsEveryProblemWithItsPath() throws {
        let problems = PipelineChecker.check(try spec("""
            {"stages": [
              {"stage": "wordcont"},
              {"stage": "rawtext", "options": {"colour": 1}},
              {"stage": "wordcount", "options": {"minLenght": 2, "stopwords": "missing.txt"}},
              {"stage": "wordcount", "name": "typed", "options": {"minLength": "two"}}
            ]}
            """), registry: registry)
        let byPath = Dictionary(grouping: problems, by: \.path)
        #expect(byPath["stages[0].stage"]?.first?.message.contains("did you mean \"wordcount\"") == true)
        #expect(byPath["stages[1].options.colour"]?.first?.message.contains("unknown option") == true)
        #expect(byPath["stages[2].options.minLenght"]?.first?.message.contains("did you mean \"minLength\"") == true)
        #expect(byPath["stages[2].options.stopwords"]?.first?.message.contains("file not found") == true)
        #expect(byPath["stages[3].options.minLength"]?.first?.message.contains("expected integer") == true)
        #expect(problems.count == 5)
    }

    @Test func reportsUnmetRequirements() throws {
        let problems = PipelineChecker.check(try spec(#"{"stages": [{"stage": "wordcount"}]}"#), registry: registry)
        #expect(problems.map(\.path) == ["stages[0].stage"])
        #expect(problems[0].message.contains("requires text"))
    }

    @Test func runsStagesAndRecordsFailuresOnTheDocument() throws {
        let pipeline = try Pipeline.build(try spec(#"{"stages": [{"stage": "rawtext"}, {"stage": "wordcount", "options": {"minLength": 3}}]}"#),
                                          registry: registry)
        var doc = Document(id: "d", input: RawInput(format: .text, bytes: Array("a bb ccc dddd".utf8), source: "t"))
        pipeline.process(&doc)
        #expect(doc.status == .ok)
        #expect(doc.extensions["wordcount"] == .number(2))
        var empty = Document(id: "e", input: RawInput(format: .text, bytes: [], source: "t"))
        pipeline.process(&empty)
        #expect(empty.status == .failed)
        #expect(empty.errors.map(\.code) == ["empty"])
    }

    @Test func runnerKeepsInputOrderAndOneLinePerRecord() throws {
        let pipeline = try Pipeline.build(try spec(#"{"stages": [{"stage": "rawtext"}]}"#), registry: registry)
        var inputs = (0..<200).map { i in
            Document(id: "d\(i)", input: RawInput(format: .text, bytes: i % 7 == 0 ? [] : Array("x".utf8), source: "t"))
        }
        inputs.reverse()
        var ids: [String] = []
        let summary = Runner(pipeline: pipeline, jobs: 2, batchSize: 16).run(next: { inputs.popLast() }) { line in
            ids.append((try? JSONParser.parse(line))?["id"]?.stringValue ?? "?")
        }
        #expect(ids == (0..<200).map { "d\($0)" })
        #expect(summary.failed == 29 && summary.ok == 171)
    }

    @Test func runnerKeepsAtMostJobsDocumentsInFlight() throws {
        let gauge = InFlightGauge()
        let pipeline = Pipeline(steps: [Pipeline.Step(name: "slow", stage: SlowStage(gauge: gauge), provides: [])])
        var inputs = (0..<48).map { i in Document(id: "d\(i)", input: RawInput(format: .text, bytes: Array("x".utf8), source: "t")) }
        Runner(pipeline: pipeline, jobs: 1, batchSize: 16).run(next: { inputs.popLast() }) { _ in }
        #expect(gauge.peak == 1)
        // (On a machine with more cores than jobs, the runner used to run a whole batch at once.)
        inputs = (0..<48).map { i in Document(id: "d\(i)", input: RawInput(format: .text, bytes: Array("x".utf8), source: "t")) }
        Runner(pipeline: pipeline, jobs: 2, batchSize: 16).run(next: { inputs.popLast() }) { _ in }
        #expect(gauge.peak <= 2)
    }
}

/// Counts documents inside a stage at the same time.
private final class InFlightGauge: @unchecked Sendable {
    private let lock = NSLock()
    private var current = 0
    private(set) var peak = 0
    func enter() { lock.lock(); current += 1; peak = max(peak, current); lock.unlock() }
    func leave() { lock.lock(); current -= 1; lock.unlock() }
}

/// A stage that holds each document for a millisecond, so that concurrent ones overlap.
private struct SlowStage: Stage {
    let gauge: InFlightGauge
    func process(_ document: inout Document) throws {
        gauge.enter()
        usleep(1000)
        gauge.leave()
    }
}
