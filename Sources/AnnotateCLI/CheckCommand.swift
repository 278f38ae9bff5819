import AnnotateCore
import ArgumentParser

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate a pipeline file without reading any input.",
        discussion: "Reports unknown stages and options, ill-typed values, missing resource files and unmet requirements, all at once, each with its JSON path. Exit status 64 when anything is wrong."
    )

    @Argument(help: "The pipeline file (JSON).")
    var pipeline: String

    func run() throws {
        let spec: PipelineSpec
        do {
            spec = try PipelineSpec.load(path: pipeline)
        } catch let error as PipelineError {
            printError(error.description)
            throw ExitCode(64)
        }
        let problems = PipelineChecker.check(spec, registry: AnnotateCLI.registry)
        guard problems.isEmpty else {
            printError(PipelineError(file: pipeline, problems: problems).description)
            throw ExitCode(64)
        }
        // Building also loads every resource, so a lexicon that cannot be parsed shows up here.
        do {
            let built = try Pipeline.build(spec, registry: AnnotateCLI.registry)
            print("\(pipeline): ok (\(built.steps.map(\.name).joined(separator: " → ")))")
        } catch let error as PipelineError {
            printError(error.description)
            throw ExitCode(64)
        }
    }
}
