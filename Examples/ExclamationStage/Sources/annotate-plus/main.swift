import AnnotateCLI
import AnnotateCore
import AnnotateStages

// The built-in stages plus ours: every `annotate` command works, with one more stage name.
AnnotateCLI.main(registry: StageRegistry.builtins.registering(ExclamationStage.self))
