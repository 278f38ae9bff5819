import AnnotateCore
import ArgumentParser
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export annotations as a table for spreadsheets and pandas.",
        discussion: "annotate export quotes OUT.jsonl --format csv > quotes.csv  (one row per quote)"
    )

    enum Table: String, ExpressibleByArgument { case quotes }
    enum Format: String, ExpressibleByArgument { case csv, tsv }

    @Argument(help: "What to export: quotes.")
    var table: Table

    @Argument(help: "An output JSONL file from `annotate run` (or - for stdin).")
    var file: String

    @Option(help: "csv (RFC 4180 quoting) or tsv (tabs and newlines in fields become spaces).")
    var format: Format = .csv

    @Option(name: [.short, .long], help: "Write here instead of standard output.")
    var output: String?

    func run() throws {
        let records = try AnnotatedRecord.readAll(file)
        var out = ""
        // (New columns go at the end, so a sheet that reads columns by position keeps working.)
        let header = ["document", "quote_id", "speaker", "kind", "quote", "cue", "framing", "tone", "certainty", "speaker_stance",
                      "negated", "within"]
        out += row(header)
        for r in records {
            for q in r.quotes {
                let stance = r.speakers.first { $0.name == q.speaker && $0.quoteIDs.contains(q.id) }?.stance
                    .map { "\($0.target): \($0.label)" }.joined(separator: "; ") ?? ""
                out += row([r.id, q.id, q.speaker ?? "", q.kind, r.slice(q.start, q.end), q.cue ?? "", q.framing ?? "",
                            q.tone.map { String(format: "%.4f", $0) } ?? "", q.certainty.map { String(format: "%.3f", $0) } ?? "",
                            stance, q.negated.map { $0 ? "true" : "false" } ?? "", q.within ?? ""])
            }
        }
        if let output {
            guard FileManager.default.createFile(atPath: output, contents: Data(out.utf8)) else { throw CLIError("cannot write \(output)") }
        } else {
            print(out, terminator: "")
        }
    }

    func row(_ fields: [String]) -> String {
        switch format {
        case .csv:
            return fields.map(ExportCommand.csvField).joined(separator: ",") + "\r\n"
        case .tsv:
            return fields.map { $0.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\r", with: " ")
                .replacingOccurrences(of: "\n", with: " ") }.joined(separator: "\t") + "\n"
        }
    }

    /// RFC 4180: quote a field holding a comma, a quotation mark or a line break; double inner quotes.
    static func csvField(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
