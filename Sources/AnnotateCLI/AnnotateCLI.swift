import AnnotateCore
import ArgumentParser

/// The `annotate` command line, reusable with any stage registry: a package that adds its own
/// stages calls `AnnotateCLI.main(registry: StageRegistry.builtins.registering(MyStage.self))`.
public enum AnnotateCLI {
    @TaskLocal static var registry = StageRegistry()

    public static func main(registry: StageRegistry, arguments: [String]? = nil) {
        $registry.withValue(registry) {
            RootCommand.main(arguments)
        }
    }
}

struct RootCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Annotate news articles: who said what, to whom, in what tone.",
        discussion: "Start with: annotate run pipelines/default.json ARTICLE.html",
        subcommands: [RunCommand.self, CheckCommand.self, StagesCommand.self, InspectCommand.self, ReportCommand.self, ExportCommand.self]
    )
}
