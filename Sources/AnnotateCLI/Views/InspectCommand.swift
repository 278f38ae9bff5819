import AnnotateCore
import ArgumentParser
import Foundation

struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show annotated documents in the terminal: quotes highlighted, speakers and tone, a speaker table.",
        discussion: "Colour on a terminal; plain text when piped or when NO_COLOR is set."
    )

    @Argument(help: "An output JSONL file from `annotate run` (or - for stdin).")
    var file: String

    @Option(help: "Show only the document with this id.")
    var id: String?

    @Option(help: "Show only quotes by speakers whose name contains this (case-insensitive).")
    var speaker: String?

    @Flag(help: "Never use colour.")
    var noColor = false

    func run() throws {
        var records = try AnnotatedRecord.readAll(file)
        if let id { records = records.filter { $0.id == id } }
        guard !records.isEmpty else { throw CLIError(id == nil ? "no records in \(file)" : "no record with id \(id!)") }
        let color = !noColor && isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        var out = ""
        for record in records { out += Inspector(record: record, color: color, speakerFilter: speaker).render() }
        print(out, terminator: "")
    }
}
