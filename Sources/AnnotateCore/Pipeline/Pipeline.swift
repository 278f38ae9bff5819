import Foundation

/// A checked, built chain of stage instances that processes one document at a time.
public struct Pipeline: Sendable {
    public struct Step: Sendable {
        public var name: String
        public var stage: any Stage
        public var provides: [Capability]
    }

    public private(set) var steps: [Step]
    public var description: String?
    /// The first step as a splitter, cast once (a dynamic cast per document is costly).
    private let splitter: (any DocumentSplitter)?

    public init(steps: [Step], description: String? = nil) {
        self.steps = steps
        self.description = description
        self.splitter = steps.first?.stage as? any DocumentSplitter
    }

    /// Checks a pipeline file and builds its stages. Throws `PipelineError` with every problem.
    public static func load(path: String, registry: StageRegistry,
                            resources: ResourceCache = ResourceCache()) throws -> Pipeline {
        try build(PipelineSpec.load(path: path), registry: registry, resources: resources)
    }

    public static func build(_ spec: PipelineSpec, registry: StageRegistry,
                             resources: ResourceCache = ResourceCache()) throws -> Pipeline {
        let problems = PipelineChecker.check(spec, registry: registry)
        guard problems.isEmpty else { throw PipelineError(file: spec.file, problems: problems) }
        var steps: [Step] = []
        var setupProblems: [PipelineProblem] = []
        for entry in spec.entries {
            let descriptor = registry[entry.stage]!
            let context = StageContext(baseDirectory: spec.baseDirectory, resources: resources, instanceName: entry.name)
            do {
                let stage = try descriptor.make(options: entry.options, context: context)
                steps.append(Step(name: entry.name, stage: stage, provides: descriptor.provides))
            } catch let error as DecodingError {
                setupProblems.append(PipelineProblem(path: "\(entry.path).options", message: describe(error)))
            } catch {
                setupProblems.append(PipelineProblem(path: entry.path, message: "\(error)"))
            }
        }
        guard setupProblems.isEmpty else { throw PipelineError(file: spec.file, problems: setupProblems) }
        return Pipeline(steps: steps, description: spec.description)
    }

    /// Splits the input if the first stage is a `DocumentSplitter`, then runs every stage on each
    /// resulting document. A failed split yields the input itself, marked failed.
    public func run(_ input: Document) -> [Document] {
        var timings = [UInt64](repeating: 0, count: steps.count)
        return run(input, timings: &timings)
    }

    /// `run`, adding each step's time in nanoseconds to `timings` (one slot per step).
    public func run(_ input: Document, timings: inout [UInt64]) -> [Document] {
        var documents = [input]
        if let first = steps.first, let splitter {
            do {
                documents = try splitter.split(input)
            } catch {
                var failed = input
                let (code, message) = (error as? DocumentError).map { ($0.code, $0.message) } ?? ("error", "\(error)")
                failed.errors.append(DocumentIssue(stage: first.name, code: code, message: message))
                failed.textFailed = true
                return [failed]
            }
        }
        var out: [Document] = []
        out.reserveCapacity(documents.count)
        for doc in documents {
            var d = doc
            process(&d, timings: &timings)
            out.append(d)
        }
        return out
    }

    /// Runs every stage on the document. A stage's error is recorded on the document and the
    /// next stage still runs; if a stage that provides `text` fails, nothing is left to analyse.
    public func process(_ document: inout Document) {
        var timings = [UInt64](repeating: 0, count: steps.count)
        process(&document, timings: &timings)
    }

    /// `process`, adding each step's time in nanoseconds to `timings`.
    public func process(_ document: inout Document, timings: inout [UInt64]) {
        for (index, step) in steps.enumerated() {
            let started = DispatchTime.now().uptimeNanoseconds
            defer { timings[index] += DispatchTime.now().uptimeNanoseconds - started }
            do {
                try step.stage.process(&document)
            } catch let error as DocumentError {
                document.errors.append(DocumentIssue(stage: step.name, code: error.code, message: error.message))
                if step.provides.contains(.text) { document.textFailed = true; return }
            } catch {
                document.errors.append(DocumentIssue(stage: step.name, code: "error", message: "\(error)"))
                if step.provides.contains(.text) { document.textFailed = true; return }
            }
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .keyNotFound(_, let c), .dataCorrupted(let c):
            let path = c.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? c.debugDescription : "\(path): \(c.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
