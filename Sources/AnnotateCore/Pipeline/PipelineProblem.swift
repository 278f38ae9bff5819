/// One thing wrong with a pipeline file, located by its JSON path (`stages[2].options.lexicon`).
public struct PipelineProblem: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}

/// Every problem found in a pipeline file, reported together.
public struct PipelineError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var problems: [PipelineProblem]

    public init(file: String, problems: [PipelineProblem]) {
        self.file = file
        self.problems = problems
    }

    public var description: String {
        let noun = problems.count == 1 ? "problem" : "problems"
        return "\(file): \(problems.count) \(noun)\n" + problems.map { "  \($0)" }.joined(separator: "\n")
    }
}
