import AnnotateCore
import ArgumentParser
import Foundation

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write one self-contained HTML report: corpus summary, speaker tone chart, stance table, documents.",
        discussion: "The file needs no network: styles, script and charts (SVG) are inline."
    )

    @Argument(help: "An output JSONL file from `annotate run` (or - for stdin).")
    var file: String

    @Option(name: [.short, .long], help: "The HTML file to write.")
    var output: String = "report.html"

    func run() throws {
        let records = try AnnotatedRecord.readAll(file)
        let html = ReportBuilder(records: records, source: file).html()
        guard FileManager.default.createFile(atPath: output, contents: Data(html.utf8)) else { throw CLIError("cannot write \(output)") }
        printError("annotate: wrote \(output) (\(records.count) documents)")
    }
}
