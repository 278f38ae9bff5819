import AnnotateCore
import ArgumentParser
import Foundation

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a pipeline over inputs and write one JSON line per document.",
        discussion: """
            INPUT is a file (.html .htm .xhtml .xml .txt .jsonl; anything else is read as text), a \
            directory (searched recursively), or - for JSONL records on standard input. Records are \
            {"id", "text" | "html" | "xml", "meta"?, "targets"?}. Output is in input order.
            """
    )

    @Argument(help: "The pipeline file (JSON).")
    var pipeline: String

    @Argument(help: "Input files, directories, or - for JSONL on stdin.")
    var inputs: [String]

    @Option(name: [.short, .long], help: "Write JSONL here instead of standard output.")
    var output: String?

    @Option(name: [.short, .long], help: "Documents processed in parallel (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: [.short, .long], help: "No summary on standard error.")
    var quiet = false

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("give at least one INPUT (a file, a directory, or -)") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let built: Pipeline
        do {
            built = try Pipeline.load(path: pipeline, registry: AnnotateCLI.registry)
        } catch let error as PipelineError {
            printError(error.description)
            throw ExitCode(64)
        }
        let sink: FileHandle
        if let output {
            guard FileManager.default.createFile(atPath: output, contents: nil), let h = FileHandle(forWritingAtPath: output) else {
                printError("annotate: cannot write \(output)")
                throw ExitCode(73)
            }
            sink = h
        } else {
            sink = FileHandle.standardOutput
        }
        let reader = InputReader(arguments: inputs)
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 20)
        let runner = Runner(pipeline: built, jobs: jobs)
        // Progress on a terminal only: piped stderr (logs, Spark) stays clean.
        let progress = !quiet && isatty(STDERR_FILENO) == 1 ? Progress(total: reader.knownTotal) : nil
        let summary = runner.run(next: reader.next) { line in
            progress?.tick()
            buffer.append(contentsOf: line)
            if buffer.count >= 1 << 20 {
                sink.write(Data(buffer))
                buffer.removeAll(keepingCapacity: true)
            }
        }
        sink.write(Data(buffer))
        if output != nil { try? sink.close() }
        progress?.finish()
        if !quiet {
            let rate = summary.seconds > 0 ? Double(summary.documents) / summary.seconds : 0
            printError(String(format: "annotate: %d documents (%d ok, %d partial, %d failed), %d quotes, %.2fs, %.0f docs/s",
                              summary.documents, summary.ok, summary.partial, summary.failed, summary.quotes,
                              summary.seconds, rate))
            let mb = Double(summary.textBytes) / 1_000_000
            let stages = summary.stageSeconds.map { name, s in
                String(format: "%@ %.2fs (%.1f MB/s)", name, s, s > 0 ? mb / s : 0)
            }
            printError(String(format: "annotate: %.1f MB of text; time per stage, all threads: ", mb) + stages.joined(separator: ", "))
        }
    }
}
