import Foundation

/// Drives documents through a pipeline in parallel batches and hands back encoded lines in
/// input order. Parallelism lives here, not in stages.
public struct Runner: Sendable {
    public struct Summary: Sendable {
        public var documents = 0
        public var ok = 0
        public var partial = 0
        public var failed = 0
        public var quotes = 0
        public var seconds = 0.0
        /// Bytes of `text` produced, over all documents.
        public var textBytes = 0
        /// Time spent in each step, summed over documents and threads: (step name, seconds).
        public var stageSeconds: [(String, Double)] = []
    }

    public var pipeline: Pipeline
    /// Documents processed at once; 1 runs everything on the calling thread.
    public var jobs: Int
    public var batchSize: Int

    public init(pipeline: Pipeline, jobs: Int = ProcessInfo.processInfo.activeProcessorCount, batchSize: Int = 64) {
        self.pipeline = pipeline
        self.jobs = max(1, jobs)
        self.batchSize = max(1, batchSize)
    }

    /// Processes every document `next` yields, calling `emit` with each output line in order.
    @discardableResult
    public func run(next: () -> Document?, emit: ([UInt8]) throws -> Void) rethrows -> Summary {
        var summary = Summary()
        var stageNanos = [UInt64](repeating: 0, count: pipeline.steps.count)
        let started = Date()
        var batch: [Document] = []
        batch.reserveCapacity(batchSize)
        func flush() throws {
            guard !batch.isEmpty else { return }
            let lines = process(batch)
            for out in lines.joined() {
                summary.documents += 1
                summary.textBytes += out.textBytes
                for (i, t) in out.timings.enumerated() { stageNanos[i] += t }
                summary.quotes += out.quotes
                switch out.status {
                case .ok: summary.ok += 1
                case .partial: summary.partial += 1
                case .failed: summary.failed += 1
                }
                try emit(out.line)
            }
            batch.removeAll(keepingCapacity: true)
        }
        while let doc = next() {
            batch.append(doc)
            if batch.count >= batchSize { try flush() }
        }
        try flush()
        summary.seconds = Date().timeIntervalSince(started)
        summary.stageSeconds = zip(pipeline.steps, stageNanos).map { ($0.name, Double($1) / 1e9) }
        return summary
    }

    /// Runs the pipeline over a batch; returns the encoded lines in the batch's order (an input
    /// that splits into several articles gives several).
    private func process(_ batch: [Document]) -> [[Output]] {
        let pipeline = self.pipeline
        if jobs == 1 || batch.count == 1 {
            return batch.map { doc in Output.all(pipeline, doc) }
        }
        let results = ResultSlots(count: batch.count)
        // One worker per job, each taking every `workers`-th document: concurrentPerform alone
        // would run as many at once as the machine has cores, whatever `--jobs` says.
        let workers = min(jobs, batch.count)
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            for i in stride(from: w, to: batch.count, by: workers) {
                results.set(i, Output.all(pipeline, batch[i]))
            }
        }
        return results.values()
    }
}

/// One processed document: its wire line and what the summary counts.
private struct Output: Sendable {
    var status: DocumentStatus
    var quotes: Int
    var textBytes: Int
    var line: [UInt8]
    /// Step times of the input this output came from (on its first output only).
    var timings: [UInt64] = []

    init(_ doc: Document) {
        status = doc.status
        quotes = doc.quotes.count
        textBytes = doc.text.utf8.count
        line = RecordEncoder.encode(doc)
    }

    /// Runs one input through the pipeline and encodes every resulting document.
    static func all(_ pipeline: Pipeline, _ input: Document) -> [Output] {
        var timings = [UInt64](repeating: 0, count: pipeline.steps.count)
        var outputs = pipeline.run(input, timings: &timings).map(Output.init)
        if !outputs.isEmpty { outputs[0].timings = timings }
        return outputs
    }
}

/// Fixed slots filled from concurrent workers; each index is written by exactly one worker.
private final class ResultSlots: @unchecked Sendable {
    private var slots: [[Output]]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: [], count: count) }
    func set(_ i: Int, _ v: [Output]) { lock.lock(); slots[i] = v; lock.unlock() }
    func values() -> [[Output]] { slots }
}
