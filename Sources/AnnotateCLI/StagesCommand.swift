import AnnotateCore
import ArgumentParser

struct StagesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stages",
        abstract: "List every registered stage with its options and what it requires and provides."
    )

    func run() throws {
        let registry = AnnotateCLI.registry
        var out = ""
        for name in registry.names {
            let d = registry[name]!
            out += "\(d.name)\n    \(d.summary)\n"
            out += "    requires: \(d.requires.isEmpty ? "-" : d.requires.map(\.rawValue).joined(separator: ", "))\n"
            out += "    provides: \(d.provides.isEmpty ? "-" : d.provides.map(\.rawValue).joined(separator: ", "))\n"
            if d.fields.isEmpty {
                out += "    options: none\n"
            } else {
                out += "    options:\n"
                for f in d.fields { out += "      \(f.name) (\(f.type.description)): \(f.help)\n" }
            }
            out += "\n"
        }
        print(out, terminator: "")
    }
}
